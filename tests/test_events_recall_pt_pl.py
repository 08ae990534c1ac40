"""Trips in Portuguese and Polish, two partial languages that had no verbs of travel (#12,
h12a): a visit told with a verb of visiting, arriving or going, and a travelling party received
at its host's seat, give a visit carrying the regions named. Our own invented sentences (names
and places are made up); mentions are given by markup, publication date 2025-06-12.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"


TRIP_CASES: list[tuple[str, str, str]] = [
    (
        "pt",
        "Uma comitiva do governo de [Yunnan|region|CN-YN] foi recebida ontem na sede do governo "
        "da [Bahia|region|BR-BA] para discutir o comércio de café.",
        "CN-YN",
    ),
    (
        "pt",
        "A delegação da [Bahia|region|BR-BA] visitou [Yunnan|region|CN-YN] na semana passada.",
        "CN-YN",
    ),
    (
        "pt",
        "Os empresários da [Bahia|region|BR-BA] chegaram a [Kunming|region|CN-YN] ontem.",
        "CN-YN",
    ),
    ("pt", "O governador esteve em [Yunnan|region|CN-YN] durante três dias.", "CN-YN"),
    (
        "pl",
        "W maju delegacja [Pomorza|region|PL-22] udała się do [Syczuanu|region|CN-SC] na targi.",
        "CN-SC",
    ),
    ("pl", "Marszałek odwiedził [Syczuan|region|CN-SC] po raz drugi.", "CN-SC"),
    ("pl", "Przedsiębiorcy z Gdańska przybyli do [Chengdu|region|CN-SC] w czwartek.", "CN-SC"),
]


@pytest.mark.parametrize(("lang", "markup", "region"), TRIP_CASES)
def test_portuguese_and_polish_trips_are_visits(
    stage: EventStage, lang: str, markup: str, region: str
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    visits = [e for e in doc.events if e.type == "visit"]
    assert visits, [e.type for e in doc.events]
    trip = visits[0]
    assert region in trip.regions or (trip.place is not None and trip.place.region == region)


# Nouns and plans stay out: a meeting word alone, and a trip told in the future.
NOT_TRIP_CASES: list[tuple[str, str]] = [
    ("pt", "A comitiva vai visitar [Yunnan|region|CN-YN] no próximo ano."),
    ("pl", "Marszałek odwiedzi [Syczuan|region|CN-SC] w przyszłym roku."),
]


@pytest.mark.parametrize(("lang", "markup"), NOT_TRIP_CASES)
def test_planned_trips_are_not_visits(stage: EventStage, lang: str, markup: str) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    assert [e for e in doc.events if e.type == "visit"] == []
