"""The amount parser's first-character tests answer as its patterns do.

``AmountParser`` tries its long case-insensitive alternations (``_after`` right of a
number, ``_left_alone`` left of it on the reversed text) only where a form can begin;
``_after_head`` and ``_left_head`` say where that is. Here, at every position of the
sample articles (the language's, and two English ones) and of texts made of every form
of the language's ``numbers.yaml`` (in three cases, after blanks and signs), a position
the head test rules out must be one where the full pattern reads nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from diplograph import Registry
from diplograph._amounts import AmountParser

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "sample" / "articles"
REGISTRY = Registry()
LANGS = sorted(lang for lang in REGISTRY.languages() if "numbers" in REGISTRY.files(lang))


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for k, v in data.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(data, list):
        for v in data:
            yield from _strings(v)


def _texts(lang: str) -> list[str]:
    forms = [f.rstrip("*") for f in _strings(REGISTRY.lang(lang, "numbers")) if f.strip()]
    made = []
    for lead in ("", " ", "  ", "\u00a0", "(", "-", ")", "5", "\n"):
        for case in (str, str.upper, str.title):
            made.append(" ".join(f"12{lead}{case(f)}{lead}7" for f in forms))
    pages = sorted(SAMPLE.glob(f"{lang}/*.txt")) + sorted(SAMPLE.glob("en/*.txt"))[:2]
    return made + [p.read_text(encoding="utf-8") for p in pages]


@pytest.mark.parametrize("lang", LANGS)
def test_head_tests_rule_out_only_empty_matches(lang: str) -> None:
    parser = AmountParser(lang, REGISTRY.lang(lang, "numbers"))
    ruled_out = 0
    for text in _texts(lang):
        rev = text[::-1]
        for p in range(len(text) + 1):
            if parser._after_head is not None and parser._after_head.match(text, p) is None:
                m = parser._after.match(text, p)
                assert m is not None and m.end() == p, (text[p : p + 30], m)
                ruled_out += 1
            if parser._left_head is not None and parser._left_head.match(rev, p) is None:
                assert parser._left_alone.match(rev, p) is None, rev[p : p + 30]
                ruled_out += 1
    assert ruled_out > 1000  # the tests do rule positions out


def test_langs_found() -> None:
    assert {"en", "ru", "vi", "zh"} <= set(LANGS)
