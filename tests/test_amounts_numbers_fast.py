"""Numbers nothing can be read around are dropped where they are found (#14).

``AmountParser._numbers`` asks ``_mention``'s first test (no unit or scale can begin after
the number, no currency or approximation ends before it) itself and keeps no such number;
compared here with a parser whose head test is off (every number reaches ``_mention``, which
then tries its full patterns), on texts of our own writing.
"""

from __future__ import annotations

import pytest

from diplograph import Registry
from diplograph._amounts import AmountParser

REGISTRY = Registry()

CASES = [
    ("en", "It costs $5. The fund (0-1) holds USD 12 million, 20 people and 3% (417-3) in 2024."),
    ("en", "About 300 firms, €40bn, 1,500 tonnes; item 7 of 12, roughly 15 delegates (9-9)."),
    ("vi", "Kim ngạch đạt 453 triệu USD (1982-13), 5 tỷ đồng và 12 doanh nghiệp năm 2023."),
    ("de", "Rund 5 Mio. Euro (7-1) für 30 Projekte, 12 Prozent mehr als 2022."),
    ("ru", "Около 2 млрд рублей (0-2), 15 компаний и 3 % роста в 2024 году."),
    ("fr", "Environ 10 millions d'euros (3-4), 25 entreprises et 7 % en 2021."),
]


def _found(parser: AmountParser, text: str) -> list[tuple[int, int, str, object]]:
    return [(m.start, m.end, m.kind, sorted(m.attrs.items())) for m in parser.find(text)]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_numbers_dropped_early_read_nothing(lang: str, text: str) -> None:
    parser = AmountParser(lang, REGISTRY.lang(lang, "numbers"))
    plain = AmountParser(lang, REGISTRY.lang(lang, "numbers"))
    plain._after_head = None
    assert _found(parser, text) == _found(plain, text)
    assert len(parser._numbers(text, text[::-1], 0, len(text))) < len(
        plain._numbers(text, text[::-1], 0, len(text))
    )


def test_a_currency_before_a_number_keeps_it() -> None:
    parser = AmountParser("en", REGISTRY.lang("en", "numbers"))
    text = "It costs $5. Then USD 12."
    assert [m.text for m in parser.find(text)] == ["$5", "USD 12"]
