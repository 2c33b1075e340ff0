"""Contract of `articles`: one row per source page, cleaned, simplified, with its provenance."""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from contracts.base import BOILERPLATE_RESIDUE, HTML_RESIDUE, PINYIN_RESIDUE, is_list_of_str, sql

SCRIPTS = ["simplified", "traditional"]
MIN_BODY_CHARS = 200  # below this a page is navigation or an error page, not a case article
EARLIEST = datetime(1949, 10, 1)


def _not_after_tomorrow(s: pd.Series) -> pd.Series:
    return s.isna() | (s <= pd.Timestamp(datetime.now() + timedelta(days=1)))


class Articles(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(
        unique=True,
        str_matches=r"^[0-9a-f]{16}$",
        description="Stable key: first 16 hex of SHA-256 of the canonical source (project-relative path or URL).",
    )
    source_uri: Series[str] = pa.Field(description="The file path or URL as given to `cases ingest`.")
    title: Series[str] = pa.Field(
        nullable=True,
        str_length={"min_value": 2, "max_value": 200},
        description="Headline as printed; NULL when the page has none (never another line promoted).",
    )
    published_at: Series[pd.Timestamp] = pa.Field(
        nullable=True,
        ge=EARLIEST,
        description="Publication time, Beijing local time, to the minute when the page gives it; NULL when absent.",
    )
    source_outlet: Series[str] = pa.Field(
        nullable=True, description="Outlet named in the dateline (`来源:`), e.g. 人民网-中国共产党新闻网, 中国城市报."
    )
    author_org: Series[str] = pa.Field(
        nullable=True, description="Organisation that wrote the case, e.g. 中共红塔区委组织部, without decoration."
    )
    editors: Series[object] = pa.Field(
        metadata=sql("VARCHAR[]"), description="Editors from `(责编:A、B)`, in order; empty list when not given."
    )
    collection: Series[str] = pa.Field(
        nullable=True, description="Campaign or column the page belongs to, from breadcrumb, footer or column label."
    )
    channel: Series[str] = pa.Field(
        nullable=True, description="Breadcrumb path, items joined by ` > ` (`正文` left out)."
    )
    script_original: Series[str] = pa.Field(
        isin=SCRIPTS,
        description="Script the page was published in: simplified | traditional (converted with OpenCC t2s).",
    )
    body: Series[str] = pa.Field(
        str_length={"min_value": MIN_BODY_CHARS},
        description="Article text in simplified script, paragraphs separated by a newline; no captions or furniture.",
    )
    body_original: Series[str] = pa.Field(
        description="The same paragraphs in the script as published (pinyin and junk tags removed)."
    )
    captions: Series[object] = pa.Field(
        metadata=sql("VARCHAR[]"), description="Photo captions found between paragraphs, kept out of `body`."
    )
    is_truncated: Series[bool] = pa.Field(
        description="True when the page says the article continues elsewhere, e.g. `(下转B2版)`."
    )
    parse_notes: Series[object] = pa.Field(
        metadata=sql("VARCHAR[]"),
        description="Flags from parsing worth knowing (no title, no date, charset label overridden).",
    )
    charset: Series[str] = pa.Field(description="Codec the bytes were decoded with (GB2312/GBK read as gb18030).")
    reader: Series[str] = pa.Field(description="Which reader parsed the page: text, generic-html or a site adapter.")
    content_sha256: Series[str] = pa.Field(
        str_matches=r"^[0-9a-f]{64}$",
        description="SHA-256 of the decoded, cleaned text: unchanged pages are skipped on re-runs.",
    )
    extractor_version: Series[str] = pa.Field(
        description="Version of the extraction code that produced the row; a new version re-derives rows."
    )
    run_id: Series[str] = pa.Field(description="The Prefect flow run that loaded this version of the row.")
    ingested_at: Series[pd.Timestamp] = pa.Field(description="When this version was loaded (UTC).")

    @pa.check("published_at", name="published_not_in_future")
    def published_not_in_future(cls, s: Series[pd.Timestamp]) -> Series[bool]:
        return _not_after_tomorrow(s)

    @pa.check("editors", "captions", "parse_notes", name="list_of_text")
    def list_of_text(cls, s: Series[object]) -> Series[bool]:
        return s.map(is_list_of_str)

    @pa.check("body", name="no_markup_residue")
    def no_markup_residue(cls, s: Series[str]) -> Series[bool]:
        return ~s.str.contains(HTML_RESIDUE)

    @pa.check("body", name="no_pinyin_residue")
    def no_pinyin_residue(cls, s: Series[str]) -> Series[bool]:
        return ~s.str.contains(PINYIN_RESIDUE)

    @pa.check("body", name="no_boilerplate_residue")
    def no_boilerplate_residue(cls, s: Series[str]) -> Series[bool]:
        return ~s.str.contains(BOILERPLATE_RESIDUE)

    class Config:
        strict = True
        coerce = True
