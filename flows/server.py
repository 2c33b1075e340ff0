"""`cases server`: the project's Prefect server (API, scheduler, UI) in the foreground, on loopback.

It runs `python -m prefect server start` as a child in a process group of its own, with the
project's PREFECT_HOME (its SQLite database of flow runs, logs and schedules lives there), analytics
off, and the UI on when the installed prefect package ships its build (3.8.8 does:
prefect/server/ui/index.html). Ctrl-C and SIGTERM are passed to that whole group, so whatever the
server started (UI, services, workers) ends with it and nothing is left holding the port; what has
not ended after STOP_SECONDS is killed. The child also gets SIGTERM if this process dies first.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import flows  # noqa: F401  (project Prefect defaults: PREFECT_HOME, analytics off)
from flows import warm_deriver

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4200


def ui_build_present() -> bool:
    """Whether the installed prefect ships its UI build (pip wheels do; some source builds do not)."""
    import importlib.util

    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.origin:
        return False
    return (Path(spec.origin).parent / "server" / "ui" / "index.html").exists()


def running_api(timeout: float = 0.5) -> tuple[str, bool]:
    """The API a flow run would use ($PREFECT_API_URL, else this machine's `cases server`), and whether it answers."""
    import httpx

    url = os.environ.get("PREFECT_API_URL") or f"http://{DEFAULT_HOST}:{DEFAULT_PORT}/api"
    try:
        answers = httpx.get(url.rstrip("/") + "/health", timeout=timeout).status_code == 200
    except httpx.HTTPError:
        answers = False
    return url, answers


def use_running_server(verb: str) -> None:
    """Point this process at a running Prefect server when one answers, and say which API it uses.

    A flow run against a running `cases server` starts in about a second; without one, Prefect
    starts a temporary server first (6-17 s). $CASES_FIND_SERVER=0 turns the probe off.
    """
    if os.environ.get("CASES_FIND_SERVER", "1") == "0":
        return
    url, answers = running_api()
    if answers:
        os.environ["PREFECT_API_URL"] = url
        print(f"cases {verb}: using the Prefect server at {url}", file=sys.stderr)
    elif os.environ.get("PREFECT_API_URL"):
        print(f"cases {verb}: the Prefect server at {url} does not answer (PREFECT_API_URL)", file=sys.stderr)
    else:
        print(
            f"cases {verb}: no Prefect server at {url}; starting a temporary one "
            "(run `cases server` in another terminal to make small runs quick)",
            file=sys.stderr,
        )


_temporary_start: threading.Thread | None = None


def start_temporary_api() -> None:
    """Start Prefect's temporary API now, in a thread, rather than when the run's flow first asks for a client.

    Why: with no server to use, a small run pays Prefect's temporary server (a uvicorn process importing the
    server and opening its database: most of the run) and then its own work, in turn. Started here, the
    server boots in its own process while this one imports the flow and loads the derivation
    (tasks/worker_start.py `load_derivation_in_background`). It is the very instance Prefect's client would
    start (`SubprocessASGIServer` on no given port is one per process), so the flow finds it running and uses
    it, and Prefect stops it at exit as before. Nothing happens when Prefect has an API configured or may not
    start a temporary one; a start that fails here is left to Prefect's own start, which reports it."""
    global _temporary_start
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if _temporary_start is not None or PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return
    # (imported in the calling thread: two threads importing Prefect's server package at once can meet its
    # circular imports half done)
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()

    def start() -> None:
        with contextlib.suppress(Exception):
            server.start()

    _temporary_start = threading.Thread(target=start, name="temporary-api-start", daemon=True)
    _temporary_start.start()


def wait_for_temporary_api() -> None:
    """Join `start_temporary_api`'s thread (before the flow asks for a client; a no-op when none was started)."""
    if _temporary_start is not None:
        _temporary_start.join()


def port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def server_command(host: str, port: int, ui: bool) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of the server process (exposed for tests)."""
    base = f"http://{host}:{port}"
    env = dict(os.environ)
    env.update(
        {
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_UI_ENABLED": "true" if ui else "false",
            "PREFECT_SERVER_UI_ENABLED": "true" if ui else "false",
            # The server talks to itself and the UI to it on this address; this also answers
            # `prefect server start`'s interactive "set PREFECT_API_URL?" check in advance.
            "PREFECT_API_URL": f"{base}/api",
            "PREFECT_UI_API_URL": f"{base}/api",
        }
    )
    cmd = [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port)]
    cmd.append("--ui" if ui else "--no-ui")
    return cmd, env


def cmd_server(args: argparse.Namespace) -> int:
    host, port = args.host, args.port
    if host not in ("127.0.0.1", "localhost", "::1") and not args.allow_remote:
        print(
            f"cases server: refusing to listen on {host}: the Prefect server has no authentication. "
            "Use 127.0.0.1 (and an SSH tunnel), or pass --allow-remote if the network is trusted.",
            file=sys.stderr,
        )
        return 2
    if not port_free(host, port):
        print(
            f"cases server: port {port} on {host} is in use (another `cases server`?). "
            f"Check with `curl -s http://{host}:{port}/api/health`, or pick another: cases server --port {port + 1}",
            file=sys.stderr,
        )
        return 2
    ui = not args.no_ui
    if ui and not ui_build_present():
        print("cases server: this prefect package ships no UI build; serving the API only", file=sys.stderr)
        ui = False
    cmd, env = server_command(host, port, ui)
    home = env.get("PREFECT_HOME", "")
    print(f"Prefect server for grassroots-cases: PREFECT_HOME={home}", flush=True)
    print(f"  API  http://{host}:{port}/api", flush=True)
    if ui:
        print(f"  UI   http://{host}:{port}", flush=True)
    print(f"  next, in another terminal: PREFECT_API_URL=http://{host}:{port}/api cases serve", flush=True)
    print("  stop with Ctrl-C", flush=True)
    # runs of one batch against this server derive in a process that has the derivation loaded (warm_deriver.py)
    beside = [] if args.no_deriver else [warm_deriver.command(env["PREFECT_API_URL"])]
    return supervise(cmd, env, beside)


STOP_SECONDS = 20.0  # after a stop signal, the server group's grace period before SIGKILL


def _die_with_parent() -> None:
    """In the child, before exec: SIGTERM when the parent dies (Linux prctl PR_SET_PDEATHSIG)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def supervise(cmd: list[str], env: dict[str, str], beside: Sequence[list[str]] = ()) -> int:
    """Run `cmd` in its own process group, and the `beside` commands in that group too (they end with it);
    SIGINT/SIGTERM stop the whole group; returns `cmd`'s exit code."""
    child = subprocess.Popen(cmd, env=env, process_group=0, preexec_fn=_die_with_parent)
    others = [subprocess.Popen(c, env=env, process_group=child.pid, preexec_fn=_die_with_parent) for c in beside]
    stopping: list[float] = []  # when each stop signal came

    def stop(signum: int, frame: object) -> None:
        stopping.append(time.monotonic())
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGINT if signum == signal.SIGINT else signal.SIGTERM)

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        while True:
            try:
                code = child.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                if stopping and time.monotonic() - stopping[0] > STOP_SECONDS:  # did not stop in time
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(child.pid, signal.SIGKILL)
    finally:
        with contextlib.suppress(ProcessLookupError):  # grandchildren that outlived the server itself
            os.killpg(child.pid, signal.SIGTERM)
        for other in others:  # gone before this process is: nothing of the group outlives `cases server`
            try:
                other.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                other.kill()
                other.wait()
        for s, handler in previous.items():
            signal.signal(s, handler)
    if stopping:
        print("cases server: stopped", flush=True)
        return 0
    return code


def add_server_parser(sub: Any) -> None:
    p = sub.add_parser("server", help="start the Prefect server (API, scheduler, UI) in the foreground")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    p.add_argument("--host", default=DEFAULT_HOST, help=f"default {DEFAULT_HOST} (loopback only)")
    p.add_argument("--no-ui", action="store_true", help="API only, no web UI")
    p.add_argument("--allow-remote", action="store_true", help="allow a non-loopback --host (no authentication!)")
    p.add_argument(
        "--no-deriver",
        action="store_true",
        help="keep no derivation loaded for runs of one batch (saves ~0.3 GB; such runs load it themselves: ~4 s)",
    )
    p.set_defaults(func=cmd_server)
