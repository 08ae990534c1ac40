"""The legislatures' agreement is not the cities' agreement of the same day.

Our own sentences. On the day two cities sign their twinning, their councils often sign an
agreement of their own; reports of either name the same two regions and the same day, and
an undated report of one of them matched both. The mark read from the first evidence
sentence (``_institutions``, per-language ``legislatures`` of orgs.yaml: a legislature named
twice, once per side) keeps the two apart, while each undated report still joins its own.
"""

from __future__ import annotations

import pytest

from diplograph import Options
from diplograph._clustering import assign_event_ids
from diplograph._institutions import Institutions
from diplograph._models import Document, Event, Evidence, Place
from diplograph._registry import Registry

SIDES = ["KR-29", "VN-22"]


def _event(text: str, sentence: str, date: str | None, local: str) -> Event:
    start = text.index(sentence)
    return Event(
        type="agreement",
        date=date,
        place=Place(),
        participants=[],
        regions=list(SIDES),
        sectors=[],
        evidence=[Evidence(start, start + len(sentence), sentence)],
        confidence=0.7,
        local_id=local,
    )


def _doc(
    doc_id: str, sentences: list[str], lang: str, date: str | None, published: str | None
) -> Document:
    text = " ".join(sentences)
    doc = Document(doc_id=doc_id, source=doc_id, text=text, lang=lang, published=published)
    doc.events = [_event(text, s, date, f"e{i + 1}") for i, s in enumerate(sentences)]
    return doc


@pytest.mark.parametrize(
    ("lang", "text", "marked"),
    [
        ("ko", "시의회와 성 인민의회가 우호 교류 협약을 체결했다.", True),
        ("ko", "도의회도 시 인민회의와 교류 협약을 맺었다.", True),
        ("ko", "시의회 의장이 참석한 가운데 두 도시가 자매결연 협약을 체결했다.", False),
        ("ko", "시 교류협의회와 성 협의회가 협약을 체결했다.", False),
        ("ja", "市議会と省人民議会が友好交流に関する覚書を結んだ。", True),
        ("ja", "県議会の議長が立ち会い、両県が協定を結んだ。", False),
        ("ja", "市の交流協議会と県の協議会が覚書を結んだ。", False),
        ("zh", "市议会与该省人民议会签署了友好交流协议。", True),
        ("zh", "两市在市议会议长见证下签署了合作协议。", False),
        ("zh", "两市交流协议会与省协议会签署了备忘录。", False),
        ("vi", "Hội đồng nhân dân tỉnh và Hội đồng thành phố đã ký thỏa thuận hợp tác.", True),
        ("vi", "Chủ tịch HĐND tỉnh A và Chủ tịch HĐND tỉnh B dự lễ ký giữa hai tỉnh.", False),
        ("en", "The City Council signed an agreement with the Provincial People's Council.", True),
        ("en", "The mayor signed the agreement in the presence of the City Council.", False),
        ("ru", "Законодательное собрание и Народный совет провинции подписали соглашение.", True),
        ("ru", "Губернатор подписал соглашение, одобренное Законодательным собранием края.", False),
        ("fr", "L'Assemblée législative et le Conseil populaire de la province ont signé.", True),
        ("fr", "Les deux villes ont signé un accord devant le Parlement régional.", False),
        ("de", "Der Landtag und der Volkskongress der Provinz unterzeichneten ein Abkommen.", True),
        ("de", "Der Ministerpräsident unterzeichnete das Abkommen im Landtag.", False),
        ("es", "La Asamblea Legislativa y el Consejo Popular de la provincia firmaron.", True),
        ("es", "Las dos ciudades firmaron un acuerdo ante el Parlamento regional.", False),
        ("it", "Il Consiglio regionale e il Consiglio popolare della provincia firmano.", True),
        ("it", "Le due città hanno firmato un accordo davanti al Parlamento.", False),
        ("pt", "A Assembleia Legislativa e o Conselho Popular da província assinaram.", True),
        ("pt", "As duas cidades assinaram um acordo perante o Parlamento.", False),
    ],
)
def test_legislature_mark(lang: str, text: str, marked: bool) -> None:
    doc = _doc("d", [text], lang, None, None)
    assert Institutions(Registry()).signers(doc, doc.events[0])[1] is marked


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        # The councils named first: the day's other memoranda (a university's, a company's)
        # are listed after the one the report is of.
        ("이날 시의회와 성 인민의회, 시내 대학과 성 병원도 양해각서를 체결했다.", (False, True)),
        # A university named first: the report is of its memorandum.
        ("이날 시내 대학과 성 병원, 시의회와 성 인민의회도 양해각서를 체결했다.", (True, True)),
        ("시내 대학과 성 병원이 양해각서를 체결했다.", (True, False)),
    ],
)
def test_first_named_signer_decides(text: str, signers: tuple[bool, bool]) -> None:
    doc = _doc("d", [text], "ko", None, None)
    assert Institutions(Registry()).signers(doc, doc.events[0]) == signers


def _ids(docs: list[Document]) -> dict[str, str]:
    assign_event_ids(docs, Options(), Registry())
    return {f"{d.doc_id}:{ev.local_id}": ev.event_id or "" for d in docs for ev in d.events}


CITIES = "The two cities signed a twinning agreement."
COUNCILS = "The City Council also signed an agreement with the Provincial People's Council."


def test_two_agreements_of_one_day_each_join_their_own() -> None:
    """A dated article and an undated one both tell the cities' twinning and the councils'
    agreement of the same day: each undated report joins the dated report of its kind."""
    ids = _ids(
        [
            _doc("dated", [CITIES, COUNCILS], "en", "2022-10-27", "2022-10-28"),
            _doc("undated", [CITIES, COUNCILS], "en", None, None),
        ]
    )
    assert ids["undated:e1"] == ids["dated:e1"]
    assert ids["undated:e2"] == ids["dated:e2"]
    assert ids["dated:e1"] != ids["dated:e2"]


def test_undated_councils_agreement_joins_the_councils_one() -> None:
    """An article telling only the councils' agreement, without a date: the councils'
    agreement of the dated article, not the cities' twinning."""
    ids = _ids(
        [
            _doc("dated", [CITIES, COUNCILS], "en", "2022-10-27", "2022-10-28"),
            _doc("later", [COUNCILS.replace(" also", "")], "en", None, None),
        ]
    )
    assert ids["later:e1"] == ids["dated:e2"]


def test_cities_agreement_is_not_the_pair_s_one_dated_councils_agreement() -> None:
    """The batch dates only the councils' agreement of the pair (a year before); an undated
    report of the cities' agreement is not that one, though it is the pair's one dated
    agreement."""
    ids = _ids(
        [
            _doc("councils", [COUNCILS.replace(" also", "")], "en", "2022-10-27", "2022-10-28"),
            _doc("cities", [CITIES], "en", None, None),
        ]
    )
    assert ids["cities:e1"] != ids["councils:e1"]


def test_two_reports_of_the_cities_agreement_still_join() -> None:
    """Neither names a legislature: the undated report is the pair's one dated agreement."""
    ids = _ids(
        [
            _doc("dated", [CITIES], "en", "2022-10-27", "2022-10-28"),
            _doc("undated", ["Last year " + CITIES.lower()], "en", None, None),
        ]
    )
    assert ids["undated:e1"] == ids["dated:e1"]
