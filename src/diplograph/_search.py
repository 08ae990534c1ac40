"""Document search, the one implementation behind the CLI ``search`` and the web.

Split by job: ``_search_query`` parses and expands a query (places and people across
languages and scripts, the index's folding, FTS5 phrases); ``_search_snippets`` finds
the matched forms in a hit's text; this module ranks the matches with bounded work
(:class:`Ranker`) and puts the three together (:class:`Searcher`). The bounds
(``RANK_WINDOW``, ``COUNT_CAP``, ``COMMON_SAMPLE``) stay here, next to the code that
reads them, so a test that shrinks them on this module still shrinks them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from ._search_query import (
    Group,
    ParsedQuery,
    PersonNames,
    PlaceNames,
    fold,
    index_fold,
    parse_query,
    person_names,
)
from ._search_snippets import FormFinder, matched_forms, snippet

__all__ = [
    "COUNT_CAP",
    "RANK_WINDOW",
    "FormFinder",
    "Group",
    "ParsedQuery",
    "PersonNames",
    "PlaceNames",
    "Ranker",
    "Searcher",
    "fold",
    "index_fold",
    "matched_forms",
    "parse_query",
    "person_names",
    "snippet",
]

RANK_WINDOW = 200  # BM25 ranks at most this many matches: the newest ones
COUNT_CAP = 1_000  # counting matches stops here ("1,000+", total_exact false)
COMMON_SAMPLE = 256  # newest matches of one word used to tell whether it is in most documents
COMMON_CACHE_SIZE = 8_192  # words whose commonness is remembered (per newest document)
PRESENT_CACHE_SIZE = 65_536  # phrases whose presence in the index is remembered
PARSE_CACHE_SIZE = 4_096  # parsed queries remembered (expansion is deterministic)


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
