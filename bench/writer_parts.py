"""Where the single writer's CPU goes, part by part, on batches derived as a worker derives them.

Usage: .venv/bin/python -m bench.writer_parts [--pages 1600] [--batch-size 200]

Generates the scale bench's corpus (bench/scale.py `make_corpus`), derives it in batches in this
process exactly as a worker does (`flows.ingest.derive_batch`'s body: `work_batch`, the search
postings, the `sources` rows), pickles each batch's result as the process pool does, then replays
the writer on a fresh warehouse: per batch the unpickling, `previous_canonicals` and `load_outcome`
(one transaction), then the closing checkpoint. It prints the writer's CPU per page
(`time.process_time`, no profiler) and its parts, from timing wrappers around the functions
`load_outcome` calls (nested parts are inside their callers' figures: `insert_frame` is the article
tables, quarantine and fetch failures; `commit` is the COMMIT statement alone).

Not in these figures: the CLI's start (imports, Prefect's flow run, the pool's start, the regions of
a new warehouse), Prefect's futures per batch, the near-duplicate pass and the run's checks at its end.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.scale import make_corpus

PARTS: collections.Counter[str] = collections.Counter()


def _timed(module: Any, name: str) -> None:
    """Wrap `module.name` so that its CPU time adds up in PARTS[name]."""
    inner: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            PARTS[name] += time.process_time() - started

    setattr(module, name, wrapper)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=1600)
    ap.add_argument("--batch-size", type=int, default=200)
    args = ap.parse_args()

    import flows.ingest as ingest
    import warehouse.load as load
    from tasks.worker import BatchJob, work_batch
    from warehouse.db import connect
    from warehouse.dq_batch import known_references
    from warehouse.duplicates import previous_canonicals
    from warehouse.reference import ensure_regions
    from warehouse.search import cut_postings
    from warehouse.sources import source_frame

    with tempfile.TemporaryDirectory(prefix="cases-writer-parts-") as tmp:
        work = Path(tmp)
        paths = [str(p) for p in make_corpus(work / "corpus", args.pages)]
        db = str(work / "w.duckdb")
        with connect(db) as con:
            ensure_regions(con, "writer-parts")
            load.start_run(con, "writer-parts", "ingest", db, {})
            known = known_references(con)
        columns = load.columns_by_table()
        results = []
        for start in range(0, len(paths), args.batch_size):
            job = BatchJob(paths[start : start + args.batch_size], "writer-parts", datetime(2026, 1, 1), columns, known)
            outcome = work_batch(job)
            articles = outcome.split.valid.get("articles")
            postings = cut_postings(articles) if articles is not None and not articles.empty else None
            sources = source_frame(outcome.sources, job.run_id) if outcome.sources else None
            results.append(pickle.dumps(ingest.Derived(outcome, postings, sources), protocol=pickle.HIGHEST_PROTOCOL))
        print(f"writer parts: {args.pages} pages in {len(results)} batches, load {os.getloadavg()[0]:.1f}")

        for name in ("insert_frame", "add_postings", "replace_frame", "write_batch_dq", "_drop_stored"):
            _timed(load, name)
        for name in ("record_duplicate_content", "batch_dq", "stored_snapshots"):
            _timed(ingest, name)
        plain_transaction = load.transaction

        @contextlib.contextmanager
        def transaction(con: Any) -> Iterator[Any]:
            with plain_transaction(con):
                yield con
                started = time.process_time()  # the COMMIT runs as the inner block exits
            PARTS["commit"] += time.process_time() - started

        load.transaction = transaction

        class Quiet:  # no Prefect run here: load_outcome's warnings go nowhere
            def warning(self, *args: Any) -> None:
                pass

        ingest.get_run_logger = lambda: Quiet()  # type: ignore[assignment,return-value]
        writer = load.Writer(db, release_seconds=1e9)
        total, n_inputs = load.LoadCounts(), 0
        began = time.process_time()
        for blob in results:
            started = time.process_time()
            outcome, postings, sources = pickle.loads(blob).take()
            PARTS["unpickle"] += time.process_time() - started
            started = time.process_time()
            previous_canonicals(writer.con, list(outcome.split.valid["articles"]["article_id"]))
            PARTS["previous_canonicals"] += time.process_time() - started
            n_inputs += outcome.n_inputs
            started = time.process_time()
            ingest.load_outcome(outcome, writer.con, "writer-parts", [], total, n_inputs, 0, postings, sources)
            PARTS["load_outcome"] += time.process_time() - started
        started = time.process_time()
        writer.close()
        PARTS["checkpoint (close)"] += time.process_time() - started
        spent = time.process_time() - began
        print(f"  writer: {spent / args.pages * 1000:.3f} ms CPU per page")
        for name, seconds in PARTS.most_common():
            print(f"  {name}: {seconds / args.pages * 1000:.3f} ms/page")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
