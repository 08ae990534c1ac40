"""The people stage's fourth-round shortcuts (#14) answer as the plain code does.

``_untitled_names`` reads the name tokens at a capitalised word only when a second token
may follow it (``_people_names._may_go_on``): wherever that check says no, the token reader
must find fewer than two tokens (checked at every capitalised word of the generated
articles, the sample corpus and texts of our own, for several languages). The sentence-end
pattern opening with its class finds what the plain alternation finds; a new piece's runs
asked of the three first-word patterns' alternation first (``WordIndex.any_first``) get the
same answers; a run of name words reaching into a name already taken is no name.
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


def test_pieces_read_with_one_pattern_first(stage: PeopleStage) -> None:
    """``WordIndex._piece`` asks a run of the three kinds' patterns only when their
    alternation (``any_first``) fullmatches it: the same answers as asking each pattern."""
    from tests.test_people_words import WORDS

    kinds = 0
    for code in ["en", "ru", "vi", "de", "fr", "es", "id"]:
        lang = stage._lang(code)
        assert lang is not None and lang.words is not None
        index = lang.words
        assert index.any_first is not None
        pieces = {p for text in WORDS + TOKENS + OWN + _texts() for p in text.split()}
        for piece in sorted(pieces):
            got = index._piece(piece, stage.names.name_start)
            one = index.any_first
            index.any_first = None  # each run asked of each pattern
            try:
                want = index._piece(piece, stage.names.name_start)
            finally:
                index.any_first = one
            assert got == want, (code, piece)
            kinds += want is not None and any(want[:3])
    assert kinds > 150


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Yesterday Sergei Madam Ivanova Petrova met the delegation in Moscow, Russia. "
            "The talks went well and both sides agreed to meet again.",
            ["Ivanova Petrova"],
        ),
        (
            "Alexander Sir John Smith met Nguyen Van An in Hanoi, Vietnam. The talks went "
            "well and both sides agreed to meet again soon.",
            ["John Smith", "Nguyen Van An"],
        ),
    ],
)
def test_untitled_name_overlapping_a_taken_name_is_not_read(text: str, want: list[str]) -> None:
    """A run of name words that reaches into a name an honorific already took is no name
    of its own (``taken.isdisjoint`` in ``_untitled_names``): "Sergei Madam" is none."""
    from diplograph._models import RawArticle
    from diplograph._pipeline import Pipeline

    doc = Pipeline(Resources()).process(RawArticle(source="own", content=text))
    assert [m.text for m in getattr(doc, "mentions", []) if m.kind == "person"] == want
