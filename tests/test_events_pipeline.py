"""EventStage inside the full pipeline: our own articles, and the seeds scored with score.py."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from diplograph._models import Document, RawArticle
from diplograph._resources import Resources

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def pipeline() -> Any:
    try:
        from diplograph._pipeline import Pipeline

        return Pipeline(Resources())
    except ImportError as exc:  # a stage of another helper is not there yet
        pytest.skip(f"pipeline not complete: {exc}")


def process(pipeline: Any, text: str, published: str, name: str = "a.txt") -> Document:
    doc = pipeline.process(RawArticle(source=name, content=text, published=published))
    assert isinstance(doc, Document)
    for ev in doc.events:
        for e in ev.evidence:
            assert doc.text[e.start : e.end] == e.text
    return doc


def test_two_meetings_and_a_figure_in_english(pipeline: Any) -> None:
    doc = process(
        pipeline,
        "HANOI, March 12 (VNA) – Chairman of the Da Nang People's Committee Le Trung Chinh on "
        "March 11 received a delegation of Russia's Tula region led by Governor Alexei Dyumin. "
        "The two sides discussed cooperation in tourism, vocational training and agriculture. "
        "Earlier on the same day, the delegation met with Deputy Foreign Minister Nguyen Minh "
        "Hang in Hanoi. Trade between Tula and Vietnam reached 45 million USD in 2023.",
        "2024-03-12",
    )
    assert [e.type for e in doc.events] == ["meeting", "meeting"]
    first = doc.events[0]
    assert first.date == "2024-03-11"
    assert "RU-TUL" in first.regions
    assert {"tourism", "education", "agriculture"} <= set(first.sectors)
    assert "VN-HN" not in doc.regions_mentioned  # the capital is only a venue here
    assert "RU-TUL" in doc.regions_mentioned
    assert [(f.value, f.unit, f.period) for f in doc.figures] == [(45e6, "USD", "2023")]


def test_vietnamese_reception_and_wish(pipeline: Any) -> None:
    doc = process(
        pipeline,
        "Chiều 19/5, tại Hà Nội, Phó Chủ tịch nước Võ Thị Ánh Xuân đã tiếp Thống đốc tỉnh "
        "Irkutsk Igor Kobzev. Hai bên trao đổi về hợp tác giáo dục, du lịch và năng lượng. "
        "Tỉnh Irkutsk mong muốn thiết lập quan hệ hợp tác với tỉnh Quảng Ninh.",
        "2024-05-20",
    )
    (ev,) = doc.events
    assert ev.type == "meeting" and ev.date == "2024-05-19"
    assert ev.place.country == "VN"
    assert {"education", "tourism", "energy"} <= set(ev.sectors)
    assert doc.partnerships == []  # only wished for
    assert any(s.rule.startswith("modality:vi:") for s in doc.statements)
    assert "VN-HN" not in doc.regions_mentioned


def test_russian_meeting_proposal_and_twinning(pipeline: Any) -> None:
    doc = process(
        pipeline,
        "Губернатор Калужской области Владислав Шапша 4 июня встретился с послом Вьетнама. "
        "Стороны обсудили сотрудничество в сфере сельского хозяйства и образования. "
        "Губернатор предложил провести Дни вьетнамской культуры в Калуге. "
        "Калужская область и провинция Биньтхуан являются побратимами.",
        "2024-06-05",
    )
    assert [e.type for e in doc.events] == ["meeting"]
    assert doc.events[0].date == "2024-06-04"
    assert "RU-KLU" in doc.events[0].regions
    assert [(p.a, p.b, p.kind) for p in doc.partnerships] == [("RU-KLU", "VN-40", "twinning")]
    assert any(s.rule.startswith("modality:ru:proposal") for s in doc.statements)


def test_spanish_memorandum_between_regions(pipeline: Any) -> None:
    doc = process(
        pipeline,
        "El gobernador de Jalisco, Pablo Lemus, recibió el 14 de noviembre en Guadalajara al "
        "embajador de Vietnam en México, Nguyen Van Hai. Ambas partes hablaron de comercio, "
        "inversión y turismo. Jalisco y la provincia de Binh Duong firmaron un memorando de "
        "entendimiento.",
        "2024-11-15",
    )
    assert [e.type for e in doc.events] == ["meeting", "agreement"]
    assert doc.events[0].date == "2024-11-14"
    assert [(p.a, p.b, p.kind) for p in doc.partnerships] == [("MX-JAL", "VN-57", "agreement")]


def _score_module() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not (SHARED / "corpus" / "seeds").is_dir(), reason="../shared is absent")
def test_seed_scores(pipeline: Any) -> None:
    from diplograph._export import to_record
    from diplograph._readers import read_inputs

    records = []
    items = read_inputs([str(SHARED / "corpus" / "seeds")], pipeline.resources.options)
    for doc in pipeline.process_many(items):
        assert isinstance(doc, Document)
        records.append(to_record(doc))
    gold = [
        json.loads(line)
        for line in (SHARED / "corpus" / "seeds.gold.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    res = _score_module().score(gold, records)
    f1 = res["f1"]
    assert f1["events"] >= 0.85, res
    assert f1["participants"] >= 0.85, res
    assert f1["sectors"] >= 0.7, res
    assert f1["partnerships"] >= 0.9, res
    assert f1["figures"] >= 0.9, res
    assert f1["regions"] >= 0.95, res
    assert res["event_date_acc"] == 1.0, res
