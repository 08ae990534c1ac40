"""Sector words that do not name an event's subjects: the names of offices that attended
(a provincial department, a promotion centre) and a third partner's cooperation told in the
same report. Each case is a meeting sentence of our own (it names no sector) followed by
one more sentence; the meeting must carry exactly the sectors given. Our own sentences.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph._models import Document, RawArticle
from diplograph._resources import Resources

from .test_sectors import JA_MEETING, LEAD, ZH_LEAD


@pytest.fixture(scope="module")
def pipeline() -> Any:
    from diplograph._pipeline import Pipeline

    return Pipeline(Resources())


def _meeting_sectors(pipeline: Any, lang: str, sentence: str) -> set[str]:
    text = LEAD[lang] + sentence
    doc = pipeline.process(RawArticle(source=f"{lang}.txt", content=text, published="2025-03-04"))
    assert isinstance(doc, Document)
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings, f"no meeting found in {text!r}"
    return set(meetings[0].sectors)


# (lang, sentence after the meeting, exact sectors of the meeting)
OFFICE_CASES: list[tuple[str, str, set[str]]] = [
    (
        "vi",
        "Dự buổi tiếp có lãnh đạo Sở Văn hóa, Thể thao và Du lịch, Sở Công Thương và Trung "
        "tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh.",
        set(),
    ),
    ("vi", "Cùng dự có Giám đốc Sở Y tế và Sở Giáo dục và Đào tạo của tỉnh.", set()),
    # the subjects themselves still count
    ("vi", "Hai bên trao đổi về hợp tác du lịch và y tế.", {"health", "tourism"}),
    (
        "en",
        "Also present were leaders of the provincial Department of Culture, Sports and "
        "Tourism and the Department of Industry and Trade.",
        set(),
    ),
    (
        "en",
        "Officials of the Investment, Trade and Tourism Promotion Centre joined the guests.",
        set(),
    ),
    # a province's briefing on itself: "socio-economic development and ensuring defence and
    # security" is a formula, not a field; security as a subject still counts
    (
        "en",
        "Dung briefed the guests on the province's gains in socio-economic development and "
        "ensuring security and national defence.",
        set(),
    ),
    (
        "en",
        "The two sides agreed to work together on border security and crime prevention.",
        {"defense_security"},
    ),
    (
        "fr",
        "Il a présenté les progrès de la province en matière de développement "
        "socio-économique, de maintien de la sécurité et de la défense nationale.",
        set(),
    ),
    (
        "vi",
        "Ông Dũng giới thiệu thành tựu phát triển kinh tế - xã hội, bảo đảm quốc phòng, an "
        "ninh của tỉnh.",
        set(),
    ),
    (
        "fr",
        "Y assistaient des responsables du Service de la Culture, des Sports et du Tourisme "
        "et du Service de la Santé de la province.",
        set(),
    ),
    # Vietnam's Ministry of Planning and Investment: an office, not the subject investment
    ("en", "Officials of the Ministry of Planning and Investment also attended.", set()),
    ("en", "The sides agreed to encourage investment from Kaluga businesses.", {"investment"}),
    ("vi", "Cùng dự có đại diện Bộ Kế hoạch và Đầu tư.", set()),
    ("vi", "Hai bên thống nhất thúc đẩy đầu tư vào tỉnh.", {"investment"}),
]

# Japanese: the same ministry (計画投資省) and its provincial departments (計画投資局)
JA_OFFICE_CASES: list[tuple[str, set[str]]] = [
    ("会談にはベトナム計画投資省の幹部も同席した。", set()),
    ("省の計画投資局の局長も同席した。", set()),
    ("両者は投資の拡大で一致した。", {"investment"}),
]


@pytest.mark.parametrize(("rest", "sectors"), JA_OFFICE_CASES)
def test_ja_office_names_name_no_sector(pipeline: Any, rest: str, sectors: set[str]) -> None:
    text = JA_MEETING + rest
    doc = pipeline.process(RawArticle(source="ja.txt", content=text, published="2025-03-04"))
    assert isinstance(doc, Document)
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings, [(e.type, e.evidence) for e in doc.events]
    assert set(meetings[0].sectors) == sectors


# Chinese: a bureau's or department's name (局, 厅, 委) glued to the words around it
ZH_OFFICE_CASES: list[tuple[str, set[str]]] = [
    ("省文化和旅游厅、卫生健康委负责人参加会见。", set()),
    ("市教育局、体育局负责人陪同。双方同意扩大旅游合作。", {"tourism"}),
]


@pytest.mark.parametrize(("rest", "sectors"), ZH_OFFICE_CASES)
def test_zh_office_names_name_no_sector(pipeline: Any, rest: str, sectors: set[str]) -> None:
    text = ZH_LEAD + rest
    doc = pipeline.process(RawArticle(source="zh.txt", content=text, published="2025-03-06"))
    assert isinstance(doc, Document)
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings, [(e.type, e.evidence) for e in doc.events]
    assert set(meetings[0].sectors) == sectors


@pytest.mark.parametrize(("lang", "sentence", "sectors"), OFFICE_CASES)
def test_office_names_and_briefing_formulas_name_no_sector(
    pipeline: Any, lang: str, sentence: str, sectors: set[str]
) -> None:
    assert _meeting_sectors(pipeline, lang, sentence) == sectors


# A third partner's cooperation (a unit of a country no party of the meeting is from) names
# no subject of the meeting; a unit of the parties' own countries still may.
THIRD_PARTNER_CASES: list[tuple[str, str, set[str]]] = [
    (
        "en",
        "As part of its cooperation with the Veneto region of Italy, the province has expanded "
        "shipping, tourism and vocational training.",
        set(),
    ),
    (
        "fr",
        "Dans le cadre de sa coopération avec la région de Vénétie, en Italie, la province a "
        "développé le tourisme et la formation professionnelle.",
        set(),
    ),
    (
        "en",
        "Binh Thuan province hopes to grow tourism and dragon fruit farming.",
        {"agriculture", "tourism"},
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "sectors"), THIRD_PARTNER_CASES)
def test_a_third_partners_cooperation_names_no_subject(
    pipeline: Any, lang: str, sentence: str, sectors: set[str]
) -> None:
    assert _meeting_sectors(pipeline, lang, sentence) == sectors


# (lang, report, sectors of its agreement): a signing by other persons of other units told
# next to the talks ("the two presidents signed a joint statement") was not held there, so
# what is told after it is not what was signed; one by the talks' units' officials was.
SIGNED_ELSEWHERE_CASES: list[tuple[str, str, set[str]]] = [
    (
        "en",
        LEAD["en"] + "Russian President Vladimir Putin and Vietnamese President To Lam signed a "
        "joint statement in Hanoi. The statement covers energy and oil exploration.",
        set(),
    ),
    (
        "ru",
        LEAD["ru"] + "Президент России Владимир Путин и президент Вьетнама То Лам подписали "
        "совместное заявление. Заявление касается энергетики и добычи нефти.",
        set(),
    ),
    (
        "en",
        LEAD["en"] + "After the talks, Vice Governor Dmitry Razumovsky and Vice Chairman Nguyen "
        "Hong Hai signed a memorandum between Kaluga Oblast and Binh Thuan province. The "
        "memorandum covers energy and tourism.",
        {"energy", "tourism"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "sectors"), SIGNED_ELSEWHERE_CASES)
def test_a_signing_by_others_was_not_held_at_the_talks(
    pipeline: Any, lang: str, text: str, sectors: set[str]
) -> None:
    doc = pipeline.process(RawArticle(source=f"{lang}.txt", content=text, published="2025-03-04"))
    assert isinstance(doc, Document)
    signed = [e for e in doc.events if e.type == "agreement"]
    assert signed, f"no agreement found in {text!r}"
    assert set(signed[0].sectors) == sectors


# Sector words added to the lexicons: (lang, sentence after the meeting, exact sectors)
WORD_CASES: list[tuple[str, str, set[str]]] = [
    # "héritage" is heritage as "patrimoine" is: a conference on a leader's legacy is culture
    (
        "fr",
        "Les deux parties ont évoqué l'héritage spirituel du fondateur de la ville.",
        {"culture"},
    ),
    # water managed, conserved or kept clean is an environmental field
    (
        "en",
        "They discussed water management and water quality in the river basin.",
        {"environment"},
    ),
    ("en", "Both sides want to improve water security for farms.", {"agriculture", "environment"}),
]


@pytest.mark.parametrize(("lang", "sentence", "sectors"), WORD_CASES)
def test_sector_words(pipeline: Any, lang: str, sentence: str, sectors: set[str]) -> None:
    assert _meeting_sectors(pipeline, lang, sentence) == sectors


KO_LEAD = "3월 3일 오영훈 제주도지사는 제주도청에서 고토다 마사즈미 도쿠시마현지사와 회담했다. "

# A place's profile told after the event's trigger (what the place is known for, which of
# its industries are developed) names no subject of the event; the talks' own do.
# (lang, report, exact sectors of the meeting)
PROFILE_CASES: list[tuple[str, str, set[str]]] = [
    (
        "en",
        LEAD["en"] + "They discussed tourism. Binh Thuan's main industries include fishing, "
        "textiles and solar power.",
        {"tourism"},
    ),
    (
        "en",
        LEAD["en"] + "They discussed tourism. Kaluga is known for its car plants and "
        "pharmaceutical research.",
        {"tourism"},
    ),
    (
        "vi",
        LEAD["vi"] + "Hai bên trao đổi về du lịch. Bình Thuận là vùng đất giàu truyền thống "
        "văn hóa, có nghề cá và công nghiệp chế biến.",
        {"tourism"},
    ),
    (
        "ko",
        KO_LEAD
        + "두 지사는 관광 협력을 논의했다. 도쿠시마현은 농업과 의약품 산업이 발달한 곳이다.",
        {"tourism"},
    ),
    (
        "ko",
        KO_LEAD + "두 지사는 관광 협력을 논의했다. 도쿠시마현은 의약품 산업에 강점이 있다.",
        {"tourism"},
    ),
    # not a profile: the province's plans are the talks' subject
    (
        "ko",
        KO_LEAD + "두 지사는 관광 협력을 논의했다. 도쿠시마현은 의약품 산업을 키우고 있다.",
        {"health", "industry", "tourism"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "sectors"), PROFILE_CASES)
def test_a_place_profile_names_no_subject(
    pipeline: Any, lang: str, text: str, sectors: set[str]
) -> None:
    doc = pipeline.process(RawArticle(source=f"{lang}.txt", content=text, published="2025-03-04"))
    assert isinstance(doc, Document)
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings, [(e.type, e.evidence) for e in doc.events]
    assert set(meetings[0].sectors) == sectors


# A page's menu or link list left above or below the report (three or more short lines in a row,
# ending in a word) names the site's sections, not the event's subjects; a title line of
# its own, a list of fields told after the event's trigger, still count.
MENU = "World News\nTop Beach Resorts\nMuseums and Heritage Sites\nHospitals and Clinics\n\n"
LINK_LIST_CASES: list[tuple[str, set[str]]] = [
    (MENU + LEAD["en"] + "They agreed to expand trade.", {"trade"}),
    ("Home\nSport\nTravel\nWeather\n\n" + LEAD["en"], set()),
    (
        "Trang chủ\nDu lịch\nVăn hóa - Thể thao\nGiáo dục\n\n"
        + LEAD["vi"]
        + "Hai bên trao đổi về hợp tác thương mại.",
        {"trade"},
    ),
    # the footer: links and a calendar after the report's last sentence
    (
        LEAD["en"] + "They agreed to expand trade.\n\nArchive\nMo Tu We Th Fr\nArt Museums",
        {"trade"},
    ),
    # near misses: a title of its own (no run of lines), bullet lines after the trigger
    ("Tourism ties deepen\n\n" + LEAD["en"], {"tourism"}),
    (
        LEAD["en"] + "They agreed to work together on:\nTourism\nHigher education\nHealth care",
        {"tourism", "education", "health"},
    ),
]


@pytest.mark.parametrize(("text", "sectors"), LINK_LIST_CASES)
def test_link_lists_around_the_report_name_no_sector(
    pipeline: Any, text: str, sectors: set[str]
) -> None:
    doc = pipeline.process(RawArticle(source="t.txt", content=text, published="2025-03-04"))
    assert isinstance(doc, Document)
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings, [(e.type, e.evidence) for e in doc.events]
    assert set(meetings[0].sectors) == sectors


# The diaspora (a country's community abroad, compatriots) attends, welcomes, or is the
# audience of an event: its name is no field of exchanges; exchanges between the peoples
# (youth exchanges, friendship societies) still are.
DIASPORA_CASES: list[tuple[str, str, set[str]]] = [
    ("en", "Members of the Vietnamese diaspora in Kaluga welcomed the guests.", set()),
    ("en", "Overseas Vietnamese and compatriots living in the region also attended.", set()),
    ("en", "The sides agreed to expand youth exchanges.", {"people_to_people"}),
    ("vi", "Đại diện cộng đồng người Việt tại Kaluga cũng có mặt.", set()),
    ("vi", "Kiều bào tại tỉnh đã ra đón đoàn.", set()),
    ("vi", "Hai bên nhất trí đẩy mạnh giao lưu thanh niên.", {"people_to_people"}),
    ("ru", "На встрече присутствовали представители вьетнамской диаспоры.", set()),
    ("ru", "Гостей приветствовали соотечественники и члены землячества.", set()),
    ("ru", "Стороны договорились развивать молодёжные обмены.", {"people_to_people"}),
    ("fr", "Des membres de la diaspora vietnamienne ont accueilli la délégation.", set()),
    ("de", "Vertreter der vietnamesischen Diaspora begrüßten die Gäste.", set()),
    ("de", "Beide Seiten wollen den Jugendaustausch ausbauen.", {"people_to_people"}),
]


@pytest.mark.parametrize(("lang", "sentence", "sectors"), DIASPORA_CASES)
def test_the_diaspora_is_no_field_of_exchanges(
    pipeline: Any, lang: str, sentence: str, sectors: set[str]
) -> None:
    assert _meeting_sectors(pipeline, lang, sentence) == sectors


# zh, ja, id, it, pl: the lexicon alone
DIASPORA_WORD_CASES: list[tuple[str, str, set[str]]] = [
    ("zh", "当地华侨代表到场欢迎。", set()),
    ("zh", "双方同意加强青少年交流。", {"people_to_people"}),
    ("ja", "県人会の会員も出席した。", set()),
    ("id", "Perwakilan diaspora Indonesia turut hadir.", set()),
    ("it", "Erano presenti membri della diaspora cinese.", set()),
    ("pl", "Gości powitali przedstawiciele Polonii i diaspory.", set()),
    ("pl", "Strony chcą rozwijać wymianę młodzieży.", {"people_to_people"}),
]


@pytest.mark.parametrize(("lang", "text", "sectors"), DIASPORA_WORD_CASES)
def test_diaspora_words_name_no_sector(lang: str, text: str, sectors: set[str]) -> None:
    from diplograph._registry import Registry
    from diplograph.events._lexicon import Lexicon

    lex = Lexicon.load(Registry(), lang)
    assert {e.value for _, _, e in lex.sectors.scan(text) if e.value != "not"} == sectors
