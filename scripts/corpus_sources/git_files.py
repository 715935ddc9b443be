"""One file of a repository at a commit, read from a clone, its `.git` directory or a bare mirror
(`git -C` finds the repository in each; `--git-dir` needs the `.git` directory itself)."""

from __future__ import annotations

import subprocess


def show_bytes(git_dir: str, commit: str, path: str) -> bytes:
    """The file as committed: `git show COMMIT:PATH`."""
    return subprocess.run(
        ["git", "-C", git_dir, "show", f"{commit}:{path}"],
        capture_output=True,
        check=True,
    ).stdout


def show(git_dir: str, commit: str, path: str) -> str:
    """The file as committed, read as UTF-8."""
    return show_bytes(git_dir, commit, path).decode("utf-8")
