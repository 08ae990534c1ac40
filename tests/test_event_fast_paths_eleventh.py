"""The eleventh round of events-stage shortcuts answers exactly what the plain code answers.

A document's words are read once for all its sentences (``_RunBase._read_document_words``)
instead of sentence by sentence (``_RunBase._read_words``), and the scans of the sets asked
about nearly every sentence are made in one pass over a sentence's words
(``_RunBase._scan_joint``) instead of one pass per set (``PhraseSet._scan_words``). Each is
compared with the reading it replaces, over the sample corpus of every language and texts
of our own built to reach its edges (sentences cut inside a word, overlapping, out of order,
leaving text out; texts whose lower case changes length; matches of two sets overlapping).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from diplograph import Rejection, Resources
from diplograph._models import Document, Sentence
from diplograph._pipeline import Pipeline
from diplograph._readers import read_inputs
from diplograph.events._base import _RunBase
from diplograph.events._lexicon import Lexicon
from diplograph.events._phrases import _WORD_CHARS, PhraseSet, fold, tokens, word_runs, words
from diplograph.events._stage import EventStage
from diplograph.events._view import _DocView
from tests._event_helpers import from_markup

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "diplograph" / "sample" / "articles"


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage(Resources())


@pytest.fixture(scope="module")
def sample_docs() -> list[Document]:
    pipeline = Pipeline(Resources())
    out = []
    for raw in read_inputs([str(SAMPLE)], pipeline.resources.options):
        if isinstance(raw, Rejection):
            continue
        doc = pipeline.process(raw)
        if not isinstance(doc, Rejection) and doc.lang:
            out.append(doc)
    return out


def _doc(text: str, lang: str, sents: list[tuple[int, int]] | None = None) -> Document:
    doc = Document(doc_id="t", source="t", text=text, lang=lang)
    if sents is None:
        ends = [i + 1 for i, c in enumerate(text) if c == "."] or [len(text)]
        sents = list(zip([0, *ends[:-1]], ends, strict=True))
    doc.sentences = [Sentence(a, b) for a, b in sents]
    return doc


# Our own sentences: ordinary ones, and texts whose lower case is not one character per
# character ("İ" lower-cases into two, a capital sigma by what follows it)
_OWN = {
    "en": "The governor met the mayor of Hue. They signed a cooperation agreement on trade. "
    "Attending the talks were the two delegations. (0-1) The ISTANBUL İZMIR office.",
    "fr": "Le gouverneur a rencontré le maire. Ils ont signé cet accord de coopération. "
    "La délégation a visité l'usine.",
    "de": "Der Gouverneur besuchte die Messe. Das Abkommen über Handel wurde unterzeichnet.",
    "ru": "Губернатор встретился с мэром. Стороны подписали соглашение о сотрудничестве "
    "в сфере туризма. ΟΔΟΣ.",
    "vi": "Đoàn công tác thăm và làm việc tại Hà Nội. Hai bên ký kết biên bản ghi nhớ.",
}


def _cases() -> list[Document]:
    docs = [_doc(text, lang) for lang, text in _OWN.items()]
    text = _OWN["en"]
    n = len(text)
    gov, met = text.index("governor"), text.index("met")
    docs += [
        # cut inside a word at a start ("overnor ...") and at an end ("... the go")
        _doc(text, "en", [(0, gov + 2), (gov + 2, met + 1), (met + 1, n)]),
        # overlapping, out of order, leaving text out (the part before the first start),
        # the last cut inside "Attending"
        _doc(text, "en", [(met, n), (gov, 60), (30, text.index("Attending") + 3)]),
        # empty sentences (the second inside "governor"), and one covering the whole text
        _doc(text, "en", [(0, 0), (gov + 1, gov + 1), (0, n)]),
        _doc("", "en", [(0, 0)]),
    ]
    return docs


def _sentence_words(run: _RunBase, i: int) -> tuple[list[tuple[int, str]], list[int], int]:
    """What ``_read_words`` reads for sentence ``i`` of a fresh run (the plain reading)."""
    plain = _RunBase(run.v, run.lex, run.names)
    plain._read_words(i)
    return plain.toks[i] or [], plain.word_bits[i], plain.masks[i]


def _check_words(run: _RunBase) -> int:
    """Every sentence read from the document's words has the plain reading's words, bits
    and mask; a sentence left unread is read as before. Returns how many were left unread."""
    unread = 0
    for i in range(len(run.v.sents)):
        if run.toks[i] is None:
            unread += 1
            assert run.masks[i] == -1
            continue
        toks, bits, mask = _sentence_words(run, i)
        assert (run.toks[i], run.masks[i]) == (toks, mask), (run.v.sents[i], run.v.text)
        if mask:  # (a sentence with no kept word keeps the empty list it starts with)
            assert run.word_bits[i] == bits
    return unread


def test_document_words_equal_each_sentence_read_alone(
    stage: EventStage, sample_docs: list[Document]
) -> None:
    """Without the shortcut's cut test, a sentence cut inside a word would take the whole
    document word (the "overnor" of "(gov+2, ...)" would read "governor"): checked."""
    unread = 0
    for doc in [*sample_docs, *_cases()]:
        lex = stage.lexicon(doc.lang)
        assert lex is not None
        unread += _check_words(_RunBase(_DocView(doc), lex, stage._names()))
    assert unread == 5  # all three of the first cut case, one of each of the next two


def test_cut_sentences_are_read_alone_and_match_the_plain_reading(stage: EventStage) -> None:
    lex = stage.lexicon("en")
    assert lex is not None
    text = _OWN["en"]
    gov = text.index("governor")
    doc = _doc(text, "en", [(0, gov + 2), (gov + 2, len(text))])
    run = _RunBase(_DocView(doc), lex, stage._names())
    assert run.toks == [None, None]
    assert run.scan(lex.triggers, 1) == lex.triggers.scan_tokens(
        text, tokens(text, gov + 2, len(text)), len(text)
    )
    kept = [(a, w) for a, w in tokens(text, gov + 2, len(text)) if lex.bits_of([w])[0]]
    assert run.toks[1] == kept


@pytest.mark.parametrize("text", [*_OWN.values(), "", "  ", "İİ ſs ΣΑΣ. x", "a\u0301b c"])
def test_word_runs_are_the_words_of_the_whole_text(text: str) -> None:
    starts, ends, lows = word_runs(text)
    assert list(zip(starts, lows, strict=True)) == tokens(text, 0, len(text))
    assert (starts, lows) == words(text, 0, len(text))
    spans = list(zip(starts, ends, strict=True))
    assert spans == [(m.start(), m.end()) for m in re.finditer(_WORD_CHARS, text)]


def _plain_scan(run: _RunBase, phrases: PhraseSet, i: int) -> list[tuple[int, int, object]]:
    """The set's own scan of the sentence over all its words (one pass for this set)."""
    s = run.v.sents[i]
    text = run.v.text
    toks = tokens(text, s.start, s.end)
    return list(phrases._scan_words(text, toks, s.end, fold(text[s.start : s.end])))


def _joint_sets(lex: Lexicon) -> list[PhraseSet]:
    return [p for p in vars(lex).values() if isinstance(p, PhraseSet) and p in lex.joint]


def test_joint_scan_equals_each_sets_own_scan(
    stage: EventStage, sample_docs: list[Document]
) -> None:
    """Each ``joint`` set's matches in each sentence are those of its own scan; the cases
    hold matches of two sets that overlap ("cooperation agreement" is a partnership and
    holds a sector word...), which a pass sharing one set's progress with another would
    lose: checked."""
    overlapping = 0
    for doc in [*sample_docs, *_cases()]:
        lex = stage.lexicon(doc.lang)
        assert lex is not None
        run = _RunBase(_DocView(doc), lex, stage._names())
        sets = _joint_sets(lex)
        assert {p.bit for p in sets} == {p.bit for p in lex.joint}
        for i in range(len(run.v.sents)):
            found = {}
            for phrases in sets:
                got = run.scan(phrases, i)
                assert got == _plain_scan(run, phrases, i), (phrases.bit, run.v.sents[i])
                found[phrases.bit] = got
            spans = [(a, b, bit) for bit, hits in found.items() for a, b, _ in hits]
            overlapping += any(a < d and c < b and x != y for a, b, x in spans for c, d, y in spans)
    assert overlapping >= 10


def test_joint_sets_are_the_ones_asked_about_every_sentence(stage: EventStage) -> None:
    """The joint pass covers the sets ``read`` asks about for each sentence (sectors,
    modality, delegation, triggers, presence) and partnerships, never one of unspaced
    scripts (those are matched inside words, ``scan_tokens``)."""
    for code in ("en", "fr", "ru", "vi", "zh", "ja"):
        lex = stage.lexicon(code)
        assert lex is not None
        named = {lex.sectors, lex.triggers, lex.modality, lex.delegation, lex.presence}
        named.add(lex.partnerships)
        assert lex.joint == {p for p in named if not p._inner and p.bit > 0}
    lex = stage.lexicon("en")
    assert lex is not None and lex.triggers in lex.joint


def test_a_set_outside_the_joint_pass_still_scans_alone(stage: EventStage) -> None:
    lex = stage.lexicon("en")
    assert lex is not None
    doc = _doc(_OWN["en"], "en")
    run = _RunBase(_DocView(doc), lex, stage._names())
    assert lex.anchors not in lex.joint
    for i in range(len(run.v.sents)):
        for phrases in (lex.earlier, lex.measures, lex.signed_document):
            assert run.scan(phrases, i) == _plain_scan(run, phrases, i)


def _codes(stage: EventStage) -> list[str]:
    langs = ROOT / "src" / "diplograph" / "data" / "lang"
    return sorted(p.name for p in langs.iterdir() if stage.lexicon(p.name) is not None)


def _probe_words(lex: Lexicon) -> set[str]:
    """Words at the edges of every set's index: each phrase's first words, cut short and
    lengthened at either end, with their pieces between stars and parentheses."""
    out: set[str] = set()
    for p in lex._sets:
        for e in p.entries:
            for piece in re.split(r"[\s*()|@]+", e.phrase.lower()):
                if not piece:
                    continue
                out |= {piece, piece[:1], piece[:2], piece[:3], piece[1:], piece[2:]}
                out |= {piece + "x", "x" + piece, piece + "ы", "的" + piece, piece * 2}
    return out


def test_merged_word_index_gives_each_sets_own_answer(
    stage: EventStage, sample_docs: list[Document]
) -> None:
    """A word's bits from the merged index (``Lexicon._mask_of``) are those of the sets
    whose ``may_start`` says a phrase may start at it, for every language's lexicon, over
    words probing each set's index and the words of the sample corpus and our texts; a
    merged index missing a kind of key (endings, infixes, openings of unspaced scripts,
    prefixes) fails here: checked."""
    corpus = [*sample_docs, *_cases()]
    kinds = {"exact": 0, "prefix": 0, "suffix": 0, "infix": 0, "inner": 0}
    for code in _codes(stage):
        lex = stage.lexicon(code)
        assert lex is not None
        assert len({id(p) for p in lex._sets}) == len(lex._sets)  # (one bit each)
        probe = _probe_words(lex)
        for doc in corpus:
            probe |= set(word_runs(doc.text)[2])
        for low in sorted(probe):
            want = sum(p.bit for p in lex._sets if p.may_start(low))
            assert lex._mask_of(low) == want, (code, low)
            for p in lex._sets:
                if p.may_start(low):
                    kinds["exact"] += low in p._exact
                    kinds["prefix"] += any(low.startswith(k) for k, _ in p._prefix.get(low[:2], ()))
                    kinds["suffix"] += any(low.endswith(t) for t, _ in p._suffix)
                    kinds["infix"] += any(lit in low for lit, _ in p._infix)
                    kinds["inner"] += bool(p._inner) and not low.isascii()
    assert all(kinds.values()), kinds  # every kind of key was reached


def _records(stage: EventStage, doc: Document) -> str:
    out = stage(copy.deepcopy(doc))
    return repr((out.events, out.statements, out.partnerships, out.figures, out.regions_mentioned))


def test_quiet_sentences_passed_over_change_no_record(
    stage: EventStage, sample_docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``read`` passes over the sentences starting no phrase of the sets each of its passes
    reads, ``partnerships`` over those starting no partnership phrase; with every sentence
    read in full (``_busy`` answering "all bits" everywhere) the
    records are the same. A quiet sentence still joins the span being read, or waits for the
    first act: without that the events' spans, hence their sectors and evidence, change on the
    sample corpus and on our own page (checked)."""
    # a quiet sentence before the first act (its sectors join the act's), and one after it
    talks = (
        "Talks were held on [June 10|date|2025-06-10] between [Tomsk|region|RU-TOM] officials "
        "and a delegation of [Lao Cai|region|VN-02]."
    )
    before = "Tourism and agriculture links of [Tomsk|region|RU-TOM] grow.\n" + talks
    after = talks + "\nThe sides spoke of tourism and agriculture."
    own = [from_markup(m, lang="en", published="2025-06-12") for m in (before, after)]
    for doc in own:
        assert [e.sectors for e in stage(copy.deepcopy(doc)).events] == [["agriculture", "tourism"]]
    docs = [*sample_docs, *_cases(), *own]
    fast = [_records(stage, doc) for doc in docs]
    monkeypatch.setattr(_RunBase, "_busy", lambda self, bits: [-1] * len(self.masks))
    assert [_records(stage, doc) for doc in docs] == fast
