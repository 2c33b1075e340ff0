"""bench/scale.py's `ingest`: a CLI that dies leaving workers behind neither hangs the bench nor leaves them running.

Real processes: a stand-in for `cases ingest` starts a child that keeps the CLI's stdout and stderr open (as pool
workers do) and exits with an error at once. Before, the bench read the pipes to their end and waited for the child.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import psutil
import pytest

from bench import scale

ORPHAN_SECONDS = 60

DYING_CLI = f"""
import subprocess, sys
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep({ORPHAN_SECONDS})"])
open(sys.argv[1], "w").write(str(child.pid))
print("a worker is left behind", flush=True)
sys.exit(3)
"""


def test_a_dying_cli_fails_the_run_at_once_and_its_orphans_are_killed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli, pid_file = tmp_path / "cli.py", tmp_path / "orphan.pid"
    cli.write_text(DYING_CLI, encoding="utf-8")
    monkeypatch.setattr(scale, "CASES", [sys.executable, str(cli), str(pid_file)])
    server = SimpleNamespace(env=dict(os.environ))
    started = time.monotonic()
    with pytest.raises(RuntimeError, match=r"failed \(3\)[\s\S]*a worker is left behind"):
        scale.ingest(server, tmp_path / "w.duckdb", [], workers=1, batch_size=1)  # type: ignore[arg-type]
    assert time.monotonic() - started < ORPHAN_SECONDS / 2, "the bench waited for the orphan to close the pipes"
    orphan = int(pid_file.read_text(encoding="utf-8"))
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _running(orphan):
        time.sleep(0.05)
    assert not _running(orphan), "the CLI's leftover child still runs"


def _running(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.mark.slow  # Prefect's temporary API, four times
def test_the_one_page_bench_times_both_sides_and_the_floor(capsys: pytest.CaptureFixture[str]) -> None:
    from bench import one_page

    assert one_page.main(["--base", str(scale.ROOT), "--pairs", "1"]) == 0
    out = capsys.readouterr().out
    assert "pair 1: base" in out and "pair 1: head" in out and "empty flow" in out
    assert out.strip().splitlines()[-1].startswith("medians: base ")
