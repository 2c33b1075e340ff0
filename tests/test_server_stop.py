"""`cases server` (UI on) stops its whole process group on SIGTERM and on Ctrl-C: nothing keeps the port."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.servers import port_open, start_server

pytestmark = pytest.mark.server  # starts `cases server` itself (no fixture to mark it by)


def group_members(pgid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            rest = stat[stat.rindex(")") + 2 :].split()
            if int(rest[2]) == pgid and rest[0] not in ("Z", "X"):
                out.append(int(entry.name))
    return out


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


@pytest.mark.timeout(400)
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_server_stops_its_process_group(tmp_path: Path, signum: signal.Signals) -> None:
    server = start_server(tmp_path, ui=True)
    proc = server.process.proc
    # `prefect server start`, leading a group of its own, and the deriver (flows/warm_deriver.py) in that group
    kids = children(proc.pid)
    (child,) = [pid for pid in kids if os.getpgid(pid) == pid]
    assert len(kids) == 2 and {os.getpgid(pid) for pid in kids} == {child}
    assert set(kids) <= set(group_members(child))
    os.kill(proc.pid, signum)  # only the `cases server` process, as systemd or a terminal's kill would
    started = time.monotonic()
    proc.wait(timeout=60)
    took = time.monotonic() - started
    assert proc.returncode == 0 and "cases server: stopped" in server.process.output()
    assert group_members(child) == [], "nothing of the server's group outlives it"
    assert not port_open(server.port), "the port is free again"
    assert took < 30, took
