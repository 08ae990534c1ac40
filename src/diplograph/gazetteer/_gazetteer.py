"""The Gazetteer: built once per process (``Resources.gazetteer``), then read-only."""

from __future__ import annotations

import gc
import re
import time
from typing import Any

from .._models import Mention
from .._registry import Registry
from . import _cache
from ._build import CITY_TYPES, GazetteerBuilder, PersonGuard, WordPatterns
from ._match import find_mentions
from ._model import CityInfo, Entry, RegionInfo, Variant
from ._norm import Folder


class Gazetteer:
    """Countries, regions, cities and organisations in every supported language.

    Holds one Aho-Corasick automaton over folded forms plus lookup tables. It is
    immutable after :meth:`build`, so one instance serves every document of a
    process; it pickles (the automaton supports it) though workers normally
    rebuild it from their own Resources. The automaton maps a folded key to
    ``(length, row)``; rows are flat tuples turned into :class:`Variant` on first
    use, so loading the compiled cache does not allocate 10^5 objects up front.
    """

    def __init__(
        self,
        *,
        folder: Folder,
        automaton: Any,
        table: list[tuple[Any, ...]],
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
        self.table = table
        self._variants: dict[int, tuple[Variant, ...]] = {}
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
        self.region_city = self._region_cities()
        self.loaded_from_cache = False

    def _region_cities(self) -> dict[str, str]:
        """Region code -> the city it is, for units that are one city.

        A federal city, municipality or capital district ("Saint Petersburg",
        "Hanoi", "Berlin") is a region mention that also names a city; the events
        stage reads ``attrs["city"]``. The city is the one located in the unit
        whose name is one of the unit's names, else the national capital in it.
        """
        out: dict[str, str] = {}
        capital_regions = {
            str(c["region"]): str(c["city"])
            for c in self.capitals.values()
            if c.get("region") and c.get("city")
        }
        by_region: dict[str, list[CityInfo]] = {}
        for info in self.cities.values():
            if info.region:
                by_region.setdefault(info.region, []).append(info)
        pattern = self.folder.pattern
        for code, cities in by_region.items():
            region = self.regions.get(code)
            if region is None:
                continue
            if region.type not in CITY_TYPES and code not in capital_regions:
                continue
            region_forms = {pattern(region.name)}
            for forms in region.names.values():
                region_forms.update(pattern(f) for f in forms)
            for city in sorted(cities, key=lambda c: -(c.population or 0)):
                city_forms = {pattern(city.name)}
                for forms in city.names.values():
                    city_forms.update(pattern(f) for f in forms)
                if city_forms & region_forms:
                    out[code] = city.name
                    break
            else:
                if code in capital_regions:
                    out[code] = capital_regions[code]
        for code, city_name in capital_regions.items():
            out.setdefault(code, city_name)
        return out

    def variants(self, row: int) -> tuple[Variant, ...]:
        """The variants of automaton row ``row`` (materialised once, then kept)."""
        got = self._variants.get(row)
        if got is None:
            got = tuple(
                Variant(Entry(*e), nc, nu, low, ex, rules, distinct)
                for e, nc, nu, low, ex, rules, distinct in self.table[row]
            )
            self._variants[row] = got
        return got

    @classmethod
    def build(cls, registry: Registry, *, cache: bool = True) -> Gazetteer:
        """Load the compiled gazetteer from the user cache, or build (and store) it.

        ``cache=False`` or ``DIPLOGRAPH_CACHE_DIR=off`` always builds from the data.
        """
        t0 = time.perf_counter()
        root = getattr(registry, "_root", None)
        directory = _cache.cache_dir() if cache and root is not None else None
        path = None
        # The build and the load allocate ~10^6 small acyclic objects; the cyclic
        # collector would rescan the growing heap many times over.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            if directory is not None and root is not None:
                path = directory / f"gazetteer-{_cache.fingerprint(root)}.pickle"
                payload = _cache.load(path)
                if payload is not None:
                    try:
                        gaz = cls._from_payload(payload)
                    except (KeyError, TypeError, ValueError, re.error):
                        gaz = None
                    if gaz is not None:
                        gaz.build_seconds = time.perf_counter() - t0
                        gaz.loaded_from_cache = True
                        return gaz
            gaz = cls._build(registry)
            if path is not None:
                _cache.save(path, gaz._payload())
            gaz.build_seconds = time.perf_counter() - t0
            return gaz
        finally:
            if was_enabled:
                gc.enable()

    # -- compiled payload ------------------------------------------------------------
    def _payload(self) -> dict[str, Any]:
        """Everything the constructor needs, as builtins (plus the automaton)."""
        return {
            "automaton": self.automaton,
            "table": self.table,
            "regions": [
                (
                    r.code,
                    r.country,
                    r.name,
                    r.type,
                    r.parent,
                    r.names,
                    r.valid_from,
                    r.valid_to,
                    r.successor,
                    r.predecessors,
                    r.curated,
                )
                for r in self.regions.values()
            ],
            "cities": [
                (c.name, c.country, c.region, c.names, c.capital, c.population)
                for c in self.cities.values()
            ],
            "countries": self.countries,
            "country_names": self.country_names,
            "capitals": self.capitals,
            "region_words": _patterns_out(self.region_words),
            "org_words": _patterns_out(self.org_words),
            "joiners": self.joiners.pattern,
            "guard": (
                sorted(self.guard.surnames),
                sorted(self.guard.middle),
                sorted(self.guard.honorifics),
                sorted(self.guard.given),
                sorted(self.guard.common),
            ),
        }

    @classmethod
    def _from_payload(cls, p: dict[str, Any]) -> Gazetteer:
        regions = {row[0]: RegionInfo(*row) for row in p["regions"]}
        cities = {row[0]: CityInfo(*row) for row in p["cities"]}
        surnames, middle, honorifics, given, common = p["guard"]
        return cls(
            folder=Folder(),
            automaton=p["automaton"],
            table=p["table"],
            regions=regions,
            cities=cities,
            countries=p["countries"],
            country_names=p["country_names"],
            capitals=p["capitals"],
            region_words=_patterns_in(p["region_words"]),
            org_words=_patterns_in(p["org_words"]),
            joiners=re.compile(p["joiners"]),
            guard=PersonGuard(
                frozenset(surnames),
                frozenset(middle),
                frozenset(honorifics),
                frozenset(given),
                frozenset(common),
            ),
        )

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
        b.collector.top_level = frozenset(c for c, r in regions.items() if r.parent is None)
        automaton, table = b.collector.automaton()
        return cls(
            folder=b.folder,
            automaton=automaton,
            table=table,
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


def _patterns_out(w: WordPatterns) -> tuple[dict[str, str], dict[str, str]]:
    return (
        {k: p.pattern for k, p in w.before.items()},
        {k: p.pattern for k, p in w.after.items()},
    )


def _patterns_in(raw: tuple[dict[str, str], dict[str, str]]) -> WordPatterns:
    before, after = raw
    return WordPatterns(
        {k: re.compile(v) for k, v in before.items()},
        {k: re.compile(v) for k, v in after.items()},
    )
