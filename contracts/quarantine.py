"""Contract of `quarantine`: rows kept out of their table, with the reason and the row itself."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from contracts.base import sql


class Quarantine(pa.DataFrameModel):
    run_id: Series[str] = pa.Field(description="The run that quarantined the row.")
    table_name: Series[str] = pa.Field(description="The table the row was meant for.")
    row_key: Series[str] = pa.Field(description="The row's key, e.g. article_id or article_id/ordinal.")
    source_uri: Series[str] = pa.Field(nullable=True, description="The input the row came from.")
    reason: Series[str] = pa.Field(description="Failed checks as `column: check (value)`; `; `-separated.")
    payload: Series[str] = pa.Field(metadata=sql("JSON"), description="The row as JSON, nothing lost.")
    quarantined_at: Series[pd.Timestamp] = pa.Field(description="UTC.")

    class Config:
        strict = True
        coerce = True
