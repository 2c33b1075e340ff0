"""robots.txt, per host, fetched once per batch and obeyed (RFC 9309, parsed by `protego`).

protego implements what urllib.robotparser does not: `*` and `$` wildcards and longest-match
precedence between Allow and Disallow.

A missing robots.txt (4xx) allows everything; a server error or an unreachable host disallows the
host for this run (RFC 9309 §2.3.1.4). `Crawl-delay` raises the per-host politeness delay.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

MAX_ROBOTS_BYTES = 512 * 1024


@dataclass
class RobotsRules:
    parser: Protego | None  # None: allow all
    disallow_all: bool = False
    note: str | None = None

    def allows(self, url: str, agent: str) -> bool:
        if self.disallow_all:
            return False
        if self.parser is None:
            return True
        return bool(self.parser.can_fetch(url, agent))

    def crawl_delay(self, agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


def parse_robots(text: str) -> RobotsRules:
    return RobotsRules(Protego.parse(text))


# (status, body) or an exception message when the host could not be reached.
RobotsGetter = Callable[[str], tuple[int | None, bytes, str | None]]


class RobotsCache:
    """Rules per scheme://host:port, fetched on first use with the caller's HTTP getter."""

    def __init__(self, getter: RobotsGetter, agent: str) -> None:
        self._getter = getter
        self.agent = agent
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    @staticmethod
    def origin(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}"

    def rules(self, url: str) -> RobotsRules:
        origin = self.origin(url)
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._rules:
                self._rules[origin] = self._load(origin)
            return self._rules[origin]

    def _load(self, origin: str) -> RobotsRules:
        status, body, error = self._getter(origin + "/robots.txt")
        if status is None:
            return RobotsRules(None, disallow_all=True, note=f"robots.txt unreachable: {error}")
        if 200 <= status < 300:
            return parse_robots(body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace"))
        if 400 <= status < 500:
            return RobotsRules(None, note=f"robots.txt HTTP {status}: allow all")
        return RobotsRules(None, disallow_all=True, note=f"robots.txt HTTP {status}: host skipped this run")

    def allows(self, url: str) -> bool:
        return self.rules(url).allows(url, self.agent)

    def crawl_delay(self, url: str) -> float | None:
        return self.rules(url).crawl_delay(self.agent)
