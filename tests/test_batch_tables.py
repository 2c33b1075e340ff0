"""A batch's tables derived stage by stage equal the same articles derived one at a time, failures included."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from tasks import tables
from tasks.inputs import read_source
from tasks.pipeline import process_document
from tasks.records import Article
from warehouse.load import columns_by_table

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds" / "pages").glob("*.txt"))
AT = datetime(2026, 1, 1)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    found = [process_document(read_source(str(p))) for p in SEEDS]
    assert len(found) >= 4 and all(isinstance(a, Article) for a in found)
    return found  # type: ignore[return-value]


def _one_at_a_time(articles: list[Article]) -> dict[str, pd.DataFrame]:
    singles = [tables.batch_tables([a], "run", AT, columns_by_table())[0] for a in articles]
    return {name: pd.concat([s[name] for s in singles], ignore_index=True) for name in singles[0]}


def _records(frame: pd.DataFrame) -> str:
    """The rows as JSON: a missing value reads the same (null) whichever dtype the frame gave it."""
    return frame.to_json(orient="records", force_ascii=False, date_format="iso")


def test_rows_come_in_article_order_as_if_derived_one_by_one(articles: list[Article]) -> None:
    batch, failures = tables.batch_tables(articles, "run", AT, columns_by_table())
    assert failures == []
    expected = _one_at_a_time(articles)
    assert set(batch) == set(expected) == {"articles", *tables.ARTICLE_ROWS}
    for name, frame in batch.items():
        assert list(frame.columns) == list(expected[name].columns), name
        assert _records(frame) == _records(expected[name]), name
    assert list(batch["articles"]["article_id"]) == [a.article_id for a in articles]
    assert len(set(batch["facts"]["article_id"])) > 1  # several articles' rows, interleaved nowhere


def test_an_article_whose_extractor_raises_is_left_out_whole_with_its_first_failing_stage(
    articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    facts, brands = tables.ARTICLE_ROWS["facts"], tables.ARTICLE_ROWS["brands"]
    first, third = articles[0].source_uri, articles[2].source_uri

    def buggy_facts(article: Article) -> list[dict[str, object]]:
        if article.source_uri == third:
            raise ValueError("unexpected figure")
        return facts(article)

    def buggy_brands(article: Article) -> list[dict[str, object]]:
        if article.source_uri in (first, third):  # the third already failed at facts: not asked again
            raise KeyError("brand")
        return brands(article)

    monkeypatch.setitem(tables.ARTICLE_ROWS, "facts", buggy_facts)
    monkeypatch.setitem(tables.ARTICLE_ROWS, "brands", buggy_brands)
    batch, failures = tables.batch_tables(articles, "run", AT, columns_by_table())
    assert [(f.source_uri, f.reason) for f in failures] == [
        (first, "internal error deriving brands: KeyError"),
        (third, "internal error deriving facts: ValueError"),
    ]
    kept = [a.article_id for i, a in enumerate(articles) if i not in (0, 2)]
    for name, frame in batch.items():
        assert set(frame["article_id"]) <= set(kept), name
    assert list(batch["articles"]["article_id"]) == kept
