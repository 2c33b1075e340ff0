"""The data dictionary, rendered from the contracts so it is never written twice (see flows/docs.py)."""

from __future__ import annotations

import sys

from contracts import TABLES


def _checks(table: str, column: str) -> str:
    col = TABLES[table].schema().columns[column]
    names = []
    for check in col.checks:
        stats = getattr(check, "statistics", None) or {}
        args = ", ".join(f"{v}" for v in stats.values() if v is not None)
        names.append(f"{check.name}({args})" if args else check.name)
    if col.unique:
        names.append("unique")
    return ", ".join(names)


def render() -> str:
    out: list[str] = []
    for name, table in TABLES.items():
        module_doc = sys.modules[table.model.__module__].__doc__ or ""
        doc = module_doc.strip().splitlines()[0] if module_doc.strip() else ""
        key = ", ".join(table.key) if table.key else "—"
        out.append(f"### `{name}`")
        out.append("")
        out.append(f"{doc} Key: `{key}`; written: `{table.write}`.")
        out.append("")
        out.append("| column | type | null | checks | description |")
        out.append("| --- | --- | --- | --- | --- |")
        for col in table.columns():
            checks = _checks(name, col.name)
            if col.severity != "error" and checks:
                checks += f" ({col.severity})"
            description = col.description.replace("|", "\\|")
            null = "yes" if col.nullable else ""
            out.append(f"| `{col.name}` | {col.sql_type} | {null} | {checks} | {description} |")
        out.append("")
    return "\n".join(out).rstrip()
