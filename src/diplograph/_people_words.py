"""A document's words read once for the people stage's scans (titles, bodies, honorifics,
capitalised words that may start a name, capitalised runs that may end in a compound title).

Why: each of those was a regular expression run over the whole text (``finditer`` or
``findall``), five passes that tested every character against a class (``\\W``, or a
negated class of letters) through Unicode's tables: about a quarter of the stage. Here the
text is cut once at whitespace (``str.split``, in C), and each distinct piece is asked, once
per language (remembered), which of its runs of word characters (``\\w+``) can open a title,
a body or an honorific, or start a name; a document then only looks up its pieces and
matches the patterns at the occurrences of the few runs that can open one.

Why it is exact: a run of word characters never holds whitespace, so the runs of the text
are the runs of its pieces. Every one of those patterns refuses a word character before a
match (``(?<!\\w\\w)`` after the first letter, or ``(?<!\\w)``), so where every form opens
with a word character (checked, else the plain scan is kept) a match starts where a run
starts, and its form's leading run of word characters meets the whole run there: the form
goes on with a character that is no word character in any case (checked, else the plain scan
is kept) or ends where ``(?!\\w)`` / ``(?=\\s)`` holds. So the text's run fullmatches that
leading run case-insensitively (``first_words``); the pattern is then matched at every
occurrence of such runs, leftmost first, each match skipping the occurrences it covers,
which is what ``finditer`` finds. Capitalised words and runs (``_CAP_WORD``, ``_CAP_RUN``)
start where a run starts: the words of runs opening with their class of letters hold every
word those patterns find (more, which the callers' check of each occurrence drops).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ._keyfilter import fold
from ._people_model import _WORD_CHAR, _ci_variants, _flat, _word_hits

if TYPE_CHECKING:
    from ._people_model import _Lang

_RUN = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]+")
# The first letters of ``_people_model._CAP_WORD`` and ``_CAP_RUN`` (the same classes).
_CAP_WORD_FIRST = re.compile(r"[^\W\d_a-zа-яё\u00df-\u00ff]")
_CAP_RUN_FIRST = re.compile(r"[^\W\d_a-zß-ÿ]")
# Pieces remembered per language (both tables together, a few MB at most), then forgotten
# at once.
_MEMO_PIECES = 100_000


def first_words(forms: list[str]) -> re.Pattern[str] | None:
    """A pattern whose ``fullmatch`` holds for every run of word characters a match of the
    forms' pattern can start on (the forms' leading runs, case-insensitively); None when a
    form opens with no word character, or its leading run is followed by a character with a
    word character among its case variants (the pattern is then scanned plainly)."""
    firsts: set[str] = set()
    for form in forms:
        if not form:
            continue
        m = _RUN.match(form)
        if m is None:
            return None
        nxt = form[m.end() : m.end() + 1]
        if nxt and any(_WORD_CHAR.match(v) for c in (nxt, fold(nxt)) for v in _ci_variants(c)):
            return None
        firsts.add(m.group(0))
    if not firsts:
        return None
    alts = sorted(firsts, key=lambda w: (-len(w), w))
    return re.compile("(?:" + "|".join(re.escape(w) for w in alts) + ")", re.IGNORECASE)


@dataclass(slots=True)
class DocWords:
    """The runs of one document's words that may open a title, a body or an honorific
    (distinct), the capitalised words that may start a name (``name_start``), and the
    capitalised runs (compound titles; only where the language has them)."""

    titles: set[str]
    bodies: set[str]
    honorifics: set[str]
    name_starts: set[str]
    cap_runs: set[str]


# What a piece of text between whitespace holds: the five kinds of runs above, or None.
_Piece = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


class WordIndex:
    """One language's pieces remembered (``doc_words``); lives as long as the stage."""

    def __init__(
        self,
        titles: re.Pattern[str] | None,
        bodies: re.Pattern[str] | None,
        honorifics: re.Pattern[str] | None,
        caps: bool,
    ) -> None:
        self.titles, self.bodies, self.honorifics, self.caps = titles, bodies, honorifics, caps
        # Any of the three, for ``_piece``: most runs open none of them, and one ``fullmatch``
        # of the alternation tells so (it holds exactly when one of them does: ``fullmatch``
        # backtracks into every alternative). Only for patterns of the same flags (None:
        # each run is asked of each pattern).
        given = [p for p in (titles, bodies, honorifics) if p is not None]
        self.any_first = (
            re.compile("|".join(f"(?:{p.pattern})" for p in given), given[0].flags)
            if given and len({p.flags for p in given}) == 1
            else None
        )
        self.found: dict[str, _Piece] = {}
        self.plain: set[str] = set()

    def _piece(self, piece: str, name_start: Callable[[str], str]) -> _Piece | None:
        runs = _RUN.findall(piece)
        # the runs opening one of the three kinds, asked once each (``any_first``)
        any_first = self.any_first
        opening = [r for r in runs if any_first.fullmatch(r)] if any_first is not None else runs
        kinds: list[tuple[str, ...]] = [(), (), ()]
        if opening:
            for k, pattern in enumerate((self.titles, self.bodies, self.honorifics)):
                if pattern is not None:
                    kinds[k] = tuple(r for r in opening if pattern.fullmatch(r))
        names = []
        caps = []
        for r in runs:
            if _CAP_WORD_FIRST.match(r):
                m = _LETTERS.match(r)
                if m is not None and len(m.group(0)) >= 2 and name_start(m.group(0)):
                    names.append(m.group(0))
            if self.caps and _CAP_RUN_FIRST.match(r):
                caps.append(r)
        if not (kinds[0] or kinds[1] or kinds[2] or names or caps):
            return None
        return kinds[0], kinds[1], kinds[2], tuple(names), tuple(caps)

    def doc_words(self, text: str, name_start: Callable[[str], str]) -> DocWords:
        """The document's runs of each kind (see the module's docstring)."""
        if len(self.found) + len(self.plain) > _MEMO_PIECES:
            self.found.clear()
            self.plain.clear()
        out = DocWords(set(), set(), set(), set(), set())
        found, plain = self.found, self.plain
        for piece in set(text.split()) - plain:
            kinds = found.get(piece)
            if kinds is None:
                kinds = self._piece(piece, name_start)
                if kinds is None:
                    plain.add(piece)
                    continue
                found[piece] = kinds
            out.titles.update(kinds[0])
            out.bodies.update(kinds[1])
            out.honorifics.update(kinds[2])
            out.name_starts.update(kinds[3])
            out.cap_runs.update(kinds[4])
        return out


def hits_at(plain: re.Pattern[str], text: str, runs: set[str]) -> list[tuple[int, int, str]]:
    """Start, end and text of each match of ``plain`` in ``text`` (as ``finditer``), given
    every run of word characters a match can start on (``DocWords``): the pattern is
    matched at each occurrence of those runs, leftmost first, skipping what a match covers.
    """
    starts: set[int] = set()
    for run in runs:
        i = text.find(run)
        while i >= 0:
            starts.add(i)
            i = text.find(run, i + 1)
    hits: list[tuple[int, int, str]] = []
    reach = 0
    for i in sorted(starts):
        if i < reach:
            continue
        m = plain.match(text, i)
        if m is not None:
            hits.append((i, m.end(), m.group(0)))
            reach = m.end()
    return hits


def word_index(data: dict[str, Any], lang: _Lang) -> WordIndex:
    """The word index of a language's titles data (``titles.yaml``) compiled as ``lang``."""
    titles = [str(f) for key in ("titles", "coref_only") for f in _flat(data.get(key) or {})]
    return WordIndex(
        first_words(titles),
        first_words(_flat(data.get("bodies") or {})),
        first_words([str(h) for h in data.get("honorifics") or ()]),
        lang.compound_word is not None,
    )


def scan(
    lang: _Lang, kind: Literal["titles", "bodies", "honorifics"], text: str, words: DocWords | None
) -> list[tuple[int, int, str]]:
    """The matches of one of ``lang``'s word patterns in ``text`` (``_word_hits``), read at
    the runs ``words`` gives when the document's words were read and the pattern allows it
    (``first_words``)."""
    plain: re.Pattern[str] = getattr(lang, kind)
    if words is not None and lang.words is not None and getattr(lang.words, kind) is not None:
        return hits_at(plain, text, getattr(words, kind))
    return _word_hits(plain, getattr(lang, kind + "_after"), text)


__all__ = ["DocWords", "WordIndex", "first_words", "hits_at", "scan", "word_index"]
