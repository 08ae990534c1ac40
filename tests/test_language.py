"""LanguageStage: document and paragraph languages, beyond the six full languages."""

from __future__ import annotations

import pickle

import pytest

from diplograph._language import LanguageStage
from diplograph._models import Document
from diplograph._options import Options
from diplograph._resources import Resources


@pytest.fixture(scope="module")
def stage() -> LanguageStage:
    return LanguageStage(Resources())


SENTENCES = [
    ("en", "The governor of the region received the ambassador and discussed trade and tourism."),
    ("vi", "Chủ tịch Ủy ban nhân dân tỉnh đã tiếp đoàn đại biểu và trao đổi về hợp tác du lịch."),
    ("ru", "Губернатор области принял посла и обсудил развитие торговли и туризма."),
    (
        "fr",
        "Le président de la région a reçu l'ambassadeur pour parler du commerce et du tourisme.",
    ),
    ("de", "Der Ministerpräsident empfing den Botschafter und sprach über Handel und Tourismus."),
    ("es", "El gobernador de la provincia recibió al embajador para hablar de comercio y turismo."),
    ("ja", "県知事は大使と会談し、貿易と観光の協力について話し合った。"),
    ("zh", "省长会见了大使，双方就贸易和旅游合作交换了意见。"),
    ("lo", "ເຈົ້າແຂວງໄດ້ຕ້ອນຮັບເອກອັກຄະລັດຖະທູດ ແລະ ປຶກສາຫາລືກ່ຽວກັບການຮ່ວມມືດ້ານການຄ້າ."),
    ("uk", "Голова області зустрівся з послом і обговорив розвиток торгівлі та туризму."),
    ("ko", "도지사는 대사를 접견하고 무역과 관광 협력 방안을 논의했다."),
    ("th", "ผู้ว่าราชการจังหวัดได้ต้อนรับเอกอัครราชทูตและหารือเรื่องความร่วมมือด้านการค้า"),
    (
        "it",
        "Il presidente della regione ha ricevuto l'ambasciatore per parlare di commercio "
        "e turismo.",
    ),
    ("pt", "O governador do estado recebeu o embaixador para discutir o comércio e o turismo."),
    ("pl", "Marszałek województwa przyjął ambasadora i rozmawiał o handlu oraz turystyce."),
    (
        "vi",
        "Chu tich UBND tinh da tiep doan dai bieu cua vung ban va hai ben thong nhat "
        "tang cuong hop tac",
    ),
    ("vi", "Thu tuong tiep Thong doc tinh Kaluga tai Ha Noi"),
]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_document_language(stage: LanguageStage, lang: str, text: str) -> None:
    doc = stage(Document("d", "s", text))
    assert doc.lang == lang
    assert doc.lang_score is not None and 0.0 < doc.lang_score <= 1.0
    assert [(p.start, p.end) for p in doc.paragraphs] == [(0, len(text))]


def test_paragraph_languages_and_inheritance(stage: LanguageStage) -> None:
    en = "The regional delegation signed a memorandum on education and culture in the capital."
    ru = "Делегация региона подписала меморандум о сотрудничестве в сфере образования и культуры."
    short = "Ends."
    text = f"  {en}\n\n{ru}\n{short}\n{en} {en}"
    doc = stage(Document("d", "s", text))
    assert doc.lang == "en"
    assert [(text[p.start : p.end], p.lang) for p in doc.paragraphs] == [
        (en, "en"),
        (ru, "ru"),
        (short, "en"),  # shorter than min_paragraph_chars_for_lang: the document's language
        (f"{en} {en}", "en"),
    ]


def test_min_paragraph_chars_from_options() -> None:
    st = LanguageStage(Resources(Options(min_paragraph_chars_for_lang=10_000)))
    ru = "Делегация региона подписала меморандум о сотрудничестве в сфере образования."
    en = "The regional delegation signed a memorandum on education and culture. " * 3
    doc = st(Document("d", "s", f"{en}\n{ru}"))
    assert {p.lang for p in doc.paragraphs} == {"en"}


@pytest.mark.parametrize("text", ["", "   \n\n ", "12345 678 -- 2024", "!!! ???"])
def test_no_letters_no_language(stage: LanguageStage, text: str) -> None:
    doc = stage(Document("d", "s", text))
    assert doc.lang is None and doc.lang_score == 0.0
    assert all(text[p.start : p.end].strip() for p in doc.paragraphs)


def test_stage_declares_and_pickles(stage: LanguageStage) -> None:
    assert (stage.name, stage.requires, stage.assigns) == (
        "language",
        ("text",),
        ("lang", "lang_score", "paragraphs"),
    )
    data = pickle.dumps(stage)
    assert len(data) < 10_000  # the model is rebuilt in the worker, never shipped
    again = pickle.loads(data)
    assert again(Document("d", "s", SENTENCES[2][1])).lang == "ru"


def test_identify_matches_stage(stage: LanguageStage) -> None:
    for lang, text in SENTENCES[:6]:
        assert stage.identify(text)[0] == lang


def _walked_ids(stage: LanguageStage, text: str) -> list[int]:
    """The feature ids of ``text`` from py3langid's byte automaton, walked byte by byte
    with no remembered words (what ``_features`` must give)."""
    nm, rowbase, out = stage._nextmove, stage._rowbase, stage._output
    state, ids = 0, []
    for byte in text.encode("utf-8", errors="surrogatepass"):
        state = nm[rowbase[state] + byte]
        if out[state] >= 0:
            ids.append(out[state])
    return ids


def test_remembered_word_walks_give_the_walked_features(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words are remembered per start state (each walk holding the table of the state it
    ends in): a first pass, a second pass from memory and a pass after the bound clears
    the memory all give the byte-by-byte walk's feature ids."""
    import numpy as np

    import diplograph._language as language

    fresh = LanguageStage(Resources())
    texts = [t for _, t in SENTENCES] + [
        "  double  spaces and  a trailing space ",
        " ",
        "",
        "   ",
        "end",
        "the end",  # the same last word after another state
        "xyz end",
        " leading space",
    ]
    expected = [_walked_ids(fresh, t) for t in texts]

    def ids(text: str) -> list[int]:
        found, nbytes = fresh._features(text)
        assert nbytes == len(text.encode("utf-8"))
        assert len(found) % language._IDS_SIZE == 0
        return np.frombuffer(found, dtype=np.intc).tolist()

    assert [ids(t) for t in texts] == expected  # first walks
    assert fresh._walked > 0
    assert [ids(t) for t in texts] == expected  # all remembered
    monkeypatch.setattr(language, "_MEMO_WORDS", 3)
    assert [ids(t) for t in texts] == expected  # cleared on the way, walked again
    assert fresh._walked <= 3 + max(len(t.split()) * 2 + 2 for t in texts)
