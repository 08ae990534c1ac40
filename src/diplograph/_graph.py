"""The knowledge graph: countries, regions, cities, people, organisations and events.

Edges carry their evidence and dates so a link in Gephi can be traced to the
sentence behind it. Written as GraphML (Gephi, networkx), CSV (nodes.csv and
edges.csv) or node-link JSON, with the standard library only.
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._errors import ExportError
from .store import Store

GRAPH_FORMATS = ("graphml", "csv", "json")
NODE_ATTRS = ("label", "kind", "country", "role")
EDGE_ATTRS = ("kind", "date", "evidence", "detail", "weight")


@dataclass(slots=True)
class Graph:
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)

    def node(self, node_id: str, **attrs: Any) -> str:
        current = self.nodes.setdefault(node_id, {})
        for k, v in attrs.items():
            if v is not None and not current.get(k):
                current[k] = v
        return node_id

    def edge(self, a: str, b: str, kind: str, **attrs: Any) -> None:
        key = (a, b, kind)
        if key in self.edges:
            self.edges[key]["weight"] += 1
            return
        self.edges[key] = {"kind": kind, "weight": 1, **{k: v for k, v in attrs.items() if v}}


def build_graph(store: Store) -> Graph:
    """The graph of everything in the store (events by their clustered id)."""
    g = Graph()
    for row in store.conn.execute(
        "SELECT e.event_id, e.type, e.date, e.place_country, e.place_region, e.place_city,"
        " e.data, d.published FROM events e JOIN documents d ON d.doc_id = e.doc_id"
        " ORDER BY e.event_id, d.published NULLS FIRST, e.doc_id, e.local_id"
    ):
        data = json.loads(row["data"])
        when = row["date"] or row["published"]
        ev = g.node(
            f"event:{row['event_id']}", label=f"{row['type']} {when or ''}".strip(), kind="event"
        )
        evidence = " ".join(e["text"] for e in data.get("evidence", [])[:1])[:500]
        if row["place_country"]:
            country = g.node(
                f"country:{row['place_country']}", label=row["place_country"], kind="country"
            )
            g.edge(ev, country, "held_in", date=when, evidence=evidence)
        if row["place_region"]:
            reg = g.node(
                f"region:{row['place_region']}",
                label=row["place_region"],
                kind="region",
                country=row["place_region"][:2],
            )
            g.edge(ev, reg, "held_in", date=when, evidence=evidence)
        if row["place_city"]:
            city = g.node(
                f"city:{row['place_city']}",
                label=row["place_city"],
                kind="city",
                country=row["place_country"],
            )
            g.edge(ev, city, "held_in", date=when, evidence=evidence)
            if row["place_region"]:
                g.edge(city, f"region:{row['place_region']}", "located_in")
        for code in data.get("regions", []):
            reg = g.node(f"region:{code}", label=code, kind="region", country=code[:2])
            g.edge(reg, ev, "acts_in", date=when, evidence=evidence)
            g.edge(reg, g.node(f"country:{code[:2]}", label=code[:2], kind="country"), "part_of")
        for p in data.get("participants", []):
            pid = g.node(
                f"person:{p.get('entity_id') or p['name']}",
                label=p["name"],
                kind="person",
                country=p.get("country"),
                role=p.get("role"),
            )
            g.edge(pid, ev, "participated_in", date=when, evidence=evidence, detail=p.get("role"))
            if p.get("region"):
                g.edge(
                    pid,
                    g.node(
                        f"region:{p['region']}",
                        label=p["region"],
                        kind="region",
                        country=p["region"][:2],
                    ),
                    "represents",
                    detail=p.get("role"),
                )
            elif p.get("country"):
                g.edge(
                    pid,
                    g.node(f"country:{p['country']}", label=p["country"], kind="country"),
                    "represents",
                    detail=p.get("role"),
                )
    for row in store.conn.execute(
        "SELECT published, record FROM documents ORDER BY published NULLS FIRST, doc_id"
    ):
        for p in json.loads(row["record"]).get("partnerships", []):
            a = g.node(f"region:{p['a']}", label=p["a"], kind="region", country=p["a"][:2])
            b = g.node(f"region:{p['b']}", label=p["b"], kind="region", country=p["b"][:2])
            text = p["evidence"][0]["text"] if p.get("evidence") else ""
            g.edge(a, b, "partnership", detail=p["kind"], date=row["published"], evidence=text)
    for row in store.conn.execute(
        "SELECT DISTINCT key, text FROM mentions WHERE kind = 'org' AND key IS NOT NULL"
    ):
        g.node(f"org:{row['key']}", label=row["key"], kind="org")
    return g


def write_graph(g: Graph, fmt: str, output: Path) -> Path:
    """Write ``g``; for csv, ``output`` is a folder that gets nodes.csv and edges.csv."""
    try:
        if fmt == "graphml":
            _write_graphml(g, output)
        elif fmt == "csv":
            output.mkdir(parents=True, exist_ok=True)
            with (output / "nodes.csv").open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["id", *NODE_ATTRS])
                for nid, attrs in sorted(g.nodes.items()):
                    w.writerow([nid, *(attrs.get(a, "") for a in NODE_ATTRS)])
            with (output / "edges.csv").open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["source", "target", *EDGE_ATTRS])
                for (a, b, _k), attrs in sorted(g.edges.items()):
                    w.writerow([a, b, *(attrs.get(x, "") for x in EDGE_ATTRS)])
        elif fmt == "json":
            payload = {
                "directed": True,
                "nodes": [{"id": k, **v} for k, v in sorted(g.nodes.items())],
                "links": [
                    {"source": a, "target": b, **v} for (a, b, _), v in sorted(g.edges.items())
                ],
            }
            output.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        else:
            raise ExportError(f"unknown graph format {fmt!r}; choose {', '.join(GRAPH_FORMATS)}")
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from None
    return output


def _write_graphml(g: Graph, output: Path) -> None:
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", {"xmlns": ns})
    for i, name in enumerate(NODE_ATTRS):
        ET.SubElement(
            root, "key", {"id": f"n{i}", "for": "node", "attr.name": name, "attr.type": "string"}
        )
    for i, name in enumerate(EDGE_ATTRS):
        typ = "int" if name == "weight" else "string"
        ET.SubElement(
            root, "key", {"id": f"e{i}", "for": "edge", "attr.name": name, "attr.type": typ}
        )
    graph = ET.SubElement(root, "graph", {"id": "diplograph", "edgedefault": "directed"})
    for nid, attrs in sorted(g.nodes.items()):
        node = ET.SubElement(graph, "node", {"id": nid})
        for i, name in enumerate(NODE_ATTRS):
            if attrs.get(name):
                ET.SubElement(node, "data", {"key": f"n{i}"}).text = str(attrs[name])
    for n, ((a, b, _k), attrs) in enumerate(sorted(g.edges.items())):
        edge = ET.SubElement(graph, "edge", {"id": f"e{n}", "source": a, "target": b})
        for i, name in enumerate(EDGE_ATTRS):
            if attrs.get(name):
                ET.SubElement(edge, "data", {"key": f"e{i}"}).text = str(attrs[name])
    ET.ElementTree(root).write(output, encoding="utf-8", xml_declaration=True)
