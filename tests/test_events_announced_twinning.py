"""A sister-state or twinning relationship announced by a governor ("announced a sister
state/province relationship between A and B") is the agreement made (#12, h12a); another
relationship announced is not. Our own invented sentences (names and places are made up);
mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2014-09-10"
GOV = "[Ann Reyes|person|Ann Reyes|country=US,region=US-OR,role=Governor]"


def types(stage: EventStage, markup: str) -> list[str]:
    doc = stage(from_markup(markup, lang="en", published=PUB))
    return sorted(e.type for e in doc.events)


# (markup, the types of the events found)
CASES: list[tuple[str, list[str]]] = [
    (
        f"Governor {GOV} announced a sister state/province relationship yesterday between "
        "the State of [Oregon|region|US-OR] and China's [Hainan|region|CN-HI] Province.",
        ["agreement"],
    ),
    (
        f"Governor {GOV} announced the twinning relations of [Oregon|region|US-OR] and "
        "[Hainan|region|CN-HI] at a press conference.",
        ["agreement"],
    ),
    # another kind of relationship: no act
    (
        f"Governor {GOV} announced a trade relationship yesterday between the State of "
        "[Oregon|region|US-OR] and China's [Hainan|region|CN-HI] Province.",
        [],
    ),
]


@pytest.mark.parametrize(("markup", "found"), CASES)
def test_an_announced_twinning_is_the_agreement(
    stage: EventStage, markup: str, found: list[str]
) -> None:
    assert types(stage, markup) == found
