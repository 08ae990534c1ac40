"""Search across scripts and languages: one implementation for the CLI and the web.

Texts are our own sentences. A query word naming a place expands through the
gazetteer's names in every language (with inflected forms); a word of a
person's name expands through the spellings the store links to that person.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplograph import Document, Resources
from diplograph._models import Mention
from diplograph._search import Searcher, index_fold, parse_query
from diplograph.store import Store

from .conftest import ROOT, SAMPLE, run_cli

# (doc id, language, text, the spelling of Kaluga it uses): one row per script.
KALUGA_DOCS = [
    ("ru-gen", "ru", "Губернатор Калужской области прибыл в Ханой.", "Калужской области"),
    ("ru-city", "ru", "Переговоры прошли в Калуге в четверг.", "Калуге"),
    ("fr-plain", "fr", "Le gouverneur de Kalouga est arrivé à Hanoï mardi.", "Kalouga"),
    ("sk-diacritics", "sk", "Kalužská oblasť podpísala dohodu s Hanojom.", "Kalužská oblasť"),
    ("vi-plain", "vi", "Đoàn đại biểu tỉnh Kaluga thăm Hà Nội.", "Kaluga"),
    ("ja-kana", "ja", "カルーガ州の知事がハノイを訪問した。", "カルーガ州"),
    ("zh-hanzi", "zh", "卡卢加州州长访问河内，并参观了卡卢加的工厂。", "卡卢加州"),
]
OTHER = ("kazan", "en", "The mayor of Kazan met the delegation from Da Nang.")
SHAPSHA_RU = "Губернатор Владислав Шапша встретился с послом."
SHAPSHA_EN = "Governor Vladislav Shapsha met the ambassador."


@pytest.fixture(scope="module")
def gazetteer() -> Any:
    return Resources().gazetteer


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "search.db"
    with Store(path) as store, store.transaction():
        for doc_id, lang, text, _form in [*KALUGA_DOCS, (*OTHER, "")]:
            store.add_document(
                Document(doc_id=doc_id, source=f"{doc_id}.txt", text=text, lang=lang)
            )
        for doc_id, text in (("shapsha-ru", SHAPSHA_RU), ("shapsha-en", SHAPSHA_EN)):
            doc = Document(doc_id=doc_id, source=f"{doc_id}.txt", text=text, lang=doc_id[-2:])
            name = "Владислав Шапша" if doc_id.endswith("ru") else "Vladislav Shapsha"
            start = text.index(name)
            doc.mentions.append(
                Mention(start, start + len(name), name, "person", "Vladislav Shapsha", "test")
            )
            store.add_document(doc)
    return path


def _search(db: Path, gazetteer: Any, q: str, *, literal: bool = False) -> dict[str, list[str]]:
    with Store(db) as store:
        hits = store.search(q, 50, literal=literal, gazetteer=gazetteer)
    return {h["doc_id"]: h["matched"] for h in hits}


@pytest.mark.parametrize(("doc_id", "lang", "text", "form"), KALUGA_DOCS)
def test_kaluga_finds_each_script_with_the_form_it_uses(
    db: Path, gazetteer: Any, doc_id: str, lang: str, text: str, form: str
) -> None:
    found = _search(db, gazetteer, "Kaluga")
    assert form in found[doc_id]
    assert "kazan" not in found


@pytest.mark.parametrize(
    "query", ["Kaluga", "Калуга", "カルーガ", "卡卢加", "Kalouga", "«Kaluga»,"]
)
def test_the_query_may_be_written_in_any_script(db: Path, gazetteer: Any, query: str) -> None:
    assert set(_search(db, gazetteer, query)) == {d[0] for d in KALUGA_DOCS}


def test_literal_search_matches_only_the_words_as_typed(db: Path, gazetteer: Any) -> None:
    assert set(_search(db, gazetteer, "Kaluga", literal=True)) == {"vi-plain"}
    # Literal hanzi still match inside a run of characters (indexed one by one).
    assert set(_search(db, gazetteer, "卡卢加", literal=True)) == {"zh-hanzi"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Shapsha", {"shapsha-ru": ["Владислав Шапша"], "shapsha-en": ["Vladislav Shapsha"]}),
        ("Шапша", {"shapsha-ru": ["Владислав Шапша"], "shapsha-en": ["Vladislav Shapsha"]}),
    ],
)
def test_a_surname_finds_the_person_in_every_script(
    db: Path, gazetteer: Any, query: str, expected: dict[str, list[str]]
) -> None:
    assert _search(db, gazetteer, query) == expected


def test_words_not_naming_anything_stay_literal(gazetteer: Any) -> None:
    parsed = parse_query("delegation Kaluga", Searcher(gazetteer).places)
    assert [g.word for g in parsed.groups] == ["delegation", "Kaluga"]
    assert parsed.groups[0].forms == ["delegation"]
    assert "калужской области" in parsed.groups[1].forms
    assert "卡卢加州" in parsed.groups[1].forms


def test_a_multi_word_place_name_is_one_group(gazetteer: Any) -> None:
    parsed = parse_query("Ho Chi Minh City talks", Searcher(gazetteer).places)
    assert [g.word for g in parsed.groups] == ["Ho Chi Minh City", "talks"]
    assert "region:VN-SG" in parsed.groups[0].expanded_from


@pytest.mark.parametrize(
    ("text", "expected"),
    [("卡卢加州", " 卡  卢  加  州 "), ("Hà Nội", "ha noi"), ("Đà Nẵng", "da nang")],
)
def test_index_fold_spaces_cjk_and_folds_diacritics(text: str, expected: str) -> None:
    assert index_fold(text) == expected


def test_sample_corpus_kaluga_finds_every_document_about_kaluga(tmp_path: Path) -> None:
    """CLI and web, same answer: every sample document whose gold names RU-KLU."""
    from fastapi.testclient import TestClient

    from diplograph.web import create_app

    db = tmp_path / "sample.db"
    proc = run_cli("ingest", str(SAMPLE), "--db", str(db), "-q")
    assert proc.returncode in (0, 1), proc.stderr
    gold_files = set()
    for line in (ROOT / "tests" / "gold" / "sample.gold.jsonl").read_text("utf-8").splitlines():
        rec = json.loads(line)
        if "RU-KLU" in rec.get("regions_mentioned", []):
            gold_files.add(rec["file"].removeprefix("articles/"))
    cli = run_cli("search", "Kaluga", "--db", str(db), "--limit", "100")
    assert cli.returncode == 0, cli.stderr
    with TestClient(create_app(db)) as client:
        web = client.get("/api/documents", params={"q": "Kaluga", "limit": 100}).json()
        literal = client.get(
            "/api/documents", params={"q": "Kaluga", "limit": 100, "literal": "true"}
        ).json()
    found = set()
    for item in web["items"]:
        assert item["matched"], item
        assert item["doc_id"] in cli.stdout  # the CLI gives the same hits
        source = item["source"]
        # Articles of the batch file are stored under their own URL.
        found.add(source.split("articles/")[1] if "articles/" in source else "batch")
    expected = {"batch" if f.startswith("batch/") else f for f in gold_files}
    assert expected <= found, expected - found
    assert len(expected) >= 8
    assert "Калужской области" in cli.stdout
    assert literal["total"] < web["total"]
