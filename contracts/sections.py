"""Contract of `sections`: the article's headings in order, each with its text and kind."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import DataFrame, Series

KINDS = ["background", "practice", "outcome", "lesson", "discussion", "other"]


class Sections(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{16}$", description="The article (articles.article_id).")
    ordinal: Series[int] = pa.Field(ge=1, description="Position of the section in the article, 1-based, contiguous.")
    heading: Series[str] = pa.Field(
        str_length={"min_value": 2, "max_value": 60},
        description="Heading as printed, with its number (`一、背景与起因`) when it has one.",
    )
    kind: Series[str] = pa.Field(
        isin=KINDS,
        description="background | practice | outcome | lesson | discussion | other, from the heading's words.",
    )
    text: Series[str] = pa.Field(description="Paragraphs under the heading up to the next one, separated by newlines.")

    @pa.dataframe_check(name="unique_article_ordinal", description="(article_id, ordinal) unique")
    def unique_key(cls, df: DataFrame) -> Series[bool]:
        return ~df.duplicated(["article_id", "ordinal"], keep=False)

    @pa.dataframe_check(name="contiguous_ordinals", description="ordinals 1..n per article")
    def contiguous(cls, df: DataFrame) -> Series[bool]:
        if df.empty:
            return pd.Series([], dtype=bool)
        expected = df.groupby("article_id")["ordinal"].rank(method="first").astype(int)
        return df["ordinal"] == expected

    class Config:
        strict = True
        coerce = True
        metadata = {  # noqa: RUF012 (pandera reads it as configuration)
            "severity": {"heading.str_length": "warning"},  # an odd heading length: keep the article, record it
            "about": {"unique_article_ordinal": "ordinal", "contiguous_ordinals": "ordinal"},
        }
