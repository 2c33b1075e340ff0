"""One pandera model per warehouse table: the checks, the data dictionary and the DDL in one place.

`TABLES` is the registry the loader, the validator and the manual generator (docs/tables.md) all read, so a table
is declared once: its model (columns, types, checks, descriptions), key and how it is written.
"""

from __future__ import annotations

from contracts.article_themes import ArticleThemes
from contracts.articles import Articles
from contracts.base import Table
from contracts.brands import Brands
from contracts.dq_failures import DqFailures
from contracts.dq_runs import DqRuns
from contracts.facts import Facts
from contracts.fetch_failures import FetchFailures
from contracts.pages import Pages
from contracts.practices import Practices
from contracts.quarantine import Quarantine
from contracts.regions import Regions
from contracts.runs import Runs
from contracts.sections import Sections
from contracts.sources import Sources


def _by_article(name: str, model: type, key: tuple[str, ...], parent: str | None = "articles") -> Table:
    """A table written only by replacing whole articles: its key is kept by the writer, not DuckDB."""
    return Table(name, model, key=key, write="replace_by_article", parent=parent, indexed_key=False)


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        _by_article("articles", Articles, ("article_id",), parent=None),
        _by_article("sections", Sections, ("article_id", "ordinal")),
        # case structure (issue 3): figures, measures, named practices, themes
        _by_article("facts", Facts, ("article_id", "fact_id")),
        _by_article("practices", Practices, ("article_id", "ordinal")),
        _by_article("brands", Brands, ("article_id", "ordinal")),
        _by_article("article_themes", ArticleThemes, ("article_id", "theme"), parent=None),
        Table("regions", Regions, key=("code",), write="upsert"),  # reference data, warehouse/reference.py
        Table("runs", Runs, key=("run_id",), write="upsert"),
        Table("quarantine", Quarantine, key=(), write="append"),
        Table("fetch_failures", FetchFailures, key=(), write="append"),
        Table("pages", Pages, key=("url",), write="upsert"),
        Table("sources", Sources, key=("uri",), write="upsert"),  # input fingerprints, warehouse/sources.py
        Table("dq_runs", DqRuns, key=("run_id", "table_name"), write="upsert"),
        Table("dq_failures", DqFailures, key=(), write="append"),
    )
}

# The article tables' keys are held by the writer, not by DuckDB (`indexed_key=False`, contracts/base.py):
# DuckDB appends to the last row group of a table with an index, and rewrites that whole row group (for
# `articles`, every stored body up to 122,880 articles) at each checkpoint: the writer's peak grew with
# the warehouse. A table without one gets a new row group per append.
# Tables filled from articles, in load order (parents first).
ARTICLE_TABLES = [name for name, t in TABLES.items() if t.write == "replace_by_article"]

__all__ = ["ARTICLE_TABLES", "TABLES", "Table"]
