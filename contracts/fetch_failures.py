"""Contract of `fetch_failures`: inputs that never became rows, and why."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

STAGES = ["read", "fetch", "decode", "parse"]


class FetchFailures(pa.DataFrameModel):
    run_id: Series[str] = pa.Field(description="The run that met the failure.")
    url: Series[str] = pa.Field(description="The URL, or the file path for local inputs.")
    stage: Series[str] = pa.Field(isin=STAGES, description="read | fetch | decode | parse.")
    reason: Series[str] = pa.Field(description="Short reason (`not found`, `binary content`, `HTTP 404` …).")
    attempts: Series[int] = pa.Field(ge=0, description="Fetch attempts made (1 for local files).")
    last_status: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="Last HTTP status, when there was one.")
    last_error: Series[str] = pa.Field(nullable=True, description="Detail of the last error.")
    failed_at: Series[pd.Timestamp] = pa.Field(description="When the input failed, UTC.")

    class Config:
        strict = True
        coerce = True
