"""Ingest: every input becomes a RawArticle or a Rejection with a reason, and batches go on."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph._models import RawArticle, Rejection
from diplograph._options import Options
from diplograph._readers import read_inputs

GOOD_TEXT = (
    "The mayor of the twin city welcomed the visiting delegation on Monday.\n\n"
    "Both sides agreed to open a joint office for students and young researchers."
)


def read(paths: list[Path | str], **kw: object) -> list[RawArticle | Rejection]:
    stdin = kw.pop("stdin", None)
    return list(read_inputs([str(p) for p in paths], Options(**kw), stdin=stdin))  # type: ignore[arg-type]


def articles(items: list[RawArticle | Rejection]) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def rejections(items: list[RawArticle | Rejection]) -> list[Rejection]:
    return [i for i in items if isinstance(i, Rejection)]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD_TEXT, encoding="utf-8")
    return p


def _cp1258(text: str) -> bytes:
    """Vietnamese in Windows-1258: base letters precomposed, tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base, rest = parts[0], []
        for mark in parts[1:]:
            joined = unicodedata.normalize("NFC", base + mark)
            try:
                if len(joined) == 1:
                    joined.encode("cp1258")
                    base = joined
                    continue
            except UnicodeEncodeError:
                pass
            rest.append(mark)
        out.append((base + "".join(rest)).encode("cp1258"))
    return b"".join(out)


ENCODED = [
    pytest.param(
        "en",
        "The delegation from the northern province arrived in the capital on Tuesday.",
        lambda t: t.encode("utf-8-sig"),
        id="utf8-bom",
    ),
    pytest.param(
        "de",
        "Die Delegation aus der Partnerregion wurde im Rathaus von der Bürgermeisterin empfangen.",
        lambda t: t.encode("utf-16"),
        id="utf16-bom",
    ),
    pytest.param(
        "ru",
        "Губернатор области встретился с делегацией побратимской провинции и обсудил торговлю.",
        lambda t: t.encode("cp1251"),
        id="cp1251",
    ),
    pytest.param(
        "vi",
        "Chủ tịch tỉnh đã tiếp đoàn đại biểu của vùng đối tác và hai bên thống nhất tăng cường "
        "hợp tác về giáo dục và du lịch.",
        _cp1258,
        id="cp1258",
    ),
    pytest.param(
        "fr",
        "Le préfet a reçu la délégation étrangère à l'hôtel de région pour évoquer la coopération.",
        lambda t: t.encode("cp1252"),
        id="cp1252-fr",
    ),
    pytest.param(
        "de",
        "Der Oberbürgermeister sprach über die Zusammenarbeit mit der Partnerstadt in Übersee.",
        lambda t: t.encode("cp1252"),
        id="cp1252-de",
    ),
    pytest.param(
        "es",
        "El alcalde recibió a la delegación en Málaga para hablar de la cooperación económica.",
        lambda t: t.encode("latin-1"),
        id="latin1-es",
    ),
    pytest.param(
        "ru",
        "Делегация региона посетила выставку и провела переговоры с партнёрами из провинции.",
        lambda t: t.encode("koi8-r"),
        id="koi8-r",
    ),
]


@pytest.mark.parametrize(("lang", "text", "encode"), ENCODED)
def test_encodings_decode_to_nfc_and_batch_continues(
    tmp_path: Path, good: Path, lang: str, text: str, encode: object
) -> None:
    p = tmp_path / f"{lang}.txt"
    p.write_bytes(encode(text))  # type: ignore[operator]
    items = read([p, good])
    got = articles(items)
    assert len(got) == 2, rejections(items)
    assert got[0].content == unicodedata.normalize("NFC", text)
    assert got[1].content == GOOD_TEXT


BAD_FILES = [
    pytest.param("empty.txt", b"", "empty", "empty file (0 bytes)", id="empty"),
    pytest.param("blank.txt", b" \n\n \t", "empty", "only whitespace", id="whitespace"),
    pytest.param(
        "image.png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "binary",
        "binary file (looks like a PNG image)",
        id="png",
    ),
    pytest.param(
        "renamed.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "binary",
        "PNG image",
        id="png-as-txt",
    ),
    pytest.param(
        "blob.dat", b"ab\x00\x01\x02\x00cd" * 100, "binary", "contains NUL bytes", id="nul-bytes"
    ),
    pytest.param(
        "broken.txt",
        "Thành phố đã tiếp đoàn đại biểu của tỉnh bạn. ".encode() * 3 + b"\xff\xfe" + b" end",
        "encoding",
        "invalid UTF-8: byte 0xff",
        id="invalid-utf8",
    ),
    pytest.param(
        "report.pdf", b"%PDF-1.7 fake", "unsupported", "unsupported file type .pdf", id="pdf"
    ),
    pytest.param(
        "page.html",
        b"<html><body><script>var a=1;</script></body></html>",
        "no-text",
        "HTML page without article text",
        id="html-without-text",
    ),
]


@pytest.mark.parametrize(("name", "data", "code", "reason"), BAD_FILES)
def test_bad_files_are_rejections_with_reasons(
    tmp_path: Path, good: Path, name: str, data: bytes, code: str, reason: str
) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    items = read([p, good])
    assert len(items) == 2
    rej = items[0]
    assert isinstance(rej, Rejection), rej
    assert (rej.source, rej.code) == (str(p), code)
    assert reason in rej.reason
    assert "\n" not in rej.reason
    assert isinstance(items[1], RawArticle) and items[1].content == GOOD_TEXT


def test_missing_path(tmp_path: Path, good: Path) -> None:
    missing = tmp_path / "nope" / "missing.txt"
    items = read([missing, good])
    assert items[0] == Rejection(str(missing), "missing", f"no such file or folder: {missing}")
    assert articles(items)[0].content == GOOD_TEXT


def _big_file(path: Path, size: int) -> Path:
    with path.open("wb") as fh:  # sparse: nothing of it needs to be in memory
        fh.write(b"The governor met the ambassador. ")
        fh.seek(size - 1)
        fh.write(b".")
    return path


@pytest.mark.parametrize(
    ("max_bytes", "limit_text"),
    [(1000, "the limit is 1,000 bytes"), (Options().max_bytes, "the limit is 20,971,520 bytes")],
    ids=["small-limit", "default-limit"],
)
def test_too_large_is_rejected_before_reading(
    tmp_path: Path, good: Path, max_bytes: int, limit_text: str
) -> None:
    big = _big_file(tmp_path / "big.txt", 50 * 1024 * 1024)
    tracemalloc.start()
    try:
        items = read([big, good], max_bytes=max_bytes)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * 1024 * 1024
    rej = items[0]
    assert isinstance(rej, Rejection) and rej.code == "too-large"
    assert "52,428,800 bytes" in rej.reason and limit_text in rej.reason
    assert articles(items)[0].content == GOOD_TEXT


def test_html_with_missing_closing_tags(tmp_path: Path, good: Path) -> None:
    html = (
        "<html><head><title>Twin towns sign a plan</title>\n"
        '<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">'
        '<link rel="canonical" href="https://news.example/twin-towns-plan">'
        "<body><div><article><h1>Twin towns sign a plan"
        "<p>The two mayors signed a three-year plan for school exchanges on Tuesday."
        "<p>Teachers from both towns will visit each other's classrooms next spring."
        "<div class='share'>Share"
    )
    p = tmp_path / "broken.html"
    p.write_text(html, encoding="utf-8")
    items = read([p, good])
    art = items[0]
    assert isinstance(art, RawArticle), art
    assert "signed a three-year plan" in art.content and "next spring" in art.content
    assert art.kind == "text"
    assert art.published == "2024-03-05"
    assert art.url == "https://news.example/twin-towns-plan"
    assert isinstance(items[1], RawArticle)


def test_html_metadata_from_time_and_json_ld(tmp_path: Path) -> None:
    body = (
        "<article><h1>Regions agree on a joint fair</h1>"
        "<p>The two regions agreed to hold a joint trade fair in the autumn of next year.</p>"
        "<p>Companies from both regions will share a pavilion and a common website.</p></article>"
        "<footer>© 2019 Example Outlet</footer>"
    )
    ld = (
        '<script type="application/ld+json">'
        '{"@type":"NewsArticle","datePublished":"2022-06-01"}</script>'
    )
    no_date = tmp_path / "a.html"
    no_date.write_text(f"<html><head><title>x</title></head><body>{body}</body></html>")
    with_ld = tmp_path / "b.htm"
    with_ld.write_text(f"<html><head>{ld}</head><body>{body}</body></html>")
    a, b = read([no_date, with_ld])
    assert isinstance(a, RawArticle) and isinstance(b, RawArticle)
    assert a.published is None  # never guessed from the footer's year
    assert b.published == "2022-06-01"
    assert b.title == "Regions agree on a joint fair"
    assert not b.content.startswith("Regions agree")  # the heading is the title, not the text


def test_html_in_declared_legacy_charset(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1251"><title>Визит</title></head><body><article>'
        "<p>Губернатор провёл переговоры с делегацией побратимского региона в понедельник.</p>"
        "<p>Стороны договорились расширить обмены студентами и туристами.</p>"
        "</article></body></html>"
    )
    p = tmp_path / "ru.html"
    p.write_bytes(html.encode("cp1251"))
    (art,) = read([p])
    assert isinstance(art, RawArticle) and "Губернатор провёл переговоры" in art.content


def test_jsonl_broken_line_among_good_ones(tmp_path: Path, good: Path) -> None:
    lines = [
        json.dumps(
            {
                "text": "First article about a provincial delegation.",
                "url": "https://a.example/1",
                "date": "2024-01-02",
            }
        ),
        '{"text": "broken line, no closing brace"',
        json.dumps({"text": "Third article, with a title and no url.", "title": "Third"}),
        "",
        json.dumps({"title": "no text field"}),
        json.dumps(["not", "an", "object"]),
        json.dumps(
            {
                "text": "<html><body><p>An article stored as HTML in a JSONL field,"
                " long enough.</p></body></html>"
            }
        ),
    ]
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read([p, good])
    assert [type(i).__name__ for i in items] == [
        "RawArticle",
        "Rejection",
        "RawArticle",
        "Rejection",
        "Rejection",
        "RawArticle",
        "RawArticle",
    ]
    first, broken, third, no_text, not_obj, html, last = items
    assert isinstance(first, RawArticle) and first.source == "https://a.example/1"
    assert first.published == "2024-01-02" and first.url == "https://a.example/1"
    assert isinstance(broken, Rejection) and broken.code == "malformed-jsonl"
    assert broken.source == f"{p}:2" and broken.reason.startswith("line 2: invalid JSON")
    assert isinstance(third, RawArticle) and third.source == f"{p}:3" and third.title == "Third"
    assert isinstance(no_text, Rejection) and no_text.reason == "line 5: no text in field 'text'"
    assert isinstance(not_obj, Rejection) and "expected a JSON object, got list" in not_obj.reason
    assert isinstance(html, RawArticle) and html.content.startswith("An article stored as HTML")
    assert isinstance(last, RawArticle) and last.content == GOOD_TEXT


def test_jsonl_field_names_from_options(tmp_path: Path) -> None:
    p = tmp_path / "custom.ndjson"
    p.write_text(
        json.dumps(
            {
                "body": "A text under another field name.",
                "link": "https://b.example/x",
                "when": "05.03.2025",
            }
        )
        + "\n"
    )
    (art,) = read([p], jsonl_text_field="body", jsonl_url_field="link", jsonl_date_field="when")
    assert isinstance(art, RawArticle)
    assert (art.content, art.url, art.published) == (
        "A text under another field name.",
        "https://b.example/x",
        "2025-03-05",
    )


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = [
        (
            "https://one.example/news/1",
            "text/html; charset=utf-8",
            "<html><head><title>One</title></head><body><article><p>The first page reports a"
            " meeting of two regional governors in the border town.</p></article></body></html>",
        ),
        ("https://one.example/logo.png", "image/png", "\x89PNG not an article"),
        (
            "https://two.example/story",
            "text/html",
            "<html><body><article><p>The second page reports a signed agreement between two"
            " provinces on tourism and education.</p></article></body></html>",
        ),
    ]
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        for uri, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            data = body.encode("utf-8")
            rec = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(data), length=len(data), http_headers=headers
            )
            writer.write_record(rec)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_two_html_records(tmp_path: Path, good: Path, name: str) -> None:
    p = tmp_path / name
    _warc(p)
    items = read([p, good])
    got = articles(items)
    assert [a.source for a in got] == [
        "https://one.example/news/1",
        "https://two.example/story",
        str(good),
    ]
    assert "two regional governors" in got[0].content and got[0].url == "https://one.example/news/1"
    assert "signed agreement" in got[1].content
    assert rejections(items) == []


def test_corrupt_warc_is_a_rejection(tmp_path: Path, good: Path) -> None:
    p = tmp_path / "bad.warc.gz"
    p.write_bytes(gzip.compress(b"WARC/1.0\r\nthis is not a warc header block") + b"\x00garbage")
    items = read([p, good])
    assert isinstance(items[0], Rejection) and items[0].source == str(p)
    assert isinstance(items[-1], RawArticle)


@pytest.mark.parametrize(
    ("data", "expect"),
    [
        (GOOD_TEXT.encode("utf-16"), GOOD_TEXT),
        (
            b"<!DOCTYPE html><html><body><article><p>"
            + GOOD_TEXT.encode()
            + b"</p></article></body></html>",
            "The mayor of the twin city",
        ),
        (
            json.dumps({"text": GOOD_TEXT}).encode()
            + b"\n"
            + json.dumps({"text": "Second."}).encode(),
            GOOD_TEXT,
        ),
    ],
    ids=["text-utf16", "html", "jsonl"],
)
def test_stdin_is_sniffed(data: bytes, expect: str) -> None:
    items = read(["-"], stdin=io.BytesIO(data))
    assert isinstance(items[0], RawArticle)
    assert items[0].content.startswith(expect)
    assert items[0].source.startswith("<stdin>")


def test_stdin_missing_and_too_large() -> None:
    (rej,) = read(["-"])
    assert isinstance(rej, Rejection) and rej.code == "missing"
    (big,) = read(["-"], stdin=io.BytesIO(b"x" * 5000), max_bytes=100)
    assert isinstance(big, Rejection) and big.code == "too-large"


def test_folder_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "b" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "config.txt").write_text("hidden folder content that is not an article")
    (root / ".hidden.txt").write_text("hidden file content that is not an article")
    (root / "b" / "deeper" / "z.txt").write_text("Deep article text about cooperation.")
    (root / "b" / "a.txt").write_text("Article in b about a twin city agreement.")
    (root / "c.txt").write_text("Top article about a trade fair in the region.")
    items = read([root, root / "c.txt"])
    assert [Path(i.source).relative_to(root).as_posix() for i in items] == [
        "c.txt",
        "b/a.txt",
        "b/deeper/z.txt",
        "c.txt",
    ] or [Path(i.source).relative_to(root).as_posix() for i in items] == [
        "b/a.txt",
        "b/deeper/z.txt",
        "c.txt",
        "c.txt",
    ]
    assert all(isinstance(i, RawArticle) for i in items)
    assert not any(".git" in i.source or "hidden" in i.source for i in items)


TEXT_HEADS = [
    pytest.param(
        " date 2024-05-06 Two provinces sign a tourism plan\nThe plan was signed on Monday.\n",
        "2024-05-06",
        "Two provinces sign a tourism plan",
        "The plan was signed on Monday.",
        id="date-line-title",
    ),
    pytest.param(
        " date 2024-05-06 HANOI — The plan was signed on Monday.\n\nIt covers three years.\n",
        "2024-05-06",
        None,
        "HANOI — The plan was signed on Monday.\n\nIt covers three years.",
        id="date-line-content",
    ),
    pytest.param(
        "Two provinces sign a tourism plan\n\nThe plan was signed on Monday.\n",
        None,
        "Two provinces sign a tourism plan",
        "The plan was signed on Monday.",
        id="title-blank-line",
    ),
    pytest.param(
        "The plan was signed on Monday.\n\nIt covers three years.\n",
        None,
        None,
        "The plan was signed on Monday.\n\nIt covers three years.",
        id="no-title",
    ),
    pytest.param(
        "Губернатор встретился с послом\n\nВстреча прошла в Москве.",
        None,
        "Губернатор встретился с послом",
        "Встреча прошла в Москве.",
        id="ru-title",
    ),
]


@pytest.mark.parametrize(("raw", "published", "title", "content"), TEXT_HEADS)
def test_text_date_line_and_title(
    tmp_path: Path, raw: str, published: str | None, title: str | None, content: str
) -> None:
    p = tmp_path / "a.txt"
    p.write_text(raw, encoding="utf-8")
    (art,) = read([p])
    assert isinstance(art, RawArticle)
    assert (art.published, art.title, art.content.strip()) == (published, title, content)


def test_file_without_extension_is_sniffed(tmp_path: Path) -> None:
    p = tmp_path / "README"
    p.write_text("<html><body><article><p>" + GOOD_TEXT + "</p></article></body></html>")
    (art,) = read([p])
    assert isinstance(art, RawArticle) and art.content.startswith("The mayor")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    items = read(["-"], stdin=io.BytesIO(data))
    assert items
    for item in items:
        assert isinstance(item, (RawArticle, Rejection))
        if isinstance(item, Rejection):
            assert item.reason and "\n" not in item.reason
        else:
            assert item.content == unicodedata.normalize("NFC", item.content)
