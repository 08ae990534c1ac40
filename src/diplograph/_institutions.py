"""Is an agreement signed by an institution (a school, a university, a hospital, a company,
an association) rather than by its region's or city's authorities?

Why: two agreements of one pair of regions in one period are often a school's (or a
university's) memorandum and the city's own; reports of either name the same two regions,
and without a day nothing else tells them apart. The first evidence sentence names the
signing institution ("... signed a memorandum with the Phan Boi Chau High School"). Per-
language patterns (``institutions`` of ``data/lang/<lang>/orgs.yaml``) name one institution
in the singular (a plural is a topic: "exchanges between universities"); they are compiled
as written, so a language whose names are capitalised can ask for capitals.

The same goes for two legislatures: on the day two cities sign their twinning, their councils
often sign an agreement of their own ("the city council also signed a friendship agreement with
the province's People's Council"), and reports of either name the same two regions and the
same day. An agreement whose first evidence sentence names a legislature twice (``legislatures``
of orgs.yaml: a council, an assembly, a duma; once per side) is the legislatures' own; one
mention is a title beside another signer ("the governor, also chairman of the council").
"""

from __future__ import annotations

import re

from ._models import Document, Event
from ._registry import Registry


class Institutions:
    """Reads the institution mark of an agreement (patterns cached on the instance)."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        self._langs: dict[tuple[str, str], re.Pattern[str] | None] = {}

    def _pattern(self, lang: str, key: str = "institutions") -> re.Pattern[str] | None:
        if (lang, key) not in self._langs:
            words = (self._registry.lang(lang, "orgs") or {}).get(key) or []
            found = re.compile("|".join(f"(?:{w})" for w in words)) if words else None
            self._langs[(lang, key)] = found
        return self._langs[(lang, key)]

    def signed_by(self, doc: Document, ev: Event) -> bool:
        """Does the agreement's first evidence sentence name an institution (and not, before
        it, the two legislatures: see ``signers``)?"""
        return self.signers(doc, ev)[0]

    def signers(self, doc: Document, ev: Event) -> tuple[bool, bool]:
        """(signed by an institution, signed by the legislatures) of an agreement, read from
        its first evidence sentence.

        A sentence naming both ("the two councils, a retailer and a trade centre, and a
        charity and a medical university also signed memoranda") lists the day's agreements
        in the order of their weight: the first named signer is the one the report is of, so
        the institution mark stands only when no legislature pair is named before it."""
        if ev.type != "agreement" or not ev.evidence or not doc.lang:
            return (False, False)
        first = ev.evidence[0]
        found = self._pattern(doc.lang)
        institution = found.search(doc.text, first.start, first.end) if found else None
        councils = self._pattern(doc.lang, "legislatures")
        named = list(councils.finditer(doc.text, first.start, first.end)) if councils else []
        legislature = len(named) >= 2
        if legislature and institution is not None and named[0].start() < institution.start():
            return (False, True)
        return (institution is not None, legislature)
