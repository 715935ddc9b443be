"""A local stand-in for the job boards: a threaded HTTP server on 127.0.0.1 that
answers in each vendor's documented format (the same paths and JSON shapes as
the real APIs), with ETags, paging, and whatever misbehaviour a test asks for.

Used by the tests and by bench/watch.py; nothing here reaches the internet.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

Answer = tuple[int, dict[str, str], bytes]
Route = Callable[[dict[str, list[str]], dict[str, str]], Answer]


@dataclass
class Job:
    """One posting, in vendor-neutral terms; each vendor below renders it its own way."""

    id: str
    title: str
    location: str = "London"
    remote: bool = False
    department: str = "Data"
    published: str = "2026-03-02T09:00:00Z"


def _json(data: Any) -> bytes:
    return json.dumps(data).encode()


# --- each vendor's documented shape ------------------------------------------------


def greenhouse_jobs(token: str, jobs: list[Job]) -> bytes:
    return _json(
        {
            "jobs": [
                {
                    "id": int(job.id) if job.id.isdigit() else job.id,
                    "internal_job_id": 900000 + i,
                    "title": job.title,
                    "updated_at": job.published.replace("Z", "-04:00"),
                    "requisition_id": f"REQ-{i}",
                    "location": {"name": "Remote" if job.remote else job.location},
                    "absolute_url": f"https://job-boards.greenhouse.io/{token}/jobs/{job.id}",
                    "metadata": None,
                    "data_compliance": [{"type": "gdpr", "requires_consent": False}],
                    "first_published": job.published,
                    "company_name": token.title(),
                }
                for i, job in enumerate(jobs)
            ],
            "meta": {"total": len(jobs)},
        }
    )


def lever_postings(site: str, jobs: list[Job]) -> list[dict[str, Any]]:
    return [
        {
            "id": job.id,
            "text": job.title,
            "categories": {
                "commitment": "Full-time",
                "department": job.department,
                "location": job.location,
                "team": job.department,
                "allLocations": [job.location],
            },
            "country": "GB",
            "createdAt": 1772442000000,
            "workplaceType": "remote" if job.remote else "on-site",
            "hostedUrl": f"https://jobs.lever.co/{site}/{job.id}",
            "applyUrl": f"https://jobs.lever.co/{site}/{job.id}/apply",
            "description": "<div>About the role</div>",
            "descriptionPlain": "About the role",
            "lists": [{"text": "Requirements", "content": "<li>SQL</li>"}],
            "additional": "",
            "additionalPlain": "",
        }
        for job in jobs
    ]


def ashby_board(board: str, jobs: list[Job]) -> bytes:
    return _json(
        {
            "apiVersion": "1",
            "jobs": [
                {
                    "id": job.id,
                    "title": job.title,
                    "department": job.department,
                    "team": job.department,
                    "employmentType": "FullTime",
                    "location": job.location,
                    "secondaryLocations": [],
                    "publishedAt": job.published.replace("Z", "+00:00"),
                    "isListed": True,
                    "isRemote": job.remote,
                    "workplaceType": "Remote" if job.remote else "OnSite",
                    "address": {"postalAddress": {"addressLocality": job.location}},
                    "jobUrl": f"https://jobs.ashbyhq.com/{board}/{job.id}",
                    "applyUrl": f"https://jobs.ashbyhq.com/{board}/{job.id}/application",
                    "descriptionHtml": "<p>About the role</p>",
                    "descriptionPlain": "About the role",
                }
                for job in jobs
            ],
        }
    )


def smartrecruiters_posting(company: str, job: Job) -> dict[str, Any]:
    return {
        "id": job.id,
        "name": job.title,
        "uuid": f"uuid-{job.id}",
        "refNumber": f"REF{job.id}",
        "company": {"identifier": company, "name": company.title()},
        "releasedDate": job.published.replace("Z", ".000Z"),
        "location": {
            "city": job.location,
            "region": "England",
            "country": "gb",
            "remote": job.remote,
        },
        "industry": {"id": "it", "label": "Information Technology"},
        "department": {"id": "1", "label": job.department},
        "function": {"id": "analytics", "label": "Analytics"},
        "typeOfEmployment": {"id": "permanent", "label": "Full-time"},
        "experienceLevel": {"id": "mid_senior_level", "label": "Mid-Senior Level"},
        "customField": [],
        "visibility": "PUBLIC",
        "ref": f"https://api.smartrecruiters.com/v1/companies/{company}/postings/{job.id}",
        "creator": {"name": "Recruiting"},
        "language": {"code": "en", "label": "English"},
    }


def workable_account(account: str, jobs: list[Job]) -> bytes:
    return _json(
        {
            "name": account.title(),
            "description": None,
            "jobs": [
                {
                    "title": job.title,
                    "shortcode": job.id,
                    "code": "",
                    "employment_type": "Full-time",
                    "telecommuting": job.remote,
                    "department": job.department,
                    "url": f"https://apply.workable.com/j/{job.id}",
                    "shortlink": f"https://apply.workable.com/j/{job.id}",
                    "application_url": f"https://apply.workable.com/j/{job.id}/apply",
                    "published_on": job.published[:10],
                    "created_at": job.published[:10],
                    "country": "United Kingdom",
                    "city": job.location,
                    "state": "England",
                    "education": "",
                    "experience": "Mid-Senior level",
                    "function": "",
                    "industry": "",
                    "locations": [
                        {
                            "country": "United Kingdom",
                            "countryCode": "GB",
                            "city": job.location,
                            "region": "England",
                            "hidden": False,
                        }
                    ],
                }
                for job in jobs
            ],
        }
    )


def rss_feed(jobs: list[Job]) -> bytes:
    items = "".join(
        f"<item><title>{job.title}</title><link>https://example.org/jobs/{job.id}</link>"
        f"<guid isPermaLink='false'>{job.id}</guid>"
        f"<pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate><category>{job.department}</category>"
        "</item>"
        for job in jobs
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
        f"<title>Acme careers</title><link>https://example.org/jobs</link>{items}"
        "</channel></rss>"
    ).encode()


def atom_feed(jobs: list[Job]) -> bytes:
    entries = "".join(
        f"<entry><title>{job.title}</title><id>urn:job:{job.id}</id>"
        f"<link rel='alternate' href='https://example.org/jobs/{job.id}'/>"
        f"<updated>{job.published}</updated></entry>"
        for job in jobs
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>Acme jobs</title><id>urn:acme</id><updated>2026-03-02T09:00:00Z</updated>{entries}"
        "</feed>"
    ).encode()


# --- careers pages: the company's own site, with the board somewhere behind it --------


def careers_page(body: str, head: str = "", company: str = "Northwind Labs") -> bytes:
    """An ordinary careers page: a header, some words about the company, then `body`."""
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Careers · {company}</title>"
        "<link rel='alternate' type='application/rss+xml' title='Our blog' href='/blog/feed'>"
        f"{head}</head><body><header><a href='/'>{company}</a> <a href='/about'>About</a>"
        "</header><main><h1>Work with us</h1><p>We build calm software for busy teams.</p>"
        f"{body}</main><footer><a href='https://www.linkedin.com/company/x'>LinkedIn</a>"
        "</footer></body></html>"
    ).encode()


def greenhouse_embed(token: str) -> str:
    """Greenhouse's embed code, as their help pages give it."""
    return (
        "<div id='grnhse_app'></div><script src='https://boards.greenhouse.io/embed/job_board/"
        f"js?for={token}'></script>"
    )


def lever_link(site: str) -> str:
    return f"<p><a href='https://jobs.lever.co/{site}'>See all open roles</a></p>"


def ashby_embed(board: str) -> str:
    return f"<div id='ashby_embed'></div><script src='https://jobs.ashbyhq.com/{board}/embed?version=2'></script>"


def feed_link(href: str, title: str = "Open positions") -> str:
    """A <link rel=alternate> for the <head>, the way sites announce their feeds."""
    return f"<link rel='alternate' type='application/rss+xml' title='{title}' href='{href}'>"


# --- the server --------------------------------------------------------------------


def _first(query: dict[str, list[str]], name: str, default: int) -> int:
    try:
        return int(query.get(name, [str(default)])[0])
    except ValueError:
        return default


@dataclass
class FakeBoards:
    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    conditional_hits: Counter[str] = field(default_factory=Counter)
    in_flight: int = 0
    most_in_flight: int = 0
    host: str = "127.0.0.1"
    delay: float = 0.0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # serving

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://{self.host}:{self._server.server_address[1]}"

    def start(self) -> FakeBoards:
        boards = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                boards._serve(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer((self.host, 0), Handler)
        self._server.daemon_threads = True
        self._server.request_queue_size = 256
        threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        headers = {k.lower(): v for k, v in handler.headers.items()}
        with self._lock:
            self.hits[parts.path] += 1
            if "if-none-match" in headers or "if-modified-since" in headers:
                self.conditional_hits[parts.path] += 1
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if self.delay:
                time.sleep(self.delay)
            route = self.routes.get(parts.path)
            extra: dict[str, str]
            if route is None:
                status, extra, body = 404, {}, b'{"error": "not found"}'
            else:
                status, extra, body = route(parse_qs(parts.query), headers)
        finally:
            with self._lock:
                self.in_flight -= 1
        try:
            handler.send_response(status)
            handler.send_header("Content-Length", str(len(body)))
            for name, value in extra.items():
                handler.send_header(name, value)
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # answers

    @staticmethod
    def answer(body: bytes, headers: dict[str, str], etag: bool, content_type: str) -> Answer:
        out = {"Content-Type": content_type}
        if etag:
            tag = f'"{hashlib.sha1(body).hexdigest()[:16]}"'
            out["ETag"] = tag
            if headers.get("if-none-match") == tag:
                return 304, {"ETag": tag}, b""
        return 200, out, body

    def static(self, path: str, body: bytes, *, etag: bool = True, xml: bool = False) -> None:
        kind = "application/rss+xml" if xml else "application/json"
        self.routes[path] = lambda query, headers: self.answer(body, headers, etag, kind)

    def status(self, path: str, code: int, headers: dict[str, str] | None = None) -> None:
        self.routes[path] = lambda query, h: (code, dict(headers or {}), b'{"error": "nope"}')

    def raw(self, path: str, route: Route) -> None:
        self.routes[path] = route

    # vendors

    def greenhouse(self, token: str, jobs: list[Job], *, etag: bool = True) -> str:
        self.static(f"/v1/boards/{token}/jobs", greenhouse_jobs(token, jobs), etag=etag)
        return f"https://boards.greenhouse.io/{token}"

    def ashby(self, board: str, jobs: list[Job]) -> str:
        self.static(f"/posting-api/job-board/{board}", ashby_board(board, jobs))
        return f"https://jobs.ashbyhq.com/{board}"

    def workable(self, account: str, jobs: list[Job]) -> str:
        self.static(f"/api/v1/widget/accounts/{account}", workable_account(account, jobs))
        return f"https://apply.workable.com/{account}/"

    def lever(self, site: str, jobs: list[Job], *, etag: bool = True) -> str:
        postings = lever_postings(site, jobs)

        def route(query: dict[str, list[str]], headers: dict[str, str]) -> Answer:
            skip, limit = _first(query, "skip", 0), _first(query, "limit", 100)
            body = _json(postings[skip : skip + limit])
            return self.answer(body, headers, etag and skip == 0, "application/json")

        self.routes[f"/v0/postings/{site}"] = route
        return f"https://jobs.lever.co/{site}"

    def smartrecruiters(self, company: str, jobs: list[Job]) -> str:
        postings = [smartrecruiters_posting(company, job) for job in jobs]

        def route(query: dict[str, list[str]], headers: dict[str, str]) -> Answer:
            offset, limit = _first(query, "offset", 0), _first(query, "limit", 100)
            body = _json(
                {
                    "offset": offset,
                    "limit": limit,
                    "totalFound": len(postings),
                    "content": postings[offset : offset + limit],
                }
            )
            return self.answer(body, headers, offset == 0, "application/json")

        self.routes[f"/v1/companies/{company}/postings"] = route
        return f"https://careers.smartrecruiters.com/{company}"

    def feed(self, path: str, body: bytes) -> str:
        self.static(path, body, xml=True)
        return f"{self.url}{path}"

    def page(self, path: str, body: bytes) -> str:
        """An HTML page (a careers page) at `path`; its full address."""
        self.routes[path] = lambda query, headers: (
            200,
            {"Content-Type": "text/html; charset=utf-8"},
            body,
        )
        return f"{self.url}{path}"

    def moved(self, path: str, to: str) -> str:
        """A permanent redirect from `path` to `to`; the old address."""
        self.status(path, 301, {"Location": to})
        return f"{self.url}{path}"


def vendor_settings(url: str) -> dict[str, str]:
    """Point every vendor's API base at the fake server."""
    return {
        "ONWARD_GREENHOUSE_API": url,
        "ONWARD_LEVER_API": url,
        "ONWARD_ASHBY_API": url,
        "ONWARD_SMARTRECRUITERS_API": url,
        "ONWARD_WORKABLE_API": url,
    }
