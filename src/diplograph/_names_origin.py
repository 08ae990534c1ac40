"""What a person name says of its bearer: the naming custom it follows, hence where from.

Split from ``_names`` by job: :class:`~diplograph._names.NameCanonicalizer` writes a name
in the record's Latin form; this mixin answers the questions other stages ask about a
name, none of which changes that form: whether it is Vietnamese (a listed family name,
every word a syllable), which kind of name a capitalised word may start, which countries'
customs it follows (a hint between the countries a document names), and whether it
breaks the custom every official of a country follows. The tables are compiled by
``NameCanonicalizer.__init__`` from ``data/names/origins.yaml`` and ``translit.yaml`` and
only declared here; ``_tokens``, ``_ascii`` and ``_key`` are its token and look-up folds.
"""

from __future__ import annotations

from collections.abc import Callable

from ._memo import memoised as _memoised
from ._names_cyrillic import _CYRILLIC, _CyrillicReadings


class _NameOrigins(_CyrillicReadings):
    """The origin checks of :class:`~diplograph._names.NameCanonicalizer` (a mixin)."""

    _vi_syllables: frozenset[str]
    _origin_rules: list[tuple[tuple[str, ...], frozenset[str], frozenset[str], tuple[str, ...]]]
    _lang_countries: dict[str, tuple[str, ...]]
    _given_hints: list[tuple[tuple[str, ...], frozenset[str]]]
    _zh_family: frozenset[str]
    _pinyin: frozenset[str]
    _pinyin_words: frozenset[str]
    _romaji: frozenset[str]
    _is_given: Callable[[str], bool]
    _starts: dict[str, str]
    _tokens: Callable[[str], list[str]]
    _ascii: Callable[[str], str]
    is_given_if_russian: Callable[[str], bool]

    @_memoised
    def is_vietnamese(self, name: str) -> bool:
        """Whether a (canonical or raw) name reads as a Vietnamese name."""
        tokens = [self._ascii(t).lower() for t in self._tokens(name)]
        return len(tokens) >= 2 and tokens[0] in self._vi_family

    @_memoised
    def is_vietnamese_syllables(self, name: str) -> bool:
        """Every token a Vietnamese syllable and the first a family name ("Le Huu Toan").

        Stricter than :meth:`is_vietnamese`: it lets a name start with a word that
        is also an article elsewhere ("Le", "La") or end in a word that is also a
        place ("Vinh"), which only a whole Vietnamese name can justify.
        """
        raw = self._tokens(name)
        if any(_CYRILLIC.search(t) for t in raw):
            whole = self._cyrillic_vietnamese(raw, None)
            return whole is not None and len(whole) >= 2
        else:
            tokens = [self._ascii(t).lower() for t in raw]
        return (
            len(tokens) >= 2
            and tokens[0] in self._vi_family
            and all(t in self._vi_syllables for t in tokens)
        )

    def name_start(self, word: str) -> str:
        """What kind of name a capitalised word may start: "given", "given-if-russian",
        "vietnamese", "chinese" (Palladius), "pinyin" or "" (none); cached per word, as
        words repeat."""
        hit = self._starts.get(word)
        if hit is None:
            if self._is_given(word):
                hit = "given"
            elif self.is_given_if_russian(word):
                hit = "given-if-russian"
            elif self.may_start_vietnamese(word):
                hit = "vietnamese"
            elif self.may_start_chinese(word):
                hit = "chinese"
            elif word not in self._pinyin_words and self.is_pinyin_family(word):
                hit = "pinyin"
            else:
                hit = ""
            if len(self._starts) < 200_000:
                self._starts[word] = hit
        return hit

    def is_family_name(self, token: str) -> bool:
        """A family name a naming custom puts first (Vietnamese, Chinese, Korean lists)."""
        key = self._key(token)
        return any(key in family for _c, family, _g, _e in self._origin_rules)

    def reads_chinese(self, name: str) -> bool:
        """A Cyrillic name that reads as a Chinese name in Palladius ("Лу Хао")."""
        tokens = self._tokens(name)
        return (
            any(_CYRILLIC.search(t) for t in tokens)
            and self._cyrillic_vietnamese(tokens, None) is None
            and self._chinese_from_cyrillic(tokens) is not None
        )

    def may_start_chinese(self, token: str) -> bool:
        """A Chinese family name in Palladius ("Лу", "Чжан")."""
        if not _CYRILLIC.search(token):
            return False
        read = self._palladius_read(token.lower())
        return read is not None and read[1] == 1 and self._key(read[0]) in self._zh_family

    def may_start_vietnamese(self, token: str) -> bool:
        """A Vietnamese family name, in Latin or (declined) Russian transcription."""
        if _CYRILLIC.search(token):
            syl = self._vi_syllable(token.lower())
            return syl is not None and syl.lower() in self._vi_family
        return self._ascii(token).lower() in self._vi_family

    @_memoised
    def origin_countries(self, name: str) -> tuple[str, ...]:
        """Countries whose naming customs the name follows, most specific rule first.

        Only a hint: a Vietnamese family name or a Russian patronymic surname says
        where a person is likely from, which decides between the countries a
        document is about; it never assigns a country the document does not name.
        """
        tokens = [self._ascii(t) for t in self._tokens(name)]
        if len(tokens) < 2:
            return ()
        first, last = self._key(tokens[0]), tokens[-1].lower()
        out: list[str] = []
        for countries, family, given, endings in self._origin_rules:
            if (
                first in family
                or first in given
                or (endings and len(last) > 4 and last.endswith(endings))
            ):
                out.extend(c for c in countries if c not in out)
        return tuple(out)

    @_memoised
    def given_name_countries(self, name: str) -> tuple[str, ...]:
        """Countries whose custom the name's first word is a given name of ("Isabelle":
        France, Belgium ...; "Jorge": Spain and Spanish America).

        Weaker than :meth:`origin_countries`, so asked apart: many countries share such a
        custom (a Spaniard in a text of Spain and Cuba), and it says something only where
        it leaves one of the countries a text names."""
        tokens = [self._ascii(t) for t in self._tokens(name)]
        if len(tokens) < 2:
            return ()
        first = self._key(tokens[0])
        out: list[str] = []
        for countries, given in self._given_hints:
            if first in given:
                out.extend(c for c in countries if c not in out)
        return tuple(out)

    @_memoised
    def pinyin_count(self, word: str) -> int:
        """How many pinyin syllables a Latin word is written with, one or two (0: none, or
        more): "Jingli" 2, "Geng" 1, "Pobierz" 0. Greedy from the longest syllable, then
        the shorter ones ("Xian" is xian, "Xi'an" two words)."""
        low = word.lower()
        if not low.isascii() or not low.isalpha():
            return 0
        if low in self._pinyin:
            return 1
        return (
            2
            if any(low[:i] in self._pinyin and low[i:] in self._pinyin for i in range(1, len(low)))
            else 0
        )

    def is_pinyin_family(self, word: str) -> bool:
        """A Chinese family name in pinyin ("Dou", "Xia", "Qian")."""
        return (
            word[:1].isupper()
            and self.pinyin_count(word) == 1
            and self._key(word) in self._zh_family
        )

    def reads_pinyin(self, family: str, given: str) -> bool:
        """Family name + given name of a Chinese name in pinyin ("Dou Jingli"), with no
        title to anchor it: the family name is no common word of its neighbours ("He",
        "Long") and the given name one or two syllables."""
        return (
            family not in self._pinyin_words
            and self.is_pinyin_family(family)
            and given[:1].isupper()
            and self.pinyin_count(given) > 0
        )

    def given_first_chinese(self, tokens: list[str]) -> bool:
        """A Chinese name in Western order: a two-syllable pinyin given name, then the
        family name ("Shougang Sun", "Xiaodan Zhu"). The given name is none of the listed
        family names and no given name of another custom that pinyin can spell ("Anna",
        "Nina"), so "Li Ming" and "Anna Wang" keep their order."""
        if len(tokens) != 2:
            return False
        given, family = tokens
        return (
            self.pinyin_count(given) == 2
            and given[:1].isupper()
            and self.is_pinyin_family(family)
            and self._key(given) not in self._zh_family
            and not self._is_given(given)
            and not self.given_name_countries(f"{given} {family}")
        )

    def _morae(self, word: str) -> int:
        """How many Hepburn morae ``word`` is made of (0: it is not made of them)."""
        low = word.lower()
        if not low.isascii() or not low.isalpha():
            return 0
        best: list[int] = [0] + [-1] * len(low)  # morae up to each position, -1: none
        for i in range(len(low)):
            if best[i] < 0:
                continue
            for size in (1, 2, 3):
                if i + size <= len(low) and low[i : i + size] in self._romaji:
                    best[i + size] = max(best[i + size], best[i] + 1)
            nxt = low[i + 1 : i + 2]
            if low[i] == "n" and nxt not in ("a", "i", "u", "e", "o", "y"):
                best[i + 1] = max(best[i + 1], best[i] + 1)  # the moraic n
            if (low[i] in "kstp" and nxt == low[i]) or low[i : i + 3] == "tch":
                best[i + 1] = max(best[i + 1], best[i] + 1)  # a doubled consonant
        return max(best[-1], 0)

    @_memoised
    def reads_romaji(self, name: str) -> bool:
        """Two words of two Hepburn morae or more each, neither a listed given name of
        another custom ("Chiyomatsu Hiroyasu"; not "Maria Rosa")."""
        tokens = [self._ascii(t) for t in self._tokens(name)]
        if len(tokens) != 2 or any(self._is_given(t) for t in tokens):
            return False
        if self.given_name_countries(name) or self.is_family_name(tokens[0]):
            return False
        return all(self._morae(t) >= 2 for t in tokens)

    def contradicts(self, name: str, country: str) -> bool:
        """The name breaks the naming custom every official of ``country`` follows.

        Only countries whose names start with a family name from a closed list
        (Vietnam, China, Korea) can say so: "Bernard Lesueur" is no Vietnamese
        official, whatever else the article is about.
        """
        strict = {
            c for countries, family, _g, _e in self._origin_rules if family for c in countries
        }
        return country in strict and country not in self.origin_countries(name)

    def language_countries(self, lang: str | None) -> tuple[str, ...]:
        """Countries whose officials a local article in ``lang`` names without a hint."""
        return self._lang_countries.get(lang or "", ())
