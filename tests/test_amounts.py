"""Amount mentions: per-language case tables, non-amounts, hypothesis round trips."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph._amounts import AmountParser, AmountStage, build_amount_parser
from diplograph._models import Document
from diplograph._registry import Registry
from diplograph._resources import Resources

LANGS = ("en", "vi", "ru", "fr", "de", "es")


@pytest.fixture(scope="module")
def parsers() -> dict[str, AmountParser]:
    reg = Registry()
    return {lang: build_amount_parser(reg, lang) for lang in LANGS}


# (lang, text, span, value, unit, approx)
CASES: list[tuple[str, str, str, float, str, str | None]] = [
    # English
    (
        "en",
        "Turnover rose to more than 300 million USD last year.",
        "more than 300 million USD",
        3e8,
        "USD",
        "more than",
    ),
    ("en", "The plant cost 30 million USD.", "30 million USD", 3e7, "USD", None),
    ("en", "Investors pledged $1.5 billion for the port.", "$1.5 billion", 1.5e9, "USD", None),
    ("en", "A fund of USD 2 million was set up.", "USD 2 million", 2e6, "USD", None),
    ("en", "Trade grew by 1,200 dollars per head.", "1,200 dollars", 1200.0, "USD", None),
    ("en", "Trade has increased tenfold since 2020.", "tenfold", 10.0, "times", None),
    ("en", "Exports increased 10 times in five years.", "increased 10 times", 10.0, "times", None),
    ("en", "The region hosts 300 students from Laos.", "300 students", 300.0, "students", None),
    ("en", "They signed ten agreements on education.", "ten agreements", 10.0, "agreements", None),
    ("en", "Imports fell by 15% in March.", "15%", 15.0, "percent", None),
    ("en", "Tourism grew 3.5 per cent.", "3.5 per cent", 3.5, "percent", None),
    (
        "en",
        "About 2,000 tourists visited the fair.",
        "About 2,000 tourists",
        2000.0,
        "tourists",
        "about",
    ),
    ("en", "The budget is €50 million.", "€50 million", 5e7, "EUR", None),
    (
        "en",
        "Some 40 Vietnamese companies took part.",
        "Some 40 Vietnamese companies",
        40.0,
        "companies",
        "about",
    ),
    ("en", "The city awarded 25 scholarships.", "25 scholarships", 25.0, "scholarships", None),
    # Vietnamese
    ("vi", "Kim ngạch đạt hơn 300 triệu USD.", "hơn 300 triệu USD", 3e8, "USD", "more than"),
    ("vi", "Dự án có vốn 1,2 tỷ đồng.", "1,2 tỷ đồng", 1.2e9, "VND", None),
    ("vi", "Tổng vốn đầu tư 30.000 tỷ đồng.", "30.000 tỷ đồng", 3e13, "VND", None),
    ("vi", "Thương mại tăng gấp 10 lần.", "tăng gấp 10 lần", 10.0, "times", None),
    ("vi", "Tỉnh đón 1.200 sinh viên Nga.", "1.200 sinh viên", 1200.0, "students", None),
    ("vi", "Hai bên ký hai thỏa thuận hợp tác.", "hai thỏa thuận", 2.0, "agreements", None),
    ("vi", "Tăng trưởng đạt 15% so với năm trước.", "15%", 15.0, "percent", None),
    (
        "vi",
        "Khoảng 40 phần trăm sản lượng được xuất khẩu.",
        "Khoảng 40 phần trăm",
        40.0,
        "percent",
        "about",
    ),
    ("vi", "Vốn đầu tư đạt 2,5 tỷ đô la Mỹ.", "2,5 tỷ đô la Mỹ", 2.5e9, "USD", None),
    ("vi", "Tỉnh thu hút 50 dự án FDI.", "50 dự án", 50.0, "projects", None),
    # Russian
    ("ru", "Товарооборот превысил 300 млн долларов.", "300 млн долларов", 3e8, "USD", None),
    (
        "ru",
        "Инвестиции составили более 1,5 млрд руб.",
        "более 1,5 млрд руб.",
        1.5e9,
        "RUB",
        "more than",
    ),
    ("ru", "Объем торговли вырос в 10 раз.", "в 10 раз", 10.0, "times", None),
    (
        "ru",
        "В вузах учатся 1 200 студентов из Вьетнама.",
        "1 200 студентов",
        1200.0,
        "students",
        None,
    ),
    ("ru", "Грант составил 10 тыс. рублей.", "10 тыс. рублей", 1e4, "RUB", None),
    ("ru", "Рост составил 15 процентов.", "15 процентов", 15.0, "percent", None),
    ("ru", "Стороны подписали десять соглашений.", "десять соглашений", 10.0, "agreements", None),
    ("ru", "Проект стоит 5 млн долл. США.", "5 млн долл. США", 5e6, "USD", None),
    (
        "ru",
        "В регионе работают около 40 вьетнамских компаний.",
        "около 40 вьетнамских компаний",
        40.0,
        "companies",
        "about",
    ),
    ("ru", "Бюджет программы 2 миллиарда рублей.", "2 миллиарда рублей", 2e9, "RUB", None),
    # French
    ("fr", "Le projet coûte 30 millions de dollars.", "30 millions de dollars", 3e7, "USD", None),
    (
        "fr",
        "Plus de 1 200 étudiants sont inscrits.",
        "Plus de 1 200 étudiants",
        1200.0,
        "students",
        "more than",
    ),
    ("fr", "Les échanges ont été multipliés par dix.", "multipliés par dix", 10.0, "times", None),
    ("fr", "Un fonds de 2 milliards d'euros a été créé.", "2 milliards d'euros", 2e9, "EUR", None),
    ("fr", "La croissance atteint 3,5 pour cent.", "3,5 pour cent", 3.5, "percent", None),
    ("fr", "Le commerce a progressé de 15 %.", "15 %", 15.0, "percent", None),
    (
        "fr",
        "Environ 300 touristes sont venus.",
        "Environ 300 touristes",
        300.0,
        "tourists",
        "about",
    ),
    (
        "fr",
        "Il a reçu 30 millions de dollars américains.",
        "30 millions de dollars américains",
        3e7,
        "USD",
        None,
    ),
    # German
    (
        "de",
        "Der Umsatz lag bei 300 Millionen US-Dollar.",
        "300 Millionen US-Dollar",
        3e8,
        "USD",
        None,
    ),
    (
        "de",
        "Mehr als 1.200 Studierende kamen.",
        "Mehr als 1.200 Studierende",
        1200.0,
        "students",
        "more than",
    ),
    ("de", "Der Handel hat sich verzehnfacht.", "verzehnfacht", 10.0, "times", None),
    ("de", "Der Umsatz stieg zehnfach.", "zehnfach", 10.0, "times", None),
    ("de", "Geplant sind Investitionen von 2,5 Mrd. Euro.", "2,5 Mrd. Euro", 2.5e9, "EUR", None),
    ("de", "Das Wachstum betrug 15 Prozent.", "15 Prozent", 15.0, "percent", None),
    ("de", "Das Projekt kostet 300 Mio. Euro.", "300 Mio. Euro", 3e8, "EUR", None),
    ("de", "Rund 40 Unternehmen nahmen teil.", "Rund 40 Unternehmen", 40.0, "companies", "about"),
    # Spanish
    (
        "es",
        "La inversión fue de 300 millones de dólares.",
        "300 millones de dólares",
        3e8,
        "USD",
        None,
    ),
    (
        "es",
        "Más de 1.200 estudiantes participaron.",
        "Más de 1.200 estudiantes",
        1200.0,
        "students",
        "more than",
    ),
    ("es", "El comercio se multiplicó por diez.", "se multiplicó por diez", 10.0, "times", None),
    ("es", "Se invirtieron 2.000 millones de euros.", "2.000 millones de euros", 2e9, "EUR", None),
    (
        "es",
        "El fondo suma 3 mil millones de dólares.",
        "3 mil millones de dólares",
        3e9,
        "USD",
        None,
    ),
    ("es", "El turismo creció un 15 por ciento.", "15 por ciento", 15.0, "percent", None),
    ("es", "Las ventas son 10 veces más altas.", "10 veces más", 10.0, "times", None),
    ("es", "Cerca de 500 turistas llegaron.", "Cerca de 500 turistas", 500.0, "tourists", "about"),
    ("es", "Se firmaron 12 acuerdos de cooperación.", "12 acuerdos", 12.0, "agreements", None),
]


@pytest.mark.parametrize(("lang", "text", "span", "value", "unit", "approx"), CASES)
def test_case_table(
    parsers: dict[str, AmountParser],
    lang: str,
    text: str,
    span: str,
    value: float,
    unit: str,
    approx: str | None,
) -> None:
    found = parsers[lang].find(text)
    hits = [m for m in found if m.text == span]
    assert hits, f"{span!r} not found in {[m.text for m in found]}"
    m = hits[0]
    assert text[m.start : m.end] == m.text
    assert m.kind == "amount" and m.key is None
    assert m.attrs["value"] == pytest.approx(value)
    assert m.attrs["unit"] == unit
    assert m.attrs["approx"] == approx
    assert m.rule.startswith(f"amount:{lang}:")


def test_case_table_covers_every_language() -> None:
    assert {c[0] for c in CASES} == set(LANGS)
    assert len(CASES) >= 60


NON_AMOUNTS = [
    ("en", "The farm covers 500 ha and the road is 30 km long."),
    ("en", "The plant will produce 2 MW and 300 tons of milk."),
    ("en", "The COVID-19 pandemic hit in 2020."),
    ("en", "In 2023 the governor visited the region 3 times."),
    ("en", "The 100th anniversary is on 22/11."),
    ("vi", "Nhà máy rộng 50 ha, công suất 300 tấn mỗi năm 2024."),
    ("ru", "Площадь 100 га, мощность 20 МВт, 300 тонн."),
    ("fr", "Le site couvre 40 hectares et 2 km."),
    ("de", "Das Werk hat 40 Hektar und erzeugt 2.000 Tonnen."),
    ("es", "La planta ocupa 40 hectáreas y produce 2.000 toneladas."),
]


@pytest.mark.parametrize(("lang", "text"), NON_AMOUNTS)
def test_not_amounts(parsers: dict[str, AmountParser], lang: str, text: str) -> None:
    assert parsers[lang].find(text) == []


@pytest.mark.parametrize(
    ("lang", "token", "value"),
    [
        ("en", "1,200", 1200.0),
        ("en", "1.5", 1.5),
        ("vi", "1.200", 1200.0),
        ("vi", "1,2", 1.2),
        ("vi", "2.5", 2.5),
        ("de", "1.200", 1200.0),
        ("es", "1.200", 1200.0),
        ("ru", "1 200", 1200.0),
        ("ru", "1\u00a0200", 1200.0),
        ("fr", "1\u202f200,5", 1200.5),
    ],
)
def test_number_formats(
    parsers: dict[str, AmountParser], lang: str, token: str, value: float
) -> None:
    parsed = parsers[lang].parse_number(token)
    assert parsed is not None
    assert parsed == (value, len(token))


def test_stage_and_pickle() -> None:
    stage = AmountStage(Resources())
    doc = Document(doc_id="d", source="s", text="Trade reached 300 млн долларов.", lang="ru")
    stage(doc)
    assert [m.attrs["unit"] for m in doc.mentions] == ["USD"]
    clone = pickle.loads(pickle.dumps(stage))
    assert clone.name == "amounts" and clone.requires == ("text", "lang", "sentences")


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=300), lang=st.sampled_from(LANGS))
def test_never_raises_and_offsets_round_trip(
    parsers: dict[str, AmountParser], text: str, lang: str
) -> None:
    for m in parsers[lang].find(text):
        assert text[m.start : m.end] == m.text
        assert isinstance(m.attrs["value"], float)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), lang=st.sampled_from(LANGS))
def test_generated_number_scale_currency(
    parsers: dict[str, AmountParser], data: st.DataObject, lang: str
) -> None:
    numbers = Registry().lang(lang, "numbers")
    whole = data.draw(st.integers(1, 999))
    tenth = data.draw(st.one_of(st.none(), st.integers(1, 9)))
    scale_word, scale = data.draw(st.sampled_from(sorted(numbers["scales"].items())))
    code = data.draw(st.sampled_from(sorted(numbers["currencies"])))
    cur_word = data.draw(st.sampled_from(numbers["currencies"][code]))
    connector = numbers.get("connectors", [])
    number = f"{whole}" if tenth is None else f"{whole}{numbers['decimal']}{tenth}"
    join = f" {connector[0]} " if connector and cur_word[0].isalpha() else " "
    text = f"Z {number} {scale_word}{join}{cur_word} Z"
    found = parsers[lang].find(text)
    assert len(found) == 1, (text, found)
    m = found[0]
    expected = (whole + (tenth or 0) / 10) * float(scale)
    assert m.attrs["value"] == pytest.approx(expected)
    assert m.attrs["unit"] == code
    assert text[m.start : m.end] == m.text


# Count nouns keep their own plural (interns, trainees, jobs, joint ventures), lazily over
# one adjective; scripts without spaces (zh, ja) and Ukrainian. Our own sentences.
# (lang, text, span, value, unit)
MORE_CASES: list[tuple[str, str, str, float, str]] = [
    ("en", "The firms run 9 joint ventures in Perm.", "9 joint ventures", 9.0, "joint ventures"),
    ("en", "The plant created 700 new jobs.", "700 new jobs", 700.0, "jobs"),
    ("en", "There are 12 daily flights to Hue.", "12 daily flights", 12.0, "flights"),
    ("en", "Some 80 interns left for Osaka.", "Some 80 interns", 80.0, "interns"),
    ("en", "Exports have grown 2.5 times.", "grown 2.5 times", 2.5, "times"),
    ("vi", "Có 300 thực tập sinh sang Nhật.", "300 thực tập sinh", 300.0, "interns"),
    (
        "ru",
        "В крае работают 6 совместных предприятий.",
        "6 совместных предприятий",
        6.0,
        "joint ventures",
    ),
    ("de", "Derzeit lernen 90 Auszubildende in Jena.", "90 Auszubildende", 90.0, "trainees"),
    ("fr", "Le projet a créé 150 emplois.", "150 emplois", 150.0, "jobs"),
    ("es", "La planta genera 500 empleos.", "500 empleos", 500.0, "jobs"),
    ("zh", "该省共有30家企业参展。", "30家企业", 30.0, "companies"),
    ("zh", "双方贸易额达到25亿美元。", "25亿美元", 2.5e9, "USD"),
    ("ja", "県内の企業45社が参加した。", "45社", 45.0, "companies"),
    ("ja", "投資額は120億円に上る。", "120億円", 1.2e10, "JPY"),
    (
        "uk",
        "Торік область відвідали понад 40 тис. туристів.",
        "понад 40 тис. туристів",
        4e4,
        "tourists",
    ),
    ("uk", "Проєкт коштує 2,5 млн євро.", "2,5 млн євро", 2.5e6, "EUR"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value", "unit"), MORE_CASES)
def test_more_counts_and_languages(
    lang: str, text: str, span: str, value: float, unit: str
) -> None:
    found = build_amount_parser(Registry(), lang).find(text)
    hits = [m for m in found if m.text == span]
    assert hits, f"{span!r} not found in {[m.text for m in found]}"
    assert text[hits[0].start : hits[0].end] == span
    assert hits[0].attrs["value"] == pytest.approx(value)
    assert hits[0].attrs["unit"] == unit


@pytest.mark.parametrize(
    ("lang", "text"),
    [("zh", "大桥全长12公里。"), ("ja", "面積は30ヘクタール。"), ("uk", "Міст завдовжки 12 км.")],
)
def test_sizes_are_not_amounts_in_more_languages(lang: str, text: str) -> None:
    assert build_amount_parser(Registry(), lang).find(text) == []
