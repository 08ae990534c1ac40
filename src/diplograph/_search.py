"""Document search, the one implementation behind the CLI ``search`` and the web.

Why expansion: an analyst who types "Kaluga" wants the Russian article that says
"Калужской области" and the Chinese one that says "卡卢加州". A query word (or run
of words) that the gazetteer knows as a place expands to every folded form the
gazetteer holds for that place, in every language, with the inflected forms it
generated (Russian cases); a word that is part of a person's name expands to
every spelling the store has linked to that person (its mentions and
participants, in any script). Each expanded word becomes one FTS5 ``OR`` group,
so the index still does the work and the bounded ranking below still applies.
``literal`` switches expansion off.

Why the CJK spacing: FTS5's ``unicode61`` tokenizer treats a run of kana, kanji
or hanzi without spaces as one token (a whole clause), so no name written in
those scripts could ever match. The folded column of the index therefore holds
each character of a script written without spaces as a token of its own, and a
name becomes a phrase of its characters ("卡 卢 加 州").

Why snippets in Python: the matched form ("Калужской области" for "Kaluga") and
its offsets are found by one Aho-Corasick pass over the length-preserving folded
text of each hit on the page, the same way for every script; FTS5's
``snippet()`` only highlights tokens of the column it cuts from.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

RANK_WINDOW = 200  # BM25 ranks at most this many matches: the newest ones
COUNT_CAP = 1_000  # counting matches stops here ("1,000+", total_exact false)
COMMON_SAMPLE = 256  # newest matches of one word used to tell whether it is in most documents
COMMON_CACHE_SIZE = 8_192  # words whose commonness is remembered (per newest document)
PRESENT_CACHE_SIZE = 65_536  # phrases whose presence in the index is remembered
MAX_PHRASE_WORDS = 4  # longest run of query words looked up as one place name
MAX_FORMS = 200  # forms one query word may expand to (keeps the FTS query bounded)
PARSE_CACHE_SIZE = 4_096  # parsed queries remembered (expansion is deterministic)
SNIPPET_BEFORE = 70  # characters of context before the first match
SNIPPET_LENGTH = 220


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


# -- matching forms in a text (snippets) ---------------------------------------------
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


# -- bounded ranking over FTS5 ---------------------------------------------------------
class Ranker:
    """One page of matching row ids, with work bounded whatever the number of matches.

    Why bounded: FTS5's BM25 costs a few microseconds per matching row plus, for
    every word, a scan of that word's whole posting list (its IDF), so ranking every
    match made a query of a common word cost 10-200 ms and a loaded server queue up
    behind it. Instead the newest ``RANK_WINDOW`` matches (a cheap reverse index
    scan) are ranked by BM25 and later pages continue newest first below them; the
    count stops at ``COUNT_CAP``; and a word found in at least half of the documents,
    whose IDF FTS5 clamps to ~0 so it cannot change the ranking, only filters and is
    left out of the ranking expression (which spares the scan of its posting list).
    A "word" here is one query group (an expanded word is an OR of its forms).
    """

    def __init__(self) -> None:
        # Whether a group is in most documents, per (expression, newest row id): corpus
        # statistics like a search engine's document frequencies, not results; a new
        # document changes the newest id and so retires every entry.
        self._common: dict[tuple[str, int], bool] = {}
        # Whether a phrase occurs at all, per (phrase, newest row id): an expanded word
        # has dozens of spellings, most absent from a given corpus, and FTS5 pays for
        # every OR branch while merging; absent ones are left out of the query.
        self._present: dict[tuple[str, int], bool] = {}

    def present(self, conn: sqlite3.Connection, newest: int) -> Callable[[str], bool]:
        def check(phrase: str) -> bool:
            hit = self._present.get((phrase, newest))
            if hit is None:
                hit = (
                    conn.execute(
                        "SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT 1",
                        (phrase,),
                    ).fetchone()
                    is not None
                )
                if len(self._present) >= PRESENT_CACHE_SIZE:
                    self._present.clear()
                self._present[(phrase, newest)] = hit
            return hit

        return check

    def hits(
        self,
        conn: sqlite3.Connection,
        terms: list[str],
        where: list[str],
        params: list[Any],
        limit: int,
        offset: int,
        rank_terms: list[str] | None = None,
    ) -> tuple[list[int], int, bool, str]:
        """Returns (row ids of the page, total, total is exact, order).

        ``terms`` (all must match) select; ``rank_terms`` (default: ``terms``) rank.
        """
        match = " AND ".join(terms)
        ranking = terms if rank_terms is None else rank_terms
        base = "FROM documents_fts WHERE documents_fts MATCH ?"
        if where:
            base = (
                "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
                " WHERE documents_fts MATCH ?" + "".join(f" AND {w}" for w in where)
            )
        args = [match, *params]
        unique = list(dict.fromkeys(ranking))
        weighty = self._weighty(conn, unique)
        # Without filters, and when every word ranks, BM25 is computed in the same
        # reverse scan that finds the window: one pass over the posting lists instead
        # of two (the scores do not depend on the rest of the query).
        inline = not where and ranking == terms and weighty == unique == terms
        scores: dict[int, float] = {}
        if inline:
            rows = conn.execute(
                f"SELECT documents_fts.rowid, bm25(documents_fts) {base}"
                " ORDER BY documents_fts.rowid DESC LIMIT ?",
                [*args, RANK_WINDOW + 1],
            ).fetchall()
            window = [r[0] for r in rows]
            scores = {r[0]: r[1] for r in rows[:RANK_WINDOW]}
        else:
            window = [
                r[0]
                for r in conn.execute(
                    f"SELECT documents_fts.rowid {base} ORDER BY documents_fts.rowid DESC LIMIT ?",
                    [*args, RANK_WINDOW + 1],
                )
            ]
        complete = len(window) <= RANK_WINDOW
        window = window[:RANK_WINDOW]
        if complete:
            total, exact = len(window), True
        else:
            # Only the matches below the window are still to count (a seek, not a rescan).
            below = int(
                conn.execute(
                    f"SELECT count(*) FROM (SELECT 1 {base} AND documents_fts.rowid < ? LIMIT ?)",
                    [*args, window[-1], COUNT_CAP + 1 - len(window)],
                ).fetchone()[0]
            )
            total = len(window) + below
            exact = total <= COUNT_CAP
            total = min(total, COUNT_CAP)
        ids: list[int] = []
        order = "relevance" if complete else "relevance_recent"
        if offset < len(window):
            if inline:
                ranked: list[int] | None = [r for _, r in sorted((v, k) for k, v in scores.items())]
            else:
                ranked = self._rank(conn, weighty, window)
            if ranked is None:
                ranked, order = window, "ingested"
            ids = ranked[offset : offset + limit]
        if not complete and len(ids) < limit:
            skip = max(0, offset - len(window))
            ids += [
                r[0]
                for r in conn.execute(
                    f"SELECT documents_fts.rowid {base} AND documents_fts.rowid < ?"
                    " ORDER BY documents_fts.rowid DESC LIMIT ? OFFSET ?",
                    [*args, window[-1], limit - len(ids), skip],
                )
            ]
        return ids, total, exact, order

    def _weighty(self, conn: sqlite3.Connection, terms: list[str]) -> list[str]:
        """The groups that can rank (those not found in most documents)."""
        newest = int(conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0])
        out = []
        for term in terms:
            common = self._common.get((term, newest))
            if common is None:
                common = self._in_most_documents(conn, term, newest)
                if len(self._common) >= COMMON_CACHE_SIZE:
                    self._common.clear()
                self._common[(term, newest)] = common
            if not common:
                out.append(term)
        return out

    @staticmethod
    def _rank(conn: sqlite3.Connection, weighty: list[str], window: list[int]) -> list[int] | None:
        """``window`` (matching row ids) by BM25 of ``weighty`` groups, then id; None
        when no group can rank them."""
        if not weighty:
            return None
        wanted = set(window)
        scored = [
            (r[1], r[0])
            for r in conn.execute(
                "SELECT rowid, bm25(documents_fts) FROM documents_fts"
                " WHERE documents_fts MATCH ? AND rowid BETWEEN ? AND ?",
                (" AND ".join(weighty), min(window), max(window)),
            )
            if r[0] in wanted
        ]
        scored.sort()
        ranked = [rowid for _, rowid in scored]
        if len(ranked) < len(window):  # found through another spelling only: newest first
            seen = set(ranked)
            ranked += [rowid for rowid in window if rowid not in seen]
        return ranked

    @staticmethod
    def _in_most_documents(conn: sqlite3.Connection, term: str, newest: int) -> bool:
        """True when ``term`` is in at least half of the documents (BM25 IDF ~0).

        Estimated from the span of row ids holding its newest ``COMMON_SAMPLE``
        occurrences (a bounded reverse scan), so a word frequent only lately counts
        as frequent; a word in fewer than ``COMMON_SAMPLE`` documents is never common.
        """
        row = conn.execute(
            "SELECT min(rowid), count(*) FROM (SELECT rowid FROM documents_fts"
            " WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?)",
            (term, COMMON_SAMPLE),
        ).fetchone()
        if row is None or row[1] < COMMON_SAMPLE:
            return False
        return newest - int(row[0]) + 1 <= 2 * COMMON_SAMPLE


class Searcher:
    """Expansion, ranking and snippets over one store's connection(s).

    Holds corpus statistics and name tables only (never results); safe to share
    between threads (each call passes its own connection).
    """

    def __init__(self, gazetteer: Any = None) -> None:
        self.ranker = Ranker()
        self.places = PlaceNames(gazetteer) if gazetteer is not None else None
        self._folder: Any = gazetteer.folder if gazetteer is not None else None
        self._people: tuple[int, PersonNames] | None = None
        self._parsed: dict[tuple[str, bool, int], ParsedQuery] = {}

    def folder(self) -> Any:
        if self._folder is None:
            from .gazetteer._norm import Folder

            self._folder = Folder()
        return self._folder

    def people(self, conn: sqlite3.Connection) -> PersonNames:
        """Person spellings, rebuilt when a document is added (newest row id changes)."""
        newest = int(conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0])
        cached = self._people
        if cached is None or cached[0] != newest:
            cached = (newest, PersonNames(person_names(conn)))
            self._people = cached
        return cached[1]

    def parse(self, conn: sqlite3.Connection, query: str, *, literal: bool) -> ParsedQuery:
        """The parsed query, remembered per (query, literal, people table): parsing
        folds every expanded form, which a repeated query need not redo."""
        people = None if literal else self.people(conn)
        key = (query, literal, self._people[0] if people is not None and self._people else 0)
        parsed = self._parsed.get(key)
        if parsed is None:
            parsed = parse_query(query, self.places, people, literal=literal)
            if len(self._parsed) >= PARSE_CACHE_SIZE:
                self._parsed.clear()
            self._parsed[key] = parsed
        return parsed

    def search(
        self,
        conn: sqlite3.Connection,
        query: str,
        *,
        where: list[str] | None = None,
        params: list[Any] | None = None,
        limit: int = 20,
        offset: int = 0,
        literal: bool = False,
    ) -> dict[str, Any]:
        """Row ids of one page of hits, with their snippets and matched forms.

        Returns ``{"ids", "total", "exact", "order", "query", "hits": {rowid: {...}}}``.
        """
        parsed = self.parse(conn, query, literal=literal)
        if not parsed.groups:
            return {"ids": [], "total": 0, "exact": True, "order": "relevance", "hits": {},
                    "query": parsed}  # fmt: skip
        newest = int(conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0])
        terms = parsed.expressions(None if literal else self.ranker.present(conn, newest))
        ids, total, exact, order = self.ranker.hits(
            conn, terms, where or [], params or [], limit, offset, parsed.rank_terms()
        )
        return {
            "ids": ids,
            "total": total,
            "exact": exact,
            "order": order,
            "query": parsed,
            "hits": self.snippets(conn, parsed, ids),
        }

    def snippets(
        self, conn: sqlite3.Connection, parsed: ParsedQuery, ids: list[int]
    ) -> dict[int, dict[str, Any]]:
        if not ids:
            return {}
        finder = FormFinder(parsed, self.folder())
        marks = ",".join("?" * len(ids))
        out: dict[int, dict[str, Any]] = {}
        for rowid, title, text in conn.execute(
            f"SELECT id, coalesce(title, ''), text FROM documents WHERE id IN ({marks})", ids
        ):
            spans = finder.spans(text)
            tspans = finder.spans(title)
            snip, hl = snippet(text, spans)
            out[rowid] = {
                "snippet": snip,
                "highlights": hl,
                "matched": matched_forms([(title, tspans), (text, spans)]),
            }
        return out
