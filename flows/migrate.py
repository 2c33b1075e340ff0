"""The `migrate` flow: bring an older warehouse to the current schema and re-derive its articles now.

Opening a warehouse for writing already adds what is missing and marks the stored articles for
re-derivation (warehouse/migrate.py); this flow also re-derives them at once, from their files (when
still where they were read) or from the raw pages stored beside the warehouse, through the ordinary
ingest pipeline (validation, quarantine, the `runs` row). Articles whose source is gone stay marked
and are re-derived when next ingested or crawled.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger

from flows import PROJECT_ROOT
from flows.ingest import RunSummary, run_pipeline
from tasks.fetch_batch import stored_document
from tasks.inputs import article_id_for, canonical_path
from tasks.rawstore import RawStore
from tasks.records import SourceDoc
from tasks.urls import is_url
from tasks.version import EXTRACTOR_VERSION
from warehouse.db import connect, db_path
from warehouse.migrate import pending, stale_articles
from warehouse.pages import prior_pages


@dataclass
class MigrateSummary:
    db_path: str
    changes: str  # what the schema migration did ("" when the schema was current)
    n_stale: int  # articles marked for re-derivation before this run
    n_missing: int  # of those, articles whose file or stored page is gone (still marked)
    missing: list[str] = field(default_factory=list)
    run: RunSummary | None = None


def _file_for(article_id: str, source_uri: str) -> str | None:
    """The file an article was read from, if it is still there (as given, or under the project)."""
    for candidate in (Path(source_uri), PROJECT_ROOT / source_uri):
        if candidate.is_file() and article_id_for(canonical_path(candidate)) == article_id:
            return str(candidate)
    return None


def _sources(target: str, stale: list[tuple[str, str]], missing: list[str]) -> Iterator[str | SourceDoc]:
    """The stored pages are read here, before the run opens the warehouse: DuckDB refuses a read-only
    connection in a process that already holds a read-write one to the same file, and the run starts
    reading these inputs with its own connection open."""
    urls = [uri for _, uri in stale if is_url(uri)]
    with connect(target, read_only=True) as con:
        pages = {row["article_id"]: row for row in prior_pages(con, _canonical(urls)).values()}
    return _found(target, stale, pages, missing)


def _found(
    target: str, stale: list[tuple[str, str]], pages: dict[str, dict[str, Any]], missing: list[str]
) -> Iterator[str | SourceDoc]:
    store = RawStore.beside(target)
    for article_id, uri in stale:
        found: str | SourceDoc | None
        if is_url(uri):
            page = pages.get(article_id)
            found = stored_document(uri, page, store) if page else None
        else:
            found = _file_for(article_id, uri)
        if found is None:
            missing.append(uri)
        else:
            yield found


def _canonical(urls: list[str]) -> list[str]:
    from tasks.urls import canonical_url

    out = []
    for url in urls:
        try:
            out.append(canonical_url(url))
        except ValueError:
            continue
    return out


@flow(name="migrate", log_prints=True)
def migrate(db: str | None = None, batch_size: int | None = None) -> MigrateSummary:
    """Migrate the warehouse's schema to the contracts and re-derive the articles that need it."""
    target = str(db_path(db))
    logger = get_run_logger()
    changes = ""
    if Path(target).exists():
        with connect(target, read_only=True) as con:
            changes = pending(con).describe()
    with connect(target) as con:  # applies the migration (or raises SchemaDrift)
        stale = stale_articles(con)
    summary = MigrateSummary(target, changes, len(stale), 0)
    if changes:
        logger.info("schema of %s migrated: %s", target, changes)
    if not stale:
        return summary
    missing: list[str] = []
    parameters = {"db": target, "batch_size": batch_size, "stale": len(stale)}
    summary.run = run_pipeline("migrate", _sources(target, stale, missing), target, batch_size, parameters)
    summary.n_missing, summary.missing = len(missing), missing
    with connect(target) as con:  # re-derived from stored pages: the next crawl need not parse them again
        con.execute(
            """UPDATE pages SET extractor_version = ? WHERE kind = 'article' AND extractor_version IS NULL
               AND article_id IN (SELECT article_id FROM articles WHERE extractor_version = ?)""",
            [EXTRACTOR_VERSION, EXTRACTOR_VERSION],
        )
    for uri in missing[:20]:
        logger.warning("not re-derived (file or stored page gone; re-derives when next ingested): %s", uri)
    return summary
