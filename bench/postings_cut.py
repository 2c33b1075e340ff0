"""The search postings' cut alone (`warehouse.search.cut_postings`), this checkout against another, side by side.

Usage: .venv/bin/python -m bench.postings_cut --base /path/to/other/checkout [--sizes 200,400] [--pairs 5] [--cuts 4]

Why: the cut was a worker's largest single stage (an in-memory DuckDB, ~1.5 ms of ~8-9 ms a page) and what DuckDB's
allocator kept after it grew a worker's memory with the batch size (docs/figures.md). This generates the scale bench's
pages (bench/scale.py `make_corpus`), derives them once here (`work_batch`, batches of 200 pages: the derivation is
not what is compared), then, for each pair and batch size, runs the cut in a fresh process of each checkout (order
alternated between pairs, so both meet the machine's load alike): one cold cut (imports, a DuckDB connection), then
`--cuts` more of the same batch, as a worker cuts batch after batch. Per run: the median CPU of the warm cuts
(`time.process_time`: this process's threads, DuckDB's included), the process's RSS before the first cut, after the
last with its result held (as a worker holds it until the hand-over) and once it is freed, and its peak (VmHWM).
Prints every run, then per size the median of the pairs' CPU ratios (head / base) and the median RSS figures.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent

# Run in each checkout's own interpreter (the base may not have this module): cut, measure, print one JSON line.
CHILD = r"""
import gc, json, statistics, sys, time
import pandas as pd
from warehouse.search import cut_postings

def status(key):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) / 1024 for line in f if line.startswith(key + ":"))

articles = pd.read_parquet(sys.argv[1])
articles = articles[articles["batch"] < int(sys.argv[2])].drop(columns="batch")
gc.collect()
before = status("VmRSS")
cut_postings(articles)
times = []
for _ in range(int(sys.argv[3])):
    result = None
    gc.collect()
    started = time.process_time()
    result = cut_postings(articles)
    times.append(time.process_time() - started)
held = status("VmRSS")
rows = result.postings.num_rows
result = None
gc.collect()
print(json.dumps({"articles": len(articles), "rows": rows, "cpu_ms": 1000 * statistics.median(times),
                  "rss_before": before, "rss_held": held, "rss_freed": status("VmRSS"), "peak": status("VmHWM")}))
"""


def derive(pages: int, into: Path) -> Path:
    """The articles (article_id, title, body, batch: pages // 200) of `pages` generated pages, as Parquet."""
    from bench.scale import make_corpus
    from tasks.inputs import list_inputs
    from tasks.worker import BatchJob, work_batch
    from warehouse.load import columns_by_table

    make_corpus(into / "corpus", pages)
    files = [f for f in list_inputs([str(into / "corpus")]) if isinstance(f, str)]
    now = datetime.now(UTC).replace(tzinfo=None)
    frames = []
    for k, at in enumerate(range(0, len(files), 200)):
        outcome = work_batch(BatchJob(files[at : at + 200], "bench", now, columns_by_table(), {}))
        frame = outcome.split.valid["articles"][["article_id", "title", "body"]].copy()
        frames.append(frame.assign(batch=k))
    path = into / "articles.parquet"
    pd.concat(frames, ignore_index=True).to_parquet(path)
    return path


def run(checkout: Path, articles: Path, pages: int, cuts: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    args = [sys.executable, "-c", CHILD, str(articles), str(pages // 200), str(cuts)]
    done = subprocess.run(args, cwd=checkout, env=env, capture_output=True, text=True, timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True, help="the other checkout (its .venv is not used)")
    ap.add_argument("--sizes", default="200,400", help="batch sizes in pages, multiples of 200")
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--cuts", type=int, default=4, help="warm cuts per run, after one cold")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="cases-postings-cut-"))
    try:
        articles = derive(max(sizes), work)
        checkouts = {"base": args.base.resolve(), "head": ROOT}
        results: dict[tuple[int, str], list[dict[str, float]]] = {}
        print(f"postings cut: base {checkouts['base']}, head {ROOT}, sizes {sizes}, {args.pairs} pairs")
        for k in range(args.pairs):
            for size in sizes:
                for name in ("base", "head") if k % 2 == 0 else ("head", "base"):
                    load = os.getloadavg()[0]
                    r = run(checkouts[name], articles, size, args.cuts)
                    results.setdefault((size, name), []).append(r)
                    print(
                        f"  pair {k + 1} batch {size} {name}: {r['articles']} articles, {r['rows']} postings, "
                        f"cut {r['cpu_ms']:.0f} ms CPU, RSS before {r['rss_before']:.0f} / after, result held "
                        f"{r['rss_held']:.0f} / freed {r['rss_freed']:.0f} MiB, peak {r['peak']:.0f} MiB "
                        f"(load {load:.1f})",
                        flush=True,
                    )
        for size in sizes:
            base, head = results[(size, "base")], results[(size, "head")]
            ratios = [h["cpu_ms"] / b["cpu_ms"] for b, h in zip(base, head, strict=True)]

            def med(rs: list[dict[str, float]], key: str) -> float:
                return statistics.median(r[key] for r in rs)

            print(
                f"batch {size}: cut CPU base {med(base, 'cpu_ms'):.0f} ms, head {med(head, 'cpu_ms'):.0f} ms, "
                f"head/base median {statistics.median(ratios):.3f} ({min(ratios):.3f}-{max(ratios):.3f}); "
                f"RSS after the cut, result held, base {med(base, 'rss_held'):.0f} / head {med(head, 'rss_held'):.0f} "
                f"MiB (grown by the cuts {med(base, 'rss_held') - med(base, 'rss_before'):.0f} / "
                f"{med(head, 'rss_held') - med(head, 'rss_before'):.0f}), freed {med(base, 'rss_freed'):.0f} / "
                f"{med(head, 'rss_freed'):.0f} MiB, peak {med(base, 'peak'):.0f} / {med(head, 'peak'):.0f} MiB"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
