"""Event phrases' regexes are compiled at their first use (``PhraseSet.pattern``).

Why it matters: a language's phrase sets hold hundreds of phrases and a run of news tries
about half of them; compiling all at a lexicon's load cost ~0.1 ms each at start-up and at
each language's first document. These tests check that laziness changes no match, that a
phrase is compiled once, and that every shipped phrase still compiles (the data check the
eager load used to make).
"""

from __future__ import annotations

import pickle
import re
from typing import Any

import pytest

from diplograph._pipeline import Pipeline
from diplograph._registry import Registry
from diplograph.events import _phrases
from diplograph.events._phrases import Entry, PhraseSet
from diplograph.events._stage import EventStage

# Phrases in the lexicons' own notation: literal words, "stem*", "*ending", alternatives,
# gaps, unspaced-script phrases (searched inside words).
PHRASES = [
    "sign* (agreement|memorandum)",
    "memorandum of understanding",
    "visit*",
    "*festival",
    "co-operation",
    "meet* ~ with",
    "trade turnover",
    "the delegation",
    "签署 ...3 协议",
    "合作",
    "締結した",
    "sister cit*",
    "investment forum",
    "governor* council",
]
# Sentences of our own.
TEXTS = [
    "The delegation visited the spring festival and signed an agreement on co-operation.",
    "Officials will meet on Friday with the governor to discuss trade turnover.",
    "双方签署了合作协议。",
    "両市は友好都市協定を締結した。",
    "A memorandum of understanding was signed; nothing else happened.",
]


@pytest.fixture()
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The phrase patterns compiled meanwhile (what ``PhraseSet`` asks to compile)."""
    seen: list[str] = []
    real = _phrases.compile_pattern

    def counting(p: str, flags: int = 0) -> re.Pattern[str]:
        seen.append(p)
        return real(p, flags)

    monkeypatch.setattr(_phrases, "compile_pattern", counting)
    return seen


def _set() -> PhraseSet:
    return PhraseSet([Entry(p, "", "strong") for p in PHRASES])


def _phrase_compiles(ps: PhraseSet, compiles: list[str]) -> list[str]:
    """The compilations of ``ps``'s phrase regexes among ``compiles``."""
    sources = set(ps._src)
    return [c for c in compiles if c in sources]


def _scan_all(ps: PhraseSet) -> list[list[tuple[int, int, str]]]:
    return [[(a, b, e.phrase) for a, b, e in ps.scan(t)] for t in TEXTS]


def test_a_new_phrase_set_compiles_nothing(compiles: list[str]) -> None:
    ps = _set()
    assert _phrase_compiles(ps, compiles) == []
    assert all(rx is None for rx in ps._rx)
    assert bool(ps)  # it has phrases, compiled or not
    assert not PhraseSet([])


def test_lazy_scans_find_what_compiled_ones_find(compiles: list[str]) -> None:
    eager, lazy = _set(), _set()
    assert eager.compile_all() == len(PHRASES)
    assert eager.compile_all() == 0  # nothing left to compile
    want = _scan_all(eager)
    assert any(want)  # the texts do hold phrases
    compiles.clear()
    assert _scan_all(lazy) == want
    tried = {i for i, rx in enumerate(lazy._rx) if rx is not None}
    assert len(_phrase_compiles(lazy, compiles)) == len(tried)  # each tried one, once
    assert 0 < len(tried) < len(PHRASES)  # phrases no text could start are never built
    compiles.clear()
    assert _scan_all(lazy) == want
    assert _phrase_compiles(lazy, compiles) == []  # a second reading compiles nothing


def test_pattern_compiles_once_and_keeps_it(compiles: list[str]) -> None:
    ps = _set()
    i = next(k for k, e in enumerate(ps.entries) if e.phrase == PHRASES[0])
    first = ps.pattern(i)
    assert ps.pattern(i) is first
    assert _phrase_compiles(ps, compiles) == [ps._src[i]]
    assert first.match("SIGNS Agreement")  # IGNORECASE, as phrases are matched


def test_a_partly_compiled_set_pickles() -> None:
    """Stages travel to Dask workers by pickle, in whatever state a scan left them."""
    ps = _set()
    want = _scan_all(ps)
    copy: Any = pickle.loads(pickle.dumps(ps))
    assert _scan_all(copy) == want


LANGS = [lang for lang in Registry().languages() if "triggers" in Registry().files(lang)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_phrase_of_every_language_compiles(pipeline: Pipeline, lang: str) -> None:
    """The check the eager load made at start-up: a malformed phrase fails here."""
    stage = pipeline.stages[-1]
    assert isinstance(stage, EventStage)
    lex = stage.lexicon(lang)
    assert lex is not None
    for phrases in lex._sets:
        phrases.compile_all()
        assert all(rx is not None for rx in phrases._rx)


def test_a_pattern_that_does_not_compile_names_its_phrase() -> None:
    """Compiled at its first use, a broken pattern still says which phrase it is (as the
    load did). ``phrase_regex`` escapes what it does not read, so the source is broken by
    hand here, as a bug in it would."""
    from diplograph._errors import LanguageDataError

    ps = PhraseSet([Entry("visit*", "", "strong"), Entry("sign* (accord|deal)", "", "strong")])
    i = next(k for k, e in enumerate(ps.entries) if e.phrase.startswith("sign"))
    ps._src[i] = ps._src[i].replace("(?:", "(", 1) + ")("
    with pytest.raises(LanguageDataError, match=r"'sign\* \(accord\|deal\)'"):
        ps.pattern(i)
