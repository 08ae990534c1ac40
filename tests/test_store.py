"""The store: migrations, idempotency by content id, full-text search folding.

Backend-neutral tests take ``store_db`` and run on SQLite and on a real PostgreSQL server.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from diplograph import Document, Event, Evidence, Participant, Place, StoreError
from diplograph.store import SCHEMA_VERSION, Store, fold, open_store


def make_doc(doc_id: str, text: str, lang: str = "en", events: int = 0) -> Document:
    doc = Document(doc_id=doc_id, source=f"/x/{doc_id}.txt", text=text, lang=lang)
    for i in range(events):
        doc.events.append(
            Event(
                type="meeting",
                date="2024-05-01",
                place=Place("VN", "VN-HN", "Hanoi"),
                participants=[Participant("An Nguyen", "Governor", "VN", None, "p:1")],
                regions=["VN-40"],
                sectors=["trade"],
                evidence=[Evidence(0, 5, text[:5])],
                confidence=0.9,
                local_id=f"e{i + 1}",
            )
        )
    return doc


def test_fresh_store_is_at_current_schema_version(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as st:
        assert st.schema_version == SCHEMA_VERSION
        mode = st.conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"


def test_newer_schema_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this diplograph"):
        Store(db)


def test_missing_database_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "nope.db", create=False)


def test_same_content_is_stored_once_and_every_source_is_kept(store_db: str) -> None:
    with open_store(store_db) as st:
        with st.transaction():
            assert st.add_document(make_doc("d1", "Some article text here.", events=2))
            again = make_doc("d1", "Some article text here.")
            again.source = "/elsewhere/copy.txt"
            assert not st.add_document(again)
        assert st.count_documents() == 1
        sources = {r[0] for r in st.conn.execute("SELECT source FROM sources")}
        assert sources == {"/x/d1.txt", "/elsewhere/copy.txt"}
        assert st.stats()["event_reports"] == 2


def test_transaction_rolls_back_on_error(store_db: str) -> None:
    with open_store(store_db) as st:
        with pytest.raises(RuntimeError), st.transaction():
            st.add_document(make_doc("d2", "Text that will be rolled back."))
            raise RuntimeError("boom")
        assert st.count_documents() == 0


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Đoàn đại biểu tỉnh Lạng Sơn thăm Liên bang Nga.", "doan dai bieu"),
        ("Đoàn đại biểu tỉnh Lạng Sơn thăm Liên bang Nga.", "Lạng Sơn"),
        ("Губернатор Калужской области принял делегацию.", "калужской"),
        ("Der Gouverneur empfing die Delegation in Sankt Petersburg.", "petersburg"),
        ("La délégation a visité Hô-Chi-Minh-Ville.", "delegation"),
    ],
)
def test_search_folds_case_tones_and_d_stroke(store_db: str, text: str, query: str) -> None:
    with open_store(store_db) as st:
        with st.transaction():
            st.add_document(make_doc("d3", text))
            st.add_document(make_doc("d4", "An unrelated article about football results."))
        hits = st.search(query)
        assert [h["doc_id"] for h in hits] == ["d3"]


def test_search_with_quotes_and_operators_does_not_crash(store_db: str) -> None:
    with open_store(store_db) as st:
        with st.transaction():
            st.add_document(make_doc("d5", 'Quoted "text" AND NOT near(x)'))
        hits = st.search('"text" AND NOT near(')  # user syntax is quoted, never parsed
        assert [h["doc_id"] for h in hits] == ["d5"]
        assert st.search("   ") == []


def test_fold_removes_marks_and_lowercases() -> None:
    assert fold("Đà Nẵng") == "da nang"
    assert fold("Hồ Chí Minh") == "ho chi minh"


def test_postgresql_url_opens_the_postgresql_backend_at_the_same_schema_version(
    pg_server: object,
) -> None:
    url = pg_server.new_database()  # type: ignore[attr-defined]
    with pytest.raises(StoreError, match="no diplograph store"):
        open_store(url, create=False)
    with open_store(url) as st:
        assert type(st).__name__ == "PostgresStore"
        assert st.schema_version == SCHEMA_VERSION
    with open_store(url, create=False) as st:  # reopening migrates nothing
        assert st.stats()["database"] == url


def _simhash_plain(text: str, width: int = 4) -> int:
    """The SimHash definition, one bit at a time (the reference for the bit-sliced count)."""
    import hashlib

    from diplograph.store import fold

    words = fold(text).split()
    weights = [0] * 64
    for i in range(max(1, len(words) - width + 1)):
        shingle = " ".join(words[i : i + width]).encode()
        h = int.from_bytes(hashlib.blake2b(shingle, digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    value = sum(1 << bit for bit in range(64) if weights[bit] > 0)
    return value - (1 << 64) if value >= 1 << 63 else value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "one",
        "Kaluga and Hanoi",
        "Kaluga Oblast and Hanoi agreed to expand tourism and dairy farming ties.",
        "Tỉnh Bình Thuận và tỉnh Kaluga ký kết biên bản hợp tác về nông nghiệp. " * 40,
        "Губернатор Калужской области провёл переговоры в Ханое. " * 3,
        " ".join(f"w{i % 97} x{i % 13}" for i in range(5000)),  # many shingles, repeated ones
    ],
)
def test_simhash_is_the_plain_per_bit_vote(text: str) -> None:
    from diplograph.store import simhash

    assert simhash(text) == _simhash_plain(text)
