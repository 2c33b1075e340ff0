"""Contract of `articles`: one row per source page, cleaned, simplified, with its provenance."""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from contracts.base import (
    BOILERPLATE_RESIDUE,
    HTML_MARKS,
    HTML_RESIDUE,
    PINYIN_MARKS,
    PINYIN_RESIDUE,
    free_of,
    han_share,
    is_list_of_str,
    sql,
)
from tasks.extract.fingerprint import NUM_PERM
from tasks.script import TRADITIONAL_SHARE, traditional_share

SCRIPTS = ["simplified", "traditional"]
MIN_BODY_CHARS = 200  # below this a page is navigation or an error page, not a case article
MAX_BODY_CHARS = 200_000  # longer than any case article seen: a page glued to its neighbours, or junk
MIN_HAN_SHARE = 0.3  # Chinese characters among non-space ones; seeds ≥ 0.8, junk and nav pages far less
EARLIEST = datetime(1949, 10, 1)


MIN_SENTENCES = 3  # a navigation or list page has link texts, not sentences
MIN_PARAGRAPH = 40
SENTENCE_ENDS = "。！？!?；"


def is_prose(text: str) -> bool:
    """Sentences, and at least one real paragraph: what a list of links or menu items never has."""
    head = text[:50_000]
    sentences = sum(head.count(mark) for mark in SENTENCE_ENDS)
    longest = max(map(len, head.split("\n")))
    return sentences >= MIN_SENTENCES and longest >= MIN_PARAGRAPH


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
        metadata={"watch_nulls": True},
        str_length={"min_value": 2, "max_value": 200},
        description="Headline as printed; NULL when the page has none (never another line promoted).",
    )
    published_at: Series[pd.Timestamp] = pa.Field(
        nullable=True,
        metadata={"watch_nulls": True},
        ge=EARLIEST,
        description="Publication time, Beijing local time, to the minute when the page gives it; NULL when absent.",
    )
    source_outlet: Series[str] = pa.Field(
        nullable=True, description="Outlet named in the dateline (`来源:`), e.g. 人民网-中国共产党新闻网, 中国城市报."
    )
    author_org: Series[str] = pa.Field(
        nullable=True, description="Organisation that wrote the case, e.g. 中共红塔区委组织部, without decoration."
    )
    byline: Series[str] = pa.Field(
        nullable=True,
        description="The byline as printed (`作者：张燕 王明`, `文/李华`, `中共甘肃省委组织部`); "
        "NULL when the page has none.",
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
    decode_errors: Series[int] = pa.Field(
        ge=0,
        description="Replacement characters decoding introduced, one per damaged byte sequence (at most 1% of "
        "characters, else the page is refused); 0 when the bytes were clean.",
    )
    reader: Series[str] = pa.Field(description="Which reader parsed the page: text, generic-html or a site adapter.")
    province: Series[str] = pa.Field(
        nullable=True,
        description="Province-level division of the case (2023 codes), from author organisation, title, then text; "
        "NULL when no place is named or a shared name (鼓楼区) stays ambiguous.",
    )
    city: Series[str] = pa.Field(
        nullable=True,
        description="Prefecture-level city; the municipality itself for 北京/上海/天津/重庆 districts; NULL for a "
        "province-wide case or a county directly under its province.",
    )
    county: Series[str] = pa.Field(
        nullable=True, description="County-level division (district, county, county-level city); a street pins it."
    )
    adcode: Series[str] = pa.Field(
        nullable=True,
        str_matches=r"^\d{6}$",
        metadata={"references": "regions.adcode"},
        description="Six-digit code of the most specific division found (330522 长兴县, 510500 泸州市, 620000 甘肃省).",
    )
    region_level: Series[str] = pa.Field(
        nullable=True, isin=["province", "city", "county"], description="Level of `adcode`: province | city | county."
    )
    region_source: Series[str] = pa.Field(
        nullable=True,
        isin=["author_org", "title", "body"],
        description="Where the deciding name was found: author_org | title | body (body only if those name none).",
    )
    region_evidence: Series[str] = pa.Field(
        nullable=True, description="The place names that decided, as written, `、`-separated (e.g. 成都市、金牛区)."
    )
    region_note: Series[str] = pa.Field(
        nullable=True,
        description="Why the region is missing or partial, e.g. `鼓楼区 is ambiguous (4 places …)`; NULL when clean.",
    )
    duplicate_of: Series[str] = pa.Field(
        nullable=True,
        str_matches=r"^[0-9a-f]{16}$",
        description="For a mirror or re-publication: the canonical article (original publisher preferred) it "
        "near-duplicates; NULL for canonical articles. Set after each run (warehouse/duplicates.py).",
    )
    duplicate_similarity: Series[float] = pa.Field(
        nullable=True,
        ge=0,
        le=1,
        description="MinHash estimate of the Jaccard similarity (5-character shingles) to `duplicate_of`.",
    )
    minhash: Series[object] = pa.Field(
        metadata=sql("BIGINT[]"),
        description="MinHash signature of the simplified body (64 minimums of 5-character shingles); its 16 bands "
        "of 4 are what near-duplicate detection joins on (warehouse/duplicates.py).",
    )
    content_sha256: Series[str] = pa.Field(
        str_matches=r"^[0-9a-f]{64}$",
        description="SHA-256 of the decoded, cleaned text: unchanged pages are skipped on re-runs.",
    )
    extractor_version: Series[str] = pa.Field(
        description="Version of the extraction code that produced the row; a new version re-derives rows."
    )
    run_id: Series[str] = pa.Field(description="The Prefect flow run that loaded this version of the row.")
    ingested_at: Series[pd.Timestamp] = pa.Field(description="When this version was loaded (UTC).")

    @pa.check("published_at", name="published_not_in_future", description="not after tomorrow (Beijing)")
    def published_not_in_future(cls, s: Series[pd.Timestamp]) -> Series[bool]:
        return _not_after_tomorrow(s)

    @pa.check("body", name="simplified_script", description=f"traditional share < {TRADITIONAL_SHARE}")
    def simplified_script(cls, s: Series[str]) -> Series[bool]:
        return s.map(lambda text: traditional_share(text[:20_000]) < TRADITIONAL_SHARE)

    @pa.check("body", name="mostly_chinese", description=f"≥ {MIN_HAN_SHARE:.0%} Han characters")
    def mostly_chinese(cls, s: Series[str]) -> Series[bool]:
        return s.map(lambda text: han_share(text[:20_000]) >= MIN_HAN_SHARE)

    @pa.check(
        "body", name="article_prose", description=f"≥ {MIN_SENTENCES} sentences, one paragraph ≥ {MIN_PARAGRAPH} chars"
    )
    def article_prose(cls, s: Series[str]) -> Series[bool]:
        return s.map(is_prose)

    @pa.check("body", name="body_not_huge", description=f"at most {MAX_BODY_CHARS} characters")
    def body_not_huge(cls, s: Series[str]) -> Series[bool]:
        return s.str.len() <= MAX_BODY_CHARS

    @pa.dataframe_check(name="duplicate_content", description="no other article with the same content_sha256")
    def duplicate_content(cls, df: pd.DataFrame) -> Series[bool]:
        return ~df["content_sha256"].duplicated(keep="first")

    @pa.check("editors", "captions", "parse_notes", name="list_of_text")
    def list_of_text(cls, s: Series[object]) -> Series[bool]:
        return s.map(is_list_of_str)

    @pa.check("minhash", name="minhash_signature", description=f"{NUM_PERM} minimums in [0, 2^32)")
    def minhash_signature(cls, s: Series[object]) -> Series[bool]:
        return s.map(lambda v: isinstance(v, list) and len(v) == NUM_PERM and all(0 <= x < 2**32 for x in v))

    @pa.check("body", name="no_markup_residue", description="no HTML tags or entities")
    def no_markup_residue(cls, s: Series[str]) -> Series[bool]:
        return s.map(free_of(HTML_RESIDUE, HTML_MARKS))

    @pa.check("body", name="no_pinyin_residue", description="no pinyin after Han characters")
    def no_pinyin_residue(cls, s: Series[str]) -> Series[bool]:
        return s.map(free_of(PINYIN_RESIDUE, PINYIN_MARKS))

    @pa.check("body", name="no_boilerplate_residue", description="no share/footer/editor lines")
    def no_boilerplate_residue(cls, s: Series[str]) -> Series[bool]:
        return ~s.str.contains(BOILERPLATE_RESIDUE)

    class Config:
        strict = True
        coerce = True
        # Severity per check (contracts/base.py Table.severity); anything not named here is an error.
        metadata = {  # noqa: RUF012 (pandera reads it as configuration)
            "severity": {
                "no_boilerplate_residue": "warning",  # furniture left in a real article: load, record
                "body_not_huge": "warning",
                "duplicate_content": "warning",  # same text under two sources: both kept, recorded
            },
            "about": {"duplicate_content": "content_sha256"},
        }
