"""The acts of a report happened in the country of the one trip it tells with its place (#12,
h12a).

"В Санкт-Петербург прибыла делегация Ханоя (Вьетнам) ... Стороны подписали соглашение": the
country named after the arrival verb is the party's home, read as a country visited; the
signing is in Russia, where the trip told with its region went. Our own sentences; names are
invented, places are public facts; mentions by markup. Near miss: with no trip told with a
region, the country read as visited still places the act.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
VNP = "[Nguyen Van An|person|Nguyen Van An|country=VN,role=Chairman]"

CASES: list[str] = [
    f"В [Санкт-Петербург|region|RU-SPE] прибыла делегация [Ханоя|region|VN-HN] "
    f"([Вьетнам|country|VN]) во главе с {VNP}. Стороны подписали соглашение о побратимстве.",
    f"В [Казань|region|RU-TA] прибыла делегация провинции [Нгеан|region|VN-22] "
    f"([Вьетнам|country|VN]) во главе с {VNP}. Стороны подписали меморандум о сотрудничестве.",
]


@pytest.mark.parametrize("text", CASES)
def test_the_act_is_in_the_country_of_the_trip_told(stage: EventStage, text: str) -> None:
    doc = stage(from_markup(text, lang="ru", published=PUB))
    signed = [e for e in doc.events if e.type == "agreement"]
    assert signed, [(e.type, e.rules) for e in doc.events]
    assert signed[0].place.country == "RU"


def test_without_a_trip_told_with_its_region_the_visited_country_places_it(
    stage: EventStage,
) -> None:
    text = (
        f"Делегация во главе с {VNP} посетила [Россию|country|RU]. Стороны подписали "
        "соглашение о сотрудничестве."
    )
    doc = stage(from_markup(text, lang="ru", published=PUB))
    signed = [e for e in doc.events if e.type == "agreement"]
    assert signed, [(e.type, e.rules) for e in doc.events]
    assert signed[0].place.country == "RU"
    assert "place:country-of-the-trip-told" not in signed[0].rules
