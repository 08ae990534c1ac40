"""Profiles of the workbench: regions and region pairs, people, the graph, exports.

Why apart from ``_catalog``: these queries read the store through the library's
aggregates (timelines, region activity, the graph) rather than single events
and documents; they share the base's connection, cache and labels.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from .._errors import UsageError
from .._search import fold
from ._filters import NotFound, check_page, page_info
from ._readmodel import CatalogBase, _ReadOnlyStore


class Profiles(CatalogBase):
    """Regions, pairs, people, the graph and the record export over one store."""

    # -- regions and pairs -----------------------------------------------------------
    _EVENT_REGIONS = (
        "SELECT e.event_id, r.region FROM events e JOIN event_regions r"
        " ON r.doc_id = e.doc_id AND r.local_id = e.local_id"
        " UNION SELECT event_id, place_region FROM events WHERE place_region IS NOT NULL"
    )

    def list_regions(self, country: str | None, limit: int, offset: int) -> dict[str, Any]:
        check_page(limit, offset)
        where, params = "", []
        if country:
            where = " WHERE region >= ? AND region < ?"
            params = [country + "-", country + "."]
        sql = (
            f"SELECT region, count(*) AS events FROM ({self._EVENT_REGIONS}) AS er{where}"
            " GROUP BY 1"
        )

        def make() -> list[tuple[str, int]]:
            rows = self.conn().execute(f"{sql} ORDER BY events DESC, region", params).fetchall()
            return [(r[0], int(r[1])) for r in rows]

        rows = self.cached(f"regions:{country}", make)
        items = [
            {"code": c, "name": self.label(c), "events": n}
            for c, n in rows[offset : offset + limit]
        ]
        return {"items": items, **page_info(len(rows), limit, offset)}

    def region(self, code: str) -> dict[str, Any]:
        """Profile: names in every language, validity and successor, partners, timeline."""
        from .._explain import region_activity
        from .._timeline import timeline

        code = code.upper()
        profile: dict[str, Any] = {"code": code, "name": self.label(code), "names": {}}
        gaz = self.gazetteer()
        known = False
        if gaz is not None:
            try:
                from ..gazetteer import describe_region

                profile.update(describe_region(gaz, code))
                profile["iso_name"], profile["name"] = profile["name"], self.label(code)
                known = True
            except UsageError:
                known = False
        else:
            profile["gazetteer"] = f"unavailable ({self._gazetteer_error})"
        activity = region_activity(self.store(), code)
        tl = timeline(self.store(), code)
        if not known and not activity["events"] and profile["name"] == code:
            raise NotFound(f"no region {code!r} in the gazetteer or the store")
        partners = [
            {"code": c, "name": self.label(c), "events": n} for c, n in activity["partners"].items()
        ]
        return {
            **profile,
            "partners": partners,
            "summary": tl["summary"],
            "timeline": tl["events"],
        }

    def region_pairs(
        self,
        pair: tuple[str, str] | None,
        region: str | None,
        limit: int,
        offset: int,
    ) -> dict[str, Any]:
        """Pairs of regions acting in the same events, most events first."""
        check_page(limit, offset)

        def make() -> list[dict[str, Any]]:
            rows = (
                self.conn()
                .execute(
                    f"WITH er AS ({self._EVENT_REGIONS}),"
                    " days AS (SELECT e.event_id, min(coalesce(e.date, d.published)) AS day"
                    " FROM events e JOIN documents d ON d.doc_id = e.doc_id GROUP BY e.event_id)"
                    " SELECT a.region AS a, b.region AS b, count(*) AS events,"
                    " min(days.day) AS first, max(days.day) AS last"
                    " FROM er a JOIN er b ON a.event_id = b.event_id AND a.region < b.region"
                    " LEFT JOIN days ON days.event_id = a.event_id"
                    " GROUP BY a.region, b.region ORDER BY events DESC, a.region, b.region"
                )
                .fetchall()
            )
            return [dict(r) for r in rows]

        rows = self.cached("pairs", make)
        if pair:
            want = set(pair)
            rows = [
                r
                for r in rows
                if {r["a"][:2], r["b"][:2]} == want
                or (pair[0] == pair[1] and r["a"][:2] == r["b"][:2] == pair[0])
            ]
        if region:
            rows = [r for r in rows if region in (r["a"], r["b"])]
        items = [
            {**r, "a_name": self.label(r["a"]), "b_name": self.label(r["b"])}
            for r in rows[offset : offset + limit]
        ]
        return {"items": items, **page_info(len(rows), limit, offset)}

    def region_pair(self, a: str, b: str) -> dict[str, Any]:
        from .._timeline import timeline

        a, b = a.upper(), b.upper()
        if a == b:
            raise NotFound(
                "no region pair of a region with itself (a pair is two different regions)"
            )
        data = timeline(self.store(), a, b)
        return {
            "a": a,
            "b": b,
            "a_name": self.label(a),
            "b_name": self.label(b),
            "summary": data["summary"],
            "timeline": data["events"],
        }

    # -- people ----------------------------------------------------------------------
    def list_people(self, q: str | None, limit: int, offset: int) -> dict[str, Any]:
        """People named as event participants, most events first."""
        check_page(limit, offset)

        def make() -> list[dict[str, Any]]:
            people: dict[str, dict[str, Any]] = {}
            for r in self.conn().execute(self.dialect.participants):
                entry = people.setdefault(
                    r["name"],
                    {
                        "name": r["name"],
                        "roles": set(),
                        "country": None,
                        "region": None,
                        "e": set(),
                    },
                )
                entry["e"].add(r["event_id"])
                if r["role"]:
                    entry["roles"].add(r["role"])
                entry["country"] = entry["country"] or r["country"]
                entry["region"] = entry["region"] or r["region"]
            out = [
                {
                    "name": p["name"],
                    "roles": sorted(p["roles"]),
                    "country": p["country"],
                    "region": p["region"],
                    "events": len(p["e"]),
                }
                for p in people.values()
            ]
            out.sort(key=lambda p: (-p["events"], p["name"]))
            return out

        rows = self.cached("people", make)
        if q:
            needle = fold(q)
            rows = [p for p in rows if needle in fold(p["name"])]
        return {"items": rows[offset : offset + limit], **page_info(len(rows), limit, offset)}

    def person(self, name: str) -> dict[str, Any]:
        like = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = (
            self.conn()
            .execute(
                "SELECT e.event_id, e.data, coalesce(e.date, d.published) AS day, d.lang"
                " FROM events e JOIN documents d ON d.doc_id = e.doc_id"
                " WHERE e.data LIKE ? ESCAPE '\\' ORDER BY day NULLS FIRST, e.event_id",
                (like,),
            )
            .fetchall()
        )
        roles: set[str] = set()
        countries: set[str] = set()
        regions: set[str] = set()
        events: dict[str, dict[str, Any]] = {}
        co: dict[str, int] = {}
        for r in rows:
            data = json.loads(r["data"])
            mine = [p for p in data.get("participants", []) if p["name"] == name]
            if not mine:
                continue
            for p in mine:
                if p.get("role"):
                    roles.add(p["role"])
                if p.get("country"):
                    countries.add(p["country"])
                if p.get("region"):
                    regions.add(p["region"])
            ev = events.setdefault(
                r["event_id"],
                {
                    "event_id": r["event_id"],
                    "date": r["day"],
                    "type": data["type"],
                    "regions": set(),
                    "languages": set(),
                    "reports": 0,
                    "with": set(),
                },
            )
            ev["reports"] += 1
            ev["regions"].update(data.get("regions", []))
            if r["lang"]:
                ev["languages"].add(r["lang"])
            for p in data.get("participants", []):
                if p["name"] != name:
                    ev["with"].add(p["name"])
        if not events:
            raise NotFound(f"no person {name!r} among event participants")
        for ev in events.values():
            for other in ev["with"]:
                co[other] = co.get(other, 0) + 1
        timeline = sorted(
            (
                {
                    **ev,
                    "regions": sorted(ev["regions"]),
                    "languages": sorted(ev["languages"]),
                    "with": sorted(ev["with"]),
                }
                for ev in events.values()
            ),
            key=lambda e: (e["date"] or "9999", e["event_id"]),
        )
        return {
            "name": name,
            "roles": sorted(roles),
            "countries": sorted(countries),
            "regions": sorted(regions),
            "events": timeline,
            "met": [
                {"name": n, "events": k} for n, k in sorted(co.items(), key=lambda x: (-x[1], x[0]))
            ],
        }

    # -- graph and exports -------------------------------------------------------------
    def graph(self, focus: str | None, limit: int) -> dict[str, Any]:
        """A node-link subgraph: the ``limit`` best-connected nodes, or ``focus``'s surroundings."""
        from .._graph import build_graph

        g = self.cached("graph", lambda: build_graph(self.store()))
        degree: dict[str, int] = {}
        adj: dict[str, set[str]] = {}
        for a, b, _k in g.edges:
            degree[a] = degree.get(a, 0) + 1
            degree[b] = degree.get(b, 0) + 1
            adj.setdefault(a, set()).add(b)
            adj.setdefault(b, set()).add(a)
        if focus:
            if focus not in g.nodes:
                raise NotFound(f"no graph node {focus!r} (ids look like region:RU-KLU)")
            keep = {focus} | adj.get(focus, set())
            for n in list(keep):
                if len(keep) >= limit:
                    break
                keep |= set(sorted(adj.get(n, set()), key=lambda x: (-degree[x], x))[:5])
            ranked = sorted(keep, key=lambda n: (n != focus, -degree.get(n, 0), n))[:limit]
        else:
            ranked = sorted(g.nodes, key=lambda n: (-degree.get(n, 0), n))[:limit]
        chosen = set(ranked)
        nodes = [{"id": n, **g.nodes[n], "degree": degree.get(n, 0)} for n in sorted(chosen)]
        links = [
            {"source": a, "target": b, **attrs}
            for (a, b, _k), attrs in sorted(g.edges.items())
            if a in chosen and b in chosen
        ]
        return {
            "nodes": nodes,
            "links": links,
            "total_nodes": len(g.nodes),
            "total_links": len(g.edges),
            "focus": focus,
        }

    def full_graph(self) -> Any:
        from .._graph import build_graph

        return self.cached("graph", lambda: build_graph(self.store()))

    def records(self) -> Iterator[dict[str, Any]]:
        """Contract records with clustered event ids, from a connection of its own.

        The export streams after the route returns, so it must not share the
        thread-local connection of a worker that serves other requests meanwhile.
        """
        if self.postgres:
            from ..store._postgres import PostgresStore

            pg = PostgresStore.reader(str(self.db))
            try:
                yield from pg.records()
            finally:
                pg.close()
            return
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        try:
            yield from _ReadOnlyStore(self.path, conn).records()
        finally:
            conn.close()
