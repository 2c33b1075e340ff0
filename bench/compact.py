"""Compaction bench: how much a full re-derivation leaves in the file, and what `cases compact` gives back.

Usage: .venv/bin/python -m bench.compact [--pages 2000] [--batch-size 200] [--rederive 1]
       .venv/bin/python -m bench.compact --db PATH   (a copy of an existing warehouse, compacted in tmp)

Corpus: bench/scale.py's generator. The pages are derived once (`work_batch`, in this process), loaded
batch by batch, each batch through its own writing connection (as a run's writer releases the file),
then every article is marked stale and loaded again `--rederive` times (what `cases migrate` writes
after a schema change or an extractor bump). Then `cases compact --check`'s figures, the compaction's
time and the sizes before and after. Sizes in MB (10^6 bytes) and MiB.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.scale import make_corpus
from tasks.worker import BatchJob, work_batch
from warehouse.compact import compact, space_report
from warehouse.db import connect
from warehouse.dq_check import check_warehouse
from warehouse.load import columns_by_table, load_batch
from warehouse.migrate import mark_stale


def _size(path: Path) -> str:
    n = path.stat().st_size
    return f"{n / 1e6:.1f} MB ({n / 2**20:.1f} MiB)"


def build(work: Path, pages: int, batch_size: int, rederive: int) -> Path:
    paths = [str(p) for p in make_corpus(work / "corpus", pages)]
    columns = columns_by_table()
    started = time.perf_counter()
    splits = []
    for i in range(0, len(paths), batch_size):
        job = BatchJob(paths[i : i + batch_size], "bench", datetime.now(UTC).replace(tzinfo=None), columns, {})
        splits.append(work_batch(job).split)
    print(f"derived {len(paths)} pages in {time.perf_counter() - started:.0f}s")
    db = work / "cases.duckdb"
    with connect(db):  # the schema, once
        pass
    for round_ in range(1 + rederive):
        if round_:
            with connect(db) as con:
                mark_stale(con)
        for split in splits:
            with connect(db, schema=False) as con:
                load_batch(con, split.valid, split.quarantine, None)
        print(f"{'first load' if not round_ else f're-derivation {round_}':<18} {_size(db)}")
    return db


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--rederive", type=int, default=1, help="full re-derivations after the first load")
    ap.add_argument("--db", default=None, help="compact a copy of this warehouse instead of building one")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cases-bench-compact-"))
    try:
        if args.db:
            db = work / "cases.duckdb"
            shutil.copyfile(args.db, db)
        else:
            db = build(work, args.pages, args.batch_size, args.rederive)
        report = space_report(db)
        print(
            f"--check: {report.free_blocks} free blocks of {report.total_blocks} ({report.block_size} B), "
            f"{report.deleted_rows} deleted rows (~{report.deleted_bytes / 1e6:.1f} MB), "
            f"reclaimable ~{report.reclaimable_bytes / 1e6:.1f} MB ({report.reclaimable_share:.0%})"
        )
        result = compact(db)
        print(
            f"compacted          {result.bytes_before / 1e6:.1f} MB → {_size(db)} in {result.seconds:.2f}s "
            f"({result.tables.get('articles', 0)} articles)"
        )
        with connect(db) as con:
            hits = con.execute("SELECT count(*) FROM search('党建')").fetchone()[0]
            errors = check_warehouse(con).n_errors
        print(f"after: cases check errors {errors}, search('党建') {hits} hits")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
