"""``_sectors._next_mark`` answers what stripping a copy of the text answered (the link-list
check reads a sentence's neighbours without copying all the text before or after it)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diplograph.events._sectors import _next_mark

CASES = [
    ("", 0),
    ("abc", 0),
    ("abc", 3),
    ("a \t\nb", 4),
    ("a \t \tb", 5),
    ("\t  x", 0),
    ("line one\n  \tMenu item", 12),
    ("Menu item \t \nnext", 9),
]


def _before(text: str, pos: int) -> str:
    return text[:pos].rstrip(" \t")[-1:]


def _after(text: str, pos: int) -> str:
    return text[pos:].lstrip(" \t")[:1]


def test_table() -> None:
    for text, pos in CASES:
        assert _next_mark(text, pos, -1) == _before(text, pos), (text, pos)
        assert _next_mark(text, pos, 1) == _after(text, pos), (text, pos)


@given(st.text(alphabet=" \t\nab.", max_size=30), st.integers(min_value=0, max_value=30))
def test_same_as_stripping(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert _next_mark(text, pos, -1) == _before(text, pos)
    assert _next_mark(text, pos, 1) == _after(text, pos)
