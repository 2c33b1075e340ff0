"""Fetching a batch of URLs into documents, unchanged pages and failures, with their `pages` rows.

One call of `fetch_batch` fetches a batch with a small thread pool over one `Fetcher`
(tasks/http_client.py: politeness, retries, limits, redirects). Here is what the responses mean:
- incremental: conditional GET from what `pages` stored (ETag / Last-Modified), then a content-hash
  skip for servers that answer 200 with the same bytes;
- multi-page articles (site adapters that declare pagination) are fetched here and joined, so the
  parser sees one document keyed on the first page's URL.

Each URL ends as a SourceDoc (to parse), an unchanged URL, or a Failure with reason, attempts, last
status and last error. Raw bytes go to the content-addressed store (tasks/rawstore.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from tasks.decode import decode
from tasks.http_client import Fetcher, FetchFailed, FetchPolicy, Response
from tasks.inputs import article_id_for
from tasks.rawstore import RawStore, sha256_hex
from tasks.records import INTERNAL_ERROR, DecodedDoc, Failure, SourceDoc
from tasks.urls import canonical_url, charset_of, media_type_of

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


@dataclass
class FetchOutcome:
    """One URL's outcome: a document to parse, an unchanged page, or a failure; and its `pages` row."""

    url: str
    doc: SourceDoc | None = None
    text: str | None = None  # decoded text (lists: for link discovery)
    unchanged: bool = False
    failure: Failure | None = None
    page: dict[str, Any] | None = None


@dataclass
class FetchBatch:
    """A batch's outcomes, in the order of its URLs, and the same sorted by kind for the flows."""

    docs: list[SourceDoc] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pages: list[dict[str, Any]] = field(default_factory=list)
    outcomes: list[FetchOutcome] = field(default_factory=list)
    n_requests: int = 0


def _failure(url: str, exc: FetchFailed) -> Failure:
    return Failure(url, "fetch", exc.reason, exc.detail, attempts=exc.attempts, last_status=exc.last_status)


def _decoded(url: str, raw: bytes, content_type: str | None) -> DecodedDoc | Failure:
    media = "text/plain" if media_type_of(content_type) == "text/plain" else "text/html"
    return decode(SourceDoc(url, url, raw, media, charset_of(content_type)))


def fetch_one(
    fetcher: Fetcher,
    url: str,
    prior: Mapping[str, Any] | None,
    store: RawStore,
    extractor_version: str,
    kind: str = "article",
) -> FetchOutcome:
    """Fetch one URL (and its further pages when its adapter paginates) into a FetchOutcome."""
    from tasks import sites  # the adapters decide pagination; imported late (sites imports markup helpers)

    try:
        canonical = canonical_url(url)
    except ValueError as exc:
        return FetchOutcome(url, failure=Failure(url, "fetch", "invalid URL", str(exc), attempts=0))
    want_body = kind != "article"
    conditional: dict[str, str] = {}
    if prior:
        if prior.get("etag"):
            conditional["If-None-Match"] = prior["etag"]
        if prior.get("last_modified"):
            conditional["If-Modified-Since"] = prior["last_modified"]
    try:
        response = fetcher.get(url, conditional)
    except FetchFailed as exc:
        return FetchOutcome(url, failure=_failure(url, exc))
    now = datetime.now(UTC).replace(tzinfo=None)
    same_version = bool(prior) and prior.get("extractor_version") == extractor_version

    if response.status == 304 and prior:
        page = {**prior, "status": 304, "fetched_at": now, "final_url": response.final_url}
        page["attempts"] = response.attempts
        if kind == "article" and same_version and not want_body:
            return FetchOutcome(url, unchanged=True, page=page)
        stored = store.get(prior["raw_path"]) if prior.get("raw_path") else None
        parts = [store.get(p) for p in (prior.get("part_raw_paths") or [])]
        if stored is not None and all(p is not None for p in parts):
            return _document(url, canonical, response, stored, parts, prior.get("content_type"), page, kind)
        try:  # the stored copy is gone: fetch it again, unconditionally
            response = fetcher.get(url, {})
        except FetchFailed as exc:
            return FetchOutcome(url, failure=_failure(url, exc))
    if response.status == 304:
        return FetchOutcome(
            url,
            failure=Failure(url, "fetch", "HTTP 304", "not modified, but no stored copy", response.attempts, 304),
        )
    if not 200 <= response.status < 300:
        return FetchOutcome(
            url,
            failure=Failure(url, "fetch", f"HTTP {response.status}", None, response.attempts, response.status),
        )
    content_type = response.headers.get("content-type")
    media = media_type_of(content_type)
    if media and not media.startswith(HTML_TYPES):
        return FetchOutcome(
            url,
            failure=Failure(
                url, "fetch", "not a web page", f"Content-Type {media}", response.attempts, response.status
            ),
        )
    sha = sha256_hex(response.raw)
    page = {
        "url": canonical,
        "final_url": response.final_url,
        "kind": kind,
        "status": response.status,
        "fetched_at": now,
        "content_type": content_type,
        "charset": None,
        "n_bytes": len(response.raw),
        "content_sha256": sha,
        "raw_path": None,
        "etag": response.headers.get("etag"),
        "last_modified": response.headers.get("last-modified"),
        "part_urls": [],
        "part_raw_paths": [],
        "attempts": response.attempts,
        "article_id": article_id_for(canonical) if kind == "article" else None,
        "extractor_version": extractor_version if kind == "article" else None,
    }
    if prior and prior.get("content_sha256") == sha and prior.get("raw_path"):
        page["raw_path"] = prior["raw_path"]
        page["charset"] = prior.get("charset")
        page["part_urls"] = list(prior.get("part_urls") or [])
        page["part_raw_paths"] = list(prior.get("part_raw_paths") or [])
        if kind == "article" and same_version:
            return FetchOutcome(url, unchanged=True, page=page)
    _, page["raw_path"] = store.put(response.raw, sha)

    parts: list[bytes] = []
    if kind == "article":
        first = _decoded(url, response.raw, content_type)
        if isinstance(first, DecodedDoc):
            more = sites.page_urls(first.text, response.final_url)[: fetcher.policy.max_parts]
            for number, part_url in enumerate(more, start=2):
                try:
                    part = fetcher.get(part_url)
                except FetchFailed as exc:
                    exc.reason = f"page {number} of the article: {exc.reason}"
                    return FetchOutcome(url, failure=_failure(url, exc))
                if part.status != 200:
                    return FetchOutcome(
                        url,
                        failure=Failure(
                            url,
                            "fetch",
                            f"page {number} of the article: HTTP {part.status}",
                            part_url,
                            part.attempts,
                            part.status,
                        ),
                    )
                parts.append(part.raw)
                page["part_urls"].append(part.final_url)
                page["part_raw_paths"].append(store.put(part.raw)[1])
                page["attempts"] += part.attempts
    return _document(url, canonical, response, response.raw, parts, content_type, page, kind)


def _document(
    url: str,
    canonical: str,
    response: Response,
    raw: bytes,
    parts: Sequence[bytes | None],
    content_type: str | None,
    page: dict[str, Any],
    kind: str,
) -> FetchOutcome:
    """The document the parser receives: the page's own bytes, or its pages joined into one (UTF-8)."""
    from tasks import sites

    media = "text/plain" if media_type_of(content_type) == "text/plain" else "text/html"
    first = _decoded(url, raw, content_type)
    if isinstance(first, DecodedDoc):
        page["charset"] = first.charset
    doc = SourceDoc(url, canonical, raw, media, charset_of(content_type))
    text = first.text if isinstance(first, DecodedDoc) else None
    if parts and isinstance(first, DecodedDoc):
        texts = [first.text]
        for part in parts:
            decoded = _decoded(url, part or b"", content_type)
            if isinstance(decoded, DecodedDoc):
                texts.append(decoded.text)
        text = sites.join_pages(texts, response.final_url)
        doc = SourceDoc(url, canonical, text.encode("utf-8"), "text/html", "utf-8")
    return FetchOutcome(url, doc=doc, text=text, page=page)


def stored_document(source_uri: str, page: Mapping[str, Any], store: RawStore) -> SourceDoc | None:
    """The document a stored `pages` row stands for, rebuilt from the raw store without a request.

    Re-derivation after a schema migration uses it; None when the stored bytes are gone.
    """
    raw = store.get(page["raw_path"]) if page.get("raw_path") else None
    parts = [store.get(p) for p in (page.get("part_raw_paths") or [])]
    if raw is None or any(p is None for p in parts):
        return None
    final_url = page.get("final_url") or page["url"]
    response = Response(source_uri, final_url, 200, httpx.Headers(), raw, 0)
    return _document(source_uri, page["url"], response, raw, parts, page.get("content_type"), dict(page), "article").doc


def fetch_batch(
    urls: Sequence[str],
    policy: FetchPolicy,
    store: RawStore,
    extractor_version: str,
    prior: Mapping[str, Mapping[str, Any]] | None = None,
    kind: str = "article",
    fetcher: Fetcher | None = None,
) -> FetchBatch:
    """Fetch a batch concurrently (per-host caps apply); outcomes in the order of `urls`."""
    prior = prior or {}
    own = fetcher is None
    fetcher = fetcher or Fetcher(policy)
    batch = FetchBatch()
    try:

        def one(url: str) -> FetchOutcome:
            try:
                key = canonical_url(url)
            except ValueError:
                key = url
            try:
                return fetch_one(fetcher, url, prior.get(key), store, extractor_version, kind)
            except Exception as exc:  # a bug in one URL must not lose the others
                reason = f"{INTERNAL_ERROR}: {type(exc).__name__}"
                return FetchOutcome(url, failure=Failure(url, "fetch", reason, str(exc)))

        with ThreadPoolExecutor(max_workers=max(1, min(policy.workers, len(urls) or 1))) as pool:
            outcomes = list(pool.map(one, urls))
    finally:
        batch.n_requests = fetcher.n_requests
        if own:
            fetcher.close()
    for outcome in outcomes:
        batch.outcomes.append(outcome)
        if outcome.failure is not None:
            batch.failures.append(outcome.failure)
        elif outcome.unchanged:
            batch.unchanged.append(outcome.url)
        elif outcome.doc is not None:
            batch.docs.append(outcome.doc)
        if outcome.page is not None:
            batch.pages.append(outcome.page)
    return batch
