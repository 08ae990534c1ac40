"""PeopleStage: persons named with a title or honorific, their role and affiliation.

News names officials through their office ("Governor of Russia's Kaluga oblast
Vladislav Shapsha", "губернатор Калужской области Владислав Шапша", "Herrn
Wladimir Bujanow, dem Vorsitzenden der ..."), then refers back by surname, by
the Vietnamese given name or by the office alone ("the governor"). A bare
capitalised sequence is trusted as a person only when its form shows a name (a
listed given name, a Vietnamese or Chinese family name with syllables); otherwise a
title or honorific must anchor it, which keeps "Ho Chi Minh City" and monuments out.
The office phrase also carries the affiliation: the region and country mentions
(left by the PlaceStage) attached to it. Every word list is data (``titles.yaml``).

The stage is split by job: ``_people_model`` (its plain data), ``_people_names`` (name
spans), ``_people_affiliation`` (what a title phrase is of), ``_people_cjk`` (titles and
names in Japanese, Chinese and Korean scripts); this module runs them in order.
"""

from __future__ import annotations

import re
from typing import Any

from . import _people_cjk
from ._models import Document, Mention
from ._names import NameCanonicalizer
from ._people_affiliation import _Affiliation
from ._people_model import (
    _CYRILLIC,
    _DATELINE_DASH,
    _PLACE_KINDS,
    _SENTENCE_END,
    _boundary_alt,
    _capitalised_neighbour,
    _clause_end,
    _connector_alt,
    _country_of,
    _Ctx,
    _flat,
    _Lang,
    _lowset,
    _norm,
    _Person,
    _Title,
    _yield_to_place,
)
from ._resources import Resources

# A name followed by a comma and (perhaps) an article, where a title may start.
_APPOSED = re.compile(r",\s+(?:the\s+)?")
# The word right before a mention, one space between ("Nguyen| Nam Dinh").
_PREV_WORD = re.compile(r"(\w+) $")


class PeopleStage(_Affiliation):
    name = "people"
    requires: tuple[str, ...] = ("text", "lang", "sentences", "mentions")
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, res: Resources) -> None:
        self.res = res
        self.names = NameCanonicalizer(res.registry)
        roles = res.registry.table("names", "roles")
        self._national = frozenset(str(r) for r in roles.get("national") or ())
        self._takes_body = frozenset(str(r) for r in roles.get("takes_body") or ())
        self._envoys = frozenset(str(r) for r in roles.get("envoys") or ())
        self._renames = {str(k): str(v) for k, v in (roles.get("renames") or {}).items()}
        self._body_countries = {
            str(k): str(v) for k, v in (roles.get("body_countries") or {}).items()
        }
        self._langs: dict[str, _Lang | None] = {}
        self._cjk_langs: dict[str, _people_cjk.CjkLang | None] = {}

    def __reduce__(self) -> tuple[Any, tuple[Resources]]:
        return (PeopleStage, (self.res,))

    # -- data ------------------------------------------------------------------------
    def _lang(self, code: str | None) -> _Lang | None:
        code = code or ""
        if code not in self._langs:
            data = self.res.registry.lang(code, "titles") if code else {}
            self._langs[code] = self._compile(data) if data.get("titles") else None
        return self._langs[code]

    @staticmethod
    def _compile(data: dict[str, Any]) -> _Lang:
        roles: dict[str, tuple[str, bool]] = {}
        for role, forms in (data.get("coref_only") or {}).items():
            for f in forms or ():
                roles[_norm(str(f))] = (str(role), True)
        for role, forms in (data.get("titles") or {}).items():
            for f in forms or ():
                roles.setdefault(_norm(str(f)), (str(role), False))
        titles_re = re.compile(
            _boundary_alt(
                [str(f) for fs in (data.get("titles") or {}).values() for f in fs or ()]
                + [str(f) for fs in (data.get("coref_only") or {}).values() for f in fs or ()]
            ),
            re.IGNORECASE,
        )
        conn = data.get("connectors") or {}
        body_names: dict[str, str] = {}
        for canon, forms in (data.get("bodies") or {}).items():
            for f in forms or ():
                body_names[_norm(str(f))] = str(canon)
        heads: dict[str, str] = {}
        for head, forms in (data.get("body_anaphors") or {}).items():
            for f in forms or ():
                heads[_norm(str(f))] = str(head)
        honor = [str(h) for h in data.get("honorifics") or ()]
        honor_alt = sorted(set(honor), key=lambda f: -len(f))
        honor_re = (
            r"(?<!\w)(?:" + "|".join(re.escape(h) for h in honor_alt) + r")(?=\s)"
            if honor_alt
            else r"(?!x)x"
        )
        return _Lang(
            titles=titles_re,
            roles=roles,
            honorifics=re.compile(honor_re, re.IGNORECASE),
            of=re.compile(
                r"\s*" + _connector_alt([str(c) for c in conn.get("of") or ()]) + r"\s*",
                re.IGNORECASE,
            ),
            to=re.compile(
                r"\s*" + _boundary_alt([str(c) for c in conn.get("to") or ()]) + r"\s*",
                re.IGNORECASE,
            ),
            possessive=re.compile(r"['’]s?\s*"),
            determiners=re.compile(
                _boundary_alt([str(d) for d in data.get("determiners") or ()]) + r"\s*$",
                re.IGNORECASE,
            ),
            not_name=frozenset(str(w) for w in data.get("not_name") or ()),
            bodies=re.compile(_boundary_alt(_flat(data.get("bodies") or {})), re.IGNORECASE),
            body_names=body_names,
            body_countries={str(k): str(v) for k, v in (data.get("body_countries") or {}).items()},
            anaphors=re.compile(
                _boundary_alt(_flat(data.get("body_anaphors") or {})), re.IGNORECASE
            ),
            anaphor_heads=heads,
            unit_words=_lowset(data.get("unit_words")),
            link_words=_lowset(data.get("link_words")),
            phrase_words=_lowset(data.get("phrase_words")),
            heads=_lowset(data.get("org_heads")),
            lower_endings=tuple(str(e) for e in data.get("genitive_endings") or ()),
            caps_adj_endings=tuple(str(e) for e in data.get("adjective_endings") or ()),
            appositive=bool(data.get("appositive_names")),
            led_by=re.compile(
                _boundary_alt([str(c) for c in data.get("led_by") or ()])
                + r"(?:\s+"
                + _boundary_alt([str(d) for d in data.get("determiners") or ()])
                + r")?\s*$",
                re.IGNORECASE,
            ),
            compounds=re.compile(
                r"(?<!\w)(?-i:(?=[^\W\d_a-zß-ÿ]))[^\W\d_]{3,}?("
                + "|".join(re.escape(str(c)) for c in data.get("compound_titles") or ["(?!x)x"])
                + r")(?!\w)",
                re.IGNORECASE,
            )
            if data.get("compound_titles")
            else re.compile(r"(?!x)x"),
            historical=re.compile(
                _boundary_alt([str(c) for c in data.get("historical_cues") or ()]), re.IGNORECASE
            ),
            place_genitive=tuple(str(e) for e in data.get("place_genitive_endings") or ()),
        )

    # -- stage -----------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        lang = self._lang(doc.lang)
        if lang is None:
            return doc
        ctx = self._context(doc, lang)
        cjk = self._cjk_lang(doc.lang)
        if cjk is not None:
            return self._call_unspaced(doc, ctx, cjk)
        text, covered, by_start = doc.text, ctx.covered, ctx.by_start

        persons: dict[str, _Person] = {}
        found: list[tuple[int, int, str, str]] = []  # start, end, canonical, rule
        titles: list[_Title] = []
        pending: list[tuple[_Title, int, int]] = []  # title + a one-token name to resolve
        bare: list[_Title] = []
        taken: set[int] = set()

        starts = sorted(by_start)
        hits = self._title_hits(text, lang)
        title_starts = {ms for ms, _me, _f in hits}
        for ms, me, form in hits:
            if ms in covered and me - 1 in covered:
                continue
            me = _yield_to_place(text, ms, me, starts, by_start)
            if any(i in taken for i in range(ms, me)):
                continue
            role, coref_only = lang.roles.get(_norm(form), ("", False))
            if not role:
                continue
            t = _Title(ms, me, role, role, coref_only, span_start=ms)
            self._affiliation(t, ctx)
            titles.append(t)
            name = None if coref_only else (t.name or self._name_after(t.span_end, ctx))
            nxt = _APPOSED.match(text, name[1]) if name is not None else None
            apposed = name is not None and name[0] >= t.end and "," in text[t.end : name[0]]
            if name is not None and apposed and nxt and nxt.end() in title_starts:
                # "X, Governor of A, Y, Governor of B": Y is apposed to the next title;
                # this one's name is the one before it ("Head of A Y, Head of B Z" is not
                # apposed: no comma between the title and its name)
                before = self._name_before(t.span_start, ctx)
                if before is not None:
                    name = before
            if name is None and not coref_only:
                name = self._name_before(t.span_start, ctx)
            if name is None:
                bare.append(t)
                continue
            ns, ne = self._drop_place_genitive(name, ctx)
            taken.update(range(ns, ne))
            if len(text[ns:ne].split()) == 1:
                pending.append((t, ns, ne))
                continue
            canon = self._add_person(persons, (ns, ne), t, doc, ctx)
            if canon:
                found.append((ns, ne, canon, f"person:title-pattern:{doc.lang}:{t.base}"))
        return self._after_titles(doc, ctx, persons, found, titles, pending, bare, taken)

    def _context(self, doc: Document, lang: _Lang) -> _Ctx:
        """Places and bodies of the document, indexed for the title readers."""
        text = doc.text
        places = sorted(
            (m for m in doc.mentions if m.kind in _PLACE_KINDS or m.kind == "org"),
            key=lambda m: (m.start, -m.end),
        )
        by_start: dict[int, Mention] = {}
        covered: set[int] = set()
        kept: list[Mention] = []
        reach = -1
        for pm in places:
            if pm.start < reach and pm.end > reach:
                continue  # straddles a longer mention ("oblast Konstantin"): a misreading
            if self._inside_vietnamese_name(text, pm):
                continue
            kept.append(pm)
            reach = max(reach, pm.end)
            by_start.setdefault(pm.start, pm)
            covered.update(range(pm.start, pm.end))
        places = kept
        bodies = self._bodies(text, lang, by_start)
        body_at = {b[0]: b for b in bodies}
        return _Ctx(text, lang, by_start, covered, body_at, bodies, places, doc.lang)

    def _inside_vietnamese_name(self, text: str, pm: Mention) -> bool:
        """A province or city name that continues a Vietnamese family name is the given
        name of a person: Vietnamese given names are often place names ("Nguyen Nam Dinh",
        "Tran Thai Binh"), and the family name never starts a place name of its own.
        """
        if pm.kind not in ("region", "city") or not pm.text[:1].isupper():
            return False
        if any(w[:1].islower() for w in pm.text.split()):
            return False  # "Nam Dinh province": the place itself
        prev = _PREV_WORD.search(text, max(0, pm.start - 30), pm.start)
        if prev is None or not prev.group(1)[:1].isupper():
            return False
        return self.names.origin_countries(f"{prev.group(1)} {pm.text}")[:1] == ("VN",)

    def _after_titles(
        self,
        doc: Document,
        ctx: _Ctx,
        persons: dict[str, _Person],
        found: list[tuple[int, int, str, str]],
        titles: list[_Title],
        pending: list[tuple[_Title, int, int]],
        bare: list[_Title],
        taken: set[int],
    ) -> Document:
        """Honorific names, one-word names, bare titles and surnames, once titles are read."""
        text, lang, covered = doc.text, ctx.lang, ctx.covered
        for m in lang.honorifics.finditer(text):
            name = self._name_after(m.end(), ctx)
            if name is None or name[0] in taken:
                continue
            ns, ne = name
            if len(text[ns:ne].split()) < 2:
                continue
            taken.update(range(ns, ne))
            t = _Title(m.start(), m.end(), "", "", False)
            canon = self._add_person(persons, (ns, ne), t, doc, ctx)
            if canon:
                found.append((ns, ne, canon, f"person:honorific:{doc.lang}:{m.group(0)}"))

        for ns, ne, why in self._untitled_names(ctx, taken):
            taken.update(range(ns, ne))
            t = _Title(ns, ns, "", "", False)
            canon = self._add_person(persons, (ns, ne), t, doc, ctx)
            if canon:
                found.append((ns, ne, canon, f"person:name-pattern:{doc.lang}:{why}"))

        short = self._short_index(persons)
        for _t, ns, ne in pending:
            linked = short.get(self.names.canonical(text[ns:ne], doc.lang).lower())
            if linked:
                persons[linked].surfaces.append(text[ns:ne])
                found.append((ns, ne, linked, "person:coref:title-surname"))

        for t in bare:
            linked = self._by_role(t, persons, found)
            if linked:
                found.append((t.start, t.end, linked, f"person:coref:role:{t.base}"))

        found.extend(self._surname_mentions(text, persons, short, found, covered, doc.lang))

        self._emit(doc, titles, found, persons)
        return doc

    def _cjk_lang(self, code: str | None) -> _people_cjk.CjkLang | None:
        code = code or ""
        if code not in self._cjk_langs:
            data = self.res.registry.lang(code, "titles") if code else {}
            unspaced = data.get("script") == "unspaced"
            self._cjk_langs[code] = _people_cjk.compile_lang(code, data) if unspaced else None
        return self._cjk_langs[code]

    def _call_unspaced(self, doc: Document, ctx: _Ctx, cjk: _people_cjk.CjkLang) -> Document:
        """Japanese, Chinese, Korean: titles anchor names read by their script."""
        text = doc.text
        persons: dict[str, _Person] = {}
        found: list[tuple[int, int, str, str]] = []
        titles: list[_Title] = []
        shorts: list[tuple[int, int, str]] = []
        read: dict[str, str] = {}  # written name (spaces removed) -> canonical
        doc_countries = {c for m in ctx.places if (c := _country_of(m))}
        for hit in _people_cjk.find(text, cjk, self.names, ctx.covered, ctx.places):
            role, _coref = ctx.lang.roles.get(_norm(hit.form), ("", False))
            if not role:
                continue
            first = min(hit.title_start, hit.name_start)
            t = _Title(hit.title_start, hit.title_end, role, role, False, span_start=first)
            countries: list[str] = []
            regions: list[tuple[str, str | None]] = []
            place = None
            if hit.name_end <= hit.title_start:
                place = _people_cjk.place_inside(ctx.places, hit.name_end, hit.title_end)
            place = place or _people_cjk.place_before(ctx.places, first, text, lang=cjk)
            if place is None and hit.name_start > hit.title_start:
                place = _people_cjk.place_before(ctx.places, hit.title_start, text, 2)
            if place is not None:
                self._collect(place, countries, regions)
            if regions:
                t.region, t.country = regions[0]
                if t.country is None and len(t.region) > 3 and t.region[2] == "-":
                    t.country = t.region[:2]
            elif countries:
                t.country = countries[0]
            if t.country or t.region:
                t.country_rule = "title-phrase"
            surface = text[hit.name_start : hit.name_end]
            if t.country is None and t.region is None and hit.name_end <= hit.title_start:
                t.country = _people_cjk.told_country(text, hit.name_end, hit.title_start, cjk)
                t.country_rule = "title-phrase:place-word-ending" if t.country else ""
            if t.country is None and t.region is None:
                t.country = self.names.cjk().script_country(surface, doc.lang)
                t.country_rule = "name-script" if t.country else ""
            # a Russian name in Chinese characters: of the one place named that does not
            # write its officials in Han characters
            foreign = doc.lang == "zh" and self.names.cjk().is_transcription(surface, None)
            if t.country is None and t.region is None and foreign:
                t.country = self.names.cjk().only_transcribing_country(doc_countries)
                t.country_rule = "name-script:only-non-chinese-place" if t.country else ""
            # a Japanese name in kanji in a Chinese article that names a place in Japan
            if (
                t.country is None
                and t.region is None
                and doc.lang == "zh"
                and "JP" in doc_countries
                and self.names.cjk().is_japanese_name(surface)
            ):
                t.country, t.country_rule = "JP", "name-script:japanese-family-name"
            # a Chinese name in a Japanese article: of the one Chinese-speaking place named
            chinese_place = doc.lang == "ja" and doc_countries & {"CN", "TW", "HK", "MO"}
            if (
                t.country is None
                and t.region is None
                and not foreign
                and (doc.lang == "zh" or chinese_place)
            ):
                t.country = self.names.cjk().han_country(surface, doc_countries)
                t.country_rule = "name-script:only-chinese-speaking-place" if t.country else ""
            titles.append(t)
            bare_surface = "".join(surface.split())
            earlier = next((c for s, c in read.items() if bare_surface in s), None)
            if earlier is not None:
                # "祖翼書記" or "黃偉哲" again without its place: the person named before
                persons[earlier].surfaces.append(surface)
                found.append((hit.name_start, hit.name_end, earlier, "person:coref:name-again"))
                continue
            canon_words = self.names.canonical(surface, doc.lang, t.country).split()
            # a Russian surname alone after its title is how Chinese names a Russian
            # official ("州长索洛多夫"): a person, unlike a Chinese family name alone
            transcribed = doc.lang == "zh" and self.names.cjk().is_transcription(surface, t.country)
            if len(canon_words) < 2 and not (transcribed and canon_words):
                shorts.append((hit.name_start, hit.name_end, surface))
                continue
            canon = self._add_person(
                persons, (hit.name_start, hit.name_end), t, doc, ctx, surname_ok=transcribed
            )
            if canon:
                read[bare_surface] = canon
                rule = f"person:title-pattern:{doc.lang}:{role}"
                found.append((hit.name_start, hit.name_end, canon, rule))
        for ns, ne, surface in shorts:
            # "平井知事" after "平井伸治知事": the family name alone names the same person
            word = self.names.canonical(surface, doc.lang).lower()
            owners = [c for c in persons if word and word in c.lower().split()]
            if len(owners) == 1:
                persons[owners[0]].surfaces.append(surface)
                found.append((ns, ne, owners[0], "person:coref:family-name"))
        self._emit(doc, titles, found, persons)
        return doc

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
        persons_at = [(m.start, m.end) for m in new if m.kind == "person"]
        kept = [  # a place read inside a person's name ("Nguyen Nam Dinh") is no place
            m
            for m in doc.mentions
            if m.kind not in ("region", "city")
            or not any(a < m.start and m.end <= b for a, b in persons_at)
        ]
        doc.mentions = sorted([*kept, *new], key=lambda m: (m.start, m.end))

    @staticmethod
    def _title_hits(text: str, lang: _Lang) -> list[tuple[int, int, str]]:
        """Title words, with compounds ending in one ("Wirtschaftsstaatssekretär")."""
        hits = [(m.start(), m.end(), m.group(0)) for m in lang.titles.finditer(text)]
        starts = {h[0] for h in hits}
        ends = {h[1] for h in hits}
        for m in lang.compounds.finditer(text):
            if m.start() not in starts and m.end() not in ends and m.group(0)[:1].isupper():
                hits.append((m.start(), m.end(), m.group(1)))
        hits.sort()
        return hits

    # -- bodies ----------------------------------------------------------------------
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
        if len(origin) == 1:
            return origin[0], "name-origin"
        if len(origin) > 1 and t.name_at is not None:
            near = self._sentence_country(t.name_at, ctx, origin)
            if near is not None:
                return near, "name-origin:place-of-the-sentence"
        local = [c for c in self.names.language_countries(doc.lang) if c in countries]
        if not known and len(local) == 1:
            return local[0], "article-language"
        if not known and len(countries) == 2:
            # a bilateral text: a name no custom places, of the one side whose naming
            # custom it does not break ("Ahmad Heryawan" beside China and Indonesia)
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
        places of two of them."""
        text = ctx.text
        left = max(0, pos - 200)
        ends = list(_SENTENCE_END.finditer(text, left, pos))
        start = ends[-1].end() if ends else left
        stop = _clause_end(text, pos)
        found = {
            c
            for m in ctx.places
            if m.kind in _PLACE_KINDS and m.end > start and m.start < stop
            if (c := _country_of(m)) in allowed
        }
        return found.pop() if len(found) == 1 else None

    def _short_index(self, persons: dict[str, _Person]) -> dict[str, str]:
        index: dict[str, str] = {}
        clash: set[str] = set()
        for canon in persons:
            for s in self.names.short_forms(canon):
                k = s.lower()
                if k in index and index[k] != canon:
                    clash.add(k)
                index[k] = canon
        return {k: v for k, v in index.items() if k not in clash}

    def _by_role(
        self, t: _Title, persons: dict[str, _Person], found: list[tuple[int, int, str, str]]
    ) -> str | None:
        def fits(p: _Person) -> bool:
            if p.role is None or not (p.role == t.role or p.role.startswith(t.base)):
                return False
            if t.region and p.region and t.region != p.region:
                return False
            return not (t.country and p.country and t.country != p.country)

        before = [c for s, _e, c, _r in found if s < t.start and fits(persons[c])]
        if before:
            return before[-1]
        cands = {c for c, p in persons.items() if fits(p)}
        return next(iter(cands)) if len(cands) == 1 else None

    def _surname_mentions(
        self,
        text: str,
        persons: dict[str, _Person],
        short: dict[str, str],
        found: list[tuple[int, int, str, str]],
        covered: set[int],
        lang: str | None,
    ) -> list[tuple[int, int, str, str]]:
        forms: dict[str, str] = {}
        for canon, p in persons.items():
            for surface in p.surfaces:
                toks = surface.split()
                if len(toks) >= 2:
                    last = toks[-1]
                    if short.get(self.names.canonical(last, lang).lower()) == canon:
                        forms[last] = canon
            for s in self.names.short_forms(canon):
                if short.get(s.lower()) == canon:
                    forms[s] = canon
        if not forms:
            return []
        alts = []
        for f in sorted(forms, key=len, reverse=True):
            esc = re.escape(f)
            if _CYRILLIC.search(f) and f[-1] in "ая":
                esc = re.escape(f[:-1]) + r"(?:а|я|ы|и|е|у|ю|ой|ей|ою)"
            elif _CYRILLIC.search(f):
                esc += r"(?:а|у|ом|ым|е|ой|ы)?"
            alts.append(esc)
        pattern = re.compile(r"(?<![\w-])(" + "|".join(alts) + r")(?![\w-])")
        used: set[int] = set(covered)
        for fs, fe, _c, _r in found:
            used.update(range(fs, fe))
        out: list[tuple[int, int, str, str]] = []
        for m in pattern.finditer(text):
            if m.start() in used:
                continue
            if _capitalised_neighbour(text, m.start(), m.end()):
                continue
            who: str | None = forms.get(m.group(1))
            if who is None:
                for f, c in forms.items():
                    if m.group(1).startswith(f[:-1] if f[-1] in "ая" else f):
                        who = c
                        break
            if who is not None:
                out.append((m.start(), m.end(), who, "person:coref:surname"))
        return out
