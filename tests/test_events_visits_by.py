"""A plural visit noun before a list of visitors ("the visits to Norway by X, Y and Z") tells
one trip per visitor; the persons of the acts listed before it made none of them (#12,
h12a). Our own invented sentences (names and places are made up); mentions are given by
markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2024-04-09"


def visitors(stage: EventStage, markup: str, lang: str) -> list[list[str]]:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    return sorted([p.name for p in e.participants] for e in doc.events if e.type == "visit")


A = "[Oleg Varin|person|Oleg Varin|country=RU,role=Deputy Prime Minister]"
B = "[Pavel Lutov|person|Pavel Lutov|country=RU,role=Speaker]"
C = "[Irina Sedova|person|Irina Sedova|country=RU,role=Minister]"
P = "[Lars Eng|person|Lars Eng|country=NO,role=Prime Minister]"
Q = "[Mikhail Orsk|person|Mikhail Orsk|country=RU,role=President]"

# (lang, markup, the travellers of each visit found)
CASES: list[tuple[str, str, list[list[str]]]] = [
    (
        "en",
        f"The envoy recalled the visits to [Norway|country|NO] by {A}, {B} and {C} in "
        "[2023|date|2023].",
        [["Irina Sedova"], ["Oleg Varin"], ["Pavel Lutov"]],
    ),
    (
        "en",
        f"The envoy recalled the phone talks between {P} and {Q} as well as the visits to "
        f"[Norway|country|NO] by {A} and {B} in [2023|date|2023].",
        [["Oleg Varin"], ["Pavel Lutov"]],
    ),
    # one visitor: one trip, as before
    (
        "en",
        f"The envoy recalled the visits to [Norway|country|NO] by {A} in [2023|date|2023].",
        [["Oleg Varin"]],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "found"), CASES)
def test_visits_by_several_are_one_trip_each(
    stage: EventStage, lang: str, markup: str, found: list[list[str]]
) -> None:
    assert visitors(stage, markup, lang) == found


GOV = "[Ivan Rudov|person|Ivan Rudov|country=RU,region=RU-ULY,role=Governor]"


def test_phone_talks_between_two_leaders_are_not_the_headline_meeting(stage: EventStage) -> None:
    """ "the phone talks between X and Y" recalled after the report's meeting is another act
    (of its own year), not the meeting told again: its parties do not join the headline."""
    markup = (
        f"Governor {GOV} visited the Norwegian Embassy in [Moscow|city|Moscow|region=RU-MOW] "
        "on [April 8|date|2024-04-08]. The envoy recalled the phone talks between "
        f"{P} and {Q} in [2023|date|2023]."
    )
    doc = stage(from_markup(markup, lang="en", published=PUB))
    day = [e for e in doc.events if e.date == "2024-04-08"]
    assert [sorted(p.name for p in e.participants) for e in day] == [["Ivan Rudov"]]
