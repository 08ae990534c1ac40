"""Every bad input is stored as a rejection with its reason, and the good ones still go in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplograph import Options, Resources
from diplograph._runner import ingest
from diplograph.store import Store

from .test_readers import BAD_FILES

GOOD = (
    "Governor Ivan Sokolov of Tula oblast met Chairman Le Van Hai in Hanoi on Monday to "
    "discuss dairy farming and tourism. The two sides agreed to exchange delegations."
)


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources(Options(max_bytes=1_000_000))


def _ingest(tmp_path: Path, resources: Resources, bad: list[str]) -> tuple[Store, object]:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    summary = ingest([*bad, str(good)], tmp_path / "x.db", resources)
    return Store(tmp_path / "x.db", create=False), summary


def _check(store: Store, code: str, reason: str) -> None:
    with store:
        stats = store.stats()
        assert stats["documents"] == 1
        row = store.conn.execute("SELECT code, reason FROM rejections").fetchone()
        assert row["code"] == code and reason in row["reason"]
        (text,) = store.conn.execute("SELECT text FROM documents").fetchone()
        assert text == GOOD


@pytest.mark.parametrize(("name", "data", "code", "reason"), BAD_FILES)
def test_bad_file_rejected_and_good_one_stored(
    tmp_path: Path, resources: Resources, name: str, data: bytes, code: str, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    store, summary = _ingest(tmp_path, resources, [str(bad)])
    assert summary.exit_code == 1  # type: ignore[attr-defined]
    _check(store, code, reason)


def test_missing_path_rejected_and_good_one_stored(tmp_path: Path, resources: Resources) -> None:
    store, _ = _ingest(tmp_path, resources, [str(tmp_path / "missing.txt")])
    _check(store, "missing", "no such file or folder")


def test_malformed_html_still_gives_its_text(tmp_path: Path, resources: Resources) -> None:
    page = tmp_path / "broken.html"
    page.write_text(
        "<html><head><title>Delegation visit</title></head><body><div><p>The delegation of "
        "Kaluga oblast visited the port of Hai Phong and met city leaders to discuss logistics"
        "<p>Both sides agreed to open a direct shipping line next year.</div",
        encoding="utf-8",
    )
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    summary = ingest([str(page), str(good)], tmp_path / "h.db", resources)
    assert summary.exit_code == 0 and summary.ingested == 2


def test_malformed_jsonl_line_rejected_other_lines_stored(
    tmp_path: Path, resources: Resources
) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": GOOD, "url": "https://example.org/a"}),
        '{"text": "broken',
        json.dumps({"text": GOOD.replace("Monday", "Friday"), "url": "https://example.org/b"}),
    ]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = ingest([str(batch)], tmp_path / "j.db", resources)
    assert summary.ingested == 2
    assert [r.code for r in summary.rejected] == ["malformed-jsonl"]
    with Store(tmp_path / "j.db", create=False) as store:
        row = store.conn.execute("SELECT source, reason FROM rejections").fetchone()
        assert row["source"].endswith("batch.jsonl:2") and "line 2" in row["reason"]


def test_oversized_article_rejected_in_bounded_memory(tmp_path: Path, resources: Resources) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.write(b"The governor met the ambassador. ")
        fh.seek(50 * 1024 * 1024 - 1)
        fh.write(b".")
    store, _ = _ingest(tmp_path, resources, [str(big)])
    _check(store, "too-large", "52,428,800 bytes")


def test_same_article_twice_in_one_batch_is_stored_once_with_both_sources(
    tmp_path: Path, resources: Resources
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_bytes(GOOD.encode("utf-16"))
    summary = ingest([str(folder)], tmp_path / "twice.db", resources)
    assert (summary.ingested, summary.duplicates, summary.exit_code) == (1, 1, 0)
    with Store(tmp_path / "twice.db", create=False) as store:
        assert store.count_documents() == 1
        sources = {r[0] for r in store.conn.execute("SELECT source FROM sources")}
        assert sources == {str(folder / "a.txt"), str(folder / "b.txt")}
