"""A read-only warehouse for a `cases` verb, or a plain sentence on stderr saying why there is none.

warehouse/ raises (FileNotFoundError, WarehouseBusy); the terminal wording lives here in flows/.
"""

from __future__ import annotations

import os
import sys

import duckdb

from warehouse.db import WarehouseBusy, connect


def connect_or_explain(
    verb: str, path: str | os.PathLike[str] | None, *, wait_seconds: float = 10.0
) -> duckdb.DuckDBPyConnection | None:
    """A read-only connection for a `cases` verb; None after saying plainly why there is none (no file, busy)."""
    try:
        return connect(path, read_only=True, wait_seconds=wait_seconds)
    except (FileNotFoundError, WarehouseBusy) as exc:
        print(f"cases {verb}: {exc}", file=sys.stderr)
        return None
