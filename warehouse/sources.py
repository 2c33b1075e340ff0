"""`sources`: the writer's look-ups before a batch is dispatched, and the upsert of what a batch read.

The writer (the one process that holds the warehouse) decides per input, before any worker reads it,
whether the file is unchanged: same size and modification time as stored, derived by this extractor
version, and its article still stored. Only the rest is sent to the workers, each with the prior
hashes (raw bytes, content) so that a touched-but-identical file is still not parsed or derived.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from contracts import TABLES
from tasks.inputs import article_id_for, canonical_path
from tasks.records import SourceDoc
from tasks.worker import Item, Prior, file_fingerprint
from warehouse.db import upsert_frame


def _lookup(con: duckdb.DuckDBPyConnection, sql: str, name: str, keys: Iterable[str], *params: Any) -> list[tuple]:
    """Run `sql` joined to `_wanted(name)`, the given keys: passed as one list parameter, which costs
    about half of registering a DataFrame per batch (the re-run path does two look-ups per batch)."""
    wanted = sorted(set(keys))
    if not wanted:
        return []
    cte = f"WITH _wanted AS (SELECT unnest(?::VARCHAR[]) AS {name}) "
    return con.execute(cte + sql, [wanted, *params]).fetchall()


def prior_sources(con: duckdb.DuckDBPyConnection, uris: Iterable[str]) -> dict[str, tuple[int, int, str, str | None]]:
    """(size, mtime_ns, sha256, extractor_version) of stored fingerprints, by uri (one query)."""
    rows = _lookup(
        con,
        "SELECT uri, size, mtime_ns, sha256, extractor_version FROM sources JOIN _wanted USING (uri)",
        "uri",
        uris,
    )
    return {r[0]: (int(r[1]), int(r[2]), r[3], r[4]) for r in rows}


def stored_content(
    con: duckdb.DuckDBPyConnection, article_ids: Iterable[str], extractor_version: str
) -> dict[str, str]:
    """content_sha256 of stored articles derived by `extractor_version`, by article_id (one query)."""
    rows = _lookup(
        con,
        "SELECT article_id, content_sha256 FROM articles JOIN _wanted USING (article_id) WHERE extractor_version = ?",
        "article_id",
        article_ids,
        extractor_version,
    )
    return {r[0]: r[1] for r in rows}


def source_frame(rows: list[dict[str, Any]], run_id: str, at: datetime | None = None) -> pd.DataFrame:
    """Validated `sources` rows (the last row of a uri wins)."""
    at = at or datetime.now(UTC).replace(tzinfo=None)
    columns = list(TABLES["sources"].schema().columns)
    frame = pd.DataFrame([{**r, "run_id": run_id, "checked_at": at} for r in rows], columns=columns)
    frame = frame.drop_duplicates("uri", keep="last")
    return TABLES["sources"].schema().validate(frame)


def upsert_sources(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], run_id: str) -> int:
    """Insert or replace fingerprints; returns rows written. Called after the batch's articles are loaded."""
    if not rows:
        return 0
    frame = source_frame(rows, run_id)
    upsert_frame(con, "sources", frame)
    return len(frame)


class FileKeys:
    """A file's `sources` uri and its stat, with one lstat per file: each folder is resolved once.

    Why: `canonical_path` resolves the whole path (a system call per component) for every file, which
    measured ~0.2 ms per file on a busy machine: 2 s of a 10,000-file re-run that should cost a stat
    per file. A regular file that is not a link resolves to its resolved folder plus its name, so the
    folder's resolution is kept; links, and paths with `..` in them, take the full resolve.
    """

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def __call__(self, path: str) -> tuple[str, os.stat_result | None]:
        try:
            st = os.lstat(path)
        except OSError:
            return canonical_path(Path(path)), None
        if stat.S_ISLNK(st.st_mode) or ".." in path.split(os.sep):
            return canonical_path(Path(path)), file_fingerprint(path)
        folder, name = os.path.split(os.path.abspath(path))
        if (known := self._folders.get(folder)) is None:
            known = self._folders[folder] = canonical_path(Path(folder))
        uri = name if known == "." else f"{known.rstrip('/')}/{name}"
        return uri, st if stat.S_ISREG(st.st_mode) else None


@dataclass
class Plan:
    """A batch as the writer sends it: what workers must read, what they may skip, what is done."""

    send: list[Item]
    prior: dict[str, Prior]  # by article_id
    unchanged: list[str]  # article ids of files unchanged by stat: not sent at all
    article_ids: dict[str, str] = field(default_factory=dict)  # path → article id, of the files sent


def plan_files(
    con: duckdb.DuckDBPyConnection, paths: list[str], extractor_version: str, keys: FileKeys | None = None
) -> Plan:
    """What the writer sends of a block of files: a stat per file, then one join of the whole block
    against the stored fingerprints and articles, in DuckDB.

    A file is unchanged, and not sent, when its size and mtime equal its `sources` row, that row was
    written by this extractor version, and its article is still stored by this version, or the row says
    the bytes were kept out (`outcome` quarantined or failed: the same bytes meet the same verdict; the run
    that met them recorded why). Everything else is sent, stored articles with their prior hashes
    (`plan_sent`), so a worker can still skip decoding identical bytes.

    Why: a re-run's writer did two look-ups per batch of 200 (50 round trips for 10,000 files, each
    passing its keys as a list); a block of thousands costs one, and the rows of unchanged files never
    come back to Python as prior hashes, only their article ids. What the stat can see: a new file, a
    changed size or mtime (the bytes are then hashed by a worker, and parsed only if they differ), a
    file gone or no longer regular, a new extractor version, an article no longer stored. What it cannot
    see: other bytes written with the same size and the mtime restored (as make and rsync, by design).
    """
    keys = keys or FileKeys()
    uris, ids, sizes, mtimes = [], [], [], []
    for path in paths:
        uri, st = keys(path)
        uris.append(uri)
        ids.append(article_id_for(uri))
        sizes.append(st.st_size if st is not None else None)
        mtimes.append(st.st_mtime_ns if st is not None else None)
    rows = con.execute(
        """WITH f AS (
               SELECT unnest($1::VARCHAR[]) AS uri, unnest($2::VARCHAR[]) AS article_id,
                      unnest($3::BIGINT[]) AS size, unnest($4::BIGINT[]) AS mtime_ns)
           SELECT f.article_id, a.content_sha256,
                  coalesce(s.extractor_version = $5 AND s.size = f.size AND s.mtime_ns = f.mtime_ns, false),
                  CASE WHEN s.extractor_version = $5 THEN s.sha256 END
           FROM f LEFT JOIN articles a ON a.article_id = f.article_id AND a.extractor_version = $5
           LEFT JOIN sources s ON s.uri = f.uri
           WHERE a.article_id IS NOT NULL
              OR (s.outcome IN ('quarantined', 'failed') AND s.extractor_version = $5)""",
        [uris, ids, sizes, mtimes, extractor_version],
    ).fetchall()
    same = {aid for aid, _, unchanged, _ in rows if unchanged}
    # (prior hashes only for stored articles: a kept-out input whose stat changed is read and judged again)
    prior = {aid: Prior(content, raw_sha256=raw) for aid, content, unchanged, raw in rows if not unchanged and content}
    sent = {path: aid for path, aid in zip(paths, ids, strict=True) if aid not in same}
    return Plan(list(sent), prior, [aid for aid in ids if aid in same], sent)


def plan_sent(con: duckdb.DuckDBPyConnection, items: list[Item], extractor_version: str, block: Plan) -> Plan:
    """A batch cut from a planned block (`plan_files`): every item is sent; its files carry the prior
    hashes the block's join found, and documents (fetched URLs) get theirs from one look-up."""
    prior = {}
    for item in items:
        if isinstance(item, str) and (aid := block.article_ids.get(item)) in block.prior:
            prior[aid] = block.prior[aid]
    docs = [article_id_for(item.canonical_uri) for item in items if isinstance(item, SourceDoc)]
    if docs:
        prior.update((aid, Prior(sha)) for aid, sha in stored_content(con, docs, extractor_version).items())
    return Plan(list(items), prior, [])
