"""Batch results handed from the workers to the writer through files (the spool), not through memory.

Why: Prefect's process pool hands a task's result back whole: the worker cloudpickles it and holds the
result and its pickle at once (and multiprocessing pickles those bytes again into the pipe), and the
writer keeps each batch's pickled result in its future until it takes it, up to `2 x workers` batches
in flight. Both peaks grew with the batch, and batches grow from 200 to 400 pages after 2,000 inputs
(flows/batching.py), so a run's peak grew with its corpus (docs/figures.md, "Results handed over
through files"). Here a worker pickles its batch's result straight into a file (the pickler streams
it in frames: no second copy in memory) and returns only a `Spooled` descriptor; the writer loads the
file when the batch is due, one batch at a time, and deletes it once the batch's transaction has
committed. Measured (bench.batch_size, 4,000 generated pages, a loaded machine): a worker's peak 592 -> 552
MiB at batches of 200, 727 -> 642 at 400; the writer's 482 -> 405 and 551 -> 426; no CPU cost seen (a
batch of 400 pickles to 21.5 MiB either way; bench.handover).

Only where the workers share the writer's file system: the local process pool always, a Dask cluster
only when the run sends inputs as paths (`--shared-fs`); otherwise results travel in memory as before.
Even then a worker writes only into the run's own directory, which the writer made: a worker that does
not see it (another machine after all) hands its result back in memory.

Where: `<warehouse>.spool/<run id>/` beside the warehouse ($CASES_SPOOL_DIR: another directory), not
the system's temp dir, because (1) the warehouse's run lock covers it: a run holds that lock, so
whatever it finds in its warehouse's spool when it starts was left by a killed run and is removed then
(never loaded: the killed run's batches that committed are in the warehouse, the rest are derived again);
(2) it is on the disk the operator sized for the warehouse, whereas /tmp is often a RAM-backed tmpfs,
where the files would take the memory this saves; (3) a cluster on shared storage sees the
warehouse's directory more often than one machine's /tmp. Each run removes its own directory when it
ends, also on an error. $CASES_HANDOVER=memory turns the spool off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tasks.records import Failure
from tasks.settings import choice_setting

SUFFIX = ".spool"


def spool_root(db: str) -> Path:
    """The warehouse's spool: `<db>.spool` beside it, or under $CASES_SPOOL_DIR one per warehouse (named
    after the file and a hash of its path, so that two warehouses never clean each other's)."""
    chosen = os.environ.get("CASES_SPOOL_DIR")
    path = Path(db)
    if not chosen:
        return path.with_name(path.name + SUFFIX)
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:12]
    return Path(chosen).expanduser().resolve() / f"{path.name}-{digest}{SUFFIX}"


def handover_in_files() -> bool:
    """Whether runs hand results over through files ($CASES_HANDOVER: files, the default, or memory)."""
    return choice_setting("CASES_HANDOVER") == "files"


class UnreadableResult(Exception):
    """A spool file that could not be read back: its batch's inputs are recorded as failures."""


@dataclass(frozen=True)
class Spooled:
    """What a worker returns for a batch whose result it wrote to a spool file.

    `inputs`: the batch's inputs (paths or URLs, and the failures it was sent), so that a file that cannot
    be read back still accounts for each of them: a recorded failure, never a silent loss.
    """

    path: str
    inputs: list[str | Failure]

    def load(self) -> Any:
        """The result, read back; UnreadableResult if the file is missing, cut short or not a result."""
        try:
            with open(self.path, "rb") as file:
                return pickle.load(file)
        except Exception as exc:  # whatever the file holds or lacks, its batch is a recorded failure
            raise UnreadableResult(f"{self.path}: {type(exc).__name__}: {exc}") from exc

    def discard(self) -> None:
        """Delete the file (its batch is committed, or recorded as failed)."""
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)


def spool_result(result: Any, directory: str, inputs: list[str | Failure]) -> Any:
    """In a worker: write `result` into the run's spool directory and return its `Spooled` descriptor;
    return `result` itself when the file cannot be written (no such directory here, disk full).

    The file appears under its final name only once complete (written to a `.part` name, then renamed),
    and the directory is never created here: it is the run's, made by the writer (see the module's doc).
    """
    name = uuid.uuid4().hex
    part, final = os.path.join(directory, f"{name}.part"), os.path.join(directory, f"{name}.pickle")
    try:
        with open(part, "xb") as file:
            pickle.dump(result, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, final)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(part)
        return result
    return Spooled(final, inputs)


def clear_stale(db: str) -> None:
    """When a run starts, under the warehouse's run lock (so no other run uses this spool): remove what
    killed runs left in it. Their batches that committed are in the warehouse; the others are derived
    again by this run, never loaded from here. Every run does it, with a spool of its own or not."""
    root = spool_root(db)
    if root.is_dir():
        for entry in root.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    entry.unlink()
        with contextlib.suppress(OSError):
            root.rmdir()


class Spool:
    """A run's spool directory, `<root>/<run id>/`: made when the run sends its first batches (after
    `clear_stale`), removed when the run ends, also on an error."""

    def __init__(self, db: str, run_id: str) -> None:
        self.root = spool_root(db)
        self.directory = self.root / (run_id or "local")

    def open(self) -> Spool:
        self.directory.mkdir(parents=True, exist_ok=True)
        return self

    def close(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)
        with contextlib.suppress(OSError):
            self.root.rmdir()  # only when empty
