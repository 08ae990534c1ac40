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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from ._models import Document, Event
from ._names import fold_name
from ._options import Options


def _day(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Report:
    """One event as reported by one document: what clustering compares."""

    doc_id: str
    local_id: str
    type: str
    date: dt.date | None
    published: dt.date | None
    people: frozenset[str]
    regions: frozenset[str]
    # A date known only to the month or year ("2024-11", "2017"): the event lies inside it.
    coarse: str | None = None
    # The month or year of publication when its day is unknown (a crawl that keeps "2024-11").
    issued: str | None = None
    # The region the event took place in, when the report says.
    venue: str | None = None
    # The years its document names ("2023"): what an undated report can still be told by.
    years: frozenset[str] = frozenset()
    # The month its own sentence names without a year ("signed on November 29" in an undated
    # article): it cannot be an event dated in another month.
    month: int | None = None

    @property
    def key(self) -> str:
        return f"{self.doc_id}:{self.local_id}"

    @property
    def when(self) -> dt.date | None:
        """The best known day: the event date, else the start of its month or year, else the
        publication date."""
        if self.date:
            return self.date
        if self.coarse or (self.issued and not self.published):
            span = self.span(0)
            return span[0] if span else self.published
        return self.published

    def span(self, lag: int) -> tuple[dt.date, dt.date] | None:
        """The days the event may have happened on: its date, its month or year, else the
        ``lag`` days up to publication; None when nothing dates it."""
        if self.date:
            return (self.date, self.date)
        span = _coarse_span(self.coarse)
        if span:
            return span
        if self.published:
            return (self.published - timedelta(days=lag), self.published)
        span = _coarse_span(self.issued)
        if span:
            return (span[0] - timedelta(days=lag), span[1])
        return None

    @property
    def loose(self) -> bool:
        """Dated by a month or a year only (its own, or its publication's)."""
        return not self.date and bool(self.coarse or (not self.published and self.issued))


def _coarse_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of "YYYY-MM" or "YYYY"."""
    if not value or len(value) not in (4, 7):
        return None
    try:
        year = int(value[:4])
        if len(value) == 4:
            return (dt.date(year, 1, 1), dt.date(year, 12, 31))
        month = int(value[5:7])
        first = dt.date(year, month, 1)
    except ValueError:
        return None
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return (first, nxt - timedelta(days=1))


def coarse_of(value: str | None) -> str | None:
    """The month or year of an event date that gives no day (None for a day or nothing)."""
    return value if value and len(value) in (4, 7) and _coarse_span(value) else None


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


def _near(a: str, b: str) -> bool:
    """Equal, or one edit apart for tokens of five letters or more (Veremeenko/Veremeyenko),
    or the same first seven letters (Aleksander/Aleksandre/Aleksandr)."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 7 and a[:7] == b[:7]:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 1


def same_person(a: str, b: str) -> bool:
    """Two folded names of one person: last names near, and a second token near when both
    have one. Outlets spell transliterated names differently; ids alone would split them."""
    ta, tb = a.split(), b.split()
    if not ta or not tb or not _near(ta[-1], tb[-1]):
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    return any(_near(x, y) for x in ta[:-1] for y in tb[:-1])


def _shared_people(a: frozenset[str], b: frozenset[str]) -> int:
    if len(a) > len(b):
        a, b = b, a
    return sum(1 for x in a if x in b or any(same_person(x, y) for y in b))


def skeleton(name: str) -> str:
    """Blocking key of a folded name: its last token without vowels (kornilov -> krnlv)."""
    last = name.split()[-1] if name.split() else ""
    return "".join(c for c in last if c not in "aeiou") or last


# Events that last several days (a trip, a fair): outlets date them by different days of it.
_MULTI_DAY = frozenset({"visit", "forum"})
_MULTI_DAY_SLACK = 3


def _slack(r: Report) -> int:
    return _MULTI_DAY_SLACK if r.type in _MULTI_DAY else 0


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


def _other_month(undated: Report, other: Report) -> bool:
    """The undated report names a month (without a year) and the other report's own date
    is in another month."""
    if undated.month is None:
        return False
    when = other.date.isoformat() if other.date else other.coarse
    return bool(when and len(when) >= 7 and int(when[5:7]) != undated.month)


def _score(a: Report, b: Report, options: Options, *, dated: bool = True) -> float | None:
    """How strongly two reports look like one event, or None when they cannot be.

    Kept free of string building: it runs for every candidate pair. ``dated``
    False skips the date check (for undated reports, which need a unique match).
    """
    if a.doc_id == b.doc_id or a.type != b.type:
        return None
    if not dated and a.venue and b.venue and a.venue != b.venue:
        return None  # undated and told in two different regions: nothing says it is one event
    if not dated and (_other_month(a, b) or _other_month(b, a)):
        return None  # "on November 29" cannot be the meeting of September 2
    if dated and not _dates_compatible(a, b, options)[0]:
        return None
    if dated and (_year_only(a) or _year_only(b)) and not _shared_person_and_side(a, b):
        return None  # "signed in 2022": a year holds many acts of the same two regions
    people = 0.0
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
        if not shared_r or _regions_conflict(a.regions, b.regions):
            return None  # different acting regions: different delegations
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
    if a.people and b.people:
        names = sorted(x for x in a.people if any(same_person(x, y) for y in b.people))
        reasons.append(f"shared people {names}")
    if a.regions & b.regions:
        reasons.append(f"shared regions {sorted(a.regions & b.regions)}")
    reasons.append(f"score {score:.2f} >= threshold {options.cluster_threshold}")
    return Link(a.key, b.key, round(score, 4), tuple(reasons))


def _block_tokens(r: Report) -> frozenset[str]:
    """People are selective keys (by name skeleton, so spellings meet); regions block too,
    but region blocks only pair a report that names nobody (see ``candidate_pairs``)."""
    return frozenset({"p:" + skeleton(n) for n in r.people} | {"r:" + x for x in r.regions})


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


def _undated_candidates(
    reports: Sequence[Report], options: Options
) -> dict[str, list[tuple[float, str]]]:
    """For each report that nothing dates, the reports it matches strongly enough.

    The score must reach ``cluster_undated_score`` and both sides must be shared (two
    people, or regions of two countries): one official and his region, without a date, is
    every trip that official ever made. The years the documents name must agree too.
    """
    undated = [r for r in reports if r.when is None]
    if not undated:
        return {}
    index: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in reports:
        for token in _block_tokens(r):
            index[(r.type, token)].append(r)
    out: dict[str, list[tuple[float, str]]] = {}
    for r in undated:
        # Those sharing a person first (the more specific); else those sharing a region.
        all_tokens = sorted(_block_tokens(r))
        best: dict[str, float] = {}
        for tokens in ([t for t in all_tokens if t.startswith("p:")], all_tokens):
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
                    if not _two_sides(r, c) or not _years_agree(r, c):
                        continue
                    best[c.key] = score
            if best:
                break
        out[r.key] = sorted(((sc, k) for k, sc in best.items()), key=lambda x: (-x[0], x[1]))
    return out


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
        parent[rb] = ra
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


def _venue(region: str | None) -> frozenset[str]:
    """The venue region joins the acting ones for comparison: reports disagree on whether
    the host city 'acts', never on where the event was."""
    return frozenset({region}) if region else frozenset()


def years_of(doc: Document) -> frozenset[str]:
    """The years a document's date mentions name."""
    return frozenset(m.key[:4] for m in doc.mentions if m.kind == "date" and m.key)


def _month_without_year(doc: Document, ev: Event) -> int | None:
    """The one month that date mentions without a year name in the event's first evidence
    sentence (a report nothing dates: "The agreement was signed on November 29")."""
    if ev.date or not ev.evidence:
        return None
    first = ev.evidence[0]
    named = [
        m
        for m in doc.mentions
        if m.kind == "date" and m.key is None and isinstance(m.attrs.get("month"), int)
    ]
    months = {m.attrs["month"] for m in named if first.start <= m.start < first.end}
    if not months:  # else the one month the whole article names
        months = {m.attrs["month"] for m in named}
    return months.pop() if len(months) == 1 else None


def reports_of(doc: Document) -> list[Report]:
    pub = _day(doc.published)
    issued = coarse_of(doc.published)
    years = years_of(doc)
    return [
        Report(
            doc_id=doc.doc_id,
            local_id=ev.local_id,
            type=ev.type,
            date=_day(ev.date),
            published=pub,
            coarse=coarse_of(ev.date),
            issued=issued,
            venue=ev.place.region,
            years=years,
            people=frozenset(fold_name(p.name) for p in ev.participants if p.name),
            regions=frozenset(ev.regions) | _venue(ev.place.region),
            month=_month_without_year(doc, ev),
        )
        for ev in doc.events
    ]


def assign_event_ids(docs: Sequence[Document], options: Options) -> Clustering:
    """Set ``event_id`` on every event of ``docs`` (one extract run)."""
    reports = [r for d in docs for r in reports_of(d)]
    result = cluster(reports, options)
    for d in docs:
        for ev in d.events:
            ev.event_id = result.ids[f"{d.doc_id}:{ev.local_id}"]
    return result
