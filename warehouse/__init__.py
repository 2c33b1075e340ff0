"""The DuckDB warehouse: the only package that writes the database file.

`open_warehouse()` (warehouse/notebook.py) is the entry point for notebooks and scripts.
"""

from __future__ import annotations

from typing import Any

__all__ = ["open_warehouse"]


def __getattr__(name: str) -> Any:  # lazy: `import warehouse.db` must not pull in the notebook helpers
    if name == "open_warehouse":
        from warehouse.notebook import open_warehouse

        return open_warehouse
    raise AttributeError(name)
