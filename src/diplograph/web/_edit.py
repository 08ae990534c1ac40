"""Corrections from the browser and the API: routes, request bodies, the audit page.

Why here and not in ``_app``: editing is a separate concern with its own safety
rule (``--allow-edit`` *and* the bearer token, checked by the same function as
uploads) and its own write path (a short writable Store under the server's write
lock; the read side keeps its read-only connections and sees the change through
its cache key, which follows the database and WAL files).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Literal

from fastapi import Body, FastAPI, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from .._corrections import correct, list_corrections, undo
from .._errors import UsageError
from ..store import Store, open_store
from ._catalog import Catalog
from ._filters import NotFound, page_info

Action = Literal[
    "merge",
    "split",
    "set_date",
    "set_type",
    "set_regions",
    "remove_participant",
    "set_participant",
    "mark_wrong",
]


class CorrectionIn(BaseModel):
    """One correction of an event; which fields count depends on ``action``."""

    model_config = ConfigDict(extra="forbid")

    action: Action
    author: str = Field(min_length=1, max_length=80, description="Who corrects (a label).")
    note: str = Field("", max_length=500, description="Why.")
    other: str | None = Field(None, max_length=200, description="merge: the event to join in.")
    reports: list[str] | None = Field(
        None, max_length=100, description="split: DOC_ID:LOCAL_ID of the reports to move out."
    )
    date: str | None = Field(
        None, pattern=r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", description="set_date."
    )
    type: Literal["meeting", "visit", "agreement", "award", "ceremony", "forum", "other"] | None = (
        Field(None, description="set_type.")
    )
    regions: list[str] | None = Field(
        None, max_length=50, description="set_regions: the acting regions (ISO 3166-2)."
    )
    name: str | None = Field(
        None, max_length=200, description="remove_participant / set_participant: who."
    )
    set: dict[str, str | None] | None = Field(
        None, description="set_participant: new name, role, country or region."
    )


BODY = Body(...)


class UndoIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    author: str = Field(min_length=1, max_length=80, description="Who undoes (a label).")


def add_correction_routes(
    app: FastAPI,
    catalog: Catalog,
    page: Callable[..., HTMLResponse],
    require_token: Callable[[Request, bool, str], None],
    lock: threading.Lock,
    *,
    allow_edit: bool,
    limit_q: Any,
    offset_q: Any,
) -> None:
    def write(fn: Callable[[Store], dict[str, Any]]) -> dict[str, Any]:
        with lock, open_store(catalog.db) as store, store.transaction():
            try:
                return fn(store)
            except LookupError as exc:
                raise NotFound(str(exc).strip("'\"")) from None

    @app.post(
        "/api/events/{event_id}/corrections",
        tags=["corrections"],
        summary="Correct an event (needs --allow-edit and a bearer token)",
        description=(
            "Merge another event into this one, split reports out, set the date, type or "
            "acting regions, remove or correct a participant, or mark the event wrong. Stored "
            "as an override with its author and time (listed at `/api/corrections`), applied "
            "to pages, exports, graph and timelines, kept across re-runs and `recluster`."
        ),
        status_code=201,
    )
    async def api_correct(
        request: Request,
        event_id: str = PathParam(max_length=200),
        body: CorrectionIn = BODY,
    ) -> JSONResponse:
        require_token(request, allow_edit, "--allow-edit")
        params = body.model_dump(exclude={"action", "author"})
        done = await run_in_threadpool(
            write, lambda store: correct(store, event_id, body.action, params, body.author)
        )
        return JSONResponse(done, status_code=201)

    @app.post(
        "/api/corrections/{correction_id}/undo",
        tags=["corrections"],
        summary="Undo a correction (itself recorded as a correction)",
        status_code=201,
    )
    async def api_undo(
        request: Request,
        correction_id: int = PathParam(ge=1, le=2**62),
        body: UndoIn = BODY,
    ) -> JSONResponse:
        require_token(request, allow_edit, "--allow-edit")
        done = await run_in_threadpool(write, lambda store: undo(store, correction_id, body.author))
        return JSONResponse(done, status_code=201)

    @app.get(
        "/api/corrections",
        tags=["corrections"],
        summary="The audit trail: every correction, newest first",
    )
    def api_corrections(limit: int = limit_q, offset: int = offset_q) -> JSONResponse:
        return JSONResponse(_page(catalog, limit, offset))

    @app.get("/corrections", response_class=HTMLResponse, include_in_schema=False)
    def corrections_page(request: Request, offset: int = offset_q) -> Any:
        result = _page(catalog, 50, offset)
        return page(request, "corrections.html", result=result, params={})


def _page(catalog: Catalog, limit: int, offset: int) -> dict[str, Any]:
    if not 1 <= limit <= 100 or not 0 <= offset <= 100_000:
        raise UsageError("limit is 1-100 and offset 0-100000")
    items, total = list_corrections(catalog.conn(), limit, offset)
    return {"items": items, **page_info(total, limit, offset)}
