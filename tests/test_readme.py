"""README's table reference is generated from the contracts; it must match them."""

from __future__ import annotations

from contracts import TABLES
from contracts.docs import BEGIN, README, render, updated


def test_readme_table_reference_matches_contracts() -> None:
    text = README.read_text(encoding="utf-8")
    assert BEGIN in text, "run `python -m contracts.docs` to add the table reference"
    assert updated(text) == text, "README's tables are stale: run `.venv/bin/python -m contracts.docs`"


def test_every_column_is_described() -> None:
    undocumented = [f"{name}.{c.name}" for name, t in TABLES.items() for c in t.columns() if not c.description.strip()]
    assert undocumented == []
    assert all(f"### `{name}`" in render() for name in TABLES)
