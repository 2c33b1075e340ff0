"""Contract of `practices`: the case's own measures, numbered (`(一)`, `一是`, `1.`, `①`) or run-in."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import DataFrame, Series

from tasks.extract.lexicon import MAX_LEAD_CHARS


class Practices(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{16}$", description="The article (articles.article_id).")
    ordinal: Series[int] = pa.Field(ge=1, description="Position of the measure in the article, 1-based.")
    section_ordinal: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=1,
        description="The section it stands in (sections.ordinal of the same article); NULL when the body has no "
        "section headings (news reprints).",
    )
    marker: Series[str] = pa.Field(
        nullable=True,
        str_matches=r"^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}(?:是|\s*、)"
        r"|\d{1,2}\s*[.．、]|[(（]\d{1,2}[)）]|[①-⑳])$",
        description="The number as printed: `(一)`, `一是`, `一、`, `1.`, `(1)`, `①`; NULL for run-in measures.",
    )
    numbered: Series[bool] = pa.Field(
        description="True for numbered measures; False for un-numbered sub-headings and paragraphs led by a short "
        "run-in sentence (newspaper style, e.g. `高位推动,做优顶层设计。`, `紧盯一个目标:`)."
    )
    heading: Series[str] = pa.Field(
        str_length={"min_value": 1, "max_value": MAX_LEAD_CHARS},
        description="The measure's heading sentence without its number and full stop: up to its first `。；：` "
        "(a whole inline `一是…；` lead; one character for an e-paper's `春：…` head), a run with no such mark cut at "
        "60 characters.",
    )
    text: Series[str] = pa.Field(
        description="What follows the heading up to the next measure or section, newline-separated."
    )
    char_start: Series[int] = pa.Field(ge=0, description="Offset of the heading in articles.body.")

    @pa.dataframe_check(name="unique_article_ordinal")
    def unique_key(cls, df: DataFrame) -> Series[bool]:
        return ~df.duplicated(["article_id", "ordinal"], keep=False)

    class Config:
        strict = True
        coerce = True
