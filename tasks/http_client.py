"""The HTTP client of the fetcher: one polite, bounded httpx client shared by the threads of a batch.

- per host (`HostGate`): a concurrency cap and a politeness delay between request starts (raised by
  robots.txt `Crawl-delay`, pushed back by `Retry-After`); robots.txt obeyed; a descriptive User-Agent;
- per request: timeouts (connect/read, and a wall-clock deadline from connect to last byte), bounded
  retries (tenacity) with exponential backoff and jitter on 5xx, 429 and connection errors
  (`Retry-After` honoured), a maximum body size, redirects followed by hand (bounded, loops caught,
  every hop checked);
- only http(s), only allowed origins (scheme, host, port), no private or loopback address unless
  the policy allows it (tests on 127.0.0.1 do), never a link-local or metadata address; the
  connection goes to the address that was checked (tasks/netguard.py).

What to do with the responses (conditional GET, the raw store, multi-page articles, `pages` rows)
is tasks/fetch_batch.py's job.
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential
from tenacity.wait import wait_base

from tasks.netguard import AddressBlocked, GuardedTransport, bytes_beyond, counting, deadline, resolve
from tasks.robots import RobotsCache
from tasks.urls import canonical_url, port_of, retry_after_seconds, url_allowed

DEFAULT_USER_AGENT = (
    "grassroots-cases/0.1 (research crawler for published urban Party-building case articles; "
    "obeys robots.txt; per-host rate limit; python-httpx)"
)
REDIRECT_STATUSES = {301, 302, 303, 307, 308}


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


class _Retry(Exception):
    """A retryable outcome (5xx, 429, connection error, timeout): what to report if it is the last."""

    def __init__(self, reason: str, detail: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.reason, self.detail, self.status, self.retry_after = reason, detail, status, retry_after


def _retry_of(state: RetryCallState) -> _Retry:
    assert state.outcome is not None
    exc = state.outcome.exception()
    assert isinstance(exc, _Retry)
    return exc


class _PoliteWait(wait_base):
    """`backoff`, doubling up to `backoff_max`, times a jitter of ±20 %; never less than a Retry-After."""

    def __init__(self, policy: FetchPolicy) -> None:
        self.exponential = wait_exponential(multiplier=policy.backoff, max=policy.backoff_max)

    def __call__(self, retry_state: RetryCallState) -> float:
        wait = self.exponential(retry_state) * (0.8 + 0.4 * random.random())
        asked = _retry_of(retry_state).retry_after
        return max(asked, wait) if asked is not None else wait


@dataclass
class Response:
    url: str
    final_url: str
    status: int
    headers: httpx.Headers
    raw: bytes
    attempts: int


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
        problem = self._address_problem(host, port_of(parts))
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

    def _attempt(self, url: str, headers: Mapping[str, str], attempt: int) -> tuple[int, httpx.Headers, bytes]:
        """One attempt: a response to keep, `_Retry` when another attempt may do better, else FetchFailed."""
        try:
            with self._gate(url).slot():
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
            reason = "truncated page" if incomplete else "connection error"
            raise _Retry(reason, f"{type(exc).__name__}: {exc}") from None
        except httpx.TimeoutException as exc:
            raise _Retry("timeout", f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__) from None
        except httpx.TransportError as exc:
            raise _Retry("connection error", f"{type(exc).__name__}: {exc}") from None
        retryable = status == 429 or (500 <= status < 600 and status not in (501, 505))
        if not retryable:
            return status, response_headers, body
        asked = retry_after_seconds(response_headers.get("retry-after"))
        if asked is not None and asked > self.policy.max_retry_after:
            raise FetchFailed(
                f"HTTP {status}",
                f"Retry-After {asked:.0f}s exceeds {self.policy.max_retry_after:.0f}s: left for a later run",
                attempt,
                status,
            )
        raise _Retry(f"HTTP {status}", f"still HTTP {status} after {attempt} attempts", status, asked)

    def _request(
        self, url: str, headers: Mapping[str, str], max_attempts: int | None = None
    ) -> tuple[int, httpx.Headers, bytes, int]:
        """GET with retries: (status, headers, body, attempts). Raises FetchFailed when it gives up.

        The host is told to wait (its gate deferred) before a retry its Retry-After asked for.
        """
        gate = self._gate(url)
        last_status: int | None = None

        def defer_host(state: RetryCallState) -> None:
            asked = _retry_of(state).retry_after
            if asked is not None:
                gate.defer(asked)

        retrying = Retrying(
            stop=stop_after_attempt(max_attempts or self.policy.max_attempts),
            wait=_PoliteWait(self.policy),
            retry=retry_if_exception_type(_Retry),
            before_sleep=defer_host,
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    n = attempt.retry_state.attempt_number
                    try:
                        status, response_headers, body = self._attempt(url, headers, n)
                    except _Retry as exc:
                        last_status = exc.status if exc.status is not None else last_status
                        raise
        except _Retry as exc:  # out of attempts
            raise FetchFailed(exc.reason, exc.detail, n, last_status) from None
        return status, response_headers, body, n

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
