"""Reading Japanese names: kanji through MeCab and Sudachi, kana letter by letter.

Split from ``_names_cjk`` by job: :class:`~diplograph._names_cjk.CjkReader` decides which
reading a name in an East Asian script takes; this mixin holds the Japanese ones it calls
on (and the katakana spellings of Vietnamese and Korean names). Reading Han characters
needs a dictionary: Japanese names go through MeCab with UniDic-lite (``fugashi``), which
splits family and given name and gives their kana reading (compared with ``pykakasi``
and ``cutlet``: same readings on our test names, but ``pykakasi`` costs 1.2 s and 135 MB
to load where fugashi costs 0.05 s and memory-mapped pages; ``cutlet`` is fugashi plus a
romaniser we do not need). UniDic-lite knows common given names but gives one reading
and splits rarer ones ("嗣政" as ツグ + セイ, "柳居" not a family name), so a person name
is also read with Sudachi's core dictionary (``sudachipy``), which lists more person
names: on 33 governors' names, UniDic gave 10 readings that are not the person's own,
Sudachi 5, ``pykakasi`` 8 (and split "林和正" as 林和 + 正), JMnedict (``jamdict-data``)
knows listed persons whole ("福田富一" Tomikazu) but is a 325 MB database unpacked by an
install hook. Sudachi's reading is taken when it reads the whole name as a family name
and given names; UniDic's otherwise. The dictionaries are imported on first use. The
script patterns shared with the reader live here, the lower of the two modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_HAN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]")
_KANA = re.compile(r"[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]")
_NOT_LOWER_LATIN = re.compile(r"[^a-z]")
_KATAKANA_WORD = re.compile(r"[\u30A1-\u30FA\u30FC]{3,}")
_SEPARATORS = re.compile(r"[\s・·•‧\u30FB\uFF65=＝]+")
# A Japanese name's reading in kana right after it, family then given name:
# "福田 富一(ふくだ とみかず)". Newspapers print it where the kanji read several ways.
_KANA_READING = re.compile(
    r"[ \t\u3000]*[(（][ \t\u3000]*([\u3041-\u3096\u30A1-\u30FAー]+)[ \t\u3000・]+"
    r"([\u3041-\u3096\u30A1-\u30FAー]+)[ \t\u3000]*[)）]"
)


class _JapaneseReadings:
    """The Japanese readings of :class:`~diplograph._names_cjk.CjkReader` (a mixin).

    The tables below are compiled from ``data/names/cjk.yaml`` by the reader's
    constructor; ``_korean`` is its reading of Hangul.
    """

    _zh_surnames: frozenset[str]
    _zh_compound: frozenset[str]
    _ja_long: list[tuple[str, str]]
    _ja_final: list[tuple[str, str]]
    _ja_before_rx: list[re.Pattern[str]]
    _ja_vi_family: dict[str, str]
    _ja_vi: dict[str, str]
    _ja_ko_family: dict[str, str]
    _ja_ko: dict[str, str]
    _ja_forms: dict[str, str]
    _tagger: Any
    _sudachi: Any
    _korean: Callable[[str], list[str]]

    def ja_form(self, name: str) -> str:
        """``name`` with the Japanese forms of characters a Chinese text writes its own way
        ("稻嶺惠一" -> "稲嶺恵一"), so that UniDic knows them."""
        return "".join(self._ja_forms.get(c, c) for c in name)

    def is_japanese_name(self, run: str) -> bool:
        """A run of three to five Han characters that UniDic reads as a Japanese name: it
        starts with a family name of two characters or more ("島田教明", "金子原二郎").
        A Chinese name has a one-character family name (or a listed two-character one)."""
        if not 3 <= len(run) <= 5 or not all(_HAN.match(c) for c in run):
            return False
        if run[:2] in self._zh_compound:
            return False
        tokens = self.ja_tokens(self.ja_form(run))
        return bool(tokens) and tokens[0][1] == "姓" and len(tokens[0][0]) >= 2

    def ja_name_span(self, text: str) -> tuple[int, int] | None:
        """The person name MeCab finds at the end of ``text`` (family + given name)."""
        tokens = self.ja_tokens(text)
        if not tokens:
            return None
        end = len(text)
        # the name must end exactly where the text ends
        pos = 0
        spans: list[tuple[int, int, str]] = []
        for surface, kind, _reading in tokens:
            at = text.find(surface, pos)
            if at < 0:
                return None
            spans.append((at, at + len(surface), kind))
            pos = at + len(surface)
        if not spans or spans[-1][1] != end:
            return None
        start = None
        for a, _b, kind in reversed(spans):
            if kind in ("姓", "名"):
                start = a
            else:
                break
        if start is None:
            return None
        return start, end

    def printed_reading(self, text: str, end: int) -> list[str]:
        """The reading printed in kana right after a name ending at ``end`` ("福田 富一(ふくだ
        とみかず)"): given name first, as :meth:`read` gives it; ``[]`` when there is none.
        It decides between the readings of the kanji ("富一" is Tomikazu there, not the
        dictionary's Tomiichi)."""
        m = _KANA_READING.match(text, end)
        if m is None:
            return []
        words = [self._kana_latin(m.group(2)), self._kana_latin(m.group(1))]
        return words if all(words) else []

    def _reads_japanese(self, name: str, country: str | None) -> bool:
        """In a Japanese article, a name is read as Japanese unless its country is China or
        Taiwan and it starts with a one-character Chinese family name ("劉国中"); "大石賢吾"
        (a two-character family name) stays Japanese whatever the place nearby. A name
        starting with a Chinese family name in which UniDic reads no Japanese given name
        is Chinese wherever it stands."""
        chars = "".join(_SEPARATORS.split(name))
        tokens = self.ja_tokens(chars)
        chinese = chars[:1] in self._zh_surnames or chars[:2] in self._zh_compound
        if len(tokens) == 1 and tokens[0][1] == "姓" and len(chars) >= 2:
            return True  # a Japanese family name alone ("高橋知事")
        if self._sudachi_family2(chars) and self._sudachi_japanese(chars):
            return True  # a two-character family name Sudachi knows ("柳居俊学")
        if chinese and not any(k == "名" for _s, k, _r in tokens):
            return False  # UniDic reads no given name in it: "劉国中"
        if (country or "JP") not in ("CN", "TW", "HK", "MO"):
            return True
        family = [s for s, k, _r in tokens if k == "姓"]
        if family and len(family[0]) >= 2:
            return True
        return not (chars[:1] in self._zh_surnames or chars[:2] in self._zh_compound)

    def _vietnamese_katakana(self, name: str) -> list[str]:
        """A Vietnamese name in katakana ("ファム・ミン・チン"): every part a listed syllable."""
        parts = [p for p in _SEPARATORS.split(name) if p]
        if len(parts) < 2 or parts[0] not in self._ja_vi_family:
            return []
        rest = [self._ja_vi.get(p) for p in parts[1:]]
        if any(r is None for r in rest):
            return []
        return [self._ja_vi_family[parts[0]], *(str(r) for r in rest)]

    def _korean_katakana(self, name: str, country: str | None) -> list[str]:
        """A Korean name in katakana ("オ・ヨンフン" 오영훈): a listed family name, a dot, then
        given-name syllables from the table (one or two), read as the Hangul they stand for;
        ``[]`` unless all is listed, or when the name's country is known and not Korea."""
        if (country or "KR").upper() not in ("KR", "KP"):
            return []
        parts = [p for p in _SEPARATORS.split(name) if p]
        if len(parts) != 2 or parts[0] not in self._ja_ko_family:
            return []
        hangul, rest = "", parts[1]
        while rest:
            head = next(
                (k for k in sorted(self._ja_ko, key=len, reverse=True) if rest.startswith(k)), None
            )
            if head is None:
                return []
            hangul += self._ja_ko[head]
            rest = rest[len(head) :]
        if not 1 <= len(hangul) <= 2:
            return []
        return self._korean(self._ja_ko_family[parts[0]] + hangul)

    def ja_tokens(self, text: str) -> list[tuple[str, str, str]]:
        if self._tagger is None:
            import fugashi

            self._tagger = fugashi.Tagger()
        out: list[tuple[str, str, str]] = []
        for w in self._tagger(text):
            f = w.feature
            kind = f.pos4 if f.pos2 == "固有名詞" and f.pos3 == "人名" else ""
            out.append((str(w.surface), str(kind), str(f.kana or "")))
        return out

    def ja_person_tokens(self, text: str) -> list[tuple[str, str, str]]:
        """Sudachi's (surface, 姓/名/接尾辞/"", katakana reading) of ``text``."""
        if self._sudachi is None:
            from sudachipy import Dictionary

            self._sudachi = Dictionary().tokenizer()
        out: list[tuple[str, str, str]] = []
        for m in self._sudachi.tokenize(text):
            pos = m.part_of_speech()
            kind = pos[3] if pos[1] == "固有名詞" and pos[2] == "人名" else ""
            if pos[0] == "接尾辞":
                kind = "接尾辞"
            out.append((str(m.surface()), str(kind), str(m.reading_form())))
        return out

    def ja_surname_only(self, name: str) -> bool:
        """A family name alone: one word of katakana (a foreigner's surname) or two or
        three Han characters that UniDic reads as one family name ("大石")."""
        if _KATAKANA_WORD.fullmatch(name):
            return True
        if not 2 <= len(name) <= 3 or not all(_HAN.match(c) for c in name):
            return False
        tokens = self.ja_tokens(name)
        return len(tokens) == 1 and tokens[0][1] == "姓"

    def ja_full_name_span(self, text: str) -> tuple[int, int] | None:
        """The name ending ``text``: UniDic's, or Sudachi's when it starts earlier (UniDic
        reads "柳居健太" as 柳 + 居 + the given name 健太)."""
        unidic = self.ja_name_span(text)
        if unidic is not None and unidic[0] == 0:
            return unidic
        sudachi = self.ja_person_span(text)
        if sudachi is not None and (unidic is None or sudachi[0] < unidic[0]):
            return sudachi
        return unidic

    def ja_person_span(self, text: str) -> tuple[int, int] | None:
        """A family name and one to three Han characters of given name ending ``text``
        as Sudachi reads it ("村岡嗣政", "柳居俊学": UniDic knows neither whole)."""
        tokens = self.ja_person_tokens(text)
        pos, spans = 0, []
        for surface, kind, _r in tokens:
            spans.append((pos, pos + len(surface), kind))
            pos += len(surface)
        if pos != len(text):
            return None
        for i in range(len(spans) - 1, -1, -1):
            a, b, kind = spans[i]
            if kind != "姓":
                continue
            if a > 0 and _HAN.match(text[a - 1]):
                return None  # the family name must start a word ("周祖翼" is not 祖翼)
            given = text[b:]
            rest = [k for _a, _b, k in spans[i + 1 :]]
            han = 1 <= len(given) <= 3 and all(_HAN.match(c) for c in given)
            if han and "名" in rest and all(k in ("名", "接尾辞", "") for k in rest):
                return a, len(text)
            return None
        return None

    def _sudachi_family2(self, chars: str) -> bool:
        """Sudachi reads a family name of two characters or more at the start."""
        tokens = self.ja_person_tokens(chars)
        return bool(tokens) and tokens[0][1] == "姓" and len(tokens[0][0]) >= 2

    def _sudachi_japanese(self, chars: str) -> list[str]:
        """Given name and family name by Sudachi, when it reads ``chars`` whole as a family
        name (first) and given-name tokens (a suffix-like last character allowed)."""
        tokens = self.ja_person_tokens(chars)
        if not tokens or tokens[0][1] != "姓" or not any(k == "名" for _s, k, _r in tokens):
            return []
        if any(k not in ("姓", "名", "接尾辞") for _s, k, _r in tokens):
            return []
        if [k for _s, k, _r in tokens].count("姓") != 1:
            return []
        family = tokens[0][2]
        given = "".join(r for _s, _k, r in tokens[1:])
        words = [self._kana_latin(given), self._kana_latin(family)]
        return [w for w in words if w] if all(words) else []

    def _japanese(self, name: str) -> list[str]:
        sudachi = self._sudachi_japanese("".join(_SEPARATORS.split(name)))
        if sudachi:
            return sudachi
        tokens = self.ja_tokens("".join(_SEPARATORS.split(name)))
        family = [r for _s, k, r in tokens if k == "姓" and r]
        given = [r for _s, k, r in tokens if k != "姓" and r]
        if not family and not given:
            return []
        words = [self._kana_latin("".join(given)), self._kana_latin("".join(family))]
        return [w for w in words if w]

    def _katakana(self, name: str) -> list[str]:
        """A foreigner's name in katakana, parts split by "・" (given name first)."""
        parts = [p for p in _SEPARATORS.split(name) if p]
        return [w for w in (self._kana_latin(p, foreign=True) for p in parts) if w]

    def _kana_latin(self, kana: str, foreign: bool = False) -> str:
        import jaconv

        latin = str(jaconv.kana2alphabet(jaconv.kata2hira(kana)))
        if foreign:
            latin = self._drop_epenthetic(latin)
        for src, dst in self._ja_long:
            latin = latin.replace(src, dst)
        latin = _NOT_LOWER_LATIN.sub("", latin.lower())
        return latin.capitalize()

    def _drop_epenthetic(self, latin: str) -> str:
        for src, dst in self._ja_final:
            if latin.endswith(src) and len(latin) > len(src) + 1:
                latin = latin[: -len(src)] + dst
                break
        for rx in self._ja_before_rx:
            latin = rx.sub(r"\1", latin)
        return latin
