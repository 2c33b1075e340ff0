"""Crawl sources (seeds/sources.toml) and link discovery: list pages → article URLs, list pagination.

A source names its start (list) pages, the hosts it may touch, a pattern for article links and one
for further list pages, and limits. `discover` walks the list pages breadth-first through a fetch
function it is given (the flow passes its batch fetch task), and yields article URLs, each once,
and a Failure for each list page that could not be fetched, so those URLs are accounted for too.
"""

from __future__ import annotations

import re
import tomllib
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from tasks.fetch_batch import FetchBatch
from tasks.records import Failure
from tasks.urls import canonical_url, url_allowed

SOURCE_KEYS = {
    "name",
    "start_urls",
    "allowed_hosts",
    "article_pattern",
    "list_pattern",
    "max_list_pages",
    "max_articles",
    "allow_private",
    "enabled",
}


@dataclass(frozen=True)
class Source:
    name: str
    start_urls: tuple[str, ...]
    article_pattern: str
    list_pattern: str | None = None
    allowed_hosts: tuple[str, ...] = ()  # empty: the hosts of the start URLs
    max_list_pages: int = 20
    max_articles: int = 1000
    allow_private: bool = False
    enabled: bool = True

    def hosts(self) -> frozenset[str]:
        """The allow-list (tasks/urls.py url_allowed): `allowed_hosts`, else the start URLs' host and port."""
        hosts = self.allowed_hosts or tuple(_host_port(u) for u in self.start_urls)
        return frozenset(h.lower() for h in hosts if h)


def _host_port(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port}" if host and parts.port else host


class SourcesError(ValueError):
    """sources.toml is missing or malformed; the message says where."""


@dataclass(frozen=True)
class Sources:
    sources: list[Source]
    fetch: dict[str, Any] = field(default_factory=dict)  # FetchPolicy settings from the [fetch] table


def load_sources(path: str | Path, names: Sequence[str] | None = None) -> Sources:
    """The enabled sources of a sources.toml (or those named), and its [fetch] settings."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"no sources file at {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path}: {exc}") from None
    defaults = data.get("defaults", {})
    out: list[Source] = []
    for i, raw in enumerate(data.get("sources", [])):
        entry = {**defaults, **raw}
        unknown = set(entry) - SOURCE_KEYS
        if unknown:
            raise SourcesError(f"{path}: source #{i + 1}: unknown keys {sorted(unknown)}")
        for key in ("name", "start_urls", "article_pattern"):
            if not entry.get(key):
                raise SourcesError(f"{path}: source #{i + 1}: `{key}` is required")
        for key in ("article_pattern", "list_pattern"):
            if entry.get(key):
                try:
                    re.compile(entry[key])
                except re.error as exc:
                    raise SourcesError(f"{path}: source {entry['name']}: bad {key}: {exc}") from None
        entry["start_urls"] = tuple(entry["start_urls"])
        entry["allowed_hosts"] = tuple(entry.get("allowed_hosts", ()))
        source = Source(**entry)
        if source.enabled and (not names or source.name in names):
            out.append(source)
    if names:
        missing = set(names) - {s.name for s in out}
        if missing:
            raise SourcesError(f"{path}: no enabled source named {', '.join(sorted(missing))}")
    fetch = data.get("fetch", {})
    if not isinstance(fetch, dict):
        raise SourcesError(f"{path}: [fetch] must be a table")
    return Sources(out, dict(fetch))


def links(html: str, base_url: str) -> list[str]:
    """Every http(s) link on a page, absolute and canonical, in page order, each once."""
    tree = LexborHTMLParser(html)
    base = tree.css_first("base[href]")
    if base is not None:
        base_url = urljoin(base_url, base.attributes.get("href") or "")
    seen: set[str] = set()
    out: list[str] = []
    for a in tree.css("a[href]"):
        href = (a.attributes.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        try:
            url = canonical_url(urljoin(base_url, href))
        except ValueError:
            continue
        if url.startswith(("http://", "https://")) and url not in seen:
            seen.add(url)
            out.append(url)
    return out


ListFetcher = Callable[[list[str]], FetchBatch]


def discover(source: Source, fetch_lists: ListFetcher, batch_size: int = 20) -> Iterator[str | Failure]:
    """Article URLs of a source (each once, at most `max_articles`), and failures of its list pages."""
    article_re = re.compile(source.article_pattern)
    list_re = re.compile(source.list_pattern) if source.list_pattern else None
    hosts = source.hosts()
    queue: deque[str] = deque()
    queued: set[str] = set()
    for url in source.start_urls:
        key = canonical_url(url)
        if key not in queued:
            queued.add(key)
            queue.append(url)
    n_lists = n_articles = 0
    articles: set[str] = set()
    while queue and n_lists < source.max_list_pages and n_articles < source.max_articles:
        take = [queue.popleft() for _ in range(min(len(queue), batch_size, source.max_list_pages - n_lists))]
        n_lists += len(take)
        batch = fetch_lists(take)
        yield from batch.failures
        for outcome in batch.outcomes:
            if outcome.text is None or outcome.page is None:
                continue
            for url in links(outcome.text, outcome.page.get("final_url") or outcome.url):
                if not url_allowed(url, hosts):
                    continue
                if article_re.search(url):
                    if url not in articles and n_articles < source.max_articles:
                        articles.add(url)
                        n_articles += 1
                        yield url
                elif list_re is not None and list_re.search(url) and url not in queued:
                    queued.add(url)
                    queue.append(url)
