"""No two runs write the warehouse at once: the run lock, for real, across processes.

Runs are real `cases ingest` processes against a real Prefect server (the session's `cases server`,
the `prefect_server` fixture) and real DuckDB files; the lock is held from this process or from a
child that is killed, the way a long run or a crash would hold it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.servers import CASES, ROOT, SEEDS, PrefectServer, read_warehouse, session_members
from warehouse.db import WarehouseBusy
from warehouse.run_journal import exclusive_run, pending_path
from warehouse.run_lock import describe_holder, run_lock

HOLDER = textwrap.dedent(
    """
    import sys, time
    from warehouse.db import connect
    from warehouse.load import start_run
    from warehouse.run_journal import exclusive_run
    db = sys.argv[1]
    with exclusive_run(db, run_id="run-killed", flow_name="ingest"):
        con = connect(db)
        start_run(con, "run-killed", "ingest", db, {}, "ingest-pages")
        con.close()
        print("holding", flush=True)
        time.sleep(600)
    """
)


def _hold_in_child(db: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "holding"
    return child


def test_busy_lock_waits_bounded_then_fails_plainly(tmp_path: Path) -> None:
    db = tmp_path / "cases.duckdb"
    child = _hold_in_child(db)
    try:
        holder = describe_holder(db)
        assert holder is not None and holder["run_id"] == "run-killed" and holder["pid"] == child.pid
        started = time.monotonic()
        with pytest.raises(WarehouseBusy) as caught, run_lock(db, run_id="second", wait_seconds=1.5):
            pytest.fail("got a lock another process holds")
        waited = time.monotonic() - started
        assert 1.4 <= waited < 5, waited
        message = str(caught.value)
        assert "run-killed" in message and f"pid {child.pid}" in message and "did not write anything" in message
    finally:
        child.kill()
        child.wait(timeout=10)
    assert describe_holder(db) is None  # the kernel dropped the dead holder's lock


def test_killed_run_is_closed_as_crashed_by_the_next(tmp_path: Path) -> None:
    db = tmp_path / "cases.duckdb"
    child = _hold_in_child(db)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert read_warehouse(db, "SELECT status FROM runs WHERE run_id = 'run-killed'") == [("RUNNING",)]
    with exclusive_run(db, run_id="next", flow_name="ingest", wait_seconds=5) as lock:
        assert lock.previous_holder and lock.previous_holder["run_id"] == "run-killed"
    (status, error) = read_warehouse(db, "SELECT status, error FROM runs WHERE run_id = 'run-killed'")[0]
    assert status == "CRASHED" and "killed or crashed" in error


def _ingest(server: PrefectServer, db: Path, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*CASES, "ingest", "--db", str(db), str(SEEDS)],
        cwd=ROOT,
        env=server.env(**env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _finish(proc: subprocess.Popen[str], timeout: float = 150) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=10)
        pytest.fail(f"cases ingest did not finish in {timeout:.0f}s\n{out[-2000:]}\n{err[-2000:]}")
    assert not session_members(proc.pid), "cases ingest left processes behind"
    return proc.returncode, out, err


def test_concurrent_runs_neither_corrupt_nor_double_load(prefect_server: PrefectServer, tmp_path: Path) -> None:
    """Two runs started together over the same pages: one loads, the other waits, then finds all unchanged."""
    db = tmp_path / "cases.duckdb"
    started = time.monotonic()
    # Hold the lock while both start, so that they really contend for it when it is released.
    with run_lock(db, run_id="test-holder", flow_name="test"):
        first, second = (
            _ingest(prefect_server, db, CASES_LOCK_WAIT="120"),
            _ingest(prefect_server, db, CASES_LOCK_WAIT="120"),
        )
        time.sleep(3)
        # The file is free of writers meanwhile: read-only use keeps working under a held run lock.
        sql = subprocess.run(
            [*CASES, "sql", "--db", str(db), "SELECT count(*) AS n FROM articles", "--format", "csv"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert sql.returncode in (0, 2), sql.stderr  # 2: no warehouse file yet (nobody has written)
    results = [_finish(first), _finish(second)]
    print(f"\n[measure] two concurrent ingests done in {time.monotonic() - started:.1f}s")
    for code, out, err in results:
        assert code == 0, f"{out[-2000:]}\n{err[-3000:]}"
    runs = read_warehouse(
        db, "SELECT status, n_inputs, n_articles, n_unchanged, started_at, finished_at FROM runs ORDER BY started_at"
    )
    assert [r[0] for r in runs] == ["COMPLETED", "COMPLETED"]
    assert sorted((r[2], r[3]) for r in runs) == [(0, 5), (5, 0)]  # loaded once, then found unchanged
    assert runs[0][5] <= runs[1][4]  # not interleaved: the second started writing after the first finished
    assert read_warehouse(db, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [(5, 5)]
    assert read_warehouse(db, "SELECT count(*) = count(DISTINCT (article_id, ordinal)) FROM sections") == [(True,)]
    assert read_warehouse(db, "SELECT count(*) FROM quarantine") == [(0,)]
    # The file is sound: a full checkpoint and a scan of every table succeed.
    import duckdb

    with duckdb.connect(str(db)) as con:
        con.execute("CHECKPOINT")
        for (table,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall():
            con.execute(f'SELECT count(*) FROM "{table}"').fetchone()


def test_run_that_stays_blocked_fails_plainly_and_is_recorded(prefect_server: PrefectServer, tmp_path: Path) -> None:
    db = tmp_path / "cases.duckdb"
    with run_lock(db, run_id="long-run", flow_name="crawl"):
        code, out, err = _finish(_ingest(prefect_server, db, CASES_LOCK_WAIT="2"))
        assert code == 3, f"{out[-2000:]}\n{err[-2000:]}"
        # our message, wherever Prefect's own shutdown lines (EventsWorker flushing) land around it
        ours = [line for line in err.splitlines() if line.startswith("cases ingest: the warehouse")]
        assert len(ours) == 1, err[-2000:]
        last = ours[0]
        assert "long-run (crawl" in last, last
        assert "stayed busy for 2s" in last
        # Nothing was written; the run waits in the journal, and `cases runs` already shows it.
        assert not db.exists() or read_warehouse(db, "SELECT count(*) FROM runs") == [(0,)]
        journal = [json.loads(line) for line in pending_path(db).read_text().splitlines()]
        assert len(journal) == 1 and journal[0]["status"] == "FAILED"
    listed = subprocess.run([*CASES, "runs", "--db", str(db)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    if db.exists():  # `cases runs` needs the warehouse file; the journal row is marked pending
        assert "FAILED*" in listed.stdout, listed.stdout + listed.stderr
    # The next run that writes moves it into `runs`.
    code, out, err = _finish(_ingest(prefect_server, db))
    assert code == 0, err[-3000:]
    rows = read_warehouse(db, "SELECT run_id, status, error FROM runs ORDER BY started_at")
    assert [r[1] for r in rows] == ["FAILED", "COMPLETED"]
    assert rows[0][0] == journal[0]["run_id"] and rows[0][2].startswith("WarehouseBusy: ")
    assert pending_path(db).read_text() == ""
