"""PlaceStage: the pipeline's wrapper around :meth:`Gazetteer.find`.

A line that is a list of place names (an outlet's menu of provinces, a "regions"
widget, one province per line in a sidebar) is page chrome, not a mention of each
place: its place mentions are dropped here, before any later stage counts them.
"""

from __future__ import annotations

import re

from .._models import Document, Mention
from .._resources import Resources

_PLACE_KINDS = frozenset({"region", "city", "country"})
_WORD = re.compile(r"[^\W\d_]+")
# A list line names at least this many places, with at most one other word per this many.
_MIN_LIST_PLACES = 3
_PLACES_PER_OTHER_WORD = 3
# Consecutive lines each naming only a place (a menu written one item per line).
_MIN_LIST_LINES = 3
_MAX_ITEM_WORDS = 1


def _residue_words(text: str, start: int, end: int, spans: list[Mention]) -> int:
    """Words of ``text[start:end]`` outside the place mentions in it."""
    pos = start
    words = 0
    for m in spans:
        words += len(_WORD.findall(text[pos : m.start]))
        pos = max(pos, m.end)
    return words + len(_WORD.findall(text[pos:end]))


def list_lines(text: str, places: list[Mention]) -> list[tuple[int, int]]:
    """Spans of lines that are lists of place names (mentions there are chrome)."""
    lines: list[tuple[int, int, list[Mention], int]] = []
    pos = 0
    i = 0
    ordered = sorted(places, key=lambda m: m.start)
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        inside: list[Mention] = []
        while i < len(ordered) and ordered[i].start < end:
            if ordered[i].start >= start:
                inside.append(ordered[i])
            i += 1
        if line.strip():
            lines.append((start, end, inside, _residue_words(text, start, end, inside)))
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for start, end, inside, other in lines:
        if (
            len(inside) >= _MIN_LIST_PLACES
            and other * _PLACES_PER_OTHER_WORD <= len(inside)
        ):
            out.append((start, end))
        if inside and other <= _MAX_ITEM_WORDS and len(inside) <= 2:
            run.append((start, end))
            continue
        if len(run) >= _MIN_LIST_LINES:
            out.extend(run)
        run = []
    if len(run) >= _MIN_LIST_LINES:
        out.extend(run)
    return out


class PlaceStage:
    name = "places"
    requires: tuple[str, ...] = ("text", "lang", "sentences")
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, res: Resources) -> None:
        self.res = res

    def __call__(self, doc: Document) -> Document:
        found = self.res.gazetteer.find(doc.text, doc.lang)
        places = [m for m in found if m.kind in _PLACE_KINDS]
        if len(places) >= _MIN_LIST_PLACES:
            chrome = list_lines(doc.text, places)
            if chrome:
                found = [
                    m
                    for m in found
                    if m.kind not in _PLACE_KINDS or not any(s <= m.start < e for s, e in chrome)
                ]
        doc.mentions = sorted([*doc.mentions, *found], key=lambda m: (m.start, m.end))
        return doc
