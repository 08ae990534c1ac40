"""The same commands on a SQLite file and on a real PostgreSQL server give the same answers.

The sample corpus is ingested once into each backend by the real CLI; then
``stats --json``, ``export``, ten searches, ``timeline``, ``graph``, ``explain``,
``explain-event``, ``event split|merge`` and ``recluster`` are compared. Two
ingests running at once into one PostgreSQL database must lose nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from diplograph.store import open_store

from .conftest import run_cli

QUERIES = [
    "Hà Nội",
    "da nang",
    "ĐÀ NẴNG",
    "Kaluga",
    "Москва",
    "сотрудничество",
    "cooperation",
    "Tatarstan",
    "Hải Phòng",
    "Zusammenarbeit",
]


@pytest.fixture(scope="module")
def stores(
    sample_dir: Path, pg_server: Any, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, str]:
    dbs = {
        "sqlite": str(tmp_path_factory.mktemp("parity") / "s.db"),
        "postgresql": pg_server.new_database(),
    }
    for db in dbs.values():
        proc = run_cli("ingest", str(sample_dir), "--db", db, "-q")
        assert proc.returncode == 0, proc.stderr
    return dbs


def _json(*args: str) -> Any:
    proc = run_cli(*args)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _export(db: str, path: Path) -> list[dict[str, Any]]:
    proc = run_cli("export", "--db", db, "--format", "jsonl", "--output", str(path))
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(x) for x in path.read_text("utf-8").splitlines()]
    return sorted(recs, key=lambda r: r["doc_id"])


def test_stats_and_export_are_the_same(stores: dict[str, str], tmp_path: Path) -> None:
    a = _json("stats", "--db", stores["sqlite"], "--json")
    b = _json("stats", "--db", stores["postgresql"], "--json")
    assert b.pop("database") == stores["postgresql"]
    a.pop("database")
    assert a == b and a["documents"] > 50 and a["events"] > 20
    assert _export(stores["sqlite"], tmp_path / "a.jsonl") == _export(
        stores["postgresql"], tmp_path / "b.jsonl"
    )


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_the_same_documents(stores: dict[str, str], query: str) -> None:
    hits = {}
    for name, db in stores.items():
        with open_store(db, create=False) as st:
            hits[name] = {h["doc_id"] for h in st.search(query, limit=1000)}
    assert hits["sqlite"] == hits["postgresql"]
    assert hits["sqlite"] or query == "Zusammenarbeit"


def test_search_command_on_postgresql_highlights_folded_hits(stores: dict[str, str]) -> None:
    """The CLI search on PostgreSQL marks the matched phrase and names the forms found in
    other scripts, as on SQLite (one implementation of query expansion)."""
    proc = run_cli("search", "da nang", "--db", stores["postgresql"])
    assert proc.returncode == 0, proc.stderr
    assert "[Da Nang]" in proc.stdout or "[Đà Nẵng]" in proc.stdout
    assert "matched: Дананге" in proc.stdout
    literal = run_cli("search", "da nang", "--literal", "--db", stores["postgresql"])
    assert literal.returncode == 0, literal.stderr
    assert "Дананге" not in literal.stdout


def _without_times(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_times(v) for k, v in value.items() if k != "at"}
    if isinstance(value, list):
        return [_without_times(v) for v in value]
    return value


def test_timeline_graph_explain_are_the_same(stores: dict[str, str], tmp_path: Path) -> None:
    s, p = stores["sqlite"], stores["postgresql"]
    for args in (("timeline", "RU-KLU", "--format", "json"), ("region", "RU-KLU", "--json")):
        assert _json(*args, "--db", s) == _json(*args, "--db", p)
    graphs = []
    for i, db in enumerate((s, p)):
        out = tmp_path / f"g{i}.json"
        assert (
            run_cli("graph", "--db", db, "--format", "json", "--output", str(out)).returncode == 0
        )
        data = json.loads(out.read_text("utf-8"))
        graphs.append(
            {k: sorted(map(json.dumps, v)) if isinstance(v, list) else v for k, v in data.items()}
        )
    assert graphs[0] == graphs[1]
    rec = _export(s, tmp_path / "r.jsonl")[0]
    texts = [run_cli("explain", rec["doc_id"], "--db", db).stdout for db in (s, p)]
    assert texts[0] == texts[1] and rec["doc_id"] in texts[0]
    eid = next(e["event_id"] for r in _export(s, tmp_path / "e.jsonl") for e in r["events"])
    a = _json("explain-event", eid, "--db", s, "--json")
    b = _json("explain-event", eid, "--db", p, "--json")
    assert _without_times(a) == _without_times(b)


def test_split_merge_recluster_on_postgresql(stores: dict[str, str], tmp_path: Path) -> None:
    db = stores["postgresql"]
    counts: dict[str, int] = {}
    for r in _export(db, tmp_path / "x.jsonl"):
        for e in r["events"]:
            counts[e["event_id"]] = counts.get(e["event_id"], 0) + 1
    eid = min(k for k, v in counts.items() if v >= 2)
    reports = [r["report"] for r in _json("explain-event", eid, "--db", db, "--json")["reports"]]
    proc = run_cli("event", "split", eid, reports[0], "--db", db)
    assert proc.returncode == 0, proc.stderr
    assert len(_json("explain-event", eid, "--db", db, "--json")["reports"]) == len(reports) - 1
    assert run_cli("recluster", "--db", db).returncode == 0
    after = {r["report"]: eid for r in _json("explain-event", eid, "--db", db, "--json")["reports"]}
    assert reports[0] not in after and reports[1] in after  # the split survives re-clustering
    moved = _json("stats", "--db", db, "--json")["events"]
    assert moved == len(counts) + 1
    new_id = next(
        o["detail"]["to"] for o in _json("explain-event", eid, "--db", db, "--json")["overrides"]
    )
    assert run_cli("event", "merge", eid, new_id, "--db", db).returncode == 0
    assert len(_json("explain-event", eid, "--db", db, "--json")["reports"]) == len(reports)


def test_two_concurrent_ingests_into_one_postgresql_database_lose_nothing(
    sample_dir: Path, stores: dict[str, str], pg_server: Any, tmp_path: Path
) -> None:
    files = sorted(str(p) for p in sample_dir.rglob("*") if p.is_file())
    third = len(files) // 3
    halves = [files[: 2 * third], files[third:]]  # the middle third goes in twice at once
    db = pg_server.new_database()
    env = dict(os.environ, PYTHONWARNINGS="error")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "diplograph.cli", "ingest", *half, "--db", db, "-q"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        for half in halves
    ]
    for proc in procs:
        _, stderr = proc.communicate(timeout=600)
        assert proc.returncode in (0, 1), stderr.decode()
    assert run_cli("recluster", "--db", db).returncode == 0
    one = _json("stats", "--db", stores["sqlite"], "--json")
    both = _json("stats", "--db", db, "--json")
    for key in ("documents", "sources", "event_reports", "events", "regions", "people"):
        assert both[key] == one[key], key
    recs = _export(db, tmp_path / "c.jsonl")
    assert recs == _export(stores["sqlite"], tmp_path / "s.jsonl")
