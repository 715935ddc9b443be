"""Lever Postings API: GET {api}/v0/postings/{site}?mode=json&skip=N&limit=M.

Answers a JSON list of postings: {"id", "text", "hostedUrl", "categories":
{"location", "team", "department", "commitment"}, "workplaceType", "createdAt"
(milliseconds)}. Pages with skip/limit: a full page means there may be more.
"""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlencode, urlsplit

from .base import Found, Page, Source, items, load_json, looks_remote, mapping, text, when

PAGE_SIZE = 100


class Lever(Source):
    vendor = "lever"
    label = "Lever"
    setting = "ONWARD_LEVER_API"
    default_api = "https://api.lever.co"
    careers_hosts = ("jobs.lever.co",)
    careers_base = "https://jobs.lever.co"

    def first_url(self, token: str) -> str:
        return self._page_url(token, 0)

    def _page_url(self, token: str, skip: int) -> str:
        query = urlencode({"mode": "json", "skip": skip, "limit": PAGE_SIZE})
        return f"{self.api_base()}/v0/postings/{quote(token)}?{query}"

    def parse(self, token: str, body: bytes, url: str) -> Page:
        postings = []
        batch = items(load_json(body), None)
        for job in batch:
            if not job.get("id") or not job.get("text"):
                continue
            categories = mapping(job.get("categories"))
            place = text(categories.get("location"))
            workplace = text(job.get("workplaceType"))
            postings.append(
                Found(
                    vendor_id=str(job["id"]),
                    title=text(job["text"]),
                    url=text(job.get("hostedUrl"), 1000)
                    or f"{self.careers_url(token)}/{job['id']}",
                    location=place,
                    remote=workplace == "remote" or looks_remote(place),
                    posted_at=when(job.get("createdAt")),
                    department=text(
                        categories.get("department") or categories.get("team"),
                        200,
                    ),
                )
            )
        next_url = None
        if len(batch) >= PAGE_SIZE:
            skip = int(parse_qs(urlsplit(url).query).get("skip", ["0"])[0] or 0)
            next_url = self._page_url(token, skip + len(batch))
        return Page(postings, next_url)
