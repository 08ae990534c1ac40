"""Dates of acts a report tells next to a dated act of the same people: the same occasion.

"On 3 March the governors met. They signed a memorandum." dates the signing 3 March too (the
wire-story reading), in every language; an act told after another date, by other people or
several sentences away keeps no date of its own. Our own invented sentences (names, places
and numbers are made up); mentions are given by markup, the publication date is 2025-06-12.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from diplograph._models import Document
from diplograph._resources import Resources
from tests._event_helpers import from_markup

PUB = "2025-06-12"
GOV = "Pavel Zorin|country=RU,region=RU-TOM"
CHAIR = "Le Van Tam|country=VN,region=VN-02"


def run(stage: EventStage, markup: str, lang: str) -> Document:
    return stage(from_markup(markup, lang=lang, published=PUB))


def dates_by_type(doc: Document) -> dict[str, str | None]:
    return {e.type: e.date for e in doc.events}


# (lang, markup, type of the undated act, the date it takes)
SAME_OCCASION_CASES: list[tuple[str, str, str, str]] = [
    (
        "en",
        f"On [June 3|date|2025-06-03], Governor [Pavel Zorin|person|{GOV}] held talks with "
        f"Chairman [Le Van Tam|person|{CHAIR}]. Zorin and Tam then signed a memorandum on "
        f"education.",
        "agreement",
        "2025-06-03",
    ),
    (
        "en",
        f"Chairman [Le Van Tam|person|{CHAIR}] signed a cooperation plan in Tomsk on "
        f"[June 4|date|2025-06-04]. Tam also met with Governor [Pavel Zorin|person|{GOV}].",
        "meeting",
        "2025-06-04",
    ),
    (
        "ru",
        f"[3 июня|date|2025-06-03] губернатор [Павел Зорин|person|{GOV}] провёл переговоры с "
        f"председателем [Ле Ван Тамом|person|{CHAIR}]. Зорин и Там подписали меморандум.",
        "agreement",
        "2025-06-03",
    ),
    (
        "vi",
        f"Ngày [3/6|date|2025-06-03], ông [Lê Văn Tâm|person|{CHAIR}] đã tiếp Thống đốc "
        f"[Pavel Zorin|person|{GOV}]. Hai bên đã ký kết biên bản hợp tác về giáo dục.",
        "agreement",
        "2025-06-03",
    ),
    (
        "de",
        f"Gouverneur [Pavel Zorin|person|{GOV}] unterzeichnete am [03.06.2025|date|2025-06-03] "
        f"eine Absichtserklärung. Danach sagte [Zorin|person|{GOV}] nach einem Gespräch mit "
        f"[Le Van Tam|person|{CHAIR}], man wolle den Handel ausbauen.",
        "meeting",
        "2025-06-03",
    ),
    (
        "fr",
        f"Le [3 juin|date|2025-06-03], le gouverneur [Pavel Zorin|person|{GOV}] s'est entretenu "
        f"avec [Le Van Tam|person|{CHAIR}]. Zorin et Tam ont signé un mémorandum sur le "
        f"tourisme.",
        "agreement",
        "2025-06-03",
    ),
    (
        "ja",
        f"[6月3日|date|2025-06-03]、[ゾーリン|person|{GOV}]知事は[レ・バン・タム|person|{CHAIR}]"
        f"主席と協定を締結した。\n"
        f"[ゾーリン|person|{GOV}]知事はその後[タム|person|{CHAIR}]主席と会談した。",
        "meeting",
        "2025-06-03",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "typ", "expected"), SAME_OCCASION_CASES)
def test_an_undated_act_next_to_a_dated_act_of_the_same_people_shares_its_day(
    stage: EventStage, lang: str, markup: str, typ: str, expected: str
) -> None:
    doc = run(stage, markup, lang)
    assert dates_by_type(doc).get(typ) == expected
    act = next(e for e in doc.events if e.type == typ)
    assert "date:same-occasion-as-next-act" in act.rules


# (lang, markup, type of the undated act): told apart, it takes no date of the other act
APART_CASES: list[tuple[str, str, str]] = [
    (
        # another date told in between: another occasion
        "en",
        f"On [June 3|date|2025-06-03], Governor [Pavel Zorin|person|{GOV}] held talks with "
        f"Chairman [Le Van Tam|person|{CHAIR}]. Trade grew in [2024|date|2024]. Zorin and Tam "
        f"signed a memorandum on education.",
        "agreement",
    ),
    (
        # other people: another act
        "en",
        f"On [June 3|date|2025-06-03], Governor [Pavel Zorin|person|{GOV}] held talks with "
        f"Chairman [Le Van Tam|person|{CHAIR}]. Deputy Governor [Ivan Kurov|person|Ivan Kurov] "
        f"signed a memorandum on education.",
        "agreement",
    ),
    (
        # four sentences later: the report has moved on
        "ru",
        f"[3 июня|date|2025-06-03] губернатор [Павел Зорин|person|{GOV}] провёл переговоры с "
        f"председателем [Ле Ван Тамом|person|{CHAIR}]. Речь шла о туризме. Обсуждалось и "
        f"образование. Говорили о логистике. Стороны отметили рост торговли. Зорин и Там "
        f"подписали меморандум.",
        "agreement",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "typ"), APART_CASES)
def test_an_act_told_apart_takes_no_date_of_another_act(
    stage: EventStage, lang: str, markup: str, typ: str
) -> None:
    doc = run(stage, markup, lang)
    act = next(e for e in doc.events if e.type == typ)
    assert "date:same-occasion-as-next-act" not in act.rules
    assert act.date != "2025-06-03"


def test_a_stop_of_a_trip_is_dated_by_its_own_sentence_not_the_trip() -> None:
    """A trip from the 2nd to the 6th; "on the 4th the delegation visited X" and the meeting
    told next to it is on the 4th, not on the trip's first day."""
    markup = (
        f"From [2 to 6 June|date|2025-06-02] a delegation led by Governor "
        f"[Pavel Zorin|person|{GOV}] paid a working visit to [Vietnam|country|VN]. "
        f"On [June 4|date|2025-06-04] Governor [Pavel Zorin|person|{GOV}] visited "
        f"[Ninh Binh|region|VN-18]. There Zorin met Chairman [Le Van Tam|person|{CHAIR}]."
    )
    doc = EventStage(Resources())(from_markup(markup, lang="en", published=PUB))
    meeting = next(e for e in doc.events if e.type == "meeting")
    assert meeting.date == "2025-06-04"


# (lang, markup, type of the undated later act): the headline act is dated, a later act of
# the same people told without a date of its own belongs to the news: the month of the report
NEWS_MONTH_CASES: list[tuple[str, str, str]] = [
    (
        "en",
        f"Governor [Pavel Zorin|person|{GOV}] held talks with Chairman "
        f"[Le Van Tam|person|{CHAIR}] on [June 10|date|2025-06-10]. The talks covered tourism. "
        f"Trade was discussed too. Ports were discussed. Visas were discussed. Before the talks, "
        f"Zorin had met with Deputy Minister [Ivan Kurov|person|Ivan Kurov] and "
        f"[Pavel Zorin|person|{GOV}].",
        "meeting",
    ),
    (
        "ru",
        f"Губернатор [Павел Зорин|person|{GOV}] провёл переговоры с [Ле Ван Тамом|person|{CHAIR}]"
        f" [10 июня|date|2025-06-10]. Речь шла о туризме. Обсуждалась логистика. Говорили о "
        f"визах. Отдельно обсуждалось образование. Кроме того, [Зорин|person|{GOV}] подписал "
        f"соглашение с университетом.",
        "agreement",
    ),
    (
        "vi",
        f"Ông [Lê Văn Tâm|person|{CHAIR}] đã tiếp Thống đốc [Pavel Zorin|person|{GOV}] ngày "
        f"[10/6|date|2025-06-10]. Hai bên bàn về du lịch. Hai bên bàn về giáo dục. Hai bên bàn "
        f"về logistics. Hai bên bàn về thị thực. Ông [Pavel Zorin|person|{GOV}] cũng đã ký "
        f"biên bản hợp tác với một trường đại học.",
        "agreement",
    ),
    (
        "fr",
        f"Le gouverneur [Pavel Zorin|person|{GOV}] s'est entretenu avec "
        f"[Le Van Tam|person|{CHAIR}] le [10 juin|date|2025-06-10]. Ils ont parlé du tourisme. "
        f"Ils ont parlé des visas. Ils ont parlé des ports. Ils ont parlé des écoles. "
        f"[Zorin|person|{GOV}] a aussi signé un accord avec une université.",
        "agreement",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "typ"), NEWS_MONTH_CASES)
def test_an_undated_act_of_the_headline_people_is_in_the_month_of_the_report(
    stage: EventStage, lang: str, markup: str, typ: str
) -> None:
    doc = run(stage, markup, lang)
    act = [e for e in doc.events if e.type == typ][-1]  # the later act (output in text order)
    assert act.date == "2025-06"
    assert "date:act-of-the-news-in-the-month-of-publication" in act.rules


def test_an_undated_act_of_other_people_keeps_no_date(stage: EventStage) -> None:
    doc = run(
        stage,
        f"Governor [Pavel Zorin|person|{GOV}] held talks with Chairman "
        f"[Le Van Tam|person|{CHAIR}] on [June 10|date|2025-06-10]. The talks covered tourism. "
        f"Trade was discussed too. Ports were discussed. Visas were discussed. The universities "
        f"of [Tomsk|region|RU-TOM] and [Ha Giang|region|VN-02] signed an exchange agreement.",
        "en",
    )
    signing = next(e for e in doc.events if e.type == "agreement")
    assert signing.date is None


# (lang, markup): a reception of a guest "who came to visit" / "who visited firms" (a visit verb
# with no place right after it) tells the guest's trip as its circumstance: a meeting and a visit
PLACELESS_VISIT_CASES: list[tuple[str, str]] = [
    (
        "en",
        f"Chairman [Le Van Tam|person|{CHAIR}] received Governor [Pavel Zorin|person|{GOV}], "
        f"who visited and had working sessions with local firms.",
    ),
    (
        "vi",
        f"Ông [Lê Văn Tâm|person|{CHAIR}] đã tiếp đoàn đại biểu tỉnh [Tomsk|region|RU-TOM] do "
        f"Thống đốc [Pavel Zorin|person|{GOV}] dẫn đầu tới thăm và làm việc.",
    ),
    (
        "ru",
        f"Председатель [Ле Ван Там|person|{CHAIR}] принял губернатора "
        f"[Павла Зорина|person|{GOV}], который посетил предприятия провинции.",
    ),
    (
        "fr",
        f"Le président [Le Van Tam|person|{CHAIR}] a reçu le gouverneur "
        f"[Pavel Zorin|person|{GOV}], qui a visité plusieurs entreprises.",
    ),
    (
        "de",
        f"Der Vorsitzende [Le Van Tam|person|{CHAIR}] empfing Gouverneur "
        f"[Pavel Zorin|person|{GOV}], der mehrere Betriebe besuchte.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), PLACELESS_VISIT_CASES)
def test_a_reception_of_a_guest_who_came_to_visit_is_also_the_guests_trip(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    assert sorted(e.type for e in doc.events) == ["meeting", "visit"]
    trip = next(e for e in doc.events if e.type == "visit")
    assert "Pavel Zorin" in [p.name for p in trip.participants]
    assert "RU-TOM" in trip.regions


def test_a_placeless_visit_verb_alone_is_no_trip(stage: EventStage) -> None:
    """ "The governor visited several firms" with no act beside it: a stop, no trip event."""
    doc = run(stage, f"Governor [Pavel Zorin|person|{GOV}] visited several firms.", "en")
    assert [e.type for e in doc.events] == []


# (lang, markup): a count of signings is a statistic, the forum it was counted at is an event
COUNTED_AT_FORUM_CASES: list[tuple[str, str]] = [
    (
        "en",
        f"Over [40 agreements|amount|40|unit=agreements] were signed at the forum of regions in "
        f"[Tomsk|region|RU-TOM], Governor [Pavel Zorin|person|{GOV}] said.",
    ),
    (
        "ru",
        f"На форуме регионов в [Томске|region|RU-TOM] подписано более "
        f"[40 соглашений|amount|40|unit=соглашений], сообщил губернатор "
        f"[Павел Зорин|person|{GOV}].",
    ),
    (
        "fr",
        f"Plus de [40 accords|amount|40|unit=accords] ont été signés au forum des régions à "
        f"[Tomsk|region|RU-TOM], a déclaré le gouverneur [Pavel Zorin|person|{GOV}].",
    ),
    (
        "de",
        f"Mehr als [40 Abkommen|amount|40|unit=abkommen] wurden beim Forum der Regionen in "
        f"[Tomsk|region|RU-TOM] unterzeichnet, sagte Gouverneur [Pavel Zorin|person|{GOV}].",
    ),
    (
        "vi",
        f"Hơn [40 thỏa thuận|amount|40|unit=thỏa thuận] đã được ký kết tại diễn đàn các địa "
        f"phương ở [Tomsk|region|RU-TOM], Thống đốc [Pavel Zorin|person|{GOV}] cho biết.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), COUNTED_AT_FORUM_CASES)
def test_signings_counted_at_a_forum_leave_the_forum_as_the_event(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    assert [e.type for e in doc.events] == ["forum"]  # the count is no agreement event
    assert doc.events[0].regions == ["RU-TOM"]


JP_GOV = "Yamada Taro|country=JP,region=JP-42"
CN_SEC = "Zhou Ming|country=CN,region=CN-FJ"

# (lang, markup, expected sorted event types): Japanese polite past and exchanges of views,
# a guest "visiting Vietnam" (訪問中の) as circumstance; Chinese "held exchanges" (进行交流),
# "met" (会面), a trip cue (进行访问, 访问期间)
CJK_CASES: list[tuple[str, str, list[str]]] = [
    ("ja", f"[ゾーリン|person|{GOV}]知事は[タム|person|{CHAIR}]主席と会見しました。", ["meeting"]),
    ("ja", f"[タム|person|{CHAIR}]主席は[ゾーリン|person|{GOV}]知事と懇談しました。", ["meeting"]),
    (
        "ja",
        f"[タム|person|{CHAIR}]主席と[ゾーリン|person|{GOV}]知事は意見交換を行いました。",
        ["meeting"],
    ),
    (
        "ja",
        f"[タム|person|{CHAIR}]主席は、[ベトナム|country|VN]を訪問中の[ゾーリン|person|{GOV}]"
        f"知事と会見しました。",
        ["meeting", "visit"],
    ),
    ("zh", f"[周明|person|{CN_SEC}]与[山田太郎|person|{JP_GOV}]进行交流。", ["meeting"]),
    ("zh", f"[周明|person|{CN_SEC}]与[山田太郎|person|{JP_GOV}]會面。", ["meeting"]),
    (
        "zh",
        f"[周明|person|{CN_SEC}]率[福建省|region|CN-FJ]代表团在[日本|country|JP]进行访问。\n"
        f"[周明|person|{CN_SEC}]会见了[长崎县|region|JP-42]知事[山田太郎|person|{JP_GOV}]。\n"
        f"[周明|person|{CN_SEC}]与[山田太郎|person|{JP_GOV}]签署了合作备忘录。",
        ["agreement", "meeting", "visit"],
    ),
    (
        "zh",
        f"访问期间，[周明|person|{CN_SEC}]会见了[长崎县|region|JP-42]知事"
        f"[山田太郎|person|{JP_GOV}]。",
        ["meeting", "visit"],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "types"), CJK_CASES)
def test_japanese_and_chinese_act_phrasing(
    stage: EventStage, lang: str, markup: str, types: list[str]
) -> None:
    doc = run(stage, markup, lang)
    assert sorted(e.type for e in doc.events) == types


# (lang, markup, expected trip date): a stay or a delegation's visit told as the circumstance
# is the guest's trip; dated by its own sentence (a span of days starts it, a month is its
# month), else like any trip of a dated report
STAY_CASES: list[tuple[str, str, str]] = [
    (
        "en",
        f"During the [Ha Giang|region|VN-02] delegation visit to [Russia|country|RU] in "
        f"[November 2024|date|2024-11], Chairman [Le Van Tam|person|{CHAIR}] signed a memorandum "
        f"with Governor [Pavel Zorin|person|{GOV}].",
        "2024-11",
    ),
    (
        "fr",
        f"Pendant son séjour [du 2 au 5 juin|date|2025-06-02|end=2025-06-05] en "
        f"[Russie|country|RU], le président [Le Van Tam|person|{CHAIR}] a rencontré le "
        f"gouverneur [Pavel Zorin|person|{GOV}].",
        "2025-06-02",
    ),
    (
        "de",
        f"Während seines Aufenthalts in [Russland|country|RU] traf der Vorsitzende "
        f"[Le Van Tam|person|{CHAIR}] Gouverneur [Pavel Zorin|person|{GOV}].",
        "2025-06",
    ),
    (
        "ru",
        f"Во время пребывания в [России|country|RU] председатель [Ле Ван Там|person|{CHAIR}] "
        f"провёл переговоры с губернатором [Павлом Зориным|person|{GOV}].",
        "2025-06",
    ),
    (
        "es",
        f"Durante su estancia en [Rusia|country|RU], el presidente [Le Van Tam|person|{CHAIR}] "
        f"se reunió con el gobernador [Pavel Zorin|person|{GOV}].",
        "2025-06",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "date"), STAY_CASES)
def test_a_stay_told_as_circumstance_is_the_guests_trip(
    stage: EventStage, lang: str, markup: str, date: str
) -> None:
    doc = run(stage, markup, lang)
    trip = next(e for e in doc.events if e.type == "visit")
    assert [p.name for p in trip.participants] == ["Le Van Tam"]  # the guest, not the host
    assert trip.regions == ["VN-02"] and trip.place.country == "RU"
    assert trip.date == date


TOM = "[Tomsk Oblast|region|RU-TOM]"
YB = "[Yen Bai|region|VN-15]"
TOM_RU = "[Томская область|region|RU-TOM]"
YB_RU = "[Йенбай|region|VN-15]"
TOM_VI = "[tỉnh Tomsk|region|RU-TOM]"
YB_VI = "[Yên Bái|region|VN-15]"

# (lang, markup: a title and a standfirst tell the signing, the lead's third sentence dates it
# or names a background year; the headline agreement's date)
LEAD_AFTER_CASES: list[tuple[str, str, str]] = [
    (
        "en",
        f"{TOM} and {YB} sign a memorandum.\n"
        f"{TOM} and {YB} signed a memorandum of friendship.\n"
        f"Today ([June 11|date|2025-06-11]), at the regional hall, both delegations gathered.",
        "2025-06-11",
    ),
    (
        "ru",
        f"{TOM_RU} и {YB_RU} подписали меморандум.\n"
        f"{TOM_RU} и {YB_RU} подписали меморандум о дружбе.\n"
        f"Сегодня ([11 июня|date|2025-06-11]) в областной администрации собрались делегации.",
        "2025-06-11",
    ),
    (
        "vi",
        f"{TOM_VI} và {YB_VI} ký biên bản ghi nhớ.\n"
        f"{TOM_VI} và {YB_VI} đã ký biên bản ghi nhớ hữu nghị.\n"
        f"Hôm nay ([11/6|date|2025-06-11]), tại hội trường tỉnh, hai đoàn đã có mặt.",
        "2025-06-11",
    ),
    # a year told in the lead after the act is background: the month of the report
    (
        "en",
        f"{TOM} and {YB} sign a memorandum.\n"
        f"{TOM} and {YB} signed a memorandum of friendship.\n"
        f"The two provinces have been partners since [1998|date|1998].",
        "2025-06",
    ),
    (
        "ru",
        f"{TOM_RU} и {YB_RU} подписали меморандум.\n"
        f"{TOM_RU} и {YB_RU} подписали меморандум о дружбе.\n"
        f"Регионы сотрудничают с [1998 года|date|1998].",
        "2025-06",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "date"), LEAD_AFTER_CASES)
def test_a_headline_act_takes_the_day_its_lead_tells_after_it(
    stage: EventStage, lang: str, markup: str, date: str
) -> None:
    doc = run(stage, markup, lang)
    signing = next(e for e in doc.events if e.type == "agreement")
    assert signing.date == date


# (lang, markup of a report known only by its month: its headline act, told without a date)
MONTH_ONLY_CASES: list[tuple[str, str]] = [
    ("en", f"Governor [Pavel Zorin|person|{GOV}] met Chairman [Le Van Tam|person|{CHAIR}]."),
    (
        "it",
        f"Il governatore [Pavel Zorin|person|{GOV}] ha incontrato il presidente "
        f"[Le Van Tam|person|{CHAIR}].",
    ),
    ("ru", f"Губернатор [Павел Зорин|person|{GOV}] встретился с [Ле Ван Тамом|person|{CHAIR}]."),
]


@pytest.mark.parametrize(("lang", "markup"), MONTH_ONLY_CASES)
def test_the_headline_act_of_a_report_known_by_its_month_is_in_that_month(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = stage(from_markup(markup, lang=lang, published="2025-06"))
    assert [(e.type, e.date) for e in doc.events] == [("meeting", "2025-06")]


KAZAN = "[Kazan|city|Kazan|region=RU-TA]"
# (lang, markup: a wire dateline dates the dispatch; the act's own date, if any)
DATELINE_CASES: list[tuple[str, str, str]] = [
    (
        "en",
        f"{KAZAN}, [June 10|date|2025-06-10] (VNA) – Governor [Pavel Zorin|person|{GOV}] "
        f"received Chairman [Le Van Tam|person|{CHAIR}] during his stay.",
        "2025-06",
    ),
    (
        "fr",
        f"{KAZAN}, [10 juin|date|2025-06-10] (VNA) – Le gouverneur [Pavel Zorin|person|{GOV}] "
        f"a reçu le président [Le Van Tam|person|{CHAIR}] lors d'une réception.",
        "2025-06",
    ),
    (
        "ru",
        f"{KAZAN}, [10 июня|date|2025-06-10] (ТАСС) – Губернатор [Павел Зорин|person|{GOV}] "
        f"встретился с председателем [Ле Ван Тамом|person|{CHAIR}].",
        "2025-06",
    ),
    # the act's own day in the story still dates it
    (
        "en",
        f"{KAZAN}, [June 10|date|2025-06-10] (VNA) – On [June 8|date|2025-06-08], Governor "
        f"[Pavel Zorin|person|{GOV}] received Chairman [Le Van Tam|person|{CHAIR}].",
        "2025-06-08",
    ),
    # a date after a place inside the story is no dateline
    (
        "en",
        f"Governor [Pavel Zorin|person|{GOV}] received Chairman [Le Van Tam|person|{CHAIR}] "
        f"in {KAZAN}, [June 10|date|2025-06-10], at the regional hall.",
        "2025-06-10",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "date"), DATELINE_CASES)
def test_a_wire_dateline_dates_the_dispatch_not_the_act(
    stage: EventStage, lang: str, markup: str, date: str
) -> None:
    doc = run(stage, markup, lang)
    meeting = next(e for e in doc.events if e.type == "meeting")
    assert meeting.date == date


# (lang, markup of a report without a publication date: a caption dates the act, the trip it
# is the circumstance of is told without a date; the trip's date)
TRIP_OF_THE_ACT_CASES: list[tuple[str, str, str | None]] = [
    (
        "en",
        f"Monday, [June 3, 2025|date|2025-06-03].\nChairman [Le Van Tam|person|{CHAIR}] signed "
        f"a memorandum with Governor [Pavel Zorin|person|{GOV}]. Tam is on a working trip to "
        f"[Russia|country|RU].",
        "2025-06",
    ),
    (
        "ru",
        f"Понедельник, [3 июня 2025 года|date|2025-06-03].\nПредседатель "
        f"[Ле Ван Там|person|{CHAIR}] подписал меморандум с губернатором "
        f"[Павлом Зориным|person|{GOV}]. Там находится в [России|country|RU] с рабочим визитом.",
        "2025-06",
    ),
    # the dated act is of other people: nothing dates the traveller's trip
    (
        "en",
        f"Monday, [June 3, 2025|date|2025-06-03].\nGovernor [Pavel Zorin|person|{GOV}] signed a "
        f"memorandum with Governor [Ivan Surov|person|Ivan Surov|country=RU,region=RU-OMS]. "
        f"Chairman [Le Van Tam|person|{CHAIR}] is on a working trip to [Russia|country|RU].",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "markup", "date"), TRIP_OF_THE_ACT_CASES)
def test_an_undated_trip_is_in_the_month_of_its_travellers_acts(
    stage: EventStage, lang: str, markup: str, date: str | None
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=None))
    trip = next(e for e in doc.events if e.type == "visit")
    assert trip.date == date


def _told_with_a_line_between(line: str, lang: str) -> str:
    """A signing, three lines of the story or a subheading, then talks of the same people."""
    if lang == "de":
        return (
            f"Am [Dienstag|date|2025-06-03] unterzeichnete Gouverneur [Pavel Zorin|person|{GOV}] "
            f"ein Abkommen mit dem Vorsitzenden [Le Van Tam|person|{CHAIR}].\n"
            "Die Stadt ist die Hauptstadt der Region.\n"
            "Die Regionen arbeiten seit Jahren zusammen.\n"
            f"{line}\n"
            '"Wir wollen mehr Handel", sagte Zorin nach einem Gespräch mit Tam.'
        )
    return (
        f"On [June 3|date|2025-06-03] Governor [Pavel Zorin|person|{GOV}] signed a memorandum "
        f"with Chairman [Le Van Tam|person|{CHAIR}].\n"
        "The city is the capital of the region.\nThe regions have worked together for years.\n"
        f"{line}\n"
        '"We want more trade," Zorin said after talks with Tam.'
    )


@pytest.mark.parametrize(
    ("lang", "line", "date"),
    [
        ("en", "Zorin: support for firms", "2025-06-03"),  # a subheading
        ("de", "Zorin: Begleitschutz für Unternehmen", "2025-06-03"),
        ("en", "Zorin spoke about support for firms.", "2025-06"),  # a fourth sentence
        ("de", "Zorin sprach über Unternehmen.", "2025-06"),
    ],
)
def test_a_subheading_does_not_set_the_acts_of_one_occasion_apart(
    stage: EventStage, lang: str, line: str, date: str
) -> None:
    doc = run(stage, _told_with_a_line_between(line, lang), lang)
    assert dates_by_type(doc)["meeting"] == date


@pytest.mark.parametrize(
    ("lang", "markup"),
    [
        (
            "en",
            f"{TOM} and {YB} signed a letter | Updated:[2025-06-12|date|2025-06-12|page_date=1]\n"
            f"{TOM} and {YB} signed a letter of friendship on [June 10|date|2025-06-10].",
        ),
        (
            "ru",
            f"{TOM_RU} и {YB_RU} подписали меморандум. Обновлено: "
            f"[12 июня 2025|date|2025-06-12|page_date=1]\n"
            f"{TOM_RU} и {YB_RU} подписали меморандум о дружбе [10 июня|date|2025-06-10].",
        ),
    ],
)
def test_a_page_stamp_does_not_date_the_act_told_with_it(
    stage: EventStage, lang: str, markup: str
) -> None:
    """The title's signing and the lead's are one act, of the lead's day."""
    doc = run(stage, markup, lang)
    assert [(e.type, e.date) for e in doc.events] == [("agreement", "2025-06-10")]


ZH_HOST = "Li Ming|country=CN,region=CN-HL"
ZH_VICE = "Wang Qiang|country=CN,region=CN-HL"


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # "Vice governor Wang took part in the meeting": present at the meeting told before
        ("副省长[王强|person|{vice}]参加会见。", [("meeting", "2025-06-11", 3)]),
        ("副省长[王强|person|{vice}]陪同会见。", [("meeting", "2025-06-11", 3)]),
    ],
)
def test_those_present_at_a_chinese_meeting_are_no_second_meeting(
    stage: EventStage, closing: str, expected: list[tuple[str, str, int]]
) -> None:
    markup = (
        f"[李明|person|{ZH_HOST}]会见[佐林|person|{GOV}]一行\n"
        f"[11日|date|2025-06-11]晚，省长[李明|person|{ZH_HOST}]在哈尔滨会见州长"
        f"[佐林|person|{GOV}]一行。\n" + closing.format(vice=ZH_VICE)
    )
    doc = run(stage, markup, "zh")
    assert [(e.type, e.date, len(e.participants)) for e in doc.events] == expected


# (lang, markup: a sentence telling an old signing and today's talks of the same people)
BACKGROUND_YEAR_CASES: list[tuple[str, str]] = [
    (
        "en",
        f"The provinces signed a twinning agreement in [1998|date|1998], and Governor "
        f"[Pavel Zorin|person|{GOV}] held talks with Chairman [Le Van Tam|person|{CHAIR}].",
    ),
    (
        "ru",
        f"Регионы подписали соглашение о побратимстве в [1998 году|date|1998], и губернатор "
        f"[Павел Зорин|person|{GOV}] провёл переговоры с председателем "
        f"[Ле Ван Тамом|person|{CHAIR}].",
    ),
    (
        "ja",
        f"両県は[1998年|date|1998]に友好協定を締結していて、[ゾーリン|person|{GOV}]知事は"
        f"[タム|person|{CHAIR}]主席と会談しました。",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), BACKGROUND_YEAR_CASES)
def test_a_year_told_with_another_act_is_not_the_date_of_the_talks(
    stage: EventStage, lang: str, markup: str
) -> None:
    """The year stands by the signing's trigger: the talks are not of 1998 (in a report
    without a publication date they stay undated; the signing keeps its year)."""
    doc = stage(from_markup(markup, lang=lang, published=None))
    dates = dates_by_type(doc)
    assert dates["meeting"] is None and dates["agreement"] == "1998"


def test_a_trip_told_with_its_month_dates_the_signing_it_frames(stage: EventStage) -> None:
    """ "During his visit to Russia in June 2025, Tam signed": the trip's month is the
    signing's too (a trip is no other act that the date could belong to)."""
    markup = (
        "The province grows rice. Its port is busy. Its exports grow.\n"
        f"During his visit to [Russia|country|RU] in [June 2025|date|2025-06], Chairman "
        f"[Le Van Tam|person|{CHAIR}] signed a memorandum with Governor "
        f"[Pavel Zorin|person|{GOV}]."
    )
    doc = stage(from_markup(markup, lang="en", published=None))
    assert dates_by_type(doc)["agreement"] == "2025-06"


@pytest.mark.parametrize(
    ("lang", "markup"),
    [
        (
            "en",
            f"In [1998|date|1998] Governor [Pavel Zorin|person|{GOV}] and Chairman "
            f"[Le Van Tam|person|{CHAIR}] signed a twinning agreement. Zorin and Tam held "
            f"talks on trade.",
        ),
        (
            "ru",
            f"В [1998 году|date|1998] губернатор [Павел Зорин|person|{GOV}] и председатель "
            f"[Ле Ван Там|person|{CHAIR}] подписали соглашение. Зорин и Там провели переговоры.",
        ),
    ],
)
def test_an_act_dated_by_a_year_is_no_occasion_of_the_next(
    stage: EventStage, lang: str, markup: str
) -> None:
    """The same-occasion reading is of one day: talks told after a signing "in 1998" are
    not of 1998 (in a report without a publication date they stay undated)."""
    doc = stage(from_markup(markup, lang=lang, published=None))
    assert dates_by_type(doc) == {"agreement": "1998", "meeting": None}
