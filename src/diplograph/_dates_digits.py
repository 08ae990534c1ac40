"""Which numeric date anchors no numeric template can read, told without trying them.

``DateParser.find`` tries the numeric templates (``{Y}-{MM}-{D}``, ``{D}.{MM}.{Y}``, "in
{Y}" ...) at every candidate start of a 32-character window before each number; a number
no template can read costs that window's scan and a few failed matches. On the
benchmark's generated pages three numbers in four are of that kind ("(0-1)", "(417-3)").

A match that covers the anchor consumes its first digit. When every part of every numeric
template that can consume a digit is one of the pieces ``{D}``, ``{MM}``, ``{Y}`` (and their
second forms), that digit is consumed by such a piece; each piece is fenced by
``(?<!\\d)`` and ``(?!\\d)``, so it consumes the whole run of digits the anchor opens, and
that run must be a day, month or year as the piece's own pattern reads it. A run that
none of them reads whole ("0", "417") cannot be covered by any match: the anchor is
skipped. Whether the templates are of that kind is read from the compiled alternation's
parse tree (``re._parser``), piece groups recognised by their name and their exact shape;
anything the check does not know counts as consuming a digit (no shortcut).
"""

from __future__ import annotations

import re
from typing import Any

from ._re_private import _constants, _parser  # None elsewhere: nothing is skipped

# Piece names (after the per-pattern prefix "p<i>_") whose groups read digits.
DIGIT_PIECES = ("day", "day2", "mon", "mon2", "year", "year2")


def _shape(node: Any) -> Any:
    """A parse-tree node as nested tuples, group numbers left out (comparable by value)."""
    c = _constants
    if isinstance(node, tuple) and len(node) == 2 and isinstance(node[0], type(c.LITERAL)):
        op, av = node
        if op is c.SUBPATTERN:
            return (op, av[1], av[2], _shape(av[3]))
        if op is c.BRANCH:
            return (op, tuple(_shape(x) for x in av[1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return (op, av[0], av[1], _shape(av[2]))
        if op in (c.ASSERT, c.ASSERT_NOT):
            return (op, av[0], _shape(av[1]))
        if op is c.IN:
            return (op, tuple(av))
        return (op, av if not isinstance(av, list) else tuple(av))
    return tuple(_shape(x) for x in node)


def _class_eats_digit(items: Any) -> bool:
    c = _constants
    items = list(items)
    if items and items[0][0] is c.NEGATE:
        # "[^\S\n]": a negated class takes no digit when one of its items takes them all
        every = (c.CATEGORY_NOT_SPACE, c.CATEGORY_DIGIT, c.CATEGORY_WORD, c.CATEGORY_NOT_LINEBREAK)
        return not any(op is c.CATEGORY and av in every for op, av in items[1:])
    safe = (c.CATEGORY_SPACE, c.CATEGORY_NOT_DIGIT, c.CATEGORY_NOT_WORD, c.CATEGORY_LINEBREAK)
    for op, av in items:
        if op is c.LITERAL:
            if chr(av).isdecimal():
                return True
        elif op is c.RANGE:
            if any(chr(x).isdecimal() for x in range(av[0], av[1] + 1)):
                return True
        elif op is c.CATEGORY:
            if av not in safe:
                return True
        else:  # NEGATE and anything else
            return True
    return False


class _Reader:
    def __init__(self, pieces: dict[str, Any], names: dict[int, str]) -> None:
        self.pieces = pieces  # piece name -> shapes of (look-behind, group body, look-ahead)
        self.names = names
        self.used: set[str] = set()

    def _trusted(self, items: list[Any], i: int) -> bool:
        av = items[i][1]
        name = self.names.get(av[0], "")
        piece = name.partition("_")[2]
        want = self.pieces.get(piece)
        if want is None or not 0 < i < len(items) - 1:
            return False
        got = (_shape(items[i - 1]), (av[1], av[2], _shape(av[3])), _shape(items[i + 1]))
        if got != want:
            return False
        self.used.add(piece)
        return True

    def eats_digit(self, seq: Any) -> bool:
        """Whether a part of ``seq`` outside the digit pieces can consume a decimal digit."""
        c = _constants
        items = list(seq)
        for i, (op, av) in enumerate(items):
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue  # consumes nothing
            if op is c.SUBPATTERN:
                if av[0] in self.names and self._trusted(items, i):
                    continue
                if self.eats_digit(av[3]):
                    return True
            elif op is c.BRANCH:
                if any(self.eats_digit(alt) for alt in av[1]):
                    return True
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                if self.eats_digit(av[2]):
                    return True
            elif op is c.LITERAL:
                if chr(av).isdecimal():
                    return True
            elif op is c.IN:
                if _class_eats_digit(av):
                    return True
            elif op is c.GROUPREF:
                name = self.names.get(av, "")
                if name.partition("_")[2] in self.pieces:
                    return True  # repeats digits a piece read, without its fences
            else:  # NOT_LITERAL, ANY, conditionals, anything unknown
                return True
        return False


def digit_readers(regex: re.Pattern[str], pieces: dict[str, str]) -> re.Pattern[str] | None:
    """The digit pieces ``regex`` uses, as one alternation (read whole against a run of
    digits, it matches when one of them does), when only those pieces can consume a digit
    in ``regex``; else None.

    ``pieces``: piece name (``DIGIT_PIECES``) -> its pattern as put in the templates, a
    ``(?<!\\d)`` fence, the named group, a ``(?!\\d)`` fence."""
    if _parser is None:  # pragma: no cover
        return None
    flags = regex.flags
    want: dict[str, Any] = {}
    for name, source in pieces.items():
        tree = list(_parser.parse(source, flags))
        if len(tree) != 3 or tree[1][0] is not _constants.SUBPATTERN:
            return None
        body = tree[1][1]
        want[name] = (_shape(tree[0]), (body[1], body[2], _shape(body[3])), _shape(tree[2]))
    try:
        tree = _parser.parse(regex.pattern, flags)
    except (re.error, RecursionError):  # pragma: no cover - a compiled pattern parses
        return None
    reader = _Reader(want, {num: name for name, num in regex.groupindex.items()})
    if reader.eats_digit(tree):
        return None
    if not reader.used:
        return re.compile("(?!)")  # no piece reads digits: no number is read
    return re.compile("|".join(f"(?:{pieces[name]})" for name in sorted(reader.used)), flags)


__all__ = ["DIGIT_PIECES", "digit_readers"]
