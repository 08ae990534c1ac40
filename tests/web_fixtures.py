"""A small hand-made store for the web tests (no NLP pipeline needed).

Texts are our own sentences; every evidence span is cut from its text so
offsets round-trip, as the pipeline guarantees.
"""

from __future__ import annotations

from pathlib import Path

from diplograph import Document, Event, Evidence, Options, Participant, Partnership, Place
from diplograph._eventdb import cluster_store
from diplograph.store import open_store

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"

SHAPSHA = ("Vladislav Shapsha", "p:shapsha", "Governor", "RU", "RU-KLU")
THANH = ("Nguyen Van Thanh", "p:thanh", "Chairman", "VN", "VN-HN")
KOZHEMYAKO = ("Oleg Kozhemyako", "p:kozhemyako", "Governor", "RU", "RU-PRI")
QUANG = ("Le Trung Quang", "p:quang", "Chairman", "VN", "VN-DN")


def _doc(
    doc_id: str,
    lang: str,
    published: str,
    title: str,
    text: str,
    evidence: str,
    people: list[tuple[str, str, str, str, str]],
    regions: list[str],
    place: Place,
    *,
    date: str | None,
    typ: str = "meeting",
    sectors: tuple[str, ...] = ("tourism", "agriculture"),
    url: str | None = None,
    partners: tuple[str, str] | None = None,
) -> Document:
    start = text.index(evidence)
    ev = Evidence(start, start + len(evidence), evidence)
    assert text[ev.start : ev.end] == ev.text
    d = Document(
        doc_id=doc_id,
        source=f"/corpus/{doc_id}.txt",
        text=text,
        title=title,
        lang=lang,
        published=published,
        url=url,
        regions_mentioned=list(regions),
    )
    d.events.append(
        Event(
            type=typ,  # type: ignore[arg-type]
            date=date,
            place=place,
            participants=[Participant(n, r, c, g, e) for n, e, r, c, g in people],
            regions=list(regions),
            sectors=list(sectors),
            evidence=[ev],
            confidence=0.9,
            rules=["test:hand-made"],
            local_id="e1",
        )
    )
    if partners:
        d.partnerships.append(Partnership(partners[0], partners[1], "cooperation", [ev]))
    return d


def documents() -> list[Document]:
    hanoi = Place("VN", "VN-HN", "Hanoi")
    en = (
        "Kaluga governor holds talks in Hanoi\n\n"
        "Governor Vladislav Shapsha of Kaluga Oblast met Chairman Nguyen Van Thanh in Hanoi on "
        "12 March 2024 to discuss tourism and dairy farming. The two sides agreed to draft a "
        "cooperation plan before the end of the year."
    )
    ru = (
        "Губернатор Калужской области Владислав Шапша провёл переговоры в Ханое 12 марта 2024 "
        "года с председателем народного комитета Нгуеном Ван Тханем. Стороны обсудили туризм и "
        "молочное животноводство."
    )
    fr = (
        "Le gouverneur de Kalouga, Vladislav Chapcha, a rencontré à Hanoï le président Nguyen "
        "Van Thanh le 12 mars 2024. Les deux parties ont parlé de tourisme et d'élevage laitier."
    )
    pri = (
        "Primorsky Krai and Da Nang sign agreement\n\n"
        "Governor Oleg Kozhemyako and Chairman Le Trung Quang signed an agreement on seaport "
        "logistics in Da Nang on 5 September 2023. Cargo links between Vladivostok and Da Nang "
        "will grow."
    )
    xss = (
        "Regional officials discuss web security at a cooperation forum in Hanoi\n\n"
        "Governor Vladislav Shapsha of Kaluga Oblast and Chairman Nguyen Van Thanh opened a forum "
        "on digital cooperation in Hanoi on 20 May 2024. Engineers showed how a comment such as "
        f"'{XSS_SCRIPT}' or '{XSS_IMG}' can attack careless websites. The delegations agreed "
        "to train specialists together."
    )
    return [
        _doc(
            "kal-en", "en", "2024-03-12", "Kaluga governor holds talks in Hanoi", en,
            "Governor Vladislav Shapsha of Kaluga Oblast met Chairman Nguyen Van Thanh in Hanoi",
            [SHAPSHA, THANH], ["RU-KLU", "VN-HN"], hanoi, date="2024-03-12",
            url="https://example.org/kaluga-hanoi", partners=("RU-KLU", "VN-HN"),
        ),
        _doc(
            "kal-ru", "ru", "2024-03-13", "Калужская делегация в Ханое", ru,
            "Губернатор Калужской области Владислав Шапша провёл переговоры в Ханое",
            [SHAPSHA, THANH], ["RU-KLU", "VN-HN"], hanoi, date="2024-03-12",
        ),
        _doc(
            "kal-fr", "fr", "2024-03-14", "Kalouga à Hanoï", fr,
            "Le gouverneur de Kalouga, Vladislav Chapcha, a rencontré à Hanoï",
            [SHAPSHA, THANH], ["RU-KLU", "VN-HN"], hanoi, date=None,
        ),
        _doc(
            "pri-en", "en", "2023-09-06", "Primorsky Krai and Da Nang sign agreement", pri,
            "signed an agreement on seaport logistics in Da Nang on 5 September 2023",
            [KOZHEMYAKO, QUANG], ["RU-PRI", "VN-DN"], Place("VN", "VN-DN", "Da Nang"),
            date="2023-09-05", typ="agreement", sectors=("transport_logistics",),
        ),
        _doc(
            "xss-en", "en", "2024-05-21", f"Forum on web safety {XSS_SCRIPT}", xss,
            f"Engineers showed how a comment such as '{XSS_SCRIPT}' or '{XSS_IMG}' can attack",
            [SHAPSHA, THANH], ["RU-KLU", "VN-HN"], hanoi, date="2024-05-20", typ="forum",
            sectors=("science_technology",), url="javascript:alert(1)",
        ),
    ]  # fmt: skip


def build_store(path: Path | str) -> Path | str:
    """The hand-made store at ``path``: a SQLite file or a ``postgresql://`` URL."""
    with open_store(path) as store:
        with store.transaction():
            for d in documents():
                store.add_document(d)
        with store.transaction():
            cluster_store(store, Options())
    return path
