"""Snippets of a search hit: the query's forms found in the text, and a window around them.

Split from ``_search`` by job: ranking decides which documents a page holds; this
module only shows why each one matched (the window around the first match, the
highlighted spans, the spellings that matched). Kept apart because it reads the
document text, never the index, and is the same for every store backend.

Why snippets in Python: the matched form ("Калужской области" for "Kaluga") and
its offsets are found by one Aho-Corasick pass over the length-preserving folded
text of each hit on the page, the same way for every script; FTS5's
``snippet()`` only highlights tokens of the column it cuts from.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._search_query import ParsedQuery, _spaceless

SNIPPET_BEFORE = 70  # characters of context before the first match
SNIPPET_LENGTH = 220


class FormFinder:
    """Finds a query's forms in a text: one Aho-Corasick pass over the folded text."""

    def __init__(self, query: ParsedQuery, folder: Any) -> None:
        import ahocorasick

        self.folder = folder
        self.automaton = ahocorasick.Automaton()
        for g in query.groups:
            for f in g.forms:
                key = folder.pattern(f)
                if key:
                    self.automaton.add_word(key, len(key))
        self.empty = len(self.automaton) == 0
        if not self.empty:
            self.automaton.make_automaton()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Non-overlapping match spans, longest first at each place, on word bounds."""
        if self.empty or not text:
            return []
        folded = self.folder.text(text)
        found: list[tuple[int, int]] = []
        for end, length in self.automaton.iter(folded):
            start = end + 1 - length
            first, last = folded[start], folded[end]
            if not _spaceless(first) and start > 0 and folded[start - 1].isalnum():
                continue
            if not _spaceless(last) and end + 1 < len(folded) and folded[end + 1].isalnum():
                continue
            found.append((start, end + 1))
        found.sort(key=lambda s: (s[0], -s[1]))
        out: list[tuple[int, int]] = []
        for s, e in found:
            if out and s < out[-1][1]:
                continue
            out.append((s, e))
        return out


def snippet(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[list[int]]]:
    """A window of ``text`` around the first match, with the matches inside it."""
    if not spans:
        cut = text[:SNIPPET_LENGTH]
        return (cut + (" …" if len(text) > SNIPPET_LENGTH else "")), []
    first = spans[0][0]
    start = max(0, first - SNIPPET_BEFORE)
    if start > 0:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", max(first, end - 40), end)
        end = space if space > first else end
    prefix = "… " if start > 0 else ""
    body = text[start:end].replace("\n", " ")
    hl = [
        [len(prefix) + s - start, len(prefix) + min(e, end) - start]
        for s, e in spans
        if s >= start and s < end
    ]
    return prefix + body + (" …" if end < len(text) else ""), hl


def matched_forms(texts: Iterable[tuple[str, list[tuple[int, int]]]], limit: int = 6) -> list[str]:
    """The distinct spellings that matched (as written in the document)."""
    out: dict[str, None] = {}
    for text, spans in texts:
        for s, e in spans:
            out.setdefault(" ".join(text[s:e].split()), None)
            if len(out) >= limit:
                return list(out)
    return list(out)
