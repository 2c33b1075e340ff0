"""A real HTTP receiver on 127.0.0.1 for alert deliveries (plain webhooks and apprise's `json://`)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

SECRET = "s3cr3t-token"  # a token in the delivery URL: it must never reach a log


@dataclass
class Webhook:
    url: str
    received: list[dict] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)  # responses to serve, in order; then 200

    def wait_for(self, n: int, timeout: float = 10.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while len(self.received) < n and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.received
