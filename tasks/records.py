"""The small immutable records that travel from one pipeline step to the next.

Each step is a plain function from one record to the next, so a batch of pages can run the whole
chain inside a single Prefect task (one task run per batch, not per page per step).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """Bytes of one input and how they were obtained (from disk now, from HTTP later)."""

    source_uri: str  # file path as given, or URL
    canonical_uri: str  # what the stable article_id is computed from
    raw: bytes
    media_type: str  # "text/plain" | "text/html"
    declared_charset: str | None = None  # e.g. from an HTTP Content-Type header


@dataclass(frozen=True, slots=True)
class DecodedDoc:
    source: SourceDoc
    text: str
    charset: str  # the codec actually used
    charset_note: str | None = None  # e.g. "label gb2312 overridden: bytes are utf-8"
    decode_errors: int = 0  # replacement characters the decoding introduced (damaged bytes); 0 when clean


@dataclass(frozen=True, slots=True)
class PageParts:
    """What a markup reader (plain text or HTML adapter) found, before any text cleaning.

    `lines` are block-level text units in reading order: one paragraph, heading or widget line each.
    Hints are values a site adapter read from markup (meta tags, selectors); the text parser
    prefers them and falls back to reading the lines.
    """

    lines: tuple[str, ...]
    title_hint: str | None = None
    published_hint: str | None = None
    source_hint: str | None = None
    channel_hint: str | None = None
    editors_hint: str | None = None
    byline_hint: str | None = None  # a byline element from markup (`<p class="author">`, `<h4>■…</h4>`)
    reader: str = "text"  # which reader produced this: text | generic-html | <site adapter>
    # the photo captions a markup reader found under pictures (tasks/sites/captions.py), left out of `lines`; None
    # from the text reader, which has no picture to go by
    captions: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Section:
    ordinal: int
    heading: str
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One parsed, cleaned, simplified article: the row of `articles` plus its structure."""

    article_id: str
    source_uri: str
    title: str | None
    published_at: datetime | None
    source_outlet: str | None
    author_org: str | None
    editors: tuple[str, ...]
    collection: str | None
    channel: str | None
    script_original: str  # simplified | traditional
    paragraphs: tuple[str, ...]  # simplified body paragraphs
    paragraphs_original: tuple[str, ...]  # the same paragraphs in the script as published
    captions: tuple[str, ...]
    is_truncated: bool
    content_sha256: str
    charset: str
    reader: str
    sections: tuple[Section, ...] = ()
    notes: tuple[str, ...] = field(default=())  # parse flags worth recording (missing title, ...)
    decode_errors: int = 0  # replacement characters decoding introduced (tasks/decode.py); 0 when clean
    byline: str | None = None  # the byline as printed (`作者：张燕`, `文/李华`, `■中共甘肃省委组织部`)
    subtitle: str | None = None  # the headline's `——` sub-title as printed (read for the region, never stored)

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def body_original(self) -> str:
        return "\n".join(self.paragraphs_original)


# How the reason of a failure that is the code's, not the input's, opens (a parser or deriver bug, caught so the run
# goes on): such an input is tried again on every run, while one refused for its bytes is settled (warehouse/sources.py)
INTERNAL_ERROR = "internal error"


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not become an article; recorded with its reason, never dropped."""

    source_uri: str
    stage: str  # read | fetch | decode | parse
    reason: str
    detail: str | None = None
    attempts: int = 1  # fetch attempts made (0: refused before any request, e.g. robots.txt)
    last_status: int | None = None  # last HTTP status, when there was one

    @property
    def is_internal(self) -> bool:
        """The code failed on this input (a bug), not the input itself."""
        return self.reason.startswith(INTERNAL_ERROR)
