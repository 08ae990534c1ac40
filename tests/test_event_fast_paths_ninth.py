"""The ninth round of events-stage shortcuts answers exactly what the plain code answers.

Each shortcut is compared with the computation it replaces, over the sample corpus of every
language and a few documents built to reach its edges (a person named only by the title of
its single holder, overlapping sentences, a sentence cut inside a word).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from diplograph import Rejection, Resources
from diplograph._models import Document, Mention, RawArticle, Sentence
from diplograph._pipeline import Pipeline
from diplograph._readers import read_inputs
from diplograph.events import _base
from diplograph.events._phrases import PhraseSet, phrase_regex, tokens
from diplograph.events._stage import _Run
from diplograph.events._view import _DocView

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "diplograph" / "sample" / "articles"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Resources())


@pytest.fixture(scope="module")
def sample_docs(pipeline: Pipeline) -> list[Document]:
    out = []
    for raw in read_inputs([str(SAMPLE)], pipeline.resources.options):
        if isinstance(raw, Rejection):
            continue
        doc = pipeline.process(raw)
        if not isinstance(doc, Rejection) and doc.lang:
            out.append(doc)
    return out


def _built(text: str, sents: list[tuple[int, int]], mentions: list[Mention]) -> Document:
    doc = Document(doc_id="t", source="t", text=text, lang="en")
    doc.sentences = [Sentence(a, b) for a, b in sents]
    doc.mentions = mentions
    return doc


def _edge_docs() -> list[Document]:
    text = "The Governor met guests. Anna Berg spoke. Berg thanked them. Rain fell."
    gov = text.index("Governor")
    anna = text.index("Anna Berg")
    title = Mention(gov, gov + 8, "Governor", "title", "governor", "t", {})
    person = Mention(anna, anna + 9, "Anna Berg", "person", "Anna Berg", "p", {"role": "governor"})
    ends = [i + 1 for i, c in enumerate(text) if c == "."]
    starts = [0] + [e + 1 for e in ends[:-1]]
    ordered = _built(text, list(zip(starts, ends, strict=True)), [title, person])
    # overlapping sentences (each is then asked alone) and one cut inside a word
    overlapping = _built(text, [(0, 40), (20, 60), (58, len(text))], [title, person])
    cut = _built(text, [(0, 27), (27, len(text))], [title, person])
    return [ordered, overlapping, cut]


def test_naming_sentences_hold_every_person_persons_finds(
    sample_docs: list[Document],
) -> None:
    """A sentence outside ``naming_sents`` has no person mention and ``corefs`` finds no
    one in it (what ``_persons`` skips); inside, some do (the set is not everything)."""
    checked = found = 0
    for doc in [*sample_docs, *_edge_docs()]:
        view = _DocView(doc)
        naming = view.naming_sents()
        plain = _DocView(doc)
        for i in range(len(view.sents)):
            names = [m for m in plain.by_sent[i] if m.kind == "person"] + plain.corefs(i)
            if naming is not None and i not in naming:
                assert names == [], (doc.doc_id, i)
                checked += 1
            found += bool(names)
    assert checked > 50 and found > 20


def test_title_of_single_holder_makes_a_naming_sentence() -> None:
    """The bare title of the only holder of a role names that person (``corefs``' last
    pass): its sentence is one ``naming_sents`` keeps, though no person mention is there."""
    doc = _edge_docs()[0]
    view = _DocView(doc)
    naming = view.naming_sents()
    assert naming is not None and 0 in naming and 3 not in naming
    assert [m.rule for m in view.corefs(0)] == ["coref:bare-title"]
    assert _DocView(_edge_docs()[1]).naming_sents() is None  # overlapping: asked one by one


def test_records_equal_without_the_naming_shortcut(
    pipeline: Pipeline, sample_docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The events stage gives the same records when ``_persons`` asks every sentence."""
    stage = next(s for s in pipeline.stages if s.name == "events")
    docs = [*sample_docs, *_edge_docs()]

    def records(doc: Document) -> str:
        out = stage(copy.deepcopy(doc))
        return repr((out.events, out.statements, out.partnerships, out.figures))

    fast = [records(d) for d in docs]
    monkeypatch.setattr(_DocView, "naming_sents", lambda self: None)
    assert [records(d) for d in docs] == fast
    assert sum(f.count("Event(") for f in fast) > 20


def test_words_kept_per_sentence_are_those_starting_some_set(
    pipeline: Pipeline, sample_docs: list[Document]
) -> None:
    """``_read_words`` keeps the words whose bits are not zero, in order, with their bits;
    every set's words (those with its bit) are among them, as in the sentence's words."""
    stage = next(s for s in pipeline.stages if s.name == "events")
    checked = 0
    for doc in sample_docs:
        lex = stage.lexicon(doc.lang)
        if lex is None:
            continue
        run = _base._RunBase(_DocView(doc), lex, stage._names())
        for i, s in enumerate(run.v.sents):
            run._read_words(i)
            toks = tokens(doc.text, s.start, s.end)
            bits = lex.word_masks(toks)
            assert run.toks[i] == [t for t, b in zip(toks, bits, strict=True) if b]
            assert run.word_bits[i] == [b for b in bits if b]
            checked += len(toks) - len(run.toks[i] or [])
    assert checked > 100  # some words start no set's phrase


@pytest.mark.parametrize(
    ("phrases", "text"),
    [
        (["signed * agreement", "signed", "visit*"], "They signed an agreement and visited."),
        (["подписали соглашение", "визит*"], "Стороны подписали соглашение о визите."),
        (["arbeitete ... zusammen", "besuch*"], "Sie arbeitete eng mit ihm zusammen."),
    ],
)
def test_scan_plans_match_the_candidates_regexes(phrases: list[str], text: str) -> None:
    """``_scan_words`` reads a word's (literal, match, entry) plan; trying each candidate's
    regex in order gives the same matches."""
    from diplograph.events._phrases import Entry

    ps = PhraseSet([Entry(p, "x", "strong") for p in phrases])
    toks = tokens(text, 0, len(text))
    fast = ps.scan_tokens(text, toks, len(text))
    plain = []
    taken = -1
    for start, low in toks:
        if start < taken:
            continue
        for k in ps._candidates(low):
            rx, _ = phrase_regex(ps.entries[k].phrase)

            m = re.compile(rx, re.IGNORECASE).match(text, start, len(text))
            if m and m.end() > m.start():
                plain.append((m.start(), m.end(), ps.entries[k]))
                taken = m.end()
                break
    assert fast == plain and fast


_PROFILED = (
    "The governor of Alder Province met the mayor of Tver on 3 May 2026.\n"
    "The province is known for its orchards and its river port.\n"
    "Its main industries include shipbuilding and tourism.\n"
    "They discussed cooperation in education."
)


def test_profiled_sentences_read_from_the_sector_scan_equal_profile(
    pipeline: Pipeline, sample_docs: list[Document]
) -> None:
    """``read`` keeps the sentences profiling a place from its sector scan; they are those
    ``_profile`` answers yes for, sentence by sentence (and our own text has two)."""
    stage = next(s for s in pipeline.stages if s.name == "events")
    own = pipeline.clean(RawArticle(source="t", content=_PROFILED))
    assert not isinstance(own, Rejection)
    for st in pipeline.stages[:-1]:
        own = st(own)
    docs = [*sample_docs, own]
    hits = 0
    for doc in docs:
        lex = stage.lexicon(doc.lang)
        if lex is None:
            continue
        run = _Run(_DocView(doc), lex, stage._names())
        run.read()
        assert run.profiled == {i for i in range(len(run.v.sents)) if run._profile(i)}
        hits += len(run.profiled)
    assert hits >= 2
