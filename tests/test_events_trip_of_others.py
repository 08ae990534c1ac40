"""A trip told as a circumstance in a sentence that tells no act of the report, made by persons
no act of the report has ("он отметил, что в ходе визита китайского лидера в РФ в марте
лидеры договорились ..."), is another trip than the report's: a visit of its own, by the
visitor (the lower-case country adjective after the visit noun is the visitor's nationality,
the place visited is the one after it). A circumstance sentence about the report's own
traveller adds no trip. Our own invented sentences (names made up); mentions by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2023-06-01"
GOV = "[Ивана Петрова|person|Ivan Petrov|role=Governor,country=RU,region=RU-AMU]"
GUEST = "[Ли Мином|person|Li Min|role=Vice Governor,country=CN,region=CN-HL]"
# the report's trip: one party at two stops in two cities
LEAD = (
    f"Губернатор {GOV} провёл переговоры с вице-губернатором {GUEST} в "
    "[Благовещенске|city|Blagoveshchensk|region=RU-AMU]. На следующий день "
    "[Ли Мин|person|Li Min|role=Vice Governor,country=CN,region=CN-HL] провёл встречу в "
    "[Хабаровске|city|Khabarovsk|region=RU-KHA]. "
)

# (lang, markup, the visits found as their participants)
CASES: list[tuple[str, str, list[list[str]]]] = [
    (
        "ru",
        LEAD + "Он также отметил, что в соответствии с договорённостями, достигнутыми в ходе "
        "визита [китайского|country|CN] лидера [Ван Го|person|Wang Guo|role=President,"
        "country=CN] в [РФ|country|RU] в марте, провинция готова развивать сотрудничество.",
        [["Li Min"], ["Wang Guo"]],
    ),
    # the report's own guest, named again: his one trip, no second
    (
        "ru",
        LEAD + "В ходе визита в [РФ|country|RU] вице-губернатор "
        "[Ли Мин|person|Li Min|role=Vice Governor,country=CN] отметил, что сотрудничество "
        "развивается.",
        [["Li Min"]],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "visits"), CASES)
def test_a_trip_of_others_told_as_a_circumstance_is_a_visit_of_its_own(
    stage: EventStage, lang: str, markup: str, visits: list[list[str]]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    found = [[p.name for p in e.participants] for e in doc.events if e.type == "visit"]
    assert found == visits
