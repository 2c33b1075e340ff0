"""Article → rows of the case-structure tables (facts, practices, brands, article_themes) and the
case columns of `articles` (region, MinHash signature). Registered in tasks/tables.py; all pure."""

from __future__ import annotations

from typing import Any

from tasks.extract.brands import extract_brands
from tasks.extract.facts import extract_facts
from tasks.extract.fingerprint import signature
from tasks.extract.practices import extract_practices
from tasks.extract.regions import resolve_region
from tasks.extract.sentences import split_sentences
from tasks.extract.themes import extract_themes
from tasks.records import Article

Row = dict[str, Any]


def article_columns(article: Article) -> Row:
    """articles.province … region_note and minhash; duplicate_of is filled after loading (warehouse/duplicates.py)."""
    r = resolve_region(
        article.title, article.author_org, article.body, article.source_outlet, article.subtitle, article.byline
    )
    return {
        "province": r.province,
        "city": r.city,
        "county": r.county,
        "adcode": r.adcode,
        "region_level": r.level,
        "region_source": r.source,
        "region_evidence": r.evidence,
        "region_note": r.note,
        "duplicate_of": None,
        "duplicate_similarity": None,
        "minhash": [int(v) for v in signature(article.body)],
    }


def fact_rows(article: Article) -> list[Row]:
    return [
        {
            "article_id": article.article_id,
            "fact_id": f.fact_id,
            "value": f.value,
            "value_max": f.value_max,
            "unit": f.unit,
            "raw": f.raw,
            "qualifier": f.qualifier,
            "subject": f.subject,
            "per": f.per,
            "sentence": f.sentence,
            "char_start": f.char_start,
            "char_end": f.char_end,
        }
        for f in extract_facts(article.body, split_sentences(article.body))
    ]


def practice_rows(article: Article) -> list[Row]:
    return [
        {
            "article_id": article.article_id,
            "ordinal": p.ordinal,
            "section_ordinal": p.section_ordinal,
            "marker": p.marker,
            "numbered": p.numbered,
            "heading": p.heading,
            "text": p.text,
            "char_start": p.char_start,
        }
        for p in extract_practices(article)
    ]


def brand_rows(article: Article) -> list[Row]:
    return [
        {
            "article_id": article.article_id,
            "ordinal": b.ordinal,
            "term": b.term,
            "count": b.count,
            "first_sentence": b.first_sentence,
            "char_start": b.char_start,
        }
        for b in extract_brands(article.body, title=article.title)
    ]


def theme_rows(article: Article) -> list[Row]:
    return [
        {"article_id": article.article_id, "theme": t.theme, "hits": t.hits, "keywords": list(t.keywords)}
        for t in extract_themes(article.title, article.body)
    ]
