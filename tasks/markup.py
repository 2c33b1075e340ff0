"""Decoded text → PageParts: the block-level lines of a page, in reading order, plus markup hints.

Text dumps go through `read_text`; HTML goes to the site adapter that claims the URL, else the
generic reader (tasks/sites). Everything after this step works on lines and is the same for both.
"""

from __future__ import annotations

import re

from tasks.records import DecodedDoc, PageParts
from tasks.sites import read_html

# A stray tag in a text dump: `<code id="g60kg"></code>`, `<br/>`, `</p>`. Bounded, so that a lone
# "<" in prose ("<5%") is left alone.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,500})?/?>")
_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:1024]))


def read_text(text: str) -> PageParts:
    lines = tuple(_TAG.sub("", line) for line in text.splitlines())
    return PageParts(lines=lines, reader="text")


def read_parts(decoded: DecodedDoc) -> PageParts:
    if decoded.source.media_type == "text/html" or looks_like_html(decoded.text):
        return read_html(decoded.text, decoded.source.source_uri)
    return read_text(decoded.text)
