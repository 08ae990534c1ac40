"""Stated figures: money in the currency the text names, counts written in words, the
headline's rounding of a figure the text states exactly (our own sentences)."""

from __future__ import annotations

import pytest

from diplograph._amounts import build_amount_parser
from diplograph._models import RawArticle
from diplograph._pipeline import Pipeline
from diplograph._registry import Registry
from diplograph._resources import Resources


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Resources())


def _figures(pipeline: Pipeline, lang: str, text: str) -> list[tuple[float, str]]:
    doc = pipeline.process(RawArticle(source=f"{lang}.txt", content=text, published="2025-03-04"))
    assert doc.lang == lang
    return [(f.value, f.unit) for f in doc.figures]


# Belarusian roubles are BYN, a currency of their own; plain roubles stay Russian (RUB).
CURRENCIES: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("ru", "Общая сумма контрактов составила 3,5 миллиарда белорусских рублей.", [(3.5e9, "BYN")]),
    ("ru", "Стоимость контрактов составила 3,5 миллиарда рублей.", [(3.5e9, "RUB")]),
    ("en", "The contracts were worth 2 million Belarusian rubles.", [(2e6, "BYN")]),
    ("en", "The contracts were worth 2 million rubles.", [(2e6, "RUB")]),
    ("de", "Die Verträge haben einen Wert von 4 Millionen belarussischen Rubel.", [(4e6, "BYN")]),
    ("de", "Die Verträge haben einen Wert von 4 Millionen Rubel.", [(4e6, "RUB")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CURRENCIES)
def test_amounts_in_the_currency_named(
    lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    found = build_amount_parser(Registry(), lang).find(text)
    assert [(m.attrs["value"], m.attrs["unit"]) for m in found] == expected


def test_total_of_contracts_in_belarusian_roubles_is_a_figure(pipeline: Pipeline) -> None:
    """ "общая сумма контрактов" (the total of the contracts) says what the money measures."""
    text = (
        "Могилевская и Смоленская области 3 марта подписали соглашение о сотрудничестве. "
        "Общая сумма контрактов превысила 1,2 миллиарда белорусских рублей."
    )
    assert _figures(pipeline, "ru", text) == [(1.2e9, "BYN")]


# A headline rounds the figure the text states exactly: one figure, the exact one. A rounded
# figure far from the exact one, or of another unit, is a figure of its own.
ROUNDED: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "en",
        "Over 80 agreements signed by Kaluga and Tula\n\nKaluga Oblast and Tula Oblast signed "
        "83 agreements at the forum in Kaluga on March 3.",
        [(83.0, "agreements")],
    ),
    (
        "en",
        "About 500 companies from Laos and Vietnam\n\nIn all, 480 companies from Laos and Vietnam "
        "took part in the fair in Vientiane on March 3.",
        [(480.0, "companies")],
    ),
    (
        "de",
        "Mehr als 80 Abkommen zwischen Kaluga und Tula\n\nDie Gebiete Kaluga und Tula haben am "
        "3. März in Kaluga 83 Abkommen unterzeichnet.",
        [(83.0, "agreements")],
    ),
    (
        "ru",
        "Калужская область и провинция Биньтхуан подписали более 80 соглашений\n\nКалужская "
        "область и провинция Биньтхуан 3 марта подписали 83 соглашения о торговле.",
        [(83.0, "agreements")],
    ),
    # near misses: far apart (over 80, then 150 in all), another unit
    (
        "en",
        "Over 80 agreements signed by Kaluga and Tula\n\nKaluga Oblast and Tula Oblast have "
        "signed 150 agreements since 2015.",
        [(80.0, "agreements"), (150.0, "agreements")],
    ),
    (
        "en",
        "Over 80 agreements signed by Kaluga and Tula\n\nKaluga Oblast and Tula Oblast brought "
        "83 companies to the forum in Kaluga on March 3.",
        [(80.0, "agreements"), (83.0, "companies")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROUNDED)
def test_a_rounded_figure_of_an_exact_one_is_left_out(
    pipeline: Pipeline, lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert sorted(_figures(pipeline, lang, text)) == expected


# A count written in words is a stated figure; "many" words, a group already known ("the
# two sides") and the tail of a compound not read whole are not.
SPELLED: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "en",
        "Kaluga Oblast opened three Vietnamese language classes for Binh Thuan pupils.",
        [(3.0, "classes")],
    ),
    (
        "ru",
        "Правительство Калужской области планирует две бизнес-миссии во Вьетнам.",
        [(2.0, "missions")],
    ),
    ("fr", "La province de Kalouga a signé cinq accords avec le Vietnam.", [(5.0, "agreements")]),
    # near misses
    ("en", "The two representatives of Kaluga Oblast left for Vietnam.", []),
    ("en", "Dozens of companies from Kaluga Oblast visited Vietnam.", []),
    # (a compound is read whole, never as its tail "two people")
    ("en", "One hundred and two people from Kaluga Oblast visited Vietnam.", [(102.0, "persons")]),
    ("fr", "Les deux délégués de Kalouga sont partis au Vietnam.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPELLED)
def test_counts_written_in_words(
    pipeline: Pipeline, lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _figures(pipeline, lang, text) == expected


# "friendly-city relations" (hyphenated) states a twinning relation, so the count of its
# partners is a figure; a relation of no kind makes none.
RELATION_COUNTS: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("en", "So far Shenzhen has built friendly-city relations with 40 cities.", [(40.0, "cities")]),
    ("en", "So far Shenzhen has friendship-city links with 40 cities.", [(40.0, "cities")]),
    ("en", "So far Shenzhen has sent its products to 40 cities.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RELATION_COUNTS)
def test_counts_of_hyphenated_friendly_city_partners(
    pipeline: Pipeline, lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _figures(pipeline, lang, text) == expected


# Polish puts an adjective between a count and its noun; a month of a date or a time unit
# there is no such adjective.
POLISH: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("pl", "Na targi przyjechało 15 śląskich przedsiębiorców.", [(15.0, "entrepreneurs")]),
    ("pl", "Podpisano 12 nowych umów.", [(12.0, "agreements")]),
    ("pl", "Dnia 20 października firmy podpisały list.", []),
    ("pl", "Od 10 lat firmy współpracują.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POLISH)
def test_polish_counts_over_an_adjective(
    lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    found = build_amount_parser(Registry(), lang).find(text)
    assert [(m.attrs["value"], m.attrs["unit"]) for m in found] == expected


# German states the size of a party in a compound adjective ("-köpfig"), in digits or in a
# number word glued to it, whatever the article; a word that merely starts with a number
# word is no count.
GERMAN_PARTIES: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("de", "Eine 15-köpfige Delegation aus Sachsen reiste nach Vietnam.", [(15.0, "persons")]),
    ("de", "Der Leiter der achtköpfigen Delegation aus Vietnam sprach.", [(8.0, "persons")]),
    ("de", "Die Delegation besuchte den Zweig der Firma in Sachsen.", []),
    ("de", "Die zwei Vertreter aus Sachsen reisten nach Vietnam.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GERMAN_PARTIES)
def test_german_size_of_a_party(
    pipeline: Pipeline, lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _figures(pipeline, lang, text) == expected


# The whole a rank is counted in ("10th out of 63 localities") is no figure; a count of
# partners right before its noun still is.
RANK_WHOLES: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "en",
        "Binh Thuan attracts investment from Japan and ranks 12th out of 63 localities.",
        [],
    ),
    ("en", "Binh Thuan has cooperation ties with 12 localities of Japan.", [(12.0, "localities")]),
    ("vi", "Về thu hút đầu tư từ Nhật Bản, Bình Thuận đứng thứ 9 trong số 63 tỉnh, thành phố.", []),
    ("fr", "Pour les investissements du Japon, Binh Thuan est 9e sur les 63 provinces.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RANK_WHOLES)
def test_the_whole_of_a_rank_is_no_figure(
    pipeline: Pipeline, lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _figures(pipeline, lang, text) == expected


# German number words with ß are read as written ("dreißig").
SHARP_S: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("de", "Dreißig Firmen aus Sachsen kamen nach Hanoi.", [(30.0, "companies")]),
    ("de", "Sie unterzeichneten zwölf Abkommen.", [(12.0, "agreements")]),
    ("de", "Die Straße war voll.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SHARP_S)
def test_german_number_words_with_sharp_s(
    lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    found = build_amount_parser(Registry(), lang).find(text)
    assert [(m.attrs["value"], m.attrs["unit"]) for m in found] == expected


# A compound in words is read whole ("one hundred and two"), its head of whole hundreds
# adding to its tail; a tail after anything else keeps its own value.
COMPOUNDS: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("en", "One hundred and twelve people from Laos came to Hanoi.", [(112.0, "persons")]),
    ("en", "They brought a hundred and five students to Hanoi.", [(105.0, "students")]),
    ("en", "They signed a memorandum and two agreements.", [(2.0, "agreements")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COMPOUNDS)
def test_compounds_in_words_are_read_whole(
    lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    found = build_amount_parser(Registry(), lang).find(text)
    assert [(m.attrs["value"], m.attrs["unit"]) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


def test_a_delegation_counted_in_a_compound_is_a_figure(pipeline: Pipeline) -> None:
    text = "One hundred and twelve people from Laos are in Vietnam this week to meet investors."
    assert _figures(pipeline, "en", text) == [(112.0, "persons")]


# Warships delivered under a military-technical cooperation are counted; a ship's size is no
# count.
FRIGATES: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("vi", "Nhà máy Zelenodolsk đã bàn giao ba tàu khu trục cho Việt Nam.", [(3.0, "frigates")]),
    ("ru", "Завод передал Вьетнаму 3 фрегата.", [(3.0, "frigates")]),
    ("en", "The shipyard delivered three frigates to Vietnam.", [(3.0, "frigates")]),
    ("en", "The frigate is 102 metres long.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FRIGATES)
def test_frigates_delivered_are_counted(
    pipeline: Pipeline, lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _figures(pipeline, lang, text) == expected
