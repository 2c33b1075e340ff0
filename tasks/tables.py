"""Articles → one DataFrame per warehouse table (named after the table it fills, as dlt resources are).

`ARTICLE_ROWS` maps each child table to the function that derives its rows from one Article; a new
table filled from articles is one entry here, one contract in contracts/, and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import pandas as pd

from tasks.extract.rows import article_columns, brand_rows, fact_rows, practice_rows, theme_rows
from tasks.pipeline import EXTRACTOR_VERSION
from tasks.records import Article

Row = dict[str, Any]


def article_row(article: Article, run_id: str, ingested_at: datetime) -> Row:
    return {
        "article_id": article.article_id,
        "source_uri": article.source_uri,
        "title": article.title,
        "published_at": article.published_at,
        "source_outlet": article.source_outlet,
        "author_org": article.author_org,
        "editors": list(article.editors),
        "collection": article.collection,
        "channel": article.channel,
        "script_original": article.script_original,
        "body": article.body,
        "body_original": article.body_original,
        "captions": list(article.captions),
        "is_truncated": article.is_truncated,
        "parse_notes": list(article.notes),
        "charset": article.charset,
        "reader": article.reader,
        "content_sha256": article.content_sha256,
        "extractor_version": EXTRACTOR_VERSION,
        "run_id": run_id,
        "ingested_at": ingested_at,
        **article_columns(article),  # region, duplicate_of, minhash (tasks/extract/rows.py)
    }


def section_rows(article: Article) -> list[Row]:
    return [
        {"article_id": article.article_id, "ordinal": s.ordinal, "heading": s.heading, "kind": s.kind, "text": s.text}
        for s in article.sections
    ]


ARTICLE_ROWS: dict[str, Callable[[Article], list[Row]]] = {
    "sections": section_rows,
    "facts": fact_rows,
    "practices": practice_rows,
    "brands": brand_rows,
    "article_themes": theme_rows,
}


def _frame(rows: list[Row], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    return frame


def batch_tables(
    articles: Iterable[Article], run_id: str, ingested_at: datetime, columns: dict[str, list[str]]
) -> dict[str, pd.DataFrame]:
    """One DataFrame per table for a batch; `columns` (from the contracts) fixes column order."""
    rows: dict[str, list[Row]] = {"articles": []}
    rows.update({name: [] for name in ARTICLE_ROWS})
    for article in articles:
        rows["articles"].append(article_row(article, run_id, ingested_at))
        for name, derive in ARTICLE_ROWS.items():
            rows[name].extend(derive(article))
    return {name: _frame(table_rows, columns[name]) for name, table_rows in rows.items()}
