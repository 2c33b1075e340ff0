"""Inputs from disk: files and folders → SourceDoc, with a recorded failure for anything unreadable.

Listing yields paths lazily and reading happens per batch, so memory does not grow with the corpus.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from tasks.records import Failure, SourceDoc

SUPPORTED_SUFFIXES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}
MAX_INPUT_BYTES = 20 * 1024 * 1024  # a page larger than this is not an article


@lru_cache(maxsize=1)
def project_root() -> Path:
    """The checkout's folder, resolved (once: a resolve costs a system call per path component)."""
    return Path(__file__).resolve().parent.parent


def canonical_path(path: Path, root: Path | None = None) -> str:
    """The path relative to the project when inside it (stable across clones), else absolute."""
    resolved = path.resolve()
    root = root.resolve() if root else project_root()
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        return resolved.as_posix()


def article_id_for(canonical_uri: str) -> str:
    return hashlib.sha256(canonical_uri.encode("utf-8")).hexdigest()[:16]


def _kind(mode: int) -> str:
    """What a path that is not a regular file is, in the words a user knows."""
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def _os_failure(path: str, exc: OSError) -> Failure:
    """A Failure whose reason says what the operating system refused, for a path that could not be read."""
    detail = f"{type(exc).__name__}: {exc.strerror or exc}" + (f" ({exc.filename})" if exc.filename else "")
    if exc.errno == errno.ENOENT:
        return Failure(path, "read", "not found", "no such file or folder")
    if exc.errno == errno.ENOTDIR:
        return Failure(path, "read", "not found", f"a part of the path is a file, not a folder; {detail}")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Failure(path, "read", "permission denied", detail)
    return Failure(path, "read", "unreadable", detail)


def _walk(top: str, errors: list[OSError]) -> Iterator[tuple[str, list[os.DirEntry[str]], list[os.DirEntry[str]]]]:
    """(folder, its sub-folders, its other entries), both sorted by name, top down, symlinked folders
    listed but not entered: os.walk's order, with the listing's entries kept.

    Why: a DirEntry knows from the listing whether it is a link (no system call per file, where
    os.walk's names needed an lstat each). A folder that cannot be listed is appended to `errors`.
    """
    try:
        with os.scandir(top) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        errors.append(exc)
        return
    dirs, files = [], []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (dirs if is_dir else files).append(entry)
    yield top, dirs, files
    for entry in dirs:
        if not entry.is_symlink():
            yield from _walk(entry.path, errors)


def list_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | Failure]:
    """Every supported file under the given paths, in sorted order; a Failure for each bad path.

    A file named explicitly is taken whatever its suffix if it is text-like; inside folders only
    .txt/.html/.htm count (other files there are not inputs, so they are not failures either).
    A folder (named or met in the walk) that cannot be listed is a Failure with the reason, never
    silently empty; whether an entry is a regular file is decided when it is opened (read_source).
    """
    seen: set[str] = set()  # a file named twice (or inside two given folders) is one input

    real_folders: dict[str, str] = {}

    def first_time(candidate: str, folder: str | None = None, link: bool = True) -> bool:
        """`folder`: the walked folder the candidate is in; resolved once, not once per file.
        `link`: whether the candidate may be a symlink (the walk knows it from the folder's listing).

        Why: resolving every path costs a system call per path component, most of what listing a
        10,000-file folder costs on a re-run; a file that is not itself a link resolves to its
        resolved folder plus its name.
        """
        if folder is not None and not link:
            if (known := real_folders.get(folder)) is None:
                known = real_folders[folder] = os.path.realpath(folder)
            real = os.path.join(known, os.path.basename(candidate))
        else:
            real = os.path.realpath(candidate)
        if real in seen:
            return False
        seen.add(real)
        return True

    for given in paths:
        path = str(given)
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            yield _os_failure(path, exc)
            continue
        if stat.S_ISDIR(mode):
            errors: list[OSError] = []
            for root, dirs, files in _walk(path, errors):
                while errors:
                    error = errors.pop(0)
                    yield _os_failure(str(error.filename or root), error)
                for entry in dirs:
                    if entry.is_symlink():
                        yield Failure(  # not followed (loops, trees elsewhere on disk), but never silently
                            entry.path,
                            "read",
                            "symlinked folder not followed",
                            "a link to a folder inside an input folder; name its target to read it",
                        )
                for entry in files:
                    wanted = Path(entry.name).suffix.lower() in SUPPORTED_SUFFIXES and not entry.name.startswith(".")
                    if wanted and first_time(entry.path, root, entry.is_symlink()):
                        yield entry.path
            for error in errors:  # the folder itself could not be listed
                yield _os_failure(str(error.filename or path), error)
        elif Path(path).suffix.lower() in SUPPORTED_SUFFIXES or not stat.S_ISREG(mode):
            if first_time(path):
                yield path  # read_source refuses what is not a regular file, with its kind
        else:
            yield Failure(
                path,
                "read",
                "unsupported file type",
                f"suffix {Path(path).suffix or '(none)'}; expected .txt, .html or .htm",
            )


def read_bounded(path: str, limit: int = MAX_INPUT_BYTES) -> bytes | Failure:
    """The bytes of a regular file, at most `limit`; a Failure for anything else.

    Opened non-blocking (a FIFO cannot hang the run, and the warehouse lock with it) and checked
    with fstat on the opened descriptor (no window between check and read); devices report size 0,
    so the size is enforced while reading: at most limit + 1 bytes are ever read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        return _os_failure(path, exc)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            return Failure(path, "read", "not a regular file", f"{path} is {_kind(mode)}; only regular files are read")
        os.set_blocking(fd, True)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            return Failure(path, "read", "input too large", f"more than {limit} bytes")
        return b"".join(chunks)
    except IsADirectoryError:
        return Failure(path, "read", "is a folder", "give folders to `cases ingest`, files to `cases extract`")
    except OSError as exc:
        return _os_failure(path, exc)
    finally:
        os.close(fd)


def read_source(path: str) -> SourceDoc | Failure:
    raw = read_bounded(path)
    if isinstance(raw, Failure):
        return raw
    p = Path(path)
    media_type = SUPPORTED_SUFFIXES.get(p.suffix.lower(), "text/plain")
    return SourceDoc(source_uri=path, canonical_uri=canonical_path(p), raw=raw, media_type=media_type)
