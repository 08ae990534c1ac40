"""What a matched date means: the groups of a date pattern read as an ISO key.

Split from ``_dates`` by job: :class:`~diplograph._dates_parser.DateParser` compiles a
language's templates and finds where dates are; this mixin and these functions decide
which day, month or year a match names. They hold the rules of a news calendar: a
day and month without a year is the last such day before publication (within
``_FUTURE_TOLERANCE_DAYS``), a day named alone is read in the month of publication or
the one before, a weekday is the nearest one in the direction the phrase points, a
month-only ``published`` tells years but not days. Resolution never looks at the clock:
without a reference a date that needs one gets a ``None`` key, because a news archive
is processed years after it was written. Kept apart because it is plain calendar
arithmetic on small dicts, testable without any pattern; the tables it reads are built
by ``DateParser.__init__`` and only declared here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ._models import Mention

# A day+month without a year takes the published year, unless that puts it
# more than this many days after publication: news reports the past, so
# "on December 28" in an article of January 5 is the previous December.
_FUTURE_TOLERANCE_DAYS = 183
# A day of the month named alone ("on the 20th") up to this many days after the publication
# day is read in the month of publication (an announcement), a later day in the month before.
_DAY_ALONE_AHEAD = 7


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


class _DateResolution:
    """The reading of a match, mixed into ``DateParser`` (which builds these tables)."""

    lang: str
    _specs: list[_Pattern]
    _months: dict[str, int]
    _weekdays: dict[str, int]
    _rel_days: dict[str, int]
    _rel_years: dict[str, int]
    _seasons: dict[str, int]

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
            attrs["year_offset"] = offset  # "last year's July": not the month of the news
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
        if "season" in g:
            # "im vergangenen Herbst", "last autumn": the season's year, read as its last
            # month is read by the pattern's month mode (or year offset, or a year told)
            last = self._seasons.get(_norm_key(g["season"]))
            if last is None:
                return None
            attrs["granularity"] = "year"
            told = int(g["year"]) if "year" in g else None
            y = self._month_year(last, told, spec, pub, attrs)
            return (f"{y:04d}" if y is not None else None), attrs
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
            if year is None and spec.year_offset is not None:
                attrs["year_offset"] = spec.year_offset
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
