"""PeopleStage: persons named with a title or honorific, their role and affiliation.

News names officials through their office ("Governor of Russia's Kaluga oblast
Vladislav Shapsha", "губернатор Калужской области Владислав Шапша", "Herrn
Wladimir Bujanow, dem Vorsitzenden der ..."), then refers back by surname, by
the Vietnamese given name or by the office alone ("the governor"). A bare
capitalised sequence is not trusted as a person: a title or honorific must
anchor it, which keeps "Ho Chi Minh City" and monuments out. The office phrase
also carries the affiliation: the region and country mentions (left by the
PlaceStage) attached to it. Every word list is data (``titles.yaml``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from ._models import Document, Mention
from ._names import NameCanonicalizer
from ._resources import Resources

# Compiled once per process (the re module's cache is shared and small).
_LAST_WORD = re.compile(r"(?:^|(?<=\s))(\S+)$")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")
_PREV_WORD = re.compile(r"([^\W\d_]+) $")

_PLACE_KINDS = ("country", "region", "city")
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|[-'’](?=[^\W\d_]))*\.?")
# Punctuation that sets a title after a name: a comma, or a dash standing between spaces.
_APPOSITION_MARKS = ",-\u2013\u2014"
_DATELINE_DASH = re.compile(r"^[^\n]{0,25}?[—–-]")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[-'’](?=[^\W\d_]))*")
_SENTENCE_END = re.compile(r"\n|[!?;:](?=\s)|(?<!\b[^\W\d_])(?<!\b[^\W\d_]{2})\.(?=\s)|[—–]\s")


def _boundary_alt(forms: list[str]) -> str:
    alts = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in alts)
    # a first-letter class up front lets the engine skip most positions cheaply
    first = "".join(sorted({re.escape(c) for f in alts for c in (f[0].lower(), f[0].upper())}))
    return rf"(?<!\w)(?=[{first}])(?:{body})(?!\w)" if body else r"(?!x)x"


def _connector_alt(forms: list[str]) -> str:
    """Like :func:`_boundary_alt`, but an elided form ("d'", "l'") runs into its word."""
    alts = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    parts = []
    for f in alts:
        body = re.sub("['’]", "['’]", re.escape(f).replace(r"\ ", r"\s+"))
        parts.append(body if f[-1] in "'’" else body + r"(?!\w)")
    return rf"(?<!\w)(?:{'|'.join(parts)})" if parts else r"(?!x)x"


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


@dataclass(slots=True)
class _Lang:
    """One language's titles data, compiled."""

    titles: re.Pattern[str]
    roles: dict[str, tuple[str, bool]]  # normalised form -> (role, coref only)
    honorifics: re.Pattern[str]
    of: re.Pattern[str]
    to: re.Pattern[str]
    possessive: re.Pattern[str]
    determiners: re.Pattern[str]
    not_name: frozenset[str]
    bodies: re.Pattern[str]
    body_names: dict[str, str]
    body_countries: dict[str, str]
    anaphors: re.Pattern[str]
    anaphor_heads: dict[str, str]
    unit_words: frozenset[str]
    link_words: frozenset[str]
    phrase_words: frozenset[str]
    heads: frozenset[str]
    lower_endings: tuple[str, ...]
    caps_adj_endings: tuple[str, ...]
    appositive: bool
    led_by: re.Pattern[str]
    compounds: re.Pattern[str]
    historical: re.Pattern[str]
    place_genitive: tuple[str, ...]


@dataclass(slots=True)
class _Person:
    name: str
    role: str | None
    country: str | None
    region: str | None
    eid: str
    surfaces: list[str] = field(default_factory=list)
    country_rule: str = ""
    historical: bool = False  # on the curated list of figures of history
    past_at: set[int] = field(default_factory=set)  # mentions whose context is history
    current: bool = False  # holds an office tied to a unit or body in this document

    def is_past(self) -> bool:
        """A figure of history, never a participant: only a curated name qualifies.

        A context word alone ("museum", "monument") is too weak: a living official
        opens museums. A curated name that holds a present office in the document
        (a namesake chairing a provincial committee) is history only where a cue
        says so.
        """
        return self.historical and (not self.current or bool(self.past_at))


@dataclass(slots=True)
class _Title:
    start: int
    end: int
    role: str
    base: str
    coref_only: bool
    country: str | None = None
    region: str | None = None
    span_start: int = 0
    span_end: int = 0
    country_rule: str = ""
    name: tuple[int, int] | None = None
    unit_anaphor: bool = False


class PeopleStage:
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
            kept.append(pm)
            reach = max(reach, pm.end)
            by_start.setdefault(pm.start, pm)
            covered.update(range(pm.start, pm.end))
        places = kept
        bodies = self._bodies(text, lang, by_start)
        body_at = {b[0]: b for b in bodies}
        ctx = _Ctx(text, lang, by_start, covered, body_at, bodies, places)

        persons: dict[str, _Person] = {}
        found: list[tuple[int, int, str, str]] = []  # start, end, canonical, rule
        titles: list[_Title] = []
        pending: list[tuple[_Title, int, int]] = []  # title + a one-token name to resolve
        bare: list[_Title] = []
        taken: set[int] = set()

        starts = sorted(by_start)
        for ms, me, form in self._title_hits(text, lang):
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
                    },
                )
            )
        doc.mentions = sorted([*doc.mentions, *new], key=lambda m: (m.start, m.end))
        return doc

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
    def _bodies(
        self, text: str, lang: _Lang, by_start: dict[int, Mention]
    ) -> list[tuple[int, int, str, str | None, str | None]]:
        """Bodies a role may lead, with the place each belongs to."""
        out: list[tuple[int, int, str, str | None, str | None]] = []
        regions = _Regions(by_start)
        for m in lang.bodies.finditer(text):
            canon = lang.body_names.get(_norm(m.group(0)), m.group(0))
            region = country = None
            pos = m.end()
            c = lang.of.match(text, pos)
            if c:
                pos = c.end()
            place = by_start.get(pos)
            if place is not None and place.kind in ("region", "city"):
                region = place.key if place.kind == "region" else place.attrs.get("region")
                country = place.attrs.get("country")
            elif (p := regions.last_before(m.start(), 200)) is not None:
                region, country = p.key, p.attrs.get("country")
            own = lang.body_countries.get(canon) or self._body_countries.get(canon)
            if own is not None and country != own:
                # a body only one country has ("обласна військова адміністрація")
                region, country = (region if region and region.startswith(own) else None), own
            out.append((m.start(), m.end(), canon, country, region))
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
            if (b is not None and body is None and place is None) or (
                b is not None and place is not None and place.kind == "org"
            ):
                body = b
                pos = b[1]
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
        if t.country is None and t.region and len(t.region) > 3 and t.region[2] == "-":
            t.country = t.region[:2]  # an ISO 3166-2 code names its country first
        if t.country or t.region:
            t.country_rule = "title-phrase"
        elif self._led_by(t, ctx, countries, regions):
            if regions:
                t.region, t.country = regions[0]
                if t.country is None and len(t.region) > 3 and t.region[2] == "-":
                    t.country = t.region[:2]
            elif countries:
                t.country = countries[0]
            t.country_rule = "delegation-leader"

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
            if low in lang.heads:
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

    # -- names -----------------------------------------------------------------------
    def _name_tokens_at(self, pos: int, ctx: _Ctx) -> list[tuple[int, int]]:
        text, lang = ctx.text, ctx.lang
        toks: list[tuple[int, int]] = []
        while len(toks) < 5:
            m = _NAME_TOKEN.match(text, pos)
            if m is None:
                break
            word = m.group(0)
            bare = word.rstrip(".")
            if not word[:1].isupper():
                break
            if (word in lang.not_name or bare in lang.not_name) and not (
                not toks and self._starts_vietnamese_name(m.start(), text)
            ):
                break
            if word.endswith(".") and len(bare) > 1:
                word, m_end = bare, m.start() + len(bare)
            else:
                m_end = m.end()
            if len(bare) > 1 and bare.isupper() and len(bare) > 3:
                break
            if lang.titles.match(text, m.start()):
                break
            if m.start() in ctx.covered and not (
                len(toks) >= 2
                and self._single_word_place(m.start(), m_end, ctx)
                and self.names.is_vietnamese_syllables(text[toks[0][0] : m_end])
            ):
                break
            toks.append((m.start(), m_end))
            gap = m_end
            if gap < len(text) and text[gap] == " " and gap + 1 < len(text):
                pos = gap + 1
            else:
                break
        if len(toks) == 5:
            toks = toks[:4]
        return toks

    def _drop_place_genitive(self, span: tuple[int, int], ctx: _Ctx) -> tuple[int, int]:
        """A capitalised genitive place ending a title phrase is no part of the name.

        "віцеголова повітової ради Сучави Йон Попеску": the council's unit, unknown
        to the gazetteer, precedes the name; a given name in the nominative does not
        end like a genitive, and a Vietnamese name is left whole.
        """
        ns, ne = span
        ends = ctx.lang.place_genitive
        words = ctx.text[ns:ne].split(" ")
        if not ends or len(words) < 3:
            return span
        first = words[0]
        if not first.lower().endswith(ends) or self.names.is_vietnamese_syllables(ctx.text[ns:ne]):
            return span
        return ns + len(first) + 1, ne

    def _starts_vietnamese_name(self, pos: int, text: str) -> bool:
        """ "Le Huu Toan" after a French title: "Le" is no article when a name follows."""
        words = text[pos : pos + 40].split()[:3]
        return len(words) >= 2 and self.names.is_vietnamese_syllables(" ".join(words))

    @staticmethod
    def _single_word_place(start: int, end: int, ctx: _Ctx) -> bool:
        """A place that is exactly this word ("Vinh" the city, as in "Do Quang Vinh")."""
        pm = ctx.by_start.get(start)
        return pm is not None and pm.end == end

    def _name_after(self, pos: int, ctx: _Ctx) -> tuple[int, int] | None:
        text = ctx.text
        q = pos
        if text.startswith(",", q):
            q += 1
        q = _skip_ws(text, q)
        if q - pos > 3 or "\n" in text[pos:q]:
            return None
        h = ctx.lang.honorifics.match(text, q)
        if h is not None:
            q = _skip_ws(text, h.end())
        toks = self._name_tokens_at(q, ctx)
        if not toks:
            return None
        return toks[0][0], toks[-1][1]

    def _name_before(self, pos: int, ctx: _Ctx) -> tuple[int, int] | None:
        """'<Name>, <title>', '<Name>, the <title>' and '<Name> - <title>' (appositions; the
        spaced dash is how Vietnamese and Russian outlets often set a title after a name)."""
        text = ctx.text
        head = text[max(0, pos - 40) : pos]
        d = ctx.lang.determiners.search(head)
        q = pos - (len(d.group(0)) if d else 0)
        q2 = q
        while q2 > 0 and text[q2 - 1] == " ":
            q2 -= 1
        if q2 == 0 or text[q2 - 1] not in _APPOSITION_MARKS:
            return None
        if text[q2 - 1] != "," and (q2 < 2 or not text[q2 - 2].isspace()):
            return None  # a hyphen inside a word ("Sokolova-Petrenko") is no apposition
        end = q2 - 1
        while end > 0 and text[end - 1] == " ":
            end -= 1  # "Tran Thi Lan - Vice Chairwoman": the dash stands apart
        start = end
        words = 0
        while words < 5:
            m = _LAST_WORD.search(text[max(0, start - 40) : start])
            if m is None:
                break
            ws = start - len(m.group(1))
            toks = self._name_tokens_at(ws, ctx)
            if not toks or toks[0][1] != start:
                break
            start = ws
            words += 1
            if start == 0 or text[start - 1] != " ":
                break
            start -= 1
        if words == 0:
            return None
        start = start + 1 if text[start] == " " else start
        while start < end and ctx.lang.honorifics.match(text, start):
            h = ctx.lang.honorifics.match(text, start)
            assert h is not None
            start = _skip_ws(text, h.end())
        if words < 2 or start >= end:
            return None
        return start, end

    # -- persons ---------------------------------------------------------------------
    def _add_person(
        self,
        persons: dict[str, _Person],
        span: tuple[int, int],
        t: _Title,
        doc: Document,
        ctx: _Ctx,
    ) -> str:
        surface = ctx.text[span[0] : span[1]]
        canon = self.names.canonical(surface, doc.lang, t.country)
        if len(canon.split()) < 2:
            return ""
        role = t.role or None
        if t.unit_anaphor and t.region is None and t.country is None:
            prior = self._prior_region(t, ctx, self.names.origin_countries(canon), canon)
            if prior is not None:
                t.region, t.country = prior.key, _country_of(prior)
                t.country_rule = "title-phrase:unit-anaphor"
        country, region, why = t.country, t.region, t.country_rule
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
        p.surfaces.append(surface)
        return canon

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
        local = [c for c in self.names.language_countries(doc.lang) if c in countries]
        if not known and len(local) == 1:
            return local[0], "article-language"
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


@dataclass(slots=True)
class _Ctx:
    text: str
    lang: _Lang
    by_start: dict[int, Mention]
    covered: set[int]
    body_at: dict[int, tuple[int, int, str, str | None, str | None]]
    bodies: list[tuple[int, int, str, str | None, str | None]]
    places: list[Mention]
    # Read for every title: built once per document, so cost stays linear in its length.
    countries: set[str] = field(default_factory=set)
    by_end: dict[int, list[Mention]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for m in self.places:
            self.by_end.setdefault(m.end, []).append(m)
            if m.kind in _PLACE_KINDS and (c := _country_of(m)):
                self.countries.add(c)


class _Regions:
    """Region mentions by start, to find the latest one ending shortly before an offset
    without walking every place of the document (long texts stay linear)."""

    def __init__(self, by_start: dict[int, Mention]) -> None:
        self.items = [p for p in by_start.values() if p.kind == "region"]
        self.items.sort(key=lambda p: p.start)
        self.starts = [p.start for p in self.items]
        self.longest = max((p.end - p.start for p in self.items), default=0)

    def last_before(self, pos: int, within: int) -> Mention | None:
        """The latest-starting region that ends at or before ``pos``, less than ``within``
        characters before it."""
        k = bisect.bisect_left(self.starts, pos)
        floor = pos - within - self.longest  # a region starting earlier ends too early
        while k > 0 and self.starts[k - 1] >= floor:
            k -= 1
            p = self.items[k]
            if p.end <= pos and pos - p.end < within:
                return p
        return None


def _yield_to_place(
    text: str, ms: int, me: int, starts: list[int], by_start: dict[int, Mention]
) -> int:
    """A title form that ends in a unit word ("Chủ tịch UBND tỉnh") overlapping a place
    that starts with it ("tỉnh Bình Thuận") gives the word to the place, so the place is
    read as the title's affiliation and the name after it as the holder."""
    i = bisect.bisect_right(starts, ms)
    while i < len(starts) and starts[i] < me:
        place = by_start[starts[i]]
        if place.end > me:
            cut = starts[i]
            while cut > ms and text[cut - 1].isspace():
                cut -= 1
            return cut if cut > ms else me
        i += 1
    return me


def _lowset(forms: Any) -> frozenset[str]:
    return frozenset(_norm(str(f)) for f in forms or ())


def _clause_end(text: str, pos: int) -> int:
    """Where the sentence around ``pos`` ends (a title phrase never crosses it)."""
    end = min(len(text), pos + 260)
    m = _SENTENCE_END.search(text, pos, end)
    return m.start() if m else end


def _flat(d: dict[str, Any]) -> list[str]:
    return [str(f) for forms in d.values() for f in forms or ()]


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _country_of(m: Mention) -> str | None:
    if m.kind == "country":
        return m.key
    c = m.attrs.get("country")
    if not c and m.kind == "region" and m.key and len(m.key) > 3 and m.key[2] == "-":
        return m.key[:2]
    return str(c) if c else None


def _capitalised_neighbour(text: str, start: int, end: int) -> bool:
    """Part of a longer name ("Ho Chi Minh") rather than a short mention."""
    after = _NEXT_WORD.match(text[end : end + 40])
    if after and after.group(1)[:1].isupper():
        return True
    before = _PREV_WORD.search(text[max(0, start - 40) : start])
    return bool(before and before.group(1)[:1].isupper() and start - 1 > 0)
