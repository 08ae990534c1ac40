"""The people stage's fourth-round shortcuts (#14) answer as the plain code does.

``_untitled_names`` reads the name tokens at a capitalised word only when a second token
may follow it (``_people_names._may_go_on``): wherever that check says no, the token reader
must find fewer than two tokens. Checked at every capitalised word of the generated
articles, the sample corpus and texts of our own, for several languages.
"""

from __future__ import annotations

import re

import pytest

from diplograph._people import PeopleStage
from diplograph._people_model import _CAP_WORD, _Ctx
from diplograph._people_names import _may_go_on
from diplograph._resources import Resources
from tests.test_people_fast_paths import NAMES, OWN, _texts

# Texts of our own: names joined by hyphens and apostrophes, a full stop, a comma, a line
# break, two spaces, a lowercase word, digits, the text's end right after a word and
# after a space, titles and abbreviations after a name word, a Roman numeral.
TOKENS = [
    "Jean-Pierre Raffarin met Anna-maria Petrova and Giovanni Dell’Orto Rossi.",
    "Ivan. Petrov; Ivan, Petrov; Ivan\nPetrov; Ivan  Petrov; Ivan petrov; Ivan 2Petrov",
    "Dmitry Ivanovich Petrov, Governor Ivanov, Ivan Governor Petrov, Ivan UBND Hanoi",
    "Maria O'Neill Smith, Maria D'Souza, Anna-Lena Berg-Olsen Ivan",
    "Сергей Иванович Петров и Анна-Мария Петрова, Сергей. Иванов, Сергей иванов",
    "Nguyễn Văn An, Trần Thị Bình, Lê Hữu Toàn; Henri Ⅷ Tudor, Ivan Élise",
    "Ivan ",
    "Ivan",
]

LANGS = ["en", "ru", "vi", "fr", "de", "it"]


@pytest.fixture(scope="module")
def stage() -> PeopleStage:
    return PeopleStage(Resources())


def test_no_second_token_where_the_check_says_so(stage: PeopleStage) -> None:
    skipped = read = two = 0
    for code in LANGS:
        lang = stage._lang(code)
        assert lang is not None
        for text in TOKENS + NAMES + OWN + _texts():
            ctx = _Ctx(text, lang, {}, set(), {}, [], [], code)
            for m in _CAP_WORD.finditer(text):
                toks = stage._name_tokens_at(m.start(), ctx)
                if _may_go_on(text, m.end()):
                    read += 1
                    two += len(toks) >= 2
                else:
                    skipped += 1
                    assert len(toks) < 2, (code, text[m.start() : m.start() + 40])
    # the check leaves out most capitalised words, and keeps those that open names
    assert skipped > 2 * read and two > 1000


@pytest.mark.parametrize(
    ("text", "end", "want"),
    [
        ("Jean-Pierre", 4, True),
        ("Dell’Orto", 4, True),
        ("O'Neill", 1, True),
        ("Ivan Petrov", 4, True),
        ("Ivan petrov", 4, False),
        ("Ivan. Petrov", 4, False),
        ("Ivan  Petrov", 4, False),
        ("Ivan ", 4, False),
        ("Ivan", 4, False),
        ("Ivan,Petrov", 4, False),
    ],
)
def test_may_go_on_cases(text: str, end: int, want: bool) -> None:
    assert _may_go_on(text, end) is want


# Sentence ends of our own: initials of one and two letters, a stop after a longer word,
# stops and marks before other whitespace and at the text's end, dashes, digits and an
# underscore before a stop, Cyrillic initials.
ENDS = [
    "A. B. Smith met Th. Jones. He left; then: the end! Why? Yes.\nNext — line – here.",
    "Dr. No.\tMr.\u00a0X. 2. x_. ab. abc. é. Жи. Ж. Ивanov. — —x –\n",
    "end.",
    "end. ",
    ".",
    ". ",
    "a.",
    "ab. c",
    "abc.\n",
    "!x ! ? ;:",
    "—",
    "— ",
    "\n\n",
]


def test_sentence_end_finds_what_the_plain_pattern_finds() -> None:
    import random

    from diplograph._people_model import _SENTENCE_END, _SENTENCE_END_PLAIN

    plain = re.compile(_SENTENCE_END_PLAIN)
    rnd = random.Random(16)
    found = 0
    for text in ENDS + OWN + NAMES + TOKENS + _texts():
        want = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in _SENTENCE_END.finditer(text)] == want, text[:60]
        found += len(want)
        for _ in range(30):  # windows, as ``_clause_end`` and the others search
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            x, y = plain.search(text, a, b), _SENTENCE_END.search(text, a, b)
            assert (x and x.span()) == (y and y.span()), (text[a:b][:60], a, b)
    assert found > 1000
