"""PlaceStage: the pipeline's wrapper around :meth:`Gazetteer.find`.

A line that is a list of place names (an outlet's menu of provinces, a "regions"
widget, one province per line in a sidebar) is page chrome, not a mention of each
place: its place mentions are dropped here, before any later stage counts them.
"""

from __future__ import annotations

import re

from .._errors import LanguageDataError
from .._keyfilter import KeyedPatterns
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
# Answers of ``PlaceStage._named_region`` kept per stage (a stream of new names cannot grow
# the memo past this).
_PROBE_MEMO = 20_000
_MISSING = object()


def _residue_words(text: str, start: int, end: int, spans: list[Mention]) -> int:
    """Words of ``text[start:end]`` outside the place mentions in it."""
    pos = start
    words = 0
    for m in spans:
        words += len(_WORD.findall(text[pos : m.start]))
        pos = max(pos, m.end)
    return words + len(_WORD.findall(text[pos:end]))


def _residue_over(text: str, start: int, end: int, spans: list[Mention], limit: int) -> int:
    """``min(_residue_words(text, start, end, spans), limit + 1)``: the words are counted
    only until there are more than ``limit`` (a line of running text has dozens, and
    ``list_lines`` only asks whether there are at most one or ``len(spans) // 3``).
    ``finditer`` with ``pos``/``endpos`` finds the matches of the slice (``_WORD`` has no
    anchor or look-around)."""
    words = 0
    pos = start
    over = limit + 1
    for m in (*spans, None):
        stop = end if m is None else m.start
        for _ in _WORD.finditer(text, pos, stop):
            words += 1
            if words >= over:
                return over
        if m is not None:
            pos = max(pos, m.end)
    return words


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
            # the other words are only asked of a line naming a place (both tests below),
            # and only as far as the test of its number of places needs them
            many = len(inside) >= _MIN_LIST_PLACES
            limit = len(inside) // _PLACES_PER_OTHER_WORD if many else _MAX_ITEM_WORDS
            other = _residue_over(text, start, end, inside, limit) if inside else 0
            lines.append((start, end, inside, other))
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for start, end, inside, other in lines:
        if len(inside) >= _MIN_LIST_PLACES and other * _PLACES_PER_OTHER_WORD <= len(inside):
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


def _no_alternation(_patterns: object) -> None:
    """No alternation (``KeyedPatterns`` is only asked for its candidates here)."""
    return None


class PlaceStage:
    name = "places"
    requires: tuple[str, ...] = ("text", "lang", "sentences")
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, res: Resources) -> None:
        self.res = res
        self._derived: dict[str, list[tuple[re.Pattern[str], str, str]]] = {}
        self._probed: dict[tuple[str, str | None], str | None] = {}
        self._keyed: dict[str, KeyedPatterns] = {}

    def __reduce__(self) -> tuple[type[PlaceStage], tuple[Resources]]:
        return (PlaceStage, (self.res,))

    def derived_rules(self, lang: str | None) -> list[tuple[re.Pattern[str], str, str]]:
        """``places.yaml`` ``derived`` entries of a language: (regex, lookup template, rule)."""
        if lang is None:
            return []
        if lang not in self._derived:
            rules: list[tuple[re.Pattern[str], str, str]] = []
            entries = self.res.registry.lang(lang, "places").get("derived") or []
            if not isinstance(entries, list):
                raise LanguageDataError(f"lang/{lang}/places.yaml: derived must be a list")
            for i, e in enumerate(entries):
                try:
                    rx = re.compile(str(e["pattern"]))
                except (KeyError, TypeError, re.error) as exc:
                    raise LanguageDataError(
                        f"lang/{lang}/places.yaml: derived[{i}]: {exc}"
                    ) from None
                rules.append((rx, str(e.get("as", "{}")), f"places:{lang}/derived[{i}]"))
            self._derived[lang] = rules
        return self._derived[lang]

    def derived(self, text: str, lang: str | None, known: list[Mention]) -> list[Mention]:
        """Regions named without a noun of their own ("Penza and Grodno oblasts" in Russian
        word order), found by looking each name up with the noun the rule gives."""
        out: list[Mention] = []
        rules = self.derived_rules(lang)
        if not rules or lang is None:
            return out
        # only the rules whose required words the text holds (``KeyedPatterns``: exact):
        # the Russian ones open with a lazy run of letters tried at every letter of a text
        may = self._keyed_rules(lang).candidates(text)
        if not may:
            return out
        taken = [(m.start, m.end) for m in known if m.kind in _PLACE_KINDS]
        for i, (rx, template, rule) in enumerate(rules):
            if not may >> i & 1:
                continue
            for m in rx.finditer(text):
                for group in ("a", "b"):
                    if group not in rx.groupindex or m.group(group) is None:
                        continue
                    name = m.group(group)
                    s, e = m.span(group)
                    if any(a <= s < b for a, b in taken):
                        continue
                    probe = template.format(name[:1].upper() + name[1:])
                    key = self._named_region(probe, lang)
                    if key:
                        end = m.end() if len(rx.groupindex) == 1 else e
                        out.append(Mention(s, end, text[s:end], "region", key, rule))
                        taken.append((s, end))
        return out

    def _keyed_rules(self, lang: str) -> KeyedPatterns:
        """``derived_rules(lang)`` indexed by the words each one needs (kept per language)."""
        keyed = self._keyed.get(lang)
        if keyed is None:
            rules = [rx for rx, _, _ in self.derived_rules(lang)]
            keyed = self._keyed[lang] = KeyedPatterns(rules, "search", _no_alternation)
        return keyed

    def _named_region(self, probe: str, lang: str | None) -> str | None:
        """The key of the one region ``probe`` names whole, or None.

        Remembered per stage: the answer is a function of the probe and of the gazetteer,
        which never changes after it is built, and the same probes recur document after
        document (a German rule's "Tourismu" in 1,404 of 1,475 probes over the benchmark's
        811 documents), each a whole gazetteer search."""
        got = self._probed.get((probe, lang), _MISSING)
        if got is not _MISSING:
            return got  # type: ignore[return-value]
        hits = [
            h
            for h in self.res.gazetteer.find(probe, lang)
            if h.kind == "region" and h.start == 0 and h.end == len(probe)
        ]
        key = hits[0].key if len(hits) == 1 else None
        if len(self._probed) < _PROBE_MEMO:
            self._probed[(probe, lang)] = key
        return key

    def __call__(self, doc: Document) -> Document:
        found = self.res.gazetteer.find(doc.text, doc.lang)
        found.extend(self.derived(doc.text, doc.lang, found))
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
