"""Keys the writer keeps instead of DuckDB: the child tables carry no PRIMARY KEY (an ART index that
made the writer's checkpoint peak grow with the warehouse), so their uniqueness rests on the contracts'
checks, which must catch a duplicate, and older warehouses lose the index without losing a row.
Real DuckDB files, real seed pages through the real worker and loader."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from contracts import TABLES
from tasks.worker import BatchJob, work_batch
from warehouse.db import connect
from warehouse.dq_check import check_warehouse
from warehouse.load import columns_by_table, load_batch
from warehouse.migrate import writer_keyed_tables

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "pages"
WRITER_KEYED = sorted(name for name, t in TABLES.items() if not t.indexed_key)


def _primary_keys(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'").fetchall()
    return {r[0] for r in rows}


def _load_seeds(con: duckdb.DuckDBPyConnection) -> None:
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    outcome = work_batch(BatchJob(files, "keys", datetime.now(UTC).replace(tzinfo=None), columns_by_table(), {}))
    split = outcome.split
    load_batch(con, split.valid, split.quarantine, None)


def _dump(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple]:
    return con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()


def test_child_tables_have_no_primary_key_but_parents_do(tmp_path: Path) -> None:
    assert WRITER_KEYED == ["article_themes", "articles", "brands", "facts", "practices", "sections"]
    assert all(TABLES[t].write == "replace_by_article" and TABLES[t].key for t in WRITER_KEYED)
    with connect(tmp_path / "w.duckdb") as con:
        keyed = _primary_keys(con)
    assert not keyed & set(WRITER_KEYED)
    assert {"sources", "runs", "pages", "regions", "dq_runs"} <= keyed  # upserted by key: DuckDB keeps it


def test_a_duplicate_child_key_in_a_batch_is_quarantined_not_loaded(tmp_path: Path) -> None:
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))[:2]
    outcome = work_batch(BatchJob(files, "keys", datetime.now(UTC).replace(tzinfo=None), columns_by_table(), {}))
    sections = outcome.split.valid["sections"]
    assert not sections.empty
    from contracts.validate import check_frame

    doubled = pd.concat([sections, sections.iloc[[0]]], ignore_index=True)
    _, failures = check_frame("sections", doubled)
    assert "unique_article_ordinal" in set(failures["check_name"])  # the contract, not DuckDB, refuses it


def test_cases_check_finds_a_duplicate_key_written_behind_the_writers_back(tmp_path: Path) -> None:
    with connect(tmp_path / "w.duckdb") as con:
        _load_seeds(con)
        assert check_warehouse(con).n_errors == 0
        doubled = []
        for table in WRITER_KEYED:
            if con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                # DuckDB accepts it now: only the checks stand between the table and a duplicate key
                con.execute(f"INSERT INTO {table} SELECT * FROM {table} LIMIT 1")
                doubled.append(table)
        result = check_warehouse(con)
    assert {"articles", "sections", "facts"} <= set(doubled)
    errors = result.failures[result.failures["severity"] == "error"]
    found = set(errors["check_name"])
    assert {"unique_article_ordinal", "unique_article_fact"} <= found, found  # the contracts, chunk by chunk
    by_key = errors[errors["check_name"] == "duplicate_key"]
    assert sorted(by_key["table_name"]) == sorted(doubled)  # the whole table, across chunks
    assert (by_key["row_key"] != "*").all()


def test_a_warehouse_of_the_previous_version_drops_the_child_keys_and_keeps_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "old.duckdb"
    old = {name: dataclasses.replace(t, indexed_key=True) for name, t in TABLES.items()}
    with monkeypatch.context() as patch:
        for name, table in old.items():
            patch.setitem(TABLES, name, table)
        with connect(db) as con:
            _load_seeds(con)
            assert set(WRITER_KEYED) <= _primary_keys(con)  # the previous schema: every key indexed
            before = {t: _dump(con, t) for t in TABLES}
            columns = {t: con.execute(f"DESCRIBE {t}").fetchall() for t in WRITER_KEYED}
    assert TABLES["sections"].indexed_key is False

    with connect(db) as con:  # this version's writing open migrates
        assert writer_keyed_tables(con) == []
        assert not _primary_keys(con) & set(WRITER_KEYED)
        assert {t: _dump(con, t) for t in TABLES} == before
        for table in WRITER_KEYED:
            described = [(c[0], c[1], c[2]) for c in con.execute(f"DESCRIBE {table}").fetchall()]
            assert described == [(c[0], c[1], c[2]) for c in columns[table]]  # names, types, NOT NULL kept
        assert con.execute("SELECT count(*) FROM search('党建')").fetchone()[0] > 0  # views and macros work
        _load_seeds(con)  # the same pages again: replaced, not doubled
        children = [t for t in WRITER_KEYED if t != "articles"]
        assert {t: _dump(con, t) for t in children} == {t: before[t] for t in children}
        stored = con.execute("SELECT article_id, body FROM articles ORDER BY article_id").fetchall()
        assert stored == sorted((r[0], r[11]) for r in before["articles"])  # one row per article still
        assert check_warehouse(con).n_errors == 0
    with connect(db) as con:  # the second open has nothing left to do
        assert writer_keyed_tables(con) == []


def _row_groups(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[int, int]]:
    """(row group, first block) of a table's first column: a rewritten row group moves to new blocks."""
    return con.execute(
        f"""SELECT row_group_id, min(block_id) FROM pragma_storage_info('{table}')
            WHERE column_id = 0 AND segment_type <> 'VALIDITY' GROUP BY ALL ORDER BY ALL"""
    ).fetchall()


def test_a_release_appends_row_groups_and_leaves_stored_ones_unwritten(tmp_path: Path) -> None:
    """The writer's checkpoints write the new rows only: what is stored is not merged and rewritten."""
    from warehouse.load import Writer

    db = tmp_path / "w.duckdb"
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    now = datetime.now(UTC).replace(tzinfo=None)
    with connect(db):
        pass
    with Writer(str(db)) as writer:
        for k, some in enumerate((files[:2], files[2:])):  # two batches, a release between them
            split = work_batch(BatchJob(some, "keys", now, columns_by_table(), {})).split
            load_batch(writer.con, split.valid, split.quarantine, None)
            if k == 0:
                writer.close()
                with duckdb.connect(str(db), read_only=True) as con:
                    first = {t: _row_groups(con, t) for t in ("articles", "sections")}
    with duckdb.connect(str(db), read_only=True) as con:
        after = {t: _row_groups(con, t) for t in ("articles", "sections")}
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == len(files)
    for table, groups in first.items():
        assert after[table][: len(groups)] == groups, table  # the stored row groups, in their blocks
        assert len(after[table]) > len(groups), table  # the new rows in row groups of their own


def test_migrate_check_lists_the_key_indexes_a_writing_open_would_drop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`cases migrate --check` is read-only and says what the next writing open changes, keys included."""
    from flows.cli import main

    db = tmp_path / "old.duckdb"
    with monkeypatch.context() as patch:
        for name, table in TABLES.items():
            patch.setitem(TABLES, name, dataclasses.replace(table, indexed_key=True))
        with connect(db) as con:
            _load_seeds(con)
    assert main(["migrate", "--check", "--db", str(db)]) == 1
    said = capsys.readouterr().out
    assert all(f"{t}: PRIMARY KEY index left to the writer" in said for t in WRITER_KEYED), said
    with duckdb.connect(str(db), read_only=True) as con:  # the check changed nothing
        assert set(WRITER_KEYED) <= _primary_keys(con)
    with connect(db):  # a writing open drops them; the check then has nothing to say
        pass
    assert main(["migrate", "--check", "--db", str(db)]) == 0
