"""Repository mirrors as the look-up tool's `fetch` leaves them, made on the spot for tests of what is restored
from them (bench/devset_pages.py, bench/real_cases.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def git(*args: str, cwd: Path | None = None) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def make_mirror(mirrors: Path, repo: str, files: dict[str, bytes], bare: bool) -> str:
    """A mirror as fetch leaves it (MIRRORS/OWNER+NAME/repo); returns the commit holding `files`."""
    work = mirrors / "_work" / repo.replace("/", "+")
    work.mkdir(parents=True)
    git("init", "-q", cwd=work)
    for path, raw in files.items():
        (work / path).parent.mkdir(parents=True, exist_ok=True)
        (work / path).write_bytes(raw)
    git("add", "-A", cwd=work)
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "pages", cwd=work)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=work, capture_output=True, text=True, check=True)
    target = mirrors / repo.replace("/", "+") / "repo"
    target.parent.mkdir(parents=True)
    if bare:
        git("clone", "-q", "--bare", str(work), str(target))
    else:
        git("clone", "-q", str(work), str(target))
    return commit.stdout.strip()
