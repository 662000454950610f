"""`briefing add URL`: fetch one web page, with limits, for the importer to read as a saved page.

httpx does the HTTP: connect and read timeouts, redirects followed (at most MAX_REDIRECTS, each
one recorded), and the body read in chunks so a page over the size limit, or one that trickles
in forever, is cut off. Only an HTML answer with a 2xx status is imported; the final address
and the day it was fetched go into the front matter.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from build_site.importer import MAX_BYTES
from build_site.importer_model import SourceError

CONNECT_TIMEOUT = 10.0  # seconds
READ_TIMEOUT = 20.0  # seconds without a byte from the server
TOTAL_TIMEOUT = 60.0  # seconds for the whole page, however it trickles in
MAX_REDIRECTS = 10
HTML_TYPES = {"text/html", "application/xhtml+xml"}
USER_AGENT = "briefing-builder (article import; one page at a user's request)"


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page: where it ended up, its bytes (UTF-8, or as the page declares), how it got there."""

    url: str
    body: bytes
    redirects: list[str]
    retrieved: dt.date


def fetch_page(url: str) -> Page:
    """GET the page; SourceError in one line for a timeout, a loop, an error status or a non-HTML answer."""
    timeout = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=timeout,
                headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"},
                event_hooks={"response": [_refuse_other_schemes]},
            ) as client,
            client.stream("GET", url) as response,
        ):
            redirects = [
                f"{step.url} -> {step.headers.get('location', '?')} ({step.status_code})" for step in response.history
            ]
            _check_answer(response)
            body = _read_body(response)
            final = str(response.url)
            charset = response.charset_encoding
    except httpx.TooManyRedirects:
        raise SourceError(f"redirects more than {MAX_REDIRECTS} times (a redirect loop?)") from None
    except httpx.ConnectTimeout:
        raise SourceError(
            f"did not answer in time: no connection within {CONNECT_TIMEOUT:g} s (connect timeout)"
        ) from None
    except httpx.TimeoutException:
        raise SourceError(
            f"did not answer in time: connected, then nothing for {READ_TIMEOUT:g} s (read timeout)"
        ) from None
    except httpx.ConnectError as exc:
        why = "the connection was refused" if "refused" in str(exc).lower() else "the connection failed"
        raise SourceError(f"cannot be reached ({why})") from None
    except httpx.HTTPError as exc:
        raise SourceError(f"cannot be fetched ({type(exc).__name__}: {exc})") from None
    return Page(final, _as_utf8(body, charset), redirects, dt.datetime.now(dt.UTC).date())


def _refuse_other_schemes(response: httpx.Response) -> None:
    """A redirect may only lead to another web page: httpx cannot follow a `javascript:`, `data:` or
    `ftp:` address, and would stop the whole batch with an error of its own."""
    location = response.headers.get("location")
    if response.is_redirect and location is not None:
        target = urljoin(str(response.url), location)
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            raise SourceError(f"redirects to an address that is not http(s): {target}")


def _check_answer(response: httpx.Response) -> None:
    """Only a 2xx HTML answer of a size within the limit is an article page."""
    if response.status_code >= 400:
        raise SourceError(f"answered {response.status_code} {response.reason_phrase}; nothing was imported")
    if not 200 <= response.status_code < 300:
        raise SourceError(f"answered {response.status_code} {response.reason_phrase}, not a page")
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in HTML_TYPES:
        raise SourceError(f"answered with {kind or 'no content type'}, not an HTML page")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise SourceError(f"is {int(declared) / 1e6:.1f} MB; pages over {MAX_BYTES // 1_000_000} MB are refused")


def _read_body(response: httpx.Response) -> bytes:
    """The body, cut off past MAX_BYTES or TOTAL_TIMEOUT."""
    started = time.monotonic()
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > MAX_BYTES:
            raise SourceError(f"sent more than {MAX_BYTES // 1_000_000} MB; pages that large are refused")
        if time.monotonic() - started > TOTAL_TIMEOUT:
            raise SourceError(f"took more than {TOTAL_TIMEOUT:g} s to send the page")
    return bytes(body)


def _as_utf8(body: bytes, charset: str | None) -> bytes:
    """The body as UTF-8 when the answer names another charset; else as sent (the page may declare one)."""
    if not charset or charset.lower().replace("_", "-") in ("utf-8", "utf8"):
        return body
    try:
        return body.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return body
