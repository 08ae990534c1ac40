"""The amounts stage's unit lists written as tries match what their alternations matched (#14).

``_amounts_forms._units`` writes a unit list as a trie (``_amounts_trie.unit_trie``) where it
chooses what the longest-first alternation chose. Compared here: every language's
``_after`` pattern built with tries and built with plain alternations, at every position of
texts pieced from that language's own ``numbers.yaml`` forms and of the bundled sample
pages; and ``unit_trie`` against ``_alt`` on small form lists of our own, including the
shapes the trie must refuse.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from diplograph import Registry, _amounts
from diplograph._amounts import AmountParser
from diplograph._amounts_forms import _BL, _alt, _bounded, _nfc, _rev_alt
from diplograph._amounts_trie import unit_trie

REGISTRY = Registry()
SAMPLE = Path(_amounts.__file__).parent / "sample" / "articles"
DATA = Path(_amounts.__file__).parent / "data" / "lang"
LANGS = sorted(p.parent.name for p in DATA.glob("*/numbers.yaml"))


def _plain(lang: str, monkeypatch: pytest.MonkeyPatch) -> AmountParser:
    with monkeypatch.context() as m:
        m.setattr(_amounts, "_units", _alt)
        m.setattr(_amounts, "_rev_units", _rev_alt)
        return AmountParser(lang, REGISTRY.lang(lang, "numbers"))


def _texts(lang: str) -> list[str]:
    """Numbers followed by every form of the language's lists (as written, upper-cased, cut
    short, glued to a letter or a full stop), and the sample pages in that language."""
    data = REGISTRY.lang(lang, "numbers")
    forms: list[str] = []
    for key in ("currencies", "counts"):
        for values in (data.get(key) or {}).values():
            forms += [str(v) for v in values]
    forms += [str(k) for k in (data.get("scales") or {})]
    forms += [str(p) for p in data.get("percent", [])]
    times = data.get("times") or {}
    forms += [str(x) for key in ("after", "after_alone") for x in times.get(key, [])]
    for key in ("currencies_before", "approx"):
        for values in (data.get(key) or {}).values():
            forms += [str(v) for v in values]
    forms += [str(x) for key in ("before", "before_alone") for x in times.get(key, [])]
    forms = [f.rstrip("*") for f in forms]
    pieces = []
    for f in forms:
        pieces += [f"5 {f}.", f"12 {f.upper()}x", f"7 {f[:-1]}", f"30  {f}-", f"2 neue {f} und"]
    texts = [" ".join(pieces[i : i + 40]) for i in range(0, len(pieces), 40)]
    folder = SAMPLE / lang
    if folder.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())[:6]]
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_after_matches_as_with_alternations(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    parser = AmountParser(lang, REGISTRY.lang(lang, "numbers"))
    plain = _plain(lang, monkeypatch)
    for text in _texts(lang):
        rev = text[::-1]
        for i in range(len(text)):
            a, b = parser._after.match(text, i), plain._after.match(text, i)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (
                lang,
                text[i : i + 30],
            )
            # leftwards, on the reversed text
            a, b = parser._before.match(rev, i), plain._before.match(rev, i)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (
                lang,
                rev[i : i + 30],
            )
            a, b = parser._left_alone.match(rev, i), plain._left_alone.match(rev, i)
            assert (a is None) == (b is None), (lang, rev[i : i + 30])


def test_most_lists_get_a_trie() -> None:
    """The shortcut is in use: the English currency and count lists are tries."""
    data = REGISTRY.lang("en", "numbers")
    for key in ("currencies", "counts"):
        forms = [_nfc(str(v)) for values in data[key].values() for v in values]
        assert unit_trie(forms, _bounded, _BL) is not None, key


def _same(forms: list[str], texts: list[str]) -> None:
    got = unit_trie([_nfc(f) for f in forms], _bounded, _BL)
    assert got is not None
    trie, plain = re.compile(got, re.IGNORECASE), re.compile(_alt(forms), re.IGNORECASE)
    for text in texts:
        for i in range(len(text) + 1):
            a, b = trie.match(text, i), plain.match(text, i)
            assert (a and a.span()) == (b and b.span()), (forms, text, i)


LISTS = [
    ["%", "%%", "% p"],  # open ends: the longer form first
    ["usd", "us dollar", "us dollars", "u"],  # a space inside, bounded ends
    ["dollar*", "dollars", "dollarx", "doll*", "dollar"],  # stems continued by word characters
    ["千", "千人", "万"],  # a script without spaces: no boundary after
    ["ki", "KI", "K", "K.", "k.x"],  # case pairs share a node
]
PIECES = ["%", " ", "  ", "p", "usd", "us", "dollar", "s", "x", "doll", "千", "人", "k", "i", "."]


@pytest.mark.parametrize("forms", LISTS)
def test_unit_trie_matches_first_what_the_alternation_matches(forms: list[str]) -> None:
    texts = ["".join(c) for c in itertools.product(PIECES, repeat=3)]
    _same(forms, texts)


@pytest.mark.parametrize(
    "forms",
    [
        ["руб*", "руб."],  # a star stem continued by a full stop: \w* stops before it
        ["ab*", "ab-c"],  # ... by a hyphen
        ["千*", "千人"],  # ... by an open ending (no boundary in scripts without spaces)
        ["a\u00a0b"],  # a blank other than a space (it would overlap the blank run)
        ["a  b"],  # two spaces
        [""],  # an empty form
    ],
)
def test_unit_trie_refuses_what_it_cannot_promise(forms: list[str]) -> None:
    assert unit_trie(forms, _bounded, _BL) is None


def test_refused_shapes_would_choose_differently() -> None:
    """Why the refusals: the trie's order would pick another end than the alternation."""
    plain = re.compile(_alt(["руб*", "руб."]), re.IGNORECASE)
    assert plain.match("руб.").end() == 3  # "руб\w*" first, stops before "."
    naive = re.compile(r"(?:руб(?:\.|\w*))", re.IGNORECASE)
    assert naive.match("руб.").end() == 4
