"""Build the development set's manifest and truth from hand annotations.

An annotation (one JSON line per page, written by hand after reading the page's numbered text blocks,
see bench/devset/ANNOTATION.md) names the page's family, title, dateline, byline, author organisation,
breadcrumb, optional `drop_text` (furniture sharing a block with article text), and which numbered
blocks of `python -m bench.devset_blocks PAGE` are the article
(`"blocks": "19-28,-25"`: blocks 19 to 28 without 25). This module turns that into:

- `bench/devset/manifest.csv`: one row per page (provenance, licence, charset, committed or not; no page
  text, so it can be committed whatever the page's licence);
- truth records (`truth.jsonl`): the annotation with the chosen blocks joined into `body`, one paragraph
  per line. Truth of a committed page goes to bench/devset/truth.jsonl; truth of a page that stays out
  of the repository goes next to the page, in the cache (the text of a page is the page's content);
- with `--export`, also `bench/devset/annotations.jsonl`: every annotation in its committed, text-free
  form (bench.devset_sealed: keyed hashes instead of page text), so that the truth survives the cache.
  Each exported line is checked on the spot: opened against its page it gives the plain record's body
  and matches its title, byline token, organisation and last crumb.

Nothing here runs the project's extractor or the anchors: the body is the hand-chosen blocks verbatim.

Usage: python -m bench.devset_truth --cache /work/devset-cache [--export]
(the cache holds pages/, annotations.jsonl and provenance.csv: id, repo, path, commit, licence, sha1,
url; python -m bench.devset_pages writes the pages and provenance.csv).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

from bench.devset_blocks import decode_plain, parse_blocks, text_blocks
from bench.devset_sealed import Sealed, byline_core, last_crumb, norm_ws, open_annotation, seal_annotation

HERE = Path(__file__).resolve().parent / "devset"
MANIFEST = HERE / "manifest.csv"
TRUTH = HERE / "truth.jsonl"
PAGES = HERE / "pages"
FAMILIES = ("gov", "news", "epaper", "blog", "forum", "party", "other")
MANIFEST_COLUMNS = (
    "id",
    "family",
    "charset",
    "declared_charset",
    "repo",
    "path",
    "commit",
    "licence",
    "redistributable",
    "committed",
    "url",
    "sha1",
)
TRUTH_KEYS = ("id", "family", "charset", "title", "published_at", "byline", "author_org", "channel", "body")
# Licences that allow redistribution of the files as they are (SPDX ids as recorded in the manifest).
REDISTRIBUTABLE = ("MIT", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "CC-BY-4.0", "CC0-1.0", "ISC")


def drop_texts(body: str, texts: list[str] | tuple[str, ...]) -> str:
    """Remove furniture that shares a block with article text (a trailing "back to home" link, a counter)."""
    for text in texts:
        if text not in body:
            raise SystemExit(f"drop_text {text!r} not found in the chosen blocks")
        body = body.replace(text, "")
    return body


def actual_charset(raw: bytes) -> str:
    """The encoding the bytes really are in (not the label): utf-8, gbk, or gb18030."""
    for name in ("utf-8", "gbk", "gb18030"):
        try:
            raw.decode(name)
            return name
        except UnicodeDecodeError:
            continue
    return "gb18030-damaged"


def declared_charset(raw: bytes) -> str:
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", raw[:20000], re.I)
    return m.group(1).decode("ascii").lower() if m else ""


def page_url(html: str) -> str:
    for pattern in (
        r"""<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)""",
        r"""<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)""",
    ):
        m = re.search(pattern, html[:50000], re.I)
        if m and m.group(1).startswith("http"):
            return m.group(1)
    return ""


def read_annotations(cache: Path) -> list[dict[str, Any]]:
    with (cache / "annotations.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def page_bytes(pid: str, cache: Path, devset: Path = HERE) -> bytes:
    """The page's raw bytes: committed in devset/pages, else from the cache."""
    committed = devset / "pages" / f"{pid}.html"
    return (committed if committed.exists() else cache / "pages" / f"{pid}.html").read_bytes()


def build(cache: Path, devset: Path = HERE) -> tuple[list[dict[str, str]], list[dict[str, Any]], list[dict[str, Any]]]:
    with (cache / "provenance.csv").open(encoding="utf-8") as f:
        provenance = {r["id"]: r for r in csv.DictReader(f)}
    annotations = read_annotations(cache)
    manifest: list[dict[str, str]] = []
    committed_truth: list[dict[str, Any]] = []
    cached_truth: list[dict[str, Any]] = []
    for ann in annotations:
        pid = ann["id"]
        prov = provenance[pid]
        in_repo = (devset / "pages" / f"{pid}.html").exists()
        raw = page_bytes(pid, cache, devset)
        lines = text_blocks(decode_plain(raw))
        chosen = parse_blocks(ann["blocks"])
        if chosen and chosen[-1] >= len(lines):
            raise SystemExit(f"{pid}: block {chosen[-1]} beyond the page's {len(lines)} blocks")
        if ann["family"] not in FAMILIES:
            raise SystemExit(f"{pid}: family {ann['family']!r} not one of {FAMILIES}")
        charset = actual_charset(raw)
        manifest.append(
            {
                "id": pid,
                "family": ann["family"],
                "charset": charset,
                "declared_charset": declared_charset(raw),
                "repo": prov["repo"],
                "path": prov["path"],
                "commit": prov["commit"],
                "licence": prov["licence"],
                "redistributable": "yes" if prov["licence"] in REDISTRIBUTABLE else "no",
                "committed": "yes" if in_repo else "no",
                "url": prov.get("url") or page_url(decode_plain(raw)),
                "sha1": prov["sha1"],
            }
        )
        record = {
            "id": pid,
            "family": ann["family"],
            "charset": charset,
            "title": ann["title"],
            "published_at": ann["published_at"],
            "byline": ann["byline"],
            "author_org": ann["author_org"],
            "channel": ann["channel"],
            "body": drop_texts("\n".join(lines[i] for i in chosen), ann.get("drop_text") or ()),
            "blocks": ann["blocks"],
            "note": ann.get("note", ""),
        }
        (committed_truth if in_repo else cached_truth).append(record)
    return manifest, committed_truth, cached_truth


def export(cache: Path, truth: list[dict[str, Any]], devset: Path = HERE) -> list[dict[str, Any]]:
    """The committed form of every cache annotation, each checked against its plain truth record.

    `truth` is what build() made of the same annotations; an exported line that would not give the
    same body and the same comparisons stops the export (nothing is written).
    """
    plain = {r["id"]: r for r in truth}
    sealed_lines: list[dict[str, Any]] = []
    for ann in read_annotations(cache):
        raw = page_bytes(ann["id"], cache, devset)
        sealed = seal_annotation(ann, raw)
        opened, record = open_annotation(sealed, raw), plain[ann["id"]]
        expected = {
            "body": record["body"],
            "title": norm_ws(record["title"]),
            "author_org": norm_ws(record["author_org"]),
            "channel": last_crumb(record["channel"]),
            "byline": byline_core(record["byline"]) if record["byline"] else None,
        }
        for key, want in expected.items():
            got = opened[key]
            same = got.equals(want) if isinstance(got, Sealed) and want is not None else got == want
            if not same:
                raise SystemExit(f"{ann['id']}: the committed form does not give the same {key}")
        sealed_lines.append(sealed)
    return sealed_lines


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/work/devset-cache"))
    ap.add_argument(
        "--export",
        action="store_true",
        help="also write bench/devset/annotations.jsonl, the annotations without page text (keyed hashes)",
    )
    a = ap.parse_args(argv)
    manifest, committed, cached = build(a.cache)
    sealed = export(a.cache, committed + cached) if a.export else None
    HERE.mkdir(exist_ok=True)
    with MANIFEST.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(manifest)
    write_jsonl(TRUTH, committed)
    write_jsonl(a.cache / "truth.jsonl", cached)
    print(f"{len(manifest)} pages: {len(committed)} committed, {len(cached)} cache-only ({a.cache})")
    if sealed is not None:
        write_jsonl(HERE / "annotations.jsonl", sealed)
        print(f"{len(sealed)} annotations exported without page text to {HERE / 'annotations.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
