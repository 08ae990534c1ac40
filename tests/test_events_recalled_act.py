"""An act a speaker recalls ("He also recalled the milestones of the relation, among them the
signing of the agreement between A and B by 2025"), told without a date of its own, is an
earlier occasion: it takes neither the month of the news nor the date of the act beside it,
even though its sentence names the headline's person (the speaker) (#12, h12d). The same act
told by the reporter as part of the news keeps the month of the report. Our own invented
sentences (names and places are made up); mentions by markup, published 2025-06-12.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
A = "[Lao Cai|region|VN-02]"
B = "[Tomsk|region|RU-TOM]"
CHAIR = "Le Van Tam|country=VN,region=VN-02"
GUEST = "Pavel Zorin|country=RU,role=Ambassador"

HEADLINE = {
    "en": f"[Le Van Tam|person|{CHAIR}] received [Pavel Zorin|person|{GUEST}] on "
    "[June 10|date|2025-06-10]. ",
    "fr": f"[Le Van Tam|person|{CHAIR}] a reçu [Pavel Zorin|person|{GUEST}] le "
    "[10 juin|date|2025-06-10]. ",
    "ru": f"[Ле Ван Там|person|{CHAIR}] принял [Павла Зорина|person|{GUEST}] "
    "[10 июня|date|2025-06-10]. ",
    "de": f"[Le Van Tam|person|{CHAIR}] empfing [Pavel Zorin|person|{GUEST}] am "
    "[10. Juni|date|2025-06-10]. ",
    "es": f"[Le Van Tam|person|{CHAIR}] recibió a [Pavel Zorin|person|{GUEST}] el "
    "[10 de junio|date|2025-06-10]. ",
    "vi": f"Ông [Lê Văn Tâm|person|{CHAIR}] đã tiếp ông [Pavel Zorin|person|{GUEST}] ngày "
    "[10/6|date|2025-06-10]. ",
}

# (lang, the sentence telling the signing, the date the agreement takes)
CASES: list[tuple[str, str, str | None]] = [
    (
        "en",
        f"[Le Van Tam|person|{CHAIR}] recalled the milestones of the relation, among them the "
        f"signing of the cooperation agreement between {A} and {B} by 2030.",
        None,
    ),
    (
        "fr",
        f"[Le Van Tam|person|{CHAIR}] a rappelé des étapes de la relation, dont la signature de "
        f"l'accord de coopération entre {A} et {B}.",
        None,
    ),
    (
        "ru",
        f"[Ле Ван Там|person|{CHAIR}] напомнил, что {A} и {B} подписали соглашение "
        "о сотрудничестве.",
        None,
    ),
    (
        "de",
        f"[Le Van Tam|person|{CHAIR}] erinnerte an wichtige Etappen, darunter die Unterzeichnung "
        f"des Kooperationsabkommens zwischen {A} und {B}.",
        None,
    ),
    (
        "es",
        f"[Le Van Tam|person|{CHAIR}] recordó los hitos de la relación, entre ellos la firma "
        f"del acuerdo de cooperación entre {A} y {B}.",
        None,
    ),
    (
        "vi",
        f"Ông [Lê Văn Tâm|person|{CHAIR}] nhắc lại những dấu mốc quan trọng, trong đó có việc "
        f"ký kết thỏa thuận hợp tác giữa tỉnh {A} và tỉnh {B}.",
        None,
    ),
    # told with a word of an earlier occasion (the page's year word left unresolved)
    (
        "fr",
        f"L'an dernier, [Le Van Tam|person|{CHAIR}] avait signé l'accord de coopération entre "
        f"{A} et {B}.",
        None,
    ),
    # the same signing told as part of the news: the month of the report
    (
        "en",
        f"[Le Van Tam|person|{CHAIR}] also signed the cooperation agreement between {A} and {B}.",
        "2025-06",
    ),
    (
        "fr",
        f"[Le Van Tam|person|{CHAIR}] a également signé l'accord de coopération entre {A} et {B}.",
        "2025-06",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "date"), CASES)
def test_an_act_a_speaker_recalls_takes_no_month_of_the_news(
    stage: EventStage, lang: str, markup: str, date: str | None
) -> None:
    doc = stage(from_markup(HEADLINE[lang] + markup, lang=lang, published=PUB))
    agreements = [e for e in doc.events if e.type == "agreement"]
    assert len(agreements) == 1
    if date is None:
        assert agreements[0].date is None
    else:  # the news: its month, or the day of the act beside it
        assert (agreements[0].date or "").startswith(date)
