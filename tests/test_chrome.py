"""Page chrome real pages leave in the text: removed from the clean text, kept as metadata.

Every line is invented for the test. Each chrome line sits between two story
paragraphs; it must leave the clean text, appear in ``doc.removed`` with its kind,
and the story must stay whole. Story lines that look a little like chrome must stay.
"""

from __future__ import annotations

import pytest

from diplograph import Resources
from diplograph._clean import clean_article
from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline

BEFORE = (
    "The governor of the northern province received the visiting delegation on Monday and "
    "both sides discussed trade, tourism and education."
)
AFTER = "The two sides agreed to meet again next year in the partner region to review progress."

# (language, chrome line, kind of chrome it is)
CHROME: list[tuple[str, str, str]] = [
    # font-size and colour-scheme widgets
    ("en", "Font size", "widget"),
    ("en", "A- A A+", "widget"),
    ("en", "Listen to this article 4 min", "widget"),
    ("ru", "Размер шрифта", "widget"),
    ("ru", "Версия для слабовидящих", "widget"),
    ("vi", "Cỡ chữ", "widget"),
    ("de", "Schriftgröße", "widget"),
    ("fr", "Taille du texte", "widget"),
    ("es", "Tamaño de letra", "widget"),
    # share, print, subscribe
    ("en", "Share Facebook Twitter Email", "share"),
    ("ru", "Поделиться", "share"),
    ("vi", "In bài viết", "share"),
    ("de", "Artikel drucken", "share"),
    ("en", "Subscribe to our daily digest", "subscribe"),
    # ad slots
    ("en", "Advertisement", "ad"),
    ("en", "div-gpt-ad-1617281920-3", "ad"),
    ("en", "googletag.cmd.push(function() { googletag.display('slot-77'); });", "ad"),
    ("ru", "Реклама", "ad"),
    ("de", "Anzeige", "ad"),
    ("es", "Publicidad", "ad"),
    ("vi", "Quảng cáo", "ad"),
    # photo captions and credits
    ("en", "The delegates at the signing ceremony. (Photo: Lan Chi)", "caption"),
    ("ru", "Фото: пресс-служба администрации области", "caption"),
    ("vi", "Ảnh: Minh Khôi", "caption"),
    ("de", "Foto: Jan Berger", "caption"),
    # bylines
    ("ru", "Текст: Ирина Соколова", "byline_more"),
    ("ru", "Автор: Павел Орлов", "byline_more"),
    ("es", "Por Agencia del Sur", "byline_more"),
    ("en", "Edited by Maya Fisher", "byline_more"),
    ("en", "Reported by Tom Hale, Rivertown", "byline_more"),
    ("fr", "Par Claire Morel", "byline_more"),
    ("de", "Von Lena Vogt", "byline_more"),
    ("vi", "Bài, ảnh: Thu Trang", "caption"),
    # related-article blocks and navigation
    ("ru", "Читайте также: Губернатор открыл новый мост", "related"),
    ("vi", "Tin liên quan", "related"),
    ("en", "Related posts", "related_more"),
    ("en", "Most read", "nav"),
    ("ru", "Лента новостей", "nav"),
    ("vi", "Đọc nhiều", "nav"),
    ("fr", "Les plus lus", "nav"),
    ("es", "Lo más leído", "nav"),
    ("de", "Meistgelesen", "nav"),
    # cookie and app banners
    ("en", "We use cookies to improve your experience. By continuing you agree.", "banner"),
    ("ru", "Мы используем файлы cookie для улучшения работы сайта", "banner"),
    ("de", "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten", "banner"),
    ("fr", "Nous utilisons des cookies pour vous offrir une meilleure expérience", "banner"),
    ("es", "Utilizamos cookies propias y de terceros", "banner"),
    ("en", "Download our app for breaking news", "subscribe"),
    # header date lines
    ("ru", "14 апреля 2022 08:15", "dateline"),
    ("vi", "Thứ Tư, 17/05/2023, 09:12", "dateline"),
]


def _clean(text: str) -> Document:
    doc = clean_article(RawArticle(source="t.txt", content=text), Resources())
    assert isinstance(doc, Document)
    return doc


@pytest.mark.parametrize(("lang", "line", "kind"), CHROME)
def test_chrome_line_is_removed_and_kept(lang: str, line: str, kind: str) -> None:
    doc = _clean(f"{BEFORE}\n\n{line}\n\n{AFTER}")
    assert doc.text == f"{BEFORE}\n\n{AFTER}", (lang, line)
    assert [r.kind for r in doc.removed if r.text == line] == [kind], doc.removed
    assert all(r.at == len(BEFORE) for r in doc.removed)


def test_chrome_table_is_large_enough() -> None:
    assert len(CHROME) >= 40
    assert len({lang for lang, _, _ in CHROME}) >= 6


STORY: list[str] = [
    "By the end of the year the province plans to open two new schools.",
    "Von Anfang an war die Zusammenarbeit eng.",
    "Tin tưởng vào tương lai hợp tác giữa hai tỉnh.",
    "Por primera vez, las dos provincias firmaron un acuerdo.",
    "Реклама туристических маршрутов стала темой отдельной встречи.",
    "Home to three universities, the city hosts many foreign students.",
]


@pytest.mark.parametrize("line", STORY)
def test_story_lines_stay(line: str) -> None:
    doc = _clean(f"{BEFORE}\n\n{line}\n\n{AFTER}")
    assert line in doc.text


MENU_BODY = (
    "Губернатор Тверской области провел встречу с делегацией Гродненской области и обсудил "
    "развитие торговли и туризма между регионами."
)


@pytest.mark.parametrize(
    "menu",
    [
        "Москва | Новосибирская область | Пермский край | Омская область",
        "Москва\nНовосибирская область\nПермский край\nОмская область",
        "Москва, Новосибирская область, Пермский край, Омская область",
    ],
)
def test_a_line_of_place_names_is_chrome(pipeline: Pipeline, menu: str) -> None:
    doc = pipeline.process(RawArticle(source="t.txt", content=f"{menu}\n\n{MENU_BODY}"))
    assert isinstance(doc, Document)
    regions = {m.key for m in doc.mentions if m.kind == "region"}
    assert {"RU-TVE", "BY-HR"} <= regions
    assert not regions & {"RU-NVS", "RU-PER", "RU-OMS"}


def test_places_listed_in_a_sentence_stay(pipeline: Pipeline) -> None:
    text = (
        "Делегации Новосибирской области, Пермского края и Омской области приехали на форум "
        "в Гродненскую область."
    )
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    regions = {m.key for m in doc.mentions if m.kind == "region"}
    assert {"RU-NVS", "RU-PER", "RU-OMS", "BY-HR"} <= regions


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            f"Two provinces open a joint trade office\n{BEFORE}\n{AFTER}",
            "Two provinces open a joint trade office",
        ),
        (f"RIVERTOWN POST\n{BEFORE}\n{AFTER}", None),
        (f"rivertownpost.com\n{BEFORE}\n{AFTER}", None),
        (f"{BEFORE}\n{AFTER}\nThe end.", None),
        (
            f"Đoàn công tác tỉnh thăm tỉnh bạn\n{BEFORE}\n{AFTER}",
            "Đoàn công tác tỉnh thăm tỉnh bạn",
        ),
    ],
)
def test_first_short_line_is_the_title(text: str, title: str | None) -> None:
    assert _clean(text).title == title


@pytest.mark.parametrize(
    ("title", "kind"),
    [("17.09.2021 08:30", "dateline"), ("NEWS24.RU", "outlet"), ("THE DAILY STAR", "outlet")],
)
def test_a_header_date_or_an_outlet_is_not_a_title(title: str, kind: str) -> None:
    doc = clean_article(
        RawArticle(source="t.txt", content=f"{BEFORE}\n\n{AFTER}", title=title), Resources()
    )
    assert isinstance(doc, Document)
    assert doc.title is None
    assert [r.kind for r in doc.removed] == [kind]


@pytest.mark.parametrize(
    ("lang", "text", "regions"),
    [
        # two region adjectives sharing one plural noun, an oblast's executive committee
        (
            "ru",
            "Губернатор обсудил сотрудничество Тверской и Гомельской областей.",
            {"RU-TVE", "BY-HO"},
        ),
        ("ru", "Он встретился с председателем Витебского облисполкома.", {"BY-VI"}),
        (
            "ru",
            "Делегации Приморского и Хабаровского краёв прибыли в Харбин.",
            {"RU-PRI", "RU-KHA"},
        ),
        ("ru", "Председатель Минского горисполкома принял гостей из Казани.", {"BY-HM"}),
        ("ru", "Соглашение подписано с Брестским областным Советом депутатов.", {"BY-BR"}),
        ("ru", "Руководитель Гомельского горисполкома открыл выставку.", set()),
        ("uk", "Голови Львівської та Волинської областей підписали угоду.", {"UA-46", "UA-07"}),
        # the German genitive -s of a region's name
        (
            "de",
            "Sachsens Ministerpräsident besuchte die Partnerprovinz Hubeis im Mai.",
            {"DE-SN", "CN-HB"},
        ),
        ("de", "Thomas Manns Roman wurde in der Bibliothek vorgestellt.", set()),
        # unit words glued to the name in scripts without spaces
        ("ja", "知事は徳島県を訪問し、両県の協力について話し合った。", {"JP-36"}),
        ("ja", "栃木県の代表団が到着し、知事と会談して協定に署名した。", {"JP-09"}),
        ("zh", "德岛县代表团访问了该省，双方签署了友好合作协议。", {"JP-36"}),
        # curated names where pycountry's catalogue keeps the Latin name
        ("ko", "가가와현 대표단이 빈딘성을 방문해 교류 협약을 맺었다.", {"JP-37", "VN-31"}),
        ("ko", "기후 변화에 대응하기 위한 나라 간 협력이 논의됐다.", set()),
        ("zh", "滨海边区州长会见了萨哈林州代表团，双方讨论了合作。", {"RU-PRI", "RU-SAK"}),
        # unit words of languages without full support
        ("id", "Gubernur Provinsi Jawa Timur menerima delegasi dari Tiongkok kemarin.", {"ID-JI"}),
        ("pl", "Delegacja z Chin odwiedziła województwo pomorskie w zeszłym tygodniu.", {"PL-22"}),
        ("pt", "O governador do estado de Pernambuco assinou um acordo de cooperação.", {"BR-PE"}),
        ("fr", "Le président du département du Cantal a reçu une délégation étrangère.", {"FR-15"}),
    ],
)
def test_regions_named_without_their_own_noun(
    pipeline: Pipeline, lang: str, text: str, regions: set[str]
) -> None:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    found = {m.key for m in doc.mentions if m.kind == "region"}
    assert regions <= found, lang
    assert regions or not found
