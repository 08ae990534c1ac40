"""Korean "[name] [body] [title]": a body's one-word name between a person and the title.

Korean writes a person, then the body of which they hold an office, then the office:
"김민수 한국무역협회 회장" (chairman of an association), "오카다 리에 한일우호의원연맹 부회장"
(vice-chairwoman of a parliamentarians' league). The name reader before a title skipped
places only; a word ending like a body (연맹, 협회, 위원회, 재단 ...) is skipped once too,
and a Japanese name in Hangul past it is read where the document names Japan. Chairman
(회장) and vice-chairman (부회장) of a body are titles. Near misses: "전시회장" (an exhibition
hall) is no title of a person; a Japanese-looking name past a body in a text that names no
place of Japan.

Every person and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._pipeline import Pipeline
from tests._people_helpers import persons_roles as _persons

# (text, {person: role} that must be read)
READ: list[tuple[str, dict[str, str]]] = [
    (
        "제주도는 12일 도쿠시마현과 교류 협약을 맺었다. 이 자리에는 하야시 유키 "
        "한일친선협회 부회장 등이 참석했다.",
        {"Hayasi Yuki": "Vice Chairman"},
    ),
    (
        "제주도는 12일 도쿠시마현과 교류 협약을 맺었다. 행사에는 김민수 제주무역협회 회장이 "
        "참석했다.",
        {"Kim Min-Su": "Chairman"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_name_before_a_body_and_its_title(
    pipeline: Pipeline, text: str, expected: dict[str, str]
) -> None:
    got = _persons(pipeline, text)
    for name, role in expected.items():
        assert got.get(name) == role, got


# near misses: no person may be read
NOT_READ: list[str] = [
    "제주도는 12일 도쿠시마현과 교류 협약을 맺고 전시회장을 둘러봤다.",
]


@pytest.mark.parametrize("text", NOT_READ)
def test_no_name_before_a_body(pipeline: Pipeline, text: str) -> None:
    assert _persons(pipeline, text) == {}


def test_no_japanese_name_past_a_body_without_japan(pipeline: Pipeline) -> None:
    """Two kana-like words past a body are one Japanese name only where Japan is named."""
    text = "부산시는 12일 행사를 열었다. 이 자리에는 하야시 유키 한일친선협회 부회장 등이 참석했다."
    assert "Hayasi Yuki" not in _persons(pipeline, text)
