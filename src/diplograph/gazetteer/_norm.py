"""Length-preserving text folding, so a match in folded text is a span of the original.

Folding maps every character to exactly one character (lower case, Latin
diacritics dropped, dashes/apostrophes/whitespace unified, Cyrillic yo to ye),
so offsets in the folded string are offsets in the original: no offset map is
needed and matching stays a single C-level automaton pass. Patterns are folded
the same way and additionally have their whitespace runs collapsed.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

# Character classes, not words: which code points are dashes, apostrophes, spaces.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad"
_APOSTROPHES = "\u2019\u2018\u02bc\u0060\u00b4\u2032"
_SPACES = "\t\n\r\x0b\x0c\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000"
_LATIN_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))
# The first script written without spaces (Thai, U+0E00) starts here: every such script lies at
# or above it, so two characters below it answer word-boundary questions without
# ``is_spaceless_script`` (``_match``), and only forms from here on have the Thai/Lao vowel
# AM's spellings (``_automaton``). ``tests/test_gazetteer_spaced_shortcut.py`` checks it.
SPACELESS_FROM = "\u0e00"
# Blocks of running text kept as they are by folding (ASCII, Latin-1 and extended Latin, Greek,
# Cyrillic, Thai, Lao, Vietnamese Latin, general and CJK punctuation, kana, CJK ideographs,
# Hangul syllables, full-width forms): listed in the folding table as themselves.
_IDENTITY_RANGES = (
    (0x0000, 0x024F),
    (0x0370, 0x052F),
    (0x0E00, 0x0EFF),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x3000, 0x30FF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
    (0xFF00, 0xFFEF),
)
# Letters whose base letter is not reachable by canonical decomposition.
_SPECIAL_BASES = {"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ı": "i", "ħ": "h"}
_WS_RUN = re.compile(r" {2,}")
_DASH_OR_SPACE = re.compile(r"[-\u2010-\u2015\u2212]|\s{2,}")
# Compiled once per process (the re module's cache is shared and small).
_DASH_RUN = re.compile(r"\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\s*")
_SPACE_RUN = re.compile(r"\s+")
# A text at least this long is folded through a code-point table (numpy) rather than
# ``str.translate``: ``translate`` looks every non-ASCII character up in the dict one by
# one (~50 us for a 3 KB article, the whole document folded for each gazetteer pass); the
# table is one gather. Shorter texts (names, probes) stay on ``translate`` (no set-up cost).
_TABLE_FROM = 256
# The table covers the Basic Multilingual Plane; a text with a character beyond it uses
# ``translate``.
_TABLE_SIZE = 0x10000


class Folder:
    """Holds the translation tables (on the instance: no module-level mutable state)."""

    __slots__ = ("_punct", "_strip", "_strip_codes")

    def __init__(self) -> None:
        punct: dict[int, str] = {}
        for ch in _DASHES:
            punct[ord(ch)] = "-"
        for ch in _APOSTROPHES:
            punct[ord(ch)] = "'"
        for ch in _SPACES:
            punct[ord(ch)] = " "
        punct[ord("ё")] = "е"
        strip: dict[int, str | int] = dict(punct)
        for lo, hi in _LATIN_RANGES:
            for cp in range(lo, hi + 1):
                ch = chr(cp)
                base = _SPECIAL_BASES.get(ch)
                if base is None:
                    decomposed = unicodedata.normalize("NFD", ch)
                    base = decomposed[0] if decomposed else ch
                    if not base.isascii():
                        continue
                base = base.lower()
                if len(base) == 1 and base != ch.lower():
                    strip[cp] = base
        for ch, base in _SPECIAL_BASES.items():
            strip[ord(ch)] = base
        # The letters of the scripts we read map to themselves explicitly: ``str.translate``
        # with a dict raises and clears a KeyError for every character the table lacks, which
        # made folding non-ASCII text ~2x slower (same result: a missing key keeps the
        # character, and so does mapping it to itself).
        for lo, hi in _IDENTITY_RANGES:
            for cp in range(lo, hi + 1):
                strip.setdefault(cp, cp)
        self._punct = punct
        self._strip = strip
        self._strip_codes: np.ndarray | None = None  # built on first use (``_codes``)

    @staticmethod
    def _lower(text: str) -> str:
        low = text.lower()
        if len(low) == len(text):
            return low
        # Only U+0130 (dotted capital I) lowers to two code points; map it first.
        low = text.replace("\u0130", "I").lower()
        if len(low) == len(text):
            return low
        return "".join(c.lower()[0] for c in text)

    def text(self, text: str) -> str:
        """Fully folded text, same length as ``text``."""
        low = self._lower(text)
        if len(low) < _TABLE_FROM:
            return low.translate(self._strip)
        codes = np.frombuffer(low.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if int(codes.max()) >= _TABLE_SIZE:
            return low.translate(self._strip)
        return self._codes()[codes].tobytes().decode("utf-32-le", "surrogatepass")

    def _codes(self) -> np.ndarray:
        """``self._strip`` as an array: code point -> folded code point, below
        ``_TABLE_SIZE`` (what ``str.translate`` gives: unlisted characters stay; every
        listed one maps to exactly one character, so lengths are kept)."""
        if self._strip_codes is None:
            table = np.arange(_TABLE_SIZE, dtype=np.uint32)
            for cp, to in self._strip.items():
                if cp < _TABLE_SIZE:
                    table[cp] = to if isinstance(to, int) else ord(to)
            self._strip_codes = table
        return self._strip_codes

    def exact(self, text: str) -> str:
        """Lower case with punctuation unified but diacritics kept, same length."""
        return self._lower(text).translate(self._punct)

    def pattern(self, form: str) -> str:
        """Folded pattern: fully folded, whitespace runs collapsed, trimmed."""
        return _WS_RUN.sub(" ", self.text(form)).strip()

    def pattern_exact(self, form: str) -> str:
        return _WS_RUN.sub(" ", self.exact(form)).strip()


# Thai and Lao write the vowel AM as one letter ("ຳ", "ำ") or as its two parts (nikhahit and
# AA: "ໍາ", "ํา"); Lao pages use both, even within one text. One letter against two, the
# spellings cannot be folded into each other in place (folding keeps lengths), so a name is
# listed in both.
_AM_SPLIT = str.maketrans({"\u0eb3": "\u0ecd\u0eb2", "\u0e33": "\u0e4d\u0e32"})
_AM_JOIN = re.compile("\u0ecd\u0eb2|\u0e4d\u0e32")
_AM_ANY = re.compile("[\u0eb3\u0e33]|\u0ecd\u0eb2|\u0e4d\u0e32")


def am_variants(form: str) -> set[str]:
    """A Thai or Lao name with the vowel AM in its other spelling (empty when it has none)."""
    if _AM_ANY.search(form) is None:
        return set()
    joined = _AM_JOIN.sub(lambda m: "\u0eb3" if m.group() == "\u0ecd\u0eb2" else "\u0e33", form)
    return {joined, joined.translate(_AM_SPLIT)} - {form}


def hyphen_variants(form: str) -> set[str]:
    """The spellings a hyphenated name takes in real text: joined, spaced, dropped.

    "Bà Rịa - Vũng Tàu", "Ba Ria-Vung Tau", "Ba Ria Vung Tau" are one name.
    Apostrophes inside a name ("Lang'son") are also tried without.
    """
    if not _DASH_OR_SPACE.search(form):
        return {form.strip()}
    base = _DASH_RUN.sub("-", form.strip())
    out = {form.strip(), base}
    if "-" in base:
        out.add(base.replace("-", " - "))
        out.add(base.replace("-", " "))
    return {_SPACE_RUN.sub(" ", v) for v in out if v}


def is_boundary_char(ch: str) -> bool:
    """True when ``ch`` cannot continue a word (so a name may end/start next to it)."""
    return not (ch.isalnum() or ch == "_")


def is_spaceless_script(ch: str) -> bool:
    """Scripts written without spaces between words (CJK, Thai, Lao, Khmer, kana)."""
    cp = ord(ch)
    return (
        0x0E00 <= cp <= 0x0EFF  # Thai, Lao
        or 0x1780 <= cp <= 0x17FF  # Khmer
        or 0x3040 <= cp <= 0x30FF  # kana
        or 0x3400 <= cp <= 0x9FFF  # CJK
        or 0xAC00 <= cp <= 0xD7AF  # Hangul (spaced, but particles attach)
        or 0xF900 <= cp <= 0xFAFF
    )
