"""The dates and sentences stages' shortcuts (#14) give what the plain code gave.

``split_spans`` reads the blanks after a mark cluster from the match (``_END_BLANKS``) and
adds spans inline; here it is compared with the earlier loop, written out below, on lines of
our own writing with every kind of blank. The numeric anchor test of ``DateParser`` asks
``unspaced`` only about characters at or above U+0E00: checked over every code point.
"""

from __future__ import annotations

import itertools
import re
import sys

import pytest

from diplograph import _dates_parser
from diplograph._amounts import unspaced
from diplograph._dates import DateStage, build_parser
from diplograph._dates_parser import DateParser
from diplograph._models import Document
from diplograph._resources import Resources
from diplograph._sentences import _END, SentenceStage, _is_boundary, split_spans


def _reference_spans(line: str, offset: int, rules: object) -> list[tuple[int, int]]:
    """``split_spans`` as it was written before the shortcut (the blanks walked one by one)."""
    spans: list[tuple[int, int]] = []

    def add(start: int, end: int) -> None:
        while start < end and line[start].isspace():
            start += 1
        while end > start and line[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((offset + start, offset + end))

    n = len(line)
    start = 0
    for m in _END.finditer(line):
        end = m.end()
        if end >= n:
            break
        cjk = line[m.start()] in "。！？"
        if not cjk and not line[end].isspace():
            continue
        nxt = end
        while nxt < n and line[nxt].isspace():
            nxt += 1
        if nxt >= n:
            break
        if not cjk and not _is_boundary(line, m.start(), m.group(0), line[nxt], rules):  # type: ignore[arg-type]
            continue
        add(start, end)
        start = nxt
    add(start, n)
    return spans


LINES = [
    "  The mayor arrived. She spoke briefly!  Then she left?\tYes.",
    "Trade grew by 4.5 percent.\u00a0\u00a0New plants opened . . . More came.",
    "Они встретились в 2023 г. Потом уехали… Зачем?  Никто не знает.",
    "双方签署了协议。随后举行了会谈！\u3000记者问？ 是的。",
    'He said: "We agree."   Then he left./. The end.',
    "Dr. Nguyen met Mr. Tanaka. The U.S. side agreed, e.g. on ports.",
    "Am 22. November kamen sie an. Sie blieben zwei Tage.",
    "   ",
    "No end mark at all",
    "Ends with blanks.   ",
]


@pytest.mark.parametrize("line", LINES)
def test_split_spans_as_before(line: str) -> None:
    stage = SentenceStage(Resources())
    for lang in ("en", "ru", "de", "zh", None):
        rules = stage.rules_for(lang)
        assert split_spans(line, 7, rules) == _reference_spans(line, 7, rules)


def test_split_spans_as_before_on_mixes() -> None:
    """Every short mix of marks, quotes, blanks and letters."""
    rules = SentenceStage(Resources()).rules_for("en")
    pieces = [".", "!", "…", "。", '"', " ", "\t", "\u3000", "A", "b", "1"]
    for combo in itertools.product(pieces, repeat=4):
        line = "X" + "".join(combo) + " Y"
        assert split_spans(line, 0, rules) == _reference_spans(line, 0, rules), repr(line)


def test_unspaced_scripts_start_at_u0e00() -> None:
    """The numeric anchor test skips ``unspaced`` below U+0E00: no such character is one."""
    below = [c for c in map(chr, range(0x0E00)) if unspaced(c)]
    assert below == []
    assert unspaced("\u0e01") and unspaced("月")
    assert sys.maxunicode >= 0x0E00


WINDOWS = [
    ("en", "Delegates met in Hanoi on Monday, from 12 to 14 March 2024 (see 2023)."),
    ("de", "Die Gäste kamen am 22. November; STRASSE Straße ²und vom 3.4.2024 an."),
    ("ru", "Делегация прибыла в 2024 г. и уехала 15 марта, с 2023 года."),
    ("vi", "Chiều 11/7, đoàn đến từ ngày 2 đến ngày 5/8/2024 (hai bên)."),
]


def _plain_starts(parser: DateParser, text: str, lo: int, a: int) -> list[int]:
    """``_candidate_starts`` without the remembered answers (its earlier form)."""
    starts: list[int] = []
    for m in re.compile(r"[^\W\d_]+|\d+|\(").finditer(text, lo, a):
        tok = m.group()
        if tok[0].isdigit() or tok == "(" or tok.casefold() in parser._starters:
            b = m.start()
            if b == lo and b > 0 and text[b - 1].isalnum():
                continue
            starts.append(b)
    starts.append(a)
    return starts


@pytest.mark.parametrize(("lang", "text"), WINDOWS)
def test_candidate_starts_remembered_as_plain(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = Resources().registry
    for size in (50_000, 3):  # the bound reached: words past it are answered afresh
        monkeypatch.setattr(_dates_parser, "MEMO_SIZE", size)
        parser = build_parser(registry, lang)
        for _ in range(2):  # cold, then every answer remembered
            for a in range(len(text) + 1):
                for lo in (max(0, a - 32), max(0, a - 5)):
                    assert parser._candidate_starts(text, lo, a) == _plain_starts(
                        parser, text, lo, a
                    ), (text, lo, a)
        assert len(parser._word_starts) <= size


LOWERED = [
    ("en", "2024-05-03", "On May 2 the delegation came; in that same year, on Monday, they met."),
    ("en", "2024-05-03", "İSTANBUL, May 2: the mayor met them. In the same year a park opened."),
    ("fr", "2024-05-03", "Le 2 mai 2023, la délégation arriva. La même année, un parc ouvrit."),
    ("ru", "2024-05-03", "ΣΟΦΊΑΣ 2 мая 2023 года делегация прибыла. В том же году открыли парк."),
]


@pytest.mark.parametrize(("lang", "published", "text"), LOWERED)
def test_dates_read_the_same_with_the_text_lowered_once(
    lang: str, published: str, text: str
) -> None:
    """``find(..., lowered=text.lower())`` and the same-year keywords read from it give what
    lowering inside gave (with "İ", whose lower case changes the length, and a final sigma)."""
    parser = build_parser(Resources().registry, lang)
    assert parser.find(text, published, lowered=text.lower()) == parser.find(text, published)
    stage = DateStage(Resources())
    keyed = stage._keyed_list(lang, "same_year")
    if "İ" not in text:
        assert keyed.candidates_lowered(text.lower()) == keyed.candidates(text)
    doc = Document(doc_id="d", source="s", text=text, lang=lang, published=published)
    plain = Document(doc_id="d", source="s", text=text, lang=lang, published=published)
    found = stage._find(plain, published)
    found = stage._same_year(plain, found)
    stage._mark_page_dates(text, found)
    assert stage(doc).mentions == found
