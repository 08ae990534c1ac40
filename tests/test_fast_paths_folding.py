"""The gazetteer's folding table lists the letters of the scripts we read as themselves
(``str.translate`` raises and clears a KeyError for every character a dict lacks, so a
complete table folds non-ASCII text ~2x faster). Folding must give exactly what the table
without those entries gives: checked on every character of the listed blocks (and their
neighbours) and on the sample corpus.
"""

from __future__ import annotations

from pathlib import Path

from diplograph.gazetteer._norm import _IDENTITY_RANGES, _TABLE_FROM, _TABLE_SIZE, Folder

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "sample" / "articles"


def _plain(folder: Folder) -> Folder:
    """The same folder without the characters that map to themselves."""
    plain = Folder()
    plain._strip = {k: v for k, v in folder._strip.items() if v != k and v != chr(k)}
    return plain


def test_folding_of_every_listed_character_is_unchanged() -> None:
    folder = Folder()
    plain = _plain(folder)
    assert len(plain._strip) < len(folder._strip)
    codes = {
        cp
        for lo, hi in _IDENTITY_RANGES
        for cp in range(max(lo - 8, 0), hi + 9)
        if not 0xD800 <= cp <= 0xDFFF
    }
    text = "".join(chr(cp) for cp in sorted(codes))
    assert folder.text(text) == plain.text(text)
    # case and diacritics still fold ("Đà Nẵng" -> "da nang", "Ёлка" -> "елка")
    assert folder.text("Đà Nẵng Ёлка İzmir") == "da nang елка izmir"


def test_folding_of_the_sample_corpus_is_unchanged() -> None:
    folder = Folder()
    plain = _plain(folder)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.rglob("*.txt"))]
    assert len(texts) > 20
    for text in texts:
        assert folder.text(text) == plain.text(text)
        assert folder.exact(text) == plain.exact(text)


def test_folding_by_table_gives_what_translate_gives() -> None:
    """A long text is folded through a code-point table: every character of the Basic
    Multilingual Plane (lone surrogates too) folds as ``str.translate`` folds it, and a
    text with a character beyond the table (an emoji) is folded by ``translate``."""
    folder = Folder()
    text = "".join(chr(cp) for cp in range(_TABLE_SIZE))
    assert len(text) >= _TABLE_FROM
    low = folder._lower(text)
    assert folder.text(text) == low.translate(folder._strip)
    assert folder._strip_codes is not None  # the table path was taken
    # a short text, and a long one with an astral character, on translate
    mixed = "Đà Nẵng \U0001f600 " * 40
    assert len(mixed) >= _TABLE_FROM
    assert folder.text(mixed) == folder._lower(mixed).translate(folder._strip)
    assert folder.text("Đà Nẵng") == "da nang"
