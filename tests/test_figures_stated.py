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
