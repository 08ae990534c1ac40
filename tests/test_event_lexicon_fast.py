"""The events lexicon's cheaper forms match what the plain forms match.

Each is written for speed (of compiling at start, or of scanning) and must not change a
record: these tests compare it with the plain form it replaces.
"""

from __future__ import annotations

import re

import pytest

from diplograph.events._lexicon import _CLOSE, _OPEN

_PLAIN_OPEN = '["“«„‘(]?'
_PLAIN_CLOSE = '["”»’)]?'


@pytest.mark.parametrize(("fast", "plain"), [(_OPEN, _PLAIN_OPEN), (_CLOSE, _PLAIN_CLOSE)])
def test_quote_marks_between_phrase_words_match_the_plain_class(fast: str, plain: str) -> None:
    """The branch of small classes matches the same single characters as the one class (case
    folded as phrases are), nothing else, and the empty string (it is optional)."""
    a = re.compile(fast, re.IGNORECASE)
    b = re.compile(plain, re.IGNORECASE)
    for code in range(0x110000):
        ch = chr(code)
        assert bool(a.fullmatch(ch)) == bool(b.fullmatch(ch)), hex(code)
    assert a.fullmatch("") and not a.fullmatch('""')
    # greedy like ``?``: a mark before the word is taken, not left for the next part
    word = re.compile(fast + r"(\S+)", re.IGNORECASE)
    m = word.match('"Days')
    assert m is not None and m.group(1) == "Days"
