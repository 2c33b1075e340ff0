"""`cases extract --json`: the same parsing as ingest, as JSON records, without a database."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from tasks.pipeline import process_source
from tasks.records import Article, Failure


def article_record(article: Article) -> dict[str, Any]:
    return {
        "source_uri": article.source_uri,
        "article_id": article.article_id,
        "title": article.title,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "source_outlet": article.source_outlet,
        "author_org": article.author_org,
        "byline": article.byline,
        "editors": list(article.editors),
        "collection": article.collection,
        "channel": article.channel,
        "script_original": article.script_original,
        "is_truncated": article.is_truncated,
        "charset": article.charset,
        "decode_errors": article.decode_errors,
        "reader": article.reader,
        "captions": list(article.captions),
        "parse_notes": list(article.notes),
        "body": article.body,
        "sections": [
            {"ordinal": s.ordinal, "heading": s.heading, "kind": s.kind, "text": s.text} for s in article.sections
        ],
    }


def failure_record(failure: Failure) -> dict[str, Any]:
    return {
        "source_uri": failure.source_uri,
        "error": {"stage": failure.stage, "reason": failure.reason, "detail": failure.detail},
    }


def structure_record(article: Article) -> dict[str, Any]:
    """The case structure the warehouse derives (region, facts, practices, brands, themes), per article."""
    from tasks.extract.rows import article_columns
    from tasks.tables import ARTICLE_ROWS

    columns = article_columns(article)
    region = {k: columns[k] for k in ("province", "city", "county", "adcode", "region_level", "region_note")}
    derived = {name: derive(article) for name, derive in ARTICLE_ROWS.items() if name != "sections"}
    for rows in derived.values():
        for row in rows:
            row.pop("article_id", None)
    return {"region": region, **derived}


def extract_records(paths: Sequence[str], structure: bool = False) -> Iterator[dict[str, Any]]:
    """One record per path given, in the order given (repeats included: this is not ingest)."""
    for path in paths:
        outcome = process_source(path)
        if isinstance(outcome, Failure):
            yield failure_record(outcome)
        else:
            record = article_record(outcome)
            if structure:
                record.update(structure_record(outcome))
            yield record
