"""The server's deriver (flows/warm_deriver.py): a real deriver process derives a batch exactly as this
process does, refuses other code, and never holds a run up; `cases server` starts it, and a one-page
`cases ingest` against that server is derived there and writes the same warehouse as without it."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from contracts import TABLES
from flows import warm_deriver
from tasks.worker import BatchJob, BatchOutcome, read_file, work_batch
from tests.servers import free_port
from tests.snapshots import PER_RUN, make_pages, snapshot

ROOT = Path(__file__).resolve().parent.parent


def _wait_loaded(api_url: str, proc: subprocess.Popen[bytes] | None = None, timeout: float = 180) -> None:
    key = warm_deriver.deriver_dir(api_url) / "key"
    deadline = time.monotonic() + timeout
    while not key.exists():
        assert proc is None or proc.poll() is None, "the deriver exited while loading"
        assert time.monotonic() < deadline, "the deriver did not load in time"
        time.sleep(0.2)


@pytest.fixture(scope="module")
def deriver() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A deriver process, as `cases server` starts it, for a server address no other deriver uses."""
    api_url = f"http://127.0.0.1:{free_port()}/api"
    proc = subprocess.Popen(warm_deriver.command(api_url), cwd=ROOT)
    try:
        _wait_loaded(api_url, proc)
        yield api_url, proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert proc.returncode == 0, "SIGTERM stops the deriver cleanly"
    assert not warm_deriver.deriver_dir(api_url).exists(), "it removes its socket and key"


@pytest.fixture(scope="module")
def job(tmp_path_factory: pytest.TempPathFactory) -> BatchJob:
    """One batch of real inputs: the seeds, variants, a GBK page, a navigation page, an empty file."""
    pages = make_pages(tmp_path_factory.mktemp("deriver") / "pages")
    columns = {name: list(table.schema().columns) for name, table in TABLES.items()}
    items = [read_file(str(p)) for p in sorted(pages.iterdir())]
    return BatchJob(items, "deriver-test", datetime(2026, 1, 1), columns)


def _assert_same(ours: BatchOutcome, theirs: BatchOutcome) -> None:
    assert ours.split.valid.keys() == theirs.split.valid.keys()
    for name, frame in ours.split.valid.items():
        assert frame.equals(theirs.split.valid[name]), f"{name} differs"
    for name in ("quarantine", "failures"):  # without the clock's columns (quarantined_at)
        mine, other = getattr(ours.split, name), getattr(theirs.split, name)
        clock = [c for c in mine.columns if c in PER_RUN and c != "run_id"]
        assert mine.drop(columns=clock).equals(other.drop(columns=clock)), name
    assert ours.split.n_quarantined_articles == theirs.split.n_quarantined_articles
    assert (ours.failures, ours.unchanged, ours.sources, ours.n_inputs) == (
        theirs.failures,
        theirs.unchanged,
        theirs.sources,
        theirs.n_inputs,
    )


def test_the_deriver_derives_a_batch_as_this_process_does(deriver: tuple[str, object], job: BatchJob) -> None:
    api_url, _ = deriver
    reply = warm_deriver.request(api_url, job, warm_deriver.derivation_fingerprint())
    assert reply.outcome is not None, reply.reason
    here = work_batch(job)
    assert len(here.split.valid["articles"]) >= 10 and not here.split.quarantine.empty and here.failures
    _assert_same(reply.outcome, here)


def test_a_deriver_of_other_code_is_refused(deriver: tuple[str, object], job: BatchJob) -> None:
    api_url, _ = deriver
    reply = warm_deriver.request(api_url, job, "another version of the derivation")
    assert reply.outcome is None and "other code or data" in reply.reason


def test_no_deriver_is_a_reason_not_an_error(job: BatchJob, tmp_path: Path) -> None:
    reply = warm_deriver.request(f"http://127.0.0.1:{free_port()}/api", job, "x")
    assert reply.outcome is None and "no deriver" in reply.reason
    # a deriver that was killed: its key is left, nothing listens on its socket
    api_url = f"http://127.0.0.1:{free_port()}/api"
    folder = warm_deriver.deriver_dir(api_url)
    folder.mkdir(mode=0o700)
    try:
        (folder / "key").write_bytes(b"k" * 32)
        reply = warm_deriver.request(api_url, job, "x")
        assert reply.outcome is None and "no answer from the deriver" in reply.reason
        # a directory others may write to (another user could have made it, key and socket): never used
        folder.chmod(0o755)
        reply = warm_deriver.request(api_url, job, "x")
        assert reply.outcome is None and "not trusted" in reply.reason
    finally:
        (folder / "key").unlink()
        folder.rmdir()


def test_a_stopped_deriver_does_not_hold_the_run(deriver: tuple[str, subprocess.Popen[bytes]], job: BatchJob) -> None:
    api_url, proc = deriver
    os.kill(proc.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        reply = warm_deriver.request(api_url, job, warm_deriver.derivation_fingerprint(), timeout=2)
        took = time.monotonic() - started
    finally:
        os.kill(proc.pid, signal.SIGCONT)
    assert reply.outcome is None and "no result in 2 s" in reply.reason
    assert took < 10, took
    again = warm_deriver.request(api_url, job, warm_deriver.derivation_fingerprint())
    assert again.outcome is not None, "resumed, it serves the next run"


def test_the_fingerprint_follows_the_derivations_files(tmp_path: Path) -> None:
    for name in ("tasks/extract/rules.py", "tasks/extract/data/words.txt", "contracts/articles.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("v1\n", encoding="utf-8")
    (tmp_path / "seeds/reference").mkdir(parents=True)
    (tmp_path / "seeds/reference/places.csv").write_text("code,name\n", encoding="utf-8")
    (tmp_path / "seeds/themes.csv").write_text("theme\n", encoding="utf-8")
    first = warm_deriver.derivation_fingerprint(tmp_path)
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows/cli.py").write_text("anything\n", encoding="utf-8")
    (tmp_path / "tasks/__pycache__").mkdir()
    (tmp_path / "tasks/__pycache__/rules.cpython-311.pyc").write_bytes(b"\0")
    assert warm_deriver.derivation_fingerprint(tmp_path) == first, "the CLI's code and bytecode are not the derivation"
    for name in ("tasks/extract/data/words.txt", "seeds/reference/places.csv", "seeds/themes.csv"):
        path = tmp_path / name
        before = path.read_text(encoding="utf-8")
        path.write_text(before + "more\n", encoding="utf-8")
        assert warm_deriver.derivation_fingerprint(tmp_path) != first, name
        path.write_text(before, encoding="utf-8")
    assert warm_deriver.derivation_fingerprint(tmp_path) == first


@pytest.mark.slow
@pytest.mark.server
def test_a_one_batch_run_against_cases_server_is_derived_there(tmp_path: Path) -> None:
    """The whole path: `cases server` starts the deriver; a run of one batch says it was derived there and
    writes the same warehouse, table for table, as the same run deriving in its own process."""
    from tests import servers

    pages = make_pages(tmp_path / "pages")
    (tmp_path / "server").mkdir()
    server = servers.start_server(tmp_path / "server")
    runs = {}
    try:
        _wait_loaded(server.api_url)
        for mode in ("1", "0"):
            db = tmp_path / f"deriver-{mode}.duckdb"
            done = subprocess.run(
                [*servers.CASES, "ingest", "--db", str(db), str(pages)],
                cwd=ROOT,
                env=server.env(CASES_DERIVER=mode),
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert done.returncode == 0, done.stderr[-3000:]
            runs[mode] = (db, done.stderr)
    finally:
        server.process.stop()
    assert "18 inputs derived by the server's deriver" in runs["1"][1]
    assert "server's deriver" not in runs["0"][1]
    ours, theirs = snapshot(runs["1"][0]), snapshot(runs["0"][0])
    assert ours["articles"] and ours["quarantine"] and ours["fetch_failures"], "the comparison has rows of every kind"
    for name in TABLES:
        assert ours[name] == theirs[name], f"table {name} differs with and without the server's deriver"
    assert "deriver loaded" in server.process.output()


def test_a_server_is_found_by_its_port_whatever_the_host_is_called() -> None:
    """A run reaches a server bound to 0.0.0.0 at 127.0.0.1 or localhost: the same deriver; another port, another."""
    names = {warm_deriver.deriver_dir(f"http://{host}:4200/api") for host in ("127.0.0.1", "localhost", "0.0.0.0")}
    assert len(names) == 1
    assert warm_deriver.deriver_dir("http://127.0.0.1:4201/api") not in names
    assert len(str(warm_deriver.deriver_dir("http://127.0.0.1:65535/api") / "socket")) < 100, "a Unix socket path"


def test_an_unreadable_reply_is_a_reason_not_an_error(job: BatchJob) -> None:
    """A reply the run cannot unpickle (a deriver of a broken install, say) is reported, and the run goes on."""
    import threading
    from multiprocessing.connection import Listener

    api_url = f"http://127.0.0.1:{free_port()}/api"
    folder = warm_deriver.deriver_dir(api_url)
    folder.mkdir(mode=0o700)
    key = b"k" * 32
    listener = Listener(str(folder / "socket"), family="AF_UNIX", authkey=key)
    (folder / "key").write_bytes(key)

    def answer_garbage() -> None:
        with listener.accept() as conn:
            conn.recv()
            conn.send_bytes(b"not a pickle")

    server = threading.Thread(target=answer_garbage, daemon=True)
    server.start()
    try:
        reply = warm_deriver.request(api_url, job, "x", timeout=30)
    finally:
        server.join(10)
        listener.close()
        (folder / "key").unlink()
        folder.rmdir()
    assert reply.outcome is None and "reply was unreadable" in reply.reason


@pytest.mark.slow
def test_ctrl_c_stops_a_deriver_as_sigterm_does() -> None:
    """`cases server` passes Ctrl-C to its group as SIGINT: the deriver leaves cleanly on it too."""
    api_url = f"http://127.0.0.1:{free_port()}/api"
    proc = subprocess.Popen(warm_deriver.command(api_url), cwd=ROOT)
    try:
        _wait_loaded(api_url, proc)
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0
    assert not warm_deriver.deriver_dir(api_url).exists(), "it removes its socket and key"


def test_cleaning_up_what_another_process_removed_is_quiet(tmp_path: Path) -> None:
    """A batch's child stopped with the server's group may remove the socket and key before the deriver does."""
    folder = tmp_path / "deriver"
    folder.mkdir(mode=0o700)
    (folder / "key").write_bytes(b"k")
    warm_deriver._remove(folder)
    assert not folder.exists()
    warm_deriver._remove(folder)  # all gone already: no error, the deriver still exits cleanly
