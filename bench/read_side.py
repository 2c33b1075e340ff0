"""The HTML reader (tasks/sites/generic.py `read`) of another checkout beside this one's, page by page.

Usage: .venv/bin/python -m bench.read_side --base /path/to/other/checkout [--pages 900] [--rounds 5]
           [--devset] [--also tasks.dates,tasks.sites.page_meta] [--steps]

Generates the scale bench's corpus (bench/scale.py `make_corpus`), decodes its HTML pages (`--devset`: the real
pages of the devset cache, $DEVSET_CACHE/pages, instead), loads the other checkout's `tasks/sites/generic.py` as a
second module beside this checkout's, with the other checkout's copies of the `--also` modules it imports (the
changed ones, in import order; bench/extract_side.py `_load_base`), so that a change confined to those modules is
measured alone, and reads every page with both, alternating page by page and flipping which goes first each page,
so both meet the same machine load. Prints CPU ms per page (`time.process_time`) per round and the median ratio
base/head, with the load average. Also checks that both give the same `PageParts` on every page. Each page starts
as in the pipeline (`page_reader`: the header rules' answers kept for one page are forgotten first).

`--steps` first prints where each side's time goes: CPU ms per page of each of the reader's steps (`STEPS`, the
functions `read_tree` calls, timed by wrappers over two passes, the sides alternated page by page; nested steps
count in their caller too), and the parse (`read` less `read_tree`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from bench.cpu_clock import timed
from bench.extract_side import _load_base
from bench.scale import make_corpus
from tasks.sites import generic

DEVSET = Path(os.environ.get("DEVSET_CACHE", "/work/devset-cache")) / "pages"


def _decoded(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


# The steps of generic.read_tree (and of the page_meta helpers it calls), as named in either checkout.
STEPS = (
    "read_tree", "_head", "_title", "_meta_source", "labelled_breadcrumb", "home_trail", "_strip_furniture",
    "byline_text", "_best_container", "_lines_of", "_without_related_links", "_row_beside", "_datelines",
    "fallback_date",
)  # fmt: skip


def page_reader(module: ModuleType) -> Callable[[str, str], object]:
    """`module.read` as the pipeline reads a page: tasks/markup.py's `read_parts` first forgets the answers
    tasks/header_lines.py keeps for one page's lines (`new_page`, where that checkout's header rules have it), so
    that no answer carries over from one page to the next, which on the generated pages (their headlines repeat)
    would flatter the side that keeps them."""
    new_page = module.is_not_title.__globals__.get("new_page")
    if new_page is None:
        return module.read

    def read(page: str, uri: str) -> object:
        new_page()
        return module.read(page, uri)

    return read


def _steps(sides: dict[str, ModuleType], pages: list[str], uri: str) -> dict[str, dict[str, float]]:
    """CPU ms per page of each step of each side's `read`, over two passes (the first warms the caches), the sides
    alternated page by page as the rounds are."""
    clocks: dict[str, dict[str, float]] = {side: defaultdict(float) for side in sides}
    saved = {side: {n: getattr(m, n) for n in STEPS if hasattr(m, n)} for side, m in sides.items()}

    order = list(sides.items())
    readers = {side: page_reader(module) for side, module in sides.items()}
    try:
        for side, module in sides.items():
            for name, fn in saved[side].items():
                setattr(module, name, timed(clocks[side], name, fn))
        for rnd in range(2):
            for clock in clocks.values():
                clock.clear()
            for i, page in enumerate(pages):
                for side, _module in order if (i + rnd) % 2 == 0 else order[::-1]:
                    started = time.process_time()
                    readers[side](page, uri)
                    clocks[side]["read"] += time.process_time() - started
    finally:
        for side, module in sides.items():
            for name, fn in saved[side].items():
                setattr(module, name, fn)
    out = {side: {name: spent / len(pages) * 1000 for name, spent in clock.items()} for side, clock in clocks.items()}
    for spent in out.values():
        spent["parse (read less read_tree)"] = spent["read"] - spent.get("read_tree", 0.0)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True)
    ap.add_argument("--pages", type=int, default=900, help="generated pages (two thirds are HTML)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--devset", action="store_true", help=f"the real pages of {DEVSET} instead")
    ap.add_argument("--also", default="", help="changed modules generic.py imports, comma-separated, in import order")
    ap.add_argument("--steps", action="store_true", help="first print each side's CPU ms per page by step")
    args = ap.parse_args()
    also = [name for name in args.also.split(",") if name]
    base = _load_base(args.base, [*also, "tasks.sites.generic"])["tasks.sites.generic"]
    if args.devset:
        pages = [_decoded(p) for p in sorted(DEVSET.glob("*.htm*"))]
    else:
        with tempfile.TemporaryDirectory(prefix="cases-read-side-") as tmp:
            pages = [_decoded(p) for p in make_corpus(Path(tmp), args.pages) if p.suffix == ".html"]
    uri = "file:///page.html"
    read_base, read_head = page_reader(base), page_reader(generic)
    differ = sum(read_base(page, uri) != read_head(page, uri) for page in pages)
    where = DEVSET if args.devset else "generated"
    print(f"read side by side: {len(pages)} HTML pages ({where}), base {args.base}; PageParts differ on {differ}")
    if args.steps:
        spent = _steps({"base": base, "head": generic}, pages, uri)
        print(f"  {'step, ms per page':30s} {'base':>8s} {'head':>8s}")
        for name in sorted(spent["base"].keys() | spent["head"].keys(), key=lambda n: -spent["base"].get(n, 0.0)):
            b, h = (f"{spent[side][name]:8.3f}" if name in spent[side] else f"{'-':>8s}" for side in ("base", "head"))
            print(f"  {name:30s} {b} {h}", flush=True)
    ratios = []
    for r in range(args.rounds):
        spent = {"base": 0.0, "head": 0.0}
        for i, page in enumerate(pages):
            sides = (
                (("base", read_base), ("head", read_head))
                if (i + r) % 2 == 0
                else (("head", read_head), ("base", read_base))
            )
            for name, read in sides:
                started = time.process_time()
                read(page, uri)
                spent[name] += time.process_time() - started
        b, h = (spent[k] / len(pages) * 1000 for k in ("base", "head"))
        ratios.append(b / h)
        print(f"  round {r + 1}: base {b:.3f} ms/page, head {h:.3f} ms/page, ratio {b / h:.3f}", flush=True)
    spread = f"{min(ratios):.3f}-{max(ratios):.3f}"
    print(f"median ratio {statistics.median(ratios):.3f} ({spread}), load {os.getloadavg()[0]:.1f}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
