"""SmartRecruiters Posting API: GET {api}/v1/companies/{company}/postings?offset=N&limit=M.

Answers {"offset", "limit", "totalFound", "content": [{"id", "name",
"releasedDate", "location": {"city", "region", "country", "remote",
"fullLocation"}, "department": {"label"}, "company": {"name"}, ...}]}.
Pages with offset/limit until totalFound is reached.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from .base import Found, Page, Source, items, join_place, load_json, mapping, text, when

PAGE_SIZE = 100


class SmartRecruiters(Source):
    vendor = "smartrecruiters"
    label = "SmartRecruiters"
    setting = "ONWARD_SMARTRECRUITERS_API"
    default_api = "https://api.smartrecruiters.com"
    careers_hosts = ("careers.smartrecruiters.com", "jobs.smartrecruiters.com")
    careers_base = "https://careers.smartrecruiters.com"

    def first_url(self, token: str) -> str:
        return self._page_url(token, 0)

    def _page_url(self, token: str, offset: int) -> str:
        query = urlencode({"offset": offset, "limit": PAGE_SIZE})
        return f"{self.api_base()}/v1/companies/{quote(token)}/postings?{query}"

    def parse(self, token: str, body: bytes, url: str) -> Page:
        data = load_json(body)
        batch = items(data, "content")
        postings = []
        company = ""
        for job in batch:
            if not job.get("id") or not job.get("name"):
                continue
            location = mapping(job.get("location"))
            place = text(location.get("fullLocation")) or join_place(
                location.get("city"),
                location.get("region"),
                str(location.get("country") or "").upper(),
            )
            department = mapping(job.get("department"))
            if isinstance(job.get("company"), dict):
                company = company or text(job["company"].get("name"))
            postings.append(
                Found(
                    vendor_id=str(job["id"]),
                    title=text(job["name"]),
                    url=f"https://jobs.smartrecruiters.com/{quote(token)}/{quote(str(job['id']))}",
                    location=place,
                    remote=bool(location.get("remote")),
                    posted_at=when(job.get("releasedDate")),
                    department=text(department.get("label"), 200),
                )
            )
        offset = _int(data.get("offset"))
        total = _int(data.get("totalFound"))
        next_url = None
        if batch and offset + len(batch) < total:
            next_url = self._page_url(token, offset + len(batch))
        return Page(postings, next_url, company)


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload, no-any-return]
    except (TypeError, ValueError):
        return 0
