"""Persons in Japanese, Chinese and Korean articles: titles anchor names read by their
script (:mod:`diplograph._people_cjk` finds them, :mod:`diplograph._names_cjk` reads them);
the country of each from the place of its title, else from the name's script or its
transcription. A job of :class:`diplograph._people.PeopleStage`.
"""

from __future__ import annotations

import dataclasses
import re

from . import _people_cjk
from ._models import Document
from ._people_model import _country_of, _Ctx, _norm, _Person, _Title
from ._people_record import _Record
from ._resources import Resources

# "前知事金子原二郎、中村法道等": a name listed after a titled name, closed by "等" (and the
# rest) or, for a Japanese name in kanji, by any list mark: it shares the title before.
_LISTED_NAME = re.compile(
    r"、([\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]{2,5})(?=(等)|[、和及与與,，。])"
)


class _Unspaced(_Record):
    """The reader of unspaced scripts and Korean (a mixin of PeopleStage)."""

    res: Resources
    _cjk_langs: dict[str, _people_cjk.CjkLang | None]

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
        shorts: list[tuple[int, int, str, _Title]] = []
        read: dict[str, str] = {}  # written name (spaces removed) -> canonical
        doc_countries = {c for m in ctx.places if (c := _country_of(m))}
        listed: list[tuple[int, _Title]] = []  # titled names after their title: where each ends
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
            self._take_place(t, countries, regions)
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
                shorts.append((hit.name_start, hit.name_end, surface, t))
                continue
            canon = self._add_person(
                persons, (hit.name_start, hit.name_end), t, doc, ctx, surname_ok=transcribed
            )
            if canon:
                read[bare_surface] = canon
                rule = f"person:title-pattern:{doc.lang}:{role}"
                found.append((hit.name_start, hit.name_end, canon, rule))
                if hit.name_start >= hit.title_end:
                    listed.append((hit.name_end, t))
        self._listed_after_titled(doc, ctx, cjk, listed, found, persons)
        for ns, ne, surface, t in shorts:
            # "平井知事" after "平井伸治知事": the family name alone names the same person
            word = self.names.canonical(surface, doc.lang).lower()
            owners = [c for c in persons if word and word in c.lower().split()]
            if len(owners) == 1:
                persons[owners[0]].surfaces.append(surface)
                found.append((ns, ne, owners[0], "person:coref:family-name"))
            elif not owners and doc.lang == "ja" and self.names.cjk().ja_surname_only(surface):
                # "大石知事", "マルダノフ首相" and no full name anywhere: Japanese news
                # names an official by family name and title; the surname is the person
                canon = self._add_person(persons, (ns, ne), t, doc, ctx, surname_ok=True)
                if canon:
                    found.append((ns, ne, canon, f"person:title-pattern:ja:surname:{t.role}"))
        self._emit(doc, titles, found, persons)
        return doc

    def _listed_after_titled(
        self,
        doc: Document,
        ctx: _Ctx,
        cjk: _people_cjk.CjkLang,
        listed: list[tuple[int, _Title]],
        found: list[tuple[int, int, str, str]],
        persons: dict[str, _Person],
    ) -> None:
        """ "前知事金子原二郎、中村法道等": the names listed after a titled name without a title
        of their own hold the one before (a list of former governors). A run closed by "等"
        must make a Chinese name or a Japanese one; closed by another list mark, only a
        Japanese name in kanji (a family name of two characters) is sure to be one."""
        if not listed:
            return
        text = doc.text
        taken = {a for a, _, _, _ in found}
        japan = doc.lang == "ja" or any(_country_of(m) == "JP" for m in ctx.places)
        for end, t in listed:
            while (m := _LISTED_NAME.match(text, end)) is not None:
                run, ns, ne = m.group(1), m.start(1), m.end(1)
                if ns in taken or any(i in ctx.covered for i in range(ns, ne)):
                    break
                chinese = bool(m.group(2)) and self.names.cjk().zh_name_length(run) == len(run)
                # (the Japanese reading loads a dictionary: only where Japan is in question)
                japanese = not chinese and japan and self.names.cjk().is_japanese_name(run)
                if not (japanese or chinese):
                    break
                copy = dataclasses.replace(t, name_at=None)
                canon = self._add_person(persons, (ns, ne), copy, doc, ctx)
                if not canon:
                    break
                found.append((ns, ne, canon, f"person:listed-after-titled-name:{doc.lang}"))
                taken.add(ns)
                end = ne
