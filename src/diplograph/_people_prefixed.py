"""Persons in Thai and Lao articles: a courtesy title written before the name.

Thai and Lao write no capitals and no spaces between words, but a name is a given name and
a family name separated by a space, and news opens it with a courtesy title ("นาย",
"นาง", "ท่าน", Lao "ທ່ານ", "ສະຫາຍ") fused to the given name or a space before it. The name
is the two words after the title; its office follows it ("... ผู้ว่าราชการจังหวัด" +
place), before the next courtesy title or the sentence's end. A courtesy title followed by
an office ("ท่านผู้ว่าราชการจังหวัด", the honourable governor) or a place names no one,
and a title word inside a longer word ("นายก" of "นายกรัฐมนตรี", prime minister) is an
office, not "Mr". Word lists are data (``titles.yaml``: ``script: prefixed``,
``courtesy``, ``titles``); the name's Latin form comes from :mod:`diplograph._names_abugida`.
A job of :class:`diplograph._people.PeopleStage`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._models import Document
from ._people_model import _Ctx, _Person, _Title
from ._people_unspaced import _Unspaced

# a word of a name opens with a consonant or a leading vowel (not a mark: "ท่านั้น" is
# "ท่า" + "นั้น", no "ท่าน"); lengths bound a given name and a family name, so a clause
# after a title word used as a noun ("นายจ้าง", employer) is rarely taken whole
_OPEN = r"[\u0E01-\u0E2E\u0E40-\u0E44\u0E81-\u0EAE\u0EC0-\u0EC4\u0EDC\u0EDD]"
_LETTER = r"[\u0E01-\u0E4E\u0E81-\u0EDF]"
_GIVEN = f"{_OPEN}{_LETTER}{{1,14}}"
_FAMILY = f"{_OPEN}{_LETTER}{{1,24}}"
_ROLE_WINDOW = 120  # characters after a name where its office may stand
_SENTENCE_END = re.compile(r"[\n.!?]")


@dataclass(frozen=True, slots=True)
class PrefixedLang:
    courtesy: re.Pattern[str]  # a courtesy title, then the given and family name
    offices: re.Pattern[str]
    roles: dict[str, str]
    not_names: tuple[str, ...]  # words after a title word that is a noun or pronoun there


class _Prefixed(_Unspaced):
    """The reader of Thai and Lao names (a mixin of PeopleStage)."""

    _prefixed_langs: dict[str, PrefixedLang | None]

    def _prefixed_lang(self, code: str | None) -> PrefixedLang | None:
        code = code or ""
        if code not in self._prefixed_langs:
            data = self.res.registry.lang(code, "titles") if code else {}
            out = None
            if data.get("script") == "prefixed":
                roles = {str(f): str(r) for r, fs in (data.get("titles") or {}).items() for f in fs}
                offices = sorted(roles, key=len, reverse=True)
                courtesy = sorted((str(c) for c in data.get("courtesy") or ()), key=len)[::-1]
                alt = "|".join(re.escape(c) for c in courtesy) or "(?!x)x"
                out = PrefixedLang(
                    courtesy=re.compile(
                        f"(?:{alt}) ?({_GIVEN})(?!{_LETTER}) ({_FAMILY})(?!{_LETTER})"
                    ),
                    not_names=tuple(str(w) for w in data.get("not_names") or ()),
                    offices=re.compile("|".join(re.escape(o) for o in offices) or "(?!x)x"),
                    roles=roles,
                )
            self._prefixed_langs[code] = out
        return self._prefixed_langs[code]

    def _call_prefixed(self, doc: Document, ctx: _Ctx, lang: PrefixedLang) -> Document:
        text = doc.text
        persons: dict[str, _Person] = {}
        found: list[tuple[int, int, str, str]] = []
        titles: list[_Title] = []
        starts = [m.start() for m in lang.courtesy.finditer(text)]
        for m in lang.courtesy.finditer(text):
            ns, ne = m.start(1), m.end(2)
            if any(lang.offices.match(text, p) for p in (m.start(), ns, m.start(2))):
                continue  # "นายกรัฐมนตรี", "ท่านผู้ว่าราชการจังหวัด": an office
            if m.group(1).startswith(lang.not_names):
                continue  # "ท่านกล่าวว่า" (he said), "นายจ้าง" (employer)
            if any(i in ctx.covered for i in range(ns, ne)):
                continue  # "ท่าน" + a place: no name
            t = self._office_after(ctx, lang, ne, starts)
            canon = self._add_person(persons, (ns, ne), t, doc, ctx)
            if canon and t.role:
                titles.append(t)
            if canon:
                found.append((ns, ne, canon, f"person:courtesy-title:{doc.lang}:{t.role}"))
        self._emit(doc, titles, found, persons)
        return doc

    def _office_after(self, ctx: _Ctx, lang: PrefixedLang, end: int, starts: list[int]) -> _Title:
        """The first office after a name, within its sentence and before the next courtesy
        title, with the place written right after the office; else a title with no role."""
        text = ctx.text
        stop = min([end + _ROLE_WINDOW, len(text)] + [s for s in starts if s > end])
        if (brk := _SENTENCE_END.search(text, end, stop)) is not None:
            stop = brk.start()
        m = lang.offices.search(text, end, stop)
        if m is None:
            return _Title(end, end, "", "", False, span_start=end, span_end=end)
        role = lang.roles[m.group(0)]
        t = _Title(m.start(), m.end(), role, role, False, span_start=m.start(), span_end=m.end())
        place = next(
            (
                p
                for p in ctx.places
                if m.end() <= p.start <= m.end() + 1 and p.kind in ("region", "city", "country")
            ),
            None,
        )
        if place is not None:
            countries: list[str] = []
            regions: list[tuple[str, str | None]] = []
            self._collect(place, countries, regions)
            self._take_place(t, countries, regions)
            t.country_rule = "title-phrase" if t.country or t.region else ""
        return t
