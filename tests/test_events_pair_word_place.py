"""A place joined to another by a dash names a relation, not a venue (#12, h12a).

"The governor met the party secretary and stressed the city's importance in Vietnam-Russia
relations": "in Vietnam" is not where the meeting was. Our own sentences; names are
invented, places are public facts; mentions by markup. Near miss: a dash after the venue
that opens a clause ("in Vietnam - the first such visit") keeps the venue.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
GOV = "[Ivan Petrov|person|Ivan Petrov|country=RU,region=RU-SPE,role=Governor]"
VNP = "[Nguyen Van An|person|Nguyen Van An|country=VN,role=Party Secretary]"
VN = "[Vietnam|country|VN]"
RU = "[Russia|country|RU]"

CASES: list[str] = [
    f"Governor {GOV} met {VNP} and stressed the city's importance in {VN}-{RU} relations.",
    f"Governor {GOV} met {VNP}, who praised the city's role in {VN} – {RU} cooperation.",
    f"Governor {GOV} held talks with {VNP} on the city's place in {VN}-{RU} ties.",
]


def _meeting(stage: EventStage, text: str):  # type: ignore[no-untyped-def]
    doc = stage(from_markup(text, lang="en", published=PUB))
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings, [(e.type, e.rules) for e in doc.events]
    return meetings[0]


@pytest.mark.parametrize("text", CASES)
def test_a_pair_of_places_is_no_venue(stage: EventStage, text: str) -> None:
    meeting = _meeting(stage, text)
    assert meeting.place.country != "VN"


def test_a_dash_opening_a_clause_keeps_the_venue(stage: EventStage) -> None:
    meeting = _meeting(stage, f"Governor {GOV} met {VNP} in {VN} - the first such visit.")
    assert meeting.place.country == "VN"
