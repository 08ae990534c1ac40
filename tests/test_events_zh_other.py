"""Chinese acts of the relation outside the main types (#12, h12c): a donation of one side to
the other and the launch of a reciprocal offer of two units are ``other`` events; a time word
stands before the verb it dates in Chinese, Japanese and Korean, so a date told between two
acts of a sentence is the next act's. Our own invented sentences (places are real units, the
acts made up); the whole pipeline reads them.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph._models import RawArticle

PUB = "2026-03-10"


def events(pipeline: Any, text: str) -> list[tuple[str, str | None]]:
    doc = pipeline.process(RawArticle(source="zh.txt", content=text, published=PUB))
    return sorted((e.type, e.date) for e in doc.events)


# (text, the (type, date) of the acts found)
CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # a donation after a disaster, simplified and traditional characters
    ("去年地震后，广岛县议会向四川省捐赠了一笔善款。", [("other", "2025")]),
    ("去年颱風過後，大阪府議會向台中市捐贈了一批救災物資。", [("other", "2025")]),
    # a reciprocal offer launched by two units
    ("今年二月起，台中市与大阪府合作推动博物馆门票互惠。", [("other", "2026-02")]),
    ("台中市與大阪府兩地今年一月啟動景點門票互惠。", [("other", "2026-01")]),
    # near misses: talks about measures in force, and promoting cooperation, launch nothing
    ("台中市与大阪府双方讨论了实施中的观光互惠措施。", []),
    ("台中市与大阪府两地将继续推动各领域的交流合作。", []),
    # the time word is the next act's: the memorandum's month, then the offer's
    (
        "双方于前年七月缔结友好关系，今年二月起，台中市与大阪府合作推动博物馆门票互惠。",
        [("agreement", "2024-07"), ("other", "2026-02")],
    ),
]


@pytest.mark.parametrize(("text", "found"), CASES)
def test_chinese_other_acts_and_their_dates(
    pipeline: Any, text: str, found: list[tuple[str, str | None]]
) -> None:
    assert events(pipeline, text) == found


# (lang, text, the (type, date) of the acts): the time word before each act's verb is its own
TIME_BEFORE_VERB: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "ja",
        "大阪府と台中市は2024年7月に覚書を締結し、2025年2月には大阪府の知事が台中市長と会談しました。",
        [("agreement", "2024-07"), ("meeting", "2025-02")],
    ),
    (
        "ko",
        "오사카부와 타이중시는 2024년 7월 양해각서를 체결했고 2025년 2월에는 오사카부 지사가 "
        "타이중 시장과 회담했다.",
        [("agreement", "2024-07"), ("meeting", "2025-02")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "found"), TIME_BEFORE_VERB)
def test_a_time_word_dates_the_act_after_it(
    pipeline: Any, lang: str, text: str, found: list[tuple[str, str | None]]
) -> None:
    doc = pipeline.process(RawArticle(source=f"{lang}.txt", content=text, published=PUB))
    assert sorted((e.type, e.date) for e in doc.events) == found


def test_tickets_to_scenic_spots_are_tourism(pipeline: Any) -> None:
    """景点/景點 (scenic spots, sights): what a reciprocal ticket offer is about."""
    text = "台中市與大阪府兩地今年一月啟動景點門票互惠，市民可免費參觀。"
    doc = pipeline.process(RawArticle(source="zh.txt", content=text, published=PUB))
    assert [e.sectors for e in doc.events] == [["tourism"]]
