"""`cases serve` stopped while a scheduled run is going: the run finishes, then the server stops.

Real processes as an operator runs them (`cases server`, `cases serve`); the stop waits through the
public Prefect API and the run's own process, so a run in flight ends COMPLETED, never overwritten
with Cancelled by the shutdown.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from tests.servers import CASES, SEEDS, PrefectServer, ServedProcess, read_warehouse


def test_sigterm_during_a_run_lets_it_finish(prefect_server: PrefectServer, tmp_path: Path) -> None:
    db = tmp_path / "cases.duckdb"
    serve = ServedProcess.start(
        "serve-drain",
        [*CASES, "serve", "--only", "ingest-pages", "--interval", "5", "--poll", "1", "--grace", "90", str(SEEDS)],
        prefect_server.env(CASES_DB=str(db)),
        tmp_path,
    )
    try:
        deadline = time.monotonic() + 150
        running: list[dict[str, object]] = []
        while not running:
            if time.monotonic() > deadline or serve.proc.poll() is not None:
                pytest.fail(f"no scheduled run seen RUNNING\n{serve.output()[-3000:]}")
            running = [r for r in prefect_server.flow_runs("ingest-pages") if r["state_type"] == "RUNNING"]
            time.sleep(0.2)
    finally:
        serve.stop(signal.SIGTERM, timeout=120)
    out = serve.output()
    assert serve.proc.returncode == 0, out[-3000:]
    assert "SIGTERM received: no new runs" in out and "stopped; schedules paused" in out
    (run,) = running
    after = {r["id"]: r for r in prefect_server.flow_runs("ingest-pages")}
    assert after[run["id"]]["state_type"] == "COMPLETED", (after[run["id"]]["state"], out[-3000:])
    assert not [r for r in after.values() if (r["state"] or {}).get("message") == "Runner is shutting down."]
    assert read_warehouse(db, "SELECT status FROM runs WHERE run_id = ?", [run["id"]]) == [("COMPLETED",)]
