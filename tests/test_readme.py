"""README's generated parts (tables from the contracts, CLI from the parser) must match the code."""

from __future__ import annotations

from contracts import TABLES
from contracts.docs import render
from flows.docs import README, updated


def test_readme_is_in_sync_with_contracts_and_cli() -> None:
    text = README.read_text(encoding="utf-8")
    assert updated(text) == text, "README is stale: run `.venv/bin/python -m flows.docs`"


def test_every_column_is_described() -> None:
    undocumented = [f"{name}.{c.name}" for name, t in TABLES.items() for c in t.columns() if not c.description.strip()]
    assert undocumented == []
    assert all(f"### `{name}`" in render() for name in TABLES)
