"""The manual's generated parts (CLI reference and verb table from the parser, tables from the contracts)
must match the code, and its links must lead somewhere."""

from __future__ import annotations

import re

import pytest

from contracts import TABLES
from contracts.docs import render
from flows.docs import DOCS, GENERATED, README, ROOT, updated


@pytest.mark.parametrize("path", list(GENERATED), ids=lambda p: str(p.relative_to(ROOT)))
def test_generated_parts_are_in_sync_with_contracts_and_cli(path) -> None:
    text = path.read_text(encoding="utf-8")
    assert updated(path, text) == text, f"{path.name} is stale: run `.venv/bin/python -m flows.docs`"


def test_every_column_is_described() -> None:
    undocumented = [f"{name}.{c.name}" for name, t in TABLES.items() for c in t.columns() if not c.description.strip()]
    assert undocumented == []
    assert all(f"### `{name}`" in render() for name in TABLES)


def test_every_relative_link_leads_to_a_file() -> None:
    broken = []
    for page in [README, *sorted(DOCS.glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if "://" in target:
                continue
            if not (page.parent / target).exists():
                broken.append(f"{page.relative_to(ROOT)} → {target}")
    assert broken == []


def test_readme_reads_in_ten_minutes() -> None:
    """The front door stays short: the reference lives in docs/ (about 200 words a minute of technical prose)."""
    words = len(re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]", README.read_text(encoding="utf-8")))
    assert words < 2000, words
