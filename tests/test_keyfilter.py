"""Trying only the patterns whose keywords a line contains gives the answer of trying all.

``KeyedPatterns`` skips a pattern when none of its required literals occurs in the
(case-folded) line; these tests check the literals it reads, the folding against
``re``'s own case-insensitive rules, and the first match against the plain loop
over every pattern, on every line of the sample corpus and on lines built to hit
the edges (case variants, the extra case pairs of ``re``, floating captions).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplograph import Resources
from diplograph._clean import _alternation, _boilerplate, normalise_text
from diplograph._keyfilter import KeyedPatterns, fold, literal_trie, required_literals

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "diplograph" / "sample" / "articles"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:.{0,400}\s)?(?i:photo|image)\s*:\s*\w+", {"photo", "image"}),
        (r".{0,40}\((?i:фото|снимок)\)", {"фото", "снимок"}),
        # re factors the common "re" out; what follows it is required as well
        (r"(?i:read more|related)(?:\s*:.{0,200})?", {"ad more", "lated"}),
        (r"\d+\s+(?i:comments?)", {"comment"}),
        (r"(?:.{0,400}\s)?©\s*\w{1,60}", {"©"}),
        (r"(?:Photo)?\s*\w+", None),  # optional: no requirement
        (r"(?i:x|share)", None),  # one alternative of one letter: not selective
        (r"(?<=photo)\s*:", None),  # a look-behind is outside the match
        (r"(?:ab|)cd?", None),  # an empty alternative requires nothing
        (r"(?:A[-−–]\s*){1,2}", None),
        (r"Von\s+[A-Z]\w+", {"von"}),
    ],
)
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    got = required_literals(re.compile(pattern))
    assert (None if got is None else set(got)) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [("S", "ſ"), ("ς", "Σ"), ("σ", "ς"), ("İ", "i"), ("K", "K"), ("µ", "μ"), ("Ё", "ё")],
)
def test_fold_equates_what_ignorecase_equates(a: str, b: str) -> None:
    assert re.fullmatch(f"(?i:{re.escape(a)})", b)  # re treats them as one letter
    assert fold(a) == fold(b)


def test_fold_keeps_every_ignorecase_pair_of_the_bmp_equal() -> None:
    """For every character with a case mapping, each character ``re`` matches it with
    (its lower and upper forms) folds to the same character."""
    checked = 0
    for cp in range(0x30000):
        c = chr(cp)
        low, up = c.lower(), c.upper()
        for other in {low, up}:
            if len(other) != 1 or other == c:
                continue
            if re.fullmatch(f"(?i:{re.escape(c)})", other):
                assert fold(c) == fold(other), (hex(cp), other)
                checked += 1
    assert checked > 1000


def _plain_first(patterns: list[re.Pattern[str]], line: str) -> tuple[int, tuple[int, int]] | None:
    for i, rx in enumerate(patterns):
        m = rx.fullmatch(line)
        if m:
            return i, m.span()
    return None


def _keyed_first(keyed: KeyedPatterns, line: str) -> tuple[int, tuple[int, int]] | None:
    hit = keyed.first(line)
    return None if hit is None else (hit[0], hit[1].span())


EDGE_LINES = [
    "PHOTO: Someone",
    "The delegation at the port. Photo: Press service",
    "The delegation at the port. PHOTOS : press service",
    "Встреча в порту. ФОТО: пресс-служба",
    "Встреча в порту (Фото: ТАСС)",
    "Встреча в порту. ſ Фото: пресс-служба",
    "Ảnh: TTXVN",
    "Đoàn công tác tại cảng. ẢNH: TTXVN",
    "Das Treffen im Hafen. © dpa",
    "Read more",
    "READ MORE: something else",
    "Share",
    "x",
    "12 Comments",
    "By John Smith",
    "A text line that is a sentence of the story and no boilerplate at all.",
    # a keyword in a line that a pattern needing no keyword matches too (both kinds tried)
    "AD",
    "PHOTO",
    "SHARE/AD",
    "TASS",
    "A- A A+",
    "Share A- A+",
]


def test_first_match_equals_trying_every_pattern() -> None:
    res = Resources()
    patterns = [p.regex for p in _boilerplate(res).patterns[0]]
    keyed = KeyedPatterns(patterns, "fullmatch", _alternation)
    lines = list(EDGE_LINES)
    for path in sorted(SAMPLE.glob("*/*.txt")):
        for line in normalise_text(path.read_text(encoding="utf-8")).split("\n"):
            if line.strip():
                lines.append(line.strip())
    hits = 0
    for line in lines:
        expected = _plain_first(patterns, line)
        assert _keyed_first(keyed, line) == expected, line
        hits += expected is not None
    assert hits >= 10  # the check saw boilerplate lines, not only story text


def test_case_variants_of_keywords_still_match() -> None:
    patterns = [
        re.compile(r"(?:.{0,400}\s)?(?i:photo|фото)\s*:\s*\w+"),
        re.compile(r"(?i:ſhare)"),
    ]
    keyed = KeyedPatterns(patterns, "fullmatch", _alternation)
    for line in ["a b PHOTO: c", "a b PhOtO: c", "a ФОТО: c", "SHARE", "ſhare", "share"]:
        assert _keyed_first(keyed, line) == _plain_first(patterns, line), line
        assert _keyed_first(keyed, line) is not None
    assert _keyed_first(keyed, "a b c: d") is None


def _sorted_alternation(forms: list[str]) -> re.Pattern[str]:
    alts = sorted(set(forms), key=lambda f: (-len(f), f))
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in alts)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


TRIE_FORMS = [
    "Vice",
    "vice president",
    "Vice-President",
    "President",
    "president of the board",
    "Gouverneur",
    "губернатор",
    "Губернатор области",
    "ſtate secretary",
    "state",
    "Thống đốc",
    "thủ tướng",
    "Σύμβουλος",
]
TRIE_TEXTS = [
    "The Vice President met the president of the board and the vice-president.",
    "vice  president  of the board; PRESIDENT OF THE BOARD; presidents; vice presidential",
    "Губернатор области и губернатор; ГУБЕРНАТОРА нет.",
    "State secretary, STATE SECRETARY, state-owned, ſtate.",
    "Thủ tướng và thống đốc; THỐNG ĐỐC Ngân hàng.",
    "ΣΎΜΒΟΥΛΟΣ και σύμβουλος, συμβούλος.",
]


@pytest.mark.parametrize("text", TRIE_TEXTS)
def test_literal_trie_matches_what_the_sorted_alternation_matches(text: str) -> None:
    trie = literal_trie(TRIE_FORMS)
    assert trie is not None
    factored = re.compile(rf"(?<!\w){trie}(?!\w)", re.IGNORECASE)
    plain = _sorted_alternation(TRIE_FORMS)
    got = [m.span() for m in factored.finditer(text)]
    assert got == [m.span() for m in plain.finditer(text)]
    assert got  # every text holds some of the forms
    for q in range(len(text)):  # the same at every position, as .match(text, q) uses it
        a, b = factored.match(text, q), plain.match(text, q)
        assert (a and a.span()) == (b and b.span()), q


def test_literal_trie_prefers_the_longer_form_across_case_variants() -> None:
    # "Vice" (capital) and "vice president" share a path once folded: the longer wins
    trie = literal_trie(["Vice", "vice president"])
    assert trie is not None
    m = re.compile(rf"(?<!\w){trie}(?!\w)").search("the vice president said")
    assert m is not None and m.group(0) == "vice president"


def test_literal_trie_refuses_other_whitespace() -> None:
    assert literal_trie(["state\u00a0secretary"]) is None
    assert literal_trie([]) is None


def test_first_tail_equals_trying_every_tail_pattern() -> None:
    """Line ends ("... — VNA", "... /.") found by the keyed search are the plain loop's."""
    res = Resources()
    patterns = [p.regex for p in _boilerplate(res).patterns[1]]
    keyed = KeyedPatterns(patterns, "search", _alternation)
    lines = [
        "The two sides signed the memorandum. — VNA",
        "The two sides signed the memorandum. – TASS/RIA",
        "Hai bên đã ký biên bản ghi nhớ./.",
        "No tail — here in the middle of the sentence and more words.",
        "— VNA",
    ]
    for path in sorted(SAMPLE.glob("*/*.txt")):
        lines += [ln.strip() for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]
    hits = 0
    for line in lines:
        expected = None
        for i, rx in enumerate(patterns):
            m = rx.search(line)
            if m and m.start() > 0:
                expected = (i, m.span())
                break
        hit = keyed.first(line, lambda m: m.start() > 0)
        assert (None if hit is None else (hit[0], hit[1].span())) == expected, line
        hits += expected is not None
    assert hits >= 3


def test_small_character_class_is_a_requirement() -> None:
    assert required_literals(re.compile(r"\s*[—–]\s*[A-Z]{2,8}\s*$")) == {"—", "–"}
    assert required_literals(re.compile(r"[a-z]+x")) is None  # a range: no requirement


def test_case_sensitive_trie_with_another_space_pattern() -> None:
    forms = ["Mai", "MAI", "Mais", "tháng 5", "tháng 12"]
    trie = literal_trie(forms, space=r"[^\S\n]+", ignorecase=False)
    assert trie is not None and "(?i:" not in trie
    factored = re.compile(rf"(?<!\w)(?-i:{trie})(?!\w)", re.IGNORECASE)
    alts = sorted(set(forms), key=lambda f: (-len(f), f))
    body = "|".join(re.escape(f).replace(r"\ ", r"[^\S\n]+") for f in alts)
    plain = re.compile(rf"(?<!\w)(?-i:{body})(?!\w)", re.IGNORECASE)
    text = "Mai, mai, MAI, Mais; tháng 12, tháng  5, tháng\n5, THÁNG 5"
    assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(factored.finditer(text))) == 5


def test_text_without_tail_literals_has_no_line_with_a_tail() -> None:
    """``may_have_tail`` answers for the whole text: False only when no line has a tail."""
    bp = _boilerplate(Resources())
    texts = [
        "The delegation visited the plant.\nThe sides agreed to meet again. — VNA",
        "Đoàn đã thăm nhà máy.\nHai bên thống nhất gặp lại./.",
        "ΣΥΝΑΝΤΗΣΗ ΤΟΥ ΥΠΟΥΡΓΟΥ\nThe minister met the governor.",
        "The minister met the governor.\nNo dash at all here.",
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*/*.txt"))]
    without = with_tail = 0
    for text in texts:
        content = normalise_text(text)
        lines = [ln.strip() for ln in content.split("\n") if ln.strip()]
        tailed = any(bp.match_tail(ln) for ln in lines)
        if not bp.may_have_tail(content):
            assert not tailed, text[:80]
            without += 1
        with_tail += tailed
    assert without >= 10 and with_tail >= 2


# Texts for ``line_masks``: blank lines, lines padded with spaces, a keyword cut by a line
# break, a keyword in the padding of a line, final sigmas at line ends, a dotted capital I.
LINE_MASK_TEXTS = [
    "PHOTO: Someone\n\nThe delegation at the port.\n  Photo: Press service  \n",
    "A line that ends with pho\nto: and a line that starts so",
    " Share \n\n\n   \nRead more\nREAD MORE: something\nthe end",
    "ΣΥΝΑΝΤΗΣΗ ΤΟΥ ΥΠΟΥΡΓΟΥΣ\nΟΔΟΣ\nΣ\nİstanbul PHOTO: İ\nВстреча в порту. ФОТО: ТАСС",
    "Поделиться\nВЕРСИЯ ДЛЯ ПЕЧАТИ\nотправить по почте \nСкопировать ссылку\nДругие новости",
    # literals opening or closing with a space, found in a line's padding only
    "Texto\n применяются рекомендательные технологии\nМы используем \nfin",
    "",
    "\n",
    "x",
]


def test_line_masks_are_the_candidates_of_each_stripped_line() -> None:
    """One walk over the text gives every line the mask asked line by line."""
    keyed = _boilerplate(Resources())._keyed
    texts = list(LINE_MASK_TEXTS)
    texts += [normalise_text(p.read_text(encoding="utf-8")) for p in sorted(SAMPLE.glob("*/*.txt"))]
    keyed_lines = 0
    for text in texts:
        masks = keyed.line_masks(text)
        assert masks is not None
        lines = text.split("\n")
        assert len(masks) == len(lines)
        for line, mask in zip(lines, masks, strict=True):
            assert mask == keyed.candidates(line.strip()), line
            keyed_lines += mask != keyed.always_mask
    assert keyed_lines >= 20


@pytest.mark.parametrize(
    "line",
    [
        "Отправить по почте",
        "ВЕРСИЯ ДЛЯ ПЕЧАТИ",
        "Версия для слабовидящих",
        "Другие новости",
        "\u1c80ерсия для печати",  # "в" spelt with re's extra case pair (U+1C80)
        "\u1c82\u1c84править по п\u1c82ч\u1c85е",  # "о" and "т" likewise (U+1C82, U+1C84/5)
    ],
)
def test_keywords_with_many_spellings_are_indexed_by_a_piece(line: str) -> None:
    """A keyword with more spellings than the bound is indexed by its longest piece that
    has few enough: its pattern is no longer tried on every line, and still on every line
    that can match it (re's look-alike letters included)."""
    patterns = [
        re.compile(r"(?i:версия для печати|отправить по почте)"),
        re.compile(r"(?i:версия для слабовидящих|другие новости)(?:\s*:.{0,20})?"),
    ]
    keyed = KeyedPatterns(patterns, "fullmatch", _alternation)
    assert keyed.always_mask == 0  # every pattern has a literal in the automaton
    assert keyed.candidates("A story line without any keyword.") == 0
    assert _keyed_first(keyed, line) == _plain_first(patterns, line) is not None
