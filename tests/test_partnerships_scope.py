"""Which units are partners: a national capital named only as the venue or dateline of
national-level talks is the event's place, not a partner (contract); the capital's own
officials acting make it one. Our own sentences, through the whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph._models import Document, RawArticle
from diplograph._resources import Resources

# (lang, text, expected pairs (a, b, kind))
CASES: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    (
        "en",
        "President Vo Van Hung received Governor of Kaluga Oblast Vladislav Shapsha in Hanoi "
        "on March 3 and praised the cooperation between the two countries.",
        set(),
    ),
    (
        "en",
        "Chairman of the Hanoi People's Committee Tran Sy Thanh received Governor of Kaluga "
        "Oblast Vladislav Shapsha in Hanoi on March 3.",
        {("RU-KLU", "VN-HN", "cooperation")},
    ),
    (
        "en",
        "President Vo Van Hung received Governor of Kaluga Oblast Vladislav Shapsha in Hanoi "
        "on March 3. They praised the growing cooperation between Kaluga and Hanoi.",
        {("RU-KLU", "VN-HN", "cooperation")},
    ),
    (
        "vi",
        "Sáng 3/3, tại Hà Nội, Chủ tịch nước Võ Văn Hùng đã tiếp Thống đốc tỉnh Kaluga "
        "Vladislav Shapsha và đánh giá cao hợp tác giữa hai nước.",
        set(),
    ),
    (
        "fr",
        "Le 3 mars à Hanoï, le président Vo Van Hung a reçu le gouverneur de la région de "
        "Kalouga, Vladislav Chapcha, et a salué la coopération entre les deux pays.",
        set(),
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Any:
    from diplograph._pipeline import Pipeline

    return Pipeline(Resources())


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_capital_venue_is_no_partner(
    pipeline: Any, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    doc = pipeline.process(RawArticle(source=f"{lang}.txt", content=text, published="2025-03-04"))
    assert isinstance(doc, Document)
    assert doc.lang == lang
    assert {(p.a, p.b, p.kind) for p in doc.partnerships} == expected
    for p in doc.partnerships:
        for e in p.evidence:
            assert doc.text[e.start : e.end] == e.text
