"""Real case texts: case structure measured on published pieces, not on texts the team wrote.

Every other case gold (tests/gold/) is text written by the team's annotators, so its figures say how
the extractor does on the annotators' genre; the five seed pages were the only real pages with gold.
This set is real case write-ups (news reports, Party and government sites, case-collection summaries)
found saved inside public repositories, cut out deterministically, and annotated by hand from the
rulebook (tests/gold/RULEBOOK.md) by annotators who never ran the extractor.

Nothing of their text can be committed (it was brought in with the look-up tool's `fetch`, whose
terms keep fetched material out of commits, and most of the repositories have no licence), so the
set lives in a cache directory (default `/work/realcase-cache`, or `$CASES_REAL_CACHE`) and the
repository keeps only what re-makes it (bench/realcases/):

- `manifest.csv`: per text its provenance (`repo, path, commit`), how it was cut (`form`, `parts`:
  character ranges of the decoded file), `licence`, `kind`, and the SHA-1 of the cut bytes;
- `gold.jsonl`: the gold with every string replaced by where it stands in the text's reading
  (`{"at", "len", "hmac"}`: offset and length in `reading_text`, and a hash keyed with the SHA-256 of the
  cut bytes that checks the span gives back the annotated string), or, for the few strings not found
  verbatim, the keyed hash alone. Numbers, units, levels and adcodes stay plain: they quote nothing; so
  does a figure's subject the annotator worded (not verbatim in the text: the annotator's words).

    python -m bench.real_cases add DIR        # a collector's DIR/sources.jsonl → manifest + CACHE/texts
    python -m bench.real_cases restore        # mirrors → CACHE/texts (needs each repo's `fetch` first)
    python -m bench.real_cases unseal         # gold.jsonl + texts → CACHE/gold/ID.json
    python -m bench.real_cases show ID        # the reading an annotator annotates (simplified script)
    python -m bench.real_cases seal           # CACHE/gold/ID.json → gold.jsonl (after annotating; second.jsonl too)
    python -m bench.annotator_agreement --truth CACHE/gold --second CACHE/second   # after unseal
    python -m bench.case_gold --sets real     # score (the set is scored when the cache has it)

A cut is a pure function of the file's bytes, the form and the ranges, so a text re-made on another
machine is byte-identical, and its SHA-1 is checked before anything is scored against it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import hmac
import html
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.devset_blocks import decode_plain
from bench.devset_pages import git_dir

HERE = Path(__file__).resolve().parent / "realcases"  # CASES_REAL_DIR points elsewhere (tests)
MIRRORS = Path(os.environ.get("DEVSET_MIRRORS", "/work/.mirror"))
MANIFEST_COLUMNS = ("id", "ext", "kind", "repo", "path", "commit", "form", "parts", "licence", "sha1", "url")
FORMS = ("page", "text", "js", "sql", "html", "sqlhtml", "jshtml", "xmlhtml", "md")
# Gold keys whose values are strings of the text, sealed as spans; everything else is stored plain.
STRING_KEYS = ("title", "source_outlet", "author_org")
FACT_STRING_KEYS = ("raw", "subject", "context")


def cache_dir() -> Path:
    return Path(os.environ.get("CASES_REAL_CACHE", "/work/realcase-cache"))


def real_dir() -> Path:
    """Where the manifest and sealed gold are: bench/realcases, or CASES_REAL_DIR."""
    return Path(os.environ.get("CASES_REAL_DIR") or HERE)


# ------------------------------------------------------------------------------------------ cutting


_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "", "\n": ""}
_BLOCK_TAG = re.compile(r"(?i)<\s*(?:br|/?p|/?div|/?li|/?h[1-6]|/?tr|/?section|/?article|/?blockquote)\b[^>]*>")
_SCRIPT = re.compile(r"(?is)<(script|style)\b.*?</\1\s*>")
_TAG = re.compile(r"(?s)<[^>]*>")
_COMMENT = re.compile(r"(?s)<!--.*?-->")
_MD_MARK = re.compile(r"(?m)^\s*(?:#+|>)\s*")


def _unescape(s: str) -> str:
    def one(m: re.Match[str]) -> str:
        e = m.group(1)
        if e[0] in "ux" and len(e) > 1:
            return chr(int(e[1:], 16))
        return _SIMPLE_ESCAPES.get(e, e)

    return _ESCAPE.sub(one, s)


def strip_html(s: str) -> str:
    """Markup to lines: scripts and styles dropped, block tags as line breaks, other tags dropped, entities decoded."""
    return html.unescape(_TAG.sub("", _BLOCK_TAG.sub("\n", _SCRIPT.sub("", s))))


def render(text: str, form: str) -> str:
    """A slice of a source file as text, undoing what the file's format did to it (escapes, markup)."""
    match form:
        case "text":
            return text
        case "js":
            return _unescape(text)
        case "sql":
            return _unescape(text.replace("''", "'"))
        case "html":
            return strip_html(text)
        case "sqlhtml":
            return strip_html(_unescape(text.replace("''", "'")))
        case "jshtml":
            return strip_html(_unescape(text))
        case "xmlhtml":  # escaped HTML inside an XML element (an RSS <description>); its comments dropped
            return strip_html(_COMMENT.sub("", html.unescape(text)))
        case "md":
            return _MD_MARK.sub("", text).replace("**", "")
    raise ValueError(f"unknown form {form!r} (one of {', '.join(FORMS)})")


def cut(raw: bytes, form: str, parts: list[tuple[int, int]]) -> bytes:
    """The text of a case cut out of a source file: each part rendered, its lines stripped, empty lines dropped.

    `page` keeps the file's bytes as they are (a whole saved page, its encoding with it)."""
    if form == "page":
        return raw
    text = decode_plain(raw)
    lines: list[str] = []
    for start, end in parts:
        if not 0 <= start < end <= len(text):
            raise ValueError(f"part {start}:{end} is outside the file ({len(text)} characters)")
        for line in render(text[start:end], form).split("\n"):
            line = line.replace("\u3000", " ").strip()
            if line:
                lines.append(line)
    if not lines:
        raise ValueError("the parts hold no text")
    return ("\n".join(lines) + "\n").encode("utf-8")


def parse_parts(value: str) -> list[tuple[int, int]]:
    """`"12:340 400:900"` → [(12, 340), (400, 900)] (the manifest's form of the ranges)."""
    out = []
    for item in value.split():
        start, _, end = item.partition(":")
        out.append((int(start), int(end)))
    return out


def format_parts(parts: list[tuple[int, int]] | list[list[int]]) -> str:
    return " ".join(f"{s}:{e}" for s, e in parts)


# ------------------------------------------------------------------------------------------ the reading


def reading_text(path: Path) -> str:
    """The text an annotator reads and every gold string is a span of: lines of the cut text (markup
    stripped for a page), in simplified script when the text is traditional (the rulebook annotates
    traditional pages on their OpenCC conversion)."""
    from tasks.script import detect_script, to_simplified

    text = decode_plain(path.read_bytes())
    if path.suffix != ".txt":
        text = strip_html(text)
    lines = [ln.replace("\u3000", " ").strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if detect_script("\n".join(lines)) == "traditional":
        lines = to_simplified(lines)
    return "\n".join(lines)


def text_key(raw: bytes) -> bytes:
    """Every hash of a text's gold is keyed with the SHA-256 of its cut bytes (never committed)."""
    return hashlib.sha256(raw).digest()


def _hash(key: bytes, s: str) -> str:
    return hmac.new(key, s.encode("utf-8"), hashlib.sha1).hexdigest()


_SPACES = re.compile(r"\s+")


def seal_string(s: str | None, reading: str, key: bytes) -> dict[str, Any] | None:
    if s is None:
        return None
    at = reading.find(s)
    sealed: dict[str, Any] = {"len": len(s), "hmac": _hash(key, s)}
    if at >= 0:
        return {"at": at, **sealed}
    # a headline the annotator wrote with its runs of spaces as one (RULEBOOK titles: whitespace is not compared):
    # the span of the text whose spaces, collapsed, give the string back
    spaced = re.search(r"\s+".join(map(re.escape, s.split(" "))), reading) if " " in s else None
    if spaced is not None and _SPACES.sub(" ", spaced.group(0)) == s:
        return {
            "at": spaced.start(),
            "len": spaced.end() - spaced.start(),
            "spaces": "collapsed",
            "hmac": sealed["hmac"],
        }
    return sealed


def open_string(sealed: dict[str, Any] | None, reading: str, key: bytes) -> str | None:
    """The annotated string back from its span; ValueError when the text is not the one annotated."""
    if sealed is None:
        return None
    if "worded" in sealed:
        return sealed["worded"]
    if "at" not in sealed:
        raise LookupError("not in the reading: kept as a hash only")
    s = reading[sealed["at"] : sealed["at"] + sealed["len"]]
    if sealed.get("spaces") == "collapsed":
        s = _SPACES.sub(" ", s)
    if _hash(key, s) != sealed["hmac"]:
        raise ValueError("the span does not give back the annotated string (the text changed?)")
    return s


def seal_gold(gold: dict[str, Any], reading: str, key: bytes) -> dict[str, Any]:
    """A gold record with every quoted string as a span of the reading (see module docstring)."""
    out: dict[str, Any] = {k: v for k, v in gold.items() if k not in ("practices", "brands", "facts", "not_facts")}
    for k in STRING_KEYS:
        out[k] = seal_string(gold.get(k), reading, key)
    out["practices"] = [{**p, "lead": seal_string(p["lead"], reading, key)} for p in gold.get("practices") or []]
    out["brands"] = [seal_string(b, reading, key) for b in gold.get("brands") or []]
    out["facts"] = [
        {**f, **{k: seal_string(f.get(k), reading, key) for k in FACT_STRING_KEYS}} for f in gold.get("facts") or []
    ]
    for sealed, fact in zip(out["facts"], gold.get("facts") or [], strict=True):
        if sealed["subject"] is not None and "at" not in sealed["subject"]:
            sealed["subject"] = {"worded": fact["subject"]}  # the annotator's own words, not the text's
    out["not_facts"] = [seal_string(n, reading, key) for n in gold.get("not_facts") or []]
    return out


def open_gold(sealed: dict[str, Any], reading: str, key: bytes) -> tuple[dict[str, Any], list[str]]:
    """The plain gold back; strings kept as hashes only are left out, each named in the second value."""
    lost: list[str] = []

    def get(value: dict[str, Any] | None, where: str) -> str | None:
        try:
            return open_string(value, reading, key)
        except LookupError:
            lost.append(where)
            return None

    gold: dict[str, Any] = {k: v for k, v in sealed.items() if k not in ("practices", "brands", "facts", "not_facts")}
    for k in STRING_KEYS:
        gold[k] = get(sealed.get(k), k)
    gold["practices"] = [{**p, "lead": get(p["lead"], f"practice {i}")} for i, p in enumerate(sealed["practices"])]
    gold["brands"] = [b for i, s in enumerate(sealed["brands"]) if (b := get(s, f"brand {i}")) is not None]
    gold["facts"] = [
        {**f, **{k: get(f.get(k), f"fact {i} {k}") for k in FACT_STRING_KEYS}} for i, f in enumerate(sealed["facts"])
    ]
    gold["not_facts"] = [n for i, s in enumerate(sealed["not_facts"]) if (n := get(s, f"not_fact {i}")) is not None]
    return gold, lost


# ------------------------------------------------------------------------------------------ files


def read_manifest(here: Path | None = None) -> list[dict[str, str]]:
    here = here or real_dir()
    path = here / "manifest.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_manifest(rows: list[dict[str, str]], here: Path | None = None) -> None:
    here = here or real_dir()
    here.mkdir(parents=True, exist_ok=True)
    with (here / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
        w.writeheader()
        for row in sorted(rows, key=lambda r: r["id"]):
            w.writerow({k: row.get(k, "") for k in MANIFEST_COLUMNS})


def text_path(cache: Path, row: dict[str, str]) -> Path:
    return cache / "texts" / f"{row['id']}{row['ext']}"


@dataclass
class Restored:
    made: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    no_mirror: dict[str, list[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def restore(mirrors: Path, cache: Path, here: Path | None = None) -> Restored:
    """Cut every manifest text out of its repository's mirror into CACHE/texts, checking its SHA-1."""
    here = here or real_dir()
    done = Restored()
    for row in read_manifest(here):
        target = text_path(cache, row)
        if target.exists() and hashlib.sha1(target.read_bytes()).hexdigest() == row["sha1"]:
            done.already.append(row["id"])
            continue
        git = git_dir(mirrors, row["repo"])
        if git is None:
            done.no_mirror.setdefault(row["repo"], []).append(row["id"])
            continue
        try:
            raw = subprocess.run(
                ["git", f"--git-dir={git}", "show", f"{row['commit']}:{row['path']}"], check=True, capture_output=True
            ).stdout
            made = cut(raw, row["form"], parse_parts(row["parts"]))
        except (subprocess.CalledProcessError, ValueError) as exc:
            done.errors.append(f"{row['id']}: {exc}")
            continue
        if hashlib.sha1(made).hexdigest() != row["sha1"]:
            done.errors.append(f"{row['id']}: the cut is not the annotated text (SHA-1 differs); not written")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(made)
        done.made.append(row["id"])
    return done


def add(collected: Path, mirrors: Path, cache: Path, here: Path | None = None) -> tuple[list[str], list[str]]:
    """A collector's texts into the set: each re-cut from its mirror (it must equal the collector's file),
    numbered after the manifest's last id, copied to CACHE/texts. Returns (added "rNNN <- name", problems);
    a text already in the set (same SHA-1) is not added twice."""
    here = here or real_dir()
    rows = read_manifest(here)
    known = {r["sha1"] for r in rows}
    number = max((int(r["id"][1:]) for r in rows), default=0)
    added: list[str] = []
    problems: list[str] = []
    for line in (collected / "sources.jsonl").read_text(encoding="utf-8").splitlines():
        src = json.loads(line)
        ext = ".html" if src["form"] == "page" else ".txt"
        mine = collected / f"{src['id']}{ext}"
        git = git_dir(mirrors, src["repo"])
        if git is None or not mine.exists():
            problems.append(f"{src['id']}: {'no mirror of ' + src['repo'] if git is None else 'no file ' + mine.name}")
            continue
        try:
            raw = subprocess.run(
                ["git", f"--git-dir={git}", "show", f"{src['commit']}:{src['path']}"], check=True, capture_output=True
            ).stdout
            made = cut(raw, src["form"], [tuple(p) for p in src["parts"]])
        except (subprocess.CalledProcessError, ValueError) as exc:
            problems.append(f"{src['id']}: {exc}")
            continue
        if made != mine.read_bytes():
            problems.append(f"{src['id']}: its file is not the cut its sources line describes")
            continue
        sha1 = hashlib.sha1(made).hexdigest()
        if sha1 in known:
            problems.append(f"{src['id']}: already in the set")
            continue
        number += 1
        row = {
            "id": f"r{number:03d}",
            "ext": ext,
            "kind": src.get("kind") or "other",
            "repo": src["repo"],
            "path": src["path"],
            "commit": src["commit"],
            "form": src["form"],
            "parts": format_parts(src["parts"]),
            "licence": src.get("licence") or "none",
            "sha1": sha1,
            "url": src.get("outlet_or_url") or "",
        }
        rows.append(row)
        known.add(sha1)
        target = text_path(cache, row)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(made)
        added.append(f"{row['id']} <- {src['id']}")
    write_manifest(rows, here)
    return added, problems


ANNOTATIONS = ("gold", "second")  # the first annotator's gold, and a blind second annotation (agreement)


def seal(cache: Path, here: Path | None = None) -> list[str]:
    """CACHE/gold/ID.json → here/gold.jsonl, CACHE/second/ID.json → here/second.jsonl (when any).

    Returns the strings kept as hashes only (not found verbatim in the reading)."""
    here = here or real_dir()
    missing: list[str] = []
    for name in ANNOTATIONS:
        lines = []
        for row in read_manifest(here):
            gold_path = cache / name / f"{row['id']}.json"
            if not gold_path.exists():
                continue
            raw = text_path(cache, row).read_bytes()
            reading = reading_text(text_path(cache, row))
            sealed = seal_gold(json.loads(gold_path.read_text(encoding="utf-8")), reading, text_key(raw))
            _, lost = open_gold(sealed, reading, text_key(raw))
            missing.extend(f"{row['id']}{'' if name == 'gold' else ' (second)'}: {w}" for w in lost)
            lines.append(json.dumps(sealed, ensure_ascii=False, sort_keys=True))
        if lines or name == "gold":
            (here / f"{name}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return missing


def unseal(cache: Path, here: Path | None = None) -> tuple[list[str], list[str]]:
    """here/gold.jsonl (and second.jsonl) + CACHE/texts → CACHE/gold/ID.json (CACHE/second/ID.json).

    Returns (written "gold/ID" or "second/ID", problems)."""
    here = here or real_dir()
    rows = {r["id"]: r for r in read_manifest(here)}
    written: list[str] = []
    problems: list[str] = []
    for name in ANNOTATIONS:
        path = here / f"{name}.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            sealed = json.loads(line)
            row = rows.get(sealed["id"])
            if row is None:
                problems.append(f"{sealed['id']}: not in the manifest")
                continue
            tp = text_path(cache, row)
            if not tp.exists():
                problems.append(f"{row['id']}: no text in the cache (run restore)")
                continue
            raw = tp.read_bytes()
            try:
                gold, lost = open_gold(sealed, reading_text(tp), text_key(raw))
            except ValueError as exc:
                problems.append(f"{row['id']}: {exc}")
                continue
            problems.extend(f"{row['id']}: {w} kept as a hash only, left out" for w in lost)
            out = cache / name / f"{row['id']}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written.append(f"{name}/{row['id']}")
    return written, problems


# r001-r048 have had their misses read while rules were written (the odd half in session 26, the even half on
# 2026-12-01); so have the second round's r049-r071 and then r072-r095 (2026-12-01, each after its unread figures
# were taken), the third round's r096-r113 (2026-12-01, session 28, once round 4 was being collected to take its
# place) and the fourth round's r114-r135 (the same session, after its first-sight figures; round 5 took its place).
# Texts numbered after this line were collected later and stay unread: the honest figure on real text.
# Move the line only when a newer unread round exists to take its place.
READ_THROUGH = 135


# The rounds the texts were collected in (each by its own rule, docs/figures.md; bench/realcases/README.md): a
# rule's carry-over is judged round by round, and the brand re-scorer leaves one round out at a time.
ROUNDS = ((1, 48), (49, 95), (96, 113), (114, 135), (136, 139))


def round_of(case_id: str) -> str:
    """`r049-r095`: the collection round a real text belongs to (`r140+` for a text of a round not listed yet)."""
    n = int(case_id.lstrip("r"))
    for first, last in ROUNDS:
        if first <= n <= last:
            return f"r{first:03d}-r{last:03d}"
    return f"r{ROUNDS[-1][1] + 1:03d}+"


def real_part(case_id: str) -> str:
    """`real` for a text whose misses have been read, `realnew` for one nobody on the team has read."""
    return "real" if int(case_id.lstrip("r")) <= READ_THROUGH else "realnew"


def real_gold(cache: Path | None = None, here: Path | None = None) -> list[tuple[str, Path, dict[str, Any]]]:
    """(id, text path, plain gold) of every sealed text the cache holds with its manifest SHA-1.

    Scoring reads the committed gold.jsonl, never the cache's plain files, so every machine scores the
    same gold; a text missing from the cache or with other bytes is left out (restore says why)."""
    here = here or real_dir()
    cache = cache or cache_dir()
    path = here / "gold.jsonl"
    if not path.exists():
        return []
    rows = {r["id"]: r for r in read_manifest(here)}
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        sealed = json.loads(line)
        row = rows.get(sealed["id"])
        tp = text_path(cache, row) if row else None
        if tp is None or not tp.exists():
            continue
        raw = tp.read_bytes()
        if hashlib.sha1(raw).hexdigest() != row["sha1"]:
            continue
        gold, _ = open_gold(sealed, reading_text(tp), text_key(raw))
        out.append((row["id"], tp, gold))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("action", choices=("add", "restore", "unseal", "seal", "show"))
    ap.add_argument("id", nargs="?", help="show: the text's id; add: the collector's directory")
    ap.add_argument("--mirrors", type=Path, default=MIRRORS)
    ap.add_argument("--cache", type=Path, default=None)
    args = ap.parse_args(argv)
    cache = args.cache or cache_dir()
    if args.action == "show":
        row = next((r for r in read_manifest() if r["id"] == args.id), None)
        if row is None:
            print(f"{args.id}: not in {real_dir() / 'manifest.csv'}", file=sys.stderr)
            return 2
        print(reading_text(text_path(cache, row)))
        return 0
    if args.action == "add":
        added, problems = add(Path(args.id), args.mirrors, cache)
        print(f"added {len(added)} texts to {real_dir() / 'manifest.csv'}")
        for line in added + problems:
            print(f"  {line}")
        return 0 if not problems else 1
    if args.action == "restore":
        done = restore(args.mirrors, cache)
        print(f"real cases: {len(done.made)} cut, {len(done.already)} already in {cache / 'texts'}")
        for repo, ids in done.no_mirror.items():
            print(f"  no mirror of {repo} ({len(ids)} texts): call fetch github:{repo}, then rerun")
        for e in done.errors:
            print(f"  error: {e}")
        return 0 if not done.no_mirror and not done.errors else 1
    if args.action == "seal":
        missing = seal(cache)
        print(f"sealed into {real_dir() / 'gold.jsonl'}; strings not found verbatim (hash only): {len(missing)}")
        for m in missing:
            print(f"  {m}")
        return 0
    written, problems = unseal(cache)
    print(f"unsealed {len(written)} annotation files into {cache}/gold and {cache}/second")
    for p in problems:
        print(f"  {p}")
    return 0 if not any("hash only" not in p for p in problems) else 1


if __name__ == "__main__":
    sys.exit(main())
