"""A gathering named by the country it presents ("в рамках Недели Вьетнама", "within the
framework of the Week of Laos") is a gathering of its own even when its sentence names no
person or region; said as the frame of the act told before ("said at the meeting, held within
the Week of ..."), it is dated by that act's month and the act keeps the sentence. A week
only planned ("станут дни культуры") is no event. Our own invented sentences (names and
places made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2023-03-14"

# (lang, markup, the (type, date) of the events found)
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "ru",
        "Губернатор [Иван Петров|person|Ivan Petrov|role=Governor,region=RU-TVE] провёл встречу "
        "с послом [Лаоса|country|LA] [Сомсаком Ваном|person|Somsak Van|role=Ambassador]. "
        "Об этом губернатор сказал на встрече, состоявшейся в рамках Недели "
        "[Лаоса|country|LA] в городе.",
        [("meeting", "2023-03"), ("forum", "2023-03")],
    ),
    (
        "en",
        "Governor [Ivan Petrov|person|Ivan Petrov|role=Governor,region=RU-TVE] met the "
        "ambassador of [Laos|country|LA] [Somsak Van|person|Somsak Van|role=Ambassador]. "
        "The governor said so at the meeting, held within the framework of the Week of "
        "[Laos|country|LA] in the city.",
        [("meeting", "2023-03"), ("forum", "2023-03")],
    ),
    # a week only planned: no forum
    (
        "ru",
        "Губернатор [Иван Петров|person|Ivan Petrov|role=Governor,region=RU-TVE] провёл встречу "
        "с послом [Лаоса|country|LA] [Сомсаком Ваном|person|Somsak Van|role=Ambassador]. "
        "Одним из совместных мероприятий станут дни культуры [Лаоса|country|LA] в городе.",
        [("meeting", "2023-03")],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "events"), CASES)
def test_a_week_named_by_a_country_is_a_gathering_of_the_act_held_at_it(
    stage: EventStage, lang: str, markup: str, events: list[tuple[str, str | None]]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    assert [(e.type, e.date) for e in doc.events] == events
