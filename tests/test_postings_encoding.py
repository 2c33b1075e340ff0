"""The search postings a worker cuts travel dictionary-encoded (warehouse/search.cut_postings): the same values, in
fewer bytes, so a batch's result held by a worker and by the writer is smaller."""

from __future__ import annotations

import pickle

import duckdb
import pandas as pd
import pyarrow as pa

from warehouse.search import cut_postings


def test_postings_travel_dictionary_encoded_with_the_same_values() -> None:
    body = "基层治理创新案例，社区网格员走访群众。" * 20
    articles = pd.DataFrame(
        {"article_id": [f"{i:032x}" for i in range(30)], "title": ["社区治理"] * 30, "body": [body] * 30}
    )
    cut = cut_postings(articles)
    table = cut.postings
    assert pa.types.is_dictionary(table.schema.field("term").type)
    assert pa.types.is_dictionary(table.schema.field("article_id").type)
    plain = table.cast(pa.schema([("term", pa.string()), ("article_id", pa.string()), ("tf", pa.int32())]))
    assert len(pickle.dumps(table)) < 0.6 * len(pickle.dumps(plain)), "a term and an id are sent once, not per row"
    con = duckdb.connect()
    con.execute("CREATE TABLE p (term VARCHAR, article_id VARCHAR, tf INTEGER)")
    con.register("cut", table)
    con.execute("INSERT INTO p SELECT * FROM cut")
    assert con.sql("SELECT * FROM p").fetchall() == list(zip(*plain.to_pydict().values(), strict=True))
