"""Real servers and processes for tests: `cases server` on a free loopback port, processes in their
own sessions, and the waits an operator would do. Used by the schedule, concurrency and server tests;
the session's `prefect_server` fixture lives in tests/conftest.py.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = [sys.executable, "-m", "flows.cli"]
SEEDS = ROOT / "seeds" / "pages"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def session_members(sid: int) -> list[tuple[int, str]]:
    """Live (non-zombie) processes of session `sid`, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp session ...
        rest = stat[stat.rindex(")") + 2 :].split()
        state, session = rest[0], int(rest[3])
        if session == sid and state not in ("Z", "X"):
            found.append((int(entry.name), stat[stat.index("(") + 1 : stat.rindex(")")]))
    return found


def base_env(prefect_home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "CASES_"))}
    env.update(
        {
            "PREFECT_HOME": str(prefect_home),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_LOGGING_LEVEL": "INFO",
            "PYTHONUNBUFFERED": "1",
            "CASES_ALERT_FILE": "off",
            "NO_PROXY": "127.0.0.1,localhost",
        }
    )
    return env


@dataclass
class ServedProcess:
    """A CLI process in its own session, its output in a log file."""

    name: str
    proc: subprocess.Popen[bytes]
    log: Path

    @classmethod
    def start(cls, name: str, args: list[str], env: dict[str, str], logs: Path) -> ServedProcess:
        log = logs / f"{name}.log"
        fh = log.open("wb")
        proc = subprocess.Popen(
            args,
            cwd=ROOT,
            env=env,
            stdout=fh,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            stdin=subprocess.DEVNULL,
        )
        fh.close()
        return cls(name, proc, log)

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 45.0) -> float:
        """Signal the process, wait for it and its whole session; SIGKILL what is left. Returns seconds taken."""
        started = time.monotonic()
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=timeout)
        deadline = time.monotonic() + 15
        while session_members(self.proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        taken = time.monotonic() - started
        left = session_members(self.proc.pid)
        if left or self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        assert self.proc.poll() is not None, f"{self.name} still running"
        assert not left, f"{self.name} left processes behind: {left}\n{self.output()[-3000:]}"
        return taken


@dataclass
class PrefectServer:
    port: int
    home: Path
    process: ServedProcess
    start_seconds: float

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def env(self, **extra: str) -> dict[str, str]:
        env = base_env(self.home)
        env["PREFECT_API_URL"] = self.api_url
        env.update(extra)
        return env

    def flow_runs(self, deployment_name: str) -> list[dict[str, object]]:
        deployments = httpx.post(f"{self.api_url}/deployments/filter", json={}, timeout=10, trust_env=False).json()
        ids = [d["id"] for d in deployments if d["name"] == deployment_name]
        if not ids:
            return []
        body = {"flow_runs": {"deployment_id": {"any_": ids}}}
        return httpx.post(f"{self.api_url}/flow_runs/filter", json=body, timeout=10, trust_env=False).json()


def start_server(tmp: Path, ui: bool = False) -> PrefectServer:
    port = free_port()
    home = tmp / "prefect-home"
    args = [*CASES, "server", "--port", str(port)] + ([] if ui else ["--no-ui"])
    started = time.monotonic()
    process = ServedProcess.start("server", args, base_env(home), tmp)
    deadline = started + 150
    while True:
        if process.proc.poll() is not None:
            pytest.fail(f"cases server exited early:\n{process.output()[-3000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2, trust_env=False).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            process.stop()
            pytest.fail(f"cases server not ready in 150 s:\n{process.output()[-3000:]}")
        time.sleep(0.5)
    return PrefectServer(port, home, process, time.monotonic() - started)


def read_warehouse(db: Path, query: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    """A read-only query that retries while a run holds the file (as an operator's `cases sql` would)."""
    deadline = time.monotonic() + 30
    while True:
        try:
            con = duckdb.connect(str(db), read_only=True)
        except duckdb.IOException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
            continue
        try:
            return con.execute(query, params or []).fetchall()
        finally:
            con.close()


def wait_for(predicate: Callable[[], bool], timeout: float, what: str, on_fail: Callable[[], str] = str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}\n{on_fail()}")
        time.sleep(1.0)
