"""Counts of the relation's partners and participants (our own sentences).

Gold figures count cities, provinces, countries, delegations, members, programmes and
fields of cooperation; the same nouns after a number word ("the two countries") or over a
date's gap word ("18 октября делегация") name the parties or a date, not a quantity.
"""

from __future__ import annotations

import pytest

from diplograph._amounts import AmountParser, build_amount_parser
from diplograph._registry import Registry

LANGS = ("en", "fr", "de", "es", "ru", "vi", "zh")


@pytest.fixture(scope="module")
def parsers() -> dict[str, AmountParser]:
    reg = Registry()
    return {lang: build_amount_parser(reg, lang) for lang in LANGS}


# (lang, text, expected (value, unit) amounts)
COUNTS: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "en",
        "Guangzhou has friendly relations with 106 cities in 68 countries.",
        [(106.0, "cities"), (68.0, "countries")],
    ),
    ("en", "The seminar gathered 500 participants.", [(500.0, "persons")]),
    ("en", "The association has 3,600 members.", [(3600.0, "persons")]),
    (
        "en",
        "The sides carried out 9 programmes in 6 fields.",
        [(9.0, "programmes"), (6.0, "fields")],
    ),
    ("en", "The two countries and the two cities praised the talks.", []),
    (
        "fr",
        "La province a reçu 824 délégations et 5 493 délégués.",
        [(824.0, "delegations"), (5493.0, "persons")],
    ),
    ("fr", "Les deux pays et les deux villes ont salué la rencontre.", []),
    (
        "de",
        "Die Delegation umfasste 60 Mitglieder aus 3 Städten.",
        [(60.0, "persons"), (3.0, "cities")],
    ),
    ("de", "Die zwei Länder wollen enger zusammenarbeiten.", []),
    # a time unit or an article between a number and the noun: no count of agreements
    ("de", "Die Regionen haben vor zehn Jahren ein Abkommen unterzeichnet.", []),
    ("de", "Seit drei Jahren gilt das Abkommen der Provinzen.", []),
    ("en", "In the past two years the agreements have brought results.", []),
    (
        "es",
        "Chaco está hermanado con 34 provincias de 12 países.",
        [(34.0, "provinces"), (12.0, "countries")],
    ),
    ("es", "Las dos provincias firmaron el acuerdo.", []),
    ("ru", "В форуме участвуют 15 губернаторов.", [(15.0, "governors")]),
    ("ru", "18 октября делегация посетила Калугу.", []),
    ("ru", "В 2022 году провинция отмечает юбилей.", []),
    (
        "vi",
        "Hai bên đã triển khai 9 chương trình trong 6 lĩnh vực.",
        [(9.0, "programmes"), (6.0, "fields")],
    ),
    ("vi", "Hai nước có quan hệ hữu nghị truyền thống.", []),
    ("zh", "广州已与68个国家的106个城市建立友好关系。", [(68.0, "countries"), (106.0, "cities")]),
    # two words between the number and its noun (en), a dative plural (de)
    (
        "en",
        "The regions signed 76 new regional agreements at the forum.",
        [(76.0, "agreements")],
    ),
    ("de", "Er reist mit einer Delegation aus rund 60 Teilnehmern.", [(60.0, "persons")]),
    # two adjectives before the noun, and a compound naming the document
    ("de", "Beim Forum wurden 76 neue regionale Abkommen signiert.", [(76.0, "agreements")]),
    ("de", "Gestern wurden 10 Kooperationsabkommen unterzeichnet.", [(10.0, "agreements")]),
    ("en", "By 2019 the two sister cities had opened offices.", []),
    # a hyphenated word between the number and its noun
    ("en", "The province now has 18 Japanese-invested projects.", [(18.0, "projects")]),
    ("ru", "Работают 12 российско-вьетнамских предприятий.", [(12.0, "companies")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COUNTS)
def test_counts_of_partners(
    parsers: dict[str, AmountParser], lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    found = parsers[lang].find(text)
    assert [(m.attrs["value"], m.attrs["unit"]) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kaluga and Binh Thuan signed 12 agreements\n\nKaluga Oblast and Binh Thuan province "
            "signed 12 agreements on trade and investment in Phan Thiet on March 3.",
        ),
        (
            "ru",
            "Калужская область и Биньтхуан подписали 12 соглашений\n\nКалужская область и "
            "провинция Биньтхуан 3 марта подписали 12 соглашений о торговле и инвестициях.",
        ),
    ],
)
def test_a_figure_told_again_is_one_figure(lang: str, text: str) -> None:
    from diplograph._models import RawArticle
    from diplograph._pipeline import Pipeline
    from diplograph._resources import Resources

    doc = Pipeline(Resources()).process(
        RawArticle(source=f"{lang}.txt", content=text, published="2025-03-04")
    )
    assert [(f.value, f.unit) for f in doc.figures] == [(12.0, "agreements")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Guangzhou has sister-city relations with 106 cities.", (106.0, "cities")),
        ("es", "Chaco está hermanado con 34 provincias.", (34.0, "provinces")),
        ("fr", "La ville est jumelée avec 12 villes.", (12.0, "cities")),
    ],
)
def test_a_count_in_a_sentence_stating_a_relation_is_a_figure(
    lang: str, text: str, expected: tuple[float, str]
) -> None:
    """No party named, no measure word, no event: the relation phrase makes it a figure."""
    from diplograph._models import RawArticle
    from diplograph._pipeline import Pipeline
    from diplograph._resources import Resources

    doc = Pipeline(Resources()).process(
        RawArticle(source=f"{lang}.txt", content=text, published="2025-03-04")
    )
    assert [(f.value, f.unit) for f in doc.figures] == [expected]


# Languages given number data of their own (pt, it, pl, id, ko): money, percentages and
# counts as each writes them (our own sentences).
NEW_LANG_AMOUNTS: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("pt", "A província oferece 30 bolsas de estudo.", [(30.0, "scholarships")]),
    ("pt", "O investimento chega a 2,5 milhões de dólares.", [(2500000.0, "USD")]),
    ("pt", "As exportações cresceram 12%.", [(12.0, "percent")]),
    ("it", "Gli investimenti valgono 80 milioni di euro.", [(80000000.0, "EUR")]),
    ("it", "Alla missione hanno partecipato 45 imprese.", [(45.0, "companies")]),
    ("pl", "W rozmowach wzięło udział 20 przedsiębiorców.", [(20.0, "entrepreneurs")]),
    ("pl", "Wartość kontraktu to 3 mln dolarów.", [(3000000.0, "USD")]),
    ("id", "Kedua provinsi menandatangani 4 MoU.", [(4.0, "agreements")]),
    ("id", "Nilai investasi mencapai Rp 5 miliar.", [(5000000000.0, "IDR")]),
    ("id", "Perdagangan naik 63 persen.", [(63.0, "percent")]),
    ("ko", "대표단 100명이 행사에 참석했다.", [(100.0, "persons")]),
    ("ko", "양측은 6개 항목에 합의했다.", [(6.0, "items")]),
    ("ko", "투자액은 5억 원을 넘었다.", [(500000000.0, "KRW")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NEW_LANG_AMOUNTS)
def test_amounts_of_languages_with_new_number_data(
    lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    found = build_amount_parser(Registry(), lang).find(text)
    assert [(m.attrs["value"], m.attrs["unit"]) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text


# A place described, not the relation: a population count, a share of a whole (our own).
PLACE_NUMBERS: list[tuple[str, str]] = [
    (
        "en",
        "Governor Ivan Petrov of Kaluga Oblast met Binh Thuan's leaders on March 3. The "
        "province, home to a population of 1.2 million people, accounts for 21% of the "
        "region's exports.",
    ),
    (
        "vi",
        "Ngày 3/3, Thống đốc tỉnh Kaluga làm việc với tỉnh Bình Thuận. Tỉnh có dân số "
        "1,2 triệu người, xuất khẩu chiếm 21% của cả vùng.",
    ),
    (
        "fr",
        "Le 3 mars, le gouverneur de Kalouga a rencontré les dirigeants de Binh Thuan. La "
        "province, qui compte 1,2 million d'habitants, représente 21 % des exportations.",
    ),
    (
        "ko",
        "제주도는 3일 도쿠시마현과 협약을 체결했다. 도쿠시마현은 인구 70만 명의 지역으로 "
        "수출이 전체의 21%를 차지한다.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PLACE_NUMBERS)
def test_population_and_shares_are_no_figures(lang: str, text: str) -> None:
    from diplograph._models import RawArticle
    from diplograph._pipeline import Pipeline
    from diplograph._resources import Resources

    doc = Pipeline(Resources()).process(
        RawArticle(source=f"{lang}.txt", content=text, published="2025-03-04")
    )
    assert doc.lang == lang
    assert [(f.value, f.unit) for f in doc.figures] == []


# A page that lost a space glues an amount to the word before it; codes, models and stray
# digits inside a word stay no amounts (our own sentences).
GLUED: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("en", "The province will provide5 billion VND for the school.", [(5e9, "VND")]),
    ("en", "Last year they hosted37 students from the oblast.", [(37.0, "students")]),
    ("en", "An A320 brought the delegation.", []),
    ("en", "COVID-19 cases fell in the province.", []),
    ("de", "Ähnlich3e Verträge haben die Regionen unterzeichnet.", []),
    ("fr", "La province a offert2 millions d'euros au district.", [(2e6, "EUR")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GLUED)
def test_amounts_glued_to_the_word_before(
    lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    found = build_amount_parser(Registry(), lang).find(text)
    assert [(m.attrs["value"], m.attrs["unit"]) for m in found] == expected


def test_money_provided_is_a_figure() -> None:
    """ "will provide X to Y": the money a side gives is funding (our own sentence)."""
    from diplograph._models import RawArticle
    from diplograph._pipeline import Pipeline
    from diplograph._resources import Resources

    text = (
        "Kaluga Oblast and Binh Thuan signed a memorandum on March 3, under which Kaluga "
        "will provide 2 million USD to Binh Thuan for a training centre."
    )
    doc = Pipeline(Resources()).process(
        RawArticle(source="en.txt", content=text, published="2025-03-04")
    )
    assert [(f.value, f.unit) for f in doc.figures] == [(2e6, "USD")]


def test_chinese_funding_in_dong_is_a_figure() -> None:
    """ "资助50亿越盾": VNA's Chinese pages write the dong "越盾", and money a side 资助
    (funds) is funding (our own sentence)."""
    from diplograph._models import RawArticle
    from diplograph._pipeline import Pipeline
    from diplograph._resources import Resources

    text = "6月11日,山罗省与赛宋奔省签署合作备忘录,山罗省向赛宋奔省资助50亿越盾。"
    doc = Pipeline(Resources()).process(
        RawArticle(source="zh.txt", content=text, published="2018-06-12")
    )
    assert [(f.value, f.unit) for f in doc.figures] == [(5e9, "VND")]
