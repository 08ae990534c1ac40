"""A trip told only by its cue goes to the region its cue names after a venue word (#12, h12a).

"Der Ministerpräsident setzt seinen Antrittsbesuch in der chinesischen Partnerprovinz
Zhejiang fort": the trip says no country visited, yet it names where it is (a venue word, a
country's adjective and the partner noun before the province). Its stop told on another day
does not place it (no "same day" act), so before this it kept the stop's country only.
Our own sentences; names are invented, places are public facts; mentions by markup. Near
miss: a region of the travellers' own country after the venue word is not the trip's place.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
MP = "[Jan Weber|person|Jan Weber|country=DE,region=DE-SH,role=Ministerpräsident]"
MPE = "[Jan Weber|person|Jan Weber|country=DE,region=DE-SH,role=Minister-President]"
CN = "[Li Ming|person|Li Ming|country=CN,role=Parteisekretär]"
ZJ = "[Zhejiang|region|CN-ZJ]"

CASES: list[tuple[str, str]] = [
    (
        # the country visited is known: the region named must be of that country
        "en",
        f"{MPE} continues his working trip to [China|country|CN] in the province of {ZJ}. On "
        f"[17 May 2025|date|2025-05-17] he met the party secretary {CN}.",
    ),
    (
        "de",
        f"{MP} setzt seinen Antrittsbesuch in der chinesischen Partnerprovinz {ZJ} fort. Am "
        f"[17. Mai 2025|date|2025-05-17] traf er den Parteisekretär {CN}.",
    ),
    (
        "de",
        f"{MP} ist auf Arbeitsbesuch in der Partnerprovinz {ZJ}. Am [17. Mai 2025|date|2025-05-17] "
        f"traf er den Parteisekretär {CN}.",
    ),
    (
        "en",
        f"{MPE} continues his working trip in the province of {ZJ}. On "
        f"[17 May 2025|date|2025-05-17] he met the party secretary {CN}.",
    ),
]


def _trip(stage: EventStage, lang: str, text: str):  # type: ignore[no-untyped-def]
    doc = stage(from_markup(text, lang=lang, published=PUB))
    trips = [e for e in doc.events if e.type == "visit"]
    assert trips, [(e.type, e.rules) for e in doc.events]
    return trips[0]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_trip_goes_to_the_region_its_cue_names(stage: EventStage, lang: str, text: str) -> None:
    trip = _trip(stage, lang, text)
    assert (trip.place.country, trip.place.region) == ("CN", "CN-ZJ")


def test_a_home_region_after_the_venue_word_is_not_the_trip_place(stage: EventStage) -> None:
    text = (
        f"{MP} ist auf Arbeitsbesuch in der Stadt [Kiel|region|DE-SH]. Am "
        f"[17. Mai 2025|date|2025-05-17] traf er den Parteisekretär {CN}."
    )
    trip = _trip(stage, "de", text)
    assert "place:venue-of-the-trip-cue" not in trip.rules
