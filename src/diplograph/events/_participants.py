"""Who took part in each event, and who said what.

The persons of the trigger sentences; those a later sentence places at the event
("Attending were ...", "the delegation led by X"); the speakers right after a forum is told;
the parties of the talks for "the two sides signed"; the presenter of an award; the
delegation's leader for a trip; the region a person acts for when only their delegation
says it. Historic persons and those only greeted or represented are never participants.
"""

from __future__ import annotations

import re

from .._models import Mention, Statement
from ._base import _RunBase
from ._view import (
    _CLAUSE_BREAK,
    _PASSING_WINDOW,
    _SPEAKER_SENTS,
    _SUBJECT_REACH,
    _WORD,
    AGENT_KINDS,
    _dates_agree,
    _Draft,
)

_APPOSITION = re.compile(r",[^,]*,")  # compiled once per process
# Events of a trip its visiting head attends though the sentence names only the hosts.
_VISIT_STOPS = ("meeting", "agreement", "ceremony", "forum")
# Events whose later sentences retell them with their participants as subjects.
# Forums and ceremonies are attended by many: a statement of plans after one is told
# (a modal sentence) is not a retelling of it; its speakers are read by _speakers.
_OPEN_EVENTS = ("forum", "ceremony")
# A retold name's title between it and the phrase of its words ("X 시장의 서한", "X总统的").
_RETOLD_GAP = 16
# Opening quotation marks and their closers (a straight quote closes itself).
_QUOTES = {"“": "”", "«": "»", "„": "“", "「": "」", "『": "』", '"': '"'}
_CLOSERS = frozenset("”»」』")
_RETOLD = ("meeting", "agreement", "ceremony", "forum", "award")
# Words a subject pronoun may stand before the act's trigger ("Il avait également déposé").
_PRONOUN_GAP = 4


class _Participants(_RunBase):
    """Participant attachment and statement speakers (a job of ``_Run``)."""

    def _delegation_region(self, i: int, a: int, b: int) -> str | None:
        """The region a delegation word names ("delegation of X province", "X delegation");
        in a verb-final language the one right before it ("광주시 방문단"): the modifier
        precedes the noun there, and a place after it is where the party went."""
        v = self.v
        best: str | None = None
        for m in v.by_sent[i]:
            if m.kind != "region" or not m.key or v.nested(m):
                continue
            if self.lex.place_before and m.end <= a:
                # a verb-final language names the home before the word ("광주시 방문단")
                if a - m.end <= 15 and not _CLAUSE_BREAK.search(v.text[m.end : a]):
                    best = m.key
                continue
            if best is not None and self.lex.place_before:
                return best
            if m.start >= b and m.start - b <= 40:
                gap = [w.lower() for w in _WORD.findall(v.text[b : m.start])]
                if not any(w in self.lex.venue for w in gap) and not _CLAUSE_BREAK.search(
                    v.text[b : m.start]
                ):
                    return m.key
            elif m.end <= a and a - m.end <= 15 and not _CLAUSE_BREAK.search(v.text[m.end : a]):
                best = m.key
        return best

    def _persons(self, i: int) -> list[Mention]:
        """Persons a sentence names as present: not historical, not only greeting or sending.

        Read once per sentence (it depends only on the document and the cached scans; the
        caller gets its own copy of the list)."""
        known = self.present.get(i)
        if known is not None:
            return list(known)
        v = self.v
        found = sorted(
            [m for m in v.by_sent[i] if m.kind == "person"] + v.corefs(i), key=lambda m: m.start
        )
        passing: set[int] = set()
        for _, b, cue in self.scan(self.lex.not_participant, i):
            if cue.group != "np":
                continue  # a word holding the cue ("代表团")
            # "on behalf of (President) X", "greetings from X": only the one named there
            agents = [m for m in v.by_sent[i] if m.start >= b and m.kind in AGENT_KINDS]
            agents += [m for m in found if m.start >= b]
            first = min(agents, key=lambda m: m.start, default=None)
            if first is None or first.start - b > _PASSING_WINDOW:
                continue
            if first.kind == "title":
                first = next((m for m in found if 0 <= m.start - first.end <= 3), first)
            if first.kind == "person":
                passing.add(first.start)
        passing |= self._retold_names(i, found)
        known = self.present[i] = [
            m
            for m in found
            if (m.key or m.text) not in v.historical  # "the late President ...": not present
            and m.start not in passing
        ]
        return list(known)

    def _retold_names(self, i: int, found: list[Mention]) -> set[int]:
        """Persons only retold: named right before a phrase of their words, guidance or letter
        ("under the strategic guidance of President X and President Y", Chinese "X主席的战略
        引领下", Korean "X 시장의 서한"). The last name before the phrase (its title between, no
        clause break) is passing, and so are the names a conjunction joins to it; a subject
        further back ("Vice Mayor Y, delivering Mayor X's letter") is not.
        """
        v = self.v
        out: set[int] = set()
        for a, _, _ in self.scan(self.lex.not_participant_after, i):
            before = [m for m in found if m.start < a]  # "Orlov's letter": the phrase's word
            if not before:
                continue
            m = before[-1]
            gap = v.text[m.end : a]
            if len(gap) > _RETOLD_GAP or _CLAUSE_BREAK.search(gap):
                continue
            out.add(m.start)
            for p in reversed(before[:-1]):
                if not self._joined(v.text[p.end : m.start]):
                    break
                out.add(p.start)
                m = p
        return out

    def _joined(self, gap: str) -> bool:
        """Whether two names are joined by a conjunction (their titles between)."""
        if len(gap) > _RETOLD_GAP or _CLAUSE_BREAK.search(gap):
            return False
        words = {w.lower() for w in _WORD.findall(gap)}
        unspaced = self.lex.lang in ("zh", "ja")
        return any(c in words or (unspaced and c in gap) for c in self.lex.conjunctions)

    def _presenter(self, i: int, start: int, persons: list[Mention]) -> Mention | None:
        """Who hands an award over: the person right before the verb ("X, on behalf of the
        President, presented ..."); a person several words away only asked or thanked.
        """
        before = [m for m in persons if m.end <= start]
        if not before:
            return None
        m = before[-1]
        gap = self.v.text[m.end : start]
        cues = [a for a, _, e in self.scan(self.lex.not_participant, i) if e.group == "np"]
        if any(a - m.end <= 2 for a in cues if a >= m.end):
            return m  # "X on behalf of the President presented"
        bare = _APPOSITION.sub(" ", gap)  # "X, head of the delegation, presented"
        return m if len(_WORD.findall(bare)) <= 2 and not _CLAUSE_BREAK.search(bare) else None

    def _fill_from_delegation(self, i: int, persons: list[Mention]) -> None:
        """A person leading a delegation ("a delegation of X led by its Governor Y") is of X."""
        v = self.v
        for m in persons:
            key = m.key or m.text
            attrs = v.person_attrs.get(key, {})
            if attrs.get("region") or attrs.get("country") or key in self.fill:
                continue
            for a, b, code in self.delegations[i]:
                if code and a < m.start and m.start - b <= 80 and ";" not in v.text[b : m.start]:
                    self.fill[key] = code
                    break

    def _regions_of(self, d: _Draft, persons: list[Mention]) -> None:
        for m in persons:
            key = m.key or m.text
            region = self.v.person_attrs.get(key, {}).get("region") or self.fill.get(key)
            if isinstance(region, str):
                d.regions.setdefault(region, "region:participant")

    def _join(self, d: _Draft, i: int, why: str) -> None:
        """The persons of sentence ``i`` take part in event ``d`` (told before)."""
        persons = self._persons(i)
        self._fill_from_delegation(i, persons)
        d.told.append(i)
        for m in persons:
            key = m.key or m.text
            if key not in d.persons:
                d.persons[key] = m
                d.why[key] = why
                d.joined.add(key)
        if persons:
            d.host = d.host or persons[0].key or persons[0].text
            self._regions_of(d, persons)
            if why not in d.rules:
                d.rules.append(why)

    def _unquote(self) -> None:
        """An event a speaker tells inside a quotation ("“... thirty years since the signing
        of the treaty,” the governor said") is only told of: the persons of its sentence
        outside the quotation (the speaker, those they greet) take no part in it.
        """
        for d in self.drafts:
            i = min(d.trigger_sents)
            if d.trip or len(d.trigger_sents) > 1 or not self._quoted(i, d.first):
                continue
            s = self.v.sents[i]
            for key, m in list(d.persons.items()):
                inside = s.start <= m.start < s.end
                if key not in d.joined and inside and not self._quoted(i, m.start):
                    del d.persons[key]
                    d.why.pop(key, None)
            if d.host not in d.persons:
                d.host = next(iter(d.persons), None)

    def _unframe(self) -> None:
        """A sentence telling a meeting and a forum ("Within the Culture Week, a meeting took
        place between Governor X and Ambassador Y"; "the premier received Governor X and
        attended a conference") gives the persons named after the meeting's trigger to the
        meeting alone: they are whom the meeting was with, not those the forum gathered. The
        persons before it (the subject of both acts) and those after the forum's own trigger
        when it comes later ("... and opened the forum with Mayor Z") still attend the forum.
        Measured on the real set: the forum of such a sentence is annotated without the
        meeting's partners.
        """
        v = self.v
        for d in self.drafts:
            if d.type != "forum" or d.trip:
                continue
            for i in d.trigger_sents:
                other = self._framed(d, i)
                hits = [
                    (a, e.value)
                    for a, _, e in self.scan(self.lex.triggers, i)
                    if e.group != "block"
                ]
                met = [a for a, typ in hits if typ == "meeting"]
                own = [a for a, typ in hits if typ == "forum"]
                if not other or not met or not own:
                    continue
                s, t, f = v.sents[i], met[0], own[0]
                for key, m in list(d.persons.items()):
                    theirs = any(key in e.persons for e in other)
                    if key in d.joined or not theirs or not s.start <= m.start < s.end:
                        continue
                    if m.start > t and not (t < f < m.start):
                        del d.persons[key]
                        d.why.pop(key, None)
            if d.host not in d.persons:
                d.host = next(iter(d.persons), None)

    def _framed(self, d: _Draft, i: int) -> list[_Draft]:
        """The meetings told in trigger sentence ``i`` of forum ``d`` (see ``_unframe``)."""
        return [
            e
            for e in self.drafts
            if e.type == "meeting" and not e.trip and e is not d and i in e.trigger_sents
        ]

    def _parties_of_signing(self) -> None:
        """ "The two sides signed ...": the signing parties are those of the event just told;
        "before the signing, both leaders held talks": those of the event told next.
        """
        self._unquote()
        self._unframe()
        for d in self.drafts:
            if d.type not in ("agreement", "meeting") or d.persons:
                continue
            first = min(d.trigger_sents)
            if d.type == "agreement" and not d.regions:
                before = [e for e in self.drafts if e is not d and any(j < first for j in e.span)]
                if before:
                    prev = max(before, key=lambda e: max(j for j in e.span if j < first))
                    for code in prev.regions:
                        d.regions.setdefault(code, "region:parties-of-previous-event")
            said = [self.scan(self.lex.parties, i) for i in d.trigger_sents]
            cue = next((hits[0][2].phrase for hits in said if hits), None)
            if cue is None:
                continue
            near = [
                e
                for e in self.drafts
                if e is not d
                and e.persons
                and not e.trip
                and e.type in ("meeting", "agreement")
                and _dates_agree(e.date, d.date)
                and not self._past_year(e)
            ]
            if not near:
                continue
            other = min(near, key=lambda e: (abs(min(e.trigger_sents) - first), e.first > d.first))
            attendee = f"participant:{self.lex.lang}:present:"
            for key, m in other.persons.items():
                if other.why.get(key, "").startswith(attendee):
                    continue  # "the two sides" are the principals, not those who sat in
                d.persons.setdefault(key, m)
                d.why.setdefault(key, f"participant:{self.lex.lang}:parties:{cue}")
            d.host = d.host or other.host
            for code, why in other.regions.items():
                d.regions.setdefault(code, why)

    def _talks_of_the_signers(self) -> None:
        """ "At the close of the meeting, they signed ..." names the talks only as the frame
        of the signing: talks told in a signing's sentence with nobody of their own were held
        by the signers."""
        for d in self.drafts:
            if d.type != "meeting" or d.trip or d.persons:
                continue
            signing = next(
                (
                    e
                    for e in self.drafts
                    if e.type == "agreement"
                    and e.persons
                    and not e.trip
                    and set(e.trigger_sents) & set(d.trigger_sents)
                ),
                None,
            )
            if signing is None:
                continue
            for key, m in signing.persons.items():
                d.persons[key] = m
                d.why[key] = "participant:signers-of-the-talks"
            d.host = d.host or signing.host

    def _visitors(self) -> None:
        """The head of a visiting delegation, named once ("a delegation led by Governor X",
        "Governor X visited ..."), takes part in the meetings, signings, ceremonies and forums
        of the trip that name nobody of their side; an event dated only in a past year is
        background and keeps its own persons, and so is one a speaker tells inside a quotation.
        """
        v = self.v
        heads: list[str] = [
            key
            for key, attrs in v.person_attrs.items()
            if attrs.get("leads_delegation") and key not in v.historical
        ]
        for d in self.drafts:
            if d.type == "visit" and d.host and d.host not in heads and d.host not in v.historical:
                heads.append(d.host)
        if not heads:
            return
        first = {m.key or m.text: m for m in reversed(v.persons)}
        for d in self.drafts:
            if d.trip or d.type not in _VISIT_STOPS or self._past_year(d):
                continue
            if self._quoted(min(d.trigger_sents), d.first):
                continue  # "“... the agreement signed 30 years ago,” he said": only told of
            if d.type == "agreement" and self._told_as_earlier(d):
                continue  # "the provinces signed a memorandum last year": not of this trip
            if d.type == "forum" and any(self._framed(d, i) for i in d.trigger_sents):
                continue  # "within the Week, a meeting with the delegation led by X": X met
            sides = {self._side(key) for key in d.persons}
            for key in heads:
                side = self._side(key)
                # a ceremony of the trip ("the delegation laid a wreath") is the delegation's
                # act, led by its head, though a member of their side speaks there
                same_side = side is not None and side in sides and d.type != "ceremony"
                if key in d.persons or same_side or key not in first:
                    continue
                d.persons[key] = first[key]
                d.why[key] = "participant:head-of-visiting-delegation"
                d.joined.add(key)
                sides.add(side)
                self._regions_of(d, [first[key]])

    def _told_as_earlier(self, d: _Draft) -> bool:
        """An act told as one of an earlier occasion than the news: a word of an earlier year
        in its sentence ("last year", "去年"), or dated by a bare year before another event's
        year (a page without a publication date: "became friendship provinces in 1982")."""
        if any(self.scan(self.lex.earlier, i) for i in d.trigger_sents):
            return True
        if not d.date or len(d.date) != 4:
            return False
        years = [e.date[:4] for e in self.drafts if e is not d and e.date and e.date[:4].isdigit()]
        return any(y > d.date for y in years)

    def _side(self, key: str) -> str | None:
        """The country a person acts for (their delegation's, where the name says none)."""
        attrs = self.v.person_attrs.get(key, {})
        country = attrs.get("country")
        if isinstance(country, str):
            return country
        filled = self.fill.get(key)
        return filled.split("-")[0] if filled else None

    def _speakers(self) -> None:
        """An event told without names ("A business forum was held ...") is attended by the
        officials who speak in the sentences right after it, before anything else happens;
        so is a forum or ceremony, whose speakers address it.
        """
        taken = set(self.event_sentences)
        for d in self.drafts:
            if d.trip or (d.persons and d.type not in ("forum", "ceremony")):
                continue
            if d.type == "agreement" and self._told_as_earlier(d):
                continue  # "signed a memorandum last year. The governor said ...": not there
            own = set(d.trigger_sents + d.told)
            span = set(d.span)  # looked up per sentence below (a list search was quadratic)
            i, left = min(own), _SPEAKER_SENTS
            while left > 0 and i + 1 < len(self.v.sents):
                i += 1
                if i in own:
                    continue
                left -= 1
                if i in taken or i not in span or self.modal[i] or self._another_day(i, d):
                    break
                persons = [
                    m
                    for m in self._persons(i)
                    if self.v.person_attrs.get(m.key or m.text, {}).get("role")
                ]
                if persons and (m := persons[0]).start - self.v.sents[i].start <= _SUBJECT_REACH:
                    # "Signing were the two speakers X and Y": the names joined to the first
                    for p in [m, *self._joined_after(m, self._persons(i))]:
                        key = p.key or p.text
                        if key not in d.persons:
                            d.persons[key] = p
                            d.why[key] = "participant:speaker-after-trigger"
                            d.joined.add(key)
                            self._regions_of(d, [p])
                            d.host = d.host or key
        self._retold()
        self._talks_of_the_signers()

    def _pronoun_subjects(self) -> None:
        """An act told with a pronoun for its subject ("Il avait également déposé une gerbe",
        "He also laid a wreath") and no name is the act of the person the sentence before is
        about: the first person named early in it (its subject). Only a sentence that opens
        with the pronoun, a few words (auxiliary, adverb) before the act's trigger, and only
        for an act that has no participant yet.
        """
        pronouns = self.lex.subject_pronouns
        if not pronouns:
            return
        v = self.v
        for d in self.drafts:
            if d.trip or d.persons or not d.trigger_sents:
                continue
            i = min(d.trigger_sents)
            if i == 0 or not v.sents[i].start <= d.first <= v.sents[i].end:
                continue
            words = _WORD.findall(v.text, v.sents[i].start, d.first)
            if not words or words[0].lower() not in pronouns or len(words) > _PRONOUN_GAP:
                continue
            before = self._persons(i - 1)
            if not before or before[0].start - v.sents[i - 1].start > _SUBJECT_REACH:
                continue
            m = before[0]
            key = m.key or m.text
            d.persons[key] = m
            d.why[key] = "participant:subject-named-before-pronoun"
            d.joined.add(key)
            self._regions_of(d, [m])

    def _retold(self) -> None:
        """A meeting's or signing's later sentences retell it ("The governor stressed ...",
        "Mr X thanked ..."): the officials acting in such a sentence, before the text moves
        on to another event or another day, took part in it. Only a person with a role or a
        country joins, named in the sentence's first part (its subject and object, within
        twice the subject reach; measured on the real set, wider than the subject alone);
        a name deep in a subordinate clause is not. The headline event's sentences
        include the lead before its trigger: a news lead names the actors of the event the
        article is about ("Begleitet wird er von Minister X").
        """
        v = self.v
        # a sentence telling a trip ("X and Y arrived in Hanoi") tells the trip, not the act
        taken = set(self.event_sentences) | set(self.trip_cues) | set(self.side_trips)
        for d in self.drafts:
            if d.trip or d.type not in _RETOLD or self._past_year(d) or self._told_as_earlier(d):
                continue
            own = set(d.trigger_sents)
            # "the governor met X" when the lead names two governors: the lead does not
            # say which of them took part (neither joins, as for the bare title itself)
            unsure = {
                m.key
                for j in own
                for m in v.by_sent[j]
                if m.kind == "title" and m.key and len(v._holders.get(m.key, ())) >= 2
            }
            for i in d.span:
                if (
                    i in own
                    or i in taken
                    or (i < min(own) and not d.headline)
                    or (self.modal[i] and d.type in _OPEN_EVENTS)
                ):
                    continue
                s = v.sents[i]
                years = self._other_years(i, d)
                previous: Mention | None = None
                for m in self._persons(i):
                    key = m.key or m.text
                    listed = previous is not None and self._listed(previous.end, m.start)
                    previous = m
                    if m.start - s.start > 2 * _SUBJECT_REACH and not listed:
                        break
                    if any(a < m.end + _SUBJECT_REACH for a in years):
                        break  # "In 2026 a delegation led by X will come": another occasion
                    attrs = v.person_attrs.get(key, {})  # a bare name may be anyone
                    if key in d.persons or not (attrs.get("role") or attrs.get("country")):
                        continue
                    if self._quoted(i, m.start):
                        continue  # "“As our president X stressed, ...,” he said": talked of
                    if i < min(own) and attrs.get("role") in unsure:
                        continue
                    d.persons[key] = m
                    d.why[key] = "participant:subject-of-a-retelling-sentence"
                    d.joined.add(key)
                    self._regions_of(d, [m])

    def _joined_after(self, first: Mention, persons: list[Mention]) -> list[Mention]:
        """The names a conjunction joins right after ``first`` ("X and Y", "X и Y")."""
        out: list[Mention] = []
        last = first
        for m in persons:
            if m.start <= last.start:
                continue
            if not self._joined(self.v.text[last.end : m.start]):
                break
            out.append(m)
            last = m
        return out

    def _listed(self, end: int, start: int) -> bool:
        """Whether a name starting at ``start`` goes on the list of the name ending at
        ``end`` ("..., Governors X and Y, Consul General Z"): a comma or a conjunction and
        the next name's title between, no other clause. A subject's list runs past the reach
        of the subject (see ``_retold``)."""
        gap = self.v.text[end:start]
        if start - end > 60 or ";" in gap or "(" in gap or gap.count(",") > 1:
            return False
        words = [w.lower() for w in _WORD.findall(gap)]
        return gap.lstrip().startswith(",") or bool(words and words[0] in self.lex.conjunctions)

    def _other_years(self, i: int, d: _Draft) -> list[int]:
        """Where sentence ``i`` names a date of another year than event ``d`` (see
        ``_another_day``). A retelling names it far after its subject only as the content of
        what they say ("Mayor X stressed the ties his city has built up with eight cities
        around the world since it issued a statement in 2017"): only a date before the
        person or within the subject reach after them makes the sentence another occasion.
        """
        year = (d.date or self.v.published or "")[:4]
        return [
            m.start for m in self.v.by_sent[i] if m.kind == "date" and m.key and m.key[:4] != year
        ]

    def _quoted(self, i: int, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation of sentence ``i``: a quote names the persons
        its speaker talks about (a president's words, a visit hoped for), not those acting in
        the event the sentence retells. A quotation left open runs to the sentence's end; a
        closing mark with no opening one before it closes a quotation opened in an earlier
        sentence ("...締結した」と語りました").
        """
        s = self.v.sents[i]
        closer: str | None = None
        start, seen = s.start, False
        for k in range(s.start, s.end):
            c = self.v.text[k]
            if closer is None:
                if c in _QUOTES:
                    closer, start, seen = _QUOTES[c], k, True
                elif c in _CLOSERS and not seen:
                    if pos < k:
                        return True  # quoted from the sentence's start up to here
                    seen = True
            elif c == closer:
                if start <= pos < k:
                    return True
                closer = None
        return closer is not None and start <= pos

    def _travellers(self, trip: _Draft, stops: list[_Draft], traveller: str | None) -> None:
        """Who made the trip: the persons of the travelling region at its stops (the leader
        of the delegation), else whoever took part in every stop.
        """
        v = self.v
        found: dict[str, Mention] = {}
        if traveller:
            for d in stops:
                for key, m in d.persons.items():
                    region = v.person_attrs.get(key, {}).get("region") or self.fill.get(key)
                    if region == traveller:
                        found.setdefault(key, m)
        if not found and len(stops) >= 2:
            common = set.intersection(*(set(d.persons) for d in stops))
            found = {k: stops[0].persons[k] for k in stops[0].persons if k in common}
        for key, m in found.items():
            trip.persons[key] = m
            trip.why[key] = "participant:traveller-at-the-stops"
        if found:
            trip.host = trip.host or next(iter(found))

    def _statement(self, i: int) -> None:
        v = self.v
        cue = self.modal[i][0]
        s = v.sents[i]
        before = [m for m in v.by_sent[i] if m.kind == "person" and m.start < cue.start]
        speaker: str | None = None
        if before:
            speaker = before[-1].key or before[-1].text
        else:
            for j in range(i - 1, -1, -1):  # "He proposed ...": the subject of the last sentence
                people = [m for m in v.by_sent[j] if m.kind == "person"]
                if people:
                    speaker = people[0].key or people[0].text
                    break
        self.statements.append(
            Statement(
                speaker=speaker,
                text=v.text[s.start : s.end],
                start=s.start,
                end=s.end,
                sectors=sorted({x for x, _ in self.sector_hits[i]}),
                rule=f"modality:{self.lex.lang}:{cue.entry.value}:{cue.entry.phrase}",
            )
        )
