"""What a first visit costs: the bytes a fresh browser downloads for Onward's first pages.

    .venv/bin/python bench/first_page.py [--url http://127.0.0.1:8000] [--json]

Without --url it starts `onward serve` on a free port with a fresh data folder (as
`make run` would, so its start-up work is done first), then opens each page in a new
headless Chromium context (an empty cache) and adds up what came over the wire: the
encoded body and the headers of every response, fonts, stylesheet and scripts included.
Nothing leaves 127.0.0.1.

The 2026-11-30 review measured about 755 KB for a first page, 690 KB of it fonts.
Target: under 450 KB for each page. Exits 1 if a page misses it.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["/", "/accounts/signup/", "/accounts/login/"]
TARGET_BYTES = 450_000
CHROMIUM = os.environ.get("ONWARD_CHROMIUM", "/usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(data_dir: str) -> tuple[subprocess.Popen[bytes], str, float]:
    port = free_port()
    onward = str(Path(sys.executable).parent / "onward")
    env = {**os.environ, "ONWARD_DATA_DIR": data_dir, "DJANGO_SETTINGS_MODULE": "onward.settings"}
    started = time.monotonic()
    server = subprocess.Popen(
        [onward, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(url + "/health/", timeout=1)  # loopback only
            return server, url, time.monotonic() - started
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("onward serve did not start within a minute")


def measure(browser: Any, url: str) -> dict[str, Any]:
    context = browser.new_context()
    page = context.new_page()
    responses: list[Any] = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    # Web fonts load once text needs them: wait until they have.
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_load_state("networkidle")
    kinds: dict[str, int] = defaultdict(int)
    rows = []
    for response in responses:
        sizes = response.request.sizes()
        size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        kind = response.request.resource_type
        kinds[kind] += size
        encoding = response.headers.get("content-encoding", "")
        rows.append((response.url.removeprefix(url.split("/", 3)[0] + "//"), kind, size, encoding))
    context.close()
    return {"url": url, "total": sum(kinds.values()), "by_kind": dict(kinds), "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an Onward already running (default: start one)")
    parser.add_argument("--json", action="store_true", help="print one JSON line per page")
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    server = None
    with tempfile.TemporaryDirectory(prefix="onward-bench-") as data_dir:
        base = options.url
        if base is None:
            server, base, took = start_server(data_dir)
            print(f"onward serve answered after {took:.1f} s (fresh data folder)")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM,
                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                )
                results = [measure(browser, base.rstrip("/") + path) for path in PAGES]
                browser.close()
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=10)
    missed = False
    for result in results:
        if options.json:
            print(json.dumps({k: v for k, v in result.items() if k != "rows"}))
            continue
        count = len(result["rows"])
        print(f"\n{result['url']}: {result['total'] / 1000:.1f} KB in {count} responses")
        for address, kind, size, encoding in result["rows"]:
            print(f"  {size / 1000:8.1f} KB  {kind:<10} {encoding or '-':<5} {address}")
        by_kind = ", ".join(f"{k} {v / 1000:.1f} KB" for k, v in sorted(result["by_kind"].items()))
        print(f"  by kind: {by_kind}")
        missed = missed or result["total"] > TARGET_BYTES
    verdict = "missed" if missed else "met"
    print(f"\nTarget: every page under {TARGET_BYTES / 1000:.0f} KB: {verdict}")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
