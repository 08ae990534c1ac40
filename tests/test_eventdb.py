"""Event identity in the store: incremental joins, explanations, overrides, copies, graph."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from diplograph import (
    Document,
    Event,
    Evidence,
    Options,
    Participant,
    Partnership,
    Place,
    UsageError,
)
from diplograph._eventdb import (
    cluster_store,
    event_groups,
    explain_event,
    merge_events,
    split_event,
)
from diplograph._graph import build_graph, write_graph
from diplograph._timeline import timeline
from diplograph.store import Store, hamming, open_store, simhash

OPT = Options()
LEAD = "Governor {g} of {r} met Chairman {h} in {c} to discuss tourism and dairy farming. "


def doc(
    doc_id: str,
    published: str,
    people: list[tuple[str, str]],
    regions: list[str],
    date: str | None = None,
    typ: str = "meeting",
    lang: str = "en",
    text: str | None = None,
    partners: tuple[str, str] | None = None,
) -> Document:
    body = text or (
        LEAD.format(g=people[0][0], r=regions[0], h=people[-1][0], c="Hanoi")
        + f"Report number {doc_id} adds its own words about {published}."
    )
    d = Document(
        doc_id=doc_id, source=f"/c/{doc_id}.txt", text=body, lang=lang, published=published
    )
    d.events.append(
        Event(
            type=typ,  # type: ignore[arg-type]
            date=date,
            place=Place("VN", "VN-HN", "Hanoi"),
            participants=[Participant(n, "Governor", "RU", None, eid) for n, eid in people],
            regions=regions,
            sectors=["tourism", "agriculture"],
            evidence=[Evidence(0, 20, body[:20])],
            confidence=0.9,
            local_id="e1",
        )
    )
    if partners:
        d.partnerships.append(
            Partnership(partners[0], partners[1], "twinning", [Evidence(0, 20, body[:20])])
        )
    return d


def add(store: Store, *docs: Document) -> None:
    with store.transaction():
        for d in docs:
            store.add_document(d)
        cluster_store(store, OPT)


def ids(store: Store) -> dict[str, str]:
    return {r[0]: r[1] for r in store.conn.execute("SELECT doc_id, event_id FROM events")}


KAL = [("Vladislav Shapsha", "p:shapsha"), ("Vo Van Thuong", "p:thuong")]


def test_reports_join_and_later_reports_join_without_renaming(
    store_db: str, tmp_path: Path
) -> None:
    with open_store(store_db) as st:
        add(st, doc("a1", "2023-11-22", KAL, ["RU-KLU"], date="2023-11-22"))
        first = ids(st)["a1"]
        add(st, doc("a2", "2023-11-23", KAL, ["RU-KLU"], lang="fr"))
        add(
            st,
            doc(
                "a3",
                "2025-11-25",
                [*KAL[:1], ("Luong Cuong", "p:cuong")],
                ["RU-KLU"],
                date="2025-11-25",
            ),
        )
        now = ids(st)
        assert now["a1"] == first == now["a2"]
        assert now["a3"] != first  # the same governor two years later is a new event
        info = explain_event(st, first)
        assert len(info["reports"]) == 2 and info["languages"] == ["en", "fr"]
        assert info["links"] and "shared people" in " ".join(info["links"][0]["reasons"])
        assert info["links"][0]["threshold"] == OPT.cluster_threshold


def test_split_and_merge_survive_reingest_and_full_recluster(store_db: str, tmp_path: Path) -> None:
    with open_store(store_db) as st:
        add(
            st,
            doc("b1", "2024-03-05", KAL, ["RU-KLU"], date="2024-03-05"),
            doc("b2", "2024-03-05", KAL, ["RU-KLU"], date="2024-03-05"),
            doc("b3", "2024-03-06", KAL, ["RU-KLU"]),
        )
        eid = ids(st)["b1"]
        assert len(set(ids(st).values())) == 1
        with st.transaction():
            new = split_event(st, eid, ["b3:e1"], note="different session")
        assert ids(st)["b3"] == new != eid
        with st.transaction():
            cluster_store(st, OPT, full=True)
        assert ids(st)["b3"] == new and ids(st)["b1"] == eid
        with st.transaction():
            merge_events(st, eid, new)
        with st.transaction():
            cluster_store(st, OPT, full=True)
        assert set(ids(st).values()) == {eid}
        kinds = [o["action"] for o in explain_event(st, eid)["overrides"]]
        assert kinds == ["split", "merge"]


def test_bad_overrides_are_refused(store_db: str, tmp_path: Path) -> None:
    with open_store(store_db) as st:
        add(st, doc("c1", "2024-03-05", KAL, ["RU-KLU"], date="2024-03-05"))
        eid = ids(st)["c1"]
        with pytest.raises(UsageError, match="at least one report"):
            split_event(st, eid, ["c1:e1"])
        with pytest.raises(UsageError, match="not reports of"):
            split_event(st, eid, ["zz:e1"])
        with pytest.raises(UsageError, match="no event"):
            merge_events(st, eid, "ev-missing")


def test_syndicated_copies_are_not_independent(store_db: str, tmp_path: Path) -> None:
    wire = (
        "Governor Ivan Sokolov of Tula oblast met Chairman Le Van Hai in Hanoi on Monday. "
        "They discussed dairy farming, tourism and student exchanges between the provinces. "
        "The two sides agreed to open a trade office and to hold a business forum next year."
    )
    people = [("Ivan Sokolov", "p:sokolov"), ("Le Van Hai", "p:hai")]
    with open_store(store_db) as st:
        add(
            st,
            doc("d1", "2024-05-06", people, ["RU-TUL"], date="2024-05-06", text=wire),
            doc(
                "d2",
                "2024-05-06",
                people,
                ["RU-TUL"],
                date="2024-05-06",
                text=wire + " Read more on our site.",
            ),
            doc(
                "d3",
                "2024-05-07",
                people,
                ["RU-TUL"],
                lang="ru",
                text="Губернатор Тульской области встретился с председателем в Ханое.",
            ),
        )
        eid = ids(st)["d1"]
        info = explain_event(st, eid)
        assert len(info["reports"]) == 3
        assert info["independent_reports"] == 2
        assert sum(1 for r in info["reports"] if r["copy_of"]) == 1


def test_simhash_separates_different_texts() -> None:
    a = simhash("The governor met the chairman to discuss tourism and trade in the province.")
    b = simhash("Students from the province will study engineering at a university in Kazan.")
    assert hamming(a, a) == 0 and hamming(a, b) > 10


def test_timeline_orders_events_and_summarises_the_pair(store_db: str, tmp_path: Path) -> None:
    with open_store(store_db) as st:
        add(
            st,
            doc("t2", "2025-11-25", KAL, ["RU-KLU"], date="2025-11-25"),
            doc(
                "t1",
                "2023-11-22",
                KAL,
                ["RU-KLU", "VN-40"],
                date="2023-11-22",
                partners=("RU-KLU", "VN-40"),
            ),
            doc("t3", "2024-01-10", [("Someone Else", "p:else")], ["RU-TA"], date="2024-01-10"),
        )
        tl = timeline(st, "RU-KLU")
        assert [e["date"] for e in tl["events"]] == ["2023-11-22", "2025-11-25"]
        assert tl["summary"]["first_contact"] == "2023-11-22"
        assert tl["summary"]["events_per_year"] == {"2023": 1, "2025": 1}
        pair = timeline(st, "RU-KLU", "VN-40")
        assert [e["date"] for e in pair["events"]] == ["2023-11-22"]
        assert pair["summary"]["partnerships"][0]["kind"] == "twinning"


def test_graphml_loads_in_networkx_with_expected_nodes_and_edges(
    store_db: str, tmp_path: Path
) -> None:
    with open_store(store_db) as st:
        add(
            st,
            doc(
                "g1", "2023-11-22", KAL, ["RU-KLU"], date="2023-11-22", partners=("RU-KLU", "VN-40")
            ),
        )
        g = build_graph(st)
        eid = ids(st)["g1"]
    path = write_graph(g, "graphml", tmp_path / "g.graphml")
    nxg = nx.read_graphml(path)
    assert nxg.nodes[f"event:{eid}"]["kind"] == "event"
    assert nxg.has_edge("person:p:shapsha", f"event:{eid}")
    assert nxg.has_edge("region:RU-KLU", f"event:{eid}")
    assert nxg.has_edge(f"event:{eid}", "region:VN-HN")
    assert nxg.edges["region:RU-KLU", "region:VN-40"]["kind"] == "partnership"
    out = write_graph(g, "csv", tmp_path / "csv")
    assert (out / "nodes.csv").read_text("utf-8").startswith("id,label,kind")
    data = json.loads(write_graph(g, "json", tmp_path / "g.json").read_text("utf-8"))
    assert len(data["nodes"]) == len(g.nodes)


def test_event_groups_lists_every_report(store_db: str, tmp_path: Path) -> None:
    with open_store(store_db) as st:
        add(st, doc("h1", "2024-01-01", KAL, ["RU-KLU"], date="2024-01-01"))
        assert sum(len(v) for v in event_groups(st).values()) == 1
