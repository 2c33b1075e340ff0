"""Writer bench: what the single writer spends per batch, the way main loaded vs the way it loads now.

Usage: .venv/bin/python -m bench.writer [--pages 1000] [--batch-size 200]

The serial part of a run is the writer's: with 2 workers on 2 cores every CPU-second it spends is
taken from the workers. This bench derives the batches once (in this process, like a worker would,
postings included), then loads the same outcomes into fresh warehouses two ways and reports the
writer's CPU seconds (all of this process's threads, DuckDB's included) and wall seconds per batch:

- per-batch: open the file for each batch, cut the search postings in the writer, close (a
  checkpoint per batch) — how the writer worked before;
- one connection: the run's `Writer` (one connection, checkpoint when released) appending the
  postings the workers cut.

Corpus: bench/scale.py's generator (seed-derived pages, mixed templates and scripts).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from duckdb import DuckDBPyConnection

from bench.scale import make_corpus
from tasks.inputs import list_inputs
from tasks.worker import BatchJob, BatchOutcome, work_batch
from warehouse.db import connect
from warehouse.dq_batch import batch_dq
from warehouse.load import Writer, columns_by_table, load_batch
from warehouse.search import Postings, cut_postings
from warehouse.sources import source_frame


def _load(con: DuckDBPyConnection, outcome: BatchOutcome, postings: Postings | None, run_id: str) -> None:
    split = outcome.split
    sources = source_frame(outcome.sources, run_id) if outcome.sources else None
    load_batch(con, split.valid, split.quarantine, None, batch_dq(run_id, {}, split), None, postings, sources)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--batch-size", type=int, default=200)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cases-writer-"))
    try:
        make_corpus(work / "corpus", args.pages)
        files = [f for f in list_inputs([str(work / "corpus")]) if isinstance(f, str)]
        columns = columns_by_table()
        now = datetime.now(UTC).replace(tzinfo=None)
        derive = cut = 0.0
        batches = []
        for i in range(0, len(files), args.batch_size):
            started = time.process_time()
            outcome = work_batch(BatchJob(files[i : i + args.batch_size], "bench", now, columns, {}))
            middle = time.process_time()
            batches.append((outcome, cut_postings(outcome.split.valid["articles"])))
            derive, cut = derive + middle - started, cut + time.process_time() - middle
        n = len(batches)
        print(f"writer bench: {len(files)} pages in {n} batches of {args.batch_size}")
        print(f"  a worker: {derive / n:.2f} CPU-s per batch to derive, {cut / n:.2f} more to cut its postings")
        for way in ("per-batch", "one connection"):
            db = work / f"{way.replace(' ', '-')}.duckdb"
            connect(db).close()  # the schema, as a run's start does
            cpu, wall = time.process_time(), time.perf_counter()
            if way == "per-batch":
                for outcome, _ in batches:
                    with connect(db, schema=False) as con:
                        _load(con, outcome, None, "bench")
            else:
                with Writer(str(db)) as writer:
                    for outcome, postings in batches:
                        writer.release_if_due()  # as the run does before it waits for workers
                        _load(writer.con, outcome, postings, "bench")
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            print(
                f"  {way:15} {cpu / len(batches):.3f} CPU-s and {wall / len(batches):.3f} s wall per batch "
                f"({cpu / derive:.0%} of the derivation's CPU)"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
