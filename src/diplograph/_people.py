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
spans), ``_people_affiliation`` (what a title phrase is of), ``_people_record`` (the persons
found, their country, the mentions written), ``_people_unspaced`` and ``_people_cjk``
(titles and names in Japanese, Chinese and Korean scripts); this module runs them in order.
"""

from __future__ import annotations

import re
from typing import Any

from . import _people_cjk
from ._models import Document, Mention
from ._names import NameCanonicalizer
from ._people_model import (
    _CAP_RUN,
    _CYRILLIC,
    _NEVER,
    _PLACE_KINDS,
    _WORD_CHAR,
    _after_nonword,
    _boundary_after,
    _boundary_alt,
    _capitalised_neighbour,
    _connector_alt,
    _Ctx,
    _exact_runs,
    _first_letter_alt,
    _flat,
    _Lang,
    _lowset,
    _norm,
    _Person,
    _plain_rests,
    _Title,
    _yield_to_place,
)
from ._people_prefixed import PrefixedLang, _Prefixed
from ._people_words import DocWords, scan, word_index
from ._resources import Resources

# A name followed by a comma and (perhaps) an article, where a title may start.
_APPOSED = re.compile(r",\s+(?:the\s+)?")
# The word right before a mention, one space between ("Nguyen| Nam Dinh").
_PREV_WORD = re.compile(r"(\w+) $")
# A run of word characters opening a text (read on a reversed slice by _word_before).
_LEAD_WORD = re.compile(r"\w+")


def _word_before(text: str, lo: int, end: int) -> str | None:
    r"""``_PREV_WORD.search(text, lo, end).group(1)`` (or None), read backwards.

    Why: the pattern has no first character to search for, so ``search`` tried it at each
    of the ~30 positions of the window before every region or city mention. Its one space
    must stand right before ``$``, which matches at ``end`` or before a newline there
    (``endpos`` cuts the text); the leftmost match then takes the whole run of word
    characters before that space, back to ``lo`` at most: the run opening the reversed
    slice."""
    q = end - 1
    if q >= lo and text[q] == "\n":
        q -= 1
    if q < lo or text[q] != " ":
        return None
    m = _LEAD_WORD.match(text[lo:q][::-1])
    return m.group(0)[::-1] if m is not None else None


def _compound_word(titles: list[str]) -> re.Pattern[str] | None:
    """``compounds`` without its look-behind and look-ahead, for ``fullmatch`` on one
    word; None when a title holds a character other than a word character (a match could
    then run past the word)."""
    alts = [str(c) for c in titles]
    if not alts or not all(_LEAD_WORD.fullmatch(a) for a in alts):
        return None
    return re.compile(
        r"(?-i:[^\W\d_a-zß-ÿ])[^\W\d_]{2,}?(" + "|".join(re.escape(a) for a in alts) + ")",
        re.IGNORECASE,
    )


def _compound_hits(
    text: str, lang: _Lang, words: DocWords | None = None
) -> list[tuple[int, int, str]]:
    r"""Start, end and title (group 1) of each match of ``lang.compounds`` (as
    ``finditer``), each distinct capitalised word asked once per language.

    Why: ``compounds`` tried its lazy ``[^\W\d_]{2,}?`` and the title alternation at
    every split of every capitalised word (a German text capitalises every noun:
    ~0.2 ms a document). Its titles are word characters, so a match opening at a
    capital (no word character before it) ends where ``(?!\w)`` holds after word
    characters only: it is the whole run of word characters there (``_CAP_RUN``), and
    what it captures depends on that run alone. Runs start no match inside another (the
    look-behind), so the runs of a word are where ``_CAP_RUN`` matches exactly it. The
    distinct runs come from ``words`` when given (``_people_words``: the same set)."""
    pattern = lang.compound_word
    if pattern is None:
        return [(m.start(), m.end(), m.group(1)) for m in lang.compounds.finditer(text)]
    seen = lang.compound_seen
    hits: list[tuple[int, int, str]] = []
    for word in words.cap_runs if words is not None else set(_CAP_RUN.findall(text)):
        title = seen.get(word, "")
        if title == "":
            m = pattern.fullmatch(word)
            title = m.group(1) if m is not None else None
            if len(seen) < 100_000:
                seen[word] = title
        if title is None:
            continue
        size = len(word)
        hits += [(i, i + size, title) for i in _exact_runs(_CAP_RUN, text, word)]
    hits.sort()
    return hits


# ", and Degtyarev" right before the comma of an apposition: the list word and the name
_LISTED_WORD = re.compile(r",\s+(\w+)\s+([^\W\d_a-z][^\W\d_]+(?:-[^\W\d_]+)?)\s*$")


def _surname_pattern(alts: list[str], by_first: dict[str, list[str]] | None) -> re.Pattern[str]:
    r"""``(?<![\w-])(alts)(?![\w-])``, written to open with the class of the alternatives'
    first letters when every one opens with a word character (``by_first``: first letter
    -> the rests of its alternatives, in order).

    Why: a pattern opening with a look-behind has no first-character shortcut, so
    ``re`` tried it at every position of the text. The letter is consumed first (searched
    for in C), ``(?<![\w-]\w)`` then tests the character before it as ``(?<![\w-])``
    did, and ``(?<=k)`` keeps the alternatives opening with ``k`` in their order (the
    pattern is case-sensitive, so at most one group can match)."""
    if by_first and all(_WORD_CHAR.match(k) for k in by_first):
        cls = "".join(re.escape(k) for k in sorted(by_first))
        parts = "|".join(
            rf"(?<={re.escape(k)})(?:{'|'.join(rests)})" for k, rests in sorted(by_first.items())
        )
        return re.compile(rf"([{cls}](?<![\w-]\w)(?:{parts}))(?![\w-])")
    return re.compile(r"(?<![\w-])(" + "|".join(alts) + r")(?![\w-])")


def _free_occurrence(text: str, forms: dict[str, str], used: set[int]) -> bool:
    """Whether a surname pattern of ``forms`` may match where no mention is (see
    ``_surname_mentions``): some form's stem occurs in ``text`` at a position not in
    ``used``.

    Why: the pattern is compiled per document (its forms are the document's persons), and
    compiling costs more than the rest of the stage's work on a text; in most texts each
    person is named once, in full, so every occurrence of the surname lies inside the
    mention already found. Exact: the pattern is case-sensitive and every match opens with
    its form (or, for a Cyrillic form in -а/-я, the form less that letter, the case endings
    following), and a match starting in ``used`` is skipped; so with no occurrence outside
    ``used`` the pattern gives nothing. An empty stem answers True (it occurs everywhere)."""
    for f in forms:
        stem = f[:-1] if _CYRILLIC.search(f) and f[-1] in "ая" else f
        if not stem:
            return True
        i = text.find(stem)
        while i >= 0:
            if i not in used:
                return True
            i = text.find(stem, i + 1)
    return False


class PeopleStage(_Prefixed):
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
        self._national_bodies = frozenset(str(b) for b in roles.get("national_bodies") or ())
        self._role_countries = {
            str(k): str(v) for k, v in (roles.get("role_countries") or {}).items()
        }
        self._unit_offices = frozenset(str(r) for r in roles.get("unit_offices") or ())
        self._absent_offices = {
            str(c): frozenset(str(r) for r in rs or ())
            for c, rs in (roles.get("absent_offices") or {}).items()
        }
        self._langs: dict[str, _Lang | None] = {}
        self._cjk_langs: dict[str, _people_cjk.CjkLang | None] = {}
        self._prefixed_langs: dict[str, PrefixedLang | None] = {}

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
        title_forms = [str(f) for fs in (data.get("titles") or {}).values() for f in fs or ()] + [
            str(f) for fs in (data.get("coref_only") or {}).values() for f in fs or ()
        ]
        titles_re = re.compile(_boundary_alt(title_forms), re.IGNORECASE)
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
        honor_fast = _first_letter_alt(honor_alt, _plain_rests) if honor_alt else None
        honor_re = (
            (honor_fast or r"(?<!\w)(?:" + "|".join(re.escape(h) for h in honor_alt) + ")")
            + r"(?=\s)"
            if honor_alt
            else _NEVER
        )
        lang = _Lang(
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
            # (the capital is matched before the look-behind, which checks the character
            # before it: a pattern opening with a class is searched for it in C, not tried
            # at every position; the same matches as the look-behind first)
            compounds=re.compile(
                r"(?-i:[^\W\d_a-zß-ÿ])(?<!\w\w)[^\W\d_]{2,}?("
                + "|".join(re.escape(str(c)) for c in data.get("compound_titles") or ["(?!x)x"])
                + r")(?!\w)",
                re.IGNORECASE,
            )
            if data.get("compound_titles")
            else re.compile(_NEVER),
            compound_word=_compound_word(data.get("compound_titles") or []),
            historical=re.compile(
                _boundary_alt([str(c) for c in data.get("historical_cues") or ()]), re.IGNORECASE
            ),
            place_genitive=tuple(str(e) for e in data.get("place_genitive_endings") or ()),
            and_words=_lowset(data.get("and_words")),
            titles_after=_boundary_after(title_forms),
            bodies_after=_boundary_after(_flat(data.get("bodies") or {})),
            honorifics_after=_after_nonword(honor_alt, _plain_rests, r"(?=\s)")
            if honor_fast is not None
            else None,
        )
        lang.words = word_index(data, lang)  # the document's words read once
        return lang

    # -- stage -----------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        lang = self._lang(doc.lang)
        if lang is None:
            return doc
        prefixed = self._prefixed_lang(doc.lang)
        cjk = self._cjk_lang(doc.lang) if prefixed is None else None
        # (the document's words are read once for the spaced-script readers below)
        ctx = self._context(doc, lang, words=prefixed is None and cjk is None)
        if prefixed is not None:
            return self._call_prefixed(doc, ctx, prefixed)
        if cjk is not None:
            return self._call_unspaced(doc, ctx, cjk)
        text, covered, by_start = doc.text, ctx.covered, ctx.by_start

        persons: dict[str, _Person] = {}
        found: list[tuple[int, int, str, str]] = []  # start, end, canonical, rule
        titles: list[_Title] = []
        pending: list[tuple[_Title, int, int]] = []  # title + a one-token name to resolve
        bare: list[_Title] = []
        taken: set[int] = set()
        listed: list[tuple[_Title, int, int]] = []  # "..., and Degtyarev, Governor of X"

        starts = sorted(by_start)
        hits = self._title_hits(text, lang, ctx.words)
        title_starts = {ms for ms, _me, _f in hits}
        for ms, me, form in hits:
            if ms in covered and me - 1 in covered:
                continue
            me = _yield_to_place(text, ms, me, starts, by_start)
            if not taken.isdisjoint(range(ms, me)):
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
                one = None if name is not None else self._listed_surname(t, ctx)
                if one is not None:
                    listed.append((t, *one))
                    taken.update(range(*one))
                    continue
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
        short = self._short_index(persons) if listed else {}
        for t, ns, ne in listed:
            linked = short.get(self.names.canonical(text[ns:ne], doc.lang).lower())
            if linked:
                persons[linked].surfaces.append(text[ns:ne])
                found.append((ns, ne, linked, "person:coref:title-surname"))
                continue
            canon = self._add_person(persons, (ns, ne), t, doc, ctx, surname_ok=True)
            if canon:
                found.append((ns, ne, canon, f"person:listed-surname:{doc.lang}:{t.base}"))
        return self._after_titles(doc, ctx, persons, found, titles, pending, bare, taken)

    @staticmethod
    def _listed_surname(t: _Title, ctx: _Ctx) -> tuple[int, int] | None:
        """The last item of a list of appositions, named by surname only ("A B, Governor of
        X, C D, Governor of Y, and E, Governor of Z"): one capitalised word between ", and"
        and the comma before a placed title phrase. Only after "and" closing such a list, so
        a word that merely precedes a title ("Moscow, Governor ...") is not taken."""
        if t.country is None and t.region is None:
            return None
        text, lang = ctx.text, ctx.lang
        q = t.span_start
        while q > 0 and text[q - 1] == " ":
            q -= 1
        if q == 0 or text[q - 1] != ",":
            return None
        m = _LISTED_WORD.search(text, max(0, q - 60), q - 1)
        if m is None or m.group(1).lower() not in lang.and_words:
            return None
        ns, ne = m.start(2), m.end(2)
        word = m.group(2)
        if word in lang.not_name or any(i in ctx.covered for i in range(ns, ne)):
            return None
        return ns, ne

    def _context(self, doc: Document, lang: _Lang, words: bool = False) -> _Ctx:
        """Places and bodies of the document, indexed for the title readers; with
        ``words``, the document's words read once (``_people_words``)."""
        text = doc.text
        doc_words = (
            lang.words.doc_words(text, self.names.name_start) if words and lang.words else None
        )
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
        bodies = self._bodies(text, lang, by_start, doc_words)
        body_at = {b[0]: b for b in bodies}
        return _Ctx(
            text, lang, by_start, covered, body_at, bodies, places, doc.lang, words=doc_words
        )

    def _inside_vietnamese_name(self, text: str, pm: Mention) -> bool:
        """A province or city name that continues a Vietnamese family name is the given
        name of a person: Vietnamese given names are often place names ("Nguyen Nam Dinh",
        "Tran Thai Binh"), and the family name never starts a place name of its own.
        """
        if pm.kind not in ("region", "city") or not pm.text[:1].isupper():
            return False
        if any(w[:1].islower() for w in pm.text.split()):
            return False  # "Nam Dinh province": the place itself
        prev = _word_before(text, max(0, pm.start - 30), pm.start)
        if prev is None or not prev[:1].isupper():
            return False
        return self.names.origin_countries(f"{prev} {pm.text}")[:1] == ("VN",)

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
        for hs, he, honorific in scan(lang, "honorifics", text, ctx.words):
            name = self._name_after(he, ctx)
            if name is None or name[0] in taken:
                continue
            ns, ne = name
            if len(text[ns:ne].split()) < 2:
                continue
            taken.update(range(ns, ne))
            t = _Title(hs, he, "", "", False)
            canon = self._add_person(persons, (ns, ne), t, doc, ctx)
            if canon:
                found.append((ns, ne, canon, f"person:honorific:{doc.lang}:{honorific}"))

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
        found[:] = self._misspelt(persons, found)
        self._respectively(ctx, persons, found)

        self._emit(doc, titles, found, persons)
        return doc

    @staticmethod
    def _title_hits(
        text: str, lang: _Lang, words: DocWords | None = None
    ) -> list[tuple[int, int, str]]:
        """Title words, with compounds ending in one ("Wirtschaftsstaatssekretär"); read
        at the runs ``words`` gives when given (``_people_words``: the same hits)."""
        hits = scan(lang, "titles", text, words)
        starts = {h[0] for h in hits}
        ends = {h[1] for h in hits}
        for ms, me, title in _compound_hits(text, lang, words):
            if ms not in starts and me not in ends and text[ms].isupper():
                hits.append((ms, me, title))
        hits.sort()
        return hits

    # -- bodies ----------------------------------------------------------------------
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
        used: set[int] = set(covered)
        for fs, fe, _c, _r in found:
            used.update(range(fs, fe))
        if not _free_occurrence(text, forms, used):
            return []
        alts = []
        # the same alternatives grouped by first letter (see _surname_pattern)
        by_first: dict[str, list[str]] = {}
        for f in sorted(forms, key=len, reverse=True):
            esc = re.escape(f)
            if _CYRILLIC.search(f) and f[-1] in "ая":
                esc = re.escape(f[:-1]) + r"(?:а|я|ы|и|е|у|ю|ой|ей|ою)"
            elif _CYRILLIC.search(f):
                esc += r"(?:а|у|ом|ым|е|ой|ы)?"
            alts.append(esc)
            head = re.escape(f[0])
            if len(f) >= 2 and esc.startswith(head) and by_first is not None:
                by_first.setdefault(f[0], []).append(esc[len(head) :])
            else:
                by_first = None  # type: ignore[assignment]
        pattern = _surname_pattern(alts, by_first)
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
