"""When and where each event happened.

When: the most precise date of the trigger sentences, else the lead's for the headline event;
"the next day" dates an act against the one told before it; an undated act told next to a
dated act of another type by the same people is the same occasion; an undated act of the
headline's people is in the month of the report; an act dated only by an earlier year is
background. Where: the venue, else the lead's venue, the dateline (a capital dateline
is the bureau, not the venue), the hosts' home region, the place of the event told before on
the same day, the one country visited, the host's country; a country venue is refined by
the one acting unit of that country.
"""

from __future__ import annotations

import re

from .._models import Mention, Place
from ._base import _RunBase
from ._place_words import _is_dateline, _is_posting, _is_stamp_date, _is_venue
from ._view import (
    _HOST_RULES,
    _MODAL_BREAK,
    _WORD,
    PLACE_KINDS,
    _Draft,
    _period,
    _place_of,
    _place_rank,
    _shift,
)

# How far (in sentences) an undated act may be from the dated act of the same people to be
# read as the same occasion: a report tells one occasion in a short run of sentences.
_OCCASION_SENTENCES = 3
# a full stop glued to the capital of the next sentence ("Guizhou.Dans"): scraped pages lose
# the space there, and the sentence splitter runs the two sentences together
_GLUED_STOP = re.compile(r"[^\W_]{2}[.!?][A-ZÀ-ÖØ-ÞА-ЯЁ]")
# What closes a sentence of the story (a subheading has none of these).
_STOPS = frozenset(".!?。！？…\"»”')")
# Only spaces up to the line's end (or the text's): ``\s`` is ``str.isspace``, so this is
# ``text[end:next_newline].strip() == ""`` without looking for the next line break.
_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")

# How far (in words) after an anniversary phrase a date is still the commemorated act's: the
# name of that act comes between ("the 46th anniversary of the signing of the Treaty of
# Friendship and Cooperation between Vietnam and Laos (18 July 1977)")
_COMMEMORATED_WORDS = 14
# How far (in words) after an anniversary phrase the act it counts from is named ("the 30th
# anniversary of the signing", "30-летие подписания", "kỷ niệm 30 năm ngày ký kết")
_NAMED_WORDS = 3
# The count of years of an anniversary: a number of one to three digits ("30th", "30-летие",
# "46 năm"), not a year
_COUNT = re.compile(r"(?<![\d.,])(\d{1,3})(?![\d.,])")


class _WhenWhere(_RunBase):
    """Dates and places of events (a job of ``_Run``)."""

    def _commemorated(self, i: int, m: Mention) -> bool:
        """Is the date told right after an anniversary phrase of sentence ``i`` ("kỷ niệm 46
        năm Ngày ký Hiệp ước Hữu nghị (18/7/1977), hai tỉnh tổ chức Lễ ký kết")? It dates the
        act commemorated, not the one the sentence tells. Only within the phrase's clause
        (no comma or semicolon between; a bracket may hold the date) and a few words on."""
        text = self.v.text
        for _, b, _ in self.scan(self.lex.commemorated, i):
            if b > m.start:
                continue
            gap = text[b : m.start]
            if not _MODAL_BREAK.search(gap) and len(_WORD.findall(gap)) <= _COMMEMORATED_WORDS:
                return True
        return False

    def _anniversary_year(self, i: int, at: int) -> str | None:
        """The year of an act named right after an anniversary phrase with its count ("2022
        marks the 30th anniversary of the signing of the agreement between A and B", "В 2022
        году ... отмечают 30-летие подписания соглашения"): the year the sentence celebrates
        (its own year, else the publication's) less the count. Only the act the phrase names
        (up to a few words after it, in its clause), and only a count of years up to 200.
        Only an act of the relation: the sentence names regions of two countries (the parties
        of "the signing of the agreement between A and B"); a national treaty's anniversary
        ("the 45th anniversary of the signing of the Treaty of Friendship") is left as told."""
        v, text = self.v, self.v.text
        codes = {m.key for m in v.by_sent[i] if m.kind == "region" and m.key}
        if len({c.split("-")[0] for c in codes}) < 2:
            return None
        near: tuple[int, int] | None = None
        for a, b, _ in self.scan(self.lex.commemorated, i):
            gap = text[b:at]
            if a <= at and (
                b >= at
                or (not _MODAL_BREAK.search(gap) and len(_WORD.findall(gap)) <= _NAMED_WORDS)
            ):
                near = (a, b) if near is None or a > near[0] else near
        if near is None:
            return None
        a, b = near
        counts = _COUNT.findall(text[max(v.sents[i].start, a - 16) : b])
        if not counts or not 0 < int(counts[-1]) <= 200:
            return None
        years = [
            m.key[:4]
            for m in v.by_sent[i]
            if m.kind == "date" and m.key and not _period(m) and not self._commemorated(i, m)
        ]
        year = years[0] if len(set(years)) == 1 else (v.published or "")[:4] if not years else ""
        if not year.isdigit():
            return None
        return f"{int(year) - int(counts[-1]):04d}"

    def _event_date(self, d: _Draft, prev_date: str | None, rules: list[str]) -> str | None:
        """The date of an event as output: its own, else relative to the event before, else
        the lead's for the headline event (rules record which)."""
        date = d.date
        borrowed = d.shared_date  # the day may be another act's (see ``_lasts_days``)
        if d.anchor is not None and prev_date and len(prev_date) == 10:
            date = _shift(prev_date, d.anchor)
            rules.append("date:relative-to-previous-event")
        elif (
            d.headline
            and not d.trip
            and (date is None or d.coarse)
            and "date:trip-told-from-its-departure-by-its-month" not in d.rules
        ):
            lead = self._lead_date(d)
            if lead and (date is None or lead.startswith(date)):
                date, borrowed = lead, borrowed or lead != d.date
                rules.append("date:lead")
        recalled = date is None and not d.headline and not d.trip and self._recalled(d)
        if recalled:
            # "He also recalled the milestones ... the signing of the agreement between A and
            # B by 2025": an earlier act the speaker recalls, told without its date; neither
            # the occasion beside it nor the month of the news is its date
            rules.append("date:recalled-act-undated")
            return None
        if date is None and d.anchor is None and not d.trip:
            occasion = self._same_occasion(d)
            if occasion is not None:
                date, borrowed = occasion, True
                rules.append("date:same-occasion-as-next-act")
        if date is None and not d.trip and self._of_an_earlier_period(d):
            # "signed a cooperation agreement for the 2021-2025 period" in a 2024 report:
            # the act opened that period, years before the report; its day is not told
            rules.append("date:act-of-an-earlier-period-undated")
            return None
        if (
            date is None
            and d.headline
            and not d.trip
            and self.v.published
            and len(self.v.published) >= 7
        ):
            # the news of a dated report: its headline act happened in the month of the
            # report (the day is often the day before; the month is what the report tells;
            # a report known only by its month, "2024-04", tells that month too)
            date = self.v.published[:7]
            rules.append("date:headline-in-the-month-of-publication")
        if (
            date is None
            and not d.trip
            and not d.headline
            and d.anchor is None
            and self.v.published
            and len(self.v.published) >= 7
            and self._of_the_news(d)
        ):
            # "Söder also met the governor": an undated act of the headline's people in a
            # dated report is part of the news: the month of the report
            date = self.v.published[:7]
            rules.append("date:act-of-the-news-in-the-month-of-publication")
        if date is None and d.trip and self.v.published and len(self.v.published) >= 7:
            # a trip reported without dates is under way or just over: the month of the report
            date = self.v.published[:7]
            rules.append("date:trip-in-the-month-of-publication")
        if borrowed and date and len(date) == 10 and d.anchor is None and self._lasts_days(d):
            # "on the 20th, in the framework of Vietnam Week, the governor received": the
            # day is the reception's; the week told as a whole is dated by its month (the
            # day it opened, told as its own act, stays its date)
            date = date[:7]
            rules.append("date:gathering-of-several-days-by-its-month")
        return date

    def _lasts_days(self, d: _Draft) -> bool:
        """Is ``d`` a gathering of several days (days or a week of a place, a forum of
        regions, a fair: per-language ``multi_day`` names) named in its trigger sentences?
        A conference, an exhibition opened or a visit's programme keep their day."""
        return d.type == "forum" and any(self.scan(self.lex.multi_day, i) for i in d.trigger_sents)

    def _recalled(self, d: _Draft) -> bool:
        """Is the act told in its own sentence after a speaker's verb of recalling ("X
        recalled ...", "Il a rappelé ...", "напомнил", lang/*/triggers.yaml ``recalled``: finite
        forms, the participle "recalling ..., they signed" opens the news) or with a word of an
        earlier occasion ("last year")? A clause may stand between ("recalled the milestones
        of the relation, among them the signing ..."). Such an act is of another occasion
        than the news even when the sentence shares the headline's person (the speaker)."""
        for i in d.trigger_sents[:1]:
            if any(e.group == "earlier" for _, _, e in self.scan(self.lex.earlier, i)):
                return True
            if any(b <= d.first for _, b, _ in self.scan(self.lex.recalled, i)):
                return True
        return False

    def _of_an_earlier_period(self, d: _Draft) -> bool:
        """Does the act's own sentence name a period of years that began at least two years
        before the report ("the agreement for 2021-2025", "giai đoạn 2021-2025")? An act told
        with the period it covers was made when that period opened; a programme is seldom
        signed two years into its own term, so the month of the report is not its date (a
        period that opens this year or last, "the plan for 2024-2026", may be signed now)."""
        year = (self.v.published or "")[:4]
        if not year.isdigit():
            return False
        return any(
            m.kind == "date" and _period(m) and int(str(m.key)) <= int(year) - 2
            for i in d.trigger_sents
            for m in self.v.by_sent[i]
        )

    def _of_the_news(self, d: _Draft) -> bool:
        """Does an act share a person with the headline act? (An undated act of other people,
        "the two regions signed a twinning agreement", may be background of any year.)"""
        return any(
            o.headline and o is not d and set(o.persons) & set(d.persons) for o in self.drafts
        )

    def _same_occasion(self, d: _Draft) -> str | None:
        """ "On August 23 the governors held a video meeting. They ... jointly signed the
        memorandum": an undated act told right next to a dated act of the same people, with
        no other date between them, happened on the same occasion (the wire-story reading).
        Only an act of another type (talks and a signing, a visit and a reception): two
        meetings kept apart may be two days ("Earlier, he met ..."). The date is the one told
        in that act's nearest sentence (a trip's sentence "on the
        16th the delegation visited X" dates that stop, not the whole trip), else that act's.
        An act told apart, with other people or after another date, keeps no date.
        """
        mine = min(d.trigger_sents)
        best: tuple[int, str] | None = None
        for o in self.drafts:
            if o is d or o.anchor is not None or not set(o.persons) & set(d.persons):
                continue
            if o.type == d.type:
                continue  # two acts of one type the report keeps apart: maybe two days
            for j in o.trigger_sents:
                gap = abs(j - mine) - self._headings_between(j, mine)
                if gap > _OCCASION_SENTENCES or (best is not None and gap >= best[0]):
                    continue
                # a span of days ("from 4 to 7 December") dates the trip, not one act of it
                told = [
                    m.key
                    for m in self.v.by_sent[j]
                    if m.kind == "date"
                    and m.key
                    and len(m.key) == 10
                    and not _period(m)
                    and not (o.trip and isinstance(m.attrs.get("end"), str))
                    and not _is_stamp_date(self.v, self.lex, m)
                ]
                date = told[0] if len(set(told)) == 1 else None
                if date is None and not o.trip and o.date and len(o.date) == 10:
                    date = o.date  # a day: "signed in 1982" is no occasion of the talks
                if date is None:
                    continue
                lo, hi = sorted((j, mine))
                between = range(lo + 1, hi + 1) if j < mine else range(lo, hi)
                if any(m.kind == "date" and m.key for k in between for m in self.v.by_sent[k]):
                    continue  # another date told in between: another occasion
                best = (gap, date)
        return best[1] if best else None

    def _headings_between(self, a: int, b: int) -> int:
        """Subheadings between two sentences ("Söder: support for Bavarian firms"): a line
        without a closing stop is no sentence of the story, so it does not set the story's
        acts apart.

        Counted from a running total over the document's sentences, found once per document
        (a count per pair of acts walked every sentence between them, and looked for the
        line's end from each of them: quadratic on a long text with few line breaks)."""
        lo, hi = sorted((a, b))
        if hi - lo < 2:
            return 0
        before = self._heading_totals()
        return before[hi] - before[lo + 1]

    def _heading_totals(self) -> list[int]:
        """How many subheadings come before each sentence (``[k]``: among sentences
        ``0..k-1``). A subheading is a sentence whose last non-space character is no stop and
        after which only spaces come before the line's end."""
        if self._headings is None:
            text = self.v.text
            totals = [0]
            for s in self.v.sents:
                line = text[s.start : s.end].rstrip()
                alone = _LINE_END.match(text, s.end) is not None
                totals.append(totals[-1] + (1 if line and line[-1] not in _STOPS and alone else 0))
            self._headings = totals
        return self._headings

    def _is_background(self, d: _Draft, date: str | None) -> bool:
        """ "X recalled that the provinces signed in 2013": dated only by a year before
        publication and told with a person (the one who recalls it), background news.

        An earlier act of units told by the reporter without anyone ("the two provinces
        signed a memorandum in 2016", "became sister cities in 2002") is kept as an event of
        its year: the real gold counts such acts of the relation (#12).
        """
        published_year = (self.v.published or "")[:4]
        # the one who recalls it is told in the act's own sentence: not a person who joined
        # from another sentence, nor one named after a full stop the page lost its space at
        # ("... en 2001, la Lozère ... du Guizhou.Dans ce cadre, le directeur X a invité")
        speakers = [
            k for k, m in d.persons.items() if k not in d.joined and not self._run_on(d, m.start)
        ]
        if d.regions and not speakers:
            return False
        if d.type == "other" and d.regions:
            # "the friendship association's chapter of A, which was established in 2005,
            # ..., X said": the founding of a unit's association is an act of the relation
            # whoever tells it (the one who recalls it is no participant)
            return False
        return bool(
            not d.headline
            and not d.trip
            and date
            and len(date) == 4
            and published_year.isdigit()
            and date < published_year
        )

    def _run_on(self, d: _Draft, at: int) -> bool:
        """Is there a full stop glued to the next word ("Guizhou.Dans") between the act's
        trigger and ``at``: a sentence the page ran into this one?"""
        if at <= d.first:
            return False
        return _GLUED_STOP.search(self.v.text, d.first, at) is not None

    def _event_place(
        self,
        d: _Draft,
        date: str | None,
        dateline: Place | None,
        previous: tuple[str | None, Place] | None,
        previous_country: str | None,
        rules: list[str],
    ) -> Place:
        """Where an event happened, by the first rule that gives a place (see module doc)."""
        v = self.v
        place = d.venue
        if place is None and d.headline:
            place = self._lead_venue(d)
            if place is not None:
                rules.append("place:lead-venue")
        if (
            d.headline
            and dateline is not None
            and (
                place is None
                or (
                    _place_rank(dateline) > _place_rank(place)
                    and place.country in (None, dateline.country)
                )
            )
        ):
            place = dateline
            rules.append("place:dateline")
            local = {c for c in d.regions if c.split("-")[0] == dateline.country}
            if (
                dateline.region
                and dateline.region not in local
                and len(local) == 1
                and self.names.is_capital(dateline.region)
            ):
                # "HANOI (VNA) - HCMC leaders received ...": the capital is the bureau
                place = Place(dateline.country)
                rules.append("place:capital-dateline-is-the-bureau")
        if place is None:
            place = self._host_region(d)
            if place is not None:
                rules.append("place:host-region")
        if place is None and d.posting is not None:
            # "met the ambassador of Vietnam to Russia": the act is in the country of the
            # posting when nothing better places it (the lead, the hosts' home)
            place = d.posting
            rules.append("place:country-of-a-diplomats-posting")
        if place is None and d.headline:
            place = self._lead_venue(d, posting=True)
            if place is not None:
                rules.append("place:country-of-a-diplomats-posting-in-the-lead")
        if (
            place is None
            and previous is not None
            and (d.anchor == 0 or (date and previous[0] and date == previous[0]))
        ):
            place = Place(previous[1].country, previous[1].region, previous[1].city)
            rules.append("place:previous-event-same-day")
        went = {
            o.venue.country
            for o in self.drafts
            if o.type == "visit" and o.venue and o.venue.country and o.venue.region
        }
        if place is None and not d.trip and len(went) == 1 and went != set(self.destinations):
            # "делегация прибыла в Петербург ... подписали соглашение": the one trip told
            # with its place is where its acts were, whatever other country the text names
            # as visited (a visit planned or recalled)
            place = Place(country=next(iter(went)))
            rules.append("place:country-of-the-trip-told")
        if place is None and len(self.destinations) == 1:
            place = Place(country=next(iter(self.destinations)))
            rules.append("place:country-of-the-visit")
        if place is None and previous_country:
            place = Place(country=previous_country)
            rules.append("place:country-of-previous-event")
        if place is None and d.host:
            country = v.person_attrs.get(d.host, {}).get("country")
            if isinstance(country, str):
                place = Place(country=country)
                rules.append("place:host-country")
        countries = {
            code.split("-")[0]
            for code, why in d.regions.items()
            if why in _HOST_RULES  # visitors (delegations) do not say where it happened
        }
        if place is None and len(countries) == 1:
            place = Place(country=countries.pop())
            rules.append("place:country-of-acting-regions")
        place = place or Place()
        if not d.trip and place.country and not place.region:
            # "met the Hanoi chairman during his visit to Vietnam": of the units acting,
            # the one in the venue country is where it happened
            here = sorted({c for c in d.regions if c.split("-")[0] == place.country})
            if len(here) == 1:
                place = Place(place.country, here[0], self.names.city_of_region(here[0]))
                rules.append("place:acting-region-in-venue-country")
        if d.trip and place.country and not place.region:
            # "对越南山罗省进行工作访问", a working visit to Son La province of Vietnam: the
            # one region of the country visited that the trip's sentence names is where
            # it went (none of the country acting otherwise: a domestic trip is not refined)
            here = sorted(c for c in d.regions if c.split("-")[0] == place.country)
            named = [c for c in here if d.regions[c] == "region:named-in-trigger-sentence"]
            if len(here) == 1 and named:
                place = Place(place.country, named[0], self.names.city_of_region(named[0]))
                rules.append("place:named-region-of-the-country-visited")
        return place

    def _lead_date(self, d: _Draft) -> str | None:
        """The headline event may take its date from the lead (sentences before its trigger).

        The most precise date wins: "2025" in the lead never hides "16 October". A day told
        in the lead after the trigger counts too (the lead is the first three sentences): a
        title and a standfirst tell the signing, the first paragraph opens "Today (31 March),
        at ..."; a year or a month there is background ("partners since 1992"), not the day.
        """
        first = min(d.trigger_sents)
        best: str | None = None
        for i in range(min(3, len(self.v.sents))):
            for m in self.v.by_sent[i]:
                precise = best is None or len(m.key or "") > len(best)
                told_after = i > first and len(m.key or "") < 10
                # "Seit 1986 gibt es die Partnerschaft": the year a state began, not the news
                began = m.attrs.get("since") is True
                if m.kind != "date" or not m.key or _period(m) or began or told_after:
                    continue
                if self._commemorated(i, m):  # "the 40th anniversary of the Treaty (1983)"
                    continue
                if not precise:
                    continue
                if not _is_stamp_date(self.v, self.lex, m):  # the dispatch's day
                    best = m.key
        return best

    def _lead_venue(self, d: _Draft, posting: bool = False) -> Place | None:
        """The headline event told without a venue happened where the lead says (with
        ``posting``: the country a diplomat of the lead is posted to, a last clue)."""
        first = min(d.trigger_sents)
        found: list[Mention] = []
        told = _is_posting if posting else _is_venue
        for i in range(min(first, 2) + 1):
            found += [
                m
                for m in self.v.by_sent[i]
                if m.kind in PLACE_KINDS and not self.v.nested(m) and told(self.v, self.lex, m)
            ]
        if not found:
            return None
        return self.names.place(max(found, key=lambda m: _place_rank(_place_of(m))))

    def _host_region(self, d: _Draft) -> Place | None:
        """A delegation from one region meeting the authorities of one other: the hosts' home."""
        if d.type not in ("meeting", "agreement", "award"):
            return None
        visiting = {c for c, why in d.regions.items() if why.startswith("region:delegation")}
        visiting |= {c for i in d.trigger_sents for _, _, c in self.delegations[i] if c}
        hosts = {c for c in d.regions if c not in visiting}
        if not visiting or len(hosts) != 1:
            return None
        host = hosts.pop()
        if any(host.split("-")[0] == c.split("-")[0] for c in visiting):
            return None
        return Place(country=host.split("-")[0], region=host, city=self.names.city_of_region(host))

    def _dateline_place(self) -> Place | None:
        for i in range(min(4, len(self.v.sents))):
            for m in self.v.by_sent[i]:
                if m.kind in PLACE_KINDS and _is_dateline(self.v, self.lex, m):
                    return self.names.place(m)
        return None
