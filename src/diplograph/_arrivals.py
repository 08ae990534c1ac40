"""Where a trip report says the party arrived ("arrived in Hanoi on 24 November").

Why: an arrival day is the first day of the trip in that city. A report that nothing dates
but the day ("24 ноября ... делегация прибыла в Ханой", no year) may fit two trips of the
same governor in two years; a trip that already had the governor received in that city
two days before the day named is not the one that arrived there on it (see
``_cluster_undated._arrived_later``). The arrival phrases are per-language data
(``arrival`` of ``data/lang/<lang>/places.yaml``): each pattern ends where the place's name
begins, so the place is the region or city mention right after it.
"""

from __future__ import annotations

import re

from ._models import Document, Event, Mention
from ._registry import Registry

# Characters allowed between an arrival phrase and the place it names (spaces; a quote).
_GAP = 2


class Arrivals:
    """Reads the arrival mark of a trip report (patterns cached on the instance)."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        self._langs: dict[str, re.Pattern[str] | None] = {}

    def _pattern(self, lang: str) -> re.Pattern[str] | None:
        if lang not in self._langs:
            words = (self._registry.lang(lang, "places") or {}).get("arrival") or []
            joined = "|".join(f"(?:{w})" for w in words)
            self._langs[lang] = re.compile(joined, re.IGNORECASE) if words else None
        return self._langs[lang]

    def region(self, doc: Document, ev: Event) -> str | None:
        """The region (a province or a province-level city) a visit's first evidence
        sentence says the party arrived in, else None."""
        if ev.type != "visit" or not ev.evidence or not doc.lang:
            return None
        found = self._pattern(doc.lang)
        if found is None:
            return None
        first = ev.evidence[0]
        places = [m for m in doc.mentions if first.start <= m.start < first.end and _place(m)]
        for hit in found.finditer(doc.text, first.start, first.end):
            for m in places:
                if hit.end() <= m.start <= hit.end() + _GAP:
                    return _place(m)
        return None


def _place(m: Mention) -> str | None:
    """The region a place mention names: a region's code, or a city's region."""
    if m.kind == "region" and m.key:
        return m.key
    if m.kind == "city":
        region = m.attrs.get("region")
        return region if isinstance(region, str) and region else None
    return None
