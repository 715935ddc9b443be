"""Reflect's features depend one way: stories on the other three, mentoring on debriefs,
debriefs and strengths on none of them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from onward.tests.source import nodes

REFLECT = Path(__file__).resolve().parents[1]
FEATURES = ("debriefs", "mentoring", "strengths", "stories")
MAY_IMPORT = {
    "debriefs": set(),
    "strengths": set(),
    "mentoring": {"debriefs"},
    "stories": {"debriefs", "mentoring", "strengths"},
}


def _module(path: Path) -> str:
    parts = ["onward", "reflect", *path.relative_to(REFLECT).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module the file imports, relative imports made absolute, at any depth."""
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in nodes(path):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                source = f"{base}.{node.module}" if node.module else base
            else:
                source = node.module or ""
            found.add(source)
            # `from . import services` imports a module too.
            found.update(f"{source}.{alias.name}" for alias in node.names)
    return found


def _features_used_by(feature: str) -> set[str]:
    used: set[str] = set()
    for path in (REFLECT / feature).rglob("*.py"):
        if "tests" in path.relative_to(REFLECT / feature).parts:
            continue
        for name in _imports(path):
            parts = name.split(".")
            if parts[:2] == ["onward", "reflect"] and len(parts) > 2 and parts[2] in FEATURES:
                used.add(parts[2])
    return used - {feature}


def test_relative_imports_are_read_as_the_modules_they_name() -> None:
    imported = _imports(REFLECT / "stories" / "views.py")
    assert "onward.reflect.stories.prep" in imported
    assert "onward.reflect.strengths.services" in imported


@pytest.mark.parametrize("feature", FEATURES)
def test_a_feature_imports_only_the_features_below_it(feature: str) -> None:
    assert _features_used_by(feature) <= MAY_IMPORT[feature]


def test_the_walk_finds_the_arrows_that_are_there() -> None:
    assert _features_used_by("mentoring") == {"debriefs"}
    assert _features_used_by("stories") == {"debriefs", "mentoring", "strengths"}
