"""Human-readable explanations: why each fact was extracted, what a region is."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .store import Store


def _ev_text(ev: dict[str, Any]) -> str:
    return " | ".join(e["text"] for e in ev.get("evidence", []))


def explain_lines(doc: dict[str, Any]) -> Iterator[str]:
    """Lines describing a stored document's analysis, each fact with its rule."""
    yield f"document {doc['doc_id']}  source {doc['source']}"
    yield f"  lang {doc.get('lang')} (score {doc.get('lang_score')})"
    yield f"  published {doc.get('published')}  [{doc.get('published_by') or '-'}]"
    yield f"  title {doc.get('title')!r}  url {doc.get('url')}"
    yield f"  stages: {' -> '.join(doc.get('trace', []))}"
    for r in doc.get("removed", []):
        yield f"  removed {r['kind']}: {r['text'][:90]!r}  [{r['rule']}]"
    yield f"  {len(doc.get('sentences', []))} sentences, {len(doc.get('mentions', []))} mentions"
    for m in doc.get("mentions", []):
        if m["kind"] in ("trigger", "sector"):
            continue
        where = f"@{m['start']}-{m['end']}"
        yield f"  mention {m['kind']:7} {m['text']!r} -> {m['key']}  {where}  [{m['rule']}]"
    for ev in doc.get("events", []):
        yield (
            f"event {ev.get('local_id')} {ev['type']} id={ev.get('event_id')} "
            f"date={ev.get('date')} place={ev['place']} confidence={ev.get('confidence')}"
        )
        yield f"  rules: {', '.join(ev.get('rules', []))}"
        for p in ev.get("participants", []):
            who = f"{p['name']} ({p.get('role')}, {p.get('country')}, {p.get('region')})"
            yield f"  participant {who}  [{p.get('rule')}]"
        yield f"  regions {ev.get('regions')}  sectors {ev.get('sectors')}"
        yield f"  evidence: {_ev_text(ev)[:300]}"
    for p in doc.get("partnerships", []):
        yield f"partnership {p['kind']} {p['a']} - {p['b']}  [{p.get('rule')}]"
        yield f"  evidence: {_ev_text(p)[:300]}"
    for f in doc.get("figures", []):
        amount = f"{f['value']:g} {f['unit']} ({f.get('period')})"
        yield f"figure {f['what']}: {amount}  [{f.get('rule')}]"
    for s in doc.get("statements", []):
        yield f"statement ({s.get('speaker')}): {s['text'][:200]}  [{s.get('rule')}]"
    yield f"regions mentioned: {', '.join(doc.get('regions_mentioned', [])) or '-'}"


def region_activity(store: Store, code: str) -> dict[str, Any]:
    """Events and partners of a region from the store."""
    rows = store.conn.execute(
        "SELECT e.event_id, e.type, e.date, e.data, d.published, d.lang FROM events e"
        " JOIN event_regions r ON r.doc_id = e.doc_id AND r.local_id = e.local_id"
        " JOIN documents d ON d.doc_id = e.doc_id WHERE r.region = ?"
        " ORDER BY coalesce(e.date, d.published) NULLS FIRST, e.event_id",
        (code,),
    ).fetchall()
    events: dict[str, dict[str, Any]] = {}
    partners: dict[str, int] = {}
    for row in rows:
        data = json.loads(row["data"])
        ev = events.setdefault(
            row["event_id"],
            {
                "event_id": row["event_id"],
                "type": row["type"],
                "date": row["date"] or row["published"],
                "reports": 0,
                "languages": set(),
                "participants": sorted({p["name"] for p in data.get("participants", [])}),
            },
        )
        ev["reports"] += 1
        ev["languages"].add(row["lang"])
        for other in data.get("regions", []):
            if other != code:
                partners[other] = partners.get(other, 0) + 1
    for ev in events.values():
        ev["languages"] = sorted(x for x in ev["languages"] if x)
    return {
        "events": list(events.values()),
        "partners": dict(sorted(partners.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def region_lines(info: dict[str, Any]) -> Iterator[str]:
    yield f"{info['code']}  {info.get('name')}  ({info.get('type')}, {info.get('country')})"
    if info.get("valid_from") or info.get("valid_to"):
        yield f"  valid {info.get('valid_from') or '...'} to {info.get('valid_to') or 'today'}"
    if info.get("note"):
        yield f"  {info['note']}"
    if info.get("successor"):
        yield f"  successor: {info['successor']} (records keep {info['code']}, the pre-2025 code)"
    for lang, names in sorted((info.get("names") or {}).items()):
        shown = names if isinstance(names, str) else ", ".join(names[:6])
        yield f"  {lang}: {shown}"
    if "events" in info:
        yield f"  partners: {', '.join(f'{k} ({v})' for k, v in info['partners'].items()) or '-'}"
        for ev in info["events"]:
            yield (
                f"  {ev['date'] or '----------'} {ev['type']:9} {ev['event_id']} "
                f"{', '.join(ev['participants']) or '-'}  ({ev['reports']} reports: "
                f"{', '.join(ev['languages'])})"
            )
