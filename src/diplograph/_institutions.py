"""Is an agreement signed by an institution (a school, a university, a hospital, a company,
an association) rather than by its region's or city's authorities?

Why: two agreements of one pair of regions in one period are often a school's (or a
university's) memorandum and the city's own; reports of either name the same two regions,
and without a day nothing else tells them apart. The first evidence sentence names the
signing institution ("... signed a memorandum with the Phan Boi Chau High School"). Per-
language patterns (``institutions`` of ``data/lang/<lang>/orgs.yaml``) name one institution
in the singular (a plural is a topic: "exchanges between universities"); they are compiled
as written, so a language whose names are capitalised can ask for capitals.
"""

from __future__ import annotations

import re

from ._models import Document, Event
from ._registry import Registry


class Institutions:
    """Reads the institution mark of an agreement (patterns cached on the instance)."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        self._langs: dict[str, re.Pattern[str] | None] = {}

    def _pattern(self, lang: str) -> re.Pattern[str] | None:
        if lang not in self._langs:
            words = (self._registry.lang(lang, "orgs") or {}).get("institutions") or []
            self._langs[lang] = re.compile("|".join(f"(?:{w})" for w in words)) if words else None
        return self._langs[lang]

    def signed_by(self, doc: Document, ev: Event) -> bool:
        """Does the agreement's first evidence sentence name an institution?"""
        if ev.type != "agreement" or not ev.evidence or not doc.lang:
            return False
        pattern = self._pattern(doc.lang)
        if pattern is None:
            return False
        first = ev.evidence[0]
        return pattern.search(doc.text, first.start, first.end) is not None
