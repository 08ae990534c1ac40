"""What a search query is: words folded, expanded to places and people, as FTS5 phrases.

Split from ``_search`` by job: this module turns the typed words into groups of forms
and those into FTS5 expressions; ``_search`` ranks the matches (bounded BM25) and
``_search_snippets`` finds the forms in a hit's text. Kept apart because it is pure
(a query string and name tables in, a :class:`ParsedQuery` out), shared by the SQLite
search and the PostgreSQL dialect, and the place where the index's folding is defined.

Why expansion: an analyst who types "Kaluga" wants the Russian article that says
"Калужской области" and the Chinese one that says "卡卢加州". A query word (or run
of words) that the gazetteer knows as a place expands to every folded form the
gazetteer holds for that place, in every language, with the inflected forms it
generated (Russian cases); a word that is part of a person's name expands to
every spelling the store has linked to that person (its mentions and
participants, in any script). Each expanded word becomes one FTS5 ``OR`` group,
so the index still does the work and the bounded ranking of ``_search`` still applies.
``literal`` switches expansion off.

Why the CJK spacing: FTS5's ``unicode61`` tokenizer treats a run of kana, kanji
or hanzi without spaces as one token (a whole clause), so no name written in
those scripts could ever match. The folded column of the index therefore holds
each character of a script written without spaces as a token of its own, and a
name becomes a phrase of its characters ("卡 卢 加 州").
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

MAX_PHRASE_WORDS = 4  # longest run of query words looked up as one place name
MAX_FORMS = 200  # forms one query word may expand to (keeps the FTS query bounded)


def fold(text: str) -> str:
    """Diacritic-free lowercase copy: FTS5 folds tones but not đ/Đ, and users type both."""
    decomposed = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _spaceless(ch: str) -> bool:
    """Scripts written without spaces between words (kana, CJK, Thai, Lao, Khmer, Hangul)."""
    cp = ord(ch)
    return (
        0x0E00 <= cp <= 0x0EFF
        or 0x1780 <= cp <= 0x17FF
        or 0x3040 <= cp <= 0x30FF
        or 0x3400 <= cp <= 0x9FFF
        or 0xAC00 <= cp <= 0xD7AF
        or 0xF900 <= cp <= 0xFAFF
    )


_SPACELESS_RUN = re.compile(
    "([\u0e00-\u0eff\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff])"
)


def index_fold(text: str) -> str:
    """What the index's ``folded`` column holds: :func:`fold`, each spaceless-script
    character a token of its own."""
    return _SPACELESS_RUN.sub(r" \1 ", fold(text))


_TOKEN = re.compile(r"\w+")


def _tokens(form: str) -> tuple[str, ...]:
    """The index tokens of a form (what FTS5's unicode61 tokenizer makes of it)."""
    return tuple(_TOKEN.findall(index_fold(form)))


def _contains(seq: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(seq[i : i + n] == part for i in range(len(seq) - n + 1))


@dataclass(slots=True)
class Group:
    """One query word (or run of words naming one place) and what it may match."""

    word: str
    forms: list[str]  # folded forms (the word first)
    expanded_from: list[str] = field(default_factory=list)  # "region:RU-KLU", "person:..."

    def phrases(self) -> list[str]:
        """The forms as FTS5 phrases, without phrases another one already covers.

        A phrase that contains a shorter one ("kaluga oblast" contains "kaluga") can
        match no document the shorter one misses, and every phrase costs FTS5 a
        posting-list merge, so only the minimal phrases are kept. The typed word's
        own phrase comes first.
        """
        seqs = sorted({t for t in (_tokens(f) for f in self.forms) if t}, key=lambda t: (len(t), t))
        kept: list[tuple[str, ...]] = []
        for seq in seqs:
            if not any(_contains(seq, k) for k in kept):
                kept.append(seq)
        own = _tokens(self.word)
        kept.sort(key=lambda k: not _contains(own, k))
        return ['"' + " ".join(k).replace('"', '""') + '"' for k in kept]


def _or(phrases: list[str]) -> str:
    if not phrases:
        return '""'
    return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"


@dataclass(slots=True)
class ParsedQuery:
    groups: list[Group]
    literal: bool
    _phrases: list[list[str]] | None = None

    def phrases(self) -> list[list[str]]:
        if self._phrases is None:
            self._phrases = [g.phrases() for g in self.groups]
        return self._phrases

    def expressions(self, present: Callable[[str], bool] | None = None) -> list[str]:
        """One FTS5 expression per group; ``present`` drops phrases absent from the
        index (a group keeps its first phrase, so a query of unknown words stays valid
        and matches nothing)."""
        out = []
        for phrases in self.phrases():
            kept = phrases if present is None else [p for p in phrases if present(p)]
            out.append(_or(kept or phrases[:1]))
        return out

    def match(self) -> str:
        return " AND ".join(self.expressions())

    def rank_terms(self) -> list[str]:
        """The words as typed, one FTS5 term each: what BM25 ranks by.

        Why not the expansions: BM25 reads the whole posting list of every phrase it
        scores (for its IDF), and an expanded word is an OR of dozens of phrases; ranking
        by the typed words keeps the cost of the literal search. Documents found only
        through another spelling follow the ranked ones, newest first.
        """
        out = []
        for g in self.groups:
            for token in index_fold(g.word).split():
                if any(c.isalnum() for c in token):
                    out.append('"' + token.replace('"', '""') + '"')
        return out

    def as_dict(self) -> list[dict[str, Any]]:
        return [
            {"word": g.word, "expanded_from": g.expanded_from, "forms": len(g.forms)}
            for g in self.groups
        ]


class PlaceNames:
    """Folded forms per place, read from the gazetteer's automaton (built once)."""

    def __init__(self, gazetteer: Any) -> None:
        self.gaz = gazetteer
        self._forms: dict[tuple[str, str], list[str]] | None = None

    def _index(self) -> dict[tuple[str, str], list[str]]:
        if self._forms is None:
            forms: dict[tuple[str, str], list[str]] = {}
            table = self.gaz.table
            for key, (_length, row) in self.gaz.automaton.items():
                if row < 0:
                    continue  # a root seed key of the build, no name
                for raw in table[row]:
                    entry = raw[0]
                    kind, code, form = entry[0], entry[1], entry[3]
                    if kind in ("region", "city") or (kind == "country" and form == "name"):
                        forms.setdefault((kind, code), []).append(key)
            self._forms = forms
        return self._forms

    def lookup(self, words: str) -> list[tuple[str, str]]:
        """The places (kind, key) a run of words names, guarded short names excluded."""
        key = self.gaz.folder.pattern(words)
        hit = self.gaz.automaton.get(key, None)
        if hit is None or hit[1] < 0:
            return []
        out: list[tuple[str, str]] = []
        for raw in self.gaz.table[hit[1]]:
            entry = raw[0]
            kind, code, form, guard = entry[0], entry[1], entry[3], entry[7]
            if guard or kind not in ("region", "city", "country"):
                continue
            if kind == "country" and form != "name":
                continue
            out.append((kind, code))
            region = entry[6]
            info = self.gaz.regions.get(region) if kind == "city" and region else None
            # A city named like its region ("Kaluga" in Kaluga Oblast): the analyst
            # asking for one asks for both.
            if info is not None and code in (info.names.get("en") or ()):
                out.append(("region", region))
        return list(dict.fromkeys(out))

    def forms(self, place: tuple[str, str]) -> list[str]:
        return self._index().get(place, [])


def person_names(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Person key -> every spelling the store links to it (mentions and participants)."""
    out: dict[str, set[str]] = {}
    for key, text in conn.execute(
        "SELECT DISTINCT key, text FROM mentions WHERE kind = 'person' AND key IS NOT NULL"
    ):
        out.setdefault(key, {key}).add(text)
    return out


class PersonNames:
    """Word -> the people whose name has that word, and their spellings."""

    def __init__(self, names: dict[str, set[str]]) -> None:
        self.names = names
        self.by_word: dict[str, set[str]] = {}
        for key, spellings in names.items():
            for s in spellings:
                for w in fold(s).split():
                    self.by_word.setdefault(w, set()).add(key)

    def expand(self, word: str) -> tuple[list[str], list[str]]:
        """Forms for ``word`` and the people it named: the word at the same end of
        every spelling (surname for surname), and the whole spellings."""
        w = fold(word)
        keys = sorted(self.by_word.get(w, ()))
        forms: list[str] = []
        for key in keys:
            for s in sorted(self.names[key]):
                parts = fold(s).split()
                if len(parts) < 2:
                    forms.append(s)
                    continue
                where = [i for i, p in enumerate(parts) if p == w]
                if where and where[0] == 0:
                    forms.append(parts[0])
                if where and where[-1] == len(parts) - 1:
                    forms.append(parts[-1])
                if not where:
                    # A spelling in another script: same position as in the key.
                    kparts = fold(key).split()
                    if w == kparts[-1]:
                        forms.append(parts[-1])
                    elif w == kparts[0]:
                        forms.append(parts[0])
                forms.append(s)
        return forms, [f"person:{k}" for k in keys]


def _trim(text: str) -> str:
    """A run of query words without the punctuation around it ("Kaluga," -> "Kaluga")."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def parse_query(
    query: str,
    places: PlaceNames | None = None,
    people: PersonNames | None = None,
    *,
    literal: bool = False,
) -> ParsedQuery:
    """Query words -> groups; runs of words naming a place become one group."""
    words = [w for w in re.split(r"\s+", query.strip()) if fold(w).strip()]
    groups: list[Group] = []
    i = 0
    while i < len(words):
        taken = 1
        group = Group(words[i], [fold(words[i])])
        if not literal and places is not None:
            for n in range(min(MAX_PHRASE_WORDS, len(words) - i), 0, -1):
                run = _trim(" ".join(words[i : i + n]))
                found = places.lookup(run) if run else []
                if found:
                    forms = [fold(run)]
                    for place in found:
                        forms.extend(places.forms(place))
                    group = Group(run, forms, [f"{k}:{c}" for k, c in found])
                    taken = n
                    break
        if not literal and people is not None and taken == 1:
            forms, who = people.expand(_trim(words[i]))
            if who:
                group.forms.extend(forms)
                group.expanded_from.extend(who)
        group.forms = list(dict.fromkeys(group.forms))[:MAX_FORMS]
        groups.append(group)
        i += taken
    return ParsedQuery(groups, literal)
