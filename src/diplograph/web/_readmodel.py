"""The read model's base: one read-only connection per thread, a change-aware cache,
labels for codes and the gazetteer, shared by every query of the workbench.

Why a base class: the query families (documents and events in ``_catalog``,
regions, people and the graph in ``_profiles``) all need the same connection,
cache and labels, and must never open a writable connection while serving.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .._errors import StoreError
from .._search import Searcher
from ..store import SCHEMA_VERSION, Store, is_postgres_url
from ._dialect import POSTGRES, SQLITE

T = TypeVar("T")

MMAP_BYTES = 1 << 30  # address space for reading the database file (shared by all threads)


class _ReadOnlyStore(Store):
    """A :class:`Store` over an existing read-only connection (no migration, no writes).

    The library's helpers (``explain_event``, ``timeline``, ``build_graph``)
    take a Store; this hands them the serving connection instead of a writable one.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn


class CatalogBase:
    """Connections, cache, labels and gazetteer of one store, safe to share between threads."""

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
