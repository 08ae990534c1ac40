"""Reading person names written in Han characters, kana and Hangul into Latin script.

A Japanese article writes "平井伸治", a Chinese one "梁惠玲", a Korean one "오영훈": the
record wants "Shinji Hirai", "Liang Huiling", "Oh Yeong-hun". Reading Han characters
needs a dictionary: Japanese names are read by :mod:`diplograph._names_japanese` (a
mixin of the reader; why MeCab/UniDic and Sudachi is said there). Chinese names go
through ``pypinyin`` with family-name readings from ``data/names/cjk.yaml``; Taiwanese
officials keep the Wade-Giles spelling of their passports. Hangul is romanised letter by
letter (Revised Romanization) from the same data file. Every library is imported on first
use, so documents in other languages never pay for them.
"""

from __future__ import annotations

import re
from typing import Any

from ._names_japanese import _HAN, _KANA, _SEPARATORS, _JapaneseReadings
from ._registry import Registry

_HANGUL = re.compile(r"[\uAC00-\uD7A3]")
# Countries whose officials a Chinese text writes with their own Han characters (read
# as Chinese, Japanese, Korean or Vietnamese names, never as a transcription).
_HAN_NAMED = frozenset({"CN", "TW", "HK", "MO", "SG", "JP", "KR", "KP", "VN"})
# Those whose officials are never written as a dotted transcription either.
_HAN_OWN_NAMES = frozenset({"JP", "KR", "KP", "VN"})


def has_cjk(text: str) -> bool:
    """Whether a name is written (partly) in Han characters, kana or Hangul."""
    return bool(_HAN.search(text) or _KANA.search(text) or _HANGUL.search(text))


class CjkReader(_JapaneseReadings):
    """Reads names in East Asian scripts; tables from data, dictionaries loaded lazily."""

    def __init__(self, registry: Registry) -> None:
        data = registry.table("names", "cjk")
        self._zh_surnames = frozenset(str(s) for s in data.get("zh_surnames") or ())
        self._zh_compound = frozenset(str(s) for s in data.get("zh_compound_surnames") or ())
        self._zh_readings = {
            str(k): str(v) for k, v in (data.get("zh_surname_readings") or {}).items()
        }
        wg = data.get("wade_giles") or {}
        self._wg_whole = {str(k): str(v) for k, v in (wg.get("whole") or {}).items()}
        self._wg_initials = sorted(
            ((str(k), str(v)) for k, v in (wg.get("initials") or {}).items()),
            key=lambda kv: -len(kv[0]),
        )
        self._wg_finals = {str(k): str(v) for k, v in (wg.get("finals") or {}).items()}
        self._wg_keep_uo = frozenset(str(s) for s in data.get("wade_giles_keep_uo_after") or ())
        self._wg_uei = frozenset(str(s) for s in data.get("wade_giles_uei_after") or ())
        self._ja_long = [(str(k), str(v)) for k, v in (data.get("ja_long_vowels") or {}).items()]
        ep = data.get("ja_epenthetic") or {}
        self._ja_final = sorted(
            ((str(k), str(v)) for k, v in (ep.get("final") or {}).items()),
            key=lambda kv: -len(kv[0]),
        )
        self._ja_before = sorted((str(s) for s in ep.get("before_consonant") or ()), key=len)[::-1]
        # compiled once here: ``re.sub`` of a string recompiles when evicted from re's cache
        self._ja_before_rx = [
            re.compile(
                rf"(?<=[aeiou])({re.escape(syl[:-1])}){re.escape(syl[-1])}(?=[bcdfghjkmnprstvz])"
            )
            for syl in self._ja_before
        ]
        self._ko_i = [str(x) for x in data.get("ko_initials") or ()]
        self._ko_m = [str(x) for x in data.get("ko_medials") or ()]
        self._ko_f = [str(x) for x in data.get("ko_finals") or ()]
        self._ko_surnames = {str(k): str(v) for k, v in (data.get("ko_surnames") or {}).items()}
        self._ko_compound = frozenset(str(s) for s in data.get("ko_compound_surnames") or ())
        self._ko_family = frozenset(str(s) for s in data.get("ko_family_names") or ())
        self._ko_ja = {str(k): str(v) for k, v in (data.get("ko_ja_syllables") or {}).items()}
        self._ja_vi_family = {str(k): str(v) for k, v in (data.get("ja_vi_family") or {}).items()}
        self._ja_vi = {str(k): str(v) for k, v in (data.get("ja_vi_syllables") or {}).items()}
        self._ko_given = {str(k): str(v) for k, v in (data.get("ko_given_customary") or {}).items()}
        self._ko_vi_family = {str(k): str(v) for k, v in (data.get("ko_vi_family") or {}).items()}
        self._ko_vi = {str(k): str(v) for k, v in (data.get("ko_vi_syllables") or {}).items()}
        self._ja_ko_family = {str(k): str(v) for k, v in (data.get("ja_ko_family") or {}).items()}
        self._ja_ko = {str(k): str(v) for k, v in (data.get("ja_ko_syllables") or {}).items()}
        self._vi_han_family = {str(k): str(v) for k, v in (data.get("vi_han_family") or {}).items()}
        self._vi_han = {str(k): str(v) for k, v in (data.get("vi_han_syllables") or {}).items()}
        self._ja_forms = {str(k): str(v) for k, v in (data.get("ja_kanji_forms") or {}).items()}
        ru = registry.table("names", "han_russian")
        self._ru_syl = {str(k): str(v) for k, v in (ru.get("syllables") or {}).items()}
        self._ru_ya = frozenset(str(c) for c in ru.get("ya_chars") or ())
        self._ru_ends = frozenset(str(c) for c in ru.get("ends") or ())
        self._ru_given = {str(k): str(v) for k, v in (ru.get("given") or {}).items()}
        self._ru_fixed = {str(k): str(v) for k, v in (ru.get("fixed") or {}).items()}
        self._ru_country = str(ru.get("default_country") or "") or None
        self._tagger: Any = None
        self._sudachi: Any = None
        self._pinyin: Any = None

    def __getstate__(self) -> dict[str, Any]:
        state = {k: getattr(self, k) for k in self.__dict__}
        state["_tagger"] = None  # a MeCab handle does not pickle; it is rebuilt on use
        state["_sudachi"] = None
        state["_pinyin"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    # -- what a run of characters is ------------------------------------------------------
    def zh_name_length(self, run: str) -> int:
        """Characters of ``run``'s start that make a Chinese name (0: it starts with none).

        A family name from the closed list, then one or two given-name characters; the
        caller says how many characters are available.
        """
        if len(run) >= 3 and run[:2] in self._zh_compound:
            return min(len(run), 4)
        if run[:1] in self._zh_surnames and len(run) >= 2:
            return min(len(run), 3)
        return 0

    def is_ko_name(self, word: str) -> bool:
        """A Hangul word that reads as a Korean name: a family name, one or two syllables."""
        if word[:2] in self._ko_compound and word[:2] in self._ko_family:
            return 3 <= len(word) <= 4
        return word[:1] in self._ko_family and 2 <= len(word) <= 3

    def han_country(self, name: str, doc_countries: set[str]) -> str | None:
        """A Chinese-named official in an article that names exactly one of the places
        whose officials bear Chinese names (mainland China, Taiwan, Hong Kong, Macau)."""
        if not _HAN.search(name) or _KANA.search(name):
            return None
        han = doc_countries & {"CN", "TW", "HK", "MO"}
        if not han and "VN" in doc_countries and self.sino_vietnamese(name):
            return "VN"  # naming Vietnam and no Chinese place: a Vietnamese official
        if not han:
            return "CN"  # a Chinese article naming none of them writes of its own country
        return next(iter(han)) if len(han) == 1 else None

    def script_country(self, name: str, lang: str | None) -> str | None:
        """The country a name's own writing shows: a Japanese name read by its family name
        in a Japanese article, a Korean name in Hangul in a Korean one. Chinese characters
        alone do not tell the mainland from Taiwan, nor kana a foreigner's country."""
        if lang == "ko" and _HANGUL.search(name) and self.is_ko_name(name.strip()):
            return "KR"
        japanese = lang == "ja" and _HAN.search(name) and not _KANA.search(name)
        if japanese and self._sudachi_japanese(name) and self._sudachi_family2(name):
            return "JP"  # a family name only Sudachi knows ("柳居俊学")
        if japanese and any(kind == "姓" for _s, kind, _r in self.ja_tokens(name)):
            # a Chinese name UniDic gives no Japanese given name tells no country
            return "JP" if self._reads_japanese(name, None) else None
        return None

    # -- Russian names transcribed into Chinese characters -------------------------------
    def transcribes(self, ch: str) -> bool:
        """A character of the Russian-Chinese transcription table."""
        return ch in self._ru_syl

    def ends_transcription(self, ch: str) -> bool:
        """A character a transcribed surname ends with ("夫" -ов, "娃" -ова, "科" -ко)."""
        return ch in self._ru_ends

    def is_transcription(self, name: str, country: str | None) -> bool:
        """Whether ``name`` (Han characters) is a Russian name transcribed by syllables.

        Every part must read by the table (or be a listed given name or customary form).
        A dotted name ("弗拉基米尔·索洛多夫") is one unless its country writes its own
        names in Han characters; a name of a country that does not ("林尼克", Consul General
        of Russia) is one; otherwise the name must not read as Chinese (a Chinese family
        name and one or two characters) and must end as a Russian surname does ("普京" is
        a customary form).
        """
        parts = [p for p in _SEPARATORS.split(name) if p]
        chars = "".join(parts)
        if len(chars) < 2 or not all(
            p in self._ru_given or p in self._ru_fixed or all(c in self._ru_syl for c in p)
            for p in parts
        ):
            return False
        home = (country or "").upper()
        if len(parts) >= 2:
            return home not in _HAN_OWN_NAMES
        if home:
            return home not in _HAN_NAMED
        if chars in self._ru_fixed:
            return True
        chinese = chars[:1] in self._zh_surnames or chars[:2] in self._zh_compound
        return chars[-1] in self._ru_ends and (not chinese or len(chars) >= 4)

    def only_transcribing_country(self, doc_countries: set[str]) -> str | None:
        """The country of a transcribed name: the one country named whose officials a
        Chinese text does not write in Han characters; with none named, the country of
        the table (Russia); with several, none."""
        others = doc_countries - _HAN_NAMED
        if not others:
            return self._ru_country
        return next(iter(others)) if len(others) == 1 else None

    def transcribed(self, name: str) -> str | None:
        """The Cyrillic a transcribed name stands for ("索洛多夫" -> "Солодов"): listed given
        names and customary forms whole, other parts syllable by syllable."""
        out: list[str] = []
        for part in (p for p in _SEPARATORS.split(name) if p):
            whole = self._ru_fixed.get(part) or self._ru_given.get(part)
            if whole is not None:
                out.append(whole)
                continue
            word = ""
            for ch in part:
                value = self._ru_syl.get(ch)
                if value is None:
                    return None
                if ch in self._ru_ya and word.endswith("и") and len(word) >= 2:
                    word = word[:-1] + "я"  # 米亚 is мя, one syllable
                else:
                    word += value
            out.append(word[:1].upper() + word[1:])
        return " ".join(out) or None

    def sino_vietnamese(self, name: str) -> list[str]:
        """A Vietnamese name in Chinese characters read by its Sino-Vietnamese syllables
        ("黄文质" Hoang Van Chat); ``[]`` unless every character is listed."""
        chars = [c for c in name if _HAN.match(c)]
        return _family_then_syllables(chars, self._vi_han_family, self._vi_han)

    def is_zh_surname(self, ch: str) -> bool:
        return ch in self._zh_surnames or ch in self._zh_compound

    # -- reading -------------------------------------------------------------------------
    def read(self, name: str, lang: str | None, country: str | None = None) -> list[str]:
        """Latin tokens of ``name`` in the record's order (given name first for Japanese,
        family name first for Chinese and Korean); ``[]`` when it cannot be read."""
        if _HANGUL.search(name):
            if (country or "").upper() == "JP":
                return self._hangul_japanese(name)
            return self._korean(name)
        if _KANA.search(name) and not _HAN.search(name):
            return (
                self._vietnamese_katakana(name)
                or self._korean_katakana(name, country)
                or self._katakana(name)
            )
        if lang == "ja" and self._reads_japanese(name, country):
            return self._japanese(name)
        if lang == "zh" and (country or "").upper() == "VN" and self.sino_vietnamese(name):
            return self.sino_vietnamese(name)  # "黄文质" in a Chinese text: Hoang Van Chat
        if lang == "zh" and (country or "").upper() == "JP":
            return self._japanese(self.ja_form(name))  # "大石贤吾" in a Chinese text
        return self._chinese(name, (country or "").upper() == "TW")

    def _chinese(self, name: str, wade_giles: bool) -> list[str]:
        chars = "".join(ch for ch in name if _HAN.match(ch))
        if len(chars) < 2:
            return []
        if self._pinyin is None:
            from pypinyin import Style, lazy_pinyin

            self._pinyin = (lazy_pinyin, Style.NORMAL)
        lazy, style = self._pinyin
        cut = 2 if chars[:2] in self._zh_compound and len(chars) >= 3 else 1
        family, given = chars[:cut], chars[cut:]
        fam = self._zh_readings.get(family) or "".join(lazy(family, style=style, v_to_u=True))
        syllables = [str(s) for s in lazy(given, style=style, v_to_u=True)]
        if wade_giles:
            fam = self._wade_giles(fam)
            given_latin = "-".join(self._wade_giles(s) for s in syllables)
        else:
            given_latin = "".join(syllables)
        out = [fam.replace("ü", "u").capitalize(), given_latin.replace("ü", "u").capitalize()]
        return [w for w in out if w]

    def _wade_giles(self, syl: str) -> str:
        whole = self._wg_whole.get(syl)
        if whole is not None:
            return whole
        initial, rest = "", syl
        for src, dst in self._wg_initials:
            if syl.startswith(src) and len(syl) > len(src):
                initial, rest = dst, syl[len(src) :]
                src_initial = src
                break
        else:
            src_initial = ""
        if rest == "uo" and src_initial not in self._wg_keep_uo:
            rest = "o"
        elif rest == "ui" and src_initial in self._wg_uei:
            rest = "uei"
        elif rest == "e" and src_initial in ("d", "t", "z", "c", "n", "l", "r"):
            rest = "e"
        else:
            for src, dst in sorted(self._wg_finals.items(), key=lambda kv: -len(kv[0])):
                if rest.endswith(src):
                    rest = rest[: -len(src)] + dst
                    break
        return initial + rest

    def vietnamese_hangul(self, name: str) -> list[str]:
        """A Vietnamese name in Hangul ("응우옌 반 남"): a listed family name, then listed
        syllables, each its own word; ``[]`` otherwise."""
        parts = [p for p in _SEPARATORS.split(name) if p]
        return _family_then_syllables(parts, self._ko_vi_family, self._ko_vi)

    def _korean(self, name: str) -> list[str]:
        vietnamese = self.vietnamese_hangul(name)
        if vietnamese:
            return vietnamese
        parts = [p for p in _SEPARATORS.split(name) if p]
        if len(parts) == 1 and all(_HANGUL.match(c) for c in parts[0]) and 2 <= len(parts[0]) <= 4:
            word = parts[0]
            cut = 2 if word[:2] in self._ko_compound and len(word) >= 3 else 1
            family = self._ko_surnames.get(word[:cut]) or self._ko_word(word[:cut]).capitalize()
            given = "-".join(self._ko_given.get(c) or self._ko_syllable(c) for c in word[cut:])
            return [family, given.capitalize()]
        return [w.capitalize() for w in (self._ko_word(p) for p in parts) if w]

    def _hangul_japanese(self, name: str) -> list[str]:
        """A Japanese name written in Hangul ("고토다 마사즈미"): Korean spells Japanese kana
        by its own table, read back syllable by syllable (ko_ja_syllables overrides RR)."""
        out = []
        for part in (p for p in _SEPARATORS.split(name) if p):
            latin = "".join(self._ko_ja.get(c) or self._ko_syllable(c) for c in part)
            out.append(latin.capitalize())
        return [w for w in out if w]

    def _ko_word(self, word: str) -> str:
        return "".join(self._ko_syllable(c) for c in word if _HANGUL.match(c))

    def _ko_syllable(self, ch: str) -> str:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172 or not self._ko_i:
            return ""
        i, rest = divmod(code, 588)
        m, f = divmod(rest, 28)
        return self._ko_i[i] + self._ko_m[m] + self._ko_f[f]


def _family_then_syllables(
    units: list[str], family: dict[str, str], syllables: dict[str, str]
) -> list[str]:
    """A Vietnamese name of 2-4 units read by two tables: the first unit a listed family
    name, each other a listed syllable; ``[]`` when any is not listed (no partial reading)."""
    if not 2 <= len(units) <= 4 or units[0] not in family:
        return []
    rest = [syllables.get(u) for u in units[1:]]
    if any(r is None for r in rest):
        return []
    return [family[units[0]], *(str(r) for r in rest)]
