"""A presence sentence ("Present at the signing ceremony were X and Y") after an act told as an
earlier occasion ("Previously, the province signed memoranda with A and B") tells of the act the
report is about, not of the earlier one (#12, h12a); right after an act of the report itself it
stays with the act told last. Our own invented sentences (names and places are made up);
mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
HOME = "[Kerinci|region|ID-JA]"
P1 = "[Hebei|region|CN-HE]"
P2 = "[Hunan|region|CN-HN]"
X = "[Wang Lifeng|person|Wang Lifeng|role=Governor]"
Y = "[Budi Santika|person|Budi Santika|role=Governor]"
Z = "[Rudi Hartono|person|Rudi Hartono|role=Governor]"


def people_of_first(stage: EventStage, markup: str, lang: str) -> tuple[set[str], set[str]]:
    """Participants of the first agreement and of every later one."""
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    agreements = [e for e in doc.events if e.type == "agreement"]
    assert len(agreements) >= 2, [e.type for e in doc.events]
    later = {p.name for e in agreements[1:] for p in e.participants}
    return {p.name for p in agreements[0].participants}, later


# (lang, markup): X and Y attend the first (headline) signing
HEADLINE_CASES: list[tuple[str, str]] = [
    (
        "en",
        f"{HOME} signed a sister province agreement with {P1} on June 3. "
        f"Previously {HOME} signed a trade memorandum with {P2}. "
        f"Present at the signing ceremony were Governor {X} and Governor {Y}.",
    ),
    (
        "en",
        f"{HOME} signed a sister province agreement with {P1} on June 3. "
        f"{HOME} had previously signed a trade memorandum with {P2}. "
        f"The signing was attended by Governor {X} and Governor {Y}.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), HEADLINE_CASES)
def test_presence_after_an_earlier_occasion_joins_the_headline(
    stage: EventStage, lang: str, markup: str
) -> None:
    first, later = people_of_first(stage, markup, lang)
    assert {"Wang Lifeng", "Budi Santika"} <= first
    assert not later & {"Wang Lifeng", "Budi Santika"}


# the act told last is one of the report (no earlier-occasion word): it keeps the presence
LATEST_CASES: list[tuple[str, str]] = [
    (
        "en",
        f"{HOME} signed a sister province agreement with {P1} on June 3. "
        f"On June 5 {HOME} signed a trade memorandum with {P2}. "
        f"Present at the signing ceremony were Governor {X} and Governor {Y}.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), LATEST_CASES)
def test_presence_after_an_act_of_the_report_stays_with_it(
    stage: EventStage, lang: str, markup: str
) -> None:
    first, later = people_of_first(stage, markup, lang)
    assert {"Wang Lifeng", "Budi Santika"} <= later
    assert not first & {"Wang Lifeng", "Budi Santika"}


# "seperti penandatanganan sebelumnya" (as at the previous signing) compares with an earlier
# act: no signing of its own; "didampingi oleh" (accompanied by) joins the act told before
ID_CASES: list[tuple[str, str, int]] = [
    (
        "id",
        f"Gubernur {Z} menandatangani nota kesepahaman dengan {P1}. "
        f"Seperti penandatanganan sebelumnya, Gubernur {Y} didampingi oleh {X}.",
        1,
    ),
]


@pytest.mark.parametrize(("lang", "markup", "count"), ID_CASES)
def test_a_comparison_with_an_earlier_signing_is_no_signing(
    stage: EventStage, lang: str, markup: str, count: int
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    agreements = [e for e in doc.events if e.type == "agreement"]
    assert len(agreements) == count
    assert {"Wang Lifeng", "Budi Santika"} <= {p.name for p in agreements[0].participants}
