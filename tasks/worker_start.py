"""A worker process's start (the process pool's initializer): derivation's data loaded before the first batch.

Why: a worker's start builds hundreds of thousands of long-lived objects (the derivation stack's modules,
pandas and pandera, jieba's dictionaries, the gazetteer's 44,703 places, compiled patterns). With the
cyclic garbage collector on, every few thousand allocations trigger a collection that walks the objects
made so far, none of them garbage: about a fifth of the start's CPU. `start_worker` does the loading with
the collector off, by deriving one seed page (which loads all of it and runs pandera's first validation),
empties the result caches that page filled (a batch is then derived exactly as without this), and
freezes the loaded heap (`gc.freeze`) so that the collections the batches' garbage triggers skip it.

This module imports nothing heavy itself: unpickling the initializer in a new process imports it before
the collector is off, so the derivation stack is imported inside `start_worker`.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
import os
import threading
from datetime import datetime
from pathlib import Path

from tasks.collector import paused
from tasks.worker_account import account_worker, note_started

# A page every checkout has, derived once when a worker process starts.
WARM_UP_PAGES = Path(__file__).resolve().parent.parent / "seeds" / "pages"


def exit_with_parent() -> None:
    """End this worker when the process that started it is gone.

    Why: a pool's workers wait on a queue whose write end they hold themselves, so when the `cases`
    process is killed (SIGKILL, the OOM killer) nothing wakes them and each idle worker keeps its
    ~500 MB for good. A daemon thread waits on the parent's sentinel and ends the process at once; no
    result can be delivered any more, and the worker never writes the warehouse."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


_started = False
_loaded = False


def started() -> bool:
    """Whether this process ran `start_worker` (tests ask each worker of a cluster)."""
    return _started


def loaded() -> bool:
    """Whether this process (or the server it was forked from) has loaded the derivation (`load_derivation`)."""
    return _loaded


def load_derivation(*modules: str) -> None:
    """Import `modules` and the derivation stack and derive the warm-up page with the collector off, then
    freeze the heap; once per process (a process forked from one that did it has it already).

    Starts no thread: a pool's forkserver runs this before it forks the workers (flows/worker_pool.py),
    and a fork keeps only the thread that forks. A failure here is not the worker's: the first batch meets
    it again and records it as that batch's failure."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    with paused():
        try:
            for name in modules:
                importlib.import_module(name)
            from contracts import TABLES
            from tasks.extract.caches import clear_caches
            from tasks.tables import batch_tables  # noqa: F401  (the derivation stack, imported with the collector off)
            from tasks.worker import BatchJob, work_batch

            page = next(iter(sorted(WARM_UP_PAGES.glob("*.txt"))), None)
            if page is not None:
                columns = {name: list(table.schema().columns) for name, table in TABLES.items()}
                work_batch(BatchJob([str(page)], "warm-up", datetime(2000, 1, 1), columns))
            clear_caches()
        except Exception:  # a speed-up only: the batches report real errors
            pass
        finally:
            gc.freeze()  # before the collector is back: what loaded stays out of every later collection


_background: threading.Thread | None = None


def load_derivation_in_background() -> None:
    """`load_derivation` in a thread of this process, while its main thread waits for Prefect's temporary API.

    Why: a run of one batch with no `cases server` derives in the `cases` process itself, and both costs are
    paid in turn: Prefect's temporary server starting in its own process (its imports and database, most of
    the run), then the derivation's cold start here (the rule modules, the gazetteer, jieba's dictionaries, the
    first page's patterns: ~4 s). The main thread only polls the starting server meanwhile, so the loading runs
    on a core that would otherwise idle. `wait_for_derivation` joins it before the batch is derived, so the batch
    meets a finished load (the warm-up page's caches emptied) exactly as in a worker."""
    global _background
    if _loaded or _background is not None:
        return
    _background = threading.Thread(target=load_derivation, name="derivation-warm-up", daemon=True)
    _background.start()


def wait_for_derivation() -> None:
    """Join the background load when one was started (a no-op otherwise, and in worker processes)."""
    if _background is not None:
        _background.join()


def start_worker(*modules: str) -> None:
    """A pool worker's initializer: its CPU account, its watch on the parent, and the derivation loaded
    (`load_derivation`: `modules` are the module of the task the worker will run, which unpickling the
    task would otherwise import with the collector on). In a worker forked from a server that loaded the
    derivation, only the first two are left to do."""
    global _started
    _started = True
    account_worker()
    exit_with_parent()
    load_derivation(*modules)
    gc.freeze()  # in a forked worker: what its own start made (the fork's heap is frozen already)
    note_started()
