"""A trip of an earlier year told in the lead of another report ("the two regions have been
partners since 1998 - only last autumn did a delegation led by X, which Y also belonged to,
travel to Z") is an event of its own, and the delegation named after it ("The head of the
delegation is W") belongs to the report's own act, not to that earlier trip (#12, h12d).
Our own invented sentences (names and places are made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2021-04-12"
HOME = "[Thüringen|region|DE-TH]"
GUEST = "[Yunnan|region|CN-YN]"
LORENZ = "[Ministerpräsidentin Eva Lorenz|person|Eva Lorenz|country=DE,region=DE-TH]"
KELLER = "[Landtagspräsident Jonas Keller|person|Jonas Keller|country=DE,region=DE-TH]"
WANG = "[Wang Lei|person|Wang Lei|country=CN,region=CN-YN]"

# (lang, markup, {visit date: its participants})
CASES: list[tuple[str, str, dict[str | None, list[str]]]] = [
    (
        "de",
        f"Eine Delegation aus {GUEST} besucht von heute bis Freitag "
        f"([12. bis 16. April|date|2021-04-12|end=2021-04-16]) {HOME}. Die beiden Länder "
        f"verbindet [seit 1998|date|1998|since=1] eine Partnerschaft – erst [im vergangenen "
        f"Herbst|date|2020] reiste eine von {LORENZ} geleitete Delegation, der auch {KELLER} "
        f"angehörte, nach {GUEST}. Leiter der Delegation aus China ist {WANG}.",
        {"2021-04-12": ["Wang Lei"], "2020": ["Eva Lorenz", "Jonas Keller"]},
    ),
]


@pytest.mark.parametrize(("lang", "markup", "visits"), CASES)
def test_an_earlier_trip_in_the_lead_is_its_own_event(
    stage: EventStage, lang: str, markup: str, visits: dict[str | None, list[str]]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    found = {
        e.date: sorted(p.name for p in e.participants) for e in doc.events if e.type == "visit"
    }
    assert found == visits


# A trip of another year recalled in a report of a dated act ("recalled the visits to Vietnam
# in 2023 by X"): the report's act is no stop of that trip, so its regions (the visiting
# delegation's, the capital it was held in) are not the trip's. (lang, markup, {visit date:
# its regions})
RECALLED_TRIP_CASES: list[tuple[str, str, dict[str | None, list[str]]]] = [
    (
        "en",
        "A delegation from [Ulyanovsk|region|RU-ULY] led by Governor "
        "[Ivan Sokolov|person|Ivan Sokolov|country=RU,region=RU-ULY] visited the Vietnamese "
        "Embassy in [Moscow|region|RU-MOW] on [April 8|date|2024-04-08]. The ambassador "
        "recalled the visits to [Vietnam|country|VN] in [2023|date|2023] by Deputy Prime "
        "Minister [Pavel Orlov|person|Pavel Orlov|country=RU].",
        {"2023": []},
    ),
]


@pytest.mark.parametrize(("lang", "markup", "visits"), RECALLED_TRIP_CASES)
def test_an_act_of_another_date_is_no_stop_of_a_recalled_trip(
    stage: EventStage, lang: str, markup: str, visits: dict[str | None, list[str]]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published="2024-04-09"))
    found = {e.date: sorted(e.regions) for e in doc.events if e.type == "visit"}
    assert found == visits
