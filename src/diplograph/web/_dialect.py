"""What the workbench's read model asks differently of SQLite and of PostgreSQL.

Why so little: the read model's queries are plain SQL that both backends run
(the PostgreSQL store's connection translates ``?`` placeholders); only JSON
unpacking, string aggregation and full-text search differ. The JSON and
aggregation fragments are here side by side, so a query using them reads the
same for both; search on PostgreSQL is :func:`pg_search`, the counterpart of
:meth:`diplograph._search.Searcher.search` (FTS5), over the same parsed and
expanded query, with the same window-bounded ranking and capped count.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._search import COUNT_CAP, RANK_WINDOW, Searcher


@dataclass(frozen=True, slots=True)
class Dialect:
    """SQL fragments over ``events e`` (and ``documents d``) that differ by backend."""

    name: str
    # True when report ``e`` lists the sector given as the one parameter.
    event_has_sector: str
    # Rows (event_id, name, role, country, region): one per participant of each report.
    participants: str
    # Aggregates in ``GROUP BY e.event_id`` over events e JOIN documents d: the distinct
    # languages joined by commas, the reports' data joined by the record separator (\x1e).
    langs: str
    datas: str


SQLITE = Dialect(
    name="sqlite",
    event_has_sector="EXISTS (SELECT 1 FROM json_each(e.data, '$.sectors') s WHERE s.value = ?)",
    participants=(
        "SELECT e.event_id, json_extract(p.value, '$.name') AS name,"
        " json_extract(p.value, '$.role') AS role,"
        " json_extract(p.value, '$.country') AS country,"
        " json_extract(p.value, '$.region') AS region"
        " FROM events e, json_each(e.data, '$.participants') p"
    ),
    langs="group_concat(DISTINCT d.lang)",
    datas="group_concat(e.data, char(30))",
)

# ``data`` is TEXT in both stores (the same migrations' meaning); PostgreSQL parses it
# as jsonb where a query looks inside. A missing list yields no rows (lax JSON path).
POSTGRES = Dialect(
    name="postgresql",
    event_has_sector="(e.data::jsonb -> 'sectors') @> jsonb_build_array(?::text)",
    participants=(
        "SELECT e.event_id, p ->> 'name' AS name, p ->> 'role' AS role,"
        " p ->> 'country' AS country, p ->> 'region' AS region"
        " FROM events e, jsonb_path_query(e.data::jsonb, '$.participants[*]') AS p"
    ),
    langs="string_agg(DISTINCT d.lang, ',')",
    datas="string_agg(e.data, chr(30) ORDER BY e.doc_id, e.local_id)",
)


def pg_search(
    searcher: Searcher,
    conn: Any,
    query: str,
    *,
    where: list[str],
    params: list[Any],
    limit: int,
    offset: int,
    literal: bool,
) -> dict[str, Any]:
    """One page of hits on a PostgreSQL store, shaped as ``Searcher.search``'s answer.

    The query is parsed and expanded by the same :class:`Searcher` (places across
    languages, people across scripts) and matched as a ``tsquery`` on the folded copy
    (``store._postgres.tsquery``). Ranking is bounded as on SQLite and for the same
    reason (a common word must not rank every match): the newest ``RANK_WINDOW``
    matches are ranked by ``ts_rank_cd``, later pages continue newest first below them,
    and the count stops at ``COUNT_CAP``. ``where`` (on ``documents d``) filters.
    """
    from ..store._postgres import tsquery

    parsed = searcher.parse(conn, query, literal=literal)
    found = tsquery(parsed) if parsed.groups else None
    if found is None:
        return {"ids": [], "total": 0, "exact": True, "order": "relevance", "hits": {},
                "query": parsed}  # fmt: skip
    tsq, args = found
    base = f"FROM documents d WHERE d.fts @@ ({tsq})" + "".join(f" AND {w}" for w in where)
    rows = conn.execute(
        f"SELECT d.id, ts_rank_cd(d.fts, ({tsq})) {base} ORDER BY d.id DESC LIMIT ?",
        [*args, *args, *params, RANK_WINDOW + 1],
    ).fetchall()
    complete = len(rows) <= RANK_WINDOW
    window = rows[:RANK_WINDOW]
    if complete:
        total, exact = len(window), True
    else:
        below = int(
            conn.execute(
                f"SELECT count(*) FROM (SELECT 1 {base} AND d.id < ? LIMIT ?) AS below",
                [*args, *params, window[-1][0], COUNT_CAP + 1 - len(window)],
            ).fetchone()[0]
        )
        total = len(window) + below
        exact = total <= COUNT_CAP
        total = min(total, COUNT_CAP)
    ranked = [r[0] for r in sorted(window, key=lambda r: (-float(r[1]), r[0]))]
    ids = ranked[offset : offset + limit]
    if not complete and len(ids) < limit:
        ids += [
            r[0]
            for r in conn.execute(
                f"SELECT d.id {base} AND d.id < ? ORDER BY d.id DESC LIMIT ? OFFSET ?",
                [*args, *params, window[-1][0], limit - len(ids), max(0, offset - len(window))],
            )
        ]
    return {
        "ids": ids,
        "total": total,
        "exact": exact,
        "order": "relevance" if complete else "relevance_recent",
        "query": parsed,
        "hits": searcher.snippets(conn, parsed, ids),
    }
