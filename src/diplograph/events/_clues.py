"""Clues around a trigger word: agents, places, statistics, modality, prior acts.

Why a job of its own: whether a trigger tells an act depends on its surroundings (a count
of agreements is a statistic, a modal verb makes a plan, a place after the verb is the
venue, a visit inside a clause about an earlier act is that earlier act); these read one
sentence around one trigger and decide nothing else.
"""

from __future__ import annotations

from .._models import Mention
from ._base import _RunBase
from ._place_words import _is_venue
from ._view import (
    _AGENT_GAP_WORDS,
    _CLAUSE_BREAK,
    _MODAL_BREAK,
    _PLACE_GAP_WORDS,
    _WORD,
    AGENT_KINDS,
    PLACE_KINDS,
    _Draft,
    _Hit,
)


class _Clues(_RunBase):
    """Clues around a trigger word: agents, places, statistics, modality, prior acts."""

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
        if i not in v.amount_sents():
            return False  # (no amount in the sentence: no count, whatever its clause holds)
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
                counted = counted or not self._count_of_a_complement(i, m)
        if counted and any(lo <= a < hi for a, _, _ in self.delegations[i]):
            return False
        if counted and self._unit_signs_with_partners(i, lo, start, end):
            return False
        return counted

    def _count_of_a_complement(self, i: int, m: Mention) -> bool:
        """ "the association, which was established in 2005 with more than 3,600 members": a
        count after a preposition (``count_complement`` of triggers.yaml: "with", "avec")
        tells what the act's subject has, not who or what acted; it makes no statistic."""
        words = self.lex.count_complement
        if not words:
            return False
        before = _WORD.findall(self.v.text[self.v.sents[i].start : m.start])[-3:]
        return any(w.lower() in words for w in before)

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
        if after is not None and after.kind == "country" and after.text[:1].islower():
            # "в ходе визита китайского лидера в РФ" (during the Chinese leader's visit to
            # Russia): a lower-case country adjective after the visit noun is the visitor's
            # nationality; the place visited is the one after it
            after = self._place_after(i, after.end)
        if after is None and self.lex.place_either:
            return self._place_before(i, h.start)
        return after

    def _office_place(self, i: int, h: _Hit) -> Mention | None:
        """The unit whose office a call phrase names: ja "山口県庁を訪れ" (the prefecture's
        name runs into the office word, so the place ends inside the phrase or right at it),
        zh "拜會台南市政府" (the place right after the call verb)."""
        v = self.v
        for m in v.by_sent[i]:
            if m.kind not in PLACE_KINDS or v.nested(m):
                continue
            if m.start < h.start <= m.end < h.end or m.start == h.end:
                return m
        return None

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
        if self.modal[h.sent] and any(
            a <= h.start and h.end <= b for a, b, _ in self.scan(self.lex.presupposed, h.sent)
        ):
            return False
        for c in self.modal[h.sent]:
            if c.start < h.start:
                return True
            # a tally ("à ce jour", to date) sums up acts told before it, never after
            if (
                h.entry.group == "weak"
                and c.entry.value != "tally"
                and not _MODAL_BREAK.search(text, h.end, c.start)
            ):
                return True
        return False
