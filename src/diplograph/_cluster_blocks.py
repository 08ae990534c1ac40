"""Blocking: which pairs of dated reports are compared at all.

Split from ``_clustering`` by job: comparing all pairs of reports is quadratic, so
reports are blocked by what they share (a person's name skeleton, an acting region or a
forum series, within one event type) and compared only inside a sliding date window.
Each block is a pure function of its members, so blocks can be scored as parallel tasks
(``scored_pairs``, used by ``_distributed``); ``_clustering`` unions the scored pairs.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta

from ._cluster_reports import Report, skeleton
from ._cluster_score import _score
from ._options import Options


def _block_tokens(r: Report) -> frozenset[str]:
    """People are selective keys (by name skeleton, so spellings meet); regions block too,
    but region blocks only pair a report that names nobody (see ``candidate_pairs``); a
    forum's series blocks its reports whoever they name."""
    tokens = {"p:" + skeleton(n) for n in r.people} | {"r:" + x for x in r.regions}
    if r.series:
        tokens.add(f"s:{r.series}")
    return frozenset(tokens)


def _reach(r: Report) -> dt.date:
    """The last day a report's date may stand for (the end of its month or year)."""
    span = r.span(0) if r.loose else None
    when = r.when
    assert when is not None
    return span[1] if span else when


def candidate_pairs(reports: Sequence[Report], window: int) -> Iterable[tuple[Report, Report]]:
    """Pairs sharing a blocking key (type + person or region) within ``window`` days.

    Two reports that both name people meet only in person blocks: region blocks
    of a hub region (a capital) would otherwise grow quadratically. A pair
    sharing several keys is produced once, by the block of its smallest shared
    key, so no global set of seen pairs is needed. A report dated only by a month
    or a year reaches to the end of it.
    """
    for token, members in blocks(reports).items():
        yield from block_pairs(token[1], members, window)


def blocks(reports: Sequence[Report]) -> dict[tuple[str, str], list[Report]]:
    """Dated reports by blocking key (event type, person or region token)."""
    out: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in reports:
        if r.when is None:
            continue
        for token in _block_tokens(r):
            out[(r.type, token)].append(r)
    return out


def block_pairs(token: str, members: list[Report], window: int) -> Iterator[tuple[Report, Report]]:
    """The candidate pairs one block is responsible for (a pure function of the block).

    Why separate: blocks are independent, so a cluster can score them as
    parallel tasks (``scored_pairs`` per group of blocks) and the union below
    still gives exactly the ids of one process.
    """
    members = sorted(members, key=lambda r: (r.when, r.key))
    tokens = {r.key: _block_tokens(r) for r in members}
    if token.startswith("r:"):
        pairs = _region_block_pairs(members, window)
    else:
        pairs = _window_pairs(members, window)
    for a, b in pairs:
        shared = tokens[a.key] & tokens[b.key]
        editions = frozenset(t for t in shared if t.startswith("s:"))
        if editions:  # one forum series: its own block answers for the pair
            if token == min(editions):
                yield (a, b)
            continue
        shared -= {t for t in shared if t.startswith("s:")}
        if not shared:
            continue
        if not (a.people and b.people):
            shared = frozenset(t for t in shared if t.startswith("r:")) or shared
        else:
            shared = frozenset(t for t in shared if t.startswith("p:")) or shared
        if token == min(shared):
            yield (a, b)


Scored = tuple[float, str, str]  # (-score, smaller key, larger key): sorts best first


def scored_pairs(
    block_list: Iterable[tuple[tuple[str, str], list[Report]]], options: Options
) -> list[Scored]:
    """Scored candidate links of some blocks (a Dask task in distributed clustering)."""
    window = max(options.cluster_date_tolerance_days, options.cluster_report_lag_days)
    out: list[Scored] = []
    for (_, token), members in block_list:
        for a, b in block_pairs(token, members, window):
            score = _score(a, b, options)
            if score is not None:
                lo, hi = (a.key, b.key) if a.key < b.key else (b.key, a.key)
                out.append((-score, lo, hi))
    return out


def _window_pairs(members: list[Report], window: int) -> Iterator[tuple[Report, Report]]:
    """Every pair of a date-sorted block whose days are at most ``window`` apart."""
    for i, a in enumerate(members):
        reach = _reach(a)
        for b in members[i + 1 :]:
            b_when = b.when
            assert b_when is not None
            if (b_when - reach).days > window:
                break
            yield (a, b)


def _region_block_pairs(members: list[Report], window: int) -> Iterator[tuple[Report, Report]]:
    """Pairs of a region block with at least one report that names nobody.

    Reports naming people already meet in person blocks; walking the whole
    window of a hub region for each of them would cost quadratic time. A member
    dated only by a month or a year is met from the unnamed report's side too.
    """
    days = [m.when for m in members]
    wide = [m for m in members if m.loose]
    for u in members:
        if u.people or u.when is None:
            continue
        lo = bisect_left(days, u.when - timedelta(days=window))  # type: ignore[type-var]
        reach = _reach(u)
        seen: set[str] = set()
        for b in members[lo:]:
            assert b.when is not None
            if (b.when - reach).days > window:
                break
            if b is u or (not b.people and b.key < u.key):
                continue  # unnamed pairs once, from their smaller key
            seen.add(b.key)
            yield (u, b)
        for b in wide:
            if b.key in seen or b is u or (not b.people and b.key < u.key):
                continue
            assert b.when is not None and u.when is not None
            if b.when < u.when and (u.when - _reach(b)).days <= window:
                yield (u, b)
