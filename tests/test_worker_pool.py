"""The process pool's workers fork from one server that loaded the derivation (flows/worker_pool.py): the
server runs no thread when it forks, every worker comes from it already loaded, and it is gone with the pool."""

from __future__ import annotations

import gc
import json
import multiprocessing.forkserver
import os
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.worker_pool import PreloadedProcessPoolTaskRunner
from flows.worker_server import discard_server, server_pid, start_server
from tasks.worker_start import loaded, start_worker

ROOT = Path(__file__).resolve().parent.parent


def test_the_preload_loads_the_derivation_and_starts_no_thread(tmp_path: Path) -> None:
    """What the forkserver runs before its first fork, in a fresh interpreter as the server is: a fork keeps
    only the forking thread, so a Python thread started here would be missing (with its locks) in every worker."""
    probe = (
        "import gc, json, threading, flows.worker_preload, tasks.worker_start as w;"
        "print(json.dumps([threading.active_count(), w.loaded(), gc.get_freeze_count(), gc.isenabled()]))"
    )
    env = {**os.environ, "CASES_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    threads, was_loaded, frozen, collecting = json.loads(out.stdout.strip().splitlines()[-1])
    assert threads == 1
    assert was_loaded and collecting
    assert frozen > 100_000  # the derivation stack and its data, shared copy-on-write by the forks


@task(cache_policy=NO_CACHE, persist_result=False)
def where_am_i() -> dict[str, object]:
    return {"pid": os.getpid(), "ppid": os.getppid(), "loaded": loaded(), "frozen": gc.get_freeze_count()}


def test_workers_fork_from_a_loaded_server_that_stops_with_the_pool(prefect_api: None, tmp_path: Path) -> None:
    assert multiprocessing.forkserver._forkserver._forkserver_pid is None, "no server left by an earlier test"
    runner = PreloadedProcessPoolTaskRunner(max_workers=2, initializer=start_worker, initargs=("flows.ingest",))
    with runner:
        assert runner.forked
        runner.start_processes()
        seen = [runner.submit(where_am_i, {}).result() for _ in range(4)]
        server = multiprocessing.forkserver._forkserver._forkserver_pid
        assert server is not None and psutil.pid_exists(server)
    assert {s["ppid"] for s in seen} == {server}, "every worker is a fork of the server, none a spawn of this process"
    assert all(s["loaded"] and int(s["frozen"]) > 100_000 for s in seen), "forked with the derivation loaded"
    assert not psutil.pid_exists(server) or psutil.Process(server).status() == psutil.STATUS_ZOMBIE
    assert multiprocessing.forkserver._forkserver._forkserver_pid is None, "the pool stopped its server"
    assert not [p for p in psutil.Process().children() if p.pid == server]


def test_a_server_already_running_is_left_alone(prefect_api: None) -> None:
    """Another forkserver in this process (someone else's preload): the pool spawns as Prefect's does."""
    context = multiprocessing.get_context("forkserver")
    other = context.Process(target=int)
    other.start()
    other.join()
    try:
        with PreloadedProcessPoolTaskRunner(max_workers=1) as runner:
            assert not runner.forked
            assert runner.submit(where_am_i, {}).result()["ppid"] == os.getpid()
    finally:
        multiprocessing.forkserver._forkserver._stop()


def test_a_server_started_ahead_is_the_pools(prefect_api: None) -> None:
    """The `cases ingest` command starts the server before the pool exists (flows/worker_server.py): the pool
    forks its workers from that one and stops it when it closes."""
    assert server_pid() is None, "no server left by an earlier test"
    assert start_server()
    early = server_pid()
    try:
        with PreloadedProcessPoolTaskRunner(
            max_workers=2, initializer=start_worker, initargs=("flows.ingest",)
        ) as runner:
            assert runner.forked
            seen = [runner.submit(where_am_i, {}).result() for _ in range(2)]
        assert server_pid() is None, "the pool stopped the server it took"
    finally:
        discard_server()
    assert {s["ppid"] for s in seen} == {early}
    assert all(s["loaded"] for s in seen)


def test_a_server_no_pool_took_is_killed_while_it_loads() -> None:
    """A run that needs no pool (nothing changed, one batch) kills the server started for it at once: asked to
    stop, a loading server would answer only when its ~2 s of loading is done."""
    assert server_pid() is None, "no server left by an earlier test"
    assert start_server()
    early = server_pid()
    assert early is not None
    started = time.monotonic()
    discard_server()
    assert time.monotonic() - started < 1.0
    assert server_pid() is None
    assert not psutil.pid_exists(early) or psutil.Process(early).status() == psutil.STATUS_ZOMBIE
    discard_server()  # nothing left: a no-op


TEMPORARY_API_PROBE = """
import json, sys
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from flows.worker_pool import PreloadedProcessPoolTaskRunner

@task(cache_policy=NO_CACHE, persist_result=False)
def api_seen() -> dict:
    from prefect.client.orchestration import get_client
    server = sys.modules.get("prefect.server.api.server")
    own = bool(server and any(s.running for s in server.SubprocessASGIServer._instances.values()))
    with get_client(sync_client=True) as client:
        return {"url": str(client.api_url).rstrip("/"), "own_server": own}

@flow(task_runner=PreloadedProcessPoolTaskRunner(max_workers=2))
def probe() -> list:
    return [f.result() for f in [api_seen.submit() for _ in range(4)]]

seen = probe()
from prefect.server.api.server import SubprocessASGIServer
print(json.dumps({"parent": SubprocessASGIServer().api_url.rstrip("/"), "seen": seen}))
"""


@pytest.mark.slow  # Prefect's temporary API and a pool in a subprocess
def test_workers_use_the_temporary_api_of_the_run_with_no_server(tmp_path: Path) -> None:
    """With no API configured, the run's process gets Prefect's temporary server; its workers must use that one,
    not start one each (three uvicorn processes instead of one, ~8 s of CPU apiece: flows/worker_pool.py)."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    out = subprocess.run(
        [sys.executable, "-c", TEMPORARY_API_PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert len(report["seen"]) == 4
    assert {s["url"] for s in report["seen"]} == {report["parent"]}, report
    assert not any(s["own_server"] for s in report["seen"]), report
