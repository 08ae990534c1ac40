"""The tenth round of events-stage shortcuts answers exactly what the plain code answers.

A phrase set no longer tries, at every word, a first phrase word that cannot start there:
one opening with an apostrophe ("'ll") is never tried, one written "*lit*" with uncased
letters only where the word holds ``lit``. Each scan is compared with the plain reading (every
phrase tried at every word start, most specific first, leftmost matches kept).
"""

from __future__ import annotations

import re

import pytest

from diplograph import Resources
from diplograph._models import Document, Sentence
from diplograph.events._base import _RunBase
from diplograph.events._phrases import _WORD_CHARS, Entry, PhraseSet, tokens
from diplograph.events._stage import EventStage
from diplograph.events._view import _DocView


def _plain(phrases: PhraseSet, text: str) -> list[tuple[int, int, Entry]]:
    """Every phrase tried at every word start (no index, no precheck)."""
    out: list[tuple[int, int, Entry]] = []
    taken = -1
    for start, _ in tokens(text, 0, len(text)):
        if start < taken:
            continue
        for i, entry in enumerate(phrases.entries):
            rx = phrases.pattern(i)
            m = rx.match(text, start, len(text))
            if m and m.end() > m.start():
                out.append((m.start(), m.end(), entry))
                taken = m.end()
                break
    return out


_PHRASES = ["'ll", "’d like", "will", "*박람회*", "*포럼*", "*expo*", "*fest", "plan*"]
_TEXTS = [
    "We'll sign it; they’d like to visit, and we will plan a trip.",
    "Mayor 'll and ’d stand alone: 'll ’d like will.",
    "서울 국제박람회장에서 포럼이 열렸다. 박람회 포럼 엑스포",
    "The EXPO and the Superexpo days, a festival and a Fest, planned.",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_scan_equals_plain_reading(text: str) -> None:
    phrases = PhraseSet([Entry(p, p, "g") for p in _PHRASES])
    assert phrases.scan(text) == _plain(phrases, text)


def test_apostrophe_opening_is_no_candidate() -> None:
    """Without the rule "'ll" was a candidate at every word (and failed there)."""
    phrases = PhraseSet([Entry("'ll", "", "g"), Entry("will", "", "g")])
    assert phrases._candidates("we") == ()
    assert not phrases.may_start("ll")
    assert phrases.may_start("will")


def test_uncased_infix_only_where_written() -> None:
    """Without the rule "*박람회*" was a candidate at every word."""
    phrases = PhraseSet([Entry("*박람회*", "", "g"), Entry("*expo*", "", "g")])
    fair = phrases.entries.index(Entry("*박람회*", "", "g"))
    assert fair in phrases._candidates("국제박람회장")
    assert fair not in phrases._candidates("포럼")
    # a cased infix stays wild (``re`` also matches its other case forms)
    assert phrases.entries.index(Entry("*expo*", "", "g")) in phrases._candidates("fair")


def test_no_word_character_matches_an_apostrophe_class() -> None:
    """``['’]`` under IGNORECASE matches only the two marks, neither a word character, so
    a phrase opening with it cannot match at a word's start (checked over all of Unicode)."""
    mark = re.compile("['’]", re.IGNORECASE)
    word = re.compile(_WORD_CHARS)
    hits = [chr(c) for c in range(0x110000) if mark.match(chr(c))]
    assert hits == ["'", "’"]
    assert not any(word.match(c) for c in hits)


def _doc(text: str) -> Document:
    doc = Document(doc_id="t", source="t", text=text, lang="en")
    ends = [i + 1 for i, c in enumerate(text) if c == "."]
    doc.sentences = [Sentence(a, b) for a, b in zip([0, *ends[:-1]], ends, strict=True)]
    return doc


def test_scan_cache_keeps_each_set_and_sentence_apart() -> None:
    """``scan`` remembers each (set, sentence) answer under the set itself: two sets with the
    same phrases, and every set of the lexicon over every sentence, answer what a fresh run
    answers for that set and sentence alone (a key shared by two sets or two sentences
    would hand one's answer to the other)."""
    stage = EventStage(Resources())
    lex = stage.lexicon("en")
    assert lex is not None
    doc = _doc("The governor met the mayor. We will sign a deal. The mayor met guests.")
    first = PhraseSet([Entry("met", "first", "g")])
    second = PhraseSet([Entry("met", "second", "g")])
    run = _RunBase(_DocView(doc), lex, stage._names())
    for i in range(3):
        assert [e.value for _, _, e in run.scan(first, i)] == (["first"] if i != 1 else [])
        assert [e.value for _, _, e in run.scan(second, i)] == (["second"] if i != 1 else [])
    sets = [lex.triggers, lex.modality, lex.sectors, lex.delegation, lex.presence, first]
    for i in range(3):
        for phrases in sets:
            alone = _RunBase(_DocView(doc), lex, stage._names()).scan(phrases, i)
            assert run.scan(phrases, i) == alone
            if alone:  # (a sentence starting no phrase of the set answers a new [])
                assert run.scan(phrases, i) is run.scan(phrases, i)  # remembered
    assert any(run.scan(lex.triggers, i) for i in range(3))
    assert any(run.scan(lex.modality, i) for i in range(3))


_OWN = {
    "en": "The two governors met and signed an agreement on trade; we'll visit the fair.",
    "fr": "Le gouverneur a rencontré le maire et ils ont signé cet accord sur le commerce.",
    "de": "Der Gouverneur besuchte die Messe und unterzeichnete das Abkommen über Handel.",
    "es": "El gobernador visitó la feria y firmó el acuerdo de cooperación comercial.",
    "ru": "Губернатор посетил выставку и подписал соглашение о торговом сотрудничестве.",
    "vi": "Đoàn công tác của tỉnh đã thăm và làm việc tại hội chợ, ký kết thỏa thuận.",
}


@pytest.mark.parametrize("lang", sorted(_OWN))
def test_set_scans_over_all_kept_words_equal_scans_over_its_words(lang: str) -> None:
    """``scan`` hands a set of spaced scripts every kept word of the sentence, not only
    those with its bit: a word without the bit has no candidate of the set, so the answers
    are those of the set's own words (every set of the lexicon, each sentence)."""
    stage = EventStage(Resources())
    lex = stage.lexicon(lang)
    assert lex is not None
    text = _OWN[lang]
    doc = _doc(text)
    run = _RunBase(_DocView(doc), lex, stage._names())
    run._read_words(0)
    kept, bits = run.toks[0] or [], run.word_bits[0]
    tried = 0
    for phrases in lex._sets:
        if phrases._inner:
            continue
        own = [t for t, b in zip(kept, bits, strict=True) if b & phrases.bit]
        assert phrases._scan_words(text, kept, len(text)) == phrases._scan_words(
            text, own, len(text)
        )
        tried += len(kept) > len(own)
    assert tried  # some set read words of other sets
    assert any(run.scan(p, 0) for p in lex._sets)
