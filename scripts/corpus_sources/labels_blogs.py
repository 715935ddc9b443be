"""labels.py's entries for the sources kept on blogs (eighteenth pass (d) on).

labels.py is past 500 lines, so new sources' entries live here and labels.py merges them
(`labels.SOURCES` and the other tables keep their interface). Each message's label, company
and group are given in its source module (corpus_sources/blogs.py); DEFAULT is never reached.
"""

from __future__ import annotations

from .blogs import POSTS, VISHNU

SOURCES = {
    # Job mail its recipients quoted whole on their own blogs; one source, each post read from
    # its own repository (POSTS). `repo`, `path` and `commit` name the first post.
    "blogs": {
        "repo": VISHNU.repo,
        "path": VISHNU.path,
        "commit": VISHNU.commit,
        "more_repos": ", ".join(f"{p.repo}@{p.commit[:7]}:{p.path}" for p in POSTS[1:]),
        "upstream": "job mail two engineers received, quoted whole in their blog posts",
        "licence": "none stated in either repository",
    },
}
SKIP: dict[str, set[int]] = {"blogs": set()}  # left out by position in blogs.py
LABEL: dict[str, dict[int, str]] = {"blogs": {}}
COMPANY: dict[str, dict[int, str]] = {"blogs": {}}
DEFAULT = {"blogs": "rejection"}
SOURCE_LANGUAGE = {"blogs": "en"}
# In labels.py's order: SOURCES, SKIP, LABEL, COMPANY, DEFAULT, SOURCE_LANGUAGE.
TABLES = (SOURCES, SKIP, LABEL, COMPANY, DEFAULT, SOURCE_LANGUAGE)
