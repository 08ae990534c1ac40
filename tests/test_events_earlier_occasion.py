"""An act told with a word of an earlier year ("last year", "l'an dernier") in a page without a
publication date is another occasion than the act reported, not the same one told again (#12,
h12a): it stays an event of its own. Our own invented sentences (names and places are made
up); mentions are given by markup; the pages have no publication date.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

A = "[Tomsk|region|RU-TOM]"
B = "[Lao Cai|region|VN-02]"


EARLIER_CASES: list[tuple[str, str]] = [
    (
        "en",
        f"{A} and {B} signed a memorandum on river tourism. "
        f"In March last year, {A} signed a sister-province agreement with {B}.",
    ),
    (
        "fr",
        f"{A} et {B} ont signé un mémorandum sur le tourisme fluvial. "
        f"En mars de l'an dernier, {A} a signé un accord de jumelage avec {B}.",
    ),
    (
        "de",
        f"{A} und {B} haben ein Memorandum über Flusstourismus unterzeichnet. "
        f"Im vergangenen Jahr hatte {A} mit {B} eine Partnerschaftsvereinbarung unterzeichnet.",
    ),
    (
        "es",
        f"{A} y {B} firmaron un memorando sobre turismo fluvial. "
        f"El año pasado, {A} firmó un acuerdo de hermanamiento con {B}.",
    ),
    (
        "pt",
        f"{A} e {B} assinaram um memorando sobre turismo fluvial. "
        f"No ano passado, {A} assinou um acordo de irmandade com {B}.",
    ),
    (
        "ru",
        f"{A} и {B} подписали меморандум о речном туризме. "
        f"В прошлом году {A} подписала соглашение о побратимстве с {B}.",
    ),
    (
        "vi",
        f"{A} và {B} đã ký bản ghi nhớ về du lịch đường sông. "
        f"Năm ngoái, {A} đã ký thỏa thuận kết nghĩa với {B}.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), EARLIER_CASES)
def test_an_act_of_last_year_is_another_event(stage: EventStage, lang: str, markup: str) -> None:
    doc = stage(from_markup(markup, lang=lang, published=None))
    assert [e.type for e in doc.events] == ["agreement", "agreement"]


# The same signing told again without a word of another year stays one event.
SAME_CASES: list[tuple[str, str]] = [
    (
        "en",
        f"{A} and {B} signed a memorandum on river tourism. "
        f"The memorandum was signed in the city hall of {A}.",
    ),
    (
        "ru",
        f"{A} и {B} подписали меморандум о речном туризме. "
        f"Меморандум был подписан в мэрии, сообщает пресс-служба.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), SAME_CASES)
def test_the_same_act_told_again_stays_one(stage: EventStage, lang: str, markup: str) -> None:
    doc = stage(from_markup(markup, lang=lang, published=None))
    assert [e.type for e in doc.events] == ["agreement"]


GOV = "[Pavel Zorin|person|Pavel Zorin|country=RU,region=RU-TOM]"
AMB = "[Le Van Tam|person|Le Van Tam|country=VN,role=Ambassador]"

# The reporter's reminder ("Напомним", "Rappelons que") opening the sentence before an act:
# an earlier occasion, not the undated act of the lead told again with its month.
REMINDER_CASES: list[tuple[str, str]] = [
    (
        "ru",
        f"Губернатор {GOV} провёл встречу с послом {AMB} в мэрии. "
        f"Напомним, {A} развивает связи со многими странами. "
        "[В конце марта|date|2025-03] власти области провели встречу с делегацией.",
    ),
    (
        "fr",
        f"Le gouverneur {GOV} a rencontré l'ambassadeur {AMB} à la mairie. "
        f"Rappelons que {A} développe ses liens avec de nombreux pays. "
        "[Fin mars|date|2025-03], les autorités de la région ont rencontré une délégation.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), REMINDER_CASES)
def test_an_act_after_a_reminder_is_another_occasion(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = stage(from_markup(markup, lang=lang, published="2025-04-20"))
    assert sorted((e.type, e.date) for e in doc.events) == [
        ("meeting", "2025-03"),
        ("meeting", "2025-04"),
    ]


def test_a_word_of_last_year_does_not_reach_the_next_sentence(stage: EventStage) -> None:
    """Only a reminder scopes the next sentence: "last year" there is about its own sentence."""
    markup = (
        f"{A} and {B} signed a memorandum on river tourism. "
        "Trade between the two provinces grew by a fifth last year. "
        f"The memorandum was signed in the city hall of {A}."
    )
    doc = stage(from_markup(markup, lang="en", published=None))
    assert [e.type for e in doc.events] == ["agreement"]
