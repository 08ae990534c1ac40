"""Quality gates: the scorer on the seeds and on our own gold, thresholds that fail on a drop.

The sample corpus (src/diplograph/sample) is our own writing with hand-made
gold records (tests/gold); the seeds are the five real articles in ../shared.
Both are scored by ../shared/tools/score.py, so these tests skip only when
../shared is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import ROOT, run_cli

GOLD = ROOT / "tests" / "gold" / "sample.gold.jsonl"


@pytest.fixture(scope="module")
def scorer(shared_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared_dir / "tools" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extract(paths: list[str], out: Path) -> list[dict[str, Any]]:
    proc = run_cli("extract", *paths, "--output", str(out), "-q")
    assert proc.returncode in (0, 1), proc.stderr
    return [json.loads(x) for x in out.read_text("utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="module")
def seeds_result(
    scorer: ModuleType, shared_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    out = tmp_path_factory.mktemp("q") / "seeds.jsonl"
    records = _extract([str(shared_dir / "corpus" / "seeds")], out)
    gold = scorer.load_jsonl(str(shared_dir / "corpus" / "seeds.gold.jsonl"))
    return scorer.score(gold, records), records


@pytest.fixture(scope="module")
def sample_result(
    scorer: ModuleType, sample_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("q") / "sample.jsonl"
    records = _extract([str(sample_dir)], out)
    result: dict[str, Any] = scorer.score(scorer.load_jsonl(str(GOLD)), records)
    return result


SEED_GATES = {
    "regions": 0.95,
    "people": 0.9,
    "events": 0.85,
    "participants": 0.85,
    "sectors": 0.7,
    "partnerships": 0.9,
    "figures": 0.9,
}


@pytest.mark.parametrize(("measure", "minimum"), sorted(SEED_GATES.items()))
def test_seeds_f1(seeds_result: tuple[dict[str, Any], Any], measure: str, minimum: float) -> None:
    assert seeds_result[0]["f1"][measure] >= minimum


def test_seeds_languages_dates_and_overall(seeds_result: tuple[dict[str, Any], Any]) -> None:
    res = seeds_result[0]
    assert res["lang_acc"] == 1.0
    assert res["published_acc"] == 1.0
    assert res["event_date_acc"] == 1.0
    assert res["overall"] >= 0.9


def test_seeds_give_five_different_headline_events(
    seeds_result: tuple[dict[str, Any], list[dict[str, Any]]],
) -> None:
    records = seeds_result[1]
    ids_by_doc = [{e["event_id"] for e in r["events"]} for r in records]
    for i, a in enumerate(ids_by_doc):
        for b in ids_by_doc[i + 1 :]:
            assert not a & b, "two seed articles share an event id"


SAMPLE_GATES = {"overall": 0.85}


def test_sample_corpus_overall(sample_result: dict[str, Any]) -> None:
    assert sample_result["lang_acc"] == 1.0
    assert sample_result["published_acc"] == 1.0
    assert sample_result["overall"] >= SAMPLE_GATES["overall"], json.dumps(sample_result["f1"])


def test_sample_corpus_event_identity_across_reports(sample_result: dict[str, Any]) -> None:
    """Pairwise clustering of the articles' headline events (30 events reported 2-7 times, 20
    near misses declared in tests/gold/clusters.yaml), and of every event pair as a guard."""
    clusters = sample_result["prf"]["clusters_pairwise"]
    assert clusters["p"] >= 0.95, clusters
    assert clusters["r"] >= 0.9, clusters
    links = sample_result["prf"]["event_links"]
    assert links["p"] >= 0.95, links
    assert links["r"] >= 0.65, links  # misses here are mostly events not extracted at all


@pytest.fixture(scope="module")
def seeds_db(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("q") / "seeds.db"
    proc = run_cli("ingest", str(shared_dir / "corpus" / "seeds"), "--db", str(db), "-q")
    assert proc.returncode == 0, proc.stderr
    return db


def test_seeds_timeline_of_kaluga_lists_2023_and_2025_in_order(seeds_db: Path) -> None:
    proc = run_cli("timeline", "RU-KLU", "--db", str(seeds_db), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    dates = [e["date"] or e["published"] for e in data["events"]]
    assert dates == sorted(dates)
    assert {"2023-11-22", "2023-11-23", "2025-11-25"} <= set(dates)
    assert data["summary"]["first_contact"] == "2023-11-22"
    pair = json.loads(
        run_cli(
            "timeline", "RU-KLU", "--with", "VN-40", "--db", str(seeds_db), "--format", "json"
        ).stdout
    )
    assert {(p["a"], p["b"], p["kind"]) for p in pair["summary"]["partnerships"]} == {
        ("RU-KLU", "VN-40", "twinning")
    }


def test_seeds_graphml_has_the_expected_nodes_and_edges(seeds_db: Path, tmp_path: Path) -> None:
    import networkx as nx

    out = tmp_path / "seeds.graphml"
    proc = run_cli("graph", "--db", str(seeds_db), "--format", "graphml", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    g = nx.read_graphml(out)
    labels = {d.get("label"): n for n, d in g.nodes(data=True)}
    for person in (
        "Vladislav Shapsha",
        "Vo Van Thuong",
        "Luong Cuong",
        "Tran Hong Ha",
        "Alexander Beglov",
        "Dang Minh Khoi",
    ):
        assert person in labels, person
    assert "region:RU-KLU" in g and "region:VN-40" in g and "region:RU-SPE" in g
    events = [n for n, d in g.nodes(data=True) if d.get("kind") == "event"]
    assert len(events) >= 5
    shapsha = labels["Vladislav Shapsha"]
    assert (
        sum(1 for _, t, d in g.out_edges(shapsha, data=True) if d.get("kind") == "participated_in")
        >= 3
    )
    assert g.edges[shapsha, "region:RU-KLU"]["kind"] == "represents"
    assert g.edges["region:RU-KLU", "region:VN-40"]["kind"] == "partnership"


HELDOUT = ROOT / "tests" / "gold" / "heldout.gold.jsonl"


def test_heldout_corpus_does_not_regress(
    scorer: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """18 articles written apart from the rules and never tuned on (tests/heldout/articles).

    Measured at 0.749 overall when the set was written; the gate sits a little below that so
    a real drop fails while the set stays an honest estimate of quality on unseen text.
    """
    out = tmp_path_factory.mktemp("q") / "heldout.jsonl"
    records = _extract([str(ROOT / "tests" / "heldout" / "articles")], out)
    res = scorer.score(scorer.load_jsonl(str(HELDOUT)), records)
    assert res["lang_acc"] == 1.0 and res["published_acc"] == 1.0
    assert res["overall"] >= 0.7, json.dumps(res["f1"])
    assert res["f1"]["regions"] >= 0.9
    assert res["prf"]["clusters_pairwise"]["p"] >= 0.95
