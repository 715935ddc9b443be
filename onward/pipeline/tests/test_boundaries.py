"""pipeline sits below plans, and people's records below pipeline: no import goes up."""

from __future__ import annotations

import ast
from pathlib import Path

from onward.tests.source import nodes

ONWARD = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in nodes(path):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def _code(app: str) -> list[Path]:
    return [
        path
        for path in (ONWARD / app).rglob("*.py")
        if not {"tests", "migrations"} & set(path.relative_to(ONWARD / app).parts)
    ]


def test_pipeline_never_imports_plans() -> None:
    files = _code("pipeline")
    assert files
    for path in files:
        assert not {m for m in _imports(path) if m.startswith("onward.plans")}, path


def test_people_records_never_import_pipeline() -> None:
    for name in ("models.py", "services.py"):
        imported = _imports(ONWARD / "people" / name)
        assert not {m for m in imported if m.startswith("onward.pipeline")}, name
