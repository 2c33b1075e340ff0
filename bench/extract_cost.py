"""Cost of the case extractors per article (issue 11's per-page hot spots), robust to a busy machine.

Times `tasks.extract.*` over the gold texts (seeds and dev, parsed once), repeated `--rounds` times,
and reports the fastest round per extractor (the others are the machine's noise, not the code's).
Run from a checkout's root; it imports that checkout's `tasks` (so an older checkout can be timed
with the same script: `cd /tmp/old && python /path/to/bench/extract_cost.py`).

    python -m bench.extract_cost --rounds 10
    cd /tmp/old && python /path/to/bench/extract_cost.py --gold-dir /path/to/tests/gold   # same texts
"""

from __future__ import annotations

import argparse
import inspect
import os
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--profile", action="store_true", help="print the top functions under cProfile")
    ap.add_argument("--gold-dir", type=Path, default=None, help="gold texts to time (default: ./tests/gold)")
    args = ap.parse_args(argv)
    sys.path.insert(0, os.getcwd())
    from bench.case_gold import gold_cases
    from tasks.extract.brands import extract_brands
    from tasks.extract.facts import extract_facts
    from tasks.extract.practices import extract_practices
    from tasks.extract.regions import resolve_region
    from tasks.pipeline import process_source
    from tasks.records import Article

    articles = [
        a
        for c in gold_cases(["seeds", "dev"], args.gold_dir or Path.cwd() / "tests" / "gold")
        if isinstance(a := process_source(str(c.text_path)), Article)
    ]
    extract_facts("共1个")  # loads the word segmenter once
    resolve_region(None, "长兴县委组织部", "")  # loads the gazetteer once
    steps = {
        "facts": lambda a: extract_facts(a.body),
        # older checkouts take no title
        "brands": (
            (lambda a: extract_brands(a.body, title=a.title))
            if "title" in inspect.signature(extract_brands).parameters
            else (lambda a: extract_brands(a.body))
        ),
        "practices": extract_practices,
        "region": lambda a: resolve_region(a.title, a.author_org, a.body, a.source_outlet, a.subtitle, a.byline),
    }
    if args.profile:
        import cProfile
        import pstats

        with cProfile.Profile() as prof:
            for a in articles:
                for step in steps.values():
                    step(a)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, step in steps.items():
            t0 = time.perf_counter()
            for a in articles:
                step(a)
            best[name] = min(best.get(name, 1e9), (time.perf_counter() - t0) / len(articles) * 1000)
    print(
        f"{len(articles)} texts, fastest of {args.rounds} rounds, ms per article: "
        + ", ".join(f"{k} {v:.2f}" for k, v in best.items())
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
