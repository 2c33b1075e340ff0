"""Contract of `dq_failures`: every failed check, one row per failing value, written on every run."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

SEVERITIES = ["error", "warning"]


class DqFailures(pa.DataFrameModel):
    run_id: Series[str] = pa.Field(description="The run that met the failure.")
    table_name: Series[str] = pa.Field(description="The table whose contract failed.")
    check_name: Series[str] = pa.Field(
        description="The check as pandera names it, e.g. `str_length(200, None)`, `published_not_in_future`."
    )
    column_name: Series[str] = pa.Field(nullable=True, description="The column checked; NULL for a whole-table check.")
    failure_case: Series[str] = pa.Field(nullable=True, description="The failing value (first 200 characters).")
    row_key: Series[str] = pa.Field(description="The failing row's key (article_id, article_id/ordinal); `*` = table.")
    severity: Series[str] = pa.Field(
        isin=SEVERITIES, description="error: the row was quarantined; warning: the row loaded, failure recorded."
    )
    source_uri: Series[str] = pa.Field(nullable=True, description="The input the row came from, when known.")
    recorded_at: Series[pd.Timestamp] = pa.Field(description="UTC.")

    class Config:
        strict = True
        coerce = True
