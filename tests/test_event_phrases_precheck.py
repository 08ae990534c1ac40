"""The phrase scanner skips a phrase whose later literal is not in the sentence
(``events._phrases._later_literal``): it must never skip a phrase its regex would match,
also where ``re.IGNORECASE`` and lower-casing differ (ſ, the Kelvin sign, ẞ, İ, ı, the
final and capital sigma, the narrow Cyrillic forms)."""

from __future__ import annotations

import random
import re

import pytest

from diplograph._models import Sentence
from diplograph._pipeline import Pipeline
from diplograph.events._phrases import PhraseSet, _later_literal, _split, fold, tokens
from diplograph.events._stage import EventStage

LANGS = ["en", "ru", "vi", "fr", "de", "es", "pl", "uk", "it", "pt", "id", "ko", "ja", "zh"]
# Characters that IGNORECASE matches with a letter they do not lower-case into, and their
# letters: ſ/s, K (Kelvin)/k, İ ı/i, ẞ/ß, Σ ς/σ, ᲀ/в, ᲂ/о, ᲃ/с, ᲄ/т, µ/μ, ϑ/θ, ẛ/ṡ.
TRAPS = "ſSsKkKİIıiẞßΣσςᲀвВᲂоОᲃсСᲄтТµμϑθẛṡ"
# Each trap written over its letter in a text (a test text of our own making).
SWAPS = {"s": "ſ", "k": "K", "i": "İ", "ß": "ẞ", "σ": "Σ", "в": "ᲀ", "о": "ᲂ", "с": "ᲃ", "т": "ᲄ"}


def _lexicons(pipeline: Pipeline) -> dict[str, list[PhraseSet]]:
    stage = pipeline.stages[-1]
    assert isinstance(stage, EventStage)
    out = {}
    for lang in LANGS:
        lex = stage.lexicon(lang)
        assert lex is not None
        out[lang] = lex._sets
    return out


def test_phrase_characters_matched_only_by_characters_folding_alike(pipeline: Pipeline) -> None:
    """Over all of Unicode: every character IGNORECASE matches with a character of a later
    phrase word (any language) folds into what that character folds to."""
    chars = set(TRAPS)
    for sets in _lexicons(pipeline).values():
        for ps in sets:
            for e in ps.entries:
                for tok in _split(e.phrase)[1:]:
                    chars |= set(tok)
    everything = "".join(chr(x) for x in range(0x110000) if not 0xD800 <= x < 0xE000)
    checked = 0
    for c in sorted(chars):
        folded = fold(c)
        if len(folded) != 1:
            continue  # never part of a literal (its piece's folding changes its length)
        bad = [x for x in re.findall(re.escape(c), everything, re.I) if fold(x) != folded]
        assert not bad, (c, bad)
        checked += 1
    assert checked > 250


def test_folding_is_per_character() -> None:
    """``fold`` of a text is the folds of its characters run together (no sigma left whose
    lower case depends on its neighbours)."""
    text = "ΣΟΦΟΣ ΟΔΟΣ. VİSİT ſIGN Kelvin STRAẞE ᲀᲂᲃᲄ µ Ϊ́"
    assert fold(text) == "".join(fold(c) for c in text)


def _traps(text: str) -> list[str]:
    """The text, its capitals, and each trap written over its letter."""
    out = [text, text.upper(), text.title()]
    for letter, trap in SWAPS.items():
        if letter in text.lower():
            out.append(text.lower().replace(letter, trap))
            out.append(text.upper().replace(letter.upper(), trap))
    return out


def _reading(phrase: str) -> str:
    """One reading of a phrase (first alternative, a word in a gap, wildcards empty)."""
    words = []
    for tok in _split(phrase):
        if tok in ("~", "@agent", "@place"):
            continue
        if tok.startswith("..."):
            words.append("then")
            continue
        if tok.startswith("(") and "|" in tok:
            tok = tok[1:-1].split("|")[0]
        words.append(tok.replace("*", ""))
    return " ".join(words)


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "ja"])
def test_precheck_skips_no_phrase_its_regex_matches(pipeline: Pipeline, lang: str) -> None:
    """Each phrase with a later literal, over readings of every phrase of its set (with
    capitals and case traps): wherever the literal is not in the folded text, the regex
    matches nowhere; and the scans with and without the precheck agree on sentences of
    readings run together."""
    sets = _lexicons(pipeline)[lang]
    used = skipped = 0
    for ps in sets:
        readings = [t for e in ps.entries for t in _traps(_reading(e.phrase))]
        for i, e in enumerate(ps.entries):
            lit = ps._later[i]
            if lit is None:
                continue
            used += 1
            assert lit == _later_literal(e.phrase)
            for text in readings:
                if lit not in fold(text):
                    skipped += 1
                    assert ps.pattern(i).search(text) is None, (e.phrase, text)
        rng = random.Random(14)
        rng.shuffle(readings)
        runs = [" ".join(readings[k : k + 5]) for k in range(0, len(readings), 5)]
        text = " . ".join(runs)
        pos = 0
        for run in runs:
            s = Sentence(pos, pos + len(run))
            pos += len(run) + 3
            toks = tokens(text, s.start, s.end)
            fast = ps._scan_words(text, toks, s.end)
            later, ps._later = ps._later, [None] * len(ps._later)
            try:
                slow = ps._scan_words(text, toks, s.end)
            finally:
                ps._later = later
            assert fast == slow, (lang, text[s.start : s.end])
    assert used > 5 and skipped > 100
