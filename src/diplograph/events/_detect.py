"""Which sentences report a realised act, and which tell the same event again.

A *trigger* phrase of the language (triggers.yaml) reports an act; a *modality* cue that
governs it makes the sentence a statement instead. Trigger sentences of the same type with no
conflicting place, date or new participant merge (a meeting told in five sentences is one
meeting); a second host or another city starts a new event. Counts ("62,000 tourists
visited") are statistics, not acts. A trip told as a whole (several stops by one travelling
party, or an explicit "visited <country>") is one more ``visit`` event.
"""

from __future__ import annotations

import re
from itertools import compress

from .._models import Place
from ._assemble import _Assembly, _same_months
from ._clues import _Clues
from ._merging import _Merging
from ._phrases import Entry
from ._place_words import (
    _capital_of,
    _is_dateline,
    _is_owner,
    _is_posting,
    _is_stamp_date,
    _is_venue,
    _is_venue_after,
    _is_visit_clause,
)
from ._splits import _Splits
from ._view import (
    _PASSING_WINDOW,
    PLACE_KINDS,
    _bare,
    _Draft,
    _Hit,
    _period,
    _place_of,
    _place_rank,
    _proper_name_inside,
    _same_place,
)


class _Detection(_Clues, _Splits, _Merging, _Assembly):
    """Event detection, merging and trips; ``events()`` assembles the output records."""

    def read(self) -> None:
        v, lex = self.v, self.lex
        # ``scan``'s mask check and ``scan_foreign``'s test made here, before the call: most
        # sentences start no phrase of a set and lie in no foreign paragraph, and a call that
        # returns at once was most of the calls of the stage's busiest method
        masks, foreign = self.masks, self.foreign
        modal_bit, delegation_bit = lex.modality.bit, lex.delegation.bit
        trigger_bit, document_bit = lex.triggers.bit, lex.signed_document.bit
        n = len(v.sents)
        # Sentences whose words start no phrase of the sets a pass reads (half of them start
        # none at all: markers, short lines) are passed over without the pass's dozens of
        # tests, each of which finds nothing there (``_busy``; foreign paragraphs and
        # statements excepted)
        busy = self._busy(lex.sectors.bit | modal_bit | delegation_bit)
        pairs_of = lex.sector_pairs_by_id
        for i in range(n) if foreign else compress(range(n), busy):
            # A sectors.yaml entry outside the closed list ("not:") names no sector: being the
            # longest match at its words, it only blocks shorter ones ("social security").
            # (each comprehension only over a scan that found something: most find nothing,
            # and a comprehension is a function made and called even over an empty list)
            found = self.scan(lex.sectors, i)
            if found:
                # (the entries are those of ``lex.sectors``: ``sector_pairs`` of each, made
                # at load, read by identity)
                self.sector_hits[i] = [pair for _, _, e in found for pair in pairs_of[id(e)]]
                # (what ``_Sectors._profile`` answers, read here from the same scan: the
                # events' spans ask it of nearly every sentence)
                if lex.profiles and any(e.value == "profile" for _, _, e in found):
                    self.profiled.add(i)
            found = self.scan(lex.modality, i) if masks[i] & modal_bit else []
            if i in foreign:
                found = found + self.scan_foreign("modality", i)
            self.modal[i] = (
                [
                    _Hit(a, b, e, i)
                    for a, b, e in found
                    # a "not:" entry is a name holding a cue ("計画投資省", the Ministry of
                    # Planning and Investment): the longest match, it only blocks the cue
                    if e.value != "not"
                    and not _proper_name_inside(v.text, a, v.sents[i].start, e.phrase)
                ]
                if found
                else []
            )
            for a, b, _ in self.scan(lex.delegation, i) if masks[i] & delegation_bit else ():
                code = self._delegation_region(i, a, b)
                self.delegations[i].append((a, b, code))
                if code and self.doc_delegation is None:
                    self.doc_delegation = code
        current: _Draft | None = None
        pending: list[int] = []  # sentences before the first event (title, lead)
        in_trip = False
        busy = self._busy(trigger_bit | lex.presence.bit | document_bit)
        modal = self.modal
        for i in range(n):
            if not (busy[i] or modal[i] or i in foreign):
                # no trigger, no presence phrase, no signed document, no statement: nothing
                # below finds anything; the sentence only joins the span being read
                if in_trip:
                    self.trip_span.append(i)
                elif current is not None:
                    if not current.span or current.span[-1] != i:  # (as below)
                        current.span.append(i)
                else:
                    pending.append(i)
                continue
            # (``_hits`` finds nothing in a sentence that starts no trigger, most of them)
            hits = self._hits(i) if masks[i] & trigger_bit or i in foreign else []
            # "At the talks, X said", "Attending were X and Y": the event told before
            present = (
                self.scan(lex.presence, i)
                if current is not None and masks[i] & lex.presence.bit
                else []
            )
            referred = False  # "At the talks": a trigger word naming the event told before
            named: set[str] = set()  # the types of the acts such trigger words name
            partnered: _Draft | None = None  # "at the meeting with X": the host told before
            if present:
                kept = [
                    h
                    for h in hits
                    if not any(a < h.end and h.start < b for a, b, _ in present)
                    or self._names_partner(i, h, current)
                ]
                if any(any(a < h.end and h.start < b for a, b, _ in present) for h in kept):
                    partnered = current
                named = {h.entry.value for h in hits if h not in kept}
                referred, hits = len(kept) < len(hits), kept
            realised = [h for h in hits if not self._is_modal(h)] if hits else []
            for h in realised:
                call = h.entry.phrase in lex.call_trip
                if h.entry.value == "visit" or call:
                    # a call's place is its office's unit (``_hits``), never the one before
                    dest = h.place if call else h.place or self._visited_place(i, h)
                    country = _place_of(dest).country if dest is not None else None
                    if country:
                        self.destinations[country] += 1
                        self.destination_in.setdefault(i, set()).add(country)
                        region = _place_of(dest).region if dest is not None else None
                        if region:
                            self.region_visited_in.setdefault(i, set()).add(region)
                        elif dest is not None and dest.kind == "country":
                            self.country_visited_in.setdefault(i, set()).add(country)
            if self.modal[i]:
                self._statement(i)
            strong = [h for h in realised if h.entry.group == "strong"] if realised else []
            # "during his visit to X", "as part of the official visit": the trip is told as
            # the circumstance of another act; it is an event of its own (see _implied_trip)
            side = (
                [h for h in realised if h.entry.group == "side" and h.entry.value == "visit"]
                if realised
                else []
            )
            if strong and any(h.entry.value != "visit" for h in strong):
                # "received the governor, who visited Vietnam": the trip is the circumstance;
                # so is "received the delegation, which came to visit and work" (a visit verb
                # whose place is not right after it: a stop alone, but not beside a reception)
                # -- unless the visit is told in a clause of an earlier act ("继X访问后"):
                # then it came before, an event of its own; and trips listed by their
                # visitors ("the talks between A and B as well as the visits to X by C and
                # D") are acts of their own, see _split_visitors
                earlier = self._in_prior_act(i, strong)
                listed = [(a, b) for a, b, _ in self.scan(self.lex.visits_by, i)]
                kept = earlier + [
                    h
                    for h in strong
                    if h not in earlier and any(a <= h.start < b for a, b in listed)
                ]
                side += [h for h in strong if h.entry.value == "visit" and h not in kept]
                side += [h for h in realised if (i, h.start) in self.placeless_visits]
                strong = [h for h in strong if h.entry.value != "visit" or h in kept]
            # "山口県庁を訪れ" (called at the Yamaguchi prefectural office): the meeting tells
            # the trip too, when the office's unit is named (else the country visited is not
            # told, and the hosts cannot be told from the guests)
            if strong:
                side += [h for h in strong if h.entry.phrase in lex.call_trip and h.place]
            if side and not self.modal[i]:  # "the governor's visit will contribute": a wish
                self.side_trips.append(i)
            weak = [h for h in realised if h.entry.group == "weak"] if realised else []
            touched: _Draft | None = None
            if strong:
                by_type: dict[str, list[_Hit]] = {}
                for h in strong:
                    by_type.setdefault(h.entry.value, []).append(h)
                for typ, hs in by_type.items():
                    touched = self._place_hits(i, typ, hs, strong=True) or touched
                    if touched is not None and touched.trigger_sents == [i] and typ == "meeting":
                        self._split_separately(i, touched)
                        met = [h for h in realised if h.entry.value == "meeting"]
                        self._split_partners_met(i, touched, met)
                    if touched is not None and touched.trigger_sents == [i] and typ == "visit":
                        self._split_visitors(i, touched)
                    if touched is not None and touched.trigger_sents == [i] and typ == "agreement":
                        self._split_signings(i, touched, hs)
                        self._split_partners(i, touched)
                # "signed ... at the plenary session of the Forum": the forum the act took
                # place in is an event of its own (both are reported); so are the talks
                # ("Concluding the talks, the two sides signed") and a signing named as a noun
                # beside another act ("recalled the meeting and the signing of ...")
                for typ in ("forum", "agreement", "meeting"):
                    nested = [h for h in weak if h.entry.value == typ]
                    if typ == "meeting" and "forum" in by_type:
                        # "attended the ... Forum Parallel Session - Development Roundtable
                        # Meeting": a capitalised meeting noun inside the forum's name is
                        # one of its sessions, not talks of their own
                        nested = [
                            h
                            for h in nested
                            if not _proper_name_inside(
                                v.text, h.start, v.sents[i].start, h.entry.phrase
                            )
                        ]
                    if nested and typ not in by_type:
                        side_act = self._place_hits(i, typ, nested, strong=False)
                        if (
                            typ != "forum"
                            and touched is not None
                            and side_act is not None
                            and side_act.trigger_sents == [i]
                        ):
                            # the act the sentence reports stays the first of the two (the
                            # headline of a report that opens with it)
                            side_act.first = max(side_act.first, touched.first + 1)
            elif weak:
                stops = [h for h in weak if h.entry.value == "visit" and h.entry.need == "place"]
                trips = [h for h in weak if h.entry.value == "visit" and h not in stops]
                others = [h for h in weak if h.entry.value != "visit"]
                by_type = {}
                for h in others:
                    by_type.setdefault(h.entry.value, []).append(h)
                for typ, hs in by_type.items():
                    touched = self._place_hits(i, typ, hs, strong=False) or touched
                if touched is None and stops:
                    touched = self._attach_stop(i, stops, current)
                if touched is None and trips:
                    self.trip_cues.append(i)
                    in_trip = True
            if partnered is not None and touched is not None and touched.trigger_sents == [i]:
                self._host_told_before(touched, partnered)
            if (
                referred
                and touched is not None
                and touched.type == "forum"
                and touched.trigger_sents == [i]
                and current is not None
                and current is not touched
                and current.type in named
                and i not in current.trigger_sents
            ):
                # "заявил на встрече, состоявшейся в рамках Недели" (said at the meeting,
                # held within the Week): the sentence tells the act told before (its
                # presence phrase names it) and the gathering it was held at
                current.trigger_sents.append(i)
            if touched is None and present and current is not None and not in_trip:
                present = [] if self._another_day(i, current) else present
                # "twinned since 2001. ... delegated X, accompanied by Y": a lasting state
                # told by its first year has no one present at it later
                present = [] if self._since_year(current) else present
            if touched is None and present and current is not None and not in_trip:
                told_of = self._named_act(i, named, current) or self._told_of(i, current, referred)
                self._join(told_of, i, f"participant:{lex.lang}:present:{present[0][2].phrase}")
                if referred and i not in told_of.trigger_sents:
                    told_of.trigger_sents.append(i)
                    self._mark(i)
                current = told_of  # the sentences after it go on about that act
            if (
                touched is None
                and current is not None
                and not in_trip
                and current.type != "agreement"
                and masks[i] & document_bit
            ):
                # "Cet accord prévoit ...": the sentences from here go on about the signing
                # (``_document_told_of`` keeps ``current`` when it is a signing or when no
                # word of the sentence starts a signed document's name: tested here)
                current = self._document_told_of(i, current)
            if touched is not None and current is None and self._since_year(touched):
                # "Le Cantal et le Yunnan sont jumelés depuis 2001." opening the page: a lasting
                # state told by its first year; the lead goes on waiting for the report's act
                pending.append(i)
                continue
            if touched is not None:
                in_trip = False
                current = touched
                first = self.drafts[0]
                if pending and (current is first or self._since_year(first)):
                    current.span[:0] = pending
                    pending = []
            if in_trip:
                self.trip_span.append(i)
            elif current is not None:
                # while sentences are read in order a span holds only sentences up to
                # ``i`` and ``i`` itself is only ever appended: it is there iff it is last
                # (a list search here made reading quadratic in the sentences)
                if not current.span or current.span[-1] != i:
                    current.span.append(i)
            else:
                pending.append(i)
        if self.drafts:
            # (a lasting state told by its first year, "jumelés depuis 2001", is no headline)
            heads = [d for d in self.drafts if not self._since_year(d)] or self.drafts
            min(heads, key=lambda d: d.first).headline = True
        self._parties_of_signing()
        self._speakers()
        self._quoted_speaker()
        self._pronoun_subjects()
        self._trip()
        self._companions()
        self._visitors()

    def _hits(self, i: int) -> list[_Hit]:
        lex = self.lex
        out: list[_Hit] = []
        # (``scan``'s mask check and ``scan_foreign``'s test made before the calls, see ``read``)
        found = self.scan(lex.triggers, i) if self.masks[i] & lex.triggers.bit else []
        if i in self.foreign:
            found = found + self.scan_foreign("triggers", i)
        for a, b, e in found:
            if e.group == "block":
                continue
            hit = _Hit(a, b, e, i)
            if e.phrase in lex.call_venue or e.phrase in lex.call_trip:
                hit.place = self._office_place(i, hit)  # the call's venue
            if e.need == "agent" and not self._agent_after(i, b):
                continue
            if e.group != "weak" and self._statistic(i, a, b):
                # "over 70 agreements were signed at the forum": the count is a statistic,
                # the forum it was counted at (a noun) is still an event
                continue
            if e.need == "place":
                hit.place = self._visited_place(i, hit) if e.value == "visit" else None
                hit.place = hit.place or self._place_after(i, b)
                if hit.place is None:
                    if e.group == "strong" and e.value == "visit":
                        # "visited the monument": a stop of a trip, not the trip itself
                        hit.entry = Entry(e.phrase, e.value, "weak", "place")
                        self.placeless_visits.add((i, a))
                        out.append(hit)
                    continue
            out.append(hit)
        return out

    def _features(self, i: int, typ: str, hits: list[_Hit]) -> _Draft:
        v, lex = self.v, self.lex
        ms = v.by_sent[i]
        d = _Draft(type=typ, first=hits[0].start)
        d.trigger_sents.append(i)
        d.rules += [f"trigger:{lex.lang}:{_bare(h.entry.phrase)}" for h in hits]
        passing = (
            [b for _, b, e in self.scan(lex.not_participant, i) if e.group == "np"]
            if self.masks[i] & lex.not_participant.bit  # (``scan``'s check, before the call)
            else []
        )
        persons = self._persons(i)
        if lex.participants_policy.get(typ) == "recipient":
            after = [m for m in persons if m.start >= hits[0].start]
            giver = self._presenter(i, hits[0].start, persons)
            persons = after or persons[:1]
            if giver is not None and giver not in persons:
                persons.insert(0, giver)
        for m in persons:
            key = m.key or m.text
            d.persons.setdefault(key, m)
            if m.rule.startswith("coref:"):
                d.why.setdefault(key, f"participant:trigger-sentence:{m.rule}")
        if persons:
            d.host = persons[0].key or persons[0].text
        # date: the most precise date mention, nearest to the trigger; a span of years
        # ("the 2025-2027 plan") is what an agreement covers, not when it happened
        dates = [
            m
            for m in ms
            if m.kind == "date" and m.key and not _period(m) and not _is_stamp_date(v, lex, m)
        ]
        dates = [m for m in dates if not self._commemorated(i, m)]
        masks = self.masks  # (``scan``'s check made before the calls below)
        anchors = self.scan(lex.anchors, i) if masks[i] & lex.anchors.bit else []
        others = [
            (a, b)
            for a, b, e in self.scan(lex.triggers, i)
            if e.group != "block" and e.value not in (typ, "visit")
        ]
        if others and typ != "visit":
            # "twinned in 1982, and the secretary held talks with the governor": a year or a
            # month nearer the trigger of another act told in the sentence is that act's (a
            # trip is the frame of the acts told in it: "during the visit in November 2024,
            # both sides signed" dates the signing too)
            own = [(h.start, h.end) for h in hits]
            dates = [m for m in dates if len(m.key or "") >= 10 or self._ours(m, own, others)]
        if dates:
            m = max(dates, key=lambda x: (len(x.key or ""), -abs(x.start - hits[0].start)))
            d.date = m.key
            d.coarse = len(m.key or "") < 10
            d.shared_date = bool(others)
            d.rules.append("date:trigger-sentence")
            if typ == "visit" and len(m.key or "") == 10 and self.scan(lex.departure, i):
                # "left for China on Saturday with a delegation": the day the trip set off,
                # not the trip's; a trip told from its departure is dated by its month
                d.date, d.coarse = (m.key or "")[:7], True
                d.rules.append("date:trip-told-from-its-departure-by-its-month")
        recalled = self._anniversary_year(i, hits[0].start)
        if recalled is not None:
            # "the 30th anniversary of the signing of ...": the signing's own year
            d.date, d.coarse = recalled, True
            d.rules.append("date:anniversary-count")
        if anchors and (d.date is None or d.coarse):
            d.anchor = int(anchors[0][2].value)
            d.rules.append(f"date:{lex.lang}:relative:{anchors[0][2].phrase}")
        # venue: a place after a venue word; the most precise, nearest to the trigger
        venues = [
            m
            for m in ms
            if m.kind in PLACE_KINDS
            and not v.nested(m)
            and (_is_venue(v, lex, m) or any(h.place is m for h in hits))
            and not _is_owner(v, lex, m)
        ]
        if venues:
            m = max(
                venues, key=lambda x: (_place_rank(_place_of(x)), -abs(x.start - hits[0].start))
            )
            d.venue = self.names.place(m)
            d.rules.append("place:venue")
            capital = self.names.capital(m.key) if m.key and _capital_of(v, lex, m) else None
            if capital is not None:
                d.venue = capital  # "в столице Вьетнама": the capital is the venue
                d.rules.append("place:capital-of-the-country")
        if d.venue is None:
            posted = [m for m in ms if _is_posting(v, lex, m) and not v.nested(m)]
            d.posting = self.names.place(posted[0]) if posted else None
        came = [m for m in ms if m.kind in PLACE_KINDS and _is_visit_clause(v, lex, m)]
        if d.venue is None and came and not v.nested(came[0]):
            d.venue = self.names.place(came[0])  # "when he came to X": the act was there
            d.rules.append("place:visit-clause")
        self._fill_from_delegation(i, persons)
        self._regions_of(d, persons)
        for _, _, code in self.delegations[i]:
            if code:
                d.regions.setdefault(code, "region:delegation")
            elif self.doc_delegation:
                d.regions.setdefault(self.doc_delegation, "region:delegation-of-document")
        for m in ms:
            if m.kind != "region" or not m.key or v.nested(m):
                continue
            if _is_venue(v, lex, m) or _is_dateline(v, lex, m):
                continue
            if m in came:
                continue  # the place a visit clause names is where, not who
            if _is_venue_after(v, lex, m):
                # "ハノイで副首相は…と会見": a place marked as the venue after it (ja/ko) is
                # the event's place, not an acting region, as with a venue word before it
                # (a national capital hosting national-level talks: contract); its own
                # officials acting there still bring it as their region (``_regions_of``)
                if d.venue is None:
                    d.venue = self.names.place(m)
                    d.rules.append("place:venue-postposition")
                continue
            if any(0 <= m.start - b <= _PASSING_WINDOW for b in passing):
                continue
            d.regions.setdefault(m.key, "region:named-in-trigger-sentence")
        visited = self.region_visited_in.get(i, set())
        if d.venue is None and typ != "visit" and len(visited) == 1 and i in self.side_trips:
            # "山口県を訪問し、知事と懇談した" (visited Yamaguchi and talked with the governor):
            # an act told with the trip to one region as its circumstance took place there
            code = next(iter(visited))
            city = self.names.city_of_region(code)
            d.venue = Place(country=code.split("-")[0], region=code, city=city)
            d.rules.append("place:region-visited-in-the-sentence")
        for m in ms:
            # "Chiang Mai and Guangzhou signed": a city that acts (not the venue) acts for
            # its first-level region
            city_region = m.attrs.get("region") if m.kind == "city" else None
            if not isinstance(city_region, str) or v.nested(m) or typ not in _CITY_ACTS:
                continue
            if _is_venue(v, lex, m) or _is_dateline(v, lex, m) or city_region in d.regions:
                continue
            d.regions.setdefault(city_region, "region:city-named-in-trigger-sentence")
        authority = self.scan(lex.local_authority, i) if masks[i] & lex.local_authority.bit else []
        if d.venue and d.venue.region and authority:
            d.regions.setdefault(d.venue.region, "region:venue-local-authority")
        for m in ms:
            org_region = m.attrs.get("region") if m.kind == "org" else None
            if isinstance(org_region, str) and any(
                a < m.end and m.start < b for a, b, _ in authority
            ):
                d.regions.setdefault(org_region, "region:local-authority-org")
        return d

    def _place_hits(self, i: int, typ: str, hits: list[_Hit], strong: bool) -> _Draft | None:
        if not strong and typ == "agreement" and not self._recalled_between_regions(i, hits):
            return None
        cand = self._features(i, typ, hits)
        cand.strong = strong
        if cand.date is None and self._opens_parallel(cand):
            self._at_the_time_of_the_act_before(i, cand)
        if typ == "visit" and strong:
            cand.trip = True
            cand.rules.append("visit:explicit-trip")
            for d in self.drafts:
                # "the visits to Vietnam by X and Y in 2023": an earlier trip, not this one
                if d.type == "visit" and d.trip and _same_months(d.date, cand.date):
                    self._merge(d, cand)
                    self._mark(i)
                    return d
        else:
            self._of_the_occasion(cand)
            fits = [d for d in reversed(self.drafts) if self._compatible(d, cand)]
            if len(fits) > 1 and self._earlier_occasion(fits[0]) and not self._earlier_cue(i):
                # "Previously, X signed with A. The signing ceremony was attended by ...":
                # told again after an earlier occasion, the act the report is about
                fits = [d for d in fits if not self._earlier_occasion(d)] or fits
            for d in fits[:1]:
                self._merge(d, cand)
                self._mark(i)
                return d
        if not strong:
            anchored = bool(cand.persons or cand.regions or self.delegations[i])
            # "the Belarus-Russia Forum of Regions": a forum named by the two countries it joins
            anchored = anchored or (typ == "forum" and self._two_countries(i))
            # "в рамках Недели Вьетнама" (within the Week of Vietnam): a gathering named by
            # the country it presents is a gathering of its own, not an unnamed one
            anchored = anchored or (typ == "forum" and self._named_by_country(i, hits))
            seen = set().union(*(set(d.persons) for d in self.drafts)) if self.drafts else set()
            same_type = [d for d in self.drafts if d.type == typ]
            # (a noun act of an earlier occasion between regions, "the 10th anniversary of the
            # signing of A's agreement with B", is not the act told again)
            told_again = same_type and not (set(cand.persons) - seen)
            if told_again and cand.regions and self._earlier_occasion(cand):
                told_again = False
            if same_type and self._programme_item(same_type[-1], cand):
                # an item of the programme of the gathering told before: its own event, held
                # within that gathering (its day and its parties, when the item tells none)
                anchored, told_again = True, False
                self._within(cand, same_type[-1])
            if not anchored or told_again:
                if same_type:  # told again without a fitting place: the latest one
                    self._merge(same_type[-1], cand)
                    self._mark(i)
                    return same_type[-1]
                return None
        self.drafts.append(cand)
        cand.span.append(i)
        self._mark(i)
        if not strong and typ == "agreement" and len(hits) >= 2 and cand.regions:
            for h, part in self._split_recalled_signings(i, cand, hits):
                recalled = self._anniversary_year(i, h.start)
                if recalled is not None:  # "..., and the 30th anniversary of the signing of"
                    part.date, part.coarse = recalled, True
        return cand

    def _at_the_time_of_the_act_before(self, i: int, cand: _Draft) -> None:
        """ "They left on 6 September to take part in the meetings. At the same time, a fair
        was organised": an act told as held at the same time as the act told before it (a
        trip too) is dated by that act's date."""
        # (a month or a day: an act dated only by a year is background, no time of the news)
        told = [
            d for d in self.drafts if len(d.date or "") >= 7 and any(s < i for s in d.trigger_sents)
        ]
        before = max(told, key=lambda d: max(s for s in d.trigger_sents if s < i), default=None)
        if before is not None:
            cand.date, cand.coarse = before.date, before.coarse
            cand.rules.append("date:at-the-time-of-the-act-before")

    def _named_by_country(self, i: int, hits: list[_Hit]) -> bool:
        """Does a country's name end one of the forum ``hits`` or stand right after it
        ("в рамках Недели Вьетнама", "the Week of Laos"; one short joining word, "of", "de",
        may stand between): a gathering named by the country it presents?"""
        for m in self.v.by_sent[i]:
            if m.kind != "country" or not m.key:
                continue
            for h in hits:
                gap = self.v.text[h.end : m.start]
                if h.start < m.start and (m.end <= h.end or _NAMING_GAP.fullmatch(gap)):
                    return True
        return False

    @staticmethod
    def _within(item: _Draft, gathering: _Draft) -> None:
        """An item of a gathering's programme told without a date or a region of its own
        ("one of the first events of their programme was an exhibition") is held at that
        gathering: it takes its date and the regions that hold it."""
        if item.date is None and gathering.date is not None:
            item.date, item.coarse = gathering.date, gathering.coarse
            item.rules.append("date:gathering-it-is-held-in")
        if not item.regions:
            for code in gathering.regions:
                item.regions[code] = "region:gathering-it-is-held-in"

    def _attach_stop(self, i: int, hits: list[_Hit], current: _Draft | None) -> _Draft | None:
        """A stop ("visited the headquarters") joins the event it belongs to."""
        cand = self._features(i, "visit", hits)
        for d in reversed(self.drafts):
            if d.trip:
                continue
            shares = set(cand.persons) & set(d.persons)
            same_venue = cand.venue and d.venue and _same_place(cand.venue, d.venue)
            if shares or same_venue:
                d.trigger_sents.append(i)
                d.rules.append(f"stop:{self.lex.lang}:{hits[0].entry.phrase}")
                self._mark(i)
                return d
        return current


# What may stand between a gathering's word and the country naming it: nothing, or one short
# joining word ("Week of Laos", "Journées du Laos")
_NAMING_GAP = re.compile(r"\s+(?:\w{1,3}\s+)?")

# Event types where a city named in the trigger sentence is a party (a signing between
# cities is an act of their regions).
_CITY_ACTS = frozenset({"agreement", "meeting", "forum", "visit", "ceremony"})
