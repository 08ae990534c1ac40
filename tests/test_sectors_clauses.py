"""Sector words that a designation does not swallow, and sector words that name no subject
of the event, in the languages whose rules are data. Each case is one short report of our
own; the one event of the given type must carry exactly the sectors given.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph._models import Document, RawArticle


def _sectors(pipeline: Any, text: str, kind: str) -> set[str]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text, published="2025-03-04"))
    assert isinstance(doc, Document)
    events = [e for e in doc.events if e.type == kind]
    assert len(events) == 1, [(e.type, e.sectors) for e in doc.events]
    return set(events[0].sectors)


# A title followed, clauses later, by another person is no designation in a script written
# without spaces: an ideographic comma ends the clause, and each character is a word of the
# stretch (a run of them is a phrase). (lang, report, meeting's sectors)
UNSPACED_CLAUSE_CASES: list[tuple[str, str, set[str]]] = [
    (
        "ja",
        "3月3日、ビントゥアン省のドアン・アイン・ズン委員長らが鳥取県庁を訪れ、観光などの分野で"
        "交流を深めることを平井知事と確認した。",
        {"tourism"},
    ),
    (
        "ja",
        "3月3日、ビントゥアン省のドアン・アイン・ズン委員長らが鳥取県庁を訪れ医療などの分野での"
        "協力を広げることを平井知事と確認した。",
        {"health"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "sectors"), UNSPACED_CLAUSE_CASES)
def test_a_clause_after_a_title_is_no_designation(
    pipeline: Any, lang: str, text: str, sectors: set[str]
) -> None:
    assert _sectors(pipeline, text, "meeting") == sectors
