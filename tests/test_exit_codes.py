"""Exit codes for cron and CI: non-zero when nothing could be read, and with --strict when anything failed.

The real `cases ingest` process against the test session's Prefect API, real files, a real FIFO.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, query

pytestmark = pytest.mark.usefixtures("prefect_api")


def cases(*args: str) -> subprocess.CompletedProcess[str]:
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    command = [str(Path(sys.executable).parent / "cases"), *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)


@pytest.mark.timeout(600)
def test_exit_codes_of_ingest(tmp_path: Path, db: Path) -> None:
    os.mkfifo(tmp_path / "pipe.html")
    missing = str(tmp_path / "missing.html")
    nothing = cases("ingest", str(tmp_path / "pipe.html"), missing, "--db", str(db))
    assert nothing.returncode == 4, nothing.stdout + nothing.stderr
    assert "nothing could be read (all 2 inputs failed)" in nothing.stderr
    assert query(db, "SELECT status, n_inputs, n_failed FROM runs") == [("COMPLETED", 2, 2)], "recorded all the same"

    good = tmp_path / "good.txt"
    shutil.copy(SEEDS / "000_48b2992bbe46c692.txt", good)
    lenient = cases("ingest", str(good), missing, "--db", str(db))
    assert lenient.returncode == 0, lenient.stderr
    strict = cases("ingest", str(good), missing, "--db", str(db), "--strict")
    assert strict.returncode == 5 and "--strict: 1 inputs failed" in strict.stderr, strict.stderr
    clean = cases("ingest", str(good), "--db", str(db), "--strict")
    assert clean.returncode == 0, clean.stderr
