"""A region in the genitive before a partner noun owns the next place (#12, h12a).

"Der Ministerpräsident ist zu einem Besuch in Bayerns Partnerprovinz Shandong eingetroffen":
the venue word governs the whole phrase; the visit is in Shandong, not in the visitor's own
Bavaria. Our own sentences; names are invented, places are public facts; mentions by markup
(the genitive ending inside or outside the name found). Near miss: without the partner noun
the region after the venue word is the venue.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
MP = "[Jan Weber|person|Jan Weber|country=DE,role=Ministerpräsident]"

CASES: list[str] = [
    f"{MP} ist zu einem Besuch in [Bayerns|region|DE-BY] Partnerprovinz "
    "[Shandong|region|CN-SD] in [China|country|CN] eingetroffen.",
    f"{MP} ist zu einem Besuch in [Bayern|region|DE-BY]s Partnerprovinz "
    "[Shandong|region|CN-SD] eingetroffen.",
    f"{MP} traf bei seinem ersten Besuch in [Sachsens|region|DE-SN] Partnerregion "
    "[Shandong|region|CN-SD] den Gouverneur.",
]


def _visit(stage: EventStage, text: str):  # type: ignore[no-untyped-def]
    doc = stage(from_markup(text, lang="de", published=PUB))
    visits = [e for e in doc.events if e.type == "visit"]
    assert visits, [(e.type, e.rules) for e in doc.events]
    return visits[0]


@pytest.mark.parametrize("text", CASES)
def test_the_owned_place_is_the_venue(stage: EventStage, text: str) -> None:
    visit = _visit(stage, text)
    assert (visit.place.country, visit.place.region) == ("CN", "CN-SD")


def test_a_region_after_the_venue_word_alone_is_the_venue(stage: EventStage) -> None:
    visit = _visit(stage, f"{MP} ist zu einem Besuch in [Bayern|region|DE-BY] eingetroffen.")
    assert visit.place.region == "DE-BY"
