"""Which of many regular expressions can match a line, from the words each one needs.

Cleaning tries every language's boilerplate patterns on every line of every
document. Most patterns need a keyword somewhere in the line ("photo", "фото",
"ảnh", ...), and some of them float (``(?:.{0,400}\\s)?(?i:photo|...)``): the regex
engine walks the whole line back and forth for each of those, for every language,
on every line, although almost no line contains any of their keywords.

``KeyedPatterns`` reads, from each pattern's parse tree, a set of literal strings
of which every match must contain one (its *required literals*), puts all of them
in one Aho-Corasick automaton over case-folded text, and for a line tries only the
patterns whose literals occur in it (plus the patterns with no usable literal).
The answer is exact, not a heuristic:

- a literal inside ``(?i:...)`` matches under Python's case-insensitive rules:
  characters equal after the simple lower-case mapping, plus the few extra pairs
  ``re`` adds (``s``/``ſ``, ``σ``/``ς``, ...). ``fold`` maps a text so that two
  characters ``re`` treats as equal fold to the same character, so a folded line
  contains the folded literal whenever the pattern matches (case-sensitive
  literals are folded too: that can only let more lines through);
- a requirement is only taken from parts every match must go through: a run of
  literals, a small class of plain characters, a group, a repeat of at least one,
  a branch whose every alternative has a requirement (their union). Look-arounds,
  other classes and optional parts give none; a pattern with no requirement of at
  least two characters (or of single non-ASCII signs such as "©" or "—") is always
  tried.

Among the patterns that may match, the first in the original order still wins.
The patterns with no requirement are checked by one alternation built once (a
C-level pass), so a line with none of the keywords costs one ``str.lower``, one
automaton walk and that one pass (the automaton holds each literal in every
spelling of ``re``'s extra pairs, so lines need no translation); nothing is
compiled per line or per document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

import ahocorasick

from ._re_private import _casefix, _constants, _parser  # None elsewhere: nothing is filtered

_MIN_LITERAL = 2
_MAX_CLASS = 8


@cache
def _fold_table() -> dict[int, int]:
    """Each member of one of ``re``'s extra case-insensitive classes -> the class's least."""
    table: dict[int, int] = {}
    if _casefix is None:  # pragma: no cover
        return table
    for lo, others in _casefix._EXTRA_CASES.items():
        least = min(lo, *others)
        for c in (lo, *others):
            table[c] = min(table.get(c, c), least)
    return table


def fold(text: str) -> str:
    """Case-folded so that characters equal under ``re.IGNORECASE`` become equal.

    ``str.lower`` is the simple per-character mapping ``re`` uses except for "İ"
    (full mapping "i̇"), which is replaced first; the final-sigma rule of
    ``str.lower`` gives "ς" where ``re`` gives "σ", and both fold to one character.
    """
    return text.replace("İ", "i").lower().translate(_fold_table())


def _lower(text: str) -> str:
    """``re``'s per-character lower case of ``text`` (as :func:`fold`, without the extra
    pairs: lines are lowered only, the automaton holds every spelling of the pairs)."""
    return text.replace("İ", "i").lower()


@cache
def _classes() -> dict[str, str]:
    """Each member of one of ``re``'s extra case-insensitive classes -> all its members."""
    members: dict[int, set[int]] = {}
    for c, least in _fold_table().items():
        members.setdefault(least, set()).add(c)
    return {chr(c): "".join(sorted(map(chr, group))) for group in members.values() for c in group}


_MAX_SPELLINGS = 256


def _spellings(folded: str) -> list[str] | None:
    """Every lower-case text that folds to ``folded`` (None past a bound)."""
    out = [""]
    classes = _classes()
    for ch in folded:
        options = classes.get(ch, ch)
        out = [o + x for o in out for x in options]
        if len(out) > _MAX_SPELLINGS:
            return None
    return out


def _narrowed(folded: str) -> list[str] | None:
    """The spellings of the longest piece of ``folded`` that has at most ``_MAX_SPELLINGS``
    of them (fewest spellings first among pieces of one length), or None.

    Every match holding the literal holds each of its pieces, so a piece is a requirement
    as exact as the literal (only less selective): a long Russian keyword whose letters
    ``re`` pairs with rare look-alikes (в/ᲀ, о/ᲂ, т/ᲄ ...) has thousands of spellings, and
    without this its pattern was tried on every line."""
    for size in range(len(folded) - 1, _MIN_LITERAL - 1, -1):
        best: list[str] | None = None
        for at in range(len(folded) - size + 1):
            piece = folded[at : at + size]
            if not _selective(piece):
                continue
            spelt = _spellings(piece)
            if spelt is not None and (best is None or len(spelt) < len(best)):
                best = spelt
        if best is not None:
            return best
    return None


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` contains one (folded), or None."""
    if _parser is None:  # pragma: no cover
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    found = _required(list(tree))
    if not found or not all(map(_selective, found)):
        return None
    return frozenset(fold(s) for s in found)


def _required(seq: Sequence[tuple[Any, Any]]) -> set[str] | None:
    """The best requirement of one sequence of parse-tree items (longest shortest string)."""
    c = _constants
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in seq:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        sub: set[str] | None = None
        if op is c.SUBPATTERN:
            sub = _required(list(av[-1]))
        elif op is c.ATOMIC_GROUP:
            sub = _required(list(av))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _required(list(av[2]))
        elif op is c.IN and 0 < len(av) <= _MAX_CLASS and all(o is c.LITERAL for o, _ in av):
            sub = {chr(v) for _, v in av}  # a small class of plain characters: "[—–]"
        elif op is c.BRANCH:
            union: set[str] = set()
            for alt in av[1]:
                part = _required(list(alt))
                if not part:
                    union = set()
                    break
                union |= part
            sub = union or None
        if sub:
            options.append(sub)
    if run:
        options.append({"".join(run)})
    if not options:
        return None
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def _selective(literal: str) -> bool:
    """Worth indexing: two characters or more, or one rare sign ("©"), not a letter."""
    if len(literal) >= _MIN_LITERAL:
        return True
    return len(literal) == 1 and ord(literal) > 127 and not literal.isalnum()


Alternation = Callable[[Iterable[re.Pattern[str]]], "re.Pattern[str] | None"]


class KeyedPatterns:
    """Patterns tried in order on a line, skipping those whose required literals are absent.

    ``mode`` is "fullmatch" or "search"; ``alternation`` joins patterns into one that
    matches exactly when one of them does (or returns None when it cannot promise
    that); it is used once, for the patterns that need no literal.
    """

    def __init__(
        self, patterns: Sequence[re.Pattern[str]], mode: str, alternation: Alternation
    ) -> None:
        self._patterns = tuple(patterns)
        self._fullmatch = mode == "fullmatch"
        self._always = 0
        auto = ahocorasick.Automaton()
        masks: dict[str, int] = {}
        for i, rx in enumerate(self._patterns):
            lits = required_literals(rx)
            spelt = (
                [_spellings(lit) or _narrowed(lit) for lit in lits] if lits is not None else [None]
            )
            if any(sp is None for sp in spelt):
                self._always |= 1 << i
                continue
            for sp in spelt:
                for lit in sp or ():
                    masks[lit] = masks.get(lit, 0) | (1 << i)
        for lit, mask in masks.items():
            auto.add_word(lit, (len(lit), mask))
        self._keyed = bool(masks)
        if self._keyed:
            auto.make_automaton()
        self._auto = auto
        self._always_any = alternation(self._patterns[i] for i in _bits(self._always))

    def candidates(self, line: str) -> int:
        """Bit i set: pattern i may match ``line``."""
        return self.candidates_lowered(_lower(line))

    def candidates_lowered(self, low: str) -> int:
        """``candidates`` of a line whose ``_lower`` the caller already holds (``low``)."""
        mask = self._always
        if self._keyed:
            for _, (_, bits) in self._auto.iter(low):
                mask |= bits
        return mask

    @property
    def always_mask(self) -> int:
        """The bits of the patterns with no usable literal (tried on every line)."""
        return self._always

    def line_masks(self, text: str) -> list[int] | None:
        """``candidates`` of every line of ``text.split("\n")``, each line stripped, from
        one automaton walk over the whole text (None when lower-casing changed its length).

        The same masks as asking line by line: a literal counts for a line when it lies
        within the stripped line, and lower-casing is per character but for the final
        sigma, whose context ends at the space or line break around a stripped line (the
        automaton holds both sigmas anyway). One walk per text instead of one
        ``str.lower`` and one walk per line; the lines are walked once, in step with the
        literals found (sorted by their end)."""
        lines = text.split("\n")
        masks = [self._always] * len(lines)
        if not self._keyed:
            return masks
        low = _lower(text)
        if len(low) != len(text):  # pragma: no cover - only "İ" lowers to two, replaced
            return None
        j = 0
        start, end = 0, len(lines[0])  # line j is text[start:end]
        lo = hi = -1  # its stripped part, text[lo:hi], found at its first literal
        for last, (length, bits) in self._auto.iter(low):
            if last >= end:
                while last >= end:
                    j += 1
                    start = end + 1
                    end = start + len(lines[j])
                lo = -1
            if lo < 0:
                line = lines[j]
                lo = start + len(line) - len(line.lstrip())
                hi = start + len(line.rstrip())
            if last < hi and last - length + 1 >= lo:
                masks[j] |= bits
        return masks

    def first(
        self,
        line: str,
        accept: Callable[[re.Match[str]], bool] | None = None,
        mask: int | None = None,
    ) -> tuple[int, re.Match[str]] | None:
        """The first pattern that matches ``line`` (and whose match ``accept`` takes), in
        order, with its match.

        A line with none of the literals is done after one pass of the alternation of
        the patterns that need none (most lines of a story). A line holding some literal
        is tried against those patterns only when that alternation matches it (it matches
        exactly when one of them does): was each of them tried one by one. ``mask`` is the
        line's ``candidates`` when the caller has it already (``line_masks``)."""
        if mask is None:
            mask = self.candidates(line)
        if not mask:
            return None
        if (
            mask & self._always
            and self._always_any is not None
            and self._probe(self._always_any, line) is None
        ):
            mask &= ~self._always
            if not mask:
                return None
        for i in _bits(mask):
            m = self._probe(self._patterns[i], line)
            if m and (accept is None or accept(m)):
                return i, m
        return None

    def _probe(self, rx: re.Pattern[str], line: str) -> re.Match[str] | None:
        return rx.fullmatch(line) if self._fullmatch else rx.search(line)


def _bits(mask: int) -> Iterable[int]:
    """The set bits of ``mask``, lowest first (one step per set bit, not per bit)."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


_END = ""


def literal_trie(forms: Iterable[str], space: str = r"\s+", ignorecase: bool = True) -> str | None:
    """One case-insensitive regex for a list of words, factored as a trie; or None.

    Matches, at any position, exactly what ``(?i:form1|form2|...)`` with the forms
    sorted longest first matches there (a space in a form matches ``\\s+``), as long
    as the caller asks for the same thing after it. Why it is the same: forms are
    folded like :func:`fold`, so two forms ``re`` would match on the same text share
    their trie path, and at each node at most one child can match the next character;
    the forms that match at a position therefore lie on one path, and the trie tries
    the deeper (longer) ones first, falling back to shorter ones when what follows
    fails, as the sorted alternation does. Why it is faster: ``re`` enters every
    alternative of a case-insensitive alternation at each candidate position (its
    first-character shortcut works only for case-sensitive literals), a few hundred
    for a title list; the trie enters one per character. None when a form holds
    whitespace other than a plain space (it could overlap ``\\s+``) or is empty.

    ``space`` is what a space in a form matches (a pattern of whitespace only); with
    ``ignorecase`` False the trie is case-sensitive (forms are not folded), for use
    inside ``(?-i:...)``.
    """
    if _casefix is None:  # pragma: no cover - folding would not be re's
        return None
    root: dict[str, Any] = {}
    for form in forms:
        if not form or any(ch.isspace() and ch != " " for ch in form):
            return None
        node = root
        for ch in fold(form) if ignorecase else form:
            node = node.setdefault(space if ch == " " else re.escape(ch), {})
        node[_END] = {}
    if not root:
        return None
    return "(?i:" + _emit(root) + ")" if ignorecase else "(?:" + _emit(root) + ")"


def _emit(node: dict[str, Any]) -> str:
    parts = [tok + _emit(child) for tok, child in sorted(node.items()) if tok != _END]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if _END in node else body


__all__ = ["KeyedPatterns", "fold", "literal_trie", "required_literals"]
