"""Canonical Latin person names across scripts and transliterations.

The record names a person the same way whatever the article's script or the
transliteration habit of its language: Russians as given name + surname in the
English convention ("Wjatscheslaw Kalganow" and "Вячеслав Калганов" are both
"Vyacheslav Kalganov"), Vietnamese in native order without diacritics, also
when a Russian text transcribes them ("Чан Хонг Ха" is "Tran Hong Ha"). Every
table involved is data (``data/names/translit.yaml`` and
``data/lang/<code>/names.yaml``); this module only applies them.

The canonical form is a fixed point: ``canonical(c, None) == c`` for every
output ``c``. The language argument only says how to *read* a foreign
transliteration, so it is not applied again to a canonical name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from ._memo import memoised as _memoised
from ._names_abugida import THAI_LAO, Table, compile_table, romanise
from ._names_cjk import CjkReader, has_cjk
from ._names_cyrillic import _CYRILLIC, _OwnCyrillic
from ._names_origin import _NameOrigins
from ._registry import Registry

_EDGE = re.compile(r"^[\W\d_]+|[^\w.]+$|(?<=\w\w)\.+$")
# The endings of a Russian patronymic in the record's Latin, with the oblique cases.
_PATRONYMIC_SUFFIX = re.compile(r"(?:y?evich|ovich|y?evna|ovna|ich|ichna)(?:a|u|em|e|oy|y)?$")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# Compiled once per process (the re module's cache is shared and small).
_NOT_NAME_CHARS = re.compile(r"[^A-Za-z'-]+")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_name(name: str) -> str:
    """The name as the scorer compares it: romanisation variants collapse.

    Sergei/Sergey, Yuri/Yury, Alexei/Aleksei and Wladimir/Vladimir fold alike,
    so the person id does not depend on which spelling an outlet used.
    """
    s = _strip_marks(name).replace("đ", "d").replace("Đ", "D").lower()
    tokens = [t for t in _NON_ALNUM.split(s) if t]
    folded = []
    for t in tokens:
        t = t.replace("x", "ks").replace("w", "v").replace("j", "i").replace("y", "i")
        folded.append(t.replace("ii", "i"))
    return " ".join(folded)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words (a surname and its slip, two spellings of one
    given name): shared by the people stage and event identity so both count alike."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def entity_id(canonical: str) -> str:
    """A person id stable across documents: ``p:`` + a short hash of the folded name."""
    digest = hashlib.sha1(fold_name(canonical).encode("utf-8")).hexdigest()
    return "p:" + digest[:12]


@dataclass(frozen=True, slots=True)
class _LangRules:
    """How one language writes Russian names, compiled once."""

    pattern: re.Pattern[str] | None
    replacements: dict[str, str]
    markers: tuple[str, ...]
    surname_endings: tuple[str, ...]


class NameCanonicalizer(_NameOrigins):
    """Turns a person name as written into the record's canonical Latin form.

    Built once per :class:`Registry` (tables compiled on the instance); pure and
    picklable afterwards.
    """

    def __init__(self, registry: Registry) -> None:
        table = registry.table("names", "translit")
        self._cyr: dict[str, str] = {str(k): str(v) for k, v in table["cyrillic"].items()}
        self._ye_after = str(table.get("cyrillic_ye_after", ""))
        endings = {str(k): str(v) for k, v in (table.get("cyrillic_endings") or {}).items()}
        self._cyr_endings = sorted(endings.items(), key=lambda kv: -len(kv[0]))
        self._latin_extra: dict[str, str] = {
            str(k): str(v) for k, v in (table.get("latin_extra") or {}).items()
        }
        self._patronymic = tuple(str(s) for s in table.get("patronymic_suffixes") or ())
        self._patronymic_min = int(table.get("patronymic_min_length", 6))
        self._suffixes = frozenset(str(x) for x in table.get("generational_suffixes") or ())
        self._patronymic_loose = tuple(
            str(x) for x in table.get("patronymic_suffixes_after_given") or ()
        )
        self._patronymic_oblique: tuple[str, ...] = tuple(
            sorted(
                {
                    str(stem) + str(e)
                    for stem, ends in (table.get("patronymic_oblique") or {}).items()
                    for e in ends or ()
                },
                key=len,
                reverse=True,
            )
        )
        self._given: dict[str, str] = {}
        for canon, variants in (table.get("given_names") or {}).items():
            for form in [canon, *(variants or [])]:
                self._given.setdefault(self._key(str(form)), str(canon))
        self._given_ru: dict[str, str] = {
            self._key(str(form)): str(canon)
            for canon, forms in (table.get("given_names_if_russian") or {}).items()
            for form in forms or ()
        }
        self._vi_from_ru: dict[str, str] = {
            str(k).lower(): str(v) for k, v in (table.get("vi_from_ru") or {}).items()
        }
        self._vi_family = frozenset(str(s).lower() for s in table.get("vi_family_names") or ())
        self._vi_syllables = (
            frozenset(v.lower() for v in self._vi_from_ru.values()) | self._vi_family
        )
        self._vi_oblique: list[tuple[str, tuple[str, ...]]] = sorted(
            (
                (str(k).lower(), tuple(str(x) for x in (v or [""])))
                for k, v in (table.get("vi_oblique") or {}).items()
            ),
            key=lambda kv: -len(kv[0]),
        )
        self._vi_fold = str.maketrans(
            {str(k): str(v) for k, v in (table.get("vi_cyrillic_fold") or {}).items()}
        )
        rules = table.get("vi_from_ru_rules") or {}
        self._vi_rules: dict[str, list[tuple[str, str]]] = {
            part: [(str(a), str(b)) for a, b in rules.get(part) or ()]
            for part in ("initial", "final", "inner")
        }
        self._palladius = self._palladius_syllables(table)
        origins = registry.table("names", "origins")
        self._origin_rules: list[
            tuple[tuple[str, ...], frozenset[str], frozenset[str], tuple[str, ...]]
        ] = []
        for rule in origins.get("origins") or ():
            self._origin_rules.append(
                (
                    tuple(str(c) for c in rule.get("countries") or ()),
                    frozenset(self._key(str(f)) for f in rule.get("family_first") or ()),
                    frozenset(self._key(str(f)) for f in rule.get("given") or ()),
                    tuple(str(e).lower() for e in rule.get("surname_endings") or ()),
                )
            )
        # given names of European and American customs: a weaker hint, asked apart
        self._given_hints: list[tuple[tuple[str, ...], frozenset[str]]] = [
            (
                tuple(str(c) for c in rule.get("countries") or ()),
                frozenset(self._key(str(f)) for f in rule.get("given_names") or ()),
            )
            for rule in origins.get("origins") or ()
            if rule.get("given_names")
        ]
        cjk = registry.table("names", "cjk")
        self._pinyin = frozenset(str(x) for x in cjk.get("pinyin_syllables") or ())
        self._romaji = frozenset(str(x) for x in cjk.get("ja_romaji_syllables") or ())
        self._pinyin_words = frozenset(str(x) for x in cjk.get("pinyin_family_also_words") or ())
        self._zh_family = frozenset(
            self._key(str(f))
            for rule in origins.get("origins") or ()
            if "CN" in (rule.get("countries") or ())
            for f in rule.get("family_first") or ()
        )
        self._lang_countries: dict[str, tuple[str, ...]] = {
            str(k): tuple(str(c) for c in v or ())
            for k, v in (origins.get("languages") or {}).items()
        }
        self._historical = frozenset(fold_name(str(n)) for n in origins.get("historical") or ())
        self._lang: dict[str, _LangRules] = {}
        self._own_cyr: dict[str, _OwnCyrillic] = {}
        for code, data in registry.each_lang("names"):
            self._lang[code] = self._compile_lang(data)
            if data.get("cyrillic"):
                self._own_cyr[code] = _OwnCyrillic(
                    {str(k): str(v) for k, v in data["cyrillic"].items()},
                    {str(k): str(v) for k, v in (data.get("cyrillic_initial") or {}).items()},
                    {str(k): str(v) for k, v in (data.get("cyrillic_pairs") or {}).items()},
                )
        ru = registry.lang("ru", "names")
        self._given_oblique: list[tuple[str, tuple[str, ...]]] = sorted(
            (
                (str(k), tuple(str(x) for x in (v or [""])))
                for k, v in (ru.get("given_oblique") or {}).items()
            ),
            key=lambda kv: -len(kv[0]),
        )
        self._surname_oblique: list[tuple[re.Pattern[str], str]] = [
            (re.compile(str(p)), str(r)) for p, r in ru.get("surname_oblique") or ()
        ]
        self._surname_cases: dict[tuple[str, str], list[tuple[re.Pattern[str], str]]] = {}
        for gender, by_ending in (ru.get("surname_cases") or {}).items():
            for ending, rules in (by_ending or {}).items():
                self._surname_cases[(str(gender), str(ending))] = [
                    (re.compile(str(p)), str(r)) for p, r in rules or ()
                ]
        self._masculine_in_a = frozenset(str(n).lower() for n in ru.get("masculine_in_a") or ())
        self._fixed: dict[str, str] = {
            " ".join(str(f).lower().split()): str(canon)
            for canon, forms in (table.get("fixed_names") or {}).items()
            for f in forms or ()
        }
        self._cache: dict[tuple[str, str | None, str | None], str] = {}
        self._cjk = CjkReader(registry)
        self._registry = registry
        self._abugida_tables: dict[str, Table] = {}
        self._starts: dict[str, str] = {}

    # -- public ----------------------------------------------------------------------
    def canonical(self, name: str, lang: str | None, hint_country: str | None = None) -> str:
        """The canonical Latin form of ``name``; never raises, output is ASCII."""
        key = (name, lang, hint_country)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._canonical(name, lang, hint_country)
            if len(self._cache) < 50_000:
                self._cache[key] = hit
        return hit

    def cjk(self) -> CjkReader:
        """The reader of names in Han characters, kana and Hangul."""
        return self._cjk

    @_memoised
    def entity_id(self, canonical: str) -> str:
        return entity_id(canonical)

    def is_given(self, token: str) -> bool:
        """A listed given name in any spelling or Russian case form ("Сергеем", "Alexeï")."""
        return self._is_given(token)

    def is_given_if_russian(self, token: str) -> bool:
        """A spelling that is the Russian given name only when a Russian surname follows."""
        return self._key(token) in self._given_ru

    @_memoised
    def is_historical(self, canonical: str) -> bool:
        """A figure of history (a late leader) rather than a living participant; also a
        run of words ending in the full name of one ("Vien Ho Chi Minh", the institute
        named after him): no living person's name ends in three words of a figure's."""
        folded = fold_name(canonical)
        if folded in self._historical:
            return True
        words = folded.split()
        return len(words) >= 4 and " ".join(words[-3:]) in self._historical

    def short_forms(self, canonical: str) -> list[str]:
        """How a later mention may shorten the name (surname; Vietnamese given name)."""
        tokens = canonical.split()
        if len(tokens) >= 3 and tokens[-1] in self._suffixes:
            tokens = tokens[:-1]  # "Edmund G. Brown Jr" is shortened to "Brown"
        if len(tokens) < 2:
            return []
        return [tokens[-1]]

    def given_variants(self) -> dict[str, str]:
        """Folded spelling -> canonical given name (read-only view for other stages)."""
        return dict(self._given)

    # -- steps -----------------------------------------------------------------------
    def _canonical(self, name: str, lang: str | None, hint: str | None) -> str:
        if THAI_LAO.search(name):
            return self._finish(self._abugida(name))
        if has_cjk(name):
            if lang not in ("ja", "ko") and self._cjk.is_transcription(name, hint):
                # a Russian name in Chinese characters: back to Cyrillic, then the
                # Russian rules ("索洛多夫" -> "Солодов" -> "Solodov")
                read_back = self._cjk.transcribed(name)
                if read_back:
                    return self._canonical(read_back, "ru", "RU")
            return self._finish(self._cjk.read(name, lang, hint))
        tokens = self._tokens(name)
        if not tokens:
            return ""
        fixed = self._fixed.get(" ".join(tokens).lower())
        if fixed is not None:
            return fixed
        if self.given_first_chinese(tokens):
            tokens = [tokens[1], tokens[0]]  # "Shougang Sun" is Sun Shougang
        cyrillic = any(_CYRILLIC.search(t) for t in tokens)
        if cyrillic:
            vi = self._cyrillic_vietnamese(tokens, hint)
            if vi is not None:
                return " ".join(vi)
            zh = self._chinese_from_cyrillic(tokens)
            if zh is not None:
                return " ".join(zh)
        tokens = self._drop_patronymic(tokens)
        own = self._own_cyr.get(lang or "") if cyrillic else None
        if own is not None:
            # the language's own romanisation: "Олег Бойчук" in Ukrainian is Oleh Boichuk
            # a spelling that folds to a listed given name takes its canonical form,
            # so the output stays a fixed point ("Iryna" folds to "Irina")
            spelled = [own.word(t) for t in self._nominative(tokens)]
            out = [self._given.get(self._key(r), r) for r in spelled]
        elif cyrillic:
            tokens = self._nominative(tokens)
            out = [self._given_or(t, self._translit_cyr) for t in tokens]
        else:
            rules = self._lang.get(lang or "")
            russian = rules is not None and self._looks_russian(tokens, rules, hint)
            # one token in the language's spelling ("Witali") marks the whole name
            marked = rules is not None and any(
                m in t.lower() for t in tokens for m in rules.markers
            )
            out = []
            ru_surname = len(tokens) >= 2 and self._surname_looks_russian(tokens[-1], rules)
            for n, t in enumerate(tokens):
                given = self._given.get(self._key(t))
                if given is None and n == 0 and (ru_surname or (hint or "").upper() == "RU"):
                    given = self._given_ru.get(self._key(t))
                if given is not None:
                    out.append(given)
                elif russian and rules is not None:
                    read = self._apply_lang(t, rules, marked)
                    out.append(self._given.get(self._key(read), read))
                else:
                    out.append(t)
        return self._finish(out)

    def _abugida(self, name: str) -> list[str]:
        """A name in Thai or Lao script, word by word, by its script's table."""
        lao = re.search(r"[\u0E81-\u0EDF]", name) is not None
        code = "lo" if lao else "th"
        if code not in self._abugida_tables:
            data = self._registry.lang(code, "titles")
            own = data.get("romanisation") or {}
            self._abugida_tables[code] = compile_table(own)
            if zh := data.get("romanisation_chinese"):
                # the script's letters as its transcription of Mandarin (ก g, ต d, ัว uo)
                merged = {**own, **{k: {**(own.get(k) or {}), **v} for k, v in zh.items()}}
                self._abugida_tables[f"{code}:zh"] = compile_table(merged)
        words = name.split()
        own_read = [romanise(w, self._abugida_tables[code]) for w in words]
        zh_table = self._abugida_tables.get(f"{code}:zh")
        if zh_table is not None and len(words) >= 2:
            # a Chinese name written in the script, family name first ("กัว โหย่งหาง"):
            # a listed family name, then words that are runs of pinyin syllables
            read = [romanise(w, zh_table) for w in words]
            if self.is_pinyin_family(read[0].capitalize()) and all(
                map(self.pinyin_count, read[1:])
            ):
                return read
        return own_read

    @staticmethod
    def _tokens(name: str) -> list[str]:
        out = []
        for raw in name.split():
            t = _EDGE.sub("", raw)
            if any(c.isalpha() for c in t):
                out.append(t)
        if out and len(out[-1]) > 3 and out[-1][-2:] in ("'s", "’s"):
            out[-1] = out[-1][:-2]  # the English possessive: "Nguyen Xuan Phuc's visit"
        return out

    def _finish(self, tokens: list[str]) -> str:
        parts = []
        for t in tokens:
            a = _NOT_NAME_CHARS.sub("", self._ascii(t))
            pieces = [p.strip("'") for p in a.split("-")]
            pieces = [self._cap(p) for p in pieces if any(c.isalpha() for c in p)]
            if not pieces:
                continue
            word = "-".join(pieces)
            if len(word) == 1:
                word += "."
            parts.append(word)
        return " ".join(parts)

    @staticmethod
    def _cap(part: str) -> str:
        part = part[:1].upper() + part[1:]
        if part.isupper() and len(part) > 1:
            part = part[:1] + part[1:].lower()
        return part

    @_memoised
    def _ascii(self, text: str) -> str:
        mapped = "".join(self._latin_extra.get(c, c) for c in text)
        if _CYRILLIC.search(mapped):
            mapped = self._translit_cyr(mapped)
        out = _strip_marks(mapped).replace("’", "'")
        return out.encode("ascii", "ignore").decode("ascii")

    @_memoised
    def _key(self, token: str) -> str:
        """Fold for table look-ups: any script, case, marks and x/w/j/y variants."""
        low = _strip_marks(self._ascii_basic(token)).lower()
        low = "".join(c for c in low if c.isalpha())
        low = low.replace("x", "ks").replace("w", "v").replace("j", "i").replace("y", "i")
        return low.replace("ii", "i")

    def _ascii_basic(self, token: str) -> str:
        return "".join(self._latin_extra.get(c, c) for c in token)

    def _given_or(self, token: str, fallback: object) -> str:
        given = self._given.get(self._key(token))
        if given is not None:
            return given
        assert callable(fallback)
        result: str = fallback(token)
        return result

    # -- patronymics and order -----------------------------------------------------------
    @_memoised
    def is_given_and_patronymic(self, canon: str) -> bool:
        """ "Gennady Stepanovich": a given name and a patronymic, the Russian polite
        address, which names no surname (the canonical form keeps both words)."""
        tokens = canon.split()
        if len(tokens) != 2 or not self._is_given(tokens[0]):
            return False
        # the patronymic is made of a father's given name ("Stepan-ovich"); a surname
        # that only ends like one ("Myasnikovich", "Vassoevich") is not
        low = tokens[1].lower()
        loose = next((e for e in self._patronymic_loose if low.endswith(e)), None)
        if loose is not None and len(low) - len(loose) >= 5:
            # "Vyacheslav Gennadievic": a patronymic spelled without its final "h", of a
            # father's name of five letters or more (a short stem is a South Slavic
            # surname more often: "Ivan Petrovic")
            stem = tokens[1][: -len(loose)]
            return any(self._is_given(stem + end) for end in ("", "y", "i", "a", "ya"))
        m = _PATRONYMIC_SUFFIX.search(low)
        if m is None or not self._is_patronymic(tokens[1]):
            return False
        stem = tokens[1][: m.start()]
        return any(self._is_given(stem + end) for end in ("", "y", "i", "a", "ya"))

    def _is_patronymic(self, token: str) -> bool:
        low = token.lower()
        return len(low) >= self._patronymic_min and (
            low.endswith(self._patronymic) or low.endswith(self._patronymic_oblique)
        )

    def _is_given(self, token: str) -> bool:
        if self._key(token) in self._given:
            return True
        return any(self._key(c) in self._given for c in self._oblique_candidates(token))

    def _drop_patronymic(self, tokens: list[str]) -> list[str]:
        """Given + patronymic + surname, or surname + given + patronymic -> given + surname."""
        for _ in range(len(tokens)):
            before = tokens
            loose = bool(self._patronymic_loose) and tokens[-1].lower().endswith(
                self._patronymic_loose
            )
            if (
                len(tokens) == 3
                and (self._is_patronymic(tokens[2]) or loose)
                and not self._is_patronymic(tokens[1])
                and self._is_given(tokens[1])
            ):
                tokens = [tokens[1], tokens[0]]
            middle = [t for t in tokens[1:-1] if not self._is_patronymic(t)]
            if len(tokens) >= 3:
                tokens = [tokens[0], *middle, tokens[-1]]
            if tokens == before:
                break
        return tokens

    # -- other Latin transliterations -------------------------------------------------------
    @staticmethod
    def _compile_lang(data: dict[str, object]) -> _LangRules:
        rules = data.get("russian_rules") or []
        assert isinstance(rules, list)
        repl: dict[str, str] = {}
        alts: list[str] = []
        for src, dst in rules:
            src = str(src)
            anchored = src.endswith("$")
            bare = src[:-1] if anchored else src
            repl[bare + ("$" if anchored else "")] = str(dst)
            alts.append((re.escape(bare) + r"(?=$)") if anchored else re.escape(bare))
        alts.sort(key=lambda a: -len(a.replace("(?=$)", "")))
        markers = data.get("russian_markers") or []
        endings = data.get("russian_surname_endings") or []
        assert isinstance(markers, list) and isinstance(endings, list)
        return _LangRules(
            pattern=re.compile("|".join(alts)) if alts else None,
            replacements=repl,
            markers=tuple(str(m) for m in markers),
            surname_endings=tuple(str(e) for e in endings),
        )

    @staticmethod
    def _surname_looks_russian(token: str, rules: _LangRules | None) -> bool:
        low = token.lower()
        return rules is not None and len(low) > 4 and low.endswith(rules.surname_endings)

    def _looks_russian(self, tokens: list[str], rules: _LangRules, hint: str | None) -> bool:
        if (hint or "").upper() in ("RU", "BY"):
            return True
        if any(self._key(t) in self._given for t in tokens[:-1]):
            return True
        if self._key(tokens[0]) in self._zh_family:
            # a Chinese family name first: "Jianmin" ends like "Putin" but is pinyin, whose
            # "j" is not the German or Polish spelling of a Russian "й"
            return False
        last = tokens[-1].lower()
        return len(tokens) >= 2 and last.endswith(rules.surname_endings) and len(last) > 4

    def _apply_lang(self, token: str, rules: _LangRules, marked: bool = False) -> str:
        low = token.lower()
        if rules.pattern is None or not (marked or any(m in low for m in rules.markers)):
            return token
        pattern, repl = rules.pattern, rules.replacements

        def sub(m: re.Match[str]) -> str:
            s = m.group(0)
            if (s + "$") in repl:
                if m.end() == len(low):
                    return repl[s + "$"]
                return "".join(repl.get(c, c) for c in s)
            return repl.get(s, s)

        out = pattern.sub(sub, low)
        return out[:1].upper() + out[1:]
