"""Inputs from disk: files and folders → SourceDoc, with a recorded failure for anything unreadable.

Listing yields paths lazily and reading happens per batch, so memory does not grow with the corpus.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from tasks.records import Failure, SourceDoc

SUPPORTED_SUFFIXES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}
MAX_INPUT_BYTES = 20 * 1024 * 1024  # a page larger than this is not an article


def project_root() -> Path:
    return Path(__file__).resolve().parent.parent


def canonical_path(path: Path, root: Path | None = None) -> str:
    """The path relative to the project when inside it (stable across clones), else absolute."""
    resolved = path.resolve()
    root = (root or project_root()).resolve()
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        return resolved.as_posix()


def article_id_for(canonical_uri: str) -> str:
    return hashlib.sha256(canonical_uri.encode("utf-8")).hexdigest()[:16]


def list_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | Failure]:
    """Every supported file under the given paths, in sorted order; a Failure for each bad path.

    A file named explicitly is taken whatever its suffix if it is text-like; inside folders only
    .txt/.html/.htm count (other files there are not inputs, so they are not failures either).
    """
    seen: set[str] = set()  # a file named twice (or inside two given folders) is one input

    def first_time(candidate: str) -> bool:
        real = os.path.realpath(candidate)
        if real in seen:
            return False
        seen.add(real)
        return True

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    candidate = os.path.join(root, name)
                    wanted = Path(name).suffix.lower() in SUPPORTED_SUFFIXES and not name.startswith(".")
                    if wanted and first_time(candidate):
                        yield candidate
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                if first_time(str(path)):
                    yield str(path)
            else:
                yield Failure(
                    str(path),
                    "read",
                    "unsupported file type",
                    f"suffix {path.suffix or '(none)'}; expected .txt, .html or .htm",
                )
        else:
            yield Failure(str(path), "read", "not found", "no such file or folder")


def read_source(path: str) -> SourceDoc | Failure:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            return Failure(path, "read", "input too large", f"{size} bytes > {MAX_INPUT_BYTES}")
        raw = p.read_bytes()
    except FileNotFoundError:
        return Failure(path, "read", "not found", "no such file or folder")
    except IsADirectoryError:
        return Failure(path, "read", "is a folder", "give folders to `cases ingest`, files to `cases extract`")
    except OSError as exc:
        return Failure(path, "read", "unreadable file", f"{type(exc).__name__}: {exc.strerror or exc}")
    media_type = SUPPORTED_SUFFIXES.get(p.suffix.lower(), "text/plain")
    return SourceDoc(source_uri=path, canonical_uri=canonical_path(p), raw=raw, media_type=media_type)
