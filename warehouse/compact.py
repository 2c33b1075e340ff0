"""Compaction: give back the space that deleted rows and free blocks keep in the warehouse file.

Writing connections run with DuckDB's vacuum off (warehouse/db.py `VACUUM_TASKS`), so a row group whose
rows are only partly deleted (articles re-derived) keeps its tombstones, and blocks freed by whole
deleted row groups stay in the file for reuse. The file therefore grows once after a full re-derivation
(52 → 86 MB for 2,000 pages) and stays there. Compacting copies the whole database into a fresh file
(`COPY FROM DATABASE`: tables, views, macros, sequences, constraints and comments), checks the copy and
swaps it in with one `os.replace`, under the run lock so that no run writes meanwhile.

What the copy does not carry (checked on DuckDB 2.0.0): a sequence's recorded start (it is re-created to
continue after its last value, so its next value is the same); the file's storage version and encryption
(the copy is written in this DuckDB's default format, unencrypted: the project uses neither); the files
beside the warehouse (`.lock`, the raw page store), which stay as they are. Comments on tables, columns,
views and macros do come along, and `verify` compares them.

Why a copy and not an in-place VACUUM: DuckDB's `VACUUM` does not rewrite partly deleted row groups
nor truncate the file; a copy is the documented way to shrink it, and it leaves the original untouched
until the very last step (any failure before it removes the copy and changes nothing).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.db import connect, db_path
from warehouse.migrate import pending
from warehouse.run_lock import run_lock

RECLAIM_THRESHOLD = 0.20  # `cases compact --check` exits 1 when compacting would give back more of the file
SPACE_MARGIN = 1.10  # the copy's room: its used blocks plus 10% (a copy repacks, so it is rarely larger)
SPACE_SLACK_BYTES = 16 * 1024 * 1024  # and a little more for its WAL and the file system's own blocks


class CompactFailed(RuntimeError):
    """The copy could not be made or did not match the original; the original is unchanged."""


class NotEnoughSpace(CompactFailed):
    """The file system that holds the warehouse has less room than the copy may need; nothing was changed."""


class SchemaNotCurrent(RuntimeError):
    """The warehouse needs `cases migrate` first: compaction copies a file, it does not migrate one."""


@dataclass(frozen=True)
class SpaceReport:
    """What DuckDB says of the file's blocks (pragma_database_size), and what compacting would free."""

    db_path: str
    file_bytes: int
    block_size: int
    total_blocks: int
    used_blocks: int
    free_blocks: int
    deleted_rows: int  # rows still stored but deleted (tombstones in partly deleted row groups)
    deleted_bytes: int  # estimate: their share of each table's stored blocks

    @property
    def reclaimable_bytes(self) -> int:
        """A lower bound: a copy also repacks the part-filled row groups and blocks each writer release
        leaves (vacuum off), which DuckDB does not report (bench/compact.py: 2,000 pages, 28% counted,
        47% given back)."""
        return min(self.file_bytes, self.free_blocks * self.block_size + self.deleted_bytes)

    @property
    def reclaimable_share(self) -> float:
        return self.reclaimable_bytes / self.file_bytes if self.file_bytes else 0.0

    def worth_compacting(self, threshold: float = RECLAIM_THRESHOLD) -> bool:
        return self.reclaimable_share > threshold


@dataclass(frozen=True)
class CompactResult:
    db_path: str
    bytes_before: int
    bytes_after: int
    tables: dict[str, int]  # base table → rows (equal in both files)
    seconds: float


def temp_path(db: Path) -> Path:
    return db.with_name(db.name + ".compact-tmp")


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def base_tables(con: duckdb.DuckDBPyConnection, catalog: str | None = None) -> list[tuple[str, str]]:
    """(schema, table) of every base table of a catalog (the current database by default)."""
    where = "database_name = current_database()" if catalog is None else "database_name = ?"
    return con.execute(
        f"SELECT schema_name, table_name FROM duckdb_tables() WHERE {where} AND NOT temporary ORDER BY ALL",
        [] if catalog is None else [catalog],
    ).fetchall()


def table_fingerprints(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int]]:
    """Per base table of the current database: (rows, sum of the rows' hashes). The sum is order-free and
    counts duplicates, so two files agree when they hold the same multiset of rows (short of a hash
    collision); one scan per table. Tables outside `main` are named `schema.table`."""
    out: dict[str, tuple[int, int]] = {}
    for schema, table in base_tables(con):
        n, total = con.execute(
            f"SELECT count(*), coalesce(sum(hash(_row)::HUGEINT), 0) FROM {_q(schema)}.{_q(table)} AS _row"
        ).fetchone()
        out[table if schema == "main" else f"{schema}.{table}"] = (int(n), int(total))
    return out


def catalog_objects(con: duckdb.DuckDBPyConnection, catalog: str) -> dict[str, list[tuple]]:
    """What a catalog holds besides rows: views, macros, sequences, indexes, types, constraints, comments.

    Sequences are compared by name only: the copy re-creates each one starting after its last value, so
    its next value is the same but its recorded start is not."""
    queries = {
        "views": "SELECT view_name, comment FROM duckdb_views() WHERE database_name = ? AND NOT internal",
        "macros": "SELECT DISTINCT function_name FROM duckdb_functions() WHERE database_name = ? AND NOT internal"
        " AND function_type IN ('macro', 'table_macro')",
        "sequences": "SELECT schema_name, sequence_name FROM duckdb_sequences() WHERE database_name = ?",
        "indexes": "SELECT schema_name, table_name, index_name FROM duckdb_indexes() WHERE database_name = ?",
        "types": "SELECT schema_name, type_name FROM duckdb_types() WHERE database_name = ? AND NOT internal",
        "constraints": "SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints()"
        " WHERE database_name = ?",
        "comments": "SELECT table_name, column_name, comment FROM duckdb_columns()"
        " WHERE database_name = ? AND comment IS NOT NULL",
        "table_comments": "SELECT table_name, comment FROM duckdb_tables()"
        " WHERE database_name = ? AND comment IS NOT NULL",
    }
    return {what: sorted(con.execute(sql, [catalog]).fetchall(), key=repr) for what, sql in queries.items()}


def space_report(db: str | os.PathLike[str] | None = None, *, wait_seconds: float = 10.0) -> SpaceReport:
    """Read-only: the file's free blocks and its deleted-but-stored rows (`cases compact --check`)."""
    target = db_path(db)
    with connect(target, read_only=True, wait_seconds=wait_seconds) as con:
        block_size, total, free, used = con.execute(
            "SELECT block_size, total_blocks, free_blocks, used_blocks FROM pragma_database_size()"
            " WHERE database_name = current_database()"
        ).fetchone()
        deleted_rows, deleted_bytes = _deleted(con, int(block_size))
    return SpaceReport(
        str(target),
        target.stat().st_size,
        int(block_size),
        int(total),
        int(used),
        int(free),
        deleted_rows,
        deleted_bytes,
    )


def _deleted(con: duckdb.DuckDBPyConnection, block_size: int) -> tuple[int, int]:
    """Rows stored but deleted, and an estimate of the bytes they hold: per table, the deleted share of its
    stored rows times the distinct blocks its columns occupy (pragma_storage_info)."""
    rows, size = 0, 0.0
    for schema, name in base_tables(con):
        table = f"{_q(schema)}.{_q(name)}"
        stored = con.execute(
            "SELECT sum(count) FROM pragma_storage_info(?) WHERE column_path = '[0]'", [table]
        ).fetchone()[0]
        stored = int(stored or 0)
        if not stored:
            continue
        live = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        gone = max(0, stored - int(live))
        if not gone:
            continue
        blocks = con.execute(
            "SELECT count(DISTINCT b) FROM (SELECT block_id AS b FROM pragma_storage_info(?) WHERE persistent"
            " UNION ALL SELECT unnest(additional_block_ids) FROM pragma_storage_info(?)) WHERE b >= 0",
            [table, table],
        ).fetchone()[0]
        rows += gone
        size += gone / stored * int(blocks or 0) * block_size
    return rows, int(size)


def compact(
    db: str | os.PathLike[str] | None = None,
    *,
    wait_seconds: float | None = None,
) -> CompactResult:
    """Copy the warehouse into `<db>.compact-tmp`, verify the copy, and swap it in atomically.

    Raises WarehouseBusy (a run holds the lock or the file), SchemaNotCurrent (run `cases migrate`
    first), NotEnoughSpace (too little room for the copy), CompactFailed (the copy did not verify),
    FileNotFoundError; in every case the original file
    is left as it was and the temp file removed.
    """
    target = db_path(db)
    if not target.exists():
        raise FileNotFoundError(f"no warehouse at {target}: nothing to compact")
    started = time.monotonic()
    tmp = temp_path(target)
    with run_lock(target, flow_name="compact", wait_seconds=wait_seconds):
        _remove(tmp)  # a copy left by a killed compaction is never trusted
        try:
            before, tables = _copy_and_verify(target, tmp, wait_seconds)
            _swap(tmp, target)
        except BaseException:
            _remove(tmp)
            raise
    return CompactResult(str(target), before, target.stat().st_size, tables, time.monotonic() - started)


def _copy_and_verify(target: Path, tmp: Path, wait_seconds: float | None) -> tuple[int, dict[str, int]]:
    """The copy, made and checked with the original open (and so locked against other processes).

    The original is opened without the schema step (a writing open re-creates views and macros, which
    would change the file even when the compaction then fails) and checkpointed, so that everything is
    in the file and no WAL is left beside it when it is replaced.
    """
    con = connect(target, schema=False, wait_seconds=60.0 if wait_seconds is None else wait_seconds)
    with con:
        step = pending(con)
        if not step.empty:
            raise SchemaNotCurrent(
                f"{target} is not at the current schema ({step.describe()}); run `cases migrate` first, "
                "then compact. Nothing was changed"
            )
        con.execute("CHECKPOINT")
        before = target.stat().st_size
        _check_room(con, target)
        source = con.execute("SELECT current_database()").fetchone()[0]
        expected = table_fingerprints(con)
        objects = catalog_objects(con, source)
        con.execute(f"ATTACH {_literal(tmp)} AS compact_tmp")
        try:
            con.execute(f"COPY FROM DATABASE {_q(source)} TO compact_tmp")
            con.execute("CHECKPOINT compact_tmp")
            copied_objects = catalog_objects(con, "compact_tmp")
        finally:
            con.execute("DETACH compact_tmp")
    if _wal(target).exists():
        raise CompactFailed(f"{_wal(target)} is still there after a checkpoint; nothing was changed")
    closed = _stamp(target)
    verify(tmp, expected, objects, copied_objects)
    if _stamp(target) != closed:  # a DuckDB client that ignores the run lock wrote meanwhile
        raise CompactFailed(f"{target} changed while its copy was checked; nothing was replaced, try again")
    return before, {table: n for table, (n, _) in expected.items()}


def room_needed(used_bytes: int) -> int:
    """Bytes to have free before copying: the live blocks bound the copy from above (it drops tombstones
    and free blocks), plus a margin for the copy's own WAL and block rounding."""
    return int(used_bytes * SPACE_MARGIN) + SPACE_SLACK_BYTES


def _check_room(con: duckdb.DuckDBPyConnection, target: Path) -> None:
    """Refuse before writing a byte when the copy could fill the disk: a full disk mid-copy would fail
    anyway, but only after starving every other writer on that file system."""
    block_size, used = con.execute(
        "SELECT block_size, used_blocks FROM pragma_database_size() WHERE database_name = current_database()"
    ).fetchone()
    needed = room_needed(int(block_size) * int(used))
    free = shutil.disk_usage(target.parent).free
    if free < needed:
        mib = 1024 * 1024
        raise NotEnoughSpace(
            f"compacting {target} writes a copy beside it and needs about {needed / mib:.0f} MiB free; "
            f"{free / mib:.0f} MiB are free on that file system. Nothing was changed"
        )


def _stamp(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return st.st_ino, st.st_size, st.st_mtime_ns


def verify(
    copy: Path,
    expected: dict[str, tuple[int, int]],
    objects: dict[str, list[tuple]],
    copied_objects: dict[str, list[tuple]],
) -> None:
    """CompactFailed unless the copy holds the same tables with the same rows (count and hash sum), the
    same views, macros, sequences, constraints and comments, and the contracts' schema as is."""
    if _wal(copy).exists():
        raise CompactFailed(f"the copy left a WAL ({_wal(copy)})")
    problems: list[str] = []
    with duckdb.connect(str(copy), read_only=True) as con:
        found = table_fingerprints(con)
        step = pending(con)
    for table in sorted(set(expected) | set(found)):
        if table not in found:
            problems.append(f"table {table} missing from the copy")
        elif table not in expected:
            problems.append(f"table {table} only in the copy")
        elif found[table][0] != expected[table][0]:
            problems.append(f"{table}: {found[table][0]} rows in the copy, {expected[table][0]} in the original")
        elif found[table] != expected[table]:
            problems.append(f"{table}: same row count, different rows (hash sums differ)")
    for what, listed in objects.items():
        if copied_objects.get(what) != listed:
            problems.append(f"{what} differ between the copy and the original")
    if not step.empty:
        problems.append(f"the copy is not at the contracts' schema: {step.describe()}")
    if problems:
        raise CompactFailed("the compacted copy does not match the warehouse: " + "; ".join(problems))


def _swap(tmp: Path, target: Path) -> None:
    """Make the copy durable, then replace the original in one rename and make the rename durable."""
    shutil.copymode(target, tmp)  # the warehouse keeps its permissions
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, target)
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _remove(tmp: Path) -> None:
    for path in (tmp, _wal(tmp)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"
