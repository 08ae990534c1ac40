"""Analyst corrections: stored overrides with author and time, applied over the pipeline's facts.

Why overrides over originals: the pipeline's output is evidence-backed but
imperfect; an analyst who fixes an event's date, type, acting regions or a
participant, marks an event wrong, or joins or splits reports must see the fix
everywhere (pages, ``export``, ``graph``, ``timeline``) and must not lose it to
a re-run or ``recluster``. So each correction is a row (``corrections``) and the
pipeline's original values of every report it touches are kept once
(``report_originals``); a report's stored values are always *rebuilt* as the
original plus the active corrections in order. That makes corrections
idempotent (re-applied after every clustering run), independent of the order
of later ingests, and undoable: an undo is itself a correction that marks an
earlier one inactive and rebuilds what it touched. Event identity (merge,
split) goes through the pinned assignments of ``_eventdb``; the assignment each
report had before is kept in the correction, so an undo restores it.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from ._errors import UsageError
from ._models import EVENT_TYPES
from .store import Store

FACT_ACTIONS = (
    "set_date",
    "set_type",
    "set_regions",
    "remove_participant",
    "set_participant",
    "mark_wrong",
)
IDENTITY_ACTIONS = ("merge", "split")
ACTIONS = (*IDENTITY_ACTIONS, *FACT_ACTIONS, "undo")
PARTICIPANT_FIELDS = ("name", "role", "country", "region")
MAX_AUTHOR = 80
MAX_NOTE = 500
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_REGION = re.compile(r"[A-Z]{2}-[A-Z0-9-]{1,9}")
_COUNTRY = re.compile(r"[A-Z]{2}")

# The tables (``corrections``, ``report_originals``) are the store's migration 4
# (``store._sqlite.CORRECTIONS_SCHEMA``): every writable store has them once opened.


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def has_tables(conn: Any) -> bool:
    """Whether the store has the corrections tables (migration 4; a read-only catalog may
    open an older store)."""
    if hasattr(conn, "raw"):  # the PostgreSQL store's connection
        return conn.execute("SELECT to_regclass('corrections')").fetchone()[0] is not None
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'corrections'"
    ).fetchone()
    return row is not None


def _keys(store: Store, event_id: str) -> list[tuple[str, str]]:
    rows = store.conn.execute(
        "SELECT doc_id, local_id FROM events WHERE event_id = ? ORDER BY doc_id, local_id",
        (event_id,),
    ).fetchall()
    if not rows:
        raise LookupError(f"no event {event_id!r}")
    return [(r[0], r[1]) for r in rows]


def _assignment(store: Store, keys: list[tuple[str, str]]) -> dict[str, list[str | None]]:
    """report -> [event_id, pinned event_id or None] (what an undo restores)."""
    out: dict[str, list[str | None]] = {}
    for d, loc in keys:
        ev = store.conn.execute(
            "SELECT event_id FROM events WHERE doc_id = ? AND local_id = ?", (d, loc)
        ).fetchone()
        pin = store.conn.execute(
            "SELECT event_id FROM pinned_reports WHERE doc_id = ? AND local_id = ?", (d, loc)
        ).fetchone()
        out[f"{d}:{loc}"] = [ev[0] if ev else None, pin[0] if pin else None]
    return out


def _record_index(store: Store, doc_id: str, local_id: str) -> int:
    """Position of a report's event in its document's record (records list events in
    the order their rows were inserted)."""
    locals_ = [
        r[0]
        for r in store.conn.execute(
            f"SELECT local_id FROM events WHERE doc_id = ? ORDER BY {store.EVENT_ORDER}", (doc_id,)
        )
    ]
    return locals_.index(local_id)


def _save_original(store: Store, doc_id: str, local_id: str) -> None:
    if store.conn.execute(
        "SELECT 1 FROM report_originals WHERE doc_id = ? AND local_id = ?", (doc_id, local_id)
    ).fetchone():
        return
    row = store.conn.execute(
        "SELECT type, date, data FROM events WHERE doc_id = ? AND local_id = ?",
        (doc_id, local_id),
    ).fetchone()
    record = json.loads(
        store.conn.execute("SELECT record FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()[0]
    )
    rec_event = record["events"][_record_index(store, doc_id, local_id)]
    store.conn.execute(
        "INSERT INTO report_originals(doc_id, local_id, type, date, data, record_event)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (doc_id, local_id, row[0], row[1], row[2], json.dumps(rec_event, ensure_ascii=False)),
    )


def _apply(action: str, detail: dict[str, Any], ev: dict[str, Any], meta: dict[str, Any]) -> None:
    """One fact correction applied to one report's event (analysis or record form)."""
    if action == "set_date":
        ev["date"] = detail["date"]
    elif action == "set_type":
        ev["type"] = detail["type"]
    elif action == "set_regions":
        ev["regions"] = list(detail["regions"])
    elif action == "remove_participant":
        ev["participants"] = [p for p in ev.get("participants", []) if p["name"] != detail["name"]]
    elif action == "set_participant":
        for p in ev.get("participants", []):
            if p["name"] == detail["name"]:
                p.update({k: v for k, v in detail["set"].items() if k in PARTICIPANT_FIELDS})
    elif action == "mark_wrong":
        ev["marked_wrong"] = {"by": meta["author"], "at": meta["at"], "note": detail.get("note")}
    ev.setdefault("corrections", []).append(meta["id"])


def rebuild(store: Store, keys: list[tuple[str, str]]) -> None:
    """Write each report as its original plus its active fact corrections, in order."""
    active = [
        r
        for r in store.conn.execute(
            "SELECT id, action, reports, detail, author, at FROM corrections"
            " WHERE undone_by IS NULL AND action IN (" + ",".join("?" * len(FACT_ACTIONS)) + ")"
            " ORDER BY id",
            FACT_ACTIONS,
        )
    ]
    for doc_id, local_id in keys:
        orig = store.conn.execute(
            "SELECT type, date, data, record_event FROM report_originals"
            " WHERE doc_id = ? AND local_id = ?",
            (doc_id, local_id),
        ).fetchone()
        if orig is None:
            continue
        key = f"{doc_id}:{local_id}"
        data = json.loads(orig["data"])
        rec_event = json.loads(orig["record_event"])
        for c in active:
            if key not in json.loads(c["reports"]):
                continue
            detail = json.loads(c["detail"])
            meta = {"id": c["id"], "author": c["author"], "at": c["at"]}
            _apply(c["action"], detail, data, meta)
            _apply(c["action"], detail, rec_event, meta)
        store.conn.execute(
            "UPDATE events SET type = ?, date = ?, data = ? WHERE doc_id = ? AND local_id = ?",
            (
                data["type"],
                data.get("date"),
                json.dumps(data, ensure_ascii=False),
                doc_id,
                local_id,
            ),
        )
        store.conn.execute(
            "DELETE FROM event_regions WHERE doc_id = ? AND local_id = ?", (doc_id, local_id)
        )
        store.conn.executemany(
            "INSERT OR IGNORE INTO event_regions(doc_id, local_id, region) VALUES (?, ?, ?)",
            [(doc_id, local_id, r) for r in data.get("regions", [])],
        )
        row = store.conn.execute("SELECT record FROM documents WHERE doc_id = ?", (doc_id,))
        record = json.loads(row.fetchone()[0])
        rec_event["event_id"] = record["events"][_record_index(store, doc_id, local_id)].get(
            "event_id", rec_event.get("event_id")
        )
        record["events"][_record_index(store, doc_id, local_id)] = rec_event
        store.conn.execute(
            "UPDATE documents SET record = ? WHERE doc_id = ?",
            (json.dumps(record, ensure_ascii=False), doc_id),
        )


def reapply(store: Store) -> None:
    """Rebuild every corrected report (after an ingest or a re-clustering run)."""
    if not has_tables(store.conn):
        return
    keys = [
        (r[0], r[1])
        for r in store.conn.execute(
            "SELECT o.doc_id, o.local_id FROM report_originals o"
            " JOIN events e ON e.doc_id = o.doc_id AND e.local_id = o.local_id"
        )
    ]
    if keys:
        rebuild(store, keys)


def _clean_text(value: Any, name: str, limit: int) -> str:
    if not isinstance(value, str):
        raise UsageError(f"{name} must be text")
    value = " ".join(value.split())
    if len(value) > limit:
        raise UsageError(f"{name} is at most {limit} characters")
    return value


def _validate(action: str, params: dict[str, Any], participants: set[str]) -> dict[str, Any]:
    """The detail a fact correction stores (only the fields it needs, checked)."""
    note = _clean_text(params.get("note") or "", "note", MAX_NOTE)
    if action == "set_date":
        date = params.get("date")
        if not isinstance(date, str) or not _DATE.fullmatch(date):
            raise UsageError("date must be YYYY, YYYY-MM or YYYY-MM-DD")
        return {"date": date, "note": note}
    if action == "set_type":
        if params.get("type") not in EVENT_TYPES:
            raise UsageError(f"type must be one of {', '.join(EVENT_TYPES)}")
        return {"type": params["type"], "note": note}
    if action == "set_regions":
        regions = params.get("regions")
        if not isinstance(regions, list) or not all(
            isinstance(r, str) and _REGION.fullmatch(r.upper()) for r in regions
        ):
            raise UsageError("regions must be a list of ISO 3166-2 codes like RU-KLU")
        return {"regions": sorted({r.upper() for r in regions}), "note": note}
    if action in ("remove_participant", "set_participant"):
        name = params.get("name")
        if name not in participants:
            raise UsageError(f"no participant {name!r} in this event")
        if action == "remove_participant":
            return {"name": name, "note": note}
        given = params.get("set")
        if not isinstance(given, dict) or not given:
            raise UsageError("set_participant needs `set` with name, role, country or region")
        new: dict[str, Any] = {}
        for k, v in given.items():
            if k not in PARTICIPANT_FIELDS:
                raise UsageError(f"a participant has no field {k!r}")
            text = _clean_text(v, k, 200) if v is not None else None
            if k == "name" and not text:
                raise UsageError("a participant's name cannot be empty")
            if k == "country" and text and not _COUNTRY.fullmatch(text.upper()):
                raise UsageError("country must be an ISO 3166-1 alpha-2 code")
            if k == "region" and text and not _REGION.fullmatch(text.upper()):
                raise UsageError("region must be an ISO 3166-2 code")
            new[k] = text.upper() if text and k in ("country", "region") else (text or None)
        return {"name": name, "set": new, "note": note}
    if action == "mark_wrong":
        return {"note": note}
    raise UsageError(f"unknown correction {action!r}; one of {', '.join(ACTIONS)}")


def _insert(
    store: Store,
    action: str,
    event_id: str,
    reports: list[str],
    detail: dict[str, Any],
    author: str,
    undoes: int | None = None,
) -> dict[str, Any]:
    at = _now()
    cur = store.conn.execute(
        "INSERT INTO corrections(action, event_id, reports, detail, author, at, undoes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (action, event_id, json.dumps(reports), json.dumps(detail, ensure_ascii=False), author,
         at, undoes),
    )  # fmt: skip
    return {
        "id": cur.fetchone()[0],
        "action": action,
        "event_id": event_id,
        "reports": reports,
        "detail": detail,
        "author": author,
        "at": at,
        "undoes": undoes,
        "undone_by": None,
    }


def correct(
    store: Store, event_id: str, action: str, params: dict[str, Any], author: str
) -> dict[str, Any]:
    """Record and apply one correction of ``event_id``; returns the stored correction.

    Raises LookupError for an unknown event and UsageError for an invalid correction.
    Run it inside ``store.transaction()``.
    """
    from ._eventdb import merge_events, split_event

    author = _clean_text(author, "author", MAX_AUTHOR)
    if not author:
        raise UsageError("a correction needs an author label")
    if action == "undo":
        raise UsageError("undo names a correction: use undo()")
    keys = _keys(store, event_id)
    reports = [f"{d}:{loc}" for d, loc in keys]
    if action == "merge":
        other = params.get("other")
        if not isinstance(other, str) or not other:
            raise UsageError("merge needs `other`, the event to join into this one")
        other_keys = _keys(store, other)
        prior = _assignment(store, keys + other_keys)
        note = _clean_text(params.get("note") or "", "note", MAX_NOTE)
        merge_events(store, event_id, other, note)
        detail = {"other": other, "prior": prior, "note": note}
        return _insert(store, "merge", event_id, sorted(prior), detail, author)
    if action == "split":
        moving = params.get("reports")
        if not isinstance(moving, list) or not all(isinstance(k, str) for k in moving):
            raise UsageError("split needs `reports`, a list of DOC_ID:LOCAL_ID")
        prior = _assignment(store, keys)
        note = _clean_text(params.get("note") or "", "note", MAX_NOTE)
        new_id = split_event(store, event_id, list(moving), note)
        detail = {"moved": sorted(moving), "to": new_id, "prior": prior, "note": note}
        return _insert(store, "split", event_id, reports, detail, author)
    participants: set[str] = set()
    for (data,) in store.conn.execute("SELECT data FROM events WHERE event_id = ?", (event_id,)):
        participants.update(p["name"] for p in json.loads(data).get("participants", []))
    detail = _validate(action, params, participants)
    for d, loc in keys:
        _save_original(store, d, loc)
    done = _insert(store, action, event_id, reports, detail, author)
    rebuild(store, keys)
    return done


def undo(store: Store, correction_id: int, author: str) -> dict[str, Any]:
    """Undo a correction (itself recorded as a correction); returns the undo."""
    author = _clean_text(author, "author", MAX_AUTHOR)
    if not author:
        raise UsageError("a correction needs an author label")
    row = store.conn.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
    if row is None:
        raise LookupError(f"no correction {correction_id}")
    if row["undone_by"] is not None:
        raise UsageError(f"correction {correction_id} is already undone")
    if row["action"] == "undo":
        raise UsageError("an undo cannot be undone; make the correction again")
    detail = json.loads(row["detail"])
    reports: list[str] = json.loads(row["reports"])
    if row["action"] in IDENTITY_ACTIONS:
        later = store.conn.execute(
            "SELECT id, reports FROM corrections WHERE id > ? AND undone_by IS NULL"
            " AND action IN ('merge', 'split')",
            (correction_id,),
        ).fetchall()
        if any(set(json.loads(r["reports"])) & set(detail["prior"]) for r in later):
            raise UsageError(
                f"a later merge or split touches these reports: undo it first ({later[0]['id']})"
            )
        for key, (event_id, pinned) in detail["prior"].items():
            doc_id, _, local_id = key.rpartition(":")
            store.conn.execute(
                "UPDATE events SET event_id = ? WHERE doc_id = ? AND local_id = ?",
                (event_id, doc_id, local_id),
            )
            if pinned is None:
                store.conn.execute(
                    "DELETE FROM pinned_reports WHERE doc_id = ? AND local_id = ?",
                    (doc_id, local_id),
                )
            else:
                store.conn.execute(
                    "INSERT OR REPLACE INTO pinned_reports(doc_id, local_id, event_id)"
                    " VALUES (?, ?, ?)",
                    (doc_id, local_id, pinned),
                )
    done = _insert(
        store, "undo", row["event_id"], reports, {"undoes": correction_id}, author, correction_id
    )
    store.conn.execute(
        "UPDATE corrections SET undone_by = ? WHERE id = ?", (done["id"], correction_id)
    )
    if row["action"] in FACT_ACTIONS:
        rebuild(store, [(k.rpartition(":")[0], k.rpartition(":")[2]) for k in reports])
    return done


def _row(r: Any) -> dict[str, Any]:
    return {
        "id": r["id"],
        "action": r["action"],
        "event_id": r["event_id"],
        "reports": json.loads(r["reports"]),
        "detail": json.loads(r["detail"]),
        "author": r["author"],
        "at": r["at"],
        "undoes": r["undoes"],
        "undone_by": r["undone_by"],
    }


def list_corrections(conn: Any, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """Newest first (the audit trail)."""
    if not has_tables(conn):
        return [], 0
    total = int(conn.execute("SELECT count(*) FROM corrections").fetchone()[0])
    rows = conn.execute(
        "SELECT * FROM corrections ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    return [_row(r) for r in rows], total


def event_corrections(conn: Any, event_id: str, reports: list[str]) -> list[dict[str, Any]]:
    """Corrections made on this event or on any of its reports, oldest first."""
    if not has_tables(conn):
        return []
    wanted = set(reports)
    out = []
    for r in conn.execute("SELECT * FROM corrections ORDER BY id"):
        if r["event_id"] == event_id or wanted & set(json.loads(r["reports"])):
            out.append(_row(r))
    return out
