"""`cases export` over a real seed warehouse: row counts per format equal the tables', lists survive."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT, query

CASES = [sys.executable, "-m", "flows.cli"]


def export(db: Path, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [*CASES, "export", "--db", str(db), "--out", str(out), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return done


def counts(db: Path) -> dict[str, int]:
    names = [r[0] for r in query(db, "SELECT table_name FROM duckdb_tables() WHERE table_name NOT LIKE 'search_%'")]
    names += ["v_cases", "v_facts", "v_duplicates"]
    return {n: query(db, f"SELECT count(*) FROM {n}")[0][0] for n in names}


def test_parquet_is_partitioned_by_year_and_province_and_counts_match(seed_warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    export(seed_warehouse, out, "--format", "parquet")
    expected = counts(seed_warehouse)
    con = duckdb.connect()
    for name, n in expected.items():
        files = list((out / name).rglob("*.parquet"))
        assert files, name
        got = con.execute(
            f"SELECT count(*) FROM read_parquet('{out / name}/**/*.parquet', hive_partitioning = true)"
        ).fetchall()[0][0]
        assert got == n, name
    partitions = {p.relative_to(out / "v_cases").parts[:2] for p in (out / "v_cases").rglob("*.parquet")}
    assert ("year=2018", "province=%E5%9B%9B%E5%B7%9D%E7%9C%81") in partitions  # 四川省, percent-encoded
    cases = con.execute(
        f"SELECT province, year, themes FROM read_parquet('{out}/v_cases/**/*.parquet', hive_partitioning = true)"
    ).fetchall()
    assert {"四川省", "浙江省"} <= {r[0] for r in cases}
    assert all(isinstance(r[2], list) for r in cases) and any(r[2] for r in cases)  # native lists
    articles = con.execute(
        f"SELECT editors FROM read_parquet('{out}/articles/**/*.parquet', hive_partitioning = true)"
    ).fetchall()
    assert all(isinstance(r[0], list) for r in articles)


def test_csv_has_a_bom_json_lists_and_the_tables_row_counts(seed_warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    export(seed_warehouse, out, "--format", "csv")
    for name, n in counts(seed_warehouse).items():
        raw = (out / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
        assert len(rows) == n, name
    cases = list(csv.DictReader(io.StringIO((out / "v_cases.csv").read_text(encoding="utf-8-sig"))))
    themes = [json.loads(r["themes"]) for r in cases]
    assert all(isinstance(t, list) for t in themes) and any(themes)
    assert "nan" not in (out / "articles.csv").read_text(encoding="utf-8-sig").lower().split(",")


def test_jsonl_is_strict_and_xlsx_has_a_sheet_per_table(seed_warehouse: Path, tmp_path: Path) -> None:
    def refuse(name: str) -> None:
        raise ValueError(name)

    export(seed_warehouse, tmp_path / "jsonl", "--format", "jsonl", "--view", "v_facts")
    lines = (tmp_path / "jsonl" / "v_facts.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line, parse_constant=refuse) for line in lines]
    assert len(rows) == query(seed_warehouse, "SELECT count(*) FROM v_facts")[0][0] > 0

    from openpyxl import load_workbook

    export(seed_warehouse, tmp_path / "xlsx", "--format", "xlsx", "--table", "sections")
    book = load_workbook(tmp_path / "xlsx" / "cases.xlsx", read_only=True)
    assert book.sheetnames == ["sections"]
    assert len(list(book["sections"].iter_rows())) - 1 == query(seed_warehouse, "SELECT count(*) FROM sections")[0][0]


def test_xlsx_says_which_cells_it_had_to_cut(seed_warehouse: Path, tmp_path: Path) -> None:
    db = tmp_path / "cases.duckdb"
    db.write_bytes(seed_warehouse.read_bytes())
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE sections SET text = repeat('党', 40000) WHERE rowid = (SELECT min(rowid) FROM sections)")
    done = export(db, tmp_path / "xlsx", "--format", "xlsx", "--table", "sections")
    assert "1 cells longer than Excel allows were cut" in done.stdout, done.stdout
    assert "cells longer" not in export(seed_warehouse, tmp_path / "plain", "--format", "xlsx").stdout


def test_data_dictionary_comes_from_the_contracts(seed_warehouse: Path, tmp_path: Path) -> None:
    from contracts import TABLES

    export(seed_warehouse, tmp_path / "d", "--format", "csv")
    data = json.loads((tmp_path / "d" / "data_dictionary.json").read_text(encoding="utf-8"))
    for name, table in TABLES.items():
        assert [c["name"] for c in data["tables"][name]["columns"]] == [c.name for c in table.columns()]
    assert all(c["description"] for c in data["views"]["v_cases"]["columns"]), "every view column described"
    markdown = (tmp_path / "d" / "DATA_DICTIONARY.md").read_text(encoding="utf-8")
    assert "### `v_cases` (view)" in markdown and "### `fetch_failures`" in markdown and "`failed_at`" in markdown


def test_export_refuses_an_unknown_table_plainly(seed_warehouse: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [*CASES, "export", "--db", str(seed_warehouse), "--out", str(tmp_path), "--table", "nope"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "no table 'nope'" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("fmt", ["csv"])
def test_export_runs_while_another_reader_has_the_file_open(seed_warehouse: Path, tmp_path: Path, fmt: str) -> None:
    reader = duckdb.connect(str(seed_warehouse), read_only=True)  # read-only export coexists with readers
    try:
        export(seed_warehouse, tmp_path / "x", "--format", fmt, "--view", "v_cases")
    finally:
        reader.close()
