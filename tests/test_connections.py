"""Warehouse connections are closed by `with`, checked from the source.

A DuckDB connection is a context manager; `con = connect(...)` … `try/finally: con.close()` written by
hand in twenty places is twenty chances to leak one on an early return, and a leaked writer keeps the
file locked for every other process. The scan: in every function, a name bound from `connect(...)`,
`connect_or_explain(...)` or `duckdb.connect(...)` is never `.close()`d by hand, and is either entered
with `with` or returned to the caller (who then owns it).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("flows", "tasks", "warehouse", "bench")
OPENERS = {"connect", "connect_or_explain"}

# Files still written the old way, each with why; an entry that no longer finds anything fails the test,
# so the list only shrinks.
ALLOWED = {
    # The run's one writing connection lives across batches and is released now and then (a checkpoint,
    # then readers get in); the Writer that owns it is itself the context manager.
    "warehouse/load.py": "Writer holds the run's connection across batches",
}


def _opens_connection(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    return name in OPENERS


def _module_level(tree: ast.Module) -> list[ast.AST]:
    """The module's nodes outside any function (those are scanned as their own scope)."""
    found, todo = [], list(ast.iter_child_nodes(tree))
    while todo:
        node = todo.pop()
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.append(node)
            todo.extend(ast.iter_child_nodes(node))
    return found


def connection_problems(source: str) -> list[str]:
    """`line: what` for each connection closed by hand, or neither entered with `with` nor returned."""
    tree = ast.parse(source)
    scopes = [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef))]
    problems = []
    for scope in scopes:
        nodes = list(ast.walk(scope)) if scope is not tree else _module_level(tree)
        bound: dict[str, int] = {}
        for node in nodes:
            if isinstance(node, ast.Assign) and _opens_connection(node.value):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        bound.setdefault(target.id, node.lineno)
            elif isinstance(node, ast.NamedExpr) and _opens_connection(node.value):
                bound.setdefault(node.target.id, node.lineno)
        if not bound:
            continue
        managed: set[str] = set()
        for node in nodes:
            if isinstance(node, ast.With | ast.AsyncWith):
                managed.update(i.context_expr.id for i in node.items if isinstance(i.context_expr, ast.Name))
            elif isinstance(node, ast.Return) and isinstance(node.value, ast.Name):
                managed.add(node.value.id)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "close"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in bound
            ):
                managed.add(node.func.value.id)  # reported here, not as leaked too
                problems.append(f"{node.lineno}: {node.func.value.id}.close() by hand; use `with connect(...) as con:`")
        problems.extend(
            f"{line}: {name} = connect(...) is neither entered with `with` nor returned"
            for name, line in bound.items()
            if name not in managed
        )
    return sorted(set(problems), key=lambda p: int(p.split(":")[0]))


def _scan() -> dict[str, list[str]]:
    found = {}
    for package in SCANNED:
        for path in sorted((ROOT / package).rglob("*.py")):
            if problems := connection_problems(path.read_text(encoding="utf-8")):
                found[path.relative_to(ROOT).as_posix()] = problems
    return found


def test_connections_are_closed_by_with() -> None:
    found = _scan()
    offenders = {path: problems for path, problems in found.items() if path not in ALLOWED}
    assert offenders == {}
    stale = sorted(set(ALLOWED) - set(found))
    assert stale == [], f"nothing left to allow in {stale}: remove them from ALLOWED"


def test_the_scan_finds_hand_closed_and_leaked_connections() -> None:
    by_hand = "def f():\n    con = connect(db)\n    try:\n        pass\n    finally:\n        con.close()\n"
    assert connection_problems(by_hand) == ["6: con.close() by hand; use `with connect(...) as con:`"]
    leaked = "def f():\n    if (con := connect_or_explain('x', None)) is None:\n        return 2\n    con.sql('x')\n"
    assert connection_problems(leaked) == ["2: con = connect(...) is neither entered with `with` nor returned"]
    module_level = "import duckdb\ncon = duckdb.connect()\ncon.close()\n"
    assert connection_problems(module_level) == ["3: con.close() by hand; use `with connect(...) as con:`"]
    fine = (
        "def f():\n    with connect(db) as con:\n        pass\n"
        "def g():\n    con = connect(db)\n    with con:\n        pass\n"
        "def h():\n    con = connect(db)\n    return con\n"
    )
    assert connection_problems(fine) == []
