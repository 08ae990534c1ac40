"""A call at the host's government office ("県庁を訪れ", "市役所を訪問し") is a meeting with its
head, as "visited the embassy" is in English (#12, h12a); a visit to the prefecture itself
stays a trip. A guest from abroad calling at a named unit's office also made the trip there
(h12c; tests/test_events_call_trip.py). Our own invented sentences (names and places are
made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2024-04-27"
MAYOR = "[王大明|person|Wang Daming|country=TW,region=TW-TPE,role=市長]"
GOV = "[田中一郎|person|Tanaka Ichiro|country=JP,region=JP-35,role=知事]"


def types(stage: EventStage, markup: str) -> list[str]:
    doc = stage(from_markup(markup, lang="ja", published=PUB))
    return sorted(e.type for e in doc.events)


# (markup, the types of the events found)
CASES: list[tuple[str, list[str]]] = [
    (
        f"[台北市|city|Taipei|region=TW-TPE]の{MAYOR}市長らが26日、[山口|region|JP-35]県庁を訪れ、"
        f"観光の分野で交流を深めることを{GOV}知事と確認しました。",
        ["meeting", "visit"],
    ),
    (
        f"[台北市|city|Taipei|region=TW-TPE]の{MAYOR}市長が26日、[山口|region|JP-35]市役所を"
        f"訪問し、{GOV}市長と懇談しました。",
        ["meeting", "visit"],
    ),
    # the prefecture itself: a trip
    (
        f"[台北市|city|Taipei|region=TW-TPE]の{MAYOR}市長が26日、[山口県|region|JP-35]を訪れ、"
        "観光施設を視察しました。",
        ["visit"],
    ),
]


@pytest.mark.parametrize(("markup", "found"), CASES)
def test_a_call_at_the_government_office_is_a_meeting(
    stage: EventStage, markup: str, found: list[str]
) -> None:
    assert types(stage, markup) == found
