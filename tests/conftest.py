"""Shared fixtures: a real Prefect API (one per test session), real DuckDB files, the seed pages.

Nothing here mocks a part that can run: flows run against a temporary Prefect server and write
real DuckDB files under pytest's tmp_path.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "pages"

# A private PREFECT_HOME so test runs never touch the user's project-local one (set before Prefect loads).
_PREFECT_HOME = tempfile.mkdtemp(prefix="cases-test-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.pop("PREFECT_API_URL", None)
os.environ["CASES_FIND_SERVER"] = "0"  # never borrow a `cases server` someone runs on :4200 (flows/server.py)
os.environ.pop("CASES_DB", None)
os.environ.pop("CASES_ALERT_WEBHOOK", None)
os.environ.pop("CASES_ALERT_URLS", None)
# A private prepared-data cache (tasks/prepared.py) so test runs never write the user's ~/.cache.
_CACHE_DIR = tempfile.mkdtemp(prefix="cases-test-cache-")
os.environ["CASES_CACHE_DIR"] = _CACHE_DIR

from tests.servers import PrefectServer, port_open, start_server  # noqa: E402  (after the environment)
from tests.webhook import SECRET, Webhook  # noqa: E402

# Markers follow from what a test needs, so none is forgotten: `make test-fast` leaves these out.
_SERVER_FIXTURES = {"prefect_api", "prefect_server"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.server)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_PREFECT_HOME, ignore_errors=True)
    shutil.rmtree(_CACHE_DIR, ignore_errors=True)


def query(db: Path, sql: str, *, write: bool = False) -> list[tuple]:
    """Run one statement on a warehouse file, as any DuckDB client would, and close it again."""
    import duckdb

    con = duckdb.connect(str(db), read_only=not write)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[None]:
    """A real, temporary Prefect server for the whole session (about 10 s to start, once)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield
    from flows.shutdown import stop_prefect_services

    stop_prefect_services()  # as `cases` does: no leak warnings from DuckDB at the session's exit


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A fresh warehouse path for one test."""
    return tmp_path / "cases.duckdb"


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    """A copy of the seed pages that a test may edit."""
    target = tmp_path / "pages"
    shutil.copytree(SEEDS, target)
    return target


RESEARCH_PAGES = ROOT / "tests" / "fixtures" / "research"


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory: pytest.TempPathFactory, prefect_api: None) -> Path:
    """A warehouse built once by a real ingest of the seeds plus the authored pages of issue 12.

    Shared by the research tests (search, export, report, README examples): open it read-only.
    """
    from flows.ingest import ingest

    db = tmp_path_factory.mktemp("seed-warehouse") / "cases.duckdb"
    summary = ingest(paths=[str(SEEDS), str(RESEARCH_PAGES)], db=str(db))
    assert summary.status == "COMPLETED" and summary.n_failed == 0 and summary.n_quarantined == 0
    return db


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectServer]:
    """`cases server` (UI on) on a free loopback port, one per test session; stopped and checked after."""
    server = start_server(tmp_path_factory.mktemp("prefect-server"), ui=True)
    print(f"\n[measure] cases server ready in {server.start_seconds:.1f}s (fresh PREFECT_HOME, UI on)")
    try:
        yield server
    finally:
        taken = server.process.stop()
        print(f"[measure] cases server stopped in {taken:.1f}s")
        assert not port_open(server.port), "the server's port is still open"


@pytest.fixture
def webhook(monkeypatch: pytest.MonkeyPatch) -> Iterator[Webhook]:
    """A real HTTP server on 127.0.0.1 that records JSON POSTs; CASES_ALERT_WEBHOOK points at it."""
    from flows import alerts

    hook = Webhook("")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status = hook.statuses.pop(0) if hook.statuses else 200
            if status == 200:
                hook.received.append(json.loads(body))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    hook.url = f"http://127.0.0.1:{server.server_port}/hooks/cases?token={SECRET}"
    monkeypatch.setenv(alerts.WEBHOOK_ENV, hook.url)
    monkeypatch.setattr(alerts, "BACKOFF", 0.05)
    alerts._alerted.clear()
    try:
        yield hook
    finally:
        server.shutdown()
        server.server_close()
