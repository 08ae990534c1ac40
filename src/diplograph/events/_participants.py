"""Who took part in each event, and who said what.

The persons of the trigger sentences; those a later sentence places at the event
("Attending were ...", "the delegation led by X"); the speakers right after a forum is told;
the parties of the talks for "the two sides signed"; the presenter of an award; the
delegation's leader for a trip; the region a person acts for when only their delegation
says it. Historic persons and those only greeted or represented are never participants.
What later sentences tell of the act (its speakers, a retelling with the signers as subjects,
"the two sides", a pronoun, the visiting head at the trip's acts, quotations) is read by the
subclass in ``_retellings``.
"""

from __future__ import annotations

import re

from .._models import Mention
from ._base import _RunBase
from ._view import (
    _CLAUSE_BREAK,
    _PASSING_WINDOW,
    _WORD,
    AGENT_KINDS,
    _Draft,
)

_APPOSITION = re.compile(r",[^,]*,")  # compiled once per process
# A retold name's title between it and the phrase of its words ("X 시장의 서한", "X总统的").
_RETOLD_GAP = 16
# How far after a title its holder may be named in apposition ("Thống đốc thành phố St.
# Petersburg, ông X"): the title's place and an honorific between.
_HOLDER_REACH = 45


class _Participants(_RunBase):
    """Participant attachment and statement speakers (a job of ``_Run``)."""

    def _delegation_region(self, i: int, a: int, b: int) -> str | None:
        """The region a delegation word names ("delegation of X province", "X delegation");
        in a verb-final language the one right before it ("광주시 방문단"): the modifier
        precedes the noun there, and a place after it is where the party went."""
        v = self.v
        best: str | None = None
        for m in v.by_sent[i]:
            # a city stands for its first-level region ("คณะผู้บริหารจากนครกว่างโจว", the
            # delegation from Guangzhou city, is Guangdong's)
            code = m.attrs.get("region") if m.kind == "city" else m.key
            if m.kind not in ("region", "city") or not isinstance(code, str) or v.nested(m):
                continue
            if self.lex.place_before and m.end <= a:
                # a verb-final language names the home before the word ("광주시 방문단")
                if a - m.end <= 15 and not _CLAUSE_BREAK.search(v.text[m.end : a]):
                    best = code
                continue
            if best is not None and self.lex.place_before:
                return best
            if m.start >= b and m.start - b <= 40:
                gap = [w.lower() for w in _WORD.findall(v.text[b : m.start])]
                if not any(w in self.lex.venue for w in gap) and not _CLAUSE_BREAK.search(
                    v.text[b : m.start]
                ):
                    return code
            elif m.end <= a and a - m.end <= 15 and not _CLAUSE_BREAK.search(v.text[m.end : a]):
                best = code
        return best

    def _persons(self, i: int) -> list[Mention]:
        """Persons a sentence names as present: not historical, not only greeting or sending.

        Read once per sentence (it depends only on the document and the cached scans; the
        caller gets its own copy of the list)."""
        known = self.present.get(i)
        if known is not None:
            return list(known)
        v = self.v
        naming = v.naming_sents()
        if naming is not None and i not in naming:  # (most sentences: no one can be named)
            self.present[i] = []
            return []
        ms = v.by_sent[i]
        named = [m for m in ms if m.kind == "person"] if ms else []
        again = v.corefs(i)
        if not named and not again:  # (most sentences: nothing to sort or filter)
            self.present[i] = []
            return []
        found = sorted(named + again, key=lambda m: m.start)
        passing: set[int] = set()
        for a, b, cue in self.scan(self.lex.not_participant, i):
            if cue.group != "np":
                continue  # a word holding the cue ("代表团")
            # "on behalf of (President) X", "greetings from X": only the one named there
            agents = [m for m in v.by_sent[i] if m.start >= b and m.kind in AGENT_KINDS]
            agents += [m for m in found if m.start >= b]
            first = min(agents, key=lambda m: m.start, default=None)
            if first is None or first.start - b > _PASSING_WINDOW:
                continue
            if first.kind == "title":
                near = next((m for m in found if 0 <= m.start - first.end <= 3), None)
                # "X conveyed the greetings of the Governor of A, Mr Y": with the one who
                # conveys named before the cue, the name apposed to the title is its holder
                # ("On behalf of the Governor of A, Mr Y spoke": Y speaks for the holder)
                conveyed = any(m.end <= a for m in found)
                first = near or (self._holder(first, found) if conveyed else first)
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

    def _holder(self, title: Mention, found: list[Mention]) -> Mention:
        """The person a title names in apposition after its place ("the wishes of the
        Governor of St. Petersburg, Mr X"): the first person within reach who holds that
        role; else the title itself. A person of another role there acts for the holder
        ("on behalf of the Governor, Mr Y spoke": Y is present)."""
        attrs = self.v.person_attrs
        return next(
            (
                m
                for m in found
                if 0 <= m.start - title.end <= _HOLDER_REACH
                and attrs.get(m.key or m.text, {}).get("role") == title.key
            ),
            title,
        )

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

    def _framed(self, d: _Draft, i: int) -> list[_Draft]:
        """The meetings told in trigger sentence ``i`` of forum ``d`` (see ``_unframe``)."""
        return [
            e
            for e in self.drafts
            if e.type == "meeting" and not e.trip and e is not d and i in e.trigger_sents
        ]
