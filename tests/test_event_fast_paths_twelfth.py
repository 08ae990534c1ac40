"""The twelfth round of events-stage shortcuts answers exactly what the plain code answers.

Each shortcut is compared with the reading it replaces, over the sample corpus of every
language and texts of our own built to reach its edges, and each test fails when the
shortcut's exactness condition is dropped (checked by breaking it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph import Rejection, Resources
from diplograph._models import Document
from diplograph._pipeline import Pipeline
from diplograph._readers import read_inputs
from diplograph.events._stage import EventStage, _Run
from diplograph.events._view import _CAP_WORD, _DocView, _name_like_starts

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


def _plain_name_starts(text: str, index: dict[str, list[tuple[str, str]]]) -> list[int]:
    """Every capitalised word of the text read, those with a name word's opening kept."""
    return [w.start() for w in _CAP_WORD.finditer(text) if w.group().lower()[:4] in index]


# Our own texts: openings written in other cases, inside lower-case words and longer words
# ("Leeds" for the three-letter "lee"), after digits and underscores, in Cyrillic, and pages
# whose lower case is not one character per character ("İ", a capital sigma)
_NAME_TEXTS = [
    "Minister Lee met LEE and Leeds officials; along the road Long and LONGO waited.",
    "2Lee _Lee x_Lee Lee_x Lee-Lee Lee's leeway, Kimura and KIMURA-san, kimura.",
    "Губернатор Петров встретился с ПЕТРОВЫМ; петров и Петрова тоже.",
    "İZMIR delegation: Lee Long met İzmir's mayor Lee in Long Beach.",
    "ΟΔΟΣ Lee and Long; Σ Lee.",
]
_INDEX = {
    "lee": [("lee", "p1")],
    "long": [("long", "p2")],
    "kimu": [("kimura", "p3")],
    "петр": [("петров", "p4")],
    "izmi": [("izmir", "p5")],
}


@pytest.mark.parametrize("text", _NAME_TEXTS)
def test_name_like_starts_found_by_search_as_by_reading_every_capitalised_word(
    text: str,
) -> None:
    assert _name_like_starts(text, _INDEX) == _plain_name_starts(text, _INDEX)


def test_name_like_starts_keep_only_words_whose_opening_is_a_key() -> None:
    """A key found inside a longer word's opening ("lee" in "Leeds": "leed" is no key) is
    checked against the whole word's opening, as the plain reading keeps it."""
    text = _NAME_TEXTS[0]
    starts = _name_like_starts(text, _INDEX)
    assert text.index("Leeds") not in starts
    assert text.index("Lee ") in starts and text.index("LEE") in starts


def test_name_like_starts_of_the_sample_articles(sample_docs: list[Document]) -> None:
    checked = 0
    for doc in sample_docs:
        view = _DocView(doc)
        _, index = view._name_forms()
        if index:
            assert _name_like_starts(view.text, index) == _plain_name_starts(view.text, index)
            checked += 1
    assert checked >= 5


# A sector word inside an organisation's name ("Ministry of Culture") is no sector of the
# event; a sentence with no organisation or title takes every sector its hits name
_SECTOR_TEXTS = {
    "en": "The governor of Ninh Binh province met the Ministry of Culture and Sports in "
    "Hanoi. They discussed tourism and education. The Tourism Department director said "
    "trade grew.",
    "fr": "Le gouverneur a rencontré le ministre de la Culture à Paris. Ils ont discuté du "
    "tourisme et de l'éducation.",
}


def _runs(pipeline: Pipeline, docs: list[Document]) -> list[_Run]:
    stage = pipeline.stages[-1]
    assert isinstance(stage, EventStage)
    out = []
    for doc in docs:
        lex = stage.lexicon(doc.lang)
        if lex is None:
            continue
        run = _Run(_DocView(doc), lex, stage._names())
        stage._foreign_paragraphs(doc, run.v, run)
        run.read()
        out.append(run)
    return out


def _own_docs(pipeline: Pipeline) -> list[Document]:
    from diplograph._models import RawArticle

    docs = []
    for lang, text in _SECTOR_TEXTS.items():
        doc = pipeline.process(RawArticle(source=f"t-{lang}.txt", content=text))
        assert not isinstance(doc, Rejection)
        docs.append(doc)
    return docs


def test_sectors_of_sentences_without_offices_are_read_as_listed(
    pipeline: Pipeline, sample_docs: list[Document]
) -> None:
    """``_sectors`` takes the pairs ``read`` listed for a sentence outside
    ``office_sents``: they are what ``_sentence_sectors`` finds there; and every sentence
    where ``_sentence_sectors`` leaves a pair out is one of ``office_sents``."""
    compared = dropped = 0
    for run in _runs(pipeline, sample_docs + _own_docs(pipeline)):
        offices = run.v.office_sents()
        for i, listed in enumerate(run.sector_hits):
            if not listed:
                continue
            kept = run._sentence_sectors(i)
            if i not in offices:
                assert kept == listed
                compared += 1
            elif kept != listed:
                dropped += 1
    assert compared >= 20
    assert dropped >= 1  # (an office's sector word left out, in a sentence of offices)


def test_sectors_of_an_event_with_and_without_the_shortcut(
    pipeline: Pipeline, sample_docs: list[Document]
) -> None:
    """Every event's sectors are those read through ``_sentence_sectors`` everywhere."""
    for run in _runs(pipeline, sample_docs + _own_docs(pipeline)):
        spans = [d.span or d.trigger_sents for d in run.drafts]
        fast = [run._sectors(span) for span in spans]
        run.v._offices = set(range(len(run.v.sents)))  # every sentence asked in full
        assert fast == [run._sectors(span) for span in spans]
