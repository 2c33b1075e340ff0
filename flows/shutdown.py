"""Stop Prefect's background threads before the `cases` program exits.

Prefect keeps four daemon threads (its global and run-sync event loops, the log and event
workers) alive until the interpreter dies. Objects their frames and contexts still hold (the
last task run's parameters, among them a DuckDB connection) are then never freed, and DuckDB's
nanobind bindings print some 40 lines of "nanobind: leaked …" at exit on every run. Draining the
workers and ending the loops while the interpreter is still whole sends the last logs and
events to the API (the temporary server, if one was started, is still up) and lets everything be
freed in order.

This reaches into `prefect._internal`: the pin in requirements.lock keeps it stable, and every
step is skipped when an upgrade moves it (the cost is the noise, never the run's result).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import time

DRAIN_SECONDS = 30.0  # normally done in milliseconds; the bound only matters on a stalled API


def stop_prefect_services(timeout: float = DRAIN_SECONDS) -> None:
    """Drain Prefect's log and event workers, then end its event-loop threads; a no-op when the
    program never imported Prefect (`cases sql`, `cases extract`)."""
    if "prefect" not in sys.modules:
        return
    try:
        from prefect._internal.concurrency import threads
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        loops = (threads._global_loop, threads._run_sync_loop)
    except (ImportError, AttributeError):
        return
    deadline = time.monotonic() + timeout  # one bound for every step, not one per step
    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=max(0.0, deadline - time.monotonic()))
    for loop in loops:
        if loop is not None and loop.thread.is_alive():
            loop.shutdown()
            loop.thread.join(max(0.0, deadline - time.monotonic()))


_at_exit = False


def stop_prefect_services_at_exit() -> None:
    """In a worker process (a process pool's or a Dask worker's), where Prefect runs the task with
    the same threads: end them when that process exits. Registered once per process. Not asserted by a
    test: on a loaded machine draining the worker's logs can outlast DRAIN_SECONDS, and the warnings
    come back (the run's results never depend on it)."""
    global _at_exit
    if not _at_exit:
        atexit.register(stop_prefect_services)
        _at_exit = True


_exit_status: int | None = None


def skip_teardown_at_exit() -> None:
    """Let the `cases` program end without tearing its interpreter down object by object.

    Why: after `main` returns, Python's finalization clears every module and collects the heap that
    Prefect, pydantic, DuckDB and the run left: measured 0.5-0.6 s of an unchanged re-run of 10,000
    files (about a fifth of it), for memory the operating system takes back at once. Registered
    first, the hook runs after every other exit handler (Prefect's, logging's, a temporary API
    server's stop) and after the interpreter has joined its non-daemon threads; it flushes the
    standard streams and ends the process with `main`'s status (1 when `main` raised). Only the
    program calls this, never an in-process caller of `main`. Open DuckDB connections are not
    checkpointed on the way out, but every run closes its own before `main` returns.
    """
    atexit.register(_end_process)


def exit_status(code: int | str | None) -> None:
    """The status `_end_process` ends the program with: what `main` returned, or the code of the
    SystemExit it raised (None: 0; a message, already printed by Python: 1)."""
    global _exit_status
    _exit_status = code if isinstance(code, int) else 0 if code is None else 1


def _end_process() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe or stream: nothing more to say there
            stream.flush()
    os._exit(1 if _exit_status is None else _exit_status)
