"""Bytes to text: byte-order marks, binary sniffing, UTF-8, declared and legacy code pages.

Why a module of its own: decoding is the one place where a wrong guess silently
corrupts every later stage (mojibake names, no dates), so it is kept small and
tested apart from reading files and containers (``_readers``): a text is
returned only when its encoding is certain or clearly the most readable one;
otherwise :class:`_Unreadable` carries a reason code the reader turns into a
Rejection.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

_SAMPLE = 65536

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"RIFF", "RIFF media"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy single- and multi-byte encodings tried when bytes are not UTF-8, most common
# on news sites first: on a tie in readability the earlier one wins.
_LEGACY = (
    "cp1252",
    "cp1251",
    "cp1250",
    "cp1258",
    "koi8-r",
    "koi8-u",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso-8859-2",
    "iso-8859-15",
    "cp874",
    "gb18030",
    "big5",
    "shift_jis",
    "euc-jp",
    "euc-kr",
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


class _Unreadable(Exception):
    """Internal signal: these bytes cannot become text (turned into a Rejection)."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def _binary_signature(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def decode_bytes(data: bytes, html: bool = False) -> tuple[str, str]:
    """Text (NFC, no BOM) and the encoding used; raises _Unreadable for binary or garbage.

    Order: byte-order mark, binary sniffing, strict UTF-8, a declared HTML
    charset, then legacy code pages ranked by how readable their result is
    (charset-normalizer's guesses join the candidates). A file that is mostly
    UTF-8 but holds invalid bytes is rejected rather than silently mis-decoded.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _nfc(data.decode(codec)), codec
            except UnicodeDecodeError as exc:
                raise _Unreadable(
                    "encoding",
                    f"invalid {codec.upper()} data after the byte-order mark at byte {exc.start}",
                ) from None
    what = _binary_signature(data)
    if what:
        raise _Unreadable("binary", f"binary file (looks like a {what}), not an article")
    head = data[:8192]
    if b"\x00" in head:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise _Unreadable("binary", "binary file (contains NUL bytes), not an article")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls > len(head) * 0.05:
        raise _Unreadable(
            "binary", f"binary file ({controls} control bytes in the first {len(head)})"
        )
    try:
        return _nfc(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if html:
        declared = _declared_charset(data)
        if declared and declared not in ("utf-8", "utf8"):
            try:
                return _nfc(data.decode(declared)), declared
            except (LookupError, UnicodeDecodeError):
                pass
    valid_multibyte = len(_UTF8_MULTIBYTE.findall(data[:_SAMPLE]))
    invalid = data[:_SAMPLE].decode("utf-8", errors="replace").count("\ufffd")
    if valid_multibyte >= 3 and valid_multibyte >= 4 * invalid:
        raise _Unreadable(
            "encoding",
            f"invalid UTF-8: byte 0x{data[first_bad]:02x} at offset {first_bad}"
            " in otherwise UTF-8 text",
        )
    return _legacy_decode(data)


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM shows NULs in every other byte of ASCII-heavy text."""
    sample = data[:4096]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > half * 0.3 and min(even, odd) < half * 0.02:
            try:
                return _nfc(data.decode(codec)), codec
            except UnicodeDecodeError:
                return None
    return None


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii", errors="ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _legacy_decode(data: bytes) -> tuple[str, str]:
    sample = data[:_SAMPLE]
    candidates: list[str] = list(_LEGACY)
    try:
        from charset_normalizer import from_bytes

        for match in from_bytes(sample):
            enc = match.encoding
            if enc not in candidates:
                candidates.append(enc)
    except Exception:  # a detector failure only removes candidates
        pass
    best: tuple[float, int, str] | None = None
    for rank, enc in enumerate(candidates):
        try:
            text = sample.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _unreadability(_nfc(text))
        if best is None or (score, rank) < (best[0], best[1]):
            best = (score, rank, enc)
    if best is None or best[0] > 0.2:
        raise _Unreadable(
            "encoding", "undecodable bytes: no known text encoding gives readable text"
        )
    enc = best[2]
    try:
        return _nfc(data.decode(enc)), enc
    except UnicodeDecodeError as exc:
        raise _Unreadable(
            "encoding", f"invalid {enc} byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from None


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "?"


def _unreadability(text: str) -> float:
    """Share of non-ASCII characters that look like mojibake.

    Mojibake shows as symbols inside words ("B³rgermeister"), capitals inside
    lower-case words ("wĂ¶rld"), several scripts in one word, or control and
    private-use characters. Real text in any script has almost none.
    """
    bad = 0
    total = 0
    for word in text.split():  # the runs of non-space, as ``\S+`` (both ``str.isspace``)
        if word.isascii():
            continue
        letters = [c for c in word if c.isalpha()]
        scripts = {_script(c) for c in letters if not c.isascii()}
        ascii_letters = any(c.isascii() for c in letters)
        if len(scripts) > 1 or (
            ascii_letters and scripts and not scripts <= {"LATIN"} and len(letters) > 2
        ):
            bad += 1
        # Latin words are mostly plain letters; a Cyrillic or Greek text read through a
        # Western code page gives words made only of accented letters ("îáëàñòè").
        accented = sum(1 for c in letters if not c.isascii())
        if scripts == {"LATIN"} and len(letters) >= 4 and accented >= 0.8 * len(letters):
            bad += accented
        prev_lower = False
        for i, c in enumerate(word):
            if c.isascii():
                prev_lower = c.islower()
                continue
            total += 1
            cat = unicodedata.category(c)
            symbol_in_word = cat[0] in "SN" and 0 < i < len(word) - 1 and word[i - 1].isalpha()
            if cat in ("Cc", "Co", "Cn", "Cs") or symbol_in_word or (c.isupper() and prev_lower):
                bad += 1
            if c.isalpha():
                prev_lower = c.islower()
            # half-width katakana mixed with ideographs is the classic Shift-JIS misread
            if "HALFWIDTH" in unicodedata.name(c, ""):
                bad += 1
    return bad / total if total else 0.0


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
