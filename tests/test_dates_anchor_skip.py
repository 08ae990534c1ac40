"""Numeric anchors no template reads are not made at all (#14, ``DateParser._anchor_positions``).

``find`` skipped an anchor that was only numeric (kinds "n" or "nd") when its number is read
by no numeric template (``_unread_number``); the anchor is now left out where the numbers
are scanned, so neither the sort nor ``find``'s loop meets it. Compared here with the
anchors made when every number is read (the template check off), on texts of our own
writing: the same anchors but exactly those, a day anchor ("d") kept where the number also
stands alone as a day, and anchors holding a word's kind as well kept whole.
"""

from __future__ import annotations

import pytest

from diplograph import Resources
from diplograph._dates import build_parser
from diplograph._dates_parser import DateParser

LANGS = ["en", "vi", "de", "zh", "ja", "ko"]
TEXTS = [
    "The plan (0-1) runs from 12.03.2024 to 2024-03-15 (417-3), and in 2025 it ends.",
    "Ngày 16/4/2024, đoàn 12 người (0-13) đến; năm 2023 (1982-13) và ngày 5-6/7.",
    "2024年4月19日 (3-0) 第0天 00日 12345号 0月 4月19日 (12345-6) 2019年から2021年",
    "2024년 4월 19일 (88-1) 0일 2024. 4. 19. 2019년 000-1",
    "Numbers: 1 22 333 4444 55555 (1) (22) (333) (4444) 1-2-3 12.5. 0 00 000",
]


@pytest.fixture(scope="module")
def parsers() -> dict[str, DateParser]:
    res = Resources()
    out = {lang: build_parser(res.registry, lang) for lang in LANGS}
    return {lang: p for lang, p in out.items() if p is not None}


def _every_number(p: DateParser, text: str) -> list[tuple[int, str]]:
    saved = p._digit_readers
    p._digit_readers = None
    try:
        return p._anchor_positions(text, 0, len(text))
    finally:
        p._digit_readers = saved


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text", TEXTS)
def test_only_unread_numeric_anchors_are_left_out(
    parsers: dict[str, DateParser], lang: str, text: str
) -> None:
    p = parsers[lang]
    expected = []
    for a, kinds in _every_number(p, text):
        if not kinds.strip("nd") and p._unread_number(text, a, len(text)):
            kinds = kinds.replace("n", "")  # what find skipped; a day anchor stays
        if kinds:
            expected.append((a, kinds))
    assert p._anchor_positions(text, 0, len(text)) == expected


def test_markers_are_left_out(parsers: dict[str, DateParser]) -> None:
    p = parsers["en"]
    text = "The plan (0-1) runs in 2025 (417-3)."
    starts = [a for a, _ in p._anchor_positions(text, 0, len(text))]
    assert text.index("0-1") not in starts and text.index("417") not in starts
    assert text.index("2025") in starts


def test_an_anchor_with_a_word_kind_keeps_its_number() -> None:
    """A relative-day form opening with an unread number ("000-5 days on", our own form) makes
    an anchor of two kinds at that number: "n" stays with it (``find`` never skipped it)."""
    res = Resources()
    reg = res.registry
    dates = dict(reg.lang("en", "dates"))
    dates["relative_days"] = {**dates.get("relative_days", {}), "000-5 days on": 0}
    p = DateParser("en", reg.lang("en", "months"), reg.lang("en", "weekdays"), dates)
    assert p._digit_readers is not None
    text = "It happened 000-5 days on, and (000-1) again."
    at = text.index("000-5 days")
    anchors = dict(p._anchor_positions(text, 0, len(text)))
    assert "n" in anchors[at] and "r" in anchors[at]
    assert text.index("000-1") not in anchors
    assert p._anchor_positions(text, 0, len(text)) == [
        (a, k) for a, k in _every_number(p, text) if a != text.index("000-1")
    ]
