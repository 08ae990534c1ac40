"""A departure to take part in something ("left in September to take part in the twinning
meetings", "sont parties du 6 au 13 septembre pour participer") is the trip itself, dated by
its own sentence (#12, h12a); leaving a post or a meeting is no trip. Our own invented
sentences (names and places are made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2024-10-02"
HOME = "[Cantal|region|FR-15]"
G = "[Yunnan|region|CN-YN]"


def visit_dates(stage: EventStage, markup: str, lang: str) -> list[str | None]:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    return [e.date for e in doc.events if e.type == "visit"]


# (lang, markup, the dates of the visits found)
CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "en",
        f"{G} invited {HOME} to its friendship festival. Two councillors of {HOME} left in "
        "[September|date|2024-09] to take part in the festival meetings.",
        ["2024-09"],
    ),
    (
        "fr",
        f"{G} a invité {HOME} à son festival de l'amitié. Les élues de {HOME} sont donc "
        "parties [du 3 au 9 septembre|date|2024-09-03|end=2024-09-09] pour participer aux "
        "rencontres du festival.",
        # a trip told from its departure is dated by its month (h12i: the first day of the
        # span is only the day it set off)
        ["2024-09"],
    ),
    # no departure to take part in anything
    (
        "en",
        f"{G} invited {HOME} to its friendship festival. The director of {HOME} left the "
        "council in [September|date|2024-09].",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "dates"), CASES)
def test_a_departure_to_take_part_is_a_trip(
    stage: EventStage, lang: str, markup: str, dates: list[str | None]
) -> None:
    assert visit_dates(stage, markup, lang) == dates
