"""Words that look like an event trigger but tell no act of the relation (#12, h12w, events
precision): a meeting noun inside a forum's name (en "Forum Parallel Session - Roundtable
Meeting"), a weekday whose name holds the word for a fair (pt "terça-feira"), a council's
office whose letters hold the word for a meeting (ja "評議会議長", zh "议会议长"), "with a
view to" (de "sprach mit Blick auf"), an act still to come (ru "должны стать", "в рамках
подготовки"; de "Am Montagabend trifft X", the day's programme told ahead in the present
tense), a tally of the acts so far (fr "À ce jour", en "To date"), the anniversary of a
national treaty (ru "30 лет со дня подписания договора между Россией и Вьетнамом"), an
exhibition inaugurated (fr "ont inauguré l'exposition": a forum, not a ceremony beside it),
a thing received from a place (es "recibió desde China el pacto"). Our own invented
sentences (names and places are made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"

# (lang, markup, the event types that must NOT be found)
CASES: list[tuple[str, str, str]] = [
    (
        "pt",
        "A delegação de [Yunnan|region|CN-YN] chegou a [Salvador|region|BR-BA] nesta "
        "quarta-feira para conversar sobre café.",
        "forum",
    ),
    (
        "en",
        "Officials of [Yunnan|region|CN-YN] attended the 5th Lancang Investment Forum Parallel "
        "Session - Green Roundtable Meeting in [Chiang Rai|region|TH-57] in May.",
        "meeting",
    ),
    (
        "pt",
        "O governo da [Bahia|region|BR-BA] divulgou na sexta-feira os números do turismo "
        "com [Yunnan|region|CN-YN].",
        "forum",
    ),
    (
        "ja",
        "[ダナン市|region|VN-DN]人民評議会議長は記者団に対し、観光客が増えていると述べた。",
        "meeting",
    ),
    (
        "zh",
        "[岘港市|region|VN-DN]人民议会议长表示，游客人数持续增长。",
        "meeting",
    ),
    (
        "de",
        "[Wang Lin|person|Wang Lin] sprach mit Blick auf die Partnerschaft zwischen "
        "[Sachsen|region|DE-SN] und [Hubei|region|CN-HB] von guten Aussichten.",
        "meeting",
    ),
    (
        "de",
        "Am Dienstagabend trifft Ministerpräsident [Karl Brandt|person|Karl Brandt] in "
        "Chengdu den Gouverneur von [Sichuan|region|CN-SC], [Li Wen|person|Li Wen].",
        "meeting",
    ),
    (
        "ru",
        "Первым событием года должны стать Дни культуры [Тверской области|region|RU-TVE] "
        "в [Ханое|region|VN-HN], которые пройдут осенью.",
        "forum",
    ),
    (
        "ru",
        "О торговле шла речь в рамках подготовки встречи губернаторов "
        "[Амурской области|region|RU-AMU] и [провинции Хэйлунцзян|region|CN-HL].",
        "meeting",
    ),
    # a thing received from a place ("recibió desde China el pacto"), not a guest
    (
        "es",
        "El gobierno de [Jujuy|region|AR-Y] recibió este lunes desde [Yunnan|region|CN-YN] "
        "el convenio firmado por el vicegobernador.",
        "meeting",
    ),
    # a tally of the acts so far ("À ce jour", "To date", "На сегодняшний день")
    (
        "fr",
        "A ce jour, [Lao Cai|region|VN-02] a signé un accord avec le [Yunnan|region|CN-YN] et "
        "un autre avec le [Guangxi|region|CN-GX].",
        "agreement",
    ),
    (
        "en",
        "To date, [Lao Cai|region|VN-02] has signed agreements with [Yunnan|region|CN-YN] and "
        "[Guangxi|region|CN-GX].",
        "agreement",
    ),
    (
        "ru",
        "На сегодняшний день [Тверская область|region|RU-TVE] подписала соглашения с "
        "[провинцией Хэйлунцзян|region|CN-HL] и [провинцией Цзилинь|region|CN-JL].",
        "agreement",
    ),
    (
        "ru",
        "Губернатор [Тверской области|region|RU-TVE] напомнил, что в этом году исполняется "
        "30 лет со дня подписания договора между [Россией|country|RU] и "
        "[Вьетнамом|country|VN].",
        "agreement",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "absent"), CASES)
def test_no_act_is_read_from_a_lookalike(
    stage: EventStage, lang: str, markup: str, absent: str
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    assert absent not in [e.type for e in doc.events]


# The same words still tell an act where they do.
KEPT: list[tuple[str, str, str]] = [
    (
        "es",
        "El gobernador de [Jujuy|region|AR-Y] recibió a una delegación de "
        "[Yunnan|region|CN-YN] que llegó desde Kunming.",
        "meeting",
    ),
    # a tally word after a noun act sums up nothing told after it
    (
        "en",
        "Delegates of [Lao Cai|region|VN-02] met the governor of [Yunnan|region|CN-YN] at the "
        "largest trade fair so far in [Kunming|region|CN-YN].",
        "forum",
    ),
    (
        "en",
        "Officials of [Yunnan|region|CN-YN] attended the Lancang Investment Forum in "
        "[Chiang Rai|region|TH-57] and held a meeting with Governor [Somchai Prasert|person|"
        "Somchai Prasert].",
        "meeting",
    ),
    (
        "pt",
        "O governador abriu a feira de café de [Yunnan|region|CN-YN] em "
        "[Salvador|region|BR-BA] nesta quarta-feira.",
        "forum",
    ),
    (
        "de",
        "Ministerpräsident [Karl Brandt|person|Karl Brandt] sprach mit dem Gouverneur von "
        "[Hubei|region|CN-HB] über den Handel.",
        "meeting",
    ),
    (
        "de",
        "Am Dienstagabend traf Ministerpräsident [Karl Brandt|person|Karl Brandt] in "
        "Chengdu den Gouverneur von [Sichuan|region|CN-SC], [Li Wen|person|Li Wen].",
        "meeting",
    ),
    (
        "ru",
        "Губернатор [Тверской области|region|RU-TVE] и губернатор "
        "[провинции Хэйлунцзян|region|CN-HL] подписали соглашение о сотрудничестве.",
        "agreement",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "present"), KEPT)
def test_the_act_itself_is_still_read(
    stage: EventStage, lang: str, markup: str, present: str
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    assert present in [e.type for e in doc.events]


# An exhibition or forum "inaugurated" is that forum, not a ceremony beside it; a monument
# inaugurated stays a ceremony.
OPENED: list[tuple[str, str, list[str]]] = [
    (
        "fr",
        "Le même jour, [Pavel Orin|person|Pavel Orin] et [Le Van Tam|person|Le Van Tam] ont "
        "inauguré l'exposition de photos sur [Lao Cai|region|VN-02] à "
        "[Saint-Pétersbourg|region|RU-SPE].",
        ["forum"],
    ),
    (
        "en",
        "Governor [Pavel Orin|person|Pavel Orin] inaugurated the photo exhibition of "
        "[Lao Cai|region|VN-02] in [Saint Petersburg|region|RU-SPE].",
        ["forum"],
    ),
    (
        "fr",
        "[Pavel Orin|person|Pavel Orin] a inauguré un monument à [Lao Cai|region|VN-02].",
        ["ceremony"],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "types"), OPENED)
def test_an_exhibition_inaugurated_is_a_forum(
    stage: EventStage, lang: str, markup: str, types: list[str]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    assert [e.type for e in doc.events] == types
