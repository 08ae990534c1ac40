"""The web workbench's read model: every query the API and the pages ask of the store.

Why a separate layer: pages and JSON routes must show the same numbers, and
every list must paginate with a stable order (a unique tie-breaker in every
ORDER BY), so both go through these methods. Connections are opened
read-only (SQLite URI ``mode=ro``; a PostgreSQL session whose transactions are
``READ ONLY``), one per worker thread, so serving can never change the database
and readers run beside a writing ``diplograph ingest`` (WAL mode; MVCC). The
few queries that differ by backend take their fragments from ``_dialect``.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from .._corrections import event_corrections
from .._errors import StoreError, UsageError
from .._models import EVENT_TYPES, SECTORS
from .._search import Searcher, fold
from ..store import SCHEMA_VERSION, Store, is_postgres_url
from ._dialect import POSTGRES, SQLITE, Dialect, pg_search

T = TypeVar("T")

# Snippet highlight markers: private-use characters, split out before rendering, so
# highlighting never needs raw HTML from the database.
HIT_OPEN, HIT_CLOSE = "\ue000", "\ue001"
_MARKERS = re.compile(f"([{HIT_OPEN}{HIT_CLOSE}])")
MAX_LIMIT = 100
RANK_WINDOW = 200  # BM25 ranks at most this many matches: the newest ones
COUNT_CAP = 1_000  # counting matches stops here ("1,000+", total_exact false)
COMMON_SAMPLE = 256  # newest matches of one word used to tell whether it is in most documents
COMMON_CACHE_SIZE = 8_192  # words whose commonness is remembered (per newest document)
MAX_OFFSET = 100_000
MMAP_BYTES = 1 << 30  # address space for reading the database file (shared by all threads)


class NotFound(UsageError):
    """A route asked for a document, event, region or person the store does not hold."""


class _ReadOnlyStore(Store):
    """A :class:`Store` over an existing read-only connection (no migration, no writes).

    The library's helpers (``explain_event``, ``timeline``, ``build_graph``)
    take a Store; this hands them the serving connection instead of a writable one.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn


@dataclass(frozen=True, slots=True)
class Filters:
    """Facets shared by document search and event lists."""

    lang: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    region: str | None = None
    pair: tuple[str, str] | None = None  # two countries (ISO alpha-2) both involved
    sector: str | None = None
    type: str | None = None

    def as_params(self) -> dict[str, str]:
        """The filters as query parameters (for next/previous links)."""
        out = {
            k: v
            for k, v in (
                ("lang", self.lang),
                ("date_from", self.date_from),
                ("date_to", self.date_to),
                ("country", self.country),
                ("region", self.region),
                ("sector", self.sector),
                ("type", self.type),
            )
            if v
        }
        if self.pair:
            out["pair"] = f"{self.pair[0]},{self.pair[1]}"
        return out


def parse_filters(
    *,
    lang: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    country: str | None = None,
    region: str | None = None,
    pair: str | None = None,
    sector: str | None = None,
    type: str | None = None,
) -> Filters:
    """Validate raw query parameters; a bad value is a usage error (HTTP 400), not a crash."""

    def clean(v: str | None) -> str | None:
        v = (v or "").strip()
        return v or None

    def day(v: str | None, name: str) -> str | None:
        v = clean(v)
        if v is None:
            return None
        ok = len(v) in (4, 7, 10) and all(c.isdigit() or c == "-" for c in v)
        if not ok or (len(v) > 4 and v[4] != "-") or (len(v) == 10 and v[7] != "-"):
            raise UsageError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {v!r}")
        return v

    def cc(v: str | None, name: str) -> str | None:
        v = clean(v)
        if v is None:
            return None
        if len(v) != 2 or not v.isalpha():
            raise UsageError(f"{name} must be an ISO 3166-1 alpha-2 code like VN, not {v!r}")
        return v.upper()

    pair_codes: tuple[str, str] | None = None
    if clean(pair):
        parts = [p.strip() for p in (pair or "").replace("-", ",").split(",") if p.strip()]
        if len(parts) != 2:
            raise UsageError(f"pair is two country codes like RU,VN, not {pair!r}")
        a, b = (cc(p, "pair") or "" for p in parts)
        pair_codes = (min(a, b), max(a, b))
    s = clean(sector)
    if s is not None and s not in SECTORS:
        raise UsageError(f"unknown sector {s!r}; choose one of {', '.join(SECTORS)}")
    t = clean(type)
    if t is not None and t not in EVENT_TYPES:
        raise UsageError(f"unknown event type {t!r}; choose one of {', '.join(EVENT_TYPES)}")
    r = clean(region)
    if r is not None:
        r = r.upper()
        if len(r) > 12 or "-" not in r:
            raise UsageError(f"region must be an ISO 3166-2 code like RU-KLU, not {region!r}")
    lg = clean(lang)
    if lg is not None and (len(lg) > 8 or not lg.replace("-", "").isalpha()):
        raise UsageError(f"lang must be a language code like en, not {lang!r}")
    return Filters(
        lang=lg.lower() if lg else None,
        date_from=day(date_from, "date_from"),
        date_to=day(date_to, "date_to"),
        country=cc(country, "country"),
        region=r,
        pair=pair_codes,
        sector=s,
        type=t,
    )


def _upper_bound(day: str) -> str:
    """The last ISO string inside a partial date (``2024-05`` covers ``2024-05-31``)."""
    return day + "\uffff"


def _country_clause(doc_col: str) -> str:
    """SQL true when the document mentions the country or one of its regions."""
    return (
        f"(EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = {doc_col} AND ("
        "(m.kind = 'country' AND m.key = ?) OR (m.kind = 'region' AND m.key >= ? AND m.key < ?)))"
        f" OR EXISTS (SELECT 1 FROM events e WHERE e.doc_id = {doc_col} AND e.place_country = ?)"
        f" OR EXISTS (SELECT 1 FROM event_regions r WHERE r.doc_id = {doc_col}"
        " AND r.region >= ? AND r.region < ?))"
    )


def _country_params(code: str) -> list[Any]:
    return [code, code + "-", code + ".", code, code + "-", code + "."]


def _doc_filter_sql(
    f: Filters, dialect: Dialect = SQLITE, doc_col: str = "d.doc_id"
) -> tuple[list[str], list[Any]]:
    """WHERE clauses (on ``documents d``) for the document facets."""
    where: list[str] = []
    params: list[Any] = []
    if f.lang:
        where.append("d.lang = ?")
        params.append(f.lang)
    if f.date_from:
        where.append("d.published >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("d.published <= ?")
        params.append(_upper_bound(f.date_to))
    for code in (f.country, *(f.pair or ())):
        if code:
            where.append(_country_clause(doc_col))
            params.extend(_country_params(code))
    if f.region:
        where.append(
            f"(EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = {doc_col} AND m.kind = 'region'"
            " AND m.key = ?) OR EXISTS (SELECT 1 FROM event_regions r"
            f" WHERE r.doc_id = {doc_col} AND r.region = ?))"
        )
        params.extend([f.region, f.region])
    if f.type:
        where.append(f"EXISTS (SELECT 1 FROM events e WHERE e.doc_id = {doc_col} AND e.type = ?)")
        params.append(f.type)
    if f.sector:
        where.append(
            f"EXISTS (SELECT 1 FROM events e WHERE e.doc_id = {doc_col}"
            f" AND {dialect.event_has_sector})"
        )
        params.append(f.sector)
    return where, params


def _event_filter_sql(f: Filters, dialect: Dialect = SQLITE) -> tuple[list[str], list[Any]]:
    """WHERE clauses on one report (``events e JOIN documents d``) for the event facets."""
    where: list[str] = []
    params: list[Any] = []
    if f.lang:
        where.append("d.lang = ?")
        params.append(f.lang)
    if f.type:
        where.append("e.type = ?")
        params.append(f.type)
    if f.date_from:
        where.append("coalesce(e.date, d.published) >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("coalesce(e.date, d.published) <= ?")
        params.append(_upper_bound(f.date_to))
    if f.region:
        where.append(
            "(e.place_region = ? OR EXISTS (SELECT 1 FROM event_regions r WHERE"
            " r.doc_id = e.doc_id AND r.local_id = e.local_id AND r.region = ?))"
        )
        params.extend([f.region, f.region])
    for code in (f.country, *(f.pair or ())):
        if code:
            where.append(
                "(e.place_country = ? OR EXISTS (SELECT 1 FROM event_regions r WHERE"
                " r.doc_id = e.doc_id AND r.local_id = e.local_id AND r.region >= ?"
                " AND r.region < ?))"
            )
            params.extend([code, code + "-", code + "."])
    if f.sector:
        where.append(dialect.event_has_sector)
        params.append(f.sector)
    return where, params


def split_hits(snippet: str) -> list[tuple[str, bool]]:
    """Snippet text with markers -> [(text, is_hit)], for escaping-safe rendering.

    A regex split rather than a walk over characters: this runs for every hit of
    every search and the walk cost ~1 ms per page of twenty.
    """
    out: list[tuple[str, bool]] = []
    hit = False
    for i, piece in enumerate(_MARKERS.split(snippet)):
        if i % 2:
            hit = piece == HIT_OPEN
        elif piece:
            out.append((piece, hit))
    return out


def highlight_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Text cut into [(piece, highlighted)] by merged, clipped character spans."""
    merged: list[list[int]] = []
    for s, e in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in merged:
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def page_info(total: int, limit: int, offset: int) -> dict[str, Any]:
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if offset + limit < total else None,
        "prev_offset": max(0, offset - limit) if offset > 0 else None,
    }


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"limit must be between 1 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise UsageError(f"offset must be between 0 and {MAX_OFFSET}")


class Catalog:
    """Read-only queries over one store, safe to share between worker threads."""

    def __init__(self, db_path: str | Path, *, cache_seconds: float = 30.0) -> None:
        # ``db`` opens a writable store (corrections, uploads); ``name`` names it in messages
        # (a PostgreSQL URL without its password).
        self.db: str | Path = db_path
        self.postgres = is_postgres_url(db_path)
        self.dialect = POSTGRES if self.postgres else SQLITE
        self.path = Path(db_path)
        self.name = str(self.path)
        if self.postgres:
            from ..store._postgres import _redact

            self.name = _redact(str(db_path))
        elif not self.path.is_file():
            raise StoreError(f"no database at {self.path} (run `diplograph ingest` first)")
        self._local = threading.local()
        self._lock = threading.Lock()
        self._gaz_lock = threading.Lock()
        self._cache: dict[str, tuple[tuple[int, ...], float, Any]] = {}
        self._cache_seconds = cache_seconds
        self._searcher: Searcher | None = None
        self._labels: dict[str, str] = {}
        self._gazetteer: Any = None
        self._gazetteer_error: str | None = None
        self._opened: list[Any] = []  # PostgreSQL connections, closed by :meth:`close`
        if self.postgres:
            from ..store._postgres import PostgresStore

            probe = PostgresStore.reader(str(self.db))
            try:
                version = probe.schema_version
            finally:
                probe.close()
        else:
            version = self.conn().execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"{self.name} has schema version {version}, this diplograph needs "
                f"{SCHEMA_VERSION}; run `diplograph stats --db {self.name}` once to upgrade it"
            )

    # -- connections ------------------------------------------------------------------
    def conn(self) -> Any:
        """This thread's read-only connection (``sqlite3.Connection``, or the PostgreSQL
        store's connection, which takes the same SQL text and gives the same rows)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None and self.postgres:
            return self.store().conn
        if conn is None:
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            try:
                conn = sqlite3.connect(uri, uri=True, timeout=30)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open database {self.path}: {exc}") from None
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA query_only = ON")
            # Pages are read through one shared memory map instead of being copied into
            # every thread's private page cache (each connection starts cold otherwise).
            conn.execute(
                f"PRAGMA mmap_size = {int(os.environ.get('DIPLOGRAPH_WEB_MMAP', MMAP_BYTES))}"
            )
            self._local.conn = conn
        return conn

    def store(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is not None and self.postgres and store.conn.raw.closed:  # type: ignore[attr-defined]
            store = None  # closed by :meth:`close` (the app stopped and started again)
        if store is None:
            if self.postgres:
                from ..store._postgres import PostgresStore

                store = PostgresStore.reader(str(self.db))
                with self._lock:
                    self._opened.append(store)
            else:
                store = _ReadOnlyStore(self.path, self.conn())
            self._local.store = store
        return store

    def close(self) -> None:
        """Close the PostgreSQL connections the worker threads opened (at shutdown; a
        SQLite connection needs no server-side goodbye)."""
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            store.close()

    def _version(self) -> tuple[Any, ...]:
        """Changes whenever a writer commits (the database or its WAL file changes; on
        PostgreSQL the server's write-ahead log position, which any commit advances)."""
        if self.postgres:
            return (self.conn().execute("SELECT pg_current_wal_lsn()::text").fetchone()[0],)
        out: list[int] = []
        for p in (self.path, Path(f"{self.path}-wal")):
            try:
                st = os.stat(p)
                out.extend((st.st_mtime_ns, st.st_size))
            except OSError:
                out.extend((0, 0))
        return tuple(out)

    def errors(self) -> tuple[type[Exception], ...]:
        """The database driver's errors (a failed query is a store error, not a crash)."""
        if self.postgres:
            import psycopg

            return (sqlite3.Error, psycopg.Error)
        return (sqlite3.Error,)

    def cached(self, key: str, make: Callable[[], T]) -> T:
        """``make()`` memoised until the store changes or ``cache_seconds`` pass."""
        version = self._version()
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(key)
            if hit and hit[0] == version and now - hit[1] < self._cache_seconds:
                value: T = hit[2]
                return value
        value = make()
        with self._lock:
            if len(self._cache) > 256:
                self._cache.clear()
            self._cache[key] = (version, now, value)
        return value

    # -- labels ----------------------------------------------------------------------
    def label(self, code: str | None) -> str:
        """A human name for a country or region code.

        The gazetteer's English name once it is built (``Kaluga``), pycountry's
        ISO name before that (``Kaluzhskaya oblast'``); only the former is cached.
        """
        if not code:
            return ""
        if code in self._labels:
            return self._labels[code]
        gaz = self._gazetteer
        if gaz is not None and "-" in code:
            info = gaz.region(code)
            if info is not None:
                english = info.names.get("en") or ()
                name = str(english[0] if english else info.name)
                with self._lock:
                    self._labels[code] = name
                return name
        name = code
        try:
            import pycountry

            if "-" in code:
                sub = pycountry.subdivisions.get(code=code)
                if sub is not None:
                    name = str(sub.name)
            else:
                country = pycountry.countries.get(alpha_2=code)
                if country is not None:
                    name = str(getattr(country, "common_name", None) or country.name)
        except (ImportError, LookupError, KeyError):
            name = code
        if gaz is not None or self._gazetteer_error is not None or "-" not in code:
            with self._lock:
                self._labels[code] = name
        return name

    def gazetteer_state(self) -> str:
        if self._gazetteer is not None:
            return "ready"
        return "unavailable" if self._gazetteer_error else "building"

    def gazetteer(self) -> Any:
        """The gazetteer, built once on first use; None when it cannot be built here."""
        with self._gaz_lock:
            if self._gazetteer is None and self._gazetteer_error is None:
                try:
                    from .._resources import Resources

                    self._gazetteer = Resources().gazetteer
                except Exception as exc:  # the gazetteer is optional for serving
                    self._gazetteer_error = f"{type(exc).__name__}: {exc}"
            return self._gazetteer

    # -- overview --------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        def make() -> dict[str, Any]:
            q = self.conn().execute
            langs = {
                (r[0] or "und"): r[1]
                for r in q("SELECT lang, count(*) FROM documents GROUP BY lang ORDER BY 2 DESC, 1")
            }
            types = {
                r[0]: r[1]
                for r in q(
                    "SELECT type, count(DISTINCT event_id) FROM events GROUP BY type"
                    " ORDER BY 2 DESC, 1"
                )
            }
            one = lambda sql: int(q(sql).fetchone()[0])  # noqa: E731
            return {
                "documents": one("SELECT count(*) FROM documents"),
                "events": one("SELECT count(DISTINCT event_id) FROM events"),
                "event_reports": one("SELECT count(*) FROM events"),
                "regions": one("SELECT count(DISTINCT region) FROM event_regions"),
                "people": one("SELECT count(DISTINCT key) FROM mentions WHERE kind = 'person'"),
                "languages": langs,
                "event_types": types,
            }

        return self.cached("stats", make)

    def events_per_month(self) -> list[tuple[str, int]]:
        def make() -> list[tuple[str, int]]:
            rows = (
                self.conn()
                .execute(
                    "SELECT substr(day, 1, 7) AS month, count(*) FROM (SELECT e.event_id,"
                    " min(coalesce(e.date, d.published)) AS day FROM events e JOIN documents d"
                    " ON d.doc_id = e.doc_id GROUP BY e.event_id) AS firsts"
                    " WHERE length(day) >= 7"
                    " GROUP BY month ORDER BY month"
                )
                .fetchall()
            )
            return [(r[0], int(r[1])) for r in rows]

        return self.cached("per_month", make)

    # -- documents -------------------------------------------------------------------
    def searcher(self) -> Searcher:
        """The search implementation, with the gazetteer's place names once it is built
        (waits for a build under way; without a gazetteer only people's names expand)."""
        if self._searcher is None:
            gaz = self.gazetteer()
            with self._lock:
                if self._searcher is None:
                    self._searcher = Searcher(gaz)
        return self._searcher

    def warm(self) -> None:
        """Build the gazetteer and the search's place-name table (start-up thread)."""
        searcher = self.searcher()
        if searcher.places is not None:
            searcher.places.forms(("region", ""))

    def search_documents(
        self,
        q: str | None,
        f: Filters,
        limit: int = 20,
        offset: int = 0,
        *,
        literal: bool = False,
    ) -> dict[str, Any]:
        """Full-text search (or, without a query, the newest documents) with facets.

        Place names and people's names in the query expand across languages and
        scripts unless ``literal`` (see ``_search``).
        """
        check_page(limit, offset)
        where, params = _doc_filter_sql(f, self.dialect)
        terms = [t for t in fold(q or "").split() if t]
        conn = self.conn()
        expansion: list[dict[str, Any]] = []
        try:
            if terms:
                search = partial(pg_search, self.searcher()) if self.postgres else (
                    self.searcher().search
                )  # fmt: skip
                found = search(
                    conn, q or "", where=where, params=params, limit=limit, offset=offset,
                    literal=literal,
                )  # fmt: skip
                ids, total, exact, ranked = (
                    found["ids"], found["total"], found["exact"], found["order"]
                )  # fmt: skip
                snippets = found["hits"]
                expansion = found["query"].as_dict()
            else:
                sql_where = (" WHERE " + " AND ".join(where)) if where else ""
                total = int(
                    conn.execute(f"SELECT count(*) FROM documents d{sql_where}", params).fetchone()[
                        0
                    ]
                )
                ids = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT d.id FROM documents d{sql_where}"
                        " ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT ? OFFSET ?",
                        [*params, limit, offset],
                    )
                ]
                snippets = {}
                ranked, exact = "", True
            rows: dict[int, Any] = {}
            doc_events: dict[str, list[dict[str, Any]]] = {}
            if ids:
                marks = ",".join("?" * len(ids))
                for r in conn.execute(
                    "SELECT d.id, d.doc_id, d.title, d.lang, d.published, d.source, d.url,"
                    " substr(d.text, 1, 240) AS head"
                    f" FROM documents d WHERE d.id IN ({marks})",
                    ids,
                ):
                    rows[r["id"]] = r
                for r in conn.execute(
                    "SELECT e.doc_id, e.event_id, e.type, e.date,"
                    " (SELECT count(*) FROM events x WHERE x.event_id = e.event_id) AS reports"
                    " FROM events e JOIN documents d ON d.doc_id = e.doc_id"
                    f" WHERE d.id IN ({marks}) ORDER BY e.doc_id, e.local_id",
                    ids,
                ):
                    doc_events.setdefault(r["doc_id"], []).append(
                        {
                            "event_id": r["event_id"],
                            "type": r["type"],
                            "date": r["date"],
                            "reports": r["reports"],
                        }
                    )
        except self.errors() as exc:
            raise StoreError(f"search failed: {exc}") from None
        info = page_info(total, limit, offset)
        if not exact and len(ids) == limit:
            info["next_offset"] = offset + limit  # the count stopped early; more may follow
        items = []
        for rowid in ids:
            r = rows[rowid]
            hit = snippets.get(rowid)
            if hit is None:
                hit = {"snippet": r["head"], "highlights": [], "matched": []}
            items.append(
                {
                    "doc_id": r["doc_id"],
                    "title": r["title"],
                    "lang": r["lang"],
                    "published": r["published"],
                    "source": r["source"],
                    "url": r["url"],
                    "events": doc_events.get(r["doc_id"], []),
                    "snippet": hit["snippet"],
                    "highlights": hit["highlights"],
                    "matched": hit["matched"],
                }
            )
        return {
            "query": q or "",
            "literal": literal,
            "expansion": expansion,
            "order": ranked or ("ingested" if terms else "published"),
            "total_exact": exact,
            "items": items,
            **info,
        }

    def document(self, doc_id: str) -> dict[str, Any]:
        row = (
            self.conn()
            .execute(
                "SELECT doc_id, source, url, title, lang, published, text, analysis, ingested_at"
                " FROM documents WHERE doc_id = ?",
                (doc_id,),
            )
            .fetchone()
        )
        if row is None:
            raise NotFound(f"no document {doc_id!r}")
        analysis = json.loads(row["analysis"])
        ids = {
            r[0]: r[1]
            for r in self.conn().execute(
                "SELECT local_id, event_id FROM events WHERE doc_id = ?", (doc_id,)
            )
        }
        events = []
        for ev in analysis.get("events", []):
            events.append(
                {
                    "event_id": ids.get(ev.get("local_id"), ev.get("event_id")),
                    "type": ev["type"],
                    "date": ev.get("date"),
                    "place": ev.get("place"),
                    "participants": ev.get("participants", []),
                    "regions": ev.get("regions", []),
                    "sectors": ev.get("sectors", []),
                    "evidence": ev.get("evidence", []),
                }
            )
        return {
            "doc_id": row["doc_id"],
            "source": row["source"],
            "url": row["url"],
            "title": row["title"],
            "lang": row["lang"],
            "published": row["published"],
            "ingested_at": row["ingested_at"],
            "text": row["text"],
            "events": events,
            "regions_mentioned": analysis.get("regions_mentioned", []),
            "partnerships": analysis.get("partnerships", []),
            "figures": analysis.get("figures", []),
        }

    # -- events ----------------------------------------------------------------------
    def list_events(self, f: Filters, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """Events (not reports), newest first by their earliest date, then by id."""
        check_page(limit, offset)
        where, params = _event_filter_sql(f, self.dialect)
        inner = ""
        if where:
            inner = (
                " WHERE e.event_id IN (SELECT e.event_id FROM events e JOIN documents d"
                " ON d.doc_id = e.doc_id WHERE " + " AND ".join(where) + ")"
            )
        conn = self.conn()
        total = int(
            conn.execute(
                f"SELECT count(DISTINCT e.event_id) FROM events e{inner}", params
            ).fetchone()[0]
        )
        rows = conn.execute(
            "SELECT e.event_id, min(coalesce(e.date, d.published)) AS day, count(*) AS reports,"
            f" {self.dialect.langs} AS langs, min(e.type) AS type,"
            f" {self.dialect.datas} AS datas"
            f" FROM events e JOIN documents d ON d.doc_id = e.doc_id{inner}"
            " GROUP BY e.event_id ORDER BY day DESC NULLS LAST, e.event_id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return {"items": [self._event_summary(r) for r in rows], **page_info(total, limit, offset)}

    def _event_summary(self, r: Any) -> dict[str, Any]:
        people: dict[str, str | None] = {}
        regions: set[str] = set()
        sectors: set[str] = set()
        types: dict[str, int] = {}
        place: dict[str, Any] = {}
        for raw in (r["datas"] or "").split("\x1e"):
            if not raw:
                continue
            data = json.loads(raw)
            types[data["type"]] = types.get(data["type"], 0) + 1
            for p in data.get("participants", []):
                people.setdefault(p["name"], p.get("role"))
            regions.update(data.get("regions", []))
            sectors.update(data.get("sectors", []))
            for k, v in (data.get("place") or {}).items():
                if v and not place.get(k):
                    place[k] = v
        return {
            "event_id": r["event_id"],
            "date": r["day"],
            "type": max(sorted(types), key=lambda t: types[t]) if types else r["type"],
            "reports": r["reports"],
            "languages": sorted(x for x in (r["langs"] or "").split(",") if x),
            "participants": [{"name": n, "role": role} for n, role in people.items()],
            "regions": sorted(regions),
            "sectors": sorted(sectors),
            "place": place,
        }

    def event(self, event_id: str) -> dict[str, Any]:
        """Who, when, where, sectors, and every report with its evidence spans."""
        from .._eventdb import explain_event

        conn = self.conn()
        rows = conn.execute(
            "SELECT e.doc_id, e.local_id, e.type, e.date, e.data, d.lang, d.source, d.url,"
            " d.title, d.published, d.text FROM events e JOIN documents d ON d.doc_id = e.doc_id"
            " WHERE e.event_id = ? ORDER BY d.published NULLS FIRST, e.doc_id, e.local_id",
            (event_id,),
        ).fetchall()
        if not rows:
            raise NotFound(f"no event {event_id!r}")
        why = explain_event(self.store(), event_id)
        copy_of = {r["report"]: r["copy_of"] for r in why["reports"]}
        people: dict[str, dict[str, Any]] = {}
        regions: set[str] = set()
        sectors: set[str] = set()
        place: dict[str, Any] = {}
        dates: list[str] = []
        types: dict[str, int] = {}
        reports = []
        for r in rows:
            data = json.loads(r["data"])
            types[r["type"]] = types.get(r["type"], 0) + 1
            if r["date"]:
                dates.append(r["date"])
            for p in data.get("participants", []):
                key = p.get("entity_id") or p["name"]
                entry = people.setdefault(key, {**p, "reports": 0})
                entry["reports"] += 1
            regions.update(data.get("regions", []))
            sectors.update(data.get("sectors", []))
            for k, v in (data.get("place") or {}).items():
                if v and not place.get(k):
                    place[k] = v
            text: str = r["text"]
            spans = [
                (e["start"], e["end"])
                for e in data.get("evidence", [])
                if text[e["start"] : e["end"]] == e["text"]
            ]
            key = f"{r['doc_id']}:{r['local_id']}"
            reports.append(
                {
                    "report": key,
                    "doc_id": r["doc_id"],
                    "lang": r["lang"],
                    "title": r["title"],
                    "source": r["source"],
                    "url": r["url"],
                    "published": r["published"],
                    "type": r["type"],
                    "date": r["date"],
                    "participants": data.get("participants", []),
                    "regions": data.get("regions", []),
                    "sectors": data.get("sectors", []),
                    "confidence": data.get("confidence"),
                    "rules": data.get("rules", []),
                    "copy_of": copy_of.get(key),
                    "marked_wrong": data.get("marked_wrong"),
                    "corrections": data.get("corrections", []),
                    "text": text,
                    "evidence": [{"start": s, "end": e, "text": text[s:e]} for s, e in spans],
                }
            )
        published = sorted(r["published"] for r in rows if r["published"])
        return {
            "event_id": event_id,
            "type": max(sorted(types), key=lambda t: types[t]),
            "date": min(dates) if dates else None,
            "first_reported": published[0] if published else None,
            "place": place,
            "participants": sorted(people.values(), key=lambda p: (-p["reports"], p["name"])),
            "regions": sorted(regions),
            "sectors": sorted(sectors),
            "languages": why["languages"],
            "independent_reports": why["independent_reports"],
            "links": why["links"],
            "overrides": why["overrides"],
            "corrections": event_corrections(conn, event_id, [r["report"] for r in reports]),
            "marked_wrong": next(
                (r["marked_wrong"] for r in reports if r.get("marked_wrong")), None
            ),
            "reports": reports,
        }

    # -- regions and pairs -----------------------------------------------------------
    _EVENT_REGIONS = (
        "SELECT e.event_id, r.region FROM events e JOIN event_regions r"
        " ON r.doc_id = e.doc_id AND r.local_id = e.local_id"
        " UNION SELECT event_id, place_region FROM events WHERE place_region IS NOT NULL"
    )

    def list_regions(self, country: str | None, limit: int, offset: int) -> dict[str, Any]:
        check_page(limit, offset)
        where, params = "", []
        if country:
            where = " WHERE region >= ? AND region < ?"
            params = [country + "-", country + "."]
        sql = (
            f"SELECT region, count(*) AS events FROM ({self._EVENT_REGIONS}) AS er{where}"
            " GROUP BY 1"
        )

        def make() -> list[tuple[str, int]]:
            rows = self.conn().execute(f"{sql} ORDER BY events DESC, region", params).fetchall()
            return [(r[0], int(r[1])) for r in rows]

        rows = self.cached(f"regions:{country}", make)
        items = [
            {"code": c, "name": self.label(c), "events": n}
            for c, n in rows[offset : offset + limit]
        ]
        return {"items": items, **page_info(len(rows), limit, offset)}

    def region(self, code: str) -> dict[str, Any]:
        """Profile: names in every language, validity and successor, partners, timeline."""
        from .._explain import region_activity
        from .._timeline import timeline

        code = code.upper()
        profile: dict[str, Any] = {"code": code, "name": self.label(code), "names": {}}
        gaz = self.gazetteer()
        known = False
        if gaz is not None:
            try:
                from ..gazetteer import describe_region

                profile.update(describe_region(gaz, code))
                profile["iso_name"], profile["name"] = profile["name"], self.label(code)
                known = True
            except UsageError:
                known = False
        else:
            profile["gazetteer"] = f"unavailable ({self._gazetteer_error})"
        activity = region_activity(self.store(), code)
        tl = timeline(self.store(), code)
        if not known and not activity["events"] and profile["name"] == code:
            raise NotFound(f"no region {code!r} in the gazetteer or the store")
        partners = [
            {"code": c, "name": self.label(c), "events": n} for c, n in activity["partners"].items()
        ]
        return {
            **profile,
            "partners": partners,
            "summary": tl["summary"],
            "timeline": tl["events"],
        }

    def region_pairs(
        self,
        pair: tuple[str, str] | None,
        region: str | None,
        limit: int,
        offset: int,
    ) -> dict[str, Any]:
        """Pairs of regions acting in the same events, most events first."""
        check_page(limit, offset)

        def make() -> list[dict[str, Any]]:
            rows = (
                self.conn()
                .execute(
                    f"WITH er AS ({self._EVENT_REGIONS}),"
                    " days AS (SELECT e.event_id, min(coalesce(e.date, d.published)) AS day"
                    " FROM events e JOIN documents d ON d.doc_id = e.doc_id GROUP BY e.event_id)"
                    " SELECT a.region AS a, b.region AS b, count(*) AS events,"
                    " min(days.day) AS first, max(days.day) AS last"
                    " FROM er a JOIN er b ON a.event_id = b.event_id AND a.region < b.region"
                    " LEFT JOIN days ON days.event_id = a.event_id"
                    " GROUP BY a.region, b.region ORDER BY events DESC, a.region, b.region"
                )
                .fetchall()
            )
            return [dict(r) for r in rows]

        rows = self.cached("pairs", make)
        if pair:
            want = set(pair)
            rows = [
                r
                for r in rows
                if {r["a"][:2], r["b"][:2]} == want
                or (pair[0] == pair[1] and r["a"][:2] == r["b"][:2] == pair[0])
            ]
        if region:
            rows = [r for r in rows if region in (r["a"], r["b"])]
        items = [
            {**r, "a_name": self.label(r["a"]), "b_name": self.label(r["b"])}
            for r in rows[offset : offset + limit]
        ]
        return {"items": items, **page_info(len(rows), limit, offset)}

    def region_pair(self, a: str, b: str) -> dict[str, Any]:
        from .._timeline import timeline

        a, b = a.upper(), b.upper()
        if a == b:
            raise NotFound(
                "no region pair of a region with itself (a pair is two different regions)"
            )
        data = timeline(self.store(), a, b)
        return {
            "a": a,
            "b": b,
            "a_name": self.label(a),
            "b_name": self.label(b),
            "summary": data["summary"],
            "timeline": data["events"],
        }

    # -- people ----------------------------------------------------------------------
    def list_people(self, q: str | None, limit: int, offset: int) -> dict[str, Any]:
        """People named as event participants, most events first."""
        check_page(limit, offset)

        def make() -> list[dict[str, Any]]:
            people: dict[str, dict[str, Any]] = {}
            for r in self.conn().execute(self.dialect.participants):
                entry = people.setdefault(
                    r["name"],
                    {
                        "name": r["name"],
                        "roles": set(),
                        "country": None,
                        "region": None,
                        "e": set(),
                    },
                )
                entry["e"].add(r["event_id"])
                if r["role"]:
                    entry["roles"].add(r["role"])
                entry["country"] = entry["country"] or r["country"]
                entry["region"] = entry["region"] or r["region"]
            out = [
                {
                    "name": p["name"],
                    "roles": sorted(p["roles"]),
                    "country": p["country"],
                    "region": p["region"],
                    "events": len(p["e"]),
                }
                for p in people.values()
            ]
            out.sort(key=lambda p: (-p["events"], p["name"]))
            return out

        rows = self.cached("people", make)
        if q:
            needle = fold(q)
            rows = [p for p in rows if needle in fold(p["name"])]
        return {"items": rows[offset : offset + limit], **page_info(len(rows), limit, offset)}

    def person(self, name: str) -> dict[str, Any]:
        like = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = (
            self.conn()
            .execute(
                "SELECT e.event_id, e.data, coalesce(e.date, d.published) AS day, d.lang"
                " FROM events e JOIN documents d ON d.doc_id = e.doc_id"
                " WHERE e.data LIKE ? ESCAPE '\\' ORDER BY day NULLS FIRST, e.event_id",
                (like,),
            )
            .fetchall()
        )
        roles: set[str] = set()
        countries: set[str] = set()
        regions: set[str] = set()
        events: dict[str, dict[str, Any]] = {}
        co: dict[str, int] = {}
        for r in rows:
            data = json.loads(r["data"])
            mine = [p for p in data.get("participants", []) if p["name"] == name]
            if not mine:
                continue
            for p in mine:
                if p.get("role"):
                    roles.add(p["role"])
                if p.get("country"):
                    countries.add(p["country"])
                if p.get("region"):
                    regions.add(p["region"])
            ev = events.setdefault(
                r["event_id"],
                {
                    "event_id": r["event_id"],
                    "date": r["day"],
                    "type": data["type"],
                    "regions": set(),
                    "languages": set(),
                    "reports": 0,
                    "with": set(),
                },
            )
            ev["reports"] += 1
            ev["regions"].update(data.get("regions", []))
            if r["lang"]:
                ev["languages"].add(r["lang"])
            for p in data.get("participants", []):
                if p["name"] != name:
                    ev["with"].add(p["name"])
        if not events:
            raise NotFound(f"no person {name!r} among event participants")
        for ev in events.values():
            for other in ev["with"]:
                co[other] = co.get(other, 0) + 1
        timeline = sorted(
            (
                {
                    **ev,
                    "regions": sorted(ev["regions"]),
                    "languages": sorted(ev["languages"]),
                    "with": sorted(ev["with"]),
                }
                for ev in events.values()
            ),
            key=lambda e: (e["date"] or "9999", e["event_id"]),
        )
        return {
            "name": name,
            "roles": sorted(roles),
            "countries": sorted(countries),
            "regions": sorted(regions),
            "events": timeline,
            "met": [
                {"name": n, "events": k} for n, k in sorted(co.items(), key=lambda x: (-x[1], x[0]))
            ],
        }

    # -- graph and exports -------------------------------------------------------------
    def graph(self, focus: str | None, limit: int) -> dict[str, Any]:
        """A node-link subgraph: the ``limit`` best-connected nodes, or ``focus``'s surroundings."""
        from .._graph import build_graph

        g = self.cached("graph", lambda: build_graph(self.store()))
        degree: dict[str, int] = {}
        adj: dict[str, set[str]] = {}
        for a, b, _k in g.edges:
            degree[a] = degree.get(a, 0) + 1
            degree[b] = degree.get(b, 0) + 1
            adj.setdefault(a, set()).add(b)
            adj.setdefault(b, set()).add(a)
        if focus:
            if focus not in g.nodes:
                raise NotFound(f"no graph node {focus!r} (ids look like region:RU-KLU)")
            keep = {focus} | adj.get(focus, set())
            for n in list(keep):
                if len(keep) >= limit:
                    break
                keep |= set(sorted(adj.get(n, set()), key=lambda x: (-degree[x], x))[:5])
            ranked = sorted(keep, key=lambda n: (n != focus, -degree.get(n, 0), n))[:limit]
        else:
            ranked = sorted(g.nodes, key=lambda n: (-degree.get(n, 0), n))[:limit]
        chosen = set(ranked)
        nodes = [{"id": n, **g.nodes[n], "degree": degree.get(n, 0)} for n in sorted(chosen)]
        links = [
            {"source": a, "target": b, **attrs}
            for (a, b, _k), attrs in sorted(g.edges.items())
            if a in chosen and b in chosen
        ]
        return {
            "nodes": nodes,
            "links": links,
            "total_nodes": len(g.nodes),
            "total_links": len(g.edges),
            "focus": focus,
        }

    def full_graph(self) -> Any:
        from .._graph import build_graph

        return self.cached("graph", lambda: build_graph(self.store()))

    def records(self) -> Iterator[dict[str, Any]]:
        """Contract records with clustered event ids, from a connection of its own.

        The export streams after the route returns, so it must not share the
        thread-local connection of a worker that serves other requests meanwhile.
        """
        if self.postgres:
            from ..store._postgres import PostgresStore

            pg = PostgresStore.reader(str(self.db))
            try:
                yield from pg.records()
            finally:
                pg.close()
            return
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        try:
            yield from _ReadOnlyStore(self.path, conn).records()
        finally:
            conn.close()
