"""Print a page's text blocks, numbered, for hand annotation of the development set.

Truth for bench/devset is chosen by hand from this dump (which numbered lines are the article), never
from the project's extractor or the anchors it is measured against. The walk is deliberately neutral:
no scoring, no boilerplate rules, no site knowledge. Every element that starts a block (p, div, li,
td, h1-h6, br, ...) ends the current line; inline text (a, span, strong, ...) joins the line it sits
in; script/style/noscript/template are dropped. Decoding is the plain "UTF-8 if it is valid, else
GB18030 with replacement" that a user would try first.

Usage: python -m bench.devset_blocks PAGE.html [--from N --to M]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
    ]
)
DROP_TAGS = ("script", "style", "noscript", "template", "head > link", "head > meta")


def decode_plain(raw: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK/GB2312), replacing damage."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def text_blocks(html: str) -> list[str]:
    """The page's visible text as a list of block lines, whitespace collapsed, empty lines dropped."""
    tree = HTMLParser(html)
    for selector in DROP_TAGS:
        for node in tree.css(selector):
            node.decompose()
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(node: Node) -> None:
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                current.append(child.text_content or "")
            elif tag in BLOCK_TAGS:
                flush()
                walk(child)
                flush()
            elif tag not in ("-comment", "_comment"):
                walk(child)
            child = child.next

    root = tree.root
    if root is not None:
        walk(root)
    flush()
    return lines


def parse_blocks(spec: str) -> list[int]:
    """`"19-28,-25,40"` → [19..28 without 25, 40], in page order."""
    keep: list[int] = []
    drop: set[int] = set()
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        target = drop if part.startswith("-") else None
        part = part.lstrip("-")
        lo, _, hi = part.partition("-")
        numbers = range(int(lo), int(hi or lo) + 1)
        if target is None:
            keep.extend(numbers)
        else:
            drop.update(numbers)
    return [n for n in dict.fromkeys(keep) if n not in drop]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page", type=Path)
    ap.add_argument("--from", dest="start", type=int, default=0)
    ap.add_argument("--to", dest="end", type=int, default=10**9)
    ap.add_argument("--width", type=int, default=160, help="cut each printed line to this many characters")
    a = ap.parse_args(argv)
    for i, line in enumerate(text_blocks(decode_plain(a.page.read_bytes()))):
        if a.start <= i <= a.end:
            print(f"{i:4d} {line[: a.width]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
