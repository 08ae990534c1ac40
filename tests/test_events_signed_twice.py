"""A signing verb told twice in one sentence reports two documents, so two agreements; the
same verb close to itself, or a caption printed twice, is one. Signings "one after the other"
with several regions of one country are one agreement per region. Our own invented sentences
(names, places and numbers are made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"


def agreements(stage: EventStage, markup: str, lang: str) -> int:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    return sum(1 for e in doc.events if e.type == "agreement")


# (lang, markup, number of agreements)
CASES: list[tuple[str, str, int]] = [
    # "besides signing X, signed Y": the non-past verb before ほか takes the sentence's tense
    (
        "ja",
        "[栃木県|region|JP-09]は農業省との協力協定に調印するほか、[ハナム省|region|VN-63]を訪れて"
        "同省の大学との覚書に調印した。",
        2,
    ),
    (
        "en",
        "[Tochigi|region|JP-09] signed a trade agreement with the ministry in the morning and "
        "later signed a memorandum with [Ha Nam|region|VN-63] universities.",
        2,
    ),
    (
        "ru",
        "[Приморский край|region|RU-PRI] подписал соглашение с министерством, а затем "
        "подписал меморандум с провинцией [Ханам|region|VN-63].",
        2,
    ),
    # one act: the verb once, the signing named by a noun and a verb, or a photo caption
    # printed twice in the page
    (
        "en",
        "At the signing ceremony in [Hanoi|region|VN-HN], the governor of [Tochigi|region|JP-09] "
        "signed the charter.",
        1,
    ),
    (
        "en",
        "[Tochigi|region|JP-09] signed a trade agreement with [Ha Nam|region|VN-63].",
        1,
    ),
    (
        "en",
        "Governors of [Tochigi|region|JP-09] and [Ha Nam|region|VN-63] signed the charter "
        "Download: Governors of [Tochigi|region|JP-09] and [Ha Nam|region|VN-63] signed the "
        "charter",
        1,
    ),
]


@pytest.mark.parametrize(("lang", "markup", "count"), CASES)
def test_a_signing_told_twice_is_two_agreements(
    stage: EventStage, lang: str, markup: str, count: int
) -> None:
    assert agreements(stage, markup, lang) == count


# (lang, markup, the sorted regions of each agreement)
PARTNER_CASES: list[tuple[str, str, list[list[str]]]] = [
    (
        "en",
        "[Bali|region|ID-BA] has successively signed memoranda with [Hunan|region|CN-HN], "
        "[Hubei|region|CN-HB] and [Anhui|region|CN-AH].",
        [["CN-AH", "ID-BA"], ["CN-HB", "ID-BA"], ["CN-HN", "ID-BA"]],
    ),
    (
        "zh",
        "[巴厘省|region|ID-BA]先后与[湖南省|region|CN-HN]、[湖北省|region|CN-HB]签署了友好合作备忘录。",
        [["CN-HB", "ID-BA"], ["CN-HN", "ID-BA"]],
    ),
    # together: one document with both partners
    (
        "en",
        "[Bali|region|ID-BA], [Hunan|region|CN-HN] and [Hubei|region|CN-HB] jointly signed a "
        "memorandum.",
        [["CN-HB", "CN-HN", "ID-BA"]],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "regions"), PARTNER_CASES)
def test_signings_one_after_the_other_are_one_agreement_per_partner(
    stage: EventStage, lang: str, markup: str, regions: list[list[str]]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    found = sorted(sorted(e.regions) for e in doc.events if e.type == "agreement")
    assert found == regions
