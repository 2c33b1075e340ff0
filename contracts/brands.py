"""Contract of `brands`: named practices and slogans in quotes (“红管家”, “三社联动”), one row per term."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import DataFrame, Series

from tasks.extract.lexicon import MAX_BRAND_CHARS


class Brands(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{16}$", description="The article (articles.article_id).")
    ordinal: Series[int] = pa.Field(ge=1, description="Order of first appearance in the body, 1-based.")
    term: Series[str] = pa.Field(
        str_length={"min_value": 2, "max_value": MAX_BRAND_CHARS},
        description="The quoted name as written, without its quotation marks.",
    )
    count: Series[int] = pa.Field(
        ge=0,
        description="How often the term occurs in the body, quoted or not (salience in the article); 0 when only"
        " the headline names it (the body uses a short form).",
    )
    first_sentence: Series[str] = pa.Field(
        description="The sentence of its first quoted use; the headline when only the headline names it."
    )
    char_start: Series[pd.Int64Dtype] = pa.Field(
        ge=0,
        nullable=True,
        description="Offset of the term (inside its quotes) at its first quoted use in articles.body; NULL when"
        " only the headline names it.",
    )

    @pa.dataframe_check(name="headline_only_has_no_offset")
    def headline_only(cls, df: DataFrame) -> Series[bool]:
        """A term the body never names has no body offset, and one it names has one."""
        return (df["count"] == 0) == df["char_start"].isna()

    @pa.dataframe_check(name="unique_article_ordinal")
    def unique_key(cls, df: DataFrame) -> Series[bool]:
        return ~df.duplicated(["article_id", "ordinal"], keep=False)

    @pa.dataframe_check(name="unique_article_term")
    def unique_term(cls, df: DataFrame) -> Series[bool]:
        return ~df.duplicated(["article_id", "term"], keep=False)

    class Config:
        strict = True
        coerce = True
