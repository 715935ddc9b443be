"""Ashby public posting API: GET {api}/posting-api/job-board/{board}.

Answers {"apiVersion", "jobs": [{"id", "title", "jobUrl", "location", "isRemote",
"workplaceType", "department", "publishedAt", "isListed", ...}]}, the whole
board in one response (no paging). Unlisted jobs are skipped.
"""

from __future__ import annotations

from urllib.parse import quote

from .base import Found, Page, Source, items, load_json, looks_remote, text, when


class Ashby(Source):
    vendor = "ashby"
    label = "Ashby"
    setting = "ONWARD_ASHBY_API"
    default_api = "https://api.ashbyhq.com"
    careers_hosts = ("jobs.ashbyhq.com",)
    careers_base = "https://jobs.ashbyhq.com"

    def first_url(self, token: str) -> str:
        return f"{self.api_base()}/posting-api/job-board/{quote(token)}?includeCompensation=false"

    def parse(self, token: str, body: bytes, url: str) -> Page:
        postings = []
        for job in items(load_json(body), "jobs"):
            if not job.get("id") or not job.get("title") or job.get("isListed") is False:
                continue
            place = text(job.get("location"))
            postings.append(
                Found(
                    vendor_id=str(job["id"]),
                    title=text(job["title"]),
                    url=text(job.get("jobUrl"), 1000) or f"{self.careers_url(token)}/{job['id']}",
                    location=place,
                    remote=bool(job.get("isRemote"))
                    or text(job.get("workplaceType")).lower() == "remote"
                    or looks_remote(place),
                    posted_at=when(job.get("publishedAt")),
                    department=text(job.get("department") or job.get("team"), 200),
                )
            )
        return Page(postings)
