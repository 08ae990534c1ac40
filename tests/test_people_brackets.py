"""A body's acronym, or its name said again, in brackets inside a title phrase: the phrase
goes on after the bracket to its place and the name that follows. Every person and sentence
is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def persons(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return {
        str(m.key): (m.attrs.get("role"), m.attrs.get("country"), m.attrs.get("region"))
        for m in doc.mentions
        if m.kind == "person"
    }


# (text, person, role, country, region)
BRACKETS: list[tuple[str, str, str, str, str]] = [
    (
        "Hợp tác Hà Nội và Moskva\n\nSáng 4/3, Chủ tịch Ủy ban Nhân dân (UBND) thành phố Hà "
        "Nội Trần Văn Bình đã tiếp đoàn doanh nghiệp của thành phố Moskva.",
        "Tran Van Binh",
        "Chairman of the People's Committee",
        "VN",
        "VN-HN",
    ),
    (
        "Hợp tác Hà Nội và Moskva\n\nSáng 4/3, Chủ tịch Ủy ban Nhân dân (Ủy ban Nhân dân) "
        "thành phố Hà Nội Trần Văn Bình đã tiếp đoàn doanh nghiệp của thành phố Moskva.",
        "Tran Van Binh",
        "Chairman of the People's Committee",
        "VN",
        "VN-HN",
    ),
    (
        "Hanoi and Moscow\n\nOn March 4, Chairman of the People's Committee (PC) of Hanoi "
        "Tran Van Binh received a business delegation of Moscow.",
        "Tran Van Binh",
        "Chairman of the People's Committee",
        "VN",
        "VN-HN",
    ),
]


@pytest.mark.parametrize(("text", "person", "role", "country", "region"), BRACKETS)
def test_a_bracket_inside_a_title_phrase(
    pipeline: Pipeline, text: str, person: str, role: str, country: str, region: str
) -> None:
    assert persons(pipeline, text).get(person) == (role, country, region)


def test_a_place_in_brackets_still_places_the_title(pipeline: Pipeline) -> None:
    """A country in brackets is read as the title's place, not skipped as an acronym."""
    text = (
        "Kaluga and Vietnam\n\nThe Governor of Kaluga (Russia) Pyotr Sokolov received a "
        "business delegation of Hanoi."
    )
    assert persons(pipeline, text).get("Pyotr Sokolov") == ("Governor", "RU", "RU-KLU")
