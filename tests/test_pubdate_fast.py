"""``DateFinder.find``'s shortcuts (#14) give what every pattern scanned from the start gave.

``find`` begins its scans at the line's first ASCII digit, tries "month-d-y" only where its
digit-led tail is found, reads "4月19日" only in a line holding "月" or "월", and remembers its
last line and answer. The reference below runs the same patterns the plain way; the lines
are of our own writing, plus lines put together from date pieces of several languages.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph import Resources
from diplograph._pubdate import (
    _SHORT_YEAR_SCRIPT,
    _YEARISH,
    DateFinder,
    Found,
    _cjk_number,
    _nfc,
    date_finder,
    unglue,
)


def _reference(f: DateFinder, line: str) -> list[Found]:
    """``find`` as written before the shortcuts: every scan from the line's start."""
    if _YEARISH.search(line) is None and not (f._short_year and _SHORT_YEAR_SCRIPT.search(line)):
        return []
    line = unglue(line)
    hits: list[Found] = []
    for rule, rx in f._patterns:
        for m in rx.finditer(line):
            iso = f._iso(m)
            if iso:
                hits.append(Found(m.start(), m.end(), iso, rule))
    for base, rx in f._short_year:
        for m in rx.finditer(line):
            month = f.months.get(_nfc(m.group("M")).casefold().rstrip("."))
            month = month or f.months.get(_nfc(m.group("M")).casefold())
            iso = f._make(base + int(m.group("yy")), month, int(m.group("d")))
            if iso:
                hits.append(Found(m.start(), m.end(), iso, "short-year"))
    if not hits:
        years = f._lone_year.findall(line)
        for m in f._cjk_no_year.finditer(line):
            if years:
                iso = f._make(int(years[0]), _cjk_number(m.group("mc")), int(m.group("d")))
                if iso:
                    hits.append(Found(m.start(), m.end(), iso, "cjk-year-nearby"))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Found] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


@pytest.fixture(scope="module")
def finder() -> DateFinder:
    return date_finder(Resources().registry)


LINES = [
    "November 7, 2001",
    "Posted on March 3rd, 2019 by the desk",
    "3 ministers met on April 19th 2024 in the capital",
    "The 12 delegates arrived. Updated: July 1, 2023 10:15",
    "Von 3 Gästen am 22. September 2016 eröffnet",
    "Le 2 décembre 2025, 14h30",
    "Опубликовано 5 марта 2024 года в 12:30",
    "Thứ Ba, 16/04/2024, 13:26",
    "Ngày 16 tháng 4 năm 2024, đoàn 12 người đến",
    "2024年4月19日 10:00",
    "发布时间：4月19日 2024年",
    "2024년 4월 19일",
    "4월 19일, 2024",
    "อังคาร 31 มี.ค. 67 เวลา 10:00",
    "22:1520 мая 2024",
    "Room 101 opened 2024-04-19",
    "1.5.2024 and 12/25/2023",
    ".5.04.2024 follows a dot",
    "Section 4 of the report, 1999 edition",
    "(1982-13)",
    "Đoàn 12 người thăm tỉnh vào năm 2023. (1964-14)",
    "Sept 9 2020",
    "Mai 2024: 7 Mai 2024",
]


@pytest.mark.parametrize("line", LINES)
def test_find_is_the_plain_scan(finder: DateFinder, line: str) -> None:
    finder._last = ("", ())  # a fresh finder's memory
    assert finder.find(line) == _reference(finder, line)


def test_lines_hold_dates_found_past_a_first_digit(finder: DateFinder) -> None:
    """The table exercises the shortcuts: dates whose month name stands before the first digit
    ("month-d-y" found from its tail) and dates after other numbers."""
    found = {h.rule for line in LINES for h in _reference(finder, line)}
    assert {"month-d-y", "d-month-y", "dmy", "iso", "cjk", "short-year", "cjk-year-nearby"} <= found
    assert finder.find("3 ministers met on April 19th 2024 in the capital")[0].iso == "2024-04-19"


_PIECES = [
    "November", "Nov.", "April", "Mai", "марта", "tháng", "năm", "de", "diciembre",
    "7", "7th", "19", "22.", "3", "12", "2024", "2001", "1999", "67", "4",
    "年", "月", "日", "월", "일", "มี.ค.",
    " ", " ", ", ", ".", "-", "/", ":", "(", ")", "12:30", "22:15", "x", "Uhr",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_find_matches_the_plain_scan_on_pieced_lines(pieces: list[str]) -> None:
    f = date_finder(Resources().registry)
    line = "".join(pieces)
    assert f.find(line) == _reference(f, line)


def test_the_remembered_answer_is_the_lines_own(finder: DateFinder) -> None:
    # two patterns read the first line's date (the answer keeps one): the remembered
    # answer is the one given, not the patterns' hits
    a, b = "2024년 4월 19일", "Le 2 décembre 2025"
    assert len(finder.find(a)) == 1
    first = finder.find(a)
    assert finder.find(b) == _reference(finder, b)
    again = finder.find(a)
    assert again == first == _reference(finder, a)
    again.clear()  # a caller's list is its own
    assert finder.find(a) == first
    assert finder.find(a) is not finder.find(a)
