"""Splitting one sentence's draft into the several acts it tells.

Why a job of its own: "talks were held separately with A and B", a signing verb told
twice, one agreement per partner after "successively", the visits of several listed
visitors, a meeting with partners of two countries, anniversaries of two regional signings:
each sentence tells several acts that detection first reads as one draft; these methods cut
it into one draft per act (sharing the sentence's evidence).
"""

from __future__ import annotations

from ._merging import _Merging
from ._view import (
    _WORD,
    _Draft,
    _Hit,
)


class _Splits(_Merging):
    """Splitting one sentence's draft into the several acts it tells."""

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

    def _split_recalled_signings(
        self, i: int, d: _Draft, hits: list[_Hit]
    ) -> list[tuple[_Hit, _Draft]]:
        """ "the 10th anniversary of the signing of the agreement between A and B, and the
        30th anniversary of the signing of the agreement between C and B": signings recalled
        as nouns, each followed by its own two regions, are two agreements (of an earlier
        occasion: only then, a report's signing told twice being one act). Returns the new
        agreements with the signing noun each was split at."""
        parts: list[tuple[_Hit, _Draft]] = []
        if not self._earlier_occasion(d):
            return parts
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
            return parts
        for h, codes in zip(ordered[1:], groups[1:], strict=True):
            part = _Draft(type=d.type, first=d.first + 1, trigger_sents=[i], span=[i])
            part.strong, part.date, part.coarse, part.venue = d.strong, d.date, d.coarse, d.venue
            parts.append((h, part))
            part.rules = [*d.rules, f"agreement:{self.lex.lang}:one-per-recalled-signing"]
            part.regions = {c: d.regions.get(c, "region:named-in-trigger-sentence") for c in codes}
            self.drafts.append(part)
        d.regions = {c: why for c, why in d.regions.items() if c in groups[0]}
        d.rules.append(f"agreement:{self.lex.lang}:one-per-recalled-signing")
        return parts

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
