"""Event recall on phrasing classes of real news in alphabetic-script languages (#12, h12a):
conferences, seminars and round tables told in the passive; the French pluperfect of a
background act; Russian arrivals told with the place first or as a participle; earlier acts of
the relation told by the reporter with their own year (kept) or recalled by a speaker (not);
an earlier trip in a list of visits (not merged into this one); the traveller of a stay told
without a name; a nominal signing; a twinning made official with its year; talks named beside
a signing; the founding of a friendship association; a visit to an embassy. Our own invented
sentences (names, places and numbers are made up); mentions are given by markup, the
publication date is Thursday 2025-06-12.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from diplograph._models import Document
from tests._event_helpers import from_markup

PUB = "2025-06-12"

RU_GOV = "Pavel Zorin|country=RU,region=RU-TOM"
VN_CHAIR = "Le Van Tam|country=VN,region=VN-02"
VN_AMB = "Do Van Hung|country=VN,role=Ambassador"
RU_HOST = "Ilya Markov|country=RU,region=RU-TA"


def run(stage: EventStage, markup: str, lang: str) -> Document:
    return stage(from_markup(markup, lang=lang, published=PUB))


# A conference, seminar, round table or culture day told in the passive or impersonal form:
# a forum (the sentence has no verb of opening or taking part).
FORUM_PASSIVE_CASES: list[tuple[str, str]] = [
    ("en", "A scientific conference on the legacy of the two cities was held in the city hall."),
    ("en", "A round table on river transport was organised by [Tomsk|region|RU-TOM] officials."),
    ("en", "A cultural day of [Tomsk|region|RU-TOM] was held in [Lao Cai|region|VN-02]."),
    ("fr", "Une journée culturelle de [Tomsk|region|RU-TOM] a été organisée à Lào Cai."),
    ("fr", "Un colloque sur le patrimoine commun s'est tenu à l'hôtel de région."),
    ("fr", "Une table ronde sur le tourisme a été organisée par la région."),
    ("ru", "В мэрии прошла научная конференция о наследии двух городов."),
    ("ru", "Круглый стол по речному транспорту был организован в администрации области."),
    ("ru", "Конференция по истории сотрудничества состоялась в Томске."),
    ("de", "Im Rathaus fand eine Konferenz zur Geschichte der Partnerschaft statt."),
    ("de", "Ein Seminar über Flusstransport wurde gestern im Landtag veranstaltet."),
    ("es", "Se celebró una mesa redonda sobre el turismo fluvial en la sede del gobierno."),
    ("es", "La conferencia sobre el patrimonio común tuvo lugar en el ayuntamiento."),
    ("vi", "Hội thảo khoa học về di sản chung của hai tỉnh đã diễn ra tại trụ sở tỉnh."),
    ("vi", "Sở Ngoại vụ đã tổ chức tọa đàm về hợp tác du lịch."),
]


@pytest.mark.parametrize(("lang", "markup"), FORUM_PASSIVE_CASES)
def test_passive_conferences_and_round_tables_are_forums(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    assert [e.type for e in doc.events] == ["forum"]


# The French pluperfect of an act told as background, and an adverb after the auxiliary.
FRENCH_CASES: list[tuple[str, str, str]] = [
    (
        "fr",
        f"Auparavant, [Pavel Zorin|person|{RU_GOV}] avait rencontré le président "
        f"[Lê Văn Tâm|person|{VN_CHAIR}].",
        "meeting",
    ),
    (
        "fr",
        f"[Pavel Zorin|person|{RU_GOV}] a également rencontré le président "
        f"[Lê Văn Tâm|person|{VN_CHAIR}].",
        "meeting",
    ),
    (
        "fr",
        f"[Pavel Zorin|person|{RU_GOV}] avait également déposé une gerbe de fleurs au monument.",
        "ceremony",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "typ"), FRENCH_CASES)
def test_french_pluperfect_and_adverbs(stage: EventStage, lang: str, markup: str, typ: str) -> None:
    doc = run(stage, markup, lang)
    assert [e.type for e in doc.events] == [typ]
    assert "Pavel Zorin" in [p.name for p in doc.events[0].participants]


# Russian arrivals: the place told first ("В Томск прибыла делегация во главе с X") and the
# participle of arrival beside another act ("X, прибывший в Россию с визитом"): a trip.
ARRIVAL_CASES: list[tuple[str, str, list[str]]] = [
    (
        "ru",
        "В [Томск|region|RU-TOM] прибыла делегация провинции [Лаокай|region|VN-02] во главе с "
        f"[Ле Ван Тамом|person|{VN_CHAIR}].",
        ["visit"],
    ),
    (
        "ru",
        f"Вчера в [Лаокай|region|VN-02] приехал губернатор [Павел Зорин|person|{RU_GOV}].",
        ["visit"],
    ),
    (
        "ru",
        f"Документ подписали [Павел Зорин|person|{RU_GOV}] и [Ле Ван Там|person|{VN_CHAIR}], "
        "прибывший в [Россию|country|RU] с дружественным визитом.",
        ["agreement", "visit"],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "expected"), ARRIVAL_CASES)
def test_russian_arrivals_are_trips(
    stage: EventStage, lang: str, markup: str, expected: list[str]
) -> None:
    doc = run(stage, markup, lang)
    assert sorted(e.type for e in doc.events) == expected
    trip = next(e for e in doc.events if e.type == "visit")
    assert trip.participants, "the traveller is named"


def test_participle_arrival_names_the_guest_as_traveller(stage: EventStage) -> None:
    doc = run(stage, ARRIVAL_CASES[2][1], "ru")
    trip = next(e for e in doc.events if e.type == "visit")
    assert [p.name for p in trip.participants] == ["Le Van Tam"]


# An earlier act of the relation told by the reporter with its own year is an event of the
# record (it keeps its year); recalled by a named speaker, it is what they said.
BACKGROUND_KEPT: list[tuple[str, str, str, str]] = [
    (
        "en",
        "[Tomsk|region|RU-TOM] and [Lao Cai|region|VN-02] signed a cooperation agreement "
        "[in 2016|date|2016].",
        "agreement",
        "2016",
    ),
    (
        "ru",
        "[Томская область|region|RU-TOM] и провинция [Лаокай|region|VN-02] подписали соглашение о "
        "сотрудничестве [в 2016 году|date|2016].",
        "agreement",
        "2016",
    ),
    (
        "vi",
        "Tỉnh [Lào Cai|region|VN-02] và tỉnh [Tomsk|region|RU-TOM] đã ký kết thỏa thuận hợp tác "
        "[năm 2016|date|2016].",
        "agreement",
        "2016",
    ),
    (
        "fr",
        "[En 2017|date|2017], la province de [Lào Cai|region|VN-02] a signé une convention de "
        "coopération avec la région de [Tomsk|region|RU-TOM].",
        "agreement",
        "2017",
    ),
    (
        "de",
        "[Thüringen|region|DE-TH] und [Lao Cai|region|VN-02] unterzeichneten [2016|date|2016] "
        "ein Kooperationsabkommen.",
        "agreement",
        "2016",
    ),
    (
        "es",
        "[Galicia|region|ES-GA] y [Lào Cai|region|VN-02] firmaron un convenio de cooperación "
        "[en 2016|date|2016].",
        "agreement",
        "2016",
    ),
    (
        "en",
        "[Tomsk|region|RU-TOM] and [Lao Cai|region|VN-02] unveiled a friendship monument "
        "[in 2017|date|2017].",
        "ceremony",
        "2017",
    ),
]

# The headline act of the report comes first, so the earlier act is not the headline.
HEADLINE = {
    "en": f"[Pavel Zorin|person|{RU_GOV}] met [Le Van Tam|person|{VN_CHAIR}] on "
    "[June 10|date|2025-06-10]. ",
    "ru": f"[Павел Зорин|person|{RU_GOV}] встретился с [Ле Ван Тамом|person|{VN_CHAIR}] "
    "[10 июня|date|2025-06-10]. ",
    "vi": f"Ông [Pavel Zorin|person|{RU_GOV}] đã hội đàm với ông [Lê Văn Tâm|person|{VN_CHAIR}] "
    "ngày [10/6|date|2025-06-10]. ",
    "fr": f"[Pavel Zorin|person|{RU_GOV}] a rencontré [Lê Văn Tâm|person|{VN_CHAIR}] le "
    "[10 juin|date|2025-06-10]. ",
    "de": f"[Pavel Zorin|person|{RU_GOV}] traf [Le Van Tam|person|{VN_CHAIR}] am "
    "[10. Juni|date|2025-06-10]. ",
    "es": f"[Pavel Zorin|person|{RU_GOV}] se reunió con [Le Van Tam|person|{VN_CHAIR}] el "
    "[10 de junio|date|2025-06-10]. ",
}


@pytest.mark.parametrize(("lang", "markup", "typ", "year"), BACKGROUND_KEPT)
def test_an_earlier_act_told_by_the_reporter_is_kept_with_its_year(
    stage: EventStage, lang: str, markup: str, typ: str, year: str
) -> None:
    doc = run(stage, HEADLINE[lang] + markup, lang)
    assert sorted((e.type, e.date) for e in doc.events) == sorted(
        [("meeting", "2025-06-10"), (typ, year)]
    )


BACKGROUND_RECALLED: list[tuple[str, str]] = [
    (
        "en",
        f"[Le Van Tam|person|{VN_CHAIR}] recalled that [Tomsk|region|RU-TOM] and "
        "[Lao Cai|region|VN-02] signed a cooperation agreement [in 2016|date|2016].",
    ),
    (
        "vi",
        f"Ông [Lê Văn Tâm|person|{VN_CHAIR}] cho biết, từ khi hai tỉnh [Lào Cai|region|VN-02] và "
        "[Tomsk|region|RU-TOM] ký thỏa thuận hợp tác [năm 2016|date|2016], quan hệ phát triển.",
    ),
    (
        "de",
        f"[Le Van Tam|person|{VN_CHAIR}] erinnerte daran, dass [Thüringen|region|DE-TH] und "
        "[Lao Cai|region|VN-02] [2016|date|2016] ein Abkommen unterzeichnet hatten.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), BACKGROUND_RECALLED)
def test_an_earlier_act_recalled_by_a_speaker_is_not_an_event(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, HEADLINE[lang] + markup, lang)
    assert [(e.type, e.date) for e in doc.events] == [("meeting", "2025-06-10")]


# A list of earlier trips told with their year is another trip than the one reported.
EARLIER_TRIP_CASES: list[tuple[str, str]] = [
    (
        "en",
        f"Governor [Pavel Zorin|person|{RU_GOV}] visited [Lao Cai|region|VN-02] on "
        "[June 10|date|2025-06-10]. The ambassador recalled the visits to [Vietnam|country|VN] "
        "by [Ivan Sedov|person|Ivan Sedov|country=RU] [in 2023|date|2023].",
    ),
    (
        "ru",
        f"Губернатор [Павел Зорин|person|{RU_GOV}] посетил [Лаокай|region|VN-02] "
        "[10 июня|date|2025-06-10]. Посол напомнил, что [в 2023 году|date|2023] "
        "[Иван Седов|person|Ivan Sedov|country=RU] посетил [Вьетнам|country|VN].",
    ),
    (
        "fr",
        f"Le gouverneur [Pavel Zorin|person|{RU_GOV}] a visité [Lào Cai|region|VN-02] le "
        "[10 juin|date|2025-06-10]. [En 2023|date|2023], [Ivan Sedov|person|Ivan Sedov|country=RU] "
        "a visité le [Vietnam|country|VN].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), EARLIER_TRIP_CASES)
def test_an_earlier_trip_is_not_merged_into_the_reported_one(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    trips = sorted((e.date, [p.name for p in e.participants]) for e in doc.events)
    assert trips == [("2023", ["Ivan Sedov"]), ("2025-06-10", ["Pavel Zorin"])]


# A stay told without naming its traveller ("during his stay in Tatarstan, the diplomat
# ..."): the traveller is whoever at its acts comes from another country than the one visited.
STAY_CASES: list[tuple[str, str]] = [
    (
        "fr",
        f"Le président [Ilya Markov|person|{RU_HOST}] a reçu l'ambassadeur "
        f"[Do Van Hung|person|{VN_AMB}]. Pendant son séjour au [Tatarstan|region|RU-TA], le "
        "diplomate a visité une usine.",
    ),
    (
        "en",
        f"President [Ilya Markov|person|{RU_HOST}] received Ambassador "
        f"[Do Van Hung|person|{VN_AMB}]. During his stay in [Tatarstan|region|RU-TA], the diplomat "
        "toured a factory.",
    ),
    (
        "de",
        f"Präsident [Ilya Markov|person|{RU_HOST}] empfing den Botschafter "
        f"[Do Van Hung|person|{VN_AMB}]. Während seines Aufenthalts in [Tatarstan|region|RU-TA] "
        "besichtigte der Diplomat eine Fabrik.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), STAY_CASES)
def test_a_stay_without_a_named_traveller_is_made_by_the_foreign_guest(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    assert sorted(e.type for e in doc.events) == ["meeting", "visit"]
    trip = next(e for e in doc.events if e.type == "visit")
    assert [p.name for p in trip.participants] == ["Do Van Hung"]


# A nominal signing ("welcomed the signing of a memorandum with X"); a recalled anniversary
# of a signing is not one.
def test_a_nominal_signing_is_an_agreement(stage: EventStage) -> None:
    markup = (
        f"[Pavel Zorin|person|{RU_GOV}] welcomed the signing of a memorandum between "
        "[Tomsk|region|RU-TOM] and [Lao Cai|region|VN-02] during this visit."
    )
    doc = run(stage, markup, "en")
    assert [e.type for e in doc.events] == ["agreement"]
    assert doc.events[0].regions == ["RU-TOM", "VN-02"]


@pytest.mark.parametrize(
    "tail",
    [
        "on the occasion of the 45th anniversary of the signing of the Treaty of Friendship.",
        "marking 45 years since the signing of the Treaty of Friendship.",
    ],
)
def test_an_anniversary_of_a_signing_is_no_agreement(stage: EventStage, tail: str) -> None:
    markup = (
        f"[Pavel Zorin|person|{RU_GOV}] met [Le Van Tam|person|{VN_CHAIR}] in "
        f"[Lao Cai|region|VN-02] {tail}"
    )
    doc = run(stage, markup, "en")
    assert [e.type for e in doc.events] == ["meeting"]


# The lead's act told again with its day and more names is the same act, not a second one.
LEAD_AGAIN_CASES: list[tuple[str, str]] = [
    (
        "vi",
        "Chu Văn An\n"
        f"Ông [Pavel Zorin|person|{RU_GOV}] vui mừng đón tiếp đoàn công tác Việt Nam "
        "vào [tháng 5|date|2025-05]. "
        f"Ngày [20/5|date|2025-05-20], đã diễn ra cuộc gặp giữa ông [Pavel Zorin|person|{RU_GOV}] "
        f"với ông [Lê Văn Tâm|person|{VN_CHAIR}] và ông [Đỗ Văn Hùng|person|{VN_AMB}].",
    ),
    (
        "en",
        "By our correspondent\n"
        f"Governor [Pavel Zorin|person|{RU_GOV}] held talks with the Vietnamese delegation "
        "[in May|date|2025-05]. "
        f"On [May 20|date|2025-05-20], talks were held between [Pavel Zorin|person|{RU_GOV}], "
        f"[Le Van Tam|person|{VN_CHAIR}] and [Do Van Hung|person|{VN_AMB}].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), LEAD_AGAIN_CASES)
def test_the_lead_told_again_with_its_day_is_one_meeting(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert [e.date for e in meetings] == ["2025-05-20"]
    assert {p.name for p in meetings[0].participants} >= {"Pavel Zorin", "Le Van Tam"}


# A twinning made official with its year ("became sister cities in 2002"): the act that made
# it, an agreement of that year; a later undated signing of the report is another act.
TWINNING_CASES: list[tuple[str, str]] = [
    (
        "en",
        "[Tomsk|region|RU-TOM] and [Lao Cai|region|VN-02] became sister provinces "
        "[in 2002|date|2002].",
    ),
    (
        "fr",
        "Un jumelage officialisé [en 2002|date|2002] lie la région de [Tomsk|region|RU-TOM] et "
        "la province de [Lào Cai|region|VN-02].",
    ),
    (
        "ru",
        "[Томская область|region|RU-TOM] и провинция [Лаокай|region|VN-02] стали побратимами "
        "[в 2002 году|date|2002].",
    ),
    (
        "de",
        "[Thüringen|region|DE-TH] und [Lao Cai|region|VN-02] wurden [2002|date|2002] "
        "Partnerregionen.",
    ),
    (
        "es",
        "[Galicia|region|ES-GA] y [Lào Cai|region|VN-02] se hermanaron [en 2002|date|2002].",
    ),
    (
        "vi",
        "Tỉnh [Lào Cai|region|VN-02] và tỉnh [Tomsk|region|RU-TOM] đã kết nghĩa từ "
        "[năm 2002|date|2002].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), TWINNING_CASES)
def test_a_twinning_made_official_is_an_agreement_of_its_year(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, HEADLINE[lang] + markup, lang)
    assert sorted((e.type, e.date) for e in doc.events) == [
        ("agreement", "2002"),
        ("meeting", "2025-06-10"),
    ]


def test_a_twinning_of_a_past_year_takes_no_later_signing(stage: EventStage) -> None:
    markup = (
        HEADLINE["en"] + "[Tomsk|region|RU-TOM] and [Lao Cai|region|VN-02] became sister "
        f"provinces [in 2002|date|2002]. During the visit, [Pavel Zorin|person|{RU_GOV}] "
        "attended a signing ceremony between two universities."
    )
    doc = run(stage, markup, "en")
    agreements = [e.date for e in doc.events if e.type == "agreement"]
    assert len(agreements) == 2 and "2002" in agreements


def test_being_partners_since_a_year_is_no_act(stage: EventStage) -> None:
    markup = HEADLINE["de"] + (
        "[Thüringen|region|DE-TH] und [Lao Cai|region|VN-02] sind seit [2002|date|2002] "
        "Partnerregionen."
    )
    doc = run(stage, markup, "de")
    assert [e.type for e in doc.events] == ["meeting"]


# Talks or a signing named as a noun beside another act of the sentence ("Concluding the
# talks, the two sides signed ...", "welcomed the delegation and the signing of ..."): an
# event of its own, as a forum is.
NESTED_ACT_CASES: list[tuple[str, str, list[str]]] = [
    (
        "en",
        f"Concluding the talks, [Pavel Zorin|person|{RU_GOV}] and [Le Van Tam|person|{VN_CHAIR}] "
        "signed a memorandum.",
        ["agreement", "meeting"],
    ),
    (
        "ru",
        f"В завершение переговоров [Павел Зорин|person|{RU_GOV}] и [Ле Ван Там|person|{VN_CHAIR}] "
        "подписали меморандум.",
        ["agreement", "meeting"],
    ),
    (
        "vi",
        f"Kết thúc cuộc hội đàm, ông [Pavel Zorin|person|{RU_GOV}] và ông "
        f"[Lê Văn Tâm|person|{VN_CHAIR}] đã ký biên bản ghi nhớ.",
        ["agreement", "meeting"],
    ),
    (
        "fr",
        f"À la fin de la réunion, [Pavel Zorin|person|{RU_GOV}] et [Lê Văn Tâm|person|{VN_CHAIR}] "
        "ont signé un mémorandum.",
        ["agreement", "meeting"],
    ),
    (
        "de",
        f"Zum Ende des Treffens unterzeichneten [Pavel Zorin|person|{RU_GOV}] und "
        f"[Le Van Tam|person|{VN_CHAIR}] eine Absichtserklärung.",
        ["agreement", "meeting"],
    ),
    (
        "es",
        f"Al cierre del encuentro, [Pavel Zorin|person|{RU_GOV}] y [Le Van Tam|person|{VN_CHAIR}] "
        "firmaron un memorando.",
        ["agreement", "meeting"],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "expected"), NESTED_ACT_CASES)
def test_talks_named_beside_a_signing_are_a_meeting_too(
    stage: EventStage, lang: str, markup: str, expected: list[str]
) -> None:
    doc = run(stage, markup, lang)
    assert sorted(e.type for e in doc.events) == expected


# The founding of a friendship association of a region: an `other` event of its year.
FOUNDING_CASES: list[tuple[str, str]] = [
    (
        "en",
        "The friendship association of [Lao Cai|region|VN-02], which was established "
        "[in 2005|date|2005], has 3,000 members.",
    ),
    (
        "fr",
        "La création de l'Association d'amitié de [Lào Cai|region|VN-02] [en 2005|date|2005] a "
        "marqué les relations.",
    ),
    (
        "ru",
        "Общество дружбы [Томской области|region|RU-TOM] было создано [в 2005 году|date|2005].",
    ),
    (
        "de",
        "Die Freundschaftsgesellschaft von [Thüringen|region|DE-TH] wurde [2005|date|2005] "
        "gegründet.",
    ),
    (
        "es",
        "La asociación de amistad de [Galicia|region|ES-GA] fue fundada [en 2005|date|2005].",
    ),
    (
        "vi",
        "Hội hữu nghị của tỉnh [Lào Cai|region|VN-02] được thành lập [năm 2005|date|2005].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), FOUNDING_CASES)
def test_the_founding_of_an_association_is_an_other_event(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, HEADLINE[lang] + markup, lang)
    assert sorted((e.type, e.date) for e in doc.events) == [
        ("meeting", "2025-06-10"),
        ("other", "2005"),
    ]


# A visit to an embassy or consulate is a meeting with its mission, not a trip.
EMBASSY_CASES: list[tuple[str, str]] = [
    (
        "en",
        f"Governor [Pavel Zorin|person|{RU_GOV}] visited the Vietnamese Embassy in "
        "[Moscow|region|RU-MOW] on [June 10|date|2025-06-10].",
    ),
    (
        "ru",
        f"Губернатор [Павел Зорин|person|{RU_GOV}] [10 июня|date|2025-06-10] посетил посольство "
        "Вьетнама в [Москве|region|RU-MOW].",
    ),
    (
        "vi",
        f"Ngày [10/6|date|2025-06-10], ông [Pavel Zorin|person|{RU_GOV}] đã đến thăm Đại sứ quán "
        "Việt Nam tại [Moskva|region|RU-MOW].",
    ),
    (
        "fr",
        f"Le gouverneur [Pavel Zorin|person|{RU_GOV}] a visité l'ambassade du Vietnam à "
        "[Moscou|region|RU-MOW] le [10 juin|date|2025-06-10].",
    ),
    (
        "de",
        f"Gouverneur [Pavel Zorin|person|{RU_GOV}] besuchte [am Dienstag|date|2025-06-10] die "
        "vietnamesische Botschaft in [Moskau|region|RU-MOW].",
    ),
    (
        "es",
        f"El gobernador [Pavel Zorin|person|{RU_GOV}] visitó la embajada de Vietnam en "
        "[Moscú|region|RU-MOW] el [10 de junio|date|2025-06-10].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), EMBASSY_CASES)
def test_a_visit_to_an_embassy_is_a_meeting(stage: EventStage, lang: str, markup: str) -> None:
    doc = run(stage, markup, lang)
    assert [(e.type, e.date) for e in doc.events] == [("meeting", "2025-06-10")]


def test_italian_passato_remoto_of_a_signing(stage: EventStage) -> None:
    markup = (
        "[Nel 2015|date|2015] il presidente dell'[Emilia-Romagna|region|IT-45] sottoscrisse "
        "un'intesa con la provincia di [Lào Cai|region|VN-02]."
    )
    doc = run(stage, markup, "it")
    assert [(e.type, e.date) for e in doc.events] == [("agreement", "2015")]


def test_italian_signing_during_a_mission_is_also_a_trip(stage: EventStage) -> None:
    markup = (
        "[Nel 2015|date|2015], durante una missione in [Cina|country|CN], il presidente "
        "[Marco Neri|person|Marco Neri|country=IT,region=IT-45] sottoscrisse un'intesa con la "
        "provincia del [Guangdong|region|CN-GD]."
    )
    doc = run(stage, markup, "it")
    assert sorted(e.type for e in doc.events) == ["agreement", "visit"]


# A forum named by the two countries it joins is an event even when its sentence names no
# person or region ("at the 5th Forum of Regions of Belarus and Russia").
BILATERAL_FORUM_CASES: list[tuple[str, str]] = [
    (
        "en",
        "More than 70 agreements were signed at the Forum of Regions of [Belarus|country|BY] and "
        "[Russia|country|RU].",
    ),
    (
        "ru",
        "Более 70 соглашений подписано на Форуме регионов [Беларуси|country|BY] и "
        "[России|country|RU].",
    ),
    (
        "de",
        "Mehr als 70 Abkommen wurden beim Forum der Regionen von [Belarus|country|BY] und "
        "[Russland|country|RU] unterzeichnet.",
    ),
    (
        "fr",
        "Plus de 70 accords ont été signés lors du forum des régions du [Bélarus|country|BY] et "
        "de la [Russie|country|RU].",
    ),
    (
        "es",
        "Más de 70 acuerdos fueron firmados en el foro de las regiones de [Bielorrusia|country|BY] "
        "y [Rusia|country|RU].",
    ),
    (
        "vi",
        "Hơn 70 thỏa thuận đã được ký tại diễn đàn các địa phương [Việt Nam|country|VN] - "
        "[Lào|country|LA].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), BILATERAL_FORUM_CASES)
def test_a_forum_named_by_two_countries_is_an_event(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    assert "forum" in [e.type for e in doc.events]


# The act a sentence reports stays its first event when talks are named beside it: a report
# opening with it gives it the persons of its lead.
LEAD_OF_SIGNING_CASES: list[tuple[str, str]] = [
    (
        "es",
        f"El secretario [Le Van Tam|person|{VN_CHAIR}] elogió la presencia del gobernador "
        f"[Pavel Zorin|person|{RU_GOV}]. Al cierre del encuentro, firmaron un memorando para "
        "[Tomsk|region|RU-TOM] y [Lào Cai|region|VN-02].",
    ),
    (
        "en",
        f"Secretary [Le Van Tam|person|{VN_CHAIR}] praised the presence of Governor "
        f"[Pavel Zorin|person|{RU_GOV}]. Concluding the talks, they signed a memorandum for "
        "[Tomsk|region|RU-TOM] and [Lao Cai|region|VN-02].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), LEAD_OF_SIGNING_CASES)
def test_the_signing_keeps_the_persons_of_the_lead(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    signing = next(e for e in doc.events if e.type == "agreement")
    assert {p.name for p in signing.participants} == {"Le Van Tam", "Pavel Zorin"}
