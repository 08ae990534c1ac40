"""An act told inside a quotation that began sentences before is the speaker's (#12, h12c):
"X said: 'This visit ... . During the visit we signed an agreement'": the speaker named
before the quotation opened is the act's party. Our own invented sentences (names made up);
mentions are given by markup, sentences split at line ends; each page opens with talks of two
persons, so no one is the page's only person.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2024-03-12"
PRES = "Rustam Minnikhanov|country=RU,region=RU-TA,role=President"
DEPUTY = "Tran Van An|country=VN,role=Deputy Prime Minister"
TALKS = {
    "ja": f"10日、[ハノイ|city|Hanoi|region=VN-HN]で[チャン・バン・アン|person|{DEPUTY}]副首相は"
    f"[タタールスタン共和国|region|RU-TA]の[ミンニハノフ|person|{PRES}]大統領と会見しました。\n",
    "zh": f"[陈文安|person|{DEPUTY}]副总理10日在[河内|city|Hanoi|region=VN-HN]会见了"
    f"[鞑靼斯坦共和国|region|RU-TA]总统[明尼哈诺夫|person|{PRES}]。\n",
}

# (lang, markup after the talks, the agreement's participants and regions)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "ja",
        f"一方、[タタールスタン共和国|region|RU-TA]の[ミンニハノフ|person|{PRES}]大統領は、"
        "「今回の訪問は協力の強化を目指すものだ。\n"
        "滞在中、[ダナン市|region|VN-DN]を訪れ、協力覚書を締結した」と述べました。",
        ["Rustam Minnikhanov"],
        ["RU-TA", "VN-DN"],
    ),
    (
        "zh",
        f"[鞑靼斯坦共和国|region|RU-TA]总统[明尼哈诺夫|person|{PRES}]表示：“此次访问旨在加强合作。\n"
        "访问期间，我们与[岘港市|region|VN-DN]签署了合作备忘录。”",
        ["Rustam Minnikhanov"],
        ["RU-TA", "VN-DN"],
    ),
    # near miss: no one named before the quotation opened (a report quoted): no party
    (
        "zh",
        "[鞑靼斯坦共和国|region|RU-TA]政府的新闻公报称：“此次访问旨在加强合作。\n"
        "访问期间，代表团与[岘港市|region|VN-DN]签署了合作备忘录。”",
        [],
        ["VN-DN"],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "persons", "regions"), CASES)
def test_an_act_inside_a_quotation_is_the_speakers(
    stage: EventStage, lang: str, markup: str, persons: list[str], regions: list[str]
) -> None:
    doc = stage(from_markup(TALKS[lang] + markup, lang=lang, published=PUB))
    (agreement,) = [e for e in doc.events if e.type == "agreement"]
    assert [p.name for p in agreement.participants] == persons
    assert sorted(agreement.regions) == regions
