"""An arrival day is the trip's first day in the place arrived at (#12, h12a).

Our own sentences and invented names. A report nothing dates but "on 24 November ... the
delegation arrived in Hanoi" fits two trips of the same governor in two Novembers; the trip
whose report has the governor received in Hanoi on 22 November is not the one that arrived
there on the 24th. Near misses: the earlier act in another place, on the day of arrival or
after it, of another party; a report that tells no arrival ("visited Hanoi").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from diplograph import Options
from diplograph._cluster_reports import own_marks
from diplograph._clustering import Report, cluster
from diplograph._forum_identity import ForumNames
from diplograph._models import Event, Evidence, Place
from diplograph._registry import Registry
from tests._event_helpers import build, city, region

FORUMS = ForumNames(Registry())


@pytest.mark.parametrize(
    ("lang", "text", "place", "arrived"),
    [
        ("ru", "25 мая делегация Тверской области прибыла в Дананг.", "Дананг", True),
        ("ru", "Губернатор приехал во Владимир утром 3 июня.", "Владимир", True),
        ("en", "On May 25 the delegation of the province arrived in Da Nang.", "Da Nang", True),
        ("fr", "Le 25 mai, la délégation est arrivée à Da Nang.", "Da Nang", True),
        ("vi", "Ngày 25/5, đoàn công tác của tỉnh đã đến Đà Nẵng.", "Đà Nẵng", True),
        ("de", "Am 25. Mai traf die Delegation in Da Nang ein.", "Da Nang", True),
        ("es", "El 25 de mayo la delegación llegó a Da Nang.", "Da Nang", True),
        ("pt", "Em 25 de maio a delegação chegou a Da Nang.", "Da Nang", True),
        # near misses: a visit, not an arrival; an arrival of no place right after it
        ("ru", "25 мая делегация Тверской области посетила Дананг.", "Дананг", False),
        ("en", "On May 25 the delegation visited Da Nang.", "Da Nang", False),
        ("en", "The delegation arrived on May 25 and met leaders of Da Nang.", "Da Nang", False),
        ("vi", "Ngày 25/5, đoàn đã đến thăm Đà Nẵng.", "Đà Nẵng", False),
        ("fr", "Le 25 mai, la délégation a visité Da Nang.", "Da Nang", False),
    ],
)
def test_arrival_mark(lang: str, text: str, place: str, arrived: bool) -> None:
    doc = build(text, [region(place, "VN-DN")], lang=lang)
    ev = Event(
        type="visit",
        date=None,
        place=Place(),
        participants=[],
        regions=["RU-TVE"],
        sectors=[],
        evidence=[Evidence(0, len(text), text)],
        confidence=0.7,
        local_id="e1",
    )
    assert own_marks(doc, ev, FORUMS)[-1] == ("VN-DN" if arrived else None)


def test_a_city_mention_names_its_region() -> None:
    text = "The delegation arrived in Hue on May 25."
    doc = build(text, [city("Hue", "Hue", "VN-26")])
    ev = Event("visit", None, Place(), [], [], [], [Evidence(0, len(text), text)], 0.7, "e1")
    assert own_marks(doc, ev, FORUMS)[-1] == "VN-26"


def test_only_trips_carry_the_mark() -> None:
    text = "The delegation arrived in Da Nang and signed an agreement."
    doc = build(text, [region("Da Nang", "VN-DN")])
    ev = Event("agreement", None, Place(), [], [], [], [Evidence(0, len(text), text)], 0.7, "e1")
    assert own_marks(doc, ev, FORUMS)[-1] is None


OPT = Options()
GOV = frozenset({"ivan petrov"})
HOME = frozenset({"RU-TVE"})


def rep(doc: str, local: str, kind: str, when: date | None, **kw: object) -> Report:
    base = Report(
        doc_id=doc,
        local_id=local,
        type=kind,
        date=when,
        published=None,
        people=GOV,
        regions=HOME,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


# The trip of 2023: received in Da Nang on 22 May; the trip of 2025: dated by its month.
TRIP_2023 = rep("old", "e1", "visit", None, coarse="2023-05")
MET_2023 = rep("old", "e2", "meeting", date(2023, 5, 22), venue="VN-DN", regions=HOME | {"VN-DN"})
TRIP_2025 = rep("new", "e1", "visit", None, coarse="2025-05")
# Nothing dates it but the day: "on 24 May ... arrived in Da Nang".
ARRIVED = rep("arr", "e1", "visit", None, month=5, mday=24, arrival="VN-DN")


def _same(reports: list[Report], a: Report, b: Report) -> bool:
    ids = cluster(reports, OPT).ids
    return ids[a.key] == ids[b.key]


def test_the_trip_received_there_before_the_arrival_day_is_not_the_one() -> None:
    reports = [TRIP_2023, MET_2023, TRIP_2025, ARRIVED]
    assert _same(reports, ARRIVED, TRIP_2025)
    assert not _same(reports, ARRIVED, TRIP_2023)


@pytest.mark.parametrize(
    "met",
    [
        replace(MET_2023, venue="VN-HN", regions=HOME | {"VN-HN"}),  # another city
        replace(MET_2023, date=date(2023, 5, 24)),  # the day of arrival
        replace(MET_2023, date=date(2023, 5, 26)),  # after it
        replace(MET_2023, people=frozenset({"anna sokolova"}), regions=frozenset({"VN-DN"})),
    ],
)
def test_near_misses_leave_both_trips_possible(met: Report) -> None:
    """Nothing rules either trip out: two dated trips, so the undated report joins neither."""
    reports = [TRIP_2023, met, TRIP_2025, ARRIVED]
    assert not _same(reports, ARRIVED, TRIP_2025)
    assert not _same(reports, ARRIVED, TRIP_2023)


def test_a_visit_that_tells_no_arrival_rules_nothing_out() -> None:
    """ "Visited Da Nang on 24 May": a trip may come back to a city it was in before."""
    visited = replace(ARRIVED, arrival=None, venue="VN-DN")
    reports = [TRIP_2023, MET_2023, TRIP_2025, visited]
    assert not _same(reports, visited, TRIP_2025)
    assert not _same(reports, visited, TRIP_2023)
