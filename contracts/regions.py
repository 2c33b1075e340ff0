"""Contract of `regions`: China's administrative divisions (2023 statistical codes), the reference for
articles.province/city/county/adcode. Loaded from seeds/reference/gazetteer/ (WTFPL; see SOURCE.md there)."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import DataFrame, Series

LEVELS = ["province", "city", "county", "street"]


class Regions(pa.DataFrameModel):
    code: Series[str] = pa.Field(
        str_matches=r"^(\d{2}|\d{4}|\d{6}|\d{9})$",
        description="Statistical division code: 2 digits province, 4 city, 6 county, 9 street/township.",
    )
    level: Series[str] = pa.Field(isin=LEVELS, description="province | city | county | street.")
    name: Series[str] = pa.Field(description="Official name, e.g. 浙江省, 湖州市, 长兴县, 雉城街道.")
    parent_code: Series[str] = pa.Field(
        nullable=True, description="Code of the division directly above; NULL for provinces."
    )
    adcode: Series[str] = pa.Field(
        str_matches=r"^\d{6}$",
        description="Six-digit administrative code as used in articles.adcode (province 330000, city 330500, "
        "county 330522); a street carries its county's.",
    )
    province: Series[str] = pa.Field(description="Province-level name.")
    city: Series[str] = pa.Field(
        nullable=True,
        description="Prefecture-level name; for municipalities the municipality (北京市); NULL for counties "
        "directly under a province (仙桃市).",
    )
    county: Series[str] = pa.Field(
        nullable=True, description="County-level name (district, county, county-level city)."
    )

    @pa.dataframe_check(name="unique_code")
    def unique_key(cls, df: DataFrame) -> Series[bool]:
        return ~df.duplicated(["code"], keep=False)

    class Config:
        strict = True
        coerce = True
