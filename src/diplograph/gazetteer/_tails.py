"""Which words a "word before a place" pattern can end with, to skip most of its searches.

A region word or organisation word before a name ("tỉnh", "Provinz", "city of",
"Université de") is found by ``pattern.search(norm, lo, end)`` with patterns built as
``(?<![\\w.])(?:form|form|...)\\s?$`` (``_build._word_patterns``): a match must end at
``end``, but ``re`` tries the whole alternation (150 forms) at every position of the
48-character window before the name, a few microseconds per span and pattern; the places
stage asked three such patterns for most spans (~40% of the time of attaching words and
organisation chains).

Every match ends with one of the forms' last literal words ("de", "of", "provinz")
right before at most two blanks at ``end`` (``\\s?`` then ``$``, which also matches before a
final newline). ``may_end_before`` asks that of the text with ``str.endswith`` over the
last words sharing the last character, and the pattern is searched only when it holds:
the same answers, because the test is implied by every match. The last words are read
from the compiled pattern's parse tree (``re._parser``); a pattern of any other shape
(case-insensitive, no literal last word, another ending) gets None and is always searched.
"""

from __future__ import annotations

import re
from typing import Any

from .._re_private import _constants, _parser  # None elsewhere: every pattern is searched

# A form's last literal words, grouped by their last character.
Tails = dict[str, tuple[str, ...]]


def ending_words(pattern: re.Pattern[str]) -> Tails | None:
    """The last literal word of each alternative of ``(?:alt|...)\\s?$``, by last character;
    None when the pattern is not of that shape (then nothing may be skipped)."""
    if _parser is None or pattern.flags & re.IGNORECASE:
        return None
    c = _constants
    try:
        tree = list(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, RecursionError):  # pragma: no cover - a compiled pattern parses
        return None
    if len(tree) < 3:
        return None
    (op_b, av_b), (op_r, av_r), (op_a, av_a) = tree[-3:]
    blank = [(c.IN, [(c.CATEGORY, c.CATEGORY_SPACE)])]
    if op_a is not c.AT or av_a is not c.AT_END:
        return None
    if op_r is not c.MAX_REPEAT or av_r[:2] != (0, 1) or list(av_r[2]) != blank:
        return None
    alternatives: list[Any] = list(av_b[1]) if op_b is c.BRANCH else [tree[:-2]]
    tails: dict[str, set[str]] = {}
    for alt in alternatives:
        chars: list[str] = []
        for op, av in reversed(list(alt)):
            if op is not c.LITERAL:
                break
            chars.append(chr(av))
        if not chars:
            return None  # an alternative not ending in a literal: no shortcut
        word = "".join(reversed(chars))
        tails.setdefault(word[-1], set()).add(word)
    return {last: tuple(sorted(words)) for last, words in tails.items()}


def may_end_before(tails: Tails, text: str, lo: int, end: int) -> bool:
    """False only when ``pattern.search(text, lo, end)`` finds nothing, for the pattern
    ``tails`` was read from: no last word ends at ``end``, ``end - 1`` or ``end - 2`` within
    ``text[lo:]`` (``\\s?$`` leaves at most two characters after the form)."""
    for q in (end, end - 1, end - 2):
        if q <= lo:
            break
        words = tails.get(text[q - 1])
        if words is not None and text.endswith(words, lo, q):
            return True
    return False


__all__ = ["Tails", "ending_words", "may_end_before"]
