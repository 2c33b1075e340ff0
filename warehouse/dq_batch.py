"""The data-quality record of one batch, written inside the batch's own transaction (warehouse/load.py).

The validator's counts are added to the run's `dq_runs` rows and its failures appended to
`dq_failures`; the rows of unchanged articles count as current in the run (`stored_snapshots`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import duckdb
import pandas as pd

from contracts import ARTICLE_TABLES, TABLES
from contracts.checks import Snapshot
from contracts.validate import Known, SplitBatch, TableStats
from warehouse.db import insert_frame
from warehouse.dq_record import dict_rows, dq_run_row, tables_in_db, upsert_dq_runs

_COUNTS = ("rows_checked", "rows_failed", "rows_quarantined", "n_errors", "n_warnings", "rows_current")


@dataclass
class DqBatch:
    """A batch's contribution to the data-quality record."""

    run_id: str
    failures: pd.DataFrame  # dq_failures rows
    stats: dict[str, TableStats]
    current: dict[str, Snapshot]  # rows from the batch's inputs now in each table, and their NULLs


def stored_snapshots(con: duckdb.DuckDBPyConnection, article_ids: set[str]) -> dict[str, Snapshot]:
    """Rows (and watched NULLs) already stored for unchanged articles: they count as current in this run."""
    if not article_ids:
        return {}
    con.register("_unchanged", pd.DataFrame({"article_id": sorted(article_ids)}))
    out = {}
    try:
        present = tables_in_db(con)
        for name in ARTICLE_TABLES:
            if name not in present:
                continue
            watched = TABLES[name].watched_nulls()
            nulls = "".join(f', count(*) FILTER (WHERE "{c}" IS NULL) AS "null {c}"' for c in watched)
            where = "article_id IN (SELECT article_id FROM _unchanged)"
            (row,) = dict_rows(con, f"SELECT count(*) AS n{nulls} FROM {name} WHERE {where}")
            out[name] = Snapshot(int(row["n"]), {c: int(row[f"null {c}"]) for c in watched})
    finally:
        con.unregister("_unchanged")
    return out


def batch_dq(run_id: str, stored: dict[str, Snapshot], split: SplitBatch) -> DqBatch:
    """`stored`: snapshots of unchanged articles' rows (stored_snapshots), added to the batch's new rows."""
    current = {}
    for name in ARTICLE_TABLES:
        frame = split.valid.get(name)
        frame = frame if frame is not None else pd.DataFrame()
        watched = [c for c in TABLES[name].watched_nulls() if c in frame]
        before = stored.get(name, Snapshot(0, {}))
        nulls = {c: int(frame[c].isna().sum()) + before.nulls.get(c, 0) for c in watched}
        for c, n in before.nulls.items():
            nulls.setdefault(c, n)
        current[name] = Snapshot(len(frame) + before.rows, nulls)
    return DqBatch(run_id, split.failures, split.stats, current)


def write_batch_dq(con: duckdb.DuckDBPyConnection, dq: DqBatch) -> None:
    """Add a batch's counts to its run's `dq_runs` rows and append its failures (caller holds the transaction)."""
    insert_frame(con, "dq_failures", dq.failures)
    existing = {
        r["table_name"]: r
        for r in dict_rows(
            con,
            f"SELECT table_name, {', '.join(_COUNTS)}, CAST(null_counts AS VARCHAR) AS null_counts "
            "FROM dq_runs WHERE run_id = ?",
            [dq.run_id],
        )
    }
    rows = []
    for name in sorted(set(dq.stats) | set(dq.current)):
        st = dq.stats.get(name, TableStats())
        cur = dq.current.get(name, Snapshot(0, {}))
        old = existing.get(name, {})
        nulls = json.loads(old["null_counts"]) if old.get("null_counts") else {}
        for column, n in cur.nulls.items():
            nulls[column] = nulls.get(column, 0) + n
        add = (st.rows_checked, st.rows_failed, st.rows_quarantined, st.n_errors, st.n_warnings, cur.rows)
        totals = [a + old.get(column, 0) for column, a in zip(_COUNTS, add, strict=True)]
        rows.append(dq_run_row(dq.run_id, name, *totals, nulls=nulls, table_rows=None))
    upsert_dq_runs(con, rows)


def known_references(con: duckdb.DuckDBPyConnection) -> Known:
    """Values of every referenced column (`Field(metadata={"references": ...})`) whose table holds rows."""
    present = tables_in_db(con)
    known: dict[tuple[str, str], set[str]] = {}
    for table in TABLES.values():
        for ref in table.references().values():
            if ref in known or ref[0] not in present:
                continue
            values = {str(r[0]) for r in con.execute(f'SELECT DISTINCT "{ref[1]}" FROM {ref[0]}').fetchall()}
            if values:  # an empty reference table means "not loaded yet", not "every value unknown"
                known[ref] = values
    return known
