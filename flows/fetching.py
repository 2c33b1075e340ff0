"""Prefect tasks around tasks/fetch_batch.py: fetch a batch of URLs (one task run), record their `pages` rows.

`fetch_chunk` is what `run_pipeline` calls on each batch of inputs: URL items are fetched together
in one `fetch-batch` task run and replaced by documents (to parse) or failures; URLs whose page is
unchanged since the last run are counted and dropped. Files pass through untouched.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks.fetch_batch import FetchBatch, fetch_batch
from tasks.http_client import FetchPolicy
from tasks.inputs import list_inputs
from tasks.rawstore import RawStore
from tasks.records import Failure, SourceDoc
from tasks.urls import canonical_url, is_url
from tasks.version import EXTRACTOR_VERSION
from warehouse.db import connect
from warehouse.pages import prior_pages, upsert_pages

Item = str | SourceDoc | Failure


def make_policy(overrides: Mapping[str, Any] | None = None, **more: Any) -> FetchPolicy:
    """A FetchPolicy from plain flow parameters (numbers, booleans, host lists)."""
    values = {**(overrides or {}), **more}
    known = set(FetchPolicy.__dataclass_fields__)
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(f"unknown fetch settings: {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return FetchPolicy().with_(**values)


def list_mixed(inputs: Iterable[str]) -> Iterator[str | Failure]:
    """URLs (each once, by canonical form) and files/folders (as `list_inputs` lists them)."""
    inputs = list(inputs)
    seen: set[str] = set()
    for given in inputs:
        if is_url(given):
            try:
                key = canonical_url(given)
            except ValueError:
                key = given
            if key not in seen:
                seen.add(key)
                yield given
    paths = [p for p in inputs if not is_url(p)]
    if paths:
        yield from list_inputs(paths)


@dataclass
class Fetched:
    items: list[Item]
    unchanged: list[str] = field(default_factory=list)
    pages: list[dict[str, Any]] = field(default_factory=list)


@task(name="fetch-batch", cache_policy=NO_CACHE, persist_result=False)
def fetch_urls(urls: list[str], db: str, policy: FetchPolicy, kind: str = "article") -> FetchBatch:
    """Fetch a batch of URLs: prior `pages` rows for conditional GET, raw bytes beside the database."""
    with connect(db, schema=False) as con:  # within a run: the schema is current
        prior = prior_pages(con, [canonical_url(u) for u in urls if is_url(u)])
    batch = fetch_batch(urls, policy, RawStore.beside(db), EXTRACTOR_VERSION, prior=prior, kind=kind)
    logger = get_run_logger()
    logger.info(
        "fetched %d %s URLs with %d requests: %d to parse, %d unchanged, %d failed",
        len(urls),
        kind,
        batch.n_requests,
        len(batch.docs),
        len(batch.unchanged),
        len(batch.failures),
    )
    return batch


@task(name="record-pages", cache_policy=NO_CACHE, persist_result=False)
def record_pages(rows: list[dict[str, Any]], db: str, run_id: str) -> int:
    with connect(db, schema=False) as con:  # within a run: the schema is current
        return upsert_pages(con, rows, run_id)


def fetch_chunk(chunk: list[Item], db: str, policy: FetchPolicy | None) -> Fetched:
    """Replace the URL items of a chunk by what fetching them gave; other items pass through."""
    urls = [item for item in chunk if is_url(item)]
    if not urls:
        return Fetched(list(chunk))
    batch = fetch_urls(urls, db, policy or FetchPolicy())
    items: list[Item] = [item for item in chunk if not is_url(item)]
    items.extend(batch.docs)
    items.extend(batch.failures)
    return Fetched(items, batch.unchanged, batch.pages)
