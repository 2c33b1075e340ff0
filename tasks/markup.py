"""Decoded text → PageParts: the block-level lines of a page, in reading order, plus markup hints.

Text dumps go through `read_text`; HTML goes to the site adapter that claims the URL, else the
generic reader (tasks/sites). Everything after this step works on lines and is the same for both.
"""

from __future__ import annotations

import codecs
import re

from tasks.clean import page_characters
from tasks.header_lines import new_page
from tasks.records import DecodedDoc, PageParts
from tasks.sites import read_html
from tasks.text_dump import dump_lines

_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:1024]))


def read_text(text: str) -> PageParts:
    return PageParts(lines=dump_lines(text), reader="text")


# Parse budget. Parsing and walking a tree costs time quadratic in its depth (`python -m bench.hostile`:
# CPU per page 0.12 s at 10k nested divs, 0.4 s at 20k, 2.6 s at 50k; 200k took about 100 s): a page
# deeper or larger than any article page is refused before the parse, with a reason, in one linear
# scan of its tags.
MAX_DEPTH = 10_000
MAX_ELEMENTS = 500_000
_TAG_OPEN_CLOSE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?(/?)>")
# Elements that never hold content, or that the parser closes by itself when the next one opens.
_NO_DEPTH = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "param",
        "keygen",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "rb",
        "rt",
        "rp",
    ]
)


def markup_problem(text: str) -> str | None:
    """Why this HTML is over the parse budget (too deeply nested, too many elements), or None.

    Every element starts with `<`: a page with no more `<` than the depth budget can be over neither
    budget, so almost every page is cleared by one `str.count` and only the rest pay for the scan.
    """
    if text.count("<") <= min(MAX_DEPTH, MAX_ELEMENTS):
        return None
    depth = deepest = elements = 0
    for closing, name, self_closing in _TAG_OPEN_CLOSE.findall(text):
        if closing:
            if name.lower() not in _NO_DEPTH and depth > 0:
                depth -= 1
            continue
        elements += 1
        if not self_closing and name.lower() not in _NO_DEPTH:
            depth += 1
            deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        return f"elements nested {deepest} deep (budget {MAX_DEPTH}): too deep to parse in reasonable time"
    if elements > MAX_ELEMENTS:
        return f"{elements} elements (budget {MAX_ELEMENTS}): too many to parse in reasonable time"
    return None


def is_html(decoded: DecodedDoc) -> bool:
    return decoded.source.media_type == "text/html" or looks_like_html(decoded.text)


def read_parts(decoded: DecodedDoc) -> PageParts:
    """The page's lines and hints. A new page starts here: the answers tasks/header_lines.py keeps for the lines of
    one page (asked by the reader here and by the parser after it) are forgotten first."""
    new_page()
    text = page_characters(decoded.text)  # `２０２３年８月` read as `2023年8月` by every reader below, no zero-width
    if is_html(decoded):
        return read_html(text, decoded.source.source_uri, utf8_source(decoded) if text is decoded.text else None)
    return read_text(text)


def utf8_source(decoded: DecodedDoc) -> bytes | None:
    """The page's own bytes when they are its text's UTF-8 encoding, byte for byte, else None.

    The HTML parser parses UTF-8 bytes: handed the text, it encodes it first (~0.1 ms a generated page, ~0.25 ms a
    devset page). A page tasks/decode.py read as UTF-8 without a byte-order mark and without damage was decoded
    strictly (`bytes.decode("utf-8")`, which holds no surrogate), so its bytes are exactly that encoding."""
    raw = decoded.source.raw
    if decoded.charset == "utf-8" and not decoded.decode_errors and not raw.startswith(codecs.BOM_UTF8):
        return raw
    return None
