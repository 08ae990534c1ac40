"""Venue words of Italian and Indonesian (#12, h12a).

Without venue words a language names no venue: "a Bologna", "di Nanning" were read as acting
places or left out, and the act was placed by the country of a trip told elsewhere or by the
signer's home. Our own sentences; names are invented, places are public facts; mentions by
markup. Near misses: a place after "con" or "dengan" (with) is a party, not the venue.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
IT_PRES = "[Marco Bianchi|person|Marco Bianchi|country=IT,region=IT-45,role=President]"
CN_GOV = "[Li Wei|person|Li Wei|country=CN,region=CN-GD,role=Governor]"
ID_GOV = "[Budi Santoso|person|Budi Santoso|country=ID,region=ID-JB,role=Governor]"
CN_GX = "[Zhang Hua|person|Zhang Hua|country=CN,region=CN-GX,role=Governor]"

# (lang, sentence, expected place region)
CASES: list[tuple[str, str, str]] = [
    (
        "it",
        f"Il presidente {IT_PRES} ha incontrato il governatore {CN_GOV} a "
        "[Canton|city|Guangzhou|region=CN-GD] il 3 marzo 2025.",
        "CN-GD",
    ),
    (
        "it",
        f"Il 3 marzo 2025 il governatore {CN_GOV} ha incontrato il presidente {IT_PRES} "
        "nella città di [Bologna|city|Bologna|region=IT-45].",
        "IT-45",
    ),
    (
        "id",
        f"Gubernur {ID_GOV} menandatangani nota kesepahaman dengan Gubernur {CN_GX} di "
        "[Nanning|city|Nanning|region=CN-GX] pada 5 Mei 2025.",
        "CN-GX",
    ),
    (
        "id",
        f"Gubernur {CN_GX} bertemu Gubernur {ID_GOV} di Kota [Bandung|city|Bandung|region=ID-JB] "
        "pada 5 Mei 2025.",
        "ID-JB",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "region"), CASES)
def test_a_venue_word_places_the_act(
    stage: EventStage, lang: str, sentence: str, region: str
) -> None:
    doc = stage(from_markup(sentence, lang=lang, published=PUB))
    assert doc.events, lang
    assert doc.events[0].place.region == region


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "it",
            f"Il presidente {IT_PRES} ha incontrato il governatore {CN_GOV} con "
            "[Canton|city|Guangzhou|region=CN-GD] il 3 marzo 2025.",
        ),
        (
            "id",
            f"Gubernur {ID_GOV} menandatangani nota kesepahaman dengan "
            "[Nanning|city|Nanning|region=CN-GX] pada 5 Mei 2025.",
        ),
    ],
)
def test_a_place_after_with_is_no_venue(stage: EventStage, lang: str, sentence: str) -> None:
    doc = stage(from_markup(sentence, lang=lang, published=PUB))
    assert doc.events, lang
    assert "place:venue" not in doc.events[0].rules
