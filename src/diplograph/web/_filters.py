"""Facets and pages of the workbench: validated query parameters and the SQL they become.

Why a module of its own: the HTML pages, the JSON API and the corrections queue
take the same facets and page bounds, and a bad value must be a usage error
(HTTP 400) on every route, never a crash; the WHERE clauses are shared by the
SQLite and PostgreSQL read paths (the fragments that differ come from ``_dialect``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._errors import UsageError
from .._models import EVENT_TYPES, SECTORS
from ._dialect import SQLITE, Dialect

MAX_LIMIT = 100
MAX_OFFSET = 100_000


class NotFound(UsageError):
    """A route asked for a document, event, region or person the store does not hold."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Facets shared by document search and event lists."""

    lang: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    region: str | None = None
    pair: tuple[str, str] | None = None  # two countries (ISO alpha-2) both involved
    sector: str | None = None
    type: str | None = None

    def as_params(self) -> dict[str, str]:
        """The filters as query parameters (for next/previous links)."""
        out = {
            k: v
            for k, v in (
                ("lang", self.lang),
                ("date_from", self.date_from),
                ("date_to", self.date_to),
                ("country", self.country),
                ("region", self.region),
                ("sector", self.sector),
                ("type", self.type),
            )
            if v
        }
        if self.pair:
            out["pair"] = f"{self.pair[0]},{self.pair[1]}"
        return out


def parse_filters(
    *,
    lang: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    country: str | None = None,
    region: str | None = None,
    pair: str | None = None,
    sector: str | None = None,
    type: str | None = None,
) -> Filters:
    """Validate raw query parameters; a bad value is a usage error (HTTP 400), not a crash."""

    def clean(v: str | None) -> str | None:
        v = (v or "").strip()
        return v or None

    def day(v: str | None, name: str) -> str | None:
        v = clean(v)
        if v is None:
            return None
        ok = len(v) in (4, 7, 10) and all(c.isdigit() or c == "-" for c in v)
        if not ok or (len(v) > 4 and v[4] != "-") or (len(v) == 10 and v[7] != "-"):
            raise UsageError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {v!r}")
        return v

    def cc(v: str | None, name: str) -> str | None:
        v = clean(v)
        if v is None:
            return None
        if len(v) != 2 or not v.isalpha():
            raise UsageError(f"{name} must be an ISO 3166-1 alpha-2 code like VN, not {v!r}")
        return v.upper()

    pair_codes: tuple[str, str] | None = None
    if clean(pair):
        parts = [p.strip() for p in (pair or "").replace("-", ",").split(",") if p.strip()]
        if len(parts) != 2:
            raise UsageError(f"pair is two country codes like RU,VN, not {pair!r}")
        a, b = (cc(p, "pair") or "" for p in parts)
        pair_codes = (min(a, b), max(a, b))
    s = clean(sector)
    if s is not None and s not in SECTORS:
        raise UsageError(f"unknown sector {s!r}; choose one of {', '.join(SECTORS)}")
    t = clean(type)
    if t is not None and t not in EVENT_TYPES:
        raise UsageError(f"unknown event type {t!r}; choose one of {', '.join(EVENT_TYPES)}")
    r = clean(region)
    if r is not None:
        r = r.upper()
        if len(r) > 12 or "-" not in r:
            raise UsageError(f"region must be an ISO 3166-2 code like RU-KLU, not {region!r}")
    lg = clean(lang)
    if lg is not None and (len(lg) > 8 or not lg.replace("-", "").isalpha()):
        raise UsageError(f"lang must be a language code like en, not {lang!r}")
    return Filters(
        lang=lg.lower() if lg else None,
        date_from=day(date_from, "date_from"),
        date_to=day(date_to, "date_to"),
        country=cc(country, "country"),
        region=r,
        pair=pair_codes,
        sector=s,
        type=t,
    )


def _upper_bound(day: str) -> str:
    """The last ISO string inside a partial date (``2024-05`` covers ``2024-05-31``)."""
    return day + "\uffff"


def _country_clause(doc_col: str) -> str:
    """SQL true when the document mentions the country or one of its regions."""
    return (
        f"(EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = {doc_col} AND ("
        "(m.kind = 'country' AND m.key = ?) OR (m.kind = 'region' AND m.key >= ? AND m.key < ?)))"
        f" OR EXISTS (SELECT 1 FROM events e WHERE e.doc_id = {doc_col} AND e.place_country = ?)"
        f" OR EXISTS (SELECT 1 FROM event_regions r WHERE r.doc_id = {doc_col}"
        " AND r.region >= ? AND r.region < ?))"
    )


def _country_params(code: str) -> list[Any]:
    return [code, code + "-", code + ".", code, code + "-", code + "."]


def _doc_filter_sql(
    f: Filters, dialect: Dialect = SQLITE, doc_col: str = "d.doc_id"
) -> tuple[list[str], list[Any]]:
    """WHERE clauses (on ``documents d``) for the document facets."""
    where: list[str] = []
    params: list[Any] = []
    if f.lang:
        where.append("d.lang = ?")
        params.append(f.lang)
    if f.date_from:
        where.append("d.published >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("d.published <= ?")
        params.append(_upper_bound(f.date_to))
    for code in (f.country, *(f.pair or ())):
        if code:
            where.append(_country_clause(doc_col))
            params.extend(_country_params(code))
    if f.region:
        where.append(
            f"(EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = {doc_col} AND m.kind = 'region'"
            " AND m.key = ?) OR EXISTS (SELECT 1 FROM event_regions r"
            f" WHERE r.doc_id = {doc_col} AND r.region = ?))"
        )
        params.extend([f.region, f.region])
    if f.type:
        where.append(f"EXISTS (SELECT 1 FROM events e WHERE e.doc_id = {doc_col} AND e.type = ?)")
        params.append(f.type)
    if f.sector:
        where.append(
            f"EXISTS (SELECT 1 FROM events e WHERE e.doc_id = {doc_col}"
            f" AND {dialect.event_has_sector})"
        )
        params.append(f.sector)
    return where, params


def _event_filter_sql(f: Filters, dialect: Dialect = SQLITE) -> tuple[list[str], list[Any]]:
    """WHERE clauses on one report (``events e JOIN documents d``) for the event facets."""
    where: list[str] = []
    params: list[Any] = []
    if f.lang:
        where.append("d.lang = ?")
        params.append(f.lang)
    if f.type:
        where.append("e.type = ?")
        params.append(f.type)
    if f.date_from:
        where.append("coalesce(e.date, d.published) >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("coalesce(e.date, d.published) <= ?")
        params.append(_upper_bound(f.date_to))
    if f.region:
        where.append(
            "(e.place_region = ? OR EXISTS (SELECT 1 FROM event_regions r WHERE"
            " r.doc_id = e.doc_id AND r.local_id = e.local_id AND r.region = ?))"
        )
        params.extend([f.region, f.region])
    for code in (f.country, *(f.pair or ())):
        if code:
            where.append(
                "(e.place_country = ? OR EXISTS (SELECT 1 FROM event_regions r WHERE"
                " r.doc_id = e.doc_id AND r.local_id = e.local_id AND r.region >= ?"
                " AND r.region < ?))"
            )
            params.extend([code, code + "-", code + "."])
    if f.sector:
        where.append(dialect.event_has_sector)
        params.append(f.sector)
    return where, params


def page_info(total: int, limit: int, offset: int) -> dict[str, Any]:
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if offset + limit < total else None,
        "prev_offset": max(0, offset - limit) if offset > 0 else None,
    }


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"limit must be between 1 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise UsageError(f"offset must be between 0 and {MAX_OFFSET}")
