"""Remembered answers of NameCanonicalizer: the same as computed afresh, and bounded."""

from __future__ import annotations

import pickle

import pytest

from diplograph import _memo
from diplograph._names import NameCanonicalizer
from diplograph._registry import Registry

# Our own names, in the scripts and customs the canonicaliser reads.
NAMES = [
    "Nguyen Van An",
    "Nguyễn Thị Hoa",
    "Ivan Petrovich Sidorov",
    "Иван Петрович",
    "Gennady Stepanovich",
    "Ho Chi Minh",
    "Anna-Maria Schmidt",
    "Le Huu Tan",
    "Лю Бэй",
    "X",
]
QUESTIONS = [
    "origin_countries",
    "is_vietnamese",
    "is_vietnamese_syllables",
    "is_historical",
    "is_given_and_patronymic",
    "entity_id",
    "_ascii",
    "_key",
]


@pytest.fixture(scope="module")
def names() -> NameCanonicalizer:
    return NameCanonicalizer(Registry())


@pytest.mark.parametrize("question", QUESTIONS)
def test_remembered_answer_is_the_answer(names: NameCanonicalizer, question: str) -> None:
    fresh = NameCanonicalizer(Registry())
    for name in NAMES:
        first = getattr(names, question)(name)
        again = getattr(names, question)(name)  # from the memo
        unwrapped = getattr(type(fresh), question).__wrapped__(fresh, name)
        assert first == again == unwrapped, (question, name)
    assert f"_memo_{question}" in names.__dict__


def test_memo_is_bounded_and_pickles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_memo, "MEMO_SIZE", 3)
    names = NameCanonicalizer(Registry())
    for name in NAMES:
        names.origin_countries(name)
    assert len(names.__dict__["_memo_origin_countries"]) == 3
    copy = pickle.loads(pickle.dumps(names))
    assert [copy.origin_countries(n) for n in NAMES] == [names.origin_countries(n) for n in NAMES]
