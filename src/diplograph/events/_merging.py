"""Whether a sentence tells an act already drafted again, and merging it into that draft.

Why a job of its own: news tells its headline act several times (headline, lead, a
caption, "at the signing ceremony ..."); a sentence that tells it again must join that
act, not start another, while an earlier occasion ("previously signed"), a later one
("Later, ...") or a second document ("also signed") stays apart, and a date told in the
sentence must be given to the right one of its acts.
"""

from __future__ import annotations

from .._models import Mention
from ._base import _RunBase
from ._sectors import _gap_words
from ._view import (
    _CLAUSE_BREAK,
    _WORD,
    _dates_agree,
    _Draft,
    _later_month,
    _place_rank,
    _same_place,
)

# At most this many words before the signed document that opens a sentence ("Так,
# меморандум ...", "该协议"): where it is the sentence's subject.
_OPENING_WORDS = 2


class _Merging(_RunBase):
    """Whether a sentence tells an act already drafted again, and merging it into that draft."""

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
        if self.lex.time_before_verb:
            # "雙方於前年七月締盟，…，今年一月起，…推動…互惠": a time word stands before the
            # verb it dates, so it is the next act's, however near the one before ends (and
            # whatever joins them: "與" is also "with")
            later = [(a, True) for a, _ in own if a >= m.end]
            later += [(a, False) for a, _ in others if a >= m.end]
            if later:
                return min(later)[1]
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
        if self._programme_item(ev, cand):
            return False  # "one of the first events of their programme was an exhibition"
        if self._parallel_opening(ev, cand):
            return False  # "At the same time, a fair was organised": another gathering
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

    def _programme_item(self, ev: _Draft | None, cand: _Draft) -> bool:
        """ "The Days of Moscow opened ... One of the first events of their programme was the
        opening of an exhibition": a gathering told as an item of a programme
        (``programme_item`` cues in its sentence) after a gathering was told is an event of
        its own held within that one (its reports name it apart), not the first told again."""
        if cand.type != "forum" or not cand.trigger_sents:
            return False
        i = cand.trigger_sents[0]
        if ev is not None and (ev.type != "forum" or i in ev.trigger_sents):
            return False
        return bool(self.scan(self.lex.programme_item, i))

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

    def _parallel_opening(self, ev: _Draft, cand: _Draft) -> bool:
        """ "They left to take part in the twinning meetings. At the same time, a fair was
        organised": a sentence opening with a word of a simultaneous happening ("At the same
        time", "En parallèle"; ``parallel_occasion`` of triggers.yaml) tells another act
        held beside the one told before, not that act again."""
        return (
            bool(cand.trigger_sents)
            and cand.trigger_sents[0] not in ev.trigger_sents
            and (self._opens_parallel(cand))
        )

    def _opens_parallel(self, cand: _Draft) -> bool:
        """Does the sentence of ``cand`` open with a ``parallel_occasion`` word?"""
        if not self.lex.parallel or not cand.trigger_sents:
            return False
        s = self.v.sents[cand.trigger_sents[0]]
        head = self.v.text[s.start : min(s.end, s.start + 40)].lstrip().lower()
        return any(
            head.startswith(w) and not head[len(w) : len(w) + 1].isalnum()
            for w in self.lex.parallel
        )

    def _named_act(self, i: int, named: set[str], current: _Draft) -> _Draft | None:
        """The act a presence phrase of sentence ``i`` names by its type ("会谈上", "At the
        talks, the sides agreed ..."), when ``current`` (the act told last) is of another
        type: the talks told before the photo caption of a signing, which opened the signing
        in between (VNA pages). The last act of a named type told before ``i``, or None (the
        phrase names the act told last, or no act of its type was told)."""
        if not named or current.type in named:
            return None
        return self._last_told(i, named)

    def _last_told(self, i: int, types: set[str]) -> _Draft | None:
        """The act of one of ``types`` (not a trip) told last before sentence ``i``."""
        told = [d for d in self.drafts if d.type in types and not d.trip]
        told = [d for d in told if any(s < i for s in d.trigger_sents)]
        return max(told, key=lambda d: max(s for s in d.trigger_sents if s < i), default=None)

    def _document_told_of(self, i: int, current: _Draft) -> _Draft:
        """The act sentence ``i`` goes on about: the signing told last when the sentence
        opens with the signed document as its subject ("Cet accord prévoit une coopération en
        matière de santé ...", "The memorandum covers ...", "Документ предусматривает ...")
        while another act was told since (the talks or the founding of a society told in the
        same sentence as the signing); else ``current``. What the document provides for is
        what was signed, not the other act's subject. The phrase must open the sentence (at
        most two words before it: "Так, меморандум ..."), where the document is the
        subject and not an object of the other act."""
        if current.type == "agreement":
            return current
        sent = self.v.sents[i]
        text = self.v.text
        documents = self.lex.signed_document
        # (``scan``'s mask check, before the call: most sentences name no signed document)
        told = self.scan(documents, i) if self.masks[i] & documents.bit else []
        if not told or not any(
            _gap_words(text[sent.start : a]) <= _OPENING_WORDS for a, _, _ in told
        ):
            return current
        signing = self._last_told(i, {"agreement"})
        if signing is None:
            return current
        signing.described.append(i)
        return signing

    def _told_of(self, i: int, current: _Draft, referred: bool = False) -> _Draft:
        """The event a presence sentence ("Present at the signing ceremony were X and Y")
        tells of: the one told last, unless that one is an earlier occasion ("Previously, the
        province signed memoranda with A and B") and sentence ``i`` is not: the reporter is
        back at the act the report is about, the first one of that type not told as earlier.

        So is a presence sentence that names no act ("The head of the delegation is X")
        after a background act dated only by an earlier year ("Last autumn a delegation led
        by Y travelled to Z"): it goes on about the report's own first act, not that trip
        (``referred``: the sentence names the act, "at that signing", and stays with it).
        """
        if not referred and self._past_year(current) and not self._earlier_cue(i):
            back = [d for d in self.drafts if d is not current and not self._past_year(d)]
            if back:
                return min(back, key=lambda d: d.first)
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
            ev.shared_date = cand.shared_date
        if cand.venue and (ev.venue is None or _place_rank(cand.venue) > _place_rank(ev.venue)):
            ev.venue = cand.venue
        ev.posting = ev.posting or cand.posting
        for code, rule in cand.regions.items():
            ev.regions.setdefault(code, rule)
        ev.rules += [r for r in cand.rules if r not in ev.rules]
        if "merge:same-event-told-again" not in ev.rules:
            ev.rules.append("merge:same-event-told-again")


def _gap(m: Mention, spans: list[tuple[int, int]]) -> int:
    """Characters between a mention and the nearest of some spans."""
    return min(m.start - b if m.start >= b else max(a - m.end, 0) for a, b in spans)


def _other_partner(a: dict[str, str], b: dict[str, str]) -> bool:
    """Both name units of one country and none of them agree: another partner, another act."""
    for country in {code.split("-")[0] for code in a}:
        mine = {c for c in a if c.split("-")[0] == country}
        theirs = {c for c in b if c.split("-")[0] == country}
        if theirs and not mine & theirs:
            return True
    return False
