"""`--workers 1` and `--workers 2` of two checkouts on one corpus, interleaved, with each run's phases.

Usage: .venv/bin/python -m bench.scaling_ab --base /work/main [--pages 5000] [--repeat 2] [--no-server]

A change to the dispatch (when workers start, how the last batches are cut, how the pool shuts down)
shows in the w2/w1 ratio, which moves by several per cent between runs of the same code on a shared
machine. This runs base w1, base w2, head w1, head w2, then again in the other order, each into a
fresh warehouse, so both checkouts meet the same load, and prints per run its wall time and phases
(bench/timeline.py), and per checkout the median w2/w1 ratio over the rounds and its spread.

`--no-server`: the runs find no `cases server` (no API URL, no probe, one Prefect home of their own), as a user
who never started one: each starts Prefect's temporary API, and the CPU figures include every process the run
started (its temporary server, and any its workers started).
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from bench.scale import ROOT, ingest, print_phases, w2_over_w1, without_server, workspace


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True, help="the other checkout (e.g. /work/main)")
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=None, help="fixed pages per task run (default: the CLI's own)")
    ap.add_argument("--no-server", action="store_true", help="runs as a user with no `cases server` (see above)")
    args = ap.parse_args()
    with workspace("cases-scaling-ab-", args.pages) as ws:
        work, server = ws.dir, ws.server
        sides = {"base": args.base.resolve(), "head": ROOT}
        runs: dict[tuple[str, int], list] = {(name, w): [] for name in sides for w in (1, 2)}
        env = without_server(work / "prefect-none") if args.no_server else None
        where = "no server" if args.no_server else "against a cases server"
        print(f"scaling side by side: {args.pages} pages, base {sides['base']}, {where}", flush=True)
        for i in range(args.repeat):
            order = [(name, w) for name in sides for w in (1, 2)]
            for name, workers in order if i % 2 == 0 else order[::-1]:
                db = work / f"{name}-{workers}-{i}.duckdb"
                run = ingest(server, db, [work / "corpus"], workers, args.batch_size, env=env, checkout=sides[name])
                runs[(name, workers)].append(run)
                print(
                    f"  {name} w{workers} #{i + 1}: {args.pages / run.wall:.1f} pages/s ({run.wall:.1f}s), "
                    f"CPU {run.cli_cpu + run.worker_cpu:.1f}s (run's process {run.cli_cpu:.1f}s)",
                    flush=True,
                )
                db.unlink(missing_ok=True)
        for name in sides:
            ones, twos = runs[(name, 1)], runs[(name, 2)]
            print(
                f"{name}: {w2_over_w1(ones, twos)}; "
                f"w1 median {statistics.median(r.wall for r in ones):.1f}s, "
                f"w2 {statistics.median(r.wall for r in twos):.1f}s; CPU medians "
                f"w1 {statistics.median(r.cli_cpu + r.worker_cpu for r in ones):.1f}s, "
                f"w2 {statistics.median(r.cli_cpu + r.worker_cpu for r in twos):.1f}s"
            )
            print_phases(f"{name} w1", ones)
            print_phases(f"{name} w2", twos)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
