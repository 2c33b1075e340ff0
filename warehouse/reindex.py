"""Bring a warehouse's search index up to date from outside a run: the whole operation, under the run lock.

Kept apart from warehouse/search.py (the index itself), which warehouse/db.py calls on every writing
open: this module opens the warehouse, so it sits above both.
"""

from __future__ import annotations

import os

from warehouse.db import connect
from warehouse.lock import run_lock
from warehouse.search import reindex


def update_index(db: str | os.PathLike[str] | None, *, wait_seconds: float = 10.0, rebuild: bool = False) -> int:
    """Bring a warehouse's index up to date (or rebuild it) under the run lock; returns articles indexed.

    Opening the warehouse for writing indexes the articles the index lacks (db.ensure_schema);
    raises WarehouseBusy when a run holds it for longer than `wait_seconds`.
    """
    with (
        run_lock(db, flow_name="search-index", wait_seconds=wait_seconds),
        connect(db, wait_seconds=wait_seconds) as con,
    ):
        return reindex(con) if rebuild else con.execute("SELECT count(*) FROM search_docs").fetchall()[0][0]
