"""The gazetteer's folding table lists the letters of the scripts we read as themselves
(``str.translate`` raises and clears a KeyError for every character a dict lacks, so a
complete table folds non-ASCII text ~2x faster). Folding must give exactly what the table
without those entries gives: checked on every character of the listed blocks (and their
neighbours) and on the sample corpus.
"""

from __future__ import annotations

from pathlib import Path

from diplograph.gazetteer._norm import _IDENTITY_RANGES, Folder

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
