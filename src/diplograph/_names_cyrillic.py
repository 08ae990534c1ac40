"""Reading names written in Cyrillic: Russian transcriptions of Vietnamese and Chinese
names, Russian case endings, and Cyrillic romanisation.

Split from ``_names`` by job: ``NameCanonicalizer`` decides what a name is and which
reading applies; this mixin holds the readings of Cyrillic script it calls on, namely
Vietnamese syllables in Russian transcription ("Чан Хонг Ха" -> Tran Hong Ha), Chinese
names in Palladius ("Си Цзиньпин" -> Xi Jinping), the nominative of declined given names
and surnames ("Ирину Савельеву" -> Savelyeva), and letter-by-letter romanisation (the
record's, or a language's own such as Ukrainian's). Kept apart because these are the
largest block of rules and the one place that reads Cyrillic; the tables are compiled by
``NameCanonicalizer.__init__`` and only declared here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_NON_WORDS = re.compile(r"(\W+)")
# Russian vowel groups (with "й"), compiled once: a pattern given to ``re.findall`` as a
# string is compiled again whenever the per-document surname patterns evict it from
# ``re``'s cache.
_VOWEL_GROUPS = re.compile("[аеёиоуыэюяй]+")


@dataclass(frozen=True, slots=True)
class _OwnCyrillic:
    """A language's own Cyrillic romanisation (Ukrainian: г -> h, word-initial є -> ye)."""

    letters: dict[str, str]
    initial: dict[str, str]
    pairs: dict[str, str]

    def word(self, token: str) -> str:
        low = token.lower()
        out: list[str] = []
        i = 0
        at_start = True
        while i < len(low):
            pair = low[i : i + 2]
            if pair in self.pairs:
                out.append(self.pairs[pair])
                i += 2
            else:
                ch = low[i]
                table = self.initial if at_start and ch in self.initial else self.letters
                out.append(table.get(ch, ch))
                i += 1
            at_start = not low[i - 1].isalpha()
        latin = "".join(out)
        return latin[:1].upper() + latin[1:] if token[:1].isupper() else latin


class _CyrillicReadings:
    """The Cyrillic readings of :class:`~diplograph._names.NameCanonicalizer` (a mixin).

    The tables below are compiled from ``data/names/translit.yaml`` and the Russian
    ``names.yaml`` by the canonicaliser's constructor; ``_key`` and ``_is_given`` are its
    table look-ups.
    """

    _cyr: dict[str, str]
    _ye_after: str
    _cyr_endings: list[tuple[str, str]]
    _given: dict[str, str]
    _vi_from_ru: dict[str, str]
    _vi_family: frozenset[str]
    _vi_oblique: list[tuple[str, tuple[str, ...]]]
    _vi_fold: dict[int, str]
    _vi_rules: dict[str, list[tuple[str, str]]]
    _palladius: dict[str, str]
    _zh_family: frozenset[str]
    _given_oblique: list[tuple[str, tuple[str, ...]]]
    _surname_oblique: list[tuple[re.Pattern[str], str]]
    _surname_cases: dict[tuple[str, str], list[tuple[re.Pattern[str], str]]]
    _masculine_in_a: frozenset[str]
    _key: Callable[[str], str]
    _is_given: Callable[[str], bool]

    def _cyrillic_vietnamese(self, tokens: list[str], hint: str | None) -> list[str] | None:
        """The Vietnamese syllables of a Russian transcription, case endings undone.

        Russian declines the first and last syllables of a Vietnamese name
        ("с Нгуеном Мань Куаном"), so a token that is not a syllable itself may
        be one plus a case ending ("Куан" + "ом", "Ха" + "й" -> "Хаем").
        """
        if len(tokens) < 2:
            return None
        out: list[str] = []
        for t in tokens:
            syl = self._vi_syllable(t.lower())
            if syl is None and out and out[0].lower() in self._vi_family:
                syl = self._vi_by_rules(t.lower())
            if syl is None:
                return None
            out.append(syl)
        if out[0].lower() in self._vi_family or (hint or "").upper() == "VN":
            return out
        return None

    def _vi_syllable(self, low: str) -> str | None:
        hit = self._vi_from_ru.get(low)
        if hit is not None:
            return hit
        folded = low.translate(self._vi_fold)
        if folded != low:
            # a Ukrainian spelling of the syllable ("дінь" -> "динь")
            return self._vi_syllable(folded)
        for ending, repl in self._vi_oblique:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                stem = low[: len(low) - len(ending)]
                for r in repl:
                    hit = self._vi_from_ru.get(stem + r)
                    if hit is not None:
                        return hit
        return None

    @staticmethod
    def _palladius_syllables(table: dict[str, Any]) -> dict[str, str]:
        """Every Palladius syllable (Cyrillic) -> its pinyin, from the initial and final tables."""
        data = table.get("palladius") or {}
        palatal = tuple(str(v) for v in table.get("palladius_palatal") or ())
        plain_o = {str(v) for v in table.get("palladius_plain_o_after") or ()}
        out: dict[str, str] = {str(k): str(v) for k, v in (data.get("zero") or {}).items()}
        for ini, latin in (data.get("initials") or {}).items():
            for fin, fl in (data.get("finals") or {}).items():
                fin, fl = str(fin), str(fl)
                if fin == "о" and str(ini) not in plain_o:
                    fl = "uo"
                if isinstance(latin, list):
                    hard, soft = str(latin[0]), str(latin[1])
                    if fin == "ы":
                        out.setdefault(str(ini) + fin, hard + "i")
                    elif fin.startswith(palatal):
                        out.setdefault(
                            str(ini) + fin,
                            soft
                            + ("u" + fl[1:] if fl[:2] == "iu" and fin.startswith("юй") else fl),
                        )
                    else:
                        out.setdefault(str(ini) + fin, hard + fl)
                else:
                    out.setdefault(str(ini) + fin, str(latin) + fl)
        return out

    def _chinese_from_cyrillic(self, tokens: list[str]) -> list[str] | None:
        """A Chinese name in Palladius ("Си Цзиньпина" -> Xi Jinping), case ending undone."""
        if not 2 <= len(tokens) <= 3 or not self._palladius:
            return None
        if any(self._is_given(t) for t in tokens):
            return None  # "Юлия" is a Russian given name, not three Chinese syllables
        out: list[str] = []
        for n, t in enumerate(tokens):
            low = t.lower()
            stems = [low] + [
                low[: len(low) - len(e)] + r
                for e, repl in self._vi_oblique
                if low.endswith(e) and len(low) > len(e) + 1
                for r in repl
            ]
            reads = [r for s in stems if (r := self._palladius_read(s)) is not None]
            if not reads:
                return None
            out.append(min(reads, key=lambda r: r[1])[0].capitalize())
            if n == 0 and self._key(out[0]) not in self._zh_family:
                return None
        return out

    def _palladius_read(self, low: str) -> tuple[str, int] | None:
        """Split a Cyrillic word into Palladius syllables (fewest syllables) and join them."""
        best: list[list[str] | None] = [None] * (len(low) + 1)
        best[0] = []
        for i in range(len(low)):
            cur = best[i]
            if cur is None:
                continue
            for j in range(i + 1, min(len(low), i + 6) + 1):
                syl = self._palladius.get(low[i:j])
                if syl is None:
                    continue
                cand = [*cur, syl]
                old = best[j]
                if old is None or len(cand) < len(old):
                    best[j] = cand
        found = best[len(low)]
        if not found or len(found) > 3:
            return None
        return "".join(found), len(found)

    def _vi_by_rules(self, low: str) -> str | None:
        """One Cyrillic syllable read by the transcription's rules, case ending undone.

        Only a one-syllable token (one vowel group) qualifies; the ending is removed
        when the stem is still a syllable ("Куйеном" -> "Куйен" -> Quyen).
        """
        stems = [low] + [
            low[: len(low) - len(ending)] + r
            for ending, repl in self._vi_oblique
            if low.endswith(ending) and len(low) > len(ending) + 1
            for r in repl
        ]
        for stem in stems:
            groups = _VOWEL_GROUPS.findall(stem)
            if len(groups) != 1 or len(stem) > 7:
                continue
            head, tail, out_head, out_tail = stem, "", "", ""
            for src, dst in self._vi_rules["initial"]:
                if head.startswith(src):
                    out_head, head = dst, head[len(src) :]
                    break
            for src, dst in self._vi_rules["final"]:
                if head.endswith(src) and len(head) > len(src):
                    out_tail, head = dst, head[: -len(src)]
                    break
            for src, dst in self._vi_rules["inner"]:
                head = head.replace(src, dst)
            mid = self._translit_cyr(head) if _CYRILLIC.search(head) else head
            word = (out_head + mid + tail + out_tail).replace("'", "")
            if word.isascii() and word.isalpha():
                return word.capitalize()
        return None

    def _oblique_candidates(self, token: str) -> list[str]:
        return [cand for cand, _ending in self._oblique_readings(token)]

    def _oblique_readings(self, token: str) -> list[tuple[str, str]]:
        """Nominative candidates of a Cyrillic given name, each with the ending removed."""
        if not _CYRILLIC.search(token):
            return []
        low = token.lower()
        out: list[tuple[str, str]] = []
        for ending, repl in self._given_oblique:
            if low.endswith(ending) and len(low) > len(ending) + 2:
                stem = token[: len(token) - len(ending)]
                out.extend((stem + r, ending) for r in repl)
        return out

    def _nominative(self, tokens: list[str]) -> list[str]:
        """Undo Russian case endings when the given name shows the name is inflected.

        The given name's ending tells the case and its nominative the gender, which
        decide how the surname declines: "Ирину Савельеву" is Savelyeva, "Олегу
        Бойчуку" is Boichuk, "Олегом Корниловым" is Kornilov.
        """
        if not tokens or self._key(tokens[0]) in self._given:
            return tokens
        for cand, ending in self._oblique_readings(tokens[0]):
            if self._key(cand) in self._given:
                low = cand.lower()
                female = low.endswith(("а", "я")) and low not in self._masculine_in_a
                rules = self._surname_cases.get(("feminine" if female else "masculine", ending))
                rest = [self._surname_nominative(t, rules) for t in tokens[1:]]
                return [cand, *rest]
        return tokens

    def _surname_nominative(
        self, token: str, rules: list[tuple[re.Pattern[str], str]] | None = None
    ) -> str:
        if rules is not None:
            for pattern, repl in rules:
                new, n = pattern.subn(repl, token)
                if n:
                    return new
            return token
        for pattern, repl in self._surname_oblique:
            new, n = pattern.subn(repl, token)
            if n:
                return new
        return token

    def _translit_cyr(self, text: str) -> str:
        out: list[str] = []
        for word in _NON_WORDS.split(text):
            out.append(self._translit_word(word))
        return "".join(out)

    def _translit_word(self, word: str) -> str:
        if not word or not _CYRILLIC.search(word):
            return word
        low = word.lower()
        tail = ""
        for ending, repl in self._cyr_endings:
            if low.endswith(ending) and len(low) > len(ending):
                low, tail = low[: -len(ending)], repl
                break
        res = []
        prev = ""
        for ch in low:
            if ch == "е" and (not prev or prev in self._ye_after):
                res.append("ye")
            else:
                res.append(self._cyr.get(ch, ch))
            prev = ch
        latin = "".join(res) + tail
        return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin
