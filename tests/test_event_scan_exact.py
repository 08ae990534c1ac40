"""The event stage's shortcuts give what the plain computation gives.

A phrase set's scan of a sentence visits only the words that may start one of its phrases
(``Lexicon.word_masks``), and the subheadings between two sentences are read from running
totals: both must find exactly what a scan of every word and a count over every sentence
between the two find, on every sentence of the sample articles and on texts of our own with
subheadings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph import Rejection
from diplograph._models import RawArticle
from diplograph._pipeline import Pipeline
from diplograph.events._phrases import tokens
from diplograph.events._stage import EventStage, _Run
from diplograph.events._view import _DocView
from diplograph.events._when_where import _STOPS

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "diplograph" / "sample" / "articles"


def _run(pipeline: Pipeline, text: str, source: str = "x.txt") -> _Run:
    doc = pipeline.clean(RawArticle(source=source, content=text))
    assert not isinstance(doc, Rejection)
    for stage in pipeline.stages[:-1]:
        doc = stage(doc)
    events = pipeline.stages[-1]
    assert isinstance(events, EventStage)
    lex = events.lexicon(doc.lang)
    assert lex is not None
    return _Run(_DocView(doc), lex, events._names())


@pytest.mark.parametrize("lang", ["en", "ru", "vi", "de", "zh", "ja"])
def test_scan_of_the_words_a_set_may_start_finds_what_a_scan_of_every_word_finds(
    pipeline: Pipeline, lang: str
) -> None:
    paths = sorted((SAMPLE / lang).glob("*.txt"))[:4]
    if not paths:
        pytest.skip(f"no {lang} sample")
    checked = 0
    for path in paths:
        run = _run(pipeline, path.read_text(encoding="utf-8"), path.name)
        text = run.v.text
        for i, s in enumerate(run.v.sents):
            every_word = tokens(text, s.start, s.end)
            for phrases in run.lex._sets:
                assert run.scan(phrases, i) == phrases.scan_tokens(text, every_word, s.end)
                checked += 1
    assert checked > 50


def _naive_headings(run: _Run, a: int, b: int) -> int:
    """The count per pair of sentences, as it was written first."""
    lo, hi = sorted((a, b))
    text = run.v.text
    count = 0
    for k in range(lo + 1, hi):
        s = run.v.sents[k]
        line = text[s.start : s.end].rstrip()
        nl = text.find("\n", s.end)
        alone = text[s.end : nl if nl >= 0 else len(text)].strip() == ""
        if line and line[-1] not in _STOPS and alone:
            count += 1
    return count


_WITH_HEADINGS = (
    "Governor Anna Petrova of Tula oblast met the Vietnamese ambassador on 3 March.\n"
    "Dairy farms first\n"
    "The two sides discussed dairy farming.  \n"
    "Tourism routes for the summer \u00a0\n"
    "They signed a memorandum on tourism. Both sides praised the talks.\n"
    "Next steps:\n"
    "A delegation will visit Hanoi in May"
)


@pytest.mark.parametrize("text", [_WITH_HEADINGS, _WITH_HEADINGS.replace("\n", " ")])
def test_subheadings_between_two_sentences_are_counted_as_one_by_one(
    pipeline: Pipeline, text: str
) -> None:
    run = _run(pipeline, text)
    n = len(run.v.sents)
    assert n >= 5
    counts = [run._headings_between(a, b) for a in range(n) for b in range(n)]
    assert counts == [_naive_headings(run, a, b) for a in range(n) for b in range(n)]
    if "\n" in text:
        assert max(counts) >= 2  # the text's subheadings are seen


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_persons_read_once_per_sentence_as_read_afresh(pipeline: Pipeline, lang: str) -> None:
    """``_persons`` keeps each sentence's answer: asked again (after the caller changed its
    copy) it answers what a run that never asked answers."""
    paths = sorted((SAMPLE / lang).glob("*.txt"))[:3]
    if not paths:
        pytest.skip(f"no {lang} sample")
    checked = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        run = _run(pipeline, text, path.name)
        for i in range(len(run.v.sents)):
            first = run._persons(i)
            first.clear()  # a caller's own copy
        plain = _run(pipeline, text, path.name)
        for i in range(len(run.v.sents)):
            plain.present.clear()  # nothing remembered: read afresh
            fresh = plain._persons(i)
            assert run._persons(i) == fresh
            checked += len(fresh)
    assert checked > 0
