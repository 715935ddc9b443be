"""Every route of the project, found by walking the URLconf, not by keeping a list."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import RegexPattern, RoutePattern

# Included URLconfs that are not Onward's, and why the walk leaves them out.
THIRD_PARTY = {
    "allauth.urls": (
        "django-allauth's sign-in, sign-up, password and e-mail pages: they name no Onward "
        "object, and their own keys (e-mailed, one-time) are allauth's to check and test"
    ),
}


@dataclass(frozen=True)
class Route:
    key: str  # "app:name"; an unnamed route (an old address kept for bookmarks) is "app:<path>"
    name: str | None  # what reverse() takes; None for an unnamed route
    path: str  # the whole pattern, e.g. "steps/<int:pk>/note/"
    args: tuple[str, ...]  # the names of its arguments, in order
    view: Callable[..., Any]

    @property
    def public(self) -> bool:
        """Marked @login_not_required: LoginRequiredMiddleware lets anyone in."""
        return not getattr(self.view, "login_required", True)

    def url(self, args: list[Any]) -> str:
        if self.name is not None:
            return reverse(self.name, args=args)
        # An unnamed route cannot be reversed: its pattern is filled in, in order.
        values = iter(args)
        return "/" + re.sub(r"<(?:\w+:)?\w+>", lambda _: str(next(values)), self.path)


def _arguments(pattern: Any) -> tuple[str, ...]:
    if isinstance(pattern, RoutePattern):
        return tuple(pattern.converters)
    if isinstance(pattern, RegexPattern):
        return tuple(pattern.regex.groupindex)
    raise TypeError(f"An unknown kind of URL pattern: {pattern!r}")


def _walk(
    patterns: list[Any], prefix: str, namespace: str, args: tuple[str, ...], skipped: list[str]
) -> Iterator[Route]:
    for entry in patterns:
        here = prefix + str(entry.pattern)
        found = args + _arguments(entry.pattern)
        if isinstance(entry, URLResolver):
            module = getattr(entry.urlconf_module, "__name__", "")
            if module in THIRD_PARTY:
                skipped.append(module)
                continue
            if module and not module.startswith("onward."):
                raise AssertionError(
                    f"{here} includes {module}, which is not Onward's: walk it, or add it to "
                    "THIRD_PARTY with the reason it is left out."
                )
            inner = ":".join(n for n in (namespace, entry.namespace or "") if n)
            yield from _walk(entry.url_patterns, here, inner, found, skipped)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            key = name or f"{namespace}:{here}"
            yield Route(key, name, here, found, entry.callback)


def project_routes() -> list[Route]:
    skipped: list[str] = []
    routes = list(_walk(get_resolver().url_patterns, "", "", (), skipped))
    if sorted(skipped) != sorted(THIRD_PARTY):
        raise AssertionError(f"THIRD_PARTY lists {sorted(THIRD_PARTY)}; the walk met {skipped}")
    keys = [route.key for route in routes]
    if twice := sorted({key for key in keys if keys.count(key) > 1}):
        raise AssertionError(f"Two routes share a name: {twice}")
    return routes


ROUTES = project_routes()
WITH_ARGS = {route.key: route for route in ROUTES if route.args}
WITHOUT_ARGS = {route.key: route for route in ROUTES if not route.args}
