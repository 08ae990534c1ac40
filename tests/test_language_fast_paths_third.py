"""LanguageStage's third round of shortcuts gives what the plain computation gives.

Each shortcut is compared with the plain formula or the stage as it was: (row, feature)
keys packed by a shift (not a product), log1p taken for the keys counted more than once
only, the dialect columns merged a round at a time, short rows not read when a long row
has features, and the hint words counted in C.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

import diplograph._language as language
from diplograph._language import LanguageStage
from diplograph._models import Document
from diplograph._resources import Resources
from tests.test_language_fast_paths import _every_row_decided, _plain_scores, _rows, _texts

# Texts of our own. A separator line of forty dashes or dots is long but has no
# features (the model has none for those bytes), so the short rows must be read then.
RULED = [
    "-" * 45 + "\nGood morning\nThe mayor came",
    "." * 50 + "\nBuổi sáng\nÔng thị trưởng đến",
    "=" * 40 + "\n" + "1" * 44 + "\nHallo zusammen\nDer Bürgermeister kam",
    "-" * 45 + "\nShort words\nThe delegation of the province arrived in the capital on Monday.",
    "Shortly\n" + "The council of the city met the visitors from abroad this week.\n" * 3 + "Yes",
]
# Many long rows: keys of high row numbers and more than one block of rows.
MANY = "\n".join(
    f"Row {i}: the regional council discussed trade, tourism and schools again." for i in range(300)
)


@pytest.fixture(scope="module")
def stage() -> LanguageStage:
    return LanguageStage(Resources())


def test_keys_hold_every_feature(stage: LanguageStage) -> None:
    assert stage._ptc.shape[0] <= 1 << language._FEATURE_BITS
    assert language._FEATURE_MASK == (1 << language._FEATURE_BITS) - 1


def test_scores_equal_the_plain_formula_on_many_rows(stage: LanguageStage) -> None:
    for text in [MANY, *RULED]:
        _spans, flat, lengths = _rows(stage, text)
        assert np.array_equal(
            stage._flat_scores(flat, lengths), _plain_scores(stage, flat, lengths)
        )


@pytest.mark.parametrize("size", [1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 64, 100, 257, 1000])
def test_log1p_of_a_subset_is_the_subset_of_log1p(size: int) -> None:
    """``_scores_of`` takes log1p of the counts above one only: each value must be the one
    the whole array gives at that position (no vector path giving another rounding)."""
    rng = np.random.default_rng(size)
    counts = rng.integers(1, 40, size=size)
    whole = np.log1p(counts.astype(np.float32))
    again = np.flatnonzero(counts != 1)
    part = np.log1p(counts[again].astype(np.float32))
    assert part.dtype == np.float32
    assert np.array_equal(part, whole[again])


def _column_by_column(stage: LanguageStage, raw: np.ndarray, nbytes: list[int]) -> np.ndarray:
    """``_probabilities`` as it was: each dialect column added on its own."""
    scores = (raw + stage._pc) * (
        1.0 / np.sqrt(np.maximum(np.asarray(nbytes, dtype=np.float32), 1.0))
    )[:, None]
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    scores /= scores.sum(axis=1, keepdims=True)
    cols = scores.T
    merged = np.empty((len(stage._labels), len(raw)), dtype=np.float64)
    merged[stage._first_labels] = cols[stage._first_columns]
    for column, label in stage._extra_columns:
        merged[label] += cols[column]
    return merged.T


def test_dialect_rounds_add_columns_in_order(stage: LanguageStage) -> None:
    assert sum(len(cols) for cols, _labels in stage._extra_rounds) == len(stage._extra_columns)
    for _cols, labels in stage._extra_rounds:
        assert len(set(labels.tolist())) == len(labels)  # a label at most once a round
    checked = 0
    for text in _texts() + RULED + [MANY]:
        spans, flat, lengths = _rows(stage, text)
        present = [i for i, n in enumerate(lengths) if n]
        if not present:
            continue
        sizes = [len(text[s : min(e, s + language._SAMPLE_CHARS)].encode()) for s, e in spans]
        raw = stage._flat_scores(flat, lengths)[present]
        nbytes = [sizes[i] for i in present]
        got = stage._probabilities(raw, nbytes)
        assert np.array_equal(got, _column_by_column(stage, raw, nbytes))
        checked += len(present)
    # close dialect columns carry weight on rows of their languages
    rng = np.random.default_rng(3)
    raw = rng.normal(-300, 5, size=(64, stage._ptc.shape[1])).astype(np.float32)
    nbytes = rng.integers(1, 400, size=64).tolist()
    assert np.array_equal(stage._probabilities(raw, nbytes), _column_by_column(stage, raw, nbytes))
    assert checked > 500


def test_short_rows_read_only_when_no_long_row_has_features(
    stage: LanguageStage, monkeypatch: pytest.MonkeyPatch
) -> None:
    for text in _texts() + RULED:
        got = stage(Document("d", "s", text))
        want = _every_row_decided(stage, text)
        assert (got.lang, got.lang_score, got.paragraphs) == (
            want.lang,
            want.lang_score,
            want.paragraphs,
        ), text[:60]
    # the first ruled text has its language from its short rows only
    assert stage(Document("d", "s", RULED[0])).lang == "en"
    read: list[str] = []
    features = stage._features

    def recording(text: str) -> tuple[bytes, int]:
        read.append(text)
        return features(text)

    monkeypatch.setattr(stage, "_features", recording)
    stage(Document("d", "s", RULED[4]))
    assert "Shortly" not in read and "Yes" not in read and len(read) == 3
    read.clear()
    stage(Document("d", "s", RULED[0]))
    assert "Good morning" in read


_WORD = re.compile(r"[^\W\d_]+")


def _unaccented_by_generators(stage: LanguageStage, text: str) -> str | None:
    words = _WORD.findall(text.lower())
    if len(words) < 4:
        return None
    if sum(1 for w in words if not w.isascii()) > len(words) * 0.02:
        return None
    best: tuple[float, str] | None = None
    for code, vocab, min_share in stage._hints:
        share = sum(1 for w in words if w in vocab) / len(words)
        if share >= min_share and (best is None or share > best[0]):
            best = (share, code)
    return best[1] if best else None


def test_hint_words_counted_as_before(stage: LanguageStage) -> None:
    texts = [
        *_texts(),
        "Chu tich tinh da tiep doan dai bieu va trao doi ve hop tac",
        "Hai ben da ky ket ban ghi nho ve hop tac du lich",
        "Hai ben da ky ket ban ghi nho ve hop tac du lịch",  # one accented word of 13
        "ông bà đã đến đây hôm nay",
    ]
    named = 0
    for text in texts:
        for line in text.split("\n"):
            want = _unaccented_by_generators(stage, line)
            assert stage._unaccented(line) == want
            named += want is not None
    assert named >= 3


def test_a_rows_top_is_its_value_at_argmax(stage: LanguageStage) -> None:
    """The stage reads each row's best probability as the row's maximum."""
    for text in [*_texts(), *RULED, MANY]:
        spans, flat, lengths = _rows(stage, text)
        present = [i for i, n in enumerate(lengths) if n]
        if not present:
            continue
        sizes = [len(text[s : min(e, s + language._SAMPLE_CHARS)].encode()) for s, e in spans]
        probs = stage._probabilities(
            stage._flat_scores(flat, lengths)[present], [sizes[i] for i in present]
        )
        at_best = probs[np.arange(len(present)), probs.argmax(axis=1)]
        assert np.array_equal(probs.max(axis=1), at_best)
