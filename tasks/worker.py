"""What a worker does with one batch, with no database: read → parse → derive → validate.

The writer (flows/ingest.py) looks up what the warehouse already holds for the batch's inputs and
sends it along (`Prior`), so a worker can tell an unchanged input without opening the warehouse:
DuckDB admits one writing process, and workers may run on other machines. The worker sends back
validated tables ready for a bulk load, the failures, the unchanged article ids and the source
fingerprints; only the writer touches the warehouse.

Inputs travel as paths (workers share the writer's file system: the local process pool, a cluster
on shared storage) or as bytes (`SourceDoc`, read by the writer or fetched from a URL).
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from contracts.validate import Known, SplitBatch, split_batch
from tasks.inputs import article_id_for, read_source
from tasks.records import INTERNAL_ERROR, Article, Failure, SourceDoc
from tasks.version import EXTRACTOR_VERSION
from tasks.worker_account import add_batch

T = TypeVar("T")


@dataclass(frozen=True)
class FileBytes:
    """A file the writer read itself, for workers that do not share its file system."""

    path: str
    doc: SourceDoc | Failure
    size: int | None = None  # from a stat of a regular file taken before the read
    mtime_ns: int | None = None


Item = str | FileBytes | SourceDoc | Failure


@dataclass(frozen=True)
class Prior:
    """What the warehouse holds for one article id, derived by this extractor version."""

    content_sha256: str  # of the stored article's text
    raw_sha256: str | None = None  # of the file's bytes it came from (None: not a file, or not recorded)


@dataclass
class BatchJob:
    items: list[Item]
    run_id: str
    ingested_at: datetime
    columns: dict[str, list[str]]  # column order per table (from the contracts)
    known: Known = field(default_factory=dict)  # values of referenced columns (regions.adcode)
    prior: dict[str, Prior] = field(default_factory=dict)  # by article_id
    spool: str | None = None  # the run's spool directory to hand the result back through (flows/spool.py); None: memory


@dataclass
class BatchOutcome:
    split: SplitBatch
    failures: list[Failure]
    unchanged: list[str]  # article ids whose stored rows are current
    sources: list[dict[str, Any]]  # `sources` rows of the files read: stored, quarantined or refused (`outcome`)
    n_inputs: int


def file_fingerprint(path: str) -> os.stat_result | None:
    """The stat of a regular file (devices and FIFOs report size 0: never treat them as unchanged)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st if stat.S_ISREG(st.st_mode) else None


def read_file(path: str) -> FileBytes:
    """Stat, then read: a change after the stat shows as a new mtime next time, never a missed one."""
    st = file_fingerprint(path)
    return FileBytes(path, read_source(path), st.st_size if st else None, st.st_mtime_ns if st else None)


def _open(item: str | FileBytes | SourceDoc) -> tuple[SourceDoc | Failure, dict[str, Any] | None]:
    """The document and, for a regular file, its `sources` fingerprint."""
    if isinstance(item, SourceDoc):
        return item, None
    read = _guarded(item, lambda: read_file(item)) if isinstance(item, str) else item
    if isinstance(read, Failure):
        return read, None
    doc = read.doc
    if isinstance(doc, Failure) or read.size is None:
        return doc, None
    return doc, {
        "uri": doc.canonical_uri,
        "kind": "page",
        "size": read.size,
        "mtime_ns": read.mtime_ns,
        "sha256": hashlib.sha256(doc.raw).hexdigest(),
        "article_id": article_id_for(doc.canonical_uri),
        "extractor_version": EXTRACTOR_VERSION,
        "outcome": "article",
    }


def _guarded(uri: str, step: Callable[[], T]) -> T | Failure:
    """A parser bug must not end the batch: record it with its traceback's tail."""
    try:
        return step()
    except Exception as exc:
        tail = "".join(traceback.format_exception(exc)[-3:])
        return Failure(uri, "parse", f"{INTERNAL_ERROR}: {type(exc).__name__}", tail[-2000:])


def work_batch(job: BatchJob) -> BatchOutcome:
    started = time.process_time()
    try:
        return _work_batch(job)
    finally:
        add_batch(time.process_time() - started)  # a worker's CPU account (tasks/worker_account.py)


def _work_batch(job: BatchJob) -> BatchOutcome:
    # The derivation stack (the reader, the rule modules, jieba, the lexicons: ~0.8 s to import) loads
    # where pages are derived, not in a writer that imports this module for its records and only skips
    # unchanged inputs.
    from tasks.pipeline import process_document
    from tasks.tables import batch_tables

    fresh: list[Article] = []
    failures: list[Failure] = []
    unchanged: list[str] = []
    fingerprints: dict[str, dict[str, Any]] = {}  # by article_id
    refused: set[str] = set()  # article ids of files the reader refused by their bytes (not by a bug)
    for item in job.items:
        if isinstance(item, Failure):
            failures.append(item)
            continue
        doc, fingerprint = _open(item)
        if isinstance(doc, Failure):
            failures.append(doc)
            continue
        article_id = article_id_for(doc.canonical_uri)
        prior = job.prior.get(article_id)
        if fingerprint is not None:
            fingerprints[article_id] = fingerprint
            if prior is not None and prior.raw_sha256 == fingerprint["sha256"]:
                unchanged.append(article_id)  # same bytes, same extractor: not even decoded
                continue
        outcome = _guarded(doc.source_uri, lambda doc=doc: process_document(doc))
        if isinstance(outcome, Failure):
            failures.append(outcome)
            if not outcome.is_internal:  # a bug's failure is tried again, once it is fixed
                refused.add(article_id)
        elif prior is not None and prior.content_sha256 == outcome.content_sha256:
            unchanged.append(article_id)  # new bytes, same text (re-encoded, markup changed)
        else:
            fresh.append(outcome)
    tables, derive_failures = batch_tables(fresh, job.run_id, job.ingested_at, job.columns)
    split = split_batch(tables, job.run_id, job.known)
    loaded = set(split.valid["articles"]["article_id"]) if "articles" in split.valid else set()
    stored = loaded | set(unchanged)
    kept_out = (
        set(split.quarantine.loc[split.quarantine["table_name"] == "articles", "row_key"])
        if len(split.quarantine)
        else set()
    )
    sources = []
    for article_id, fp in fingerprints.items():
        if article_id in stored:
            sources.append(fp)
        elif article_id in kept_out:
            sources.append({**fp, "outcome": "quarantined"})
        elif article_id in refused:
            sources.append({**fp, "outcome": "failed"})
    return BatchOutcome(split, failures + derive_failures, unchanged, sources, len(job.items))
