"""The fast paths of the events view answer exactly what the plain code answers.

Speed work must not move quality: each shortcut is checked here against the
straightforward computation it replaces, over the sample corpus of every language
(and a few cases built to hit the edges: a name told twice in one sentence, sentences
that overlap).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph import Rejection, Resources
from diplograph._models import Document, Mention, Sentence
from diplograph._pipeline import Pipeline
from diplograph._readers import read_inputs
from diplograph.events._view import _DocView

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "diplograph" / "sample" / "articles"


@pytest.fixture(scope="module")
def analysed() -> tuple[Pipeline, dict[str, list[Document]]]:
    res = Resources()
    pipeline = Pipeline(res)
    by_lang: dict[str, list[Document]] = {}
    for raw in read_inputs([str(SAMPLE)], res.options):
        if isinstance(raw, Rejection):
            continue
        doc = pipeline.process(raw)
        if not isinstance(doc, Rejection) and doc.lang:
            by_lang.setdefault(doc.lang, []).append(doc)
    return pipeline, by_lang


def _naive_full_forms(view: _DocView, i: int, full: dict[str, str]) -> list[tuple[str, str, int]]:
    s = view.sents[i]
    out = []
    for form, key in full.items():
        at = view.text.find(form, s.start, s.end)
        if at >= 0:
            out.append((form, key, at))
    return out


def test_full_names_located_once_equal_per_sentence_search(
    analysed: tuple[Pipeline, dict[str, list[Document]]],
) -> None:
    """The full names found for each sentence from one pass over the document are those a
    search of each sentence finds (unspaced scripts have no two-word names: none to find)."""
    _, by_lang = analysed
    checked = 0
    for docs in by_lang.values():
        for doc in docs:
            view = _DocView(doc)
            full, _ = view._name_forms()
            for i in range(len(view.sents)):
                assert view._full_forms_in(i, full) == _naive_full_forms(view, i, full)
                checked += bool(view._full_forms_in(i, full))
    assert checked


def _person(text: str, name: str, at: int) -> Mention:
    return Mention(at, at + len(name), name, "person", name, "test", {})


@pytest.mark.parametrize(
    ("text", "sents"),
    [
        # the name twice in one sentence and once in the next: first in each counts
        (
            "Anna Berg met Anna Berg's aide. Later Anna Berg left.",
            [(0, 31), (32, 53)],
        ),
        # the name across a sentence end is in neither sentence
        ("Anna Berg spoke. Anna\nBerg left. Anna Berg stayed.", [(0, 16), (17, 27), (28, 48)]),
        # overlapping sentences: each is searched on its own
        ("Anna Berg met Karl Noor. Karl Noor and Anna Berg left.", [(0, 30), (14, 54)]),
        # a gap between sentences holds the only occurrence
        ("Nothing here. Anna Berg. Nor here.", [(0, 13), (25, 34)]),
    ],
)
def test_full_names_located_once_edge_cases(text: str, sents: list[tuple[int, int]]) -> None:
    mentions = [_person(text, "Anna Berg", text.index("Anna Berg"))]
    if "Karl Noor" in text:
        mentions.append(_person(text, "Karl Noor", text.index("Karl Noor")))
    doc = Document(doc_id="d", source="t", text=text)
    doc.sentences = [Sentence(a, b) for a, b in sents]
    doc.mentions = sorted(mentions, key=lambda m: m.start)
    view = _DocView(doc)
    full, _ = view._name_forms()
    assert full
    for i in range(len(view.sents)):
        assert view._full_forms_in(i, full) == _naive_full_forms(view, i, full)


def test_coreference_runs_from_capitalised_words_equal_every_word_scan(
    analysed: tuple[Pipeline, dict[str, list[Document]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``corefs`` visits only the words that may be capitalised; visiting every word (the
    plain scan) finds the same runs and so the same mentions, in every language."""
    from diplograph.events import _view

    _, by_lang = analysed
    docs = [d for ds in by_lang.values() for d in ds]
    fast = [[_DocView(d).corefs(i) for i in range(len(d.sentences))] for d in docs]
    monkeypatch.setattr(_view, "_CAP_WORD", _view._WORD)
    plain = [[_DocView(d).corefs(i) for i in range(len(d.sentences))] for d in docs]
    assert fast == plain
    assert sum(len(m) for per_doc in fast for m in per_doc) >= 5  # some were found
