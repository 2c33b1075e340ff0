"""The house's layering, checked from the source: no import cycles, Prefect only in flows/.

Every import counts, module-level or inside a function (a lazy import still ties two modules together),
and `from pkg import name` depends on `pkg` itself as well as on `pkg.name` when that is a module, the
way Python runs it: importing `pkg.name` executes `pkg/__init__.py` first. A package `__init__` that
imports its own modules therefore must not be imported by them: shared parts go into a module of their own.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("flows", "tasks", "contracts", "warehouse")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                deps.add(base)
                deps.update(f"{base}.{alias.name}" for alias in node.names)
        # `import a.b.c` runs a/__init__ and a/b/__init__ too; a module's own parents are run before it
        # anyway, so they count only when it names them itself (`from tasks.sites import generic`).
        own_packages = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
        expanded = set(deps)
        for dep in deps:
            parts = dep.split(".")
            expanded.update(".".join(parts[:i]) for i in range(1, len(parts)))
        implicit = expanded - deps
        graph[name] = {d for d in expanded if d in modules and d != name and not (d in own_packages and d in implicit)}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_module_imports_in_a_cycle() -> None:
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_prefect_is_imported_only_in_flows() -> None:
    offenders = []
    for name, path in _modules().items():
        if name.startswith("flows"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [module or ""]
            if any(n == "prefect" or n.startswith(("prefect.", "prefect_")) for n in names):
                offenders.append(name)
    assert offenders == []


def test_no_test_module_imports_another() -> None:
    """Shared helpers live in tests/conftest.py or a helper module (servers, pages, webhook), not in a test."""
    offenders = []
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            if any(n.split(".")[-1].startswith("test_") and n.startswith("tests.") for n in names):
                offenders.append(path.name)
    assert offenders == []


def test_terminal_output_only_in_flows() -> None:
    """tasks/, contracts/ and warehouse/ return data and raise; what a user reads is printed in flows/."""
    offenders = []
    for name, path in sorted(_modules().items()):
        if name.split(".")[0] == "flows":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            printed = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
            written = (
                isinstance(node, ast.Attribute)
                and node.attr in ("stdout", "stderr")
                and isinstance(node.value, ast.Name)
                and node.value.id == "sys"
            )
            if printed or written:
                offenders.append(f"{name}:{node.lineno}")
    assert offenders == []
