"""The SQLite store: documents, their analysis, events, rejections, full-text search.

Why SQLite: one file, no server, a laptop user can open it with any tool; WAL
mode lets readers (the web UI) run while an ingest writes. Ingestion is
idempotent by content id (``doc_id``), and batches are committed in
transactions, so a killed process loses nothing already reported and a rerun
finishes without duplicates. The schema is versioned with ``PRAGMA
user_version`` and upgraded by ordered migrations.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from .._errors import StoreError
from .._export import to_record
from .._models import Document, Rejection
from .._search import fold, index_fold

# Analysts' corrections (diplograph._corrections) and the originals of corrected reports.
CORRECTIONS_SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    event_id TEXT NOT NULL,
    reports TEXT NOT NULL,
    detail TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    undoes INTEGER,
    undone_by INTEGER
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
"""

# Each migration moves the schema from version i to i + 1. Never edit a released one.
MIGRATIONS: tuple[str, ...] = (
    # 1: documents, sources, rejections, events, mentions, full-text search.
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        url TEXT,
        title TEXT,
        lang TEXT,
        published TEXT,
        text TEXT NOT NULL,
        record TEXT NOT NULL,
        analysis TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_lang ON documents(lang);
    CREATE INDEX documents_published ON documents(published);
    CREATE TABLE sources (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id),
        source TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (doc_id, source)
    );
    CREATE TABLE rejections (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE events (
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
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, folded, tokenize = 'unicode61 remove_diacritics 2'
    );
    """,
    # 2: event identity bookkeeping: why reports were joined, analyst overrides, near copies.
    """
    ALTER TABLE documents ADD COLUMN simhash INTEGER;
    CREATE TABLE event_links (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL,
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        score REAL NOT NULL,
        threshold REAL NOT NULL,
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
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL,
        event_id TEXT NOT NULL,
        detail TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 3: the search index's folded column holds each kana/kanji/hanzi character as a token
    # of its own (see _search.index_fold), so names in those scripts can be matched.
    """
    DELETE FROM documents_fts;
    INSERT INTO documents_fts(rowid, title, text, folded)
    SELECT id, coalesce(title, ''), text,
        diplograph_index_fold(coalesce(title, '') || char(10) || text)
    FROM documents
    """,
    # 4: analysts' corrections (see _corrections); stores that created them on first edit
    # before this migration already have them.
    CORRECTIONS_SCHEMA,
    # 5: what clustering reads from a report's whole document (the month and day an undated
    # article names, a forum's series and edition), kept with the event as JSON so that
    # re-clustering a store compares what ``extract`` compares. NULL: not read yet; event
    # clustering fills it from the stored analysis (``_eventdb``), so older rows get it too.
    """
    ALTER TABLE events ADD COLUMN marks TEXT
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


# SimHash's per-bit vote, counted for all 64 bits at once: every bit of a shingle's hash has
# a 24-bit field of its own in one integer, and a byte of the hash adds its bits' fields with
# one table lookup (the table of its position in the digest). 24 bits count 16 million
# shingles, more than the longest accepted text has words.
_FIELD = 24
_SPREAD = tuple(
    tuple(
        sum(1 << (((7 - j) * 8 + k) * _FIELD) for k in range(8) if value >> k & 1)
        for value in range(256)
    )
    for j in range(8)
)


def simhash(text: str, width: int = 4) -> int:
    """64-bit SimHash of word shingles: near-identical texts (syndicated copies) are close.

    Returned as a signed integer so SQLite's INTEGER holds it. Why the bit-sliced count:
    the plain loop over 64 bits per shingle cost more than the rest of preparing a
    document's rows (it ran once per document on the worker, ~3 ms of ~6 ms); the result
    is the same bit for bit (``tests/test_store.py`` checks it against the plain loop).
    """
    words = fold(text).split()
    t0, t1, t2, t3, t4, t5, t6, t7 = _SPREAD
    counts = 0
    shingles = max(1, len(words) - width + 1)
    for i in range(shingles):
        d = hashlib.blake2b(" ".join(words[i : i + width]).encode(), digest_size=8).digest()
        counts += (
            t0[d[0]] + t1[d[1]] + t2[d[2]] + t3[d[3]] + t4[d[4]] + t5[d[5]] + t6[d[6]] + t7[d[7]]
        )
    mask = (1 << _FIELD) - 1
    # A bit is set when more shingles have it set than not (the plain loop's weight > 0).
    value = sum(1 << bit for bit in range(64) if 2 * (counts >> (bit * _FIELD) & mask) > shingles)
    return value - (1 << 64) if value >= 1 << 63 else value


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def document_to_json(doc: Document) -> str:
    return json.dumps(dataclasses.asdict(doc), ensure_ascii=False)


@dataclasses.dataclass(slots=True)
class PreparedEvent:
    local_id: str
    type: str
    date: str | None
    country: str | None
    region: str | None
    city: str | None
    data: str
    regions: tuple[str, ...]
    # The report's own marks for clustering as the JSON ``events.marks`` holds, when the
    # writer read them from the document in memory (``_eventdb.prepare_with_marks``); None
    # leaves the column NULL and the next clustering reads them from the stored analysis.
    marks: str | None = None


@dataclasses.dataclass(slots=True)
class PreparedDocument:
    """A document as rows for the store: every costly conversion already done.

    Why: JSON of the analysis, the contract record, the folded search copy and
    the SimHash cost more than the inserts (about 20 ms of 23 ms per document);
    computed where the document was analysed (a Dask worker), they spare the one
    process that writes the store.
    """

    doc_id: str
    source: str
    url: str | None
    title: str | None
    lang: str | None
    published: str | None
    text: str
    record: str
    analysis: str
    simhash: int
    folded: str
    events: list[PreparedEvent]
    mentions: list[tuple[int, int, str, str | None, str, str]]


def prepare_document(doc: Document) -> PreparedDocument:
    """The rows of one analysed document (backend-neutral)."""
    return PreparedDocument(
        doc_id=doc.doc_id,
        source=doc.source,
        url=doc.url,
        title=doc.title,
        lang=doc.lang,
        published=doc.published,
        text=doc.text,
        record=json.dumps(to_record(doc), ensure_ascii=False),
        analysis=document_to_json(doc),
        simhash=simhash(doc.text),
        folded=index_fold(f"{doc.title or ''}\n{doc.text}"),
        events=[
            PreparedEvent(
                ev.local_id,
                ev.type,
                ev.date,
                ev.place.country,
                ev.place.region,
                ev.place.city,
                json.dumps(dataclasses.asdict(ev), ensure_ascii=False),
                tuple(ev.regions),
            )
            for ev in doc.events
        ],
        mentions=[(m.start, m.end, m.kind, m.key, m.rule, m.text) for m in doc.mentions],
    )


class Store:
    """One SQLite database. Use as a context manager; writes go through :meth:`transaction`."""

    # The column giving the events' insertion order (a record's events in record order):
    # SQLite's implicit rowid here, an explicit sequence in PostgreSQL.
    EVENT_ORDER = "rowid"

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"no database at {self.path} (run `diplograph ingest` first)")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.create_function("diplograph_index_fold", 1, index_fold, deterministic=True)
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from None

    # -- lifecycle -----------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this diplograph "
                f"({SCHEMA_VERSION}); upgrade diplograph"
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[target - 1].split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {target}")
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                self.conn.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- writing -------------------------------------------------------------------
    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    def lock_clustering(self) -> None:
        """One clustering run at a time: ``BEGIN IMMEDIATE`` already serialises writers."""

    def has_document(self, doc_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return row is not None

    def stored(self, doc_ids: Sequence[str]) -> set[str]:
        """Which of ``doc_ids`` the store holds: one query for a batch (a Dask worker asks
        once per partition, not once per document)."""
        out: set[str] = set()
        unique = list(dict.fromkeys(doc_ids))
        for i in range(0, len(unique), 500):
            chunk = unique[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT doc_id FROM documents WHERE doc_id IN ({marks})", chunk
                )
            )
        return out

    def add_source(self, doc_id: str, source: str) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO sources(doc_id, source, first_seen) VALUES (?, ?, ?)",
            (doc_id, source, _now()),
        )

    def add_document(self, doc: Document | PreparedDocument) -> bool:
        """Insert an analysed document; False when its content is already stored.

        Takes a :class:`PreparedDocument` too: Dask workers prepare the rows, so the
        single writer only executes inserts.
        """
        p = doc if isinstance(doc, PreparedDocument) else prepare_document(doc)
        if self.has_document(p.doc_id):
            self.add_source(p.doc_id, p.source)
            return False
        cur = self.conn.execute(
            "INSERT INTO documents(doc_id, source, url, title, lang, published, text, record,"
            " analysis, ingested_at, simhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                p.doc_id,
                p.source,
                p.url,
                p.title,
                p.lang,
                p.published,
                p.text,
                p.record,
                p.analysis,
                _now(),
                p.simhash,
            ),
        )
        rowid = cur.lastrowid
        self.conn.execute(
            "INSERT INTO documents_fts(rowid, title, text, folded) VALUES (?, ?, ?, ?)",
            (rowid, p.title or "", p.text, p.folded),
        )
        self.add_source(p.doc_id, p.source)
        for ev in p.events:
            self.conn.execute(
                "INSERT INTO events(doc_id, local_id, event_id, type, date, place_country,"
                " place_region, place_city, data, marks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    p.doc_id,
                    ev.local_id,
                    f"new:{p.doc_id}:{ev.local_id}",  # clustering assigns the real id
                    ev.type,
                    ev.date,
                    ev.country,
                    ev.region,
                    ev.city,
                    ev.data,
                    ev.marks,
                ),
            )
            self.conn.executemany(
                "INSERT OR IGNORE INTO event_regions(doc_id, local_id, region) VALUES (?, ?, ?)",
                [(p.doc_id, ev.local_id, r) for r in ev.regions],
            )
        self.conn.executemany(
            'INSERT INTO mentions(doc_id, start, "end", kind, key, rule, text)'
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(p.doc_id, *m) for m in p.mentions],
        )
        return True

    def add_documents(self, docs: Sequence[Document | PreparedDocument]) -> list[bool]:
        """:meth:`add_document` for a batch, in order; per document, whether it was new."""
        return [self.add_document(d) for d in docs]

    def add_rejection(self, rej: Rejection) -> None:
        self.conn.execute(
            "INSERT INTO rejections(source, code, reason, at) VALUES (?, ?, ?, ?)",
            (rej.source, rej.code, rej.reason, _now()),
        )

    def set_event_ids(self, assignments: dict[tuple[str, str], str]) -> None:
        self.conn.executemany(
            "UPDATE events SET event_id = ? WHERE doc_id = ? AND local_id = ?",
            [(eid, d, loc) for (d, loc), eid in assignments.items()],
        )

    # -- reading -------------------------------------------------------------------
    def count_documents(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def stats(self) -> dict[str, Any]:
        q = self.conn.execute
        langs = {
            (r[0] or "und"): r[1]
            for r in q("SELECT lang, count(*) FROM documents GROUP BY lang ORDER BY 2 DESC")
        }
        types = {r[0]: r[1] for r in q("SELECT type, count(*) FROM events GROUP BY type")}
        rejected = {r[0]: r[1] for r in q("SELECT code, count(*) FROM rejections GROUP BY code")}
        return {
            "documents": self.count_documents(),
            "sources": int(q("SELECT count(*) FROM sources").fetchone()[0]),
            "event_reports": int(q("SELECT count(*) FROM events").fetchone()[0]),
            "events": int(q("SELECT count(DISTINCT event_id) FROM events").fetchone()[0]),
            "event_types": types,
            "languages": langs,
            "regions": int(
                q("SELECT count(DISTINCT key) FROM mentions WHERE kind = 'region'").fetchone()[0]
            ),
            "people": int(
                q("SELECT count(DISTINCT key) FROM mentions WHERE kind = 'person'").fetchone()[0]
            ),
            "rejected_inputs": sum(rejected.values()),
            "rejections": rejected,
            "schema_version": self.schema_version,
            "database": str(self.path),
        }

    def records(self) -> Iterator[dict[str, Any]]:
        """Contract records in ingestion order, with the current (clustered) event ids."""
        # Events are inserted in the order of the record's events, so one scan in rowid
        # order gives each document's clustered ids in record order.
        event_ids: dict[str, list[str]] = {}
        for row in self.conn.execute("SELECT doc_id, event_id FROM events ORDER BY rowid"):
            event_ids.setdefault(row[0], []).append(row[1])
        for row in self.conn.execute("SELECT doc_id, record FROM documents ORDER BY id"):
            rec: dict[str, Any] = json.loads(row["record"])
            for ev, eid in zip(
                rec.get("events", []), event_ids.get(row["doc_id"], []), strict=False
            ):
                ev["event_id"] = eid
            yield rec

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """The stored analysis of a document, by id or unique id prefix or source."""
        row = self.conn.execute(
            "SELECT analysis FROM documents WHERE doc_id = ? OR source = ?", (doc_id, doc_id)
        ).fetchone()
        if row is None:
            rows = self.conn.execute(
                "SELECT analysis FROM documents WHERE doc_id LIKE ? LIMIT 2", (doc_id + "%",)
            ).fetchall()
            if len(rows) != 1:
                return None
            row = rows[0]
        data: dict[str, Any] = json.loads(row["analysis"])
        ids = {
            r[0]: r[1]
            for r in self.conn.execute(
                "SELECT local_id, event_id FROM events WHERE doc_id = ?", (data["doc_id"],)
            )
        }
        for ev in data.get("events", []):
            ev["event_id"] = ids.get(ev.get("local_id"), ev.get("event_id"))  # clustered id
        return data

    def search(
        self, query: str, limit: int = 20, *, literal: bool = False, gazetteer: Any = None
    ) -> list[dict[str, Any]]:
        """Search (the one implementation in ``_search``): hits with snippet and matched forms.

        ``gazetteer`` enables expansion of place names across languages; without it only
        people's spellings expand (``literal`` switches off both).
        """
        from .._search import Searcher

        try:
            found = Searcher(gazetteer).search(self.conn, query, limit=limit, literal=literal)
        except sqlite3.Error as exc:
            raise StoreError(f"search failed: {exc}") from None
        if not found["ids"]:
            return []
        marks = ",".join("?" * len(found["ids"]))
        rows = {
            r["id"]: dict(r)
            for r in self.conn.execute(
                "SELECT id, doc_id, title, lang, published, source FROM documents"
                f" WHERE id IN ({marks})",
                found["ids"],
            )
        }
        out = []
        for rowid in found["ids"]:
            row = rows[rowid]
            del row["id"]
            out.append({**row, **found["hits"][rowid]})
        return out


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolls back on any exception."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
