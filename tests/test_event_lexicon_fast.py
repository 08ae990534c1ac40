"""The events lexicon's cheaper forms match what the plain forms match.

Each is written for speed (of compiling at start, or of scanning) and must not change a
record: these tests compare it with the plain form it replaces.
"""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path
from typing import Any

import pytest

from diplograph import Rejection
from diplograph._models import Document, Mention, RawArticle, Sentence
from diplograph._pipeline import Pipeline
from diplograph.events._phrases import _CLOSE, _OPEN, _WORD_CHARS, _WORDS, Entry, PhraseSet, tokens
from diplograph.events._stage import EventStage
from diplograph.events._view import _DocView

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "sample" / "articles"

_PLAIN_OPEN = '["“«„‘(]?'
_PLAIN_CLOSE = '["”»’)]?'


@pytest.mark.parametrize(("fast", "plain"), [(_OPEN, _PLAIN_OPEN), (_CLOSE, _PLAIN_CLOSE)])
def test_quote_marks_between_phrase_words_match_the_plain_class(fast: str, plain: str) -> None:
    """The branch of small classes matches the same single characters as the one class (case
    folded as phrases are), nothing else, and the empty string (it is optional)."""
    a = re.compile(fast, re.IGNORECASE)
    b = re.compile(plain, re.IGNORECASE)
    for code in range(0x110000):
        ch = chr(code)
        assert bool(a.fullmatch(ch)) == bool(b.fullmatch(ch)), hex(code)
    assert a.fullmatch("") and not a.fullmatch('""')
    # greedy like ``?``: a mark before the word is taken, not left for the next part
    word = re.compile(fast + r"(\S+)", re.IGNORECASE)
    m = word.match('"Days')
    assert m is not None and m.group(1) == "Days"


def _plain_inner(
    ps: PhraseSet, text: str, toks: list[tuple[int, str]]
) -> list[tuple[int, int, Entry]]:
    """Unspaced-script phrases found the plain way: every phrase searched in every run;
    earliest first, then the most specific (the lowest index) at that place."""
    found = []
    for start, low in toks:
        if low.isascii():
            continue
        for i in ps._inner:
            for m in ps.pattern(i).finditer(text, start, start + len(low)):
                if m.end() > m.start():
                    found.append((m.start(), i, m.end()))
    out: list[tuple[int, int, Entry]] = []
    taken = -1
    for a, i, b in sorted(found):
        if a >= taken:
            out.append((a, b, ps.entries[i]))
            taken = b
    return out


def _plain_scan(ps: PhraseSet, text: str, s: Sentence) -> list[tuple[int, int, Entry]]:
    """A set's scan of a sentence over every word, unspaced phrases searched everywhere."""
    toks = tokens(text, s.start, s.end)
    words = ps._scan_words(text, toks, s.end)
    inner = _plain_inner(ps, text, toks)
    rest = [h for h in words if not any(a < h[1] and h[0] < b for a, b, _ in inner)]
    return sorted(inner + rest, key=lambda h: h[0])


def _phrase_text(phrase: str) -> str:
    """One plain reading of a phrase: first alternative, no gaps or wildcards."""
    words = []
    for tok in phrase.split():
        if tok in ("~", "@agent", "@place") or tok.startswith("..."):
            continue
        if tok.startswith("(") and "|" in tok:
            tok = tok[1:].split("|")[0]
        words.append(tok.strip("()").replace("*", ""))
    return "".join(words)


@pytest.mark.parametrize("lang", ["zh", "ja", "th", "lo"])
def test_unspaced_phrases_found_by_their_openings_as_by_searching_everywhere(
    pipeline: Pipeline, lang: str
) -> None:
    """Every set of the language, over texts of its own phrases run together (our own
    sentences: each phrase, then the same with a letter dropped, in runs of several)."""
    stage = pipeline.stages[-1]
    assert isinstance(stage, EventStage)
    lex = stage.lexicon(lang)
    assert lex is not None
    pieces = [_phrase_text(e.phrase) for ps in lex._sets for e in ps.entries if ps._inner]
    pieces += [p[1:] for p in pieces] + [p[:-1] for p in pieces] + [p[:2] + p for p in pieces]
    random.Random(14).shuffle(pieces)
    runs = ["".join(pieces[k : k + 4]) for k in range(0, len(pieces), 4)]
    text = "。".join(runs) + "。"
    sents, pos = [], 0
    for run in runs:
        sents.append(Sentence(pos, pos + len(run)))
        pos += len(run) + 1
    checked = found = 0
    for ps in lex._sets:
        for s in sents:
            toks = tokens(text, s.start, s.end)
            fast = [t for t in toks if lex.word_masks([t])[0] & ps.bit]
            got = ps.scan_tokens(text, fast, s.end) if fast else []
            assert got == _plain_scan(ps, text, s), (lang, text[s.start : s.end])
            checked += 1
            found += len(got)
    assert checked > 20 and found > 10


def _corefs_both_ways(docs: list[Document], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    from diplograph.events import _view

    fast = [[_DocView(d).corefs(i) for i in range(len(d.sentences))] for d in docs]
    with monkeypatch.context() as m:
        m.setattr(_view._DocView, "_may_name", lambda self, i, index: True)
        plain = [[_DocView(d).corefs(i) for i in range(len(d.sentences))] for d in docs]
    return fast, plain


def test_coreference_skips_only_sentences_without_a_name_word(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``corefs`` reads the capitalised runs only of the sentences holding a word that starts
    like a name word of the document; reading every sentence finds the same mentions."""
    docs = []
    for path in sorted(SAMPLE.glob("*/*.txt")):
        doc = pipeline.process(RawArticle(source=path.name, content=path.read_text("utf-8")))
        assert not isinstance(doc, Rejection)
        docs.append(doc)
    fast, plain = _corefs_both_ways(docs, monkeypatch)
    assert fast == plain
    assert sum(1 for per_doc in fast for ms in per_doc for m in ms if m.rule == "coref:name-word")


def _doc(text: str, names: list[str], cuts: list[int]) -> Document:
    doc = Document(doc_id="d", source="t", text=text)
    bounds = [0, *cuts, len(text)]
    doc.sentences = [Sentence(a, b) for a, b in itertools.pairwise(bounds)]
    doc.mentions = [
        Mention(text.index(n), text.index(n) + len(n), n, "person", n, "test", {}) for n in names
    ]
    return doc


@pytest.mark.parametrize(
    ("text", "name", "cut_after"),
    [
        # sentences cut inside a name word, at a sentence's end and at the next one's start
        (
            "Governor Oleg Kornilov came. Soon, Kornilov spoke. Then, Kornilova left.",
            "Oleg Kornilov",
            "Soon, Kor",
        ),
        (
            "Governor Oleg Kornilov came. Soon, Kornilov spoke. Then, Kornilova left.",
            "Oleg Kornilov",
            "Then, Ko",
        ),
        # a cut leaving a capitalised piece that is a name word, though the word is not
        ("Minister Ana Rui arrived. Ruizhkov left. Rui signed.", "Ana Rui", "arrived. Rui"),
        ("Minister Ana Rui arrived. McRui left. Rui signed.", "Ana Rui", "arrived. Mc"),
        # a name word only in lower case; no name word at all
        ("Minister Ana Ruiz arrived. Ruiz signed. ruiz left. Nobody came.", "Ana Ruiz", "arrived."),
        (
            "Ана Петрова приехала. Петровой вручили награду. Потом Петрова уехала.",
            "Ана Петрова",
            "Потом Пе",
        ),
    ],
)
def test_coreference_skip_at_sentences_cut_inside_words(
    text: str, name: str, cut_after: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cut = text.index(cut_after) + len(cut_after)
    stops = [m.end() for m in re.finditer(r"\. ", text) if m.end() != cut]
    doc = _doc(text, [name], sorted({cut, *stops}))
    fast, plain = _corefs_both_ways([doc], monkeypatch)
    assert fast == plain
    assert any(ms for ms in plain[0])  # the name is told again somewhere


def _plain_tokens(text: str, pos: int, end: int) -> list[tuple[int, str]]:
    """Every word lower-cased on its own."""
    return [(w.start(), w.group().lower()) for w in _WORDS.finditer(text, pos, end)]


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор Калужской области встретился с послом.",
        "Bộ trưởng Nguyễn Văn An tiếp Đoàn đại biểu tỉnh Kaluga.",
        "Der Ministerpräsident traf die Delegation in Düsseldorf; STRAẞE, Maß.",
        "İstanbul Valisi ve İzmir heyeti görüştü.",  # "İ" lowers to two characters
        "ΟΔΟΣ ΑΘΗΝΩΝ. Ο ΠΡΟΕΔΡΟΣ'Α ΣΥΝΑΝΤΗΣΕ.",  # final sigma depends on what follows
        "湖北省代表团访问萨克森州。ＡＢＣ Ｋａｌｕｇａ 签署协议",
        "ລົງນາມ ສັນຍາ ກັບ ແຂວງ ແລະ ลงนามความร่วมมือ",
    ],
)
def test_words_of_a_sentence_lower_cased_at_once_as_one_by_one(text: str) -> None:
    for pos, end in [(0, len(text)), (3, len(text) - 2), (len(text) // 2, len(text))]:
        assert tokens(text, pos, end) == _plain_tokens(text, pos, end)


def test_lower_casing_one_character_into_one_keeps_it_a_word_character() -> None:
    """What the sentence-at-once reading of ``tokens`` relies on, over all of Unicode."""
    word = re.compile(_WORD_CHARS)
    for code in range(0x110000):
        ch = chr(code)
        low = ch.lower()
        if len(low) == 1:
            assert bool(word.fullmatch(ch)) == bool(word.fullmatch(low)), hex(code)


def test_words_of_the_sample_articles_lower_cased_at_once_as_one_by_one() -> None:
    for path in sorted(SAMPLE.glob("*/*.txt")):
        text = path.read_text("utf-8")
        for line in re.finditer(r"[^\n]+", text):
            assert tokens(text, line.start(), line.end()) == _plain_tokens(
                text, line.start(), line.end()
            )


@pytest.mark.parametrize("lang", ["en", "ru", "vi", "zh", "ja", "de", "fr", "ko", "th", "lo"])
def test_object_requirement_read_without_the_regex(pipeline: Pipeline, lang: str) -> None:
    from diplograph.events._phrases import _need, phrase_regex

    stage = pipeline.stages[-1]
    assert isinstance(stage, EventStage)
    lex = stage.lexicon(lang)
    assert lex is not None
    needs = [(_need(e.phrase), phrase_regex(e.phrase)[1]) for ps in lex._sets for e in ps.entries]
    assert all(a == b for a, b in needs)
    assert any(a for a, _ in needs) or lang in ("ja", "ko", "th", "lo")  # (none written there)


def test_name_like_words_located_by_search_as_by_reading_every_word(pipeline: Pipeline) -> None:
    """The starts ``_may_name`` keeps (distinct words first, then searched for) are those of
    every capitalised word of the text whose first letters a name word has."""
    from diplograph.events._view import _CAP_WORD

    checked = 0
    paths = sorted(SAMPLE.glob("*/*.txt"))
    texts = [p.read_text("utf-8") for p in paths]
    texts.append("Minister Ana Rui met Ruizhkov; McRui and RUI left. Rui-Rui, Rui's Ruin.")
    for text in texts:
        doc = pipeline.process(RawArticle(source="t.txt", content=text))
        assert not isinstance(doc, Rejection)
        view = _DocView(doc)
        _, index = view._name_forms()
        if not index or not view.sents:
            continue
        view._may_name(0, index)
        words = _CAP_WORD.finditer(view.text)
        plain = [w.start() for w in words if w.group().lower()[:4] in index]
        assert view._name_starts == plain
        checked += bool(plain)
    assert checked >= 5
