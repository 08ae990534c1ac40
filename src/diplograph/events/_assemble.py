"""Assembling the output records from the drafts: each draft's date, place, participants
and sectors decided and written as an Event, then the page-wide passes over the events (the
other side's regions filled, one side kept for a person everywhere, trips dated by their
acts).

Why apart from detection: detection reads sentences into drafts; this reads drafts into
records, and can be read and tested alone.
"""

from __future__ import annotations

from .._models import Event, Participant, Place
from ._trips import _Trips
from ._view import (
    _dates_agree,
    _Draft,
    _str,
)
from ._when_where import _WhenWhere


class _Assembly(_Trips, _WhenWhere):
    """Drafts into output records (``events``) and the page-wide passes over them."""

    def events(self) -> list[Event]:
        v = self.v
        out: list[tuple[int, Event]] = []
        previous_country: str | None = None
        previous: tuple[str | None, Place] | None = None  # date and place of the event before
        dateline = self._dateline_place()
        dated: dict[int, tuple[_Draft, str | None]] = {}  # the drafts dated so far
        for d in sorted(self.drafts, key=lambda x: x.first):
            rules = list(d.rules)
            prev_date = previous[0] if previous else None
            date = self._event_date(d, prev_date, rules)
            if date is None and d.type == "forum" and not d.strong:
                date = _month_of_an_act_held_at(d, dated)
                if date is not None:
                    rules.append("date:month-of-an-act-held-at-it")
            dated[id(d)] = (d, date)
            if self._is_background(d, date):
                self.background.append(d)
                continue
            place = self._event_place(d, date, dateline, previous, previous_country, rules)
            d.place = place
            if place.country:
                previous_country = place.country
            if not d.trip:
                previous = (date, place)
            participants = []
            for key in d.persons:
                attrs = v.person_attrs.get(key, {})
                filled = self.fill.get(key)
                participants.append(
                    Participant(
                        name=key,
                        role=_str(attrs.get("role")),
                        country=_str(attrs.get("country"))
                        or (filled.split("-")[0] if filled else None),
                        region=_str(attrs.get("region")) or filled,
                        entity_id=_str(attrs.get("entity_id")) or f"person:{key}",
                        rule=d.why.get(key, "participant:trigger-sentence")
                        + (":region-of-their-delegation" if filled else ""),
                    )
                )
            _fill_other_side(participants, d.regions)
            sectors = self._event_sectors(d)
            rules += [r for r in d.regions.values() if r not in rules]
            rules += [r for r in sectors.values() if r not in rules]
            sents = sorted(set(d.trigger_sents))
            confidence = 0.45 if not d.strong else 0.6
            confidence += 0.15 if participants else 0.0
            confidence += 0.1 if len(participants) >= 2 else 0.0
            confidence += 0.1 if date else 0.0
            confidence += 0.05 if place.country else 0.0
            out.append(
                (
                    d.first,
                    Event(
                        type=d.type,  # type: ignore[arg-type]
                        date=date,
                        place=place,
                        participants=participants,
                        regions=sorted(d.regions),
                        sectors=sorted(sectors),
                        evidence=[v.evidence(i) for i in sents],
                        confidence=round(min(confidence, 0.99), 3),
                        rules=rules,
                    ),
                )
            )
        events = [e for _, e in sorted(out, key=lambda x: x[0])]
        _date_trips_by_their_acts(events)
        _same_side_everywhere(events)
        for n, e in enumerate(events, 1):
            e.local_id = f"e{n}"
        return events


def _month_of_an_act_held_at(d: _Draft, dated: dict[int, tuple[_Draft, str | None]]) -> str | None:
    """ "заявил на встрече, состоявшейся в рамках Недели Вьетнама" (said at the meeting held
    within the Vietnam Week): a gathering named only as the frame of a dated act told in its
    sentence lasts days around that act; it is dated by the act's month (a gathering told as
    a whole is dated by its month)."""
    for o, date in dated.values():
        if o is d or o.type == "forum" or not date or len(date) < 7:
            continue
        if set(o.trigger_sents) & set(d.trigger_sents):
            return date[:7]
    return None


def _fill_other_side(participants: list[Participant], regions: dict[str, str]) -> None:
    """Two persons at an act between the regions of two countries, one of them known to be
    of one country: the other is of the other side ("Minister for Trade X and the Chief
    Minister of Rajasthan Y signed the agreement" between South Australia and Rajasthan).
    With three persons or more, the unplaced one may be of either side: nothing is said."""
    countries = {code.split("-")[0] for code in regions}
    if len(participants) != 2 or len(countries) != 2:
        return
    known = [p for p in participants if p.country]
    unknown = [p for p in participants if not p.country]
    if len(known) == 1 and len(unknown) == 1 and known[0].country in countries:
        unknown[0].country = (countries - {known[0].country}).pop()
        unknown[0].rule += ":country-of-the-other-side"


def _same_side_everywhere(events: list[Event]) -> None:
    """A person found to be of one side at one act (``_fill_other_side``: "Minister X and
    the Chief Minister of Rajasthan Y signed") is of that side at the page's other acts
    too ("X's week-long delegation to India"), where nothing placed them."""
    known = {
        p.name: p.country
        for e in events
        for p in e.participants
        if p.country and p.rule.endswith(":country-of-the-other-side")
    }
    for e in events:
        for p in e.participants:
            if p.country is None and p.name in known:
                p.country = known[p.name]
                p.rule += ":country-of-the-other-side"


def _date_trips_by_their_acts(events: list[Event]) -> None:
    """A trip nothing dates, in a report without a publication date ("Notley is on a 10-day
    trip"), is in the month of the dated acts its travellers perform on it ("she signed the
    agreement on April 24"): what a trip is the circumstance of happens during it. Acts of
    two months leave it undated (which one it is, nothing says)."""
    for trip in events:
        if (
            trip.type != "visit"
            or trip.date
            or "visit:implied-by-trip-cue" not in " ".join(trip.rules)
        ):
            continue
        names = {p.name for p in trip.participants}
        months = {
            e.date[:7]
            for e in events
            if e is not trip
            and e.type != "visit"
            and e.date
            and len(e.date) >= 7
            and names & {p.name for p in e.participants}
        }
        if len(months) == 1:
            trip.date = months.pop()
            trip.rules.append("date:month-of-the-travellers-acts")


def _same_months(a: str | None, b: str | None) -> bool:
    """Dates of one trip: a trip lasts days, so only the months (or years) must agree."""
    return _dates_agree(a[:7] if a else None, b[:7] if b else None)
