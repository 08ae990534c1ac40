"""HTTP plumbing of the workbench: security headers, fast JSON, RFC 9457 problems.

Why apart from the routes: every response (JSON, pages, errors, static assets)
must carry the same security headers and every error the same problem shape,
whichever module declared the route.
"""

from __future__ import annotations

from typing import Any

import orjson
from fastapi.responses import JSONResponse

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


class SecurityHeaders:
    """Adds the security headers to every response a route did not already set.

    Pure ASGI (headers added to the response-start message) rather than an
    ``@app.middleware("http")`` function: Starlette runs those through
    BaseHTTPMiddleware, which costs a task group and a memory stream per request.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class FastJSONResponse(JSONResponse):
    """JSON encoded by orjson (UTF-8, compact, like Starlette's but several times faster)."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


class ProblemError(Exception):
    """An HTTP error with a problem body (status, title, detail)."""

    def __init__(self, status: int, title: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail


def problem_body(status: int, title: str, detail: str, instance: str) -> dict[str, Any]:
    return {"type": "about:blank", "title": title, "status": status, "detail": detail,
            "instance": instance}  # fmt: skip
