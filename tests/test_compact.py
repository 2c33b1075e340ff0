"""`cases compact`: the space deleted rows keep comes back, and nothing else changes.

A real warehouse from the seed pages through the real worker and loader, half of it re-derived (so row
groups keep deleted rows), compacted for real; a run lock held by another process; a copy that fails
verification. Real DuckDB files under tmp paths only.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

import warehouse.compact as compact_module
from flows.cli import main
from tasks.worker import BatchJob, work_batch
from tests.conftest import ROOT, SEEDS
from warehouse.compact import (
    CompactFailed,
    NotEnoughSpace,
    SchemaNotCurrent,
    compact,
    room_needed,
    space_report,
    temp_path,
)
from warehouse.db import WarehouseBusy, connect
from warehouse.dq_check import check_warehouse
from warehouse.load import columns_by_table, load_batch


def _load(con: duckdb.DuckDBPyConnection, files: list[str], run: str) -> None:
    outcome = work_batch(BatchJob(files, run, datetime.now(UTC).replace(tzinfo=None), columns_by_table(), {}))
    load_batch(con, outcome.split.valid, outcome.split.quarantine, None)


@pytest.fixture(scope="module")
def rederived(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every seed page loaded, then every other one derived again (its rows deleted and re-inserted)."""
    db = tmp_path_factory.mktemp("compact") / "cases.duckdb"
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert len(files) >= 3
    with connect(db) as con:
        _load(con, files, "first")
    with connect(db) as con:
        _load(con, files[::2], "again")
    return db


@pytest.fixture
def warehouse(rederived: Path, tmp_path: Path) -> Path:
    db = tmp_path / "cases.duckdb"
    db.write_bytes(rederived.read_bytes())
    return db


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dumps(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        tables = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY ALL').fetchall() for t in tables}


def _catalog(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return compact_module.catalog_objects(con, con.execute("SELECT current_database()").fetchone()[0])


def _leftovers(db: Path) -> list[Path]:
    tmp = temp_path(db)
    return [p for p in (tmp, tmp.with_name(tmp.name + ".wal"), db.with_name(db.name + ".wal")) if p.exists()]


def test_compaction_keeps_every_row_and_object_and_shrinks_the_file(warehouse: Path) -> None:
    before_rows, before_catalog = _dumps(warehouse), _catalog(warehouse)
    assert before_rows["articles"] and before_rows["sections"] and before_rows["search_postings"]
    assert before_catalog["views"] and before_catalog["macros"] and before_catalog["comments"]  # all compared
    before = space_report(warehouse)
    assert before.deleted_rows > 0  # the re-derivation left tombstones

    result = compact(warehouse)

    assert _dumps(warehouse) == before_rows
    assert _catalog(warehouse) == before_catalog  # views, macros, constraints, comments
    assert result.bytes_after == warehouse.stat().st_size < result.bytes_before == before.file_bytes
    assert result.tables["articles"] == len(before_rows["articles"])
    assert _leftovers(warehouse) == []
    after = space_report(warehouse)
    assert after.deleted_rows == 0 and after.free_blocks == 0
    with connect(warehouse) as con:  # a writing open (schema, views, macros) and the contracts still agree
        hits = con.execute("SELECT count(*) FROM search('党建')").fetchone()[0]
        n_cases = con.execute("SELECT count(*) FROM v_cases").fetchone()[0]
        assert check_warehouse(con).n_errors == 0
    assert hits > 0 and n_cases == len(before_rows["articles"])


def test_the_cli_prints_sizes_and_check_exit_codes_follow_the_threshold(
    warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert space_report(warehouse).reclaimable_share > compact_module.RECLAIM_THRESHOLD
    assert main(["compact", "--check", "--db", str(warehouse)]) == 1
    out = capsys.readouterr().out
    assert "free blocks" in out and "deleted rows" in out and "worth compacting" in out
    untouched = _digest(warehouse)
    assert main(["compact", "--check", "--db", str(warehouse)]) == 1
    assert _digest(warehouse) == untouched  # --check only reads

    assert main(["compact", "--db", str(warehouse)]) == 0
    out = capsys.readouterr().out
    assert "MiB →" in out and "verified" in out

    assert main(["compact", "--check", "--db", str(warehouse)]) == 0
    assert "not worth compacting" in capsys.readouterr().out


def test_check_and_compact_on_a_missing_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compact", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert main(["compact", "--check", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "no warehouse" in capsys.readouterr().err
    assert not (tmp_path / "none.duckdb").exists()


HOLDER = textwrap.dedent(
    """
    import sys, time
    from warehouse.run_lock import run_lock
    with run_lock(sys.argv[1], run_id="long-run", flow_name="ingest"):
        print("holding", flush=True)
        sys.stdin.readline()
    """
)


def test_a_held_run_lock_refuses_with_exit_3_and_changes_nothing(
    warehouse: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    digest = _digest(warehouse)
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(warehouse)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "holding"
        with pytest.raises(WarehouseBusy):
            compact(warehouse, wait_seconds=0.5)
        monkeypatch.setenv("CASES_LOCK_WAIT", "0.5")
        assert main(["compact", "--db", str(warehouse)]) == 3
        assert "long-run" in capsys.readouterr().err  # the usual plain message names the holder
    finally:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.flush()
        child.wait(timeout=30)
    assert _digest(warehouse) == digest
    assert _leftovers(warehouse) == []


def test_a_failed_verification_leaves_the_original_byte_identical_and_no_temp_file(
    warehouse: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    digest = _digest(warehouse)
    real_verify = compact_module.verify

    def tampered(copy: Path, *args: object) -> None:
        with duckdb.connect(str(copy)) as con:  # the copy loses one section: verification must see it
            con.execute("DELETE FROM sections WHERE rowid = (SELECT min(rowid) FROM sections)")
        real_verify(copy, *args)

    monkeypatch.setattr(compact_module, "verify", tampered)
    with pytest.raises(CompactFailed, match="sections"):
        compact(warehouse)
    assert _digest(warehouse) == digest
    assert _leftovers(warehouse) == []

    def broken(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(compact_module, "verify", broken)
    with pytest.raises(OSError, match="disk full"):
        compact(warehouse)
    assert _digest(warehouse) == digest
    assert _leftovers(warehouse) == []

    monkeypatch.setattr(compact_module, "verify", tampered)
    assert main(["compact", "--db", str(warehouse)]) == 2
    assert "does not match" in capsys.readouterr().err
    assert _digest(warehouse) == digest and _leftovers(warehouse) == []


def test_too_little_room_for_the_copy_is_refused_before_a_byte_is_written(
    warehouse: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A disk cannot be filled here on purpose, so the file system's answer is the one part replaced."""
    digest = _digest(warehouse)
    real_usage = compact_module.shutil.disk_usage

    def nearly_full(path: object) -> object:
        usage = real_usage(path)
        return type(usage)(usage.total, usage.total - 1024 * 1024, 1024 * 1024)

    monkeypatch.setattr(compact_module.shutil, "disk_usage", nearly_full)
    with pytest.raises(NotEnoughSpace, match="MiB free"):
        compact(warehouse)
    assert _digest(warehouse) == digest and _leftovers(warehouse) == []
    assert main(["compact", "--db", str(warehouse)]) == 2
    assert "Nothing was changed" in capsys.readouterr().err
    assert _digest(warehouse) == digest and _leftovers(warehouse) == []


def test_the_room_asked_for_covers_the_copy_actually_written(warehouse: Path) -> None:
    report = space_report(warehouse)
    result = compact(warehouse)
    assert result.bytes_after <= room_needed(report.used_blocks * report.block_size)
    assert result.bytes_after < result.bytes_before


def test_a_leftover_temp_file_from_a_killed_compaction_is_replaced(warehouse: Path) -> None:
    tmp = temp_path(warehouse)
    tmp.write_bytes(b"half a copy")
    rows = _dumps(warehouse)
    compact(warehouse)
    assert _dumps(warehouse) == rows and not tmp.exists()


def test_an_older_schema_is_refused_until_migrated(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse)) as con:  # as if written before dq_failures existed
        con.execute("DROP TABLE dq_failures")
    digest = _digest(warehouse)
    with pytest.raises(SchemaNotCurrent, match="cases migrate"):
        compact(warehouse)
    assert _digest(warehouse) == digest and _leftovers(warehouse) == []


def test_a_signal_mid_copy_removes_the_copy_and_says_so(
    warehouse: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from flows.interrupt import Interrupted

    digest = _digest(warehouse)

    def stopped(*_: object) -> None:
        raise Interrupted("SIGTERM")  # what flows/interrupt.py raises when SIGTERM arrives

    monkeypatch.setattr(compact_module, "verify", stopped)
    assert main(["compact", "--db", str(warehouse)]) == 128 + 15
    assert "temporary copy is removed" in capsys.readouterr().err
    assert _digest(warehouse) == digest and _leftovers(warehouse) == []


def test_a_write_behind_the_run_locks_back_while_checking_is_not_overwritten(
    warehouse: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_verify = compact_module.verify

    def meanwhile(*args: object) -> None:
        real_verify(*args)
        with duckdb.connect(str(warehouse)) as con:  # a client that does not take the run lock
            con.execute(
                "UPDATE articles SET title = coalesce(title, '') || '!' WHERE rowid = (SELECT min(rowid) FROM articles)"
            )

    monkeypatch.setattr(compact_module, "verify", meanwhile)
    with pytest.raises(CompactFailed, match="changed while"):
        compact(warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles WHERE title LIKE '%!'").fetchone()[0] == 1
    assert _leftovers(warehouse) == []
