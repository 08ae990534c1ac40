""" "X и Y договорились ..." (X and Y agreed to ...): two sides who agreed on something met to
agree on it, so the sentence reports their talks; what they agreed to do stays a plan (#12,
h12a). Our own invented sentences (names and places are made up); mentions are given by
markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-03-20"
A = "[Олег Сизов|person|Oleg Sizov|role=Vice Governor]"
B = "[Чан Ван Тхань|person|Tran Van Thanh|role=Consul General]"
R = "[Приморья|region|RU-PRI]"


def types(stage: EventStage, markup: str) -> list[tuple[str, list[str]]]:
    doc = stage(from_markup(markup, lang="ru", published=PUB))
    return [(e.type, sorted(p.name for p in e.participants)) for e in doc.events]


# (markup, the events and their participants)
CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        f"Вице-губернатор {R} {A} и генеральный консул {B} договорились работать над "
        "открытием прямого рейса.",
        [("meeting", ["Oleg Sizov", "Tran Van Thanh"])],
    ),
    # the act they agreed on is a plan, not a signing
    (
        f"Вице-губернатор {R} {A} и генеральный консул {B} договорились подписать соглашение "
        "о туризме.",
        [("meeting", ["Oleg Sizov", "Tran Van Thanh"])],
    ),
    # told inside the report of the talks: the same meeting
    (
        f"Вице-губернатор {R} {A} провел переговоры с генеральным консулом {B}. "
        "Стороны договорились о сотрудничестве в туризме.",
        [("meeting", ["Oleg Sizov", "Tran Van Thanh"])],
    ),
]


@pytest.mark.parametrize(("markup", "expected"), CASES)
def test_two_sides_who_agreed_held_talks(
    stage: EventStage, markup: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert types(stage, markup) == expected
