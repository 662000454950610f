"""Helpers for the end-to-end tests: a sub-path web server, the Chromium launch and a request guard.

The site is served the way GitHub Pages serves a project site: everything lives under
`/<prefix>/` and any other path is a 404, so a link that escapes the sub-path fails loudly.
"""
from __future__ import annotations

import functools
import http.server
import os
import posixpath
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SKIP_ENV = "BRIEFING_SKIP_BROWSER"


# --- the server ----------------------------------------------------------------------------

class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves `site_dir` at `/<prefix>/` and answers 404 for every other path."""

    prefix = "/briefing/"

    def __init__(self, *args, site_dir: str, **kwargs):  # type: ignore[no-untyped-def]
        self.site_dir = site_dir
        super().__init__(*args, directory=site_dir, **kwargs)

    def send_head(self):  # type: ignore[no-untyped-def]
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(self.prefix):
            self.send_error(404, f"outside {self.prefix}")
            return None
        return super().send_head()

    def translate_path(self, path: str) -> str:
        path = unquote(urlsplit(path).path)
        rest = path[len(self.prefix):] if path.startswith(self.prefix) else ""
        parts = [p for p in posixpath.normpath("/" + rest).split("/") if p not in ("", ".", "..")]
        return os.path.join(self.site_dir, *parts) + ("/" if path.endswith("/") else "")

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


@dataclass
class SiteServer:
    """A threaded HTTP server on a free port of 127.0.0.1, serving `site_dir` under `prefix`."""

    site_dir: Path
    prefix: str = "/briefing/"
    _httpd: http.server.ThreadingHTTPServer | None = field(default=None, init=False, repr=False)
    _thread: threading.Thread | None = field(default=None, init=False, repr=False)

    def start(self) -> SiteServer:
        handler = type("Handler", (_SubPathHandler,), {"prefix": self.prefix})
        factory = functools.partial(handler, site_dir=str(self.site_dir))
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), factory)  # port 0: the OS picks a free one
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="e2e-site-server", daemon=True)
        self._thread.start()
        return self

    @property
    def host(self) -> str:
        assert self._httpd is not None, "server not started"
        return f"127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def base_url(self) -> str:
        return f"http://{self.host}{self.prefix}"

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


# --- the browser ---------------------------------------------------------------------------

def chromium_path() -> Path:
    """Debian's Chromium; the tests never download a browser."""
    if not CHROMIUM.is_file() and shutil.which("chromium") is None:
        raise RuntimeError(
            f"Chromium is missing ({CHROMIUM} not found): run `bash tests/setup_browser.sh` "
            f"(it installs Debian's 'chromium' package), or set {SKIP_ENV}=1 to skip the browser tests."
        )
    return CHROMIUM if CHROMIUM.is_file() else Path(shutil.which("chromium") or "")


def launch_chromium(playwright):  # type: ignore[no-untyped-def]
    return playwright.chromium.launch(executable_path=str(chromium_path()), args=CHROMIUM_ARGS, headless=True)


# --- the guard -----------------------------------------------------------------------------

@dataclass
class Guard:
    """Records what must not happen on a page: console errors, uncaught exceptions,
    failed requests, HTTP errors, and any request to a host other than the test server
    (those are aborted, so the site is tested as it would behave offline)."""

    local_host: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    http_errors: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)

    def attach(self, context) -> None:  # type: ignore[no-untyped-def]
        """Route and listen on a browser context, so pages and workers are all covered."""
        context.route("**/*", self._route)
        context.on("page", self.watch_page)
        context.on("requestfailed", self._request_failed)
        context.on("response", self._response)

    def watch_page(self, page) -> None:  # type: ignore[no-untyped-def]
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.page_errors.append(f"{page.url}: {exc}"))

    def _route(self, route) -> None:  # type: ignore[no-untyped-def]
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about") or (parts.scheme in ("http", "https") and parts.netloc == self.local_host):
            route.continue_()
            return
        self.external.append(url)
        route.abort("blockedbyclient")

    def _console(self, message) -> None:  # type: ignore[no-untyped-def]
        if message.type == "error":
            where = message.location.get("url", "") if message.location else ""
            self.console_errors.append(f"{message.text} ({where})")

    def _request_failed(self, request) -> None:  # type: ignore[no-untyped-def]
        if request.url in self.external:
            return  # already recorded, as a request that left the machine
        if request.failure == "net::ERR_ABORTED":
            return  # cancelled by the browser, e.g. a favicon still loading when a click navigates away
        self.failed.append(f"{request.url}: {request.failure}")

    def _response(self, response) -> None:  # type: ignore[no-untyped-def]
        if response.status >= 400:
            self.http_errors.append(f"{response.status} {response.url}")

    def problems(self) -> list[str]:
        return (
            [f"console error: {m}" for m in self.console_errors]
            + [f"uncaught exception: {m}" for m in self.page_errors]
            + [f"failed request: {m}" for m in self.failed]
            + [f"HTTP error: {m}" for m in self.http_errors]
            + [f"request to another host (blocked): {m}" for m in self.external]
        )

    def assert_clean(self) -> None:
        problems = self.problems()
        assert not problems, "the pages visited had problems:\n  " + "\n  ".join(problems)
