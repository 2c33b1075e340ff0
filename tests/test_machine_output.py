"""Output other programs parse (`--format json|csv|markdown`), README's SQL, plain column names, notebooks."""

from __future__ import annotations

import csv
import io
import json
import math
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT, query

CASES = [sys.executable, "-m", "flows.cli"]


def cases(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([*CASES, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def refuse(name: str) -> None:
    raise ValueError(f"not JSON: {name}")


def strict_lines(text: str) -> list[dict]:
    return [json.loads(line, parse_constant=refuse) for line in text.splitlines() if line.strip()]


def test_jsonable_turns_every_missing_value_into_null() -> None:
    import numpy as np
    import pandas as pd

    from warehouse.output import dumps_strict

    row = {
        "nan": float("nan"),
        "inf": math.inf,
        "nat": pd.NaT,
        "na": pd.NA,
        "np_int": np.int64(3),
        "np_float_nan": np.float64("nan"),
        "array": np.array(["宋晨", "闫妍"]),
        "when": pd.Timestamp("2018-09-25 09:39"),
    }
    assert json.loads(dumps_strict(row), parse_constant=refuse) == {
        "nan": None,
        "inf": None,
        "nat": None,
        "na": None,
        "np_int": 3,
        "np_float_nan": None,
        "array": ["宋晨", "闫妍"],
        "when": "2018-09-25T09:39:00",
    }


def test_sql_json_is_strict_with_lists_nulls_and_iso_dates(seed_warehouse: Path) -> None:
    done = cases(
        "sql",
        "SELECT article_id, title, published_at, editors, CAST('nan' AS DOUBLE) AS x FROM articles ORDER BY 1",
        "--db",
        str(seed_warehouse),
        "--format",
        "json",
    )
    rows = strict_lines(done.stdout)
    assert len(rows) == query(seed_warehouse, "SELECT count(*) FROM articles")[0][0]
    assert all(isinstance(r["editors"], list) and r["x"] is None for r in rows)
    assert any(r["title"] is None for r in rows), "a seed without a title gives null, not NaN"
    for r in rows:
        if r["published_at"] is not None:
            datetime.fromisoformat(r["published_at"])
    assert any(r["editors"] for r in rows)


def test_sql_csv_writes_lists_as_json_arrays_and_markdown_a_table(seed_warehouse: Path) -> None:
    done = cases("sql", "SELECT article_id, editors FROM articles", "--db", str(seed_warehouse), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert all(isinstance(json.loads(r["editors"]), list) for r in rows)
    assert not any(r["editors"].startswith("['") for r in rows), "no Python/numpy reprs"
    md = cases("sql", "SELECT title, editors FROM articles", "--db", str(seed_warehouse), "--format", "markdown")
    lines = md.stdout.splitlines()
    assert lines[0] == "| title | editors |" and lines[1] == "| --- | --- |" and len(lines) == 2 + len(rows)


def test_runs_json_is_strict(seed_warehouse: Path) -> None:
    rows = strict_lines(cases("runs", "--db", str(seed_warehouse), "--format", "json").stdout)
    assert rows and all(r["finished_at"] is None or datetime.fromisoformat(r["finished_at"]) for r in rows)
    assert all(r["error"] is None for r in rows if r["status"] == "COMPLETED")
    md = cases("runs", "--db", str(seed_warehouse), "--format", "markdown").stdout
    assert md.startswith("| run_id | flow_name |")


def readme_sql() -> list[str]:
    """Every SQL statement README and docs/ show: ```sql blocks, and `cases sql "..."` lines."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    text = "\n".join(page.read_text(encoding="utf-8") for page in pages)
    statements = []
    for block in re.findall(r"```sql\n(.*?)```", text, flags=re.S):
        body = "\n".join(line for line in block.splitlines() if not line.strip().startswith("--"))
        statements += [s.strip() for s in body.split(";") if s.strip()]
    statements += re.findall(r'cases sql "([^"]+)"', text)
    return statements


def test_readme_has_sql_examples() -> None:
    assert len(readme_sql()) >= 10


@pytest.mark.parametrize("statement", readme_sql())
def test_every_readme_sql_example_runs_on_the_seed_warehouse(seed_warehouse: Path, statement: str) -> None:
    from warehouse import open_warehouse

    con = open_warehouse(seed_warehouse)
    try:
        con.execute(statement).fetchall()
    finally:
        con.close()


def test_no_column_is_named_with_a_sql_keyword(seed_warehouse: Path) -> None:
    from contracts import TABLES

    con = duckdb.connect()
    keywords = {
        r[0]
        for r in con.execute(
            "SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category <> 'unreserved'"
        ).fetchall()
    }
    columns = {f"{n}.{c.name}": c.name for n, t in TABLES.items() for c in t.columns()}
    columns |= {
        f"{t}.{c}": c
        for t, c in query(seed_warehouse, "SELECT table_name, column_name FROM duckdb_columns() WHERE NOT internal")
    }
    assert sorted(k for k, c in columns.items() if c in keywords) == []


def test_an_older_warehouse_gets_failed_at_with_its_rows(tmp_path: Path) -> None:
    from warehouse.db import connect
    from warehouse.migrate import plan, stored_schema

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute(
        """CREATE TABLE fetch_failures (run_id VARCHAR NOT NULL, url VARCHAR NOT NULL, stage VARCHAR NOT NULL,
               reason VARCHAR NOT NULL, attempts BIGINT NOT NULL, last_status BIGINT, last_error VARCHAR,
               "at" TIMESTAMP NOT NULL)"""
    )
    con.execute(
        "INSERT INTO fetch_failures VALUES ('r1', 'a.html', 'read', 'not found', 1, NULL, NULL, '2026-01-02 03:04')"
    )
    con.close()
    connect(db).close()
    assert query(db, "SELECT url, failed_at FROM fetch_failures ORDER BY failed_at DESC") == [
        ("a.html", datetime(2026, 1, 2, 3, 4))
    ]
    con = connect(db)
    try:
        assert plan(stored_schema(con)).empty  # once done, nothing left to migrate
    finally:
        con.close()


def test_open_warehouse_is_read_only_with_search_and_t2s(seed_warehouse: Path) -> None:
    from warehouse import open_warehouse

    con = open_warehouse(seed_warehouse)
    try:
        hits = con.sql("SELECT article_id, snippet FROM search(t2s('紅色物業'))").fetchall()
        assert len(hits) == 1 and "【红色物业】" in hits[0][1]
        assert con.sql("SELECT count(*) FROM v_cases").fetchall()[0][0] >= 5
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM articles")
    finally:
        con.close()
