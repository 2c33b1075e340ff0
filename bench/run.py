"""`make bench`: the extractor side by side with trafilatura and readability-lxml on the same pages.

Parts:
1. fixture site (always there): the pages of tests/fixtures/site, title and date to the minute.
2. devset (../shared/fixtures/extraction/pages, when present; a fresh clone has no ../shared, and
   then this part says so and is skipped): body F1 (bag of Han characters and alphanumeric runs,
   as ../shared/bench/extraction_devset.py scores it) against the readability-* gold bodies,
   `with`/`without` snippets on traf-* pages, dates to the minute against bench/devset_dates.json,
   and pages/s in one process (parse time only: files are read into memory first).

Our figures come from the very code `cases ingest` and `cases extract --json` run
(tasks.pipeline.process_document). Body F1 compares `body_original` (the text in the script the
page was published in) so that OpenCC's traditional→simplified conversion is not scored as an
extraction error. The anchors get the same decoded text (UTF-8, else GB18030) and no help beyond it.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import re
import sys
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURE_PAGES = ROOT / "tests" / "fixtures" / "site" / "pages"
DATES = json.loads((Path(__file__).parent / "devset_dates.json").read_text(encoding="utf-8"))

# Fixture-site truth: title and publication time as the page prints it.
FIXTURE_TRUTH = {
    "people2020.html": ("南京鼓楼:“红色管家”激活小区治理新动能", "2022-02-13T07:48"),
    "people2016_p1.html": ("成都武侯：小区党建“三联三化”破解治理难题", "2016-07-05T09:39"),
    "people_classic.html": ("青岛市北区：“网格化+党建”织密城市治理网", "2012-05-10T15:21"),
    "cn12371.html": ("上海浦东：楼宇党建让“垂直社区”有了红色引擎", "2019-03-05T09:12"),
    "generic.html": ("厦门思明区：“近邻党建”让社区更有温度", "2023-12-05T17:52"),
    "lying.html": ("杭州上城区：“五社联动”打造共建共治共享社区", "2021-11-18T16:05"),
    "latin1.html": ("沈阳和平区：“一网统管”提升社区治理效能", "2020-06-22T10:30"),
    "flaky.html": ("武汉江岸区：“大党委”统筹破解社区治理难题", "2019-08-30T08:15"),
    "busy.html": ("长沙岳麓区：“小区治理十条”让居民唱主角", "2020-09-14T14:40"),
}

Record = dict[str, str]


def toks(s: str) -> collections.Counter[str]:
    return collections.Counter(re.findall(r"[\u4e00-\u9fff]|[A-Za-z0-9]+", s or ""))


def f1(pred: str, gold: str) -> float:
    p, g = toks(pred), toks(gold)
    overlap = sum((p & g).values())
    precision, recall = overlap / max(1, sum(p.values())), overlap / max(1, sum(g.values()))
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def html_text(path: Path) -> str:
    out: list[str] = []

    class P(HTMLParser):
        def handle_data(self, data: str) -> None:
            out.append(data)

    P().feed(path.read_text(encoding="utf-8", errors="replace"))
    return "".join(out)


def dec(raw: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("gb18030", "replace")


def date_ok(found: str, truth: str | None) -> bool | None:
    """Right to the minute when the page gives a time, else to the day; None when no truth."""
    if not truth:
        return None
    found = (found or "").replace(" ", "T")
    if "T" in truth:
        return found[:16] == truth[:16]
    return found[:10] == truth[:10]


# ---------------------------------------------------------------------------------------- extractors


def ours() -> Callable[[str, bytes], Record]:
    from tasks.pipeline import process_document
    from tasks.records import Article, SourceDoc

    def run(name: str, raw: bytes) -> Record:
        outcome = process_document(SourceDoc(name, name, raw, "text/html"))
        if not isinstance(outcome, Article):
            return {"body": "", "title": "", "published_at": ""}
        return {
            "body": outcome.body_original,
            "title": outcome.title or "",
            "published_at": outcome.published_at.isoformat() if outcome.published_at else "",
        }

    return run


def anchors() -> dict[str, Callable[[str, bytes], Record]]:
    out: dict[str, Callable[[str, bytes], Record]] = {}
    try:
        import trafilatura

        def traf(name: str, raw: bytes) -> Record:
            data = json.loads(trafilatura.extract(dec(raw), output_format="json", with_metadata=True) or "{}")
            return {
                "body": data.get("text") or "",
                "title": data.get("title") or "",
                "published_at": data.get("date") or "",
            }

        out["trafilatura"] = traf
    except ImportError:
        print("(trafilatura not installed: pip install -e '.[bench]')")
    try:
        from lxml import html as lxml_html
        from readability import Document

        def readability(name: str, raw: bytes) -> Record:
            doc = Document(dec(raw))
            body = lxml_html.fromstring(doc.summary()).text_content()
            return {"body": body, "title": doc.short_title() or "", "published_at": ""}

        out["readability-lxml"] = readability
    except ImportError:
        print("(readability-lxml not installed: pip install -e '.[bench]')")
    return out


def timed_run(
    fn: Callable[[str, bytes], Record], pages: dict[str, bytes], reps: int
) -> tuple[dict[str, Record], float]:
    """Records of one pass, and pages/s over `reps` passes after a warm-up pass."""
    records: dict[str, Record] = {}
    for name, raw in pages.items():
        try:
            records[name] = fn(name, raw)
        except Exception as exc:  # an anchor that crashes on a page scores nothing on it
            records[name] = {"body": "", "title": "", "published_at": "", "error": repr(exc)}
    started = time.perf_counter()
    for _ in range(reps):
        for name, raw in pages.items():
            with contextlib.suppress(Exception):
                fn(name, raw)
    elapsed = time.perf_counter() - started
    return records, len(pages) * reps / elapsed


# -------------------------------------------------------------------------------------------- scoring


def score_devset(records: dict[str, Record], pages_dir: Path, truth: dict[str, Any]) -> dict[str, Any]:
    f1s, with_, without, titles, dates, bodies = [], [], [], [], [], []
    rows = []
    for name, rec in records.items():
        body, title = rec.get("body") or "", rec.get("title") or ""
        ok_date = date_ok(rec.get("published_at") or "", DATES.get(name))
        if ok_date is not None:
            dates.append(ok_date)
        detail = ""
        if name.startswith("readability-"):
            stem = name[: -len(".html")]
            gold = html_text(pages_dir / f"{stem}.expected.html")
            meta = json.loads((pages_dir / f"{stem}.expected-metadata.json").read_text())
            score = f1(body, gold)
            f1s.append(score)
            titles.append(bool(meta["title"] and title and title in meta["title"]))
            detail = f"F1={score:.3f} title={'ok' if titles[-1] else 'MISS'}"
        elif name.startswith("traf-"):
            t = truth[name]
            w = sum(s in body for s in t["with"]) / len(t["with"])
            wo = sum(s not in body for s in t["without"]) / len(t["without"])
            with_.append(w)
            without.append(wo)
            titles.append(title.strip() == t["title"].strip())
            detail = f"with={w:.2f} without={wo:.2f} title={'ok' if titles[-1] else 'MISS'}"
        else:
            bodies.append(len(body) > 200)
            detail = f"body_chars={len(body)}"
        date_note = {True: "ok", False: "MISS:" + (rec.get("published_at") or "-")[:16], None: "n/a"}[ok_date]
        rows.append(f"    {name[:48]:48} {detail}  date={date_note}")
    return {
        "rows": rows,
        "f1": sum(f1s) / len(f1s) if f1s else float("nan"),
        "f1_min": min(f1s) if f1s else float("nan"),
        "with": sum(with_) / len(with_) if with_ else float("nan"),
        "without": sum(without) / len(without) if without else float("nan"),
        "titles": (sum(titles), len(titles)),
        "dates": (sum(dates), len(dates)),
        "bodies": (sum(bodies), len(bodies)),
    }


def fixture_part(reps: int) -> None:
    print("== fixture site (tests/fixtures/site/pages): title and date to the minute")
    run = ours()
    pages = {name: (FIXTURE_PAGES / name).read_bytes() for name in FIXTURE_TRUTH}
    records, rate = timed_run(run, pages, reps)
    ok_title = sum(records[n]["title"] == t for n, (t, _) in FIXTURE_TRUTH.items())
    ok_date = sum(bool(date_ok(records[n]["published_at"], d)) for n, (_, d) in FIXTURE_TRUTH.items())
    n = len(FIXTURE_TRUTH)
    print(f"  grassroots-cases: titles {ok_title}/{n}, dates to the minute {ok_date}/{n}, {rate:.0f} pages/s")


def devset_part(shared: Path, reps: int, with_anchors: bool) -> None:
    pages_dir = shared / "fixtures" / "extraction" / "pages"
    print(f"== devset ({pages_dir})")
    if not pages_dir.is_dir():
        print(f"  skipped: {pages_dir} is not here (it lives beside the project in ../shared, which a fresh")
        print("  clone does not have). The fixture-site part above still ran.")
        return
    truth = json.loads((shared / "fixtures" / "extraction" / "truth-trafilatura.json").read_text())
    pages = {p.name: p.read_bytes() for p in sorted(pages_dir.glob("*.html")) if ".expected" not in p.name}
    runners: dict[str, Callable[[str, bytes], Record]] = {"grassroots-cases": ours()}
    if with_anchors:
        runners.update(anchors())
    summary = []
    for label, fn in runners.items():
        records, rate = timed_run(fn, pages, reps if label == "grassroots-cases" else 2)
        s = score_devset(records, pages_dir, truth)
        print(f"  --- {label}: {rate:.1f} pages/s")
        for row in s["rows"]:
            print(row)
        summary.append((label, rate, s))
    print()
    print(f"  {'extractor':18} {'pages/s':>8} {'body F1':>8} {'F1 min':>7} {'with':>5} {'without':>8} {'titles':>7} "
          f"{'dates':>6} {'gne bodies':>10}")  # fmt: skip
    for label, rate, s in summary:
        print(
            f"  {label:18} {rate:8.1f} {s['f1']:8.3f} {s['f1_min']:7.3f} {s['with']:5.2f} {s['without']:8.2f} "
            f"{s['titles'][0]:>3}/{s['titles'][1]:<3} {s['dates'][0]:>2}/{s['dates'][1]:<3} "
            f"{s['bodies'][0]:>5}/{s['bodies'][1]}"
        )
    from tasks.sites import read_html

    _, reader_rate = timed_run(lambda name, raw: read_html(dec(raw), name), pages, reps)
    print(f"  {'(reader only)':18} {reader_rate:8.1f}   markup → lines and hints (tasks.sites.read_html), same input")
    rates = {label: rate for label, rate, _ in summary}
    if "trafilatura" in rates:
        print(
            f"  speed: the whole grassroots-cases pipeline is {rates['grassroots-cases'] / rates['trafilatura']:.0f}x "
            f"trafilatura, its reader {reader_rate / rates['trafilatura']:.0f}x"
        )
    print("  body F1: readability-* pages against their gold; dates: right to the minute where the page gives a")
    print("  time (to the day otherwise), against bench/devset_dates.json; gne bodies: non-empty (>200 chars).")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default ../shared)")
    ap.add_argument("--reps", type=int, default=10, help="timed passes over the pages for our extractor")
    ap.add_argument("--no-anchors", action="store_true", help="skip trafilatura and readability-lxml")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    fixture_part(args.reps)
    print()
    devset_part(args.shared, args.reps, not args.no_anchors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
