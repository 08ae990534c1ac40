"""Ingest: paths, folders and stdin become RawArticles, or Rejections saying why not.

Reading is where real-world mess arrives (legacy encodings, broken HTML, one
bad line in a large JSONL file, an image in the input folder), so nothing here
raises for a bad input: every input ends up as a RawArticle or a Rejection and
the batch goes on. Sizes are checked with ``stat`` before a file is read, and
containers (JSONL, WARC) are streamed record by record, so memory stays
bounded whatever the input.

HTML extraction happens here and only here (``extract_html``); the clean stage
calls it too when it is handed a RawArticle that still holds HTML.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal

from ._decode import _binary_signature, _nfc, _Unreadable, decode_bytes
from ._models import RawArticle, Rejection
from ._options import Options

Item = RawArticle | Rejection
Kind = Literal["text", "html", "jsonl", "json", "warc"]

_EXTENSIONS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".warc": "warc",
    ".warc.gz": "warc",
}
# Document formats we know and do not read: a clear "unsupported" beats a garbled decode.
_UNSUPPORTED = frozenset(
    {".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".xls", ".xlsx", ".ppt", ".pptx"}
    | {".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".arc"}
)
# A crawl's first line: " date 2024-04-19 Title" or, when the crawl knew only the month,
# " date 2024-04 Title" (the clean stage then refines it from the page's own dates).
_DATE_LINE = re.compile(r"\A[ \t]?date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])[ \t]*(.*)")
_YEAR_MONTH = re.compile(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])")
_HTML_SNIFF = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)\b", re.IGNORECASE
)
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_FINAL_PUNCT = ".!?…:;,。！？"
_MAX_TITLE_CHARS = 200


# ----------------------------------------------------------------------------------------
# public entry point
# ----------------------------------------------------------------------------------------
def read_inputs(
    paths: Sequence[str], options: Options, stdin: BinaryIO | None = None
) -> Iterator[RawArticle | Rejection]:
    """Every article in ``paths`` (files, folders, ``-`` for stdin), in a stable order."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin, options)
            continue
        p = Path(path)
        if p.is_dir():
            for f in _walk(p):
                yield from _read_file(f, options)
        elif p.exists():
            yield from _read_file(p, options)
        else:
            yield Rejection(path, "missing", f"no such file or folder: {path}")


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in sorted order, hidden files and folders skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def _kind_of(path: Path) -> Kind | None:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return _EXTENSIONS.get(path.suffix.lower())


# ----------------------------------------------------------------------------------------
# files
# ----------------------------------------------------------------------------------------
def _read_file(path: Path, options: Options) -> Iterator[Item]:
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Rejection(source, "missing", f"cannot stat file: {exc.strerror or exc}")
        return
    if size == 0:
        yield Rejection(source, "empty", "empty file (0 bytes)")
        return
    kind = _kind_of(path)
    if kind is None and path.suffix.lower() in _UNSUPPORTED:
        yield Rejection(source, "unsupported", f"unsupported file type {path.suffix.lower()}")
        return
    try:
        if kind == "warc":
            yield from _read_warc_file(path, options)
            return
        if kind == "jsonl":
            with path.open("rb") as fh:
                yield from _read_jsonl_stream(fh, source, options)
            return
        if size > options.max_bytes:
            yield Rejection(
                source,
                "too-large",
                f"file too large ({size:,} bytes; the limit is {options.max_bytes:,} bytes)",
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(source, "unreadable", f"cannot read file: {exc.strerror or exc}")
        return
    yield from _read_blob(data, source, options, kind)


def _read_stdin(stdin: BinaryIO | None, options: Options) -> Iterator[Item]:
    source = "<stdin>"
    if stdin is None:
        yield Rejection(source, "missing", "'-' was given but there is no standard input")
        return
    data = stdin.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield Rejection(
            source,
            "too-large",
            f"standard input too large (more than {options.max_bytes:,} bytes)",
        )
        return
    yield from _read_blob(data, source, options, None)


def _read_blob(data: bytes, source: str, options: Options, kind: Kind | None) -> Iterator[Item]:
    """Bytes of one whole input, its kind known from the extension or sniffed."""
    if not data.strip():
        yield Rejection(source, "empty", f"empty file ({len(data)} bytes, only whitespace)")
        return
    if kind is None:
        kind = _sniff(data)
    if kind == "warc":
        yield from _read_warc_stream(io.BytesIO(data), source, options)
        return
    if kind == "jsonl":
        yield from _read_jsonl_stream(io.BytesIO(data), source, options)
        return
    try:
        text, encoding = decode_bytes(data, html=kind == "html")
    except _Unreadable as exc:
        yield Rejection(source, exc.code, exc.reason)
        return
    if kind == "json":
        yield from _read_json_text(text, source, options)
    elif kind == "html" or (kind == "text" and _looks_like_html(text)):
        yield extract_html(text, source, encoding=encoding)
    else:
        yield _text_article(text, source, encoding)


def _sniff(data: bytes) -> Kind:
    """What unlabelled bytes (stdin, a file without a known extension) hold."""
    head = data[:4096].lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        return "warc"  # gzip on an article input is a .warc.gz; anything else fails there
    if _binary_signature(head) is None:
        text = head.decode("utf-8", errors="ignore").lstrip("\ufeff")
        if _looks_like_html(text):
            return "html"
        first = text.lstrip().split("\n", 1)[0].strip()
        if first.startswith("{") and first.endswith("}"):
            try:
                if isinstance(json.loads(first), dict):
                    return "jsonl"
            except ValueError:
                pass
    return "text"


def _looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip()
    return head.startswith("<") and _HTML_SNIFF.search(head) is not None


# ----------------------------------------------------------------------------------------
# encodings
# ----------------------------------------------------------------------------------------
# plain text
# ----------------------------------------------------------------------------------------
def _text_article(text: str, source: str, encoding: str | None) -> Item:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    published: str | None = None
    title: str | None = None
    m = _DATE_LINE.match(text)
    if m:
        value = m.group(1)
        published = value if _YEAR_MONTH.fullmatch(value) else _iso_date(value)
        rest = m.group(2).strip()
        body = text[m.end() :]
        body = body[1:] if body.startswith("\n") else body
        if rest and _is_title(rest) and body.strip():
            title = rest
            text = body
        else:
            text = f"{rest}\n{body}" if rest else body
    else:
        lines = text.lstrip("\n").split("\n")
        first = lines[0].strip()
        if (
            len(lines) > 2
            and _is_title(first)
            and not lines[1].strip()
            and any(line.strip() for line in lines[2:])
        ):
            title = first
            text = "\n".join(lines[2:])
    if not text.strip():
        return Rejection(source, "no-text", "no article text (only a date or title line)")
    return RawArticle(
        source=source,
        content=_nfc(text),
        kind="text",
        title=title,
        published=published,
        encoding=encoding,
    )


def _is_title(line: str) -> bool:
    """A heading: short, several words, no sentence-final punctuation."""
    line = line.strip()
    return (
        0 < len(line) <= _MAX_TITLE_CHARS
        and line[-1] not in _FINAL_PUNCT
        and len(line.split()) >= 2
        and not line.startswith(("http://", "https://"))
    )


def _iso_date(value: Any) -> str | None:
    """YYYY-MM-DD from the date shapes containers use, or None (never today's date)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    value = value.strip()
    m = _ISO_DATE.match(value)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DMY_DATE.match(value)
        if not m:
            return None
        d, mo, y = (int(g) for g in m.groups())
    try:
        return datetime(y, mo, d).date().isoformat()
    except ValueError:
        return None


# ----------------------------------------------------------------------------------------
# HTML
# ----------------------------------------------------------------------------------------
def extract_html(
    html: str,
    source: str,
    url: str | None = None,
    encoding: str | None = None,
    published: str | None = None,
    flattened: bool = False,
) -> RawArticle | Rejection:
    """Main text, title, date and canonical URL of an HTML page (the one extraction place).

    Dates come only from the page's markup (meta tags, ``<time>``, JSON-LD),
    never from guesses over the body or the footer's copyright year.
    """
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # malformed markup must not stop a batch
        return Rejection(source, "no-text", f"HTML could not be parsed ({type(exc).__name__})")
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        from ._html_depth import PARSER_DEPTH, flatten_layout, nesting_depth

        depth = 0 if flattened else nesting_depth(html)
        if depth <= PARSER_DEPTH:
            return Rejection(source, "no-text", "HTML page without article text")
        # the parser gave up below its depth limit: once more without layout tags
        flat = extract_html(flatten_layout(html), source, url, encoding, published, True)
        if not isinstance(flat, Rejection):
            return flat
        return Rejection(
            source,
            "too-deep",
            f"HTML elements nested {depth:,} levels deep (the parser stops at {PARSER_DEPTH}); "
            "no article text found even with layout tags removed",
        )
    title = (getattr(doc, "title", None) or "").strip() or None
    if title:
        first, _, rest = text.partition("\n")
        if " ".join(first.split()) == " ".join(title.split()) and rest.strip():
            text = rest
    page_url = getattr(doc, "url", None) or url
    date = published or _iso_date(getattr(doc, "date", None))
    return RawArticle(
        source=source,
        content=_nfc(text),
        kind="text",
        title=_nfc(title) if title else None,
        url=page_url,
        published=date,
        encoding=encoding,
    )


# ----------------------------------------------------------------------------------------
# JSONL / JSON
# ----------------------------------------------------------------------------------------
def _read_jsonl_stream(fh: BinaryIO, source: str, options: Options) -> Iterator[Item]:
    """One article per line; a broken line is a Rejection and the others still go in."""
    lineno = 0
    seen_any = False
    while True:
        line = fh.readline(options.max_bytes + 1)
        if not line:
            break
        lineno += 1
        if len(line) > options.max_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the oversized line without keeping it
                chunk = fh.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield Rejection(
                f"{source}:{lineno}",
                "too-large",
                f"line {lineno} too large (more than {options.max_bytes:,} bytes)",
            )
            seen_any = True
            continue
        if lineno == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        if not line.strip():
            continue
        seen_any = True
        try:
            record = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield Rejection(
                f"{source}:{lineno}",
                "malformed-jsonl",
                f"line {lineno}: not UTF-8"
                f" (byte 0x{line[exc.start]:02x} at column {exc.start + 1})",
            )
            continue
        except ValueError as exc:
            yield Rejection(
                f"{source}:{lineno}", "malformed-jsonl", f"line {lineno}: invalid JSON ({exc})"
            )
            continue
        yield _record_article(record, f"{source}:{lineno}", f"line {lineno}", options)
    if not seen_any:
        yield Rejection(source, "empty", "empty JSONL file (no records)")


def _read_json_text(text: str, source: str, options: Options) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield Rejection(source, "malformed-json", f"invalid JSON ({exc})")
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records, 1):
        where = f"{source}:{i}" if len(records) > 1 else source
        yield _record_article(record, where, f"record {i}", options)


def _record_article(record: Any, fallback_source: str, where: str, options: Options) -> Item:
    if not isinstance(record, dict):
        return Rejection(
            fallback_source,
            "malformed-jsonl",
            f"{where}: expected a JSON object, got {type(record).__name__}",
        )
    url = record.get(options.jsonl_url_field)
    url = url.strip() if isinstance(url, str) and url.strip() else None
    source = url or fallback_source
    body = record.get(options.jsonl_text_field)
    if not isinstance(body, str) or not body.strip():
        return Rejection(
            source,
            "malformed-jsonl",
            f"{where}: no text in field {options.jsonl_text_field!r}",
        )
    title = record.get(options.jsonl_title_field)
    title = _nfc(title.strip()) if isinstance(title, str) and title.strip() else None
    published = _iso_date(record.get(options.jsonl_date_field))
    if _looks_like_html(body):
        art = extract_html(body, source, url=url, published=published)
        if isinstance(art, RawArticle):
            art.title = title or art.title
            art.url = url or art.url
        return art
    return RawArticle(
        source=source,
        content=_nfc(body.replace("\r\n", "\n")),
        kind="text",
        title=title,
        url=url,
        published=published,
        encoding="utf-8",
    )


# ----------------------------------------------------------------------------------------
# WARC
# ----------------------------------------------------------------------------------------
def _read_warc_file(path: Path, options: Options) -> Iterator[Item]:
    with path.open("rb") as fh:
        yield from _read_warc_stream(fh, str(path), options)


def _read_warc_stream(fh: BinaryIO, source: str, options: Options) -> Iterator[Item]:
    """Response records with HTML or text payloads; other records are not articles."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:  # pragma: no cover - warcio is a dependency
        yield Rejection(source, "unsupported", "WARC input needs the warcio package")
        return
    count = 0
    records = None
    try:
        records = ArchiveIterator(fh)
        for record in records:
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{count}"
            count += 1
            ctype = ""
            if record.http_headers is not None:
                status = record.http_headers.get_statuscode()
                if status and not status.startswith("2"):
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            ctype = ctype.lower()
            if ctype and not ("html" in ctype or ctype.startswith("text/")):
                continue
            length = record.rec_headers.get_header("Content-Length")
            if length and length.isdigit() and int(length) > options.max_bytes:
                yield Rejection(
                    uri,
                    "too-large",
                    f"WARC record too large ({int(length):,} bytes; "
                    f"the limit is {options.max_bytes:,} bytes)",
                )
                continue
            data = record.content_stream().read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                yield Rejection(
                    uri, "too-large", f"WARC record too large (over {options.max_bytes:,} bytes)"
                )
                continue
            if not data.strip():
                yield Rejection(uri, "empty", "empty WARC record payload")
                continue
            is_html = "html" in ctype or (not ctype and _sniff(data) == "html")
            try:
                text, encoding = decode_bytes(data, html=is_html)
            except _Unreadable as exc:
                yield Rejection(uri, exc.code, exc.reason)
                continue
            if is_html or _looks_like_html(text):
                art = extract_html(text, uri, url=uri, encoding=encoding)
                if isinstance(art, RawArticle):
                    art.source = uri
                yield art
            else:
                item = _text_article(text, uri, encoding)
                if isinstance(item, RawArticle):
                    item.url = uri
                yield item
    except Exception as exc:  # warcio raises its own errors on corrupt archives
        yield Rejection(
            source, "malformed-warc", f"WARC archive could not be read ({type(exc).__name__})"
        )
        return
    finally:
        if records is not None:
            records.close()
    if count == 0:
        yield Rejection(source, "no-text", "WARC archive without response records")
