"""Where a worker process's CPU goes in a real `--workers N` run: an account written when it exits.

Why: bench/worker.py times `work_batch` in one process, but a pool worker also spends CPU outside it:
its start, Prefect's task engine around each batch (and Prefect's event, log and API-client threads),
unpickling jobs, the search postings and `sources` rows the task cuts, pickling results. Only a real
run shows that split, so a worker started with

- `$CASES_WORKER_CPU=DIR` writes `DIR/worker-PID.cpu` at exit: its CPU seconds when the start was done,
  inside `work_batch` (and batches run), at exit, and per thread (named as `threading` knows them);
- `$CASES_WORKER_PROFILE=DIR` writes that account and `DIR/worker-PID.prof`, a cProfile of its main
  thread from the start to exit (wall-clock timer: a CPU timer costs a system call per event and
  multiplies the run's time; read shares, not absolute times).

Unset (the default), nothing is measured beyond two clock reads per batch.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

ACCOUNT_DIR = "CASES_WORKER_CPU"
PROFILE_DIR = "CASES_WORKER_PROFILE"

_account: dict[str, float] = {"started": 0.0, "batches": 0, "work_batch": 0.0, "warm_up": 0.0, "warm_up_batches": 0}


def add_batch(cpu: float) -> None:
    """`work_batch` reports each batch's CPU seconds here (it costs two clock reads)."""
    _account["batches"] += 1
    _account["work_batch"] += cpu


def note_started() -> None:
    """The start is done (its warm-up batch is part of it, not of the batches)."""
    _account["started"] = time.process_time()
    _account["warm_up"], _account["warm_up_batches"] = _account["work_batch"], _account["batches"]


def account_server() -> None:
    """In a pool's forkserver, once it has loaded the derivation: its CPU so far, written at once as
    `server-PID.cpu` (what it spends later, forking workers, is a few milliseconds each). Its workers'
    accounts then show only their own start; the loading they share is here."""
    folder = _target()
    if folder is None:
        return
    spent = time.process_time()
    lines = [f"started {spent:.3f}", "batches 0", "work_batch 0.000", f"exit {spent:.3f}"]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"server-{os.getpid()}.cpu").write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError:
        pass


def _target() -> Path | None:
    folder = os.environ.get(PROFILE_DIR) or os.environ.get(ACCOUNT_DIR)
    return Path(folder) if folder else None


def account_worker() -> None:
    """In a worker process's start: register the account (and the profile) written at its exit."""
    folder = _target()
    if folder is None:
        return
    import multiprocessing.util

    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / f"worker-{os.getpid()}"
    profiler = None
    if os.environ.get(PROFILE_DIR):
        import cProfile

        profiler = cProfile.Profile()

    def write() -> None:
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(f"{stem}.prof")
        import psutil

        names = {t.native_id: t.name for t in threading.enumerate()}
        lines = [
            f"started {_account['started']:.3f}",
            f"batches {_account['batches'] - _account['warm_up_batches']:.0f}",
            f"work_batch {_account['work_batch'] - _account['warm_up']:.3f}",
            f"exit {time.process_time():.3f}",
            *(f"thread {names.get(t.id, t.id)} {t.user_time + t.system_time:.3f}" for t in psutil.Process().threads()),
        ]
        Path(f"{stem}.cpu").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # a pool worker leaves through multiprocessing's exit path, which runs these (atexit it may skip)
    multiprocessing.util.Finalize(None, write, exitpriority=100)
    if profiler is not None:
        profiler.enable()
