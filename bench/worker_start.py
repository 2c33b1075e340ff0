"""CPU seconds a spawned worker process spends before its first batch is done, and on that batch.

Usage: .venv/bin/python -m bench.worker_start [--starts 4] [--no-warm-up]
       cd /other/checkout && PYTHONPATH=. /path/to/.venv/bin/python /path/to/bench/worker_start.py   # that checkout

A `--workers N` run's process pool starts each worker with the 'spawn' method (Prefect's
`ProcessPoolTaskRunner`): a new interpreter imports Prefect's task runner (to unpickle the pool's
initializer), runs the initializer (`tasks.worker_start.start_worker`, when the checkout has it), then
imports `flows.ingest` (to unpickle the task) and derives its first batch, loading jieba's dictionaries,
the gazetteer and the lexicons on the way. This bench starts such processes the same way (a spawn
context, the same imports, the same initializer) without a Prefect API, each for one batch of
`--pages` generated pages, and reports per process the CPU (user + system, `getrusage` in the
child) until the batch is done, the share the batch itself took, and the best and median over
`--starts` processes started one after the other. CPU time, unlike wall time, hardly moves when other
jobs share the machine. `--no-warm-up` skips the initializer (this checkout without it).
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import resource
import shutil
import statistics
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _initializer(warm_up: bool) -> None:
    """What Prefect's pool initializer costs (its module), then the project's own, when asked and present."""
    importlib.import_module("prefect.task_runners")

    if warm_up:
        try:
            from tasks.worker_start import start_worker
        except ImportError:  # an older checkout: no warm-up to run
            return
        start_worker("flows.ingest")  # as flows/workers.py starts it


def _first_batch(paths: list[str]) -> tuple[float, float, float]:
    """This process's CPU seconds when the task began (interpreter, initializer), when the flow module
    was imported, and when `paths` were derived as one batch."""
    began = _cpu()
    from datetime import datetime

    importlib.import_module("flows.cli")  # the CLI's main module, imported by every spawned child
    importlib.import_module("flows.ingest")  # unpickling the task `derive_batch`
    from tasks.worker import BatchJob, work_batch
    from warehouse.load import columns_by_table

    imported = _cpu()
    work_batch(BatchJob(paths, "bench", datetime(2026, 1, 1), columns_by_table()))
    return began, imported, _cpu()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--starts", type=int, default=4, help="worker processes started, one after the other")
    ap.add_argument("--pages", type=int, default=20, help="pages in the first batch")
    ap.add_argument("--no-warm-up", action="store_true", help="skip the pool initializer (start_worker)")
    args = ap.parse_args()
    from bench.scale import make_corpus

    work = Path(tempfile.mkdtemp(prefix="cases-start-"))
    try:
        paths = [str(p) for p in make_corpus(work / "corpus", args.pages)]
        totals, batches = [], []
        context = multiprocessing.get_context("spawn")
        for i in range(args.starts):
            with ProcessPoolExecutor(1, context, initializer=_initializer, initargs=(not args.no_warm_up,)) as pool:
                began, imported, done = pool.submit(_first_batch, paths).result()
            totals.append(done)
            batches.append(done - imported)
            print(
                f"start {i + 1}: {done:.2f} CPU-s to the first batch done: interpreter and initializer {began:.2f}, "
                f"flow module {imported - began:.2f}, the batch {done - imported:.2f}",
                flush=True,
            )
        print(
            f"worker start ({'no warm-up' if args.no_warm_up else 'warm-up if present'}), first batch of "
            f"{args.pages} pages: best {min(totals):.2f}, median {statistics.median(totals):.2f} CPU-s; "
            f"the batch itself: best {min(batches):.2f}, median {statistics.median(batches):.2f}"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
