"""The web workbench's read model: every query the API and the pages ask of the store.

Why a separate layer: pages and JSON routes must show the same numbers, and
every list must paginate with a stable order (a unique tie-breaker in every
ORDER BY), so both go through these methods. Connections are opened
read-only (SQLite URI ``mode=ro``; a PostgreSQL session whose transactions are
``READ ONLY``), one per worker thread, so serving can never change the database
and readers run beside a writing ``diplograph ingest`` (WAL mode; MVCC). The
few queries that differ by backend take their fragments from ``_dialect``.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from .._corrections import event_corrections
from .._errors import StoreError
from .._search import fold
from ._dialect import pg_search
from ._filters import Filters, NotFound, _doc_filter_sql, _event_filter_sql, check_page, page_info
from ._profiles import Profiles

__all__ = ["Catalog"]


class Catalog(Profiles):
    """Read-only queries over one store, safe to share between worker threads.

    Documents, search and events are here; connections and the cache come from
    ``_readmodel.CatalogBase``, regions, people and the graph from ``_profiles``.
    """

    def search_documents(
        self,
        q: str | None,
        f: Filters,
        limit: int = 20,
        offset: int = 0,
        *,
        literal: bool = False,
    ) -> dict[str, Any]:
        """Full-text search (or, without a query, the newest documents) with facets.

        Place names and people's names in the query expand across languages and
        scripts unless ``literal`` (see ``_search``).
        """
        check_page(limit, offset)
        where, params = _doc_filter_sql(f, self.dialect)
        terms = [t for t in fold(q or "").split() if t]
        conn = self.conn()
        expansion: list[dict[str, Any]] = []
        try:
            if terms:
                search = partial(pg_search, self.searcher()) if self.postgres else (
                    self.searcher().search
                )  # fmt: skip
                found = search(
                    conn, q or "", where=where, params=params, limit=limit, offset=offset,
                    literal=literal,
                )  # fmt: skip
                ids, total, exact, ranked = (
                    found["ids"], found["total"], found["exact"], found["order"]
                )  # fmt: skip
                snippets = found["hits"]
                expansion = found["query"].as_dict()
            else:
                sql_where = (" WHERE " + " AND ".join(where)) if where else ""
                total = int(
                    conn.execute(f"SELECT count(*) FROM documents d{sql_where}", params).fetchone()[
                        0
                    ]
                )
                ids = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT d.id FROM documents d{sql_where}"
                        " ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT ? OFFSET ?",
                        [*params, limit, offset],
                    )
                ]
                snippets = {}
                ranked, exact = "", True
            rows: dict[int, Any] = {}
            doc_events: dict[str, list[dict[str, Any]]] = {}
            if ids:
                marks = ",".join("?" * len(ids))
                for r in conn.execute(
                    "SELECT d.id, d.doc_id, d.title, d.lang, d.published, d.source, d.url,"
                    " substr(d.text, 1, 240) AS head"
                    f" FROM documents d WHERE d.id IN ({marks})",
                    ids,
                ):
                    rows[r["id"]] = r
                for r in conn.execute(
                    "SELECT e.doc_id, e.event_id, e.type, e.date,"
                    " (SELECT count(*) FROM events x WHERE x.event_id = e.event_id) AS reports"
                    " FROM events e JOIN documents d ON d.doc_id = e.doc_id"
                    f" WHERE d.id IN ({marks}) ORDER BY e.doc_id, e.local_id",
                    ids,
                ):
                    doc_events.setdefault(r["doc_id"], []).append(
                        {
                            "event_id": r["event_id"],
                            "type": r["type"],
                            "date": r["date"],
                            "reports": r["reports"],
                        }
                    )
        except self.errors() as exc:
            raise StoreError(f"search failed: {exc}") from None
        info = page_info(total, limit, offset)
        if not exact and len(ids) == limit:
            info["next_offset"] = offset + limit  # the count stopped early; more may follow
        items = []
        for rowid in ids:
            r = rows[rowid]
            hit = snippets.get(rowid)
            if hit is None:
                hit = {"snippet": r["head"], "highlights": [], "matched": []}
            items.append(
                {
                    "doc_id": r["doc_id"],
                    "title": r["title"],
                    "lang": r["lang"],
                    "published": r["published"],
                    "source": r["source"],
                    "url": r["url"],
                    "events": doc_events.get(r["doc_id"], []),
                    "snippet": hit["snippet"],
                    "highlights": hit["highlights"],
                    "matched": hit["matched"],
                }
            )
        return {
            "query": q or "",
            "literal": literal,
            "expansion": expansion,
            "order": ranked or ("ingested" if terms else "published"),
            "total_exact": exact,
            "items": items,
            **info,
        }

    def document(self, doc_id: str) -> dict[str, Any]:
        row = (
            self.conn()
            .execute(
                "SELECT doc_id, source, url, title, lang, published, text, analysis, ingested_at"
                " FROM documents WHERE doc_id = ?",
                (doc_id,),
            )
            .fetchone()
        )
        if row is None:
            raise NotFound(f"no document {doc_id!r}")
        analysis = json.loads(row["analysis"])
        ids = {
            r[0]: r[1]
            for r in self.conn().execute(
                "SELECT local_id, event_id FROM events WHERE doc_id = ?", (doc_id,)
            )
        }
        events = []
        for ev in analysis.get("events", []):
            events.append(
                {
                    "event_id": ids.get(ev.get("local_id"), ev.get("event_id")),
                    "type": ev["type"],
                    "date": ev.get("date"),
                    "place": ev.get("place"),
                    "participants": ev.get("participants", []),
                    "regions": ev.get("regions", []),
                    "sectors": ev.get("sectors", []),
                    "evidence": ev.get("evidence", []),
                }
            )
        return {
            "doc_id": row["doc_id"],
            "source": row["source"],
            "url": row["url"],
            "title": row["title"],
            "lang": row["lang"],
            "published": row["published"],
            "ingested_at": row["ingested_at"],
            "text": row["text"],
            "events": events,
            "regions_mentioned": analysis.get("regions_mentioned", []),
            "partnerships": analysis.get("partnerships", []),
            "figures": analysis.get("figures", []),
        }

    # -- events ----------------------------------------------------------------------
    def list_events(self, f: Filters, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """Events (not reports), newest first by their earliest date, then by id."""
        check_page(limit, offset)
        where, params = _event_filter_sql(f, self.dialect)
        inner = ""
        if where:
            inner = (
                " WHERE e.event_id IN (SELECT e.event_id FROM events e JOIN documents d"
                " ON d.doc_id = e.doc_id WHERE " + " AND ".join(where) + ")"
            )
        conn = self.conn()
        total = int(
            conn.execute(
                f"SELECT count(DISTINCT e.event_id) FROM events e{inner}", params
            ).fetchone()[0]
        )
        rows = conn.execute(
            "SELECT e.event_id, min(coalesce(e.date, d.published)) AS day, count(*) AS reports,"
            f" {self.dialect.langs} AS langs, min(e.type) AS type,"
            f" {self.dialect.datas} AS datas"
            f" FROM events e JOIN documents d ON d.doc_id = e.doc_id{inner}"
            " GROUP BY e.event_id ORDER BY day DESC NULLS LAST, e.event_id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return {"items": [self._event_summary(r) for r in rows], **page_info(total, limit, offset)}

    def _event_summary(self, r: Any) -> dict[str, Any]:
        people: dict[str, str | None] = {}
        regions: set[str] = set()
        sectors: set[str] = set()
        types: dict[str, int] = {}
        place: dict[str, Any] = {}
        for raw in (r["datas"] or "").split("\x1e"):
            if not raw:
                continue
            data = json.loads(raw)
            types[data["type"]] = types.get(data["type"], 0) + 1
            for p in data.get("participants", []):
                people.setdefault(p["name"], p.get("role"))
            regions.update(data.get("regions", []))
            sectors.update(data.get("sectors", []))
            for k, v in (data.get("place") or {}).items():
                if v and not place.get(k):
                    place[k] = v
        return {
            "event_id": r["event_id"],
            "date": r["day"],
            "type": max(sorted(types), key=lambda t: types[t]) if types else r["type"],
            "reports": r["reports"],
            "languages": sorted(x for x in (r["langs"] or "").split(",") if x),
            "participants": [{"name": n, "role": role} for n, role in people.items()],
            "regions": sorted(regions),
            "sectors": sorted(sectors),
            "place": place,
        }

    def event(self, event_id: str) -> dict[str, Any]:
        """Who, when, where, sectors, and every report with its evidence spans."""
        from .._eventdb import explain_event

        conn = self.conn()
        rows = conn.execute(
            "SELECT e.doc_id, e.local_id, e.type, e.date, e.data, d.lang, d.source, d.url,"
            " d.title, d.published, d.text FROM events e JOIN documents d ON d.doc_id = e.doc_id"
            " WHERE e.event_id = ? ORDER BY d.published NULLS FIRST, e.doc_id, e.local_id",
            (event_id,),
        ).fetchall()
        if not rows:
            raise NotFound(f"no event {event_id!r}")
        why = explain_event(self.store(), event_id)
        copy_of = {r["report"]: r["copy_of"] for r in why["reports"]}
        people: dict[str, dict[str, Any]] = {}
        regions: set[str] = set()
        sectors: set[str] = set()
        place: dict[str, Any] = {}
        dates: list[str] = []
        types: dict[str, int] = {}
        reports = []
        for r in rows:
            data = json.loads(r["data"])
            types[r["type"]] = types.get(r["type"], 0) + 1
            if r["date"]:
                dates.append(r["date"])
            for p in data.get("participants", []):
                key = p.get("entity_id") or p["name"]
                entry = people.setdefault(key, {**p, "reports": 0})
                entry["reports"] += 1
            regions.update(data.get("regions", []))
            sectors.update(data.get("sectors", []))
            for k, v in (data.get("place") or {}).items():
                if v and not place.get(k):
                    place[k] = v
            text: str = r["text"]
            spans = [
                (e["start"], e["end"])
                for e in data.get("evidence", [])
                if text[e["start"] : e["end"]] == e["text"]
            ]
            key = f"{r['doc_id']}:{r['local_id']}"
            reports.append(
                {
                    "report": key,
                    "doc_id": r["doc_id"],
                    "lang": r["lang"],
                    "title": r["title"],
                    "source": r["source"],
                    "url": r["url"],
                    "published": r["published"],
                    "type": r["type"],
                    "date": r["date"],
                    "participants": data.get("participants", []),
                    "regions": data.get("regions", []),
                    "sectors": data.get("sectors", []),
                    "confidence": data.get("confidence"),
                    "rules": data.get("rules", []),
                    "copy_of": copy_of.get(key),
                    "marked_wrong": data.get("marked_wrong"),
                    "corrections": data.get("corrections", []),
                    "text": text,
                    "evidence": [{"start": s, "end": e, "text": text[s:e]} for s, e in spans],
                }
            )
        published = sorted(r["published"] for r in rows if r["published"])
        return {
            "event_id": event_id,
            "type": max(sorted(types), key=lambda t: types[t]),
            "date": min(dates) if dates else None,
            "first_reported": published[0] if published else None,
            "place": place,
            "participants": sorted(people.values(), key=lambda p: (-p["reports"], p["name"])),
            "regions": sorted(regions),
            "sectors": sorted(sectors),
            "languages": why["languages"],
            "independent_reports": why["independent_reports"],
            "links": why["links"],
            "overrides": why["overrides"],
            "corrections": event_corrections(conn, event_id, [r["report"] for r in reports]),
            "marked_wrong": next(
                (r["marked_wrong"] for r in reports if r.get("marked_wrong")), None
            ),
            "reports": reports,
        }
