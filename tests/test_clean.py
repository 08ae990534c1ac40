"""Cleaning: boilerplate and captions out (kept in doc.removed), every real sentence in."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph._clean import clean_article, content_id
from diplograph._models import Document, RawArticle, Rejection
from diplograph._options import Options
from diplograph._readers import read_inputs
from diplograph._resources import Resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def clean(res: Resources, content: str, **kw: str | None) -> Document:
    doc = clean_article(RawArticle(source="t", content=content, **kw), res)  # type: ignore[arg-type]
    assert isinstance(doc, Document), doc
    return doc


# (lang, real sentence before, boilerplate line, expected removed kind, real sentence after)
LINES = [
    # captions: a line ending in a photo credit goes, whatever it says before the credit
    (
        "en",
        "The governor arrived on Monday.",
        "The two leaders shake hands at the talks. (Photo: Reuters)",
        "caption",
        "Talks lasted two hours.",
    ),
    (
        "en",
        "The governor arrived on Monday.",
        "Delegates visit the port. Photo: Tran Minh",
        "caption",
        "Talks lasted two hours.",
    ),
    (
        "en",
        "The governor arrived on Monday.",
        "Photo: City press office",
        "caption",
        "Talks lasted two hours.",
    ),
    (
        "de",
        "Die Delegation kam am Montag an.",
        "Die Bürgermeisterin begrüßt die Gäste. Foto: Anna Weber",
        "caption",
        "Das Gespräch dauerte zwei Stunden.",
    ),
    (
        "de",
        "Die Delegation kam am Montag an.",
        "Foto: Pressestelle der Stadt",
        "caption",
        "Das Gespräch dauerte zwei Stunden.",
    ),
    (
        "ru",
        "Делегация прибыла в понедельник.",
        "Губернатор приветствует гостей. Фото: пресс-служба правительства области",
        "caption",
        "Переговоры длились два часа.",
    ),
    (
        "ru",
        "Делегация прибыла в понедельник.",
        "Участники встречи у мемориала (Фото: РИА)",
        "caption",
        "Переговоры длились два часа.",
    ),
    (
        "fr",
        "La délégation est arrivée lundi.",
        "Le maire accueille ses hôtes. Photo : Service de presse",
        "caption",
        "Les entretiens ont duré deux heures.",
    ),
    (
        "es",
        "La delegación llegó el lunes.",
        "El alcalde saluda a los invitados. (Foto: Ayuntamiento)",
        "caption",
        "La reunión duró dos horas.",
    ),
    (
        "vi",
        "Đoàn đến vào thứ Hai.",
        "Lãnh đạo hai tỉnh trao đổi tại buổi làm việc. Ảnh: Minh Đức",
        "caption",
        "Cuộc hội đàm kéo dài hai giờ.",
    ),
    (
        "vi",
        "Đoàn đến vào thứ Hai.",
        "Quang cảnh buổi tiếp (Ảnh: TTXVN)",
        "caption",
        "Cuộc hội đàm kéo dài hai giờ.",
    ),
    # a caption laid out in a table cell, between pipes
    (
        "vi",
        "Đoàn đến vào thứ Hai.",
        "| Hai tỉnh ký kết kế hoạch hợp tác. Ảnh: Minh Đức. |",
        "caption",
        "Cuộc hội đàm kéo dài hai giờ.",
    ),
    (
        "en",
        "The delegation arrived on Monday.",
        "| The governors shake hands after the talks. (Photo: Press Office) |",
        "caption",
        "The talks lasted two hours.",
    ),
    # comments counters
    ("en", "The fair opened on Friday.", "Comments (3)", "comments", "It runs until Sunday."),
    ("de", "Die Messe begann am Freitag.", "Kommentar (0)", "comments", "Sie dauert bis Sonntag."),
    (
        "ru",
        "Ярмарка открылась в пятницу.",
        "Комментарии (12)",
        "comments",
        "Она продлится до воскресенья.",
    ),
    (
        "fr",
        "La foire a ouvert vendredi.",
        "Commentaires (2)",
        "comments",
        "Elle dure jusqu'à dimanche.",
    ),
    ("es", "La feria abrió el viernes.", "Comentarios (5)", "comments", "Dura hasta el domingo."),
    (
        "vi",
        "Hội chợ khai mạc hôm thứ Sáu.",
        "Bình luận (0)",
        "comments",
        "Hội chợ kéo dài đến Chủ nhật.",
    ),
    # share / print lines
    (
        "en",
        "The fair opened on Friday.",
        "Share Facebook Twitter Email",
        "share",
        "It runs until Sunday.",
    ),
    ("de", "Die Messe begann am Freitag.", "Artikel drucken", "share", "Sie dauert bis Sonntag."),
    ("ru", "Ярмарка открылась в пятницу.", "Поделиться", "share", "Она продлится до воскресенья."),
    (
        "fr",
        "La foire a ouvert vendredi.",
        "Partager cet article",
        "share",
        "Elle dure jusqu'à dimanche.",
    ),
    ("es", "La feria abrió el viernes.", "Imprimir", "share", "Dura hasta el domingo."),
    ("vi", "Hội chợ khai mạc hôm thứ Sáu.", "Chia sẻ", "share", "Hội chợ kéo dài đến Chủ nhật."),
    # subscribe / promo lines
    (
        "en",
        "The fair opened on Friday.",
        "Follow us on Telegram for more regional news",
        "subscribe",
        "It runs until Sunday.",
    ),
    (
        "de",
        "Die Messe begann am Freitag.",
        "Folgen Sie uns auf Mastodon",
        "subscribe",
        "Sie dauert bis Sonntag.",
    ),
    (
        "ru",
        "Ярмарка открылась в пятницу.",
        "Подписывайтесь на наш канал в мессенджере",
        "subscribe",
        "Она продлится до воскресенья.",
    ),
    (
        "ru",
        "Ярмарка открылась в пятницу.",
        "На сайте применяются рекомендательные технологии (подбор новостей)",
        "banner",
        "Она продлится до воскресенья.",
    ),
    (
        "fr",
        "La foire a ouvert vendredi.",
        "Abonnez-vous à notre lettre d'information",
        "subscribe",
        "Elle dure jusqu'à dimanche.",
    ),
    (
        "es",
        "La feria abrió el viernes.",
        "Síguenos en las redes sociales",
        "subscribe",
        "Dura hasta el domingo.",
    ),
    (
        "vi",
        "Hội chợ khai mạc hôm thứ Sáu.",
        "Mời bạn đọc xem thêm các tin bài khác trên trang",
        "promo",
        "Hội chợ kéo dài đến Chủ nhật.",
    ),
    # related links
    (
        "en",
        "The fair opened on Friday.",
        "Read more: Border trade grows in spring",
        "related",
        "It runs until Sunday.",
    ),
    (
        "de",
        "Die Messe begann am Freitag.",
        "Lesen Sie auch: Neue Flugverbindung eröffnet",
        "related",
        "Sie dauert bis Sonntag.",
    ),
    (
        "ru",
        "Ярмарка открылась в пятницу.",
        "Читайте также: Открылся новый авиарейс",
        "related",
        "Она продлится до воскресенья.",
    ),
    (
        "fr",
        "La foire a ouvert vendredi.",
        "Lire aussi : Une nouvelle liaison aérienne",
        "related",
        "Elle dure jusqu'à dimanche.",
    ),
    (
        "es",
        "La feria abrió el viernes.",
        "Lee también: Nueva ruta aérea",
        "related",
        "Dura hasta el domingo.",
    ),
    (
        "vi",
        "Hội chợ khai mạc hôm thứ Sáu.",
        "Tin liên quan",
        "related",
        "Hội chợ kéo dài đến Chủ nhật.",
    ),
    # source lines
    (
        "en",
        "The fair opened on Friday.",
        "Source: Provincial portal",
        "source",
        "It runs until Sunday.",
    ),
    (
        "ru",
        "Ярмарка открылась в пятницу.",
        "Источник: пресс-служба мэрии",
        "source",
        "Она продлится до воскресенья.",
    ),
    (
        "fr",
        "La foire a ouvert vendredi.",
        "Source : Conseil régional",
        "source",
        "Elle dure jusqu'à dimanche.",
    ),
    (
        "es",
        "La feria abrió el viernes.",
        "Fuente: Gobierno regional",
        "source",
        "Dura hasta el domingo.",
    ),
    (
        "vi",
        "Hội chợ khai mạc hôm thứ Sáu.",
        "Nguồn: Báo tỉnh",
        "source",
        "Hội chợ kéo dài đến Chủ nhật.",
    ),
]


@pytest.mark.parametrize(("lang", "before", "line", "kind", "after"), LINES)
def test_boilerplate_lines_are_removed_and_kept_aside(
    res: Resources, lang: str, before: str, line: str, kind: str, after: str
) -> None:
    doc = clean(res, f"{before}\n\n{line}\n\n{after}")
    assert doc.text == f"{before}\n\n{after}"
    assert [(r.kind, r.text) for r in doc.removed] == [(kind, line)]
    assert doc.removed[0].rule.startswith("boilerplate:")


@pytest.mark.parametrize(
    ("lang", "line", "url"),
    [
        (
            "de",
            "Quelle: https://stadt.example/presse/partnerschaft.html",
            "https://stadt.example/presse/partnerschaft.html",
        ),
        ("en", "Source: https://province.example/news/123", "https://province.example/news/123"),
        ("ru", "Источник: https://oblast.example/novosti/1", "https://oblast.example/novosti/1"),
        ("vi", "Nguồn: https://tinh.example/tin-tuc/2.html", "https://tinh.example/tin-tuc/2.html"),
    ],
)
def test_source_line_gives_url(res: Resources, lang: str, line: str, url: str) -> None:
    body = "The regional council approved a new exchange programme for students."
    doc = clean(res, f"{body}\n{line}")
    assert doc.text == body and doc.url == url
    kept = clean(res, f"{body}\n{line}", url="https://given.example/a")
    assert kept.url == "https://given.example/a"  # the container's URL wins


TAILS = [
    (
        "The two sides agreed to meet again next year. — VNA/VNS",
        "The two sides agreed to meet again next year.",
        "byline",
        "— VNA/VNS",
    ),
    (
        "Hai bên thống nhất sẽ gặp lại vào năm tới./.",
        "Hai bên thống nhất sẽ gặp lại vào năm tới.",
        "endmark",
        "/.",
    ),
    (
        "They signed the plan on Friday.” — AFP",
        "They signed the plan on Friday.”",
        "byline",
        "— AFP",
    ),
]


@pytest.mark.parametrize(("line", "kept", "kind", "removed"), TAILS)
def test_line_end_marks_are_removed(
    res: Resources, line: str, kept: str, kind: str, removed: str
) -> None:
    doc = clean(res, f"The delegation arrived in the port city on Tuesday.\n{line}")
    assert doc.text.endswith("\n" + kept)
    assert [(r.kind, r.text) for r in doc.removed] == [(kind, removed)]


KEEP = [
    "VOV.VN - The Russian region wants closer ties with Vietnamese provinces.",
    "HÀ NỘI — The President received the visiting governor on Tuesday.",
    "The photo exhibition about the twin cities opened in the museum on Monday.",
    "Photos of the old harbour were shown at the opening of the cultural days.",
    "Share of exports to the partner region rose to a third last year.",
    "Source of the river lies in the mountains of the northern province, officials said.",
    "Фото и видео с выставки опубликуют на сайте правительства области позже.",
    "Die Quelle des Streits war eine Frage der Finanzierung gemeinsamer Projekte.",
    "Mời các doanh nghiệp hai nước tham gia hội chợ là sáng kiến của tỉnh bạn.",
]


@pytest.mark.parametrize("line", KEEP)
def test_content_lines_that_look_like_boilerplate_are_kept(res: Resources, line: str) -> None:
    doc = clean(res, f"{line}\n\nThe talks ended with a joint statement on tourism.")
    assert doc.text.startswith(line)
    assert doc.removed == []


def test_whitespace_and_paragraphs(res: Resources) -> None:
    raw = (
        "\ufeff  First   paragraph\u00a0with\tspaces.  \r\n"
        "Second line of the same block.\r\n\r\n\r\n"
        "Third paragraph after blank lines.\u200b\n"
        "a line wrapped by hand\n"
        "\n\n"
    )
    doc = clean(res, raw)
    assert doc.text == (
        "First paragraph with spaces.\nSecond line of the same block.\n\n"
        "Third paragraph after blank lines.\na line wrapped by hand"
    )
    wrapped = clean(
        res, "The delegation from the northern province arrived\nin the capital on Monday."
    )
    assert (
        wrapped.text
        == "The delegation from the northern province arrived in the capital on Monday."
    )


def test_nothing_left_is_rejected(res: Resources) -> None:
    rej = clean_article(RawArticle("x", "Share\nComments (0)\nPhoto: Someone\nOK."), res)
    assert isinstance(rej, Rejection) and rej.code == "no-text"
    assert rej.reason == "no article text left after removing boilerplate (2 letters)"


def test_caption_title_is_dropped(res: Resources) -> None:
    doc = clean(
        res,
        "The minister met the governor in the capital on Thursday.",
        title="The minister and the governor at the meeting. (Photo: VNA)",
    )
    assert doc.title is None and doc.removed[0].kind == "caption"


def test_html_raw_is_extracted_once(res: Resources) -> None:
    html = (
        "<html><head><title>Port cities sign memorandum</title></head><body><article>"
        "<p>The two port cities signed a memorandum on logistics cooperation on Monday.</p>"
        "<p>Comments (0)</p></article></body></html>"
    )
    doc = clean_article(RawArticle("h", html, kind="html"), res)
    assert isinstance(doc, Document)
    assert doc.text == "The two port cities signed a memorandum on logistics cooperation on Monday."
    assert doc.title == "Port cities sign memorandum"


def test_content_id_is_stable_across_containers(tmp_path: Path, res: Resources) -> None:
    text = (
        "Tỉnh Kaluga và tỉnh Bình Thuận ký kế hoạch hợp tác.\n\nHai bên sẽ trao đổi đoàn học sinh."
    )
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "c.txt").write_bytes(text.replace("\n\n", "\r\n").encode("utf-8-sig"))
    (tmp_path / "d.jsonl").write_text('{"text": ' + __import__("json").dumps(text) + "}\n")
    docs = [clean_article(r, res) for r in read_inputs([str(tmp_path)], Options())]
    ids = {d.doc_id for d in docs if isinstance(d, Document)}
    assert len(docs) == 4 and len(ids) == 1
    assert ids == {content_id(text)}
    assert content_id(text).startswith("d") and len(content_id(text)) == 17
    assert content_id(text + " More.") != content_id(text)


def test_documents_pickle(res: Resources) -> None:
    import pickle

    doc = clean(
        res, "The delegation arrived.\nPhoto: Somebody\nTalks began at noon on the same day."
    )
    assert pickle.loads(pickle.dumps(doc)) == doc


SEEDS = {
    "000": ("2023-11-22", "President hosts Governor of Russia’s Kaluga region"),
    "001": ("2025-11-25", None),
    "002": ("2023-11-23", None),
    "003": (None, "St. Petersburg promotes cooperation with Vietnamese localities"),
    "004": (None, None),
}
# Lines of the seeds that are not article text.
SEED_BOILERPLATE = [
    "Kommentar (0)",
    "Quelle:",
    "Mời quý độc giả theo dõi VOV.VN trên",
    "(Photo: VNA)",
    "— VNA/VNS",
    "Foto: Khong Nghia",
]


def test_seeds(shared_dir: Path, res: Resources) -> None:
    seeds = sorted((shared_dir / "corpus" / "seeds").glob("*.txt"))
    assert len(seeds) == 5
    items = list(read_inputs([str(p) for p in seeds], Options()))
    assert all(isinstance(i, RawArticle) for i in items)
    for path, raw in zip(seeds, items, strict=True):
        assert isinstance(raw, RawArticle)
        doc = clean_article(raw, res)
        assert isinstance(doc, Document), doc
        published, title = SEEDS[path.name[:3]]
        assert (doc.published, doc.title) == (published, title)
        for junk in SEED_BOILERPLATE:
            assert junk not in doc.text, (path.name, junk)
        # every real sentence survives: lines of the file that are not boilerplate are in the text
        original = path.read_text("utf-8").splitlines()
        removed = {r.text for r in doc.removed}
        for i, line in enumerate(original):
            line = line.strip()
            if i == 0 and raw.published:
                line = line.split(" ", 2)[2] if line.count(" ") >= 2 else ""
            if not line or line == doc.title or line in removed:
                continue
            core = line.removesuffix("/.").removesuffix("— VNA/VNS").strip()
            if core == "Konfuzius" or core.endswith(("(Photo: VNA)", "Foto: Khong Nghia")):
                continue
            assert core in doc.text, (path.name, core[:60])
        kinds = sorted(r.kind for r in doc.removed)
        if path.name.startswith("000"):
            assert kinds == ["caption", "endmark"]
        if path.name.startswith("001"):
            assert kinds == ["byline"]
        if path.name.startswith("002"):
            assert kinds == ["caption", "endmark"]
        if path.name.startswith("003"):
            assert kinds == ["promo"]
            assert doc.text.startswith("VOV.VN - The Russian city")
        if path.name.startswith("004"):
            assert kinds == ["caption"] * 4 + ["comments", "source"]
            assert doc.url is not None and doc.url.startswith("https://songv.langson.gov.vn/")
