"""Patterns rewritten for speed find exactly what their plain form finds.

A pattern that opens with a look-behind is tried at every position of the text; one that
opens with a character class is searched for that class first (in C). The capitalised-word
patterns of the people stage and of the event stage's coreference were rewritten to match
their first letter before the look-behind, which then checks the character before it
(``(?<!X)C`` == ``C(?<!X\\w)`` when ``C`` is a word character). Both forms are compared here
on texts built to hit each boundary (start of text, a search window starting inside a word,
hyphens, apostrophes, digits, underscores, Cyrillic, Latin-1) and on the sample corpus.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplograph._people import PeopleStage
from diplograph._people_model import _CAP_WORD as PEOPLE_CAP_WORD
from diplograph.events._view import _CAP_WORD as COREF_CAP_WORD

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "sample" / "articles"

# the plain forms: the look-behind first
_PLAIN_PEOPLE = re.compile(r"(?<![\w\-'’])[^\W\d_a-zа-яё\u00df-\u00ff][^\W\d_]+")
_PLAIN_COREF = re.compile(r"(?<!\w)(?=[^\W\d_a-z\u00df-\u00f6\u00f8-\u00ff\u0430-\u044f\u0451])\w+")

_TEXTS = [
    "Governor Ann Lee met Mayor Bo Tran in Hanoi.",
    "Ab",  # a match at the very start of the text
    "x-Ab 'Cd ’Ef _Gh 1Ij 2 Kl\nMn",  # after a hyphen, apostrophes, underscore, digit
    "Губернатор Иван Петров встретился с Ли Хао",
    "Österreich Élysée über Ñandú ßeta",
    "snake_Case CamelCase A1B2 X",  # capitals inside words are no word starts
    "",
]


def _spans(rx: re.Pattern[str], text: str, pos: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text, pos, end)]


@pytest.mark.parametrize("text", _TEXTS)
def test_capitalised_words_as_plain_form(text: str) -> None:
    for pos in range(len(text) + 1):  # every window start, inside words too
        end = len(text)
        assert _spans(PEOPLE_CAP_WORD, text, pos, end) == _spans(_PLAIN_PEOPLE, text, pos, end)
        assert _spans(COREF_CAP_WORD, text, pos, end) == _spans(_PLAIN_COREF, text, pos, end)


# the people stage's title compounds ("Wirtschaftsminister"): the capital before the
# look-behind, the rest of the first word lazily, then a title ending
_ENDINGS = "(minister|sekretär|präsident)"
_PLAIN_COMPOUND = re.compile(
    r"(?<!\w)(?-i:(?=[^\W\d_a-zß-ÿ]))[^\W\d_]{3,}?" + _ENDINGS + r"(?!\w)", re.IGNORECASE
)
_COMPOUND_TEXTS = [
    "Der Wirtschaftsminister und die Staatssekretärin trafen den Landespräsident.",
    "Ministerpräsident Xminister Abminister Abcminister wirtschaftsminister",
    "x-Wirtschaftsminister 1Wirtschaftsminister _Wirtschaftsminister ÄMINISTER",
]


@pytest.mark.parametrize("text", _COMPOUND_TEXTS)
def test_title_compounds_as_plain_form(text: str) -> None:
    rx = PeopleStage._compile({"compound_titles": ["minister", "sekretär", "präsident"]}).compounds
    for pos in range(len(text) + 1):
        fast = [(m.span(), m.group(1)) for m in rx.finditer(text, pos)]
        assert fast == [(m.span(), m.group(1)) for m in _PLAIN_COMPOUND.finditer(text, pos)]


def test_capitalised_words_on_the_sample_corpus() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.rglob("*.txt"))]
    assert len(texts) > 20
    for text in texts:
        for pos in (0, 1, 7):
            end = len(text)
            assert _spans(PEOPLE_CAP_WORD, text, pos, end) == _spans(_PLAIN_PEOPLE, text, pos, end)
            assert _spans(COREF_CAP_WORD, text, pos, end) == _spans(_PLAIN_COREF, text, pos, end)
