"""Events in Japanese, Chinese and Korean: phrasing facts of these languages that the
shared event stage reads from their data files. Our own invented sentences (names, places and
numbers are made up); mentions are given by markup, the publication date is 2025-06-12.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from diplograph._models import Document
from diplograph._resources import Resources
from tests._event_helpers import from_markup

PUB = "2025-06-12"


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage(Resources())


def run(stage: EventStage, markup: str, lang: str) -> Document:
    return stage(from_markup(markup, lang=lang, published=PUB))


# Persons of the tables: a Japanese governor and a Korean vice mayor travelling, a Vietnamese
# chairman hosting.
JP_GOV = "Ichiro Yamada|country=JP,region=JP-09"
KR_VM = "Kim Min-su|country=KR,region=KR-29"
VN_CHAIR = "Nguyen Van An|country=VN,region=VN-HN"

# Verb-final languages name the place visited right before the visit verb ("ベトナムを訪問中の
# 日本の知事", "베트남을 방문 중인"): the trip told as the circumstance of a reception is the
# guest's, to that place; the host of the visited country is not a traveller. (lang, markup,
# the trip's travellers, the trip's country)
VERB_FINAL_TRIP_CASES: list[tuple[str, str, list[str], str]] = [
    (
        "ja",
        f"[ハノイ|region|VN-HN]で[グエン・ヴァン・アン|person|{VN_CHAIR}]委員長は、"
        f"[ベトナム|country|VN]を訪問中の[日本|country|JP]の[山田一郎|person|{JP_GOV}]知事と"
        "会見した。",
        ["Ichiro Yamada"],
        "VN",
    ),
    (
        "ja",
        f"[ベトナム|country|VN]を訪問している[日本|country|JP]の[山田一郎|person|{JP_GOV}]知事は"
        f"[グエン・ヴァン・アン|person|{VN_CHAIR}]委員長と会談した。",
        ["Ichiro Yamada"],
        "VN",
    ),
    (
        "ko",
        f"[응우엔 반 안|person|{VN_CHAIR}] 위원장은 [베트남|country|VN]을 방문 중인 "
        f"[한국|country|KR] [김민수|person|{KR_VM}] 부시장을 만났다.",
        ["Kim Min-su"],
        "VN",
    ),
]


@pytest.mark.parametrize(("lang", "markup", "travellers", "country"), VERB_FINAL_TRIP_CASES)
def test_verb_final_trip_goes_to_the_place_before_the_verb(
    stage: EventStage, lang: str, markup: str, travellers: list[str], country: str
) -> None:
    doc = run(stage, markup, lang)
    trips = [e for e in doc.events if e.type == "visit"]
    assert len(trips) == 1
    assert sorted(p.name for p in trips[0].participants) == travellers
    assert trips[0].place.country == country


# Korean writes the home of a travelling party before its word ("광주시 방문단", the Gwangju
# visiting delegation): that place is the party's, not where it went; the trip is the
# circumstance of the act told with it, and the party's home is among its regions.
KOREAN_DELEGATION_CASES: list[str] = [
    f"[광주시|region|KR-29] 방문단은 [하노이|region|VN-HN] [응우엔 반 안|person|{VN_CHAIR}] "
    "위원장을 만났다.",
    f"[광주시|region|KR-29] 대표단은 [하노이|region|VN-HN]를 방문해 "
    f"[응우엔 반 안|person|{VN_CHAIR}] 위원장을 만났다.",
    "[부산시|region|KR-26] 사절단은 [응에안성|region|VN-22] 인민위원회를 방문했다.",
]


@pytest.mark.parametrize("markup", KOREAN_DELEGATION_CASES)
def test_korean_delegation_home_is_before_its_word(stage: EventStage, markup: str) -> None:
    doc = run(stage, markup, "ko")
    trips = [e for e in doc.events if e.type == "visit"]
    assert len(trips) == 1
    home = markup[markup.index("|region|") + 8 : markup.index("]")]
    assert home in trips[0].regions
    assert trips[0].place.country == "VN"
