"""A name of four or more characters in an unspaced script, told again bare ("陆昊对科热米亚科率团
参加...洽谈会表示欢迎"), names the person of its first mention: the act of that sentence has them
(#12, h12a). Shorter ones (most Chinese names) are left alone: they occur inside other words
and in retold phrases. Our own invented sentences (names and places are made up); mentions are
given by markup, the retold name is not marked.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2024-10-11"


def at_forum(stage: EventStage, markup: str, lang: str, name: str) -> bool:
    """Does the guest take part in a forum found?"""
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    return any(p.name == name for e in doc.events if e.type == "forum" for p in e.participants)


# (lang, markup, the guest, whether the forum has them)
CASES: list[tuple[str, str, str, bool]] = [
    (
        "zh",
        "9日,省长[王明远|person|Wang Mingyuan|country=CN,role=省长]在哈尔滨会见了以州长"
        "[巴甫洛夫斯基|person|Pavlovsky|country=RU,role=州长]为团长的俄罗斯代表团。\n"
        "王明远对巴甫洛夫斯基率团参加2024中俄区域合作洽谈会表示欢迎。",
        "Pavlovsky",
        True,
    ),
    (
        "ja",
        "[山田一郎|person|Yamada Ichiro|country=JP,role=知事]知事は9日、"
        "[パブロフスキー|person|Pavlovsky|country=RU,role=州知事]州知事と会談した。\n"
        "パブロフスキー州知事は10日、日ロ地域交流フォーラムに出席した。",
        "Pavlovsky",
        True,
    ),
    # a three-character name told again: not read (it may be part of other words)
    (
        "zh",
        "9日,省长[王明远|person|Wang Mingyuan|country=CN,role=省长]在哈尔滨会见了以州长"
        "[彼得罗|person|Petro|country=RU,role=州长]为团长的俄罗斯代表团。\n"
        "王明远对彼得罗率团参加2024中俄区域合作洽谈会表示欢迎。",
        "Petro",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "markup", "name", "present"), CASES)
def test_a_long_unspaced_name_told_again_is_the_person(
    stage: EventStage, lang: str, markup: str, name: str, present: bool
) -> None:
    assert at_forum(stage, markup, lang, name) is present
