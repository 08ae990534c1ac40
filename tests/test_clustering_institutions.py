"""An agreement an institution signed is not its region's or city's agreement of one period.

Our own sentences. Two agreements of one pair of regions in one year are often a school's
memorandum and the city's own; nothing but the signing party tells them apart, and the mark
read from the first evidence sentence (``_institutions``, per-language ``institutions`` of
orgs.yaml) keeps them apart, while two reports of the city's memorandum still join.
"""

from __future__ import annotations

import pytest

from diplograph import Options
from diplograph._clustering import assign_event_ids
from diplograph._institutions import Institutions
from diplograph._models import Document, Event, Evidence, Place
from diplograph._registry import Registry

SIDES = ["RU-ULY", "VN-22"]


def _doc(doc_id: str, text: str, lang: str, date: str | None, published: str | None) -> Document:
    doc = Document(doc_id=doc_id, source=doc_id, text=text, lang=lang, published=published)
    doc.events = [
        Event(
            type="agreement",
            date=date,
            place=Place(),
            participants=[],
            regions=list(SIDES),
            sectors=[],
            evidence=[Evidence(0, len(text), text)],
            confidence=0.7,
            local_id="e1",
        )
    ]
    return doc


@pytest.mark.parametrize(
    ("lang", "text", "marked"),
    [
        ("en", "The city signed a memorandum with the Lomonosov High School.", True),
        ("en", "Kazan State University and the province signed a cooperation agreement.", True),
        ("en", "The two cities signed a memorandum on cooperation between universities.", False),
        ("en", "The mayor and the governor signed a memorandum on cooperation.", False),
        ("vi", "Thành phố đã ký biên bản ghi nhớ với Trường THPT Lê Lợi của tỉnh.", True),
        ("vi", "Hai thành phố đã ký biên bản ghi nhớ về hợp tác giáo dục.", False),
        ("ru", "Город подписал меморандум со школой № 5 провинции.", True),
        ("ru", "Губернатор и мэр подписали меморандум о сотрудничестве.", False),
        ("fr", "Le Lycée Victor Hugo et la province ont signé un accord.", True),
        ("fr", "Les deux villes ont signé un accord de coopération.", False),
        ("de", "Das Krankenhaus der Stadt unterzeichnete ein Abkommen mit der Provinz.", True),
        ("de", "Die beiden Städte unterzeichneten ein Abkommen.", False),
        ("es", "La Universidad de la ciudad firmó un acuerdo con la provincia.", True),
        ("es", "Las dos ciudades firmaron un acuerdo de cooperación.", False),
        ("zh", "该市医院与该省签署了合作协议。", True),
        ("zh", "两市签署了合作备忘录。", False),
        ("ja", "市内の高校と同省が協定を結んだ。", True),
        ("ja", "両市が友好協定を結んだ。", False),
        ("ko", "시내 고등학교와 성이 협약을 체결했다.", True),
        ("ko", "두 도시가 우호 협약을 체결했다.", False),
    ],
)
def test_institution_mark(lang: str, text: str, marked: bool) -> None:
    doc = _doc("d", text, lang, None, None)
    assert Institutions(Registry()).signed_by(doc, doc.events[0]) is marked


def _ids(docs: list[Document]) -> dict[str, str]:
    assign_event_ids(docs, Options(), Registry())
    return {d.doc_id: d.events[0].event_id or "" for d in docs}


SCHOOL = "In that year the city signed a memorandum with the Lomonosov High School of the province."
CITY = "The two cities signed a memorandum of understanding on cooperation."


def test_school_memorandum_of_the_year_is_not_the_city_memorandum() -> None:
    """A year-only school memorandum and a year-only report of the city's: the pair's one
    dated agreement of that year is the city's, not the school's."""
    ids = _ids(
        [
            _doc("city", CITY, "en", "2017-06-06", "2017-06-07"),
            _doc("again", "In 2017 " + CITY, "en", "2017", "2024-04-16"),
            _doc("school", SCHOOL, "en", "2017", "2024-04-16"),
        ]
    )
    assert ids["again"] == ids["city"]
    assert ids["school"] != ids["city"]


def test_undated_school_memorandum_is_not_the_city_memorandum() -> None:
    """Undated reports (no date, no publication): the city's joins the dated city
    memorandum, the school's stays apart."""
    ids = _ids(
        [
            _doc("city", CITY, "en", "2017-06-06", "2017-06-07"),
            _doc("again", "On the same day " + CITY, "en", None, None),
            _doc("school", SCHOOL, "en", None, None),
        ]
    )
    assert ids["again"] == ids["city"]
    assert ids["school"] != ids["city"]
