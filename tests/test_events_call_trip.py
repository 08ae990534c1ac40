"""A courtesy call at a unit's government office (#12, h12c). Japanese "山口県庁を訪れ" is a
meeting with the unit's head and, made by a guest from abroad, the guest's trip to that unit
(triggers.yaml ``call_trip``); the unit the office belongs to is where the talks took place
(Chinese "拜會台南市政府", ``call_venue``), and an act told with a trip to one region as its
circumstance took place in that region. Our own invented sentences (names and places are
made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from diplograph._models import Document
from tests._event_helpers import from_markup

PUB = "2024-04-27"
TW_MAYOR = "[王大明|person|Wang Daming|country=TW,region=TW-TPE,role=市長]"
JP_MAYOR = "[佐藤次郎|person|Sato Jiro|country=JP,region=JP-35,role=市長]"
GOV = "[田中一郎|person|Tanaka Ichiro|country=JP,region=JP-35,role=知事]"
TAIPEI = "[台北市|city|Taipei|region=TW-TPE]"


def run(stage: EventStage, markup: str, lang: str = "ja") -> Document:
    return stage(from_markup(markup, lang=lang, published=PUB))


# (markup, the travellers of the trip the call tells, or None: no trip)
CALL_TRIPS: list[tuple[str, list[str] | None]] = [
    # a guest from abroad at the named prefecture's office: the guest travelled, not the host
    (
        f"{TAIPEI}の{TW_MAYOR}市長らが26日、[山口県|region|JP-35]庁を訪れ、"
        f"観光で交流を深めることを{GOV}知事と確認しました。",
        ["Wang Daming"],
    ),
    (
        f"{TAIPEI}の{TW_MAYOR}市長が26日、[下関|city|Shimonoseki|region=JP-35]市役所を訪問し、"
        f"{GOV}知事と懇談しました。",
        ["Wang Daming"],
    ),
    # a caller of the host's own country: no trip abroad told
    (
        f"[山口県|region|JP-35]の{JP_MAYOR}市長らが26日、[山口県|region|JP-35]庁を訪れ、"
        f"観光で交流を深めることを{GOV}知事と確認しました。",
        None,
    ),
    # the office's unit not named ("県庁を訪問し"): whose country was visited is not told
    (
        f"{TAIPEI}の{TW_MAYOR}市長らが26日、県庁を訪問し、{GOV}知事と会談しました。",
        None,
    ),
]


@pytest.mark.parametrize(("markup", "travellers"), CALL_TRIPS)
def test_a_call_at_a_named_office_by_a_guest_from_abroad_is_also_a_trip(
    stage: EventStage, markup: str, travellers: list[str] | None
) -> None:
    doc = run(stage, markup)
    assert [e.type for e in doc.events if e.type == "meeting"] == ["meeting"]
    trips = [e for e in doc.events if e.type == "visit"]
    if travellers is None:
        assert trips == []
    else:
        assert [sorted(p.name for p in t.participants) for t in trips] == [travellers]


# (lang, markup, the region where the meeting took place)
VENUES: list[tuple[str, str, str]] = [
    # ja: the office's unit is the venue, not the guest's home named first
    (
        "ja",
        f"{TAIPEI}の{TW_MAYOR}市長らが26日、[山口県|region|JP-35]庁を訪れ、{GOV}知事と会談しました。",
        "JP-35",
    ),
    # zh: the unit right after the call verb
    (
        "zh",
        f"[山口县|region|JP-35]议会的{GOV}率团拜会[台北市|region|TW-TPE]政府，{TW_MAYOR}市长接待。",
        "TW-TPE",
    ),
    (
        "zh",
        f"[山口縣|region|JP-35]議會的{GOV}率團拜會[台北市|region|TW-TPE]政府，{TW_MAYOR}市長接待。",
        "TW-TPE",
    ),
    # an act told with the trip to one region as its circumstance took place there, also
    # when the page tells a trip the other way (two countries visited in the page)
    (
        "ja",
        f"{TAIPEI}の{TW_MAYOR}市長は4月26日、[山口県|region|JP-35]を訪問し、{GOV}知事と懇談しました。\n"
        "[山口県|region|JP-35]議会は2月に[台北|region|TW-TPE]を訪問しています。",
        "JP-35",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "region"), VENUES)
def test_the_unit_called_at_or_visited_is_the_venue_of_the_talks(
    stage: EventStage, lang: str, markup: str, region: str
) -> None:
    doc = run(stage, markup, lang)
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert [e.place.region for e in meetings] == [region]
