"""Lao names in Vietnamese text: parts joined by a spaced dash, and not Vietnam's.

Vietnamese writes a Lao name syllable by syllable, its given name and family name joined by
a dash set apart by spaces ("ông Bun Xay - Phô Mi Văn"); the name reader stopped at the
dash, which elsewhere sets a title after a name ("Trần Văn An - Chủ tịch ..."). A name
that breaks Vietnam's naming custom (no listed family name first) is not Vietnam's merely
because the article is in Vietnamese: in a text of Vietnam and Laos it is Laos's. Near
misses: a title after the dash, two Vietnamese persons paired by a dash, a Vietnamese name
with an honorific.

Every person and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def _persons(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return {str(m.key): m.attrs.get("country") for m in doc.mentions if m.kind == "person"}


# (text, {person: country}: every person read, and no other)
CASES: list[tuple[str, dict[str, str | None]]] = [
    (
        "Tại điểm cầu tỉnh Attapeu của Lào, chủ trì lễ ký có ông Bun Xay - Phô Mi Văn, Bí "
        "thư Tỉnh ủy, cùng lãnh đạo tỉnh Kon Tum của Việt Nam.",
        {"Bun Xay Pho Mi Van": "LA"},
    ),
    (
        "Đoàn tỉnh Champasak của Lào do ông Khăm Phăn - Xi Thi Đăm, Phó Tỉnh trưởng, dẫn "
        "đầu đã thăm tỉnh Gia Lai, Việt Nam.",
        {"Kham Phan Xi Thi Dam": "LA"},
    ),
    # the honorific alone, no dash: still not Vietnam's
    (
        "Ông Khăm Phăn cùng đoàn tỉnh Champasak của Lào đã thăm tỉnh Gia Lai, Việt Nam.",
        {"Kham Phan": "LA"},
    ),
    # near misses: a title after the dash; two persons paired (also before a title); a
    # Vietnamese name
    (
        "Tham dự có ông Trần Văn An - Chủ tịch UBND tỉnh Kon Tum, và đoàn tỉnh Attapeu của Lào.",
        {"Tran Van An": "VN"},
    ),
    (
        "Cặp vận động viên Trần Văn An - Nguyễn Thị Bình, tỉnh Kon Tum, thi đấu tại tỉnh "
        "Attapeu của Lào.",
        {"Tran Van An": "VN", "Nguyen Thi Binh": "VN"},
    ),
    (
        "Tham dự có ông Trần Văn An - Nguyễn Thị Bình, Bí thư Tỉnh ủy Kon Tum, và đoàn tỉnh "
        "Attapeu của Lào.",
        {"Tran Van An": "VN", "Nguyen Thi Binh": "VN"},
    ),
    (
        "Ông Trần Văn An cùng đoàn tỉnh Kon Tum đã thăm tỉnh Attapeu của Lào.",
        {"Tran Van An": "VN"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lao_names_in_vietnamese(
    pipeline: Pipeline, text: str, expected: dict[str, str | None]
) -> None:
    assert _persons(pipeline, text) == expected
