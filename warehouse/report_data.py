"""The data-quality report's data: runs over time, failing checks, quarantine and failure reasons, coverage.

Read-only queries over `runs`, `dq_runs`, `dq_failures`, `quarantine`, `fetch_failures` and `articles`,
returned as plain rows; warehouse/report.py draws them. `run_health` is the colour rule of a run.
"""

from __future__ import annotations

import re
from typing import Any

import duckdb

from contracts import TABLES
from warehouse.dq_record import dict_rows, scalar, tables_in_db

MAX_RUNS = 40
COVERAGE_FIELDS = [  # (label, column of articles); columns a warehouse lacks are shown as not recorded
    ("title", "title"),
    ("publication date", "published_at"),
    ("region (province)", "province"),
    ("region code", "adcode"),
    ("author organisation", "author_org"),
    ("outlet", "source_outlet"),
]
_REASON = re.compile(r"(\w+)\.(\w+): ([A-Za-z_]+)")


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    return {
        r["column_name"]
        for r in dict_rows(con, "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table])
    }


def report_data(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Everything the data-quality page shows, as plain rows (also embedded in the page as JSON)."""
    present = tables_in_db(con)
    need = {"runs", "articles", "quarantine", "fetch_failures", "dq_runs", "dq_failures"}
    if not need <= present:
        missing = ", ".join(sorted(need - present))
        raise FileNotFoundError(f"not a cases warehouse (missing tables: {missing}); run `cases ingest` first")
    runs = dict_rows(
        con,
        f"""WITH dq AS (
              SELECT run_id, sum(rows_checked) AS rows_checked, sum(rows_failed) AS rows_failed,
                     sum(n_errors) AS n_errors, sum(n_warnings) AS n_warnings,
                     sum(rows_checked) FILTER (WHERE table_name = 'articles') AS articles_checked,
                     sum(rows_failed) FILTER (WHERE table_name = 'articles') AS articles_failed,
                     CASE WHEN sum(n_errors) > 0 THEN 'fail' WHEN sum(n_warnings) > 0 THEN 'warn' ELSE 'pass' END
                       AS dq_status,
                     min(checked_at) AS checked_at
              FROM dq_runs GROUP BY run_id)
            SELECT coalesce(r.run_id, dq.run_id) AS run_id, coalesce(r.flow_name, 'check') AS flow_name,
                   r.status, coalesce(r.started_at, dq.checked_at) AS started_at,
                   r.n_inputs, r.n_articles, r.n_unchanged, r.n_quarantined, r.n_failed,
                   dq.rows_checked, dq.rows_failed, dq.n_errors, dq.n_warnings, dq.dq_status,
                   dq.articles_checked, dq.articles_failed
            FROM runs r FULL OUTER JOIN dq USING (run_id)
            ORDER BY started_at DESC NULLS LAST LIMIT {MAX_RUNS}""",
    )
    runs.reverse()
    for r in runs:
        checked = r["articles_checked"] or 0  # the article is the unit a reader counts in
        r["pass_rate"] = None if not checked else 1 - (r["articles_failed"] or 0) / checked
        r["dq_status"] = run_health(r)
    top_checks = dict_rows(
        con,
        """SELECT table_name, check_name, severity, count(*) AS n, count(DISTINCT run_id) AS runs,
                  max(recorded_at) AS last_seen
           FROM dq_failures GROUP BY table_name, check_name, severity ORDER BY n DESC, table_name LIMIT 12""",
    )
    reasons: dict[str, int] = {}
    for row in dict_rows(con, "SELECT reason FROM quarantine WHERE table_name = 'articles'"):
        found = _REASON.findall(row["reason"] or "")
        key = f"{found[0][0]}.{found[0][1]}: {found[0][2]}" if found else (row["reason"] or "?")[:60]
        reasons[key] = reasons.get(key, 0) + 1
    quarantined = sorted(({"reason": k, "n": v} for k, v in reasons.items()), key=lambda x: (-x["n"], x["reason"]))
    failed_inputs = dict_rows(
        con, "SELECT stage || ': ' || reason AS reason, count(*) AS n FROM fetch_failures GROUP BY ALL ORDER BY n DESC"
    )
    article_cols = _columns(con, "articles")
    n_articles = scalar(con, "SELECT count(*) FROM articles")
    coverage = []
    for label, column in COVERAGE_FIELDS:
        if column not in article_cols:
            coverage.append({"field": label, "column": column, "share": None, "n": None})
            continue
        n = scalar(con, f'SELECT count("{column}") FROM articles')
        coverage.append({"field": label, "column": column, "share": (n / n_articles) if n_articles else None, "n": n})
    recent = dict_rows(
        con,
        """SELECT run_id, table_name, check_name, column_name, severity, row_key, failure_case, source_uri
           FROM dq_failures ORDER BY recorded_at DESC, severity, table_name LIMIT 25""",
    )
    counts = {name: scalar(con, f"SELECT count(*) FROM {name}") for name in TABLES if name in present}
    return {
        "runs": runs,
        "top_checks": top_checks,
        "quarantined": quarantined,
        "failed_inputs": failed_inputs,
        "coverage": coverage,
        "recent_failures": recent,
        "counts": counts,
        "n_articles": n_articles,
        "n_quarantined_articles": scalar(
            con, "SELECT count(DISTINCT row_key) FROM quarantine WHERE table_name = 'articles'"
        ),
    }


def run_health(run: dict[str, Any]) -> str | None:
    """A run's colour: its data-quality status, but never green when the run itself went wrong.

    A run that failed, or whose every input failed, is `fail` however clean the little it checked;
    one that lost some inputs or was interrupted is at best `warn`.
    """
    status, inputs, failed = run["status"], run["n_inputs"] or 0, run["n_failed"] or 0
    if status in ("FAILED", "CRASHED") or (failed and failed >= inputs):
        return "fail"
    if (failed or status == "CANCELLED") and run["dq_status"] in (None, "pass"):
        return "warn"
    return run["dq_status"]
