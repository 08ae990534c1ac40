"""Date mentions: per-language case tables, resolution rules, offsets, hypothesis."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph._dates import DateParser, DateStage, build_parser, parse_published
from diplograph._models import Document, Paragraph
from diplograph._registry import Registry
from diplograph._resources import Resources

LANGS = ("en", "vi", "ru", "fr", "de", "es", "pt", "it", "id")
TUE = "2025-11-25"  # a Tuesday


@pytest.fixture(scope="module")
def parsers() -> dict[str, DateParser]:
    reg = Registry()
    return {lang: build_parser(reg, lang) for lang in LANGS}


# (lang, text, published, expected span text, key, end or None)
CASES: list[tuple[str, str, str | None, str, str | None, str | None]] = [
    # English
    (
        "en",
        "The governor arrived in Hue on November 22.",
        "2023-11-23",
        "November 22",
        "2023-11-22",
        None,
    ),
    (
        "en",
        "The plant opened on 22 November 2023 near Tula.",
        None,
        "22 November 2023",
        "2023-11-22",
        None,
    ),
    (
        "en",
        "They met on November 22, 2023 in Minsk.",
        None,
        "November 22, 2023",
        "2023-11-22",
        None,
    ),
    ("en", "The form was filed on 22/11/2023.", None, "22/11/2023", "2023-11-22", None),
    ("en", "The contract dated 22.11.2023 was renewed.", None, "22.11.2023", "2023-11-22", None),
    ("en", "The mayor received the envoy on Tuesday.", TUE, "Tuesday", "2025-11-25", None),
    ("en", "The mayor received the envoy on Monday.", TUE, "Monday", "2025-11-24", None),
    ("en", "Talks were held last Tuesday.", TUE, "last Tuesday", "2025-11-18", None),
    (
        "en",
        "The fair ran November 24-25 in Perm.",
        TUE,
        "November 24-25",
        "2025-11-24",
        "2025-11-25",
    ),
    (
        "en",
        "The fair ran 24-25 November in Perm.",
        TUE,
        "24-25 November",
        "2025-11-24",
        "2025-11-25",
    ),
    (
        "en",
        "It lasts from 24 to 26 November.",
        TUE,
        "from 24 to 26 November",
        "2025-11-24",
        "2025-11-26",
    ),
    ("en", "They first met last February in Kazan.", TUE, "last February", "2025-02", None),
    ("en", "The deal was signed yesterday.", TUE, "yesterday", "2025-11-24", None),
    ("en", "The festival opens today.", TUE, "today", "2025-11-25", None),
    ("en", "The festival opens today.", None, "today", None, None),
    ("en", "The governor arrived on November 22.", None, "November 22", None, None),
    ("en", "Exports doubled in 2023 compared with the year before.", None, "in 2023", "2023", None),
    ("en", "The road was finished in May 2024.", None, "in May 2024", "2024-05", None),
    ("en", "The forum took place on 28 December.", "2024-01-05", "28 December", "2023-12-28", None),
    (
        "en",
        "Visitors came from 30 November to 2 December.",
        TUE,
        "from 30 November to 2 December",
        "2025-11-30",
        "2025-12-02",
    ),
    # Vietnamese
    (
        "vi",
        "Ngày 22/11, đoàn đã làm việc tại tỉnh.",
        "2023-11-23",
        "Ngày 22/11",
        "2023-11-22",
        None,
    ),
    (
        "vi",
        "Hội nghị diễn ra ngày 22 tháng 11 năm 2023 tại Huế.",
        None,
        "ngày 22 tháng 11 năm 2023",
        "2023-11-22",
        None,
    ),
    ("vi", "Hôm 22/11, hai bên đã ký kết.", "2023-11-23", "Hôm 22/11", "2023-11-22", None),
    ("vi", "Hai bên gặp nhau hôm qua tại Hà Nội.", TUE, "hôm qua", "2025-11-24", None),
    ("vi", "Sáng nay, hôm nay tỉnh tiếp đoàn.", TUE, "hôm nay", "2025-11-25", None),
    ("vi", "Chiều thứ Ba, đoàn tới thăm nhà máy.", TUE, "Chiều thứ Ba", "2025-11-25", None),
    (
        "vi",
        "Tuần lễ văn hóa diễn ra 24-26/11 tại Đà Nẵng.",
        TUE,
        "24-26/11",
        "2025-11-24",
        "2025-11-26",
    ),
    (
        "vi",
        "Hội chợ kéo dài từ ngày 24 đến 26/11.",
        TUE,
        "từ ngày 24 đến 26/11",
        "2025-11-24",
        "2025-11-26",
    ),
    ("vi", "Đoàn đã sang thăm vào tháng 2 vừa qua.", TUE, "vào tháng 2 vừa qua", "2025-02", None),
    ("vi", "Dự án khởi công năm 2024.", None, "năm 2024", "2024", None),
    ("vi", "Tỉnh đón đoàn vào ngày 05/03/2024.", None, "ngày 05/03/2024", "2024-03-05", None),
    (
        "vi",
        "Kế hoạch giai đoạn 2021-2025 đã hoàn thành.",
        None,
        "giai đoạn 2021-2025",
        "2021",
        "2025",
    ),
    # Russian
    (
        "ru",
        "Соглашение подписано 20 февраля 2023 года в Калуге.",
        None,
        "20 февраля 2023 года",
        "2023-02-20",
        None,
    ),
    ("ru", "Губернатор прибыл 20 февраля.", "2024-02-21", "20 февраля", "2024-02-20", None),
    ("ru", "Встреча прошла во вторник.", TUE, "во вторник", "2025-11-25", None),
    ("ru", "Делегация вернулась в понедельник.", TUE, "в понедельник", "2025-11-24", None),
    (
        "ru",
        "Форум пройдет с 24 по 26 ноября.",
        TUE,
        "с 24 по 26 ноября",
        "2025-11-24",
        "2025-11-26",
    ),
    (
        "ru",
        "Визит состоялся в феврале прошлого года.",
        TUE,
        "в феврале прошлого года",
        "2024-02",
        None,
    ),
    ("ru", "Вчера стороны обсудили туризм.", TUE, "Вчера", "2025-11-24", None),
    ("ru", "Сегодня открылась выставка.", TUE, "Сегодня", "2025-11-25", None),
    ("ru", "Завод построен в 2023 году.", None, "в 2023 году", "2023", None),
    ("ru", "Документ от 15.03.2024 вступил в силу.", None, "15.03.2024", "2024-03-15", None),
    # French
    ("fr", "La délégation est arrivée le 3 novembre.", TUE, "le 3 novembre", "2025-11-03", None),
    (
        "fr",
        "L'accord a été signé le 3 novembre 2024.",
        None,
        "le 3 novembre 2024",
        "2024-11-03",
        None,
    ),
    (
        "fr",
        "Le salon a lieu du 24 au 26 novembre.",
        TUE,
        "du 24 au 26 novembre",
        "2025-11-24",
        "2025-11-26",
    ),
    ("fr", "Le maire a reçu la délégation mardi.", TUE, "mardi", "2025-11-25", None),
    ("fr", "Les deux régions ont signé hier un accord.", TUE, "hier", "2025-11-24", None),
    ("fr", "Aujourd'hui, la coopération s'élargit.", TUE, "Aujourd'hui", "2025-11-25", None),
    (
        "fr",
        "Le forum s'est tenu le 1er décembre 2022.",
        None,
        "le 1er décembre 2022",
        "2022-12-01",
        None,
    ),
    ("fr", "Les échanges ont doublé en 2023.", None, "en 2023", "2023", None),
    ("fr", "La visite a eu lieu en février dernier.", TUE, "en février dernier", "2025-02", None),
    # German
    ("de", "Die Delegation traf am 22. November ein.", TUE, "am 22. November", "2025-11-22", None),
    (
        "de",
        "Das Abkommen wurde am 22. November 2023 unterzeichnet.",
        None,
        "am 22. November 2023",
        "2023-11-22",
        None,
    ),
    (
        "de",
        "Die Messe läuft vom 24. bis 26. November.",
        TUE,
        "vom 24. bis 26. November",
        "2025-11-24",
        "2025-11-26",
    ),
    ("de", "Der Gouverneur empfing die Gäste am Dienstag.", TUE, "am Dienstag", "2025-11-25", None),
    ("de", "Gestern wurde das Memorandum unterzeichnet.", TUE, "Gestern", "2025-11-24", None),
    ("de", "Heute beginnt das Forum.", TUE, "Heute", "2025-11-25", None),
    ("de", "Das Werk wurde im Jahr 2023 eröffnet.", None, "im Jahr 2023", "2023", None),
    ("de", "Der Vertrag vom 22.11.2023 gilt weiter.", None, "22.11.2023", "2023-11-22", None),
    # Spanish
    (
        "es",
        "La delegación llegó el 22 de noviembre.",
        TUE,
        "el 22 de noviembre",
        "2025-11-22",
        None,
    ),
    (
        "es",
        "Se firmó el 22 de noviembre de 2023 en Lima.",
        None,
        "el 22 de noviembre de 2023",
        "2023-11-22",
        None,
    ),
    (
        "es",
        "La feria será del 24 al 26 de noviembre.",
        TUE,
        "del 24 al 26 de noviembre",
        "2025-11-24",
        "2025-11-26",
    ),
    (
        "es",
        "El gobernador recibió a la delegación el martes.",
        TUE,
        "el martes",
        "2025-11-25",
        None,
    ),
    ("es", "Ayer se firmó el memorando.", TUE, "Ayer", "2025-11-24", None),
    ("es", "Hoy comienza el foro regional.", TUE, "Hoy", "2025-11-25", None),
    ("es", "La planta abrió en 2023.", None, "en 2023", "2023", None),
    ("es", "La visita fue el pasado febrero.", TUE, "el pasado febrero", "2025-02", None),
    # Portuguese (month and weekday names from the CLDR through Babel)
    (
        "pt",
        "O prefeito recebeu a comitiva nesta segunda-feira (24).",
        "2025-11",
        "segunda-feira (24)",
        "2025-11-24",
        None,
    ),
    (
        "pt",
        "O convênio foi firmado em 3 de junho de 2022.",
        None,
        "em 3 de junho de 2022",
        "2022-06-03",
        None,
    ),
    ("pt", "Ontem a delegação visitou o porto.", TUE, "Ontem", "2025-11-24", None),
    ("pt", "A feira acontece em setembro de 2024.", None, "em setembro de 2024", "2024-09", None),
    # Italian
    (
        "it",
        "Il 4 marzo 2021 la giunta approvò il gemellaggio.",
        None,
        "Il 4 marzo 2021",
        "2021-03-04",
        None,
    ),
    ("it", "Ieri il sindaco ha ricevuto la delegazione.", TUE, "Ieri", "2025-11-24", None),
    ("it", "La fiera si è tenuta nel 2019.", None, "nel 2019", "2019", None),
    ("it", "La firma è avvenuta lunedì scorso.", TUE, "lunedì scorso", "2025-11-24", None),
    # Indonesian
    (
        "id",
        "Wali kota tiba di Surabaya, Senin (24/11/2025) pagi.",
        None,
        "24/11/2025",
        "2025-11-24",
        None,
    ),
    (
        "id",
        "Kedua provinsi menandatangani nota pada 7 Agustus 2023.",
        None,
        "pada 7 Agustus 2023",
        "2023-08-07",
        None,
    ),
    ("id", "Kemarin delegasi mengunjungi pelabuhan.", TUE, "Kemarin", "2025-11-24", None),
]


@pytest.mark.parametrize(("lang", "text", "published", "span", "key", "end"), CASES)
def test_case_table(
    parsers: dict[str, DateParser],
    lang: str,
    text: str,
    published: str | None,
    span: str,
    key: str | None,
    end: str | None,
) -> None:
    found = parsers[lang].find(text, published)
    hits = [m for m in found if m.text == span]
    assert hits, f"{span!r} not found in {[m.text for m in found]}"
    m = hits[0]
    assert text[m.start : m.end] == m.text
    assert m.kind == "date"
    assert m.key == key
    assert m.attrs.get("end") == end
    assert m.rule.startswith(f"date:{lang}:")


def test_case_table_covers_every_language() -> None:
    assert {c[0] for c in CASES} == set(LANGS)
    assert len(CASES) >= 60


# (lang, text): nothing here is a date
NON_DATES = [
    ("en", "The fund reached 300 million USD."),
    ("en", "The COVID-19 pandemic slowed trade."),
    ("en", "The city marked its 100th anniversary."),
    ("en", "Call +7 495 123 45 67 for details."),
    ("en", "About 1/2 of the exports are dairy."),
    ("en", "We may 3 times a year revise the plan."),
    ("vi", "Đây là lần thứ ba đoàn sang thăm."),
    ("vi", "Khoảng 1/2 số dân làm nông nghiệp."),
    ("ru", "Объем торговли вырос в 10 раз."),
    ("de", "Am Morgen traf die Delegation ein."),
    ("es", "Hoy en día la cooperación es amplia."),
    ("pt", "Hoje em dia a cooperação é ampla."),
    ("id", "Minggu depan delegasi akan datang."),
]


@pytest.mark.parametrize(("lang", "text"), NON_DATES)
def test_not_dates(parsers: dict[str, DateParser], lang: str, text: str) -> None:
    assert parsers[lang].find(text, TUE) == []


def test_granularity_and_flags(parsers: dict[str, DateParser]) -> None:
    (m,) = parsers["en"].find("It opened in May 2024.", None)
    assert m.attrs["granularity"] == "month"
    (w,) = parsers["en"].find("They met on Friday.", TUE)
    assert w.attrs["weekday"] is True and w.attrs["relative"] is True
    assert w.key == "2025-11-21"
    (y,) = parsers["vi"].find("Dự án khởi công năm 2024.", None)
    assert y.attrs["granularity"] == "year"


def test_weekday_next_to_explicit_date_is_not_repeated(parsers: dict[str, DateParser]) -> None:
    found = parsers["en"].find("The forum opened on Tuesday, November 25, 2025.", None)
    assert [m.key for m in found] == ["2025-11-25"]


def test_invalid_calendar_dates_are_dropped(parsers: dict[str, DateParser]) -> None:
    assert parsers["en"].find("It was dated 31/02/2023.", None) == []
    assert parsers["en"].find("They met on 30 February.", TUE) == []


def test_parse_published() -> None:
    assert str(parse_published("2025-11-25T08:00:00Z")) == "2025-11-25"
    assert parse_published("yesterday") is None
    assert parse_published(None) is None


def test_stage_and_pickle() -> None:
    stage = DateStage(Resources())
    text = "Hai bên đã gặp nhau hôm qua. The governor arrived on Monday."
    doc = Document(doc_id="d", source="s", text=text, lang="vi", published=TUE)
    doc.paragraphs = [Paragraph(0, 28, "vi"), Paragraph(29, len(text), "en")]
    stage(doc)
    keys = [(m.text, m.key) for m in doc.mentions]
    assert keys == [("hôm qua", "2025-11-24"), ("Monday", "2025-11-24")]
    clone = pickle.loads(pickle.dumps(stage))
    assert clone.name == "dates" and clone.assigns == ("mentions",)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=300), lang=st.sampled_from(LANGS))
def test_never_raises_and_offsets_round_trip(
    parsers: dict[str, DateParser], text: str, lang: str
) -> None:
    for m in parsers[lang].find(text, TUE):
        assert text[m.start : m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    year=st.integers(1990, 2040),
    lang=st.sampled_from(LANGS),
)
def test_generated_full_dates(
    parsers: dict[str, DateParser], day: int, month: int, year: int, lang: str
) -> None:
    forms = Registry().lang(lang, "months")["forms"][month]
    name = forms[0]
    template = {
        "en": "{d} {m} {y}",
        "vi": "ngày {d} {m} năm {y}",
        "ru": "{d} {m} {y} года",
        "fr": "le {d} {m} {y}",
        "de": "am {d}. {m} {y}",
        "es": "el {d} de {m} de {y}",
        "pt": "em {d} de {m} de {y}",
        "it": "il {d} {m} {y}",
        "id": "pada {d} {m} {y}",
    }[lang]
    if lang == "ru":
        name = forms[1]  # genitive
    text = "X " + template.format(d=day, m=name, y=year) + " Y"
    found = parsers[lang].find(text, None)
    assert [m.key for m in found] == [f"{year:04d}-{month:02d}-{day:02d}"]
    assert all(text[m.start : m.end] == m.text for m in found)


# Compact day-month forms and languages beyond the full six (zh, ja, uk); our own sentences.
# (lang, text, published, span, key)
COMPACT_CASES: list[tuple[str, str, str, str, str | None]] = [
    ("vi", "Tối 7-11, hai bên dự tiệc chiêu đãi tại Huế.", TUE, "Tối 7-11", "2025-11-07"),
    ("vi", "Sáng ngày 2-9 đoàn đến Cần Thơ.", TUE, "Sáng ngày 2-9", "2025-09-02"),
    ("vi", "Chiều 21.10 đoàn làm việc với tỉnh.", TUE, "Chiều 21.10", "2025-10-21"),
    ("vi", "Ngày 14-16/11 diễn ra hội chợ.", TUE, "Ngày 14-16/11", "2025-11-14"),
    ("zh", "11月3日，代表团抵达成都。", TUE, "11月3日", "2025-11-03"),
    ("zh", "双方于2023年6月8日签署协议。", TUE, "2023年6月8日", "2023-06-08"),
    ("zh", "昨天双方举行会谈。", TUE, "昨天", "2025-11-24"),
    ("ja", "知事は10月2日に大阪を訪問した。", TUE, "10月2日", "2025-10-02"),
    # a month of this, last or next year told by the word before it
    ("zh", "今年3月，省长率团访问了俄罗斯。", TUE, "今年3月", "2025-03"),
    ("zh", "去年11月双方签署了协议。", TUE, "去年11月", "2024-11"),
    ("zh", "明年5月将举办博览会。", TUE, "明年5月", "2026-05"),
    ("zh", "今年3月5日，两省签署协议。", TUE, "今年3月5日", "2025-03-05"),
    # the year before last, and months in Chinese numerals after a year word or a year
    ("zh", "两市于前年七月结为友好城市。", TUE, "前年七月", "2023-07"),
    ("zh", "前年3月双方签署了备忘录。", TUE, "前年3月", "2023-03"),
    ("zh", "今年十一月起，两地互免门票。", TUE, "今年十一月", "2025-11"),
    ("zh", "两省于2022年十二月签署协议。", TUE, "2022年十二月", "2022-12"),
    ("zh", "後年一月將舉辦博覽會。", TUE, "後年一月", "2027-01"),
    ("ja", "昨年11月に知事が訪問した。", TUE, "昨年11月", "2024-11"),
    ("ja", "両県は去年9月に覚書を交わした。", TUE, "去年9月", "2024-09"),
    ("ja", "今年4月8日に協定を結んだ。", TUE, "今年4月8日", "2025-04-08"),
    ("ko", "지난해 11월 두 도시가 협약을 맺었다.", TUE, "지난해 11월", "2024-11"),
    ("ko", "올해 4월 8일 협약을 체결했다.", TUE, "올해 4월 8일", "2025-04-08"),
    ("ko", "두 도시는 재작년 7월 협약을 맺었다.", TUE, "재작년 7월", "2023-07"),
    ("ja", "両県は一昨年7月に協定を結んだ。", TUE, "一昨年7月", "2023-07"),
    ("ja", "両市は2021年から交流している。", TUE, "2021年", "2021"),
    ("uk", "Делегація прибула до Львова 12 листопада.", TUE, "12 листопада", "2025-11-12"),
    ("uk", "Меморандум підписали у вівторок.", TUE, "у вівторок", "2025-11-25"),
    ("uk", "Угоду уклали 3 березня 2024 року.", TUE, "3 березня 2024 року", "2024-03-03"),
    # Polish: genitive and locative month names, "we wtorek", "r." after the year
    (
        "pl",
        "Umowę podpisano 14 października 2019 r. w Jinanie.",
        TUE,
        "14 października 2019 r.",
        "2019-10-14",
    ),
    ("pl", "Wczoraj marszałek przyjął delegację.", TUE, "Wczoraj", "2025-11-24"),
    ("pl", "Spotkanie odbyło się we wtorek w Płocku.", "2025-11-27", "we wtorek", "2025-11-25"),
    ("pl", "Misja gospodarcza wyjechała w marcu.", TUE, "w marcu", "2025-03"),
    # Thai: CLDR month names; the Buddhist-era year ("68") is not read, the day and month are
    ("th", "วันนี้ (12 ก.พ. 68) ที่ ศาลากลาง", "2025-02-12", "วันนี้", "2025-02-12"),
    ("th", "วันนี้ (12 ก.พ. 68) ที่ ศาลากลาง", "2025-02-12", "12 ก.พ.", "2025-02-12"),
    ("th", "เมื่อวานนี้ ผู้ว่าราชการจังหวัดได้ต้อนรับคณะ", TUE, "เมื่อวานนี้", "2025-11-24"),
    ("th", "ลงนามเมื่อวันที่ 3 มีนาคม 2568", TUE, "3 มีนาคม", "2025-03-03"),
]


@pytest.mark.parametrize(("lang", "text", "published", "span", "key"), COMPACT_CASES)
def test_compact_and_more_languages(
    lang: str, text: str, published: str, span: str, key: str | None
) -> None:
    found = build_parser(Registry(), lang).find(text, published)
    hits = [m for m in found if m.text == span]
    assert hits, f"{span!r} not found in {[m.text for m in found]}"
    assert text[hits[0].start : hits[0].end] == span
    assert hits[0].key == key


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Tỉ số chung cuộc 2-1 nghiêng về đội khách."),
        ("vi", "Phòng 16-10 ở tầng hai của tòa nhà."),
        ("zh", "第3名学员获奖。"),
    ],
)
def test_compact_non_dates(lang: str, text: str) -> None:
    assert [m.text for m in build_parser(Registry(), lang).find(text, TUE) if m.key] == []


@pytest.mark.parametrize(
    ("lang", "text", "stamps"),
    [
        ("en", "Two cities sign a letter | Updated:2025-04-01", ["2025-04-01"]),
        ("en", "Updated on 19.03.2025 - the two sides met on March 3.", ["19.03.2025"]),
        (
            "ru",
            "Опубликовано: 12 марта 2025. Стороны подписали соглашение 11 марта.",
            ["12 марта 2025"],
        ),
        (
            "de",
            "Aktualisiert am 25.03.2025 Die Regionen unterzeichneten am 24. März.",
            ["am 25.03.2025"],
        ),
        ("zh", "发布时间：2025-03-05 双方于3月4日签署协议", ["2025-03-05"]),
        ("en", "The two sides met on March 3 and signed on March 4.", []),
    ],
)
def test_a_date_after_a_publication_label_stamps_the_page(
    lang: str, text: str, stamps: list[str]
) -> None:
    """ "Updated: 2025-04-01" glued to a title is the page's date, not an act's."""
    doc = DateStage(Resources())(Document("d", "s", text, lang=lang, published="2025-04-02"))
    assert [m.text for m in doc.mentions if m.attrs.get("page_date")] == stamps
