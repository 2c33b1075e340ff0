"""`open_warehouse()`: the warehouse from a notebook or script, read-only, with views and search ready.

    from warehouse import open_warehouse
    con = open_warehouse()                      # $CASES_DB or warehouse/cases.duckdb
    con.sql("SELECT * FROM search('红色物业')").df()
    con.sql("SELECT * FROM search(t2s('紅色物業'))").df()   # traditional-script query, converted

Read-only so a notebook left open never blocks a scheduled run for longer than it takes to query
(DuckDB lets one process write a file; readers must close before the next run can write).
"""

from __future__ import annotations

import os

import duckdb


def open_warehouse(
    path: str | os.PathLike[str] | None = None, *, wait_seconds: float = 10.0, update_index: bool = True
) -> duckdb.DuckDBPyConnection:
    """A read-only DuckDB connection with the case views, the `search` macro and a `t2s(text)` function.

    A warehouse written before the search index existed (or whose index lags its articles) is
    indexed first, under the run lock, unless `update_index=False`.
    """
    from warehouse.db import connect
    from warehouse.reindex import update_index as bring_up_to_date
    from warehouse.search import simplified_query, unindexed

    if update_index:
        with connect(path, read_only=True, wait_seconds=wait_seconds) as probe:
            behind = unindexed(probe)
        if behind:
            bring_up_to_date(path, wait_seconds=wait_seconds)
    con = connect(path, read_only=True, wait_seconds=wait_seconds)  # open on purpose: the notebook's session
    con.create_function("t2s", simplified_query, [duckdb.sqltype("VARCHAR")], duckdb.sqltype("VARCHAR"))
    return con
