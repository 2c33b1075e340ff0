"""`cases sql` is a sandbox: it reads the warehouse and nothing else, unless --unsafe is given.

Each statement runs through the real CLI in a subprocess against a real DuckDB file; the file and
the paths the statements aim at are checked afterwards.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, query
from warehouse.db import connect


def cases(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    db = tmp_path / "cases.duckdb"
    connect(db).close()
    query(
        db, "INSERT INTO fetch_failures VALUES ('r1', '/x.html', 'read', 'not found', 1, NULL, NULL, now())", write=True
    )
    return db


@pytest.mark.parametrize(
    "statement",
    [
        "ATTACH '{db}' AS w (READ_WRITE); DROP TABLE w.fetch_failures",
        "ATTACH '{other}' AS o",
        "COPY fetch_failures TO '{out}'",
        "EXPORT DATABASE '{out}'",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "INSTALL httpfs",
        "SET enable_external_access = true",
        "RESET lock_configuration",
    ],
)
def test_statements_reaching_outside_the_warehouse_are_refused(warehouse: Path, statement: str) -> None:
    out, other = warehouse.parent / "leak.csv", warehouse.parent / "other.duckdb"
    done = cases("sql", statement.format(db=warehouse, out=out, other=other), "--db", str(warehouse))
    assert done.returncode == 2, done.stdout
    assert "Traceback" not in done.stderr
    assert "cases export" in done.stderr or "already attached" in done.stderr, done.stderr
    assert not out.exists() and not other.exists()
    assert query(warehouse, "SELECT count(*) FROM fetch_failures") == [(1,)], "the warehouse is intact"


def test_reading_the_warehouse_still_works_and_unsafe_lifts_the_sandbox(warehouse: Path) -> None:
    done = cases("sql", "SELECT url FROM fetch_failures", "--db", str(warehouse), "--format", "csv")
    assert done.returncode == 0 and "/x.html" in done.stdout, done.stderr
    out = warehouse.parent / "out.csv"
    unsafe = cases("sql", f"COPY fetch_failures TO '{out}'", "--db", str(warehouse), "--unsafe")
    assert unsafe.returncode == 0, unsafe.stderr
    assert "/x.html" in out.read_text()
