"""``normalise_text`` asks one character class before its three searches (#14).

``_MAYBE_ODD`` holds every character that can start a match of ``_ODD_CHARS``,
``_ODD_SPACE`` or ``_RUBY_START``; a text with none of them skips the three scans. Checked
over every code point, and the function compared with its plain form on texts of our own.
"""

from __future__ import annotations

import unicodedata

import pytest

from diplograph import _clean
from diplograph._clean import normalise_text


def test_the_class_holds_every_start_of_the_three_searches() -> None:
    every = "".join(map(chr, range(0x110000)))
    maybe = {m.start() for m in _clean._MAYBE_ODD.finditer(every)}
    for rx in (_clean._ODD_CHARS, _clean._ODD_SPACE):
        assert {m.start() for m in rx.finditer(every)} <= maybe
    ruby_first = {i for i in range(0x110000) if _clean._RUBY_START.match(every[i] + "(")}
    assert ruby_first <= maybe


def _plain(text: str) -> str:
    """``normalise_text`` without the class test."""
    text = unicodedata.normalize("NFC", text)
    if _clean._ODD_CHARS.search(text):
        text = _clean._NEWLINES.sub("\n", text)
        text = _clean._INVISIBLE.sub("", text)
        text = _clean._CONTROL.sub(" ", text)
    if _clean._RUBY_START.search(text):
        text = _clean._RUBY_PINYIN.sub("", text)
    if "  " in text or _clean._ODD_SPACE.search(text):
        text = _clean._HSPACE.sub(" ", text)
    return text


TEXTS = [
    "A plain line.\nAnother  one with two spaces.",
    "Tabs\tand\u00a0no-break\u2009thin spaces\u3000ideographic.",
    "Soft\u00adhyphen, zero\u200bwidth and a\r\nWindows line end\u2028.",
    "締結(jié)した協定 and 北京 plain",
    "Cafe\u0301 composed, e\u200b\u0301 apart.",
    "",
    "Only ASCII and newlines\n\n\nend",
]


@pytest.mark.parametrize("text", TEXTS)
def test_normalise_text_is_the_plain_form(text: str) -> None:
    assert normalise_text(text) == _plain(text)
