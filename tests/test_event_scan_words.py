"""The events stage's per-sentence reading, written for speed, gives what the plain forms give.

A sentence's words are read by a split and running sums (``_phrases.words``) instead of one
match object per word; their phrase-set bits are looked up in C (``Lexicon.bits_of``); the
sentences where coreference may find a name word are found for the whole document at once
(``_DocView._may_name``); the (sector, rule) pairs of a sector entry are made once
(``Lexicon.sector_pairs``). None may change a record: each is compared here with the plain
form it replaces, on the sample articles and on texts of our own.
"""

from __future__ import annotations

import bisect
import copy
import re
from pathlib import Path

import pytest

from diplograph import Rejection
from diplograph._models import Document, RawArticle, Sentence, sector_values
from diplograph._pipeline import Pipeline
from diplograph.events._phrases import tokens, words
from diplograph.events._stage import EventStage
from diplograph.events._view import _CAP_WORD, _DocView, _word_char

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "sample" / "articles"

_OWN = [
    "The governor of Tula met the ambassador; they signed a memorandum.",
    "Губернатор Калужской области встретился с послом, подписав соглашение.",
    "Bộ trưởng Nguyễn Văn An tiếp Đoàn đại biểu tỉnh Kaluga.",
    "Der Ministerpräsident traf die Delegation in Düsseldorf; STRAẞE, Maß.",
    "İstanbul Valisi ve İzmir heyeti görüştü.",  # "İ" lowers to two characters
    "ΟΔΟΣ ΑΘΗΝΩΝ. Ο ΠΡΟΕΔΡΟΣ'Α ΣΥΝΑΝΤΗΣΕ.",  # final sigma depends on what follows
    "湖北省代表团访问萨克森州。ＡＢＣ Ｋａｌｕｇａ 签署协议",
    "경기도 대표단이 양해각서를 체결했다.",  # (ko: words with particles attached)
    "ລົງນາມ ສັນຍາ ກັບ ແຂວງ ແລະ ลงนามความร่วมมือ",
    "  a_b  __ 12,5 x\u0301y -- end",  # underscores, digits, a combining mark, no word at the end
    "",
    "...",
]


@pytest.mark.parametrize("text", _OWN)
def test_words_are_the_tokens(text: str) -> None:
    n = len(text)
    for pos, end in [(0, n), (min(3, n), max(n - 2, min(3, n))), (n // 2, n), (0, 0)]:
        starts, lows = words(text, pos, end)
        assert list(zip(starts, lows, strict=True)) == tokens(text, pos, end)


def test_words_of_the_sample_articles_are_the_tokens() -> None:
    checked = 0
    for path in sorted(SAMPLE.glob("*/*.txt")):
        text = path.read_text("utf-8")
        for line in re.finditer(r"[^\n]+", text):
            a, b = line.start(), line.end()
            starts, lows = words(text, a, b)
            assert list(zip(starts, lows, strict=True)) == tokens(text, a, b)
            # cut inside words at both ends, as a sentence may be
            starts, lows = words(text, a + 1, b - 1)
            assert list(zip(starts, lows, strict=True)) == tokens(text, a + 1, b - 1)
            checked += 1
    assert checked > 300


@pytest.mark.parametrize("lang", ["en", "ru", "vi", "de", "zh", "ja", "th", "ko"])
def test_bits_of_the_words_are_their_word_masks(pipeline: Pipeline, lang: str) -> None:
    stage = pipeline.stages[-1]
    assert isinstance(stage, EventStage)
    lex = stage.lexicon(lang)
    assert lex is not None
    paths = sorted((SAMPLE / lang).glob("*.txt"))
    texts = [p.read_text("utf-8") for p in paths] + _OWN
    nonzero = 0
    for text in texts:
        toks = tokens(text, 0, len(text))
        lows = [w for _, w in toks]
        lex._masks.clear()  # words seen for the first time, then remembered
        first = lex.bits_of(lows)
        assert first == lex.word_masks(toks) == lex.bits_of(lows)
        nonzero += sum(1 for b in first if b)
    assert nonzero > 0


def test_sector_pairs_are_the_sector_values_with_their_rules(pipeline: Pipeline) -> None:
    stage = pipeline.stages[-1]
    assert isinstance(stage, EventStage)
    checked = 0
    for lang in ("en", "ru", "vi", "zh", "de", "fr", "ko"):
        lex = stage.lexicon(lang)
        assert lex is not None
        for e in lex.sectors.entries:
            plain = tuple((s, f"sector:{lang}:{e.phrase}") for s in sector_values(e.value))
            assert lex.sector_pairs(e) == plain
            assert lex.sector_pairs(e) is lex.sector_pairs(e)  # made once
            checked += bool(plain)
    assert checked > 100


def _plain_may_name(view: _DocView, i: int) -> bool:
    """``_may_name`` asked per sentence, as it was written before its answers were computed
    for the whole document at once."""
    _, index = view._name_forms()
    if not index:
        return False
    s = view.sents[i]
    text = view.text
    if s.start and _word_char(text[s.start - 1]):
        return True
    if 0 < s.end < len(text) and _word_char(text[s.end]) and _word_char(text[s.end - 1]):
        return True
    starts = [w.start() for w in _CAP_WORD.finditer(text) if w.group().lower()[:4] in index]
    k = bisect.bisect_left(starts, s.start)
    while k < len(starts) and starts[k] < s.end:
        if not any(m.start <= starts[k] < m.end for m in view.by_sent[i]):
            return True
        k += 1
    return False


def _analysed(pipeline: Pipeline, text: str) -> Document:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert not isinstance(doc, Rejection)
    return doc


_NAMES = (
    "Governor Anna Petrova met Ambassador Le Van Minh in Kaluga on 3 March 2024.\n"
    "Petrova thanked Minh for the visit. Later Petrova and Minh signed a memorandum.\n"
    "The governor said Petrovas and Minhs were welcome; MINH left, Petrov stayed."
)


def test_sentences_that_may_name_found_at_once_as_one_by_one(pipeline: Pipeline) -> None:
    texts = [p.read_text("utf-8") for p in sorted(SAMPLE.glob("*/*.txt"))] + [_NAMES]
    found = 0
    for text in texts:
        doc = _analysed(pipeline, text)
        view = _DocView(doc)
        _, index = view._name_forms()
        fast = [view._may_name(i, index) for i in range(len(view.sents))]
        assert fast == [_plain_may_name(_DocView(doc), i) for i in range(len(view.sents))]
        found += sum(fast)
    assert found > 10


@pytest.mark.parametrize(
    "cuts",
    [
        [(0, 40), (30, 120), (100, 200)],  # overlapping sentences
        [(80, 160), (0, 80), (160, 240)],  # out of order
        [(3, 50), (50, 97), (97, 230)],  # cut inside words
        [(0, 0), (0, 75), (75, 75), (75, 236)],  # empty sentences at the edges
    ],
)
def test_sentences_that_may_name_with_odd_sentences(
    pipeline: Pipeline, cuts: list[tuple[int, int]]
) -> None:
    doc = _analysed(pipeline, _NAMES)
    doc.sentences = [Sentence(a, min(b, len(doc.text))) for a, b in cuts]
    view = _DocView(doc)
    _, index = view._name_forms()
    assert index
    fast = [view._may_name(i, index) for i in range(len(view.sents))]
    assert fast == [_plain_may_name(_DocView(doc), i) for i in range(len(view.sents))]
    assert any(fast)


def _whole_lines_plain(text: str, start: int, end: int) -> bool:
    """The form ``_sectors._in_link_list`` used: slices of the text before and after."""
    return text[:start].rstrip(" \t")[-1:] in ("", "\n") and text[end:].lstrip(" \t")[:1] in (
        "",
        "\n",
    )


def test_whole_lines_reads_in_place_as_the_slices_did() -> None:
    """``_whole_lines`` reads the characters next to a span in place; every span of texts
    of our own with spaces, tabs, line breaks and other marks at either side gives what the
    slices gave (both answers occur)."""
    from diplograph.events._sectors import _whole_lines

    texts = [
        "",
        "Home\nNews\n\tEvents \nContacts",
        " \t Museums and Heritage Sites\t\n\nHospitals \n",
        "The talks ended. \tTourism\n  Education  \r\nTrade",
        "\n\n \t\n",
    ]
    answers = set()
    for text in texts:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                plain = _whole_lines_plain(text, start, end)
                assert _whole_lines(text, start, end) is plain, (text, start, end)
                answers.add(plain)
    assert answers == {True, False}


class _EveryBit(list[int]):
    """Word masks that never rule a phrase set out: every ``scan`` reads its words."""

    def __getitem__(self, i):  # type: ignore[no-untyped-def,override]
        return -1

    def __setitem__(self, i, value):  # type: ignore[no-untyped-def,override]
        pass


_FOREIGN = (
    "The governor of Tula met the ambassador of Vietnam in Tula on 3 March 2024.\n\n"
    "Le gouverneur de la région de Toula a signé un accord de coopération avec la province "
    "de Lào Cai. Les deux parties prévoient de renforcer la coopération dans le tourisme.\n\n"
    "They agreed to cooperate in trade and education."
)


def test_mask_checks_before_the_calls_change_no_record(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``read``, ``_hits``, ``_features``, ``partnerships``, ``_profile``, ``_sentence_sectors``
    and ``_document_told_of`` make ``scan``'s mask check (and ``scan_foreign``'s test) before
    calling it. The events stage over the sample articles and
    a page with a foreign paragraph gives the same records when no mask rules a set out (every
    guard passes and every ``scan`` reads the sentence's words)."""
    from diplograph.events import _base

    stage = next(s for s in pipeline.stages if s.name == "events")
    texts = [p.read_text("utf-8") for p in sorted(SAMPLE.glob("*/*.txt"))] + [_FOREIGN]
    docs = [_analysed(pipeline, t) for t in texts]

    def records(doc: Document) -> str:
        out = stage(copy.deepcopy(doc))
        return repr((out.events, out.statements, out.partnerships, out.figures))

    fast = [records(d) for d in docs]
    init = _base._RunBase.__init__

    def every_bit(self, *args):  # type: ignore[no-untyped-def]
        init(self, *args)
        self.masks = _EveryBit(self.masks)

    monkeypatch.setattr(_base._RunBase, "__init__", every_bit)
    assert [records(d) for d in docs] == fast
    assert sum(f.count("Event(") for f in fast) > 20
