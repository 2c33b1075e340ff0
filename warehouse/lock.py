"""The run lock: at most one run writes a warehouse at a time, across processes.

DuckDB itself allows one writing process per file, but a run opens and closes its connection per
batch, so two runs could interleave their batches (and their `runs` rows). `run_lock(db)` makes
"one writing run at a time" explicit: an exclusive `fcntl.flock` on `<db>.lock`, taken for a whole
run, waited for with bounded backoff, then refused with `WarehouseBusy` and a plain message.

The kernel drops a flock when its holder dies, so a killed run never leaves the warehouse locked.
The lock file keeps the holder's description (pid, run id, since when) while it is held: a waiting
run names who it waits for, and the next holder learns the run id of a holder that died without
releasing cleanly (`RunLock.previous_holder`), so its `runs` row can be closed as CRASHED.

Readers (`cases sql`, `cases runs`) do not take this lock: they open DuckDB read-only, which works
whenever no connection is writing at that instant (and waits, bounded, when one is).
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warehouse.db import WarehouseBusy, db_path
from warehouse.migrate import SchemaDrift

DEFAULT_WAIT_SECONDS = 300.0  # override with $CASES_LOCK_WAIT (seconds)


def default_wait_seconds() -> float:
    raw = os.environ.get("CASES_LOCK_WAIT", "")
    try:
        return max(0.0, float(raw)) if raw.strip() else DEFAULT_WAIT_SECONDS
    except ValueError:
        return DEFAULT_WAIT_SECONDS


# Within one process: threads take turns through a per-file RLock; a thread that already holds the lock
# passes through nested run_lock() calls (flock on a second descriptor of the file would block against itself).
_thread_locks: dict[str, threading.RLock] = {}
_depth: dict[str, int] = {}
_guard = threading.Lock()


@dataclass
class RunLock:
    path: Path
    holder: dict[str, object]
    previous_holder: dict[str, object] | None  # set when the last holder died without releasing
    waited_seconds: float


def lock_path(db: str | os.PathLike[str] | None = None) -> Path:
    target = db_path(db)
    return target.with_name(target.name + ".lock")


def _read_holder(fd: int) -> dict[str, object] | None:
    with suppress(OSError):
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 4096).decode("utf-8", "replace").strip()
        if raw:
            with suppress(ValueError):
                found = json.loads(raw)
                return found if isinstance(found, dict) else None
    return None


def _write_holder(fd: int, holder: dict[str, object] | None) -> None:
    os.ftruncate(fd, 0)
    if holder is not None:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, (json.dumps(holder, ensure_ascii=False) + "\n").encode("utf-8"))


def describe_holder(db: str | os.PathLike[str] | None = None) -> dict[str, object] | None:
    """Who holds the run lock right now (None when nobody does). Never blocks."""
    path = lock_path(db)
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_holder(fd) or {"pid": "?"}
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


@contextmanager
def run_lock(
    db: str | os.PathLike[str] | None = None,
    *,
    run_id: str = "",
    flow_name: str = "",
    wait_seconds: float | None = None,
) -> Iterator[RunLock]:
    """Hold the warehouse's run lock for the body; wait up to `wait_seconds`, then raise WarehouseBusy."""
    wait = default_wait_seconds() if wait_seconds is None else wait_seconds
    path = lock_path(db)
    key = str(path)
    holder: dict[str, object] = {
        "pid": os.getpid(),
        "run_id": run_id,
        "flow_name": flow_name,
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    with _guard:
        in_process = _thread_locks.setdefault(key, threading.RLock())
    started = time.monotonic()
    if not in_process.acquire(timeout=max(wait, 0.0)):
        raise WarehouseBusy(
            f"the warehouse {db_path(db)} is being written by another run in this process and stayed busy for "
            f"{wait:.0f}s; this run did not write anything"
        )
    try:
        if _depth.get(key):  # this thread holds it already
            _depth[key] += 1
            try:
                yield RunLock(path, holder, None, 0.0)
            finally:
                _depth[key] -= 1
            return
        with _flock(db, path, holder, started + wait, wait) as (previous, waited):
            _depth[key] = 1
            try:
                yield RunLock(path, holder, previous, waited)
            finally:
                _depth[key] = 0
    finally:
        in_process.release()


@contextmanager
def _flock(
    db: str | os.PathLike[str] | None, path: Path, holder: dict[str, object], deadline: float, wait: float
) -> Iterator[tuple[dict[str, object] | None, float]]:
    """The cross-process part: an exclusive flock on the lock file, polled with backoff until `deadline`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        started = time.monotonic()
        delay = 0.05
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    other = _read_holder(fd) or {}
                    who = (
                        f"run {other.get('run_id') or '?'} ({other.get('flow_name') or '?'}, pid {other.get('pid')},"
                        f" since {other.get('since')})"
                        if other
                        else "another run"
                    )
                    raise WarehouseBusy(
                        f"the warehouse {db_path(db)} is being written by {who} and stayed busy for "
                        f"{wait:.0f}s; this run did not write anything. Try again when it has finished "
                        f"(`cases runs` lists runs; lock file {path})"
                    ) from None
                time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
                delay = min(delay * 2, 2.0)
        previous = _read_holder(fd)  # a clean release empties the file: anything left is from a dead holder
        _write_holder(fd, holder)
        try:
            yield previous, time.monotonic() - started
        finally:
            with suppress(OSError):
                _write_holder(fd, None)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


# --- the run's bookkeeping around the lock -------------------------------------------------------------------------


def pending_path(db: str | os.PathLike[str] | None = None) -> Path:
    """Runs that could not write their `runs` row (the warehouse was busy) wait here for the next writer."""
    target = db_path(db)
    return target.with_name(target.name + ".pending-runs.jsonl")


def journal_run(db: str | os.PathLike[str] | None, row: dict[str, object]) -> None:
    """Append one `runs` row to the pending journal (one short O_APPEND write: safe across processes)."""
    path = pending_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(row, ensure_ascii=False, default=str) + "\n").encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


def read_pending(db: str | os.PathLike[str] | None = None) -> list[dict[str, object]]:
    path = pending_path(db)
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        with suppress(ValueError):
            rows.append(json.loads(line))
    return [r for r in rows if isinstance(r, dict) and r.get("run_id")]


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
    rows = read_pending(db)
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
        os.truncate(pending_path(db), 0)
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
    from warehouse.db import connect

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
                con = connect(db)
                try:
                    reconcile_runs(con, db, lock)
                finally:
                    con.close()
            yield lock
        except (WarehouseBusy, SchemaDrift) as exc:  # held by another client, or refused: could not record it
            journal_busy(exc)
            raise
