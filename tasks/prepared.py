"""Data a worker would otherwise rebuild at every start, kept prepared in a per-user cache directory.

Why: every spawned worker process loads the same large structures before its first page (jieba's prefix
dictionary: 500k words). Kept as one `marshal` blob keyed by a hash of everything it is built from, a
value is read back with one file read and one C call; when a source changes, its key changes and the
value is rebuilt (an old file is simply never read again). The cache is a speed-up only: an unreadable,
damaged or unwritable cache falls back to building the value, never to an error or a stale value.

Where: $CASES_CACHE_DIR, else $XDG_CACHE_HOME/grassroots-cases, else ~/.cache/grassroots-cases.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    given = os.environ.get("CASES_CACHE_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "grassroots-cases"


def prepared_path(name: str, sources: Iterable[bytes]) -> Path:
    """The cache file for `name` built from `sources` (their bytes, in order) by this Python (marshal's
    format is the interpreter's own)."""
    digest = hashlib.sha256(sys.version.encode())
    for part in sources:
        digest.update(hashlib.sha256(part).digest())
    return cache_dir() / f"{name}-{digest.hexdigest()[:20]}.marshal"


def load_prepared(name: str, sources: Iterable[bytes], build: Callable[[], T]) -> T:
    """`build()`'s value (core types only: marshal), read from the cache when it holds one for these sources."""
    path = prepared_path(name, sources)
    try:
        return marshal.loads(path.read_bytes())  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass  # absent, unreadable or damaged: build it
    value = build()
    _write(path, marshal.dumps(value))
    return value


def _write(path: Path, blob: bytes) -> None:
    """Atomically (workers starting together may all write it), and silently when the directory is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
