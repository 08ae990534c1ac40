"""Participant errors of matched events, with the rule that made each and its evidence.

    python benchmarks/participant_errors.py GOLD.jsonl ARTICLES... [--score path/score.py]
        [--tally]

Analyses the articles, matches every document's output events to its gold events the way
the shared scorer does (its ``match_events`` and ``match_people``, imported from the
scorer's file, so the two cannot drift), and prints for each matched event its gold and
output participants, the rules that attached each output participant, its first evidence
sentences, then the false positives (with their rule), the false negatives (whether the
people stage found that person anywhere in the document) and the persons found with another
country than the gold's (the scorer counts those as one of each). ``--tally`` prints instead
how many participants each attachment rule gave, per event type: right, wrong on a matched
event, and on an unmatched one: where a rule earns less than it costs.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from diplograph._export import to_record
from diplograph._models import Document
from diplograph._pipeline import Pipeline
from diplograph._resources import Resources
from diplograph._runner import analyse, read_inputs

_SCORER = "/work/shared/tools/score.py"


def load_scorer(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents(paths: list[str]) -> list[Document]:
    res = Resources()
    pipeline = Pipeline(res)
    items = analyse(read_inputs(paths, res.options), pipeline)
    return [d for d in items if isinstance(d, Document)]


def _rule(rule: str) -> str:
    """The attachment rule without its language and phrase ("participant:en:present:...")."""
    parts = rule.split(":")
    return parts[1] if len(parts) > 1 else rule


def report(S: Any, gold: dict[str, Any], docs: list[Document], tally: bool) -> None:
    counts: Counter[tuple[str, str, str]] = Counter()
    for doc in docs:
        rec = to_record(doc)
        g = gold.get(S.key_of(rec["source"]))
        if g is None:
            continue
        pairs = S.match_events(g.get("events", []), rec["events"])
        index = {id(pe): n for n, pe in enumerate(rec["events"])}
        matched: set[int] = set()
        for ge, pe in pairs:
            matched.add(id(pe))
            ev = doc.events[index[id(pe)]]
            _, _, _, pp = S.match_people(ge.get("participants", []), pe["participants"])
            right = {id(b) for a, b in pp if a.get("country") == b.get("country")}
            for n, p in enumerate(pe["participants"]):
                verdict = "right" if id(p) in right else "wrong"
                counts[(_rule(ev.participants[n].rule), pe["type"], verdict)] += 1
            if not tally:
                show(S, doc, ge, pe, ev, pp)
        for n, pe in enumerate(rec["events"]):
            if id(pe) not in matched:
                for part in doc.events[n].participants:
                    counts[(_rule(part.rule), pe["type"], "unmatched")] += 1
    if tally:
        for (rule, typ, verdict), n in sorted(counts.items()):
            print(f"{rule:40} {typ:10} {verdict:9} {n}")


def show(S: Any, doc: Document, ge: Any, pe: Any, ev: Any, pp: list[Any]) -> None:
    paired = {id(b) for _, b in pp}
    found = {id(a) for a, _ in pp}
    fps = [ev.participants[n] for n, p in enumerate(pe["participants"]) if id(p) not in paired]
    fns = [a for a in ge.get("participants", []) if id(a) not in found]
    country = [(a, b) for a, b in pp if a.get("country") != b.get("country")]
    if not (fps or fns or country):
        return
    people = [m.key or m.text for m in doc.mentions if m.kind == "person"]
    print(f"=== {Path(doc.source).stem} [{doc.lang}] {ge['type']} {ge.get('date')} {ge.get('key')}")
    print("  gold:", [a["name"] for a in ge.get("participants", [])])
    print("  out :", [(p.name, p.rule) for p in ev.participants])
    for e in ev.evidence[:2]:
        print("  EV:", e.text[:300].replace("\n", " "))
    for p in fps:
        print(f"  FP {p.name} ({p.rule})")
    for a in fns:
        seen = any(S.same_person(a["name"], name) for name in people)
        print(f"  FN {a['name']} role={a.get('role')} found_by_people_stage={seen}")
    for a, b in country:
        print(f"  COUNTRY {a['name']} gold={a.get('country')} out={b.get('country')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--score", default=_SCORER, help="the shared scorer's file")
    ap.add_argument("--tally", action="store_true", help="count per rule and event type")
    args = ap.parse_args()
    S = load_scorer(args.score)
    gold = {g["id"]: g for g in S.load_jsonl(args.gold)}
    report(S, gold, documents(args.paths), args.tally)


if __name__ == "__main__":
    sys.exit(main())
