"""Analyst corrections: applied everywhere, kept across re-clustering, undoable, audited."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplograph import Options
from diplograph._corrections import ACTIONS, correct, list_corrections, undo
from diplograph._errors import UsageError
from diplograph._eventdb import cluster_store
from diplograph._graph import build_graph
from diplograph._timeline import timeline
from diplograph.store import Store, open_store
from diplograph.web._edit import CorrectionIn
from tests.web_fixtures import build_store, documents

from .conftest import new_store_location, run_cli


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The hand-made store on each backend (PostgreSQL: the session's real server)."""
    return str(build_store(new_store_location(request, request.param, tmp_path)))


def _event_of(store: Store, doc_id: str) -> str:
    row = store.conn.execute("SELECT event_id FROM events WHERE doc_id = ?", (doc_id,)).fetchone()
    return str(row[0])


def _record_event(store: Store, doc_id: str) -> dict[str, Any]:
    rec = next(r for r in store.records() if r["doc_id"] == doc_id)
    ev: dict[str, Any] = rec["events"][0]
    return ev


def _recluster(store: Store) -> None:
    with store.transaction():
        cluster_store(store, Options(), full=True)


def test_merge_survives_recluster_shows_in_export_and_undo_restores(db: str) -> None:
    with open_store(db) as store:
        kal, xss = _event_of(store, "kal-en"), _event_of(store, "xss-en")
        assert kal != xss
        with store.transaction():
            done = correct(store, kal, "merge", {"other": xss}, "ana")
        _recluster(store)
        assert _event_of(store, "xss-en") == kal
        assert _record_event(store, "xss-en")["event_id"] == kal
        with store.transaction():
            undo(store, done["id"], "bob")
        _recluster(store)
        assert _event_of(store, "xss-en") == xss
        assert _event_of(store, "kal-en") == kal
        items, total = list_corrections(store.conn, 10, 0)
    assert total == 2
    assert [(c["action"], c["author"]) for c in items] == [("undo", "bob"), ("merge", "ana")]
    assert items[1]["undone_by"] == items[0]["id"]


@pytest.mark.parametrize(
    ("action", "params", "check"),
    [
        ("set_date", {"date": "2024-03-11"}, lambda ev: ev["date"] == "2024-03-11"),
        ("set_type", {"type": "visit"}, lambda ev: ev["type"] == "visit"),
        ("set_regions", {"regions": ["ru-klu"]}, lambda ev: ev["regions"] == ["RU-KLU"]),
        (
            "remove_participant",
            {"name": "Nguyen Van Thanh"},
            lambda ev: [p["name"] for p in ev["participants"]] == ["Vladislav Shapsha"],
        ),
        (
            "set_participant",
            {"name": "Vladislav Shapsha", "set": {"role": "Governor of Kaluga Oblast"}},
            lambda ev: ev["participants"][0]["role"] == "Governor of Kaluga Oblast",
        ),
        ("mark_wrong", {"note": "not a meeting"}, lambda ev: ev["marked_wrong"]["by"] == "ana"),
    ],
)
def test_fact_corrections_reach_export_survive_recluster_and_undo(
    db: str, action: str, params: dict[str, Any], check: Any
) -> None:
    with open_store(db) as store:
        event_id = _event_of(store, "kal-ru")
        before = _record_event(store, "kal-ru")
        with store.transaction():
            done = correct(store, event_id, action, params, "ana")
        for doc in ("kal-en", "kal-ru", "kal-fr"):  # every report of the event
            assert check(_record_event(store, doc)), doc
        _recluster(store)
        assert check(_record_event(store, "kal-ru"))
        assert done["id"] in _record_event(store, "kal-ru")["corrections"]
        with store.transaction():
            undo(store, done["id"], "ana")
        after = _record_event(store, "kal-ru")
    assert {k: v for k, v in after.items() if k != "corrections"} == before


def test_graph_and_timeline_use_the_corrected_facts(db: str) -> None:
    with open_store(db) as store:
        event_id = _event_of(store, "kal-en")
        with store.transaction():
            correct(store, event_id, "remove_participant", {"name": "Nguyen Van Thanh"}, "ana")
            correct(store, event_id, "set_type", {"type": "visit"}, "ana")
        g = build_graph(store)
        edges = {(a, b) for a, b, _k in g.edges}
        assert ("person:p:thanh", f"event:{event_id}") not in edges
        assert ("person:p:shapsha", f"event:{event_id}") in edges
        tl = timeline(store, "RU-KLU")
    assert next(e for e in tl["events"] if e["event_id"] == event_id)["type"] == "visit"


@pytest.mark.parametrize(
    ("action", "params", "message"),
    [
        ("set_date", {"date": "12 March"}, "YYYY"),
        ("set_type", {"type": "party"}, "type must be"),
        ("set_regions", {"regions": ["Kaluga"]}, "ISO 3166-2"),
        ("remove_participant", {"name": "Nobody"}, "no participant"),
        ("set_participant", {"name": "Vladislav Shapsha", "set": {"age": "60"}}, "no field"),
        ("merge", {"other": None}, "merge needs"),
        ("teleport", {}, "unknown correction"),
    ],
)
def test_invalid_corrections_are_refused_and_change_nothing(
    db: str, action: str, params: dict[str, Any], message: str
) -> None:
    with open_store(db) as store:
        event_id = _event_of(store, "kal-en")
        before = json.dumps(list(store.records()), sort_keys=True)
        with pytest.raises(UsageError, match=message), store.transaction():
            correct(store, event_id, action, params, "ana")
        assert json.dumps(list(store.records()), sort_keys=True) == before


def test_unknown_event_and_missing_author(db: str) -> None:
    with open_store(db) as store:
        with pytest.raises(LookupError):
            correct(store, "ev-nope", "set_type", {"type": "visit"}, "ana")
        with pytest.raises(UsageError, match="author"):
            correct(store, _event_of(store, "kal-en"), "set_type", {"type": "visit"}, "  ")


def test_the_api_body_offers_every_correction() -> None:
    field = CorrectionIn.model_fields["action"]
    assert set(field.annotation.__args__) == set(ACTIONS) - {"undo"}  # type: ignore[union-attr]


def test_cli_merge_and_undo_are_corrections(db: str, tmp_path: Path) -> None:
    with open_store(db) as store:
        kal, xss = _event_of(store, "kal-en"), _event_of(store, "xss-en")
    proc = run_cli("event", "merge", kal, xss, "--db", str(db), "--author", "ana")
    assert proc.returncode == 0, proc.stderr
    exported = tmp_path / "export.jsonl"
    out = run_cli("export", "--db", str(db), "--format", "jsonl", "--output", str(exported))
    assert out.returncode == 0, out.stderr
    recs = [json.loads(x) for x in exported.read_text("utf-8").splitlines()]
    ids = {r["doc_id"]: r["events"][0]["event_id"] for r in recs}
    assert ids["xss-en"] == ids["kal-en"] == kal
    proc = run_cli("event", "undo", "1", "--db", str(db), "--author", "ana")
    assert proc.returncode == 0, proc.stderr
    with open_store(db) as store:
        assert _event_of(store, "xss-en") == xss
    assert run_cli("event", "undo", "1", "--db", str(db)).returncode == 2  # already undone


def test_corrections_survive_a_later_ingest_and_its_clustering(db: str) -> None:
    from diplograph import Document

    with open_store(db) as store:
        event_id = _event_of(store, "kal-en")
        with store.transaction():
            correct(store, event_id, "set_date", {"date": "2024-03-10"}, "ana")
        with store.transaction():
            text = "Officials of Kaluga Oblast visited Hanoi again in June 2024."
            store.add_document(Document(doc_id="later", source="later.txt", text=text, lang="en"))
            for d in documents():  # the same documents again
                assert store.add_document(d) is False
            cluster_store(store, Options())
        assert _record_event(store, "kal-en")["date"] == "2024-03-10"
        assert _event_of(store, "kal-en") == event_id
