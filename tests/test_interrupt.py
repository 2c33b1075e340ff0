"""Ctrl-C and SIGTERM end a run promptly: the lock is released and the run recorded with its counts so far.

A real `cases ingest` process, against the test session's Prefect API, over enough real files for
several batches; the signal arrives while it loads.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import pytest

from tests.conftest import ROOT, SEEDS, query
from warehouse.run_lock import describe_holder


@pytest.fixture
def many_pages(tmp_path: Path) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(400):
        shutil.copy(seeds[i % len(seeds)], folder / f"{i:04d}.txt")
    return folder


@dataclass
class Ingest:
    process: subprocess.Popen[str]
    lines: list[str]

    def output(self, timeout: float = 30) -> str:
        self.process.wait(timeout=timeout)
        self.reader.join(timeout=10)
        return "".join(self.lines)

    reader: threading.Thread = field(default_factory=threading.Thread)


_PAGES_DONE = re.compile(r"ingest: (\d+)(?:/\d+)? pages done")


def _batches_loaded(lines: list[str], batch_size: int = 10) -> int:
    """Batches in the warehouse so far, from the run's progress line (one per loaded batch, off a terminal)."""
    done = [int(m.group(1)) for line in list(lines) if (m := _PAGES_DONE.search(line))]
    return max(done, default=0) // batch_size


def start_ingest(folder: Path, db: Path, batches: int = 2) -> Ingest:
    """`cases ingest` in batches of 10 against the session's Prefect API; returns once `batches` have loaded."""
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value()), "PYTHONUNBUFFERED": "1"}
    cases = str(Path(sys.executable).parent / "cases")
    process = subprocess.Popen(
        [cases, "ingest", str(folder), "--db", str(db), "--batch-size", "10"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    assert process.stdout is not None
    reader = threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True)  # type: ignore[arg-type]
    reader.start()
    deadline = time.monotonic() + 150
    loaded = 0
    while loaded < batches and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
        loaded = _batches_loaded(lines)
    assert loaded >= batches and process.poll() is None, "".join(lines)[-3000:]
    return Ingest(process, lines, reader)


@pytest.mark.timeout(300)
def test_a_killed_run_shows_its_real_counts(many_pages: Path, db: Path, prefect_api: None) -> None:
    run = start_ingest(many_pages, db)
    workers = psutil.Process(run.process.pid).children(recursive=True)
    assert workers, "the run has no worker processes to orphan"
    run.process.kill()  # SIGKILL: no handler, no finally
    run.output()
    # its pool's workers do not outlive it (tasks/worker_start.exit_with_parent)
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert not alive, [p.cmdline()[:3] for p in alive]
    cases = str(Path(sys.executable).parent / "cases")
    shown = subprocess.run(
        [cases, "runs", "--db", str(db), "--format", "json"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    (row,) = [json.loads(line) for line in shown.stdout.splitlines()]
    loaded = query(db, "SELECT count(*) FROM articles")[0][0]
    assert row["status"] == "CRASHED" and "no longer holds the run lock" in row["error"]
    assert row["n_articles"] > 0 and row["n_articles"] >= loaded - 10, (row, loaded)  # up to the last batch
    spool = db.with_name(db.name + ".spool")  # flows/spool.py: a killed run cannot remove its directory
    assert spool.is_dir(), "the killed run handed its results over through files"
    # The next writer records it so, keeping the counts.
    from flows.ingest import ingest

    ingest(paths=[str(SEEDS / "000_48b2992bbe46c692.txt")], db=str(db))
    ((status, n_articles, error),) = query(
        db, f"SELECT status, n_articles, error FROM runs WHERE run_id = '{row['run_id']}'"
    )
    assert (status, n_articles) == ("CRASHED", row["n_articles"]) and "killed or crashed" in error
    assert not spool.exists(), "the next run removes what the killed one left, loading none of it"
    assert query(db, "SELECT count(*) FROM articles") == [(loaded + 1,)]


@pytest.mark.timeout(300)
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_ends_the_run_promptly_and_records_it(
    many_pages: Path, db: Path, prefect_api: None, signum: signal.Signals
) -> None:
    run = start_ingest(many_pages, db)
    process = run.process
    try:
        process.send_signal(signum)
        sent = time.monotonic()
        output = run.output()
        took = time.monotonic() - sent
    finally:
        if process.poll() is None:
            process.kill()
    assert took < 15, f"ended {took:.1f}s after the signal"
    assert process.returncode != 0
    assert "interrupted" in output, output[-2000:]
    assert describe_holder(db) is None, "the run lock is released"
    ((status, n_inputs, n_articles, error),) = query(db, "SELECT status, n_inputs, n_articles, error FROM runs")
    assert status == "CANCELLED" and "interrupted" in error and signum.name in error, error
    assert 0 < n_articles == n_inputs < 400, "every input counted is one of the articles loaded"
    assert query(db, "SELECT count(*) FROM articles") == [(n_articles,)], "the counts are what was loaded"
    assert not db.with_name(db.name + ".spool").exists(), "an interrupted run removes its spool (flows/spool.py)"


def test_a_run_left_inside_an_open_transaction_still_records_its_end(db: Path) -> None:
    """A signal inside COMMIT leaves the batch's transaction open; the run's row must still be written."""
    from warehouse.db import connect
    from warehouse.load import LoadCounts, finish_run, start_run

    with connect(str(db)) as con:
        start_run(con, "run-open", "ingest", str(db), {})
        con.execute("BEGIN TRANSACTION")
        con.execute("UPDATE runs SET n_articles = 99 WHERE run_id = 'run-open'")  # the uncommitted batch
        finish_run(con, "run-open", "CANCELLED", 3, LoadCounts(loaded=2), "interrupted by SIGTERM")
    assert query(db, "SELECT status, n_inputs, n_articles, error FROM runs") == [
        ("CANCELLED", 3, 2, "interrupted by SIGTERM")
    ]
