"""Contract of `pages`: one row per fetched URL (articles and list pages), its latest successful fetch.

Together with `fetch_failures` it accounts for every URL a run was given or discovered. The row
holds what the next run needs for a conditional GET (ETag, Last-Modified) and a content-hash skip,
and where the raw bytes are kept (content-addressed, gzip, under `<db dir>/raw/`).
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from contracts.base import sql

KINDS = ["article", "list"]


class Pages(pa.DataFrameModel):
    url: Series[str] = pa.Field(
        unique=True, description="Canonical URL as requested (scheme/host lower-cased, no fragment); the key."
    )
    final_url: Series[str] = pa.Field(description="URL after redirects.")
    kind: Series[str] = pa.Field(isin=KINDS, description="article | list (a list page of a crawl source).")
    status: Series[int] = pa.Field(
        isin=[*range(200, 300), 304], description="Last HTTP status: 200, or 304 when the stored copy was current."
    )
    fetched_at: Series[pd.Timestamp] = pa.Field(description="Last fetch, UTC.")
    content_type: Series[str] = pa.Field(nullable=True, description="Content-Type header as served.")
    charset: Series[str] = pa.Field(
        nullable=True, description="Codec the page decoded with (header, BOM, meta, detection; GBK read as gb18030)."
    )
    n_bytes: Series[int] = pa.Field(ge=0, description="Size of the raw body (first page of a multi-page article).")
    content_sha256: Series[str] = pa.Field(
        str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the raw body: the content-hash skip compares it."
    )
    raw_path: Series[str] = pa.Field(
        nullable=True, description="Raw bytes, gzip, relative to the database's folder: raw/<sha[:2]>/<sha>.gz."
    )
    etag: Series[str] = pa.Field(nullable=True, description="ETag header, sent back as If-None-Match.")
    last_modified: Series[str] = pa.Field(
        nullable=True, description="Last-Modified header, sent back as If-Modified-Since."
    )
    part_urls: Series[object] = pa.Field(
        metadata=sql("VARCHAR[]"), description="Further pages of a multi-page article (div.zdfy), joined into one."
    )
    part_raw_paths: Series[object] = pa.Field(
        metadata=sql("VARCHAR[]"), description="Raw-store paths of those further pages, in order."
    )
    attempts: Series[int] = pa.Field(
        ge=1, description="Requests made for this URL in its last fetch (retries included)."
    )
    article_id: Series[str] = pa.Field(
        nullable=True, description="The article this page became (or would become); NULL for list pages."
    )
    extractor_version: Series[str] = pa.Field(
        nullable=True, description="Extractor version that parsed these bytes: a new version re-parses stored bytes."
    )
    run_id: Series[str] = pa.Field(description="The run that last fetched the page.")

    class Config:
        strict = True
        coerce = True
