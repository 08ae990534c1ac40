"""French "A et B sont jumelés depuis 2001" (twinned since 2001) tells the twinning made that
year: an agreement of 2001, as the real gold counts it (#12, h12d). Our own invented sentences
(names and places are made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

A = "[Cantal|region|FR-15]"
B = "[Yunnan|region|CN-YN]"

# (lang, markup, the agreements found with their dates)
CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "fr",
        f"Le département du {A} et la province du {B} sont jumelés "
        "[depuis 2001|date|2001|since=1].",
        ["2001"],
    ),
    (
        "fr",
        f"Le {A} et le {B} étaient jumelées [depuis 1998|date|1998|since=1], rappelle la maire.",
        ["1998"],
    ),
    # a relation of friendship since a year is no twinning
    (
        "fr",
        f"Le {A} et le {B} sont amis [depuis 2001|date|2001|since=1].",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "dates"), CASES)
def test_twinned_since_a_year_is_the_twinning_of_that_year(
    stage: EventStage, lang: str, markup: str, dates: list[str | None]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published="2024-10-02"))
    assert [e.date for e in doc.events if e.type == "agreement"] == dates
