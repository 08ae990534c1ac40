"""The capital of a country named as the venue is that country's capital city (#12, h12a).

"В столице Вьетнама губернатор встретился с ...": the venue is Hanoi, not Vietnam as a
whole (the gazetteer knows each country's capital). Our own sentences; names are invented,
places are public facts; mentions by markup. Near misses: a country after a venue word
without a capital word stays the country; a trip whose stop is placed so does not list the
capital among its regions (the text never names it).
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from diplograph._resources import Resources
from tests._event_helpers import from_markup


@pytest.fixture(scope="module")
def stage() -> EventStage:
    """An events stage whose gazetteer is built (the capitals are the gazetteer's; the
    shared stage leaves it unbuilt)."""
    res = Resources()
    assert res.gazetteer is not None
    return EventStage(res)


PUB = "2025-06-12"
GOV = "[Ivan Petrov|person|Ivan Petrov|country=RU,region=RU-KLU,role=Governor]"
VN = "[Tran Van Nam|person|Tran Van Nam|country=VN,role=Deputy Prime Minister]"

CASES: list[tuple[str, str]] = [
    ("ru", f"В столице [Вьетнама|country|VN] губернатор {GOV} встретился с {VN}."),
    ("uk", f"У столиці [В'єтнаму|country|VN] губернатор {GOV} зустрівся з {VN}."),
    ("en", f"In the capital of [Vietnam|country|VN], Governor {GOV} met {VN}."),
    ("de", f"In der Hauptstadt [Vietnams|country|VN] traf Gouverneur {GOV} den Vizepremier {VN}."),
    ("es", f"En la capital de [Vietnam|country|VN], el gobernador {GOV} se reunió con {VN}."),
    ("pl", f"W stolicy [Wietnamu|country|VN] gubernator {GOV} spotkał się z {VN}."),
]


def _meeting(stage: EventStage, lang: str, text: str):  # type: ignore[no-untyped-def]
    doc = stage(from_markup(text, lang=lang, published=PUB))
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings, [(e.type, e.rules) for e in doc.events]
    return meetings[0]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_capital_of_the_country_is_the_venue(stage: EventStage, lang: str, text: str) -> None:
    meeting = _meeting(stage, lang, text)
    assert (meeting.place.country, meeting.place.region) == ("VN", "VN-HN")


def test_a_country_without_a_capital_word_stays_the_country(stage: EventStage) -> None:
    meeting = _meeting(stage, "en", f"In [Vietnam|country|VN], Governor {GOV} met {VN}.")
    assert (meeting.place.country, meeting.place.region) == ("VN", None)


def test_a_trip_does_not_list_the_capital_told_only_as_the_capital(stage: EventStage) -> None:
    text = (
        f"Делегация [Калужской области|region|RU-KLU] во главе с губернатором {GOV} прибыла во "
        f"[Вьетнам|country|VN] с рабочим визитом. В столице [Вьетнама|country|VN] губернатор "
        f"{GOV} встретился с {VN}. Затем губернатор {GOV} возложил венок к памятнику."
    )
    doc = stage(from_markup(text, lang="ru", published=PUB))
    trips = [e for e in doc.events if e.type == "visit"]
    assert trips, [(e.type, e.rules) for e in doc.events]
    assert "VN-HN" not in trips[0].regions, [(e.type, e.place, e.regions) for e in doc.events]
