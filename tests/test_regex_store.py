"""``_regex_store``: patterns built from opcodes kept between runs behave as ``re.compile``'s.

The store skips CPython's parser and code generator for a pattern it has seen, so every
test compares a stored pattern with the one ``re.compile`` makes, on texts of our own.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph import _regex_store as rs

PATTERNS = [
    (r"(?<!\w)sign\w*\s+(?:agreement|memorandum)(?!\w)", re.IGNORECASE),
    (r"(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d\d)", 0),
    (r"^\s*(?:Tags?|Share)\s*:.*$", re.MULTILINE),
    (r"[\u3400-\u9fff]{2,4}(?:省|市)", 0),
    (r"""(?x) (?P<num> \d+ (?:[.,]\d+)? ) \s* (?:млн|млрд|tỷ|triệu)""", re.IGNORECASE),
    (r"(a)|(b)(?P<c>c)?", 0),
    (r"ſ|K|İ", re.IGNORECASE),
]
TEXTS = [
    "The two sides SIGNED MEMORANDUM; signing agreement later.",
    "Dated 05.11.2026 and 31.12.1999, not 32.13.2026.",
    "Share: x\nTags : a, b\nbody",
    "湖北省和河内市签署协议",
    "оборот 12,5 млрд долларов, 300 tỷ đồng",
    "abc bc a",
    "Sun KELVIN istanbul",
]


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "regex-test.pickle"
    old = rs._reset(path)
    try:
        yield path
    finally:
        rs._store = old


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for text in TEXTS:
        ma = [(m.span(), m.groups(), m.groupdict()) for m in a.finditer(text)]
        mb = [(m.span(), m.groups(), m.groupdict()) for m in b.finditer(text)]
        assert ma == mb, (a.pattern, text)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_built_and_stored_patterns_behave_as_re_compiles(
    store: Path, pattern: str, flags: int
) -> None:
    want = re.compile(pattern, flags)
    _same(rs.compile(pattern, flags), want)  # learnt (parsed here)
    _same(rs.compile(pattern, flags), want)  # from the store's opcodes
    assert rs.save() is True
    rs._reset(store)  # a new process reading the file
    _same(rs.compile(pattern, flags), want)
    assert rs.save() is False  # nothing new to write


def test_a_stored_pattern_skips_the_parser(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for p, f in PATTERNS:
        rs.compile(p, f)
    assert rs.save()
    rs._reset(store)

    def refuse(*_: Any) -> None:
        raise AssertionError("parsed again")

    want = [re.compile(p, f) for p, f in PATTERNS]
    monkeypatch.setattr(rs._re_parser, "parse", refuse)  # (re's own, too: compiled above)
    for (p, f), w in zip(PATTERNS, want, strict=True):
        _same(rs.compile(p, f), w)
    with pytest.raises(AssertionError) as e:
        rs.compile(r"never seen (?:before)", 0)
    monkeypatch.undo()
    assert str(e.value) == "parsed again"  # a new pattern is parsed


def test_bad_patterns_raise_re_error_and_are_not_kept(store: Path) -> None:
    with pytest.raises(re.error):
        rs.compile(r"(unclosed", 0)
    assert rs.save() is False


def test_a_file_of_another_interpreter_or_damaged_is_ignored(store: Path) -> None:
    rs.compile(PATTERNS[0][0], PATTERNS[0][1])
    assert rs.save()
    payload = pickle.loads(store.read_bytes())
    assert payload["tag"] == rs._TAG and len(payload["entries"]) == 1
    payload["tag"] = "another-python"
    store.write_bytes(pickle.dumps(payload))
    rs._reset(store)
    _same(rs.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    assert rs._store is not None and rs._store.new == 1  # learnt again, not read
    store.write_bytes(b"not a pickle")
    rs._reset(store)
    _same(rs.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))


def test_a_damaged_entry_is_compiled_anew(store: Path) -> None:
    p, f = PATTERNS[1]
    rs.compile(p, f)
    s = rs._store
    assert s is not None
    entry = s.entries[(p, f)]
    s.entries[(p, f)] = (entry[0], b"\x07\x00\x00\x00" * 3, entry[2], entry[3], entry[4])
    _same(rs.compile(p, f), re.compile(p, f))  # _sre refused the opcodes
    assert s.entries[(p, f)] == entry


def test_bytes_patterns_go_to_re(store: Path) -> None:
    assert rs.compile(rb"\d+", 0).match(b"12") is not None  # type: ignore[arg-type]
    assert rs.save() is False


def test_the_store_is_bounded(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rs, "MAX_ENTRIES", 3)
    for k in range(6):
        assert rs.compile(rf"x{k}y", 0).fullmatch(f"x{k}y")
    assert rs._store is not None and len(rs._store.entries) == 3


def test_cache_off_keeps_nothing_on_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    old = rs._store
    try:
        monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", "off")
        rs._store = None
        assert rs.compile(r"a+b", 0).match("aab")
        assert rs._store is not None and rs._store.path is None
        assert rs.save() is False
    finally:
        rs._store = old


# Small patterns from a grammar of the constructs the language data uses.
_ATOMS = st.sampled_from(
    ["a", "b", "ab", r"\w", r"\d", r"\s", "[a-c]", "[^b]", ".", "é", "ſ", "Σ", r"\b"]
)


@st.composite
def _regex(draw: Any, depth: int = 0) -> str:
    kind = draw(st.integers(0, 5 if depth < 2 else 1))
    if kind <= 1:
        return str(draw(_ATOMS))
    if kind == 2:
        return draw(_regex(depth + 1)) + draw(_regex(depth + 1))
    if kind == 3:
        return f"(?:{draw(_regex(depth + 1))}|{draw(_regex(depth + 1))})"
    if kind == 4:
        q = draw(st.sampled_from(["*", "+", "?", "{1,3}", "*?"]))
        return f"(?:{draw(_regex(depth + 1))}){q}"
    return f"({draw(_regex(depth + 1))})"


@settings(max_examples=150, deadline=None)
@given(
    pattern=_regex(),
    flags=st.sampled_from([0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE]),
    text=st.text(alphabet="abcé ſΣσ1\n", max_size=30),
)
def test_stored_patterns_match_like_re_on_any_text(pattern: str, flags: int, text: str) -> None:
    old = rs._reset(None)
    try:
        rs.compile(pattern, flags)  # learnt
        got = rs.compile(pattern, flags)  # built from the kept opcodes
    finally:
        rs._store = old
    want = re.compile(pattern, flags)
    assert [m.span() for m in got.finditer(text)] == [m.span() for m in want.finditer(text)]
    assert got.groups == want.groups
