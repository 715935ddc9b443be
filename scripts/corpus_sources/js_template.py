"""Read a JavaScript/TypeScript template literal out of source code, and fill it.

Hiring products keep the mail they send candidates as template literals (`Bonjour ${name}`).
A corpus source built from one names the literal by the key it follows and fills each
`${…}` from a table of stand-ins keyed by the expression exactly as written, so a change in
the product's text or expressions makes the build fail instead of silently drifting.
"""

from __future__ import annotations

import html
import re


def _skip_string(text: str, i: int) -> int:
    """Index just past the quoted string ('…' or "…") that starts at i."""
    quote = text[i]
    i += 1
    while text[i] != quote:
        i += 2 if text[i] == "\\" else 1
    return i + 1


def _expression_end(text: str, i: int) -> int:
    """Index of the `}` closing the `${` whose expression starts at i (nesting respected)."""
    depth = 0
    while True:
        c = text[i]
        if c in "'\"":
            i = _skip_string(text, i)
            continue
        if c == "`":
            i, _ = template(text, i)
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            if depth == 0:
                return i
            depth -= 1
        i += 1


def template(text: str, i: int) -> tuple[int, list[str | tuple[str]]]:
    """The literal whose opening backtick is at i: (index past it, parts).

    Parts are text, or a 1-tuple holding an expression's source.
    """
    assert text[i] == "`"
    i += 1
    parts: list[str | tuple[str]] = []
    chunk: list[str] = []
    while text[i] != "`":
        if text[i] == "\\":
            chunk.append(text[i + 1])
            i += 2
        elif text.startswith("${", i):
            end = _expression_end(text, i + 2)
            parts.append("".join(chunk))
            chunk = []
            parts.append((text[i + 2 : end].strip(),))
            i = end + 1
        else:
            chunk.append(text[i])
            i += 1
    parts.append("".join(chunk))
    return i + 1, parts


def value_after(text: str, start: int, key: str) -> tuple[int, list[str | tuple[str]]]:
    """The value after the first `key:` from start: a template literal, a quoted string, or
    an expression on the rest of its line (one part, filled by its stand-in)."""
    found = re.compile(rf"\b{re.escape(key)}:\s*").search(text, start)
    if found is None:
        raise ValueError(f"no {key}: after position {start}")
    i = found.end()
    if text[i] == "`":
        return template(text, i)
    if text[i] == '"':
        end = _skip_string(text, i)
        return end, [text[i + 1 : end - 1].replace('\\"', '"')]
    # an expression (a call such as `defaultSignature("immersion")`): filled as one part
    end = text.index("\n", i)
    return end, [(text[i:end].rstrip().rstrip(","),)]


def fill(parts: list[str | tuple[str]], stand_ins: dict[str, str]) -> str:
    """The literal with each expression replaced by its stand-in (KeyError if none)."""
    return "".join(p if isinstance(p, str) else stand_ins[p[0]] for p in parts)


_BREAK = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")


def as_text(markup: str) -> str:
    """What a reader sees: tags dropped (a link keeps its words), indentation and runs of
    blank lines taken out."""
    text = html.unescape(_TAG.sub("", _BREAK.sub("\n", markup)))
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
