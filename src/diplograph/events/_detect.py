"""Which sentences report a realised act, and which tell the same event again.

A *trigger* phrase of the language (triggers.yaml) reports an act; a *modality* cue that
governs it makes the sentence a statement instead. Trigger sentences of the same type with no
conflicting place, date or new participant merge (a meeting told in five sentences is one
meeting); a second host or another city starts a new event. Counts ("62,000 tourists
visited") are statistics, not acts. A trip told as a whole (several stops by one travelling
party, or an explicit "visited <country>") is one more ``visit`` event.
"""

from __future__ import annotations

from .._models import Event, Mention, Participant, Place, sector_values
from ._lexicon import Entry
from ._trips import _Trips
from ._view import (
    _AGENT_GAP_WORDS,
    _CLAUSE_BREAK,
    _MODAL_BREAK,
    _PASSING_WINDOW,
    _PLACE_GAP_WORDS,
    _WORD,
    AGENT_KINDS,
    PLACE_KINDS,
    _bare,
    _dates_agree,
    _Draft,
    _Hit,
    _is_dateline,
    _is_stamp_date,
    _is_venue,
    _later_month,
    _period,
    _place_of,
    _place_rank,
    _proper_name_inside,
    _same_place,
    _str,
)
from ._when_where import _WhenWhere


class _Detection(_Trips, _WhenWhere):
    """Event detection, merging and trips; ``events()`` assembles the output records."""

    def read(self) -> None:
        v, lex = self.v, self.lex
        for i in range(len(v.sents)):
            # A sectors.yaml entry outside the closed list ("not:") names no sector: being the
            # longest match at its words, it only blocks shorter ones ("social security").
            self.sector_hits[i] = [
                (s, f"sector:{lex.lang}:{e.phrase}")
                for _, _, e in self.scan(lex.sectors, i)
                for s in sector_values(e.value)
            ]
            self.modal[i] = [
                _Hit(a, b, e, i)
                for a, b, e in self.scan(lex.modality, i)
                # a "not:" entry is a name holding a cue ("計画投資省", the Ministry of
                # Planning and Investment): the longest match, it only blocks the cue
                if e.value != "not"
                and not _proper_name_inside(v.text, a, v.sents[i].start, e.phrase)
            ]
            for a, b, _ in self.scan(lex.delegation, i):
                code = self._delegation_region(i, a, b)
                self.delegations[i].append((a, b, code))
                if code and self.doc_delegation is None:
                    self.doc_delegation = code
        current: _Draft | None = None
        pending: list[int] = []  # sentences before the first event (title, lead)
        in_trip = False
        for i in range(len(v.sents)):
            hits = self._hits(i)
            # "At the talks, X said", "Attending were X and Y": the event told before
            present = self.scan(lex.presence, i) if current is not None else []
            referred = False  # "At the talks": a trigger word naming the event told before
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
                referred, hits = len(kept) < len(hits), kept
            realised = [h for h in hits if not self._is_modal(h)]
            for h in realised:
                if h.entry.value == "visit":
                    dest = h.place or self._visited_place(i, h)
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
            strong = [h for h in realised if h.entry.group == "strong"]
            # "during his visit to X", "as part of the official visit": the trip is told as
            # the circumstance of another act; it is an event of its own (see _implied_trip)
            side = [h for h in realised if h.entry.group == "side" and h.entry.value == "visit"]
            if any(h.entry.value != "visit" for h in strong):
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
            if side and not self.modal[i]:  # "the governor's visit will contribute": a wish
                self.side_trips.append(i)
            weak = [h for h in realised if h.entry.group == "weak"]
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
            if touched is None and present and current is not None and not in_trip:
                present = [] if self._another_day(i, current) else present
            if touched is None and present and current is not None and not in_trip:
                told_of = self._told_of(i, current)
                self._join(told_of, i, f"participant:{lex.lang}:present:{present[0][2].phrase}")
                if referred and i not in told_of.trigger_sents:
                    told_of.trigger_sents.append(i)
                    self._mark(i)
                current = told_of  # the sentences after it go on about that act
            if touched is not None:
                in_trip = False
                current = touched
                if pending and current is self.drafts[0]:
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
            min(self.drafts, key=lambda d: d.first).headline = True
        self._parties_of_signing()
        self._speakers()
        self._pronoun_subjects()
        self._trip()
        self._companions()
        self._visitors()

    def _hits(self, i: int) -> list[_Hit]:
        lex = self.lex
        out: list[_Hit] = []
        for a, b, e in self.scan(lex.triggers, i):
            if e.group == "block":
                continue
            hit = _Hit(a, b, e, i)
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

    def _in_prior_act(self, i: int, strong: list[_Hit]) -> list[_Hit]:
        """The visit hits of sentence ``i`` told inside a clause of an earlier act ("继今年3月
        X对Y进行国事访问后, 两国元首再次会晤": following X's state visit in March, the two
        met again). Such a visit is not the circumstance of the meeting the sentence reports
        but an occasion before it, with its own date."""
        clauses = self.scan(self.lex.prior_act, i)
        return [
            h
            for h in strong
            if h.entry.value == "visit" and any(a <= h.start and h.end <= b for a, b, _ in clauses)
        ]

    def _names_partner(self, i: int, h: _Hit, current: _Draft | None) -> bool:
        """ "На встрече с X" (at the meeting with X) after a conference was told: a meeting
        noun followed by the word naming its partner and a person is a meeting of its own,
        not the conference told before (a presence phrase refers back only to an event of
        its own type)."""
        if current is None or h.entry.value != "meeting" or current.type == "meeting":
            return False
        v = self.v
        # "Tại buổi tiếp Thống đốc X" (at the reception of Governor X): the guest right after
        # the noun, in a language whose noun takes its object directly
        if any(
            m.kind in ("person", "title")
            and m.start >= h.end
            and not v.text[h.end : m.start].strip()
            for m in v.by_sent[i]
        ):
            return True
        words = _WORD.findall(v.text[h.end : v.sents[i].end])
        if not words or words[0].lower() not in self.lex.partner_with:
            return False
        return any(m.kind == "person" and m.start >= h.end for m in v.by_sent[i])

    def _host_told_before(self, d: _Draft, before: _Draft) -> None:
        """ "На встрече с X" names the guest only: the one who met them is the host of the
        act told before (the governor who opened the conference), told in the sentences
        around, so that host leads the meeting too."""
        host = before.host
        if host is None or host in d.persons or host not in before.persons:
            return
        d.persons = {host: before.persons[host], **d.persons}
        d.why[host] = "participant:host-of-the-act-told-before"
        d.host = host

    def _statistic(self, i: int, start: int, end: int) -> bool:
        """ "62,000 tourists visited", "18 contracts were signed between firms": a count is
        the subject, and no named person acts in the clause: a statistic, not an act.
        """
        v = self.v
        s = v.sents[i]
        lo = max([m.end() for m in _CLAUSE_BREAK.finditer(v.text, s.start, start)] or [s.start])
        after = _CLAUSE_BREAK.search(v.text, end, s.end)
        hi = after.start() if after else s.end
        counted = False
        for m in v.by_sent[i]:
            if m.end <= lo or m.start >= hi:
                continue
            if m.kind == "person":
                return False
            unit = m.attrs.get("unit") if m.kind == "amount" else None
            if isinstance(unit, str) and unit.islower() and unit not in ("percent", "times"):
                counted = True
        if counted and any(lo <= a < hi for a, _, _ in self.delegations[i]):
            return False
        if counted and self._unit_signs_with_partners(i, lo, start, end):
            return False
        return counted

    def _unit_signs_with_partners(self, i: int, lo: int, start: int, end: int) -> bool:
        """ "Jabar telah menandatangani tiga MoU bersama Chongqing dan Sichuan" (West Java
        signed three MoUs with Chongqing and Sichuan): a region acting before the verb and
        regions of another country named after it as partners (a list, over its commas): the
        count is of the acts told, one per partner, not a statistic."""
        ms = [m for m in self.v.by_sent[i] if m.kind == "region" and m.key]
        home = {m.key.split("-")[0] for m in ms if lo <= m.start < start and m.key}
        partners = {m.key.split("-")[0] for m in ms if m.start >= end and m.key}
        return bool(home) and bool(partners - home)

    def _agent_after(self, i: int, end: int) -> bool:
        """Does a person/title/delegation follow the trigger (over a date or venue only)?"""
        v = self.v
        cands: list[tuple[int, Mention | None]] = [
            (m.start, m)
            for m in v.by_sent[i]
            if m.start >= end and m.kind in (*AGENT_KINDS, "date")
        ]
        cands += [(a, None) for a, _, _ in self.delegations[i] if a >= end]
        pos, words = end, 0
        for start, m in sorted(cands, key=lambda c: c[0]):
            if start < pos:
                continue
            gap = v.text[pos:start]
            words += len(_WORD.findall(gap))
            if words > _AGENT_GAP_WORDS or _CLAUSE_BREAK.search(gap):
                return False
            if m is not None and (
                m.kind == "date" or (m.kind in PLACE_KINDS and _is_venue(v, self.lex, m))
            ):
                pos = m.end  # "received on March 11 in Da Nang the governor"
                continue
            return True
        return False

    def _place_after(self, i: int, end: int) -> Mention | None:
        v = self.v
        for m in v.by_sent[i]:
            if m.start < end or m.kind not in AGENT_KINDS or v.nested(m):
                continue
            if m.kind not in PLACE_KINDS:
                return None
            gap = v.text[end : m.start]
            words = [w.lower() for w in _WORD.findall(gap)]
            if len(words) > _PLACE_GAP_WORDS or _CLAUSE_BREAK.search(gap):
                return None
            if any(w in self.lex.venue for w in words[:-1]):
                return None  # "visited the monument in X": X is where the monument is
            return m
        return None

    def _visited_place(self, i: int, h: _Hit) -> Mention | None:
        """The place a visit verb names: after it, or right before it in a verb-final language
        ("ベトナムを訪問中のロシアの知事": Vietnam is visited, Russia is the guest's home)."""
        if self.lex.place_before:
            # a word naming the travelling party ("광주시 방문단", the Gwangju visiting
            # delegation): the place before it is the party's home
            if any(a <= h.start < b for a, b, _ in self.delegations[i]):
                return None
            return self._place_before(i, h.start)
        after = self._place_after(i, h.end)
        if after is None and self.lex.place_either:
            return self._place_before(i, h.start)
        return after

    def _place_before(self, i: int, start: int) -> Mention | None:
        """The place ending right before ``start``, over a case particle at most ("を", "를 ":
        the language's ``visit_particles``)."""
        v = self.v
        before = [
            m for m in v.by_sent[i] if m.end <= start and m.kind in AGENT_KINDS and not v.nested(m)
        ]
        if not before:
            return None
        m = max(before, key=lambda x: x.end)
        gap = v.text[m.end : start].strip()
        particle = not gap or gap in self.lex.visit_particles
        return m if m.kind in PLACE_KINDS and particle else None

    def _is_modal(self, h: _Hit) -> bool:
        """A cue governs what follows it in the sentence ("proposed A, B and the Cultural
        Days"); after a noun trigger only within its clause ("the forum will be held").
        """
        text = self.v.text
        for c in self.modal[h.sent]:
            if c.start < h.start:
                return True
            if h.entry.group == "weak" and not _MODAL_BREAK.search(text, h.end, c.start):
                return True
        return False

    def _features(self, i: int, typ: str, hits: list[_Hit]) -> _Draft:
        v, lex = self.v, self.lex
        ms = v.by_sent[i]
        d = _Draft(type=typ, first=hits[0].start)
        d.trigger_sents.append(i)
        d.rules += [f"trigger:{lex.lang}:{_bare(h.entry.phrase)}" for h in hits]
        passing = [b for _, b, e in self.scan(lex.not_participant, i) if e.group == "np"]
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
        anchors = self.scan(lex.anchors, i)
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
            d.rules.append("date:trigger-sentence")
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
        ]
        if venues:
            m = max(
                venues, key=lambda x: (_place_rank(_place_of(x)), -abs(x.start - hits[0].start))
            )
            d.venue = self.names.place(m)
            d.rules.append("place:venue")
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
            if any(0 <= m.start - b <= _PASSING_WINDOW for b in passing):
                continue
            d.regions.setdefault(m.key, "region:named-in-trigger-sentence")
        for m in ms:
            # "Chiang Mai and Guangzhou signed": a city that acts (not the venue) acts for
            # its first-level region
            city_region = m.attrs.get("region") if m.kind == "city" else None
            if not isinstance(city_region, str) or v.nested(m) or typ not in _CITY_ACTS:
                continue
            if _is_venue(v, lex, m) or _is_dateline(v, lex, m) or city_region in d.regions:
                continue
            d.regions.setdefault(city_region, "region:city-named-in-trigger-sentence")
        authority = self.scan(lex.local_authority, i)
        if d.venue and d.venue.region and authority:
            d.regions.setdefault(d.venue.region, "region:venue-local-authority")
        for m in ms:
            org_region = m.attrs.get("region") if m.kind == "org" else None
            if isinstance(org_region, str) and any(
                a < m.end and m.start < b for a, b, _ in authority
            ):
                d.regions.setdefault(org_region, "region:local-authority-org")
        return d

    def _ours(self, m: Mention, own: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
        """Is a date of the act whose triggers are ``own`` rather than of the other act told
        in the sentence? The act whose trigger shares its clause, else the nearer one."""
        text, s = self.v.text, self.v.sents[self.v.sent_index(m.start) or 0]
        cut = [x.end() for x in _CLAUSE_BREAK.finditer(text, s.start, m.start)]
        lo = cut[-1] if cut else s.start
        after = _CLAUSE_BREAK.search(text, m.end, s.end)
        hi = after.start() if after else s.end
        mine = any(lo <= a < hi for a, _ in own)
        theirs = any(lo <= a < hi for a, _ in others)
        if mine != theirs:
            return mine
        joined = self._date_of_the_act_before(m, own, others)
        if joined is not None:
            return joined
        return _gap(m, own) <= _gap(m, others)

    def _date_of_the_act_before(
        self, m: Mention, own: list[tuple[int, int]], others: list[tuple[int, int]]
    ) -> bool | None:
        """ "la création de l'Association en 2005 et la signature de l'Accord": a date told
        between two acts joined by a conjunction closes the act before it ("the founding in
        2005"), however near the next act's trigger is. True when that act is ours, False
        when it is the other's, None when the date is not between two acts so joined."""
        if not self.lex.conjunctions:
            return None
        triggers = [(a, b, True) for a, b in own] + [(a, b, False) for a, b in others]
        before = [t for t in triggers if t[1] <= m.start]
        after = [t for t in triggers if t[0] >= m.end]
        if not before or not after:
            return None
        prev = max(before, key=lambda t: t[1])
        nxt = min(after, key=lambda t: t[0])
        if prev[2] == nxt[2]:
            return None
        gap = self.v.text[m.end : nxt[0]]
        words = {w.lower() for w in _WORD.findall(gap)}
        unspaced = self.lex.lang in ("zh", "ja")
        if any(c in words or (unspaced and c in gap) for c in self.lex.conjunctions):
            return prev[2]
        return None

    def _compatible(self, ev: _Draft, cand: _Draft) -> bool:
        if ev.type != cand.type or ev.trip:
            return False
        if cand.anchor:  # "the next day": another day, another event
            return False
        if self._another_document(ev, cand):
            return False  # "양해각서도 체결됐다" (an MoU was also signed): a second document
        if set(cand.persons) - set(ev.persons) and self._later_opening(cand):
            return False  # "Позднее в ходе встречи X с Y": a later act with a new partner
        # "At the talks, he said that in 2024 ...": a year told in a noun-trigger sentence
        # is about the content, not a second meeting
        cand_date = None if cand.coarse and not cand.strong else cand.date
        if not _dates_agree(ev.date, cand_date):
            return False
        if cand_date is None and self._past_year(ev):
            return False  # "became sister cities in 2002" does not take a later undated signing
        if (cand_date is None or ev.date is None) and self._earlier_occasion(cand):
            return False
        if ev.venue and cand.venue and not _same_place(ev.venue, cand.venue):
            return False
        if _other_partner(ev.regions, cand.regions):
            return False  # "also signed memoranda with Guangxi and Sichuan": other signings
        # persons who joined from a later sentence ("led by X") do not make it another event
        told = set(ev.persons) - ev.joined
        new_people = set(cand.persons) - set(ev.persons)
        if (
            ev.type == "agreement"
            and cand.strong
            and new_people
            and told
            and all(cand.persons[k].start < cand.first for k in new_people)
            and self._other_side(told, new_people)
        ):
            # "Premier X signed the agreement on behalf of A. Governor Y signed on behalf of
            # B.": one signing told side by side by its signers (the verb's subjects), not a
            # second one
            return True
        if new_people and told and cand.strong:
            # "Tomsk governor meets Yen Bai leader" then the lead naming both: the headline
            # told again with every name, not a second meeting
            # (also the lead's act, told without its day, then again with its day)
            lead = ev is self.drafts[0] and (ev.date is None or ev.coarse)
            return (ev.trigger_sents == [0] or lead) and told <= set(cand.persons)
        return True

    def _another_document(self, ev: _Draft, cand: _Draft) -> bool:
        """ "…자매결연 협약을 체결했다. … 양해각서도 체결됐다.", "The two sides also signed a
        memorandum on tourism": a signing told in a later sentence with an additive particle
        or adverb on the document or the verb (ko 도, ja も, en also, ru также, fr également,
        de auch, vi cũng) is another document of the occasion, not the first one told again.
        The cue lists hold the verb too, so "also" elsewhere in the sentence does not count.
        The first act must be an occasion the report places (dated, or its headline act): after
        an undated background signing ("signed an agreement for 2021-2025"), "departments have
        also signed separate agreements" goes on about that background, not a new occasion."""
        if cand.type != "agreement" or not cand.trigger_sents:
            return False
        if ev.date is None and ev is not self.drafts[0]:
            return False
        i = cand.trigger_sents[0]
        return i not in ev.trigger_sents and bool(self.scan(self.lex.also, i))

    def _of_the_occasion(self, cand: _Draft) -> None:
        """A second document ("양해각서도 체결됐다") told without its own day or venue was
        signed on the occasion of the latest signing told before it: it takes that one's."""
        if cand.date is not None and cand.venue is not None:
            return
        first = next((d for d in reversed(self.drafts) if d.type == cand.type and not d.trip), None)
        if first is None or not self._another_document(first, cand):
            return
        if cand.date is None and first.date is not None:
            cand.date, cand.coarse = first.date, first.coarse
            cand.rules.append("date:occasion-of-the-first-document")
        cand.venue = cand.venue or first.venue

    def _later_opening(self, cand: _Draft) -> bool:
        """Does the sentence of ``cand`` open with a word of a later moment ("Позднее",
        "Later", "Plus tard")? (lang/*/triggers.yaml ``later_occasion``)"""
        if not self.lex.later or not cand.trigger_sents:
            return False
        s = self.v.sents[cand.trigger_sents[0]]
        head = self.v.text[s.start : min(s.end, s.start + 40)].lstrip().lower()
        return any(
            head.startswith(w) and not head[len(w) : len(w) + 1].isalnum() for w in self.lex.later
        )

    def _told_of(self, i: int, current: _Draft) -> _Draft:
        """The event a presence sentence ("Present at the signing ceremony were X and Y")
        tells of: the one told last, unless that one is an earlier occasion ("Previously, the
        province signed memoranda with A and B") and sentence ``i`` is not: the reporter is
        back at the act the report is about, the first one of that type not told as earlier.
        """
        if not self._earlier_occasion(current) or self._earlier_cue(i):
            return current
        for d in sorted(self.drafts, key=lambda x: x.first):
            if d is current or d.trip or d.type != current.type:
                continue
            if not self._earlier_occasion(d):
                return d
        return current

    def _earlier_cue(self, i: int) -> bool:
        """A word of an earlier occasion in sentence ``i`` or a reminder in the one before."""
        if self.scan(self.lex.earlier, i):
            return True
        return i > 0 and any(
            e.group == "reminder" for _, _, e in self.scan(self.lex.earlier, i - 1)
        )

    def _other_side(self, told: set[str], new: set[str]) -> bool:
        """Whether the persons ``new`` are all of another country than those ``told``, each
        group of one country (the two sides of one act)."""
        attrs = self.v.person_attrs
        ours = {attrs.get(k, {}).get("country") for k in told}
        theirs = {attrs.get(k, {}).get("country") for k in new}
        return None not in ours | theirs and len(ours) == 1 and len(theirs) == 1 and ours != theirs

    def _earlier_occasion(self, cand: _Draft) -> bool:
        """ "In November last year, X signed a sister-state agreement with Y" in a page without
        a date, "Напомним, ... . В конце апреля ... провели встречу" beside an undated lead: a
        word of an earlier year in the act's sentence, or the reporter's reminder there or in
        the sentence before (it opens the paragraph it scopes), tells another occasion."""
        i = cand.trigger_sents[0]
        if self.scan(self.lex.earlier, i):
            return True
        return i > 0 and any(
            e.group == "reminder" for _, _, e in self.scan(self.lex.earlier, i - 1)
        )

    def _merge(self, ev: _Draft, cand: _Draft) -> None:
        i = cand.trigger_sents[0]
        if i not in ev.trigger_sents:
            ev.trigger_sents.append(i)
        for k, m in cand.persons.items():
            ev.persons.setdefault(k, m)
        for k, why in cand.why.items():
            ev.why.setdefault(k, why)
        ev.host = ev.host or cand.host
        better = ev.date is None or (ev.coarse and not cand.coarse)
        # "...agreed to hold the working group in September": a later month than the report
        # is a plan told in the retelling, not the date of the act
        later = _later_month(cand.date, self.v.published)
        if (
            cand.date
            and better
            and not later
            and (ev.date is None or cand.date.startswith(ev.date))
        ):
            ev.date, ev.coarse = cand.date, cand.coarse
        if cand.venue and (ev.venue is None or _place_rank(cand.venue) > _place_rank(ev.venue)):
            ev.venue = cand.venue
        for code, rule in cand.regions.items():
            ev.regions.setdefault(code, rule)
        ev.rules += [r for r in cand.rules if r not in ev.rules]
        if "merge:same-event-told-again" not in ev.rules:
            ev.rules.append("merge:same-event-told-again")

    def _place_hits(self, i: int, typ: str, hits: list[_Hit], strong: bool) -> _Draft | None:
        if not strong and typ == "agreement" and not self._recalled_between_regions(i, hits):
            return None
        cand = self._features(i, typ, hits)
        cand.strong = strong
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
            seen = set().union(*(set(d.persons) for d in self.drafts)) if self.drafts else set()
            same_type = [d for d in self.drafts if d.type == typ]
            # (a noun act of an earlier occasion between regions, "the 10th anniversary of the
            # signing of A's agreement with B", is not the act told again)
            told_again = same_type and not (set(cand.persons) - seen)
            if told_again and cand.regions and self._earlier_occasion(cand):
                told_again = False
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
            self._split_recalled_signings(i, cand, hits)
        return cand

    def _recalled_between_regions(self, i: int, hits: list[_Hit]) -> bool:
        """A signing named as a noun inside a cue of an earlier occasion ("on the 30th
        anniversary of the signing of the agreement") is an act of the relation only when two
        regions are named after it (its parties); the persons of the sentence act in its main
        clause (they met), not in the signing recalled. Other noun signings: yes."""
        cues = self.scan(self.lex.earlier, i)
        if not any(h.start <= a < h.end or a <= h.start < b for a, b, _ in cues for h in hits):
            return True
        start = min(h.end for h in hits)
        after = {m.key for m in self.v.by_sent[i] if m.kind == "region" and m.start >= start}
        return len(after) >= 2

    def _split_recalled_signings(self, i: int, d: _Draft, hits: list[_Hit]) -> None:
        """ "the 10th anniversary of the signing of the agreement between A and B, and the
        30th anniversary of the signing of the agreement between C and B": signings recalled
        as nouns, each followed by its own two regions, are two agreements (of an earlier
        occasion: only then, a report's signing told twice being one act)."""
        if not self._earlier_occasion(d):
            return
        ordered = sorted(hits, key=lambda h: h.start)
        ends = [h.start for h in ordered[1:]] + [self.v.sents[i].end]
        groups = []
        for h, end in zip(ordered, ends, strict=True):
            codes = {
                m.key
                for m in self.v.by_sent[i]
                if m.kind == "region" and m.key and h.end <= m.start < end
            }
            groups.append(codes)
        if any(len(g) < 2 for g in groups):
            return
        for codes in groups[1:]:
            part = _Draft(type=d.type, first=d.first + 1, trigger_sents=[i], span=[i])
            part.strong, part.date, part.coarse, part.venue = d.strong, d.date, d.coarse, d.venue
            part.rules = [*d.rules, f"agreement:{self.lex.lang}:one-per-recalled-signing"]
            part.regions = {c: d.regions.get(c, "region:named-in-trigger-sentence") for c in codes}
            self.drafts.append(part)
        d.regions = {c: why for c, why in d.regions.items() if c in groups[0]}
        d.rules.append(f"agreement:{self.lex.lang}:one-per-recalled-signing")

    def _split_separately(self, i: int, d: _Draft) -> None:
        """ "许勤分别与A州州长X和B州州长Y举行会谈" (held talks separately with X and Y): one
        meeting per partner. The persons named before the cue meet every partner; those after
        it go with the last region named before them (a partner without one opens its own
        group), and each group is a meeting of its own."""
        cues = self.scan(self.lex.separately, i)
        if not cues:
            return
        cue_end = cues[0][1]
        v = self.v
        regions = [m for m in v.by_sent[i] if m.kind == "region" and m.key and m.start >= cue_end]
        groups: dict[str | None, list[str]] = {}
        common: list[str] = []
        for key, m in d.persons.items():
            if m.start < cue_end:
                common.append(key)
                continue
            before = [r.key for r in regions if r.end <= m.start]
            groups.setdefault(before[-1] if before else None, []).append(key)
        if len(groups) < 2:
            return
        first, *rest = list(groups.items())
        others = {r for r, _ in rest if r}
        for code, keys in rest:
            part = _part_of(d, i, d.first, f"meeting:{self.lex.lang}:separately", [*common, *keys])
            part.host = common[0] if common else d.host
            part.regions = {c: why for c, why in d.regions.items() if c not in others or c == code}
            if code:
                part.regions.setdefault(code, "region:named-in-trigger-sentence")
            self.drafts.append(part)
        for _, keys in rest:
            for key in keys:
                d.persons.pop(key, None)
        d.regions = {c: why for c, why in d.regions.items() if c not in others}
        if first[0]:
            d.regions.setdefault(first[0], "region:named-in-trigger-sentence")
        d.rules.append(f"meeting:{self.lex.lang}:separately")

    def _split_visitors(self, i: int, d: _Draft) -> None:
        """ "the visits to Vietnam by X, Y and Z": a plural visit noun before a list of
        visitors tells one trip per visitor (each travelled on their own; readers and the gold
        count each). The persons named before the cue (the other acts of such a list: "the
        phone talks between A and B as well as the visits ...") made none of these trips."""
        cues = self.scan(self.lex.visits_by, i)
        if not cues:
            return
        cue_end = cues[0][1]
        visitors = [k for k, m in d.persons.items() if m.start >= cue_end]
        if len(visitors) < 2:
            return
        for key in [k for k, m in d.persons.items() if m.start < cue_end]:
            d.persons.pop(key)
            d.why.pop(key, None)
        for key in visitors[1:]:
            part = _part_of(d, i, d.first, f"visit:{self.lex.lang}:one-trip-per-visitor", [key])
            part.trip = d.trip
            part.regions = dict(d.regions)
            self.drafts.append(part)
            d.persons.pop(key)
        d.host = visitors[0]
        d.rules.append(f"visit:{self.lex.lang}:one-trip-per-visitor")

    def _split_signings(self, i: int, d: _Draft, hits: list[_Hit]) -> None:
        """ "signed an agreement with the ministry and, visiting the province, signed a
        memorandum with its firms": a signing verb told twice in one sentence is two documents,
        so two agreements (gold and readers count each). Hits closer than a few characters
        ("signed and sealed"), a noun and a verb naming the signing, or a sentence printed
        twice are one act. The second signing takes the persons named after the first verb;
        both keep the sentence's regions and date."""
        verbs = sorted(hits, key=lambda h: h.start)
        text, end = self.v.text, self.v.sents[i].end

        def after(h: _Hit, n: int) -> str:
            return text[h.start : min(h.start + n, end)]

        def stem(h: _Hit) -> str:
            # the same verb both times: "the signing ceremony ... signed", "締結式では…
            # サインしました" name one act by a noun and a verb (a word of a script without
            # spaces is read by its first two characters, "調印するほか…調印した")
            word = (text[h.start : h.end].split() or [""])[0].lower()
            return word[:2] if word and ord(word[0]) >= 0x2E80 else word[:6]

        apart = [
            h
            for k, h in enumerate(verbs)
            if k == 0
            or (
                h.start - verbs[k - 1].end >= 8
                and stem(h) == stem(verbs[0])
                # a photo caption printed twice ("Signed documents ... Download: Signed
                # documents ...") repeats the words after the verb: one act
                # (a verb closing the sentence, "... was also signed.", is no such repeat)
                and not (
                    len(after(h, 24)) >= 12
                    and after(h, 24) == after(verbs[k - 1], len(after(h, 24)))
                )
            )
        ]
        if len(apart) < 2:
            return
        first_end = apart[0].end
        for h in apart[1:2]:  # two documents at most: a third verb is rarely a third one
            keys = [key for key, m in d.persons.items() if first_end <= m.start < h.end]
            rule = f"agreement:{self.lex.lang}:signed-twice"
            part = _part_of(d, i, d.first + 1, rule, keys)
            part.host = d.host if d.host in part.persons else None
            part.regions = dict(d.regions)
            self.drafts.append(part)

    def _split_partners(self, i: int, d: _Draft) -> None:
        """ "has successively signed memoranda with Guangxi, Chongqing and Sichuan": after a
        one-after-the-other cue (the ``separately`` phrases) the regions of one country named
        are each a partner of its own signing, so one agreement per region. Without the cue
        ("jointly signed with A and B") the partners sign one document together."""
        cues = self.scan(self.lex.separately, i)
        if not cues:
            return
        cue_end = cues[0][1]
        after = [
            m.key for m in self.v.by_sent[i] if m.kind == "region" and m.key and m.start >= cue_end
        ]
        partners = list(dict.fromkeys(after))
        if len(partners) < 2 or len({c.split("-")[0] for c in partners}) != 1:
            return
        home = {c: why for c, why in d.regions.items() if c not in partners}
        for code in partners[1:]:
            part = _Draft(type=d.type, first=d.first + 1, trigger_sents=[i], span=[i])
            part.strong, part.date, part.coarse, part.venue = d.strong, d.date, d.coarse, d.venue
            part.rules = [*d.rules, f"agreement:{self.lex.lang}:separately"]
            part.regions = {**home, code: d.regions.get(code, "region:named-in-trigger-sentence")}
            self.drafts.append(part)
        d.regions = {
            **home,
            partners[0]: d.regions.get(partners[0], "region:named-in-trigger-sentence"),
        }
        d.rules.append(f"agreement:{self.lex.lang}:separately")

    def _split_partners_met(self, i: int, d: _Draft, hits: list[_Hit]) -> None:
        """ "провели встречу с делегацией Вьетнама и переговоры с послом Индии" (held a meeting
        with the delegation of Vietnam and talks with the ambassador of India): two meeting
        words, each followed by the word naming its partner and partners of different
        countries, are two meetings. The second takes the persons named after its word."""
        v, words = self.v, self.lex.partner_with
        ms = v.by_sent[i]
        end = v.sents[i].end
        told = []
        for h in sorted(hits, key=lambda x: x.start):
            after = _WORD.findall(v.text[h.end : end])
            if after and after[0].lower() in words:
                told.append(h)
        if len(told) < 2:
            return
        first, second = told[0], told[1]

        def countries(lo: int, hi: int) -> set[str]:
            return {
                str(m.attrs.get("country") or m.key)[:2]
                for m in ms
                if lo <= m.start < hi and m.kind in ("country", "region") and m.key
            }

        mine, theirs = countries(first.end, second.start), countries(second.end, end)
        if not mine or not theirs or mine & theirs:
            return
        keys = [key for key, m in d.persons.items() if m.start >= second.end]
        part = _part_of(d, i, d.first + 1, f"meeting:{self.lex.lang}:two-partners", keys)
        part.regions = {c: why for c, why in d.regions.items() if c[:2] not in mine}
        for key in keys:
            d.persons.pop(key, None)
        self.drafts.append(part)

    def _two_countries(self, i: int) -> bool:
        """Does the sentence name two countries (a forum "of Belarus and Russia")?"""
        return len({m.key for m in self.v.by_sent[i] if m.kind == "country" and m.key}) >= 2

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

    def events(self) -> list[Event]:
        v = self.v
        out: list[tuple[int, Event]] = []
        previous_country: str | None = None
        previous: tuple[str | None, Place] | None = None  # date and place of the event before
        dateline = self._dateline_place()
        for d in sorted(self.drafts, key=lambda x: x.first):
            rules = list(d.rules)
            prev_date = previous[0] if previous else None
            date = self._event_date(d, prev_date, rules)
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
            _other_side(participants, d.regions)
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
        for n, e in enumerate(events, 1):
            e.local_id = f"e{n}"
        return events


def _part_of(d: _Draft, i: int, first: int, rule: str, keys: list[str]) -> _Draft:
    """One act split off draft ``d`` in sentence ``i`` (talks held separately, a second
    signing): same type, strength, date and venue, the persons ``keys`` of ``d`` (in that
    order) with their reasons, and ``d``'s rules plus ``rule``."""
    part = _Draft(type=d.type, first=first, trigger_sents=[i], span=[i])
    part.strong, part.date, part.coarse, part.venue = d.strong, d.date, d.coarse, d.venue
    part.rules = [*d.rules, rule]
    for key in keys:
        part.persons[key] = d.persons[key]
        if key in d.why:
            part.why[key] = d.why[key]
    return part


def _other_side(participants: list[Participant], regions: dict[str, str]) -> None:
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


def _gap(m: Mention, spans: list[tuple[int, int]]) -> int:
    """Characters between a mention and the nearest of some spans."""
    return min(m.start - b if m.start >= b else max(a - m.end, 0) for a, b in spans)


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


# Event types where a city named in the trigger sentence is a party (a signing between
# cities is an act of their regions).
_CITY_ACTS = frozenset({"agreement", "meeting", "forum", "visit", "ceremony"})


def _same_months(a: str | None, b: str | None) -> bool:
    """Dates of one trip: a trip lasts days, so only the months (or years) must agree."""
    return _dates_agree(a[:7] if a else None, b[:7] if b else None)


def _other_partner(a: dict[str, str], b: dict[str, str]) -> bool:
    """Both name units of one country and none of them agree: another partner, another act."""
    for country in {code.split("-")[0] for code in a}:
        mine = {c for c in a if c.split("-")[0] == country}
        theirs = {c for c in b if c.split("-")[0] == country}
        if theirs and not mine & theirs:
            return True
    return False
