"""A trip placed in the country visited takes the one region of that country its sentence
names (#12, h12a).

"The delegation paid a working visit to Son La province of Vietnam": the trip is placed in
Vietnam by the country visited; the province its own sentence names is where it went. Our
own sentences; names are invented, places are public facts; mentions are given by markup.
Near misses: two regions of the country visited named (which one is not told); the
traveller's own region in the same country as the place (a domestic trip is not refined).
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"

CASES: list[tuple[str, str, str]] = [
    (
        "zh",
        "[老挝|country|LA][赛宋奔省|region|LA-XS]代表团于6月10日至11日对[越南|country|VN]"
        "[山罗省|region|VN-05]进行工作访问。",
        "VN-05",
    ),
    (
        "fr",
        "[Marie Dupont|person|Marie Dupont|country=FR,region=FR-48,role=President] se rend en "
        "[Chine|country|CN] pour renforcer les liens avec le [Guizhou|region|CN-GZ].",
        "CN-GZ",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "region"), CASES)
def test_the_named_region_of_the_country_visited(
    stage: EventStage, lang: str, markup: str, region: str
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    trips = [e for e in doc.events if e.type == "visit"]
    assert trips, [e.type for e in doc.events]
    assert trips[0].place.region == region


def test_two_regions_of_the_country_visited_leave_it_at_the_country(stage: EventStage) -> None:
    markup = (
        "[老挝|country|LA][赛宋奔省|region|LA-XS]代表团于6月10日至11日对[越南|country|VN]"
        "[山罗省|region|VN-05]和[奠边省|region|VN-71]进行工作访问。"
    )
    doc = stage(from_markup(markup, lang="zh", published=PUB))
    trips = [e for e in doc.events if e.type == "visit"]
    assert trips[0].place.region is None
    assert trips[0].place.country == "VN"
