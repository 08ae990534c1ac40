"""The Gazetteer: built once per process (``Resources.gazetteer``), then read-only."""

from __future__ import annotations

import gc
import time
from typing import Any

from .._models import Mention
from .._registry import Registry
from ._build import GazetteerBuilder, PersonGuard, WordPatterns
from ._match import find_mentions
from ._model import CityInfo, RegionInfo
from ._norm import Folder


class Gazetteer:
    """Countries, regions, cities and organisations in every supported language.

    Holds one Aho-Corasick automaton over folded forms plus lookup tables. It is
    immutable after :meth:`build`, so one instance serves every document of a
    process; it pickles (the automaton supports it) though workers normally
    rebuild it from their own Resources.
    """

    def __init__(
        self,
        *,
        folder: Folder,
        automaton: Any,
        regions: dict[str, RegionInfo],
        cities: dict[str, CityInfo],
        countries: dict[str, str],
        country_names: dict[str, dict[str, tuple[str, ...]]],
        capitals: dict[str, dict[str, str | None]],
        region_words: WordPatterns,
        org_words: WordPatterns,
        joiners: Any,
        guard: PersonGuard,
        build_seconds: float = 0.0,
    ) -> None:
        self.folder = folder
        self.automaton = automaton
        self.regions = regions
        self.cities = cities
        self.countries = countries
        self.country_names = country_names
        self.capitals = capitals
        self.region_words = region_words
        self.org_words = org_words
        self.joiners = joiners
        self.guard = guard
        self.build_seconds = build_seconds
        self._city_folded = {folder.pattern(n): n for n in cities}
        for name, info in cities.items():
            for forms in info.names.values():
                for f in forms:
                    self._city_folded.setdefault(folder.pattern(f), name)

    @classmethod
    def build(cls, registry: Registry) -> Gazetteer:
        # The build allocates ~10^6 small acyclic objects; the cyclic collector would
        # rescan the growing heap many times over (it doubles the build time).
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return cls._build(registry)
        finally:
            if was_enabled:
                gc.enable()

    @classmethod
    def _build(cls, registry: Registry) -> Gazetteer:
        t0 = time.perf_counter()
        b = GazetteerBuilder(registry)
        countries = b.countries()
        regions = b.regions()
        b.vietnam_2025(regions)
        raw_caps = registry.table("gazetteer", "capitals").get("capitals") or {}
        capitals: dict[str, dict[str, str | None]] = {
            str(k): {
                "city": str(v.get("city")) if v.get("city") else None,
                "region": str(v.get("region")) if v.get("region") else None,
            }
            for k, v in raw_caps.items()
        }
        cities = b.cities(raw_caps)
        b.orgs()
        automaton = b.collector.automaton()
        return cls(
            folder=b.folder,
            automaton=automaton,
            regions=regions,
            cities=cities,
            countries=countries,
            country_names={
                k: {lang: tuple(v) for lang, v in per.items()} for k, per in b.country_names.items()
            },
            capitals=capitals,
            region_words=b.region_words(),
            org_words=b.org_words(),
            joiners=b.joiners(),
            guard=b.person_guard(),
            build_seconds=time.perf_counter() - t0,
        )

    # -- matching ------------------------------------------------------------------
    def find(self, text: str, lang: str | None = None) -> list[Mention]:
        """Non-overlapping longest-match place mentions, sorted by start."""
        return find_mentions(self, text, lang)

    # -- lookups -------------------------------------------------------------------
    def region(self, code: str) -> RegionInfo | None:
        return self.regions.get(code.strip().upper()) or self.regions.get(code.strip())

    def region_country(self, code: str) -> str:
        info = self.region(code)
        if info is not None:
            return info.country
        return code.split("-")[0].upper()

    def country_name(self, code: str, lang: str = "en") -> str:
        """English (or ``lang``) short name of an alpha-2 code; the code itself if unknown."""
        code = code.upper()
        if lang != "en":
            names = self.country_names.get(code, {}).get(lang)
            if names:
                return names[0]
        return self.countries.get(code, code)

    def city(self, name: str) -> CityInfo | None:
        info = self.cities.get(name)
        if info is not None:
            return info
        canonical = self._city_folded.get(self.folder.pattern(name))
        return self.cities.get(canonical) if canonical else None

    def is_capital(self, region_or_city: str, country: str) -> bool:
        """Whether a region code or city name is ``country``'s national capital."""
        cap = self.capitals.get(country.upper())
        if not cap:
            return False
        if cap.get("region") and region_or_city.upper() == cap["region"]:
            return True
        city = self.city(region_or_city)
        return city is not None and cap.get("city") == city.name
