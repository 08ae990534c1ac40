"""An act told in a sentence opening with a word of a simultaneous happening ("At the same
time, a fair was organised", "En parallèle, une foire était organisée") is another act held
beside the one told before, at its time (a trip's too); without the word, a fair told after a
festival is that gathering told again. Our own invented sentences (names and places made
up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2022-06-20"
HOME = "[Cantal|region|FR-15]"
G = "[Yunnan|region|CN-YN]"

# (lang, markup, the (type, date) of the events found)
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "fr",
        f"Les élus de {HOME} ont participé au festival des fleurs de {G} le "
        "[3 mai|date|2022-05-03]. En parallèle, une foire des thés était organisée.",
        [("forum", "2022-05-03"), ("forum", "2022-05-03")],
    ),
    (
        "en",
        f"Councillors of {HOME} took part in the flower festival of {G} on "
        "[May 3|date|2022-05-03]. At the same time, a tea fair was organised.",
        [("forum", "2022-05-03"), ("forum", "2022-05-03")],
    ),
    # the imperfect passive tells the fair as held (a narrative), not as planned
    (
        "fr",
        "Une foire des thés était organisée le [3 mai|date|2022-05-03].",
        [("forum", "2022-05-03")],
    ),
    # no word of a simultaneous happening: the fair is the festival told again
    (
        "en",
        f"Councillors of {HOME} took part in the flower festival of {G} on "
        "[May 3|date|2022-05-03]. A tea fair was organised there.",
        [("forum", "2022-05-03")],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "events"), CASES)
def test_an_act_told_as_simultaneous_is_another_act_at_that_time(
    stage: EventStage, lang: str, markup: str, events: list[tuple[str, str | None]]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    assert [(e.type, e.date) for e in doc.events] == events
