"""Bounded full-text search: ranking window, newest-first tail, capped counts, common words.

The window sizes are shrunk with monkeypatch so a store of a few dozen of our
own generated sentences exercises every branch the 100,000-document benchmark does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph import Document, _search
from diplograph.store import Store
from diplograph.web._catalog import Catalog
from diplograph.web._filters import Filters

N = 40


def _text(i: int) -> str:
    # "harbour" in every document; "ferry" in every third, twice when i % 6 == 0;
    # "cargo" only in documents 5 and 35.
    ferry = " The ferry ferry line was discussed." if i % 6 == 0 else " A ferry was named."
    cargo = " Cargo volumes grew." if i in (5, 35) else ""
    return f"Harbour talks number {i}.{ferry if i % 3 == 0 else ''}{cargo} The harbour is busy."


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    path: Path = tmp_path_factory.mktemp("bounds") / "bounds.db"
    with Store(path) as store, store.transaction():
        for i in range(1, N + 1):
            doc = Document(doc_id=f"b{i:03d}", source=f"b/{i}.txt", text=_text(i), lang="en")
            doc.title = f"Talks {i}"
            store.add_document(doc)
    return Catalog(path)


@pytest.fixture
def small_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_search, "RANK_WINDOW", 5)
    monkeypatch.setattr(_search, "COUNT_CAP", 8)
    monkeypatch.setattr(_search, "COMMON_SAMPLE", 4)


def _all_pages(catalog: Catalog, q: str, limit: int) -> list[str]:
    seen: list[str] = []
    offset: int | None = 0
    for _ in range(50):  # bounded
        if offset is None:
            break
        page = catalog.search_documents(q, Filters(), limit, offset)
        seen += [d["doc_id"] for d in page["items"]]
        offset = page["next_offset"]
    return seen


def test_few_matches_are_all_ranked_exactly(catalog: Catalog) -> None:
    page = catalog.search_documents("cargo", Filters(), 20, 0)
    assert page["order"] == "relevance" and page["total_exact"] and page["total"] == 2
    assert {d["doc_id"] for d in page["items"]} == {"b005", "b035"}


def test_window_is_ranked_then_newest_first_and_pages_are_complete(
    catalog: Catalog, small_windows: None
) -> None:
    first = catalog.search_documents("ferry", Filters(), 3, 0)
    assert first["order"] == "relevance_recent"
    assert first["total"] == 8 and first["total_exact"] is False  # 13 matches, count capped
    ids = _all_pages(catalog, "ferry", 3)
    expected = {f"b{i:03d}" for i in range(1, N + 1) if i % 3 == 0}
    assert len(ids) == len(set(ids)) and set(ids) == expected  # complete and disjoint
    window = ids[:5]
    assert set(window) == {"b039", "b036", "b033", "b030", "b027"}  # the five newest
    assert window[:2] in (["b036", "b030"], ["b030", "b036"])  # "ferry" twice ranks first
    tail = [int(i[1:]) for i in ids[5:]]
    assert tail == sorted(tail, reverse=True)


def test_word_in_most_documents_filters_but_does_not_rank(
    catalog: Catalog, small_windows: None
) -> None:
    page = catalog.search_documents("harbour", Filters(), 5, 0)
    assert page["order"] == "ingested"
    assert [d["doc_id"] for d in page["items"]] == [f"b{i:03d}" for i in range(40, 35, -1)]
    both = catalog.search_documents("harbour cargo", Filters(), 5, 0)
    assert both["order"] == "relevance" and {d["doc_id"] for d in both["items"]} == {
        "b005",
        "b035",
    }
    for item in both["items"]:  # snippets still highlight every word of the query
        hits = {item["snippet"][s:e].lower() for s, e in item["highlights"]}
        assert {"harbour", "cargo"} <= hits


def test_filters_apply_inside_the_window(catalog: Catalog, small_windows: None) -> None:
    assert catalog.search_documents("ferry", Filters(lang="de"), 5, 0)["total"] == 0
