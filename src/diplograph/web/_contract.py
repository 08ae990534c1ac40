"""The API's OpenAPI document made exact: what every endpoint can answer, and how.

Why a post-processing step: FastAPI derives the document from the route
signatures, which cannot say that a validation error is a 400 problem object
(FastAPI declares 422), that a lookup answers 404, that exports stream NDJSON,
CSV or GraphML, or that an optional parameter is absent rather than ``null``.
Client generators and API users trust the document, and ``schemathesis run
--checks all`` (tests/test_web_contract.py) holds the server to it, so the
facts are stated here once, next to the patterns the routes validate with.
"""

from __future__ import annotations

from typing import Any

from .._models import EVENT_TYPES, SECTORS

# Query and path patterns. Empty query values mean "any" (HTML forms send empty
# fields), so query patterns accept the empty string; path segments never do.
REGION = r"[A-Za-z]{2}-[A-Za-z0-9-]{1,9}"
PATTERNS = {
    "lang": r"^([A-Za-z][A-Za-z-]{0,7})?$",
    "date": r"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",
    "country": r"^([A-Za-z]{2})?$",
    "region": rf"^({REGION})?$",
    "pair": r"^([A-Za-z]{2}[,-][A-Za-z]{2})?$",
    "region_path": rf"^{REGION}$",
    "sector": "^(" + "|".join(("", *SECTORS)) + ")$",
    "type": "^(" + "|".join(("", *EVENT_TYPES)) + ")$",
}
ENUMS: dict[str, list[str]] = {
    "sector": ["", *SECTORS],
    "type": ["", *EVENT_TYPES],
    "format": [],  # filled per operation from its pattern
}

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "An RFC 9457 problem object.",
    "required": ["type", "title", "status", "detail", "instance"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
    },
}

_REASONS = {
    400: "Invalid parameter (a problem object says which)",
    401: "Missing or wrong `Authorization: Bearer` token",
    403: "The server is read-only (started without the write switch)",
    404: "No such item",
    409: "The correction conflicts with the store's current state",
    413: "The body is larger than the server's upload limit",
    500: "The store could not answer",
    503: "The pipeline is not installed on this server",
}

# Media types of the endpoints that answer something other than JSON.
MEDIA: dict[str, list[str]] = {
    "/api/export/records": ["application/x-ndjson", "text/csv"],
    "/api/export/graph": ["application/graphml+xml", "application/json"],
}
# Status codes beyond the generic ones (400 with parameters, 404 with path
# parameters, 500 always), per (method, path).
EXTRA: dict[tuple[str, str], list[int]] = {
    ("get", "/api/graph"): [404],
    ("post", "/api/documents"): [413, 503],
}


def _problem(code: int) -> dict[str, Any]:
    return {
        "description": _REASONS.get(code, "Error"),
        "content": {
            "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
        },
    }


def _param_schema(param: dict[str, Any]) -> None:
    """``anyOf [X, null]`` -> X (an absent parameter is not the string "null"); the
    closed vocabularies as enums."""
    schema = param.get("schema", {})
    options = schema.get("anyOf")
    if options:
        kept = [o for o in options if o.get("type") != "null"]
        if len(kept) == 1:
            rest = {k: v for k, v in schema.items() if k != "anyOf"}
            schema = {**kept[0], **rest}
    name = param["name"]
    if name in ("sector", "type") and param["in"] == "query":
        schema.pop("pattern", None)
        schema["enum"] = ENUMS[name]
    if name == "format" and "pattern" in schema:
        choices = schema.pop("pattern").strip("^$()").split("|")
        schema["enum"] = choices
    param["schema"] = schema


def exact_openapi(spec: dict[str, Any], max_upload_bytes: int) -> dict[str, Any]:
    """``spec`` (FastAPI's document) with every answer, media type and limit declared."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    schemas["Problem"] = PROBLEM_SCHEMA
    spec["components"]["securitySchemes"] = {
        "bearer": {"type": "http", "scheme": "bearer", "description": "The server's token."}
    }
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = op.get("parameters", [])
            for p in params:
                _param_schema(p)
            responses: dict[str, Any] = op.setdefault("responses", {})
            responses.pop("422", None)
            for status, answer in responses.items():
                if status.startswith("2") and path in MEDIA:
                    answer["content"] = {m: {"schema": {}} for m in MEDIA[path]}
            codes = {500, *EXTRA.get((method, path), [])}
            if params or "requestBody" in op or method == "post":
                codes.add(400)
            if method == "post":  # every write needs the switch and the bearer token
                codes.update((401, 403))
                op["security"] = [{"bearer": []}]
            if any(p["in"] == "path" for p in params):
                codes.add(404)
            for code in sorted(codes):
                responses.setdefault(str(code), _problem(code))
            if method == "post" and path == "/api/documents":
                op["requestBody"] = {
                    "required": True,
                    "description": f"The article itself, at most {max_upload_bytes} bytes.",
                    "content": {
                        media: {"schema": {"type": "string", "maxLength": max_upload_bytes}}
                        for media in ("text/plain", "text/html", "application/x-ndjson")
                    },
                }
    return spec
