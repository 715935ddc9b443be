"""Workable's public account widget: GET {api}/api/v1/widget/accounts/{account}.

Answers {"name", "description", "jobs": [{"title", "shortcode", "url",
"shortlink", "city", "state", "country", "telecommuting", "department",
"published_on", "created_at", "locations": [...]}]}, the whole account at once.
"""

from __future__ import annotations

from urllib.parse import SplitResult, quote

from .base import Found, Page, Source, items, join_place, load_json, text, valid_token, when


class Workable(Source):
    vendor = "workable"
    label = "Workable"
    setting = "ONWARD_WORKABLE_API"
    default_api = "https://apply.workable.com"
    careers_hosts = ("apply.workable.com",)
    careers_base = "https://apply.workable.com"

    def recognise(self, url: SplitResult) -> str | None:
        host = url.hostname or ""
        # The older careers pages live on the account's own subdomain: acme.workable.com
        if host.endswith(".workable.com") and host.count(".") == 2:
            account = host.split(".")[0]
            if account not in {"apply", "www", "jobs", "help", "resources"}:
                return account if valid_token(account) else None
        segments = [s for s in url.path.split("/") if s]
        if host in self.careers_hosts and segments[:4] == ["api", "v1", "widget", "accounts"]:
            # The embedded widget asks its own API: /api/v1/widget/accounts/acme
            return segments[4] if len(segments) > 4 and valid_token(segments[4]) else None
        if host in self.careers_hosts and segments[:1] in (["j"], ["api"]):
            return None  # a single job's short link, or the API, names no account
        return super().recognise(url)

    def first_url(self, token: str) -> str:
        return f"{self.api_base()}/api/v1/widget/accounts/{quote(token)}"

    def parse(self, token: str, body: bytes, url: str) -> Page:
        data = load_json(body)
        postings = []
        for job in items(data, "jobs"):
            code = job.get("shortcode") or job.get("code")
            if not code or not job.get("title"):
                continue
            place = join_place(job.get("city"), job.get("state"), job.get("country"))
            if not place and isinstance(job.get("locations"), list) and job["locations"]:
                first = job["locations"][0] if isinstance(job["locations"][0], dict) else {}
                place = join_place(first.get("city"), first.get("region"), first.get("country"))
            postings.append(
                Found(
                    vendor_id=str(code),
                    title=text(job["title"]),
                    url=text(job.get("url") or job.get("shortlink"), 1000)
                    or f"{self.careers_url(token)}/j/{code}",
                    location=place,
                    remote=bool(job.get("telecommuting")),
                    posted_at=when(job.get("published_on") or job.get("created_at")),
                    department=text(job.get("department"), 200),
                )
            )
        return Page(postings, company=text(data.get("name")))
