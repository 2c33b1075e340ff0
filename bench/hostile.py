"""`python -m bench.hostile`: what the parse budget and the request deadline cost and save.

1. Nested pages (synthetic: a seed article inside N nested <div>s): CPU seconds of the full
   per-page chain (tasks.pipeline.process_document) without the budget check, for depths the
   parser still takes in reasonable time, and of the budget check that refuses 200k levels.
2. A local server that trickles its status line and headers at 1 byte/s: wall-clock seconds
   until the fetcher gives up, for a few total-time limits (per-read timeout 5 s, never reached).
"""

from __future__ import annotations

import time
from pathlib import Path

from tasks import markup, pipeline
from tasks.http_client import Fetcher, FetchFailed, FetchPolicy
from tasks.records import SourceDoc
from tests.fixtures.site import server as site_mod

SEED = Path(__file__).resolve().parent.parent / "seeds" / "pages" / "000_48b2992bbe46c692.txt"


def nested(depth: int) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip())
    html = f"<html><head><meta charset='utf-8'></head><body>{'<div>' * depth}{paragraphs}{'</div>' * depth}</body>"
    return (html + "</html>").encode()


def cpu(fn: object) -> float:
    started = time.process_time()
    fn()  # type: ignore[operator]
    return time.process_time() - started


def main() -> None:
    print("1. nested pages: CPU seconds per page")
    budget = markup.MAX_DEPTH
    for depth in (5_000, 10_000, 20_000, 50_000):
        doc = SourceDoc("x.html", "x.html", nested(depth), "text/html")
        markup.MAX_DEPTH = 10**9  # measure the parse itself, without the check
        parsed = cpu(lambda doc=doc: pipeline.process_document(doc))
        markup.MAX_DEPTH = budget
        print(f"   depth {depth:>7}: full parse {parsed:6.2f} s")
    doc = SourceDoc("x.html", "x.html", nested(200_000), "text/html")
    refused = cpu(lambda: pipeline.process_document(doc))
    outcome = pipeline.process_document(doc)
    print(f"   depth  200000 ({len(doc.raw) / 1e6:.1f} MB): refused by the budget in {refused:.2f} s: {outcome.reason}")

    print("2. headers trickled at 1 byte/s: seconds until the request fails")
    with site_mod.FixtureSite() as site:
        for limit in (2.0, 5.0, 10.0):
            policy = FetchPolicy(delay=0, timeout=5.0, total_timeout=limit, max_attempts=3, allow_private=True)
            started = time.monotonic()
            with Fetcher(policy) as fetcher:
                try:
                    fetcher.get(site.url("/faults/trickle.html"))
                    reason = "fetched?!"
                except FetchFailed as exc:
                    reason = f"{exc.reason}, {exc.attempts} attempt(s)"
            print(f"   limit {limit:4.1f} s: failed after {time.monotonic() - started:5.2f} s ({reason})")


if __name__ == "__main__":
    main()
