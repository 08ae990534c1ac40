"""Contract records (``data/document.schema.json``) and the files they are written to.

The record is the project's interchange contract: whatever the store holds,
an export always validates against the schema. Writers stream record by
record so an export of a large store stays in bounded memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import IO, Any

from ._errors import ExportError
from ._models import Document, Event, Evidence

FORMATS = ("jsonl", "csv", "parquet")


def _evidence(items: list[Evidence]) -> list[dict[str, Any]]:
    return [{"start": e.start, "end": e.end, "text": e.text} for e in items]


def _event(ev: Event) -> dict[str, Any]:
    return {
        "event_id": ev.event_id or ev.local_id,
        "type": ev.type,
        "date": ev.date,
        "place": {"country": ev.place.country, "region": ev.place.region, "city": ev.place.city},
        "participants": [
            {
                "name": p.name,
                "role": p.role,
                "country": p.country,
                "region": p.region,
                "entity_id": p.entity_id,
            }
            for p in ev.participants
        ],
        "regions": list(ev.regions),
        "sectors": list(ev.sectors),
        "evidence": _evidence(ev.evidence),
        "confidence": round(float(ev.confidence), 3),
    }


def to_record(doc: Document) -> dict[str, Any]:
    """The contract record of one analysed document."""
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "lang": doc.lang,
        "published": doc.published,
        "title": doc.title,
        "url": doc.url,
        "events": [_event(e) for e in doc.events],
        "regions_mentioned": list(doc.regions_mentioned),
        "partnerships": [
            {"a": p.a, "b": p.b, "kind": p.kind, "evidence": _evidence(p.evidence)}
            for p in doc.partnerships
        ],
        "figures": [
            {
                "what": f.what,
                "value": f.value,
                "unit": f.unit,
                "period": f.period,
                "evidence": _evidence(f.evidence),
            }
            for f in doc.figures
        ],
    }


def load_schema() -> dict[str, Any]:
    """The bundled contract schema (the same file the contract folder publishes)."""
    text = (resources.files("diplograph") / "data" / "document.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False, sort_keys=False))
        out.write("\n")
        n += 1
    return n


# One flat row per event (documents without events get one row with empty event columns),
# which is what spreadsheet and dataframe users expect from CSV and Parquet.
FLAT_COLUMNS = (
    "doc_id",
    "source",
    "lang",
    "published",
    "title",
    "regions_mentioned",
    "event_id",
    "event_type",
    "event_date",
    "place_country",
    "place_region",
    "place_city",
    "participants",
    "event_regions",
    "sectors",
    "evidence",
    "partnerships",
    "figures",
)


def flat_rows(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for rec in records:
        base = {
            "doc_id": rec["doc_id"],
            "source": rec["source"],
            "lang": rec.get("lang"),
            "published": rec.get("published"),
            "title": rec.get("title"),
            "regions_mentioned": ";".join(rec.get("regions_mentioned", [])),
            "partnerships": json.dumps(rec.get("partnerships", []), ensure_ascii=False),
            "figures": json.dumps(rec.get("figures", []), ensure_ascii=False),
        }
        events = rec.get("events") or [None]
        for ev in events:
            row = dict.fromkeys(FLAT_COLUMNS)
            row.update(base)
            if ev is not None:
                place = ev.get("place") or {}
                row.update(
                    {
                        "event_id": ev["event_id"],
                        "event_type": ev["type"],
                        "event_date": ev.get("date"),
                        "place_country": place.get("country"),
                        "place_region": place.get("region"),
                        "place_city": place.get("city"),
                        "participants": "; ".join(
                            f"{p['name']} ({p.get('role') or '-'}, {p.get('country') or '-'})"
                            for p in ev.get("participants", [])
                        ),
                        "event_regions": ";".join(ev.get("regions", [])),
                        "sectors": ";".join(ev.get("sectors", [])),
                        "evidence": " | ".join(e["text"] for e in ev.get("evidence", [])),
                    }
                )
            yield row


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(FLAT_COLUMNS))
    writer.writeheader()
    n = 0
    for row in flat_rows(records):
        writer.writerow(row)
        n += 1
    return n


def write_parquet(records: Iterable[dict[str, Any]], path: Path, batch_rows: int = 5000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # mapped at the boundary
        raise ExportError(f"parquet export needs pyarrow: {exc}") from None
    schema = pa.schema([(c, pa.string()) for c in FLAT_COLUMNS])
    n = 0
    try:
        with pq.ParquetWriter(str(path), schema) as writer:
            batch: list[dict[str, Any]] = []
            for row in flat_rows(records):
                batch.append({k: None if v is None else str(v) for k, v in row.items()})
                if len(batch) >= batch_rows:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    n += len(batch)
                    batch = []
            if batch or n == 0:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
    except (OSError, pa.ArrowException) as exc:
        raise ExportError(f"cannot write {path}: {exc}") from None
    return n


def write_records(records: Iterable[dict[str, Any]], fmt: str, path: Path) -> int:
    """Write records to ``path`` in ``fmt``; returns rows written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return write_parquet(records, path)
    try:
        with path.open("w", encoding="utf-8", newline="") as out:
            return write_jsonl(records, out) if fmt == "jsonl" else write_csv(records, out)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
