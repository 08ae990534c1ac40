"""Numeric anchors no numeric template can read are not tried (#14, ``_dates_digits``).

``DateParser.find`` skips a number whose run of digits none of the day, month and year
pieces reads whole, once the numeric templates are known to consume digits through those
pieces only. Compared here with every anchor tried, on texts of our own writing in several
languages (numbers of every length, dates in every numeric form, numbers in brackets,
other digits), and the template check is shown to refuse what it cannot vouch for.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph import Resources
from diplograph._dates import build_parser
from diplograph._dates_digits import digit_readers
from diplograph._dates_parser import DateParser

LANGS = ["en", "vi", "de", "fr", "es", "ru", "zh", "ja", "ko", "id"]

TEXTS = [
    "The plan (0-1) runs from 12.03.2024 to 2024-03-15 (417-3), and in 2025 it ends.",
    "Signed on 3/4/2024 (page 12-7), 25 delegates, 1999-2003 and 2010 to 2012 (2024-3).",
    "Ngày 16/4/2024, đoàn 12 người (0-13) đến; năm 2023 (1982-13) và ngày 5-6/7.",
    "Am 22.09.2016 (7-1) und seit 2019; 2020 bis 2021 (123-45); am 3.4. kam er.",
    "Le 02/12/2025 (9-9), en 2024; de 2019 à 2021 (0000-1).",
    "2024年4月19日 (3-0) 2024年 4月19日 (12345-6) 2019年から2021年",
    "2024년 4월 19일 (88-1) 2024. 4. 19. 2019년",
    "Numbers: 1 22 333 4444 55555 (1) (22) (333) (4444) 1-2-3 ٢٠٢٤-٠٤-١٩ 12.5.",
]


def _reference(parser: DateParser, text: str) -> list[tuple[int, int, str | None]]:
    saved = parser._digit_readers
    parser._digit_readers = None
    try:
        return [(m.start, m.end, m.key) for m in parser.find(text, "2024-06-01")]
    finally:
        parser._digit_readers = saved


@pytest.fixture(scope="module")
def parsers() -> dict[str, DateParser]:
    res = Resources()
    out = {lang: build_parser(res.registry, lang) for lang in LANGS}
    return {lang: p for lang, p in out.items() if p is not None}


def test_the_numeric_templates_read_digits_only_through_their_pieces(
    parsers: dict[str, DateParser],
) -> None:
    assert all(parsers[lang]._digit_readers for lang in ("en", "vi", "de", "zh"))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text", TEXTS)
def test_find_is_every_anchor_tried(parsers: dict[str, DateParser], lang: str, text: str) -> None:
    p = parsers[lang]
    assert [(m.start, m.end, m.key) for m in p.find(text, "2024-06-01")] == _reference(p, text)


def test_the_table_skips_and_reads(parsers: dict[str, DateParser]) -> None:
    p = parsers["en"]
    text = TEXTS[0]
    assert p._unread_number(text, text.index("0-1"), len(text))
    assert p._unread_number(text, text.index("417"), len(text))
    assert not p._unread_number(text, text.index("12.03"), len(text))
    assert not p._unread_number(text, text.index("2025"), len(text))
    assert not p._unread_number("x12345", 3, 6)  # inside a run: not its start
    assert [m.key for m in p.find(text, "2024-06-01") if m.key and m.key.startswith("2024-03")]


_PIECES = [
    "0",
    "1",
    "12",
    "417",
    "2024",
    "1999",
    "31",
    "(",
    ")",
    "-",
    ".",
    "/",
    " ",
    "in ",
    "năm ",
    "年",
    "月",
    "日",
    "٣",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["en", "vi", "de", "zh"]), st.lists(st.sampled_from(_PIECES), max_size=14))
def test_find_on_pieced_texts(lang: str, pieces: list[str]) -> None:
    p = build_parser(Resources().registry, lang)
    assert p is not None
    text = "".join(pieces)
    assert [(m.start, m.end, m.key) for m in p.find(text, "2024-06-01")] == _reference(p, text)


_DAY = r"(?<!\d)(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)"
_YEAR = r"(?<!\d)(?P<year>(?:19|20)\d\d)(?![\d])"
_PIECE_MAP = {"day": _DAY, "year": _YEAR}


@pytest.mark.parametrize(
    "body",
    [
        r"no\. ?\d+ of {Y}",  # a digit read outside the pieces
        r"{Y} [^a]+",  # a character but one takes digits
        r"{Y} [^a\s]+",  # a negated class takes digits
        r"(?P<p0_day>\d+) {Y}",  # a group named like a piece, of another shape
        r"x(?P<p0_day>\d+)y {Y}",  # the same between other characters
        r"{D}-(?P=p0_day) {Y}",  # a piece's digits repeated without its fences
        r"{Y}.{D}",  # any character
        r"{Y} 7",  # a literal digit
    ],
)
def test_templates_the_check_cannot_vouch_for(body: str) -> None:
    src = body.replace("{Y}", _YEAR.replace("(?P<", "(?P<p0_")).replace(
        "{D}", _DAY.replace("(?P<", "(?P<p0_")
    )
    regex = re.compile(f"(?P<p0>{src})", re.IGNORECASE)
    assert digit_readers(regex, _PIECE_MAP) is None


def test_a_template_of_pieces_and_words_is_vouched_for() -> None:
    src = r"(?:in|since)[^\S\n]+{D}[/.]{Y}".replace(
        "{Y}", _YEAR.replace("(?P<", "(?P<p0_")
    ).replace("{D}", _DAY.replace("(?P<", "(?P<p0_"))
    regex = re.compile(f"(?P<p0>{src})", re.IGNORECASE)
    readers = digit_readers(regex, _PIECE_MAP)
    assert readers is not None
    assert [bool(readers.fullmatch(r)) for r in ("7", "31", "32", "2024", "1899", "417")] == [
        True,
        True,
        False,
        True,
        False,
        False,
    ]
