"""``AmountParser._numbers`` with its per-number calls written inline reads the same numbers.

The loop over a text's numbers reads a run of digits without ``parse_number`` and asks the
glue and left-side tests inline (#14); ``_plain_numbers`` below is the loop as it was, with
the calls. Compared on texts of our own writing: separators, glued codes and fractions,
numbers next to scripts without spaces, a hyphen after a space, currency signs and
approximations before a number, units after it.
"""

from __future__ import annotations

import pytest

from diplograph import Registry
from diplograph._amounts import _DIGITS, _GLUE_AFTER, _GLUE_BEFORE, AmountParser, _bounded, _Number

REGISTRY = Registry()


def _plain_numbers(p: AmountParser, text: str, rev: str, start: int, stop: int) -> list[_Number]:
    """The numbers in digits, read with ``parse_number``, ``_bounded`` and ``_needs_left``."""
    out: list[_Number] = []
    pos = start
    n = len(text)
    while True:
        m = _DIGITS.search(text, pos, stop)
        if m is None:
            break
        s = m.start()
        parsed = p.parse_number(m.group())
        if parsed is None:
            pos = m.end()
            continue
        value, used = parsed
        e = pos = s + used
        if (
            s > 0
            and (text[s - 1] in _GLUE_BEFORE or _bounded(text[s - 1]))
            and not (text[s - 1] == "-" and s > 1 and text[s - 2].isspace())
            and not p._glued_by_page(text, s, e)
        ):
            continue
        if (
            e < len(text)
            and (text[e] in _GLUE_AFTER or _bounded(text[e]))
            and not p._suffix_ok(text, e)
        ):
            continue
        head = p._after_head
        if head is not None and head.match(text, e) is None and not p._needs_left(rev, n - s):
            continue
        out.append(_Number(s, e, value))
    return out


CASES = [
    ("en", "It costs $5. The fund holds USD 12 million, 1,500.25 tonnes, 2.5bn and 3% in 2024."),
    ("en", "COVID-19 hit A320 fleets; 1/2 of 40 firms; provide5 billion VND; - 7 people; 5bn."),
    ("en", "About 300 firms (0-1), more than 15 delegates, US$ 2,000,000 and 1.234.5 units."),
    ("en", "Codes: $12_million, about 7_units, v2_x and 第3 or 3号; $5号 and 40个."),
    ("vi", "Kim ngạch đạt 453 triệu USD, 5 tỷ đồng, 1.500 người và 12 doanh nghiệp năm 2023."),
    ("de", "Rund 5 Mio. Euro für 30 Projekte, 1.000 Besucher, 12 Prozent mehr als 2022."),
    ("ru", "Около 2 млрд рублей, 15 компаний, 1 000 человек и 3 % роста в 2024 году."),
    ("zh", "双方签署了50项协议，投资3亿美元，第3次会议于2023年举行，共120名代表。"),
    ("ja", "投資額は5億円で、20社が参加し、第2回会合は2024年に開かれた。"),
    ("fr", "Environ 10 millions d'euros, 25 entreprises, 1 500 emplois et 7 % en 2021."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_inline_numbers_as_with_calls(lang: str, text: str) -> None:
    parser = AmountParser(lang, REGISTRY.lang(lang, "numbers"))
    for start, stop in ((0, len(text)), (3, len(text) - 4)):
        rev = text[::-1]
        got = [x for x in parser._numbers(text, rev, start, stop) if text[x.start].isdecimal()]
        assert got == _plain_numbers(parser, text, rev, start, stop)


def test_inline_numbers_keep_amounts() -> None:
    """Numbers with a unit or a sign are kept (the inline left-side test does not drop them)."""
    parser = AmountParser("en", REGISTRY.lang("en", "numbers"))
    text = "It costs $5 and 12 million dollars, 3% more; 第3 and A320 are codes."
    rev = text[::-1]
    kept = {text[x.start : x.end] for x in parser._numbers(text, rev, 0, len(text))}
    assert {"5", "12", "3"} <= kept
    assert "320" not in kept
