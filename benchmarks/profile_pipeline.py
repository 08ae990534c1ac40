"""Where the pipeline's time goes: cProfile over real-shaped articles.

    python benchmarks/profile_pipeline.py [--n 600] [--real .real] [--top 30] [--sort tottime]

Runs every stage over generated articles (tests/synth), the bundled sample corpus and,
when the folder exists, the real development texts (never committed), and prints the
profile's top entries and how many regular expressions were compiled while the documents
were analysed. By default every document is analysed once before profiling (the steady
state, which should compile none); ``--cold`` profiles the first pass, with each
language's data compiled at its first use.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from diplograph import Rejection, Resources  # noqa: E402
from diplograph._pipeline import Pipeline  # noqa: E402
from diplograph._readers import read_inputs  # noqa: E402
from tests.synth import write_articles  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=600, help="generated articles")
    ap.add_argument("--real", default=str(ROOT / ".real"), help="folder of real texts, if any")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--out", help="also write the raw profile here")
    ap.add_argument("--cold", action="store_true", help="profile the first pass")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "gen"
        write_articles(folder, args.n)
        paths = [str(folder), str(ROOT / "src" / "diplograph" / "sample" / "articles")]
        if Path(args.real).is_dir():
            paths.append(args.real)
        res = Resources()
        pipeline = Pipeline(res)
        raws = [r for r in read_inputs(paths, res.options) if not isinstance(r, Rejection)]
    for raw in raws[:1] if args.cold else raws:
        pipeline.process(raw)
    compiled = 0
    real_compile = re.compile

    def counting_compile(pattern, flags=0):  # type: ignore[no-untyped-def]
        nonlocal compiled
        compiled += 1
        return real_compile(pattern, flags)

    prof = cProfile.Profile()
    re.compile = counting_compile  # type: ignore[assignment]
    prof.enable()
    for raw in raws:
        pipeline.process(raw)
    prof.disable()
    re.compile = real_compile  # type: ignore[assignment]
    print(f"{len(raws)} documents; re.compile calls during analysis: {compiled}")
    stats = pstats.Stats(prof)
    if args.out:
        stats.dump_stats(args.out)
    stats.sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
