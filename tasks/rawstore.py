"""Raw response bytes, content-addressed and gzip-compressed, beside the warehouse file.

`<db dir>/raw/<sha[:2]>/<sha256>.gz`: the same bytes are stored once however often they are fetched,
writes are atomic (temporary file, then rename), and `raw_path` in `pages` is relative to the
database's folder so a warehouse can be moved together with its raw store.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from pathlib import Path


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


class RawStore:
    def __init__(self, base: str | os.PathLike[str]) -> None:
        """`base` is the folder that holds the database file; the store is its `raw/` subfolder."""
        self.base = Path(base)

    @classmethod
    def beside(cls, db_file: str | os.PathLike[str]) -> RawStore:
        return cls(Path(db_file).resolve().parent)

    def relative_path(self, sha: str) -> str:
        return f"raw/{sha[:2]}/{sha}.gz"

    def put(self, raw: bytes, sha: str | None = None) -> tuple[str, str]:
        """Store `raw` (once); returns (sha256, path relative to the base)."""
        sha = sha or sha256_hex(raw)
        rel = self.relative_path(sha)
        target = self.base / rel
        if target.exists():
            return sha, rel
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".gz")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(gzip.compress(raw, compresslevel=6, mtime=0))
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha, rel

    def get(self, rel: str) -> bytes | None:
        """The stored bytes, or None when missing or damaged (the caller then fetches again)."""
        try:
            return gzip.decompress((self.base / rel).read_bytes())
        except (OSError, EOFError, gzip.BadGzipFile):
            return None
