"""Screenshots of the main pages at desktop and phone widths, from a running server.

Usage: python scripts/screenshots.py BASE_URL OUT_DIR [EMAIL PASSWORD]
Needs Playwright (Python) and Debian's Chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SIZES = {"desktop": (1280, 900), "phone": (375, 812)}


def pages(page: Page, base: str) -> list[tuple[str, str]]:
    """The main pages of the demo account, found by following its own links."""
    found = [("today", "/today/"), ("applications", "/applications/"), ("people", "/people/")]
    page.goto(base + "/today/")
    page.goto(base + "/applications/")
    links = page.eval_on_selector_all(
        "a[href^='/applications/']", "els => els.map(e => e.getAttribute('href'))"
    )
    apps = [href for href in links if re.fullmatch(r"/applications/\d+/", href)]
    if apps:
        found.append(("application", apps[-1]))
        page.goto(base + apps[-1])
        plan = page.query_selector("a[href^='/plans/']")
        if plan:
            href = plan.get_attribute("href") or ""
            found.append(("plan", href))
            page.goto(base + href)
            write = page.query_selector("a:has-text('Write the note')")
            if write:
                write.click()
                found.append(("note", page.url.replace(base, "")))
    if apps:
        found.append(("interview-form", apps[0] + "interviews/new/"))
        found.append(("rejection-form", apps[0] + "rejection/"))
    found.append(("checkin", "/checkin/"))
    for name in ["inbox", "reflect", "reflect/patterns", "reflect/strengths", "watch", "insights"]:
        found.append((name.replace("/", "-"), f"/{name}/"))
    found.append(("new-application", "/applications/new/"))
    return found


def main() -> None:
    base, out = sys.argv[1].rstrip("/"), Path(sys.argv[2])
    email = sys.argv[3] if len(sys.argv) > 3 else "demo@onward.local"
    password = sys.argv[4] if len(sys.argv) > 4 else "onward-demo"
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for size, (width, height) in SIZES.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            page = context.new_page()
            page.goto(base + "/")
            page.screenshot(path=str(out / f"landing-{size}.png"), full_page=True)
            page.goto(base + "/accounts/login/")
            page.screenshot(path=str(out / f"login-{size}.png"), full_page=True)
            page.fill("input[name=login]", email)
            page.fill("input[name=password]", password)
            page.click("button[type=submit]")
            for name, path in pages(page, base):
                page.goto(base + path)
                page.screenshot(path=str(out / f"{name}-{size}.png"), full_page=True)
            context.close()
        browser.close()
    print(f"Screenshots in {out}")


if __name__ == "__main__":
    main()
