"""Partnerships between units of two countries: stated by a phrase (twinning, agreement,
cooperation), or implied by an event (a cross-border signing is an agreement, talks between
officials a cooperation: the weakest kind, so phrases win)."""

from __future__ import annotations

from itertools import compress

from .._models import Mention, Partnership
from ._base import _RunBase
from ._place_words import _is_dateline, _is_venue
from ._view import _MODAL_BREAK, _WORD, PARTNER_RANK, _Draft

# Words besides the unit a piece of a list of units may have ("and", "dan", "và", "the
# province of"): more, and the piece is a clause of its own.
_LIST_GLUE_WORDS = 3

# How an event's region joined it when the unit itself acts there: a participant's region,
# or the delegation's ("the Tatarstan delegation") (see ``_Draft.regions``).
_ACTING_REGION_REASONS = ("region:participant", "region:delegation")


class _Partnerships(_RunBase):
    """Partnership extraction (a job of ``_Run``)."""

    def partnerships(self) -> list[Partnership]:
        v, lex = self.v, self.lex
        found: dict[frozenset[str], tuple[str, int, str]] = {}

        def add(a: str, b: str, kind: str, i: int, rule: str) -> None:
            if a == b:
                return
            key = frozenset((a, b))
            old = found.get(key)
            if old is None or PARTNER_RANK[kind] > PARTNER_RANK[old[0]]:
                found[key] = (kind, i, rule)

        event_of: dict[int, _Draft] = {}
        for d in self.drafts:
            for i in d.span:
                event_of.setdefault(i, d)
        # (``scan``'s mask check and ``scan_foreign``'s test made before the calls: most
        # sentences start no partnership phrase, see ``_Detection.read``)
        masks, foreign, bit = self.masks, self.foreign, lex.partnerships.bit
        n = len(v.sents)
        for i in range(n) if foreign else compress(range(n), self._busy(bit)):
            # (a paragraph in another language is read with its own phrases too)
            hits = self.scan(lex.partnerships, i) if masks[i] & bit else []
            if i in foreign:
                hits = hits + self.scan_foreign("partnerships", i)
            if not hits:
                continue
            units = self._units(i)
            modal = bool(self.modal[i])
            for a_off, b_off, e in hits:
                kind = e.value
                rule = f"partnership:{lex.lang}:{kind}:{e.phrase}"
                if kind == "institution":
                    pair = self._institution_pair(i, b_off)
                    if pair:
                        add(pair[0], pair[1], "cooperation", i, rule)
                    continue
                if kind not in PARTNER_RANK:
                    continue
                if kind == "cooperation" and modal and any(c.start < a_off for c in self.modal[i]):
                    continue
                codes = list(dict.fromkeys(code for code, _ in units))
                clause = self._clause(i, a_off, b_off)
                near = self._clause_codes(i, clause, units)
                if near:  # "X values its twinning with Y, and wants ... with Z"
                    codes = near
                # units of two countries: two provinces of one country named beside a
                # twinning word are both partners of a third ("the partner provinces
                # Zhejiang and Shanghai"), never twinned with each other in these reports
                pairs = [
                    (x, y)
                    for n, x in enumerate(codes)
                    for y in codes[n + 1 :]
                    if x.split("-")[0] != y.split("-")[0]
                ]
                if not codes and kind in ("agreement", "twinning"):
                    signed = [
                        d for d in self.drafts if d.type == "agreement" and i in d.trigger_sents
                    ]
                    parties = sorted({c for d in signed for c in d.regions})
                    if len(parties) == 2 and parties[0][:2] != parties[1][:2]:
                        pairs.append((parties[0], parties[1]))
                        rule += ":parties-of-the-signing"
                own_units = self._event_units(event_of[i]) if i in event_of else []
                # a country named in the phrase's clause is the partner ("cooperation with
                # Vietnam", "광주시와 베트남간 교류"): a national-level relation, not one
                # with the event's unit of that country
                named = self._clause_countries(i, clause)
                if not pairs and len(codes) == 1 and not modal and i in event_of:
                    own = codes[0]
                    for other in own_units:
                        if other.split("-")[0] not in (own.split("-")[0], *named):
                            pairs.append((other, own))
                if not pairs and not codes and not modal and len(own_units) == 2:
                    # "the twinning between the two provinces": the two units of this event,
                    # unless the clause names their countries ("between the regions of
                    # Russia's Far East and China's North-East", "Vietnam's cooperation
                    # with Russia and between the two countries' localities")
                    x, y = own_units
                    national = {x.split("-")[0], y.split("-")[0]} & named
                    if x.split("-")[0] != y.split("-")[0] and not national:
                        pairs.append((x, y))
                        rule += ":units-of-the-event"
                for x, y in pairs:
                    add(x, y, kind, i, rule + ("" if len(codes) > 1 else ":with-event-region"))
        # A signing by two units of different countries is an agreement between them; talks
        # between their officials are their cooperation (the weakest kind: phrases win).
        for d in self.drafts:
            if d.trip or d in self.background or d.type not in ("agreement", "meeting"):
                continue
            where = d.place or d.venue
            venue = where.region if where is not None else None
            # a national capital hosting the act is its venue, not a party ("received the
            # governor in Hanoi")
            acting = {self._region_of(k) for k in d.persons}
            codes = sorted(
                c
                for c in d.regions
                if not (c == venue and c not in acting and self.names.is_capital(c))
            )
            if len({c.split("-")[0] for c in codes}) != 2 or len(codes) > 3:
                continue
            if d.type == "meeting":
                # talks are a relation of the units whose officials hold them (a participant's
                # region, a delegation's, a title's in the trigger sentence: "Chairman of the
                # Nghe An People's Committee"): a unit only named there (the venue of a
                # delegation's meeting with an association or a ministry, a subject of the
                # talks) is no party
                titled = {
                    m.attrs.get("region")
                    for k in d.trigger_sents
                    for m in v.by_sent[k]
                    if m.kind == "title"
                }
                codes = [
                    c
                    for c in codes
                    if c in acting or c in titled or d.regions.get(c) in _ACTING_REGION_REASONS
                ]
            kind = "agreement" if d.type == "agreement" else "cooperation"
            i = min(d.trigger_sents)
            for n, x in enumerate(codes):
                for y in codes[n + 1 :]:
                    if x.split("-")[0] != y.split("-")[0]:
                        add(x, y, kind, i, f"partnership:event:{d.type}")
        out = []
        for key, (kind, i, rule) in found.items():
            a, b = sorted(key)
            out.append(Partnership(a, b, kind, [v.evidence(i)], rule))  # type: ignore[arg-type]
        return sorted(out, key=lambda p: (p.evidence[0].start, p.a, p.b))

    def _clause(self, i: int, start: int, end: int) -> tuple[int, int]:
        """The clause of sentence ``i`` around a partnership phrase at ``start:end``: from
        the last break before it to the first break after it (modal words, conjunctions)."""
        v = self.v
        s = v.sents[i]
        lo = max([m.end() for m in _MODAL_BREAK.finditer(v.text, s.start, start)] or [s.start])
        after = _MODAL_BREAK.search(v.text, end, s.end)
        return lo, after.start() if after else s.end

    def _clause_codes(
        self, i: int, clause: tuple[int, int], units: list[tuple[str, Mention]]
    ) -> list[str]:
        """Units in the clause of a partnership phrase, when it names two or more."""
        lo, hi = clause
        hi = self._through_list(hi, self.v.sents[i].end, units)
        codes = list(dict.fromkeys(c for c, m in units if lo <= m.start < hi))
        return codes if len(codes) >= 2 else []

    def _clause_countries(self, i: int, clause: tuple[int, int]) -> set[str]:
        """Countries (ISO codes) named in the clause of a partnership phrase, by their name:
        an adjective ("le peuple vietnamien") describes someone and names no partner."""
        v = self.v
        lo, hi = clause
        return {
            m.key
            for m in v.by_sent[i]
            if m.kind == "country"
            and m.key
            and m.attrs.get("form") == "name"
            and lo <= m.start < hi
            and not v.nested(m)
        }

    def _through_list(self, hi: int, end: int, units: list[tuple[str, Mention]]) -> int:
        """Extend a clause ending at a comma through a list of units that follows ("sister
        provinces with four provinces: Guangxi, Chongqing, Sichuan and Heilongjiang"): each
        further comma-separated piece that is a unit with at most a conjunction around it."""
        text = self.v.text
        while hi < end and text[hi] == ",":
            nxt = _MODAL_BREAK.search(text, hi + 1, end)
            stop = nxt.start() if nxt else end
            inside = [m for _, m in units if hi < m.start and m.end <= stop]
            if not inside:
                break
            rest = text[hi + 1 : stop]
            for m in sorted(inside, key=lambda m: m.start, reverse=True):
                a, b = m.start - hi - 1, m.end - hi - 1
                rest = rest[:a] + " " + rest[b:]
            if len(_WORD.findall(rest)) > _LIST_GLUE_WORDS:
                break
            hi = stop
        return hi

    def _event_units(self, d: _Draft) -> list[str]:
        """The subnational units of an event: those acting, and its venue.

        A national capital hosting national-level talks is no party to them.
        """
        units = list(d.regions)
        where = d.place or d.venue
        if (
            where is not None
            and where.region
            and where.region not in units
            and not self.names.is_capital(where.region)
        ):
            units.append(where.region)
        return units

    def _units(self, i: int, partners: bool = True) -> list[tuple[str, Mention]]:
        """Subnational units named in a sentence (regions; cities stand for their region).

        A national capital named as the venue or dateline ("received in Hanoi", "В Пекине
        подписали", "Hanoï (VNA) -") is where national-level activity happened, not a
        partner (contract: it is the event's place), unless its own officials act there.
        ``partners=False`` keeps it (where an institution stands: "a Centre of A in B")."""
        v = self.v
        # ... unless its own officials act in the sentence (the city's People's Committee)
        own = {self._region_of(m.key or m.text) for m in v.by_sent[i] if m.kind == "person"}
        out = []
        for m in v.by_sent[i]:
            if v.nested(m):
                continue
            if m.kind == "region" and m.key:
                code = m.key
            elif m.kind == "city" and isinstance(m.attrs.get("region"), str):
                code = str(m.attrs["region"])
            else:
                continue
            if (
                partners
                and self.names.is_capital(code)
                and (_is_venue(v, self.lex, m) or _is_dateline(v, self.lex, m))
                and code not in own
            ):
                continue
            out.append((code, m))
        return out

    def _region_of(self, person: str) -> str | None:
        """The region a person acts for (their title's, or their delegation's)."""
        region = self.v.person_attrs.get(person, {}).get("region") or self.fill.get(person)
        return region if isinstance(region, str) else None

    def _institution_pair(self, i: int, end: int) -> tuple[str, str] | None:
        """ "a Center of A in B": A's institution in B is a standing A-B cooperation."""
        units = [(c, m) for c, m in self._units(i, partners=False) if m.start >= end]
        if len(units) < 2:
            return None
        (a, ma), (b, mb) = units[0], units[1]
        if len(_WORD.findall(self.v.text[end : ma.start])) > 3:
            return None
        between = [w.lower() for w in _WORD.findall(self.v.text[ma.end : mb.start])]
        if not between or len(between) > 2 or between[-1] not in self.lex.venue:
            return None
        if a.split("-")[0] == b.split("-")[0]:
            return None
        return a, b
