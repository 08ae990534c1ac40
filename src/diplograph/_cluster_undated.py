"""Reports without a date: which event, if any, each one joins.

Split from ``_clustering`` by job: a report that nothing dates cannot be blocked by a
date window, and matching it by people alone would join every trip an official ever
made, so it follows its own rules: a unique strong match with both sides shared (or the
month or day it names), rivals inside one article contest it, and two articles that
already share an event vouch for the undated reports they both tell. ``_clustering``
applies these candidates after the dated union.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from ._cluster_blocks import _block_tokens
from ._cluster_reports import (
    _MULTI_DAY,
    Report,
    _day_named,
    _month_named,
    _shared_people,
    offices_conflict,
)
from ._cluster_score import (
    _SERIES_SCORE,
    _one_series,
    _same_edition,
    _score,
    _two_sides,
    _year_only,
    named_series,
)
from ._options import Options


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
    is dated to. The years the documents name must agree too, and no one-holder office may
    have another holder in the other document (``offices_conflict``).
    """
    undated = [r for r in reports if r.when is None]
    if not undated:
        return {}
    index: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in reports:
        for token in _block_tokens(r):
            index[(r.type, token)].append(r)
    by_key = {r.key: r for r in reports}
    c_tokens = {r.key: _block_tokens(r) for r in reports}
    search = _Likely(reports, index, options)
    day_acts: dict[str, list[Report]] = defaultdict(list)  # a document's acts placed on a day
    for r in reports:
        if r.date is not None and r.venue is not None:
            day_acts[r.doc_id].append(r)
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
        likely = search.of(r)
        passes: list[tuple[list[str], bool | None]] = [
            (person_tokens, False),
            (all_tokens, False),
            (person_tokens, True),
        ]
        for tokens, by_month in [*passes, (day_tokens, None)]:
            if best and by_month is not None:
                continue  # an earlier pass found them; the day pass adds to any of them
            # Only reports that can reach the score (``_Likely``), and of those the ones
            # this pass's blocks reach (a hub block, over 500 reports, reaches none).
            allowed = {t for t in tokens if len(index.get((r.type, t), ())) <= _HUB}
            for c in likely:
                if c.key in best or not (c_tokens[c.key] & allowed):
                    continue
                score = _score(r, c, options, dated=False)
                if score is None or score < options.cluster_undated_score:
                    continue
                if not _years_agree(r, c) or offices_conflict(r, c):
                    continue
                if _arrived_later(r, c, day_acts.get(c.doc_id, ())):
                    continue
                if by_month is None:
                    tied = _day_named(r, c)
                else:
                    if by_month:
                        tied = _month_named(r, c) and not _day_untold(r, c)
                    else:
                        tied = _two_sides(r, c)
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


def _arrived_later(undated: Report, trip: Report, acts: Sequence[Report]) -> bool:
    """The undated report tells the party's arrival in a place on a day ("24 ноября ...
    прибыла в Ханой", no year), and the trip's document has the party act in that place on
    an earlier day of the trip ("received on 22 November in Hanoi"): an arrival day is the
    trip's first day there, so this trip is not the one that arrived on it.

    Why: a governor's trips to one country in two Novembers both match a report that names
    only the governor, the month and the day; the earlier act in the city arrived at is what
    rules one out. The act must be the same party's (a person, or an acting region other
    than the place, in common), in the same month, inside the trip's dates (or the month
    before its publication). An act on the day of arrival or after it, or in another
    place, or a report that tells no arrival ("visited Hanoi on 24 November": a trip may come
    back to a city), rules nothing out."""
    if undated.arrival is None or undated.month is None or undated.mday is None:
        return False
    if trip.type != "visit":
        return False
    span = trip.span(31)
    if span is None:
        return False
    own = undated.regions - {undated.arrival}
    for act in acts:
        if act.date is None or act.venue != undated.arrival:
            continue
        if not span[0] <= act.date <= span[1] or act.date.month != undated.month:
            continue
        if act.date.day >= undated.mday:
            continue
        if _shared_people(undated.people, act.people) or own & act.regions:
            return True
    return False


# A block of more reports than this is a hub (a capital, a busy official): too many events
# to tell apart, so it reaches no undated report.
_HUB = 500
# Region sets up to this size are indexed by their subsets (2**6 keys at most); wider ones
# are few and always looked at.
_SUBSETS_MAX = 6


def _near_keys(token: str) -> set[str]:
    """Keys two tokens share whenever ``_near`` holds: the token, its 7-letter prefix, and
    each deletion of one letter (one edit apart means one deletion from each side, or the
    shorter one itself, meets)."""
    keys = {"d:" + token}
    if len(token) >= 7:
        keys.add("7:" + token[:7])
    if len(token) >= 5:
        keys.update("d:" + token[:i] + token[i + 1 :] for i in range(len(token)))
    return keys


def _name_keys(name: str) -> tuple[set[str], set[str]]:
    """The keys a name is filed under and the keys it looks up, such that ``same_person``
    implies one shared: last tokens near (L), or a one-token name near the other's first
    token (F for the first token of a longer name, S for the one-token name). Equal names
    share their keys too (``_shared_people`` counts them before ``same_person``)."""
    tokens = name.split()
    if not tokens:  # no token is near anything; an equal name still is one person
        return {"=" + name}, {"=" + name}
    last = {"L" + k for k in _near_keys(tokens[-1])}
    if len(tokens) == 1:
        own = _near_keys(tokens[0])
        return last | {"S" + k for k in own}, last | {"F" + k for k in own}
    first = _near_keys(tokens[0])
    return last | {"F" + k for k in first}, last | {"S" + k for k in first}


def _subsets(regions: frozenset[str]) -> list[frozenset[str]]:
    items = sorted(regions)
    return [
        frozenset(x for i, x in enumerate(items) if mask >> i & 1)
        for mask in range(1, 1 << len(items))
    ]


class _Likely:
    """The reports an undated report can score with at all, found by index, not by reading
    its blocks.

    Why: a block of a region is every event of that region, so reading blocks costs the
    batch size per report in batches of few regions (quadratic up to the hub cap). What
    ``_score`` needs is narrower and exact: one forum series; or, both naming people, a
    person in common (``same_person``, looked up by ``_name_keys``); or, one side naming
    nobody, all the regions of one report among the other's (regions overlap 1.0: below
    it the score cannot reach ``cluster_undated_score`` >= 0.7). Every report that could
    pass is returned (a superset); the caller still scores each, so the candidates are the
    ones reading the blocks gave."""

    def __init__(
        self,
        reports: Sequence[Report],
        index: dict[tuple[str, str], list[Report]],
        options: Options,
    ) -> None:
        self.index = index
        # Below 0.7 an overlap short of 1.0 may pass: then a shared region is what is needed.
        self.whole = options.cluster_undated_score >= 0.7
        self.names: dict[tuple[str, str], list[Report]] = defaultdict(list)
        self.exact: dict[tuple[str, bool, frozenset[str]], list[Report]] = defaultdict(list)
        self.within: dict[tuple[str, bool, frozenset[str]], list[Report]] = defaultdict(list)
        self.wide: dict[tuple[str, bool], list[Report]] = defaultdict(list)
        self.looks: dict[str, set[str]] = {}
        for r in reports:
            looks: set[str] = set()
            for name in r.people:
                filed, looked = _name_keys(name)
                looks |= looked
                for k in filed:
                    self.names[(r.type, k)].append(r)
            self.looks[r.key] = looks
            if not r.regions:
                continue
            for nameless in {False, not r.people}:
                self.exact[(r.type, nameless, r.regions)].append(r)
                if len(r.regions) > _SUBSETS_MAX:
                    self.wide[(r.type, nameless)].append(r)
                    continue
                for sub in _subsets(r.regions):
                    self.within[(r.type, nameless, sub)].append(r)

    def of(self, r: Report) -> list[Report]:
        """The reports ``r`` may score with, each once, in a fixed order."""
        found: dict[str, Report] = {}
        for token in _block_tokens(r):
            if token.startswith("s:"):
                found.update((c.key, c) for c in self.index.get((r.type, token), ()))
        for k in self.looks[r.key]:
            found.update((c.key, c) for c in self.names.get((r.type, k), ()))
        if r.regions:
            # One side naming nobody: ``r`` names nobody (any report), or the other does.
            nameless = bool(r.people)
            if not self.whole or len(r.regions) > _SUBSETS_MAX:
                for x in r.regions:
                    members = self.index.get((r.type, "r:" + x), ())
                    if len(members) <= _HUB:
                        found.update((c.key, c) for c in members if not (nameless and c.people))
            else:
                groups = [self.within.get((r.type, nameless, r.regions), ())]
                groups += [self.exact.get((r.type, nameless, s), ()) for s in _subsets(r.regions)]
                groups.append(self.wide.get((r.type, nameless), ()))
                for group in groups:
                    found.update((c.key, c) for c in group)
        found.pop(r.key, None)
        return [found[k] for k in sorted(found)]


def _day_untold(undated: Report, other: Report) -> bool:
    """One side only and the month: one of the two reports names its day ("on November 27,
    the delegation had a working session with the embassy"), a one-day act, and the other
    tells no day at all (no date, no day of its own). A delegation holds several meetings in
    its month abroad; the day is what tells them apart, so a report that does not tell it is
    not that one. Either way round: both reports are undated ones in turn."""
    if undated.type in _MULTI_DAY:
        return False
    if undated.mday is not None:
        return other.date is None and other.mday is None
    return other.mday is not None and other.date is None


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
    (people, regions, venue, month; or one forum series without two editions) and be the
    only match of each report in the other article; one of the two must still be alone, the
    other may already be another article's event (the conference a third outlet dated); a
    report with a date of its own keeps to the dated rules.
    """
    roots_docs: dict[str, set[str]] = defaultdict(set)
    for k, r in by_key.items():
        roots_docs[find(k)].add(r.doc_id)
    by_doc: dict[str, list[Report]] = defaultdict(list)
    for r in by_key.values():
        by_doc[r.doc_id].append(r)
    # Open: a report still alone in its event.
    alone = {k for k, r in by_key.items() if len(roots_docs[find(k)]) == 1}
    shared: set[tuple[str, str]] = set()
    for members in roots_docs.values():
        if len(members) > _VOUCH_MAX_DOCS:
            continue  # a widely reported event: its articles are not news of one trip
        ordered = sorted(members)
        for i, x in enumerate(ordered):
            for y in ordered[i + 1 :]:
                shared.add((x, y))
    out: list[tuple[float, str, str]] = []
    for x, y in sorted(shared):
        found: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for a in by_doc[x]:
            for b in by_doc[y]:
                if a.type != b.type or find(a.key) == find(b.key):
                    continue
                if a.key not in alone and b.key not in alone:
                    continue
                if _own_date(a) and _own_date(b) and not _same_background_year(a, b):
                    continue
                if _day_untold(a, b):
                    continue  # the day one tells is what sets its one-day act apart
                score = _companion_score(a, b, options)
                if score is not None:
                    found[a.key].append((score, b.key))
                    found[b.key].append((score, a.key))
        for k, cands in found.items():
            if len(cands) == 1 and k < cands[0][1]:
                sc, other = cands[0]
                if len(found[other]) == 1:
                    out.append((-sc, k, other))
    return [(a, b) for _neg, a, b in sorted(out)]


def _companion_score(a: Report, b: Report, options: Options) -> float | None:
    """How two reports of two articles that share an event match: as undated reports do,
    or as one forum series without two editions (a series meets once a year; between two
    articles of the same days, its forum is one, whoever each quotes)."""
    score = _score(a, b, options, dated=False)
    one_series = bool(a.series and a.series == b.series and not named_series(a))
    if score is None and one_series and not (a.edition and b.edition and a.edition != b.edition):
        return _SERIES_SCORE
    return score
