"""The run lock: at most one run writes a warehouse at a time, across processes.

DuckDB itself allows one writing process per file, but a run opens and closes its connection per
batch, so two runs could interleave their batches (and their `runs` rows). `run_lock(db)` makes
"one writing run at a time" explicit: an exclusive `fcntl.flock` on `<db>.lock`, taken for a whole
run, waited for with bounded backoff, then refused with `WarehouseBusy` and a plain message.

The kernel drops a flock when its holder dies, so a killed run never leaves the warehouse locked.
The lock file keeps the holder's description (pid, run id, since when) while it is held: a waiting
run names who it waits for, and the next holder learns the run id of a holder that died without
releasing cleanly (`RunLock.previous_holder`), so its `runs` row can be closed as CRASHED.

Runs that could not record themselves wait in the run journal (warehouse/run_journal.py).

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
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tenacity import retry_if_exception_type

from tasks.backoff import until_deadline
from warehouse.db import WarehouseBusy, db_path

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
        polling = until_deadline(  # 0.05 s, doubling up to 2 s, never past the deadline
            max(0.0, deadline - time.monotonic()), first=0.05, cap=2.0, retry=retry_if_exception_type(BlockingIOError)
        )
        try:
            polling(fcntl.flock, fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
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
