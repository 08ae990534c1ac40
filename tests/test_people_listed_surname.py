"""The last item of a list of appositions named by surname only ("A B, Governor of X, and
C, Governor of Y"): the surname is a person of its title's place. Every person and sentence
is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def persons(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return {
        str(m.key): (m.attrs.get("country"), m.attrs.get("region"))
        for m in doc.mentions
        if m.kind == "person"
    }


# (text, surname, country, region)
LISTED: list[tuple[str, str, str, str]] = [
    (
        "On May 3, Li Wenhua, Governor of Heilongjiang Province, Zhao Ming, Governor of "
        "Guangdong Province, and Sokolov, Governor of Kaluga Oblast of Russia, signed a "
        "memorandum on trade.",
        "Sokolov",
        "RU",
        "RU-KLU",
    ),
    (
        "Le 3 mai, Jean Dupont, président de la région Occitanie, Marie Leroy, présidente de "
        "la région Bretagne, et Petrov, gouverneur de la région de Kalouga, ont signé un "
        "accord.",
        "Petrov",
        "RU",
        "RU-KLU",
    ),
]


@pytest.mark.parametrize(("text", "surname", "country", "region"), LISTED)
def test_a_surname_closing_a_list_of_appositions(
    pipeline: Pipeline, text: str, surname: str, country: str, region: str
) -> None:
    assert persons(pipeline, text).get(surname) == (country, region)


def test_a_place_closing_a_list_is_no_person(pipeline: Pipeline) -> None:
    text = (
        "Delegates of Hanoi, Moscow, and Kaluga, Governor of Kaluga Oblast Ivan Sokolov said, "
        "signed a memorandum on trade."
    )
    assert set(persons(pipeline, text)) == {"Ivan Sokolov"}
