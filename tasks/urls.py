"""URL and header helpers for fetching: canonical form, allow-lists, media type, charset, Retry-After.

Plain functions on strings, shared by the HTTP client (tasks/http_client.py), the batch fetcher
(tasks/fetch_batch.py), crawling (tasks/sources.py) and the flows that key `pages` rows by URL.
"""

from __future__ import annotations

import email.utils
import time
from datetime import UTC
from urllib.parse import SplitResult, urlsplit, urlunsplit


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


def port_of(parts: SplitResult) -> int:
    """The port a split URL connects to (the scheme's default when none is written; 0 when unreadable)."""
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
    scheme, host, port = parts.scheme.lower(), (parts.hostname or "").lower(), port_of(parts)
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
