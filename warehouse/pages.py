"""`pages`: what the fetcher needs from the last run (prior rows) and the upsert of this run's rows.

Written after the batch's articles are loaded, so a `pages` row that lets the next run skip a URL
never exists without the article it stands for (a crash in between only costs a re-fetch).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import duckdb
import pandas as pd

from contracts import TABLES
from warehouse.db import upsert_frame


def prior_pages(con: duckdb.DuckDBPyConnection, urls: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Stored `pages` rows for these canonical URLs, by URL (one query)."""
    wanted = pd.DataFrame({"url": sorted(set(urls))})
    if wanted.empty:
        return {}
    con.register("_wanted", wanted)
    try:
        cursor = con.execute("SELECT p.* FROM pages p JOIN _wanted w USING (url)")
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    finally:
        con.unregister("_wanted")
    out: dict[str, dict[str, Any]] = {}
    for values in rows:
        row = dict(zip(names, values, strict=True))
        for key in ("part_urls", "part_raw_paths"):
            row[key] = list(row.get(key) or [])
        out[row["url"]] = row
    return out


def upsert_pages(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], run_id: str) -> int:
    """Insert or replace this run's rows (validated by the `pages` contract); returns rows written."""
    if not rows:
        return 0
    columns = list(TABLES["pages"].schema().columns)
    frame = pd.DataFrame([{**r, "run_id": run_id} for r in rows])
    frame = frame.drop_duplicates("url", keep="last").reindex(columns=columns)
    frame = TABLES["pages"].schema().validate(frame)
    upsert_frame(con, "pages", frame)
    return len(frame)
