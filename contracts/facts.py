"""Contract of `facts`: every quantitative statement of a body, normalised, with the sentence it came from."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import DataFrame, Series

# The contract's own expectations, independent of the extractor's unit table (a check that reads the
# extractor's own vocabulary could never fail): a unit is a short run of CJK characters or `%`.
UNIT_SHAPE = r"^(?:%|[\u4e00-\u9fff]{1,4})$"
QUALIFIERS = ["不低于", "不超过", "不足", "余", "约", "超过", "近"]
# Past any amount Chinese public text states: round-ups and theory pieces quote the national economy (GDP about
# 135万亿元, 1.35e14; broad money about 313万亿元), which the old bound of 10万亿 refused, quarantining whole
# articles (two of bench/devset's real pages, 2026-12-02); a value past 千万亿 is a misread number.
MAX_VALUE = 1e15
_DIGITS = re.compile(r"\d")


class Facts(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{16}$", description="The article (articles.article_id).")
    fact_id: Series[int] = pa.Field(ge=1, description="Position of the figure in the body, 1-based, in reading order.")
    value: Series[float] = pa.Field(
        ge=0,
        description="The figure normalised: magnitudes applied (50.3万人 → 503000, 2601.5亿元 → 260150000000), "
        "Chinese numerals read (二十余名 → 20), percentages as written (99.3% → 99.3, 百分之三十 → 30), a "
        "fraction as its decimal with no unit (1/5, 五分之一 → 0.2), tenths as written (三成 → 3, unit 成); "
        "the lower end of a range.",
    )
    value_max: Series[float] = pa.Field(
        nullable=True, ge=0, description="Upper end of a range (10万—20万元 → 200000); NULL for a single figure."
    )
    unit: Series[str] = pa.Field(
        nullable=True,
        str_matches=UNIT_SHAPE,
        description="Canonical unit: 人 (also 名/位), 人次, 个, 元, 平方公里, %, 件, 单, 起, 学时 …; a duration "
        "takes its time unit (46个年头 → 年, 3个月 → 月, 24小时 → 小时). The extractor's unit table is "
        "tasks/extract/data/units.csv. NULL for a bare magnitude (常住人口13万).",
    )
    raw: Series[str] = pa.Field(
        str_length={"min_value": 1, "max_value": 40},
        description="The figure as written, qualifier included: `近13万`, `2000余名`, `10万—20万元`. "
        "Equals articles.body[char_start:char_end].",
    )
    qualifier: Series[str] = pa.Field(
        nullable=True,
        isin=QUALIFIERS,
        description="Canonical qualifier: 近 (just under), 约 (about; 左右), 余 (just over; 多), 超过 (more than; "
        "以上/逾), 不低于 (at least; 不少于/至少), 不足 (less than; 不到), 不超过 (at most; 以内/以下).",
    )
    subject: Series[str] = pa.Field(
        nullable=True,
        description="What is counted or measured, read from the words next to the figure "
        "(网格, 志愿者, 常住人口, 结案率); a heuristic, NULL when nothing fits.",
    )
    per: Series[str] = pa.Field(
        nullable=True, description="Rate denominator written after a slash: 5200元/月 → 月; NULL otherwise."
    )
    sentence: Series[str] = pa.Field(description="The sentence of the body the figure stands in.")
    char_start: Series[int] = pa.Field(ge=0, description="Offset of `raw` in articles.body (Python string index).")
    char_end: Series[int] = pa.Field(ge=1, description="End offset (exclusive) of `raw` in articles.body.")

    @pa.dataframe_check(name="unique_article_fact")
    def unique_key(cls, df: DataFrame) -> Series[bool]:
        return ~df.duplicated(["article_id", "fact_id"], keep=False)

    @pa.dataframe_check(name="range_ordered")
    def range_ordered(cls, df: DataFrame) -> Series[bool]:
        return df["value_max"].isna() | (df["value_max"] >= df["value"])

    @pa.dataframe_check(name="offsets_span_raw")
    def offsets_span_raw(cls, df: DataFrame) -> Series[bool]:
        return (df["char_end"] - df["char_start"]) == df["raw"].str.len()

    @pa.dataframe_check(name="raw_in_sentence")
    def raw_in_sentence(cls, df: DataFrame) -> Series[bool]:
        if df.empty:
            return pd.Series([], dtype=bool)
        pairs = zip(df["raw"].tolist(), df["sentence"].tolist(), strict=True)  # lists: iterating Arrow is slow
        return pd.Series([r in s for r, s in pairs], index=df.index, dtype=bool)

    @pa.check("value", name="positive_value", description="value > 0 (a 0 figure is recorded, not refused)")
    def positive_value(cls, s: Series[float]) -> Series[bool]:
        return s > 0

    @pa.check("value", name="plausible_value", description=f"value <= {MAX_VALUE:.0e}")
    def plausible_value(cls, s: Series[float]) -> Series[bool]:
        return s <= MAX_VALUE

    @pa.dataframe_check(name="raw_holds_value_digits")
    def raw_holds_value_digits(cls, df: DataFrame) -> Series[bool]:
        """An Arabic figure's leading digits are in its raw text (`50.3万人` → 503000: `503`).

        Catches a value read from the wrong place or mis-scaled; Chinese numerals and fractions
        (`二十三户`, `1/5` → 0.2) are not written with the value's digits and are let through.
        """
        return pd.Series(
            [_digits_match(v, r) for v, r in zip(df["value"].tolist(), df["raw"].tolist(), strict=True)],
            index=df.index,
            dtype=bool,
        )

    @pa.dataframe_check(name="percent_plausible")
    def percent_plausible(cls, df: DataFrame) -> Series[bool]:
        return (df["unit"] != "%") | (df["value"] <= 10000)

    @pa.check("value", name="finite")
    def finite(cls, s: Series[float]) -> Series[bool]:
        return pd.Series(np.isfinite(s.to_numpy(dtype=float)), index=s.index)

    class Config:
        strict = True
        coerce = True
        # Severity per check (issue 5, contracts/base.py Table.severity): one odd figure should not quarantine
        # its whole article; it loads and the failure is recorded in dq_failures.
        metadata = {  # noqa: RUF012
            "severity": {
                "positive_value": "warning",
                "percent_plausible": "warning",
                "raw_holds_value_digits": "warning",
            }
        }


def _digits_match(value: float, raw: str) -> bool:
    if "/" in raw or not _DIGITS.search(raw):
        return True
    written = "".join(_DIGITS.findall(raw))
    lead = f"{value:.6f}".replace(".", "").lstrip("0").rstrip("0") or "0"
    return lead[: min(len(lead), 3)] in written
