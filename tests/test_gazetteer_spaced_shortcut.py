"""The gazetteer's word-boundary test answers without a call below U+0E00: it relies on
no script written without spaces having a character there."""

from __future__ import annotations

from diplograph.gazetteer import _match
from diplograph.gazetteer._norm import is_spaceless_script


def test_no_spaceless_script_below_the_shortcut() -> None:
    below = ord(_match._SPACED_BELOW)
    assert not any(is_spaceless_script(chr(c)) for c in range(below))
    assert is_spaceless_script(chr(below))  # the bound is the first such character
