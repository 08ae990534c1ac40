"""The persons a title anchors, their country when the title phrase names none, and
the person and title mentions written into the document.

A job of :class:`diplograph._people.PeopleStage`, shared by the readers of spaced scripts
(``_people``) and of Japanese, Chinese and Korean (``_people_unspaced``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from ._models import Document, Mention
from ._names import edit_distance
from ._people_affiliation import _Affiliation
from ._people_model import (
    _DATELINE_DASH,
    _PLACE_KINDS,
    _SENTENCE_END,
    _clause_end,
    _country_of,
    _Ctx,
    _Person,
    _Title,
)


class _Record(_Affiliation):
    """Persons into the stage's registry and mentions into the document (a mixin)."""

    _national: frozenset[str]
    _absent_offices: dict[str, frozenset[str]]
    _role_countries: dict[str, str]
    _unit_offices: frozenset[str]

    @staticmethod
    def _cut_names(persons: dict[str, _Person]) -> dict[str, str]:
        """Names cut short after an initial ("Dengpa Thum T", a line cut off or an
        abbreviated surname) -> the one person of the document whose name goes on from
        there ("Dengpa Thum Thong"): a name of one letter alone is no surname. A word and
        a letter that go on into no name are dropped ("" in the map)."""
        out: dict[str, str] = {}
        for canon in persons:
            toks = canon.split()
            last = toks[-1].rstrip(".") if toks else ""
            if len(toks) < 2 or len(last) != 1 or not last.isalpha():
                continue
            longer = [
                c
                for c in persons
                if c != canon
                and len(c.split()) >= len(toks)
                and c.split()[: len(toks) - 1] == toks[:-1]
                and c.split()[len(toks) - 1][:1].upper() == last.upper()
                and len(c.split()[len(toks) - 1]) > 1
            ]
            if len(longer) == 1:
                out[canon] = longer[0]
            elif not longer and len(toks) == 2:
                out[canon] = ""  # "Trường Đ": a word and a letter cut off, no name
        return out

    @staticmethod
    def _emit(
        doc: Document,
        titles: list[_Title],
        found: list[tuple[int, int, str, str]],
        persons: dict[str, _Person],
    ) -> None:
        """Title and person mentions into the document (person attributes at their richest)."""
        text = doc.text
        new: list[Mention] = []
        cut = _Record._cut_names(persons)
        found = [(a, b, cut.get(c, c), r) for a, b, c, r in found if cut.get(c, c)]
        for t in titles:
            if t.coref_only:
                continue
            new.append(
                Mention(
                    t.start,
                    t.end,
                    text[t.start : t.end],
                    "title",
                    t.role,
                    f"title:{doc.lang}:titles.yaml:{t.base}",
                    {"country": t.country, "region": t.region},
                )
            )
        for start, end, canon, rule in found:
            p = persons[canon]
            suffix = f"|country:{p.country_rule}" if p.country_rule else ""
            new.append(
                Mention(
                    start,
                    end,
                    text[start:end],
                    "person",
                    canon,
                    rule + suffix,
                    {
                        "role": p.role,
                        "country": p.country,
                        "region": p.region,
                        "entity_id": p.eid,
                        "surface": list(dict.fromkeys(p.surfaces)),
                        "historical": p.is_past(),
                        "leads_delegation": p.leads or None,
                    },
                )
            )
        inside = _Enclosure([(m.start, m.end) for m in new if m.kind == "person"])
        kept = [  # a place read inside a person's name ("Nguyen Nam Dinh") is no place
            m
            for m in doc.mentions
            if m.kind not in ("region", "city") or not inside(m.start, m.end)
        ]
        doc.mentions = sorted([*kept, *new], key=lambda m: (m.start, m.end))

    def _add_person(
        self,
        persons: dict[str, _Person],
        span: tuple[int, int],
        t: _Title,
        doc: Document,
        ctx: _Ctx,
        surname_ok: bool = False,
    ) -> str:
        """The person a title anchors (a full name; a surname alone when ``surname_ok``)."""
        surface = ctx.text[span[0] : span[1]]
        canon = self.names.canonical(surface, doc.lang, t.country)
        if doc.lang == "ja" and (printed := self.names.cjk().printed_reading(ctx.text, span[1])):
            canon = self.names.canonical(" ".join(printed), None)  # the name's own reading
        if len(canon.split()) < (1 if surname_ok else 2):
            return ""
        if self.names.is_given_and_patronymic(canon):
            # the polite address of a person named in full before: that person, else no one
            first = canon.split()[0]
            owners = [c for c in persons if c.split()[0] == first and c != canon]
            if len(owners) != 1:
                return ""
            persons[owners[0]].surfaces.append(surface)
            return owners[0]
        role = t.role or None
        if t.unit_anaphor and t.region is None and t.country is None:
            prior = self._prior_region(t, ctx, self.names.origin_countries(canon), canon)
            if prior is not None:
                t.region, t.country = prior.key, _country_of(prior)
                t.country_rule = "title-phrase:unit-anaphor"
        country, region, why = t.country, t.region, t.country_rule
        t.name_at = span[0]
        if country is None and region is None and t.base in self._role_countries:
            country, why = self._role_countries[t.base], "office-of-one-country"
            if t.base in self._unit_offices:
                # "marszałek Adam Struzik" in a report naming one voivodeship: the head of a
                # unit whose title names none heads the one unit of his country named
                units = {
                    p.key
                    for p in ctx.places
                    if p.kind == "region" and p.key and p.key.startswith(f"{country}-")
                }
                if len(units) == 1:
                    region, why = units.pop(), "office-of-one-country:the-only-unit-named"
        if country is None and region is None:
            country, why = self._doc_country(canon, t, doc, ctx)
        past = self._historical_context(min(span[0], t.start if t.base else span[0]), span[1], ctx)
        p = persons.get(canon)
        if p is None:
            p = persons[canon] = _Person(
                canon, role, country, region, self.names.entity_id(canon), country_rule=why
            )
        else:
            p.role = p.role or role
            if p.country is None and country:
                p.country, p.country_rule = country, why
            p.region = p.region or region
        p.historical = p.historical or self.names.is_historical(canon)
        if t.base and (t.region is not None or " of " in (t.role or "")):
            p.current = True
        if past:
            p.past_at.add(span[0])
        p.leads = p.leads or self._after_led_by(min(span[0], t.start if t.base else span[0]), ctx)
        p.surfaces.append(surface)
        return canon

    @staticmethod
    def _misspelt(
        persons: dict[str, _Person], found: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """A name written with a slip of the keyboard ("Adam Ssitruzik" in a caption of a page
        that names "Adam Struzik" many times): same given name, a surname of six letters or
        more one or two edits from a name the page uses at least twice as often. Its mentions
        go to that person and the slip is dropped."""
        count: dict[str, int] = {}
        for _a, _b, c, _r in found:
            count[c] = count.get(c, 0) + 1
        by_given: dict[str, list[str]] = {}  # one comparison per pair of a given name
        for c in persons:
            toks = c.split()
            if len(toks) == 2 and len(toks[1]) >= 6:
                by_given.setdefault(toks[0], []).append(c)
        into: dict[str, str] = {}
        for rare in persons:
            toks = rare.split()
            if len(toks) != 2 or len(toks[1]) < 6:
                continue
            near = [
                c
                for c in by_given.get(toks[0], ())
                if c != rare
                and count.get(c, 0) >= 2 * count.get(rare, 0)
                and edit_distance(c.split()[-1].lower(), toks[1].lower()) <= 2
            ]
            if len(near) == 1:
                into[rare] = near[0]
        for rare, kept in into.items():
            persons[kept].surfaces.extend(persons.pop(rare).surfaces)
        return [(a, b, into.get(c, c), r) for a, b, c, r in found]

    @staticmethod
    def _respectively(
        ctx: _Ctx, persons: dict[str, _Person], found: list[tuple[int, int, str, str]]
    ) -> None:
        """Two names joined by "and" right after two places joined by "and" ("the speakers
        of the parliaments of Belarus and Russia, Natalya X and Valentina Y"; "the governors
        of A and B, X and Y"): each name is of the place of its rank. Only for two places of
        two countries and names that nothing else places (a title phrase, a custom).
        """
        text, ands = ctx.text, ctx.lang.and_words
        if not ands:
            return
        places = sorted(
            (m for m in ctx.places if m.kind in _PLACE_KINDS and _country_of(m)),
            key=lambda m: m.end,
        )
        ends = [m.end for m in places]
        names = sorted({(a, b, c) for a, b, c, _ in found})

        def joined(a: int, b: int) -> bool:
            words = text[a:b].replace(",", " ").split()
            return len(words) == 1 and words[0].lower() in ands

        for (a1, b1, c1), (a2, _b2, c2) in pairwise(names):
            if c1 == c2 or not joined(b1, a2):
                continue
            k = bisect_right(ends, a1)  # the places ending before the first name
            if k == 0 or a1 - places[k - 1].end > 12:
                continue
            second = places[k - 1]
            gap = text[second.end : a1]
            if _SENTENCE_END.search(gap) or any(ch.isalnum() for ch in gap):
                continue
            j = bisect_left(ends, second.start)
            first = places[j - 1] if j > 0 else None
            if first is None or not joined(first.end, second.start):
                continue
            pair = ((persons[c1], first), (persons[c2], second))
            if _country_of(first) == _country_of(second) or any(
                p.country or p.region for p, _ in pair
            ):
                continue
            for p, m in pair:
                p.country, p.country_rule = _country_of(m), "parallel-list"
                region = m.key if m.kind == "region" else m.attrs.get("region")
                p.region = str(region) if region else None

    @staticmethod
    def _after_led_by(start: int, ctx: _Ctx) -> bool:
        """A "led by" cue right before the title phrase or name, in the same sentence."""
        head = ctx.text[max(0, start - 50) : start]
        m = ctx.lang.led_by.search(head)
        return m is not None and not _SENTENCE_END.search(head, m.end())

    @staticmethod
    def _historical_context(start: int, end: int, ctx: _Ctx) -> bool:
        """ "the late President X", "X's statue", "Bác Hồ", "памятник X": history, not news."""
        text = ctx.text
        before = text[max(0, start - 30) : start]
        after = text[end : end + 16]
        return bool(ctx.lang.historical.search(before) or ctx.lang.historical.search(after))

    def _doc_country(
        self, canon: str, t: _Title, doc: Document, ctx: _Ctx
    ) -> tuple[str | None, str]:
        """The country of a person whose title phrase names none, only when unambiguous."""
        countries = ctx.countries
        known = self.names.origin_countries(canon)
        origin = [c for c in known if c in countries]
        if len(origin) > 1 and t.base:
            # a custom shared by two countries, an office only one of them has
            held = [c for c in origin if t.base not in self._absent_offices.get(c, ())]
            origin = held or origin
        if len(origin) == 1:
            return origin[0], "name-origin"
        if len(origin) > 1 and t.name_at is not None:
            near = self._sentence_country(t.name_at, ctx, origin)
            if near is not None:
                return near, "name-origin:place-of-the-sentence"
        if not known:
            # a given name of one custom, which only one of the text's countries follows
            hinted = [c for c in self.names.given_name_countries(canon) if c in countries]
            if len(hinted) == 1:
                return hinted[0], "name-origin:given-name"
            if "JP" in countries and self.names.reads_romaji(canon):
                # a name spelt in Japanese morae ("Chiyomatsu Hiroyasu") beside Japan
                return "JP", "name-origin:romaji"
        local = [c for c in self.names.language_countries(doc.lang) if c in countries]
        if not known and len(local) == 1 and not self.names.contradicts(canon, local[0]):
            # (a Lao "Bun Chan" in a Vietnamese article breaks Vietnam's naming custom)
            return local[0], "article-language"
        weak = not known or not self.names.is_family_name(canon.split()[0])
        if not origin and weak and len(countries) == 2:
            # a bilateral text: a name no custom of its two countries places (no custom at
            # all, or only a given name or surname ending of a country the text does not
            # name: "Capitanich" ends like a Slavic surname, in a text of Argentina and
            # China), of the one side whose naming custom it does not break ("Ahmad
            # Heryawan" beside China and Indonesia). A listed family name first is an East
            # Asian custom's own mark ("Y Ngoc Hien" reads as Chinese, a Vietnamese
            # highland name): elimination between the two sides would be a guess.
            possible = [c for c in sorted(countries) if not self.names.contradicts(canon, c)]
            if len(possible) == 1:
                return possible[0], "other-side:name-custom"
        if t.base and t.base not in self._national:
            return None, "none:not-national-role"
        first = [m for m in ctx.places if m.start < 30 and m.kind in _PLACE_KINDS]
        if first and _DATELINE_DASH.match(doc.text[first[0].end : first[0].end + 30] or ""):
            c = _country_of(first[0])
            known = self.names.origin_countries(canon)
            if c and (not known or c in known) and not self.names.contradicts(canon, c):
                return c, "dateline"
        countries = ctx.countries
        if self.names.is_vietnamese(canon) and "VN" in countries:
            return "VN", "name-origin"
        if self.names.is_vietnamese(canon) and "VN" not in countries:
            return None, "none:name-origin-disagrees"
        if len(countries) == 1:
            only = next(iter(countries))
            if self.names.contradicts(canon, only):
                return None, "none:name-origin-disagrees"
            return only, "single-country"
        return None, "none:ambiguous"

    @staticmethod
    def _sentence_country(pos: int, ctx: _Ctx, allowed: list[str]) -> str | None:
        """The one country, among those the name's customs allow, that the places of the
        name's sentence belong to ("Тверскую область представляли ... Сергей Голубев":
        Russia, though the article names Belarus too); none when the sentence names
        places of two of them. A sentence glued to the one before it by a page's lost
        space ("Беларусь).Соответствующее") starts after the full stop."""
        text = ctx.text
        left = max(0, pos - 200)
        ends = list(_SENTENCE_END.finditer(text, left, pos))
        start = ends[-1].end() if ends else left
        glued = list(_GLUED_END.finditer(text, start, pos))
        if glued:
            start = glued[-1].end()  # "...(Республика Беларусь).Соответствующее ..."
        stop = _clause_end(text, pos)
        found = {
            c
            for m in ctx.places
            if m.kind in _PLACE_KINDS and m.end > start and m.start < stop
            if (c := _country_of(m)) in allowed
        }
        return found.pop() if len(found) == 1 else None


# A full stop with no space after it, between a word of three letters or more (or a closing
# bracket) and a capital: two sentences glued by a page that lost the space. Not initials
# ("E.D.Grigoriev": one letter before each stop).
_GLUED_END = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=\)))\.(?=[^\W\d_a-zа-яёß-ÿ])")


class _Enclosure:
    """Whether a span lies inside one of a set of spans, starting after it: ``a < start``
    and ``end <= b``.

    Why: checking every place mention against every person mention cost places x persons,
    which made a long document quadratic (issue #14). Spans sorted by start with the running
    maximum of their ends answer each question with one bisection: some span starting before
    ``start`` reaches ``end`` exactly when the largest end among those spans does.
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [a for a, _ in spans]
        self._reach: list[int] = []
        far = -1
        for _, b in spans:
            far = max(far, b)
            self._reach.append(far)

    def __call__(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, start)  # spans [0, i) start before ``start``
        return i > 0 and self._reach[i - 1] >= end
