"""The run journal against a real DuckDB file: journaled runs reach `runs`, and none is lost on the way."""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb

from warehouse.db import connect
from warehouse.run_journal import journal_run, pending_path, read_pending, reconcile_runs
from warehouse.run_lock import RunLock, lock_path


def _row(run_id: str) -> dict[str, object]:
    return {"run_id": run_id, "flow_name": "ingest", "status": "FAILED", "started_at": "2026-11-28 11:00:00"}


class _AppendsMidway:
    """A connection that, at its first statement, has another thread journal a run (as a refused run
    would) and gives it half a second: an unguarded read-then-truncate empties that row away unread."""

    def __init__(self, con: duckdb.DuckDBPyConnection, db: Path) -> None:
        self.con, self.db = con, db
        self.late = threading.Thread(target=journal_run, args=(db, _row("late")))

    def execute(self, *args: object) -> duckdb.DuckDBPyConnection:
        if not self.late.is_alive() and self.late.ident is None:
            self.late.start()
            self.late.join(0.5)
        return self.con.execute(*args)


def test_a_run_journaled_during_reconciliation_is_kept_for_the_next(tmp_path: Path) -> None:
    db = tmp_path / "cases.duckdb"
    journal_run(db, _row("early"))
    lock = RunLock(lock_path(db), {"run_id": "reconciler"}, None, 0.0)
    with connect(db) as con:
        midway = _AppendsMidway(con, db)
        assert reconcile_runs(midway, db, lock) == 1
        midway.late.join(10)
        assert not midway.late.is_alive()
        assert con.execute("SELECT run_id, status FROM runs").fetchall() == [("early", "FAILED")]
        assert [r["run_id"] for r in read_pending(db)] == ["late"]
        assert reconcile_runs(con, db, lock) == 1
        assert con.execute("SELECT run_id FROM runs ORDER BY run_id").fetchall() == [("early",), ("late",)]
    assert pending_path(db).read_text() == ""
