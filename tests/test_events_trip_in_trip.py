"""A trip to one region told inside a trip to its whole country ("paid a working visit to
Kagawa prefecture ... as part of his official visit to Japan") is two trips: the visit to the
region and the official visit to the country, made by the same traveller (#12, h12a). A trip
told to the region alone, or a regional traveller's, stays one. Our own invented sentences
(names and places are made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-11-25"
PM = "[Tran Van Binh|person|Tran Van Binh|role=Prime Minister|country=VN]"
GOV = "[Oka Hiroshi|person|Oka Hiroshi|role=Governor|country=JP|region=JP-37]"


def trips(stage: EventStage, markup: str, lang: str) -> list[tuple[str, bool]]:
    """The region of each trip's place ("" for a whole country) and whether the Prime Minister
    travels on it."""
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    return sorted(
        (e.place.region or "", "Tran Van Binh" in {p.name for p in e.participants})
        for e in doc.events
        if e.type == "visit"
    )


# (lang, markup, the trips)
CASES: list[tuple[str, str, list[tuple[str, bool]]]] = [
    (
        "en",
        f"Prime Minister {PM} paid a working visit to [Kagawa|region|JP-37] prefecture, where "
        f"he received Governor {GOV}, as part of his official visit to [Japan|country|JP].",
        [("", True), ("JP-37", True)],
    ),
    # the country's trip told as the circumstance of the visit to a city, in one sentence
    (
        "en",
        f"Last year, during the Governor's Trade Mission to [Japan|country|JP], {PM} visited "
        "[Kagawa|region|JP-37]'s capital city and toured its port.",
        [("", True), ("JP-37", True)],
    ),
    (
        "en",
        f"During his official visit to [Japan|country|JP], {PM} visited the prefecture of "
        "[Kagawa|region|JP-37].",
        [("", True), ("JP-37", True)],
    ),
    (
        "ru",
        f"В ходе официального визита в [Японию|country|JP] {PM} посетил префектуру "
        "[Кагава|region|JP-37].",
        [("", True), ("JP-37", True)],
    ),
    # the region only: one trip
    (
        "en",
        f"Prime Minister {PM} paid a working visit to [Kagawa|region|JP-37] prefecture, where "
        f"he received Governor {GOV}.",
        [("JP-37", True)],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "expected"), CASES)
def test_a_regional_trip_inside_a_country_trip_is_two(
    stage: EventStage, lang: str, markup: str, expected: list[tuple[str, bool]]
) -> None:
    assert trips(stage, markup, lang) == expected
