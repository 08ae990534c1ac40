"""Date mentions, found by compiled patterns and resolved against ``doc.published``.

Why not dateparser: it costs about a millisecond per call, swallows neighbouring
words and returns function words as dates. Here every language gives its month
names, weekday names, relative words and pattern templates as data
(``months.yaml``, ``weekdays.yaml``, ``dates.yaml``); :class:`DateParser` turns
them into one alternation compiled once per language and per :class:`Resources`,
so a 3 KB article is one regex scan.

Resolution never looks at the clock: without ``published`` a date that needs a
reference (no year, a weekday, "yesterday") gets a ``None`` key, because a news
archive is processed years after it was written.

Template language of ``dates.yaml`` patterns (regular expressions plus):

``{D}`` ``{D2}`` day of month, ``{MM}`` ``{MM2}`` month number, ``{M}`` ``{M2}``
month name (any form of ``months.yaml``), ``{Y}`` ``{Y2}`` four-digit year,
``{W}`` weekday name, ``{WN}`` weekday form that needs context (``weekdays.yaml``
``context_forms``), ``{R}`` relative day word, ``{RY}`` relative year phrase.
A literal space means "one or more blanks on the same line".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import ahocorasick

from ._amounts import unspaced
from ._errors import LanguageDataError
from ._keyfilter import literal_trie
from ._models import Document, Mention
from ._registry import Registry
from ._resources import Resources

# A day+month without a year takes the published year, unless that puts it
# more than this many days after publication: news reports the past, so
# "on December 28" in an article of January 5 is the previous December.
_FUTURE_TOLERANCE_DAYS = 183
# A day of the month named alone ("on the 20th") up to this many days after the publication
# day is read in the month of publication (an announcement), a later day in the month before.
_DAY_ALONE_AHEAD = 7

_BLANKS = r"[^\S\n]+"
# How far before an anchor a date expression may start ("from the 24th of" November).
_LOOKBACK = 32
# Characters that may precede a form found by the anchor automaton ("mid-November").
_LEADS = (" ", "(", "-", '"', "«", "„", "“", "/", "\u00a0", ",", ".")
_NUMERIC = re.compile(r"\d[\d./\-–]*")
_TOKEN = re.compile(r"[^\W\d_]+|\d+|\(")
# Template syntax that is not a word a pattern can start with.
_TEMPLATE_SYNTAX = re.compile(r"\\.|\{[A-Z]+2?\}|\(\?(?:P<\w+>|P=\w+\)|[:!=]|<[=!])|\[[^\]]*\]")
_TEMPLATE_WORD = re.compile(r"[^\W\d_]+")

_MONTH_MODES = frozenset({"past", "past_strict", "future", "future_strict"})
_WEEKDAY_MODES = frozenset({"past", "past_strict", "future", "future_strict"})


def parse_published(published: str | None) -> date | None:
    """``YYYY-MM-DD`` (optionally followed by a time) as a date; anything else is no reference."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def parse_reference(published: str | None) -> tuple[date | None, bool]:
    """The reference date and whether it is exact.

    A month-only ``published`` ("2024-04": a crawl that knew only the month, and no
    page date in it) still tells the year of "19 April" and of "in March"; it is
    given as the month's last day and marked inexact, so "on Tuesday" and
    "yesterday", which need the day, stay unresolved.
    """
    exact = parse_published(published)
    if exact is not None:
        return exact, True
    if published and len(published) == 7:
        try:
            first = date.fromisoformat(published + "-01")
        except ValueError:
            return None, False
        nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return nxt - timedelta(days=1), False
    return None, False


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _alternation(forms: list[str]) -> str:
    """Longest form first, so "tháng 11" wins over "tháng 1" and "Nov." over "Nov"."""
    uniq = sorted(set(forms), key=lambda f: (-len(f), f))
    return "|".join(re.escape(f).replace(r"\ ", _BLANKS) for f in uniq)


def _trie_or_alternation(forms: list[str], case_sensitive: bool) -> str:
    """``_alternation`` written as a trie where it can be (the same matches, see
    :func:`literal_trie`): the patterns are compiled with ``re.IGNORECASE``, under which
    ``re`` tried a month or weekday list form by form at every candidate position."""
    uniq = sorted(set(forms), key=lambda f: (-len(f), f))
    return literal_trie(uniq, space=_BLANKS, ignorecase=not case_sensitive) or _alternation(forms)


def _word_group(name: str, forms: list[str], case_sensitive: bool) -> str:
    if forms and all(unspaced(f[0]) and unspaced(f[-1]) for f in forms):
        # "昨天他们": a script without spaces has no word boundaries to ask for
        body = _trie_or_alternation(forms, case_sensitive)
        return rf"(?P<{name}>{f'(?-i:{body})' if case_sensitive else body})"
    body = _trie_or_alternation(forms, case_sensitive)
    if case_sensitive:
        body = f"(?-i:{body})"
    return rf"(?<!\w)(?P<{name}>{body})(?!\w)"


@dataclass(frozen=True, slots=True)
class _Pattern:
    name: str
    month_mode: str | None
    weekday_mode: str
    year_offset: int | None
    # "d'ici 2025", "by 2025", "until 2025": a year told as a horizon (what a plan aims at or
    # runs until), never when an act happened (attrs["horizon"] on the mention)
    horizon: bool = False
    # "since 1986", "seit 1986": the year a state began; it dates no news told after it
    # (attrs["since"] on the mention)
    since: bool = False


def _norm_key(s: str) -> str:
    return " ".join(_nfc(s).casefold().split())


def _form_table(data: Any, kind: str, lang: str, lo: int, hi: int) -> dict[str, int]:
    table: dict[str, int] = {}
    if not isinstance(data, dict):
        raise LanguageDataError(f"lang/{lang}/{kind}.yaml: expected a mapping of number -> forms")
    for number, forms in data.items():
        if not isinstance(number, int) or not lo <= number <= hi or not isinstance(forms, list):
            raise LanguageDataError(f"lang/{lang}/{kind}.yaml: bad entry {number!r}")
        for form in forms:
            table[_norm_key(str(form))] = number
    return table


class DateParser:
    """All date patterns of one language, compiled once into a single alternation."""

    def __init__(self, lang: str, months: Any, weekdays: Any, dates: Any) -> None:
        self.lang = lang
        self._months = _form_table(months.get("forms", {}), "months", lang, 1, 12)
        self._weekdays = _form_table(weekdays.get("forms", {}), "weekdays", lang, 0, 6)
        self._weekdays.update(
            _form_table(weekdays.get("context_forms", {}), "weekdays", lang, 0, 6)
        )
        self._rel_days = {_norm_key(k): int(v) for k, v in dates.get("relative_days", {}).items()}
        self._rel_years = {_norm_key(k): int(v) for k, v in dates.get("relative_years", {}).items()}
        month_forms = [_nfc(str(f)) for fs in months.get("forms", {}).values() for f in fs]
        wd_forms = [_nfc(str(f)) for fs in weekdays.get("forms", {}).values() for f in fs]
        wdn_forms = [_nfc(str(f)) for fs in weekdays.get("context_forms", {}).values() for f in fs]
        m_cs = bool(months.get("case_sensitive", False))
        w_cs = bool(weekdays.get("case_sensitive", False))
        pieces: dict[str, str] = {
            "D": r"(?<!\d)(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)",
            "D2": r"(?<!\d)(?P<day2>3[01]|[12]\d|0?[1-9])(?!\d)",
            "MM": r"(?<!\d)(?P<mon>1[0-2]|0?[1-9])(?!\d)",
            "MM2": r"(?<!\d)(?P<mon2>1[0-2]|0?[1-9])(?!\d)",
            "Y": r"(?<!\d)(?P<year>(?:19|20)\d\d)(?![\d])",
            "Y2": r"(?<!\d)(?P<year2>(?:19|20)\d\d)(?![\d])",
        }
        if month_forms:
            pieces["M"] = _word_group("month", month_forms, m_cs)
            pieces["M2"] = _word_group("month2", month_forms, m_cs)
        if wd_forms:
            pieces["W"] = _word_group("wd", wd_forms, w_cs)
        if wdn_forms:
            pieces["WN"] = _word_group("wd", wdn_forms, w_cs)
        if self._rel_days:
            pieces["R"] = _word_group("rel", [_nfc(str(k)) for k in dates["relative_days"]], False)
        if self._rel_years:
            pieces["RY"] = _word_group("ry", [_nfc(str(k)) for k in dates["relative_years"]], False)

        self._specs: list[_Pattern] = []
        self._bodies: list[tuple[str, str]] = []  # (anchor kind, regex body) per pattern
        for i, entry in enumerate(dates.get("patterns", [])):
            spec, body = self._compile_entry(i, entry, pieces)
            if body is None:
                continue
            self._specs.append(spec)
            self._bodies.append((_kind_of(str(entry["pattern"])), body))
        # One alternation per kind of anchor: a weekday anchor only tries the
        # weekday patterns, a month anchor the month patterns, and so on.
        self._compiled: dict[str, tuple[re.Pattern[str], list[tuple[tuple[str, int], ...]]]] = {}
        for kind in sorted({k for k, _ in self._bodies}):
            self._compile_kind(kind)
        # Running the alternation at every offset costs milliseconds per article,
        # so it is only tried where a date can start: near an anchor (a month,
        # weekday or relative word, a year, a numeric date) and at a token that
        # some template begins with.
        self._anchors = ahocorasick.Automaton()
        for form in month_forms:
            self._add_anchor(form, "m")
        for form in [*wd_forms, *wdn_forms]:
            self._add_anchor(form, "w")
        for form in dates.get("relative_days", {}):
            self._add_anchor(_nfc(str(form)), "r")
        for form in dates.get("relative_years", {}):
            self._add_anchor(_nfc(str(form)), "y")
        if len(self._anchors):
            self._anchors.make_automaton()
        self._starters = frozenset(
            w.casefold()
            for entry in dates.get("patterns", [])
            if isinstance(entry, dict)
            for w in _TEMPLATE_WORD.findall(
                _TEMPLATE_SYNTAX.sub(" ", str(entry.get("pattern", "")))
            )
        )

    def _compile_kind(self, kind: str) -> None:
        parts = [f"(?P<p{i}>{body})" for i, (k, body) in enumerate(self._bodies) if k == kind]
        regex = re.compile("|".join(parts), re.IGNORECASE)
        # Per pattern, (short group name, group number): reading a handful of groups
        # is far cheaper than groupdict() over every pattern's groups.
        per: list[list[tuple[str, int]]] = [[] for _ in self._specs]
        for gname, gnum in regex.groupindex.items():
            head, _, short = gname.partition("_")
            if short:
                per[int(head[1:])].append((short, gnum))
        self._compiled[kind] = (regex, [tuple(x) for x in per])

    def _add_anchor(self, form: str, kind: str) -> None:
        low = " ".join(form.lower().split())
        if not low:
            return
        if unspaced(low[0]):  # no spaces in that script: a form can start anywhere
            if low not in self._anchors:
                self._anchors.add_word(low, (len(low), False, kind))
            return
        # Keys carry the character before the form, so only word starts are reported.
        for lead in _LEADS:
            key = lead + low
            if key in self._anchors:
                length, needs_end, kinds = self._anchors.get(key)
                if kind not in kinds:
                    self._anchors.add_word(key, (length, needs_end, kinds + kind))
                continue
            self._anchors.add_word(key, (len(low), low[-1].isalnum() or low[-1] == "_", kind))

    def _compile_entry(
        self, i: int, entry: Any, pieces: dict[str, str]
    ) -> tuple[_Pattern, str | None]:
        where = f"lang/{self.lang}/dates.yaml pattern #{i}"
        if not isinstance(entry, dict) or "name" not in entry or "pattern" not in entry:
            raise LanguageDataError(f"{where}: needs 'name' and 'pattern'")
        month_mode = entry.get("month_mode")
        weekday_mode = entry.get("weekday_mode", "past")
        if month_mode is not None and month_mode not in _MONTH_MODES:
            raise LanguageDataError(f"{where}: unknown month_mode {month_mode!r}")
        if weekday_mode not in _WEEKDAY_MODES:
            raise LanguageDataError(f"{where}: unknown weekday_mode {weekday_mode!r}")
        year_offset = entry.get("year_offset")
        spec = _Pattern(
            name=str(entry["name"]),
            month_mode=month_mode,
            weekday_mode=weekday_mode,
            year_offset=int(year_offset) if year_offset is not None else None,
            horizon=bool(entry.get("horizon", False)),
            since=bool(entry.get("since", False)),
        )
        template = _nfc(str(entry["pattern"]))
        missing: list[str] = []
        prefix = f"p{len(self._specs)}_"

        def fill(m: re.Match[str]) -> str:
            key = m.group(1)
            if key not in pieces:
                missing.append(key)
                return ""
            return pieces[key]

        body = re.sub(r"\{([A-Z]+2?)\}", fill, template.replace(" ", _BLANKS))
        # Group names are per pattern; prefix them so the alternation stays valid.
        body = body.replace("(?P<", f"(?P<{prefix}").replace("(?P=", f"(?P={prefix}")
        if missing:
            return spec, None  # the language has no data for that placeholder
        try:
            re.compile(body, re.IGNORECASE)
        except re.error as exc:
            raise LanguageDataError(f"{where}: invalid pattern: {exc}") from None
        return spec, body

    # -- matching --------------------------------------------------------------------
    def find(
        self,
        text: str,
        published: str | date | None,
        start: int = 0,
        end: int | None = None,
    ) -> list[Mention]:
        """Date mentions in ``text[start:end]`` with offsets into ``text``."""
        if not self._compiled:
            return []
        pub: date | None
        if isinstance(published, date):
            pub, exact = published, True
        else:
            pub, exact = parse_reference(published)
        stop = len(text) if end is None else end
        out: list[Mention] = []
        last_end = start
        anchors = self._anchor_positions(text, start, stop)
        for a, kinds in anchors:
            if a < last_end:
                continue
            regexes = [self._compiled[k] for k in kinds if k in self._compiled and k != "d"]
            if not regexes:
                continue
            done = False
            for s in self._candidate_starts(text, max(last_end, a - _LOOKBACK), a):
                for regex, groups in regexes:
                    m = regex.match(text, s, stop)
                    if m is None or m.end() <= a or m.lastgroup is None:
                        continue
                    mention = self._resolve(m, int(m.lastgroup[1:]), groups, pub, exact)
                    if mention is not None:
                        out.append(mention)
                        last_end = m.end()
                        done = True
                        break
                if done:
                    break
        if "d" in self._compiled:
            out = self._days_alone(text, anchors, out, pub, exact, stop)
        return _drop_weekday_before_date(out, text)

    def _days_alone(
        self,
        text: str,
        anchors: list[tuple[int, str]],
        found: list[Mention],
        pub: date | None,
        exact: bool,
        stop: int,
    ) -> list[Mention]:
        """A day of the month without its month ("on the 16th", "25일", "26日"): read after
        every other date, only where no other date mention lies, so "le 16 mars" stays
        one full date."""
        regex, groups = self._compiled["d"]
        taken = [(m.start, m.end) for m in found]
        extra: list[Mention] = []
        for a, kinds in anchors:
            if "d" not in kinds:
                continue
            for s in self._candidate_starts(text, max(0, a - _LOOKBACK), a):
                m = regex.match(text, s, stop)
                if m is None or m.end() <= a or m.lastgroup is None:
                    continue
                if any(b < m.end() and m.start() < e for b, e in taken):
                    break
                mention = self._resolve(m, int(m.lastgroup[1:]), groups, pub, exact)
                if mention is not None:
                    extra.append(mention)
                    taken.append((m.start(), m.end()))
                break
        if not extra:
            return found
        return sorted([*found, *extra], key=lambda x: x.start)

    def _anchor_positions(self, text: str, start: int, stop: int) -> list[tuple[int, str]]:
        found: dict[int, str] = {}
        if len(self._anchors):
            low = text[start:stop].lower()
            if len(low) != stop - start:  # a rare character changed length: no shortcut
                low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text[start:stop])
            # One leading blank stands for the start of the text; newlines count as blanks.
            low = " " + low.replace("\n", " ").replace("\t", " ")
            for last, (length, needs_end, kinds) in self._anchors.iter(low):
                e = start + last  # low has one extra leading character
                b = e - length
                if needs_end and e < len(text) and _is_word(text[e]):
                    continue
                found[b] = found.get(b, "") + kinds
        for m in _NUMERIC.finditer(text, start, stop):
            tok = m.group()
            if (
                len(tok) > 2 and (not tok.isdigit() or (len(tok) == 4 and tok[:2] in ("19", "20")))
            ) or (m.end() < stop and unspaced(text[m.end()])):  # "8月20日"
                b = m.start()
                found[b] = found.get(b, "") + "n"
            if "d" in self._compiled and len(tok) <= 2 and tok.isdigit():
                b = m.start()
                found[b] = found.get(b, "") + "d"
        return sorted(found.items())

    def _candidate_starts(self, text: str, lo: int, a: int) -> list[int]:
        starts: list[int] = []
        starters = self._starters
        for m in _TOKEN.finditer(text, lo, a):
            tok = m.group()
            if tok[0].isdigit() or tok == "(" or tok.casefold() in starters:
                b = m.start()
                if b == lo and b > 0 and text[b - 1].isalnum():
                    continue  # the window cut a word: this is not its start
                starts.append(b)
        starts.append(a)
        return starts

    def _resolve(
        self,
        m: re.Match[str],
        idx: int,
        groups: list[tuple[tuple[str, int], ...]],
        pub: date | None,
        exact: bool = True,
    ) -> Mention | None:
        spec = self._specs[idx]
        g: dict[str, str] = {}
        for short, gnum in groups[idx]:
            v = m.group(gnum)
            if v is not None:
                g[short] = v
        res = self._interpret(g, spec, pub, exact)
        if res is None:
            return None
        key, attrs = res
        if spec.horizon:
            attrs["horizon"] = True
        if spec.since:
            attrs["since"] = True
        span_start, span_end = m.span()
        # Patterns may end on blanks after an optional part; keep the span tight.
        text = m.group(0)
        stripped = text.rstrip()
        span_end -= len(text) - len(stripped)
        return Mention(
            start=span_start,
            end=span_end,
            text=stripped,
            kind="date",
            key=key,
            rule=f"date:{self.lang}:{spec.name}",
            attrs=attrs,
        )

    def _month_of(self, g: dict[str, str], name: str, num: str) -> int | None:
        if name in g:
            return self._months.get(_norm_key(g[name]))
        if num in g:
            return int(g[num])
        return None

    def _interpret(
        self, g: dict[str, str], spec: _Pattern, pub: date | None, exact: bool = True
    ) -> tuple[str | None, dict[str, Any]] | None:
        attrs: dict[str, Any] = {"relative": False, "weekday": False}
        day_ref = pub if exact else None  # a day-relative word needs the exact day
        if "rel" in g:
            attrs.update(granularity="day", relative=True)
            offset = self._rel_days.get(_norm_key(g["rel"]))
            if offset is None:
                return None
            return (_iso(day_ref + timedelta(days=offset)) if day_ref else None), attrs
        if "ry" in g:
            attrs.update(granularity="year", relative=True)
            offset = self._rel_years.get(_norm_key(g["ry"]))
            if offset is None:
                return None
            month = self._month_of(g, "month", "mon")
            if month is not None and "day" in g:  # "올해 3월 5일"
                attrs["relative"] = False
                year = pub.year + offset if pub else None
                return self._day_date(g, spec, pub, attrs, month, None, year)
            if month is not None:
                # "今年3月", "지난해 11월": a month of the year the word tells
                attrs.update(granularity="month", month=month)
                return (f"{pub.year + offset:04d}-{month:02d}" if pub else None), attrs
            return (f"{pub.year + offset:04d}" if pub else None), attrs
        if "wd" in g:
            attrs.update(granularity="day", relative=True, weekday=True)
            wd = self._weekdays.get(_norm_key(g["wd"]))
            if wd is None:
                return None
            if "day" in g and pub is not None:
                # "nesta terça-feira (23)": the day of the month given with the weekday names
                # the day even when only the month of publication is known; the weekday must
                # agree with it, else the pair is not read as one date.
                key = _day_alone(pub, int(g["day"]))
                if key is not None and date.fromisoformat(key).weekday() == wd:
                    return key, attrs
            return (_iso(_weekday(day_ref, wd, spec.weekday_mode)) if day_ref else None), attrs

        month = self._month_of(g, "month", "mon")
        month2 = self._month_of(g, "month2", "mon2")
        if month is None and month2 is not None:
            month = month2
        year = int(g["year"]) if "year" in g else None
        year2 = int(g["year2"]) if "year2" in g else None
        if year is None and year2 is not None and month is not None:
            year = year2

        if "day" in g and month is not None:
            return self._day_date(g, spec, pub, attrs, month, month2, year)
        if "day" in g and year is None:
            attrs.update(granularity="day", relative=True, day_alone=True, day=int(g["day"]))
            return (_day_alone(day_ref, int(g["day"])) if day_ref else None), attrs
        if month is not None:
            attrs["granularity"] = "month"
            y = self._month_year(month, year, spec, pub, attrs)
            if y is None:
                attrs["month"] = month
                return None, attrs
            if month2 is not None and month2 != month:
                y2 = y if month2 > month else y + 1
                attrs["end"] = f"{y2:04d}-{month2:02d}"
            return f"{y:04d}-{month:02d}", attrs
        if year is not None:
            attrs["granularity"] = "year"
            if year2 is not None:
                if year2 <= year:
                    return None
                attrs["end"] = f"{year2:04d}"
            return f"{year:04d}", attrs
        return None

    def _day_date(
        self,
        g: dict[str, str],
        spec: _Pattern,
        pub: date | None,
        attrs: dict[str, Any],
        month: int,
        month2: int | None,
        year: int | None,
    ) -> tuple[str | None, dict[str, Any]] | None:
        attrs["granularity"] = "day"
        day = int(g["day"])
        day2 = int(g["day2"]) if "day2" in g else None
        end_month = month2 if month2 is not None else month
        if year is None:
            if not _valid(2000, month, day) or (
                day2 is not None and not _valid(2000, end_month, day2)
            ):
                return None
            attrs["day"] = day  # kept for a caller that must do without the year
            if spec.year_offset is not None:
                if pub is None:
                    return None, attrs
                year = pub.year + spec.year_offset
                attrs["relative"] = True
            elif pub is None:
                attrs["month"] = month  # the month is known, the year is not
                return None, attrs
            else:
                year = pub.year
                if (
                    _valid(year, month, day)
                    and (date(year, month, day) - pub).days > _FUTURE_TOLERANCE_DAYS
                ):
                    year -= 1
                attrs["year_inferred"] = True
        if not _valid(year, month, day):
            return None
        start = date(year, month, day)
        if day2 is not None:
            end_year = year
            if not _valid(end_year, end_month, day2):
                return None
            end = date(end_year, end_month, day2)
            if end < start and month2 is not None:
                end_year += 1
                if not _valid(end_year, end_month, day2):
                    return None
                end = date(end_year, end_month, day2)
            if end <= start:
                return None  # "24-22 November" is not a range; let nothing pretend it is
            attrs["end"] = _iso(end)
        return _iso(start), attrs

    def _month_year(
        self,
        month: int,
        year: int | None,
        spec: _Pattern,
        pub: date | None,
        attrs: dict[str, Any],
    ) -> int | None:
        if year is not None:
            return year
        if pub is None:
            return None
        if spec.year_offset is not None:
            attrs["relative"] = True
            return pub.year + spec.year_offset
        mode = spec.month_mode
        if mode is None:
            attrs["year_inferred"] = True
            return pub.year - 1 if month - pub.month > 6 else pub.year
        attrs["relative"] = True
        if mode == "past":
            return pub.year if month <= pub.month else pub.year - 1
        if mode == "past_strict":
            return pub.year if month < pub.month else pub.year - 1
        if mode == "future":
            return pub.year if month >= pub.month else pub.year + 1
        return pub.year if month > pub.month else pub.year + 1


def _kind_of(template: str) -> str:
    """The anchor a pattern needs: m(onth), w(eekday), r(elative day), y (rel. year), n(umeric),
    d(ay of month alone: "on the 16th", "25일", "26日")."""
    if "{D}" in template and not any(
        p in template for p in ("{M}", "{M2}", "{MM}", "{MM2}", "{Y}", "{Y2}", "{W}", "{WN}")
    ):
        return "d"
    # A template that begins with a year or a relative year word is tried at that anchor:
    # it claims "2024年" or "前年" before a month word after it ("前年七月") is reached.
    if template.startswith("{RY}"):
        return "y"
    if template.startswith("{Y}"):
        return "n"
    if "{M}" in template or "{M2}" in template:
        return "m"
    if "{W}" in template or "{WN}" in template:
        return "w"
    if "{RY}" in template:
        return "y"
    if "{R}" in template:
        return "r"
    return "n"


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _iso(d: date) -> str:
    return d.isoformat()


def _day_alone(pub: date, day: int) -> str | None:
    """A day named without its month is the last such day before publication: news tells what
    just happened ("on the 16th" in a report of the 18th). A day up to
    ``_DAY_ALONE_AHEAD`` days after the publication day is read in the same month (an
    announcement), a later one in the month before."""
    year, month = pub.year, pub.month
    if day - pub.day > _DAY_ALONE_AHEAD:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return _iso(date(year, month, day)) if _valid(year, month, day) else None


def _weekday(pub: date, wd: int, mode: str) -> date:
    """The weekday nearest ``pub`` in the direction the phrase points (news: the past)."""
    if mode in ("past", "past_strict"):
        delta = (pub.weekday() - wd) % 7
        if delta == 0 and mode == "past_strict":
            delta = 7
        return pub - timedelta(days=delta)
    delta = (wd - pub.weekday()) % 7
    if delta == 0 and mode == "future_strict":
        delta = 7
    return pub + timedelta(days=delta)


def _drop_weekday_before_date(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Tuesday, November 25" / "thứ Ba (25/11)": the explicit date says it; drop the weekday."""
    if len(mentions) < 2:
        return mentions
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.attrs.get("weekday")
            and nxt is not None
            and nxt.attrs.get("granularity") == "day"
            and not nxt.attrs.get("relative")
            and nxt.start - m.end <= 4
            and not text[m.end : nxt.start].strip(" ,(\u00a0")
        ):
            continue
        out.append(m)
    return out


def build_parser(registry: Registry, lang: str) -> DateParser:
    return DateParser(
        lang,
        registry.lang(lang, "months"),
        registry.lang(lang, "weekdays"),
        registry.lang(lang, "dates"),
    )


def resolve_dates(
    text: str, lang: str, published: str | None, registry: Registry | None = None
) -> list[Mention]:
    """Date mentions of ``text`` in ``lang`` (convenience for tests and one-off calls).

    Builds a parser each call; pipelines use :class:`DateStage`, which keeps them.
    """
    return build_parser(registry or Registry(), lang).find(text, published)


class DateStage:
    """Appends ``date`` mentions, one parser per language built on first use."""

    name = "dates"
    requires: tuple[str, ...] = ("text", "lang", "sentences", "published")
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, res: Resources) -> None:
        self.res = res
        self._parsers: dict[str, DateParser | None] = {}
        self._label: re.Pattern[str] | None = None

    def __reduce__(self) -> tuple[type[DateStage], tuple[Resources]]:
        return (DateStage, (self.res,))

    def parser(self, lang: str | None) -> DateParser | None:
        if lang is None:
            return None
        if lang not in self._parsers:
            files = self.res.registry.files(lang)
            self._parsers[lang] = (
                build_parser(self.res.registry, lang) if "dates" in files else None
            )
        return self._parsers[lang]

    def __call__(self, doc: Document) -> Document:
        found = self._find(doc, doc.published)
        if parse_reference(doc.published)[0] is None:  # not even a month dates the document
            found = self._with_year_of_document(doc, found)
        self._mark_page_dates(doc.text, found)
        doc.mentions.extend(found)
        return doc

    def _page_label(self) -> re.Pattern[str]:
        """Publication and update labels ("Updated:", "Опубликовано", "发布时间") of
        ``published.yaml`` (one word may follow: "Updated on"), as a pattern that must end
        right before a date."""
        if self._label is None:
            labels = sorted(
                {_nfc(str(x)) for x in self.res.registry.table("published").get("labels", [])},
                key=lambda f: (-len(f), f),
            )
            body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in labels if f)
            self._label = re.compile(
                rf"(?<!\w)(?:{body})\W*(?:\w+\W+)?$" if body else "$^",
                re.IGNORECASE,
            )
        return self._label

    def _mark_page_dates(self, text: str, found: list[Mention]) -> None:
        """A date right after a publication label ("| Updated:2024-04-01" glued to a title)
        stamps the page; the events stage does not date an act by it."""
        label = self._page_label()
        for m in found:
            if label.search(text, max(0, m.start - 40), m.start):
                m.attrs["page_date"] = True

    def _with_year_of_document(self, doc: Document, found: list[Mention]) -> list[Mention]:
        """An undated article that names exactly one year ("năm 2023", "22.11.2023") tells
        the year of its day-and-month dates ("Chiều 11/7", "on August 23"); relative words
        and weekdays still need the publication day and stay unresolved."""
        years = {
            m.key[:4]
            for m in found
            if m.key and not m.attrs.get("relative") and not m.attrs.get("year_inferred")
        }
        if len(years) != 1 or not any(m.key is None for m in found):
            return found
        year = int(years.pop())
        again = {
            (m.start, m.end): m
            for m in self._find(doc, date(year, 12, 31))
            if m.key and m.attrs.get("year_inferred") and not m.attrs.get("relative")
        }
        out: list[Mention] = []
        for m in found:
            m2 = again.get((m.start, m.end)) if m.key is None else None
            if m2 is not None:
                m2.attrs["year_of_document"] = True
                out.append(m2)
            else:
                out.append(m)
        return out

    def _find(self, doc: Document, pub: str | date | None) -> list[Mention]:
        found: list[Mention] = []
        main = self.parser(doc.lang)
        # Paragraphs in another supported language (a quoted English paragraph in a
        # Vietnamese article) are read with their own words.
        spans: list[tuple[int, int, DateParser | None]] = []
        for p in doc.paragraphs:
            if p.lang and p.lang != doc.lang:
                other = self.parser(p.lang)
                if other is not None:
                    spans.append((p.start, p.end, other))
        if not spans:
            if main is not None:
                found = main.find(doc.text, pub)
        else:
            pos = 0
            for s, e, other in spans:
                if main is not None and s > pos:
                    found.extend(main.find(doc.text, pub, pos, s))
                if other is not None:
                    found.extend(other.find(doc.text, pub, s, e))
                pos = e
            if main is not None and pos < len(doc.text):
                found.extend(main.find(doc.text, pub, pos))
        return found
