"""A gathering told as an item of the programme of the gathering told before ("the Days of X
opened ... One of the first events of their programme was the opening of an exhibition") is
an event of its own held within it, with that gathering's day and regions when it tells none;
a programme only listed ("The programme includes concerts") adds nothing. Our own invented
sentences (names and places made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2023-04-12"
A = "[Tver|region|RU-TVE]"
B = "[Da Nang|region|VN-DN]"

# (lang, markup, the forums found as (date, regions))
CASES: list[tuple[str, str, list[tuple[str | None, list[str]]]]] = [
    (
        "ru",
        f"Дни {A} открылись во вторник, [11 апреля|date|2023-04-11], в городе {B}. Одним из "
        "первых мероприятий в их программе стала церемония открытия выставки старинных икон.",
        [("2023-04-11", ["RU-TVE"]), ("2023-04-11", ["RU-TVE"])],
    ),
    (
        "en",
        f"The Days of {A} opened on [April 11|date|2023-04-11] in {B}. One of the first events "
        "of their programme was the opening of an exhibition of old icons.",
        [("2023-04-11", ["RU-TVE"]), ("2023-04-11", ["RU-TVE"])],
    ),
    (
        "fr",
        f"Les Journées de {A} se sont ouvertes le [11 avril|date|2023-04-11] à {B}. L'un des "
        "premiers rendez-vous de leur programme fut l'exposition d'icônes anciennes.",
        [("2023-04-11", ["RU-TVE"]), ("2023-04-11", ["RU-TVE"])],
    ),
    # the programme only listed: the exhibition is the Days told again, one forum
    (
        "ru",
        f"Дни {A} открылись во вторник, [11 апреля|date|2023-04-11], в городе {B}. В их "
        "программе выставка старинных икон и концерты.",
        [("2023-04-11", ["RU-TVE"])],
    ),
    (
        "en",
        f"The Days of {A} opened on [April 11|date|2023-04-11] in {B}. Their programme "
        "includes an exhibition of old icons and concerts.",
        [("2023-04-11", ["RU-TVE"])],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "forums"), CASES)
def test_an_item_of_a_gatherings_programme_is_an_event_of_its_own(
    stage: EventStage, lang: str, markup: str, forums: list[tuple[str | None, list[str]]]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    assert [(e.date, e.regions) for e in doc.events if e.type == "forum"] == forums
