"""Case texts hard-wrapped at a fixed width (as PDF and e-paper dumps are), read with and without re-joining.

Each development text (`tests/gold/authored/d*.txt`) is wrapped at each width, every body line broken where it
would pass the width (a closing mark kept on its line, as typesetting does), then read as a `.txt` input twice: as
the reader does (`tasks.unwrap`) and with the wrapped lines taken as they are (the reader before it). A field counts
as kept when it equals the field read from the unwrapped text; no gold is involved, only sameness.

Usage: python -m bench.wrapped_texts [--texts 300] [--skip 0] [--widths 60,72,80,100]
(`tasks.unwrap` was written against the first 300 in name order; `--skip 300` reads texts it was not tuned on.)
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

from tasks.extract.brands import extract_brands
from tasks.extract.facts import extract_facts
from tasks.extract.practices import extract_practices
from tasks.extract.regions import resolve_region
from tasks.pipeline import process_document
from tasks.records import Article, SourceDoc

DEV = Path(__file__).resolve().parent.parent / "tests" / "gold" / "authored"
FIELDS = ("title", "published_at", "author_org", "facts", "measures", "brands", "region")
_KEPT_ON_LINE = frozenset("，。、；：？！”）》」』,.;:?!)")  # closing marks typesetting keeps off a line's start
_HEADER_LINES = 2  # the first lines (headline, dateline) are left as they are: a dump keeps them short


def _columns(ch: str) -> int:
    """A Chinese page sets every character but ASCII a full em wide (curly quotes and `·` too): two columns."""
    return 1 if ch.isascii() else 2


def wrap_paragraph(paragraph: str, width: int) -> list[str]:
    """`paragraph` broken into lines of at most `width` columns, a closing mark pulled back onto the line it ends."""
    lines, line, used = [], "", 0
    for ch in paragraph:
        cols = _columns(ch)
        if used + cols > width and not (ch in _KEPT_ON_LINE and used + cols <= width + 2):
            lines.append(line)
            line, used = "", 0
        line += ch
        used += cols
    return [*lines, line] if line else lines


def wrap_text(text: str, width: int) -> str:
    out: list[str] = []
    for i, line in enumerate(text.splitlines()):
        out.extend(wrap_paragraph(line, width) if i >= _HEADER_LINES and line.strip() else [line])
    return "\n".join(out)


def read_fields(text: str) -> dict[str, Any]:
    article = process_document(SourceDoc("wrapped.txt", "wrapped.txt", text.encode("utf-8"), "text/plain"))
    if not isinstance(article, Article):
        return dict.fromkeys(FIELDS)
    body = "\n".join(article.paragraphs)
    return {
        "title": article.title,
        "published_at": article.published_at,
        "author_org": article.author_org,
        "facts": [(f.raw, f.value, f.unit) for f in extract_facts(body)],
        "measures": [p.heading for p in extract_practices(article)],
        "brands": sorted(b.term for b in extract_brands(body, title=article.title)),
        "region": resolve_region(article.title, article.author_org, body).adcode,
    }


def kept_shares(texts: list[str], width: int, read: Callable[[str], dict[str, Any]]) -> dict[str, float]:
    """Per field, the share of texts whose wrapped reading equals the unwrapped one; `all` for every field at once."""
    same = dict.fromkeys((*FIELDS, "all"), 0)
    for text in texts:
        plain, wrapped = read(text), read(wrap_text(text, width))
        for field in FIELDS:
            same[field] += plain[field] == wrapped[field]
        same["all"] += plain == wrapped
    return {k: v / len(texts) for k, v in same.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=int, default=300, help="N development texts (default 300)")
    ap.add_argument("--skip", type=int, default=0, help="after the first SKIP (in name order; default 0)")
    ap.add_argument("--widths", default="60,72,80,100", help="wrap widths in half-width columns")
    args = ap.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("d*.txt"))[args.skip : args.skip + args.texts]]
    print(
        f"{len(texts)} development texts (from the {args.skip + 1}th in name order) wrapped at each width;"
        " share read as from the unwrapped text"
    )
    print(f"{'width':>5}  {'reader':<10}" + "".join(f"{f:>13}" for f in (*FIELDS, "all")))
    for width in (int(w) for w in args.widths.split(",")):
        with mock.patch("tasks.text_dump.unwrap_lines", lambda lines: lines):
            before = kept_shares(texts, width, read_fields)
        after = kept_shares(texts, width, read_fields)
        for name, shares in (("lines", before), ("unwrapped", after)):
            print(f"{width:>5}  {name:<10}" + "".join(f"{shares[f]:>13.3f}" for f in (*FIELDS, "all")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
