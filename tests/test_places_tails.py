"""Words before a place: ``WordPatterns.search_before`` answers what the pattern's search does.

``search_before`` skips the search of a "word before a name" pattern (region words, city
words, organisation words) where none of its forms' last words ends right before the name
(``gazetteer._tails``). Compared here with the plain search at every position of texts of
our own writing (folded, as the places stage reads them) and of texts put together from
the forms' own pieces, with blanks and line breaks where ``\\s?$`` allows them.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph import Resources
from diplograph.gazetteer._build import WordPatterns
from diplograph.gazetteer._tails import ending_words, may_end_before


@cache
def _words() -> list[WordPatterns]:
    gaz = Resources().gazetteer
    return [gaz.region_words, gaz.org_words]


@pytest.fixture(scope="module")
def words() -> list[WordPatterns]:
    return _words()


TEXTS = [
    "the delegation of the province of kaluga visited the city of hue",
    "doan dai bieu tinh  quang ninh lam viec voi thanh pho\nda nang",
    "die provinz\nlang son und das verwaltungsgebiet kaluga",
    "die provinz \nlang son, the city of \nhue",
    "le departement de l'ain et la ville d'hanoi, la ville de lyon",
    "universite nationale de hanoi; dai hoc quoc gia ha noi; chamber of commerce of kaluga",
    "в области калужской и столица москва, губернатор области\n",
    "xcity of hue; province ofkaluga; city of. hue",
    "",
]


def _windows(text: str) -> list[tuple[int, int]]:
    return [(max(0, end - 48), end) for end in range(len(text) + 1)] + [
        (lo, len(text)) for lo in range(len(text) + 1)
    ]


def _same(w: WordPatterns, text: str) -> None:
    for kind, pattern in w.before.items():
        for lo, end in _windows(text):
            a = pattern.search(text, lo, end)
            b = w.search_before(kind, text, lo, end)
            assert (a and a.span()) == (b and b.span()), (kind, text[lo:end])


def test_the_gazetteers_patterns_have_last_words(words: list[WordPatterns]) -> None:
    kinds = 0
    for w in words:
        for pattern in w.before.values():
            tails = ending_words(pattern)
            assert tails is not None and all(len(v) for v in tails.values())
            kinds += 1
    assert kinds >= 3


@pytest.mark.parametrize("text", TEXTS)
def test_search_before_is_the_search(words: list[WordPatterns], text: str) -> None:
    for w in words:
        _same(w, text)


def test_the_table_finds_words_before_names(words: list[WordPatterns]) -> None:
    """The texts above exercise the skip and the search: matches with a blank, two blanks and
    a line break before the name, and a word cut by the window's start."""
    region = words[0]
    found = [
        region.search_before(kind, text, max(0, end - 48), end)
        for text in TEXTS
        for kind in region.before
        for end in range(len(text) + 1)
    ]
    assert sum(m is not None for m in found) >= 10


@cache
def _pieces() -> list[str]:
    out = {" ", "\u00a0", "  ", "\n", " \n", "x", "ka", ".", "'", "-"}
    for w in _words():
        for pattern in w.before.values():
            tails = ending_words(pattern) or {}
            out.update(sorted(t for ts in tails.values() for t in ts)[:40])
    return sorted(out)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_search_before_on_pieced_texts(data: st.DataObject) -> None:
    ws = _words()
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces()), max_size=12)))
    for w in ws:
        _same(w, text)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)(?<![\w.])(?:city\s+of|ville)\s?$",  # case-insensitive
        r"(?<![\w.])(?:city\s+of|vill\w)\s?$",  # an alternative ending in a class
        r"(?<![\w.])(?:city\s+of|ville)$",  # another ending
        r"(?<![\w.])(?:city|of|)\s?$",  # an empty alternative
    ],
)
def test_other_shapes_are_always_searched(pattern: str) -> None:
    assert ending_words(re.compile(pattern)) is None


def test_one_form_and_its_last_word() -> None:
    tails = ending_words(re.compile(r"(?<![\w.])(?:ville\s+d')\s?$"))
    assert tails == {"'": ("d'",)}
    assert may_end_before(tails, "la ville d'", 0, 11)
    assert may_end_before(tails, "la ville d' \n", 0, 13)
    assert not may_end_before(tails, "la ville d'", 10, 11)  # the word starts before lo
    assert not may_end_before(tails, "la ville de", 0, 11)
