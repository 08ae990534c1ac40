"""A delegation's trip told only through its programme abroad ("Trong khuôn khổ các hoạt
động tại Nga", "as part of its activities in Japan") or its session with a country's mission
abroad ("a working session with the Embassy of Vietnam in Russia") is one more visit, made
by the delegation's leader (#12, h12a). Our own invented sentences (names and places are made
up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2024-10-02"


def visits(stage: EventStage, markup: str, lang: str) -> list[tuple[str | None, list[str]]]:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    return [
        (e.place.country if e.place else None, [p.name for p in e.participants])
        for e in doc.events
        if e.type == "visit"
    ]


LEAD = "[Hoang Van Son|person|Hoang Van Son|country=VN,region=VN-02,role=Chairman]"

# (lang, markup, the visits found: country visited and travellers)
CASES: list[tuple[str, str, list[tuple[str | None, list[str]]]]] = [
    (
        "vi",
        "Trong khuôn khổ các hoạt động tại [Nhật Bản|country|JP], ngày 12/9, đoàn đại biểu "
        f"tỉnh [Lào Cai|region|VN-02] do {LEAD} dẫn đầu đã có buổi hội đàm với lãnh đạo tỉnh "
        "[Gunma|region|JP-10].",
        [("JP", ["Hoang Van Son"])],
    ),
    (
        "en",
        "As part of its activities in [Japan|country|JP], on September 12 a delegation of "
        f"[Lao Cai|region|VN-02] led by {LEAD} held talks with the leaders of "
        "[Gunma|region|JP-10].",
        [("JP", ["Hoang Van Son"])],
    ),
    (
        "fr",
        "Dans le cadre de ses activités au [Japon|country|JP], le 12 septembre, la délégation "
        f"de [Lao Cai|region|VN-02] conduite par {LEAD} a eu des entretiens avec les "
        "dirigeants de [Gunma|region|JP-10].",
        [("JP", ["Hoang Van Son"])],
    ),
    (
        "en",
        f"On September 12, a delegation of [Lao Cai|region|VN-02] led by {LEAD} had a "
        "working session with the Embassy of [Vietnam|country|VN] in [Japan|country|JP].",
        [("JP", ["Hoang Van Son"])],
    ),
    # activities at home, told with no place abroad: no trip
    (
        "en",
        f"As part of its activities, on September 12 the council of [Lao Cai|region|VN-02] "
        f"led by {LEAD} held talks with the leaders of [Gunma|region|JP-10].",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "found"), CASES)
def test_a_programme_abroad_tells_the_trip(
    stage: EventStage, lang: str, markup: str, found: list[tuple[str | None, list[str]]]
) -> None:
    assert visits(stage, markup, lang) == found
