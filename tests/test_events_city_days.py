"""A city's days held in another city (vi "Những ngày X tại Y") are a festival of the
twinned cities: a forum event. Our own invented sentences; mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

# (lang, markup, event types found)
CASES: list[tuple[str, str, list[str]]] = [
    (
        "vi",
        "Chương trình “Những ngày [Kazan|region|RU-TA] tại [Hải Phòng|region|VN-HP]” thu hút "
        "nhiều người dân đến xem.",
        ["forum"],
    ),
    # "những ngày qua" (over the past days) is no festival
    (
        "vi",
        "Trong những ngày qua, thời tiết ở [Hải Phòng|region|VN-HP] rất đẹp.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "types"), CASES)
def test_a_citys_days_in_another_city_are_a_forum(
    stage: EventStage, lang: str, markup: str, types: list[str]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published="2025-06-12"))
    assert [e.type for e in doc.events] == types


# A quoted festival name inside a phrase ("trong khuôn khổ “Ngày ...”", in the framework of
# the "Day of ..."): the quotation mark stands between the phrase's words.
QUOTED_CASES: list[tuple[str, str]] = [
    (
        "vi",
        "Trong khuôn khổ “Ngày Thành phố [Hải Phòng|region|VN-HP]”, đoàn [Kazan|region|RU-TA] "
        "đã gặp gỡ doanh nghiệp.",
    ),
    (
        "vi",
        'Trong khuôn khổ "Năm Du lịch [Kazan|region|RU-TA]", đoàn [Hải Phòng|region|VN-HP] đã '
        "gặp gỡ doanh nghiệp.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), QUOTED_CASES)
def test_a_quoted_name_inside_a_phrase_still_matches(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = stage(from_markup(markup, lang=lang, published="2025-06-12"))
    assert "forum" in [e.type for e in doc.events]
