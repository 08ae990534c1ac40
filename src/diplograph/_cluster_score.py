"""Scoring two reports: could they be one event, and how strongly?

Split from ``_clustering`` by job: this module holds the pairwise rules (dates that
agree, forum editions and series, shared people and regions, conflicting regions) and
the score they give; ``_cluster_blocks`` chooses which pairs are compared,
``_cluster_undated`` places reports that nothing dates, and ``_clustering`` joins the
scored pairs into events. Kept apart because these are the rules one reads and tunes
when two reports are (or are not) merged, without the union-find around them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from ._cluster_reports import (
    Report,
    _month_named,
    _months_differ,
    _other_day,
    _other_month,
    _shared_people,
    _slack,
    other_signers,
    same_person,
)
from ._forum_identity import NAMED
from ._options import Options


@dataclass(frozen=True, slots=True)
class Link:
    a: str
    b: str
    score: float
    reasons: tuple[str, ...]


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


def _party_venue(a: Report, b: Report) -> bool:
    """Two signings placed in two regions, one of them a party of the other's agreement
    ("the Tver speaker signed", placed in Tver; "signed at the forum in Nizhny Novgorod"):
    an outlet places a signing it does not place in the region it writes from, so that
    venue says nothing against the other's. A trip or talks placed in each side's region
    are two acts (a visit and the return visit), so only agreements."""
    if a.type != "agreement":
        return False
    return bool(a.venue in b.regions or b.venue in a.regions)


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
    if not dated and a.venue and b.venue and a.venue != b.venue and not _party_venue(a, b):
        return None  # undated and told in two different regions: nothing says it is one event
    if not dated and (_other_month(a, b) or _other_month(b, a) or _months_differ(a, b)):
        return None  # "on November 29" cannot be the meeting of September 2
    if not dated and (_other_day(a, b) or _other_day(b, a)):
        return None  # "on the 3rd" cannot be the signing of January 25
    if dated and not _dates_compatible(a, b, options)[0]:
        return None
    if other_signers(a, b) and not (a.date and b.date):
        return None  # a school's (the councils') memorandum and the city's of one pair: two acts
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
