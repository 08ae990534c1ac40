"""Timelines: the events of a region, or of a pair of regions, in order.

Built from the store's clustered events, so each real-world event appears once
with the number of reports (and independent reports: syndicated copies do not
count as confirmation) and the languages they came in.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ._eventdb import copies
from .store import Store


def _event_rows(store: Store, region: str) -> dict[str, list[Any]]:
    rows = store.conn.execute(
        "SELECT e.event_id, e.doc_id, e.local_id, e.type, e.date, e.place_region, e.data,"
        " d.published, d.lang, d.simhash FROM events e JOIN documents d ON d.doc_id = e.doc_id"
        " WHERE e.event_id IN (SELECT e2.event_id FROM events e2 JOIN event_regions r"
        " ON r.doc_id = e2.doc_id AND r.local_id = e2.local_id WHERE r.region = ?)",
        (region,),
    ).fetchall()
    grouped: dict[str, list[Any]] = {}
    for row in rows:
        grouped.setdefault(row["event_id"], []).append(row)
    return grouped


def _summarise(event_id: str, rows: list[Any]) -> dict[str, Any]:
    datas = [json.loads(r["data"]) for r in rows]
    stated = sorted(r["date"] for r in rows if r["date"])
    published = sorted(r["published"] for r in rows if r["published"])
    people: dict[str, str | None] = {}
    for d in datas:
        for p in d.get("participants", []):
            people.setdefault(p["name"], p.get("role"))
    regions = sorted({x for d in datas for x in d.get("regions", [])})
    sectors = sorted({x for d in datas for x in d.get("sectors", [])})
    types = Counter(r["type"] for r in rows)
    return {
        "event_id": event_id,
        "date": stated[0] if stated else None,
        "published": published[0] if published else None,
        "type": types.most_common(1)[0][0],
        "participants": [{"name": n, "role": r} for n, r in people.items()],
        "regions": regions,
        "sectors": sectors,
        "reports": len(rows),
        "independent_reports": len(rows) - len(copies(rows)),
        "languages": sorted({r["lang"] for r in rows if r["lang"]}),
        "place_region": next((r["place_region"] for r in rows if r["place_region"]), None),
    }


def _sort_key(ev: dict[str, Any]) -> tuple[str, str]:
    return (ev["date"] or ev["published"] or "9999", ev["event_id"])


def _partnerships(store: Store, region: str, other: str | None) -> list[dict[str, Any]]:
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in store.conn.execute(
        "SELECT doc_id, published, record FROM documents WHERE record LIKE ?", (f"%{region}%",)
    ):
        for p in json.loads(row["record"]).get("partnerships", []):
            pair = {p["a"], p["b"]}
            if region not in pair or (other and other not in pair):
                continue
            key = (*sorted(pair), p["kind"])
            entry = found.setdefault(
                key,
                {"a": key[0], "b": key[1], "kind": p["kind"], "first_stated": None, "documents": 0},
            )
            entry["documents"] += 1
            if row["published"] and (
                entry["first_stated"] is None or row["published"] < entry["first_stated"]
            ):
                entry["first_stated"] = row["published"]
    return sorted(found.values(), key=lambda x: (x["a"], x["b"], x["kind"]))


def timeline(store: Store, region: str, with_region: str | None = None) -> dict[str, Any]:
    """Events of ``region`` (with ``with_region`` too, when given), oldest first, and a summary."""
    events = [_summarise(eid, rows) for eid, rows in _event_rows(store, region).items()]
    if with_region:
        events = [
            e for e in events if with_region in e["regions"] or e["place_region"] == with_region
        ]
    events.sort(key=_sort_key)
    years = Counter((e["date"] or e["published"] or "unknown")[:4] for e in events)
    sectors = Counter(s for e in events for s in e["sectors"])
    people = Counter(p["name"] for e in events for p in e["participants"])
    dated = [e["date"] or e["published"] for e in events if e["date"] or e["published"]]
    return {
        "region": region,
        "with": with_region,
        "summary": {
            "events": len(events),
            "first_contact": _first(dated),
            "last_contact": max(dated) if dated else None,
            "events_per_year": dict(sorted(years.items())),
            "sectors": dict(sectors.most_common()),
            "people": dict(people.most_common(10)),
            "partnerships": _partnerships(store, region, with_region),
        },
        "events": events,
    }


def _first(dated: list[str]) -> str | None:
    """The earliest date, as precisely as known: a trip dated "2023-11" that contains the
    meeting of 2023-11-22 does not hide that day."""
    if not dated:
        return None
    first = min(dated)
    precise = [d for d in dated if d.startswith(first) and len(d) > len(first)]
    return min(precise) if precise else first
