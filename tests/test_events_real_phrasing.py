"""Phrasing classes of real news that the sample corpus under-represents, per language: a trip
told only as the circumstance of an act ("during his working visit to X, he met ..."), an act
held inside a forum (both are events), passive and nominal openings, the relative days of wire
stories ("this morning", "sáng nay"), plans and wishes that stay statements, and the partial
languages whose triggers find events with their regions. Our own invented sentences (names,
places and numbers are made up); mentions are given by markup, the publication date is
Thursday 2025-06-12.
"""

from __future__ import annotations

import pytest

from diplograph._dates import resolve_dates
from diplograph._events import EventStage
from diplograph._models import Document
from diplograph._resources import Resources
from tests._event_helpers import from_markup

PUB = "2025-06-12"


def run(stage: EventStage, markup: str, lang: str) -> Document:
    return stage(from_markup(markup, lang=lang, published=PUB))


# Persons of the tables: a Russian governor visiting Vietnam, a Vietnamese chairman hosting.
RU_GOV = "Pavel Zorin|country=RU,region=RU-TOM"
VN_CHAIR = "Le Van Tam|country=VN,region=VN-02"

# (lang, markup, expected sorted (type, date) of the events); an act told without its day in
# a report of 2025-06-12 is the headline act: it gets the month of publication
TRIP_CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en",
        f"During his working visit to [Vietnam|country|VN], Governor [Pavel Zorin|person|{RU_GOV}]"
        f" met Chairman [Le Van Tam|person|{VN_CHAIR}] on [June 10|date|2025-06-10].",
        [("meeting", "2025-06-10"), ("visit", "2025-06")],
    ),
    (
        "en",
        f"Chairman [Le Van Tam|person|{VN_CHAIR}] received Governor "
        f"[Pavel Zorin|person|{RU_GOV}], who is on a working visit to [Vietnam|country|VN].",
        [("meeting", "2025-06"), ("visit", "2025-06")],
    ),
    (
        "en",
        f"As part of his official visit to [Vietnam|country|VN], [Pavel Zorin|person|{RU_GOV}] "
        f"held talks with [Le Van Tam|person|{VN_CHAIR}] on [June 9|date|2025-06-09].",
        [("meeting", "2025-06-09"), ("visit", "2025-06")],
    ),
    (
        "vi",
        f"Trong chuyến công tác tại [Việt Nam|country|VN], ông [Pavel Zorin|person|{RU_GOV}] đã "
        f"hội đàm với ông [Lê Văn Tâm|person|{VN_CHAIR}] ngày [10/6|date|2025-06-10].",
        [("meeting", "2025-06-10"), ("visit", "2025-06")],
    ),
    (
        "vi",
        f"Ông [Lê Văn Tâm|person|{VN_CHAIR}] đã tiếp ông [Pavel Zorin|person|{RU_GOV}] đang "
        "có chuyến thăm [Việt Nam|country|VN].",
        [("meeting", "2025-06"), ("visit", "2025-06")],
    ),
    (
        "ru",
        f"[Павел Зорин|person|{RU_GOV}], находящийся с рабочим визитом во "
        f"[Вьетнаме|country|VN], [10 июня|date|2025-06-10] встретился с "
        f"[Ле Ван Тамом|person|{VN_CHAIR}].",
        [("meeting", "2025-06-10"), ("visit", "2025-06")],
    ),
    (
        "ru",
        f"В ходе рабочей поездки во [Вьетнам|country|VN] [Павел Зорин|person|{RU_GOV}] провел "
        f"переговоры с [Ле Ван Тамом|person|{VN_CHAIR}].",
        [("meeting", "2025-06"), ("visit", "2025-06")],
    ),
    (
        "fr",
        f"Lors d'une visite de travail au [Vietnam|country|VN], [Pavel Zorin|person|{RU_GOV}] a "
        f"rencontré [Lê Văn Tâm|person|{VN_CHAIR}] le [10 juin|date|2025-06-10].",
        [("meeting", "2025-06-10"), ("visit", "2025-06")],
    ),
    (
        "fr",
        f"[Lê Văn Tâm|person|{VN_CHAIR}] a reçu [Pavel Zorin|person|{RU_GOV}], en visite au "
        "[Vietnam|country|VN].",
        [("meeting", "2025-06"), ("visit", "2025-06")],
    ),
    (
        "de",
        f"Im Rahmen seines Besuchs in [Vietnam|country|VN] traf [Pavel Zorin|person|{RU_GOV}] am "
        f"[10. Juni|date|2025-06-10] den Vorsitzenden [Le Van Tam|person|{VN_CHAIR}].",
        [("meeting", "2025-06-10"), ("visit", "2025-06")],
    ),
    (
        "de",
        f"Während seines Besuchs in [Vietnam|country|VN] empfing [Le Van Tam|person|{VN_CHAIR}] "
        f"den Gouverneur [Pavel Zorin|person|{RU_GOV}].",
        [("meeting", "2025-06"), ("visit", "2025-06")],
    ),
    (
        "es",
        f"Durante su visita a [Vietnam|country|VN], [Pavel Zorin|person|{RU_GOV}] se reunió con "
        f"[Le Van Tam|person|{VN_CHAIR}] el [10 de junio|date|2025-06-10].",
        [("meeting", "2025-06-10"), ("visit", "2025-06")],
    ),
    (
        "es",
        f"[Le Van Tam|person|{VN_CHAIR}] recibió a [Pavel Zorin|person|{RU_GOV}], de visita en "
        "[Vietnam|country|VN].",
        [("meeting", "2025-06"), ("visit", "2025-06")],
    ),
    (
        "en",
        f"[Pavel Zorin|person|{RU_GOV}] and [Le Van Tam|person|{VN_CHAIR}] signed the agreement "
        "today as part of the regional government's week-long delegation to "
        "[Vietnam|country|VN].",
        [("agreement", "2025-06"), ("visit", "2025-06")],
    ),
    (
        "fr",
        f"Dans le cadre de son voyage d'affaires au [Vietnam|country|VN], "
        f"[Pavel Zorin|person|{RU_GOV}] a rencontré [Lê Văn Tâm|person|{VN_CHAIR}].",
        [("meeting", "2025-06"), ("visit", "2025-06")],
    ),
    (
        "de",
        f"[Pavel Zorin|person|{RU_GOV}] setzt seinen Antrittsbesuch in [Vietnam|country|VN] fort. "
        f"[Am Dienstag|date|2025-06-10] empfing ihn [Le Van Tam|person|{VN_CHAIR}] in Hanoi.",
        [("meeting", "2025-06-10"), ("visit", "2025-06")],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "expected"), TRIP_CASES)
def test_a_trip_told_as_circumstance_is_an_event_of_the_traveller(
    stage: EventStage, lang: str, markup: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = run(stage, markup, lang)
    assert sorted((e.type, e.date) for e in doc.events) == expected
    trip = next(e for e in doc.events if e.type == "visit")
    assert [p.name for p in trip.participants] == ["Pavel Zorin"]  # not the host
    assert trip.regions == ["RU-TOM"]
    assert trip.place.country == "VN"
    assert any(r.startswith("visit:implied-by-trip-cue:") for r in trip.rules)


# An act held at a forum: the act and the forum are two events.
NESTED_CASES: list[tuple[str, str, list[str]]] = [
    (
        "en",
        "[Tomsk|region|RU-TOM] and [Lao Cai|region|VN-02] signed a memorandum at the Russia-"
        "Vietnam Business Forum on [June 10|date|2025-06-10].",
        ["agreement", "forum"],
    ),
    (
        "en",
        f"On the sidelines of the regional forum, [Pavel Zorin|person|{RU_GOV}] and "
        f"[Le Van Tam|person|{VN_CHAIR}] signed a cooperation agreement.",
        ["agreement", "forum"],
    ),
    (
        "ru",
        "[Томская область|region|RU-TOM] и провинция [Лаокай|region|VN-02] подписали "
        "соглашение на полях Форума регионов [10 июня|date|2025-06-10].",
        ["agreement", "forum"],
    ),
    (
        "ru",
        f"[Павел Зорин|person|{RU_GOV}] и [Ле Ван Там|person|{VN_CHAIR}] подписали меморандум "
        "в завершение пленарного заседания форума.",
        ["agreement", "forum"],
    ),
    (
        "vi",
        "Tỉnh [Lào Cai|region|VN-02] và tỉnh [Tomsk|region|RU-TOM] đã ký kết biên bản ghi nhớ "
        "tại Diễn đàn doanh nghiệp ngày [10/6|date|2025-06-10].",
        ["agreement", "forum"],
    ),
    (
        "fr",
        "La région [Bretagne|region|FR-BRE] et la province de [Lào Cai|region|VN-02] ont signé "
        "un accord lors du forum économique le [10 juin|date|2025-06-10].",
        ["agreement", "forum"],
    ),
    (
        "de",
        "[Thüringen|region|DE-TH] und [Lao Cai|region|VN-02] unterzeichneten "
        "[am Dienstag|date|2025-06-10] auf dem Wirtschaftsforum eine Absichtserklärung.",
        ["agreement", "forum"],
    ),
    (
        "es",
        "[Galicia|region|ES-GA] y [Lào Cai|region|VN-02] firmaron un memorando en el foro "
        "empresarial el [10 de junio|date|2025-06-10].",
        ["agreement", "forum"],
    ),
    # a reception "in the framework of" a week or cultural days: the reception and the days
    (
        "en",
        f"In the framework of the Vietnam Week, [Pavel Zorin|person|{RU_GOV}] received "
        f"[Le Van Tam|person|{VN_CHAIR}].",
        ["forum", "meeting"],
    ),
    (
        "ru",
        f"В рамках традиционной Недели Вьетнама [Павел Зорин|person|{RU_GOV}] принял "
        f"[Ле Ван Тама|person|{VN_CHAIR}].",
        ["forum", "meeting"],
    ),
    (
        "vi",
        f"Trong khuôn khổ Tuần lễ Việt Nam, ông [Pavel Zorin|person|{RU_GOV}] đã tiếp ông "
        f"[Lê Văn Tâm|person|{VN_CHAIR}].",
        ["forum", "meeting"],
    ),
    (
        "fr",
        f"Dans le cadre des Journées du Vietnam, [Pavel Zorin|person|{RU_GOV}] a reçu "
        f"[Lê Văn Tâm|person|{VN_CHAIR}].",
        ["forum", "meeting"],
    ),
    (
        "de",
        f"Im Rahmen der Vietnamesischen Kulturtage empfing [Pavel Zorin|person|{RU_GOV}] den "
        f"Vorsitzenden [Le Van Tam|person|{VN_CHAIR}].",
        ["forum", "meeting"],
    ),
    (
        "es",
        f"En el marco de la Semana de Vietnam, [Pavel Zorin|person|{RU_GOV}] recibió a "
        f"[Le Van Tam|person|{VN_CHAIR}].",
        ["forum", "meeting"],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "expected"), NESTED_CASES)
def test_an_act_at_a_forum_gives_both_events(
    stage: EventStage, lang: str, markup: str, expected: list[str]
) -> None:
    doc = run(stage, markup, lang)
    assert sorted(e.type for e in doc.events) == expected
    for e in doc.events:
        for ev in e.evidence:
            assert doc.text[ev.start : ev.end] == ev.text


# Passive and nominal openings of a forum or of cultural days.
OPENING_CASES: list[tuple[str, str]] = [
    (
        "ru",
        "В [Томске|region|RU-TOM] [10 июня|date|2025-06-10] официально открыты Дни провинции "
        "[Лаокай|region|VN-02].",
    ),
    (
        "ru",
        "Решение было принято на открытии конференции, где выступили представители "
        "[Томской области|region|RU-TOM] и [Лаокая|region|VN-02].",
    ),
    (
        "en",
        "The Days of [Lao Cai|region|VN-02] culture were opened in [Tomsk|region|RU-TOM] on "
        "[June 10|date|2025-06-10].",
    ),
    (
        "vi",
        "Ngày [10/6|date|2025-06-10], Những ngày Văn hóa [Tomsk|region|RU-TOM] đã khai mạc tại "
        "tỉnh [Lào Cai|region|VN-02].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), OPENING_CASES)
def test_passive_and_nominal_openings_are_forums(stage: EventStage, lang: str, markup: str) -> None:
    doc = run(stage, markup, lang)
    assert [e.type for e in doc.events] == ["forum"]


# Plans, wishes and statements about a trip stay statements (no visit, no event).
STATEMENT_CASES: list[tuple[str, str]] = [
    (
        "en",
        f"[Le Van Tam|person|{VN_CHAIR}] said the governor's visit will contribute to closer ties.",
    ),
    ("en", f"[Pavel Zorin|person|{RU_GOV}] will pay a working visit to [Vietnam|country|VN]."),
    ("vi", f"Ông [Pavel Zorin|person|{RU_GOV}] dự kiến sẽ thăm [Việt Nam|country|VN]."),
    ("ru", f"[Павел Зорин|person|{RU_GOV}] планирует посетить [Вьетнам|country|VN] с визитом."),
    ("fr", f"[Pavel Zorin|person|{RU_GOV}] effectuera une visite au [Vietnam|country|VN]."),
    ("de", f"[Pavel Zorin|person|{RU_GOV}] will im Herbst [Vietnam|country|VN] besuchen."),
    ("es", f"[Pavel Zorin|person|{RU_GOV}] tiene previsto visitar [Vietnam|country|VN]."),
    (
        "en",
        f"On the occasion of the anniversary, [Le Van Tam|person|{VN_CHAIR}] hopes to expand "
        "the cooperation.",
    ),
    # German "will" is "wants": talks someone wants are no talks held
    (
        "de",
        f"Bei Gesprächen will [Pavel Zorin|person|{RU_GOV}] die Kooperation mit "
        "[Lao Cai|region|VN-02] ausbauen.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), STATEMENT_CASES)
def test_plans_and_wishes_stay_statements(stage: EventStage, lang: str, markup: str) -> None:
    assert run(stage, markup, lang).events == []


# Relative days of wire stories, resolved against the publication date (Thursday 12 June).
RELATIVE_CASES: list[tuple[str, str, str]] = [
    ("en", "This morning the governor received the delegation.", "2025-06-12"),
    ("en", "The agreement was signed today in the city hall.", "2025-06-12"),
    ("en", "On Tuesday the two sides held talks.", "2025-06-10"),
    ("vi", "Sáng nay, hai bên đã hội đàm tại trụ sở tỉnh.", "2025-06-12"),
    ("vi", "Chiều qua, hai tỉnh đã ký kết biên bản ghi nhớ.", "2025-06-11"),
    ("vi", "Tối nay, đoàn đại biểu dự lễ khai mạc.", "2025-06-12"),
    ("ru", "Сегодня утром губернатор провел переговоры.", "2025-06-12"),
    ("ru", "Вчера стороны подписали соглашение.", "2025-06-11"),
    ("fr", "Ce matin, le préfet a reçu la délégation.", "2025-06-12"),
    ("fr", "Hier, les deux régions ont signé un accord.", "2025-06-11"),
    ("de", "Heute Morgen unterzeichneten beide Seiten das Abkommen.", "2025-06-12"),
    ("de", "Am Montag empfing der Ministerpräsident die Gäste.", "2025-06-09"),
    ("es", "Esta mañana el gobernador recibió a la delegación.", "2025-06-12"),
    ("es", "Ayer ambas regiones firmaron un convenio.", "2025-06-11"),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), RELATIVE_CASES)
def test_relative_days_resolve_against_publication(lang: str, sentence: str, expected: str) -> None:
    keys = [m.key for m in resolve_dates(sentence, lang, PUB)]
    assert keys == [expected]


# Languages with triggers only: the event is found with the regions it names.
PARTIAL_CASES: list[tuple[str, str, str]] = [
    (
        "it",
        "La [Lombardia|region|IT-25] e la provincia di [Lào Cai|region|VN-02] hanno firmato "
        "un protocollo d'intesa.",
        "agreement",
    ),
    (
        "it",
        "La sottoscrizione del protocollo tra [Lombardia|region|IT-25] e "
        "[Lào Cai|region|VN-02] è avvenuta oggi.",
        "agreement",
    ),
    (
        "pt",
        "O governo de [Pernambuco|region|BR-PE] e a província de [Lào Cai|region|VN-02] "
        "assinaram um memorando.",
        "agreement",
    ),
    (
        "pl",
        "Województwo [Mazowieckie|region|PL-14] i prowincja [Lào Cai|region|VN-02] podpisały "
        "porozumienie.",
        "agreement",
    ),
    (
        "id",
        "Provinsi [Jawa Barat|region|ID-JB] dan provinsi [Lào Cai|region|VN-02] "
        "menandatangani nota kesepahaman.",
        "agreement",
    ),
    # "completed the signing of" (a nominal report of the act); Indonesian news also writes
    # "penandatangan" (signatory) for "penandatanganan" (signing)
    (
        "id",
        "Pemerintah [Jawa Barat|region|ID-JB] menuntaskan penandatangan nota kesepahaman "
        "dengan provinsi [Lào Cai|region|VN-02].",
        "agreement",
    ),
    (
        "en",
        "The government of [Jawa Barat|region|ID-JB] has completed the signing of a "
        "friendship memorandum with [Lào Cai|region|VN-02].",
        "agreement",
    ),
    ("ko", "[경기도|region|KR-41]와 [라오까이성|region|VN-02]이 우호협약을 체결했다.", "agreement"),
    ("ko", "[경기도|region|KR-41] 지사가 [라오까이성|region|VN-02] 대표단을 접견했다.", "meeting"),
]


@pytest.mark.parametrize(("lang", "markup", "typ"), PARTIAL_CASES)
def test_partial_languages_find_events_with_their_regions(
    stage: EventStage, lang: str, markup: str, typ: str
) -> None:
    doc = run(stage, markup, lang)
    assert [e.type for e in doc.events] == [typ]
    assert len(doc.events[0].regions) == 2


# Several signings with different partners in one article are several events.
PARTNER_CASES: list[tuple[str, str]] = [
    (
        "en",
        "[Tomsk|region|RU-TOM] signed a memorandum with [Lao Cai|region|VN-02]. The region also "
        "signed a cooperation agreement with [Yen Bai|region|VN-06].",
    ),
    (
        "ru",
        "[Томская область|region|RU-TOM] подписала меморандум с провинцией [Лаокай|region|VN-02]. "
        "Также было подписано соглашение с провинцией [Йенбай|region|VN-06].",
    ),
    (
        "vi",
        "Tỉnh [Lào Cai|region|VN-02] đã ký kết biên bản ghi nhớ với tỉnh [Tomsk|region|RU-TOM]. "
        "Tỉnh cũng đã ký thỏa thuận hợp tác với tỉnh [Kemerovo|region|RU-KEM].",
    ),
    (
        "fr",
        "La [Bretagne|region|FR-BRE] a signé un accord avec [Lào Cai|region|VN-02]. La région a "
        "aussi signé un mémorandum avec [Yen Bai|region|VN-06].",
    ),
    (
        "de",
        "[Thüringen|region|DE-TH] unterzeichnete ein Abkommen mit [Lao Cai|region|VN-02]. "
        "Zudem unterzeichnete das Land eine Absichtserklärung mit [Yen Bai|region|VN-06].",
    ),
    (
        "es",
        "[Galicia|region|ES-GA] firmó un convenio con [Lào Cai|region|VN-02]. También firmó "
        "un memorando con [Yen Bai|region|VN-06].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), PARTNER_CASES)
def test_signings_with_different_partners_are_different_events(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    assert [e.type for e in doc.events] == ["agreement", "agreement"]
    partners = [
        {r for r in e.regions if r.startswith("VN") or r.startswith("RU-KEM")} for e in doc.events
    ]
    assert partners[0] != partners[1]


# An undated article that names exactly one year gives that year to its days and months.
YEAR_CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "en",
        "In 2023 the programme opened. On August 23 the governor met the envoy.",
        ["2023", "2023-08-23"],
    ),
    (
        "vi",
        "Năm 2023 đánh dấu bước phát triển. Chiều 11/7, hai tỉnh đã ký kết.",
        ["2023", "2023-07-11"],
    ),
    (
        "ru",
        "В 2023 году связи окрепли. 22 ноября губернатор встретился с послом.",
        ["2023", "2023-11-22"],
    ),
    (
        "fr",
        "L'année 2023 a été riche. Le 5 mars, le préfet a reçu la délégation.",
        ["2023", "2023-03-05"],
    ),
    (
        "de",
        "Im Jahr 2023 wuchs die Kooperation. Am 5. März empfing der Landrat die Gäste.",
        ["2023", "2023-03-05"],
    ),
    (
        "es",
        "El año 2023 fue clave. El 5 de marzo el gobernador recibió a la delegación.",
        ["2023", "2023-03-05"],
    ),
    # two years named: nothing tells which one; a weekday needs the publication day
    (
        "en",
        "Ties began in 2015 and grew in 2023. On August 23 the governor met the envoy.",
        ["2015", "2023", None],
    ),
    ("en", "In 2023 the programme opened. On Tuesday the governor met the envoy.", ["2023", None]),
]


@pytest.mark.parametrize(("lang", "text", "keys"), YEAR_CASES)
def test_the_one_year_an_undated_article_names_dates_its_days(
    lang: str, text: str, keys: list[str | None]
) -> None:
    from diplograph._dates import DateStage

    doc = Document(doc_id="t", source="t.txt", text=text, lang=lang, published=None)
    doc = DateStage(Resources())(doc)
    assert [m.key for m in doc.mentions if m.kind == "date"] == keys


# Sector words of the partial languages (their own sectors.yaml): endings and particles
# attached to the word ("관광을", "rolnictwa") still name the sector.
PARTIAL_SECTOR_CASES: list[tuple[str, str, list[str]]] = [
    (
        "ko",
        "[경기도|region|KR-41]와 [라오까이성|region|VN-02]이 관광과 교육, 농업 분야 협약을 "
        "체결했다.",
        ["agriculture", "education", "tourism"],
    ),
    (
        "pt",
        "O governo de [Pernambuco|region|BR-PE] e a província de [Lào Cai|region|VN-02] "
        "assinaram um memorando sobre turismo, saúde e energia renovável.",
        ["energy", "health", "tourism"],
    ),
    (
        "it",
        "La [Lombardia|region|IT-25] e la provincia di [Lào Cai|region|VN-02] hanno firmato "
        "un protocollo per la cultura, l'agricoltura e la ricerca.",
        ["agriculture", "culture", "science_technology"],
    ),
    (
        "pl",
        "Województwo [Mazowieckie|region|PL-14] i prowincja [Lào Cai|region|VN-02] podpisały "
        "porozumienie w dziedzinie rolnictwa, turystyki i edukacji.",
        ["agriculture", "education", "tourism"],
    ),
    # "portret" and "gazeta" are not ports and gas
    (
        "pl",
        "Województwo [Mazowieckie|region|PL-14] i prowincja [Lào Cai|region|VN-02] podpisały "
        "porozumienie; gazeta pokazała portret wojewody.",
        [],
    ),
    (
        "id",
        "Provinsi [Jawa Barat|region|ID-JB] dan provinsi [Lào Cai|region|VN-02] "
        "menandatangani nota kesepahaman di bidang pariwisata, pendidikan dan perdagangan.",
        ["education", "tourism", "trade"],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "sectors"), PARTIAL_SECTOR_CASES)
def test_partial_languages_read_sector_words(
    stage: EventStage, lang: str, markup: str, sectors: list[str]
) -> None:
    doc = run(stage, markup, lang)
    (ev,) = doc.events
    assert ev.sectors == sectors


# A day named without its month is read in the month of publication (Thursday 2025-06-12),
# in the month before when it lies more than a week ahead; a duration, an ordinal that is
# not a date and a full date keep their own reading.
DAY_ALONE_CASES: list[tuple[str, str, list[str | None]]] = [
    ("en", "On the 10th, the governor received the envoy.", ["2025-06-10"]),
    ("en", "On the 28th, the two provinces signed a memorandum.", ["2025-05-28"]),
    ("en", "On the 14th at the town hall, they met.", ["2025-06-14"]),
    ("en", "The office on the 5th floor hosted the talks.", []),
    ("en", "On the 9th of June the governor met the envoy.", ["2025-06-09"]),
    ("fr", "Le 10, le préfet a reçu la délégation.", ["2025-06-10"]),
    ("fr", "Le 10 juin, le préfet a reçu la délégation.", ["2025-06-10"]),
    ("es", "El día 10, el gobernador recibió a la delegación.", ["2025-06-10"]),
    ("vi", "Ngày 10, hai tỉnh đã ký kết biên bản ghi nhớ.", ["2025-06-10"]),
    ("vi", "Ngày 10/6, hai tỉnh đã ký kết biên bản ghi nhớ.", ["2025-06-10"]),
    ("ru", "10 числа губернатор провел переговоры.", ["2025-06-10"]),
    ("ko", "경기도는 10일 라오까이성과 우호협약을 체결했다.", ["2025-06-10"]),
    ("ko", "대표단은 3일간 머물렀다.", []),
    ("ko", "대표단은 5월 30일 도착했다.", ["2025-05-30"]),
    ("ja", "10日、両県は友好協定に調印した。", ["2025-06-10"]),
    ("ja", "一行は3日間滞在した。", []),
    ("zh", "10日,双方签署了合作备忘录。", ["2025-06-10"]),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), DAY_ALONE_CASES)
def test_a_day_without_its_month_is_read_in_the_month_of_publication(
    lang: str, sentence: str, expected: list[str | None]
) -> None:
    assert [m.key for m in resolve_dates(sentence, lang, PUB)] == expected


def test_a_day_without_its_month_needs_the_publication_day() -> None:
    (m,) = resolve_dates("On the 10th, the governor met the envoy.", "en", "2025-06")
    assert m.key is None


# Thai and Lao are written without spaces between words and carry combining vowel and tone
# marks: a trigger is found inside a run of letters, and a word is not broken at its marks.
UNSPACED_SCRIPT_CASES: list[tuple[str, str, list[str]]] = [
    (
        "th",
        "จังหวัด[เชียงใหม่|region|TH-50]และนคร[กว่างโจว|region|CN-GD]ร่วมลงนามบันทึกความเข้าใจ",
        ["agreement"],
    ),
    (
        "th",
        "ผู้ว่าราชการจังหวัด[เชียงใหม่|region|TH-50]ให้การต้อนรับคณะผู้แทนจากมณฑล[ยูนนาน|region|CN-YN]",
        ["meeting"],
    ),
    # a plan ("จะ", will) is not an event
    (
        "th",
        "จังหวัด[เชียงใหม่|region|TH-50]จะลงนามบันทึกความเข้าใจกับมณฑล[ยูนนาน|region|CN-YN]",
        [],
    ),
    (
        "lo",
        "ແຂວງ[ຈໍາປາສັກ|region|LA-CH] ແລະ ແຂວງ[ລ້ານດົງ|region|VN-35] ໄດ້ລົງນາມບົດບັນທຶກຄວາມເຂົ້າໃຈ",
        ["agreement"],
    ),
    (
        "lo",
        "ການນໍາແຂວງ[ຈໍາປາສັກ|region|LA-CH]ຕ້ອນຮັບຄະນະຜູ້ແທນແຂວງ[ລ້ານດົງ|region|VN-35]",
        ["meeting"],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "types"), UNSPACED_SCRIPT_CASES)
def test_thai_and_lao_triggers_match_inside_runs_of_letters(
    stage: EventStage, lang: str, markup: str, types: list[str]
) -> None:
    doc = run(stage, markup, lang)
    assert [e.type for e in doc.events] == types
    assert all(len(e.regions) == 2 for e in doc.events)


# A phrase with a gap between words of an unspaced script ("出席 ...3 博览会", attended the
# expo): the gap is letters of the same run, not spaced words; the attended forum is told
# with no region (the strong phrase is an event of its own, the bare noun is not).
GAP_UNSPACED_CASES: list[tuple[str, str, str]] = [
    ("zh", "代表团出席第三届中俄博览会。", "forum"),
    ("zh", "代表团出席了首届地方合作论坛。", "forum"),
    ("zh", "代表團出席第二屆文化節。", "forum"),
]


@pytest.mark.parametrize(("lang", "markup", "typ"), GAP_UNSPACED_CASES)
def test_a_gap_in_an_unspaced_phrase_is_letters(
    stage: EventStage, lang: str, markup: str, typ: str
) -> None:
    doc = run(stage, markup, lang)
    assert [e.type for e in doc.events] == [typ]
    assert any("..." in r for r in doc.events[0].rules)


def test_a_word_runs_over_combining_marks() -> None:
    from diplograph.events._phrases import tokens

    text = "ໄດ້ລົງນາມ ลงนาม café"
    assert [w for _, w in tokens(text, 0, len(text))] == ["ໄດ້ລົງນາມ", "ลงนาม", "café"]


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [("คณะผู้แทนจากนครกว่างโจวเดินทางเยือน", "Guangzhou", "CN-GD"), ("เมืองดานังและ", "Da Nang", None)],
)
def test_thai_names_of_partner_cities(text: str, city: str, region: str | None) -> None:
    from diplograph.gazetteer import Gazetteer

    gaz = Gazetteer.build(Resources().registry)
    found = [m for m in gaz.find(text, "th") if m.kind in ("city", "region")]
    assert found
    assert found[0].key == city or found[0].attrs.get("city") == city
    if region:
        assert found[0].attrs.get("region") == region


# A city that acts in the trigger sentence (a party, not the venue) acts for its first-level
# region; a city named as the venue stays the place.
CITY_PARTY_CASES: list[tuple[str, str, list[str]]] = [
    (
        "en",
        "[Tomsk|region|RU-TOM] and the city of [Kunming|city|Kunming|country=CN,region=CN-YN] "
        "signed a memorandum of understanding.",
        ["CN-YN", "RU-TOM"],
    ),
    (
        "fr",
        "La [Bretagne|region|FR-BRE] et la ville de [Nanning|city|Nanning|country=CN,"
        "region=CN-GX] ont signé un accord.",
        ["CN-GX", "FR-BRE"],
    ),
    (
        "en",
        "[Tomsk|region|RU-TOM] signed a memorandum with [Lao Cai|region|VN-02] in "
        "[Kunming|city|Kunming|country=CN,region=CN-YN].",
        ["RU-TOM", "VN-02"],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "regions"), CITY_PARTY_CASES)
def test_a_city_that_acts_brings_its_region(
    stage: EventStage, lang: str, markup: str, regions: list[str]
) -> None:
    doc = run(stage, markup, lang)
    (ev,) = doc.events
    assert ev.regions == regions


# The headline act of a report dated to the day or to the month, told without its own date,
# happened in the month of the report; an act with its own date, or a later act that is not
# the headline, keeps what it says.
HEADLINE_MONTH_CASES: list[tuple[str, str, str, list[tuple[str, str | None]]]] = [
    (
        "en",
        f"Governor [Pavel Zorin|person|{RU_GOV}] received Chairman [Le Van Tam|person|{VN_CHAIR}].",
        "2025-06-12",
        [("meeting", "2025-06")],
    ),
    (
        "en",
        f"Governor [Pavel Zorin|person|{RU_GOV}] received Chairman [Le Van Tam|person|{VN_CHAIR}].",
        "2025-06",
        [("meeting", "2025-06")],
    ),
    (
        "vi",
        f"Ông [Lê Văn Tâm|person|{VN_CHAIR}] đã tiếp ông [Pavel Zorin|person|{RU_GOV}] ngày "
        "[9/6|date|2025-06-09].",
        "2025-06-12",
        [("meeting", "2025-06-09")],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "published", "expected"), HEADLINE_MONTH_CASES)
def test_the_undated_headline_act_is_in_the_month_of_the_report(
    stage: EventStage,
    lang: str,
    markup: str,
    published: str,
    expected: list[tuple[str, str | None]],
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=published))
    assert [(e.type, e.date) for e in doc.events] == expected


# Chinese in Traditional characters (Taiwan, Hong Kong, overseas outlets) is the same
# language: its triggers and sector words are found as the Simplified ones are.
TRADITIONAL_CHINESE_CASES: list[tuple[str, str, list[str]]] = [
    (
        "[臺南|region|TW-TNN]市長會見[山口縣|region|JP-35]代表團,雙方討論觀光與教育交流。",
        "meeting",
        ["education", "tourism"],
    ),
    ("[臺南|region|TW-TNN]與[山口縣|region|JP-35]簽署貿易合作備忘錄。", "agreement", ["trade"]),
    ("[山口縣|region|JP-35]議會代表團拜會[臺南|region|TW-TNN]市政府。", "meeting", []),
    # the Simplified forms still work
    ("[台南|region|TW-TNN]与[山口县|region|JP-35]签署贸易合作备忘录。", "agreement", ["trade"]),
]


@pytest.mark.parametrize(("markup", "typ", "sectors"), TRADITIONAL_CHINESE_CASES)
def test_traditional_chinese_triggers_and_sectors(
    stage: EventStage, markup: str, typ: str, sectors: list[str]
) -> None:
    doc = run(stage, markup, "zh")
    (ev,) = doc.events
    assert ev.type == typ
    assert ev.sectors == sectors


# Japanese news in the polite style (-ました) and the signing ceremony named as the act.
JAPANESE_POLITE_CASES: list[tuple[str, str]] = [
    (
        "[徳島県|region|JP-36]は3日、[済州特別自治道|region|KR-49]と友好協定を結びました。",
        "agreement",
    ),
    (
        "[ホテル|org|Hotel]で行われた締結式では、[徳島県|region|JP-36]と"
        "[済州特別自治道|region|KR-49]の知事が協定書にサインしました。",
        "agreement",
    ),
    ("[徳島県|region|JP-36]の知事は[済州特別自治道|region|KR-49]の知事と面会しました。", "meeting"),
]


@pytest.mark.parametrize(("markup", "typ"), JAPANESE_POLITE_CASES)
def test_japanese_polite_style_acts(stage: EventStage, markup: str, typ: str) -> None:
    doc = run(stage, markup, "ja")
    assert [e.type for e in doc.events] == [typ]


# German trips told at their start: arrival for a visit, departure for a country, a visit
# "from today until Wednesday".
GERMAN_TRIP_START_CASES: list[str] = [
    "Ministerpräsident [Jan Sommer|person|Jan Sommer|country=DE,region=DE-SH] ist zu einem "
    "einwöchigen Besuch in [Zhejiang|region|CN-ZJ] eingetroffen.",
    "Ministerpräsident [Jan Sommer|person|Jan Sommer|country=DE,region=DE-SH] ist mit einer "
    "Delegation nach [China|country|CN] aufgebrochen.",
    "Eine Delegation aus [Zhejiang|region|CN-ZJ] besucht von heute bis Mittwoch "
    "[Schleswig-Holstein|region|DE-SH].",
]


@pytest.mark.parametrize("markup", GERMAN_TRIP_START_CASES)
def test_german_trip_told_at_its_start(stage: EventStage, markup: str) -> None:
    doc = run(stage, markup, "de")
    assert [e.type for e in doc.events] == ["visit"]


# French: the present of headlines ("se rend en Chine") is a trip; taking part in a seminar
# or a colloquium is a forum, as taking part in a conference already was.
FRENCH_CASES: list[tuple[str, str]] = [
    (
        "La vice-présidente [Anne Morel|person|Anne Morel|country=FR,region=FR-48] se rend en "
        "[Chine|country|CN] pour renforcer les liens avec le [Guizhou|region|CN-GZ].",
        "visit",
    ),
    (
        "Plus de 300 chercheurs de [Saint-Pétersbourg|region|RU-SPE] ont participé au séminaire "
        "sur le patrimoine.",
        "forum",
    ),
]


@pytest.mark.parametrize(("markup", "typ"), FRENCH_CASES)
def test_french_headline_present_and_seminars(stage: EventStage, markup: str, typ: str) -> None:
    doc = run(stage, markup, "fr")
    assert typ in [e.type for e in doc.events]


# A month after the report's, told in a later sentence of the same act, is a plan (the next
# session), not the date of the act.
LATER_MONTH_CASES: list[tuple[str, str]] = [
    (
        "en",
        f"Governor [Pavel Zorin|person|{RU_GOV}] met Chairman [Le Van Tam|person|{VN_CHAIR}]. "
        "The talks ended with an agreement to hold the working group in "
        "[September|date|2025-09].",
    ),
    (
        "ru",
        f"Губернатор [Павел Зорин|person|{RU_GOV}] встретился с председателем "
        f"[Ле Ван Тамом|person|{VN_CHAIR}]. В ходе переговоров достигнута договорённость о "
        "проведении в [сентябре|date|2025-09] заседания рабочей группы.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), LATER_MONTH_CASES)
def test_a_later_month_in_the_retelling_does_not_date_the_act(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    assert [(e.type, e.date) for e in doc.events] == [("meeting", "2025-06")]


# Korean puts the plan after the verb (방문하기로 했다, "decided to visit"), and 상호 방문
# ("visits both ways") is a programme of exchanges: neither is a trip.
@pytest.mark.parametrize(
    "markup",
    [
        "[경기도|region|KR-41]와 [라오까이성|region|VN-02]은 해마다 상호 방문하고 교류를 "
        "지원하기로 했다.",
        "[경기도|region|KR-41] 대표단은 내년에 [라오까이성|region|VN-02]을 방문하기로 했다.",
    ],
)
def test_korean_plans_and_exchange_programmes_are_not_trips(stage: EventStage, markup: str) -> None:
    assert run(stage, markup, "ko").events == []
