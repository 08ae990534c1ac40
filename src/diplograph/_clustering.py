"""Cross-document event identity: the same real-world event gets one ``event_id``.

Why this shape: comparing all pairs of reports is quadratic, so reports are
blocked by what they share (a person's entity id or an acting region, within
one event type) and compared only inside a sliding date window. Candidate
links are scored, sorted, and applied greedily with union-find under one hard
constraint (two events of one document are never the same event). Sorting by
score then by keys makes the result independent of input order. Every link
keeps its reasons so a merge can be explained.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from ._cluster_reports import (
    Report,
    _coarse_span,
    _day,
    _day_named,
    _marks_agree,
    _month_named,
    _months_differ,
    _other_day,
    _other_month,
    _shared_people,
    _slack,
    _venue,
    coarse_of,
    reports_of,
    same_person,
    skeleton,
    years_of,
)
from ._forum_identity import NAMED, ForumNames
from ._models import Document
from ._options import Options
from ._registry import Registry

__all__ = [
    "Clustering",
    "Link",
    "Report",
    "Scored",
    "_coarse_span",
    "_day",
    "_venue",
    "assign_event_ids",
    "blocks",
    "candidate_pairs",
    "cluster",
    "coarse_of",
    "reports_of",
    "same_person",
    "score_pair",
    "scored_pairs",
    "skeleton",
    "years_of",
]


@dataclass(frozen=True, slots=True)
class Link:
    a: str
    b: str
    score: float
    reasons: tuple[str, ...]


@dataclass(slots=True)
class Clustering:
    """The result: report key -> event id, and the links that joined them."""

    ids: dict[str, str] = field(default_factory=dict)
    joins: list[tuple[str, str]] = field(default_factory=list)  # report-key pairs that merged

    def links(self, reports: Sequence[Report], options: Options) -> list[Link]:
        """The merges with their reasons (computed on demand: cheap to keep, costly to build)."""
        by_key = {r.key: r for r in reports}
        out = [score_pair(by_key[a], by_key[b], options) for a, b in self.joins]
        return [link for link in out if link is not None]


def _dates_compatible(a: Report, b: Report, options: Options) -> tuple[bool, str]:
    """Can the two reports be dated on one day? Days must agree (within a few days for a
    trip or a fair), a month or a year must contain the other's date, and a report dated
    only by its publication may appear up to ``cluster_report_lag_days`` after the event."""
    if a.date and b.date:
        gap = abs((a.date - b.date).days)
        return (gap <= _slack(a), f"dates {a.date} = {b.date}")
    if a.loose or b.loose:
        sa = a.span(options.cluster_report_lag_days)
        sb = b.span(options.cluster_report_lag_days)
        if sa is None or sb is None:
            return (False, "no date to compare")
        ok = sa[0] <= sb[1] + timedelta(_slack(a)) and sb[0] <= sa[1] + timedelta(_slack(a))
        return (ok, f"{a.date or a.coarse or a.published} ~ {b.date or b.coarse or b.published}")
    if a.date or b.date:
        dated, other = (a, b) if a.date else (b, a)
        if other.published is None or dated.date is None:
            return (False, "no date to compare")
        gap = (other.published - dated.date).days
        ok = -_slack(a) <= gap <= options.cluster_report_lag_days
        return (ok, f"date {dated.date} vs published {other.published}")
    if a.published and b.published:
        gap = abs((a.published - b.published).days)
        return (
            gap <= options.cluster_date_tolerance_days,
            f"published {a.published} ~ {b.published}",
        )
    return (False, "no dates")


def _year_only(r: Report) -> bool:
    return not r.date and r.coarse is not None and len(r.coarse) == 4


def _shared_person_and_side(a: Report, b: Report) -> bool:
    """A person in common and both sides of the event."""
    return bool(a.people and b.people and _shared_people(a.people, b.people)) and _two_sides(a, b)


def _two_sides(a: Report, b: Report) -> bool:
    """Do two reports share both sides of the event: two people, or acting regions of two
    countries? A governor and his own region are one side: every trip he makes has them."""
    if a.people and b.people and _shared_people(a.people, b.people) >= 2:
        return True
    return len({code[:2] for code in a.regions & b.regions}) >= 2


def _regions_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name regions of one country and none of them agree: two delegations (Hai Phong's
    and Khanh Hoa's in Moscow on the same day), whatever else they share."""
    by_country_a: dict[str, set[str]] = defaultdict(set)
    for code in a:
        by_country_a[code[:2]].add(code)
    for country, codes in by_country_a.items():
        other = {c for c in b if c[:2] == country}
        if other and not other & codes:
            return True
    return False


def named_series(r: Report) -> bool:
    """The series key was read from the forum's own name, not from a series row: an
    ordinal and a name ("the 5th Investment Forum") may be two provinces' forums, so the
    edition joins only reports whose dates agree, and never an undated one by itself."""
    return bool(r.series and r.series.startswith(NAMED))


def _same_edition(a: Report, b: Report) -> bool:
    """Two reports of one edition of a named forum series ("XII Forum of Regions", "the
    12th Forum of Regions of Belarus and Russia")."""
    return bool(a.series and a.edition and a.series == b.series and a.edition == b.edition)


def _other_edition(a: Report, b: Report) -> bool:
    """Two editions of one forum series (the XI and the XII): never one event."""
    return bool(a.series and a.series == b.series and a.edition and b.edition) and (
        a.edition != b.edition
    )


# The score of two reports of one forum edition: an edition is one event, whoever each
# report names (a forum has hundreds of guests; each outlet quotes its own).
_EDITION_SCORE = 1.0
# One series, the edition told by one report only, and dates that agree (or the month an
# undated report names): a series meets once a year, so its month of one year is one forum.
_SERIES_SCORE = 0.9


def _one_series(a: Report, b: Report, options: Options, *, dated: bool) -> bool:
    """Two reports of one forum series without two editions to compare, of one time: both
    dated on days that agree, or one undated naming the month the other is dated to."""
    if not (a.series and a.series == b.series) or _other_edition(a, b) or named_series(a):
        return False
    if dated:
        return _dates_compatible(a, b, options)[0]
    return _month_named(a, b) or _month_named(b, a)


def _score(a: Report, b: Report, options: Options, *, dated: bool = True) -> float | None:
    """How strongly two reports look like one event, or None when they cannot be.

    Kept free of string building: it runs for every candidate pair. ``dated``
    False skips the date check (for undated reports, which need a unique match).
    """
    if a.doc_id == b.doc_id or a.type != b.type:
        return None
    if _other_edition(a, b):
        return None
    if _same_edition(a, b) and (dated or not named_series(a)):
        if dated and not _dates_compatible(a, b, options)[0]:
            return None
        return _EDITION_SCORE
    if _one_series(a, b, options, dated=dated):
        return _SERIES_SCORE
    if not dated and a.venue and b.venue and a.venue != b.venue:
        return None  # undated and told in two different regions: nothing says it is one event
    if not dated and (_other_month(a, b) or _other_month(b, a) or _months_differ(a, b)):
        return None  # "on November 29" cannot be the meeting of September 2
    if not dated and (_other_day(a, b) or _other_day(b, a)):
        return None  # "on the 3rd" cannot be the signing of January 25
    if dated and not _dates_compatible(a, b, options)[0]:
        return None
    if dated and (_year_only(a) or _year_only(b)) and not _shared_person_and_side(a, b):
        return None  # "signed in 2022": a year holds many acts of the same two regions
    people = 0.0
    shared = 0
    if a.people and b.people:
        shared = _shared_people(a.people, b.people)
        if not shared:
            return None  # both name their people and nobody is shared: different meetings
        smaller = min(len(a.people), len(b.people))
        if shared < 2 and shared < smaller:
            return None  # one shared guest, different hosts: two meetings of one trip
        people = shared / smaller
    regions = 0.0
    if a.regions and b.regions:
        shared_r = a.regions & b.regions
        if _regions_conflict(a.regions, b.regions):
            return None  # different acting regions: different delegations
        if not shared_r and shared < 2:
            return None  # nothing but one person ties regions that differ
        # Two people in common and each outlet naming only its own side's region (the guest's
        # province in one, the host prefecture in the other): one meeting; the people decide.
        # Overlap, not Jaccard: one outlet names the guest's region only, another both sides.
        regions = len(shared_r) / min(len(a.regions), len(b.regions))
    if not (people or regions):
        return None  # nothing in common but the type and the time
    exact = 0.2 if a.date and a.date == b.date else 0.1
    # Region-only reports lean on regions.
    both_named = bool(a.people and b.people)
    score = (0.6 * people + 0.3 * regions + exact) if both_named else (0.6 * regions + exact)
    return score if score >= options.cluster_threshold else None


def score_pair(a: Report, b: Report, options: Options) -> Link | None:
    """A scored link between two reports with the reasons for it, or None."""
    undated = a.when is None or b.when is None
    score = _score(a, b, options, dated=not undated)
    if score is None:
        return None
    when = (
        "undated report, the only matching event"
        if undated
        else _dates_compatible(a, b, options)[1]
    )
    reasons = [f"type {a.type}", when]
    if _same_edition(a, b):
        reasons.append(f"one forum edition {a.series} {a.edition}")
    elif a.series and a.series == b.series:
        reasons.append(f"one forum series {a.series} at one time")
    if a.people and b.people:
        names = sorted(x for x in a.people if any(same_person(x, y) for y in b.people))
        reasons.append(f"shared people {names}")
    if a.regions & b.regions:
        reasons.append(f"shared regions {sorted(a.regions & b.regions)}")
    reasons.append(f"score {score:.2f} >= threshold {options.cluster_threshold}")
    return Link(a.key, b.key, round(score, 4), tuple(reasons))


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


def _new_id(members: Iterable[str]) -> str:
    return "ev-" + hashlib.sha1(min(members).encode()).hexdigest()[:12]


def _years_agree(undated: Report, other: Report) -> bool:
    """Two undated reports whose documents both name years must share one (a dated report
    is left to the uniqueness rule: an undated article may name only a plan's years)."""
    if other.when is not None or not undated.years or not other.years:
        return True
    return bool(undated.years & other.years)


def _prefer_placed(
    r: Report, best: dict[str, float], rivals: set[tuple[str, str]], by_key: dict[str, Report]
) -> None:
    """Among one article's acts of the report's type, the one placed where the report is
    placed is the one it tells, when the article's others are placed nowhere.

    Why: an article tells a trip inside a trip ("paid a working visit to Tochigi as part of
    his official visit to Japan"): two visits of one traveller, one to a region, one to a
    whole country (no region). A report of the trip to Tochigi matches both by the traveller
    and the month; the region says which. Only a region-less rival gives way: two acts
    both placed somewhere (two trips of one governor to two provinces) stay contested.
    Changes ``best`` and ``rivals`` in place."""
    if not r.regions:
        return
    by_doc: dict[str, list[str]] = defaultdict(list)
    for k in best:
        by_doc[by_key[k].doc_id].append(k)
    for doc_id, keys in by_doc.items():
        placed = [k for k in keys if by_key[k].regions & r.regions]
        if len(placed) != 1:
            continue
        others = [k for k in keys if k != placed[0]]
        others += [o for d, o in rivals if d == doc_id and o != placed[0] and o not in others]
        if all(not by_key[o].regions for o in others):
            for o in others:
                best.pop(o, None)
                rivals.discard((doc_id, o))


def _undated_candidates(
    reports: Sequence[Report], options: Options
) -> dict[str, list[tuple[float, str]]]:
    """For each report that nothing dates, the reports it matches strongly enough.

    The score must reach ``cluster_undated_score`` and both sides must be shared (two
    people, or regions of two countries): one official and his region, without a date, is
    every trip that official ever made, unless the report names the month the other report
    is dated to. The years the documents name must agree too.
    """
    undated = [r for r in reports if r.when is None]
    if not undated:
        return {}
    index: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in reports:
        for token in _block_tokens(r):
            index[(r.type, token)].append(r)
    by_key = {r.key: r for r in reports}
    contested: set[frozenset[str]] = set()
    out: dict[str, list[tuple[float, str]]] = {}
    for r in undated:
        # Those sharing a person first (the more specific); else those sharing a region;
        # else, one side only, those of the month the report names; else, by a region alone,
        # and besides any of these, those dated on the very day it names (month and day: see
        # ``_day_named``).
        all_tokens = sorted(_block_tokens(r))
        person_tokens = [t for t in all_tokens if t.startswith("p:")]
        day_tokens = all_tokens if r.month is not None and r.mday is not None else []
        best: dict[str, float] = {}
        rivals: set[tuple[str, str]] = set()
        passes: list[tuple[list[str], bool | None]] = [
            (person_tokens, False),
            (all_tokens, False),
            (person_tokens, True),
        ]
        for tokens, by_month in [*passes, (day_tokens, None)]:
            if best and by_month is not None:
                continue  # an earlier pass found them; the day pass adds to any of them
            for token in tokens:
                candidates = index.get((r.type, token), [])
                if len(candidates) > 500:
                    continue  # a hub: too many events to tell apart
                for c in candidates:
                    if c is r or c.key in best:
                        continue
                    score = _score(r, c, options, dated=False)
                    if score is None or score < options.cluster_undated_score:
                        continue
                    if not _years_agree(r, c):
                        continue
                    if by_month is None:
                        tied = _day_named(r, c)
                    else:
                        tied = _month_named(r, c) if by_month else _two_sides(r, c)
                        tied = (
                            tied
                            or (_same_edition(r, c) and not named_series(r))
                            or _one_series(r, c, options, dated=False)
                        )
                    if not tied:
                        if by_month is not None:  # another day is no rival: only not that one
                            rivals.add((c.doc_id, c.key))
                        continue
                    best[c.key] = score
        _prefer_placed(r, best, rivals, by_key)
        # A rival of the same article: it matches too, only on one side. The article tells
        # two acts of that type the report could be (the governor's trip there and the
        # assembly's trip back); which one is not told by how many sides each names.
        # Both ways: the pair is contested for the other report too (an undated pair).
        for k in best:
            if any(d == by_key[k].doc_id and o != k for d, o in rivals):
                contested.add(frozenset((r.key, k)))
        out[r.key] = sorted(((sc, k) for k, sc in best.items()), key=lambda x: (-x[0], x[1]))
    for k, found in out.items():
        out[k] = [(sc, c) for sc, c in found if frozenset((k, c)) not in contested]
    return out


def _own_date(r: Report) -> bool:
    return bool(r.date or r.coarse)


def _same_background_year(a: Report, b: Report) -> bool:
    """Both dated by the same year alone ("the two provinces signed a memorandum in
    1994"): between two articles of the same news, the background act of that year both
    tell is one act, though a year alone holds many acts of two regions elsewhere."""
    return _year_only(a) and a.coarse == b.coarse


# Articles of one event that vouch for each other's other reports: a handful of outlets tell
# the same news (two to five on the real pages); past that, pairs of articles grow
# quadratically and a big event's articles are no longer news of the same days.
_VOUCH_MAX_DOCS = 8


def _companion_pairs(
    by_key: dict[str, Report], find: Callable[[str], str], options: Options
) -> list[tuple[str, str]]:
    """Reports without a date of their own, in two documents that already share an event.

    Two articles that report one meeting are news of the same days: the trip around that
    meeting, told by both without a date, is one trip. What would be every trip an official
    ever made is, between two such articles, the one they both tell. The pair must match
    (people, regions, venue, month) and be the only match of each report in the other
    article, both still alone; a report with a date of its own keeps to the dated rules.
    """
    roots_docs: dict[str, set[str]] = defaultdict(set)
    for k, r in by_key.items():
        roots_docs[find(k)].add(r.doc_id)
    # Open: a report still alone in its event, without a date of its own on at least one side.
    by_doc: dict[str, list[Report]] = defaultdict(list)
    for k, r in by_key.items():
        if len(roots_docs[find(k)]) == 1:
            by_doc[r.doc_id].append(r)
    shared: set[tuple[str, str]] = set()
    for members in roots_docs.values():
        if len(members) > _VOUCH_MAX_DOCS:
            continue  # a widely reported event: its articles are not news of one trip
        ordered = sorted(d for d in members if d in by_doc)
        for i, x in enumerate(ordered):
            for y in ordered[i + 1 :]:
                shared.add((x, y))
    out: list[tuple[float, str, str]] = []
    for x, y in sorted(shared):
        found: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for a in by_doc[x]:
            for b in by_doc[y]:
                if a.type != b.type:
                    continue
                if _own_date(a) and _own_date(b) and not _same_background_year(a, b):
                    continue
                score = _score(a, b, options, dated=False)
                if score is not None:
                    found[a.key].append((score, b.key))
                    found[b.key].append((score, a.key))
        for k, cands in found.items():
            if len(cands) == 1 and k < cands[0][1]:
                sc, other = cands[0]
                if len(found[other]) == 1:
                    out.append((-sc, k, other))
    return [(a, b) for _neg, a, b in sorted(out)]


def cluster(
    reports: Sequence[Report],
    options: Options,
    existing: dict[str, str] | None = None,
    scored: list[Scored] | None = None,
) -> Clustering:
    """Group reports into events; reports in ``existing`` keep their ids.

    Dated reports first (a report dated by a day, a month, a year or its publication):
    candidate links by score, applied greedily as long as every event keeps one document per
    report and a day all its reports can agree on. Then reports that nothing dates join
    only where they are unambiguous: the events they match must not be two dated events,
    nor two events of one document.

    ``scored``: the links of every block, when they were scored elsewhere (in
    parallel); the greedy union below sorts them, so where they came from and in
    which order cannot change the result.
    """
    existing = existing or {}
    lag = options.cluster_report_lag_days
    by_key = {r.key: r for r in reports}
    parent = {k: k for k in by_key}
    docs: dict[str, set[str]] = {k: {r.doc_id} for k, r in by_key.items()}
    olds: dict[str, set[str]] = {k: ({existing[k]} if k in existing else set()) for k in by_key}
    spans: dict[str, tuple[dt.date, dt.date] | None] = {}
    for k, r in by_key.items():
        sp = r.span(lag)
        if sp is not None and r.date:
            sp = (sp[0] - timedelta(_slack(r)), sp[1] + timedelta(_slack(r)))
        spans[k] = sp

    # A forum edition is pinned by its ordinal: the month or day read from its first evidence
    # sentence may be another act's ("approved on July 3 the agreement signed at the XII
    # forum"), so it does not keep the edition's reports apart.
    marks = {
        k: ({(r.month, r.mday)} if (r.month or r.mday) and not r.edition else set())
        for k, r in by_key.items()
    }
    slack = {k: _slack(r) for k, r in by_key.items()}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(ka: str, kb: str, *, undated: bool) -> bool:
        ra, rb = find(ka), find(kb)
        if ra == rb or docs[ra] & docs[rb]:
            return False  # would put two events of one document into one event
        if olds[ra] and olds[rb] and olds[ra] != olds[rb]:
            return False  # never merge two established events silently (analysts do that)
        sa, sb = spans[ra], spans[rb]
        if undated and sa is not None and sb is not None:
            return False  # an undated report never bridges two dated events
        span = sa or sb
        if sa is not None and sb is not None:
            lo, hi = max(sa[0], sb[0]), min(sa[1], sb[1])
            if lo > hi:
                return False  # no day on which all the reports agree
            span = (lo, hi)
        if not _marks_agree(marks[ra], marks[rb], span, slack[ra] or slack[rb]):
            return False  # "on the 3rd" in one report, January 25 or "the 14th" in another
        parent[rb] = ra
        marks[ra] |= marks.pop(rb)
        docs[ra] |= docs.pop(rb)
        olds[ra] |= olds.pop(rb)
        spans[ra] = span
        return True

    if scored is None:
        scored = scored_pairs(blocks(reports).items(), options)
    scored = sorted(scored)
    joined: list[tuple[str, str]] = []
    for _neg, ka, kb in scored:
        if union(ka, kb, undated=False):
            joined.append((ka, kb))
    # Undated reports: decided against the dated clustering, so input order does not matter.
    cands = _undated_candidates(reports, options)
    ambiguous: set[str] = set()
    for k, found in cands.items():
        roots = {find(c) for _, c in found}
        dated = [root for root in roots if spans[root] is not None]
        seen: set[str] = set()
        for root in sorted(roots):
            if len(dated) > 1 or seen & docs[root]:
                ambiguous.add(k)  # two dated events, or two events of one document
                break
            seen |= docs[root]
        ordered = sorted(roots)
        for i, x in enumerate(ordered):
            if any(
                not _marks_agree(marks[x], marks[y], spans[x] or spans[y], slack[x] or slack[y])
                for y in ordered[i + 1 :]
            ):
                ambiguous.add(k)  # "on the 3rd" and January 25: two events it could be
                break
    edges = sorted(
        (-sc, min(k, c), max(k, c))
        for k, found in cands.items()
        if k not in ambiguous
        for sc, c in found
        if c not in ambiguous
    )
    for _neg, ka, kb in edges:
        if union(ka, kb, undated=True):
            joined.append((ka, kb))
    for ka, kb in _companion_pairs(by_key, find, options):
        if union(ka, kb, undated=False):
            joined.append((ka, kb))
    groups: dict[str, list[str]] = defaultdict(list)
    for k in by_key:
        groups[find(k)].append(k)
    result = Clustering(joins=joined)
    for root, members in groups.items():
        old = sorted(olds.get(root, set()))
        eid = old[0] if old else _new_id(members)
        for m in members:
            result.ids[m] = existing.get(m, eid)
    return result


def assign_event_ids(
    docs: Sequence[Document], options: Options, registry: Registry | None = None
) -> Clustering:
    """Set ``event_id`` on every event of ``docs`` (one extract run)."""
    forums = ForumNames(registry or Registry())
    reports = [r for d in docs for r in reports_of(d, forums)]
    result = cluster(reports, options)
    for d in docs:
        for ev in d.events:
            ev.event_id = result.ids[f"{d.doc_id}:{ev.local_id}"]
    return result
