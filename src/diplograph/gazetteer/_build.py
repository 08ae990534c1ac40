"""Builds the gazetteer once per process: pycountry + curated YAML -> one automaton.

Sources, in priority order (the first source that gives a form names its rule):
curated language files (``data/lang/<code>/{countries,regions,cities,orgs}.yaml``),
the language-independent tables (``data/gazetteer/*.yaml``), then pycountry's
ISO 3166-1/3166-2 names with every translation catalogue it ships. Every form is
folded (see ``_norm``) and hyphen variants are added, so one automaton pass over
folded text finds "Bà Rịa – Vũng Tàu", "Ba Ria-Vung Tau" and "BA RIA VUNG TAU".
"""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ahocorasick
import pycountry

from .._registry import Registry
from ._model import CityInfo, Entry, RegionInfo
from ._norm import Folder, hyphen_variants, is_spaceless_script
from ._russian import RussianInflector

_WS = re.compile(r" {2,}")
# The automaton (pyahocorasick) finds a node's child by a linear search of its children in
# the order they were first added, and walking a text it is at the root after most spaces,
# punctuation and word ends. The root has ~1,700 children (first letters of every script),
# so a character of running text that starts no name, or whose names were added late,
# cost a search of hundreds of entries: most of the time of the automaton pass. Keys
# ``<char> + ROOT_SEED_END`` for the characters of running text in the scripts of our
# languages are added first, so these characters are found among the root's first
# entries. The seed keys never occur (cleaning turns control characters into spaces, and
# ``_match`` skips their row, -1, anyway) and add no node on any real key's path, so the
# automaton reports exactly the same matches.
ROOT_SEED_END = "\x00"
ROOT_SEED = (
    " abcdefghijklmnopqrstuvwxyz0123456789.,-'\"()!?:;/&%+*"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўј"
    "，。、「」（）・《》“”：！？"
    "のにをはがでとしたてるいうかもなれ"
)
_ISO2_RULE = "pycountry:iso3166-2"
_PARTS = re.compile(r"[ \-']+")
_DASHY = re.compile(r"[-\u2010-\u2015\u2212]|\s{2,}|^\s|\s$")

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
class _Slot:
    needs_capital: bool
    needs_upper: bool
    lower_langs: set[str]
    exact: set[str]
    rules: dict[str, tuple[str, str]]


@dataclass(slots=True)
class WordPatterns:
    """Compiled context patterns (region words, org suffixes) over folded text."""

    before: dict[str, re.Pattern[str]] = field(default_factory=dict)
    after: dict[str, re.Pattern[str]] = field(default_factory=dict)


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


class _Collector:
    """Accumulates (form, entry) pairs, then folds every distinct form in one batch.

    ~10^5 forms come from pycountry's catalogues; folding them one by one costs
    seconds, so ``automaton()`` joins them with NUL and translates the whole
    batch with single C-level calls before building the buckets.
    """

    def __init__(self, folder: Folder, spelling: dict[str, str], stop: frozenset[str]) -> None:
        self.folder = folder
        self.spelling = spelling
        self._spelling_re = (
            re.compile("|".join(re.escape(a) for a in spelling)) if spelling else None
        )
        self.stop = stop
        self.excluded: set[tuple[str, str]] = set()  # (folded form, code) never linked
        # First-level subdivision codes: only they may match bare by distinctiveness.
        self.top_level: frozenset[str] = frozenset()
        # (form, code) -> languages of the pycountry catalogues that gave an uncurated form.
        self._srcs: dict[tuple[str, str], set[str]] = {}
        self._pending: dict[tuple[str, str, str | None, str | None], tuple[Entry, str | None]] = {}

    def add(self, form: str, entry: Entry, lang: str | None = None) -> None:
        form = form.strip()
        if not form:
            return
        seen = (form, entry.kind, entry.key, lang if entry.curated else None)
        if seen not in self._pending:
            self._pending[seen] = (entry, lang)
        if entry.kind == "region" and entry.rule.startswith(_ISO2_RULE):
            locale = entry.rule[len(_ISO2_RULE) + 1 :]
            self._srcs.setdefault((form, entry.key), set()).add(_lang_of(locale) if locale else "*")

    def _analyse(self, forms: list[str]) -> dict[str, list[tuple[str, bool, bool, frozenset[str]]]]:
        """form -> [(folded key, needs capital, needs upper, exact forms)] per spelling."""
        variants: list[tuple[str, str]] = []
        dashy = _DASHY.search
        for form in forms:
            if dashy(form) is None:
                variants.append((form, form))
                continue
            for v in hyphen_variants(form):
                variants.append((form, v))
        joined = "\x00".join(v for _f, v in variants)
        folded = _WS.sub(" ", self.folder.text(joined)).split("\x00")
        exacts = _WS.sub(" ", self.folder.exact(joined)).split("\x00")
        out: dict[str, list[tuple[str, bool, bool, frozenset[str]]]] = {}
        for (form, v), key, exact in zip(variants, folded, exacts, strict=True):
            key = key.strip()
            if len(key) < 2:
                continue
            exact = exact.strip()
            first = v.lstrip(" '\"(-.")[:1]
            needs_cap = first.isupper() or first.lower() == first.upper()
            needs_upper = len(key) > 1 and v.isupper()
            ex = {exact}
            if self._spelling_re is not None and self._spelling_re.search(exact):
                for a, b in self.spelling.items():
                    for e in list(ex):
                        if a in e:
                            ex.add(e.replace(a, b))
            out.setdefault(form, []).append((key, needs_cap, needs_upper, frozenset(ex)))
        return out

    def automaton(self) -> tuple[Any, list[tuple[Any, ...]]]:
        """The automaton (folded key -> (length, row)) and the flat variant rows.

        Rows are plain tuples (see ``Gazetteer.variants``) so the compiled result
        pickles compactly for the on-disk cache.
        """
        analysed = self._analyse(list(dict.fromkeys(k[0] for k in self._pending)))
        distinct_langs: dict[tuple[str, str], set[str]] = {}
        keys: dict[str, dict[tuple[str, str | None], tuple[Entry, _Slot]]] = {}
        stop = self.stop
        for (form, _kind, _key, _l), (entry, lang) in self._pending.items():
            ident = (entry.kind, entry.key)
            loose = not entry.curated and entry.kind != "country"
            srcs = self._srcs.get((form, entry.key)) if loose else None
            for key, needs_cap, needs_upper, exact in analysed.get(form, ()):
                if (key, entry.key) in self.excluded:
                    continue
                if loose and (key in stop or (len(key) < 3 and key.isascii())):
                    continue
                if srcs:
                    distinct_langs.setdefault((key, entry.key), set()).update(srcs)
                bucket = keys.setdefault(key, {})
                got = bucket.get(ident)
                if got is not None:
                    old_entry, slot = got
                    if not needs_cap:
                        slot.needs_capital = False
                        slot.lower_langs.add(lang or "*")
                    if not needs_upper:
                        slot.needs_upper = False
                    slot.exact |= exact
                    if lang and entry.curated and lang not in slot.rules:
                        slot.rules[lang] = (entry.rule, entry.form)
                    if entry.guard and not old_entry.guard:
                        bucket[ident] = (entry, slot)
                else:
                    rules = {lang: (entry.rule, entry.form)} if lang and entry.curated else {}
                    lower = {lang or "*"} if not needs_cap else set()
                    bucket[ident] = (entry, _Slot(needs_cap, needs_upper, lower, set(exact), rules))
        table: list[tuple[Any, ...]] = []
        auto = ahocorasick.Automaton()
        for ch in ROOT_SEED:
            auto.add_word(ch + ROOT_SEED_END, (2, -1))
        top = self.top_level
        for key, bucket in keys.items():
            distinct: frozenset[str] = frozenset()
            if len(bucket) == 1:
                ((entry, slot),) = bucket.values()
                if (
                    entry.kind == "region"
                    and not entry.curated
                    and entry.key in top
                    and slot.needs_capital
                    and not slot.needs_upper
                    and _long_enough(key)
                    and not all(w in stop for w in _PARTS.split(key) if w)
                ):
                    distinct = frozenset(distinct_langs.get((key, entry.key), ()))
            flat = tuple(
                (
                    tuple(e),
                    s.needs_capital,
                    s.needs_upper,
                    frozenset(s.lower_langs),
                    frozenset(s.exact),
                    tuple((lg, r, f) for lg, (r, f) in s.rules.items()),
                    distinct,
                )
                for e, s in bucket.values()
            )
            auto.add_word(key, (len(key), len(table)))
            table.append(flat)
        auto.make_automaton()
        return auto, table


def _long_enough(key: str) -> bool:
    """Distinctive names are long: 6+ letters, or 3+ characters of a spaceless script."""
    if any(is_spaceless_script(ch) for ch in key):
        return len(key) >= 3
    return sum(ch.isalpha() for ch in key) >= 6


def _read_mo(path: str) -> dict[str, str]:
    """msgid -> msgstr of a GNU .mo file (the documented binary format), translated only.

    Parsed directly rather than through gettext.GNUTranslations: the build reads ~300
    catalogues and the struct-based table walk is several times faster.
    """
    with open(path, "rb") as fh:
        data = fh.read()
    magic = struct.unpack("<I", data[:4])[0]
    endian = "<" if magic == 0x950412DE else ">"
    _rev, count, orig_off, trans_off = struct.unpack(endian + "4I", data[4:20])
    origs = struct.unpack_from(endian + f"{2 * count}I", data, orig_off)
    trans = struct.unpack_from(endian + f"{2 * count}I", data, trans_off)
    out: dict[str, str] = {}
    for i in range(count):
        olen, ooff = origs[2 * i], origs[2 * i + 1]
        tlen, toff = trans[2 * i], trans[2 * i + 1]
        if not olen or not tlen:
            continue
        msgid = data[ooff : ooff + olen]
        if b"\x00" in msgid or b"\x04" in msgid:  # plural forms or contexts: unused here
            continue
        msgstr = data[toff : toff + tlen].decode("utf-8", "replace")
        key = msgid.decode("utf-8", "replace")
        if msgstr and msgstr != key:
            out[key] = msgstr
    return out


def _catalogues(domain: str) -> Iterable[tuple[str, dict[str, str]]]:
    """(locale, msgid -> msgstr) for every locale pycountry ships for ``domain``."""
    root = pycountry.LOCALES_DIR
    for locale in sorted(os.listdir(root)):
        path = os.path.join(root, locale, "LC_MESSAGES", f"{domain}.mo")
        if os.path.isfile(path):
            yield locale, _read_mo(path)


def _iso_name_forms(name: str) -> list[str]:
    """pycountry writes "Adygeya, Respublika" and "Bolivia (Plurinational State of)"."""
    if "," not in name and "(" not in name and "[" not in name and "/" not in name:
        return [name]
    name = re.sub(r"\s*[\(\[].*?[\)\]]\s*", " ", name).strip()
    forms = [name]
    if ", " in name:
        head, _, tail = name.partition(", ")
        forms = [head, f"{tail} {head}"]
    if "/" in name:
        forms.extend(p.strip() for p in name.split("/") if p.strip())
    return [f for f in forms if f]


def _lang_of(locale: str) -> str:
    return locale.split("_")[0].split("@")[0]


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
        for languages that decline names but have no inflector here (Ukrainian)."""
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
        by_msgid: dict[str, list[str]] = {}
        for code, s in subs.items():
            by_msgid.setdefault(s.name, []).append(code)
            entry = Entry(
                "region", code, "pycountry:iso3166-2", "name", code in curated, s.country_code, code
            )
            for f in _iso_name_forms(s.name):
                self.collector.add(f, entry)
                self._note(self.region_names, code, "iso", f)
        for locale, catalog in _catalogues("iso3166-2"):
            lang = _lang_of(locale)
            for msgid, msgstr in catalog.items():
                for code in by_msgid.get(msgid, ()):
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
