"""`cases export`: the case views and tables as files a researcher opens elsewhere, with a data dictionary.

Read-only on the warehouse. Formats:
- parquet: one folder per table or view; partitioned hive-style by year and province where the rows
  have both (`year=2019/province=%E6%B5%99%E6%B1%9F%E7%9C%81/data_0.parquet`: DuckDB percent-encodes the
  values; DuckDB, pyarrow and Spark decode them when reading with hive partitioning); lists stay lists.
- csv: UTF-8 with a BOM (Excel then reads Chinese correctly), lists and structs as JSON text.
- jsonl: one strict JSON object per line (null, arrays, ISO dates).
- xlsx: one workbook, a sheet per table or view (openpyxl, streaming); a cell longer than Excel's
  limit is cut and says so, rows past a sheet's limit are left out and counted (`Exported.notes`);
  the full data is in every other format.
Every export also writes DATA_DICTIONARY.md and data_dictionary.json, generated from the contracts.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from contracts import TABLES
from contracts.docs import render as render_tables
from warehouse.output import cell_text, cursor_rows, dumps_strict

VIEWS = ("v_cases", "v_facts", "v_duplicates")
INTERNAL = ("search_docs", "search_postings")  # the search index: derived, rebuilt from articles
EXCEL_CELL_LIMIT = 32_767
EXCEL_MAX_ROWS = 1_048_575  # a sheet holds 1,048,576 rows, the header included
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class Exported:
    name: str
    rows: int
    path: Path
    notes: tuple[str, ...] = ()  # what the format could not hold (xlsx limits): flows/export_cli.py prints them


def relations(con: duckdb.DuckDBPyConnection, table: str | None = None, view: str | None = None) -> list[str]:
    """What to export: one named table or view, else every case view and contract table the file has."""
    stored = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()}
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    if table:
        if table not in stored or table in INTERNAL:
            raise ValueError(f"no table {table!r}; tables: {', '.join(sorted(stored - set(INTERNAL)))}")
        return [table]
    if view:
        if view not in views:
            raise ValueError(f"no view {view!r}; views: {', '.join(sorted(views))}")
        return [view]
    return [v for v in VIEWS if v in views] + [t for t in TABLES if t in stored]


def _columns(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in con.execute(f"DESCRIBE {name}").fetchall()]


def _select(con: duckdb.DuckDBPyConnection, name: str) -> str:
    """The rows of a relation, with a `year` column added where only a timestamp tells the year."""
    names = {c for c, _ in _columns(con, name)}
    if "year" not in names and "published_at" in names and "province" in names:
        return f"SELECT *, year(published_at) AS year FROM {name}"
    return f"SELECT * FROM {name}"


def _count(con: duckdb.DuckDBPyConnection, name: str) -> int:
    return con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]


def export_parquet(con: duckdb.DuckDBPyConnection, name: str, out: Path) -> Exported:
    target = out / name
    shutil.rmtree(target, ignore_errors=True)
    query = _select(con, name)
    names = {r[0] for r in con.execute(f"DESCRIBE {query}").fetchall()}
    if {"year", "province"} <= names:
        target.mkdir(parents=True)
        con.execute(f"COPY ({query}) TO '{_sql_path(target)}' (FORMAT parquet, PARTITION_BY (year, province))")
    else:
        target.mkdir(parents=True)
        con.execute(f"COPY ({query}) TO '{_sql_path(target / 'data_0.parquet')}' (FORMAT parquet)")
    return Exported(name, _count(con, name), target)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def export_csv(con: duckdb.DuckDBPyConnection, name: str, out: Path) -> Exported:
    from warehouse.output import write_csv

    target = out / f"{name}.csv"
    cursor = con.execute(f"SELECT * FROM {name}")
    columns = [d[0] for d in cursor.description]
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        n = write_csv(columns, cursor_rows(cursor), fh)
    return Exported(name, n, target)


def export_jsonl(con: duckdb.DuckDBPyConnection, name: str, out: Path) -> Exported:
    target = out / f"{name}.jsonl"
    cursor = con.execute(f"SELECT * FROM {name}")
    columns = [d[0] for d in cursor.description]
    n = 0
    with target.open("w", encoding="utf-8") as fh:
        for row in cursor_rows(cursor):
            fh.write(dumps_strict(dict(zip(columns, row, strict=True))) + "\n")
            n += 1
    return Exported(name, n, target)


def _excel_value(value: Any) -> tuple[Any, bool]:
    """A value openpyxl stores as it is (numbers, dates, text), and whether it had to be cut."""
    import datetime as dt

    if value is None or isinstance(value, bool | int | float | dt.date | dt.datetime):
        if isinstance(value, float) and value != value:
            return None, False
        return value, False
    text = _ILLEGAL_XML.sub("", cell_text(value))
    if len(text) > EXCEL_CELL_LIMIT:
        note = "…[cut at Excel's cell limit; full text in the csv/jsonl/parquet export]"
        return text[: EXCEL_CELL_LIMIT - len(note)] + note, True
    return text, False


def export_xlsx(con: duckdb.DuckDBPyConnection, names: list[str], out: Path) -> list[Exported]:
    from openpyxl import Workbook

    target = out / "cases.xlsx"
    book = Workbook(write_only=True)
    done = []
    for name in names:
        sheet = book.create_sheet(title=name[:31])
        cursor = con.execute(f"SELECT * FROM {name}")
        sheet.append([d[0] for d in cursor.description])
        n = cut = left_out = 0
        for row in cursor_rows(cursor):
            if n >= EXCEL_MAX_ROWS:
                left_out += 1
                continue
            cells = [_excel_value(v) for v in row]
            cut += sum(1 for _, was_cut in cells if was_cut)
            sheet.append([v for v, _ in cells])
            n += 1
        notes = []
        if cut:
            notes.append(f"{cut} cells longer than Excel allows were cut in the xlsx (not in other formats)")
        if left_out:
            notes.append(f"{left_out} rows past Excel's {EXCEL_MAX_ROWS} left out of the xlsx: export csv or parquet")
        done.append(Exported(name, n, target, tuple(notes)))
    book.save(target)
    return done


# --- data dictionary -------------------------------------------------------------------------------------------------


def dictionary(con: duckdb.DuckDBPyConnection, names: list[str]) -> dict[str, Any]:
    """Tables from their contracts; views column by column, described from the contract column of the same name."""
    described = {}
    for table in TABLES.values():
        for col in table.columns():
            described.setdefault(col.name, (table.name, col.description))
    out: dict[str, Any] = {"tables": {}, "views": {}}
    for name in names:
        if name in TABLES:
            t = TABLES[name]
            out["tables"][name] = {
                "key": list(t.key),
                "written": t.write,
                "columns": [
                    {
                        "name": c.name,
                        "type": c.sql_type,
                        "nullable": c.nullable,
                        "description": c.description,
                        "failed_checks": c.severity,
                    }
                    for c in t.columns()
                ],
            }
        else:
            comments = dict(
                con.execute(
                    "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = ? AND comment IS NOT NULL",
                    [name],
                ).fetchall()
            )
            cols = []
            for col, sql_type in _columns(con, name):
                source, text = (None, comments[col]) if col in comments else described.get(col, (None, ""))
                cols.append({"name": col, "type": sql_type, "description": text, "described_in": source})
            out["views"][name] = {"columns": cols}
    return out


def dictionary_markdown(con: duckdb.DuckDBPyConnection, names: list[str], data: dict[str, Any]) -> str:
    lines = ["# Data dictionary", "", "Generated from the pandera contracts (contracts/) by `cases export`.", ""]
    for name, view in data["views"].items():
        lines += [f"### `{name}` (view)", "", "| column | type | description |", "| --- | --- | --- |"]
        for c in view["columns"]:
            where = f" (as `{c['described_in']}.{c['name']}`)" if c["described_in"] else ""
            text = c["description"].replace("|", "\\|")
            lines.append(f"| `{c['name']}` | {c['type']} | {text}{where} |")
        lines.append("")
    tables = render_tables().split("### ")
    lines += [
        "### " + block.rstrip() + "\n" for block in tables if block.split("`")[1:2] and block.split("`")[1] in names
    ]
    return "\n".join(lines).rstrip() + "\n"


def write_dictionary(con: duckdb.DuckDBPyConnection, names: list[str], out: Path) -> None:
    data = dictionary(con, names)
    (out / "data_dictionary.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / "DATA_DICTIONARY.md").write_text(dictionary_markdown(con, names, data), encoding="utf-8")


def export(con: duckdb.DuckDBPyConnection, fmt: str, out: Path, names: list[str]) -> list[Exported]:
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        done = export_xlsx(con, names, out)
    else:
        writer = {"parquet": export_parquet, "csv": export_csv, "jsonl": export_jsonl}[fmt]
        done = [writer(con, name, out) for name in names]
    write_dictionary(con, names, out)
    return done
