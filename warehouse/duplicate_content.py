"""`duplicate_content` against the whole warehouse, on the writer's side.

The articles contract (contracts/articles.py) finds two articles with the same `content_sha256` only
within the frame it validates: workers validate a batch without the warehouse. The same text arriving
in a later batch or a later run (a mirror crawled next week) would pass unseen. So the writer, once a
batch is loaded, joins that batch's articles against every other stored article and records each
match as the contract would: a warning row in `dq_failures` (same check, column and severity), its
`failure_case` naming the twin, and the run's `dq_runs` counts raised to match. Both articles stay
loaded; near-identical mirrors are a different matter (warehouse/duplicates.py, articles.duplicate_of).

A batch's twins within itself are the contract's to report; an article already holding a
`duplicate_content` row for this run gets no second one, so calling this twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

import duckdb
import pandas as pd

from contracts import TABLES
from warehouse.db import transaction
from warehouse.dq_record import status_of

CHECK = "duplicate_content"
TABLE = "articles"
FAILURE_CASE_CHARS = 200  # as contracts/validate.py shortens failing values


def record_duplicate_content(con: duckdb.DuckDBPyConnection, run_id: str, article_ids: Iterable[str]) -> int:
    """Warn about this batch's loaded articles whose text another stored article already has; returns rows added."""
    ids = pd.DataFrame({"article_id": pd.Series(list(article_ids), dtype="string").drop_duplicates()})
    if ids.empty:
        return 0
    twins = _twins(con, ids)  # usually none: then nothing else is read
    if not twins:
        return 0
    column = TABLES[TABLE].check_column(CHECK)
    severity = TABLES[TABLE].severity(CHECK, column)
    now = datetime.now(UTC).replace(tzinfo=None)
    with transaction(con):
        recorded = con.execute(  # this run's failures of these rows so far (the batch's own included)
            "SELECT row_key, bool_or(check_name = ?) FROM dq_failures"
            " WHERE run_id = ? AND table_name = ? AND list_contains(?, row_key) GROUP BY row_key",
            [CHECK, run_id, TABLE, [t[0] for t in twins]],
        ).fetchall()
        already = {key for key, same_check in recorded if same_check}
        failing = {key for key, _ in recorded}
        new = [t for t in twins if t[0] not in already]
        if not new:
            return 0
        rows = pd.DataFrame(
            {
                "run_id": run_id,
                "table_name": TABLE,
                "check_name": CHECK,
                "column_name": column,
                "failure_case": [_short(case) for _, case, _ in new],
                "row_key": [article_id for article_id, _, _ in new],
                "severity": severity,
                "source_uri": [uri for _, _, uri in new],
                "recorded_at": now,
            }
        )
        con.register("_duplicate_rows", rows)
        try:
            con.execute("INSERT INTO dq_failures BY NAME SELECT * FROM _duplicate_rows")
        finally:
            con.unregister("_duplicate_rows")
        _count_in_dq_runs(con, run_id, severity, len(new), sum(t[0] not in failing for t in new), now)
    return len(new)


def _twins(con: duckdb.DuckDBPyConnection, ids: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(article_id, failure_case naming the earliest-loaded twin, source_uri) for batch articles stored twice over."""
    con.register("_batch_ids", ids)
    try:
        return con.execute(
            f"""
            WITH mine AS (
                SELECT a.article_id, a.content_sha256, a.source_uri
                FROM {TABLE} a JOIN _batch_ids b ON a.article_id = b.article_id
                WHERE a.content_sha256 IS NOT NULL
            )
            SELECT m.article_id,
                   m.content_sha256 || ' also in ' || first(o.article_id ORDER BY o.ingested_at, o.article_id)
                       || coalesce(' (' || first(o.source_uri ORDER BY o.ingested_at, o.article_id) || ')', ''),
                   m.source_uri
            FROM mine m JOIN {TABLE} o ON o.content_sha256 = m.content_sha256
            WHERE o.article_id NOT IN (SELECT article_id FROM _batch_ids)
            GROUP BY m.article_id, m.content_sha256, m.source_uri
            ORDER BY m.article_id
            """
        ).fetchall()
    finally:
        con.unregister("_batch_ids")


def _count_in_dq_runs(
    con: duckdb.DuckDBPyConnection, run_id: str, severity: str, n: int, newly_failed: int, now: datetime
) -> None:
    """Raise the run's `articles` row in `dq_runs` by the new failures (the batch wrote that row as it loaded)."""
    counter = "n_errors" if severity == "error" else "n_warnings"
    row = con.execute(
        f"""UPDATE dq_runs SET {counter} = {counter} + ?, rows_failed = rows_failed + ?, checked_at = ?
            WHERE run_id = ? AND table_name = ? RETURNING n_errors, n_warnings""",
        [n, newly_failed, now, run_id, TABLE],
    ).fetchall()
    if row:
        con.execute(
            "UPDATE dq_runs SET status = ? WHERE run_id = ? AND table_name = ?",
            [status_of(int(row[0][0]), int(row[0][1])), run_id, TABLE],
        )


def _short(value: str) -> str:
    return value if len(value) <= FAILURE_CASE_CHARS else value[:FAILURE_CASE_CHARS] + "…"
