"""The gazetteer's automaton: every folded name form, its spelling variants and the
rules that say when a hit is a place, compiled into one pyahocorasick automaton.

Why apart from reading the sources (``_build``): collecting and compiling forms is
the costly, performance-tuned part (batch folding, root seeding) and must give the
same automaton whatever order the sources are read in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import ahocorasick

from ._model import Entry
from ._norm import SPACELESS_FROM, Folder, am_variants, hyphen_variants, is_spaceless_script

_ISO2_RULE = "pycountry:iso3166-2"  # rule prefix of forms from its catalogues
# Rule part of a misspelt name's entry (``_build._misspellings``): it gives way to any other
# entry of the same key, so a misspelling never makes a real name ambiguous.
MISSPELT = "misspellings"
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
_PARTS = re.compile(r"[ \-']+")
_DASHY = re.compile(r"[-\u2010-\u2015\u2212]|\s{2,}|^\s|\s$")


@dataclass(slots=True)
class _Slot:
    needs_capital: bool
    needs_upper: bool
    lower_langs: set[str]
    exact: set[str]
    rules: dict[str, tuple[str, str]]


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
            if (
                form[:1] > SPACELESS_FROM
            ):  # Thai and Lao letters and later: the vowel AM's spellings
                variants += [(form, v) for v in am_variants(form)]
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
        for key, bucket in list(keys.items()):
            if len(bucket) > 1:
                for typo in [i for i, (e, _s) in bucket.items() if f":{MISSPELT}:" in e.rule]:
                    del bucket[typo]
                if not bucket:
                    del keys[key]
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


def _lang_of(locale: str) -> str:
    return locale.split("_")[0].split("@")[0]
