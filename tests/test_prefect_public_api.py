"""flows/ uses Prefect through its public API only; `cases serve` counts in-flight runs through the API.

A private attribute read through `getattr(obj, "_x", default)` keeps working after an upgrade that
removes it, only silently wrong: the scan forbids private attributes and private Prefect modules in
flows/. The in-flight count is checked against a real Prefect API with a real deployment and flow runs.
"""

from __future__ import annotations

import ast
import asyncio
import multiprocessing
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Private names flows/ may touch, each with why.
ALLOWED = {
    ("flows/docs.py", "_actions"): "argparse keeps its subcommands there; the CLI reference is generated from it",
    ("flows/docs.py", "_choices_actions"): "argparse: each subcommand's help line",
    ("flows/docs.py", "_SubParsersAction"): "argparse: the subcommands' action class, to find them",
    # Prefect has no public call that ends its event-loop threads; if an upgrade moves these, the
    # run's results are untouched and test_cli.py::test_ingest_ends_without_shutdown_noise fails.
    ("flows/shutdown.py", "_internal"): "prefect._internal.concurrency.threads holds the event-loop threads",
    ("flows/shutdown.py", "_global_loop"): "Prefect's global event-loop thread, ended before exit",
    ("flows/shutdown.py", "_run_sync_loop"): "Prefect's run-sync event-loop thread, ended before exit",
    ("flows/shutdown.py", "_exit"): "os._exit (documented, not private): the program skips the interpreter's teardown",
    ("flows/warm_deriver.py", "_exit"): "os._exit (documented): a forked child ends without the parent's exit handlers",
    # Speed-ups only (flows/worker_pool.py: workers forked from a loaded forkserver, started before the first
    # batch); if an upgrade moves one, the pool spawns its workers as Prefect's does, and tests/test_worker_pool.py
    # and test_workers_start_before_the_first_batch fail.
    ("flows/worker_pool.py", "_initializer"): "ProcessPoolExecutor's initializer as Prefect set it",
    ("flows/worker_pool.py", "_initargs"): "ProcessPoolExecutor's initializer arguments, likewise",
    # The server's handling moved to flows/worker_server.py (no Prefect import there: the `cases ingest` command
    # starts the server before importing Prefect); the same three names, no new ones.
    ("flows/worker_server.py", "_forkserver"): "multiprocessing.forkserver's server of this process (no public handle)",
    ("flows/worker_server.py", "_forkserver_pid"): "whether a forkserver runs (no public call)",
    ("flows/worker_server.py", "_stop"): "stops the server with its pool (no public call; CPython's tests use it)",
    ("flows/worker_server.py", "_resource_tracker"): "the tracker a server's start starts, stopped with an unused one",
    ("flows/worker_server.py", "_pid"): "whether multiprocessing's resource tracker runs (no public call)",
}


def private_uses(source: str) -> list[tuple[int, str]]:
    """(line, name) for `x._name` (x not self/cls), `getattr(x, "_name")` and imports from private modules."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            if not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                found.append((node.lineno, node.attr))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"getattr", "hasattr"}:
            name = node.args[1] if len(node.args) > 1 else None
            if isinstance(name, ast.Constant) and str(name.value).startswith("_"):
                found.append((node.lineno, str(name.value)))
        elif isinstance(node, ast.ImportFrom) and node.module:
            private = [p for p in node.module.split(".") if p.startswith("_") and not p.startswith("__")]
            found.extend((node.lineno, p) for p in private)
    return sorted(found)


def test_flows_touch_no_private_attributes() -> None:
    offenders = []
    for path in sorted((ROOT / "flows").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for line, name in private_uses(path.read_text(encoding="utf-8")):
            if (rel, name) not in ALLOWED:
                offenders.append(f"{rel}:{line} {name}")
    assert offenders == []


def test_the_scan_finds_private_attributes() -> None:
    source = (
        "def f(runner):\n"
        "    a = runner._process_manager\n"
        "    b = getattr(runner, '_submitting_flow_run_ids', ())\n"
        "    from prefect.runner._scheduled_run_poller import ScheduledRunPoller\n"
        "    return self._mine, runner.started\n"
    )
    assert private_uses(source) == [
        (2, "_process_manager"),
        (3, "_submitting_flow_run_ids"),
        (4, "_scheduled_run_poller"),
    ]


@pytest.mark.usefixtures("prefect_api")
def test_in_flight_counts_this_servers_unfinished_runs_through_the_api() -> None:
    from prefect import flow
    from prefect.client.orchestration import get_client
    from prefect.states import Completed, Pending, Running

    from flows.serve import in_flight

    @flow(name="in-flight-probe")
    def probe() -> None:
        return None

    async def scenario() -> list[int]:
        async with get_client() as client:
            flow_id = await client.create_flow_from_name("in-flight-probe")
            deployment_id = await client.create_deployment(flow_id=flow_id, name="probe")
            other_id = await client.create_deployment(flow_id=flow_id, name="other")
            since = datetime.now(UTC) - timedelta(seconds=1)
            counts = [await in_flight([deployment_id], since)]  # nothing yet
            first = await client.create_flow_run_from_deployment(deployment_id)
            second = await client.create_flow_run_from_deployment(deployment_id)
            elsewhere = await client.create_flow_run_from_deployment(other_id)
            counts.append(await in_flight([deployment_id], since))  # scheduled, not started: not in flight
            await client.set_flow_run_state(first.id, Pending(), force=True)
            await client.set_flow_run_state(second.id, Pending(), force=True)
            await client.set_flow_run_state(second.id, Running(), force=True)
            await client.set_flow_run_state(elsewhere.id, Pending(), force=True)
            counts.append(await in_flight([deployment_id], since))  # pending + running, not the other deployment's
            counts.append(await in_flight([deployment_id], datetime.now(UTC) + timedelta(minutes=5)))  # older: not ours
            await client.set_flow_run_state(first.id, Completed(), force=True)
            counts.append(await in_flight([deployment_id], since))
            counts.append(await in_flight([deployment_id, other_id], since))
            counts.append(await in_flight([], since))
            return counts

    assert probe.name == "in-flight-probe"
    assert asyncio.run(scenario()) == [0, 0, 2, 0, 1, 2, 0]


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def test_running_flow_runs_counts_run_processes_until_they_exit() -> None:
    """Both ways the runner starts a run (a multiprocessing child, an engine subprocess), not other children."""
    from flows.serve import running_flow_runs

    before = running_flow_runs()
    child = multiprocessing.get_context("spawn").Process(target=_sleep, args=(30,))
    engine = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(30)"], env={**os.environ, "PREFECT__FLOW_RUN_ID": "x"}
    )
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    child.start()
    try:
        assert running_flow_runs() == before + 2
    finally:
        child.terminate()
        engine.terminate()
        other.terminate()
        child.join(10)
        engine.wait(10)
        other.wait(10)
    assert running_flow_runs() == before


@pytest.mark.usefixtures("prefect_api")
def test_workers_start_before_the_first_batch() -> None:
    """The pool flows/worker_pool.py puts in place of Prefect's is the one used: after `start()` the
    worker processes exist although no batch was sent."""
    from prefect import task

    from flows.worker_pool import PreloadedProcessPoolTaskRunner
    from flows.workers import OrderedBatches

    @task
    def noop() -> None:
        return None

    runner = PreloadedProcessPoolTaskRunner(max_workers=1)
    batches = OrderedBatches(noop, runner, in_flight=1)
    try:
        batches.start()
        pool = runner._executor
        assert pool is not None
        deadline = time.monotonic() + 30
        while not pool._processes and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pool._processes, "no worker process was spawned by start()"
    finally:
        batches.__exit__(RuntimeError, None, None)
