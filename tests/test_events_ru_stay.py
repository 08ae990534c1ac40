"""Russian trips told as a departure ("направилась вчера во Вьетнам с визитом") are visits
(#12, h12a); a stay told in the present ("находится в X с визитом") stays the circumstance of
the acts told (tests/test_events_dates_occasion.py). Our own invented sentences (names and
places are made up); mentions are given by markup, publication date 2025-06-12.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
GOV = "[Павел Зорин|person|Pavel Zorin|country=RU,region=RU-TOM]"


STAY_CASES: list[str] = [
    f"Делегация во главе с {GOV} направилась вчера во [Вьетнам|country|VN] с визитом.",
    f"Губернатор {GOV} отправился в [Лаос|country|LA] с официальным визитом.",
    f"Вчера губернатор {GOV} отправился в [Лаос|country|LA] с рабочим визитом.",
]


@pytest.mark.parametrize("markup", STAY_CASES)
def test_russian_departures_are_trips(stage: EventStage, markup: str) -> None:
    doc = stage(from_markup(markup, lang="ru", published=PUB))
    assert [e.type for e in doc.events] == ["visit"]
    assert "Pavel Zorin" in [p.name for p in doc.events[0].participants]


def test_a_letter_sent_is_not_a_trip(stage: EventStage) -> None:
    markup = f"Губернатор {GOV} направил во [Вьетнам|country|VN] письмо с предложением о визите."
    doc = stage(from_markup(markup, lang="ru", published=PUB))
    assert [e.type for e in doc.events if e.type == "visit"] == []
