"""A signing verb told twice in one sentence reports two documents, so two agreements; the
same verb close to itself, or a caption printed twice, is one. Our own invented sentences
(names, places and numbers are made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from diplograph._resources import Resources
from tests._event_helpers import from_markup

PUB = "2025-06-12"


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage(Resources())


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
