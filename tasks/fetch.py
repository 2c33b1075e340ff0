"""HTTP fetching for a batch of URLs: polite, bounded, incremental, and every URL accounted for.

One call of `fetch_batch` fetches a batch with a small thread pool over one `httpx.Client`:
- per host: a concurrency cap and a politeness delay between request starts (raised by robots.txt
  `Crawl-delay`, pushed back by `Retry-After`); robots.txt obeyed; a descriptive User-Agent;
- per request: timeouts (connect/read, and a wall-clock deadline from connect to last byte),
  bounded retries with exponential
  backoff on 5xx, 429 and connection errors (`Retry-After` honoured), a maximum body size,
  redirects followed by hand (bounded, loops caught, every hop checked);
- only http(s), only allowed origins (scheme, host, port), no private or loopback address unless
  the policy allows it (tests on 127.0.0.1 do), never a link-local or metadata address; the
  connection goes to the address that was checked (tasks/netguard.py);
- incremental: conditional GET from what `pages` stored (ETag / Last-Modified), then a content-hash
  skip for servers that answer 200 with the same bytes;
- multi-page articles (site adapters that declare pagination) are fetched here and joined, so the
  parser sees one document keyed on the first page's URL.

Each URL ends as a SourceDoc (to parse), an unchanged URL, or a Failure with reason, attempts, last
status and last error. Raw bytes go to the content-addressed store (tasks/rawstore.py).
"""

from __future__ import annotations

import contextlib
import email.utils
import random
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit

import httpx

from tasks.decode import decode
from tasks.inputs import article_id_for
from tasks.netguard import AddressBlocked, GuardedTransport, bytes_beyond, counting, deadline, resolve
from tasks.rawstore import RawStore, sha256_hex
from tasks.records import DecodedDoc, Failure, SourceDoc
from tasks.robots import RobotsCache

DEFAULT_USER_AGENT = (
    "grassroots-cases/0.1 (research crawler for published urban Party-building case articles; "
    "obeys robots.txt; per-host rate limit; python-httpx)"
)
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


@dataclass(frozen=True)
class FetchPolicy:
    """How to fetch. Defaults are for the real web; tests shrink the delays."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 15.0  # connect / read / write, per operation
    total_timeout: float = 60.0  # one request, wall clock from connect to last byte (headers included)
    max_attempts: int = 4  # per request, the first included
    backoff: float = 1.0  # first retry waits this long, then doubles (with jitter)
    backoff_max: float = 30.0
    max_retry_after: float = 120.0  # a longer Retry-After fails the URL for this run instead of waiting
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    delay: float = 1.0  # seconds between request starts on one host
    max_crawl_delay: float = 30.0  # cap on a robots.txt Crawl-delay
    per_host: int = 2  # concurrent requests per host
    workers: int = 8  # threads per batch
    allowed_hosts: frozenset[str] | None = None  # None: any public host; see url_allowed
    allow_private: bool = False  # private / loopback addresses (tests use 127.0.0.1); link-local: never
    obey_robots: bool = True
    max_parts: int = 20  # pages of one multi-page article

    def with_(self, **changes: Any) -> FetchPolicy:
        if "allowed_hosts" in changes and changes["allowed_hosts"] is not None:
            changes["allowed_hosts"] = frozenset(h.lower() for h in changes["allowed_hosts"])
        return replace(self, **changes)


class FetchFailed(Exception):
    def __init__(self, reason: str, detail: str | None = None, attempts: int = 0, last_status: int | None = None):
        super().__init__(reason)
        self.reason, self.detail, self.attempts, self.last_status = reason, detail, attempts, last_status


class _Truncated(Exception):
    pass


class _TooSlow(Exception):
    def __init__(self, seconds: float):
        super().__init__(seconds)
        self.seconds = seconds


class _TooLarge(Exception):
    def __init__(self, status: int, size: int | None):
        super().__init__(status)
        self.status, self.size = status, size


@dataclass
class Response:
    url: str
    final_url: str
    status: int
    headers: httpx.Headers
    raw: bytes
    attempts: int


# ---------------------------------------------------------------------------------------------- URLs


def canonical_url(url: str) -> str:
    """Scheme and host lower-cased, default port and fragment dropped; path and query as given."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    if ":" in host and not host.startswith("["):
        netloc = f"[{host}]" + (f":{port}" if port and (scheme, port) not in (("http", 80), ("https", 443)) else "")
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def _port(parts: SplitResult) -> int:
    try:
        return parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        return 0


def is_url(item: object) -> bool:
    return isinstance(item, str) and item.lower().startswith(("http://", "https://"))


def _allow_entry(entry: str) -> tuple[str | None, str, int | None]:
    """`example.com`, `example.com:8080`, `https://example.com[:8443]` → (scheme, host, port)."""
    entry = entry.strip().lower()
    if "://" in entry:
        parts = urlsplit(entry)
        return parts.scheme, (parts.hostname or ""), parts.port
    parts = urlsplit("//" + entry)
    return None, (parts.hostname or ""), parts.port


def url_allowed(url: str, allowed: frozenset[str] | None) -> bool:
    """Whether an allow-list admits this URL: scheme (when the entry names one), host and port.

    A bare host (`example.com`) admits it and its subdomains on the default ports (80, 443) only;
    `host:port` admits that port; `https://host` that scheme. None admits every URL.
    """
    if allowed is None:
        return True
    parts = urlsplit(url)
    scheme, host, port = parts.scheme.lower(), (parts.hostname or "").lower(), _port(parts)
    for entry in allowed:
        e_scheme, e_host, e_port = _allow_entry(entry)
        if e_scheme and e_scheme != scheme:
            continue
        if not e_host or not (host == e_host or host.endswith("." + e_host)):
            continue
        wanted = (e_port,) if e_port is not None else ({"http": 80, "https": 443}[e_scheme],) if e_scheme else (80, 443)
        if port in wanted:
            return True
    return False


def media_type_of(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def charset_of(content_type: str | None) -> str | None:
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """`Retry-After: 120` or an HTTP date → seconds from now (None when absent or unreadable)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


# ------------------------------------------------------------------------------------------ politeness


class HostGate:
    """At most `per_host` requests at once on a host, and `delay` seconds between request starts."""

    def __init__(self, per_host: int, delay: float) -> None:
        self._slots = threading.BoundedSemaphore(max(1, per_host))
        self._lock = threading.Lock()
        self._next_at = 0.0
        self.delay = delay

    @contextlib.contextmanager
    def slot(self) -> Iterator[None]:
        with self._slots:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_at)
                self._next_at = start + self.delay
            if start > now:
                time.sleep(start - now)
            yield

    def defer(self, seconds: float) -> None:
        """The host asked us to wait (429/503 Retry-After): nobody starts a request on it before then."""
        with self._lock:
            self._next_at = max(self._next_at, time.monotonic() + seconds)


# --------------------------------------------------------------------------------------------- fetcher


class Fetcher:
    """One HTTP client, host gates and robots rules, shared by the threads of a batch."""

    def __init__(self, policy: FetchPolicy, client: httpx.Client | None = None) -> None:
        self.policy = policy
        limits = httpx.Limits(max_connections=max(4, policy.workers * 2), max_keepalive_connections=policy.workers)
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(policy.timeout),
            follow_redirects=False,
            trust_env=False,  # no proxies from the environment: hosts are checked here
            headers={
                "User-Agent": policy.user_agent,
                "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
                "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5",
            },
            # connects only to addresses it checked itself, and bounds each request by its deadline
            transport=GuardedTransport(allow_private=policy.allow_private, limits=limits),
        )
        self._own_client = client is None
        self._gates: dict[str, HostGate] = {}
        self._addr_ok: dict[str, str | None] = {}
        self._lock = threading.Lock()
        self.robots = RobotsCache(self._get_robots, policy.user_agent)
        self.n_requests = 0

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- checks

    def _gate(self, url: str) -> HostGate:
        key = urlsplit(url).netloc.lower()
        with self._lock:
            gate = self._gates.get(key)
            if gate is None:
                gate = self._gates[key] = HostGate(self.policy.per_host, self.policy.delay)
            return gate

    def _address_problem(self, host: str, port: int) -> AddressBlocked | None:
        """Why this host may not be fetched (blocked address, unresolvable), or None: an early, cached
        check for a clear reason before robots.txt; the transport checks again at every connection."""
        with self._lock:
            if host in self._addr_ok:
                return self._addr_ok[host]
        problem: AddressBlocked | None = None
        try:
            resolve(host, port, self.policy.allow_private)
        except AddressBlocked as exc:
            problem = exc
        with self._lock:
            self._addr_ok[host] = problem
        return problem

    def check_url(self, url: str, attempts: int = 0) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            raise FetchFailed("scheme not allowed", f"{parts.scheme or '(none)'}: only http and https", attempts)
        host = (parts.hostname or "").lower()
        if not host:
            raise FetchFailed("invalid URL", f"no host in {url!r}", attempts)
        if not url_allowed(url, self.policy.allowed_hosts):
            where = f"{parts.scheme}://{parts.netloc}"
            raise FetchFailed("host not allowed", f"{where} is not among the allowed hosts", attempts)
        problem = self._address_problem(host, _port(parts))
        if problem:
            raise FetchFailed(problem.reason, problem.detail, attempts)

    # -- robots

    def _get_robots(self, url: str) -> tuple[int | None, bytes, str | None]:
        try:
            response = self._request(url, {}, max_attempts=2)
        except FetchFailed as exc:
            if exc.last_status is not None:
                return exc.last_status, b"", exc.detail
            return None, b"", exc.detail or exc.reason
        return response[0], response[2], None

    # -- requests

    def _once(self, url: str, headers: Mapping[str, str]) -> tuple[int, httpx.Headers, bytes]:
        """One request, bounded from connect to last byte by `total_timeout` (headers included)."""
        started = time.monotonic()
        try:
            with deadline(self.policy.total_timeout), counting():
                return self._read(url, headers)
        except httpx.TimeoutException:
            if time.monotonic() - started >= self.policy.total_timeout:
                raise _TooSlow(self.policy.total_timeout) from None
            raise

    def _read(self, url: str, headers: Mapping[str, str]) -> tuple[int, httpx.Headers, bytes]:
        limit = self.policy.max_bytes
        with self._lock:
            self.n_requests += 1
        with self.client.stream("GET", url, headers=dict(headers)) as r:
            status = r.status_code
            if status != 200 and not (200 < status < 300):
                return status, r.headers, b""
            declared = r.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise _TooLarge(status, int(declared))
            buf = bytearray()
            for chunk in r.iter_bytes():
                buf += chunk
                if len(buf) > limit:
                    raise _TooLarge(status, None)
            if declared and declared.isdigit() and "content-encoding" not in r.headers:
                extra = bytes_beyond(int(declared))
                if extra:
                    raise _Truncated(f"the server sent {extra}+ bytes more than its Content-Length {declared}")
            return status, r.headers, bytes(buf)

    def _backoff(self, attempt: int) -> float:
        base = min(self.policy.backoff_max, self.policy.backoff * (2 ** (attempt - 1)))
        return base * (0.8 + 0.4 * random.random())

    def _request(
        self, url: str, headers: Mapping[str, str], max_attempts: int | None = None
    ) -> tuple[int, httpx.Headers, bytes, int]:
        """GET with retries: (status, headers, body, attempts). Raises FetchFailed when it gives up."""
        max_attempts = max_attempts or self.policy.max_attempts
        gate = self._gate(url)
        last_status: int | None = None
        attempt = 0
        while True:
            attempt += 1
            error: tuple[str, str] | None = None
            try:
                with gate.slot():
                    status, response_headers, body = self._once(url, headers)
            except AddressBlocked as exc:  # the address changed since check_url (DNS rebinding): refused
                raise FetchFailed(exc.reason, exc.detail, attempt) from None
            except _Truncated as exc:  # the body and its declared length disagree: which part is the page?
                raise FetchFailed("truncated page", str(exc), attempt) from None
            except _TooSlow as exc:  # a trickling server: retrying would only wait as long again
                raise FetchFailed(
                    "too slow", f"no complete response within {exc.seconds:.0f}s (total time limit)", attempt
                ) from None
            except _TooLarge as exc:
                size = f"{exc.size} bytes declared" if exc.size else "body still growing"
                raise FetchFailed(
                    "page too large", f"{size}; limit {self.policy.max_bytes} bytes", attempt, exc.status
                ) from None
            except httpx.RemoteProtocolError as exc:
                # Fewer bytes than Content-Length before the connection closed: h11 refuses the body.
                incomplete = "complete message body" in str(exc) or "incomplete" in str(exc).lower()
                error = ("truncated page" if incomplete else "connection error", f"{type(exc).__name__}: {exc}")
            except httpx.TimeoutException as exc:
                error = ("timeout", f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
            except httpx.TransportError as exc:
                error = ("connection error", f"{type(exc).__name__}: {exc}")
            if error is None:
                last_status = status
                retryable = status == 429 or (500 <= status < 600 and status not in (501, 505))
                if not retryable:
                    return status, response_headers, body, attempt
                asked = retry_after_seconds(response_headers.get("retry-after"))
                if asked is not None and asked > self.policy.max_retry_after:
                    raise FetchFailed(
                        f"HTTP {status}",
                        f"Retry-After {asked:.0f}s exceeds {self.policy.max_retry_after:.0f}s: left for a later run",
                        attempt,
                        status,
                    )
                if attempt >= max_attempts:
                    raise FetchFailed(
                        f"HTTP {status}", f"still HTTP {status} after {attempt} attempts", attempt, status
                    )
                wait = max(asked, self._backoff(attempt)) if asked is not None else self._backoff(attempt)
                if asked is not None:
                    gate.defer(asked)
            else:
                if attempt >= max_attempts:
                    raise FetchFailed(error[0], error[1], attempt, last_status)
                wait = self._backoff(attempt)
            time.sleep(wait)

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Response:
        """GET `url` following redirects by hand; every hop is checked (scheme, host, address, robots)."""
        seen = [url]
        current = url
        attempts = 0
        for _ in range(self.policy.max_redirects + 1):
            self.check_url(current, attempts)
            if self.policy.obey_robots:
                rules = self.robots.rules(current)
                if not rules.allows(current, self.policy.user_agent):
                    raise FetchFailed("robots.txt disallows", rules.note or f"robots.txt disallows {current}", attempts)
                delay = rules.crawl_delay(self.policy.user_agent)
                if delay:
                    gate = self._gate(current)
                    gate.delay = max(gate.delay, min(delay, self.policy.max_crawl_delay))
            try:
                status, response_headers, body, n = self._request(current, headers or {})
            except FetchFailed as exc:
                exc.attempts += attempts
                raise
            attempts += n
            if status in REDIRECT_STATUSES:
                location = response_headers.get("location")
                if not location:
                    raise FetchFailed(f"HTTP {status}", "redirect without a Location header", attempts, status)
                target = canonical_url(urljoin(current, location))
                if target in seen:
                    raise FetchFailed("redirect loop", " → ".join([*seen, target])[-1000:], attempts, status)
                seen.append(target)
                current = target
                continue
            return Response(url, current, status, response_headers, body, attempts)
        raise FetchFailed(
            "too many redirects", f"more than {self.policy.max_redirects}: " + " → ".join(seen)[-1000:], attempts
        )


# ----------------------------------------------------------------------------------------- the batch


@dataclass
class Fetched:
    """One URL's outcome: a document to parse, an unchanged page, or a failure; and its `pages` row."""

    url: str
    doc: SourceDoc | None = None
    text: str | None = None  # decoded text (lists: for link discovery)
    unchanged: bool = False
    failure: Failure | None = None
    page: dict[str, Any] | None = None


@dataclass
class FetchBatch:
    docs: list[SourceDoc] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pages: list[dict[str, Any]] = field(default_factory=list)
    outcomes: list[Fetched] = field(default_factory=list)
    n_requests: int = 0


PAGE_COLUMNS = [
    "url",
    "final_url",
    "kind",
    "status",
    "fetched_at",
    "content_type",
    "charset",
    "n_bytes",
    "content_sha256",
    "raw_path",
    "etag",
    "last_modified",
    "part_urls",
    "part_raw_paths",
    "attempts",
    "article_id",
    "extractor_version",
    "run_id",
]


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
) -> Fetched:
    """Fetch one URL (and its further pages when its adapter paginates) into a Fetched outcome."""
    from tasks import sites  # the adapters decide pagination; imported late (sites imports markup helpers)

    try:
        canonical = canonical_url(url)
    except ValueError as exc:
        return Fetched(url, failure=Failure(url, "fetch", "invalid URL", str(exc), attempts=0))
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
        return Fetched(url, failure=_failure(url, exc))
    now = datetime.now(UTC).replace(tzinfo=None)
    same_version = bool(prior) and prior.get("extractor_version") == extractor_version

    if response.status == 304 and prior:
        page = {**prior, "status": 304, "fetched_at": now, "final_url": response.final_url}
        page["attempts"] = response.attempts
        if kind == "article" and same_version and not want_body:
            return Fetched(url, unchanged=True, page=page)
        stored = store.get(prior["raw_path"]) if prior.get("raw_path") else None
        parts = [store.get(p) for p in (prior.get("part_raw_paths") or [])]
        if stored is not None and all(p is not None for p in parts):
            return _document(url, canonical, response, stored, parts, prior.get("content_type"), page, kind)
        try:  # the stored copy is gone: fetch it again, unconditionally
            response = fetcher.get(url, {})
        except FetchFailed as exc:
            return Fetched(url, failure=_failure(url, exc))
    if response.status == 304:
        return Fetched(
            url,
            failure=Failure(url, "fetch", "HTTP 304", "not modified, but no stored copy", response.attempts, 304),
        )
    if not 200 <= response.status < 300:
        return Fetched(
            url,
            failure=Failure(url, "fetch", f"HTTP {response.status}", None, response.attempts, response.status),
        )
    content_type = response.headers.get("content-type")
    media = media_type_of(content_type)
    if media and not media.startswith(HTML_TYPES):
        return Fetched(
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
            return Fetched(url, unchanged=True, page=page)
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
                    return Fetched(url, failure=_failure(url, exc))
                if part.status != 200:
                    return Fetched(
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
) -> Fetched:
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
    return Fetched(url, doc=doc, text=text, page=page)


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

        def one(url: str) -> Fetched:
            try:
                key = canonical_url(url)
            except ValueError:
                key = url
            try:
                return fetch_one(fetcher, url, prior.get(key), store, extractor_version, kind)
            except Exception as exc:  # a bug in one URL must not lose the others
                return Fetched(url, failure=Failure(url, "fetch", f"internal error: {type(exc).__name__}", str(exc)))

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
