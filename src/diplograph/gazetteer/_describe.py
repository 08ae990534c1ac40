"""What ``diplograph region CODE`` shows: names, type, country, validity, history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._errors import UsageError

if TYPE_CHECKING:
    from ._gazetteer import Gazetteer


def describe_region(gaz: Gazetteer, code: str) -> dict[str, Any]:
    """A JSON-ready description of a region, with its 2025 successor or predecessors."""
    info = gaz.region(code)
    if info is None:
        raise UsageError(f"unknown region code {code!r} (expected ISO 3166-2, e.g. RU-KLU, VN-40)")
    out: dict[str, Any] = {
        "code": info.code,
        "name": info.name,
        "type": info.type,
        "country": info.country,
        "country_name": gaz.country_name(info.country),
        "parent": info.parent,
        "names": {lang: list(forms) for lang, forms in sorted(info.names.items())},
        "valid_from": info.valid_from,
        "valid_to": info.valid_to,
        "capital_of_country": gaz.is_capital(info.code, info.country),
    }
    if info.successor:
        succ = gaz.region(info.successor)
        succ_name = succ.name if succ else info.successor
        out["successor"] = info.successor
        if info.valid_to:
            others = [c for c in (succ.predecessors if succ else ()) if c != info.code]
            out["note"] = f"merged into {succ_name} on {succ.valid_from if succ else ''}" + (
                f" (with {', '.join(others)})" if others else ""
            )
        else:
            out["note"] = f"unchanged in the reorganisation; continues as {succ_name}"
    if info.predecessors:
        out["predecessors"] = list(info.predecessors)
        out["note"] = f"formed on {info.valid_from} from " + ", ".join(
            f"{p} ({r.name})" if (r := gaz.region(p)) is not None else p for p in info.predecessors
        )
    return out
