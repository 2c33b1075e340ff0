"""Contract of `runs`: one row per flow run, manual or scheduled, with what it did."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from contracts.base import sql

STATUSES = ["RUNNING", "COMPLETED", "FAILED", "CRASHED", "CANCELLED"]


class Runs(pa.DataFrameModel):
    run_id: Series[str] = pa.Field(unique=True, description="The Prefect flow run id.")
    flow_name: Series[str] = pa.Field(description="ingest, crawl, check …")
    deployment: Series[str] = pa.Field(
        nullable=True,
        description="Deployment that ran it (ingest-pages, crawl-sources …); NULL when run by hand.",
    )
    status: Series[str] = pa.Field(
        isin=STATUSES,
        description="RUNNING while it runs, then COMPLETED or FAILED; CRASHED when its process died mid-run.",
    )
    started_at: Series[pd.Timestamp] = pa.Field(description="UTC.")
    finished_at: Series[pd.Timestamp] = pa.Field(nullable=True, description="UTC; NULL while running.")
    n_inputs: Series[int] = pa.Field(ge=0, description="Inputs seen: files, URLs, listed paths that do not exist.")
    n_articles: Series[int] = pa.Field(ge=0, description="Articles loaded new or changed in this run.")
    n_unchanged: Series[int] = pa.Field(
        ge=0, description="Articles already stored with the same content and extractor version."
    )
    n_quarantined: Series[int] = pa.Field(ge=0, description="Inputs whose rows failed an error-severity check.")
    n_failed: Series[int] = pa.Field(ge=0, description="Inputs that could not be read, fetched, decoded or parsed.")
    db_path: Series[str] = pa.Field(description="The warehouse file the run wrote.")
    error: Series[str] = pa.Field(nullable=True, description="Why the run failed, when it did.")
    parameters: Series[str] = pa.Field(
        metadata=sql("JSON"), nullable=True, description="The flow's parameters, as JSON."
    )

    class Config:
        strict = True
        coerce = True
