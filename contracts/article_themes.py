"""Contract of `article_themes`: which themes of seeds/themes.csv an article is about, with the evidence."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import DataFrame, Series

from contracts.base import is_list_of_str, sql


class ArticleThemes(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{16}$", description="The article (articles.article_id).")
    theme: Series[str] = pa.Field(description="Theme name from seeds/themes.csv, e.g. 网格化, 红色物业, 新就业群体.")
    hits: Series[int] = pa.Field(
        ge=1, description="Occurrences of the theme's keywords in title and body (at least the theme's min_hits)."
    )
    keywords: Series[object] = pa.Field(
        metadata=sql("VARCHAR[]"), description="The theme's keywords that occur, in taxonomy order."
    )

    @pa.dataframe_check(name="unique_article_theme")
    def unique_key(cls, df: DataFrame) -> Series[bool]:
        return ~df.duplicated(["article_id", "theme"], keep=False)

    @pa.check("keywords", name="list_of_text")
    def list_of_text(cls, s: Series[object]) -> Series[bool]:
        return s.map(is_list_of_str)

    class Config:
        strict = True
        coerce = True
