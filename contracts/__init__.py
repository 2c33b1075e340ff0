"""One pandera model per warehouse table: the checks, the data dictionary and the DDL in one place.

`TABLES` is the registry the loader, the validator and the README generator all read, so a table
is declared once: its model (columns, types, checks, descriptions), key and how it is written.
"""

from __future__ import annotations

from contracts.articles import Articles
from contracts.base import Table
from contracts.fetch_failures import FetchFailures
from contracts.quarantine import Quarantine
from contracts.runs import Runs
from contracts.sections import Sections

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table("articles", Articles, key=("article_id",), write="replace_by_article"),
        Table("sections", Sections, key=("article_id", "ordinal"), write="replace_by_article", parent="articles"),
        Table("runs", Runs, key=("run_id",), write="upsert"),
        Table("quarantine", Quarantine, key=(), write="append"),
        Table("fetch_failures", FetchFailures, key=(), write="append"),
    )
}

# Tables filled from articles, in load order (parents first).
ARTICLE_TABLES = [name for name, t in TABLES.items() if t.write == "replace_by_article"]

__all__ = ["ARTICLE_TABLES", "TABLES", "Table"]
