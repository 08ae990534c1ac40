"""Event identity in the store: incremental clustering, explanations, analyst overrides.

Why separate from ``_clustering``: that module is pure (reports in, ids out)
and runs anywhere; this one owns what must persist. Every join is recorded
with its reasons, score and threshold; analysts' splits and merges are kept as
pinned assignments that every later clustering run takes as fixed, so they
survive re-runs and full re-clustering. Clustering never merges two events
with different established ids, which is what keeps pins and old ids stable.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from ._cluster_reports import OwnMarks, offices_of, own_marks
from ._clustering import Clustering, Report, _day, _venue, cluster, coarse_of
from ._errors import UsageError
from ._forum_identity import ForumNames
from ._models import Document, Event, Evidence, Mention, Place, Sentence
from ._names import fold_name
from ._options import Options
from ._registry import Registry
from .store import PreparedDocument, Store, hamming, prepare_document

Clusterer = Callable[[list[Report], Options, dict[str, str]], Clustering]

# Documents whose SimHash differs in at most this many of 64 bits are copies of one text
# (unrelated texts differ in about 32).
COPY_DISTANCE = 10

# The own marks of a report whose document could not be read (``own_marks``' shape): their
# length is also how a stored row tells marks read by this version from older ones.
_NO_MARKS: OwnMarks = (None, None, None, None, False, False, False, None)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _analysed(analysis: str) -> Document:
    """The parts of a stored analysis that a report's own marks are read from: the text,
    language, sentences, mentions, and the events' dates and evidence."""
    data: dict[str, Any] = json.loads(analysis)
    return Document(
        doc_id=data["doc_id"],
        source=data["source"],
        text=data["text"],
        lang=data.get("lang"),
        published=data.get("published"),
        sentences=[Sentence(s["start"], s["end"]) for s in data.get("sentences", [])],
        mentions=[Mention(**m) for m in data.get("mentions", [])],
        events=[
            Event(
                type=e["type"],
                date=e.get("date"),
                place=Place(**(e.get("place") or {})),
                participants=[],
                regions=list(e.get("regions", [])),
                sectors=[],
                evidence=[Evidence(**x) for x in e.get("evidence", [])],
                confidence=e.get("confidence", 0.0),
                local_id=e.get("local_id", ""),
            )
            for e in data.get("events", [])
        ],
    )


def prepare_with_marks(doc: Document, forums: ForumNames) -> PreparedDocument:
    """The store's rows of ``doc`` with each event's own marks (``events.marks``) read from
    the document in memory.

    Why at write time: the writer (or the Dask worker that prepares the rows) holds the
    whole document here; without the marks the next clustering would read the analysis
    JSON just written back and parse it again to compute the same values
    (``_fill_marks``, kept for rows written without them and for full re-clustering)."""
    rows = prepare_document(doc)
    for row, ev in zip(rows.events, doc.events, strict=True):
        row.marks = json.dumps(list(own_marks(doc, ev, forums)))
    return rows


def _fill_marks(
    store: Store, doc_ids: set[str], registry: Registry | None
) -> dict[tuple[str, str], OwnMarks]:
    """Read and keep the own marks of every event of ``doc_ids`` (``events.marks``).

    Why stored: the marks come from the document's mentions and text, which the event rows
    do not hold; reading them from the analysis once and keeping them spares every later
    clustering run (an ingest re-clusters the whole store) from parsing every analysis.
    An ingest writes them with the rows (``prepare_with_marks``); this reads them for rows
    of older versions (no marks, or fewer values) and for a full re-clustering, which
    reads them again with the current language data."""
    forums = ForumNames(registry or Registry())
    out: dict[tuple[str, str], OwnMarks] = {}
    for doc_id in sorted(doc_ids):
        row = store.conn.execute(
            "SELECT analysis FROM documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            continue
        doc = _analysed(row["analysis"])
        for ev in doc.events:
            out[(doc_id, ev.local_id)] = own_marks(doc, ev, forums)
    store.conn.executemany(
        "UPDATE events SET marks = ? WHERE doc_id = ? AND local_id = ?",
        [(json.dumps(list(m)), d, loc) for (d, loc), m in out.items()],
    )
    return out


def _reports(
    store: Store, *, refresh: bool = False, registry: Registry | None = None
) -> tuple[list[Report], dict[str, str], dict[str, str]]:
    """All reports, their current ids, and the analyst-pinned ids.

    Reports carry the same features as ``extract``'s (``_cluster_reports.reports_of``):
    the own marks are read from the stored analysis where not kept yet, or for every event
    when ``refresh`` (a full re-clustering reads them with the current language data)."""
    rows = store.conn.execute(
        "SELECT e.doc_id, e.local_id, e.event_id, e.type, e.date, e.data, e.place_region,"
        " e.marks, d.published FROM events e JOIN documents d ON d.doc_id = e.doc_id"
    ).fetchall()
    marks: dict[tuple[str, str], OwnMarks] = {}
    missing: set[str] = set()
    for row in rows:
        kept = None if row["marks"] is None or refresh else json.loads(row["marks"])
        if kept is None or len(kept) != len(_NO_MARKS):  # not read yet, or by an older version
            missing.add(row["doc_id"])
        else:
            marks[(row["doc_id"], row["local_id"])] = cast(OwnMarks, tuple(kept))
    if missing:
        marks.update(_fill_marks(store, missing, registry))
    years: dict[str, set[str]] = defaultdict(set)
    for doc_id, year in store.conn.execute(
        "SELECT DISTINCT doc_id, substr(key, 1, 4) FROM mentions"
        " WHERE kind = 'date' AND key IS NOT NULL"
    ):
        years[doc_id].add(year)
    people: dict[str, list[tuple[Any, Any, Any, Any]]] = defaultdict(list)
    for row in rows:
        for p in json.loads(row["data"]).get("participants", []):
            people[row["doc_id"]].append(
                (p.get("name"), p.get("role"), p.get("country"), p.get("region"))
            )
    offices = {doc_id: offices_of(found) for doc_id, found in people.items()}
    reports: list[Report] = []
    current: dict[str, str] = {}
    for row in rows:
        data: dict[str, Any] = json.loads(row["data"])
        month, mday, series, edition, institution, legislature, relative, arrival = marks.get(
            (row["doc_id"], row["local_id"]), _NO_MARKS
        )
        rep = Report(
            doc_id=row["doc_id"],
            local_id=row["local_id"],
            type=row["type"],
            date=_day(row["date"]),
            published=_day(row["published"]),
            people=frozenset(
                fold_name(p["name"]) for p in data.get("participants", []) if p.get("name")
            ),
            regions=frozenset(data.get("regions", [])) | _venue(row["place_region"]),
            coarse=coarse_of(row["date"]),
            issued=coarse_of(row["published"]),
            venue=row["place_region"],
            years=frozenset(years.get(row["doc_id"], ())),
            month=month,
            mday=mday,
            series=series,
            edition=edition,
            offices=offices.get(row["doc_id"], frozenset()),
            institution=bool(institution),
            legislature=bool(legislature),
            relative_year=bool(relative),
            arrival=arrival,
        )
        reports.append(rep)
        if row["event_id"] and not row["event_id"].startswith("new:"):
            current[rep.key] = row["event_id"]
    pinned = {
        f"{r[0]}:{r[1]}": r[2]
        for r in store.conn.execute("SELECT doc_id, local_id, event_id FROM pinned_reports")
    }
    return reports, current, pinned


def cluster_store(
    store: Store,
    options: Options,
    *,
    full: bool = False,
    clusterer: Clusterer = cluster,
    registry: Registry | None = None,
) -> Clustering:
    """Give every unclustered report an event id (joining existing events when they match).

    ``full`` re-clusters everything from scratch, keeping only analysts' pins:
    the result then equals what a fresh ingest of the same documents gives.
    ``clusterer``: ``cluster`` or a drop-in that scores blocks on a Dask cluster.
    ``registry``: the language data forum names are read with (the default data if None).
    """
    store.lock_clustering()  # concurrent ingests into one server cluster one after another
    reports, current, pinned = _reports(store, refresh=full, registry=registry)
    fixed = dict(pinned) if full else {**current, **pinned}
    result = clusterer(reports, options, fixed)
    if full:
        store.conn.execute("DELETE FROM event_links")
    changes = {(r.doc_id, r.local_id): result.ids[r.key] for r in reports if r.key not in fixed}
    store.set_event_ids(changes)
    stamp = _now()
    rows = []
    for link in result.links(reports, options):
        rows.append(
            (
                result.ids[link.a],
                link.a,
                link.b,
                link.score,
                options.cluster_threshold,
                json.dumps(list(link.reasons), ensure_ascii=False),
                stamp,
            )
        )
    store.conn.executemany(
        "INSERT INTO event_links(event_id, a, b, score, threshold, reasons, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    # Analysts' fact corrections are re-applied over whatever the pipeline stored.
    from ._corrections import reapply

    reapply(store)
    return result


def _event_reports(store: Store, event_id: str) -> list[Any]:
    rows = store.conn.execute(
        "SELECT e.doc_id, e.local_id, e.type, e.date, e.data, d.lang, d.source, d.title,"
        " d.published, d.simhash FROM events e JOIN documents d ON d.doc_id = e.doc_id"
        " WHERE e.event_id = ? ORDER BY d.published NULLS FIRST, e.doc_id",
        (event_id,),
    ).fetchall()
    if not rows:
        raise UsageError(f"no event {event_id!r} in {store.path}")
    return list(rows)


def copies(rows: list[Any]) -> dict[str, str]:
    """doc_id -> doc_id of the earlier report it is a near copy of (syndicated wire text)."""
    out: dict[str, str] = {}
    seen: list[tuple[str, int]] = []
    for row in rows:
        if row["simhash"] is None:
            continue
        for other, sh in seen:
            if other != row["doc_id"] and hamming(sh, row["simhash"]) <= COPY_DISTANCE:
                out[row["doc_id"]] = other
                break
        else:
            seen.append((row["doc_id"], row["simhash"]))
    return out


def explain_event(store: Store, event_id: str) -> dict[str, Any]:
    """Every report of an event, why they were joined, copies, and analyst overrides."""
    rows = _event_reports(store, event_id)
    copy_of = copies(rows)
    reports = []
    for row in rows:
        data = json.loads(row["data"])
        reports.append(
            {
                "report": f"{row['doc_id']}:{row['local_id']}",
                "lang": row["lang"],
                "source": row["source"],
                "title": row["title"],
                "published": row["published"],
                "type": row["type"],
                "date": row["date"],
                "participants": [p["name"] for p in data.get("participants", [])],
                "regions": data.get("regions", []),
                "copy_of": copy_of.get(row["doc_id"]),
                "evidence": [e["text"] for e in data.get("evidence", [])][:2],
            }
        )
    links = [
        {
            "a": r["a"],
            "b": r["b"],
            "score": r["score"],
            "threshold": r["threshold"],
            "reasons": json.loads(r["reasons"]),
            "at": r["at"],
        }
        for r in store.conn.execute(
            "SELECT * FROM event_links WHERE event_id = ? ORDER BY id", (event_id,)
        )
    ]
    overrides = [
        {"action": r["action"], "detail": json.loads(r["detail"]), "at": r["at"]}
        for r in store.conn.execute(
            "SELECT * FROM event_overrides WHERE event_id = ? ORDER BY id", (event_id,)
        )
    ]
    return {
        "event_id": event_id,
        "reports": reports,
        "independent_reports": len(reports) - len(copy_of),
        "languages": sorted({r["lang"] for r in reports if r["lang"]}),
        "links": links,
        "overrides": overrides,
    }


def _pin(store: Store, keys: list[tuple[str, str]], event_id: str) -> None:
    store.conn.executemany(
        "INSERT OR REPLACE INTO pinned_reports(doc_id, local_id, event_id) VALUES (?, ?, ?)",
        [(d, loc, event_id) for d, loc in keys],
    )
    store.conn.executemany(
        "UPDATE events SET event_id = ? WHERE doc_id = ? AND local_id = ?",
        [(event_id, d, loc) for d, loc in keys],
    )


def _parse_report(key: str) -> tuple[str, str]:
    doc, sep, local = key.rpartition(":")
    if not sep or not doc or not local:
        raise UsageError(f"a report is DOC_ID:LOCAL_ID (as `explain-event` shows), not {key!r}")
    return doc, local


def split_event(store: Store, event_id: str, report_keys: list[str], note: str = "") -> str:
    """Move the named reports of an event into a new event; returns the new id."""
    rows = _event_reports(store, event_id)
    members = {(r["doc_id"], r["local_id"]) for r in rows}
    moving = [_parse_report(k) for k in report_keys]
    stray = [f"{d}:{loc}" for d, loc in moving if (d, loc) not in members]
    if stray:
        raise UsageError(f"not reports of {event_id}: {', '.join(stray)}")
    if not moving or len(moving) == len(members):
        raise UsageError("a split must leave at least one report on each side")
    seed = "split:" + min(f"{d}:{x}" for d, x in moving)
    new_id = "ev-" + hashlib.sha1(seed.encode()).hexdigest()[:12]
    staying = sorted(members - set(moving))
    _pin(store, staying, event_id)
    _pin(store, moving, new_id)
    detail = {"moved": sorted(report_keys), "to": new_id, "note": note}
    for target in (event_id, new_id):
        store.conn.execute(
            "INSERT INTO event_overrides(action, event_id, detail, at) VALUES (?, ?, ?, ?)",
            ("split", target, json.dumps(detail, ensure_ascii=False), _now()),
        )
    return new_id


def merge_events(store: Store, keep_id: str, other_id: str, note: str = "") -> int:
    """Join ``other_id`` into ``keep_id``; returns the number of reports moved."""
    if keep_id == other_id:
        raise UsageError("merge needs two different events")
    keep = _event_reports(store, keep_id)
    other = _event_reports(store, other_id)
    keys = [(r["doc_id"], r["local_id"]) for r in keep + other]
    docs = [d for d, _ in keys]
    if len(set(docs)) != len(docs):
        raise UsageError("cannot merge: the two events have reports in the same document")
    _pin(store, keys, keep_id)
    detail = {"merged": other_id, "into": keep_id, "note": note}
    store.conn.execute(
        "INSERT INTO event_overrides(action, event_id, detail, at) VALUES (?, ?, ?, ?)",
        ("merge", keep_id, json.dumps(detail, ensure_ascii=False), _now()),
    )
    return len(other)


def event_groups(store: Store) -> dict[str, list[str]]:
    """event_id -> report keys (for tests and exports)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for r in store.conn.execute("SELECT doc_id, local_id, event_id FROM events"):
        groups[r[2]].append(f"{r[0]}:{r[1]}")
    return dict(groups)
