"""Trips: a trip told as a whole, or only as the circumstance of the acts told.

Several stops of one travelling party (or an explicit "visited <country>") are one more
``visit`` event; so is a trip told only as the circumstance of an act ("during his working
visit to X, he met ...", "who is on a visit", "during their stay"), made by its travellers
and dated by its own sentences, else by the month its stops share.
"""

from __future__ import annotations

from collections import Counter

from .._models import Place
from ._place_words import _is_venue
from ._retellings import _Retellings
from ._sectors import _Sectors
from ._view import STOP_TYPES, _dates_agree, _Draft, _period


class _Trips(_Retellings, _Sectors):
    """The trip events of a document (a job of ``_Run``, after detection)."""

    def _trip(self) -> None:
        stops = [d for d in self.drafts if d.type in STOP_TYPES]
        explicit = [d for d in self.drafts if d.type == "visit" and d.trip]
        traveller = self.doc_delegation
        travelling = [d for d in stops if traveller and traveller in d.regions]
        if not travelling and len(stops) >= 2:
            common = set.intersection(*(set(d.persons) for d in stops))
            if common:
                travelling = stops
        places = {(d.venue.city or d.venue.region) for d in travelling if d.venue}
        places.discard(None)
        several = len(travelling) >= 2 and (len(places) >= 2 or bool(self.trip_cues))
        if explicit:
            trip = explicit[0]
            # "X visited A and met B ... Y had visited C in February": the trip told first,
            # as the circumstance of the headline act, is one more trip
            before = [i for i in self.side_trips if i < min(trip.trigger_sents)]
            acts = [d for d in stops if set(d.trigger_sents) & set(before)]
            if before and acts:
                self._implied_trip(acts, before)
            self._country_around(trip)
        elif several:
            first = self.trip_cues[0] if self.trip_cues else travelling[0].trigger_sents[0]
            trip = _Draft(type="visit", first=self.v.sents[first].start, trip=True)
            trip.strong = False
            trip.rules.append("visit:trip-of-several-stops")
            if self.trip_cues:
                trip.trigger_sents = list(self.trip_cues)
                trip.span = list(self.trip_span)
                trip.rules += [f"visit:trip-cue:{self.lex.lang}" for _ in self.trip_cues[:1]]
            else:
                trip.trigger_sents = [travelling[0].trigger_sents[0]]
            if traveller:
                trip.regions[traveller] = "region:delegation-of-document"
            self.drafts.append(trip)
        else:
            self._return_trip_span()
            self._implied_trip(stops)
            return
        # "the visits to Vietnam by X in 2023", recalled in a report of an act of 2024: an act
        # of another date is no stop of that trip (its regions and venue are not the trip's)
        travelling = [d for d in travelling if _dates_agree(trip.date, d.date)]
        if not trip.persons:
            self._travellers(trip, travelling, traveller)
        for d in travelling:
            for code in d.regions:
                trip.regions.setdefault(code, "region:trip-stop")
            # a capital told only as "the capital of the country" is not named: no region
            told = "place:capital-of-the-country" not in d.rules
            if d.venue and d.venue.region and told:
                trip.regions.setdefault(d.venue.region, "region:trip-stop-venue")
        countries = {d.venue.country for d in travelling if d.venue and d.venue.country}
        regions = {d.venue.region for d in travelling if d.venue}
        if trip.venue is None and len(countries) == 1:
            country = countries.pop()
            region = regions.pop() if len(regions) == 1 else None
            trip.venue = Place(country=country, region=region)
            trip.rules.append("place:common-to-stops")
        per_stop = Counter(s for d in travelling for s in {x for x, _ in self._sectors(d.span)})
        trip_sectors = {s for s, n in per_stop.items() if n >= 2}
        trip.rules += [f"sector:recurring-in-stops:{s}" for s in sorted(trip_sectors)]
        self._trip_sectors = trip_sectors
        self._trips_of_others()

    def _trips_of_others(self) -> None:
        """ "Он также отметил, что в соответствии с договорённостями X с Y в ходе визита
        китайского лидера в РФ в марте ..." (he noted that, in line with what X agreed with Y
        during the Chinese leader's visit to Russia in March ...): a trip told as a
        circumstance in a sentence that tells no act of the report, made by persons no act of
        the report has, is another trip than the report's: a visit of its own, by the persons
        of the sentence not of the country visited."""
        v = self.v
        taken = {i for d in self.drafts for i in d.trigger_sents}
        known = {k for d in self.drafts for k in d.persons}
        for i in sorted(set(self.side_trips) - taken):
            dest = self.destination_in.get(i, set())
            if len(dest) != 1:
                continue
            country = next(iter(dest))
            persons = [
                m
                for m in self._persons(i)
                if (m.key or m.text) not in v.historical
                and v.person_attrs.get(m.key or m.text, {}).get("country") not in (None, country)
            ]
            if not persons or any((m.key or m.text) in known for m in self._persons(i)):
                continue
            trip = _Draft(type="visit", first=v.sents[i].start, trip=True)
            trip.strong = False
            trip.trigger_sents, trip.span = [i], [i]
            trip.rules.append(f"visit:trip-of-others-told-as-circumstance:{self.lex.lang}")
            for m in persons:
                key = m.key or m.text
                trip.persons.setdefault(key, m)
                trip.why.setdefault(key, "participant:traveller-in-trip-sentence")
            own = self._trip_dates([i])
            if own is not None:
                trip.date, trip.coarse = own, len(own) < 10
                trip.rules.append("date:trip-sentence")
            trip.venue = Place(country=country)
            self.drafts.append(trip)

    def _implied_trip(self, stops: list[_Draft], only: list[int] | None = None) -> _Draft | None:
        """A trip told only as the circumstance of the events ("during his working visit to
        Russia, X met ...", "a delegation on a working trip"): one more ``visit`` event, made
        by the travellers: the persons of those sentences who are not of the country visited,
        else the delegation's people at the stops. Dated by the month its stops share.
        """
        cues = sorted(set(self.trip_cues) | set(self.side_trips)) if only is None else only
        if not cues or not stops:
            return None
        v = self.v
        dest = next(iter(self.destinations)) if len(self.destinations) == 1 else None
        if only is not None:  # the trip of these sentences: the country they say was visited
            told = set().union(*(self.destination_in.get(i, set()) for i in cues))
            dest = told.pop() if len(told) == 1 else None
        if dest is None:  # the one country all the stops took place in
            venues = {d.venue.country for d in stops if d.venue and d.venue.country}
            dest = venues.pop() if len(venues) == 1 else None
        # told after the first act it is the circumstance of (the order of the output)
        first = max(v.sents[cues[0]].start, min(d.first for d in stops) + 1)
        trip = _Draft(type="visit", first=first, trip=True)
        trip.strong = False
        trip.trigger_sents = cues
        trip.rules.append(f"visit:implied-by-trip-cue:{self.lex.lang}")
        for i in cues:
            for m in self._persons(i):
                key = m.key or m.text
                country = v.person_attrs.get(key, {}).get("country")
                if key in v.historical or (dest and country == dest):
                    continue  # the hosts of the country visited
                trip.persons.setdefault(key, m)
                trip.why.setdefault(key, "participant:traveller-in-trip-sentence")
        if not trip.persons:
            self._travellers(trip, stops, self.doc_delegation)
        if not trip.persons and dest and self.side_trips:
            self._foreign_at_stops(trip, stops, dest)
        for key in trip.persons:
            region = v.person_attrs.get(key, {}).get("region") or self.fill.get(key)
            if isinstance(region, str) and region.split("-")[0] != dest:
                trip.regions.setdefault(region, "region:traveller")
        if self.doc_delegation and self.doc_delegation.split("-")[0] != dest:
            trip.regions.setdefault(self.doc_delegation, "region:delegation-of-document")
        if not trip.persons and not trip.regions:
            return None
        own = self._trip_dates(cues)
        months = {d.date[:7] for d in stops if d.date and len(d.date) >= 7}
        if own is not None:
            trip.date, trip.coarse = own, len(own) < 10
            trip.rules.append("date:trip-sentence")
        elif len(months) == 1:
            trip.date, trip.coarse = months.pop(), True
            trip.rules.append("date:month-of-the-stops")
        # "the Prime Minister paid a working visit to Tochigi prefecture, where he received
        # ...": the region the trip sentence says was visited is the trip's place; it is a
        # region of the trip only when the travellers come from no region (national leaders),
        # else the trip is their region's ("the delegation travels, not its hosts")
        visited = set().union(*(self.region_visited_in.get(i, set()) for i in cues))
        visited = {c for c in visited if dest is None or c.split("-")[0] == dest}
        if not trip.regions:
            for code in sorted(visited):
                trip.regions[code] = "region:visited-in-trip-sentence"
        if dest:
            region = next(iter(visited)) if len(visited) == 1 else None
            trip.venue = Place(country=dest, region=region)
            trip.rules.append("place:country-of-the-visit")
            if region is None:
                self._venue_of_the_cue(trip, cues, dest)
        else:
            self._venue_of_the_cue(trip, cues)
        self.drafts.append(trip)
        self._whole_country_trip(trip, cues, dest)
        return trip

    def _venue_of_the_cue(self, trip: _Draft, cues: list[int], dest: str | None = None) -> None:
        """ "setzt seinen Antrittsbesuch in der Partnerprovinz Zhejiang fort": a trip told
        only by its cue, with no country said to be visited, went to the one region its cue
        sentences name after a venue word, when that region is abroad for the travellers
        (a region of their own country there is where they come from or a stop at home).
        With the country visited known (``dest``), the region must be of that country
        ("đang có chuyến thăm, làm việc tại Nghệ An")."""
        v = self.v
        home = {c.split("-")[0] for c in trip.regions}
        found = {
            m.key
            for i in cues
            for m in v.by_sent[i]
            if m.kind == "region"
            and m.key
            and not v.nested(m)
            and _is_venue(v, self.lex, m)
            and m.key.split("-")[0] not in home
            and dest in (None, m.key.split("-")[0])
        }
        if home and len(found) == 1:
            code = found.pop()
            trip.venue = Place(country=code.split("-")[0], region=code)
            trip.rules.append("place:venue-of-the-trip-cue")

    def _whole_country_trip(self, trip: _Draft, cues: list[int], dest: str | None) -> None:
        """ "paid a working visit to Tochigi prefecture ... as part of his official visit to
        Japan": a trip to one region told inside a trip to its whole country is two trips (the
        official visit to the country is reported for itself), made by the same travellers;
        the outer one is of the country, not of the region."""
        if dest is None or trip.venue is None or trip.venue.region is None:
            return
        if "region:visited-in-trip-sentence" not in trip.regions.values():
            return  # the region told visited is not the trip's own (a regional traveller's)
        whole = set().union(*(self.country_visited_in.get(i, set()) for i in cues))
        if dest not in whole:
            return
        outer = _Draft(type="visit", first=trip.first + 1, trip=True)
        outer.strong = False
        outer.trigger_sents = list(cues)
        outer.persons = dict(trip.persons)
        outer.why = dict(trip.why)
        outer.host = trip.host
        outer.regions = {
            c: why for c, why in trip.regions.items() if why != "region:visited-in-trip-sentence"
        }
        outer.venue = Place(country=dest)
        if trip.date:
            outer.date, outer.coarse = trip.date[:7], True
        outer.rules = [
            f"visit:implied-by-trip-cue:{self.lex.lang}",
            "visit:whole-country-around-a-regional-trip",
            "place:country-of-the-visit",
        ]
        self.drafts.append(outer)

    def _companions(self) -> None:
        """ "Governor X travels with a delegation, accompanied by Minister Y and Speaker Z":
        the officials named after a companion cue in a sentence that names a traveller of a
        trip travel with them. Not a host (a person of the country visited, or of another
        country than the traveller's), nor a bare name without a role or country.
        """
        v = self.v
        trips = [d for d in self.drafts if d.trip and d.persons]
        masks, bit = self.masks, self.lex.companions.bit  # (``scan``'s check, before the call)
        told = [  # the sentences with a companion cue, read once for all the trips
            (i, cues)
            for i in range(len(v.sents) if trips else 0)
            if masks[i] & bit and (cues := self.scan(self.lex.companions, i))
        ]
        for trip in trips:
            dest = trip.venue.country if trip.venue else None
            homes = {v.person_attrs.get(k, {}).get("country") for k in trip.persons}
            homes.discard(None)
            for i, cues in told:
                persons = self._persons(i)
                if not any((m.key or m.text) in trip.persons for m in persons):
                    continue
                for m in persons:
                    key = m.key or m.text
                    attrs = v.person_attrs.get(key, {})
                    country = attrs.get("country")
                    if key in trip.persons or m.start < cues[0][1] or not attrs.get("role"):
                        continue
                    if country and (country == dest or (homes and country not in homes)):
                        continue
                    trip.persons[key] = m
                    trip.why[key] = "participant:companion-of-the-traveller"
                    self._regions_of(trip, [m])

    def _country_around(self, trip: _Draft) -> None:
        """ "During the Governor's Trade Mission to China, he visited Guangzhou": a trip to a
        region or city told in the same sentence as the circumstance of a trip to its whole
        country is two trips (as in ``_whole_country_trip``): the one to the country, made by
        the same travellers, is reported for itself."""
        venue = trip.venue
        if venue is None or not venue.country or not (venue.region or venue.city):
            return
        i = min(trip.trigger_sents)
        if i not in self.side_trips or venue.country not in self.country_visited_in.get(i, ()):
            return
        outer = _Draft(type="visit", first=trip.first + 1, trip=True)
        outer.strong = False
        outer.trigger_sents = [i]
        outer.persons, outer.why, outer.host = dict(trip.persons), dict(trip.why), trip.host
        outer.regions = {c: w for c, w in trip.regions.items() if c[:2] != venue.country}
        outer.venue = Place(country=venue.country)
        if trip.date:
            outer.date, outer.coarse = trip.date[:7], True
        outer.rules = [
            f"visit:{self.lex.lang}:whole-country-around-a-regional-trip",
            "place:country-of-the-visit",
        ]
        self.drafts.append(outer)

    def _foreign_at_stops(self, trip: _Draft, stops: list[_Draft], dest: str) -> None:
        """ "During his stay in Tatarstan, the diplomat ...": the sentence names no traveller,
        so the travellers are those at the stops who are known to come from another country
        than the one visited (the hosts are of that country)."""
        v = self.v
        for d in stops:
            for key, m in d.persons.items():
                country = v.person_attrs.get(key, {}).get("country")
                if key in v.historical or not isinstance(country, str) or country == dest:
                    continue
                trip.persons.setdefault(key, m)
                trip.why.setdefault(key, "participant:foreigner-at-the-stops")

    def _trip_dates(self, cues: list[int]) -> str | None:
        """The trip's own date told in its sentences: a span of days ("during his stay from
        16 to 19 July") starts the trip; one month ("during the visit in November 2024") is
        its month; a single day there is the day of the act told with it, so only its month.
        Several different months: no date of its own.
        """
        spans, months = set(), set()
        for i in cues:
            for m in self.v.by_sent[i]:
                if m.kind != "date" or not m.key or len(m.key) < 7 or _period(m):
                    continue
                if len(m.key) == 10 and isinstance(m.attrs.get("end"), str):
                    spans.add(m.key)
                months.add(m.key[:7])
        if len(spans) == 1:
            return spans.pop()
        return months.pop() if len(months) == 1 else None

    def _return_trip_span(self) -> None:
        """A trip cue that turned out not to be a trip: its sentences go to the event before."""
        # each span's first sentence, once (appending ``i`` >= it below keeps it the first)
        firsts = [(d, min(d.span)) for d in self.drafts if d.span]
        for i in self.trip_span:
            before = [d for d, first in firsts if first <= i]
            if before:
                target = max(before, key=lambda d: max(x for x in d.span if x <= i))
                target.span.append(i)
