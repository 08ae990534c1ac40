"""Text fast paths answer exactly what the plain code answers.

``normalise_text`` skips a substitution when the text holds nothing it would replace, and
``content_id`` collapses whitespace with ``str.split``; both are checked here against the
straightforward code, on texts built to hit every character class involved and on the
sample corpus.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from diplograph._clean import content_id, line_words, normalise_text
from diplograph.events._phrases import _WORDS, tokens

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "sample" / "articles"


def _plain_normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = re.sub("\r\n|[\r\u2028\u2029\x85\x0b\x0c]", "\n", text)
    text = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e]", "", text)
    text = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", " ", text)
    text = re.sub(
        r"(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
        r"[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}\)",
        "",
        text,
    )
    return re.sub(r"[^\S\n]+", " ", text)


def _plain_content_id(text: str) -> str:
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return "d" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


# Every whitespace and control character of the BMP, each between two words.
_SPACES = [chr(c) for c in range(0x10000) if chr(c).isspace()]
_CONTROLS = [chr(c) for c in range(0xA0) if unicodedata.category(chr(c)) == "Cc"]

CASES = [
    "plain words, one space each\nand a second line",
    "two  spaces",
    " leading and trailing ",
    "tab\there",
    "no-break\u00a0space and thin\u2009space",
    "windows\r\nline\rends\u2028and\u2029separators\x85",
    "soft\u00adhyphen zero\u200bwidth\ufeffbom\u202adirection\u202e",
    "control\x01char\x7fdel\x9fend",
    "締結(jié)した 繼續(xù) and Hanoi (Vietnam) and 河内(Hà Nội)",
    "",
    "\n\n\n",
    *(f"a{c}b" for c in _SPACES + _CONTROLS),
    *(f"a{c}{c}b {c}" for c in _SPACES),
]


@pytest.mark.parametrize("text", CASES)
def test_normalise_text_equals_every_substitution(text: str) -> None:
    assert normalise_text(text) == _plain_normalise(text)


@pytest.mark.parametrize("text", CASES)
def test_content_id_equals_regex_whitespace_collapse(text: str) -> None:
    assert content_id(text) == _plain_content_id(text)


def test_fast_paths_on_the_sample_corpus() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.rglob("*.txt"))]
    assert len(texts) > 20, sys.version
    for text in texts:
        assert normalise_text(text) == _plain_normalise(text)
        assert content_id(text) == _plain_content_id(text)


@pytest.mark.parametrize("text", CASES)
def test_line_words_counts_what_split_counts(text: str) -> None:
    for line in normalise_text(f"{text} x\n{text}").split("\n"):
        line = line.strip()
        if line:
            assert line_words(line) == len(line.split()), repr(line)


def test_line_words_on_the_sample_corpus() -> None:
    lines = 0
    for path in sorted(SAMPLE.rglob("*.txt")):
        for line in normalise_text(path.read_text(encoding="utf-8")).split("\n"):
            line = line.strip()
            if line:
                lines += 1
                assert line_words(line) == len(line.split()), repr(line)
    assert lines > 100


def _plain_tokens(text: str, pos: int, end: int) -> list[tuple[int, str]]:
    return [(w.start(), w.group().lower()) for w in _WORDS.finditer(text, pos, end)]


@pytest.mark.parametrize(
    ("text", "pos", "end"),
    [
        ("The Governor MET the Ambassador in Hanoi.", 0, 41),
        ("xxThe Governor MET the Ambassador in Hanoi.yy", 2, 43),  # cut inside words
        ("snake_case and CamelCase and 2026 and A1-B2", 4, 40),
        ("ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ met", 0, 19),  # final sigma: not ASCII, per word
        ("İstanbul İzmir meeting", 0, 22),  # dotted I lowers to two characters
        ("Губернатор ВСТРЕТИЛСЯ с послом", 0, 30),
        ("", 0, 0),
    ],
)
def test_tokens_equal_per_word_lower_case(text: str, pos: int, end: int) -> None:
    assert tokens(text, pos, end) == _plain_tokens(text, pos, end)


def test_tokens_on_the_sample_corpus() -> None:
    for path in sorted(SAMPLE.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for line_start in [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]:
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            assert tokens(text, line_start, line_end) == _plain_tokens(text, line_start, line_end)
