"""A count told as a complement of the act ("was established in 2005 with more than 900
members") is what the act's subject has, not a statistic; and the founding of a unit's
association told by a speaker ("..., the chairman said") is still an act of the relation, not
background. A count that is the subject ("Some 40 associations were established") stays a
statistic. Our own invented sentences (names and places made up); mentions by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2021-04-09"
P = "[Tran Van Minh|person|Tran Van Minh|role=Chairman,country=VN]"
U = "[Ha Giang|region|VN-03]"

# (lang, markup, the (type, date, regions) of the events found)
CASES: list[tuple[str, str, list[tuple[str, str | None, list[str]]]]] = [
    (
        "en",
        f"{P} received Ambassador "
        "[Somsak Van|person|Somsak Van|role=Ambassador,country=LA] on [April 8|date|2021-04-08]. "
        f"For {U}, the highlight is the friendship association's chapter in the province, "
        f"which was established in [2005|date|2005] with [more than 900 members|amount||"
        f"unit=members,value=900] and organises exchanges, {P} said.",
        [("meeting", "2021-04-08", []), ("other", "2005", ["VN-03"])],
    ),
    # no count: the founding recalled by a speaker is still an act of the relation
    (
        "en",
        f"{P} received Ambassador "
        "[Somsak Van|person|Somsak Van|role=Ambassador,country=LA] on [April 8|date|2021-04-08]. "
        f"For {U}, the highlight is the friendship society's chapter in the province, which "
        f"was established in [2005|date|2005], {P} said.",
        [("meeting", "2021-04-08", []), ("other", "2005", ["VN-03"])],
    ),
    # the count is the subject: a tally of the province, no act
    (
        "en",
        f"[Some 40 associations|amount||unit=associations,value=40] were established in {U} "
        f"in [2005|date|2005], {P} said.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "events"), CASES)
def test_a_count_after_with_is_a_complement_not_a_statistic(
    stage: EventStage, lang: str, markup: str, events: list[tuple[str, str | None, list[str]]]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    assert [(e.type, e.date, e.regions) for e in doc.events] == events
