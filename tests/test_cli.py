"""The command line: documented commands, exit codes, extract/ingest/export/stats round trips."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import jsonschema
import pytest

from diplograph._export import load_schema
from diplograph.cli import cli

from .conftest import ROOT, run_cli

COMMANDS = sorted(cli.commands)


def test_readme_starts_with_the_two_commands() -> None:
    lines = [x for x in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if x.strip()]
    assert lines[0] == "```sh"
    assert lines[1].startswith("make demo")
    assert lines[2].startswith("make test")
    assert lines[3] == "```"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_documented_in_the_readme(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`diplograph {name}" in readme, f"command {name!r} is not documented in README.md"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name: str) -> None:
    proc = run_cli(name, "--help")
    assert proc.returncode == 0, proc.stderr
    assert "Usage:" in proc.stdout
    assert len(proc.stdout.splitlines()) > 3


def validate(path: Path) -> list[dict[str, object]]:
    schema = load_schema()
    records = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    for rec in records:
        jsonschema.validate(rec, schema)
    return records


def test_bundled_schema_is_the_contract(shared_dir: Path) -> None:
    contract = json.loads((shared_dir / "contract" / "document.schema.json").read_text("utf-8"))
    assert load_schema() == contract


def test_extract_seeds_validates_and_keeps_lang_and_dates(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.jsonl"
    proc = run_cli("extract", str(shared_dir / "corpus" / "seeds"), "--output", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    records = validate(out)
    assert len(records) == 5
    gold = {
        json.loads(x)["id"]: json.loads(x)
        for x in (shared_dir / "corpus" / "seeds.gold.jsonl").read_text("utf-8").splitlines()
    }
    for rec in records:
        g = gold[Path(str(rec["source"])).stem]
        assert rec["lang"] == g["lang"]
        assert rec["published"] == g["published"]


def test_extract_sample_corpus_records_validate_and_offsets_round_trip(
    sample_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "sample.jsonl"
    proc = run_cli("extract", str(sample_dir), "--output", str(out), "-q")
    assert proc.returncode in (0, 1), proc.stderr
    records = validate(out)
    assert len(records) >= 24
    assert {r["lang"] for r in records} >= {"en", "vi", "ru", "fr", "de", "es"}


def test_ingest_twice_stores_each_document_once(shared_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    seeds = str(shared_dir / "corpus" / "seeds")
    for _ in range(2):
        proc = run_cli("ingest", seeds, "--db", str(db), "-q")
        assert proc.returncode == 0, proc.stderr
    stats = json.loads(run_cli("stats", "--db", str(db), "--json").stdout)
    assert stats["documents"] == 5


def test_ingest_export_all_formats(sample_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    proc = run_cli("ingest", str(sample_dir), "--db", str(db), "-q")
    assert proc.returncode in (0, 1), proc.stderr
    stats = json.loads(run_cli("stats", "--db", str(db), "--json").stdout)
    assert stats["documents"] >= 24
    jl = tmp_path / "r.jsonl"
    assert (
        run_cli("export", "--db", str(db), "--format", "jsonl", "--output", str(jl)).returncode == 0
    )
    assert len(validate(jl)) == stats["documents"]
    cs = tmp_path / "r.csv"
    assert (
        run_cli("export", "--db", str(db), "--format", "csv", "--output", str(cs)).returncode == 0
    )
    with cs.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["doc_id"] for r in rows} == {r["doc_id"] for r in validate(jl)}
    pq = tmp_path / "r.parquet"
    assert (
        run_cli("export", "--db", str(db), "--format", "parquet", "--output", str(pq)).returncode
        == 0
    )
    import pyarrow.parquet as pq_mod

    assert pq_mod.read_table(pq).num_rows == len(rows)


def test_exit_code_1_when_some_inputs_are_rejected(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "Governor Ivan Petrov of Tula oblast visited Hanoi and met local leaders "
        "to discuss trade and tourism cooperation.",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "o.jsonl"
    proc = run_cli(
        "extract", str(good), str(empty), str(tmp_path / "missing.txt"), "--output", str(out)
    )
    assert proc.returncode == 1
    assert "empty" in proc.stderr and "missing.txt" in proc.stderr
    assert len(validate(out)) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("extract", "--output", "x.jsonl"), "give at least one PATH"),
        (("stats", "--db", "does-not-exist.db"), "no database"),
        (
            ("export", "--db", "does-not-exist.db", "--format", "jsonl", "--output", "o"),
            "no database",
        ),
        (("export", "--format", "xml", "--output", "o"), "xml"),
        (("region", "XX-ZZZ"), "XX-ZZZ"),
    ],
)
def test_usage_errors_exit_2_with_one_clear_line(
    args: tuple[str, ...], message: str, tmp_path: Path
) -> None:
    proc = run_cli(*args, cwd=tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_stdin_is_read_with_dash(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    text = (
        "Le gouverneur de la région de Kalouga a reçu jeudi une délégation de la province "
        "de Binh Thuan pour parler de tourisme."
    ).encode()
    proc = run_cli("extract", "-", "--output", str(out), "-q", input_bytes=text)
    assert proc.returncode == 0, proc.stderr
    records = validate(out)
    assert len(records) == 1 and records[0]["lang"] == "fr"


def test_demo_prints_a_summary(tmp_path: Path) -> None:
    proc = run_cli("demo", "--dir", str(tmp_path / "demo"), "-q")
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"ingested \d+ documents", proc.stdout)
    assert "database:" in proc.stdout and "next:" in proc.stdout
    assert (tmp_path / "demo" / "records.jsonl").is_file()


def test_explain_prints_rules(sample_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    run_cli("ingest", str(sample_dir), "--db", str(db), "-q")
    jl = tmp_path / "a.jsonl"
    assert (
        run_cli("export", "--db", str(db), "--format", "jsonl", "--output", str(jl)).returncode == 0
    )
    doc_id = json.loads(jl.read_text("utf-8").splitlines()[0])["doc_id"]
    proc = run_cli("explain", doc_id[:10], "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    assert "stages: clean -> language -> sentences" in proc.stdout
    assert "[" in proc.stdout  # rules are printed in brackets


def test_region_view_tells_the_2025_merger_and_names() -> None:
    proc = run_cli("region", "VN-40")
    assert proc.returncode == 0, proc.stderr
    assert "merged into Lam Dong on 2025-07-01" in proc.stdout
    assert "Биньтхуан" in proc.stdout and "Bình Thuận" in proc.stdout
    new = run_cli("region", "VN-2025-LAM-DONG", "--json")
    assert json.loads(new.stdout)["predecessors"] == ["VN-35", "VN-72", "VN-40"]


def test_explain_shows_the_clustered_event_id(tmp_path: Path) -> None:
    db = tmp_path / "one.db"
    text = "Губернатор Тульской области Иван Петров принял делегацию провинции Тханьхоа."
    assert run_cli("ingest", "-", "--db", str(db), "-q", input_bytes=text.encode()).returncode == 0
    jl = tmp_path / "one.jsonl"
    assert (
        run_cli("export", "--db", str(db), "--format", "jsonl", "--output", str(jl)).returncode == 0
    )
    rec = json.loads(jl.read_text("utf-8").splitlines()[0])
    proc = run_cli("explain", rec["doc_id"], "--db", str(db))
    assert f"id={rec['events'][0]['event_id']}" in proc.stdout
