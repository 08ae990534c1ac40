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
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from ._cluster_blocks import Scored, blocks, candidate_pairs, scored_pairs
from ._cluster_pairs import pair_links, shifted_links, year_links
from ._cluster_reports import (
    Report,
    _coarse_span,
    _day,
    _marks_agree,
    _shared_people,
    _slack,
    _venue,
    coarse_of,
    reports_of,
    same_person,
    skeleton,
    years_of,
)
from ._cluster_score import Link, score_pair
from ._cluster_undated import _companion_pairs, _undated_candidates
from ._forum_identity import ForumNames
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


@dataclass(slots=True)
class Clustering:
    """The result: report key -> event id, and the links that joined them."""

    ids: dict[str, str] = field(default_factory=dict)
    joins: list[tuple[str, str]] = field(default_factory=list)  # report-key pairs that merged
    # Joins decided on the whole batch, not by the pair's score: their reasons.
    told: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def links(self, reports: Sequence[Report], options: Options) -> list[Link]:
        """The merges with their reasons (computed on demand: cheap to keep, costly to build)."""
        by_key = {r.key: r for r in reports}
        out: list[Link | None] = []
        for a, b in self.joins:
            if (a, b) in self.told:
                out.append(Link(a, b, options.cluster_undated_score, self.told[(a, b)]))
            else:
                out.append(score_pair(by_key[a], by_key[b], options))
        return [link for link in out if link is not None]


def _new_id(members: Iterable[str]) -> str:
    return "ev-" + hashlib.sha1(min(members).encode()).hexdigest()[:12]


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
    strengths = _strengths(cands, by_key, find)  # one table for both questions
    ambiguous |= _twins(strengths)
    weaker = _outmatched(strengths)
    edges = sorted(
        (-sc, min(k, c), max(k, c))
        for k, found in cands.items()
        if k not in ambiguous
        for sc, c in found
        if c not in ambiguous and (k, find(c)) not in weaker
    )
    for _neg, ka, kb in edges:
        if union(ka, kb, undated=True):
            joined.append((ka, kb))
    told: dict[tuple[str, str], tuple[str, ...]] = {}
    for ka, kb, own in pair_links(reports, find):
        root = find(ka)
        kept = spans[root]
        spans[root] = own  # a background signing: its publication does not date it
        if union(ka, kb, undated=False):
            joined.append((ka, kb))
            pair = sorted(by_key[ka].regions & by_key[kb].regions)
            told[(ka, kb)] = ("type agreement", f"the one dated agreement of {pair} in the batch")
        elif find(ka) == root:
            spans[root] = kept
    for ka, kb in year_links(reports, find):
        if union(ka, kb, undated=False):
            joined.append((ka, kb))
            pair = sorted(by_key[ka].regions & by_key[kb].regions)
            year = by_key[ka].coarse
            told[(ka, kb)] = ("type agreement", f"the one agreement of {pair} told in {year}")
    for ka, kb, moved in shifted_links(reports, find):
        root = find(ka)
        kept = spans[root]
        spans[root] = moved  # its year was the writer's count: the other event's days stand
        if union(ka, kb, undated=False):
            joined.append((ka, kb))
            pair = sorted(by_key[ka].regions & by_key[kb].regions)
            told[(ka, kb)] = (
                "type agreement",
                f"the one agreement of {pair} a year off a month told with a relative year",
            )
        elif find(ka) == root:
            spans[root] = kept
    for ka, kb in _companion_pairs(by_key, find, options):
        if union(ka, kb, undated=False):
            joined.append((ka, kb))
    groups: dict[str, list[str]] = defaultdict(list)
    for k in by_key:
        groups[find(k)].append(k)
    result = Clustering(joins=joined, told=told)
    for root, members in groups.items():
        old = sorted(olds.get(root, set()))
        eid = old[0] if old else _new_id(members)
        for m in members:
            result.ids[m] = existing.get(m, eid)
    return result


# (document, event) -> {undated report of that document: how well it matches the event}
_Strengths = dict[tuple[str, str], dict[str, tuple[float, int, int, int, int]]]


def _strengths(
    cands: dict[str, list[tuple[float, str]]],
    by_key: dict[str, Report],
    find: Callable[[str], str],
) -> _Strengths:
    """For each (document, event) the undated reports of that document matching the event,
    with how well each does (see ``_twins``)."""
    picks: _Strengths = defaultdict(dict)
    for k, found in cands.items():
        r = by_key[k]
        for sc, c in found:
            o = by_key[c]
            people = _shared_people(r.people, o.people)
            regions = len(r.regions & o.regions)
            extra = (people - len(r.people), regions - len(r.regions))
            strength = (sc, people, regions, *extra)
            best = picks[(r.doc_id, find(c))]
            best[k] = max(strength, best.get(k, strength))
    return picks


def _outmatched(strengths: _Strengths) -> set[tuple[str, str]]:
    """(report, event) where another undated report of the same document matches that event
    better: of the trip and the arrival in the capital told by one sentence, the trip (no
    place the other reports do not name) is the one; the other must not take the event by
    the order of the keys."""
    out: set[tuple[str, str]] = set()
    for (_doc, root), best in strengths.items():
        top = max(best.values())
        out.update((k, root) for k, sc in best.items() if sc < top)
    return out


def _twins(strengths: _Strengths) -> set[str]:
    """Undated reports of one document that match one event equally well: the article tells
    two acts of that type (a memorandum with the ministry, another with the province's
    enterprises) and either could be the one the other articles report; which one is not
    told. One matching better (a higher score, else more people and regions in common: both
    sides' officials named, not one; else fewer people and regions the other does not name:
    the talks with the host, not the call on a minister the other report never mentions) is
    the one."""
    out: set[str] = set()
    for best in strengths.values():
        top = max(best.values())
        tied = [k for k, sc in best.items() if sc == top]
        if len(tied) > 1:
            out.update(tied)
    return out


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
