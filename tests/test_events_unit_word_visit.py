"""English "visited the province with the capital of X" (#12, h12c): the unit word stands for
the unit whose capital is named after it, so the trip is a visit to that unit; the unit word
alone, or a building of the unit, is no trip. Our own sentences; the whole pipeline reads them.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph._models import RawArticle

# (text, the visits found: (date, the region visited))
CASES: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    (
        "Back in 2012, the governor had visited the province with the capital of Harbin "
        "for the first time.",
        [("2012", "CN-HL")],
    ),
    (
        "In 2016 the delegation visited the province with its capital in Harbin.",
        [("2016", "CN-HL")],
    ),
    # near misses: the unit word alone, a building of the unit
    ("The governor visited the province last week and spoke to farmers.", []),
    ("The governor visited the province's museum in Harbin on Monday.", []),
]


@pytest.mark.parametrize(("text", "visits"), CASES)
def test_a_unit_word_visited_stands_for_the_unit_of_its_capital(
    pipeline: Any, text: str, visits: list[tuple[str | None, str | None]]
) -> None:
    doc = pipeline.process(RawArticle(source="en.txt", content=text, published="2017-05-12"))
    assert [(e.date, e.place.region) for e in doc.events if e.type == "visit"] == visits
