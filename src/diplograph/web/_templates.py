"""Templates and static assets of the workbench, and the filters that keep them safe.

Why here: every page renders article text written by others, so the
environment autoescapes everything, only http(s) URLs become links, and hit
highlighting escapes each piece; static assets are a table read once from the
package, so no route opens a file by a path taken from a request.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from .. import __version__
from .._models import EVENT_TYPES, SECTORS

STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}


def load_static() -> dict[str, tuple[bytes, str]]:
    """name -> (bytes, media type), read once from the package."""
    out: dict[str, tuple[bytes, str]] = {}
    folder = resources.files("diplograph") / "web" / "static"
    for item in folder.iterdir():
        suffix = Path(item.name).suffix
        if item.is_file() and suffix in STATIC_TYPES:
            out[item.name] = (item.read_bytes(), STATIC_TYPES[suffix])
    return out


def safe_url(value: str | None) -> str | None:
    """Only http(s) URLs become links (no javascript:, data: or relative tricks)."""
    if not value:
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme in ("http", "https") and parts.netloc else None


_URL_SAFE = re.compile(r"[A-Za-z0-9_.~-]*")


def url_part(value: object) -> str:
    """``value`` percent-encoded for one path segment or query value.

    Ids are nearly always plain letters, digits and dashes; returning those as they
    are skips ``quote``, which was a tenth of the search page's rendering time.
    """
    text = str(value)
    return text if _URL_SAFE.fullmatch(text) else quote(text, safe="")


def mark_hits(text: str, spans: Sequence[Sequence[int]]) -> Markup:
    """Snippet text with its hit spans in ``<mark>``, every piece escaped.

    A filter instead of a template macro: macro calls were a fifth of the search
    page's rendering time.
    """
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="hit">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return Markup("".join(out))


def environment() -> Environment:
    folder = Path(str(resources.files("diplograph") / "web" / "templates"))
    env = Environment(
        loader=FileSystemLoader(str(folder)),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates ship with the package: no stat() per render
    )
    env.filters["q"] = url_part
    env.filters["safe_url"] = safe_url
    env.filters["mark_hits"] = mark_hits
    env.globals["event_types"] = EVENT_TYPES
    env.globals["sectors"] = SECTORS
    env.globals["version"] = __version__
    return env
