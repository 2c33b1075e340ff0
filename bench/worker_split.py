"""Where a real `--workers N` run's worker processes spend their CPU: start, `work_batch`, the rest.

Usage: .venv/bin/python -m bench.worker_split [--pages 3000] [--workers 2] [--batch-size 200] [--profile 25]

Generates the scale bench's corpus (bench/scale.py `make_corpus`), starts a `cases server`, runs one
`cases ingest --workers N` over the corpus with `$CASES_WORKER_CPU` set (tasks/worker_account.py), and
prints, summed over the workers and per page: the start (imports, the warm-up page), `work_batch`
(read to validated tables, what bench/worker.py takes apart by stage), and the rest of each worker's
CPU: Prefect's task engine around each batch, the job's and the result's pickling, the search postings
and `sources` rows the task cuts. Then the CPU of the worker threads other than the main one (Prefect's
event, log and API-client threads) and, beside it, the whole run's CPU per page from outside (psutil),
for the CLI process and the workers.

`--profile N` sets `$CASES_WORKER_PROFILE` too and prints the workers' main-thread cProfile, the N
functions with the most cumulative time. Its clock is wall time (a CPU clock costs a system call per
event); on a loaded machine read it for shares, not absolute times. The start's share falls with the
corpus (a fixed cost per worker): at 10,000 pages it is a third of what it is at 3,000.
"""

from __future__ import annotations

import argparse
import os
import pstats
from pathlib import Path

from bench.scale import ingest, workspace


def read_accounts(folder: Path) -> list[dict[str, float]]:
    """Each worker's `.cpu` account: started, batches, work_batch, exit, and `thread NAME` seconds; and the
    account of the forkserver the workers came from, if any (its loading is their shared start)."""
    accounts = []
    for path in sorted([*folder.glob("server-*.cpu"), *folder.glob("worker-*.cpu")]):
        values: dict[str, float] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            key, _, value = line.rpartition(" ")
            values[key] = values.get(key, 0.0) + float(value)
        accounts.append(values)
    return accounts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--profile", type=int, default=0, help="print the workers' top N functions (cProfile)")
    args = ap.parse_args()
    with workspace("cases-split-", args.pages) as ws:
        work, server, corpus = ws.dir, ws.server, ws.corpus
        accounts_dir = work / "accounts"
        env = {**server.env, "CASES_WORKER_CPU": str(accounts_dir)}
        if args.profile:
            env["CASES_WORKER_PROFILE"] = str(accounts_dir)
        print(f"worker split: {args.pages} generated pages, --workers {args.workers}, batches of {args.batch_size}")
        print(f"  load average now {os.getloadavg()[0]:.1f} (other jobs inflate every figure)", flush=True)
        run = ingest(server, work / "split.duckdb", [corpus], args.workers, args.batch_size, env=env)
        accounts = read_accounts(accounts_dir)
        if not accounts:
            print("  no worker wrote an account (with --workers 1 the batches run in the CLI process)")
            return 1
        n = args.pages
        started = sum(a["started"] for a in accounts)
        batches = sum(a["work_batch"] for a in accounts)
        total = sum(a["exit"] for a in accounts)
        others = sum(v for a in accounts for k, v in a.items() if k.startswith("thread ") and k != "thread MainThread")
        rest = total - started - batches
        servers = len(list(accounts_dir.glob("server-*.cpu")))
        print(
            f"  {len(accounts) - servers} workers (+{servers} forkserver), "
            f"{sum(a['batches'] for a in accounts):.0f} batches, wall {run.wall:.1f}s"
        )
        for label, seconds in (
            ("start (imports, warm-up page; a forkserver's included)", started),
            ("work_batch", batches),
            ("rest (Prefect's task engine, pickling, postings, sources)", rest),
            ("  of all these: threads other than the main one", others),
            ("workers' CPU from their accounts", total),
        ):
            print(f"  {label:<60} {seconds:7.2f}s {seconds / n * 1000:6.2f} ms/page {seconds / total:6.1%}")
        print(
            f"  from outside (psutil): CLI process {run.cli_cpu / n * 1000:.2f} ms/page, "
            f"workers {run.worker_cpu / n * 1000:.2f} ms/page"
        )
        if args.profile:
            stats = pstats.Stats(*map(str, sorted(accounts_dir.glob("worker-*.prof"))))
            stats.sort_stats("cumulative").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
