"""What handing one batch's result back costs, in memory and CPU, through Prefect's pickle or a spool file.

Usage: .venv/bin/python -m bench.handover [--pages 400] [--repeat 3]

Why: Prefect's process pool cloudpickles a task's result whole in the worker (the result and its bytes
held at once), and the writer holds those bytes until it takes the batch and unpickles them; the spool
(flows/spool.py) streams the result into a file and back. This derives one batch of generated pages
(bench/scale.py's generator) in this process, then, `--repeat` times each, alternated: the worker's side
(cloudpickle.dumps, as Prefect does, against flows.spool.spool_result) and the writer's (cloudpickle.loads
of those bytes against Spooled.load), each with this process's CPU time, and the bytes each holds: what
Prefect's hand-over keeps in memory per batch (in the worker beside the result, in the writer until the
batch is due), which the spool keeps on disk. Memory per process: bench.batch_size. Run it with PYTHONPATH
at the checkout.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import cloudpickle

from bench.scale import make_corpus
from flows.ingest import derive_batch
from flows.spool import Spooled, spool_result
from tasks.worker import BatchJob
from warehouse.load import columns_by_table


def measured(step: Callable[[], Any]) -> tuple[Any, float]:
    """(what `step` returns, its CPU ms)."""
    gc.collect()
    started = time.process_time()
    out = step()
    return out, (time.process_time() - started) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cases-handover-") as work:
        corpus = make_corpus(Path(work) / "corpus", args.pages)
        spool = Path(work) / "spool"
        spool.mkdir()
        job = BatchJob([str(p) for p in corpus], "bench", datetime(2026, 12, 1), columns_by_table())
        derived = derive_batch.fn(job)
        names: list[str] = [str(p) for p in corpus]
        rows: dict[str, list[float]] = {k: [] for k in ("dumps", "spool", "loads", "load")}
        size_pickle = size_file = 0
        for _ in range(args.repeat):
            pickled, cpu = measured(lambda: cloudpickle.dumps(derived))
            rows["dumps"].append(cpu)
            size_pickle = len(pickled)
            back, cpu = measured(lambda pickled=pickled: cloudpickle.loads(pickled))
            rows["loads"].append(cpu)
            del pickled, back
            spooled, cpu = measured(lambda: spool_result(derived, str(spool), names))
            assert isinstance(spooled, Spooled)
            rows["spool"].append(cpu)
            size_file = Path(spooled.path).stat().st_size
            back, cpu = measured(spooled.load)
            rows["load"].append(cpu)
            del back
            spooled.discard()
        print(f"handover: one batch of {args.pages} generated pages, {args.repeat} repeats (medians)")
        print(f"  pickled {size_pickle / 2**20:.1f} MiB, spool file {size_file / 2**20:.1f} MiB")
        labels = {
            "dumps": "worker, cloudpickle.dumps (Prefect)",
            "spool": "worker, spool_result (file)",
            "loads": "writer, cloudpickle.loads",
            "load": "writer, Spooled.load (file)",
        }
        for key, label in labels.items():
            print(f"  {label:38s} CPU {statistics.median(rows[key]):7.1f} ms a batch")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
