"""Two meeting words in one sentence, each followed by the word naming its partner, with
partners of two different countries ("held a meeting with the delegation of Laos and talks
with the ambassador of Chile") are two meetings; partners of one country are one meeting told
twice (#12, h12a). Our own invented sentences (names and places are made up); mentions are
given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-05-20"


def meetings(stage: EventStage, markup: str, lang: str) -> int:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    return sum(1 for e in doc.events if e.type == "meeting")


# (lang, markup, number of meetings)
CASES: list[tuple[str, str, int]] = [
    (
        "ru",
        "В начале апреля власти [Омской области|region|RU-OMS] провели встречу с делегацией "
        "[Лаоса|country|LA] и переговоры с послом [Чили|country|CL].",
        2,
    ),
    (
        "en",
        "The government of [Omsk|region|RU-OMS] held a meeting with a delegation of "
        "[Laos|country|LA] and talks with the ambassador of [Chile|country|CL].",
        2,
    ),
    # one partner country: the meeting told twice
    (
        "ru",
        "В начале апреля власти [Омской области|region|RU-OMS] провели встречу с делегацией "
        "[Лаоса|country|LA] и переговоры с послом [Лаоса|country|LA].",
        1,
    ),
    (
        "en",
        "The government of [Omsk|region|RU-OMS] held a meeting with a delegation of "
        "[Laos|country|LA] and talks with its ambassador.",
        1,
    ),
]


@pytest.mark.parametrize(("lang", "markup", "count"), CASES)
def test_meetings_with_partners_of_two_countries_are_two(
    stage: EventStage, lang: str, markup: str, count: int
) -> None:
    assert meetings(stage, markup, lang) == count
