"""The PostgreSQL store: the same tables, meaning and migrations as the SQLite store.

Why PostgreSQL: a research group serves one store to many analysts while
several ``ingest`` processes write into it; SQLite allows one writer at a time
on one machine. Why a subclass of the SQLite :class:`Store` with a translating
connection: the library's queries (event identity, timelines, the graph) are
plain SQL over ``store.conn`` with ``?`` placeholders and ``sqlite3.Row``-style
rows; :class:`_PgConn` gives them the same calls over psycopg 3, so one query
text serves both backends and only the genuinely different parts (schema,
upserts, full-text search, schema versioning, locks) live here.

Full-text search indexes the same folded copy the SQLite store indexes (case,
tones and đ folded in Python by :func:`fold`) as a ``tsvector`` on the
``simple`` configuration: no ``unaccent`` dictionary is needed because the
folding already happened, and both backends then agree on what matches.

Concurrency: documents are inserted with ``ON CONFLICT (doc_id) DO NOTHING``,
so two ingests of overlapping inputs store each document once; clustering
takes a transaction-level advisory lock, so two ingests never assign ids from
two different views of the same reports.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType
from typing import Any

from .._errors import StoreError
from .._models import Document
from ._sqlite import PreparedDocument, Store, _now, prepare_document

# Version i -> i + 1, the same numbering and meaning as the SQLite MIGRATIONS.
PG_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        id BIGSERIAL PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        url TEXT,
        title TEXT,
        lang TEXT,
        published TEXT,
        text TEXT NOT NULL,
        record TEXT NOT NULL,
        analysis TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        folded TEXT NOT NULL DEFAULT '',
        fts TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED
    );
    CREATE INDEX documents_lang ON documents(lang);
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_source ON documents(source);
    CREATE INDEX documents_fts ON documents USING GIN (fts);
    CREATE TABLE sources (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id),
        source TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (doc_id, source)
    );
    CREATE TABLE rejections (
        id BIGSERIAL PRIMARY KEY,
        source TEXT NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE events (
        seq BIGSERIAL,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id),
        local_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        type TEXT NOT NULL,
        date TEXT,
        place_country TEXT,
        place_region TEXT,
        place_city TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (doc_id, local_id)
    );
    CREATE INDEX events_event_id ON events(event_id);
    CREATE INDEX events_date ON events(date);
    CREATE TABLE event_regions (
        doc_id TEXT NOT NULL,
        local_id TEXT NOT NULL,
        region TEXT NOT NULL,
        PRIMARY KEY (doc_id, local_id, region)
    );
    CREATE INDEX event_regions_region ON event_regions(region);
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        kind TEXT NOT NULL,
        key TEXT,
        rule TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX mentions_key ON mentions(kind, key);
    CREATE INDEX mentions_doc ON mentions(doc_id)
    """,
    """
    ALTER TABLE documents ADD COLUMN simhash BIGINT;
    CREATE TABLE event_links (
        id BIGSERIAL PRIMARY KEY,
        event_id TEXT NOT NULL,
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        score DOUBLE PRECISION NOT NULL,
        threshold DOUBLE PRECISION NOT NULL,
        reasons TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX event_links_event ON event_links(event_id);
    CREATE TABLE pinned_reports (
        doc_id TEXT NOT NULL,
        local_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        PRIMARY KEY (doc_id, local_id)
    );
    CREATE TABLE event_overrides (
        id BIGSERIAL PRIMARY KEY,
        action TEXT NOT NULL,
        event_id TEXT NOT NULL,
        detail TEXT NOT NULL,
        at TEXT NOT NULL
    )
    """,
    # 3: SQLite re-indexes kana/kanji/hanzi as one token per character; here the folded copy
    # is computed by the writer (store._sqlite.prepare_document, _search.index_fold) and every
    # PostgreSQL store was created after that change, so there is nothing to rebuild.
    """
    SELECT 1
    """,
    # 4: analysts' corrections and the pipeline's original values of corrected reports.
    """
    CREATE TABLE IF NOT EXISTS corrections (
        id BIGSERIAL PRIMARY KEY,
        action TEXT NOT NULL,
        event_id TEXT NOT NULL,
        reports TEXT NOT NULL,
        detail TEXT NOT NULL,
        author TEXT NOT NULL,
        at TEXT NOT NULL,
        undoes BIGINT,
        undone_by BIGINT
    );
    CREATE INDEX IF NOT EXISTS corrections_event ON corrections(event_id);
    CREATE TABLE IF NOT EXISTS report_originals (
        doc_id TEXT NOT NULL,
        local_id TEXT NOT NULL,
        type TEXT NOT NULL,
        date TEXT,
        data TEXT NOT NULL,
        record_event TEXT NOT NULL,
        PRIMARY KEY (doc_id, local_id)
    )
    """,
    # 5: the report's own marks for clustering (see the SQLite migration 5).
    """
    ALTER TABLE events ADD COLUMN IF NOT EXISTS marks TEXT
    """,
)

# Primary keys, for translating SQLite's ``INSERT OR REPLACE`` into an upsert.
_PRIMARY_KEYS = {
    "pinned_reports": ("doc_id", "local_id"),
    "sources": ("doc_id", "source"),
    "event_regions": ("doc_id", "local_id", "region"),
    "events": ("doc_id", "local_id"),
}
# Advisory lock keys (any constant 64-bit numbers, private to diplograph).
_MIGRATION_LOCK = 0x6469706C6F01
_CLUSTER_LOCK = 0x6469706C6F02
_TOKEN = re.compile(r"'(?:[^']|'')*'|\?|%")
_REPLACE = re.compile(r"^\s*INSERT OR REPLACE INTO (\w+)\s*\(([^)]*)\)", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def translate(sql: str) -> str:
    """SQLite dialect of the library's queries -> PostgreSQL (placeholders, upserts)."""

    def sub(m: re.Match[str]) -> str:
        token = m.group(0)
        return "%s" if token == "?" else "%%" if token == "%" else token

    out = _TOKEN.sub(sub, sql)
    if re.match(r"\s*INSERT OR IGNORE", out, re.IGNORECASE):
        out = re.sub(r"INSERT OR IGNORE", "INSERT", out, count=1, flags=re.IGNORECASE)
        out += " ON CONFLICT DO NOTHING"
    replace = _REPLACE.match(out)
    if replace:
        table = replace.group(1)
        cols = [c.strip() for c in replace.group(2).split(",")]
        key = _PRIMARY_KEYS[table]
        sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in cols if c not in key)
        out = re.sub(r"INSERT OR REPLACE", "INSERT", out, count=1, flags=re.IGNORECASE)
        out += f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET {sets}"
    return out


class Row:
    """A result row readable by position and by column name, like ``sqlite3.Row``."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: Sequence[Any]) -> None:
        self._index = index
        self._values = tuple(values)

    def __getitem__(self, key: int | str) -> Any:
        return self._values[self._index[key] if isinstance(key, str) else key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor: Any) -> Any:
    desc = cursor.description or []
    index = {d.name: i for i, d in enumerate(desc)}

    def make(values: Sequence[Any]) -> Row:
        return Row(index, values)

    return make


class _PgConn:
    """``execute``/``executemany`` with SQLite-dialect SQL over a psycopg connection."""

    def __init__(self, conn: Any) -> None:
        self.raw = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.raw.execute(translate(sql), tuple(params) or None)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        rows = list(rows)
        cur = self.raw.cursor()
        if rows:
            cur.executemany(translate(sql), rows)
        return cur

    def close(self) -> None:
        self.raw.close()


class PostgresStore(Store):
    """One PostgreSQL database, addressed by a ``postgresql://`` URL."""

    EVENT_ORDER = "seq"

    def __init__(self, url: str, *, create: bool = True) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreError(
                "a postgresql:// store needs psycopg 3: pip install 'diplograph[scale]'"
            ) from None
        self.url = url
        self.path = _redact(url)  # type: ignore[assignment]
        try:
            raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from None
        self.pg = _PgConn(raw)
        self.conn = self.pg  # type: ignore[assignment]
        # Large values (text, record, analysis) are compressed with lz4 where the server
        # has it: measured, the server's CPU per inserted document fell by a quarter against
        # the default pglz. Values keep their method; every reader decompresses either.
        # A server built without lz4 (or before PostgreSQL 14) keeps pglz.
        with contextlib.suppress(psycopg.Error):
            raw.execute("SET default_toast_compression = 'lz4'")
        if not create and self.schema_version == 0:
            raw.close()
            raise StoreError(f"no diplograph store at {self.path} (run `diplograph ingest` first)")
        try:
            self._migrate()
        except psycopg.Error as exc:
            raise StoreError(f"cannot migrate database {self.path}: {exc}") from None

    @classmethod
    def reader(cls, url: str) -> PostgresStore:
        """A read-only view of an existing store: no migration, and every transaction of
        its session is ``READ ONLY``, so a serving process can never change the database
        (what ``serve``'s worker threads hold; SQLite's counterpart is ``mode=ro``)."""
        import psycopg

        self = cls.__new__(cls)
        self.url = url
        self.path = _redact(url)  # type: ignore[assignment]
        try:
            raw = psycopg.connect(
                url,
                autocommit=True,
                row_factory=_row_factory,
                options="-c default_transaction_read_only=on",
            )
        except psycopg.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from None
        self.pg = _PgConn(raw)
        self.conn = self.pg  # type: ignore[assignment]
        return self

    def close(self) -> None:
        self.pg.close()

    def _migrate(self) -> None:
        from ._sqlite import SCHEMA_VERSION

        with self.pg.raw.transaction():
            # Serialises concurrent first opens (two ingests starting on an empty database).
            self.pg.raw.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            self.pg.raw.execute(
                "CREATE TABLE IF NOT EXISTS diplograph_schema (version INTEGER NOT NULL)"
            )
            version = self.schema_version
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has schema version {version}, newer than this diplograph "
                    f"({SCHEMA_VERSION}); upgrade diplograph"
                )
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in PG_MIGRATIONS[target - 1].split(";"):
                    if statement.strip():
                        self.pg.raw.execute(statement)
                self.pg.raw.execute("DELETE FROM diplograph_schema")
                self.pg.raw.execute("INSERT INTO diplograph_schema VALUES (%s)", (target,))

    @property
    def schema_version(self) -> int:
        exists = self.pg.raw.execute("SELECT to_regclass('diplograph_schema')").fetchone()[0]
        if exists is None:
            return 0
        row = self.pg.raw.execute("SELECT max(version) FROM diplograph_schema").fetchone()
        return int(row[0] or 0)

    def transaction(self) -> _PgTransaction:  # type: ignore[override]
        return _PgTransaction(self.pg)

    def lock_clustering(self) -> None:
        """Held until the end of the current transaction: one clustering run at a time."""
        self.pg.raw.execute("SELECT pg_advisory_xact_lock(%s)", (_CLUSTER_LOCK,))

    def add_document(self, doc: Document | PreparedDocument) -> bool:
        """Insert an analysed document; False when its content is already stored."""
        return self.add_documents([doc])[0]

    def add_documents(self, docs: Sequence[Document | PreparedDocument]) -> list[bool]:
        """Insert a batch in a handful of round trips; per document, whether it was new.

        ``ON CONFLICT DO NOTHING``: when two ingests insert the same content at
        once, the second waits for the first to commit and then stores only a
        source. Rows go in with one multi-row INSERT and COPY, because a round trip
        per row made the server's latency, not its work, the write rate.
        """
        preps = [d if isinstance(d, PreparedDocument) else prepare_document(d) for d in docs]
        if not preps:
            return []
        now = _now()
        values = ", ".join(["(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"] * len(preps))
        params: list[Any] = []
        # Rows in doc_id order: two writers inserting overlapping batches then take the
        # unique-index locks in the same order and wait for each other, never deadlock.
        for p in sorted(preps, key=lambda p: p.doc_id):
            params += [
                p.doc_id,
                p.source,
                p.url,
                p.title,
                p.lang,
                p.published,
                p.text,
                p.record,
                p.analysis,
                now,
                p.simhash,
                p.folded,
            ]
        inserted = {
            r[0]
            for r in self.pg.raw.execute(
                "INSERT INTO documents(doc_id, source, url, title, lang, published, text, record,"
                f" analysis, ingested_at, simhash, folded) VALUES {values}"
                " ON CONFLICT (doc_id) DO NOTHING RETURNING doc_id",
                params,
            ).fetchall()
        }
        new: list[PreparedDocument] = []
        out: list[bool] = []
        for p in preps:
            fresh = p.doc_id in inserted
            inserted.discard(p.doc_id)  # a second copy in the same batch is a duplicate
            out.append(fresh)
            if fresh:
                new.append(p)
        sources = sorted({(p.doc_id, p.source) for p in preps})
        self.pg.raw.execute(
            "INSERT INTO sources(doc_id, source, first_seen) SELECT d, s, %s"
            " FROM unnest(%s::text[], %s::text[]) AS t(d, s) ON CONFLICT DO NOTHING",
            (now, [d for d, _ in sources], [s for _, s in sources]),
        )
        cur = self.pg.raw.cursor()
        if any(p.events for p in new):
            with cur.copy(
                "COPY events(doc_id, local_id, event_id, type, date, place_country,"
                " place_region, place_city, data, marks) FROM STDIN"
            ) as copy:
                for p in new:
                    for ev in p.events:
                        copy.write_row(
                            (
                                p.doc_id,
                                ev.local_id,
                                f"new:{p.doc_id}:{ev.local_id}",  # clustering sets the real id
                                ev.type,
                                ev.date,
                                ev.country,
                                ev.region,
                                ev.city,
                                ev.data,
                                ev.marks,
                            )
                        )
            regions = sorted(
                {(p.doc_id, ev.local_id, r) for p in new for ev in p.events for r in ev.regions}
            )
            if regions:
                with cur.copy("COPY event_regions(doc_id, local_id, region) FROM STDIN") as copy:
                    for row in regions:
                        copy.write_row(row)
        if any(p.mentions for p in new):
            with cur.copy(
                'COPY mentions(doc_id, start, "end", kind, key, rule, text) FROM STDIN'
            ) as copy:
                for p in new:
                    for m in p.mentions:
                        copy.write_row((p.doc_id, *m))
        return out

    def stats(self) -> dict[str, Any]:
        out = super().stats()
        out["database"] = self.path
        return out

    def records(self) -> Iterator[dict[str, Any]]:
        """Contract records in ingestion order, with the current (clustered) event ids."""
        event_ids: dict[str, list[str]] = {}
        for row in self.conn.execute("SELECT doc_id, event_id FROM events ORDER BY seq"):
            event_ids.setdefault(row[0], []).append(row[1])
        for row in self.conn.execute("SELECT doc_id, record FROM documents ORDER BY id"):
            rec: dict[str, Any] = json.loads(row["record"])
            for ev, eid in zip(
                rec.get("events", []), event_ids.get(row["doc_id"], []), strict=False
            ):
                ev["event_id"] = eid
            yield rec

    def search(
        self, query: str, limit: int = 20, *, literal: bool = False, gazetteer: Any = None
    ) -> list[dict[str, Any]]:
        """Full-text search with the query parsed and expanded exactly as for SQLite
        (:class:`diplograph._search.Searcher`: places across languages with ``gazetteer``,
        people's spellings across scripts, nothing with ``literal``); each query word must
        match one of its forms, each form a phrase of the folded copy."""
        from .._search import Searcher

        searcher = Searcher(gazetteer)
        try:
            parsed = searcher.parse(self.conn, query, literal=literal)
        except Exception as exc:
            raise StoreError(f"search failed: {exc}") from None
        found = tsquery(parsed, "%s")
        if found is None:
            return []
        tsquery_sql, args = found
        try:
            rows = self.pg.raw.execute(
                "SELECT id, doc_id, title, lang, published, source"
                f" FROM documents WHERE fts @@ ({tsquery_sql})"
                f" ORDER BY ts_rank_cd(fts, ({tsquery_sql})) DESC, id LIMIT %s",
                (*args, *args, limit),
            ).fetchall()
            shown = searcher.snippets(self.conn, parsed, [r["id"] for r in rows])
        except Exception as exc:
            raise StoreError(f"search failed: {exc}") from None
        return [
            {
                **{k: r[k] for k in ("doc_id", "title", "lang", "published", "source")},
                **shown[r["id"]],
            }
            for r in rows
        ]


def tsquery(parsed: Any, mark: str = "?") -> tuple[str, list[str]] | None:
    """A parsed search query (:class:`diplograph._search.ParsedQuery`) as a PostgreSQL
    ``tsquery`` expression and its arguments (``mark`` is the placeholder): every group
    must match, each by one of its forms, each form a phrase of the folded copy. None
    when some group has no form (nothing can match)."""
    groups = [[_unquote(ph) for ph in g.phrases()] for g in parsed.groups]
    groups = [[ph for ph in g if ph] for g in groups]
    if not groups or not all(groups):
        return None
    one = f"phraseto_tsquery('simple', {mark})"
    sql = " && ".join("(" + " || ".join([one] * len(g)) + ")" for g in groups)
    return sql, [ph for g in groups for ph in g]


def _unquote(phrase: str) -> str:
    """An FTS5 phrase ('"kaluga oblast"') as the words PostgreSQL's phrase query takes."""
    if len(phrase) >= 2 and phrase[0] == phrase[-1] == '"':
        phrase = phrase[1:-1].replace('""', '"')
    return phrase


def _redact(url: str) -> str:
    """The URL without its password, for messages and ``stats``."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1@", url)


class _PgTransaction:
    """One PostgreSQL transaction; rolls back on any exception."""

    def __init__(self, conn: _PgConn) -> None:
        self.conn = conn
        self._tx: Any = None

    def __enter__(self) -> _PgConn:
        self._tx = self.conn.raw.transaction()
        self._tx.__enter__()
        return self.conn

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._tx.__exit__(exc_type, exc, tb)
