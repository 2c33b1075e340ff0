"""Ctrl-C and SIGTERM end a run promptly: the lock is released and the run recorded with its counts so far.

A real `cases ingest` process, against the test session's Prefect API, over enough real files for
several batches; the signal arrives while it loads.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, query
from warehouse.lock import describe_holder


@pytest.fixture
def many_pages(tmp_path: Path) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(400):
        shutil.copy(seeds[i % len(seeds)], folder / f"{i:04d}.txt")
    return folder


@pytest.mark.timeout(300)
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_ends_the_run_promptly_and_records_it(
    many_pages: Path, db: Path, prefect_api: None, signum: signal.Signals
) -> None:
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    cases = str(Path(sys.executable).parent / "cases")
    process = subprocess.Popen(
        [cases, "ingest", str(many_pages), "--db", str(db), "--batch-size", "10"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while describe_holder(db) is None and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(4)  # a few batches land
        assert process.poll() is None, "still running when the signal comes"
        process.send_signal(signum)
        sent = time.monotonic()
        output, _ = process.communicate(timeout=30)
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
    assert 0 < n_articles <= n_inputs < 400
    assert query(db, "SELECT count(*) FROM articles") == [(n_articles,)], "the counts are what was loaded"
