"""The CLI process's CPU per page in `cases ingest --workers 2`, this checkout beside another, alternated.

Usage: .venv/bin/python -m bench.writer_side --base /work/main [--pages 3000] [--repeat 3] [--workers 2]

With two workers on two cores, every CPU-second of the `cases` process (the single writer, Prefect's
bookkeeping, collecting results, start-up) is taken from the workers: it is the serial part of a
parallel run. This bench generates one corpus (bench/scale.py's generator), starts one `cases server`,
and runs the real CLI of each checkout on it in turn (base, head, base, head, ...; a fresh warehouse
each time), so both sides meet the same machine load. It prints, per run and as medians: the CLI
process's CPU (user + system) per page, the workers' CPU per page, the wall time and the warehouse's
size per page (the writer's compression: $CASES_WRITER_COMPRESSION).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.scale import ROOT, ingest, print_medians, workspace


def line(label: str, cli: float, workers: float, wall: float, kib: float) -> str:
    """One run's figures, or the medians of a checkout's runs, per page."""
    return (
        f"  {label}: CLI {cli:.2f} ms/page, workers {workers:.2f} ms/page, wall {wall:.1f}s, "
        f"warehouse {kib:.1f} KiB/page"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True, help="the other checkout (e.g. /work/main)")
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=200)
    args = ap.parse_args()
    with workspace("cases-writer-side-", args.pages) as ws:
        work, server = ws.dir, ws.server
        sides = {"base": args.base.resolve(), "head": ROOT}
        seen: dict[str, list[tuple[float, float, float, float]]] = {name: [] for name in sides}
        print(f"writer side by side: {args.pages} pages, --workers {args.workers}, base {sides['base']}")
        for i in range(args.repeat):
            for name, checkout in sides.items():
                db = work / f"{name}-{i}.duckdb"
                run = ingest(server, db, [work / "corpus"], args.workers, args.batch_size, checkout=checkout)
                kib = db.stat().st_size / 1024 / args.pages
                per = (run.cli_cpu / args.pages * 1000, run.worker_cpu / args.pages * 1000, run.wall, kib)
                seen[name].append(per)
                print(line(f"{name} #{i + 1}", *per), flush=True)
                db.unlink(missing_ok=True)
        print_medians(seen, line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
