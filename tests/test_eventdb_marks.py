"""The store clusters what ``extract`` clusters: a report's own marks (the day an undated
article names, a forum's series and edition) are kept with the event, so ingest and a full
re-clustering of the store give the event ids ``extract`` gives.

The articles are written for this test (no article text).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

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
