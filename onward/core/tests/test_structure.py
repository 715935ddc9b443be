"""The apps form layers: no app imports another that imports it back, and `core` and
`lib` sit at the bottom, imported from above and importing no feature app.

The graph is drawn from the code's own imports (top-level and inside functions), so a
new shortcut between apps fails here before it becomes a tangle.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

from onward.tests.source import nodes

ROOT = Path(__file__).resolve().parents[2]  # the onward package
BASE = {"core", "lib"}
# The project shell (settings, URLconf, CLI, shared test helpers) and the browser
# journeys may reach any app; they are not apps themselves.
NOT_APPS = {"e2e", "tests", "templates", "static", "__pycache__"}


def apps() -> list[str]:
    return sorted(
        p.name
        for p in ROOT.iterdir()
        if p.is_dir() and p.name not in NOT_APPS and (p / "__init__.py").exists()
    )


def production_modules(app: str) -> Iterator[Path]:
    for path in (ROOT / app).rglob("*.py"):
        parts = set(path.relative_to(ROOT).parts)
        if "tests" in parts or "migrations" in parts:
            continue
        yield path


def imported_apps(path: Path, known: set[str]) -> set[str]:
    found: set[str] = set()
    for node in nodes(path):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "onward" and len(parts) > 1 and parts[1] in known:
                found.add(parts[1])
    return found


# Parsed once per test process: every test asks about the same code.
@functools.cache
def import_graph() -> dict[str, set[str]]:
    known = set(apps())
    graph: dict[str, set[str]] = {}
    for app in known:
        targets: set[str] = set()
        for module in production_modules(app):
            targets |= imported_apps(module, known)
        graph[app] = targets - {app}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one app (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(app: str) -> None:
        index[app] = low[app] = len(index)
        stack.append(app)
        on_stack.add(app)
        for other in sorted(graph[app]):
            if other not in index:
                visit(other)
                low[app] = min(low[app], low[other])
            elif other in on_stack:
                low[app] = min(low[app], index[other])
        if low[app] == index[app]:
            component: list[str] = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == app:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for app in sorted(graph):
        if app not in index:
            visit(app)
    return found


def test_the_app_graph_is_drawn_from_real_imports() -> None:
    graph = import_graph()
    # A sanity check that the scan sees imports at all: plans is built on pipeline.
    assert "pipeline" in graph["plans"]
    assert {"core", "lib", "pipeline", "plans", "people", "notes"} <= set(graph)


def test_no_two_apps_import_each_other_even_indirectly() -> None:
    assert cycles(import_graph()) == []


@pytest.mark.parametrize("base", sorted(BASE))
def test_core_and_lib_import_no_feature_app(base: str) -> None:
    allowed = {"lib"} if base == "core" else set()
    assert import_graph()[base] - allowed == set()


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
