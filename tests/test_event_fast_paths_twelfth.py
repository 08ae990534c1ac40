"""The twelfth round of events-stage shortcuts answers exactly what the plain code answers.

Each shortcut is compared with the reading it replaces, over the sample corpus of every
language and texts of our own built to reach its edges, and each test fails when the
shortcut's exactness condition is dropped (checked by breaking it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph import Rejection, Resources
from diplograph._models import Document, Figure, RawArticle, Sentence
from diplograph._pipeline import Pipeline
from diplograph._readers import read_inputs
from diplograph.events._figures import _CUES, _PERSON_UNITS, _POPULATION, _SHARE, _rounds
from diplograph.events._stage import EventStage, _Run
from diplograph.events._view import _CAP_WORD, _DIGIT, _DocView, _name_like_starts, _str

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


# ------------------------------------------------------------------ figures stated again
# A quantity told again is left out before its sentence is read; the same figures as
# reading every amount sentence in full (the plain method, kept here as the oracle)


def _plain_figures(self: _Run) -> list[Figure]:
    """The figures as read before the shortcut: every amount sentence read in full."""
    v, lex = self.v, self.lex
    out: list[Figure] = []
    stated: set[tuple[float, str]] = set()  # (value, unit) already stated
    approxes: list[str | None] = []  # the rounding word of each figure of ``out``
    # the sentences naming an amount, found in one pass over the mentions (most
    # sentences name none, and a comprehension per sentence is a function called)
    counted = sorted({i for i, ms in enumerate(v.by_sent) for m in ms if m.kind == "amount"})
    for i in counted:
        ms = v.by_sent[i]
        amounts = [m for m in ms if m.kind == "amount"]
        measures = self.scan(lex.measures, i)
        cues = {e.value for _, _, e in measures if e.value in _CUES}
        measures = [x for x in measures if x[2].value not in _CUES]
        names = []
        for m in ms:
            if m.kind in ("country", "region") and not v.nested(m):
                name = (
                    self.names.region_name(m.key or "") if m.kind == "region" else None
                ) or m.text
                if name not in names:
                    names.append(name)
        years = [m.key for m in ms if m.kind == "date" and m.key and len(m.key) == 4]
        for m in amounts:
            unit = _str(m.attrs.get("unit")) or ""
            value = m.attrs.get("value")
            if not isinstance(value, int | float) or not unit:
                continue
            low = unit.lower()
            if low in lex.exclude_units:
                continue
            money = len(unit) == 3 and unit.isalpha() and unit.isupper()
            if not _DIGIT.search(m.text) and low != "times" and m.attrs.get("spelled") != "exact":
                continue  # "hundreds of thousands": not a stated figure
            if (low == "percent" and _SHARE in cues) or (
                low in _PERSON_UNITS and _POPULATION in cues
            ):
                continue  # the place described: its population, a share of its whole
            if money or low in ("times", "percent"):
                if not measures:
                    continue
                measure = min(measures, key=lambda x: abs(x[0] - m.start))
                desc, rule = measure[2].value, f"figure:{lex.lang}:{measure[2].phrase}"
            elif low in lex.count_units:
                # a count is about the relation when the sentence names its parties, says
                # what it measures, tells an event ("a forum with 120 companies") or
                # states a relation ("sister-city relations with 106 cities")
                told = (
                    i in self.event_sentences
                    or bool(self.delegations[i])
                    or bool(self.scan(lex.partnerships, i))
                )
                if not names and not measures and not told:
                    continue
                desc, rule = unit, f"figure:{lex.lang}:count:{unit}"
            else:
                continue
            if m.attrs.get("whole"):
                continue  # "the 10th out of 63 localities": a rank's whole
            if (float(value), low) in stated:
                continue
            stated.add((float(value), low))
            what = desc + (" " + "-".join(names) if names else "")
            if low == "times":
                what = "growth of " + what
            approx = m.attrs.get("approx")
            approxes.append(approx if isinstance(approx, str) else None)
            out.append(
                Figure(
                    what=what,
                    value=float(value),
                    unit=unit,
                    period=years[0] if years else None,
                    evidence=[v.evidence(i)],
                    rule=rule,
                )
            )
    exact = [(f.value, f.unit.lower()) for f, a in zip(out, approxes, strict=True) if not a]
    return [
        f
        for f, a in zip(out, approxes, strict=True)
        if not any(u == f.unit.lower() and _rounds(a, f.value, x) for x, u in exact)
    ]


_FIGURE_TEXTS = [
    # the same quantity told twice, the second time beside a new one of another measure
    "Trade between Kaluga oblast and Quang Ninh reached 93 million USD in 2024. The governor "
    "said trade reached 93 million USD, and investment from Kaluga reached 40 million USD. "
    "Over 70 agreements were signed. The two provinces signed 76 agreements.",
    "Le commerce entre la Lozère et le Guizhou a atteint 12 millions EUR. Le commerce a "
    "atteint 12 millions EUR et les investissements 5 millions EUR.",
]


def test_figures_stated_again_left_out_before_their_sentence_is_read(
    pipeline: Pipeline, sample_docs: list[Document]
) -> None:
    docs = []
    for k, text in enumerate(_FIGURE_TEXTS):
        doc = pipeline.process(RawArticle(source=f"f{k}.txt", content=text))
        assert not isinstance(doc, Rejection)
        docs.append(doc)
    found = 0
    for run in _runs(pipeline, sample_docs + docs):
        fast = run.figures()
        assert fast == _plain_figures(run)
        found += len(fast)
    own = _runs(pipeline, docs)
    values = sorted(f.value for run in own for f in run.figures())
    assert 40_000_000.0 in values and 5_000_000.0 in values  # (new beside a repeated one)
    assert found >= 10


# ------------------------------------------------------------------ the text folded once
def test_fold_is_one_character_for_one_over_all_of_unicode() -> None:
    """What cutting a sentence's fold from the text's fold relies on: after ``_FOLD``, every
    character lower-cases into exactly one (and the only context rule, the capital sigma's,
    has nothing left to read)."""
    from diplograph.events._phrases import _FOLD

    for code in range(0x110000):
        folded = chr(code).translate(_FOLD)
        assert len(folded) == 1 and folded != "\u03a3", hex(code)
        assert len(folded.lower()) == 1, hex(code)


_FOLD_TEXTS = [
    "İSTANBUL and İzmir signed. ΟΔΟΣ ΑΘΗΝΑΣ, ΟΔΟΣ. Ministry of Fiſheries; ǅ and ẞ met.",
    "Стороны подписали соглашение. ᲀᲁ ΣΟΦΙΑ Σ. The İ.",
]


@pytest.mark.parametrize("text", _FOLD_TEXTS)
def test_a_span_folded_is_cut_from_the_text_folded(pipeline: Pipeline, text: str) -> None:
    from diplograph.events._phrases import fold

    stage = pipeline.stages[-1]
    assert isinstance(stage, EventStage)
    lex = stage.lexicon("en")
    assert lex is not None
    doc = Document(doc_id="t", source="t", text=text, lang="en")
    ends = [k + 1 for k, c in enumerate(text) if c == "."]
    doc.sentences = [Sentence(a, b) for a, b in zip([0, *ends[:-1]], ends, strict=True)]
    run = _Run(_DocView(doc), lex, stage._names())
    n = len(run.v.text)
    for a in range(n + 1):
        for b in range(a, min(n, a + 12) + 1):
            assert run._fold_span(a, b) == fold(run.v.text[a:b])
    for s in run.v.sents:
        assert run._fold_span(s.start, s.end) == fold(run.v.text[s.start : s.end])


def test_a_phrase_without_a_later_literal_is_tried_with_an_empty_one() -> None:
    """A plan holds "" for a phrase with no later literal: it is tried wherever its first
    word is, as the plain scan tries it; one with a literal the sentence lacks is not."""
    import re

    from diplograph.events._phrases import Entry, PhraseSet, phrase_regex, tokens

    ps = PhraseSet([Entry(p, "x", "strong") for p in ("signed (a|an) *", "signed memorand*")])
    text = "They signed an accord and signed a treaty."
    toks = tokens(text, 0, len(text))
    assert {lit for lit, _, _ in ps._plan("signed")} == {"", "memorand"}
    plain = []
    taken = -1
    for start, low in toks:
        if start < taken:
            continue
        for k in ps._candidates(low):
            m = re.compile(phrase_regex(ps.entries[k].phrase)[0], re.IGNORECASE).match(text, start)
            if m and m.end() > m.start():
                plain.append((m.start(), m.end(), ps.entries[k]))
                taken = m.end()
                break
    assert ps._scan_words(text, toks, len(text)) == plain and len(plain) == 2


# ------------------------------------------------------------------ quotations
def _plain_quoted(run: _Run, i: int, pos: int) -> bool:
    """``_quoted`` as read before: every character of the sentence visited."""
    from diplograph.events._retellings import _CLOSERS, _QUOTES

    s = run.v.sents[i]
    closer: str | None = None
    start, seen = s.start, False
    for k in range(s.start, s.end):
        c = run.v.text[k]
        if closer is None:
            if c in _QUOTES:
                closer, start, seen = _QUOTES[c], k, True
            elif c in _CLOSERS and not seen:
                if pos < k:
                    return True
                seen = True
        elif c == closer:
            if start <= pos < k:
                return True
            closer = None
    return closer is not None and start <= pos


_QUOTE_TEXTS = [
    'He said "we signed" and left. «Nous avons signé» a dit X. „Wir haben“ unterzeichnet.',
    "「締結した」と語った。『協定』と「覚書」。締結した」と語りました。“Open quote runs on.",
    "Closer first» then «open; ”odd“ marks ”. No marks at all here.",
]


@pytest.mark.parametrize("text", _QUOTE_TEXTS)
def test_quotations_read_from_their_marks_as_from_every_character(
    pipeline: Pipeline, text: str
) -> None:
    stage = pipeline.stages[-1]
    assert isinstance(stage, EventStage)
    lex = stage.lexicon("en")
    assert lex is not None
    doc = Document(doc_id="t", source="t", text=text, lang="en")
    ends = [k + 1 for k, c in enumerate(text) if c in ".。"]
    doc.sentences = [Sentence(a, b) for a, b in zip([0, *ends[:-1]], ends, strict=True)]
    run = _Run(_DocView(doc), lex, stage._names())
    quoted = 0
    for i, s in enumerate(run.v.sents):
        for pos in range(s.start, s.end + 1):
            fast = run._quoted(i, pos)
            assert fast == _plain_quoted(run, i, pos), (i, pos)
            quoted += fast
    assert quoted > 20


def test_quotations_of_the_sample_articles(pipeline: Pipeline, sample_docs: list[Document]) -> None:
    for run in _runs(pipeline, sample_docs):
        for i, s in enumerate(run.v.sents):
            for pos in range(s.start, s.end, 7):
                assert run._quoted(i, pos) == _plain_quoted(run, i, pos)


def test_retold_persons_with_and_without_the_naming_test(
    pipeline: Pipeline, sample_docs: list[Document]
) -> None:
    """``_retold`` passes over the sentences outside ``naming_sents`` before asking
    ``_persons``: the events come out the same as when every sentence is asked."""
    stage = pipeline.stages[-1]
    assert isinstance(stage, EventStage)
    for doc in sample_docs:
        lex = stage.lexicon(doc.lang)
        if lex is None:
            continue
        fast = _Run(_DocView(doc), lex, stage._names())
        stage._foreign_paragraphs(doc, fast.v, fast)
        fast.read()
        slow = _Run(_DocView(doc), lex, stage._names())
        stage._foreign_paragraphs(doc, slow.v, slow)
        slow.v._naming = False  # (no answer: every sentence asked)
        slow.read()
        assert fast.events() == slow.events()


# ------------------------------------------------------------------ sector pairs by identity
@pytest.mark.parametrize("lang", ["en", "fr", "de", "ru", "vi", "zh", "ja", "ko", "es"])
def test_sector_pairs_made_at_load_for_every_sector_entry(pipeline: Pipeline, lang: str) -> None:
    stage = pipeline.stages[-1]
    assert isinstance(stage, EventStage)
    lex = stage.lexicon(lang)
    assert lex is not None
    assert len(lex.sector_pairs_by_id) == len(lex.sectors.entries) > 0
    for e in lex.sectors.entries:
        assert lex.sector_pairs_by_id[id(e)] == lex.sector_pairs(e)


def test_sector_hits_listed_from_the_pairs_made_at_load(
    pipeline: Pipeline, sample_docs: list[Document]
) -> None:
    listed = 0
    for run in _runs(pipeline, sample_docs + _own_docs(pipeline)):
        for i, pairs in enumerate(run.sector_hits):
            found = run.scan(run.lex.sectors, i)
            assert pairs == [p for _, _, e in found for p in run.lex.sector_pairs(e)]
            listed += bool(pairs)
    assert listed >= 20


# ------------------------------------------------------------------ statistics
def _plain_statistic(run: _Run, i: int, start: int, end: int) -> bool:
    """``_statistic`` as read before: the clause read in every sentence."""
    from diplograph.events._view import _CLAUSE_BREAK

    v = run.v
    s = v.sents[i]
    lo = max([m.end() for m in _CLAUSE_BREAK.finditer(v.text, s.start, start)] or [s.start])
    after = _CLAUSE_BREAK.search(v.text, end, s.end)
    hi = after.start() if after else s.end
    counted = False
    for m in v.by_sent[i]:
        if m.end <= lo or m.start >= hi:
            continue
        if m.kind == "person":
            return False
        unit = m.attrs.get("unit") if m.kind == "amount" else None
        if isinstance(unit, str) and unit.islower() and unit not in ("percent", "times"):
            counted = counted or not run._count_of_a_complement(i, m)
    if counted and any(lo <= a < hi for a, _, _ in run.delegations[i]):
        return False
    if counted and run._unit_signs_with_partners(i, lo, start, end):
        return False
    return counted


_STATISTIC_TEXTS = [
    "Last year 62,000 tourists visited Hue. 18 contracts were signed between firms. "
    "The governor visited Hue and signed 3 agreements with the mayor.",
    "L'an dernier, 62 000 touristes ont visité Hué. 18 contrats ont été signés.",
]


def test_statistics_read_only_in_sentences_naming_an_amount(
    pipeline: Pipeline, sample_docs: list[Document]
) -> None:
    docs = []
    for k, text in enumerate(_STATISTIC_TEXTS):
        doc = pipeline.process(RawArticle(source=f"s{k}.txt", content=text))
        assert not isinstance(doc, Rejection)
        docs.append(doc)
    asked = stats = 0
    for run in _runs(pipeline, sample_docs + docs):
        for i in range(len(run.v.sents)):
            for a, b, _ in run.scan(run.lex.triggers, i):
                fast = run._statistic(i, a, b)
                assert fast == _plain_statistic(run, i, a, b)
                asked += 1
                stats += fast
    assert asked >= 50 and stats >= 2
