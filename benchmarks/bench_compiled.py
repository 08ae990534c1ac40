"""Pure Python against the same modules compiled by Cython: stage CPU and identical records.

    pip install Cython==3.3.1      # or: pip install -e '.[bench-compiled]'
    python benchmarks/bench_compiled.py [--modules GLOB ...] [--pairs 3] [--n 300]
                                        [--real DIR] [--jobs 2] [--keep DIR]

A measurement, not a build: the package is never compiled in place. The script copies
``src/diplograph`` to a temporary tree and compiles the selected modules there with Cython 3
in pure Python mode (the ``.py`` files unchanged; ``language_level=3``;
``annotation_typing=False`` so annotations keep plain Python meaning: otherwise a ``float``
annotation becomes a C double and an ``int`` one an exact-type check, which can change
results). It prints each module's compile time (Cython plus the C compiler, CPU seconds),
then runs the pipeline over the same documents in alternated fresh processes, pure tree and
compiled tree in turn, and prints each stage's CPU seconds (the least of two passes after a
warm pass) per pair and the compiled/pure ratio. Last it extracts the bundled sample corpus
(and ``--real``, when given) with both trees and says whether the records are byte-identical.

The 2026-12-06 measurement (BENCHMARKS.md "Compiled modules") found 8.5% fewer instructions
(about 8% less CPU) on Python 3.11 with the C compiler's default -O3, too little for the
minutes of compilation: compiled code reaches attributes and methods through the generic C
API, where 3.11's specialising interpreter uses inline caches. Keep this script to measure
again on a newer Python or Cython.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import fnmatch
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
# the modules the pipeline's profile shows (every stage's own code), relative to src/
DEFAULT_MODULES = [
    "diplograph/events/*.py",
    "diplograph/gazetteer/*.py",
    "diplograph/_*.py",
]
NEVER = ("__init__.py", "__main__.py")
SKIP = ("diplograph/_cli_*.py", "diplograph/_demo.py")
DIRECTIVES = {"language_level": 3, "annotation_typing": False, "binding": True}
STAGE_ORDER = ("clean", "language", "sentences", "places", "people", "dates", "amounts", "events")


def selected(globs: list[str]) -> dict[str, str]:
    """Dotted module name -> path relative to src/ for every module the globs select."""
    out: dict[str, str] = {}
    for pattern in globs:
        for path in sorted(SRC.glob(pattern)):
            rel = path.relative_to(SRC).as_posix()
            if path.name in NEVER or any(fnmatch.fnmatch(rel, s) for s in SKIP):
                continue
            out[rel[:-3].replace("/", ".")] = rel
    return out


def compile_one(tree: str, name: str, rel: str) -> tuple[str, float]:
    """Compile one module in ``tree`` (run in a worker process); its CPU seconds."""
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension
    from setuptools.command.build_ext import build_ext

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time()
    os.chdir(Path(tree) / "src")
    build = Path(tree) / "build" / name
    ext = cythonize(
        [Extension(name, [rel], extra_compile_args=["-w"])],  # generated code's warnings
        compiler_directives=DIRECTIVES,
        build_dir=str(build),
        quiet=True,
        force=True,
    )
    dist = Distribution({"ext_modules": ext, "script_name": "-", "script_args": []})
    cmd = build_ext(dist)
    cmd.build_lib = str(Path(tree) / "src")
    cmd.build_temp = str(build / "obj")
    cmd.ensure_finalized()
    cmd.run()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return name, time.process_time() - cpu + children


def build_tree(tree: Path, modules: dict[str, str], jobs: int) -> dict[str, float]:
    shutil.copytree(
        SRC / "diplograph",
        tree / "src" / "diplograph",
        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.c", "_native.json"),
    )
    times: dict[str, float] = {}
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(compile_one, str(tree), n, r) for n, r in modules.items()]
        for fut in concurrent.futures.as_completed(futures):
            name, seconds = fut.result()
            times[name] = seconds
    return times


def child(docs: list[str]) -> None:
    """In a fresh process: each stage's CPU over the documents (least of two passes)."""
    import importlib.machinery

    sys.path.insert(0, str(ROOT))
    from diplograph import Rejection, Resources
    from diplograph._pipeline import Pipeline
    from diplograph._readers import read_inputs

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    res = Resources()
    pipe = Pipeline(res)
    raws = [r for r in read_inputs(docs, res.options) if not isinstance(r, Rejection)]
    for raw in raws:
        pipe.process(raw)
    best: dict[str, float] = {}
    for _ in range(2):
        spent = dict.fromkeys(STAGE_ORDER, 0.0)
        for raw in raws:
            c = time.process_time()
            doc = pipe.clean(raw)
            spent["clean"] += time.process_time() - c
            if isinstance(doc, Rejection):
                continue
            for stage in pipe.stages:
                c = time.process_time()
                doc = stage(doc)
                spent[stage.name] = spent.get(stage.name, 0.0) + time.process_time() - c
        for k, v in spent.items():
            best[k] = min(best.get(k, v), v)
    compiled = sum(
        isinstance(getattr(m, "__loader__", None), importlib.machinery.ExtensionFileLoader)
        for n, m in list(sys.modules.items())
        if n.startswith("diplograph.")
    )
    print(json.dumps({"docs": len(raws), "compiled": compiled, "stages": best}))


def run_child(src: Path, docs: list[str]) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", *docs],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def records(src: Path, folder: str, out: Path) -> bytes:
    code = (
        "import sys; from diplograph.cli import main; sys.argv[0] = 'diplograph'; sys.exit(main())"
    )
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run(
        [sys.executable, "-c", code, "extract", folder, "--output", str(out), "--quiet"],
        env=env,
        check=True,
    )
    return out.read_bytes()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--modules", nargs="+", default=DEFAULT_MODULES, help="globs under src/")
    ap.add_argument("--pairs", type=int, default=3, help="alternated pure/compiled runs")
    ap.add_argument("--n", type=int, default=300, help="generated articles")
    ap.add_argument("--real", help="a folder of real texts to add (and compare records on)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", help="build the compiled tree here and keep it (reused if there)")
    args = ap.parse_args()
    try:
        import Cython
    except ImportError:
        sys.exit("Cython is not installed: pip install Cython==3.3.1")
    sys.path.insert(0, str(ROOT))
    from tests.synth import write_articles

    modules = selected(args.modules)
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(args.keep) if args.keep else Path(tmp) / "compiled"
        if (tree / "src" / "diplograph").is_dir():
            print(f"reusing the compiled tree {tree}")
        else:
            t = time.perf_counter()
            times = build_tree(tree, modules, args.jobs)
            wall = time.perf_counter() - t
            print(
                f"Cython {Cython.__version__}: {len(times)} modules, {wall:.0f} s wall with "
                f"{args.jobs} jobs, {sum(times.values()):.0f} s CPU"
            )
            for name, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
                print(f"  {seconds:6.1f} s  {name}")
        gen = Path(tmp) / "gen"
        write_articles(gen, args.n)
        docs = [str(gen), str(SRC / "diplograph" / "sample" / "articles")]
        if args.real:
            docs.append(args.real)
        runs: dict[str, list[dict[str, float]]] = {"pure": [], "compiled": []}
        for i in range(args.pairs):
            for label, src in (("pure", SRC), ("compiled", tree / "src")):
                got = run_child(src, docs)
                stages = dict(got["stages"])  # type: ignore[call-overload]
                runs[label].append(stages)
                total = sum(stages.values())
                print(
                    f"pair {i + 1} {label:8} {total:6.2f} s CPU, {got['docs']} documents, "
                    f"{got['compiled']} modules from extensions"
                )
        print(f"{'stage':10} {'pure':>7} {'compiled':>9} {'ratio':>6}   (median CPU seconds)")
        for stage in (*STAGE_ORDER, "total"):

            def med(label: str, stage: str = stage) -> float:
                vals = [sum(r.values()) if stage == "total" else r[stage] for r in runs[label]]
                return statistics.median(vals)

            p, c = med("pure"), med("compiled")
            print(f"{stage:10} {p:7.3f} {c:9.3f} {c / p:6.3f}")
        ratios = [
            sum(c.values()) / sum(p.values())
            for p, c in zip(runs["pure"], runs["compiled"], strict=True)
        ]
        print("compiled/pure total per pair: " + ", ".join(f"{r:.3f}" for r in ratios))
        for folder in [str(SRC / "diplograph" / "sample"), *([args.real] if args.real else [])]:
            a = records(SRC, folder, Path(tmp) / "a.jsonl")
            b = records(tree / "src", folder, Path(tmp) / "b.jsonl")
            print(f"records {'identical' if a == b else 'DIFFER'}: {folder}")


if __name__ == "__main__":
    main()
