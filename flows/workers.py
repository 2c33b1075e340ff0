"""Where batches run: in this process, a local process pool, or a Dask cluster; results in order.

`--workers N` picks Prefect's `ProcessPoolTaskRunner` with N processes (N = 1: this process, no
pool to start); `--dask-address tcp://HOST:PORT` picks prefect-dask's `DaskTaskRunner` connected
to a running cluster. Either way the writer submits one task run per batch, keeps at most
`in_flight` batches out (memory stays bounded however large the corpus), and takes results back in
submission order, so the warehouse is written in the same order for any N: same rows, same ids.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner
from prefect.tasks import Task
from prefect.utilities.annotations import quote

from flows.worker_pool import PreloadedProcessPoolTaskRunner
from tasks.settings import positive_setting
from tasks.worker_start import start_worker


def default_workers() -> int:
    """$CASES_WORKERS, else the CPU count."""
    return int(positive_setting("CASES_WORKERS", os.cpu_count() or 1, int))


def make_runner(workers: int, dask_address: str | None = None) -> TaskRunner[Any] | None:
    """The task runner for N workers or a cluster; None: run batches in this process."""
    if dask_address:
        from flows.dask_start import StartedDaskTaskRunner  # its workers start like the pool's (why: there)

        return StartedDaskTaskRunner(address=dask_address)
    if workers <= 1:
        return None
    # the workers fork from a server that loaded the derivation's data once (flows/worker_pool.py: why);
    # each runs start_worker before its first batch (loading the data itself when it was not forked)
    return PreloadedProcessPoolTaskRunner(max_workers=workers, initializer=start_worker, initargs=("flows.ingest",))


class _Done:
    """A result computed in this process, queued like a future."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> Any:
        return self.value


class OrderedBatches:
    """Submit batches to a runner (or run them here) and yield their results in submission order.

    `submit` returns the results that are due: with `in_flight` batches already out it waits for
    the oldest one first. `drain` waits for the rest. A batch whose task run failed raises here:
    the run stops rather than losing a batch silently.
    """

    def __init__(
        self,
        task: Task[..., Any],
        runner: TaskRunner[Any] | None,
        in_flight: int,
        before_wait: Callable[[], None] | None = None,
    ) -> None:
        """`before_wait`: called before taking each result (the writer may release the warehouse then)."""
        self.task, self.runner, self.in_flight = task, runner, max(1, in_flight)
        self.before_wait = before_wait
        self._pending: deque[Any] = deque()
        self._stack = ExitStack()
        self._entered = False
        self._closing: threading.Thread | None = None
        self._close_error: BaseException | None = None

    def __enter__(self) -> OrderedBatches:
        return self

    def start(self) -> None:
        """Start the worker processes now rather than at the first batch.

        Why: a worker's start (a new interpreter, Prefect, the derivation stack, a warm-up page: ~2.3 s
        of CPU) otherwise begins only when the first batch is sent, after the run has read its
        reference tables (on a new warehouse, the gazetteer into `regions`) and prepared that batch,
        with one core idle all the while. Called once the run knows it has more than one batch.
        A process pool starts its processes on its first submissions, so no-ops go first (in a thread:
        PreloadedProcessPoolTaskRunner.start_processes); a speed-up only: if the pool cannot take them,
        the first batches start the processes as before.
        """
        if isinstance(self.runner, PreloadedProcessPoolTaskRunner):
            self._started()
            self.runner.start_processes()

    def _started(self) -> TaskRunner[Any]:
        """The runner, entered on the first batch that needs a worker: a re-run that finds nothing
        changed, or changes small enough to run here, never starts a process pool (its queue, its
        resource tracker) or connects to a cluster."""
        assert self.runner is not None
        if not self._entered:
            self._stack.enter_context(self.runner)
            self._entered = True
        return self.runner

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        """After a run's last batch, the pool is shut down in a thread while the writer finishes (its
        near-duplicate pass, last checkpoint, the run's checks): `close` joins it. Why: shutting
        the pool down waits for each worker process to exit (~0.9 s measured with two workers), all
        of it serial at the run's end otherwise. On an error the pool is shut down here, at once."""
        if exc_type is not None or not self._entered:
            self._stack.close()
            return
        self._closing = threading.Thread(target=self._close, name="close-worker-pool", daemon=True)
        self._closing.start()

    def _close(self) -> None:
        try:
            self._stack.close()
        except BaseException as exc:  # handed to wait_closed's caller
            self._close_error = exc

    def close(self) -> None:
        """Shut the pool down, or wait until the shutdown __exit__ began is over (every worker process
        gone); raise what shutting it down raised. Safe to call more than once, and without __exit__
        (a run that failed before its first batch)."""
        if self._closing is not None:
            self._closing.join()
            self._closing = None
        else:
            self._stack.close()
        if self._close_error is not None:
            error, self._close_error = self._close_error, None
            raise error

    def submit(self, job: Any, tag: Any = None, here: Callable[[Any], Any] | None = None) -> list[tuple[Any, Any]]:
        """Send one batch (with a tag that comes back with its result); returns the (result, tag) pairs due.

        `here`: a cheap stand-in for the task, run in this process (a batch with nothing to parse,
        whose inputs were all unchanged, needs no worker); its result still waits its turn.
        """
        if here is not None:
            self._pending.append((_Done(here(job)), tag))
        elif self.runner is None:
            self._pending.append((_Done(self.task(job)), tag))
        else:
            runner = self._started()
            # Quoted for the process pool: Prefect would otherwise walk the whole job (every path, column
            # name and reference value) looking for futures, two or three times per batch, in this, the
            # writer's, process. (prefect-dask hands a quoted parameter to the task as a bare tuple.)
            job = quote(job) if isinstance(runner, ProcessPoolTaskRunner) else job
            self._pending.append((runner.submit(self.task, {"job": job}), tag))
        due = []
        while len(self._pending) >= self.in_flight:
            due.append(self._next())
        return due

    def drain(self) -> list[tuple[Any, Any]]:
        due = []
        while self._pending:
            due.append(self._next())
        return due

    def _next(self) -> tuple[Any, Any]:
        future, tag = self._pending.popleft()
        if self.before_wait is not None:  # also for batches run here: the writer's release is due by time or size
            self.before_wait()
        return future.result(), tag
