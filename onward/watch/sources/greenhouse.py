"""Greenhouse Job Board API: GET {api}/v1/boards/{board_token}/jobs.

Answers {"jobs": [{"id", "title", "absolute_url", "location": {"name"},
"updated_at", "first_published", ...}], "meta": {"total"}} with the whole board
in one response (no paging).
"""

from __future__ import annotations

from urllib.parse import SplitResult, parse_qs, quote

from .base import Found, Page, Source, items, load_json, looks_remote, text, valid_token, when


class Greenhouse(Source):
    vendor = "greenhouse"
    label = "Greenhouse"
    setting = "ONWARD_GREENHOUSE_API"
    default_api = "https://boards-api.greenhouse.io"
    careers_hosts = (
        "boards.greenhouse.io",
        "job-boards.greenhouse.io",
        "boards.eu.greenhouse.io",
        "job-boards.eu.greenhouse.io",
    )
    careers_base = "https://job-boards.greenhouse.io"

    def recognise(self, url: SplitResult) -> str | None:
        if url.hostname in self.careers_hosts:
            # The embedded board names itself in the query: /embed/job_board?for=acme
            named = parse_qs(url.query).get("for", [""])[0]
            if named and valid_token(named):
                return named
            segments = [s for s in url.path.split("/") if s]
            if segments and segments[0] == "embed":
                return None
        if url.hostname == "boards-api.greenhouse.io":
            segments = [s for s in url.path.split("/") if s]
            if len(segments) >= 3 and segments[:2] == ["v1", "boards"]:
                return segments[2] if valid_token(segments[2]) else None
            return None
        return super().recognise(url)

    def first_url(self, token: str) -> str:
        return f"{self.api_base()}/v1/boards/{quote(token)}/jobs"

    def parse(self, token: str, body: bytes, url: str) -> Page:
        postings = []
        for job in items(load_json(body), "jobs"):
            if job.get("id") is None or not job.get("title"):
                continue
            location = job.get("location") or {}
            place = text(location.get("name") if isinstance(location, dict) else location)
            postings.append(
                Found(
                    vendor_id=str(job["id"]),
                    title=text(job["title"]),
                    url=text(job.get("absolute_url"), 1000) or self.careers_url(token),
                    location=place,
                    remote=looks_remote(place),
                    posted_at=when(job.get("first_published") or job.get("updated_at")),
                    department=_department(job),
                )
            )
        return Page(postings)


def _department(job: dict[str, object]) -> str:
    departments = job.get("departments")
    if isinstance(departments, list) and departments and isinstance(departments[0], dict):
        return text(departments[0].get("name"), 200)
    return ""
