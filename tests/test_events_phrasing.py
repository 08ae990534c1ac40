"""Event phrasing the corpora under-represent, per language: passive reports ("talks were
held"), nominal reports ("the signing took place"), video calls, German separated verbs with
a long gap, and a statement-only sentence after the event (which is no event). Our own
sentences; mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from diplograph._models import Document
from tests._event_helpers import from_markup


def run(stage: EventStage, markup: str, lang: str, published: str = "2025-06-12") -> Document:
    return stage(from_markup(markup, lang=lang, published=published))


# (lang, markup, expected (type, date) of the events)
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # --- English
    (
        "en",
        "Talks were held on [June 10|date|2025-06-10] between [Tomsk|region|RU-TOM] officials "
        "and a delegation of [Lao Cai|region|VN-02].",
        [("meeting", "2025-06-10")],
    ),
    (
        "en",
        "[Governor|title|Governor] [Pavel Zorin|person|Pavel Zorin|region=RU-TOM] held an online "
        "meeting with leaders of [Lao Cai|region|VN-02] on [June 9|date|2025-06-09].",
        [("meeting", "2025-06-09")],
    ),
    (
        "en",
        "A signing ceremony for the partnership of [Tomsk|region|RU-TOM] and "
        "[Lao Cai|region|VN-02] took place on [June 10|date|2025-06-10].",
        [("agreement", "2025-06-10")],
    ),
    (
        "en",
        "[Governor|title|Governor] [Pavel Zorin|person|Pavel Zorin|region=RU-TOM] held a video "
        "call with the leadership of [Lao Cai|region|VN-02] on [June 9|date|2025-06-09].",
        [("meeting", "2025-06-09")],
    ),
    # --- Vietnamese
    (
        "vi",
        "Ngày [10/6|date|2025-06-10], đã diễn ra hội đàm giữa lãnh đạo tỉnh "
        "[Lào Cai|region|VN-02] và tỉnh [Tomsk|region|RU-TOM].",
        [("meeting", "2025-06-10")],
    ),
    (
        "vi",
        "Ngày [9/6|date|2025-06-09], lãnh đạo tỉnh [Lào Cai|region|VN-02] đã hội đàm trực tuyến "
        "với [Thống đốc|title|Governor] tỉnh [Tomsk|region|RU-TOM].",
        [("meeting", "2025-06-09")],
    ),
    (
        "vi",
        "Chiều [10/6|date|2025-06-10], lễ ký kết thỏa thuận hợp tác giữa tỉnh "
        "[Lào Cai|region|VN-02] và tỉnh [Tomsk|region|RU-TOM] đã diễn ra.",
        [("agreement", "2025-06-10")],
    ),
    # --- Russian
    (
        "ru",
        "[Губернатор|title|Governor] [Томской области|region|RU-TOM] "
        "[Павел Зорин|person|Pavel Zorin|region=RU-TOM] и руководство провинции "
        "[Лаокай|region|VN-02] провели видеоконференцию [9 июня|date|2025-06-09].",
        [("meeting", "2025-06-09")],
    ),
    (
        "ru",
        "Переговоры делегаций [Томской области|region|RU-TOM] и провинции "
        "[Лаокай|region|VN-02] прошли [10 июня|date|2025-06-10] в Томске.",
        [("meeting", "2025-06-10")],
    ),
    (
        "ru",
        "По итогам встречи [10 июня|date|2025-06-10] состоялось подписание соглашения между "
        "[Томской областью|region|RU-TOM] и провинцией [Лаокай|region|VN-02].",
        [("agreement", "2025-06-10")],
    ),
    # --- French
    (
        "fr",
        "Une déclaration d'intention a été signée le [10 juin|date|2025-06-10] entre la région "
        "[Bretagne|region|FR-BRE] et la province de [Lào Cai|region|VN-02].",
        [("agreement", "2025-06-10")],
    ),
    (
        "fr",
        "Des entretiens ont eu lieu le [10 juin|date|2025-06-10] entre la "
        "[Bretagne|region|FR-BRE] et une délégation de [Lào Cai|region|VN-02].",
        [("meeting", "2025-06-10")],
    ),
    (
        "fr",
        "Le [président|title|President] [Loïc Kervella|person|Loic Kervella|region=FR-BRE] a tenu "
        "une réunion en visioconférence avec les dirigeants de [Lào Cai|region|VN-02] le "
        "[9 juin|date|2025-06-09].",
        [("meeting", "2025-06-09")],
    ),
    # --- German
    (
        "de",
        "[Ministerpräsident|title|Minister-President] "
        "[Karl Brenner|person|Karl Brenner|region=DE-TH] empfing am [Dienstag|date|2025-06-10] "
        "im Erfurter Rathaus eine Delegation der Provinz [Lao Cai|region|VN-02].",
        [("meeting", "2025-06-10")],
    ),
    (
        "de",
        "Die Unterzeichnung der Absichtserklärung zwischen [Thüringen|region|DE-TH] und "
        "[Lao Cai|region|VN-02] fand am [10. Juni|date|2025-06-10] statt.",
        [("agreement", "2025-06-10")],
    ),
    (
        "de",
        "Am [10. Juni|date|2025-06-10] wurde in Erfurt ein Abkommen zwischen "
        "[Thüringen|region|DE-TH] und [Lao Cai|region|VN-02] unterzeichnet.",
        [("agreement", "2025-06-10")],
    ),
    (
        "de",
        "[Thüringen|region|DE-TH] und [Lao Cai|region|VN-02] führten am "
        "[Montag|date|2025-06-09] eine Videokonferenz durch.",
        [("meeting", "2025-06-09")],
    ),
    # --- Spanish
    (
        "es",
        "El convenio entre [Galicia|region|ES-GA] y [Lào Cai|region|VN-02] fue firmado el "
        "[10 de junio|date|2025-06-10].",
        [("agreement", "2025-06-10")],
    ),
    (
        "es",
        "Se celebró el [9 de junio|date|2025-06-09] una reunión por videoconferencia entre "
        "[Galicia|region|ES-GA] y [Lào Cai|region|VN-02].",
        [("meeting", "2025-06-09")],
    ),
    (
        "es",
        "La firma del memorando entre [Galicia|region|ES-GA] y [Lào Cai|region|VN-02] tuvo "
        "lugar el [10 de junio|date|2025-06-10].",
        [("agreement", "2025-06-10")],
    ),
]

# A statement or a plan alone is no event, in every language.
STATEMENTS: list[tuple[str, str]] = [
    ("en", "[Pavel Zorin|person|Pavel Zorin|region=RU-TOM] said the region hopes to export grain."),
    ("vi", "Ông [Lê Văn Tâm|person|Le Van Tam|region=VN-02] đề nghị hai tỉnh tăng cường hợp tác."),
    ("ru", "[Павел Зорин|person|Pavel Zorin|region=RU-TOM] заявил, что область готова к обмену."),
    ("fr", "[Loïc Kervella|person|Loic Kervella|region=FR-BRE] a souhaité renforcer les échanges."),
    ("de", "[Karl Brenner|person|Karl Brenner|region=DE-TH] kündigte an, nach Vietnam zu reisen."),
    ("es", "[Ana Souto|person|Ana Souto|region=ES-GA] afirmó que Galicia quiere más inversión."),
]


@pytest.mark.parametrize(("lang", "markup", "expected"), CASES)
def test_passive_nominal_and_online_events(
    stage: EventStage, lang: str, markup: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = run(stage, markup, lang)
    assert [(e.type, e.date) for e in doc.events] == expected
    for e in doc.events:
        assert any(r.startswith(f"trigger:{lang}:") for r in e.rules)
        for ev in e.evidence:
            assert doc.text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize(("lang", "markup"), STATEMENTS)
def test_statement_alone_is_no_event(stage: EventStage, lang: str, markup: str) -> None:
    assert run(stage, markup, lang).events == []


# A signing reported right after talks, dated only by "the same day" / "im Anschluss".
FOLLOW_ON: list[tuple[str, str]] = [
    (
        "en",
        "Talks were held on [June 10|date|2025-06-10] between [Tomsk|region|RU-TOM] and "
        "[Lao Cai|region|VN-02]. The signing ceremony of a memorandum took place the same day.",
    ),
    (
        "de",
        "[Ministerpräsident|title|Minister-President] "
        "[Karl Brenner|person|Karl Brenner|region=DE-TH] empfing am [Dienstag|date|2025-06-10] "
        "im Rathaus eine Delegation aus [Lao Cai|region|VN-02]. Die Unterzeichnung einer "
        "Absichtserklärung fand im Anschluss statt.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), FOLLOW_ON)
def test_follow_on_signing_takes_the_date_before(stage: EventStage, lang: str, markup: str) -> None:
    doc = run(stage, markup, lang)
    assert [(e.type, e.date) for e in doc.events] == [
        ("meeting", "2025-06-10"),
        ("agreement", "2025-06-10"),
    ]
