"""Builds the gazetteer once per process: pycountry + curated YAML -> one automaton.

Sources, in priority order (the first source that gives a form names its rule):
curated language files (``data/lang/<code>/{countries,regions,cities,orgs}.yaml``),
the language-independent tables (``data/gazetteer/*.yaml``), then pycountry's
ISO 3166-1/3166-2 names with every translation catalogue it ships. Every form is
folded (see ``_norm``) and hyphen variants are added, so one automaton pass over
folded text finds "Bà Rịa – Vũng Tàu", "Ba Ria-Vung Tau" and "BA RIA VUNG TAU".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pycountry

from .._registry import Registry
from ._automaton import MISSPELT, _Collector, _lang_of
from ._catalogues import _catalogues, _iso_name_forms
from ._model import CityInfo, Entry, RegionInfo
from ._norm import Folder, is_spaceless_script
from ._russian import RussianInflector
from ._tails import Tails, ending_words

_UNREAD: Any = object()  # ``WordPatterns.tails``: not read yet

# Subdivision types whose unit is itself a city (so "city of X" keeps it a region).
CITY_TYPES = frozenset(
    {
        "Municipality",
        "Autonomous city",
        "City",
        "Capital city",
        "Capital district",
        "Capital territory",
        "Metropolitan city",
        "Federal district",
        "Special municipality",
        "Special city",
        "Metropolitan administration",
        "Capital",
    }
)


@dataclass(slots=True)
class WordPatterns:
    """Compiled context patterns (region words, org suffixes) over folded text."""

    before: dict[str, re.Pattern[str]] = field(default_factory=dict)
    after: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # ``ending_words`` of each ``before`` pattern, read on first use (``search_before``)
    tails: dict[str, Tails | None] = field(default_factory=dict, compare=False, repr=False)

    def search_before(self, kind: str, norm: str, lo: int, end: int) -> re.Match[str] | None:
        """``self.before[kind].search(norm, lo, end)``, skipped where no form's last word
        ends right before ``end`` (``_tails.may_end_before``: the same answers)."""
        pattern = self.before[kind]
        tails = self.tails.get(kind, _UNREAD)
        if tails is _UNREAD:
            tails = self.tails[kind] = ending_words(pattern)
        if tails is None:
            return pattern.search(norm, lo, end)
        # ``may_end_before`` inline (asked for most place spans, three patterns each)
        for q in (end, end - 1, end - 2):
            if q <= lo:
                return None
            words = tails.get(norm[q - 1])
            if words is not None and norm.endswith(words, lo, q):
                return pattern.search(norm, lo, end)
        return None


@dataclass(slots=True)
class PersonGuard:
    surnames: frozenset[str] = frozenset()
    middle: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    # Place names that are also given names ("Georgia", "Jordan"): next to another
    # capitalised word they are a person's name ("Georgia Smith", "Michael Jordan").
    given: frozenset[str] = frozenset()
    # "lang:folded" place names that are common words of that language ("Nice"):
    # capitalised only at a sentence start, where they are not taken as places.
    common: frozenset[str] = frozenset()


class GazetteerBuilder:
    """One-shot construction; the result is a plain, picklable Gazetteer."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.folder = Folder()
        self.inflector = RussianInflector()
        spelling: dict[str, str] = {}
        stop: set[str] = set()
        for _code, words in registry.each_lang("region_words"):
            spelling.update(
                {str(a): str(b) for a, b in (words.get("spelling_variants") or {}).items()}
            )
        excluded: set[tuple[str, str]] = set()
        for _code, regs in registry.each_lang("regions"):
            stop.update(self.folder.pattern(str(w)) for w in regs.get("stop") or [])
            for code, forms in (regs.get("exclude") or {}).items():
                excluded.update((self.folder.pattern(str(f)), str(code)) for f in forms or [])
        self.collector = _Collector(self.folder, spelling, frozenset(stop))
        self.collector.excluded = excluded
        self.region_names: dict[str, dict[str, dict[str, None]]] = {}
        self.country_names: dict[str, dict[str, dict[str, None]]] = {}
        self.curated_regions: set[str] = set()
        self._case_rules: dict[str, list[tuple[re.Pattern[str], list[str]]]] = {}
        self._traditional: dict[str, dict[str, str]] = {}

    # -- helpers -------------------------------------------------------------------
    def _forms(self, lang: str, forms: Iterable[str], inflect: bool) -> set[str]:
        out: set[str] = set()
        for f in forms:
            f = str(f)
            out.add(f)
            if inflect and lang == "ru":
                out |= self.inflector.phrase_forms(f)
            out |= self._case_forms(lang, f)
        return out

    def _case_forms(self, lang: str, form: str) -> set[str]:
        """A language's region-name case forms by ending rules (regions.yaml ``case_rules``):
        for languages that decline names but have no inflector here (Ukrainian); and the
        other script's spelling where regions.yaml has a ``traditional`` character table
        (Chinese names written in traditional characters)."""
        rules = self._case_rules.get(lang)
        if rules is None:
            rules = [
                (re.compile(str(pat)), [str(r) for r in repl or ()])
                for pat, repl in self.registry.lang(lang, "regions").get("case_rules") or ()
            ]
            self._case_rules[lang] = rules
        out: set[str] = set()
        for pat, repls in rules:
            m = pat.search(form)
            if m is not None:
                out.update(form[: m.start()] + r for r in repls)
        table = self._traditional.get(lang)
        if table is None:
            table = {
                str(k): str(v)
                for k, v in (self.registry.lang(lang, "regions").get("traditional") or {}).items()
            }
            self._traditional[lang] = table
        if table:
            # Chinese: the traditional spelling of a simplified name (黑龙江 -> 黑龍江)
            trad = "".join(table.get(ch, ch) for ch in form)
            if trad != form:
                out.add(trad)
        return out

    def _note(
        self, table: dict[str, dict[str, dict[str, None]]], key: str, lang: str, form: str
    ) -> None:
        table.setdefault(key, {}).setdefault(lang, {})[form] = None

    # -- countries -----------------------------------------------------------------
    def countries(self) -> dict[str, str]:
        english: dict[str, str] = {}
        by_msgid: dict[str, list[str]] = {}
        guard_forms: dict[str, set[str]] = {}
        for lang, data in self.registry.each_lang("countries"):
            guard = data.get("person_guard") or {}
            guard_forms[lang] = {self.folder.pattern(str(f)) for f in guard.get("forms") or []}
        for lang, data in self.registry.each_lang("countries"):
            inflect = bool(data.get("inflect"))
            endings = [str(e) for e in data.get("adjective_endings") or [""]]
            for code, spec in (data.get("countries") or {}).items():
                code = str(code)
                for form_kind, field_name in (
                    ("name", "names"),
                    ("adjective", "adjectives"),
                    ("demonym", "demonyms"),
                ):
                    raw = [str(x) for x in spec.get(field_name) or []]
                    if form_kind == "adjective":
                        stems = [str(x) for x in spec.get("adjective_stems") or []]
                        raw += [s + e for s in stems for e in endings]
                    forms = self._forms(lang, raw, inflect)
                    if inflect and lang == "ru" and form_kind != "name":
                        for f in list(forms):
                            forms |= self.inflector.lexeme(f)
                    for f in forms:
                        guarded = self.folder.pattern(f) in guard_forms.get(lang, set())
                        entry = Entry(
                            "country",
                            code,
                            f"gazetteer:{lang}/countries.yaml:{code}",
                            form_kind,
                            True,
                            code,
                            None,
                            guarded,
                        )
                        self.collector.add(f, entry, lang)
                        if form_kind == "name":
                            self._note(self.country_names, code, lang, f)
        for c in pycountry.countries:
            code = c.alpha_2
            english[code] = getattr(c, "common_name", None) or c.name
            for attr in ("name", "official_name", "common_name"):
                val = getattr(c, attr, None)
                if not val:
                    continue
                by_msgid.setdefault(val, []).append(code)
                for f in _iso_name_forms(val):
                    self.collector.add(
                        f, Entry("country", code, "pycountry:iso3166-1", "name", False, code)
                    )
                    self._note(self.country_names, code, "en", f)
        for locale, catalog in _catalogues("iso3166-1"):
            lang = _lang_of(locale)
            for msgid, msgstr in catalog.items():
                for code in by_msgid.get(msgid, ()):
                    rule = f"pycountry:iso3166-1:{locale}"
                    for f in _iso_name_forms(msgstr):
                        self.collector.add(f, Entry("country", code, rule, "name", False, code))
                        self._note(self.country_names, code, lang, f)
        return english

    # -- regions -------------------------------------------------------------------
    def regions(self) -> dict[str, RegionInfo]:
        curated: dict[str, dict[str, list[str]]] = {}
        for lang, data in self.registry.each_lang("regions"):
            for code, forms in (data.get("regions") or {}).items():
                curated.setdefault(str(code), {}).setdefault(lang, []).extend(
                    str(f) for f in forms or []
                )
        self.curated_regions = set(curated)
        subs = {s.code: s for s in pycountry.subdivisions}
        for code, per_lang in curated.items():
            country = code.split("-")[0]
            for lang, forms in per_lang.items():
                inflect = bool(self.registry.lang(lang, "regions").get("inflect"))
                for f in self._forms(lang, forms, inflect):
                    entry = Entry(
                        "region",
                        code,
                        f"gazetteer:{lang}/regions.yaml:{code}",
                        "name",
                        True,
                        country,
                        code,
                    )
                    self.collector.add(f, entry, lang)
                for f in forms:
                    self._note(self.region_names, code, lang, f)
        self._misspellings(curated)
        by_msgid: dict[str, list[str]] = {}
        for code, s in subs.items():
            by_msgid.setdefault(s.name, []).append(code)
            entry = Entry(
                "region", code, "pycountry:iso3166-2", "name", code in curated, s.country_code, code
            )
            for f in _iso_name_forms(s.name):
                self.collector.add(f, entry)
                self._note(self.region_names, code, "iso", f)
        # A catalogue's translation that is a curated name of ANOTHER unit is an error of
        # that catalogue (iso-codes' Italian gives CN-SX "Shaanxi", the name of CN-SN):
        # kept, it makes the curated name ambiguous and the mention is dropped.
        curated_owner: dict[str, set[str]] = {}
        for code, per_lang in curated.items():
            for forms in per_lang.values():
                for f in forms:
                    curated_owner.setdefault(f.casefold(), set()).add(code)
        for locale, catalog in _catalogues("iso3166-2"):
            lang = _lang_of(locale)
            for msgid, msgstr in catalog.items():
                for code in by_msgid.get(msgid, ()):
                    owners = curated_owner.get(msgstr.casefold())
                    if owners and code not in owners:
                        continue
                    s = subs[code]
                    entry = Entry(
                        "region",
                        code,
                        f"pycountry:iso3166-2:{locale}",
                        "name",
                        code in curated,
                        s.country_code,
                        code,
                    )
                    for f in _iso_name_forms(msgstr):
                        self.collector.add(f, entry)
                        self._note(self.region_names, code, lang, f)
                        for cf in self._case_forms(lang, f):
                            self.collector.add(cf, entry)
        infos: dict[str, RegionInfo] = {}
        for code, s in subs.items():
            infos[code] = RegionInfo(
                code=code,
                country=s.country_code,
                name=s.name,
                type=s.type,
                parent=getattr(s, "parent_code", None),
                names={k: tuple(v) for k, v in self.region_names.get(code, {}).items()},
                curated=code in curated,
            )
        return infos

    def _misspellings(self, curated: dict[str, dict[str, list[str]]]) -> None:
        """Misspelt romanised unit names (regions.yaml ``misspellings``, e.g. zh: "Ghuangxi",
        "Guandong", "Zhejang", "Sichuam" in Latin-script pages).

        Why edits and not a list of typos: a romanisation has a closed set of syllables, so an
        edit that makes a spelling the system never writes (pinyin has no "gh", no final "m")
        cannot turn one name into another real name of the same system; each edit is applied
        once, at one place, to each curated name of the country in the ``from`` language.
        A variant that is itself a curated name, or is listed ``never`` (common words and
        other places the edit would spell: "Guanxi", "Jianxi"), is not added; one that folds
        to any other entry's key is dropped when the automaton is built (``_Collector``).
        """
        for lang, data in self.registry.each_lang("regions"):
            spec = data.get("misspellings")
            if not spec:
                continue
            country, src = str(spec["country"]), str(spec["from"])
            edits = [(re.compile(str(pat)), str(repl)) for pat, repl in spec.get("edits") or ()]
            never = {str(w).casefold() for w in spec.get("never") or ()}
            never |= {f.casefold() for per in curated.values() for fs in per.values() for f in fs}
            for code, per_lang in curated.items():
                if code.split("-")[0] != country:
                    continue
                rule = f"gazetteer:{lang}/regions.yaml:{MISSPELT}:{code}"
                entry = Entry("region", code, rule, "name", True, country, code)
                for form in per_lang.get(src, ()):
                    for pat, repl in edits:
                        for m in pat.finditer(form):
                            variant = form[: m.start()] + m.expand(repl) + form[m.end() :]
                            if variant.casefold() not in never:
                                self.collector.add(variant, entry)

    def vietnam_2025(self, infos: dict[str, RegionInfo]) -> None:
        """Add the 34 units of 2025 and link old units to them (records keep old codes)."""
        data = self.registry.table("gazetteer", "vn_2025")
        valid_from = str(data.get("valid_from", "2025-07-01"))
        for uid, spec in (data.get("units") or {}).items():
            uid = str(uid)
            absorbed = tuple(str(c) for c in spec.get("absorbed") or [])
            names = {str(k): tuple(str(x) for x in v) for k, v in (spec.get("names") or {}).items()}
            infos[uid] = RegionInfo(
                code=uid,
                country="VN",
                name=str(spec["name"]),
                type=str(spec.get("type", "Province")),
                names=names,
                valid_from=valid_from,
                predecessors=absorbed,
                curated=True,
            )
        for code, spec in (data.get("old") or {}).items():
            code = str(code)
            old = infos.get(code)
            if old is None:
                continue
            infos[code] = RegionInfo(
                code=old.code,
                country=old.country,
                name=old.name,
                type=old.type,
                parent=old.parent,
                names=old.names,
                valid_from=old.valid_from,
                valid_to=str(spec["valid_to"]) if spec.get("valid_to") else None,
                successor=str(spec["successor"]) if spec.get("successor") else None,
                curated=old.curated,
            )

    # -- cities --------------------------------------------------------------------
    def cities(self, capitals: dict[str, dict[str, Any]]) -> dict[str, CityInfo]:
        table = self.registry.table("gazetteer", "cities").get("cities") or {}
        per_lang: dict[str, dict[str, list[str]]] = {}
        for lang, data in self.registry.each_lang("cities"):
            for name, forms in (data.get("cities") or {}).items():
                per_lang.setdefault(str(name), {}).setdefault(lang, []).extend(
                    str(f) for f in forms or []
                )
        capital_names = {str(v["city"]): k for k, v in capitals.items() if v.get("city")}
        infos: dict[str, CityInfo] = {}
        rows: dict[str, dict[str, Any]] = {str(k): dict(v or {}) for k, v in table.items()}
        for country, cap in capitals.items():
            name = str(cap.get("city") or "")
            if name and name not in rows:
                rows[name] = {"country": country, "region": cap.get("region")}
        for name, row in rows.items():
            country = str(row["country"])
            region = str(row["region"]) if row.get("region") else None
            curated = name in table
            names = {lang: tuple(v) for lang, v in per_lang.get(name, {}).items()}
            infos[name] = CityInfo(
                name=name,
                country=country,
                region=region,
                names=names,
                capital=capital_names.get(name) == country,
                population=int(row["population"]) if row.get("population") else None,
            )
            entry_rule = "gazetteer:gazetteer/cities.yaml:" + name
            base = Entry("city", name, entry_rule, "name", curated, country, region)
            self.collector.add(name, base)
            for lang, forms in per_lang.get(name, {}).items():
                inflect = bool(self.registry.lang(lang, "cities").get("inflect"))
                entry = Entry(
                    "city",
                    name,
                    f"gazetteer:{lang}/cities.yaml:{name}",
                    "name",
                    True,
                    country,
                    region,
                )
                for f in self._forms(lang, forms, inflect):
                    self.collector.add(f, entry, lang)
        return infos

    # -- organisations -------------------------------------------------------------
    def orgs(self) -> None:
        for lang, data in self.registry.each_lang("orgs"):
            for name, spec in (data.get("named") or {}).items():
                spec = spec or {}
                country = spec.get("country")
                region = spec.get("region")
                entry = Entry(
                    "org",
                    str(name),
                    f"gazetteer:{lang}/orgs.yaml:{name}",
                    "name",
                    True,
                    str(country) if country else None,
                    str(region) if region else None,
                )
                forms = [str(name), *(str(f) for f in spec.get("forms") or [])]
                for f in self._forms(lang, forms, False):
                    self.collector.add(f, entry, lang)

    # -- context words -------------------------------------------------------------
    def _alternation(self, forms: Iterable[str]) -> str:
        folded = sorted({self.folder.pattern(f) for f in forms if f.strip()}, key=len, reverse=True)
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in folded)

    def region_words(self) -> WordPatterns:
        before: dict[str, set[str]] = {}
        after: dict[str, set[str]] = {}
        for lang, data in self.registry.each_lang("region_words"):
            inflect = bool(data.get("inflect"))
            for side, store in (("before", before), ("after", after)):
                for kind, forms in (data.get(side) or {}).items():
                    store.setdefault(str(kind), set()).update(
                        self._forms(lang, [str(f) for f in forms or []], inflect)
                    )
        return self._word_patterns(before, after)

    def org_words(self) -> WordPatterns:
        before: dict[str, set[str]] = {}
        after: dict[str, set[str]] = {}
        for lang, data in self.registry.each_lang("orgs"):
            inflect = bool(data.get("inflect"))
            before.setdefault("org", set()).update(
                self._forms(lang, [str(f) for f in data.get("prefixes") or []], inflect)
            )
            after.setdefault("org", set()).update(
                self._forms(lang, [str(f) for f in data.get("suffixes") or []], inflect)
            )
        return self._word_patterns(before, after)

    def _word_patterns(
        self, before: dict[str, set[str]], after: dict[str, set[str]]
    ) -> WordPatterns:
        out = WordPatterns()
        for kind, forms in before.items():
            if forms:
                out.before[kind] = re.compile(
                    r"(?<![\w.])(?:" + self._alternation(forms) + r")\s?$"
                )
        for kind, forms in after.items():
            spaced = {f for f in forms if not any(is_spaceless_script(c) for c in f)}
            glued = forms - spaced  # "県", "省": a script without spaces has no word end
            alts = []
            if spaced:
                alts.append(r"[ \-]?(?:" + self._alternation(spaced) + r")(?!\w)")
            if glued:
                alts.append(r" ?(?:" + self._alternation(glued) + r")")
            if alts:
                out.after[kind] = re.compile("|".join(alts))
        return out

    def joiners(self) -> re.Pattern[str]:
        words: set[str] = set()
        for _lang, data in self.registry.each_lang("orgs"):
            words.update(str(w) for w in data.get("joiners") or [])
        alt = self._alternation(words)
        core = r"\s*[-/]\s*" + (r"|\s+(?:" + alt + r")\s+" if alt else "")
        return re.compile(r"(?:" + core + r")")

    def person_guard(self) -> PersonGuard:
        surnames: set[str] = set()
        middle: set[str] = set()
        honorifics: set[str] = set()
        given: set[str] = set()
        common: set[str] = set()
        for _lang, data in self.registry.each_lang("countries"):
            guard = data.get("person_guard") or {}
            surnames.update(self.folder.pattern(str(w)) for w in guard.get("surnames") or [])
            middle.update(self.folder.pattern(str(w)) for w in guard.get("middle_names") or [])
            honorifics.update(self.folder.pattern(str(w)) for w in guard.get("honorifics") or [])
            given.update(self.folder.pattern(str(w)) for w in guard.get("given_names") or [])
        for lang, data in self.registry.each_lang("cities"):
            common.update(
                f"{lang}:{self.folder.pattern(str(w))}" for w in data.get("common_words") or []
            )
        return PersonGuard(
            frozenset(surnames),
            frozenset(middle),
            frozenset(honorifics),
            frozenset(given),
            frozenset(common),
        )
