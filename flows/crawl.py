"""The `crawl` flow: list pages named in seeds/sources.toml → article URLs → the ingest pipeline.

List pages are fetched in batches (one `fetch-batch` task run per batch, recorded in `pages` as
kind `list`), each source with its own allowed hosts; the article URLs they link to stream into the
same batch → fetch → parse → validate → load path as `cases ingest URL`. Conditional GET and the
content-hash skip make a second crawl of an unchanged site load nothing and fetch no article body.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from prefect import flow
from prefect.runtime import flow_run

from flows import PROJECT_ROOT
from flows.alerts import alert_failed_flow
from flows.fetching import fetch_urls, make_policy, record_pages
from flows.ingest import Dispatch, RunSummary, run_pipeline
from tasks.fetch_batch import FetchBatch
from tasks.http_client import FetchPolicy
from tasks.records import Failure
from tasks.sources import Source, discover, load_sources
from tasks.urls import canonical_url
from warehouse.db import db_path

DEFAULT_SOURCES = str(PROJECT_ROOT / "seeds" / "sources.toml")


def _crawl_items(
    sources: list[Source], target: str, settings: dict[str, object], run_id: str
) -> Iterator[str | Failure]:
    """Article URLs of every source (each once over the run) and failures of their list pages."""
    seen: set[str] = set()
    for source in sources:
        private = source.allow_private or bool(settings.get("allow_private"))
        policy = make_policy(settings, allowed_hosts=source.hosts(), allow_private=private)

        def fetch_lists(urls: list[str], policy: FetchPolicy = policy) -> FetchBatch:
            batch = fetch_urls(urls, target, policy, kind="list")
            if batch.pages:
                record_pages(batch.pages, target, run_id)
            return batch

        for item in discover(source, fetch_lists):
            if isinstance(item, str):
                key = canonical_url(item)
                if key in seen:
                    continue
                seen.add(key)
            yield item


@flow(name="crawl", log_prints=True, on_failure=[alert_failed_flow], on_crashed=[alert_failed_flow])
def crawl(
    sources: str = DEFAULT_SOURCES,
    names: list[str] | None = None,
    db: str | None = None,
    batch_size: int | None = None,
    fetch: dict[str, object] | None = None,
    workers: int | None = None,
    dask_address: str | None = None,
) -> RunSummary:
    """Crawl the enabled sources of `sources` (or those in `names`) into the warehouse.

    `fetch` overrides the FetchPolicy settings of the file's [fetch] table (delays, timeouts …).
    `workers` / `dask_address`: where fetched pages are parsed and derived (as in `ingest`); they
    travel as bytes, so any cluster will do.
    """
    config = load_sources(Path(sources), names)
    settings = {**config.fetch, **(fetch or {})}
    target = str(db_path(db))
    run_id = str(flow_run.get_id() or "local")
    # Article pages: the union of the sources' hosts; private addresses only if a source allows them.
    hosts = frozenset().union(*(s.hosts() for s in config.sources))
    private = bool(settings.get("allow_private")) or any(s.allow_private for s in config.sources)
    policy = make_policy(settings, allowed_hosts=hosts, allow_private=private)
    dispatch = Dispatch.for_run(workers, dask_address)
    parameters = {
        "sources": sources,
        "names": names,
        "batch_size": batch_size,
        "fetch": fetch or {},
        "workers": dispatch.workers,
    }
    items = _crawl_items(config.sources, target, settings, run_id)
    return run_pipeline("crawl", items, db, batch_size, parameters, policy, dispatch)
