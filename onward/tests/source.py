"""Onward's own source, parsed once per test process.

Several tests read the code itself (which app imports which, who reads the
environment); each parse of the whole package costs a second or two, so they share it.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path


@functools.cache
def parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(), filename=str(path))


@functools.cache
def nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of the module at `path`, in `ast.walk` order."""
    return tuple(ast.walk(parsed(path)))
