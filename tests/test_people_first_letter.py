"""The title, honorific and surname patterns open with a first-letter class (a speed
change): they must find exactly what the plain ``(?<!\\w)``-led forms find."""

from __future__ import annotations

import re

import pytest

from diplograph._keyfilter import literal_trie
from diplograph._people import _surname_pattern
from diplograph._people_model import _boundary_alt, _ci_variants, _first_letter_alt, _plain_rests

# Our own texts: case variants, letters glued to words, hyphens, Greek/Cyrillic/Turkish
# case quirks (dotless i, long s, Kelvin sign), forms inside longer words.
TEXTS = [
    "The President met Prime minister Nguyen; vice-president Ivanov and PRESIDENTIAL aides.",
    "xPresident Lee, ex-president Kim, president-elect Park and the presidents' council.",
    "Governor\u212aim and \u212aing met the mınister; Mr. ſmith and MR Jones; Mrs Lee; Ms. Doe.",
    "Госпожа Иванова и ГОСПОДИН Петров, господину Петрову; губернатор Сидоров.",
    "Ο Πρόεδρος και ο ΠΡΟΕΔΡΟΣ; ο πρόεδρος της Βουλής. Σύμβουλος ς.",
    "Bộ trưởng Nguyễn và THỦ TƯỚNG Phạm; ông Lâm, bà Hà; Ông Phúc.",
    "İstanbul İnce ince Ince; Ärzte ÄRZTE ärzte; Straße STRASSE straße.",
    "M. Dupont, Mme Martin, MM. Durand et Mme. Petit; _President, 2President, é President.",
]
FORMS = [
    "president",
    "President",
    "prime minister",
    "Mr",
    "Mr.",
    "Mrs",
    "Ms.",
    "minister",
    "vice-president",
    "Kim",
    "king",
    "smith",
    "Госпожа",
    "господин",
    "губернатор",
    "Πρόεδρος",
    "σύμβουλος",
    "bộ trưởng",
    "thủ tướng",
    "ông",
    "bà",
    "İnce",
    "ärzte",
    "straße",
    "M.",
    "Mme",
    "MM.",
    "a",
    "Ä",
]


def _old_boundary(forms: list[str]) -> str:
    alts = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    body = literal_trie(alts) or "(?:" + "|".join(re.escape(f) for f in alts) + ")"
    return rf"(?<!\w)(?:{body})(?!\w)"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[int, int]]]:
    out = []
    for m in pattern.finditer(text):
        out.append((m.start(), m.end(), m.span(1) if pattern.groups else (0, 0)))
    return out


@pytest.mark.parametrize("take", [slice(None), slice(0, 5), slice(5, 15), slice(15, None)])
def test_titles_pattern_same_as_plain(take: slice) -> None:
    forms = FORMS[take]
    new = re.compile(_boundary_alt(forms), re.IGNORECASE)
    assert new.pattern.startswith("(?-i:["), "the fast form was not built"
    old = re.compile(_old_boundary(forms), re.IGNORECASE)
    for text in TEXTS:
        for start in range(len(text)):
            assert _spans(new, text[start:]) == _spans(old, text[start:]), (forms, text[start:])


@pytest.mark.parametrize("take", [slice(None), slice(0, 8), slice(8, None)])
def test_honorifics_pattern_same_as_plain(take: slice) -> None:
    alts = sorted(set(FORMS[take]), key=lambda f: -len(f))
    fast = _first_letter_alt(alts, _plain_rests)
    assert fast is not None
    new = re.compile(fast + r"(?=\s)", re.IGNORECASE)
    old = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, alts)) + r")(?=\s)", re.IGNORECASE)
    for text in TEXTS:
        for start in range(len(text)):
            assert _spans(new, text[start:]) == _spans(old, text[start:])


def test_surname_pattern_same_as_plain() -> None:
    forms = ["Kim", "Kimura", "Lee", "Le", "Иванов", "Петров", "Park", "Smith", "ſmith"]
    alts, by_first = [], {}
    for f in sorted(forms, key=len, reverse=True):
        esc = re.escape(f) + (r"(?:а|у|ом)?" if f[0] in "ИП" else "")
        alts.append(esc)
        by_first.setdefault(f[0], []).append(esc[len(re.escape(f[0])) :])
    new = _surname_pattern(alts, by_first)
    assert new.pattern.startswith("([")
    old = re.compile(r"(?<![\w-])(" + "|".join(alts) + r")(?![\w-])")
    texts = [*TEXTS, "Kimura-Lee, Le Park, xKim, Kim's, -Kim, Иванову Петровом Ивановых ſmith"]
    for text in texts:
        for start in range(len(text)):
            assert _spans(new, text[start:]) == _spans(old, text[start:])


@pytest.mark.parametrize("ch", sorted({f[0] for f in FORMS} | set("iIsSkKaAσΣ")))
def test_first_letter_variants_exact_over_unicode(ch: str) -> None:
    one = re.compile(re.escape(ch), re.IGNORECASE)
    want = {chr(c) for c in range(0x110000) if one.fullmatch(chr(c))}
    assert _ci_variants(ch) == want
