"""The people stage's regex shortcuts match what the plain patterns match.

Speed-only rewrites (#14): a list a language leaves empty compiles to a pattern that
never matches and that ``re`` rejects at one position (``_NEVER``), not the plain
``(?!x)x`` tried at every position of the text.
"""

from __future__ import annotations

import re

import pytest

from diplograph._people import PeopleStage
from diplograph._people_model import _NEVER, _boundary_alt, _connector_alt
from diplograph._resources import Resources

TEXTS = ["", "x", "xx x", "Governor Ivanov met the minister.", "\nx\n", "Ministerpräsident Xy"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_never_matches_nothing(flags: int) -> None:
    never = re.compile(_NEVER, flags)
    for text in TEXTS:
        assert never.search(text) is None
        assert list(never.finditer(text)) == []
        assert all(never.match(text, i) is None for i in range(len(text) + 1))


def test_empty_lists_compile_to_never() -> None:
    assert _boundary_alt([]) == _NEVER
    assert _connector_alt([]) == _NEVER
    # a language without compound titles (English) gets it for them
    lang = PeopleStage(Resources())._lang("en")
    assert lang is not None
    assert lang.compounds.pattern == _NEVER
