"""labels.py's entries for the sources added from the eighteenth pass on.

labels.py is past 500 lines, so these live here and labels.py merges them (`labels.SOURCES`
and the other tables keep their interface). Each message's label, company and group are
given in its source's own module (corpus_sources/<source>.py).
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

# The mail one software engineer received while job hunting around Seattle until 2019, kept by
# him as the cards of a small site (eighteenth pass (b)). Labels, companies, left-out items
# and the lines he wrote into five messages in scripts/corpus_sources/coderaulic.py.
SOURCES["coderaulic"] = {
    "repo": "Coderaulic/rejected",
    "path": "src/companies.js",
    "commit": "5657596",
    "upstream": "its author's own job-search mail, until 2019, names replaced by him",
    "licence": "none stated in the repository",
}
SKIP["coderaulic"] = set()  # left out by position in coderaulic.py
LABEL["coderaulic"] = {}
DEFAULT["coderaulic"] = "other"
COMPANY["coderaulic"] = {}
SOURCE_LANGUAGE["coderaulic"] = "en"
# The rejections one engineer received in 2015-16, quoted on his blog (eighteenth pass (c)).
# Labels, companies, groups and the quotes left out by heading in corpus_sources/jaseem.py.
SOURCES["jaseem"] = {
    "repo": "jaseemabid/blog",
    "path": "_posts/2016-11-30-rejections.md",
    "commit": "a24ff1982526cc3dcfff60c08cb8fe6dada02186",
    "upstream": "its author's own rejection mail, 2015-16, quoted (truncated) in a blog post",
    "licence": "none stated in the repository",
}
SKIP["jaseem"], LABEL["jaseem"], COMPANY["jaseem"] = set(), {}, {}
DEFAULT["jaseem"], SOURCE_LANGUAGE["jaseem"] = "rejection", "en"
# Eighteenth pass: a hiring product's and an employer's own texts, read from their code. Each
# message's label, company and language are given in corpus_sources/immersion.py and
# corpus_sources/dc_aviation.py; DEFAULT is never reached.
SOURCES["immersion"] = {
    "repo": "gip-inclusion/immersion-facile",
    "path": "shared/src/email/emailTemplatesByName.ts",
    "commit": "cd676358befab6b481b326b25f0e649abc6e1423",
    "upstream": "Immersion Facilitée's mail to a candidate (one sender), not an inbox",
    "licence": "MIT (the repository's LICENSE)",
}
SOURCES["dc_aviation"] = {
    "repo": "cbleek/DC-Aviation",
    "path": "src/Entity/ApplicationStatusMailTemplates.php",
    "commit": "5aa820bb067b561b31733621fd8e8140d2ffa4dc",
    "upstream": "DC Aviation's own texts to applicants (one sender), not an inbox",
    "licence": "MIT (the repository's LICENSE)",
}
for _name, _language in (("immersion", "fr"), ("dc_aviation", "de")):
    SKIP[_name], LABEL[_name], COMPANY[_name] = set(), {}, {}
    DEFAULT[_name], SOURCE_LANGUAGE[_name] = "rejection", _language

# In labels.py's order: SOURCES, SKIP, LABEL, COMPANY, DEFAULT, SOURCE_LANGUAGE.
TABLES = (SOURCES, SKIP, LABEL, COMPANY, DEFAULT, SOURCE_LANGUAGE)
