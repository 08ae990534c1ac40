"""A title named after a passing cue ("the greetings of", "lời chúc mừng ... của") with its
holder in apposition after the title's place ("the Governor of Kaluga Oblast, Mr X"): the
holder is only greeting, not present. A person of another role after "on behalf of the
Governor" acts for the holder and is present. Every person and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def present(pipeline: Pipeline, text: str) -> set[str]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return {p.name for e in doc.events for p in e.participants}


# (text, the greeting holder, a person present)
GREETINGS: list[tuple[str, str, str]] = [
    (
        "Chiều 5/2, tại trụ sở Đại sứ quán Việt Nam ở Moskva, Đại sứ Việt Nam tại Nga Trần "
        "Văn Bình đã có buổi tiếp ông Oleg Smirnov, Chủ nhiệm Ủy ban Đối ngoại tỉnh Kaluga. "
        "Tại cuộc gặp, ông Oleg Smirnov đã chuyển những lời chúc mừng năm mới của Thống đốc "
        "tỉnh Kaluga, ông Ivan Petrov gửi tới Đại sứ Trần Văn Bình.",
        "Ivan Petrov",
        "Oleg Smirnov",
    ),
    (
        "On February 5, Vietnamese Ambassador to Russia Tran Van Binh received Oleg Smirnov, "
        "Chairman of the External Relations Committee of Kaluga Oblast, at the embassy in "
        "Moscow. At the meeting, Oleg Smirnov conveyed the greetings of the Governor of "
        "Kaluga Oblast, Mr. Ivan Petrov, to the ambassador.",
        "Ivan Petrov",
        "Oleg Smirnov",
    ),
]


@pytest.mark.parametrize(("text", "absent", "there"), GREETINGS)
def test_the_holder_of_a_greeting_title_is_not_present(
    pipeline: Pipeline, text: str, absent: str, there: str
) -> None:
    found = present(pipeline, text)
    assert there in found
    assert absent not in found


def test_who_speaks_on_behalf_of_the_governor_is_present(pipeline: Pipeline) -> None:
    text = (
        "Chiều 5/2, Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình đã tiếp đoàn đại biểu tỉnh "
        "Kaluga. Thay mặt Thống đốc tỉnh Kaluga, ông Oleg Smirnov, Phó Thống đốc tỉnh, phát "
        "biểu tại buổi tiếp."
    )
    assert "Oleg Smirnov" in present(pipeline, text)
