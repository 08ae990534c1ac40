"""An act told with a subject pronoun and no name ("Il avait également déposé une gerbe") is
the act of the person the sentence before is about (#12, h12a). Our own invented sentences
(names and places are made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2024-10-02"


def ceremony_people(stage: EventStage, markup: str, lang: str) -> list[list[str]]:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    return [[p.name for p in e.participants] for e in doc.events if e.type == "ceremony"]


M_FR = "[Paul Ferrand|person|Paul Ferrand|country=FR,role=maire]"
M_EN = "[Tom Hale|person|Tom Hale|country=GB,role=mayor]"
M_RU = "[Иван Сорокин|person|Ivan Sorokin|country=RU,role=губернатор]"

# (lang, markup, the participants of each ceremony found)
CASES: list[tuple[str, str, list[list[str]]]] = [
    (
        "fr",
        f"Auparavant, {M_FR} avait rencontré les élus de la ville de "
        "[Trois-Lacs|city|Trois-Lacs|region=CA-QC]. Il avait aussi déposé une gerbe au "
        "monument aux morts du port.",
        [["Paul Ferrand"]],
    ),
    (
        "en",
        f"Earlier, {M_EN} met the councillors of [Lake Verna|city|Lake Verna|region=US-MN]. "
        "He also laid a wreath at the old harbour memorial.",
        [["Tom Hale"]],
    ),
    (
        "ru",
        f"Ранее {M_RU} провёл встречу с депутатами города "
        "[Озёрск|city|Ozyorsk|region=RU-CHE]. Он также возложил венок к памятнику у реки.",
        [["Ivan Sorokin"]],
    ),
    # no pronoun: the wreath is laid by nobody named
    (
        "en",
        f"Earlier, {M_EN} met the councillors of [Lake Verna|city|Lake Verna|region=US-MN]. "
        "Many visitors also laid a wreath at the old harbour memorial.",
        [[]],
    ),
    # the pronoun is far from the act: another clause, not the act's subject
    (
        "en",
        f"Earlier, {M_EN} met the councillors of [Lake Verna|city|Lake Verna|region=US-MN]. "
        "He recalled that every spring the schoolchildren of the town laid a wreath there.",
        [[]],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "people"), CASES)
def test_a_pronoun_subject_is_the_person_told_before(
    stage: EventStage, lang: str, markup: str, people: list[list[str]]
) -> None:
    assert ceremony_people(stage, markup, lang) == people
