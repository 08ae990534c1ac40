"""Participants told by the discourse around an act: speakers, quotations, retellings, pronouns.

Why a job of its own: who took part is often said after the act's own sentence (the
speakers after a forum, "the two sides signed" retold with the signers as subjects, "He
also laid a wreath"), and persons inside a quotation or only recalling an earlier act are
not participants; these methods read those sentences after the trigger sentences have been
read (_participants finds the persons of the trigger sentences themselves).
"""

from __future__ import annotations

import re

from .._models import Mention, Statement
from ._participants import _Participants
from ._view import (
    _SPEAKER_SENTS,
    _SUBJECT_REACH,
    _WORD,
    _dates_agree,
    _Draft,
)

# Events of a trip its visiting head attends though the sentence names only the hosts.
_VISIT_STOPS = ("meeting", "agreement", "ceremony", "forum")
# Events whose later sentences retell them with their participants as subjects.
# Forums and ceremonies are attended by many: a statement of plans after one is told
# (a modal sentence) is not a retelling of it; its speakers are read by _speakers.
_OPEN_EVENTS = ("forum", "ceremony")
# Opening quotation marks and their closers (a straight quote closes itself).
_QUOTES = {"“": "”", "«": "»", "„": "“", "「": "」", "『": "』", '"': '"'}
_CLOSERS = frozenset("”»」』")
# Every character ``_quoted`` acts on: the opening marks, their closing marks, the closers
_QUOTE_MARKS = re.compile(
    "[" + re.escape("".join(sorted(set(_QUOTES) | set(_QUOTES.values()) | _CLOSERS))) + "]"
)
_RETOLD = ("meeting", "agreement", "ceremony", "forum", "award")
# Words a subject pronoun may stand before the act's trigger ("Il avait également déposé").
_PRONOUN_GAP = 4


# Quotation marks that open and close a quotation running over several sentences (Japanese
# and Chinese corner brackets, curly double quotes), and how far back its opening is looked for.
_QUOTE_PAIRS = {"「": "」", "“": "”"}
_QUOTE_SENTS = 3


class _Retellings(_Participants):
    """Participants told by the discourse around an act (after the trigger sentences)."""

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
            if self._since_year(d):
                continue  # "twinned since 2001. The assembly delegated X": not there
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

    def _quoted_speaker(self) -> None:
        """An act told inside a quotation that began sentences before ("X首相は、「この訪問は
        …。訪問期間中、…協力合意書を締結した」と語りました", X said: "... during the visit we
        signed an agreement"): the speaker named before the quotation opened is its party (the
        "we" of the quote). Only for an act with no one named in its own sentence."""
        v = self.v
        for d in self.drafts:
            if d.persons or d.trip:
                continue
            i = min(d.trigger_sents)
            sent = v.text[v.sents[i].start : v.sents[i].end]
            close = next((c for c in _QUOTE_PAIRS.values() if c in sent), None)
            if close is None or any(o in sent for o, c in _QUOTE_PAIRS.items() if c == close):
                continue
            opener = next(o for o, c in _QUOTE_PAIRS.items() if c == close)
            for j in range(i - 1, max(-1, i - _QUOTE_SENTS - 1), -1):
                at = v.text.find(opener, v.sents[j].start, v.sents[j].end)
                if at < 0:
                    continue
                before = [m for m in self._persons(j) if m.end <= at]
                if before:
                    m = before[-1]
                    key = m.key or m.text
                    d.persons[key] = m
                    d.why[key] = "participant:speaker-of-the-quotation"
                    d.joined.add(key)
                    self._regions_of(d, [m])
                    d.host = d.host or key
                break

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
        naming = v.naming_sents() if self.drafts else None
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
                    # (``_persons``' own first test, made before the call: most sentences
                    # of a span can name no one)
                    or (naming is not None and i not in naming)
                ):
                    continue
                persons = self._persons(i)
                if not persons:
                    continue  # (most sentences: then nothing below is needed)
                s = v.sents[i]
                years = self._other_years(i, d)
                previous: Mention | None = None
                for m in persons:
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
        # (only the quotation marks, found in C: every other character leaves the reading
        # as it is, and a character-by-character loop in Python cost ~1% of the stage)
        for q in _QUOTE_MARKS.finditer(self.v.text, s.start, s.end):
            k, c = q.start(), q.group()
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
