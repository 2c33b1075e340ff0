"""Bring the development set's pages back into the cache from the look-up tool's repository mirrors.

The pages of bench/devset cannot be committed (they were fetched, and the fetch terms keep fetched
material out of commits), so a new machine starts without them. Every page is a file at a known
commit of a public repository (bench/devset/manifest.csv: `repo, path, commit, sha1`), and the
look-up tool's `fetch github:OWNER/NAME` leaves a git mirror of the repository in
`MIRRORS/OWNER+NAME/repo` (a bare git directory, or a work tree with `.git`). This module reads each
page out of its mirror (`git show COMMIT:PATH`), checks its SHA-1 against the manifest, and writes it
to `CACHE/pages/ID.html`, with `CACHE/provenance.csv` (what bench.devset_truth reads).

- A page already in the cache with the right SHA-1 is left alone, so a rerun does nothing.
- A repository with no mirror yet is listed with the exact `fetch` source to call, then rerun this.
- A page whose bytes in the mirror are not the manifest's SHA-1 stops it with an error naming the
  page: the truth was made on those bytes, and hashes in bench/devset/annotations.jsonl are keyed with
  them, so a different page must not be scored as if it were the annotated one.

Usage: python -m bench.devset_pages [--mirrors /work/.mirror] [--cache /work/devset-cache]
Exit status 0 when every page of the manifest is in the cache with its SHA-1, else 1.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent / "devset"
MIRRORS = Path(os.environ.get("DEVSET_MIRRORS", "/work/.mirror"))
CACHE = Path(os.environ.get("DEVSET_CACHE", "/work/devset-cache"))
PROVENANCE_COLUMNS = ("id", "repo", "path", "commit", "licence", "sha1", "url")


@dataclass
class Restored:
    """What one run did, page by page (ids only: nothing of the pages' text)."""

    copied: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    no_mirror: dict[str, list[str]] = field(default_factory=dict)  # repo → ids waiting for its fetch
    errors: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.no_mirror and not self.errors


def git_dir(mirrors: Path, repo: str) -> Path | None:
    """The mirror's git directory for `OWNER/NAME`, or None when the repository was never fetched."""
    root = mirrors / repo.replace("/", "+") / "repo"
    for candidate in (root / ".git", root):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


def show(git: Path, commit: str, path: str) -> bytes:
    """The file's bytes at `commit`, exactly as committed (no text conversion)."""
    done = subprocess.run(
        ["git", "--git-dir", str(git), "show", f"{commit}:{path}"],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        raise LookupError(done.stderr.decode("utf-8", "replace").strip() or f"git show exited {done.returncode}")
    return done.stdout


def sha1(raw: bytes) -> str:
    return hashlib.sha1(raw).hexdigest()


def read_manifest(devset: Path = HERE) -> list[dict[str, str]]:
    with (devset / "manifest.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write_provenance(rows: list[dict[str, str]], cache: Path) -> None:
    """CACHE/provenance.csv, one row per manifest page (all of it is in the committed manifest)."""
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / "provenance.csv.part"
    with tmp.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=PROVENANCE_COLUMNS, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    tmp.replace(cache / "provenance.csv")


def restore(mirrors: Path, cache: Path, devset: Path = HERE) -> Restored:
    """Copy every manifest page that is not yet in the cache out of its mirror, SHA-1 checked."""
    rows = read_manifest(devset)
    pages = cache / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    done = Restored()
    for row in rows:
        pid, target = row["id"], pages / f"{row['id']}.html"
        if row.get("committed") == "yes":
            continue  # in bench/devset/pages, with the repository
        if target.exists() and sha1(target.read_bytes()) == row["sha1"]:
            done.already.append(pid)
            continue
        git = git_dir(mirrors, row["repo"])
        if git is None:
            done.no_mirror.setdefault(row["repo"], []).append(pid)
            continue
        try:
            raw = show(git, row["commit"], row["path"])
        except LookupError as exc:
            done.errors.append(f"{pid}: {row['repo']} {row['commit']}:{row['path']} not in the mirror ({exc})")
            continue
        if sha1(raw) != row["sha1"]:
            done.errors.append(
                f"{pid}: {row['repo']} {row['commit']}:{row['path']} has SHA-1 {sha1(raw)},"
                f" the manifest says {row['sha1']}: not copied"
            )
            continue
        part = target.with_suffix(".html.part")
        part.write_bytes(raw)
        part.replace(target)  # a crash leaves the old page or the new one, never half a page
        done.copied.append(pid)
    write_provenance(rows, cache)
    return done


def report(done: Restored, cache: Path) -> None:
    print(f"devset pages in {cache / 'pages'}: {len(done.copied)} copied, {len(done.already)} already there")
    if done.no_mirror:
        waiting = sum(len(ids) for ids in done.no_mirror.values())
        print(f"{waiting} page(s) wait for a mirror; call the look-up tool's fetch with each source, then rerun:")
        for repo, ids in sorted(done.no_mirror.items()):
            print(f"  fetch github:{repo}    ({len(ids)} page(s))")
    for line in done.errors:
        print(f"error: {line}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirrors", type=Path, default=MIRRORS, help="where fetch leaves OWNER+NAME/repo")
    ap.add_argument("--cache", type=Path, default=CACHE, help="the devset cache ($DEVSET_CACHE)")
    a = ap.parse_args(argv)
    done = restore(a.mirrors, a.cache)
    report(done, a.cache)
    return 0 if done.complete else 1


if __name__ == "__main__":
    sys.exit(main())
