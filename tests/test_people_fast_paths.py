"""The people stage's regex shortcuts match what the plain patterns match.

Speed-only rewrites (#14): a list a language leaves empty compiles to a pattern that
never matches and that ``re`` rejects at one position (``_NEVER``), not the plain
``(?!x)x`` tried at every position of the text; titles, bodies and honorifics are found
by a pattern opening with the non-word character before them (``_after_nonword``), whose
matches must be the plain pattern's, on the generated articles, the sample corpus and
texts of our own.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplograph._people import _PREV_WORD, PeopleStage, _compound_hits, _word_before
from diplograph._people_model import (
    _CAP_WORD,
    _NEVER,
    _boundary_alt,
    _connector_alt,
    _word_hits,
)
from diplograph._resources import Resources
from tests.synth import generate_articles

TEXTS = ["", "x", "xx x", "Governor Ivanov met the minister.", "\nx\n", "Ministerpräsident Xy"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_never_matches_nothing(flags: int) -> None:
    never = re.compile(_NEVER, flags)
    for text in TEXTS:
        assert never.search(text) is None
        assert list(never.finditer(text)) == []
        assert all(never.match(text, i) is None for i in range(len(text) + 1))


def test_empty_lists_compile_to_never() -> None:
    assert _boundary_alt([]) == _NEVER
    assert _connector_alt([]) == _NEVER
    # a language without compound titles (English) gets it for them
    lang = PeopleStage(Resources())._lang("en")
    assert lang is not None
    assert lang.compounds.pattern == _NEVER


# Texts of our own: a title opening the text, titles back to back, after punctuation and
# digits, inside words, in capitals, with re's odd case pairs (long s, Kelvin sign).
OWN = [
    "Governor Ivanov met President Kim and the ambassador.",
    "President, governor, minister;(governor)Governor-General 2governor governorship",
    "Губернатор области встретился с послом. Вице-губернатор, губернатору.",
    "Chủ tịch UBND tỉnh tiếp Đại sứ. Ông Nguyễn Văn An, bà Trần Thị Bình.",
    "Herr Müller, Ministerpräsident des Landes, und Frau Schmidt, Botschafterin.",
    "Le président du conseil régional et M. Dupont; Mme Durand, ambassadrice.",
    "El gobernador de la provincia y el Sr. García, embajador.",
    "AMBASSADOR ſtate ſecretary \u212aIM Kim GOVERNOR",
    "x Governor",
]


def _texts() -> list[str]:
    sample = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "sample" / "articles"
    texts = [a["text"] for a in generate_articles(30)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(sample.glob("*/*.txt"))]
    return texts + OWN


LANGS = ["en", "ru", "vi", "de", "fr", "es", "uk", "pt", "it", "pl", "id"]


def test_word_hits_equal_plain_finditer() -> None:
    stage = PeopleStage(Resources())
    texts = _texts()
    used = 0
    for code in LANGS:
        lang = stage._lang(code)
        assert lang is not None
        assert lang.titles_after is not None  # the shortcut is taken for these languages
        for plain, after in (
            (lang.titles, lang.titles_after),
            (lang.bodies, lang.bodies_after),
            (lang.honorifics, lang.honorifics_after),
        ):
            used += after is not None
            for text in texts:
                want = [(m.start(), m.end(), m.group(0)) for m in plain.finditer(text)]
                assert _word_hits(plain, after, text) == want
    assert used >= 2 * len(LANGS)


def test_title_opening_the_text_is_found() -> None:
    lang = PeopleStage(Resources())._lang("en")
    assert lang is not None
    hits = _word_hits(lang.titles, lang.titles_after, OWN[0])
    assert [h[2] for h in hits] == ["Governor", "President", "ambassador"]


# Words before a place: one space, a newline after it, two spaces, digits and an
# underscore in the word, a word longer than the window, the text's start.
BEFORE = [
    "Nguyen Nam Dinh",
    "Tran \nThai Binh",
    "Tran\n Thai Binh",
    "Le  Ha Nam",
    "in Hanoi",
    "x_2 Hue",
    "Averyveryveryverylongwordbeforeaplace Vinh",
    " Hue",
    "\nHue",
    "Hue",
]


def test_word_before_equals_the_plain_search() -> None:
    texts = BEFORE + OWN + _texts()[:40]
    for text in texts:
        for end in range(len(text) + 1):
            for lo in {0, max(0, end - 30), max(0, end - 2), end}:
                m = _PREV_WORD.search(text, lo, end)
                assert _word_before(text, lo, end) == (m.group(1) if m else None), (text, lo, end)


# Capitalised words that start names, repeated, inside other words, after a hyphen or an
# apostrophe, in Cyrillic and Vietnamese.
NAMES = [
    "Sergei Ivanov met Sergei Petrov; ASergei and Sergeiev did not. Nguyen Van An, Nguyen.",
    "Le Huu Toan, Lee, Leon, d'Le, x-Le Le. Сергей Иванов и Сергеем Петровым, Лу Хао.",
    "Dou Jingli Xia Geng Xi Jinping Anna-Maria Anna",
]


def test_name_start_words_are_those_of_finditer() -> None:
    stage = PeopleStage(Resources())
    texts = NAMES + OWN + _texts()
    some = 0
    for text in texts:
        want = [
            (w.start(), w.group(0))
            for w in _CAP_WORD.finditer(text)
            if stage.names.name_start(w.group(0))
        ]
        assert stage._name_start_words(text) == want
        some += len(want)
    assert some > 100


# Compound titles: repeated, inside longer words, after a hyphen, an apostrophe, a digit
# or an underscore, in capitals, with re's case pairs (long s, Kelvin sign), at the ends.
COMPOUNDS = [
    "Wirtschaftsminister, des Wirtschaftsministers, xWirtschaftsminister",
    "Der Wirtschaftsminister traf den Wirtschaftsminister-Kollegen und die Staatssekretärin.",
    "xWirtschaftsminister 2Wirtschaftsminister _Wirtschaftsminister Wirtschaftsministers",
    "Landes-Wirtschaftsminister d'Wirtschaftsminister WIRTSCHAFTSMINISTER Abminister",
    "Landesſtaatssekretär Landesstaatsse\u212aretär Oberbürgermeisterin",
    "Oberbürgermeister1 Ministerin",
    "Ministerpräsident und Vizepräsidentin; Wirtschaftsministerium, Bürgermeister",
]


def test_compound_hits_equal_plain_finditer() -> None:
    stage = PeopleStage(Resources())
    lang = stage._lang("de")
    assert lang is not None and lang.compound_word is not None
    texts = COMPOUNDS + OWN + _texts()
    some = 0
    for _ in range(2):  # the second time from the words seen
        for text in texts:
            want = [(m.start(), m.end(), m.group(1)) for m in lang.compounds.finditer(text)]
            assert _compound_hits(text, lang) == want
            some += len(want)
    assert some > 20
