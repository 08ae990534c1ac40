"""The publication date a real page states: header, byline and dateline dates.

Real pages give their date in a line of chrome ("17.04.2024 13:25", "Thứ Ba,
16/04/2024, 13:26", "Donnerstag, 22. September 2016", "This story is from
November 7, 2001"), in a wire dateline opening the first paragraph ("Rostov
Oblast, 20 February 2023. AGENCY.") or, from a crawl, in a ` date YYYY-MM`
prefix that names only the month. This module finds full dates (day, month and
year all written) in such lines, language-independently: the language is not
known when the clean stage runs, so month and weekday names of every language
apply (``months.yaml``/``weekdays.yaml`` of each language folder plus Babel's
CLDR names for the locales in ``data/published.yaml``). A date needs its day
and year next to the month, so a month word of one language does not fire
inside another's sentence.

Choice between candidates is by position and genre: the first header date line,
then a dateline opening the first paragraph, then a byline date line at the
foot; a date inside the story is never the publication date, and nothing is
ever guessed from the clock.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ._keyfilter import literal_trie
from ._registry import Registry

_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])"
_MON = r"(?P<m>1[0-2]|0?[1-9])"
_YEAR = r"(?P<y>(?:19|20)\d\d|2[4-6]\d\d)"
_TIME = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?))?(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")
_YEARISH = re.compile(r"(?:19|20|2[4-6])\d\d(?!\d)")
_SHORT_YEAR_SCRIPT = re.compile(r"[\u0e00-\u0e7f]")  # two-digit years are read in Thai only
# _YEARISH without its look-ahead: in every text that holds a _YEARISH match, and in every
# text of which a part (a line, a line's head) does.
_YEAR_DIGITS = re.compile(r"(?:19|20|2[4-6])\d\d")
_CJK_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九十", start=0)}
# Where ``find``'s scans may begin: every pattern but "month-d-y" opens with ``_DAY``,
# ``_MON`` or ``_YEAR``, whose first character is an ASCII digit in every alternative
# (patterns compiled with ``re.I`` too: digits have no case), so no match starts before
# the line's first ASCII digit.
_ASCII_DIGIT = re.compile("[0-9]")


def _cjk_number(s: str) -> int | None:
    """1..12 written with Chinese numerals ("四", "十一"), or digits."""
    if s.isdigit():
        return int(s)
    if not s or any(c not in _CJK_NUM for c in s):
        return None
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CJK_NUM[s[1]]
    if len(s) == 1:
        return _CJK_NUM[s]
    return None


@dataclass(frozen=True, slots=True)
class Found:
    """A full date written in a line: its span in the line and its ISO value."""

    start: int
    end: int
    iso: str
    rule: str


_GLUED = re.compile(r"(?<![\d:])(\d{1,2}:[0-5]\d)(?=\d)")


def unglue(line: str) -> str:
    """A time glued to the date after it by a scraper ("22:1520 мая") gets its space back."""
    return _GLUED.sub(r"\1 ", line) if ":" in line else line


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _alt(forms: Iterable[str]) -> str:
    uniq = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in uniq)


def _alt_ci(forms: Iterable[str]) -> str:
    """``_alt`` for a pattern compiled with ``re.I``, written as a trie (the same matches;
    see :func:`literal_trie`): the month names of every language were an alternation of
    ~600 forms that ``re`` tried one by one wherever a date could start."""
    uniq = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    return literal_trie(uniq) or _alt(uniq)


_BABEL_FORMAT = 1


def _babel_names(codes: tuple[str, ...]) -> dict[str, Any]:
    """Month and weekday names of CLDR locales (Babel), from the cache folder when there.

    Reading them from Babel's locale files costs ~0.3 s of every command's startup
    (one file per locale, 25 locales); the few thousand names are kept, keyed by
    Babel's version and the locale list, next to the gazetteer's cache. For each
    locale: ``months`` as (context, width, number, name) and ``days`` as names, in
    Babel's order (the order the first name of a form wins in).
    """
    import hashlib

    from .gazetteer._cache import cache_dir, load, save

    try:
        from babel import Locale, __version__
    except ImportError:  # pragma: no cover - Babel is a dependency
        return {}
    key = hashlib.sha256(f"{_BABEL_FORMAT};{__version__};{codes}".encode()).hexdigest()[:24]
    folder = cache_dir()
    path = folder / f"babel-{key}.pickle" if folder is not None else None
    if path is not None:
        cached = load(path)
        if isinstance(cached, dict) and cached.get("key") == key:
            return dict(cached["names"])
    names: dict[str, Any] = {}
    for code in codes:
        try:
            loc = Locale.parse(code)
        except (ValueError, LookupError):
            continue
        months: list[tuple[str, str, int, str]] = []
        days: list[str] = []
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                months += [(ctx, width, int(n), str(v)) for n, v in loc.months[ctx][width].items()]
                days += [str(v) for v in loc.days[ctx][width].values()]
        names[code] = {"months": months, "days": days}
    if path is not None:
        save(path, {"key": key, "names": names})
    return names


class DateFinder:
    """Full dates of any supported script and language in short lines."""

    def __init__(self, registry: Registry) -> None:
        conf: dict[str, Any] = registry.table("published")
        months: dict[str, int] = {}
        weekdays: set[str] = set()
        for _lang, data in registry.each_lang("months"):
            for num, forms in (data.get("forms") or {}).items():
                for f in forms:
                    months[_nfc(str(f)).casefold()] = int(num)
        for _lang, data in registry.each_lang("weekdays"):
            for key in ("forms", "context_forms"):
                for forms in (data.get(key) or {}).values():
                    weekdays.update(_nfc(str(f)).casefold() for f in forms)
        names = _babel_names(
            tuple(
                dict.fromkeys(
                    [str(c) for c in conf.get("babel_locales", [])]
                    + [str(c) for c in conf.get("two_digit_years") or {}]
                )
            )
        )
        self._babel(conf.get("babel_locales", []), names, months, weekdays)
        self.months = months
        self.weekdays = frozenset(weekdays)
        self.era = [(int(e["from"]), int(e["minus"])) for e in conf.get("era_years", [])]
        self.max_residue = int(conf.get("max_residue_words", 7))
        self.max_after = int(conf.get("max_words_after", 4))
        self.max_line = int(conf.get("max_line_chars", 160))
        self.header_paragraphs = int(conf.get("header_paragraphs", 1))
        self.dateline_chars = int(conf.get("dateline_chars", 80))
        self.label_chars = int(conf.get("label_chars", 400))
        labels = [_nfc(str(x)).casefold() for x in conf.get("labels", [])]
        self._label = re.compile(rf"(?:{_alt(labels)})\W*(?:\w+\W+){{0,2}}$" if labels else "$^")
        joiners = _alt(_nfc(str(j)) for j in conf.get("joiners", []))
        # between day, month and year: blanks, a comma, a dot, a slash or dash, a joiner word
        sep = rf"(?:[\s,./\-]|(?<![^\W\d_])(?:{joiners})\.?(?![^\W\d_]))*"
        name = rf"(?P<M>{_alt_ci(months)})"
        word_end = r"(?![^\W\d_])"
        self._patterns: list[tuple[str, re.Pattern[str]]] = [
            # 2024-04-19, 2024/4/19, 2024.04.19, "2024. 4. 19." (Korean)
            ("iso", re.compile(rf"(?<![\d.]){_YEAR}(?P<s>[-/.])\s?{_MON}(?P=s)\s?{_DAY}(?!\d)")),
            # 19.04.2024, 19/04/2024, 19-04-2024 (day first; month first only when it must be)
            ("dmy", re.compile(rf"(?<![\d.]){_DAY}(?P<s>[./\-]){_MON}(?P=s){_YEAR}(?!\d)")),
            (
                "mdy",
                re.compile(
                    rf"(?<![\d.])(?P<m>1[0-2]|0?[1-9])/(?P<d>1[3-9]|2\d|3[01])/{_YEAR}(?!\d)"
                ),
            ),
            # 2024年4月19日, 2024년 4월 19일, 2024年四月19日
            (
                "cjk",
                re.compile(
                    rf"{_YEAR}\s*[年년]\s*(?P<mc>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*[月월]"
                    rf"\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日일]?"
                ),
            ),
            # 19 April 2024, 22. September 2016, 2 de diciembre de 2025, 16 tháng 4 năm 2024
            (
                "d-month-y",
                re.compile(
                    rf"(?<![\d.]){_DAY}(?:\.|er|st|nd|rd|th)?{sep}\s*(?<![^\W\d_]){name}{word_end}\.?{sep}{_YEAR}(?!\d)",
                    re.I,
                ),
            ),
            # November 7, 2001; April 19th 2024
            (
                "month-d-y",
                re.compile(
                    rf"(?<![^\W\d_]){name}{word_end}\.?\s*{_DAY}(?:st|nd|rd|th)?{word_end}\s*,?\s*{_YEAR}(?!\d)",
                    re.I,
                ),
            ),
            # 2024 April 19, 2024 四月 19日 (a year before a month name)
            (
                "y-month-d",
                re.compile(
                    rf"(?<!\d){_YEAR}\s*[年년.,]?\s*(?<![^\W\d_]){name}\s*{_DAY}(?!\d)\s*[日일]?",
                    re.I,
                ),
            ),
        ]
        # "31 มี.ค. 67": a two-digit year after a month name, in a language whose news
        # writes it so (the year counted from the base given in data/published.yaml)
        self._short_year: list[tuple[int, re.Pattern[str]]] = []
        for code, base in (conf.get("two_digit_years") or {}).items():
            forms = self._locale_months(str(code), names)
            if forms:
                alt = _alt_ci(forms)
                rx = re.compile(
                    rf"(?<![\d.]){_DAY}\s*(?P<M>{alt})\.?\s*(?P<yy>\d\d)(?![\d.:])", re.I
                )
                self._short_year.append((int(base), rx))
        # "四月 19日" / "4月19日" with the year elsewhere in the line
        self._cjk_no_year = re.compile(
            r"(?P<mc>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*[月월]\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日일]"
        )
        self._lone_year = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[年년]?(?!\d)")
        # The part of "month-d-y" from its day on (the same pieces, flags and look-arounds):
        # every match of the whole pattern holds a match of it, which opens with a digit, so
        # a line without one is not scanned with the month names at every letter.
        self._month_d_y_tail = re.compile(
            rf"{_DAY}(?:st|nd|rd|th)?{word_end}\s*,?\s*{_YEAR}(?!\d)", re.I
        )
        # ``find``'s last line and answer: the clean stage asks a header line twice
        # (``date_line``, then ``dateline`` with the same text), one line after the other.
        self._last: tuple[str, tuple[Found, ...]] = ("", ())

    @staticmethod
    def _babel(
        locales: Iterable[str], names: dict[str, Any], months: dict[str, int], weekdays: set[str]
    ) -> None:
        for code in locales:
            data = names.get(str(code))
            if data is None:
                continue
            for _ctx, _width, num, name in data["months"]:
                for form in {name, name.rstrip(".")}:
                    f = _nfc(form).casefold()
                    if len(f) >= 2 and not f.isdigit():
                        months.setdefault(f, num)
            for name in data["days"]:
                weekdays.add(_nfc(name).casefold().rstrip("."))

    @staticmethod
    def _locale_months(code: str, names: dict[str, Any]) -> list[str]:
        data = names.get(code)
        return [_nfc(name) for _c, _w, _n, name in data["months"]] if data else []

    # -- finding ----------------------------------------------------------------------
    def find(self, line: str) -> list[Found]:
        """Every full date in ``line``, leftmost first, overlapping matches dropped.

        Offsets are into ``unglue(line)``.
        """
        if _YEARISH.search(line) is None and not (
            self._short_year and _SHORT_YEAR_SCRIPT.search(line)
        ):
            return []  # every full date has a four-digit year (or a two-digit Thai one)
        line = unglue(line)
        last = self._last
        if last[0] == line:
            return list(last[1])
        # Scans begin at the first ASCII digit (``_ASCII_DIGIT``): the same matches, since
        # none starts before it and look-behinds still see the characters before ``pos``.
        # "month-d-y" opens with a month name; it runs only where its digit-led tail is found.
        first = _ASCII_DIGIT.search(line)
        pos = len(line) if first is None else first.start()
        hits: list[Found] = []
        for rule, rx in self._patterns:
            if rule == "month-d-y":
                if self._month_d_y_tail.search(line, pos) is None:
                    continue
                found = rx.finditer(line)
            else:
                found = rx.finditer(line, pos)
            for m in found:
                iso = self._iso(m)
                if iso:
                    hits.append(Found(m.start(), m.end(), iso, rule))
        for base, rx in self._short_year:
            for m in rx.finditer(line, pos):
                month = self.months.get(_nfc(m.group("M")).casefold().rstrip("."))
                month = month or self.months.get(_nfc(m.group("M")).casefold())
                iso = self._make(base + int(m.group("yy")), month, int(m.group("d")))
                if iso:
                    hits.append(Found(m.start(), m.end(), iso, "short-year"))
        # "4月19日" needs "月" or "월" (the loop below does nothing without a year either)
        if not hits and ("月" in line or "월" in line):
            years = self._lone_year.findall(line)
            for m in self._cjk_no_year.finditer(line):
                if years:
                    iso = self._make(int(years[0]), _cjk_number(m.group("mc")), int(m.group("d")))
                    if iso:
                        hits.append(Found(m.start(), m.end(), iso, "cjk-year-nearby"))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[Found] = []
        for h in hits:
            if out and h.start < out[-1].end:
                continue
            out.append(h)
        self._last = (line, tuple(out))
        return out

    def may_hold_date(self, text: str) -> bool:
        """False when ``find`` answers nothing for ``text``, for any part of it, and for
        those parts with their glued times split (``date_line``, ``dateline``): asked once
        for a document's text and then for its lines, it spares them the date readers'
        calls (most lines, and most documents, hold no year).

        Exact: ``find`` answers nothing without a ``_YEARISH`` match (or, with two-digit
        years, a Thai letter); a part's ``_YEARISH`` match is four digits of the text
        (``_YEAR_DIGITS``), and ``unglue`` creates none: the space it adds follows
        ":" and two digits, and splits no run of four."""
        if _YEAR_DIGITS.search(text) is not None:
            return True
        return bool(self._short_year) and _SHORT_YEAR_SCRIPT.search(text) is not None

    def _iso(self, m: re.Match[str]) -> str | None:
        g = m.groupdict()
        if g.get("M"):
            month: int | None = self.months.get(" ".join(_nfc(g["M"]).casefold().split()))
            if month is None:
                month = self.months.get(" ".join(_nfc(g["M"]).casefold().rstrip(".").split()))
        elif g.get("mc"):
            month = _cjk_number(g["mc"])
        else:
            month = int(g["m"])
        return self._make(int(g["y"]), month, int(g["d"]))

    def _make(self, year: int, month: int | None, day: int) -> str | None:
        if month is None:
            return None
        for start, minus in self.era:
            if year >= start:
                year -= minus
                break
        if not 1900 <= year <= 2099:
            return None
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None

    # -- kinds of lines ---------------------------------------------------------------
    def date_line(self, line: str) -> Found | None:
        """The date of a line that is nothing but a date with its labels (header chrome)."""
        if len(line) > self.max_line:
            return None
        line = unglue(line)
        hits = self.find(line)
        if not hits:
            return None
        rest = line
        for h in reversed(hits):
            rest = rest[: h.start] + " " + rest[h.end :]
        rest = _TIME.sub(" ", rest)
        words = [w for w in _WORD.findall(rest) if w.casefold() not in self.weekdays]
        after = _WORD.findall(_TIME.sub(" ", line[hits[-1].end :]))
        # a label and a name may stand around the date; a sentence after it is a dateline
        if len(words) > self.max_residue or len(after) > self.max_after:
            return None
        return hits[0]

    def dateline(self, paragraph: str) -> Found | None:
        """A wire dateline's date: a full date within the first characters of a paragraph,
        or a date after a publication label ("Updated on", "Опубликовано") in its head."""
        head = unglue(paragraph[: self.label_chars])
        hits = self.find(head)
        if hits and hits[0].start <= self.dateline_chars:
            return hits[0]
        for h in hits:
            before = head[max(0, h.start - 30) : h.start].casefold()
            if self._label.search(before):
                return Found(h.start, h.end, h.iso, f"labelled-{h.rule}")
        return None

    def is_masthead(self, line: str) -> bool:
        """A bare weekday and date with no time ("Wednesday, 18/12/2024"): the day a site
        shows in its masthead (the day of the crawl), not a story's timestamp."""
        line = unglue(line)
        hits = self.find(line)
        if not hits or _TIME.search(line):
            return False
        rest = line
        for h in reversed(hits):
            rest = rest[: h.start] + " " + rest[h.end :]
        words = [w.casefold() for w in _WORD.findall(rest)]
        return bool(words) and all(w in self.weekdays for w in words)

    def trailing(self, line: str) -> Found | None:
        """A date closing a title line ("... signed (15:10 19/03/2021)")."""
        line = unglue(line)
        hits = self.find(line)
        if hits and not _WORD.search(_TIME.sub(" ", line[hits[-1].end :])):
            return hits[-1]
        return None


def date_finder(registry: Registry) -> DateFinder:
    """The DateFinder of this registry, built once and kept on it."""
    key = "_diplograph_date_finder"
    found = registry.__dict__.get(key)
    if not isinstance(found, DateFinder):
        found = DateFinder(registry)
        registry.__dict__[key] = found
    return found


@dataclass(frozen=True, slots=True)
class Choice:
    published: str | None
    rule: str


def choose_published(
    container: str | None,
    container_rule: str,
    header: list[tuple[str, Found]],
    datelines: list[tuple[str, Found]],
    footer: list[tuple[str, Found]],
) -> Choice:
    """The publication date from the container's date and the page's own candidates.

    ``header``/``datelines``/``footer`` hold (line, date) in page order. A full
    container date wins; a month-only one (a crawl's ``date YYYY-MM``) is refined by
    the first page date in that month; otherwise the first header date line, then a
    dateline, then a footer byline date.
    """
    ordered = [("header", c) for c in header]
    ordered += [("dateline", c) for c in datelines]
    ordered += [("byline", c) for c in footer]
    if container and len(container) >= 10:
        return Choice(container[:10], container_rule)
    if container and len(container) == 7:
        for where, (line, f) in ordered:
            if f.iso.startswith(container):
                return Choice(
                    f.iso,
                    f"{where} date ({f.rule}) in the month of {container_rule}: {line[:80]!r}",
                )
        return Choice(container, f"{container_rule} (month only; no page date in that month)")
    for where, (line, f) in ordered:
        return Choice(f.iso, f"{where} date ({f.rule}): {line[:80]!r}")
    return Choice(container, container_rule if container else "no date stated")


__all__ = ["Choice", "DateFinder", "Found", "choose_published", "date_finder", "unglue"]
