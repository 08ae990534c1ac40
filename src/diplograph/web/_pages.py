"""The workbench's HTML pages: dashboard, search, events, documents, regions, pairs,
people, network and the API reference.

Why a module of its own: the pages read the same catalog as the JSON API but
render templates; ``create_app`` declares the shared query parameters once and
hands them here, as it does to the corrections routes (``_edit``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response

from ._catalog import Catalog
from ._filters import Filters, parse_filters
from ._highlight import highlight_spans
from ._http import ProblemError
from ._render import month_bars, network_svg_data


def add_page_routes(
    app: FastAPI,
    catalog: Catalog,
    page: Callable[..., HTMLResponse],
    static: dict[str, tuple[bytes, str]],
    *,
    facets: Any,
    offset_q: Any,
    literal_q: Any,
) -> None:
    """Declare the HTML routes on ``app`` (none is in the OpenAPI document)."""

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        hit = static.get(name)
        if hit is None:
            raise ProblemError(404, "Not Found", "no such asset")
        return Response(hit[0], media_type=hit[1], headers={"Cache-Control": "max-age=3600"})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(request: Request) -> HTMLResponse:
        return page(
            request,
            "dashboard.html",
            stats=catalog.stats(),
            latest=catalog.list_events(Filters(), 8, 0)["items"],
            chart=month_bars(catalog.events_per_month()),
            pairs=catalog.region_pairs(None, None, 10, 0)["items"],
        )

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        q: str | None = Query(None, max_length=500),
        f: Filters = facets,
        offset: int = offset_q,
        literal: bool = literal_q,
    ) -> HTMLResponse:
        result = catalog.search_documents(q, f, 20, offset, literal=literal)
        params = {"q": q, **f.as_params(), "literal": "true" if literal else None}
        return page(
            request, "search.html", result=result, f=f, q=q or "", params=params, literal=literal
        )

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(
        request: Request,
        f: Filters = facets,
        offset: int = offset_q,
    ) -> HTMLResponse:
        result = catalog.list_events(f, 25, offset)
        return page(request, "events.html", result=result, f=f, params=f.as_params())

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str) -> HTMLResponse:
        ev = catalog.event(event_id)
        for rep in ev["reports"]:
            rep["pieces"] = highlight_spans(
                rep["text"], [(e["start"], e["end"]) for e in rep["evidence"]]
            )
        pairs = sorted(
            {(a, b) for a in ev["regions"] for b in ev["regions"] if a < b and a[:2] != b[:2]}
        )
        return page(request, "event.html", ev=ev, pairs=pairs)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str) -> HTMLResponse:
        doc = catalog.document(doc_id)
        spans = [(e["start"], e["end"]) for ev in doc["events"] for e in ev["evidence"]]
        pieces = highlight_spans(doc["text"], spans)
        return page(request, "document.html", doc=doc, pieces=pieces)

    @app.get("/regions", response_class=HTMLResponse, include_in_schema=False)
    def regions_page(
        request: Request, country: str | None = None, offset: int = offset_q
    ) -> HTMLResponse:
        f = parse_filters(country=country)
        result = catalog.list_regions(f.country, 50, offset)
        return page(request, "regions.html", result=result, params=f.as_params())

    @app.get("/regions/{code}", response_class=HTMLResponse, include_in_schema=False)
    def region_page(request: Request, code: str) -> HTMLResponse:
        info = catalog.region(parse_filters(region=code).region or code)
        recent = sorted(
            info["timeline"], key=lambda e: e.get("date") or e.get("published") or "", reverse=True
        )[:5]
        per_year = sorted((info["summary"].get("events_per_year") or {}).items())
        return page(request, "region.html", info=info, recent=recent, per_year=per_year)

    @app.get("/pairs", response_class=HTMLResponse, include_in_schema=False)
    def pairs_page(
        request: Request,
        pair: str | None = None,
        region: str | None = None,
        offset: int = offset_q,
    ) -> HTMLResponse:
        f = parse_filters(pair=pair, region=region)
        result = catalog.region_pairs(f.pair, f.region, 50, offset)
        return page(request, "pairs.html", result=result, params=f.as_params())

    @app.get("/pairs/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def pair_page(request: Request, a: str, b: str) -> HTMLResponse:
        ra, rb = parse_filters(region=a).region, parse_filters(region=b).region
        data = catalog.region_pair(ra or a, rb or b)
        per_year = [(y, n) for y, n in data["summary"]["events_per_year"].items()]
        return page(request, "pair.html", data=data, per_year=per_year)

    @app.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def people_page(
        request: Request, q: str | None = Query(None, max_length=200), offset: int = offset_q
    ) -> HTMLResponse:
        result = catalog.list_people(q, 50, offset)
        return page(request, "people.html", result=result, q=q or "", params={"q": q})

    @app.get("/people/{name}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, name: str) -> HTMLResponse:
        return page(request, "person.html", p=catalog.person(name))

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(
        request: Request,
        focus: str | None = Query(None, max_length=300),
        limit: int = Query(60, ge=2, le=150),
    ) -> HTMLResponse:
        graph = catalog.graph(focus, limit)
        drawing = catalog.cached(f"layout:{focus}:{limit}", lambda: network_svg_data(graph))
        return page(request, "network.html", graph=graph, drawing=drawing, focus=focus or "")

    @app.get("/api-docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs_page(request: Request) -> HTMLResponse:
        spec = app.openapi()
        routes = []
        for path, methods in sorted(spec.get("paths", {}).items()):
            for method, op in methods.items():
                routes.append(
                    {
                        "method": method.upper(),
                        "path": path,
                        "summary": op.get("summary", ""),
                        "description": op.get("description", ""),
                        "params": [
                            {
                                "name": p["name"],
                                "in": p["in"],
                                "required": p.get("required", False),
                                "description": p.get("description", ""),
                            }
                            for p in op.get("parameters", [])
                        ],
                    }
                )
        return page(request, "api_docs.html", spec=spec, routes=routes)
