"""Trips told in a headline without an article ("Governor pays working visit to X") or with
two adjectives ("paid an official working visit to X"), and the region a trip sentence says
was visited when the trip is only the circumstance of a reception told in the same sentence
(#12, h12a). Our own invented sentences (names and places are made up); mentions are given by
markup, publication date 2025-06-12.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
GUEST = "[Le Van Tam|person|Le Van Tam|country=VN,region=VN-02]"
HOST = "[Sato Ichiro|person|Sato Ichiro|country=JP,region=JP-10,role=Governor]"


HEADLINE_CASES: list[str] = [
    f"Chairman {GUEST} pays working visit to [Gunma|region|JP-10] prefecture",
    f"Chairman {GUEST} paid an official working visit to [Gunma|region|JP-10] prefecture.",
    f"Chairman {GUEST} makes friendship visit to [Gunma|region|JP-10]",
]


@pytest.mark.parametrize("markup", HEADLINE_CASES)
def test_headline_and_stacked_adjective_visits(stage: EventStage, markup: str) -> None:
    doc = stage(from_markup(markup, lang="en", published=PUB))
    assert [e.type for e in doc.events] == ["visit"]
    assert "JP-10" in doc.events[0].regions


PM = "[Tran Van Minh|person|Tran Van Minh|country=VN,role=Prime Minister]"


def test_trip_told_beside_a_reception_carries_the_region_visited(stage: EventStage) -> None:
    """A national leader's trip (no region of their own): the region visited is the trip's.
    The visit to the whole country it is part of is a second trip, of no region (the real gold
    counts both: test_events_trip_in_trip)."""
    markup = (
        f"Prime Minister {PM} on June 10 paid a working visit to [Gunma|region|JP-10] prefecture, "
        f"where he received its Governor {HOST}, as part of his visit to [Japan|country|JP]."
    )
    doc = stage(from_markup(markup, lang="en", published=PUB))
    trips = [e for e in doc.events if e.type == "visit"]
    assert len(trips) == 2
    assert trips[0].regions == ["JP-10"]
    assert trips[0].place is not None and trips[0].place.region == "JP-10"
    assert trips[1].regions == [] and trips[1].place.region is None


def test_a_regional_delegation_trip_keeps_its_own_region(stage: EventStage) -> None:
    """A traveller from a region: the trip is that region's; the region visited is its place."""
    markup = (
        f"Chairman {GUEST} on June 10 paid a working visit to [Gunma|region|JP-10] prefecture, "
        f"where he received its Governor {HOST}, as part of his visit to [Japan|country|JP]."
    )
    doc = stage(from_markup(markup, lang="en", published=PUB))
    trips = [e for e in doc.events if e.type == "visit"]
    assert len(trips) == 1
    assert trips[0].regions == ["VN-02"]
    assert trips[0].place is not None and trips[0].place.region == "JP-10"
