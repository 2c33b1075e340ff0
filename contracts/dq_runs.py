"""Contract of `dq_runs`: per run and table, how many rows were checked and how many failed."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from contracts.base import sql

DQ_STATUSES = ["pass", "warn", "fail"]


class DqRuns(pa.DataFrameModel):
    run_id: Series[str] = pa.Field(description="The run (runs.run_id), or `check-<time>` for a recorded `cases check`.")
    table_name: Series[str] = pa.Field(description="The table checked.")
    rows_checked: Series[int] = pa.Field(ge=0, description="Rows validated in this run (new or changed ones).")
    rows_failed: Series[int] = pa.Field(ge=0, description="Checked rows with at least one failed check.")
    status: Series[str] = pa.Field(
        isin=DQ_STATUSES, description="fail: an error-severity failure; warn: warnings only; pass: none."
    )
    rows_quarantined: Series[int] = pa.Field(
        ge=0, description="Rows sent to `quarantine` (their own errors, or their article's)."
    )
    n_errors: Series[int] = pa.Field(ge=0, description="Error-severity failures recorded in `dq_failures`.")
    n_warnings: Series[int] = pa.Field(ge=0, description="Warning-severity failures recorded in `dq_failures`.")
    rows_current: Series[int] = pa.Field(
        ge=0, description="Rows from this run's inputs in the table after it (loaded + unchanged): the row count."
    )
    null_counts: Series[str] = pa.Field(
        metadata=sql("JSON"),
        description="NULLs among `rows_current` per watched column (`{column: n}`), for the null-share check.",
    )
    table_rows: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="Rows in the whole table after the run.")
    checked_at: Series[pd.Timestamp] = pa.Field(description="UTC, last update.")

    class Config:
        strict = True
        coerce = True
