"""The run journal: `runs` rows that could not be written wait in a file beside the warehouse.

A run refused by the run lock (warehouse/run_lock.py), by another DuckDB client holding the file,
or by a schema it cannot migrate has no warehouse to record itself in. It appends its `runs` row
to `<db>.pending-runs.jsonl` instead; the next run that gets the lock moves those rows into `runs`
(`reconcile_runs`) and closes a dead holder's RUNNING row as CRASHED. `exclusive_run` is the frame
of a writing run that does both.

Appends and the reconciler's read-then-empty take an exclusive flock on the journal, so a row
appended while the journal is being reconciled waits for it and is never emptied away unread.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from warehouse.db import WarehouseBusy, connect, db_path
from warehouse.migrate import SchemaDrift
from warehouse.run_lock import RunLock, run_lock


def pending_path(db: str | os.PathLike[str] | None = None) -> Path:
    """Runs that could not write their `runs` row (the warehouse was busy) wait here for the next writer."""
    target = db_path(db)
    return target.with_name(target.name + ".pending-runs.jsonl")


def journal_run(db: str | os.PathLike[str] | None, row: dict[str, object]) -> None:
    """Append one `runs` row to the pending journal (under its flock: never between a reconciler's read
    and its truncate)."""
    path = pending_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(row, ensure_ascii=False, default=str) + "\n").encode("utf-8")
    with open(path, "ab") as journal:
        fcntl.flock(journal, fcntl.LOCK_EX)  # released when the file closes, after the write is flushed
        journal.write(line)


def _rows(text: str) -> list[dict[str, object]]:
    rows = []
    for line in text.splitlines():
        with suppress(ValueError):
            rows.append(json.loads(line))
    return [r for r in rows if isinstance(r, dict) and r.get("run_id")]


def read_pending(db: str | os.PathLike[str] | None = None) -> list[dict[str, object]]:
    """The journaled runs, for showing (`cases runs`); a line being appended right now may be missing."""
    path = pending_path(db)
    if not path.exists():
        return []
    return _rows(path.read_text(encoding="utf-8"))


_RUN_COLUMNS = (
    "run_id, flow_name, deployment, status, started_at, finished_at, n_inputs, n_articles, n_unchanged, "
    "n_quarantined, n_failed, db_path, error, parameters"
)


def reconcile_runs(con: object, db: str | os.PathLike[str] | None, lock: RunLock) -> int:
    """Under the lock: close a dead holder's RUNNING row as CRASHED and move journaled runs into `runs`."""
    now = datetime.now(UTC).replace(tzinfo=None)
    changed = 0
    dead = (lock.previous_holder or {}).get("run_id")
    if dead:
        changed += len(
            con.execute(  # type: ignore[attr-defined]
                """UPDATE runs SET status = 'CRASHED', finished_at = ?, error = coalesce(error, ?)
                   WHERE run_id = ? AND status = 'RUNNING' RETURNING run_id""",
                [
                    now,
                    f"the run's process ended while writing (pid {lock.previous_holder.get('pid')}, killed or "
                    f"crashed); its completed batches are kept, found by run {lock.holder.get('run_id')}",
                    dead,
                ],
            ).fetchall()
        )
    path = pending_path(db)
    if not path.exists():
        return changed
    with open(path, "r+b") as journal:
        fcntl.flock(journal, fcntl.LOCK_EX)  # appends wait until the rows read here are emptied away
        rows = _rows(journal.read().decode("utf-8", "replace"))
        for r in rows:
            # A run that got as far as its RUNNING row is closed; one that never wrote is inserted.
            closed = con.execute(  # type: ignore[attr-defined]
                """UPDATE runs SET status = ?, finished_at = ?, error = ? WHERE run_id = ? AND status = 'RUNNING'
                   RETURNING run_id""",
                [r.get("status") or "FAILED", r.get("finished_at") or now, r.get("error"), r["run_id"]],
            ).fetchall()
            if closed:
                continue
            con.execute(  # type: ignore[attr-defined]
                f"INSERT OR IGNORE INTO runs ({_RUN_COLUMNS}) VALUES ({', '.join('?' * 14)})",
                [
                    r["run_id"],
                    r.get("flow_name") or "?",
                    r.get("deployment"),
                    r.get("status") or "FAILED",
                    r.get("started_at") or now,
                    r.get("finished_at"),
                    0,
                    0,
                    0,
                    0,
                    0,
                    r.get("db_path") or str(db_path(db)),
                    r.get("error"),
                    r.get("parameters"),
                ],
            )
        if rows:
            journal.truncate(0)
    return changed + len(rows)


@contextmanager
def exclusive_run(
    db: str | os.PathLike[str] | None,
    *,
    run_id: str,
    flow_name: str,
    parameters: dict[str, object] | None = None,
    deployment: str | None = None,
    wait_seconds: float | None = None,
) -> Iterator[RunLock]:
    """A writing run's frame: take the run lock (bounded wait), tidy `runs`, run the body, release.

    When the lock cannot be had in time (or the file itself stays held by some other DuckDB client)
    the run is journaled as FAILED so that `runs` records it once the next writer gets the lock, and
    WarehouseBusy propagates; so is a run refused because the file's schema cannot be migrated
    (SchemaDrift: `cases runs` shows it from the journal).
    """
    started = datetime.now(UTC).replace(tzinfo=None)

    def journal_busy(exc: Exception) -> None:
        journal_run(
            db,
            {
                "run_id": run_id,
                "flow_name": flow_name,
                "deployment": deployment,
                "status": "FAILED",
                "started_at": started.isoformat(sep=" "),
                "finished_at": datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" "),
                "db_path": str(db_path(db)),
                "error": f"{type(exc).__name__}: {exc}",
                "parameters": json.dumps(parameters or {}, ensure_ascii=False, default=str),
            },
        )

    stack = ExitStack()
    try:
        lock = stack.enter_context(run_lock(db, run_id=run_id, flow_name=flow_name, wait_seconds=wait_seconds))
    except WarehouseBusy as exc:
        journal_busy(exc)
        raise
    with stack:
        try:
            if lock.previous_holder or read_pending(db):
                with connect(db) as con:
                    reconcile_runs(con, db, lock)
            yield lock
        except (WarehouseBusy, SchemaDrift) as exc:  # held by another client, or refused: could not record it
            journal_busy(exc)
            raise
