"""Event ids end to end: independent of input order, stable when the store grows."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

from .conftest import run_cli


def _files(sample_dir: Path) -> list[str]:
    return sorted(str(p) for p in sample_dir.rglob("*") if p.is_file() and p.suffix != ".md")


def _groups(records: list[dict[str, object]]) -> dict[str, list[str]]:
    """event_id -> sorted sources reporting it (the partition the ids describe)."""
    out: dict[str, list[str]] = {}
    for rec in records:
        for ev in rec["events"]:  # type: ignore[attr-defined]
            out.setdefault(ev["event_id"], []).append(str(rec["source"]))
    return {k: sorted(v) for k, v in out.items()}


def _extract(paths: list[str], out: Path) -> dict[str, list[str]]:
    proc = run_cli("extract", *paths, "--output", str(out), "-q")
    assert proc.returncode in (0, 1), proc.stderr
    return _groups([json.loads(x) for x in out.read_text("utf-8").splitlines() if x.strip()])


def test_event_ids_do_not_depend_on_input_order(sample_dir: Path, tmp_path: Path) -> None:
    files = _files(sample_dir)
    base = _extract(files, tmp_path / "a.jsonl")
    assert any(len(v) >= 3 for v in base.values()), "the sample has events with several reports"
    shuffled = files[:]
    random.Random(5).shuffle(shuffled)
    assert _extract(shuffled, tmp_path / "b.jsonl") == base
    assert _extract(list(reversed(files)), tmp_path / "c.jsonl") == base


def _ids(db: Path) -> dict[tuple[str, str], str]:
    with sqlite3.connect(db) as conn:
        return {
            (d, loc): e
            for d, loc, e in conn.execute("SELECT doc_id, local_id, event_id FROM events")
        }


def test_ingesting_more_documents_never_renames_existing_events(
    sample_dir: Path, tmp_path: Path
) -> None:
    files = _files(sample_dir)
    first, second = files[::2], files[1::2]
    db = tmp_path / "grow.db"
    assert run_cli("ingest", *first, "--db", str(db), "-q").returncode in (0, 1)
    before = _ids(db)
    assert run_cli("ingest", *second, "--db", str(db), "-q").returncode in (0, 1)
    after = _ids(db)
    assert len(after) > len(before)
    assert all(after[k] == v for k, v in before.items())
    joined = {after[k] for k in after if k not in before} & set(before.values())
    assert joined, "some new reports joined events that already existed"
    assert not any(v.startswith("new:") for v in after.values())
