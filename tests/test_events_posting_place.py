"""An ambassador's posting is no venue (#12, h12a).

"The governor said so at a meeting with the ambassador of Vietnam in Russia": "in Russia"
tells where the ambassador serves, not where the meeting was; the lead ("In Kaluga ...")
places it. The posting is kept as a last clue of the country when nothing else places the
act. Our own sentences; names are invented, places are public facts; mentions by markup.
Near misses: a country after a venue word with no diplomat before it is the venue; a city
after "the ambassador met the governor in" is the venue.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
GOV = "[Ivan Petrov|person|Ivan Petrov|country=RU,role=Governor]"
AMB = "[Tran Van Nam|person|Tran Van Nam|country=VN,role=Ambassador]"
KLU = "[{}|region|RU-KLU]"
RU = "[{}|country|RU]"

# (lang, lead naming the city, sentence of the meeting with the ambassador posted to Russia)
CASES: list[tuple[str, str, str]] = [
    (
        "ru",
        f"В {KLU.format('Калуге')} ждут открытия консульства.",
        f"Об этом сказал губернатор {GOV} на встрече с послом Вьетнама в {RU.format('России')} "
        f"{AMB}.",
    ),
    (
        "en",
        f"In {KLU.format('Kaluga')}, a consulate is expected soon.",
        f"Governor {GOV} said so at a meeting with the Vietnamese ambassador in "
        f"{RU.format('Russia')}, {AMB}.",
    ),
    (
        "vi",
        f"Tại {KLU.format('Kaluga')}, lãnh sự quán sắp được mở.",
        f"Thống đốc {GOV} cho biết như vậy tại cuộc gặp với Đại sứ Việt Nam tại "
        f"{RU.format('Nga')} {AMB}.",
    ),
    (
        "fr",
        f"À {KLU.format('Kalouga')}, un consulat ouvrira bientôt.",
        f"Le gouverneur {GOV} a rencontré l'ambassadeur du Vietnam en {RU.format('Russie')} {AMB}.",
    ),
    (
        "de",
        f"In {KLU.format('Kaluga')} wird bald ein Konsulat eröffnet.",
        f"Das sagte Gouverneur {GOV} bei einem Treffen mit dem Botschafter Vietnams in "
        f"{RU.format('Russland')} {AMB}.",
    ),
    (
        "es",
        f"En {KLU.format('Kaluga')} se abrirá pronto un consulado.",
        f"Lo dijo el gobernador {GOV} en una reunión con el embajador de Vietnam en "
        f"{RU.format('Rusia')} {AMB}.",
    ),
    (
        "pt",
        f"Em {KLU.format('Kaluga')} um consulado será aberto em breve.",
        f"O governador {GOV} disse isso numa reunião com o embaixador do Vietnã na "
        f"{RU.format('Rússia')} {AMB}.",
    ),
    (
        "pl",
        f"W {KLU.format('Kałudze')} wkrótce zostanie otwarty konsulat.",
        f"Powiedział to gubernator {GOV} podczas spotkania z ambasadorem Wietnamu w "
        f"{RU.format('Rosji')} {AMB}.",
    ),
    (
        "uk",
        f"У {KLU.format('Калузі')} чекають відкриття консульства.",
        f"Про це сказав губернатор {GOV} на зустрічі з послом В'єтнаму в {RU.format('Росії')} "
        f"{AMB}.",
    ),
]


def _meeting(stage: EventStage, lang: str, text: str):  # type: ignore[no-untyped-def]
    doc = stage(from_markup(text, lang=lang, published=PUB))
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings, [e.type for e in doc.events]
    return meetings[0]


@pytest.mark.parametrize(("lang", "lead", "sentence"), CASES)
def test_the_lead_places_a_meeting_with_a_posted_ambassador(
    stage: EventStage, lang: str, lead: str, sentence: str
) -> None:
    meeting = _meeting(stage, lang, f"{lead}\n{sentence}")
    assert meeting.place.region == "RU-KLU"


@pytest.mark.parametrize(("lang", "lead", "sentence"), CASES)
def test_the_posting_is_the_country_when_nothing_else_places_it(
    stage: EventStage, lang: str, lead: str, sentence: str
) -> None:
    meeting = _meeting(stage, lang, sentence)
    assert meeting.place.country == "RU"


def test_a_country_after_a_venue_word_without_a_diplomat_is_the_venue(
    stage: EventStage,
) -> None:
    text = (
        f"In {KLU.format('Kaluga')}, a consulate is expected soon.\n"
        f"Governor {GOV} said so at a meeting with {AMB} in {RU.format('Russia')}."
    )
    meeting = _meeting(stage, "en", text)
    assert meeting.place.country == "RU"
    assert meeting.place.region is None


def test_a_city_after_the_ambassadors_verb_is_the_venue(stage: EventStage) -> None:
    text = (
        f"In {RU.format('Russia')}, a consulate is expected soon.\n"
        f"The ambassador {AMB} met governor {GOV} in {KLU.format('Kaluga')}."
    )
    meeting = _meeting(stage, "en", text)
    assert meeting.place.region == "RU-KLU"


def test_an_ambassador_to_a_country_acts_there_not_at_home(stage: EventStage) -> None:
    # "Ambassador to Russia": the posting, not the ambassador's nationality, is the country
    text = (
        f"Vietnamese Ambassador to {RU.format('Russia')} {AMB} presented the Friendship Order "
        f"to Governor {GOV}."
    )
    doc = stage(from_markup(text, lang="en", published=PUB))
    assert doc.events, "no event"
    assert doc.events[0].place.country == "RU"
