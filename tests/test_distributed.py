"""The pipeline on a Dask LocalCluster gives exactly the single-process results.

One LocalCluster of 2 worker processes serves the whole module (starting one
costs seconds and ~400 MB). The corpus is the bundled sample plus 2,000
generated articles: 1,000 as files and 1,000 as lines of one JSONL file, which
is split into line-range partitions across workers, with a malformed line whose
rejection must keep its line number and reason.
"""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplograph import Options, Resources
from diplograph._runner import extract

from .synth import generate_articles, write_articles

distributed = pytest.importorskip("distributed")

from diplograph import _distributed  # noqa: E402

N = 2000


@pytest.fixture(scope="module")
def runner() -> Iterator[_distributed.DaskRunner]:
    with _distributed.DaskRunner(Options(), workers=2) as r:
        yield r


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, sample_dir: Path) -> list[str]:
    root = tmp_path_factory.mktemp("dask-corpus")
    write_articles(root / "files", N // 2)
    lines = [
        json.dumps({"title": a["name"], "text": a["text"]}, ensure_ascii=False)
        for a in generate_articles(N // 2, seed=11)
    ]
    lines.insert(400, '{"text": "broken')  # line 401: invalid JSON
    (root / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(sample_dir), str(root / "files"), str(root / "crawl.jsonl")]


def test_jsonl_partitions_number_lines_as_the_whole_file_does(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("".join(f'{{"text": "row {i} text"}}\n' for i in range(1, 12)))
    parts = _distributed.partitions([str(path)], lines_per_partition=4)
    assert [(p.first_line, p.lines) for p in parts] == [(1, 4), (5, 4), (9, 4)]
    opts = Options()
    split = [a.source for p in parts for a in _distributed.read_partition(p, opts)]
    whole = [a.source for a in _distributed.read_inputs([str(path)], opts)]
    assert split == whole == [f"{path}:{i}" for i in range(1, 12)]


def test_workers_give_the_single_process_records_and_ids(
    runner: _distributed.DaskRunner, corpus: list[str]
) -> None:
    single, spread = io.StringIO(), io.StringIO()
    a = extract(corpus, single, Resources())
    b = _distributed.extract(corpus, spread, runner)
    assert len(_distributed.partitions(corpus)) > 4  # really spread over tasks
    recs_a = [json.loads(x) for x in single.getvalue().splitlines()]
    recs_b = [json.loads(x) for x in spread.getvalue().splitlines()]
    assert len(recs_a) > N
    assert sorted(r["doc_id"] for r in recs_a) == sorted(r["doc_id"] for r in recs_b)
    ids_a = sorted(e["event_id"] for r in recs_a for e in r["events"])
    ids_b = sorted(e["event_id"] for r in recs_b for e in r["events"])
    assert ids_a == ids_b and len(set(ids_a)) > 100
    assert single.getvalue() == spread.getvalue()  # same order too
    assert (a.read, a.ingested, a.duplicates, a.events) == (
        b.read,
        b.ingested,
        b.duplicates,
        b.events,
    )
    assert [(r.source, r.code, r.reason) for r in a.rejected] == [
        (r.source, r.code, r.reason) for r in b.rejected
    ]
    assert any(r.source.endswith("crawl.jsonl:401") for r in b.rejected)


def _worker_pids(runner: _distributed.DaskRunner) -> list[int]:
    return sorted(runner.client.run(os.getpid).values())


def test_a_killed_worker_costs_a_retry_not_a_document(
    runner: _distributed.DaskRunner, tmp_path: Path
) -> None:
    write_articles(tmp_path / "articles", N, seed=23)
    db = tmp_path / "kill.db"
    victim = _worker_pids(runner)[0]
    killed = threading.Event()

    def kill_when_a_quarter_is_stored() -> None:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            time.sleep(0.2)
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= N // 4:
                os.kill(victim, signal.SIGKILL)
                killed.set()
                return

    watcher = threading.Thread(target=kill_when_a_quarter_is_stored, daemon=True)
    watcher.start()
    summary = _distributed.ingest([str(tmp_path / "articles")], db, runner)
    watcher.join(timeout=5)
    assert killed.is_set(), "the run finished before a worker could be killed"
    assert victim not in _worker_pids(runner)  # the nanny started a new worker
    assert summary.ingested == N and not summary.rejected
    with sqlite3.connect(db) as conn:
        count, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT doc_id) FROM documents"
        ).fetchone()
        unclustered = conn.execute(
            "SELECT count(*) FROM events WHERE event_id LIKE 'new:%'"
        ).fetchone()[0]
    assert count == distinct == N
    assert unclustered == 0


def test_blocks_scored_as_dask_tasks_give_the_single_process_ids(
    runner: _distributed.DaskRunner,
) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_clustering import generate
    from diplograph._clustering import cluster

    reports, _ = generate(20_000)
    opts = Options()
    one = cluster(reports, opts)
    spread = runner.cluster(reports, opts, {})
    assert spread.ids == one.ids
    assert sorted(spread.joins) == sorted(one.joins)
    assert len(set(one.ids.values())) < len(reports) * 0.9  # many reports really joined


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_partitions_read_what_the_whole_file_gives(tmp_path: Path, name: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / name
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(name, {"software": "test"}))
        for i in range(23):
            body = (
                f"<html><head><title>Story {i}</title></head><body><article><p>Report number"
                f" {i} tells of a delegation from one province visiting another.</p>"
                "</article></body></html>"
            ).encode()
            ctype = "image/png" if i % 7 == 3 else "text/html"
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                f"https://news.example/{i}",
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
            )
            writer.write_record(rec)
    parts = _distributed.partitions([str(path)], records_per_partition=5)
    assert len(parts) == 5 and all(p.kind == "warc" for p in parts)
    opts = Options()

    def seen(items: Iterator[object]) -> list[tuple[str, str]]:
        return [(getattr(a, "source", ""), getattr(a, "title", None) or "") for a in items]

    split = [x for p in parts for x in seen(_distributed.read_partition(p, opts))]
    whole = seen(_distributed.read_inputs([str(path)], opts))
    assert split == whole and len(whole) == 20  # 23 responses, 3 of them images


def test_cli_scheduler_option_uses_an_existing_cluster(
    runner: _distributed.DaskRunner, sample_dir: Path, tmp_path: Path
) -> None:
    from .conftest import run_cli

    address = runner.client.scheduler.address
    out = tmp_path / "spread.jsonl"
    proc = run_cli("extract", str(sample_dir), "-o", str(out), "-q", "--scheduler", address)
    assert proc.returncode == 0, proc.stderr
    single = io.StringIO()
    extract([str(sample_dir)], single, Resources())
    assert out.read_text("utf-8") == single.getvalue()


def test_a_rerun_skips_what_an_interrupted_run_committed(
    runner: _distributed.DaskRunner, tmp_path: Path
) -> None:
    """What a killed driver leaves (committed partitions, unclustered reports) is finished
    by rerunning the same command, each document stored once."""
    paths = sorted(str(p) for p in write_articles(tmp_path / "a", 120, seed=31))
    db = tmp_path / "resume.db"
    first = _distributed.ingest(paths[:50], db, runner)
    with sqlite3.connect(db) as conn:  # as if the driver died before clustering
        conn.execute("UPDATE events SET event_id = 'new:' || doc_id || ':' || local_id")
    again = _distributed.ingest([str(tmp_path / "a")], db, runner)
    assert (first.ingested, again.ingested, again.duplicates) == (50, 70, 50)
    with sqlite3.connect(db) as conn:
        count, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT doc_id) FROM documents"
        ).fetchone()
        left = conn.execute("SELECT count(*) FROM events WHERE event_id LIKE 'new:%'").fetchone()
    assert count == distinct == 120 and left[0] == 0
