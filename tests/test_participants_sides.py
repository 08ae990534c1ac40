"""A person placed on one side of an act only by the other signer's side (two persons, two
countries) is of that side at the page's other acts too, where nothing else places them.
Every person and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def sides(pipeline: Pipeline, text: str, typ: str) -> dict[str, str | None]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return {p.name: p.country for e in doc.events if e.type == typ for p in e.participants}


# (text, person, country at the trip)
OTHER_SIDE: list[tuple[str, str, str]] = [
    (
        "Sister states South Australia and Rajasthan last night signed an agreement in India "
        "on a new water centre in Jaipur.\nThe centre will train engineers in water "
        "management.\nMinister for Investment and Trade John Miller and the Chief Minister of "
        "Rajasthan Priya Sharma signed the agreement in Jaipur today as part of the State "
        "Government's week-long delegation to India.",
        "John Miller",
        "AU",
    ),
    (
        "Sister states South Australia and Rajasthan signed a memorandum on vocational "
        "training.\nThe programme will open next year.\nMinister for Education Jane Cooper and "
        "the Chief Minister of Rajasthan Priya Sharma signed the memorandum in Jaipur on "
        "Tuesday as part of the State Government's trade mission to India.",
        "Jane Cooper",
        "AU",
    ),
]


@pytest.mark.parametrize(("text", "person", "country"), OTHER_SIDE)
def test_a_side_found_at_the_signing_holds_at_the_trip(
    pipeline: Pipeline, text: str, person: str, country: str
) -> None:
    assert sides(pipeline, text, "agreement").get(person) == country
    assert sides(pipeline, text, "visit").get(person) == country
