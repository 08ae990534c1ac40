"""Records the gazetteer hands out: regions, cities, countries, and automaton entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class RegionInfo:
    """A subdivision (ISO 3166-2) or a Vietnamese 2025 unit, with its names and history.

    ``successor`` is the id of the 2025 unit an old Vietnamese province went into;
    ``predecessors`` are the old codes a 2025 unit absorbed. Records keep old codes.
    """

    code: str
    country: str
    name: str
    type: str
    parent: str | None = None
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    valid_from: str | None = None
    valid_to: str | None = None
    successor: str | None = None
    predecessors: tuple[str, ...] = ()
    curated: bool = False


@dataclass(frozen=True, slots=True)
class CityInfo:
    name: str
    country: str
    region: str | None
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    capital: bool = False
    population: int | None = None


class Entry(NamedTuple):
    """What one surface form may denote; several entries can share a folded key.

    NamedTuples (not dataclasses) because a build creates ~10^5 of them.
    """

    kind: str  # "country" | "region" | "city" | "org"
    key: str
    rule: str
    form: str = "name"  # countries: name/adjective/demonym; regions: name/full
    curated: bool = False
    country: str | None = None
    region: str | None = None
    guard: bool = False  # a short name that is also a personal name part ("Nga")


class Variant(NamedTuple):
    """One entry reachable through one folded key, with the checks its forms demand."""

    entry: Entry
    needs_capital: bool  # every form starts with a capital: so must the text
    needs_upper: bool  # every form is an acronym ("US", "США"): the text must be upper case
    lower_langs: frozenset[str]  # languages whose forms may be written in lower case
    exact: frozenset[str]
    # (language, rule, form) of the curated source in each language, so a mention cites
    # the file of the document's language ("en/regions.yaml" for an English article).
    rules: tuple[tuple[str, str, str], ...] = ()
    # Languages ("*": the ISO name, any language) in which this uncurated first-level
    # subdivision form is distinctive enough to stand without its country in context.
    distinct: frozenset[str] = frozenset()
