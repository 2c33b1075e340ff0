"""The server's deriver: the derivation kept loaded beside `cases server`, for runs of one batch.

Why: a run of one batch (a page added, a few pages changed) derives it in the writer's own process,
which first has to load the derivation: its modules and patterns, jieba's dictionaries, the gazetteer,
pandera's first validation. That is ~4 s of CPU on a 2-core machine, as much as Prefect's own start,
for a page that then takes 50 ms. `cases server` starts this process once; it loads the derivation
(`load_derivation`, as a pool's forkserver does) and waits on a Unix socket. A run of one batch against
that server sends the batch here and gets its validated tables back.

Each batch is derived in a child forked from the loaded process (copy-on-write): the deriver stays as it
was loaded, two runs are served at once, and a crash ends with its child. The socket and its key live in
a directory only this user can open, and the connection is authenticated with the key
(`multiprocessing.connection`), because what crosses it is pickled.

A deriver serves only the code it loaded: a request carries its run's `derivation_fingerprint` (the
derivation's sources and data files, the interpreter and its installed packages), and the deriver
refuses a different one. Refused, absent, failed or timed out, the run derives the batch itself and
says why: the rows are the same either way (tests/test_warm_deriver.py), only the time differs.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import secrets
import signal
import stat
import sys
import sysconfig
import tempfile
import threading
from dataclasses import dataclass
from multiprocessing.connection import AuthenticationError, Client, Connection, Listener
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
# What the derivation reads: its code, its data files and reference tables (tasks/extract/gazetteer_files.py,
# tasks/extract/themes.py); a change to any of them is a different derivation.
_DERIVATION_FILES = ("tasks", "contracts", "seeds/reference", "seeds/themes.csv")
# A batch of one run's size derives in well under this (200 pages: ~4 s here); past it, the run derives the
# batch itself rather than wait on a deriver that may be stuck.
RESULT_SECONDS = 120.0


def derivation_fingerprint(root: Path = ROOT) -> str:
    """A digest of everything a batch's derivation depends on: the sources and data files under
    `_DERIVATION_FILES`, the interpreter, and the installed packages (the site-packages directories'
    modification times, which every install and upgrade changes). ~15 ms."""
    digest = hashlib.sha256(sys.version.encode())
    digest.update(sys.executable.encode())
    for key in ("purelib", "platlib"):
        site = sysconfig.get_paths()[key]
        with contextlib.suppress(OSError):
            digest.update(f"{site}:{os.stat(site).st_mtime_ns}".encode())
    for name in _DERIVATION_FILES:
        top = root / name
        files = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            digest.update(str(path.relative_to(root)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def deriver_dir(api_url: str) -> Path:
    """Where the deriver of the server at `api_url` keeps its socket and key: per user and server port, in a
    short path (a Unix socket's is limited to 107 bytes). The port, not the whole address, names the server:
    a run may reach a server bound to 0.0.0.0 at 127.0.0.1 or localhost, and any deriver with the run's
    fingerprint derives exactly what the run would."""
    url = urlsplit(api_url)
    port = url.port or (443 if url.scheme == "https" else 80)
    return Path(tempfile.gettempdir()) / f"cases-deriver-{os.getuid()}-{port}"


def private(folder: Path) -> bool:
    """Whether `folder` is this user's and closed to everyone else: what crosses the socket is pickled, so a
    directory another user made (in the shared temporary directory) is never used. Raises OSError if absent."""
    st = folder.lstat()
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and st.st_mode & 0o077 == 0


@dataclass(frozen=True)
class Reply:
    """What a request got: the batch's outcome, or None and why not."""

    outcome: Any | None
    reason: str = ""


def request(api_url: str, job: Any, fingerprint: str, timeout: float = RESULT_SECONDS) -> Reply:
    """Send `job` (a BatchJob) to the deriver beside the server at `api_url`; never raises, and returns within
    `timeout` (the exchange runs in a thread: a deriver stopped mid-way must not hold the run)."""
    folder = deriver_dir(api_url)
    try:
        if not private(folder):
            return Reply(None, f"{folder} is not this user's private directory: not trusted")
        key = (folder / "key").read_bytes()
    except OSError:
        return Reply(None, "no deriver beside this server (started with --no-deriver, or still loading)")
    replies: list[Reply] = []
    exchange = threading.Thread(
        target=lambda: replies.append(_exchange(str(folder / "socket"), key, fingerprint, job)),
        name="deriver-request",
        daemon=True,
    )
    exchange.start()
    exchange.join(timeout)
    return replies[0] if replies else Reply(None, f"the deriver gave no result in {timeout:.0f} s")


def _exchange(address: str, key: bytes, fingerprint: str, job: Any) -> Reply:
    try:
        with Client(address, family="AF_UNIX", authkey=key) as conn:
            conn.send((fingerprint, job))
            kind, value = conn.recv()
    except (OSError, EOFError, AuthenticationError) as exc:
        return Reply(None, f"no answer from the deriver ({type(exc).__name__}: {exc})")
    except Exception as exc:  # a reply that cannot be unpickled, …: the run derives the batch itself
        return Reply(None, f"the deriver's reply was unreadable ({type(exc).__name__}: {exc})")
    if kind == "derived":
        return Reply(value)
    if kind == "stale":
        return Reply(None, "the deriver loaded other code or data (restart `cases server` to load this version)")
    return Reply(None, f"the deriver failed: {value}")


def serve(api_url: str) -> None:
    """Load the derivation, then derive each batch sent to the socket in a forked child, until SIGTERM."""
    from tasks.worker_start import load_derivation

    for signum in (signal.SIGTERM, signal.SIGINT):  # the server's group is stopped with either
        signal.signal(signum, _stop)
    load_derivation()  # imports, dictionaries, gazetteer, a warm-up page; the heap frozen (gc.freeze)
    fingerprint = derivation_fingerprint()
    folder = deriver_dir(api_url)
    with contextlib.suppress(FileNotFoundError):
        if not private(folder):
            raise SystemExit(f"cases server: no deriver: {folder} exists and is not this user's private directory")
        _remove(folder)  # a deriver killed before it could clean up
    folder.mkdir(mode=0o700)
    key = secrets.token_bytes(32)
    try:
        listener = Listener(str(folder / "socket"), family="AF_UNIX", authkey=key)
    except OSError as exc:  # a $TMPDIR too long for a socket's path, a full disk: the server runs without it
        folder.rmdir()
        raise SystemExit(f"cases server: no deriver: cannot listen at {folder / 'socket'}: {exc}") from exc
    os.chmod(folder / "socket", 0o600)
    _write_private(folder / "key", key)  # last: a key present means the socket answers
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children reaped by the kernel
    print(f"cases server: deriver loaded (pid {os.getpid()}); runs of one batch derive here", flush=True)
    try:
        while True:
            try:
                conn = listener.accept()
            except (OSError, EOFError, AuthenticationError):
                continue  # a client that went away or had no key: the next one
            if os.fork() == 0:  # the child: derive, answer, exit without running the parent's exit handlers
                try:
                    _answer(conn, fingerprint)
                finally:
                    os._exit(0)
            conn.close()
    finally:
        listener.close()
        _remove(folder)


def _answer(conn: Connection, fingerprint: str) -> None:
    from tasks.worker import work_batch

    try:
        sent, job = conn.recv()
        if sent != fingerprint:
            conn.send(("stale", fingerprint))
            return
        conn.send(("derived", work_batch(job)))
    except BaseException as exc:  # reported to the run, which then derives the batch itself
        with contextlib.suppress(OSError):
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(0)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def _remove(folder: Path) -> None:
    """The socket, its key and their directory, whichever are there (a batch's child stopped with the server's
    group before it could leave may have removed them already)."""
    for name in ("key", "socket"):
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()
    with contextlib.suppress(FileNotFoundError):
        folder.rmdir()


def command(api_url: str) -> list[str]:
    """The deriver's command line, as `cases server` starts it."""
    return [sys.executable, "-m", "flows.warm_deriver", "--api-url", api_url]


def main(argv: list[str] | None = None) -> None:
    """Serve until stopped, then leave at once: tearing down the loaded heap (hundreds of thousands of objects)
    would keep the process, and so the server's group, alive for seconds after its socket is gone."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--api-url", required=True, help="the API URL of the server it serves runs of")
    api_url = ap.parse_args(argv).api_url
    code = 0
    try:
        serve(api_url)
    except SystemExit as stop:  # a stop signal (code 0), or why there is no deriver (a message)
        if isinstance(stop.code, str):
            print(stop.code, file=sys.stderr)
        code = stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
