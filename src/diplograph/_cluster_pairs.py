"""An agreement told without its day: the one agreement of its two partners the batch dates.

Split from ``_clustering`` by job. Reports tell an agreement as background ("the two
provinces signed a cooperation agreement for 2021-2025", "last year Bac Giang signed an
agreement with Xaysomboun") far more often than they tell its day, and the people they
attach to it are the speaker's, not the signers'. What still identifies it is its partner
pair: two regions of two countries. Two regions sign few agreements; when the batch dates
exactly one agreement of that pair (a day, or a month), and nothing else in the batch tells
of another one, the undated or year-only report is that agreement, whatever it names.

What keeps two agreements of one pair apart: an article telling two agreements of the pair
(the city's twinning and the councils' agreement), two dated events of the pair the report
could be (the 2023 memorandum and the 2024 one, for a report naming neither year), a year,
a month or a day the report names that the dated event does not fit, and a report
published before the dated signing. A pair no report
dates is left alone: two undated agreements of one pair may be a school's and a city's.
Only two reports naming the same year, and nothing finer, of a pair that nothing else in
the batch tells an agreement of in that year, are taken as one (``year_links``). A month
whose year was counted from the page's date may be one year off (``shifted_links``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence

from ._cluster_reports import Report, _coarse_span, _fits, other_signers
from ._cluster_score import _regions_conflict


def _countries(codes: frozenset[str]) -> set[str]:
    return {code[:2] for code in codes}


def _partners(a: Report, b: Report) -> bool:
    """Do two agreement reports name one partner pair: regions of two countries in common,
    and no region of one country that the other contradicts?"""
    return len(_countries(a.regions & b.regions)) >= 2 and not _regions_conflict(
        a.regions, b.regions
    )


def _pairs(r: Report) -> list[tuple[str, str]]:
    """The report's regions two by two across countries: the keys it is found by."""
    codes = sorted(r.regions)
    return [(x, y) for i, x in enumerate(codes) for y in codes[i + 1 :] if x[:2] != y[:2]]


def _anchor(r: Report) -> bool:
    """A report that dates its agreement: a day, or a month (a year holds many signings)."""
    return r.date is not None or (r.coarse is not None and len(r.coarse) == 7)


def _own_span(r: Report) -> tuple[dt.date, dt.date] | None:
    """The days a report's own date allows (its day, month or year), ignoring publication."""
    if r.date is not None:
        return (r.date, r.date)
    return _coarse_span(r.coarse)


def _fits_report(r: Report, span: tuple[dt.date, dt.date]) -> bool:
    """Can the agreement ``r`` tells have been signed within ``span``: inside its own month
    or year, on the month and day it names, and not after it was reported?"""
    own = _own_span(r)
    if own is not None and (own[1] < span[0] or span[1] < own[0]):
        return False
    if (r.month is not None or r.mday is not None) and not _fits((r.month, r.mday), span):
        return False
    return not (r.published is not None and r.published < span[0])


def pair_links(
    reports: Sequence[Report], find: Callable[[str], str]
) -> list[tuple[str, str, tuple[dt.date, dt.date] | None]]:
    """(report, dated report, the report's own span) for each agreement without its day that
    is the one dated agreement of its partner pair in the batch.

    Decided on the events as they stand (after the dated and undated unions), each report
    on its own, so the order of the reports does not matter."""
    agreements = [r for r in reports if r.type == "agreement" and len(_countries(r.regions)) >= 2]
    members: dict[str, list[Report]] = defaultdict(list)
    for r in agreements:
        members[find(r.key)].append(r)
    by_doc: dict[str, list[Report]] = defaultdict(list)
    by_pair: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in agreements:
        by_doc[r.doc_id].append(r)
        for pair in _pairs(r):
            by_pair[pair].append(r)
    out: list[tuple[str, str, tuple[dt.date, dt.date] | None]] = []
    for r in agreements:
        root = find(r.key)
        if any(m.date is not None for m in members[root]):
            continue  # dated already: the dated rules decided
        own_doc = by_doc[r.doc_id]
        if any(o.key != r.key and find(o.key) != root and _partners(r, o) for o in own_doc):
            continue  # its article tells two agreements of the pair: which one is not told
        near = {o.key: o for pair in _pairs(r) for o in by_pair[pair]}  # not all: linear
        found = [o for o in near.values() if o.doc_id != r.doc_id and _partners(r, o)]
        events: dict[str, list[Report]] = defaultdict(list)
        for o in found:
            events[find(o.key)].append(o)
        events.pop(root, None)
        dated = {k: v for k, v in events.items() if any(_anchor(o) for o in v)}
        spans = {k: _event_span(v) for k, v in dated.items()}
        # The dated agreements it may be: a pair's signing of another year, or one after the
        # report was published, is not the one it tells.
        fitting = [k for k, sp in spans.items() if sp is not None and _fits_report(r, sp)]
        if len(fitting) != 1:
            continue  # none dated, or two dated agreements of the pair it could be
        (target,) = fitting
        if any(other_signers(o, r) for o in events[target]):
            continue  # a school's (or the councils') memorandum is not the city's, nor back
        span = spans[target]
        assert span is not None
        others = {k: v for k, v in events.items() if k == target or k not in dated}
        if any(_rival(k, v, span, by_doc, find, r) for k, v in others.items()):
            continue
        out.append((r.key, min(o.key for o in events[target]), _own_span(r)))
    return sorted(out)


def _event_span(reps: list[Report]) -> tuple[dt.date, dt.date] | None:
    """The days all the dated reports of one event agree on."""
    span: tuple[dt.date, dt.date] | None = None
    for o in reps:
        own = _own_span(o)
        if own is None or (len(o.coarse or "") == 4 and o.date is None):
            continue
        span = own if span is None else (max(span[0], own[0]), min(span[1], own[1]))
    if span is not None and span[0] > span[1]:
        return None
    return span


def _rival(
    key: str,
    reps: list[Report],
    span: tuple[dt.date, dt.date],
    by_doc: dict[str, list[Report]],
    find: Callable[[str], str],
    r: Report,
) -> bool:
    """Does this event of the pair tell of another agreement than the dated one: a date, a
    month or a day of its own that the dated event's days do not fit ("signed on the 3rd"
    beside the signing of January 25), or an article that also tells the pair's other
    agreement (then the pair signed two, and the report could be either)?"""
    for o in reps:
        if not _fits_report(o, span):
            return True
        for twin in by_doc[o.doc_id]:
            if twin.key != o.key and find(twin.key) != key and _partners(r, twin):
                return True
    return False


def _year_only(r: Report) -> bool:
    """A report dating its agreement by a year and nothing finer ("twinned since 2001")."""
    return (
        r.date is None
        and r.coarse is not None
        and len(r.coarse) == 4
        and r.month is None
        and r.mday is None
    )


def _in_year(o: Report, year: str) -> bool:
    """May ``o`` tell an agreement signed in ``year``: its own date, month or year lies in it,
    or, dated by nothing, it was published in it."""
    own = _own_span(o)
    if own is None:
        return o.published is not None and str(o.published.year) == year
    return own[0].year <= int(year) <= own[1].year


def year_links(reports: Sequence[Report], find: Callable[[str], str]) -> list[tuple[str, str]]:
    """(report, report) for agreements of one partner pair that two reports date by the same
    year only, when nothing else in the batch tells an agreement of that pair in that year.

    Two regions rarely sign twice in a year, and a year told without its day is how
    background is told ("linked by an agreement since 1992", "jumelés depuis 2001"): such
    reports of the pair and year are one agreement. They stay apart when the batch tells
    another agreement of the pair in that year (a day or a month in it: the pair-partner
    rule decides against it, or it is ambiguous), when one article tells two agreements of
    the pair in that year, or when a report was published before the year began. Decided
    on the events as they stand, each report on its own, so order does not matter."""
    agreements = [r for r in reports if r.type == "agreement" and len(_countries(r.regions)) >= 2]
    members: dict[str, list[Report]] = defaultdict(list)
    by_pair: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in agreements:
        members[find(r.key)].append(r)
        for pair in _pairs(r):
            by_pair[pair].append(r)

    def loose(root: str) -> bool:  # no member of the event is dated finer than a year
        return all(_year_only(m) for m in members[root])

    out: list[tuple[str, str]] = []
    for r in agreements:
        year = r.coarse or ""
        root = find(r.key)
        if not _year_only(r) or not loose(root):
            continue
        near = {o.key: o for pair in _pairs(r) for o in by_pair[pair]}
        same = [o for o in near.values() if o.key != r.key and _partners(r, o)]
        told = [o for o in same if _in_year(o, year) and find(o.key) != root]
        if any(not _year_only(o) or not loose(find(o.key)) for o in told):
            continue  # another agreement of the pair dated finer within that year
        told_docs = [o.doc_id for o in told] + [r.doc_id]
        if len(told_docs) != len(set(told_docs)):
            continue  # an article tells two agreements of the pair that year
        if any(other_signers(o, r) for o in told):
            continue  # a school's memorandum of that year is not the city's, nor the reverse
        if not told or any(o.published and o.published.year < int(year) for o in [r, *told]):
            continue
        out.append((r.key, min(o.key for o in told)))
    return sorted(out)


def _shifted(span: tuple[dt.date, dt.date], years: int) -> tuple[dt.date, dt.date] | None:
    """The same month (or day) ``years`` later or earlier."""
    try:
        return (
            span[0].replace(year=span[0].year + years),
            span[1].replace(year=span[1].year + years),
        )
    except ValueError:  # February 29
        return None


def shifted_links(
    reports: Sequence[Report], find: Callable[[str], str]
) -> list[tuple[str, str, tuple[dt.date, dt.date]]]:
    """(report, dated report, the dated event's span) for agreements whose month was read
    with a relative year ("前年七月", "last July") that no agreement of the pair in the batch
    fits, when exactly one dated agreement of the pair fits that month one year off.

    Why: such a year is the writer's count from the day of writing, and the page's date it
    is read against may not be that day (a reprint, a crawl's date), or the writer miscounts;
    a text naming the year itself ("in July 2023") is not counted. Two regions rarely sign
    in the same month of two running years; what keeps them apart is the batch telling an
    agreement of the pair in the report's own month (then that is the one: the dated rules
    joined it), two agreements of the pair one year off either way, a day that differs, a
    report of another kind of signer, or an article telling two agreements of the pair.
    Decided on the events as they stand, each report on its own, so order does not matter.
    """
    agreements = [r for r in reports if r.type == "agreement" and len(_countries(r.regions)) >= 2]
    members: dict[str, list[Report]] = defaultdict(list)
    by_doc: dict[str, list[Report]] = defaultdict(list)
    by_pair: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in agreements:
        members[find(r.key)].append(r)
        by_doc[r.doc_id].append(r)
        for pair in _pairs(r):
            by_pair[pair].append(r)
    out: list[tuple[str, str, tuple[dt.date, dt.date]]] = []
    for r in agreements:
        own = _own_span(r)
        if not r.relative_year or own is None or not _anchor(r):
            continue
        root = find(r.key)
        if any(_own_span(m) is not None and not m.relative_year for m in members[root]):
            continue  # a report of its event names the year itself
        if any(
            o.key != r.key and find(o.key) != root and _partners(r, o) for o in by_doc[r.doc_id]
        ):
            continue  # its article tells two agreements of the pair: which one is not told
        near = {o.key: o for pair in _pairs(r) for o in by_pair[pair]}
        events: dict[str, list[Report]] = defaultdict(list)
        for o in near.values():
            if o.doc_id != r.doc_id and _partners(r, o):
                events[find(o.key)].append(o)
        events.pop(root, None)
        dated = {k: v for k, v in events.items() if any(_anchor(o) for o in v)}
        spans = {k: _event_span(v) for k, v in dated.items()}
        if any(sp is not None and _fits_report(r, sp) for sp in spans.values()):
            continue  # an agreement of the pair in its own month: not this rule's to decide
        fitting: list[tuple[str, tuple[dt.date, dt.date]]] = []
        for k, sp in spans.items():
            for years in (-1, 1):
                moved = _shifted(own, years)
                if sp is not None and moved is not None and sp[0] <= moved[1] and moved[0] <= sp[1]:
                    fitting.append((k, sp))
        if len(fitting) != 1:
            continue  # none, or two agreements of the pair one year off
        target, span = fitting[0]
        if r.published is not None and r.published < span[0]:
            continue  # reported before that signing
        if any(other_signers(o, r) for o in events[target]):
            continue
        others = {k: v for k, v in events.items() if k == target or k not in dated}
        if any(_rival(k, v, span, by_doc, find, r) for k, v in others.items()):
            continue
        out.append((r.key, min(o.key for o in events[target]), span))
    return sorted(out)
