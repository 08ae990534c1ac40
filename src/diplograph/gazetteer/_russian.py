"""Case forms of Russian names, generated with pymorphy3 instead of hand-listed.

"Калужская область" must also match "Калужской области", "Калужскую область",
"в Калужской области"... Each word is inflected on its own (an adjective keeps
the gender/number of its own parse, so it agrees with its noun), words after a
hyphen inflect only in their last part, and capitalisation is restored.
"""

from __future__ import annotations

from typing import Any

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


class RussianInflector:
    """Wraps one MorphAnalyzer (loaded lazily, held on the instance)."""

    def __init__(self) -> None:
        self._morph: Any = None
        self._cache: dict[str, dict[str, str]] = {}

    def _analyzer(self) -> Any:
        if self._morph is None:
            import pymorphy3

            self._morph = pymorphy3.MorphAnalyzer()
        return self._morph

    def _word_cases(self, word: str) -> dict[str, str]:
        """Case -> form of one word; the word itself for every case when unknown."""
        if word in self._cache:
            return self._cache[word]
        result = dict.fromkeys(_CASES, word)
        if "-" in word:
            head, _, tail = word.rpartition("-")
            tail_cases = self._word_cases(tail)
            result = {c: f"{head}-{tail_cases[c]}" for c in _CASES}
        elif word.isalpha() and len(word) > 1:
            parses = self._analyzer().parse(word)
            best = None
            for p in parses:
                if "nomn" in p.tag and p.is_known and ("NOUN" in p.tag or "ADJF" in p.tag):
                    best = p
                    break
            if best is not None:
                for case in _CASES:
                    inflected = best.inflect({case})
                    if inflected is not None:
                        result[case] = _restore_case(word, inflected.word)
        self._cache[word] = result
        return result

    def lexeme(self, word: str) -> set[str]:
        """Every full-adjective or noun form of a single word (all genders, numbers, cases).

        Country adjectives and demonyms occur in any agreement ("вьетнамская делегация",
        "вьетнамских компаний", "вьетнамцами"); multi-word phrases fall back to cases.
        """
        if " " in word or "-" in word or not word.isalpha():
            return self.phrase_forms(word)
        out = {word}
        for p in self._analyzer().parse(word):
            if p.is_known and ("ADJF" in p.tag or "NOUN" in p.tag) and p.normal_form:
                for form in p.lexeme:
                    if "ADJF" in form.tag or "NOUN" in form.tag:
                        out.add(_restore_case(word, form.word))
                break
        return out

    def phrase_forms(self, phrase: str) -> set[str]:
        """Every case form of ``phrase`` (singular), the phrase itself included."""
        words = phrase.split()
        if not words:
            return set()
        per_word = [self._word_cases(w) for w in words]
        forms = {phrase}
        for case in _CASES:
            forms.add(" ".join(wc[case] for wc in per_word))
        # Accusative of inanimate masculine nouns equals nominative; pymorphy3 also
        # offers the animate form for some adjectives, both are harmless.
        return forms


def _restore_case(original: str, inflected: str) -> str:
    if original.isupper() and len(original) > 1:
        return inflected.upper()
    if original[:1].isupper():
        return inflected[:1].upper() + inflected[1:]
    return inflected
