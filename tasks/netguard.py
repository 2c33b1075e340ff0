"""Where and how long a request may go: checked addresses, pinned at connect, and a hard deadline.

An httpx transport whose httpcore network backend does two things the stock one cannot:
- **Addresses.** It resolves the host itself, checks every address (never link-local or cloud
  metadata addresses; private and loopback ones only when allowed) and connects to the address it
  checked, so a DNS answer that changes between the check and the connection (rebinding) cannot
  reach an internal address. TLS SNI, certificate checks and the Host header still use the host
  name: httpcore takes them from the URL, not from the address connected to.
- **Length.** It counts the bytes a response brought, so a body longer than its Content-Length
  (which h11 cuts silently) is told apart (`bytes_beyond`).
- **Time.** Each read and write gets at most the time left until the request's deadline
  (`deadline()` sets it for the calling thread), so a server that trickles its headers or body a
  byte at a time fails at the deadline instead of resetting the per-read timeout forever.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

# Never fetched, whatever the policy: link-local (where cloud metadata services live) and the metadata
# addresses some clouds put elsewhere. --allow-private lifts the private/loopback block only.
ALWAYS_BLOCKED = tuple(
    ipaddress.ip_network(n)
    for n in (
        "169.254.0.0/16",  # IPv4 link-local; AWS/GCP/Azure/OpenStack metadata 169.254.169.254
        "fe80::/10",  # IPv6 link-local
        "100.100.100.200/32",  # Alibaba Cloud metadata
        "fd00:ec2::254/128",  # AWS metadata over IPv6
        "168.63.129.16/32",  # Azure WireServer
        "0.0.0.0/8",  # "this network": connects to the local host on some systems
        "::/128",
    )
)


class AddressBlocked(Exception):
    """The host resolves to an address the policy does not allow; raised before any connection."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


class DeadlineExceeded(httpcore.ReadTimeout):
    """The request's wall-clock budget ran out (httpx reports it as a ReadTimeout)."""


def address_problem(address: str, allow_private: bool) -> str | None:
    """Why a connection to this address is refused, or None."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for network in ALWAYS_BLOCKED:
        if ip.version == network.version and ip in network:
            return f"{ip} is a link-local or cloud metadata address (never fetched)"
    if not ip.is_global and not allow_private:
        return f"{ip} is a non-public address (private, loopback or reserved)"
    return None


def resolve(host: str, port: int, allow_private: bool) -> list[str]:
    """The addresses of `host` that may be connected to; AddressBlocked when any is refused or none resolve."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise AddressBlocked("cannot resolve host", f"cannot resolve {host}: {exc}") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    for address in addresses:  # one bad answer refuses the host: no picking the good one among bad ones
        problem = address_problem(address, allow_private)
        if problem:
            reason = "blocked address" if "never fetched" in problem else "private address"
            raise AddressBlocked(reason, f"{host} resolves to {problem}")
    if not addresses:
        raise AddressBlocked("cannot resolve host", f"no address for {host}")
    return addresses


# --------------------------------------------------------------------------------------------- deadline

_local = threading.local()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every socket operation of this thread's request must end within `seconds` from now."""
    previous = getattr(_local, "deadline", None)
    _local.deadline = time.monotonic() + seconds
    try:
        yield
    finally:
        _local.deadline = previous


def _bounded(timeout: float | None) -> float | None:
    end = getattr(_local, "deadline", None)
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise DeadlineExceeded("the request's total time limit ran out")
    return left if timeout is None else min(timeout, left)


HEAD_BYTES = 64 * 1024  # what is kept of a response's first bytes, to find the end of its header block


def _note(data: bytes) -> None:
    """Count what this thread's request received on the wire, and keep its first bytes."""
    if getattr(_local, "received", None) is None:
        return
    _local.received += len(data)
    if len(_local.head) < HEAD_BYTES:
        _local.head += data[: HEAD_BYTES - len(_local.head)]


def bytes_beyond(content_length: int) -> int:
    """How many bytes the server sent after the `content_length` bytes of body it declared.

    h11 reads exactly Content-Length bytes and drops the rest silently; the bytes that came on the
    wire for this request tell a body longer than declared, when the rest arrived with it (bytes sent
    later cannot be read without racing the next request on the connection). Only for a 2xx
    response with its header block in the first 64 KiB; 0 when unknown.
    """
    head, received = bytes(getattr(_local, "head", b"")), getattr(_local, "received", None)
    end = head.find(b"\r\n\r\n")
    if received is None or end < 0 or not head.startswith(b"HTTP/1.") or head[9:10] != b"2":
        return 0
    return max(0, received - (end + 4) - content_length)


@contextmanager
def counting() -> Iterator[None]:
    """Count the bytes this thread's request receives (see bytes_beyond)."""
    _local.received, _local.head = 0, bytearray()
    try:
        yield
    finally:
        _local.received, _local.head = None, bytearray()


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            data = self._inner.read(max_bytes, _bounded(timeout))
        except httpcore.ReadTimeout:
            _bounded(None)  # re-raised as DeadlineExceeded when it was the deadline that ended it
            raise
        _note(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, allow_private: bool) -> None:
        self._inner = httpcore.SyncBackend()
        self.allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in resolve(host, port, self.allow_private):  # connect only to what was checked
            try:
                stream = self._inner.connect_tcp(address, port, _bounded(timeout), local_address, socket_options)
                return _Stream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        raise AddressBlocked("scheme not allowed", "unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with the checked, pinned, deadline-bounded network backend (no proxies)."""

    def __init__(self, *, allow_private: bool, limits: httpx.Limits) -> None:
        super().__init__(trust_env=False, limits=limits)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_Backend(allow_private),
        )
