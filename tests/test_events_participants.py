"""Who takes part in an event beyond the trigger sentence: persons present at it ("Attending
were ..."), speakers at a forum, the parties of a signing told as "the two leaders", award
presenters, persons named again only by a name word or a bare title, and the traveller of a
trip. And who does not: persons quoted elsewhere, historical persons, persons of another event.

Our own sentences, per language; mentions are given by markup (see tests._event_helpers).
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from diplograph._models import Document, Event
from tests._event_helpers import from_markup


def run(stage: EventStage, markup: str, lang: str, published: str = "2025-06-12") -> Document:
    return stage(from_markup(markup, lang=lang, published=published))


def names(ev: Event) -> set[str]:
    return {p.name for p in ev.participants}


def one(doc: Document, typ: str) -> Event:
    found = [e for e in doc.events if e.type == typ]
    assert len(found) == 1, [(e.type, names(e)) for e in doc.events]
    return found[0]


RU = "role=Governor,country=RU,region=RU-KLU"
VN = "role=Chairman of the People's Committee,country=VN,region=VN-40"
FR = "role=President,country=FR,region=FR-BRE"
DE = "role=Minister,country=DE,region=DE-BY"
ES = "role=President,country=ES,region=ES-AN"
MX = "role=Governor,country=MX,region=MX-YUC"

# (lang, markup, event type, persons expected in it)
PRESENCE: list[tuple[str, str, str, set[str]]] = [
    (
        "en",
        "The Vietnam Food Festival opened in [Kaluga|city|Kaluga|region=RU-KLU] on "
        "[June 3|date|2025-06-03]. Attending the opening were [Ivan Sokolov|person||" + RU + "] "
        "and [Tran Minh Duc|person||" + VN + "].",
        "forum",
        {"Ivan Sokolov", "Tran Minh Duc"},
    ),
    (
        "en",
        "[Ivan Sokolov|person||" + RU + "] received a business delegation from "
        "[Binh Thuan|region|VN-40] on [June 3|date|2025-06-03]. At the talks, "
        "[Tran Minh Duc|person||" + VN + "] presented the province's seafood industry.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
    ),
    (
        "vi",
        "Sáng [3/6|date|2025-06-03], Lễ hội ẩm thực Nga đã khai mạc tại "
        "[Phan Thiết|city|Phan Thiet|region=VN-40]. Tham dự có ông "
        "[Ivan Sokolov|person||" + RU + "] và ông [Trần Minh Đức|person|Tran Minh Duc|" + VN + "].",
        "forum",
        {"Ivan Sokolov", "Tran Minh Duc"},
    ),
    (
        "ru",
        "[3 июня|date|2025-06-03] в [Калуге|city|Kaluga|region=RU-KLU] открылся фестиваль "
        "вьетнамской кухни. На церемонии открытия присутствовали "
        "[Иван Соколов|person|Ivan Sokolov|"
        + RU
        + "] и [Чан Минь Дык|person|Tran Minh Duc|"
        + VN
        + "].",
        "forum",
        {"Ivan Sokolov", "Tran Minh Duc"},
    ),
    (
        "ru",
        "[3 июня|date|2025-06-03] в [Калуге|city|Kaluga|region=RU-KLU] открылась выставка "
        "вьетнамских товаров. Вьетнамскую делегацию возглавляет "
        "[Чан Минь Дык|person|Tran Minh Duc|" + VN + "].",
        "forum",
        {"Tran Minh Duc"},
    ),
    (
        "fr",
        "Le festival du cinéma vietnamien s'est ouvert le [3 juin|date|2025-06-03] à "
        "[Rennes|city|Rennes|region=FR-BRE]. Étaient présents [Anne Le Goff|person||" + FR + "] "
        "et [Tran Minh Duc|person||" + VN + "].",
        "forum",
        {"Anne Le Goff", "Tran Minh Duc"},
    ),
    (
        "de",
        "[Am Dienstag|date|2025-06-10] wurde in [München|city|Munich|region=DE-BY] eine Messe "
        "für vietnamesische Produkte eröffnet. An der Eröffnung nahmen "
        "[Petra Huber|person||" + DE + "] und [Tran Minh Duc|person||" + VN + "] teil.",
        "forum",
        {"Petra Huber", "Tran Minh Duc"},
    ),
    (
        "en",
        "A seminar on Vietnamese poetry was held in [Kaluga|city|Kaluga|region=RU-KLU] on "
        "[June 3|date|2025-06-03]. [Ivan Sokolov|person||" + RU + "] greeted the participants "
        "of the meeting and wished them fruitful work.",
        "forum",
        {"Ivan Sokolov"},
    ),
    (
        "de",
        "[Am Montag|date|2025-06-09] wurde in [Dresden|city|Dresden|region=DE-SN] eine Messe "
        "für vietnamesische Produkte eröffnet. Neben [Tran Minh Duc|person||" + VN + "] "
        "begleiten [Petra Huber|person||" + DE + "] und [Karl Brandt|person||" + DE + "] "
        "heute die Gäste aus Vietnam.",
        "forum",
        {"Tran Minh Duc", "Petra Huber", "Karl Brandt"},
    ),
    (
        "es",
        "El festival de cultura mexicana se inauguró el [3 de junio|date|2025-06-03] en "
        "[Sevilla|city|Seville|region=ES-AN]. Asistieron [Lucía Romero|person||" + ES + "] y "
        "[Jorge Canul|person||" + MX + "].",
        "forum",
        {"Lucía Romero", "Jorge Canul"},
    ),
]


@pytest.mark.parametrize(("lang", "markup", "typ", "expected"), PRESENCE)
def test_persons_present_at_an_event_told_before(
    stage: EventStage, lang: str, markup: str, typ: str, expected: set[str]
) -> None:
    doc = run(stage, markup, lang)
    ev = one(doc, typ)
    assert names(ev) == expected
    assert any(":present:" in p.rule for p in ev.participants)


# "The two leaders signed": the signing's persons are those of the talks told next to it
PARTIES: list[tuple[str, str]] = [
    (
        "en",
        "[Ivan Sokolov|person||" + RU + "] held talks with [Tran Minh Duc|person||" + VN + "] "
        "on [June 3|date|2025-06-03]. At the end of the talks, the two leaders signed a "
        "cooperation plan.",
    ),
    (
        "vi",
        "Ngày [3/6|date|2025-06-03], ông [Trần Minh Đức|person|Tran Minh Duc|" + VN + "] đã "
        "hội đàm với ông [Ivan Sokolov|person||" + RU + "]. Kết thúc buổi hội đàm, hai lãnh "
        "đạo đã ký kế hoạch hợp tác.",
    ),
    (
        "ru",
        "[3 июня|date|2025-06-03] [Иван Соколов|person|Ivan Sokolov|" + RU + "] провёл "
        "переговоры с [Чан Минь Дыком|person|Tran Minh Duc|" + VN + "]. По итогам встречи "
        "руководители подписали план сотрудничества.",
    ),
    (
        "de",
        "[Ivan Sokolow|person|Ivan Sokolov|" + RU + "] führte [am Dienstag|date|2025-06-10] "
        "Gespräche mit [Tran Minh Duc|person||" + VN + "]. Danach unterzeichneten die "
        "beiden Politiker einen Kooperationsplan.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), PARTIES)
def test_the_two_leaders_who_sign_are_those_of_the_talks(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    ev = one(doc, "agreement")
    assert names(ev) == {"Ivan Sokolov", "Tran Minh Duc"}
    assert all(":parties:" in p.rule for p in ev.participants)


def test_a_signing_without_a_parties_cue_borrows_nobody(stage: EventStage) -> None:
    doc = run(
        stage,
        "[Ivan Sokolov|person||" + RU + "] held talks with [Tran Minh Duc|person||" + VN + "] "
        "on [June 3|date|2025-06-03]. On the same day, 12 contracts were signed by "
        "companies of [Kaluga|region|RU-KLU] and [Binh Thuan|region|VN-40].",
        "en",
    )
    for ev in doc.events:
        if ev.type == "agreement":
            assert not ev.participants


# The award's presenter ("X, on behalf of the President, presented ...") and its recipient
AWARDS: list[tuple[str, str]] = [
    (
        "en",
        "On [June 3|date|2025-06-03], [Tran Minh Duc|person||" + VN + "], on behalf of the "
        "State President, presented the Friendship Order to [Ivan Sokolov|person||" + RU + "].",
    ),
    (
        "ru",
        "[3 июня|date|2025-06-03] [Чан Минь Дык|person|Tran Minh Duc|" + VN + "] от имени "
        "Президента Вьетнама вручил орден Дружбы [Ивану Соколову|person|Ivan Sokolov|" + RU + "].",
    ),
    (
        "vi",
        "Ngày [3/6|date|2025-06-03], ông [Trần Minh Đức|person|Tran Minh Duc|" + VN + "], thừa "
        "ủy quyền của Chủ tịch nước, đã trao tặng Huân chương Hữu nghị cho ông "
        "[Ivan Sokolov|person||" + RU + "].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), AWARDS)
def test_award_presenter_and_recipient(stage: EventStage, lang: str, markup: str) -> None:
    ev = one(run(stage, markup, lang), "award")
    assert names(ev) == {"Ivan Sokolov", "Tran Minh Duc"}


def test_who_only_decided_an_award_is_no_presenter(stage: EventStage) -> None:
    doc = run(
        stage,
        "[Ivan Sokolov|person||" + RU + "] thanked [Tran Minh Duc|person||" + VN + "] for "
        "helping to award him the Friendship Medal.",
        "en",
    )
    assert names(one(doc, "award")) == {"Ivan Sokolov"}


# Persons named again only by a name word (maybe inflected) or by their bare title
COREF: list[tuple[str, str, str, set[str]]] = [
    (
        "de",
        "Die Delegation von [Kalmar|region|SE-H] unter Leitung von "
        "[Karin Lindqvist|person||role=Governor,country=SE,region=SE-H] kam nach "
        "[Dresden|city|Dresden|region=DE-SN]. [Am Dienstag|date|2025-06-10] unterzeichneten "
        "[Michael Brandt|person||role=Minister,country=DE,region=DE-SN] und Lindqvist eine "
        "Absichtserklärung.",
        "agreement",
        {"Michael Brandt", "Karin Lindqvist"},
    ),
    (
        "ru",
        "Делегацию возглавил [Иван Соколов|person|Ivan Sokolov|" + RU + "]. "
        "[3 июня|date|2025-06-03] [Чан Минь Дык|person|Tran Minh Duc|" + VN + "] вручил "
        "Ивану Соколову медаль Дружбы.",
        "award",
        {"Ivan Sokolov", "Tran Minh Duc"},
    ),
    (
        "ru",
        "Делегацию возглавил губернатор [Иван Соколов|person|Ivan Sokolov|" + RU + "]. "
        "[3 июня|date|2025-06-03] в [Ханое|region|VN-HN] [губернатор|title|Governor] "
        "провёл переговоры с председателем [Чан Минь Дыком|person|Tran Minh Duc|" + VN + "].",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
    ),
    (
        "en",
        "Governor [Ivan Sokolov|person||" + RU + "] arrived in Vietnam on Monday. On "
        "[June 3|date|2025-06-03], Sokolov met [Tran Minh Duc|person||" + VN + "] in "
        "[Phan Thiet|city|Phan Thiet|region=VN-40].",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
    ),
]


@pytest.mark.parametrize(("lang", "markup", "typ", "expected"), COREF)
def test_persons_named_again_by_a_name_word_or_title(
    stage: EventStage, lang: str, markup: str, typ: str, expected: set[str]
) -> None:
    doc = run(stage, markup, lang)
    ev = one(doc, typ)
    assert names(ev) == expected
    assert any("coref:" in p.rule for p in ev.participants)


def test_a_name_word_inside_another_proper_name_is_nobody(stage: EventStage) -> None:
    doc = run(
        stage,
        "[Le Van Minh|person||" + VN + "] met [Ivan Sokolov|person||" + RU + "] on "
        "[June 2|date|2025-06-02]. On [June 3|date|2025-06-03], the delegation laid flowers "
        "at the Ho Chi Minh monument.",
        "en",
    )
    assert names(one(doc, "ceremony")) == set()


def test_a_title_two_persons_hold_names_neither(stage: EventStage) -> None:
    doc = run(
        stage,
        "Governor [Ivan Sokolov|person||" + RU + "] and Governor "
        "[Oleg Mironov|person||role=Governor,country=RU,region=RU-TUL] arrived in Hanoi. On "
        "[June 3|date|2025-06-03] the [governor|title|Governor] met "
        "[Tran Minh Duc|person||" + VN + "].",
        "en",
    )
    assert names(one(doc, "meeting")) == {"Tran Minh Duc"}


def test_forum_speakers_right_after_it(stage: EventStage) -> None:
    doc = run(
        stage,
        "A business forum of [Kaluga|region|RU-KLU] and Vietnam was held in "
        "[Phan Thiet|city|Phan Thiet|region=VN-40] on [June 3|date|2025-06-03]. "
        "[Ivan Sokolov|person||" + RU + "] presented the region's car industry. "
        "[Tran Minh Duc|person||" + VN + "] described the province's new deep-water port. "
        "Separately, ambassador [Pavel Orlov|person||role=Ambassador,country=RU] said the "
        "embassy would open a new consulate.",
        "en",
    )
    ev = one(doc, "forum")
    assert names(ev) == {"Ivan Sokolov", "Tran Minh Duc"}
    assert all(p.rule == "participant:speaker-after-trigger" for p in ev.participants)


def test_trip_is_made_by_the_delegation_leader(stage: EventStage) -> None:
    doc = run(
        stage,
        "A delegation of [Kaluga|region|RU-KLU] led by Governor [Ivan Sokolov|person||"
        + RU
        + "] is on a working trip to Vietnam. On [June 3|date|2025-06-03] in "
        "[Hanoi|region|VN-HN] Sokolov met [Nguyen Van Nam|person||role=Chairman,country=VN,"
        "region=VN-HN]. On [June 5|date|2025-06-05] in [Phan Thiet|city|Phan Thiet|"
        "region=VN-40], Sokolov met [Tran Minh Duc|person||" + VN + "].",
        "en",
    )
    trip = one(doc, "visit")
    assert names(trip) == {"Ivan Sokolov"}
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert {frozenset(names(e)) for e in meetings} == {
        frozenset({"Ivan Sokolov", "Nguyen Van Nam"}),
        frozenset({"Ivan Sokolov", "Tran Minh Duc"}),
    }


# Precision: nobody joins from a later, unrelated paragraph, a past figure or another event
def test_presence_does_not_reach_a_later_event(stage: EventStage) -> None:
    doc = run(
        stage,
        "[Ivan Sokolov|person||" + RU + "] received [Tran Minh Duc|person||" + VN + "] on "
        "[June 3|date|2025-06-03]. The next day, [Anna Petrova|person||role=Vice Governor,"
        "country=RU,region=RU-KLU] opened a Vietnamese food festival in "
        "[Kaluga|city|Kaluga|region=RU-KLU]. Attending the festival were students.",
        "en",
    )
    assert names(one(doc, "meeting")) == {"Ivan Sokolov", "Tran Minh Duc"}
    assert names(one(doc, "forum")) == {"Anna Petrova"}


def test_historical_and_passing_persons_never_attend(stage: EventStage) -> None:
    doc = run(
        stage,
        "The Vietnam Days festival opened in [Kaluga|city|Kaluga|region=RU-KLU] on "
        "[June 3|date|2025-06-03]. Speaking at the ceremony, [Ivan Sokolov|person||" + RU + "] "
        "recalled the late President [Ho Chi Minh|person||role=President,country=VN,"
        "historical=1] and read greetings from [Pavel Orlov|person||role=Minister,country=RU].",
        "en",
    )
    assert names(one(doc, "forum")) == {"Ivan Sokolov"}


def test_presence_sentence_before_any_event_tells_nothing_new(stage: EventStage) -> None:
    doc = run(
        stage,
        "Attending were [Ivan Sokolov|person||" + RU + "] and many guests.",
        "en",
    )
    assert doc.events == []


def test_offsets_of_evidence_stay_exact(stage: EventStage) -> None:
    for lang, markup, _, _ in PRESENCE + COREF:
        doc = run(stage, markup, lang)
        for ev in doc.events:
            for e in ev.evidence:
                assert doc.text[e.start : e.end] == e.text


def test_persons_of_another_day_do_not_attend(stage: EventStage) -> None:
    doc = run(
        stage,
        "A Vietnamese goods fair opened in [Kaluga|city|Kaluga|region=RU-KLU] on "
        "[June 3|date|2025-06-03]. [Ivan Sokolov|person||" + RU + "] cut the ribbon. "
        "In [2026|date|2026], a delegation led by [Tran Minh Duc|person||" + VN + "] is "
        "expected in the region.",
        "en",
    )
    assert names(one(doc, "forum")) == {"Ivan Sokolov"}


# The head of the visiting delegation named in a sentence of its own, after the reception
DELEGATION_HEAD: list[tuple[str, str]] = [
    (
        "en",
        "[Tran Minh Duc|person||" + VN + "] received a delegation from Kaluga on "
        "[June 3|date|2025-06-03]. The delegation was headed by "
        "[Ivan Sokolov|person||" + RU + "].",
    ),
    (
        "ru",
        "[3 июня|date|2025-06-03] [Чан Минь Дык|person|Tran Minh Duc|" + VN + "] принял "
        "калужскую делегацию. Делегацию возглавил [Иван Соколов|person|Ivan Sokolov|" + RU + "].",
    ),
    (
        "de",
        "[Tran Minh Duc|person||" + VN + "] hat [am Dienstag|date|2025-06-10] eine Delegation "
        "aus Kaluga empfangen. Die Delegation wurde von [Iwan Sokolow|person|Ivan Sokolov|"
        + RU
        + "] geleitet.",
    ),
    (
        "es",
        "[Tran Minh Duc|person||" + VN + "] recibió el [3 de junio|date|2025-06-03] a una "
        "delegación de Kaluga. Estuvo acompañado por [Ivan Sokolov|person||" + RU + "].",
    ),
    (
        "fr",
        "[Tran Minh Duc|person||" + VN + "] a reçu le [3 juin|date|2025-06-03] une délégation "
        "de Kalouga. [Ivan Sokolov|person||" + RU + "] a également pris part à l'entretien.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), DELEGATION_HEAD)
def test_delegation_head_named_after_the_reception(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    ev = one(doc, "meeting")
    assert names(ev) == {"Tran Minh Duc", "Ivan Sokolov"}


def test_the_two_sides_who_sign_leave_out_those_who_sat_in(stage: EventStage) -> None:
    markup = (
        "[Ivan Sokolov|person||" + RU + "] held talks with [Tran Minh Duc|person||" + VN + "] "
        "on [June 3|date|2025-06-03]. Also present were [Pham Thi Lan|person||" + VN + "]. "
        "At the end of the talks, the two sides signed a cooperation plan."
    )
    doc = run(stage, markup, "en")
    assert names(one(doc, "meeting")) == {"Ivan Sokolov", "Tran Minh Duc", "Pham Thi Lan"}
    assert names(one(doc, "agreement")) == {"Ivan Sokolov", "Tran Minh Duc"}
