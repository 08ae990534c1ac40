"""The store clusters what ``extract`` clusters: a report's own marks (the day an undated
article names, a forum's series and edition) are kept with the event, so ingest and a full
re-clustering of the store give the event ids ``extract`` gives.

The articles are written for this test (no article text).
"""

from __future__ import annotations

import io
import json
import pickle
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from diplograph import Document, Options, _eventdb
from diplograph._eventdb import cluster_store
from diplograph._runner import extract, ingest
from diplograph.store import PreparedDocument, open_store

from .conftest import run_cli

ARTICLES = {
    # The XII forum told by two outlets that share nothing but its name and edition.
    "forum-12-opening.txt": (
        "XII Форум регионов России и Беларуси открылся в Витебске\n\n"
        "26 июня 2025 года в Витебске начал работу XII Форум регионов России и Беларуси. "
        "Губернатор Пензенской области Олег Мельниченко встретился с председателем Витебского "
        "облисполкома Александром Субботиным и обсудил поставки техники.\n"
    ),
    "forum-12-deputies.txt": (
        "Тверские депутаты на форуме\n\n"
        "Председатель Законодательного собрания Тверской области Сергей Голубев выступил на "
        "пленарном заседании XII Форума регионов Беларуси и России. Он рассказал о "
        "сотрудничестве в сфере образования.\n"
    ),
    "forum-11.txt": (
        "XI Форум регионов России и Беларуси прошёл в Уфе\n\n"
        "27 июня 2024 года в Уфе состоялся XI Форум регионов России и Беларуси. Губернатор "
        "Пензенской области Олег Мельниченко встретился с председателем Витебского "
        "облисполкома Александром Субботиным.\n"
    ),
    # Two dated meetings of one governor and one partner, and an undated report naming the
    # day of the second: the day tells which.
    "kaluga-march.txt": (
        "Калужский губернатор в Ханое\n\n"
        "12 марта 2025 года губернатор Калужской области Владислав Шапша встретился с "
        "председателем народного комитета Ханоя Чан Ши Тханем. Стороны обсудили туризм.\n"
    ),
    "kaluga-april.txt": (
        "Шапша и Чан Ши Тхань обсудили инвестиции\n\n"
        "20 апреля 2025 года губернатор Калужской области Владислав Шапша встретился с "
        "председателем народного комитета Ханоя Чан Ши Тханем. Стороны обсудили инвестиции "
        "в фармацевтику.\n"
    ),
    "kaluga-undated.txt": (
        "Калуга и Ханой\n\n"
        "20 апреля губернатор Калужской области Владислав Шапша провёл переговоры с "
        "председателем народного комитета Ханоя Чан Ши Тханем о фармацевтике.\n"
    ),
}


def _write(folder: Path) -> Path:
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _extract_ids(folder: Path, out: Path) -> dict[str, list[str]]:
    proc = run_cli("extract", str(folder), "--output", str(out), "-q")
    assert proc.returncode in (0, 1), proc.stderr
    ids: dict[str, list[str]] = {}
    for line in out.read_text("utf-8").splitlines():
        rec = json.loads(line)
        ids[Path(rec["source"]).name] = sorted(ev["event_id"] for ev in rec["events"])
    return ids


def _store_ids(db: Path) -> dict[str, list[str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT d.source, e.event_id FROM events e JOIN documents d ON d.doc_id = e.doc_id"
        ).fetchall()
    ids: dict[str, list[str]] = {}
    for source, event_id in rows:
        ids.setdefault(Path(source).name, []).append(event_id)
    return {k: sorted(v) for k, v in ids.items()}


def _same(ids: dict[str, list[str]], a: str, b: str) -> bool:
    return bool(set(ids[a]) & set(ids[b]))


def test_ingest_and_recluster_give_the_event_ids_of_extract(tmp_path: Path) -> None:
    folder = _write(tmp_path / "articles")
    extracted = _extract_ids(folder, tmp_path / "out.jsonl")
    # The corpus exercises both marks: without them these joins do not happen.
    assert _same(extracted, "forum-12-opening.txt", "forum-12-deputies.txt")
    assert not _same(extracted, "forum-12-opening.txt", "forum-11.txt")
    assert _same(extracted, "kaluga-april.txt", "kaluga-undated.txt")
    assert not _same(extracted, "kaluga-march.txt", "kaluga-undated.txt")

    db = tmp_path / "store.db"
    assert run_cli("ingest", str(folder), "--db", str(db), "-q").returncode in (0, 1)
    assert _store_ids(db) == extracted
    assert run_cli("recluster", "--db", str(db)).returncode == 0
    assert _store_ids(db) == extracted

    # A store migrated from before the marks were kept (NULL marks) reads them from the
    # stored analysis on its next clustering.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE events SET marks = NULL")
    assert run_cli("recluster", "--db", str(db)).returncode == 0
    assert _store_ids(db) == extracted
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM events WHERE marks IS NULL").fetchone()[0] == 0


class _Reads:
    """Counts the stored analyses read back (``_eventdb._analysed``) while it is patched in."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = _eventdb._analysed

        def counted(analysis: str) -> Document:
            self.count += 1
            return real(analysis)

        monkeypatch.setattr(_eventdb, "_analysed", counted)


def _ids_in(db: str) -> dict[str, list[str]]:
    """doc_id -> the sorted event ids of its reports."""
    ids: dict[str, list[str]] = {}
    with open_store(db, create=False) as store:
        for doc_id, event_id in store.conn.execute("SELECT doc_id, event_id FROM events"):
            ids.setdefault(doc_id, []).append(event_id)
    return {k: sorted(v) for k, v in ids.items()}


def test_a_fresh_ingest_writes_the_marks_and_reads_no_analysis_back(
    store_db: str, tmp_path: Path, pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer holds each document: the marks go in with the event rows, so the ingest's
    clustering parses no stored analysis; a store whose rows lack them (written by an older
    version, or with fewer values) and a full re-clustering still read them back."""
    folder = _write(tmp_path / "articles")
    extracted = io.StringIO()
    extract([str(folder)], extracted, pipeline.resources)
    want = {
        rec["doc_id"]: sorted(ev["event_id"] for ev in rec["events"])
        for rec in map(json.loads, extracted.getvalue().splitlines())
        if rec["events"]
    }
    reads = _Reads(monkeypatch)
    ingest([str(folder)], store_db, pipeline.resources)
    assert reads.count == 0
    assert _ids_in(store_db) == want
    with open_store(store_db, create=False) as store:
        marks = [
            r[0] for r in store.conn.execute("SELECT marks FROM events ORDER BY doc_id, local_id")
        ]
        assert len(marks) == sum(map(len, want.values()))
        assert all(len(json.loads(m)) == 8 for m in marks)
        with store.transaction():
            # One document written before the eighth mark, another before any.
            first, second = sorted(want)[:2]
            store.conn.execute(
                "UPDATE events SET marks = ? WHERE doc_id = ?", ("[null, null, null]", first)
            )
            store.conn.execute("UPDATE events SET marks = NULL WHERE doc_id = ?", (second,))
            cluster_store(store, Options())
        assert reads.count == 2
        assert (
            store.conn.execute("SELECT count(*) FROM events WHERE marks IS NULL").fetchone()[0] == 0
        )
        assert [
            r[0] for r in store.conn.execute("SELECT marks FROM events ORDER BY doc_id, local_id")
        ] == marks
        with store.transaction():
            cluster_store(store, Options(), full=True)
        assert reads.count == 2 + len(ARTICLES)
    assert _ids_in(store_db) == want


def test_rows_prepared_by_a_dask_worker_carry_the_marks(
    tmp_path: Path, pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker prepares an ingest's rows (``analyse_partition`` with a store): they carry
    the marks the single-process writer stores, and the driver's clustering reads no
    analysis back."""
    pytest.importorskip("distributed")
    from diplograph import _distributed

    folder = _write(tmp_path / "articles")
    single = str(tmp_path / "single.db")
    ingest([str(folder)], single, pipeline.resources)
    with open_store(single, create=False) as store:
        want = {
            f"{r[0]}:{r[1]}": r[2]
            for r in store.conn.execute("SELECT doc_id, local_id, marks FROM events")
        }
    spread = str(tmp_path / "spread.db")
    rows: list[PreparedDocument] = []
    for part in _distributed.partitions([str(folder)]):
        blob = _distributed.analyse_partition(part, Options(), spread, compress=False)
        rows += [x for x in pickle.loads(blob) if isinstance(x, PreparedDocument)]
    assert {f"{p.doc_id}:{e.local_id}": e.marks for p in rows for e in p.events} == want
    reads = _Reads(monkeypatch)
    with open_store(spread) as store, store.transaction():
        store.add_documents(rows)
        cluster_store(store, Options())
    assert reads.count == 0
    assert _ids_in(spread) == _ids_in(single)
