"""CPU per page against `--batch-size`: in the workers, in the CLI (the writer), and each worker's peak RSS.

Usage: .venv/bin/python -m bench.batch_size [--pages 3000] [--sizes 100,200,400,800] [--repeat 2] [--workers 2]

Why: every batch pays fixed costs (Prefect's task engine around it in a worker, the job's and the
result's pickling, the writer's COMMIT and per-table appends), so bigger batches pay less per page,
but a batch's pages and tables are in memory at once in a worker and in the writer. This generates
one corpus (bench/scale.py's generator), starts one `cases server`, and runs the real CLI once per
batch size and repeat, sizes rotated between repeats (100 200 400 800, 200 400 800 100, ...) so that
each meets the machine's load alike. Per size it prints medians of: the workers' CPU per page
(psutil, outside) and, from their accounts (tasks/worker_account.py), the part outside `work_batch`
per batch (Prefect's task engine, pickling, postings); the CLI process's CPU per page; the wall time;
the largest peak RSS of one worker and of the CLI process. Read ratios between sizes, not absolutes.
"""

from __future__ import annotations

import argparse
import os

from bench.scale import ingest, print_medians, workspace
from bench.worker_split import read_accounts


def median_line(size: int, w: float, rest: float, cli: float, wall: float, wpeak: float, cpeak: float) -> str:
    """A batch size's medians: workers' CPU, outside work_batch, CLI's CPU, wall, peak RSS of a worker and the CLI."""
    return (
        f"  batch {size:4d}: workers {w:.2f} ms/page, outside work_batch {rest:.0f} ms/batch, "
        f"CLI {cli:.2f} ms/page, workers+CLI {w + cli:.2f} ms/page, wall {wall:.1f}s, "
        f"peak RSS worker {wpeak:.0f} MiB, CLI {cpeak:.0f} MiB"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--sizes", default="100,200,400,800")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows: dict[int, list[tuple[float, ...]]] = {size: [] for size in sizes}
    n = args.pages
    with workspace("cases-batch-size-", n) as ws:
        work, server = ws.dir, ws.server
        print(f"batch size: {n} generated pages, --workers {args.workers}, sizes {sizes}, {args.repeat} repeats")
        for k in range(args.repeat):
            for size in sizes[k % len(sizes) :] + sizes[: k % len(sizes)]:
                accounts_dir = work / f"accounts-{size}-{k}"
                env = {**server.env, "CASES_WORKER_CPU": str(accounts_dir)}
                db = work / f"b{size}-{k}.duckdb"
                load = os.getloadavg()[0]
                run = ingest(server, db, [work / "corpus"], args.workers, size, env=env)
                accounts = read_accounts(accounts_dir)
                batches = sum(a["batches"] for a in accounts) or 1
                rest = sum(a["exit"] - a["started"] - a["work_batch"] for a in accounts)
                each = dict(run.peak_rss_each or {})
                cli_peak = each.pop(next(iter(each), 0), 0)  # the first pid sampled is the CLI process
                worker_peak = max(each.values(), default=0)
                row = (
                    run.worker_cpu / n * 1000,
                    rest / batches * 1000,
                    run.cli_cpu / n * 1000,
                    run.wall,
                    worker_peak / 2**20,
                    cli_peak / 2**20,
                )
                rows[size].append(row)
                print(
                    f"  #{k + 1} batch {size:4d}: workers {row[0]:.2f} ms/page (outside work_batch "
                    f"{row[1]:.0f} ms/batch, {batches:.0f} batches), CLI {row[2]:.2f} ms/page, "
                    f"wall {row[3]:.1f}s, peak RSS worker "
                    f"{row[4]:.0f} MiB, CLI {row[5]:.0f} MiB (load {load:.1f})",
                    flush=True,
                )
                db.unlink(missing_ok=True)
        print_medians(rows, median_line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
