"""Prefect's process pool with its workers forked from one server that has loaded the derivation.

Why: `ProcessPoolTaskRunner` starts each worker with the 'spawn' method (hard-coded in its
`__enter__`): every worker is a new interpreter that imports Prefect, pandas, pandera, jieba and the
derivation stack and derives a warm-up page before its first batch, ~2.2 s of CPU each, none of which
a `--workers 1` run pays. Here the pool's processes come from a 'forkserver' instead: a fresh
interpreter (not the `cases` process, whose Prefect threads a fork would not carry over) that loads all
of that once (flows/worker_preload.py) and then forks each worker in milliseconds, its loaded and
frozen heap shared copy-on-write. N workers pay one start (bench.worker_split: the workers' start
4.5 → 2.1 CPU-s for two). The server stays resident while the pool runs (~385 MB); the pages a worker
touches (reference counts) become its own, so the sharing is partial: summed RSS, which counts shared
pages once per process, grows, while summed PSS (each page counted once) fell by ~10% (bench.scale).

Safe to fork: the server runs no Python thread when it forks (tests/test_worker_pool.py checks); the
native pools that imports start (OpenBLAS's, pyarrow's jemalloc) are fork-aware through their own
`pthread_atfork` handlers, as they are under multiprocessing's long-standing 'fork' default on Linux.
Each worker still runs Prefect's own initializer (event and log forwarding) and `start_worker` (its
CPU account, its watch on the `cases` process); the task runs exactly as on the spawned pool.

The server is this pool's: it is started with the pool's first process, or earlier by the `cases ingest`
command for its run (flows/worker_server.py: why), and stopped when the pool closes, so a long-lived process
(`cases serve`, a test session) does not keep a loaded server between runs, and each run's server loads the
code and environment of its time, as spawned workers would.

Workers use the `cases` process's API. With no server configured, Prefect gives that process a temporary API
(a uvicorn subprocess); the pool hands its address to the workers with the run's settings
(`_temporary_api_url`). Without it each worker found no API in the settings it was given and started a
temporary server of its own: measured on 2,000 pages with two workers and no server, three uvicorn
processes instead of one, ~8 s of CPU each beside the run, plus ~1 s of each worker's importing Prefect's
server package.

A speed-up only: where 'forkserver' is not available (Windows), another forkserver already runs in
this process, or Prefect's runner no longer has the pool this replaces, the pool spawns as before.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner

from flows.worker_server import PRELOAD, server_pid, stop_server, take_server


class PreloadedProcessPoolTaskRunner(ProcessPoolTaskRunner):
    """`ProcessPoolTaskRunner` whose processes fork from a server that imported `preload` (module names)."""

    def __init__(self, *args: Any, preload: Sequence[str] = PRELOAD, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.preload = tuple(preload)
        self.forked = False  # whether this pool's processes come from its forkserver
        self._own_server = False
        self._settings_handed = False  # whether this entry made its first submission (where Prefect takes settings)

    def duplicate(self) -> PreloadedProcessPoolTaskRunner:
        runner = super().duplicate()
        runner.preload = self.preload
        return runner

    def __enter__(self) -> PreloadedProcessPoolTaskRunner:
        super().__enter__()
        self._settings_handed = False
        self._fork_from_server()
        return self

    def _fork_from_server(self) -> None:
        """Replace the spawning pool Prefect just made (it starts no process before its first submission)
        with one on a forkserver, with the initializer and arguments Prefect gave it (its own event and
        log forwarding, then ours)."""
        spawning = self._executor
        if "forkserver" not in multiprocessing.get_all_start_methods() or not isinstance(spawning, ProcessPoolExecutor):
            return
        # a server the command started ahead of this pool, with this preload, is this pool's to stop; another
        # one is someone else's, with its own preload: not ours to stop
        taken = take_server(self.preload)
        if not taken and server_pid() is not None:
            return
        try:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(list(self.preload))
            initializer, initargs = spawning._initializer, spawning._initargs  # type: ignore[attr-defined]
            forking = ProcessPoolExecutor(self._max_workers, context, initializer=initializer, initargs=initargs)
        except (AttributeError, ValueError):
            if taken:  # the pool spawns after all: the server started for it has no one else to stop it
                stop_server(kill=True)
            return
        self._executor = forking
        spawning.shutdown(wait=False)
        self.forked = self._own_server = True

    def submit(self, task: Any, parameters: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        """Prefect's submit; the first after entering under the address of this process's temporary API, when
        it runs on one: Prefect hands every task run of the pool the settings and environment current at that
        first submission. (Only the first: entering the settings costs ~60 ms.)"""
        url = None if self._settings_handed else _temporary_api_url()
        self._settings_handed = True
        if url is None:
            return super().submit(task, parameters, *args, **kwargs)
        with temporary_settings(updates={PREFECT_API_URL: url}):
            return super().submit(task, parameters, *args, **kwargs)

    def start_processes(self) -> None:
        """Start the worker processes now, in a thread: the first fork waits for the server's loading
        (~2 s), which the caller need not. ProcessPoolExecutor starts one process per submission that
        finds none idle, so one no-op per worker starts them all: forks are cheap. Spawned (no server),
        one: two interpreters starting at once beside the `cases` process would share two cores three ways."""
        executor = self._executor
        if executor is None:
            return
        count = self._max_workers if self.forked else 1

        def start() -> None:
            with contextlib.suppress(Exception):  # a speed-up only: the first batch starts them otherwise
                for _ in range(count):
                    executor.submit(int)

        threading.Thread(target=start, name="start-worker-processes", daemon=True).start()

    def __exit__(self, *exc: Any) -> None:
        try:
            super().__exit__(*exc)
        finally:
            if self._own_server:
                self._own_server = False
                stop_server()  # the workers are gone (the pool's shutdown waited for them): the server goes with them


def _temporary_api_url() -> str | None:
    """The address of the temporary API Prefect started in this process (no API configured), if one runs.

    Prefect keeps it as the `SubprocessASGIServer` of no given port (one per process: constructing it
    again returns that instance); its module is only imported by that start (or
    `flows.server.start_temporary_api`), so a process with a configured API never pays the import here."""
    if PREFECT_API_URL.value():
        return None
    server_module = sys.modules.get("prefect.server.api.server")
    if server_module is None:
        return None
    server = server_module.SubprocessASGIServer()
    return str(server.api_url) if server.running else None
