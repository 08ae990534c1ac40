"""``list_lines`` counts a line's other words only as far as its tests need (#14).

``_residue_over`` stops counting past the bound a line's number of places sets; compared
here with the full count (``_residue_words``) on texts of our own writing: menus of
provinces, one place per line, lines naming places among a few words or many.
"""

from __future__ import annotations

import pytest

from diplograph import Resources
from diplograph._models import Mention
from diplograph.gazetteer import _stage
from diplograph.gazetteer._stage import _residue_over, _residue_words, list_lines


def _reference(text: str, places: list[Mention]) -> list[tuple[int, int]]:
    """``list_lines`` with every other word of a line counted."""
    saved = _stage._residue_over
    try:
        _stage._residue_over = lambda t, s, e, spans, _limit: _residue_words(t, s, e, spans)
        return list_lines(text, places)
    finally:
        _stage._residue_over = saved


TEXTS = [
    "Hanoi | Hue | Da Nang | Quang Ninh\nThe governor of Kaluga met the delegation.",
    "Regions: Kaluga, Tula, Tver and Moscow\nKaluga and Tula signed an agreement today.",
    "Kaluga\nTula\nTver\nThe visit ended.",
    "Kaluga region\nTula region news\nTver\nHue",
    "Kaluga is big\nTula is old\nTver is far away\nThe end.",
    "Kaluga, Tula, Tver, Moscow, Hanoi, Hue and two other places of the list here",
    "Hanoi Hue Da Nang Kaluga Tula Tver Moscow",
    "A delegation from Kaluga visited Hue and Da Nang to discuss trade and tourism.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_list_lines_counts_as_far_as_needed(text: str) -> None:
    gaz = Resources().gazetteer
    places = [m for m in gaz.find(text, "en") if m.kind in ("region", "city", "country")]
    assert list_lines(text, places) == _reference(text, places)


def test_the_table_holds_lists_and_running_text() -> None:
    gaz = Resources().gazetteer
    kinds = set()
    for text in TEXTS:
        places = [m for m in gaz.find(text, "en") if m.kind in ("region", "city", "country")]
        kinds.add(bool(_reference(text, places)))
    assert kinds == {True, False}


@pytest.mark.parametrize("limit", [0, 1, 2, 5])
def test_residue_is_capped_past_the_limit(limit: int) -> None:
    text = "one two Kaluga three four five Tula six"
    spans = [
        Mention(8, 14, "Kaluga", "region", "RU-KLU", "t"),
        Mention(31, 35, "Tula", "region", "RU-TUL", "t"),
    ]
    full = _residue_words(text, 0, len(text), spans)
    assert full == 6
    assert _residue_over(text, 0, len(text), spans, limit) == min(full, limit + 1)
