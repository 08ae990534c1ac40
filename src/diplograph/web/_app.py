"""The ASGI application: JSON API, server-rendered pages, and their safety rules.

Why these rules: the workbench shows untrusted article text to analysts, so
every template autoescapes and the Content-Security-Policy forbids inline
scripts (a second wall if a template ever slipped); serving is read-only
unless ingest is switched on *and* a bearer token is given; static assets are
served from a table loaded at start-up, so no route ever opens a file by a
path taken from the request; errors become RFC 9457 problem objects, never
tracebacks.
"""

from __future__ import annotations

import hmac
import json
import os
import tempfile
import threading
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import anyio.to_thread
from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from .._errors import DiplographError, UsageError
from .._models import EVENT_TYPES, SECTORS
from ..store import open_store
from ._catalog import Catalog
from ._contract import PATTERNS, exact_openapi
from ._filters import Filters, NotFound, parse_filters
from ._http import FastJSONResponse, ProblemError, SecurityHeaders, problem_body
from ._pages import add_page_routes
from ._templates import environment, load_static

DEFAULT_MAX_UPLOAD = 2 * 1024 * 1024
UPLOAD_FORMATS = ("txt", "html", "jsonl")


def create_app(
    db_path: str | Path,
    *,
    allow_ingest: bool = False,
    allow_edit: bool = False,
    token: str | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
    cors_origins: Sequence[str] = (),
    preload_gazetteer: bool = True,
) -> FastAPI:
    """The workbench over the store at ``db_path`` (read-only unless ``allow_ingest``).

    ``allow_ingest`` needs a ``token`` (uploads must send ``Authorization:
    Bearer TOKEN``); uploads larger than ``max_upload_bytes`` are refused with
    413. ``cors_origins`` lists origins allowed to call the API from a browser
    (none by default). ``preload_gazetteer`` builds the gazetteer (region names in
    every language) in a background thread at start-up instead of on first use.
    """
    if allow_ingest and not token:
        raise UsageError("--allow-ingest needs a token (--token or DIPLOGRAPH_TOKEN)")
    if allow_edit and not token:
        raise UsageError("--allow-edit needs a token (--token or DIPLOGRAPH_TOKEN)")
    if max_upload_bytes < 1:
        raise UsageError("max_upload_bytes must be positive")
    if allow_ingest or allow_edit:
        with open_store(db_path):  # create or upgrade the database once, before serving
            pass
    catalog = Catalog(db_path)
    env = environment()
    env.globals["label"] = catalog.label
    static = load_static()
    ingest_lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Sync routes run in anyio's thread pool (40 threads by default). Their work is
        # CPU-bound SQLite and Python, so more threads than cores only queue on the GIL
        # and made search 2-3x slower under load; DIPLOGRAPH_WEB_THREADS overrides.
        threads = int(os.environ.get("DIPLOGRAPH_WEB_THREADS", "0") or 0)
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = threads if threads > 0 else max(2, os.cpu_count() or 2)
        if preload_gazetteer:
            threading.Thread(target=catalog.warm, name="gazetteer", daemon=True).start()
        try:
            yield
        finally:
            catalog.close()

    app = FastAPI(
        lifespan=lifespan,
        title="diplograph",
        version=__version__,
        description=(
            "Read-only JSON API over a diplograph event database: documents (full-text search "
            "with snippets and facets), events with all their reports, region profiles, region "
            "pairs, people, the knowledge graph and exports. Every list takes `limit` (1-100) "
            "and `offset` and returns `total`, `next_offset` and `prev_offset`; orders are "
            "stable (a unique key breaks every tie)."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.catalog = catalog
    app.state.allow_ingest = allow_ingest
    app.state.allow_edit = allow_edit
    env.globals["allow_edit"] = allow_edit

    def region_path() -> Any:
        return PathParam(pattern=PATTERNS["region_path"], description="ISO 3166-2 code.")

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            spec = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            app.openapi_schema = exact_openapi(spec, max_upload_bytes)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET"],
            allow_headers=["Authorization", "Content-Type"],
        )

    app.add_middleware(SecurityHeaders)

    # -- errors ------------------------------------------------------------------------
    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api") and "text/html" in request.headers.get(
            "accept", ""
        )

    def problem(request: Request, status: int, title: str, detail: str) -> Response:
        body = problem_body(status, title, detail, request.url.path)
        if wants_html(request):
            html = env.get_template("error.html").render(problem=body, request=request)
            return HTMLResponse(html, status_code=status)
        return FastJSONResponse(body, status_code=status, media_type="application/problem+json")

    @app.exception_handler(ProblemError)
    async def on_problem(request: Request, exc: ProblemError) -> Response:
        return problem(request, exc.status, exc.title, exc.detail)

    @app.exception_handler(NotFound)
    async def on_not_found(request: Request, exc: NotFound) -> Response:
        return problem(request, 404, "Not Found", exc.message)

    @app.exception_handler(DiplographError)
    async def on_diplograph_error(request: Request, exc: DiplographError) -> Response:
        if isinstance(exc, UsageError):
            return problem(request, 400, "Bad Request", exc.message)
        return problem(request, 500, "Store Error", f"[{exc.code}] the store could not answer")

    def allowed_methods(path: str) -> str:
        """Every method some route serves at ``path`` (RFC 9110: a 405 lists them)."""
        methods: set[str] = set()
        for route in app.routes:
            regex = getattr(route, "path_regex", None)
            if regex is not None and regex.match(path):
                methods.update(getattr(route, "methods", None) or ())
        return ", ".join(sorted(methods))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        titles = {404: "Not Found", 405: "Method Not Allowed"}
        detail = exc.detail if isinstance(exc.detail, str) else "request failed"
        resp = problem(request, exc.status_code, titles.get(exc.status_code, "Error"), detail)
        if exc.status_code == 405:
            resp.headers["Allow"] = allowed_methods(request.url.path)
        return resp

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path"))
            parts.append(f"{where}: {e.get('msg', 'invalid')}")
        return problem(request, 400, "Bad Request", "; ".join(parts) or "invalid request")

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> Response:
        return problem(request, 500, "Internal Server Error", "the server could not answer")

    # -- helpers -----------------------------------------------------------------------
    def require_token(request: Request, switched_on: bool, switch: str) -> None:
        """401 without credentials or with the wrong token, 403 when writing is off.

        Credentials are checked first (a missing ``Authorization`` header is a 401
        whatever the mode, as RFC 9110 and client libraries expect).
        """
        given = request.headers.get("authorization", "")
        scheme, _, credential = given.partition(" ")
        if scheme.lower() != "bearer" or not credential.strip():
            raise ProblemError(401, "Unauthorized", "send Authorization: Bearer TOKEN")
        if not switched_on:
            raise ProblemError(403, "Forbidden", f"this server is read-only (no {switch})")
        if not hmac.compare_digest(credential.strip().encode(), (token or "").encode()):
            raise ProblemError(401, "Unauthorized", "send Authorization: Bearer TOKEN")

    def page(request: Request, name: str, **ctx: Any) -> HTMLResponse:
        html = env.get_template(name).render(request=request, **ctx)
        return HTMLResponse(html)

    def link(path: str, params: dict[str, Any]) -> str:
        clean = {k: v for k, v in params.items() if v not in (None, "")}
        return path + ("?" + urlencode(clean) if clean else "")

    env.globals["link"] = link

    Limit = Query(20, ge=1, le=100, description="Page size (1-100).")
    Offset = Query(0, ge=0, le=100_000, description="Items to skip.")
    # Patterns (web/_contract.py) are validated here and declared in the OpenAPI document;
    # an empty value means "any" (HTML forms send empty fields).
    LangQ = Query(
        None, pattern=PATTERNS["lang"], description="Document language (ISO 639-1), e.g. `ru`."
    )
    FromQ = Query(
        None,
        pattern=PATTERNS["date"],
        description="From date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.",
    )
    ToQ = Query(
        None,
        pattern=PATTERNS["date"],
        description="To date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.",
    )
    CountryQ = Query(
        None,
        pattern=PATTERNS["country"],
        description="Country (ISO 3166-1 alpha-2) involved, e.g. `VN`.",
    )
    RegionQ = Query(
        None, pattern=PATTERNS["region"], description="Region (ISO 3166-2) involved, e.g. `RU-KLU`."
    )
    PairQ = Query(
        None, pattern=PATTERNS["pair"], description="Two countries both involved, e.g. `RU,VN`."
    )
    SectorQ = Query(
        None, pattern=PATTERNS["sector"], description=f"Event sector: {', '.join(SECTORS)}."
    )
    LiteralQ = Query(
        False,
        description="Match the words as typed: no expansion of place and person names "
        "across languages and scripts.",
    )
    TypeQ = Query(
        None,
        alias="type",
        pattern=PATTERNS["type"],
        description=f"Event type: {', '.join(EVENT_TYPES)}.",
    )

    async def filter_params(
        lang: str | None = LangQ,
        date_from: str | None = FromQ,
        date_to: str | None = ToQ,
        country: str | None = CountryQ,
        region: str | None = RegionQ,
        pair: str | None = PairQ,
        sector: str | None = SectorQ,
        type_: str | None = TypeQ,
    ) -> Filters:
        """The facet parameters shared by search and event lists, declared once.

        ``async`` although it does no I/O: FastAPI would run a plain function in
        the thread pool, one more hop on every search.
        """
        return parse_filters(
            lang=lang,
            date_from=date_from,
            date_to=date_to,
            country=country,
            region=region,
            pair=pair,
            sector=sector,
            type=type_,
        )

    Facets = Depends(filter_params)

    # -- JSON API ----------------------------------------------------------------------
    @app.get("/api/health", tags=["meta"], summary="Liveness and mode")
    def api_health() -> JSONResponse:
        return FastJSONResponse(
            {
                "status": "ok",
                "version": __version__,
                "read_only": not (allow_ingest or allow_edit),
                "edits": allow_edit,
                "gazetteer": catalog.gazetteer_state(),
            }
        )

    @app.get("/api/stats", tags=["meta"], summary="Counts of documents, events, regions, people")
    def api_stats() -> JSONResponse:
        return FastJSONResponse(catalog.stats())

    @app.get(
        "/api/documents",
        tags=["documents"],
        summary="Search documents",
        description=(
            "Full-text search (case, diacritics and đ folded; all words must occur) with a "
            "snippet per hit; `highlights` are [start, end) character offsets of matched words "
            "in `snippet`, `matched` the spellings that matched as the document writes them. "
            "A word that names a place or a person also matches that place's or person's names "
            "in every language and script the gazetteer and the store know (`Kaluga` finds "
            "`Калужской области` and `卡卢加州`); `expansion` says which words expanded; "
            "`literal=true` searches the words as typed. Without `q`, the newest documents. "
            "`order` says how hits are "
            "sorted: `relevance` (every match ranked by BM25, then id), `relevance_recent` (more "
            "than 200 matches: the newest 200 ranked by BM25, later pages newest stored first), "
            "`ingested` (every word is in at least half of the documents, so BM25 cannot tell "
            "them apart: newest stored first) or `published` (date, then id, without `q`); "
            "`total_exact` is false when counting matches stopped at 1,000 (`next_offset` "
            "is then set while pages are full)."
        ),
    )
    def api_documents(
        q: str | None = Query(None, max_length=500, description="Words to search for."),
        f: Filters = Facets,
        limit: int = Limit,
        offset: int = Offset,
        literal: bool = LiteralQ,
    ) -> JSONResponse:
        return FastJSONResponse(catalog.search_documents(q, f, limit, offset, literal=literal))

    @app.get("/api/documents/{doc_id}", tags=["documents"], summary="One document and its facts")
    def api_document(doc_id: str) -> JSONResponse:
        return FastJSONResponse(catalog.document(doc_id))

    @app.post(
        "/api/documents",
        tags=["documents"],
        summary="Upload an article (needs --allow-ingest and a bearer token)",
        description=(
            "The request body is the article itself (`format` txt, html or jsonl), at most the "
            "server's upload limit. It runs through the pipeline into the store. Refused with "
            "403 when the server is read-only, 401 without the right `Authorization: Bearer` "
            "token, 413 when too large."
        ),
        status_code=201,
    )
    async def api_upload(
        request: Request,
        format: str = Query("txt", pattern="^(txt|html|jsonl)$", description="txt, html or jsonl"),
    ) -> JSONResponse:
        require_token(request, allow_ingest, "--allow-ingest")
        if format not in UPLOAD_FORMATS:
            raise ProblemError(400, "Bad Request", f"format must be one of {UPLOAD_FORMATS}")
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_upload_bytes:
            raise ProblemError(413, "Content Too Large", f"at most {max_upload_bytes} bytes")
        body = bytearray()
        async for chunk in request.stream():
            body.extend(chunk)
            if len(body) > max_upload_bytes:
                raise ProblemError(413, "Content Too Large", f"at most {max_upload_bytes} bytes")
        if not body.strip():
            raise ProblemError(400, "Bad Request", "the request body is empty")
        summary = await run_in_threadpool(_ingest_bytes, bytes(body), format)
        return FastJSONResponse(summary, status_code=201)

    def _ingest_bytes(data: bytes, fmt: str) -> dict[str, Any]:
        with ingest_lock, tempfile.TemporaryDirectory(prefix="diplograph-upload-") as tmp:
            target = Path(tmp) / f"upload.{fmt}"
            target.write_bytes(data)
            try:
                from .._runner import ingest

                summary = ingest([str(target)], catalog.db)
            except ImportError as exc:
                raise ProblemError(
                    503, "Unavailable", f"the pipeline is not installed: {exc}"
                ) from None
        out = summary.as_dict()
        out.pop("output", None)
        for rej in out["rejected"]:
            rej["source"] = "upload"
        return out

    @app.get(
        "/api/events",
        tags=["events"],
        summary="List events",
        description="Events (each real-world event once), newest first, then by id.",
    )
    def api_events(
        f: Filters = Facets,
        limit: int = Limit,
        offset: int = Offset,
    ) -> JSONResponse:
        return FastJSONResponse(catalog.list_events(f, limit, offset))

    @app.get(
        "/api/events/{event_id}",
        tags=["events"],
        summary="One event with all its reports",
        description="Who, when, where, sectors, why reports were joined, and every report "
        "with its full text and evidence spans.",
    )
    def api_event(event_id: str) -> JSONResponse:
        return FastJSONResponse(catalog.event(event_id))

    @app.get("/api/regions", tags=["regions"], summary="Regions with events, most active first")
    def api_regions(
        country: str | None = CountryQ, limit: int = Limit, offset: int = Offset
    ) -> JSONResponse:
        f = parse_filters(country=country)
        return FastJSONResponse(catalog.list_regions(f.country, limit, offset))

    @app.get(
        "/api/regions/{code}",
        tags=["regions"],
        summary="Region profile",
        description="Names in all languages, validity and successor (from the gazetteer), "
        "partners and timeline (from the store).",
    )
    def api_region(code: str = region_path()) -> JSONResponse:
        return FastJSONResponse(catalog.region(parse_filters(region=code).region or code))

    @app.get("/api/region-pairs", tags=["regions"], summary="Region pairs, most events first")
    def api_pairs(
        pair: str | None = PairQ,
        region: str | None = RegionQ,
        limit: int = Limit,
        offset: int = Offset,
    ) -> JSONResponse:
        f = parse_filters(pair=pair, region=region)
        return FastJSONResponse(catalog.region_pairs(f.pair, f.region, limit, offset))

    @app.get("/api/region-pairs/{a}/{b}", tags=["regions"], summary="A region pair's timeline")
    def api_pair(a: str = region_path(), b: str = region_path()) -> JSONResponse:
        ra, rb = parse_filters(region=a).region, parse_filters(region=b).region
        return FastJSONResponse(catalog.region_pair(ra or a, rb or b))

    @app.get("/api/people", tags=["people"], summary="People named in events, most events first")
    def api_people(
        q: str | None = Query(None, max_length=200, description="Part of a name."),
        limit: int = Limit,
        offset: int = Offset,
    ) -> JSONResponse:
        return FastJSONResponse(catalog.list_people(q, limit, offset))

    @app.get("/api/people/{name}", tags=["people"], summary="A person's events and counterparts")
    def api_person(name: str) -> JSONResponse:
        return FastJSONResponse(catalog.person(name))

    @app.get(
        "/api/graph",
        tags=["graph"],
        summary="Knowledge graph (node-link JSON)",
        description="The `limit` best-connected nodes, or the neighbourhood of `focus` "
        "(a node id such as `region:RU-KLU` or `person:...`).",
    )
    def api_graph(
        focus: str | None = Query(None, max_length=300),
        limit: int = Query(80, ge=2, le=400),
    ) -> JSONResponse:
        return FastJSONResponse(catalog.graph(focus, limit))

    @app.get(
        "/api/export/records",
        tags=["exports"],
        summary="All contract records (jsonl) or one row per event (csv)",
    )
    def api_export_records(format: str = Query("jsonl", pattern="^(jsonl|csv)$")) -> Response:
        from .._export import FLAT_COLUMNS, flat_rows

        if format == "jsonl":

            def lines() -> Iterator[bytes]:
                for rec in catalog.records():
                    yield (json.dumps(rec, ensure_ascii=False) + "\n").encode()

            return StreamingResponse(
                lines(),
                media_type="application/x-ndjson",
                headers={"Content-Disposition": 'attachment; filename="diplograph.jsonl"'},
            )
        import csv
        import io

        def rows() -> Iterator[bytes]:
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=list(FLAT_COLUMNS))
            writer.writeheader()
            for row in flat_rows(catalog.records()):
                writer.writerow(row)
                yield buf.getvalue().encode()
                buf.seek(0)
                buf.truncate()
            yield buf.getvalue().encode()

        return StreamingResponse(
            rows(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="diplograph-events.csv"'},
        )

    @app.get("/api/export/graph", tags=["exports"], summary="The whole graph: graphml or json")
    def api_export_graph(format: str = Query("graphml", pattern="^(graphml|json)$")) -> Response:
        from .._graph import write_graph

        g = catalog.full_graph()
        with tempfile.TemporaryDirectory(prefix="diplograph-graph-") as tmp:
            target = Path(tmp) / f"graph.{format}"
            write_graph(g, format, target)
            data = target.read_bytes()
        media = "application/graphml+xml" if format == "graphml" else "application/json"
        return Response(
            data,
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="diplograph.{format}"'},
        )

    from ._edit import add_correction_routes

    add_correction_routes(
        app, catalog, page, require_token, ingest_lock, allow_edit=allow_edit, limit_q=Limit,
        offset_q=Offset,
    )  # fmt: skip

    # -- pages -------------------------------------------------------------------------
    add_page_routes(app, catalog, page, static, facets=Facets, offset_q=Offset, literal_q=LiteralQ)

    return app


def app_from_env() -> FastAPI:
    """The app built from ``DIPLOGRAPH_WEB_*`` variables: what ``serve --workers N`` runs.

    uvicorn starts each worker process from an import string, so the options
    travel in the environment the ``serve`` command set for its children.
    """
    import os

    db = os.environ.get("DIPLOGRAPH_WEB_DB")
    if not db:
        raise UsageError("DIPLOGRAPH_WEB_DB is not set (start the server with `diplograph serve`)")
    origins = [o for o in os.environ.get("DIPLOGRAPH_WEB_CORS", "").split() if o]
    return create_app(
        db,
        allow_ingest=os.environ.get("DIPLOGRAPH_WEB_ALLOW_INGEST") == "1",
        allow_edit=os.environ.get("DIPLOGRAPH_WEB_ALLOW_EDIT") == "1",
        token=os.environ.get("DIPLOGRAPH_TOKEN") or None,
        max_upload_bytes=int(os.environ.get("DIPLOGRAPH_WEB_MAX_UPLOAD", DEFAULT_MAX_UPLOAD)),
        cors_origins=origins,
    )
