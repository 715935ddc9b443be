"""Long lists come a page at a time (Django's Paginator): an inbox of thousands of emails
is a page of them, not megabytes of HTML. Templates show the links with core/_pager.html."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from django.core.paginator import Page, Paginator
from django.http import HttpRequest

PER_PAGE = 50


class NumberedPage(Page):  # type: ignore[type-arg]
    def numbers(self) -> Iterator[int | str]:
        """The page numbers to link to, with an ellipsis for long runs: 1 … 4 5 6 … 200."""
        return self.paginator.get_elided_page_range(self.number, on_each_side=2, on_ends=1)


class NumberedPaginator(Paginator):  # type: ignore[type-arg]
    def _get_page(self, *args: Any, **kwargs: Any) -> NumberedPage:
        return NumberedPage(*args, **kwargs)


def page_of(request: HttpRequest, items: Any, per_page: int = PER_PAGE) -> NumberedPage:
    """The page of `items` that ?page= asks for; a page that isn't a number or is past the
    end gives the first or the last page, never an error."""
    return cast(NumberedPage, NumberedPaginator(items, per_page).get_page(request.GET.get("page")))
