"""The people stage's scans read from the document's words once (``_people_words``) find
what the plain scans find: titles, bodies and honorifics (``finditer`` of their patterns),
the capitalised words that may start a name and the compound titles, on the generated
articles, the sample corpus and texts of our own, cold and from the remembered pieces.
"""

from __future__ import annotations

import re

import pytest

import diplograph._people_words as people_words
from diplograph._models import Document
from diplograph._people import PeopleStage, _compound_hits
from diplograph._people_words import first_words, hits_at
from diplograph._resources import Resources
from tests.test_people_fast_paths import COMPOUNDS, NAMES, OWN, _texts

# Texts of our own: titles inside longer runs, after digits, underscores, hyphens,
# apostrophes and brackets, one title inside another's span ("vice governor"), capitals,
# re's case pairs, whitespace other than spaces, a title at the text's very start and end;
# names running into digits and underscores.
WORDS = [
    "Vice Governor Ivanov and the vice-governor; governor\u00a0Ivanov, GOVERNOR\tPetrov.",
    "(Minister)Minister_2 2minister minister's Minister’s «Minister» —minister— minister",
    "Deputy Prime Minister, deputy prime minister; Prime\nMinister, the Prime  Minister",
    "Mr. Smith, Mr Smith, Mrs\u2009Smith, Ms.Smith, Dr Jones, dr. jones, MR SMITH",
    "Губернатор, вице-губернатор, губернатору, Губернаторский; г-н Иванов, г-жа Петрова",
    "Chủ tịch UBND tỉnh, Phó Chủ tịch, Bí thư Tỉnh ủy; ông An, Ông Bình, bà Lan",
    "Sr. García, Sra. López, D. Pedro; el embajador, la embajadora; Gobernador",
    "\u017fecretary ſtate \u212aing Kelvin governor\u0345x",
    "Sergei_2 Ivanov met Nguyen3 Van An and Alexander-the-Great; Сергей2 Иванов",
    "Governor",
]


@pytest.fixture(scope="module")
def stage() -> PeopleStage:
    return PeopleStage(Resources())


LANGS = ["en", "ru", "vi", "de", "fr", "es", "uk", "pt", "it", "pl", "id"]


def _plain(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


def test_scans_from_the_words_equal_plain_finditer(stage: PeopleStage) -> None:
    texts = WORDS + OWN + NAMES + COMPOUNDS + _texts()
    read = found = 0
    for code in LANGS:
        lang = stage._lang(code)
        assert lang is not None and lang.words is not None
        index = lang.words
        for _ in range(2):  # cold, then from the pieces remembered
            for text in texts:
                words = index.doc_words(text, stage.names.name_start)
                for plain, first, runs in (
                    (lang.titles, index.titles, words.titles),
                    (lang.bodies, index.bodies, words.bodies),
                    (lang.honorifics, index.honorifics, words.honorifics),
                ):
                    if first is None:
                        continue
                    want = _plain(plain, text)
                    assert hits_at(plain, text, runs) == want, (code, text[:60])
                    read += 1
                    found += len(want)
    assert read > 5000 and found > 500


def test_name_starts_and_compounds_from_the_words(stage: PeopleStage) -> None:
    texts = WORDS + OWN + NAMES + COMPOUNDS + _texts()
    names = compounds = 0
    for code in ["en", "ru", "vi", "de"]:
        lang = stage._lang(code)
        assert lang is not None and lang.words is not None
        for text in texts:
            words = lang.words.doc_words(text, stage.names.name_start)
            want = stage._name_start_words(text)
            assert stage._name_start_words(text, words) == want
            names += len(want)
            if lang.compound_word is not None:
                want_c = _compound_hits(text, lang)
                assert _compound_hits(text, lang, words) == want_c
                compounds += len(want_c)
    assert names > 100 and compounds > 10


def test_stage_reads_the_words_once(stage: PeopleStage, monkeypatch: pytest.MonkeyPatch) -> None:
    """The spaced-script path reads titles, bodies and honorifics from the words (English
    honorifics such as "Mr." too, though they end with a full stop)."""
    from diplograph._people_model import _word_hits

    lang = stage._lang("en")
    assert lang is not None
    plainly: list[re.Pattern[str]] = []

    def recording(
        plain: re.Pattern[str], after: re.Pattern[str] | None, text: str
    ) -> list[tuple[int, int, str]]:
        plainly.append(plain)
        return _word_hits(plain, after, text)

    monkeypatch.setattr(people_words, "_word_hits", recording)
    doc = Document("d", "s", "Governor Ivanov met Mr. Smith, minister of trade.")
    doc.lang = "en"
    doc.sentences = []
    doc.mentions = []
    stage(doc)
    assert plainly == []


def test_remembered_pieces_are_forgotten_at_the_bound(
    stage: PeopleStage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people_words, "_MEMO_PIECES", 50)
    lang = stage._lang("en")
    assert lang is not None and lang.words is not None
    for text in WORDS + OWN + _texts()[:20]:
        words = lang.words.doc_words(text, stage.names.name_start)
        assert len(lang.words.found) + len(lang.words.plain) <= 50 + len(set(text.split()))
        assert hits_at(lang.titles, text, words.titles) == _plain(lang.titles, text)


def test_first_words_keeps_the_plain_scan_where_it_cannot_tell() -> None:
    assert first_words([]) is None
    assert first_words(["governor", "'s"]) is None  # a form opening with no word character
    first = first_words(["vice governor", "governor", "mr."])
    assert first is not None
    assert first.fullmatch("VICE") and first.fullmatch("Governor") and not first.fullmatch("vic")
    # U+0345 is no word character, but re matches it, case-insensitively, with iota
    assert re.fullmatch("\u0345", "\u03b9", re.IGNORECASE) and re.match(r"\w", "\u03b9")
    assert first_words(["governor\u0345x"]) is None


def test_whitespace_holds_no_word_character() -> None:
    """The pieces ``str.split`` cuts hold every run of word characters whole: no character
    ``split`` cuts at is one ``\\w`` matches."""
    word = re.compile(r"\w")
    cut = [c for c in map(chr, range(0x110000)) if c.isspace()]
    assert cut and not any(word.match(c) for c in cut)
    assert all(len(f"a{c}b".split()) == 2 for c in cut)
