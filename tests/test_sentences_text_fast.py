"""``split_text`` (one scan of a whole text, #14) gives the spans of ``split_spans`` line by line.

The sentence stage used to split a text at "\\n" and scan every line; ``split_text`` scans
the text once and reads the lines' starts from the breaks it finds. A line's own start
bounds the look-back for the word before a period and for a number before "г.", so the
texts below put spaces, numbers and abbreviations right before line breaks, and long
lines past the look-back window. The texts are our own.
"""

from __future__ import annotations

import random

import pytest

from diplograph._models import Document
from diplograph._resources import Resources
from diplograph._sentences import AbbreviationRules, SentenceStage, split_spans, split_text


@pytest.fixture(scope="module")
def stage() -> SentenceStage:
    return SentenceStage(Resources())


def _by_lines(text: str, rules: AbbreviationRules) -> list[tuple[int, int]]:
    """The stage's earlier reading: every line that is not blank, by ``split_spans``."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line and not line.isspace():
            out += split_spans(line, pos, rules)
        pos += len(line) + 1
    return out


TEXTS = [
    "The mayor arrived. She spoke briefly!\nThen she left? Yes.\n\nA new paragraph.",
    "Они приехали в 2023\nг. Потом уехали.\nВ 2023 г. Потом уехали.",
    "Hello world\nMr. Smith met Dr. Jones. Then they left.",
    "Talks with the U.S. Navy went well. Both sides agreed.\nU.S. Navy ships came.",
    "双方签署了协议。随后举行了会谈！\n记者问？ 是的。\n\u3000\n",
    "  \n\t\nEnds with blanks.   \n   Starts with blanks. Next one.",
    'He said: "We agree."   Then he left./.\nThe end.',
    "Am 22.\nNovember kamen sie an. Sie blieben zwei Tage.",
    "x" * 250 + ". Next" + " y" * 150 + " Mr. Brown. Done.",
    "Line one ends here.\n" + "z" * 300 + ". Following line. End.",
    "No end mark at all\nnor here",
    "Trailing mark.\n",
    "\n\nLeading breaks. Fine.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("lang", ["en", "ru", "de", "zh", None])
def test_split_text_as_by_lines(stage: SentenceStage, text: str, lang: str | None) -> None:
    rules = stage.rules_for(lang)
    assert split_text(text, rules) == _by_lines(text, rules)


def test_split_text_as_by_lines_on_pieced_texts(stage: SentenceStage) -> None:
    """Random texts pieced from marks, quotes, blanks, breaks, numbers and abbreviations."""
    pieces = [".", "!", "…", "。", "？", '"', "”", " ", "\t", "\n", "\n\n", "\u3000", "\x1c"]
    pieces += ["A", "b", "1", "2023", "Mr", "г", "etc", "U.S", "./.", "  ", "ok"]
    rng = random.Random(14)
    for lang in ("en", "ru", "de", "zh", None):
        rules = stage.rules_for(lang)
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
            assert split_text(text, rules) == _by_lines(text, rules), repr(text)


def test_line_start_bounds_the_look_back(stage: SentenceStage) -> None:
    """The word before a period and a number before "г." are read within their line only
    (the texts where a look-back crossing the break would split differently)."""
    ru = stage.rules_for("ru")
    text = "Они приехали в 2023\nг. Потом уехали."
    # "г." opens its line: no number before it there, so it ends no sentence
    assert split_text(text, ru) == [(0, 19), (20, len(text))]
    en = stage.rules_for("en")
    text = "Hello world\nMr. Smith came."
    assert split_text(text, en) == [(0, 11), (12, len(text))]


def test_dotted_forms_still_hold_a_sentence(stage: SentenceStage) -> None:
    """ "U.S." before a capital ends no sentence (the dotted-form test after its "." check)."""
    rules = stage.rules_for("en")
    text = "Talks with the U.S. Navy went well. Both sides agreed."
    assert split_text(text, rules) == [(0, 35), (36, len(text))]


def test_stage_reads_whole_text(stage: SentenceStage) -> None:
    doc = Document(doc_id="d", source="s", text="First one. Second one.\nThird one.", lang="en")
    got = stage(doc).sentences
    assert [(s.start, s.end) for s in got] == [(0, 10), (11, 22), (23, 33)]
