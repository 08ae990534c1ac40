"""The affiliation a title phrase carries: the region, country or body it names.

"Governor of Russia's Kaluga oblast", "Chairman of the Khanh Hoa provincial People's
Committee", "губернатор Калужской области", "Kaluga Governor": the place and body mentions
inside or next to the phrase, read with the language's connectors, unit words and
organisation heads (``titles.yaml``). A job of :class:`diplograph._people.PeopleStage`.
"""

from __future__ import annotations

import re

from ._models import Mention
from ._people_model import (
    _PLACE_KINDS,
    _WORD,
    _clause_end,
    _country_of,
    _Ctx,
    _Lang,
    _norm,
    _region_country,
    _Regions,
    _skip_ws,
    _Title,
)
from ._people_names import _NameSpans
from ._people_words import DocWords, scan

# A body's acronym in brackets inside a title phrase ("Chủ tịch Ủy ban Nhân dân (UBND)
# thành phố Hà Nội X", "Chairman of the People's Committee (PC) of Hanoi X"): the phrase
# goes on after it (stopping there lost the place and the name that follow). Only capitals
# (checked by the caller: ``isupper`` holds for every script's capitals).
_ACRONYM = re.compile(r"\(\s*([^\W\d_]{2,8})\s*\)")


class _Affiliation(_NameSpans):
    """Title phrases and what they are of (a mixin of PeopleStage)."""

    _takes_body: frozenset[str]
    _envoys: frozenset[str]
    _renames: dict[str, str]
    _body_countries: dict[str, str]
    _national_bodies: frozenset[str]

    def _bodies(
        self,
        text: str,
        lang: _Lang,
        by_start: dict[int, Mention],
        words: DocWords | None = None,
    ) -> list[tuple[int, int, str, str | None, str | None]]:
        """Bodies a role may lead, with the place each belongs to (read at the runs
        ``words`` gives when given: ``_people_words``, the same hits)."""
        out: list[tuple[int, int, str, str | None, str | None]] = []
        regions = _Regions(by_start)
        for ms, me, form in scan(lang, "bodies", text, words):
            canon = lang.body_names.get(_norm(form), form)
            region = country = None
            pos = me
            c = lang.of.match(text, pos)
            if c:
                pos = c.end()
            place = by_start.get(pos)
            if place is not None and place.kind in ("region", "city"):
                region = place.key if place.kind == "region" else place.attrs.get("region")
                country = place.attrs.get("country")
            elif (p := regions.last_before(ms, 200)) is not None:
                region, country = p.key, p.attrs.get("country")
            own = lang.body_countries.get(canon) or self._body_countries.get(canon)
            if own is not None and country != own:
                # a body only one country has ("обласна військова адміністрація")
                region, country = (region if region and region.startswith(own) else None), own
            if canon in self._national_bodies:
                region = None  # "Совет Федерации": the country's, not a region's
            out.append((ms, me, canon, country, region))
        for p in by_start.values():
            if p.kind == "org" and p.key:
                out.append(
                    (p.start, p.end, str(p.key), p.attrs.get("country"), p.attrs.get("region"))
                )
        out.sort()
        return out

    # -- affiliation -----------------------------------------------------------------
    def _affiliation(self, t: _Title, ctx: _Ctx) -> None:
        text, lang = ctx.text, ctx.lang
        countries: list[str] = []
        regions: list[tuple[str, str | None]] = []
        body: tuple[int, int, str, str | None, str | None] | None = None
        pos = t.end
        envoy = t.base in self._envoys
        anaphor_hit = False
        for _ in range(6):
            a = lang.anaphors.match(text, pos) or lang.anaphors.match(text, _skip_ws(text, pos))
            if a is not None and any(i in ctx.body_at for i in range(a.start(), a.end())):
                a = None  # "des Komitees für Außenbeziehungen" names the body itself
            if a is not None and body is None:
                head = lang.anaphor_heads.get(_norm(a.group(0)), "")
                prior = [b for b in ctx.bodies if b[1] <= t.start and b[2].endswith(head)]
                if prior:
                    body = prior[-1]
                pos = a.end()
                anaphor_hit = True
                break
            q = _skip_ws(text, pos)
            paren = text.startswith("(", q)
            q2 = _skip_ws(text, q + 1) if paren else q
            place = ctx.by_start.get(q2)
            b = ctx.body_at.get(q2)
            short = _ACRONYM.match(text, q) if paren and place is None else None
            if short is not None and short.group(1).isupper():
                pos = short.end()  # "Ủy ban Nhân dân (UBND) thành phố X", "(PC) of X"
                continue
            if (b is not None and body is None and place is None) or (
                b is not None and place is not None and place.kind == "org"
            ):
                body = b
                pos = b[1]
                if paren and b is not None:
                    # the body's name again in brackets ("Ủy ban Nhân dân (Ủy ban Nhân dân)"):
                    # the phrase goes on after the bracket
                    close = _skip_ws(text, pos)
                    pos = close + 1 if text.startswith(")", close) else pos
                continue
            if place is not None and place.kind in _PLACE_KINDS:
                self._collect(place, countries, regions)
                pos = place.end
                if paren:
                    close = _skip_ws(text, pos)
                    pos = close + 1 if text.startswith(")", close) else pos
                poss = lang.possessive.match(text, pos)
                if poss and poss.group(0).strip():
                    pos = poss.end()
                continue
            c = lang.of.match(text, pos)
            if c is not None and c.end() > pos and self._next_is_anchor(c.end(), ctx):
                pos = c.end()
                continue
            c = lang.to.match(text, pos)
            if c is not None and c.end() > pos and self._next_is_anchor(c.end(), ctx):
                nxt = ctx.by_start.get(c.end())
                if envoy and nxt is not None:
                    pos = nxt.end  # where an envoy serves, not whom they represent
                    continue
            break
        if not anaphor_hit:
            pos, body = self._extend(t, pos, ctx, countries, regions, body)
        t.span_end = pos
        # left side: "Kaluga Governor", "Vietnamese ambassador", "Russia's Kaluga governor"
        left = t.start
        for _ in range(3):
            q = left
            while q > 0 and text[q - 1] in " \t":
                q -= 1
            poss_end = q
            if q >= 2 and text[q - 2 : q] in ("'s", "’s"):
                q -= 2
            cand = [p for p in ctx.by_end.get(q, ()) if p.kind in _PLACE_KINDS]
            if not cand or (poss_end == left and q == left):
                break
            self._collect(cand[0], countries, regions)
            left = cand[0].start
        t.span_start = left
        if body is not None:
            if t.base in self._takes_body and " of " not in t.base:
                t.role = f"{t.base} of the {body[2]}"
                t.role = self._renames.get(t.role, t.role)
            if body[2] in self._national_bodies and body[3]:
                # the head of a country's own body ("В Минске председатель Госдумы"): a
                # place written next to the title is where, not whose
                countries[:], regions[:] = [], []
            countries.append(body[3]) if body[3] else None
            if body[4]:
                regions.append((body[4], body[3]))
        if regions:
            t.region, rc = regions[0]
            t.country = rc
        if countries:
            t.country = countries[0] if not regions else (t.country or countries[0])
            if regions and t.country is None:
                t.country = countries[0]
        if t.country is None:
            t.country = _region_country(t.region)
        if t.country or t.region:
            t.country_rule = "title-phrase"
        elif self._led_by(t, ctx, countries, regions):
            self._take_place(t, countries, regions)
            t.country_rule = "delegation-leader"

    @staticmethod
    def _take_place(t: _Title, countries: list[str], regions: list[tuple[str, str | None]]) -> None:
        """The title's place: the first region read (its country from its code when the
        gazetteer gives none), else the first country."""
        if regions:
            t.region, t.country = regions[0]
            if t.country is None:
                t.country = _region_country(t.region)
        elif countries:
            t.country = countries[0]

    def _extend(
        self,
        t: _Title,
        pos: int,
        ctx: _Ctx,
        countries: list[str],
        regions: list[tuple[str, str | None]],
        body: tuple[int, int, str, str | None, str | None] | None,
    ) -> tuple[int, tuple[int, int, str, str | None, str | None] | None]:
        """The rest of a title phrase the strict reading left: bodies and places inside it.

        "Chairman of the Khanh Hoa provincial People's Committee", "Director of the
        HCM City Investment and Trade Promotion Centre", "председатель Народного
        комитета вьетнамской провинции Кханьхоа", "la vice-présidente du Conseil
        régional d'Occitanie, Jean-Marc Delorme": unit words, link words, organisation
        words ending in a head noun, and (where the language puts the name in
        apposition) any words up to a comma followed by a name. What is read past the
        last sure element counts only when a name in apposition closes the phrase, so
        a verb ("the governor visited Hanoi, Nguyen ...") never joins a title.
        """
        text, lang = ctx.text, ctx.lang
        stop = _clause_end(text, pos)
        strict = pos
        loose = False
        saw_of = pos > t.end and bool(lang.of.search(text, t.end, pos))
        unit_word = False
        named_unit = False  # a word after the unit word may be the unit's own name
        after_link = False
        found: list[Mention] = []
        new_body = body
        free = 0
        for _ in range(30):
            q = _skip_ws(text, pos)
            if q >= stop:
                break
            ch = text[q]
            if ch == ",":
                name = self._name_after(q, ctx)
                if name is not None and self._namelike(name, ctx):
                    t.name = name
                    strict = q
                    break
                if saw_of and lang.appositive and free < 12:
                    loose, free, pos = True, free + 1, q + 1
                    continue
                break
            if ch == "(":
                q2 = _skip_ws(text, q + 1)
                place = ctx.by_start.get(q2)
                close = _skip_ws(text, place.end) if place is not None else -1
                if (
                    place is None
                    or place.kind not in _PLACE_KINDS
                    or text[close : close + 1] != ")"
                ):
                    break
                found.append(place)
                pos = close + 1
                strict = strict if loose else pos
                continue
            place = ctx.by_start.get(q)
            b = ctx.body_at.get(q)
            if b is not None and (place is None or place.kind == "org"):
                new_body = new_body or b
                pos = b[1]
                strict = strict if loose else pos
                continue
            if place is not None and place.kind in _PLACE_KINDS:
                found.append(place)
                pos = place.end
                poss = lang.possessive.match(text, pos)
                if poss and poss.group(0).strip():
                    pos = poss.end()
                strict = strict if loose else pos
                continue
            c = lang.of.match(text, q)
            if c is not None and c.end() > q:
                saw_of, pos, after_link = True, c.end(), True
                continue
            w = _WORD.match(text, q)
            if w is None or (q != t.start and lang.titles.match(text, q)):
                break
            word, low = w.group(0), w.group(0).lower()
            if low in lang.unit_words:
                unit_word, named_unit, pos = True, False, w.end()
                strict = strict if loose else pos
                continue
            if low in lang.link_words:
                pos, after_link = w.end(), True
                continue
            after_link = False
            if word[:1].islower():
                if (
                    low in lang.phrase_words
                    or low in lang.heads
                    or (lang.lower_endings and low.endswith(lang.lower_endings))
                ):
                    pos = w.end()
                    strict = strict if loose else pos
                    continue
                if lang.appositive and free < 12 and self._bound_word(w, after_link, ctx):
                    # "centre de promotion de l'investissement", "conseller valenciano de"
                    loose, free, pos = True, free + 1, w.end()
                    after_link = False
                    continue
                break
            # capitalised: an organisation's words up to its head noun, not a name
            # ("Partido Comunista": a phrase word written capitalised in a proper name)
            if low in lang.heads or low in lang.phrase_words:
                pos = w.end()
                strict = strict if loose else pos
                continue
            run = self._caps_run(q, ctx)
            cut = self._org_cut(run, ctx, saw_of)
            if cut is not None:
                pos = cut
                strict = strict if loose else pos
                continue
            if lang.caps_adj_endings and low.endswith(lang.caps_adj_endings) and len(run) == 1:
                pos = w.end()
                continue
            if saw_of and lang.appositive and free < 12:
                loose, free, pos, named_unit = True, free + 1, w.end(), True
                continue
            break
        kept = [p for p in found if p.end <= strict]
        for p in kept:
            self._collect(p, countries, regions)
        if unit_word and not named_unit and not regions and not countries:
            t.unit_anaphor = True  # resolved once the name tells whose unit it likely is
        if new_body is not None and new_body[1] > strict:
            new_body = body
        return strict, new_body

    @staticmethod
    def _bound_word(w: re.Match[str], after_link: bool, ctx: _Ctx) -> bool:
        """A lowercase word held inside a phrase by a link word on one side.

        "de promotion de", "valenciano de": part of the title phrase; "visitó Hanói"
        is a clause going on, so its comma-name is no apposition.
        """
        if after_link:
            return True
        nxt = _skip_ws(ctx.text, w.end())
        of = ctx.lang.of.match(ctx.text, nxt)
        if of is not None and of.end() > nxt:
            return True
        word = _WORD.match(ctx.text, nxt)
        return word is not None and word.group(0).lower() in ctx.lang.link_words

    def _caps_run(self, pos: int, ctx: _Ctx) -> list[tuple[int, int, str]]:
        """Capitalised words (and link words between them) from ``pos``, on one line."""
        text, lang = ctx.text, ctx.lang
        out: list[tuple[int, int, str]] = []
        q = pos
        while len(out) < 14:
            w = _WORD.match(text, q)
            if w is None:
                break
            word = w.group(0)
            low = word.lower()
            if not (word[:1].isupper() or low in lang.link_words):
                break
            if out and (q in ctx.by_start or q in ctx.body_at or lang.titles.match(text, q)):
                break
            out.append((w.start(), w.end(), low))
            if w.end() < len(text) and text[w.end()] == " ":
                q = w.end() + 1
            else:
                break
        while out and out[-1][2] in lang.link_words:
            out.pop()
        return out

    def _org_cut(self, run: list[tuple[int, int, str]], ctx: _Ctx, saw_of: bool) -> int | None:
        """Where an organisation's name inside a capitalised run ends, if it does."""
        heads = [i for i, tok in enumerate(run) if tok[2] in ctx.lang.heads]
        if heads:
            return run[heads[-1]][1]
        if not saw_of or len(run) < 3:
            return None
        if self.names.origin_countries(ctx.text[run[0][0] : run[1][1]]):
            return None  # the run itself starts with a name
        # "Minister of Culture Nguyen Van Hung": a portfolio, then a name its customs mark
        links = ctx.lang.link_words
        for i in range(1, len(run) - 1):
            tail = run[i:]
            if any(tok[2] in links for tok in tail):
                continue
            if self.names.origin_countries(ctx.text[tail[0][0] : tail[-1][1]]):
                return run[i - 1][1]
        return None

    def _namelike(self, span: tuple[int, int], ctx: _Ctx) -> bool:
        toks = ctx.text[span[0] : span[1]].split()
        if len(toks) < 2:
            return False
        lang = ctx.lang
        return not any(
            t.lower() in lang.heads
            or t.lower() in lang.unit_words
            or t.lower() in lang.phrase_words
            for t in toks
        )

    def _prior_region(
        self, t: _Title, ctx: _Ctx, origin: tuple[str, ...], canon: str = ""
    ) -> Mention | None:
        """The unit a bare "of the province" refers to: the latest one named before.

        When the holder's name marks a country, only that country's units qualify:
        "the vice-chair of the city's People's Committee, Vo Thi Thu Hien" does not
        refer to the Russian region the sentence before was about.
        """
        before = [p for p in reversed(ctx.places) if p.end <= t.start]
        after = [p for p in ctx.places if p.start >= t.end]
        for p in [*before, *after]:
            c = _country_of(p)
            if p.kind == "region" and p.key and (not origin or c in origin):
                if c and not origin and self.names.contradicts(canon, c):
                    continue  # "Bernard Lesueur" heads no Vietnamese unit
                return p
        return None

    def _led_by(
        self,
        t: _Title,
        ctx: _Ctx,
        countries: list[str],
        regions: list[tuple[str, str | None]],
    ) -> bool:
        """A delegation "of Russia's Kaluga oblast led by Governor X": X is of Kaluga."""
        text, lang = ctx.text, ctx.lang
        head = text[max(0, t.span_start - 60) : t.span_start]
        m = lang.led_by.search(head)
        if m is None:
            return False
        cue = t.span_start - len(head) + m.start()
        line = max(text.rfind("\n", 0, cue), text.rfind(". ", 0, cue))
        before = [
            p for p in ctx.places if line < p.start and p.end <= cue and p.kind in _PLACE_KINDS
        ]
        if not before:
            return False
        if t.base in self._envoys:
            # an ambassador leads their embassy's delegation: of the country named after the
            # host's region ("Bac Giang received a delegation of the Lao Embassy in Vietnam
            # led by Ambassador X"), never of a region
            last = max((n for n, p in enumerate(before) if p.kind != "country"), default=-1)
            sent = [p.key for p in before[last + 1 :] if p.kind == "country" and p.key]
            if sent:
                countries.append(sent[0])
            return bool(sent)
        chosen = [p for p in before if p.kind == "region"] or before
        self._collect(chosen[-1], countries, regions)
        if chosen[-1].kind == "region":
            for p in before:
                if p.kind == "country" and p.key:
                    countries.append(p.key)
        return bool(countries or regions)

    @staticmethod
    def _collect(
        place: Mention, countries: list[str], regions: list[tuple[str, str | None]]
    ) -> None:
        if place.kind == "country" and place.key:
            countries.append(place.key)
        elif place.kind == "region" and place.key:
            regions.append((place.key, place.attrs.get("country")))
        elif place.kind == "city" and place.attrs.get("country"):
            if place.attrs.get("region"):
                regions.append((str(place.attrs["region"]), place.attrs.get("country")))
            else:
                countries.append(str(place.attrs["country"]))

    @staticmethod
    def _next_is_anchor(pos: int, ctx: _Ctx) -> bool:
        q = _skip_ws(ctx.text, pos)
        if ctx.text.startswith("(", q):
            q = _skip_ws(ctx.text, q + 1)
        return q in ctx.by_start or q in ctx.body_at or bool(ctx.lang.anaphors.match(ctx.text, q))
