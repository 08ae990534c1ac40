"""An ambassador who leads their embassy's delegation is of the embassy's country, named
after the host's region in the sentence, never of the host's region. Every person and
sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def persons(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return {
        str(m.key): (m.attrs.get("country"), m.attrs.get("region"))
        for m in doc.mentions
        if m.kind == "person"
    }


# (text, envoy, country)
EMBASSY_DELEGATIONS: list[tuple[str, str, str]] = [
    (
        "Chairman of the People's Committee of Bac Giang province Le Van Hung on May 5 "
        "received a delegation from the Lao Embassy in Vietnam led by Ambassador Khamla "
        "Phommavong.",
        "Khamla Phommavong",
        "LA",
    ),
    (
        "Ngày 5/9, Chủ tịch UBND tỉnh Bắc Giang Lê Văn Hùng đã tiếp đoàn Đại sứ quán Lào "
        "tại Việt Nam do Đại sứ Khamla Phommavong dẫn đầu.",
        "Khamla Phommavong",
        "LA",
    ),
    (
        "Губернатор Калужской области Иван Петров принял делегацию посольства Вьетнама в "
        "России во главе с послом Нгуен Ван Тханем.",
        "Nguyen Van Thanh",
        "VN",
    ),
]


@pytest.mark.parametrize(("text", "envoy", "country"), EMBASSY_DELEGATIONS)
def test_an_ambassador_leading_a_delegation_is_of_the_embassys_country(
    pipeline: Pipeline, text: str, envoy: str, country: str
) -> None:
    assert persons(pipeline, text).get(envoy) == (country, None)


def test_a_governor_leading_a_delegation_keeps_the_delegations_region(
    pipeline: Pipeline,
) -> None:
    """Only envoys skip the region: a governor leading "a delegation of Kaluga" is of it."""
    text = (
        "Chairman of the People's Committee of Bac Giang province Le Van Hung on May 5 "
        "received a delegation of Russia's Kaluga region led by Governor Ivan Petrov."
    )
    assert persons(pipeline, text).get("Ivan Petrov") == ("RU", "RU-KLU")
