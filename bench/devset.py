"""`make bench`: the extractor, trafilatura and readability-lxml side by side on bench/devset.

The pages are real saved pages from public repositories (bench/devset/manifest.csv) with truth chosen
by hand (bench/devset/ANNOTATION.md). Committed pages live in bench/devset/pages; the others in the
cache directory ($DEVSET_CACHE, default /work/devset-cache): they are measured when present, and the
run says how many of each it found. Without any page the run says so and exits 0.

A page's truth is its plain record when the cache has one (CACHE/truth.jsonl, written by
bench.devset_truth from the hand annotations); otherwise it is opened from the committed, text-free
annotation (bench/devset/annotations.jsonl, see bench.devset_sealed) and the page itself: the body is
the chosen blocks of the page, and title, byline, organisation, channel and drop_text are compared
through keyed hashes, which give the same figures as the plain strings. So a new machine needs only
the pages back (python -m bench.devset_pages, from the look-up tool's mirrors) to measure again.
`--truth plain|sealed` forces one source; `--check-sealed` scores every page through both and prints
only how many per-page rows are equal.

What is scored, per site family and overall:
- body F1: bag of Han characters and alphanumeric runs (as ../shared/bench/extraction_devset.py),
  extracted text against the hand-chosen article text;
- title: exact after whitespace normalisation (runs of whitespace → one space, stripped);
- date: the day, on pages whose truth has a date; the minute, on pages whose truth prints a time;
- ours only (the anchors have no such fields): byline found (the truth byline's last name token occurs
  in the record's byline/author/authors/author_org), author_org and channel right (both empty counts
  as right; channel compares the last breadcrumb item, `正文`/`文章详情` dropped);
- pages/s of each, one process, pages read into memory first (ours reads the file by path, as
  `cases extract --json PATH` does), best of `--reps` timed passes after a scoring pass.

Ours is `cases extract --json` called as a library (tasks.extract_json.extract_records). The anchors
are run twice: on the raw bytes, as a user hands them a saved page (they detect the encoding
themselves), and on text decoded the plain way (UTF-8, else GB18030), so that decoding and reading
can be told apart.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.devset_sealed import Sealed, byline_core, last_crumb, matches, norm_ws, open_annotation
from bench.run import f1 as body_f1  # the same character-bag F1 as bench.run and ../shared

HERE = Path(__file__).resolve().parent / "devset"
CACHE = Path(os.environ.get("DEVSET_CACHE", "/work/devset-cache"))
OUT = HERE / "last_run.json"

Record = dict[str, Any]
Extractor = Callable[[Path, bytes], Record]


# ------------------------------------------------------------------------------------------ scoring


def title_ok(pred: str | None, truth: str | Sealed | None) -> bool:
    return matches(norm_ws(pred), truth if isinstance(truth, Sealed) else norm_ws(truth))


def date_ok(pred: str | None, truth: str | None, minute: bool) -> bool | None:
    """None when the truth gives nothing to check (no date; or no printed time for the minute)."""
    if not truth or (minute and "T" not in truth):
        return None
    found = (pred or "").strip().replace(" ", "T")
    return found[:16] == truth[:16] if minute else found[:10] == truth[:10]


def channel_ok(pred: str | None, truth: str | Sealed | None) -> bool:
    return matches(last_crumb(pred), truth if isinstance(truth, Sealed) else last_crumb(truth))


def same_or_both_empty(pred: str | None, truth: str | Sealed | None) -> bool:
    return matches(norm_ws(pred), truth if isinstance(truth, Sealed) else norm_ws(truth))


def byline_found(record: Record, truth: str | Sealed | None) -> bool | None:
    """The truth byline's last name token occurs in the record's byline fields (sealed: its hash does)."""
    if not truth:
        return None
    fields = [record.get(k) for k in ("byline", "author", "authors", "author_org")]
    text = " ".join(" ".join(f) if isinstance(f, list) else (f or "") for f in fields)
    if isinstance(truth, Sealed):
        return bool(truth.length) and truth.occurs_in(text)
    core = byline_core(truth)
    return bool(core) and core in text


def mean(xs: list[float]) -> float | None:
    return sum(xs) / len(xs) if xs else None


def score_page(rec: Record, truth: Record, ours: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "f1": round(body_f1(rec.get("body") or "", truth["body"]), 4),
        "title": title_ok(rec.get("title"), truth["title"]),
        "day": date_ok(rec.get("published_at"), truth["published_at"], minute=False),
        "minute": date_ok(rec.get("published_at"), truth["published_at"], minute=True),
    }
    if ours:
        row["byline"] = byline_found(rec, truth["byline"])
        row["author_org"] = same_or_both_empty(rec.get("author_org"), truth["author_org"])
        row["channel"] = channel_ok(rec.get("channel"), truth["channel"])
    if rec.get("error"):
        row["error"] = rec["error"]
    return row


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    def share(key: str) -> float | None:
        vals = [r[key] for r in rows if r.get(key) is not None]
        return mean([1.0 if v else 0.0 for v in vals])

    out: dict[str, Any] = {"n": len(rows), "f1": mean([r["f1"] for r in rows])}
    for key in ("title", "day", "minute", "byline", "author_org", "channel"):
        if any(key in r for r in rows):
            out[key] = share(key)
            out[f"{key}_n"] = sum(1 for r in rows if r.get(key) is not None)
    out["f1_below_0.8"] = sum(1 for r in rows if r["f1"] < 0.8)
    return out


# ------------------------------------------------------------------------------------------ extractors


def plain_decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def ours() -> Extractor:
    from tasks.extract_json import extract_records

    def run(path: Path, raw: bytes) -> Record:
        return next(iter(extract_records([str(path)])))

    return run


def anchors() -> dict[str, Extractor]:
    out: dict[str, Extractor] = {}
    try:
        import trafilatura

        def traf(data: bytes | str) -> Record:
            got = json.loads(trafilatura.extract(data, output_format="json", with_metadata=True) or "{}")
            return {"body": got.get("text") or "", "title": got.get("title") or "", "published_at": got.get("date")}

        out["trafilatura(bytes)"] = lambda path, raw: traf(raw)
        out["trafilatura(text)"] = lambda path, raw: traf(plain_decode(raw))
    except ImportError:
        print("(trafilatura not installed: pip install -e '.[bench]')")
    try:
        from lxml import html as lxml_html
        from readability import Document

        def readability(data: bytes | str) -> Record:
            doc = Document(data)
            body = lxml_html.fromstring(doc.summary()).text_content()
            return {"body": body, "title": doc.short_title() or "", "published_at": None}

        out["readability(bytes)"] = lambda path, raw: readability(raw)
        out["readability(text)"] = lambda path, raw: readability(plain_decode(raw))
    except ImportError:
        print("(readability-lxml not installed: pip install -e '.[bench]')")
    return out


def run_one(fn: Extractor, pages: dict[str, tuple[Path, bytes]], reps: int) -> tuple[dict[str, Record], float]:
    records: dict[str, Record] = {}
    for pid, (path, raw) in pages.items():
        try:
            records[pid] = fn(path, raw)
        except Exception as exc:  # an extractor that crashes on a page scores nothing on it
            records[pid] = {"body": "", "title": "", "published_at": None, "error": repr(exc)[:200]}
    best = float("inf")
    for _ in range(reps):
        started = time.perf_counter()
        for path, raw in pages.values():
            with contextlib.suppress(Exception):  # the failure is already recorded by the scoring pass
                fn(path, raw)
        best = min(best, time.perf_counter() - started)
    return records, len(pages) / best if pages and best > 0 else 0.0


# ------------------------------------------------------------------------------------------ data


TRUTH_SOURCES = ("auto", "plain", "sealed")


def read_jsonl(path: Path) -> dict[str, Record]:
    records: dict[str, Record] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                records[rec["id"]] = rec
    return records


def load(
    cache: Path, devset: Path = HERE, truth_from: str = "auto"
) -> tuple[list[dict[str, str]], dict[str, Record], dict[str, tuple[Path, bytes]], dict]:
    """The manifest, each present page's truth and bytes, and counts of what was found where.

    A page's truth is its plain record (devset/truth.jsonl, the cache's truth.jsonl) when there is one
    (`truth_from="auto"` or `"plain"`), else it is opened from the committed, text-free annotation
    (devset/annotations.jsonl, see bench.devset_sealed) against the page, once the page's SHA-1 is
    the manifest's (`"auto"` or `"sealed"`).
    """
    if truth_from not in TRUTH_SOURCES:
        raise ValueError(f"truth_from {truth_from!r} not one of {TRUTH_SOURCES}")
    with (devset / "manifest.csv").open(encoding="utf-8") as f:
        manifest = list(csv.DictReader(f))
    plain: dict[str, Record] = {}
    if truth_from != "sealed":
        for path in (devset / "truth.jsonl", cache / "truth.jsonl"):
            plain.update(read_jsonl(path))
    sealed = read_jsonl(devset / "annotations.jsonl") if truth_from != "plain" else {}
    truth: dict[str, Record] = {}
    pages: dict[str, tuple[Path, bytes]] = {}
    found: dict[str, Any] = {"committed": 0, "cache": 0, "missing": 0, "truth_plain": 0, "truth_sealed": 0}
    wrong_sha1: list[str] = []
    for row in manifest:
        pid = row["id"]
        where = devset / "pages" if row["committed"] == "yes" else cache / "pages"
        path = where / f"{pid}.html"
        if not path.exists() or (pid not in plain and pid not in sealed):
            found["missing"] += 1
            continue
        raw = path.read_bytes()
        if pid in plain:
            truth[pid] = plain[pid]
            found["truth_plain"] += 1
        elif hashlib.sha1(raw).hexdigest() != row["sha1"]:
            wrong_sha1.append(pid)
            found["missing"] += 1
            continue
        else:
            truth[pid] = open_annotation(sealed[pid], raw)
            found["truth_sealed"] += 1
        pages[pid] = (path, raw)
        found["committed" if row["committed"] == "yes" else "cache"] += 1
    if wrong_sha1:
        found["wrong_sha1"] = wrong_sha1
        print(
            f"{len(wrong_sha1)} page(s) not the annotated bytes (SHA-1 differs from the manifest), not measured:"
            f" {', '.join(wrong_sha1)}; restore them with python -m bench.devset_pages"
        )
    return manifest, truth, pages, found


def check_sealed(cache: Path, devset: Path = HERE, with_anchors: bool = True) -> dict[str, dict[str, int]]:
    """Score every page that has both a plain and a committed truth through both; count equal rows.

    The committed form must give the very figures of the plain truth: each extractor runs once per
    page (no timed passes), and its record is scored against the plain truth and against the truth
    opened from devset/annotations.jsonl. Only counts are returned (and printed): no figure, no text.
    """
    _, plain, plain_pages, _ = load(cache, devset, "plain")
    _, sealed, sealed_pages, _ = load(cache, devset, "sealed")
    both = {pid: plain_pages[pid] for pid in plain_pages if pid in sealed_pages}
    extractors: dict[str, Extractor] = {"ours": ours()}
    if with_anchors:
        extractors.update(anchors())
    counts: dict[str, dict[str, int]] = {}
    for name, fn in extractors.items():
        records, _ = run_one(fn, both, reps=0)
        is_ours = name == "ours"
        equal = sum(
            score_page(r, plain[pid], is_ours) == score_page(r, sealed[pid], is_ours) for pid, r in records.items()
        )
        counts[name] = {"pages": len(both), "equal": equal, "different": len(both) - equal}
        print(f"  {name:22} {len(both)} pages: {equal} rows equal, {len(both) - equal} different")
    return counts


# ------------------------------------------------------------------------------------------ report


def fmt(v: float | None, pct: bool = False) -> str:
    if v is None:
        return "-"
    return f"{100 * v:.0f}%" if pct else f"{v:.3f}"


def print_tables(result: dict[str, Any], families: list[str]) -> None:
    names = list(result["extractors"])
    short = [n.replace("trafilatura", "traf").replace("readability", "read") for n in names]
    metrics = [
        ("f1", "body F1 (bag of Han chars + alnum runs)", False),
        ("title", "title exact", True),
        ("day", "date, day (pages with a dated truth)", True),
        ("minute", "date, minute (pages printing a time)", True),
    ]
    for key, label, pct in metrics:
        print(f"\n{label}")
        print(f"  {'family':8} {'n':>4} " + " ".join(f"{s:>14}" for s in short))
        for fam in [*families, "all"]:
            cells = []
            n = None
            for name in names:
                s = result["extractors"][name]["all" if fam == "all" else "families"]
                s = s if fam == "all" else s.get(fam)
                if s is None:
                    cells.append("-")
                    continue
                n = s.get(f"{key}_n", s["n"])
                cells.append(fmt(s.get(key), pct))
            print(f"  {fam:8} {n if n is not None else '-':>4} " + " ".join(f"{c:>14}" for c in cells))
    ours_name = names[0]
    print(f"\n{ours_name} only: byline found / author_org right / channel right")
    for fam in [*families, "all"]:
        s = result["extractors"][ours_name]["all" if fam == "all" else "families"]
        s = s if fam == "all" else s[fam]
        print(
            f"  {fam:8} byline {fmt(s.get('byline'), True):>5} (n={s.get('byline_n', 0)})"
            f"  author_org {fmt(s.get('author_org'), True):>5}  channel {fmt(s.get('channel'), True):>5}"
            f"  (n={s['n']})"
        )
    print("\npages/s (one process, best of the timed passes)")
    for name in names:
        print(f"  {name:22} {result['extractors'][name]['pages_per_s']:8.1f}")


def print_pages(result: dict[str, Any]) -> None:
    names = list(result["extractors"])
    print("\nper page: F1 of each extractor; ours: title / day / minute (. = right, x = wrong, - = no truth)")
    mark = {True: ".", False: "x", None: "-"}
    for pid, row in sorted(result["pages"].items(), key=lambda kv: (kv[1]["family"], kv[0])):
        f1s = " ".join(f"{row[n]['f1']:.2f}" for n in names)
        o = row[names[0]]
        flags = "".join(mark[o[k]] for k in ("title", "day", "minute"))
        print(f"  {row['family']:6} {pid:24} {f1s}  {flags}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=CACHE, help="directory of the pages that stay out of the repo")
    ap.add_argument("--reps", type=int, default=2, help="timed passes per extractor")
    ap.add_argument("--no-anchors", action="store_true", help="score the project's extractor only")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--pages", action="store_true", help="also print one line per page (ours and the anchors' F1)")
    ap.add_argument(
        "--truth",
        choices=TRUTH_SOURCES,
        default="auto",
        help="plain: only plain truth records; sealed: only the committed annotations (bench/devset/annotations.jsonl);"
        " auto (default): plain where the cache has it, else the committed annotation",
    )
    ap.add_argument(
        "--check-sealed",
        action="store_true",
        help="score each page through both the plain and the committed truth and print only how many rows are equal",
    )
    a = ap.parse_args(argv)

    if a.check_sealed:
        counts = check_sealed(a.cache, HERE, not a.no_anchors)
        return 0 if all(c["different"] == 0 for c in counts.values()) else 1
    manifest, truth, pages, found = load(a.cache, HERE, a.truth)
    print(
        f"bench/devset: {len(manifest)} pages in the manifest; measuring {len(pages)}"
        f" ({found['committed']} committed, {found['cache']} from {a.cache}, {found['missing']} not on this machine;"
        f" truth: {found['truth_plain']} plain, {found['truth_sealed']} from bench/devset/annotations.jsonl)"
    )
    if not pages:
        print("no devset page present: nothing measured")
        return 0
    family_of = {r["id"]: r["family"] for r in manifest}
    families = [f for f in ("gov", "news", "epaper", "blog", "forum", "party", "other") if f in family_of.values()]
    present = collections.Counter(family_of[p] for p in pages)
    print("  families: " + ", ".join(f"{f} {present[f]}" for f in families))

    extractors: dict[str, Extractor] = {"ours": ours()}
    if not a.no_anchors:
        extractors.update(anchors())
    result: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "data": {"manifest": len(manifest), **found, "cache_dir": str(a.cache)},
        "scoring": __doc__.split("What is scored")[1].split("Ours is")[0].strip(),
        "extractors": {},
        "pages": {},
    }
    for name, fn in extractors.items():
        records, rate = run_one(fn, pages, a.reps)
        rows = {pid: score_page(records[pid], truth[pid], ours=name == "ours") for pid in pages}
        by_family: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
        for pid, row in rows.items():
            by_family[family_of[pid]].append(row)
            result["pages"].setdefault(pid, {"family": family_of[pid]})[name] = row
        result["extractors"][name] = {
            "pages_per_s": round(rate, 1),
            "all": summarise(list(rows.values())),
            "families": {f: summarise(r) for f, r in by_family.items()},
        }
    print_tables(result, families)
    if a.pages:
        print_pages(result)
    a.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
