"""The forkserver a run's worker pool forks from (flows/worker_pool.py), startable before Prefect is imported.

Why a module of its own: the server loads the derivation (flows/worker_preload.py, ~2.2 CPU-s), and the
first worker can fork only once that is done. Started with the pool, once the run has imported Prefect,
started its flow run and planned its first block, the server began loading 3.2-4.2 s after launch and the
workers derived their first batch 3.2-4.8 s after the writer had sent it (bench/gaps.py, load 1.7-5). The `cases ingest`
command now starts it as soon as its arguments are parsed, when the run is sure to need a pool (a new
warehouse and more than one batch of inputs: flows/cli.py `_pool_likely`): the loading overlaps the CLI's own
imports and the flow run's start, on the core the CLI leaves idle. This module imports only multiprocessing,
so that starting the server does not wait for Prefect's import (~0.9 s).

A server started here and not taken by a pool (a run of one batch derived in the writer, a failure before
the first batch) is killed, not asked to stop: it may still be loading, and it reads a stop request only
after that.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.forkserver
import multiprocessing.resource_tracker
import os
import signal
from collections.abc import Sequence

PRELOAD = ("flows.worker_preload",)

# The preload of the server `start_server` started and no pool has taken yet.
_early: tuple[str, ...] | None = None
# Whether multiprocessing's resource tracker ran before `start_server` (starting a server starts it too).
_tracker_was_running = True


def _tracker_pid() -> int | None:
    return getattr(multiprocessing.resource_tracker._resource_tracker, "_pid", None)


def server_pid() -> int | None:
    """The pid of this process's forkserver, None when none runs (multiprocessing has no public call for it)."""
    return getattr(multiprocessing.forkserver._forkserver, "_forkserver_pid", None)


def start_server(preload: Sequence[str] = PRELOAD) -> bool:
    """Start this process's forkserver now, loading `preload`, for a pool made later to fork from
    (`take_server`). False (nothing started) where there is no forkserver or one runs already."""
    global _early, _tracker_was_running
    if "forkserver" not in multiprocessing.get_all_start_methods() or server_pid() is not None:
        return False
    _tracker_was_running = _tracker_pid() is not None
    try:
        multiprocessing.get_context("forkserver").set_forkserver_preload(list(preload))
        multiprocessing.forkserver.ensure_running()  # spawns the server and returns: it loads on its own
    except (OSError, ValueError):
        return False
    _early = tuple(preload)
    return True


def take_server(preload: Sequence[str]) -> bool:
    """Whether the running server is the one `start_server` started with `preload`; if so it is the
    caller's from now on (to stop with `stop_server`), and no longer `discard_server`'s."""
    global _early
    if _early is None or _early != tuple(preload) or server_pid() is None:
        return False
    _early = None
    return True


def stop_server(kill: bool = False) -> None:
    """Stop this process's forkserver (`kill`: at once, even while it is loading)."""
    pid = server_pid()
    if pid is None:
        return
    if kill:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(Exception):
        multiprocessing.forkserver._forkserver._stop()  # no public call; CPython's own tests use it


def discard_server() -> None:
    """Kill the server `start_server` started if no pool took it (see the module's docstring: why)."""
    global _early
    if _early is not None and server_pid() is not None:
        stop_server(kill=True)
        if not _tracker_was_running:  # the resource tracker the server's start started goes too: no process
            with contextlib.suppress(Exception):  # outlives a run that forked none (tests/test_concurrency.py)
                multiprocessing.resource_tracker._resource_tracker._stop()
    _early = None
