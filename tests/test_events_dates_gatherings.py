"""Dates of gatherings that last several days: days or a week of a place, a forum of regions,
a fair.

Such a gathering told as a whole is dated by its month: the day a sentence gives it is often
the day of another act held at it ("on the 20th, in the framework of the Week, the governor
received the ambassador"), or one borrowed from an act told next to it. The day it opened,
told as its own act ("the Days opened on 10 June"), stays its date, and so does the day of a
one-day gathering (a conference) where a signing took place. Our own invented sentences
(names and numbers are made up); mentions are given by markup, the publication date is
2025-06-12.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph._events import EventStage
from diplograph._models import Document, RawArticle
from tests._event_helpers import from_markup

PUB = "2025-06-12"
GOV = "Pavel Zorin|country=RU,region=RU-TOM"
CHAIR = "Le Van Tam|country=VN,region=VN-02"


def forum_date(stage: EventStage, markup: str, lang: str) -> tuple[str | None, list[str]]:
    doc: Document = stage(from_markup(markup, lang=lang, published=PUB))
    forums = [e for e in doc.events if e.type == "forum"]
    assert forums, [e.type for e in doc.events]
    return forums[0].date, forums[0].rules


# (lang, markup): the gathering of several days is the frame of another act told with a day
FRAME_CASES: list[tuple[str, str]] = [
    (
        "ru",
        f"[4 июня|date|2025-06-04] в рамках Недели Вьетнама в Томске губернатор "
        f"[Павел Зорин|person|{GOV}] провёл встречу с председателем "
        f"[Ле Ван Тамом|person|{CHAIR}].",
    ),
    (
        "vi",
        f"Ngày [4/6|date|2025-06-04], trong khuôn khổ Tuần lễ Văn hóa Việt Nam tại Tomsk, ông "
        f"[Lê Văn Tâm|person|{CHAIR}] đã có cuộc gặp với Thống đốc [Pavel Zorin|person|{GOV}].",
    ),
    (
        "en",
        f"On [June 4|date|2025-06-04], Governor [Pavel Zorin|person|{GOV}] and Chairman "
        f"[Le Van Tam|person|{CHAIR}] signed a memorandum at the Forum of Regions in Tomsk.",
    ),
    (
        "zh",
        f"[6月4日|date|2025-06-04]，[佐林|person|{GOV}]州长在托木斯克越南商品博览会期间会见了"
        f"[黎文心|person|{CHAIR}]主席。",
    ),
    (
        "fr",
        f"Le [4 juin|date|2025-06-04], le gouverneur [Pavel Zorin|person|{GOV}] et "
        f"[Le Van Tam|person|{CHAIR}] ont signé un accord lors du forum des régions à Tomsk.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), FRAME_CASES)
def test_a_gathering_of_several_days_framing_a_dated_act_is_dated_by_its_month(
    stage: EventStage, lang: str, markup: str
) -> None:
    date, rules = forum_date(stage, markup, lang)
    assert date == "2025-06"
    assert "date:gathering-of-several-days-by-its-month" in rules


# (lang, markup, expected day): the day is the gathering's own (its opening), or the
# gathering is one of a day (a conference)
OWN_DAY_CASES: list[tuple[str, str, str]] = [
    (
        "ru",
        f"[4 июня|date|2025-06-04] в Томске открылись Дни Вьетнама. На открытии выступил "
        f"губернатор [Павел Зорин|person|{GOV}].",
        "2025-06-04",
    ),
    (
        "en",
        f"The Days of Vietnam in Tomsk opened on [June 4|date|2025-06-04] with Governor "
        f"[Pavel Zorin|person|{GOV}] attending.",
        "2025-06-04",
    ),
    (
        "en",
        f"On [June 4|date|2025-06-04], Governor [Pavel Zorin|person|{GOV}] and Chairman "
        f"[Le Van Tam|person|{CHAIR}] attended a trade conference in Tomsk and signed a "
        f"memorandum there.",
        "2025-06-04",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "expected"), OWN_DAY_CASES)
def test_the_day_of_a_gathering_told_as_its_own_act_stays(
    stage: EventStage, lang: str, markup: str, expected: str
) -> None:
    date, rules = forum_date(stage, markup, lang)
    assert date == expected
    assert "date:gathering-of-several-days-by-its-month" not in rules


DEPARTED = "date:trip-told-from-its-departure-by-its-month"


def visit_of(pipeline: Any, text: str, lang: str) -> tuple[str | None, list[str]]:
    """The first visit of ``text`` through the whole pipeline (real date reading:
    "Saturday" before a Monday publication is two days before)."""
    doc = pipeline.process(RawArticle(source=f"t-{lang}.txt", content=text, published=PUB2))
    visits = [e for e in doc.events if e.type == "visit"]
    assert visits, [e.type for e in doc.events]
    return visits[0].date, visits[0].rules


PUB2 = "2025-06-16"  # a Monday: "on Saturday" is 2025-06-14

# (lang, text): a trip told from the day it set off is dated by its month
DEPARTURE_CASES: list[tuple[str, str]] = [
    (
        "de",
        "Der Gouverneur des Gebiets Tomsk, Pawel Sorin, ist am Samstag mit einer "
        "Wirtschaftsdelegation nach Vietnam aufgebrochen.",
    ),
    (
        "ru",
        "В субботу губернатор Томской области Павел Зорин отправился во Вьетнам с рабочим "
        "визитом в Ханой.",
    ),
    (
        "vi",
        "Thứ Bảy, Thống đốc tỉnh Tomsk Pavel Zorin đã lên đường sang Việt Nam thăm làm việc "
        "tại Hà Nội.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DEPARTURE_CASES)
def test_a_trip_told_from_its_departure_is_dated_by_its_month(
    pipeline: Any, lang: str, text: str
) -> None:
    date, rules = visit_of(pipeline, text, lang)
    assert date == "2025-06"
    assert DEPARTED in rules


def test_a_visit_told_on_its_day_keeps_the_day(pipeline: Any) -> None:
    date, rules = visit_of(
        pipeline,
        "On Saturday, Tomsk Governor Pavel Zorin visited Hanoi on an official visit.",
        "en",
    )
    assert date == "2025-06-14"
    assert DEPARTED not in rules
