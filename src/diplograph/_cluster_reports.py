"""What clustering compares: one event as one document reports it, read from the document.

Split from ``_clustering`` by job: this module says what a report is (its dates, people,
regions, and the months and days an undated article still names), when two spellings name
one person, and when the months and days two reports name rule out one event;
``_cluster_blocks`` blocks, ``_cluster_score`` scores and ``_clustering`` joins reports into
events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import timedelta

from ._forum_identity import ForumNames
from ._models import Document, Event, Evidence, Mention
from ._names import edit_distance, fold_name


def _day(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Report:
    """One event as reported by one document: what clustering compares."""

    doc_id: str
    local_id: str
    type: str
    date: dt.date | None
    published: dt.date | None
    people: frozenset[str]
    regions: frozenset[str]
    # A date known only to the month or year ("2024-11", "2017"): the event lies inside it.
    coarse: str | None = None
    # The month or year of publication when its day is unknown (a crawl that keeps "2024-11").
    issued: str | None = None
    # The region the event took place in, when the report says.
    venue: str | None = None
    # The years its document names ("2023"): what an undated report can still be told by.
    years: frozenset[str] = frozenset()
    # The month its own sentence names without a year ("signed on November 29" in an undated
    # article): it cannot be an event dated in another month.
    month: int | None = None
    # The day of the month its own sentence names without a year ("3일", "on the 16th",
    # "25 ноября" in an undated article): it cannot be an event dated on another day.
    mday: int | None = None
    # A forum of a recurring named series and its edition ("forum-of-regions-by-ru", "n12"
    # for the XII forum, "y2024" for "EEF-2024"): see ``_forum_identity``.
    series: str | None = None
    edition: str | None = None
    # Who holds an office of one holder at a time in its document ("President|VN|",
    # "luong cuong"): see ``offices_of``.
    offices: frozenset[tuple[str, str]] = frozenset()
    # An agreement its first sentence says an institution signed (a school, a university, a
    # company: see ``_institutions``), not the region's or city's authorities.
    institution: bool = False
    # An agreement its first sentence says the two legislatures signed (two councils or
    # assemblies: see ``_institutions``), not the executives of the regions or cities.
    legislature: bool = False
    # Its own date's year was counted from the page's date ("前年七月", "last July"): that
    # year may be one off the signing's (see ``_cluster_pairs.shifted_links``).
    relative_year: bool = False
    # The region its first sentence says the party arrived in ("arrived in Hanoi on 24
    # November"): that day is the trip's first there (see ``_arrivals``).
    arrival: str | None = None

    @property
    def key(self) -> str:
        return f"{self.doc_id}:{self.local_id}"

    @property
    def when(self) -> dt.date | None:
        """The best known day: the event date, else the start of its month or year, else the
        publication date."""
        if self.date:
            return self.date
        if self.coarse or (self.issued and not self.published):
            span = self.span(0)
            return span[0] if span else self.published
        return self.published

    def span(self, lag: int) -> tuple[dt.date, dt.date] | None:
        """The days the event may have happened on: its date, its month or year, else the
        ``lag`` days up to publication; None when nothing dates it. A month or a year ends,
        at the latest, on the day it was reported ("signed in November", published November
        5): what is reported has happened, or, for a trip or a fair, has begun."""
        if self.date:
            return (self.date, self.date)
        span = _coarse_span(self.coarse)
        if span and self.published:
            end = self.published + timedelta(days=_slack(self))
            if span[0] <= end < span[1]:
                return (span[0], end)
        if span:
            return span
        if self.published:
            return (self.published - timedelta(days=lag), self.published)
        span = _coarse_span(self.issued)
        if span:
            return (span[0] - timedelta(days=lag), span[1])
        return None

    @property
    def loose(self) -> bool:
        """Dated by a month or a year only (its own, or its publication's)."""
        return not self.date and bool(self.coarse or (not self.published and self.issued))


def _coarse_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of "YYYY-MM" or "YYYY"."""
    if not value or len(value) not in (4, 7):
        return None
    try:
        year = int(value[:4])
        if len(value) == 4:
            return (dt.date(year, 1, 1), dt.date(year, 12, 31))
        month = int(value[5:7])
        first = dt.date(year, month, 1)
    except ValueError:
        return None
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return (first, nxt - timedelta(days=1))


def coarse_of(value: str | None) -> str | None:
    """The month or year of an event date that gives no day (None for a day or nothing)."""
    return value if value and len(value) in (4, 7) and _coarse_span(value) else None


def _near(a: str, b: str) -> bool:
    """Equal, or one edit apart for tokens of five letters or more (Veremeenko/Veremeyenko),
    or the same first seven letters (Aleksander/Aleksandre/Aleksandr)."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 7 and a[:7] == b[:7]:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    return edit_distance(a, b) <= 1


def same_person(a: str, b: str) -> bool:
    """Two folded names of one person: last names near, and a second token near when both
    have one. Outlets spell transliterated names differently; ids alone would split them.

    A name of one token is a family name: it is the last token of a name written given name
    first ("Putin", "Vladimir Putin") or the first of one written family name first, as
    Japanese, Chinese and Korean names are romanised ("Gotoda", "Gotoda Masazumi")."""
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return False
    if len(ta) == 1 or len(tb) == 1:
        one, full = (ta[0], tb) if len(ta) == 1 else (tb[0], ta)
        return _near(one, full[-1]) or _near(one, full[0])
    if not _near(ta[-1], tb[-1]):
        return False
    return any(_near(x, y) for x in ta[:-1] for y in tb[:-1])


def _shared_people(a: frozenset[str], b: frozenset[str]) -> int:
    if len(a) > len(b):
        a, b = b, a
    return sum(1 for x in a if x in b or any(same_person(x, y) for y in b))


def skeleton(name: str) -> str:
    """Blocking key of a folded name: its last token without vowels (kornilov -> krnlv)."""
    last = name.split()[-1] if name.split() else ""
    return "".join(c for c in last if c not in "aeiou") or last


def _venue(region: str | None) -> frozenset[str]:
    """The venue region joins the acting ones for comparison: reports disagree on whether
    the host city 'acts', never on where the event was."""
    return frozenset({region}) if region else frozenset()


def years_of(doc: Document) -> frozenset[str]:
    """The years a document's date mentions name."""
    return frozenset(m.key[:4] for m in doc.mentions if m.kind == "date" and m.key)


def _month_without_year(doc: Document, ev: Event) -> int | None:
    """The one month that date mentions without a year name in the event's first evidence
    sentence (a report nothing dates: "The agreement was signed on November 29")."""
    if ev.date or not ev.evidence:
        return None
    first = ev.evidence[0]
    named = [
        m
        for m in doc.mentions
        if m.kind == "date" and m.key is None and isinstance(m.attrs.get("month"), int)
    ]
    months = {m.attrs["month"] for m in named if first.start <= m.start < first.end}
    if not months:  # else the one month the whole article names, outside dated sentences
        outside = [m for m in named if not _in_dated_sentence(doc, m)]
        if any(_of_a_past_year(m) for m in outside):
            return None
        months = {m.attrs["month"] for m in outside}
    return months.pop() if len(months) == 1 else None


def _of_a_past_year(m: Mention) -> bool:
    """A month told with a past year word ("去年7月", "지난해 10월", "last July"): an earlier
    act's month (the MoU signed last July), not the month of an undated article's news, and
    then no month of the article can be told to be the news's. It still marks the event
    whose own sentence names it."""
    offset = m.attrs.get("year_offset")
    return isinstance(offset, int) and offset < 0


def _in_dated_sentence(doc: Document, m: Mention) -> bool:
    """Is the mention in a sentence that also names a resolved date ("In 2023 the region
    hosted two visits: in July a delegation ...")? That month is of the year the sentence
    names, background of an undated article, not the month of its news."""
    for s in doc.sentences:
        if s.start <= m.start < s.end:
            return any(
                o.kind == "date" and o.key and s.start <= o.start < s.end for o in doc.mentions
            )
    return False


def _day_of(m: Mention) -> int | None:
    """The day of the month a date mention names (``day``, set by the date parser when the
    year is unknown: "4月26日" -> 26, "3일" -> 3)."""
    day = m.attrs.get("day")
    return day if isinstance(day, int) else None


def _day_without_year(doc: Document, ev: Event) -> int | None:
    """The one day of the month that date mentions without a year name in the event's
    first evidence sentence (an undated article: "the two provinces signed on the 3rd"), else
    the one day its evidence sentences name together: a headline names no day, the sentence
    after it does ("Jeju and Tokushima sign a friendship agreement. Jeju signed it on the
    3rd ...")."""
    if ev.date or not ev.evidence:
        return None
    days = _days_in(doc, ev.evidence[:1])
    if not days:
        days = _days_in(doc, ev.evidence)
    return days.pop() if len(days) == 1 else None


def _days_in(doc: Document, spans: list[Evidence]) -> set[int | None]:
    """The days of the month named without a year (not weekdays) inside ``spans``."""
    return {
        _day_of(m)
        for m in doc.mentions
        if m.kind == "date"
        and m.key is None
        and m.attrs.get("granularity") == "day"
        and not m.attrs.get("weekday")
        and any(e.start <= m.start < e.end for e in spans)
    }


# Offices one person holds at a time (the participants' normalised titles): a country's head
# of state or of government, a region's governor. Deputies, ministers, ambassadors are many,
# and so are governors whose region is not read.
_ONE_HOLDER = frozenset({"President", "Prime Minister"})
_ONE_PER_REGION = frozenset({"Governor"})


def offices_of(
    people: Iterable[tuple[str | None, str | None, str | None, str | None]],
) -> frozenset[tuple[str, str]]:
    """(office, holder) for each participant (name, role, country, region) holding an office
    of one holder: the office is its title, country and region ("President|VN|"); the
    holder, the last word of the folded name (one article writes the governor's full name,
    another his surname)."""
    return frozenset(
        (f"{role}|{country}|{region or ''}", fold_name(name).split()[-1])
        for name, role, country, region in people
        if name
        and fold_name(name)
        and country
        and (role in _ONE_HOLDER or (role in _ONE_PER_REGION and region))
    )


def offices_conflict(a: Report, b: Report) -> bool:
    """Do the two documents name different holders of one office, and never the same one?
    One office has one holder at a time: the article whose president is Y is not of the
    days another article of the batch dates when the president was X. The batch tells who
    held it, not a table of terms."""
    for office in {o for o, _h in a.offices} & {o for o, _h in b.offices}:
        held_a = {h for o, h in a.offices if o == office}
        held_b = {h for o, h in b.offices if o == office}
        if not any(_near(x, y) for x in held_a for y in held_b):
            return True  # outlets spell one holder differently (Minnikhanov, Minikhanov)
    return False


def reports_of(doc: Document, forums: ForumNames | None = None) -> list[Report]:
    """The reports of a document; ``forums`` reads a named forum's series and edition."""
    pub = _day(doc.published)
    issued = coarse_of(doc.published)
    years = years_of(doc)
    offices = offices_of(
        (p.name, p.role, p.country, p.region) for ev in doc.events for p in ev.participants
    )
    return [
        replace(_report(doc, ev, pub, issued, years, forums), offices=offices) for ev in doc.events
    ]


def _report(
    doc: Document,
    ev: Event,
    pub: dt.date | None,
    issued: str | None,
    years: frozenset[str],
    forums: ForumNames | None,
) -> Report:
    month, mday, series, edition, institution, legislature, relative, arrival = own_marks(
        doc, ev, forums
    )
    return Report(
        doc_id=doc.doc_id,
        local_id=ev.local_id,
        type=ev.type,
        date=_day(ev.date),
        published=pub,
        coarse=coarse_of(ev.date),
        issued=issued,
        venue=ev.place.region,
        years=years,
        people=frozenset(fold_name(p.name) for p in ev.participants if p.name),
        regions=frozenset(ev.regions) | _venue(ev.place.region),
        month=month,
        mday=mday,
        series=series,
        edition=edition,
        institution=institution,
        legislature=legislature,
        relative_year=relative,
        arrival=arrival,
    )


# (month, day of the month, forum series, edition, signed by an institution, signed by the
# legislatures, dated by a relative year, the region arrived in): what a report tells of its
# own event that only its document's text and mentions say (see ``own_marks``).
OwnMarks = tuple[int | None, int | None, str | None, str | None, bool, bool, bool, str | None]


def own_marks(doc: Document, ev: Event, forums: ForumNames | None) -> OwnMarks:
    """The features of a report read from its whole document, not from the event's fields:
    the month and day an undated article names, a named forum's series and edition, and
    whether an institution, or the two legislatures, signed the agreement, whether its
    date's year was counted from the page's date, and the region a trip arrived in.

    Why one function: the event store keeps these with each event (its rows hold the
    event's fields, not the document's mentions), so that re-clustering a store compares
    exactly what ``extract`` compares and gives the same event ids."""
    series, edition = forums.identity(doc, ev) if forums is not None else (None, None)
    signers = forums.institutions.signers(doc, ev) if forums is not None else (False, False)
    return (
        _month_without_year(doc, ev),
        _day_without_year(doc, ev),
        series,
        edition,
        *signers,
        _relative_year(doc, ev),
        forums.arrivals.region(doc, ev) if forums is not None else None,
    )


def _relative_year(doc: Document, ev: Event) -> bool:
    """Is the event's own date (a month or a day) read with a year word counted from the
    page's date ("雙方於前年七月締盟", "signed last July") in its evidence? Such a year is
    the writer's count from the day of writing, not a year the text names: a page dated
    later than it was written (a reprint, a crawl's date) or a writer's miscount puts it
    one year off."""
    if not ev.date or len(ev.date) < 7 or not ev.evidence:
        return False
    return any(
        m.kind == "date"
        and m.key == ev.date
        and _year_counted(m)
        and any(e.start <= m.start < e.end for e in ev.evidence)
        for m in doc.mentions
    )


def _year_counted(m: Mention) -> bool:
    """A month or day whose year is counted back from the page's date: a year word ("前年",
    "지난해", "прошлого года") or a month told as the last one ("last July", "juillet
    dernier"). A year the text writes, or one only guessed, is not counted."""
    if isinstance(m.attrs.get("year_offset"), int):
        return True
    return m.attrs.get("relative") is True and m.attrs.get("granularity") == "month"


def other_signers(a: Report, b: Report) -> bool:
    """Do the two agreements name signers of another kind (an institution's memorandum and
    the city's, the councils' agreement and the cities' twinning of the same day)?"""
    return a.institution != b.institution or a.legislature != b.legislature


Mark = tuple[int | None, int | None]  # (month, day of the month) an undated report names


def _fits(mark: Mark, span: tuple[dt.date, dt.date]) -> bool:
    """Is there a day in ``span`` with the month and the day of the month ``mark`` names?
    A span longer than two months (a year) is not checked: it holds every mark."""
    lo, hi = span
    if (hi - lo).days > 62:
        return True
    month, mday = mark
    day = lo
    while day <= hi:
        if (month is None or day.month == month) and (mday is None or day.day == mday):
            return True
        day += timedelta(days=1)
    return False


def _marks_agree(
    a: set[Mark], b: set[Mark], span: tuple[dt.date, dt.date] | None, slack: int
) -> bool:
    """Can two groups of reports be one event by the months and days their undated members
    name? Every mark must fit the group's dates, and two marks must not name two months or
    two days further apart than the event lasts. Checked for the whole group, not the pair
    being joined: an undated report that says nothing must not carry "on the 3rd" into a
    signing of January 25 through a chain of joins."""
    if not a and not b:
        return True
    if span is not None and not all(_fits(m, span) for m in a | b):
        return False
    for ma, da in a:
        for mb, db in b:
            if ma is not None and mb is not None and ma != mb:
                return False
            if da is not None and db is not None and abs(da - db) > slack:
                return False
    return True


# Events that last several days (a trip, a fair): outlets date them by different days of it.
_MULTI_DAY = frozenset({"visit", "forum"})
_MULTI_DAY_SLACK = 3


def _slack(r: Report) -> int:
    return _MULTI_DAY_SLACK if r.type in _MULTI_DAY else 0


def _other_month(undated: Report, other: Report) -> bool:
    """The undated report names a month (without a year) and the other report's own date
    is in another month."""
    if undated.month is None:
        return False
    when = other.date.isoformat() if other.date else other.coarse
    return bool(when and len(when) >= 7 and int(when[5:7]) != undated.month)


def _other_day(undated: Report, other: Report) -> bool:
    """The undated report names a day of the month (without a year) and the other report
    names another one, by its date or by a day of its own; a trip or a fair spans days."""
    if undated.mday is None:
        return False
    day = other.date.day if other.date else other.mday
    return day is not None and abs(day - undated.mday) > max(_slack(undated), _slack(other))


def _months_differ(a: Report, b: Report) -> bool:
    """Two undated reports naming two different months (each without a year)."""
    return a.month is not None and b.month is not None and a.month != b.month


def _month_named(undated: Report, other: Report) -> bool:
    """The undated report names a month (without a year) and the other report is of that
    month too, by its date or by a month of its own, on days the event may span.

    A governor and his region alone are every trip he makes; "on November 25" is the one
    trip of them this other report dates to November 24-25.
    """
    if undated.month is None:
        return False
    month: int | None
    day: int | None
    if other.date:
        month, day = other.date.month, other.date.day
    elif other.coarse and len(other.coarse) == 7:
        month, day = int(other.coarse[5:7]), None
    else:
        month, day = other.month, other.mday
    if month != undated.month:
        return False
    slack = max(_slack(undated), _slack(other))
    return day is None or undated.mday is None or abs(day - undated.mday) <= slack


def _day_named(undated: Report, other: Report) -> bool:
    """The undated report names a month and a day ("on November 23", without a year) and the
    other report is dated on that very day (a trip or a fair: within its slack).

    One side only (the host prefecture of a conference) and perhaps nobody shared: a month
    alone is every event of that region's month, the day is the one. Two such events of two
    years stay ambiguous (the undated rule joins no report to two dated events).

    Another undated report names the day too: the two must also tell one venue ("the forum
    opened in Nizhny Novgorod on June 25", "on June 26-27 in Nizhny Novgorod"); a month and a
    venue without the day were two May forums of one city five years apart."""
    if undated.month is None or undated.mday is None:
        return False
    month: int | None
    day: int | None
    if other.date is not None:
        month, day = other.date.month, other.date.day
    elif other.when is None and undated.venue is not None and other.venue == undated.venue:
        month, day = other.month, other.mday
    elif other.type == "forum" and other.coarse and len(other.coarse) == 7:
        # a gathering of several days dated by its month ("Vietnam Week" in May): a day
        # named in that month may be any of its days
        return int(other.coarse[5:7]) == undated.month
    else:
        return False
    if month != undated.month or day is None:
        return False
    return abs(day - undated.mday) <= max(_slack(undated), _slack(other))
