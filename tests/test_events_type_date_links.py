"""An act found with the wrong type or date loses the links to other reports of it (#12):
a visit told in a clause of an earlier act ("继X访问后, 再次会晤") is an event of its own,
not the circumstance of the meeting the sentence reports; an act told with the period of
years it covers, begun years before the report ("the agreement for 2021-2025"), is not dated
by the month of the report.

Our own invented sentences (names, places and numbers are made up); mentions are given by
markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

CN_GOV = "Zhao Lin|country=CN,region=CN-HL"
CN_PREMIER = "Sun Wei|country=CN"
RU_GOV = "Pavel Orlov|country=RU,region=RU-KHA"

# (lang, markup, the earlier visit's traveller, its date): the report is a governor's trip;
# a later sentence recalls a national leader's visit before a meeting of the two heads of state
PRIOR_VISIT_CASES: list[tuple[str, str, str, str]] = [
    (
        "zh",
        f"[赵林|person|{CN_GOV}]率团对[俄罗斯|country|RU]进行工作访问。\n"
        f"[赵林|person|{CN_GOV}]与[哈巴罗夫斯克边区|region|RU-KHA]州长"
        f"[奥尔洛夫|person|{RU_GOV}]举行会谈。\n"
        f"继[今年4月|date|2025-04][孙伟|person|{CN_PREMIER}]总理对[俄罗斯|country|RU]"
        "成功进行正式访问后,两国领导人在第五届合作论坛期间再次举行会晤。",
        "Sun Wei",
        "2025-04",
    ),
    (
        "zh",
        f"[赵林|person|{CN_GOV}]率團對[俄羅斯|country|RU]進行工作訪問。\n"
        f"[赵林|person|{CN_GOV}]與[哈巴羅夫斯克邊區|region|RU-KHA]州長"
        f"[奥尔洛夫|person|{RU_GOV}]舉行會談。\n"
        f"繼[今年4月|date|2025-04][孙伟|person|{CN_PREMIER}]總理對[俄羅斯|country|RU]"
        "進行國事訪問之後,兩國元首再次會晤。",
        "Sun Wei",
        "2025-04",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "traveller", "date"), PRIOR_VISIT_CASES)
def test_visit_in_a_clause_of_an_earlier_act_is_its_own_event(
    stage: EventStage, lang: str, markup: str, traveller: str, date: str
) -> None:
    doc = stage(from_markup(markup, lang=lang, published="2025-12-08"))
    visits = [
        e for e in doc.events if e.type == "visit" and traveller in [p.name for p in e.participants]
    ]
    assert visits, [(e.type, e.date, [p.name for p in e.participants]) for e in doc.events]
    assert visits[0].date == date


VN_A = "Tran Van Binh|country=VN,region=VN-54"
LA_B = "Bounmy Keo|country=LA,region=LA-XS"

# (lang, markup): a reception reported in December 2024; the speaker recalls that the two
# provinces signed an agreement covering an earlier period of years
EARLIER_PERIOD_CASES: list[tuple[str, str]] = [
    (
        "en",
        f"On [December 10|date|2024-12-10], [Tran Van Binh|person|{VN_A}] received "
        f"[Bounmy Keo|person|{LA_B}] of [Xaysomboun|region|LA-XS]. "
        f"[Tran Van Binh|person|{VN_A}] said [Bac Giang|region|VN-54] and "
        "[Xaysomboun|region|LA-XS] signed a cooperation agreement for the "
        "[2021-2025|date|2021|end=2025] period.",
    ),
    (
        "vi",
        f"Ngày [10/12|date|2024-12-10], ông [Trần Văn Bình|person|{VN_A}] đã tiếp ông "
        f"[Bounmy Keo|person|{LA_B}] của tỉnh [Xaysomboun|region|LA-XS]. "
        f"Ông [Trần Văn Bình|person|{VN_A}] cho biết hai tỉnh [Bắc Giang|region|VN-54] và "
        "[Xaysomboun|region|LA-XS] đã ký kết thỏa thuận hợp tác giai đoạn "
        "[2021-2025|date|2021|end=2025].",
    ),
    (
        "fr",
        f"Le [10 décembre|date|2024-12-10], [Tran Van Binh|person|{VN_A}] a reçu "
        f"[Bounmy Keo|person|{LA_B}] de [Xaysomboun|region|LA-XS]. "
        f"[Tran Van Binh|person|{VN_A}] a rappelé que [Bac Giang|region|VN-54] et "
        "[Xaysomboun|region|LA-XS] ont signé un accord de coopération pour la période "
        "[2021-2025|date|2021|end=2025].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), EARLIER_PERIOD_CASES)
def test_act_of_an_earlier_period_is_not_dated_by_the_report(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = stage(from_markup(markup, lang=lang, published="2024-12-11"))
    signed = [e for e in doc.events if e.type == "agreement"]
    assert signed, [(e.type, e.date) for e in doc.events]
    assert all(e.date is None for e in signed), [(e.type, e.date) for e in signed]


def test_period_opening_this_year_may_be_signed_now(stage: EventStage) -> None:
    """ "the plan for 2024-2026" in a 2024 report: a plan is signed as its period opens, so
    the report's month still dates the headline signing."""
    markup = (
        "[Bac Giang|region|VN-54] and [Xaysomboun|region|LA-XS] signed a cooperation plan for "
        "the [2024-2026|date|2024|end=2026] period."
    )
    doc = stage(from_markup(markup, lang="en", published="2024-12-11"))
    signed = [e for e in doc.events if e.type == "agreement"]
    assert signed and signed[0].date == "2024-12"


# (lang, markup, the first act's type and date): "the founding of X in 2005 and the signing
# of Y": the year told before the conjunction closes the first act, though the second act's
# trigger is nearer to it; the second act, told without a date of its own, has none
JOINED_ACTS_CASES: list[tuple[str, str]] = [
    (
        "fr",
        f"[Tran Van Binh|person|{VN_A}] a rappelé la création de l'association d'amitié de "
        "[Bac Giang|region|VN-54] [en 2005|date|2005] et la signature de l'accord de "
        "coopération entre [Bac Giang|region|VN-54] et [Xaysomboun|region|LA-XS].",
    ),
    (
        "en",
        f"[Tran Van Binh|person|{VN_A}] recalled the founding of the friendship association "
        "of [Bac Giang|region|VN-54] [in 2005|date|2005] and the signing of the cooperation "
        "agreement between [Bac Giang|region|VN-54] and [Xaysomboun|region|LA-XS].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), JOINED_ACTS_CASES)
def test_date_before_a_conjunction_is_the_first_acts(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = stage(from_markup(markup, lang=lang, published="2022-08-24"))
    signed = [e for e in doc.events if e.type == "agreement"]
    assert signed, [(e.type, e.date) for e in doc.events]
    assert signed[0].date != "2005", [(e.type, e.date) for e in doc.events]


# (lang, text, the horizon's words): a year told as what a plan aims at or runs until
HORIZON_CASES: list[tuple[str, str, str]] = [
    ("fr", "Les deux provinces visent ce chiffre d'ici 2030.", "d'ici 2030"),
    ("fr", "Le programme court jusqu'en 2027.", "jusqu'en 2027"),
    ("en", "The two regions aim to double trade by 2030.", "by 2030"),
    ("en", "The programme runs until 2027.", "until 2027"),
]


@pytest.mark.parametrize(("lang", "text", "span"), HORIZON_CASES)
def test_year_told_as_a_horizon_is_marked(lang: str, text: str, span: str) -> None:
    from diplograph._dates import build_parser
    from diplograph._registry import Registry

    found = build_parser(Registry(), lang).find(text, "2024-05-02")
    hits = [m for m in found if m.text == span]
    assert hits, [m.text for m in found]
    assert hits[0].attrs.get("horizon") is True
    assert hits[0].key == span[-4:]


HORIZON_ACT_CASES: list[tuple[str, str]] = [
    (
        "fr",
        "[Bac Giang|region|VN-54] et [Xaysomboun|region|LA-XS] ont signé un accord de "
        "coopération [d'ici 2030|date|2030|horizon=1].",
    ),
    (
        "en",
        "[Bac Giang|region|VN-54] and [Xaysomboun|region|LA-XS] signed a cooperation "
        "agreement [until 2030|date|2030|horizon=1].",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), HORIZON_ACT_CASES)
def test_horizon_year_does_not_date_the_act(stage: EventStage, lang: str, markup: str) -> None:
    doc = from_markup(markup, lang=lang, published="2024-05-02")
    for m in doc.mentions:
        if m.attrs.get("horizon"):
            m.attrs["horizon"] = True  # markup values are strings; the date stage sets a bool
    out = stage(doc)
    signed = [e for e in out.events if e.type == "agreement"]
    assert signed and signed[0].date != "2030", [(e.type, e.date) for e in out.events]


# (lang, text, span of the year a state began): "since 1986" bounds a span; it is no date of
# the news told after it, nor the year of an undated article
SINCE_CASES: list[tuple[str, str, str]] = [
    ("en", "The two regions have been partners since 1991.", "since 1991"),
    ("fr", "Les deux régions sont partenaires depuis 1991.", "depuis 1991"),
    ("de", "Seit 1991 sind die beiden Regionen Partner.", "Seit 1991"),
    ("es", "Las dos regiones son socias desde 1991.", "desde 1991"),
    ("pt", "As duas regiões são parceiras desde 1991.", "desde 1991"),
    ("it", "Le due regioni sono partner dal 1991.", "dal 1991"),
    ("id", "Kedua provinsi bermitra sejak 1991.", "sejak 1991"),
]


@pytest.mark.parametrize(("lang", "text", "span"), SINCE_CASES)
def test_year_a_state_began_is_marked(lang: str, text: str, span: str) -> None:
    from diplograph._dates import build_parser
    from diplograph._registry import Registry

    found = build_parser(Registry(), lang).find(text, "2024-05-02")
    hits = [m for m in found if m.text == span]
    assert hits, [m.text for m in found]
    assert hits[0].attrs.get("since") is True
    assert hits[0].key == "1991"


GER_GUEST = "Li Ming|country=CN,region=CN-ZJ"
GER_HOST = "Karl Brandt|country=DE,region=DE-SH"


def test_since_year_in_the_lead_does_not_date_the_headline(stage: EventStage) -> None:
    """An undated German page opening "Seit 1991 ...": the headline act told next has no
    date of its own; the year the partnership began is not its date."""
    markup = (
        "[Seit 1991|date|1991|since=1] sind [Zhejiang|region|CN-ZJ] und "
        "[Schleswig-Holstein|region|DE-SH] Partner.\n"
        f"[Karl Brandt|person|{GER_HOST}] empfing [Li Ming|person|{GER_GUEST}] aus "
        "[Zhejiang|region|CN-ZJ] zu einem Gespräch."
    )
    doc = from_markup(markup, lang="de", published=None)
    for m in doc.mentions:
        if m.attrs.get("since"):
            m.attrs["since"] = True  # markup values are strings; the date stage sets a bool
    out = stage(doc)
    assert out.events, "no event"
    assert all(e.date != "1991" for e in out.events), [(e.type, e.date) for e in out.events]


# (lang, markup): a signing held to mark an anniversary; the date told right after the
# anniversary phrase is the commemorated treaty's, not the signing's
COMMEMORATED_CASES: list[tuple[str, str]] = [
    (
        "en",
        "To mark the 40th anniversary of the Treaty of Friendship "
        "([12 May 1983|date|1983-05-12]), [Bac Giang|region|VN-54] and "
        "[Xaysomboun|region|LA-XS] signed a cooperation agreement.",
    ),
    (
        "vi",
        "Hướng tới kỷ niệm 40 năm Ngày ký Hiệp ước Hữu nghị ([12/5/1983|date|1983-05-12]) hai "
        "tỉnh [Bắc Giang|region|VN-54] và [Xaysomboun|region|LA-XS] đã ký kết thỏa thuận hợp tác.",
    ),
    (
        "fr",
        "À l'occasion du 40e anniversaire du traité d'amitié ([12 mai 1983|date|1983-05-12]) "
        "[Bac Giang|region|VN-54] et [Xaysomboun|region|LA-XS] ont signé un accord de coopération.",
    ),
    (
        "es",
        "Con motivo del 40 aniversario del tratado de amistad "
        "([12 de mayo de 1983|date|1983-05-12]) [Bac Giang|region|VN-54] y "
        "[Xaysomboun|region|LA-XS] firmaron un acuerdo de cooperación.",
    ),
    (
        "ru",
        "К 40-й годовщине договора о дружбе ([12 мая 1983 года|date|1983-05-12]) "
        "[Бакзянг|region|VN-54] и [Сайсомбун|region|LA-XS] подписали соглашение о сотрудничестве.",
    ),
    (
        "de",
        "Zum 40. Jahrestag des Freundschaftsvertrags ([12. Mai 1983|date|1983-05-12]) "
        "unterzeichneten [Bac Giang|region|VN-54] und [Xaysomboun|region|LA-XS] ein "
        "Kooperationsabkommen.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), COMMEMORATED_CASES)
def test_date_of_a_commemorated_act_does_not_date_the_act(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=None))
    signed = [e for e in doc.events if e.type == "agreement"]
    assert signed, [(e.type, e.date) for e in doc.events]
    assert all(e.date != "1983-05-12" for e in signed), [(e.type, e.date) for e in signed]
