"""Scheduled runs for real: `cases server` on a free loopback port, `cases serve` on a short interval.

Everything runs as it would for an operator: separate processes started through the `cases` CLI, a
private PREFECT_HOME, a DuckDB file under tmp_path chosen with CASES_DB. Every process is started in
its own session; teardown signals the session and then asserts that no member is left alive.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.servers import (
    CASES,
    ROOT,
    SEEDS,
    PrefectServer,
    ServedProcess,
    base_env,
    free_port,
    read_warehouse,
    wait_for,
)

# --- the tests -------------------------------------------------------------------------------------------------------


def test_pins_that_scheduling_needs() -> None:
    """Prefect 3.8.8's server crashes with FastAPI >= 0.151 and its scheduler creates no runs with SQLAlchemy 2.1."""
    import tomllib
    from importlib.metadata import version

    from packaging.version import Version

    assert version("prefect") == "3.8.8"
    assert Version(version("fastapi")) < Version("0.151")
    assert Version(version("sqlalchemy")) < Version("2.1")
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert {"fastapi<0.151", "sqlalchemy<2.1"} <= {d.split("#")[0].strip() for d in declared}
    locked = (ROOT / "requirements.lock").read_text().lower()
    assert "prefect==3.8.8" in locked and "fastapi==0.150" in locked and "sqlalchemy==2.0." in locked


def test_server_serves_ui_and_api(prefect_server: PrefectServer) -> None:
    """`cases server` enables the UI when the prefect package ships it (3.8.8 does)."""
    home = httpx.get(f"http://127.0.0.1:{prefect_server.port}/", timeout=10, trust_env=False)
    assert home.status_code == 200 and "<html" in home.text.lower()
    assert httpx.get(f"{prefect_server.api_url}/health", timeout=10, trust_env=False).json() is True
    out = prefect_server.process.output()
    assert f"UI   http://127.0.0.1:{prefect_server.port}" in out


def test_server_refuses_busy_port(prefect_server: PrefectServer) -> None:
    done = subprocess.run(
        [*CASES, "server", "--port", str(prefect_server.port)],
        cwd=ROOT,
        env=base_env(prefect_server.home),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "is in use" in done.stderr


@pytest.mark.slow  # runs the CLI in subprocesses
def test_serve_without_server_says_so(tmp_path: Path) -> None:
    port = free_port()
    env = base_env(tmp_path / "home")
    env["PREFECT_API_URL"] = f"http://127.0.0.1:{port}/api"
    done = subprocess.run(
        [*CASES, "serve", "--wait-server", "1", "--db", str(tmp_path / "w.duckdb")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "no Prefect server answers" in done.stderr and "cases server" in done.stderr
    assert "Traceback" not in done.stderr


def test_scheduled_runs_land_in_runs(prefect_server: PrefectServer, tmp_path: Path) -> None:
    """Serve ingest every 4 s: two or more scheduled runs complete, are recorded, and load the seeds once."""
    db = tmp_path / "cases.duckdb"
    started = time.monotonic()
    serve = ServedProcess.start(
        "serve",
        [*CASES, "serve", "--only", "ingest-pages", "--interval", "4", "--poll", "2", str(SEEDS)],
        prefect_server.env(CASES_DB=str(db)),  # CASES_DB from the serving process's environment
        tmp_path,
    )
    try:

        def completed() -> list[tuple[object, ...]]:
            if not db.exists():
                return []
            return read_warehouse(
                db,
                "SELECT run_id, n_articles, n_unchanged, n_inputs FROM runs"
                " WHERE deployment = 'ingest-pages' AND status = 'COMPLETED' ORDER BY started_at",
            )

        wait_for(lambda: len(completed()) >= 2, 120, "two completed scheduled runs in `runs`", serve.output)
        first_two = time.monotonic() - started
        assert serve.proc.poll() is None, serve.output()
    finally:
        stop_seconds = serve.stop(signal.SIGTERM)
    print(
        f"\n[measure] serve start → 2 scheduled runs recorded: {first_two:.1f}s; SIGTERM → all gone {stop_seconds:.1f}s"
    )
    assert serve.proc.returncode == 0, serve.output()
    assert "stopped; schedules paused" in serve.output()

    runs = completed()
    assert len(runs) >= 2
    # The warehouse was loaded once and then found unchanged: updated, never duplicated.
    assert runs[0][1] == 5 and runs[0][3] == 5
    assert all(r[1] == 0 and r[2] == 5 for r in runs[1:])
    assert read_warehouse(db, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [(5, 5)]
    (sections,) = read_warehouse(db, "SELECT count(*) FROM sections")[0]
    assert read_warehouse(db, "SELECT count(*) FROM (SELECT DISTINCT article_id, ordinal FROM sections)") == [
        (sections,)
    ]
    # Every row the runs wrote is a real Prefect flow run of the deployment, COMPLETED there too.
    prefect_runs = {r["id"]: r for r in prefect_server.flow_runs("ingest-pages")}
    for run_id, *_ in runs:
        assert prefect_runs[str(run_id)]["state_type"] == "COMPLETED"
        assert prefect_runs[str(run_id)]["auto_scheduled"] is True
    # No run is left RUNNING, and `cases runs` lists them with their deployment.
    assert read_warehouse(db, "SELECT count(*) FROM runs WHERE status = 'RUNNING'") == [(0,)]
    listed = subprocess.run(
        [*CASES, "runs", "--db", str(db), "--format", "json"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {r["deployment"] for r in rows} == {"ingest-pages"} and len(rows) >= 2
    # Stopping paused the schedule, so the server does not pile up runs nobody will execute.
    deployment = next(
        d
        for d in httpx.post(f"{prefect_server.api_url}/deployments/filter", json={}, timeout=10, trust_env=False).json()
        if d["name"] == "ingest-pages"
    )
    assert deployment["paused"] is True


def test_failed_scheduled_run_is_recorded_and_alerted(prefect_server: PrefectServer, tmp_path: Path) -> None:
    """A scheduled run that cannot get the warehouse fails plainly, lands in `runs` and raises an alert."""
    from warehouse.run_journal import read_pending
    from warehouse.run_lock import run_lock

    db, alerts = tmp_path / "cases.duckdb", tmp_path / "alerts.jsonl"
    env = prefect_server.env(CASES_DB=str(db), CASES_LOCK_WAIT="1", CASES_ALERT_FILE=str(alerts))
    with run_lock(db, run_id="a-long-crawl", flow_name="crawl"):  # another run holds the warehouse
        serve = ServedProcess.start(
            "serve-failing",
            [*CASES, "serve", "--only", "ingest-pages", "--interval", "30", "--poll", "2", str(SEEDS)],
            env,
            tmp_path,
        )
        try:
            wait_for(lambda: bool(read_pending(db)), 120, "a failed run in the pending journal", serve.output)
            wait_for(lambda: alerts.exists() and alerts.read_text().strip() != "", 60, "an alert", serve.output)
        finally:
            serve.stop(signal.SIGTERM)
    failed = read_pending(db)[0]
    assert failed["status"] == "FAILED" and failed["deployment"] == "ingest-pages"
    assert "WarehouseBusy" in str(failed["error"]) and "a-long-crawl" in str(failed["error"])
    alert = json.loads(alerts.read_text().splitlines()[0])
    assert alert["run_id"] == failed["run_id"]
    prefect_runs = {r["id"]: r for r in prefect_server.flow_runs("ingest-pages")}
    assert prefect_runs[str(failed["run_id"])]["state_type"] == "FAILED"
    # `cases runs` shows it before any run has written; the next writer files it into `runs`.
    listed = subprocess.run(
        [*CASES, "runs", "--db", str(db)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert listed.returncode == 0 and "FAILED*" in listed.stdout and "ingest/ingest-pages" in listed.stdout, (
        listed.stdout + listed.stderr
    )
    with run_lock(db, run_id="test", flow_name="test"):
        from warehouse.db import connect
        from warehouse.run_journal import reconcile_runs
        from warehouse.run_lock import RunLock

        with connect(db) as con:
            reconcile_runs(con, db, RunLock(db, {"run_id": "test"}, None, 0.0))
    assert read_warehouse(db, "SELECT status, deployment FROM runs WHERE run_id = ?", [failed["run_id"]]) == [
        ("FAILED", "ingest-pages")
    ]
