"""Events in Japanese, Chinese and Korean: phrasing facts of these languages that the
shared event stage reads from their data files. Our own invented sentences (names, places and
numbers are made up); mentions are given by markup, the publication date is 2025-06-12.
"""

from __future__ import annotations

import functools

import pytest

from diplograph._clean import normalise_text
from diplograph._events import EventStage
from diplograph._models import Document
from diplograph._registry import Registry
from diplograph.gazetteer import Gazetteer
from tests._event_helpers import from_markup

PUB = "2025-06-12"


def run(stage: EventStage, markup: str, lang: str) -> Document:
    return stage(from_markup(markup, lang=lang, published=PUB))


# Persons of the tables: a Japanese governor and a Korean vice mayor travelling, a Vietnamese
# chairman hosting.
JP_GOV = "Ichiro Yamada|country=JP,region=JP-09"
KR_VM = "Kim Min-su|country=KR,region=KR-29"
VN_CHAIR = "Nguyen Van An|country=VN,region=VN-HN"

# Verb-final languages name the place visited right before the visit verb ("ベトナムを訪問中の
# 日本の知事", "베트남을 방문 중인"): the trip told as the circumstance of a reception is the
# guest's, to that place; the host of the visited country is not a traveller. (lang, markup,
# the trip's travellers, the trip's country)
VERB_FINAL_TRIP_CASES: list[tuple[str, str, list[str], str]] = [
    (
        "ja",
        f"[ハノイ|region|VN-HN]で[グエン・ヴァン・アン|person|{VN_CHAIR}]委員長は、"
        f"[ベトナム|country|VN]を訪問中の[日本|country|JP]の[山田一郎|person|{JP_GOV}]知事と"
        "会見した。",
        ["Ichiro Yamada"],
        "VN",
    ),
    (
        "ja",
        f"[ベトナム|country|VN]を訪問している[日本|country|JP]の[山田一郎|person|{JP_GOV}]知事は"
        f"[グエン・ヴァン・アン|person|{VN_CHAIR}]委員長と会談した。",
        ["Ichiro Yamada"],
        "VN",
    ),
    (
        "ja",
        f"[日本|country|JP]の[山田一郎|person|{JP_GOV}]知事は[ハノイ|region|VN-HN]を訪れ、"
        f"[グエン・ヴァン・アン|person|{VN_CHAIR}]委員長と会談した。",
        ["Ichiro Yamada"],
        "VN",
    ),
    (
        "ko",
        f"[응우엔 반 안|person|{VN_CHAIR}] 위원장은 [베트남|country|VN]을 방문 중인 "
        f"[한국|country|KR] [김민수|person|{KR_VM}] 부시장을 만났다.",
        ["Kim Min-su"],
        "VN",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "travellers", "country"), VERB_FINAL_TRIP_CASES)
def test_verb_final_trip_goes_to_the_place_before_the_verb(
    stage: EventStage, lang: str, markup: str, travellers: list[str], country: str
) -> None:
    doc = run(stage, markup, lang)
    trips = [e for e in doc.events if e.type == "visit"]
    assert len(trips) == 1
    assert sorted(p.name for p in trips[0].participants) == travellers
    assert trips[0].place.country == country


# Korean writes the home of a travelling party before its word ("광주시 방문단", the Gwangju
# visiting delegation): that place is the party's, not where it went; the trip is the
# circumstance of the act told with it, and the party's home is among its regions.
KOREAN_DELEGATION_CASES: list[str] = [
    f"[광주시|region|KR-29] 방문단은 [하노이|region|VN-HN] [응우엔 반 안|person|{VN_CHAIR}] "
    "위원장을 만났다.",
    f"[광주시|region|KR-29] 대표단은 [하노이|region|VN-HN]를 방문해 "
    f"[응우엔 반 안|person|{VN_CHAIR}] 위원장을 만났다.",
    "[부산시|region|KR-26] 사절단은 [응에안성|region|VN-22] 인민위원회를 방문했다.",
]


@pytest.mark.parametrize("markup", KOREAN_DELEGATION_CASES)
def test_korean_delegation_home_is_before_its_word(stage: EventStage, markup: str) -> None:
    doc = run(stage, markup, "ko")
    trips = [e for e in doc.events if e.type == "visit"]
    assert len(trips) == 1
    home = markup[markup.index("|region|") + 8 : markup.index("]")]
    assert home in trips[0].regions
    assert trips[0].place.country == "VN"


# A name holding a cue word is not the cue: the Ministry of Planning and Investment ("計画",
# "计划": plan) signs; a Korean adverb of the future ("앞으로", "향후") makes the act a plan.
# (lang, markup, the event types)
CUE_CASES: list[tuple[str, str, list[str]]] = [
    ("ja", "[栃木県|region|JP-09]は計画投資省との協力合意書に調印した。", ["agreement"]),
    ("ja", "[栃木県|region|JP-09]は新しい協力計画を作り、合意書に調印した。", []),
    ("zh", "[栃木县|region|JP-09]与越南计划投资部签署了合作协议。", ["agreement"]),
    ("zh", "[栃木县|region|JP-09]计划签署合作协议。", []),
    ("ko", "앞으로 [응에안성|region|VN-22]에서도 문화 행사를 개최해 교류하겠다고 밝혔다.", []),
    ("ko", "향후 [광주시|region|KR-29]와 교류 협약을 체결해 협력하기를 바란다고 말했다.", []),
    ("ko", "[광주시|region|KR-29]는 [응에안성|region|VN-22]과 협약을 체결했다.", ["agreement"]),
]


@pytest.mark.parametrize(("lang", "markup", "types"), CUE_CASES)
def test_cue_words_and_names_holding_them(
    stage: EventStage, lang: str, markup: str, types: list[str]
) -> None:
    doc = run(stage, markup, lang)
    assert [e.type for e in doc.events] == types


# An act dated against the act told before it ("同日", "次日", "다음날"). (lang, markup, the
# (type, date) of the events in order)
RELATIVE_DAY_CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "ja",
        "[2025年6月10日|date|2025-06-10]、[栃木県|region|JP-09]は[ビンフック省|region|VN-70]と"
        "覚書を締結した。\n同日、[栃木県|region|JP-09]では経済フォーラムが開催された。",
        [("agreement", "2025-06-10"), ("forum", "2025-06-10")],
    ),
    (
        "ja",
        "[6月10日|date|2025-06-10]、[栃木県|region|JP-09]は[ビンフック省|region|VN-70]と"
        "覚書を締結した。\n翌日、[栃木県|region|JP-09]の知事は見本市の開幕式に出席した。",
        [("agreement", "2025-06-10"), ("forum", "2025-06-11")],
    ),
    (
        "zh",
        "[6月10日|date|2025-06-10]，[栃木县|region|JP-09]与[永福省|region|VN-70]签署了合作备忘录。"
        "\n次日，[栃木县|region|JP-09]代表团出席了经济论坛。",
        [("agreement", "2025-06-10"), ("forum", "2025-06-11")],
    ),
    (
        "zh",
        "[6月10日|date|2025-06-10]，[栃木县|region|JP-09]与[永福省|region|VN-70]签署了合作备忘录。"
        "\n当天，[永福省|region|VN-70]举办了投资论坛。",
        [("agreement", "2025-06-10"), ("forum", "2025-06-10")],
    ),
    (
        "ko",
        "[광주시|region|KR-29]는 [6월 10일|date|2025-06-10] [응에안성|region|VN-22]과 협약을 "
        "체결했다.\n다음날 [응에안성|region|VN-22]은 투자 포럼을 개최했다.",
        [("agreement", "2025-06-10"), ("forum", "2025-06-11")],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "expected"), RELATIVE_DAY_CASES)
def test_relative_days_date_an_act_against_the_one_before(
    stage: EventStage, lang: str, markup: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = run(stage, markup, lang)
    assert [(e.type, e.date) for e in doc.events] == expected


# Chinese names the place visited after the verb ("访问日本") or right before it: "对X进行工作
# 访问" (paid a working visit to X), "在X访问" (visiting in X). (markup, the trip's country,
# or None when no trip is told)
CN_GOV = "Wang Ming|country=CN,region=CN-HL"
CHINESE_VISIT_CASES: list[tuple[str, str | None]] = [
    (
        f"省委书记[王明|person|{CN_GOV}]率团对[俄罗斯|country|RU][阿穆尔州|region|RU-AMU]"
        "进行工作访问。",
        "RU",
    ),
    (
        f"[王明|person|{CN_GOV}]率[黑龙江省|region|CN-HL]代表团对[越南|country|VN]进行正式友好访问。",
        "VN",
    ),
    (f"[王明|person|{CN_GOV}]率代表团继续在[日本|country|JP]访问。", "JP"),
    (f"[王明|person|{CN_GOV}]率代表团访问[日本|country|JP]。", "JP"),
    # the place before the verb is the party's home, over other words: no trip place
    ("[黑龙江省|region|CN-HL]代表团的访问取得圆满成功。", None),
]


@pytest.mark.parametrize(("markup", "country"), CHINESE_VISIT_CASES)
def test_chinese_visit_place_before_or_after_the_verb(
    stage: EventStage, markup: str, country: str | None
) -> None:
    doc = run(stage, markup, "zh")
    trips = [e for e in doc.events if e.type == "visit"]
    assert [t.place.country for t in trips] == ([country] if country else [])


# Persons told as attending the event told before ("有关部门负责同志参加会见") join it: no
# second event. (lang, markup, the participants of the one meeting)
RU_GOV = "Ivan Petrov|country=RU,region=RU-AMU"
PRESENCE_CASES: list[tuple[str, str, list[str]]] = [
    (
        "zh",
        f"[6月10日|date|2025-06-10]，省长[王明|person|{CN_GOV}]在哈尔滨会见了[阿穆尔州|region|RU-AMU]"
        f"州长[彼得罗夫|person|{RU_GOV}]。\n副省长[李强|person|Li Qiang|country=CN,region=CN-HL]"
        "及有关部门负责同志参加会见。",
        ["Ivan Petrov", "Li Qiang", "Wang Ming"],
    ),
    (
        "zh",
        f"省长[王明|person|{CN_GOV}]与州长[彼得罗夫|person|{RU_GOV}]举行會談。\n會談上，"
        "副省长[李强|person|Li Qiang|country=CN,region=CN-HL]介绍了本省经济发展情况。",
        ["Ivan Petrov", "Li Qiang", "Wang Ming"],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "people"), PRESENCE_CASES)
def test_attending_persons_join_the_event_told_before(
    stage: EventStage, lang: str, markup: str, people: list[str]
) -> None:
    doc = run(stage, markup, lang)
    assert [e.type for e in doc.events] == ["meeting"]
    assert sorted(p.name for p in doc.events[0].participants) == people


# Fairs, briefings for investors, seminars and exhibitions are forums ("经贸洽谈会",
# "投資説明会", "투자 설명회").
FAIR_CASES: list[tuple[str, str]] = [
    (
        "zh",
        f"州长[彼得罗夫|person|{RU_GOV}]率团参加了[黑龙江省|region|CN-HL]经贸洽谈会。",
    ),
    ("zh", f"[彼得罗夫|person|{RU_GOV}]州长在[黑龙江省|region|CN-HL]的推介会上致辞。"),
    ("ja", f"[山田一郎|person|{JP_GOV}]知事は[ハノイ|region|VN-HN]での投資説明会に出席した。"),
    (
        "ko",
        f"[김민수|person|{KR_VM}] 부시장은 [하노이|region|VN-HN]에서 열린 투자 설명회에 참석했다.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), FAIR_CASES)
def test_fairs_and_briefings_are_forums(stage: EventStage, lang: str, markup: str) -> None:
    doc = run(stage, markup, lang)
    assert [e.type for e in doc.events] == ["forum"]


# Pages that render ruby annotations inline leave a pinyin reading after a Han character
# ("締結(jié)した"): the reading is dropped, so the trigger reads whole; a romanised name in
# parentheses, or a capitalised gloss, stays.
RUBY_CASES: list[tuple[str, str]] = [
    ("山口県と台南市は友好協(xié)定を締結(jié)した。", "山口県と台南市は友好協定を締結した。"),
    ("代表團繼續(xù)在日本訪問。", "代表團繼續在日本訪問。"),
    ("省长王明(Wang Ming)会见代表团。", "省长王明(Wang Ming)会见代表团。"),
    ("北京(Běijīng)是首都。", "北京(Běijīng)是首都。"),
    ("Gia Lai (ài) is a province.", "Gia Lai (ài) is a province."),
]


@pytest.mark.parametrize(("raw", "clean"), RUBY_CASES)
def test_inline_ruby_readings_are_dropped(raw: str, clean: str) -> None:
    assert normalise_text(raw) == clean


def test_a_trigger_split_by_a_ruby_reading_is_found(stage: EventStage) -> None:
    text = normalise_text(
        "[鳥取県|region|JP-31]は[吉林省|region|CN-JL]と友好協(xié)定を締結(jié)した。"
    )
    assert [e.type for e in run(stage, text, "ja").events] == ["agreement"]


# Japanese tells a signing as a state ("覚書を結んでいます", have signed; "協定を結んで以来",
# since signing): the signing, dated by its sentence. (markup, the (type, date) of the events)
JAPANESE_SIGNED_STATE_CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "[山口県|region|JP-35]と[台南市|region|TW-TNN]は[2023年7月|date|2023-07]に交流に関する"
        "覚書を結んでいます。",
        [("agreement", "2023-07")],
    ),
    (
        "[鳥取県|region|JP-31]は[2019年|date|2019]に[吉林省|region|CN-JL]と協定を結んで以来、"
        "交流を続けている。",
        [("agreement", "2019")],
    ),
]


@pytest.mark.parametrize(("markup", "expected"), JAPANESE_SIGNED_STATE_CASES)
def test_japanese_signing_told_as_a_state(
    stage: EventStage, markup: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = stage(from_markup(markup, lang="ja"))  # undated page: a past year is no background
    assert [(e.type, e.date) for e in doc.events] == expected


# "代表" (on behalf of) makes the name after it a sender, not a party; a word holding it
# ("代表团", delegation) does not. (markup, the regions of the one forum)
DELEGATION_WORD_CASES: list[tuple[str, list[str]]] = [
    ("代表团一行还参观了[长崎|region|JP-42]文旅图片展。", ["JP-42"]),
    ("代表團一行還出席了[長崎|region|JP-42]旅遊推介會。", ["JP-42"]),
]


@pytest.mark.parametrize(("markup", "regions"), DELEGATION_WORD_CASES)
def test_a_delegation_word_is_not_on_behalf_of(
    stage: EventStage, markup: str, regions: list[str]
) -> None:
    doc = run(stage, markup, "zh")
    assert [(e.type, e.regions) for e in doc.events] == [("forum", regions)]


# A Japanese trip told as the circumstance of an act ("日本公式訪問の中で", during the official
# visit to Japan; "ベトナム訪問期間中", during the visit to Vietnam): the traveller's trip to
# the place named right before. (markup, the trip's travellers and country)
JAPANESE_CIRCUMSTANCE_CASES: list[tuple[str, list[str], str]] = [
    (
        f"[2025年6月10日|date|2025-06-10]、[グエン・ヴァン・アン|person|{VN_CHAIR}]委員長の"
        "[日本|country|JP]公式訪問の中で、[栃木県|region|JP-09]と[ビンフック省|region|VN-70]は"
        "覚書を締結した。",
        ["Nguyen Van An"],
        "JP",
    ),
    (
        f"[山田一郎|person|{JP_GOV}]知事は[ベトナム|country|VN]訪問期間中、[ハノイ|region|VN-HN]で"
        f"[グエン・ヴァン・アン|person|{VN_CHAIR}]委員長と会談した。",
        ["Ichiro Yamada"],
        "VN",
    ),
]


@pytest.mark.parametrize(("markup", "travellers", "country"), JAPANESE_CIRCUMSTANCE_CASES)
def test_japanese_trip_told_as_circumstance(
    stage: EventStage, markup: str, travellers: list[str], country: str
) -> None:
    doc = run(stage, markup, "ja")
    trips = [e for e in doc.events if e.type == "visit"]
    assert [sorted(p.name for p in t.participants) for t in trips] == [travellers]
    assert trips[0].place.country == country


# A trip told first as the circumstance of the headline act stays a trip when a later
# sentence tells another trip outright (the hosts' own earlier visit): two trips.
TW_MAYOR = "Lin Wen-hsiung|country=TW,region=TW-TNN"
TWO_TRIPS_CASES: list[tuple[str, str]] = [
    (
        "ja",
        f"[台南市|region|TW-TNN]の[林文雄|person|{TW_MAYOR}]市長は[山口県|region|JP-35]を訪問し、"
        f"[山田一郎|person|Ichiro Yamada|country=JP,region=JP-35]知事と懇談しました。\n"
        "[山口県|region|JP-35]議会の議員団は[2月|date|2025-02]に[台南|region|TW-TNN]を"
        "訪問しています。",
    ),
    (
        "zh",
        f"[台南市|region|TW-TNN]市长[林文雄|person|{TW_MAYOR}]访问期间会见了[山口县|region|JP-35]"
        f"知事[山田一郎|person|Ichiro Yamada|country=JP,region=JP-35]。\n"
        "[山口县|region|JP-35]议会代表团曾于[2月|date|2025-02]访问[台南|region|TW-TNN]。",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), TWO_TRIPS_CASES)
def test_a_circumstance_trip_and_a_later_trip_told_outright(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = run(stage, markup, lang)
    trips = [e for e in doc.events if e.type == "visit"]
    assert len(trips) == 2
    assert ["Lin Wen-hsiung"] in [[p.name for p in t.participants] for t in trips]


# Korean exchange visits (교류 방문) are a programme of the partners, not a trip.
def test_korean_exchange_visits_are_a_programme(stage: EventStage) -> None:
    doc = run(
        stage, "양 의회는 [광주시|region|KR-29]와 정기적인 교류 방문을 추진하기로 했다.", "ko"
    )
    assert doc.events == []


# "分别与X和Y会谈" (held talks separately with X and Y), "先后与" (one after the other with):
# one meeting per partner, each with the persons named before the cue. Without the cue the
# talks are one meeting. (markup, the sorted participants of each meeting)
RU_GOV2 = "Oleg Ivanov|country=RU,region=RU-KHA"
SEPARATELY_CASES: list[tuple[str, list[list[str]]]] = [
    (
        f"[6月10日|date|2025-06-10]，省长[王明|person|{CN_GOV}]分别与[阿穆尔州|region|RU-AMU]州长"
        f"[彼得罗夫|person|{RU_GOV}]和[哈巴罗夫斯克边区|region|RU-KHA]州长"
        f"[伊万诺夫|person|{RU_GOV2}]举行会谈。",
        [["Ivan Petrov", "Wang Ming"], ["Oleg Ivanov", "Wang Ming"]],
    ),
    (
        f"[王明|person|{CN_GOV}]先後與[阿穆爾州|region|RU-AMU]州長[彼得羅夫|person|{RU_GOV}]、"
        f"[哈巴羅夫斯克邊區|region|RU-KHA]州長[伊萬諾夫|person|{RU_GOV2}]進行交流。",
        [["Ivan Petrov", "Wang Ming"], ["Oleg Ivanov", "Wang Ming"]],
    ),
    (
        f"[6月10日|date|2025-06-10]，省长[王明|person|{CN_GOV}]与[阿穆尔州|region|RU-AMU]州长"
        f"[彼得罗夫|person|{RU_GOV}]和[哈巴罗夫斯克边区|region|RU-KHA]州长"
        f"[伊万诺夫|person|{RU_GOV2}]举行会谈。",
        [["Ivan Petrov", "Oleg Ivanov", "Wang Ming"]],
    ),
]


@pytest.mark.parametrize(("markup", "meetings"), SEPARATELY_CASES)
def test_talks_held_separately_are_one_meeting_per_partner(
    stage: EventStage, markup: str, meetings: list[list[str]]
) -> None:
    doc = run(stage, markup, "zh")
    found = [sorted(p.name for p in e.participants) for e in doc.events if e.type == "meeting"]
    assert sorted(found) == meetings


# A span of days in a trip's sentence dates the trip, not the act told next to it (the talks
# were on one of those days): the act is in the month of the report.
def test_a_span_of_days_of_the_trip_does_not_date_its_act(stage: EventStage) -> None:
    markup = (
        f"[6月4日至7日|date|2025-06-04|end=2025-06-07]，[王明|person|{CN_GOV}]率团对"
        "[俄罗斯|country|RU]进行工作访问。\n"
        f"[王明|person|{CN_GOV}]与州长[彼得罗夫|person|{RU_GOV}]举行会谈。"
    )
    doc = run(stage, markup, "zh")
    assert [(e.type, e.date) for e in doc.events] == [
        ("visit", "2025-06-04"),
        ("meeting", "2025-06"),
    ]


# Chinese tells a partnership agreement as becoming partners ("缔盟", "结为友好城市").
@pytest.mark.parametrize(
    "markup",
    [
        "[台南市|region|TW-TNN]與[山口縣|region|JP-35]雙方於[2024年7月|date|2024-07]締盟。",
        "[广州市|region|CN-GD]与[清迈府|region|TH-50]正式结为友好城市。",
    ],
)
def test_chinese_partners_become_partners(stage: EventStage, markup: str) -> None:
    assert [e.type for e in run(stage, markup, "zh").events] == ["agreement"]


# Korean writes a named forum or fair as one word ("한베포럼에서", at the Korea-Vietnam Forum).
@pytest.mark.parametrize(
    "markup",
    [
        f"[김민수|person|{KR_VM}] 부시장은 [하노이|region|VN-HN]에서 열린 한베포럼에서 연설했다.",
        f"[김민수|person|{KR_VM}] 부시장은 [광주시|region|KR-29] 관광박람회에 참석했다.",
    ],
)
def test_korean_forum_closing_a_compound(stage: EventStage, markup: str) -> None:
    assert [e.type for e in run(stage, markup, "ko").events] == ["forum"]


# Japanese news ends a sentence on the noun ("覚書を締結。", signed a memorandum); the non-past
# "を締結する" and "を締結へ" (toward signing) stay plans. (markup, the event types)
JAPANESE_NOMINAL_CASES: list[tuple[str, list[str]]] = [
    ("[山口県|region|JP-35]と[台南市|region|TW-TNN]は去年7月に覚書を締結。", ["agreement"]),
    ("[山口県|region|JP-35]と[台南市|region|TW-TNN]は来月、覚書を締結する。", []),
    ("[山口県|region|JP-35]、[台南市|region|TW-TNN]と覚書を締結へ", []),
    ("[山口県|region|JP-35]は[台南市|region|TW-TNN]と覚書を締結する予定だ。", []),
]


@pytest.mark.parametrize(("markup", "types"), JAPANESE_NOMINAL_CASES)
def test_japanese_nominal_signing(stage: EventStage, markup: str, types: list[str]) -> None:
    assert [e.type for e in run(stage, markup, "ja").events] == types


# Japanese names of the partner regions in the news of Vietnam's partners (standard katakana).
JAPANESE_REGION_NAMES: list[tuple[str, str]] = [
    ("ロシアのバシコルトスタン共和国の首相", "RU-BA"),
    ("北部ビンフック省の企業", "VN-70"),
    ("南部バリアブンタウ省を訪れ", "VN-43"),
    ("ゲアン省の人民委員会", "VN-22"),
    ("クアンニン省と協力", "VN-13"),
]


@pytest.mark.parametrize(("text", "code"), JAPANESE_REGION_NAMES)
def test_japanese_names_of_partner_regions(text: str, code: str) -> None:
    found = [m.key for m in _gazetteer().find(text, "ja") if m.kind == "region"]
    assert code in found


@functools.cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.build(Registry(), cache=False)


# A national capital named as the venue of national-level talks, with the postposition these
# languages write after the place (ja "ハノイで", ko "하노이에서", "하노이 일정에서"), is the
# event's place, not an acting region (contract); its own officials acting there keep it.
# (lang, markup, the meeting's regions, the meeting's place region)
VN_DPM = "Tran Van Binh|country=VN"
CAPITAL_VENUE_CASES: list[tuple[str, str, list[str], str | None]] = [
    (
        "ja",
        f"[ハノイ|region|VN-HN]で[チャン・ヴァン・ビン|person|{VN_DPM}]副首相は、"
        f"[ベトナム|country|VN]を訪問中の[日本|country|JP]の[山田一郎|person|{JP_GOV}]知事と"
        "会見した。",
        ["JP-09"],
        "VN-HN",
    ),
    (
        "ko",
        f"[광주시|region|KR-29] 방문단은 [하노이|region|VN-HN] 일정에서 [베트남|country|VN] "
        f"외교부 [쩐 반 빈|person|{VN_DPM}] 차관을 예방했다.",
        ["KR-29"],
        "VN-HN",
    ),
    (
        "ko",
        f"[김민수|person|{KR_VM}] 부시장은 [하노이|region|VN-HN]에서 [베트남|country|VN] 외교부 "
        f"[쩐 반 빈|person|{VN_DPM}] 차관을 만났다.",
        ["KR-29"],
        "VN-HN",
    ),
    # the capital's own official acts there: it stays a party
    (
        "ja",
        f"[ハノイ|region|VN-HN]で[グエン・ヴァン・アン|person|{VN_CHAIR}]委員長は、"
        f"[ベトナム|country|VN]を訪問中の[日本|country|JP]の[山田一郎|person|{JP_GOV}]知事と"
        "会見した。",
        ["JP-09", "VN-HN"],
        "VN-HN",
    ),
]


@pytest.fixture(scope="module")
def geo_stage() -> EventStage:
    """The events stage with the gazetteer built (it knows the national capitals), as the
    place stage leaves it in the pipeline."""
    from diplograph._resources import Resources

    res = Resources()
    assert res.gazetteer is not None
    return EventStage(res)


@pytest.mark.parametrize(("lang", "markup", "regions", "place"), CAPITAL_VENUE_CASES)
def test_capital_venue_of_national_talks_is_no_acting_region(
    geo_stage: EventStage, lang: str, markup: str, regions: list[str], place: str | None
) -> None:
    doc = run(geo_stage, markup, lang)
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert len(meetings) == 1, [(e.type, e.regions) for e in doc.events]
    assert sorted(meetings[0].regions) == regions
    assert meetings[0].place.region == place
    assert "VN-HN" not in doc.regions_mentioned or "VN-HN" in regions


# Korean "에서" after a place is also "from": the home of the party that came ("서울시에서 온",
# who came from Seoul) acts, it is no venue. (markup, a region the meeting must carry)
FROM_NOT_VENUE_CASES: list[tuple[str, str]] = [
    (
        f"[서울시|region|KR-11]에서 온 [김민수|person|Kim Min-su|country=KR] 부시장은 "
        f"[응에안성|region|VN-22] 인민위원회 [쩐 반 빈|person|{VN_DPM}] 위원장을 만났다.",
        "KR-11",
    ),
]


@pytest.mark.parametrize(("markup", "region"), FROM_NOT_VENUE_CASES)
def test_korean_from_is_no_venue(geo_stage: EventStage, markup: str, region: str) -> None:
    doc = run(geo_stage, markup, "ko")
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert len(meetings) == 1 and region in meetings[0].regions


# Any place marked as the venue after it is the meeting's place, not a party, as a venue word
# before it makes it in other languages. (lang, markup, the meeting's regions, its place)
VENUE_AFTER_CASES: list[tuple[str, str, list[str], str]] = [
    (
        "ja",
        f"[ビンフック省|region|VN-70]で[チャン・ヴァン・ビン|person|{VN_DPM}]副首相は、"
        f"[ベトナム|country|VN]を訪問中の[日本|country|JP]の[山田一郎|person|{JP_GOV}]知事と"
        "会見した。",
        ["JP-09"],
        "VN-70",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "regions", "place"), VENUE_AFTER_CASES)
def test_a_venue_marked_after_it_is_no_party(
    geo_stage: EventStage, lang: str, markup: str, regions: list[str], place: str
) -> None:
    doc = run(geo_stage, markup, lang)
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert len(meetings) == 1, [(e.type, e.regions) for e in doc.events]
    assert sorted(meetings[0].regions) == regions
    assert meetings[0].place.region == place
