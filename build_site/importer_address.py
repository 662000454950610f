"""A web address as the corpus records it: without the tracking parameters links carry.

`?utm_source=x`, `fbclid`, `gclid` and the like say where a click came from, not which page it is:
the same story shared twice must be the same address, so `add` refuses it as a duplicate rather
than as a file clash, and the front matter records the page's own address.

A site built on the writer's own machine states that machine's address as its own (`og:url`
"http://localhost:4000", a canonical "http://127.0.0.1:1313/news/"): a local build's address, which
no reader can open, is no page's address on the web (`local_address`).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import parse_qsl, urldefrag, urlencode, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
LOCAL_NAMES = ("localhost",)  # the host name every machine gives itself, and its ".localhost" subdomains
TRACKING_PREFIXES = ("utm_",)
TRACKING_NAMES = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid",
    "mc_eid", "_ga", "_gl", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "ocid", "cmpid",
})  # fmt: skip


def without_tracking(url: str) -> str:
    """The address with its tracking parameters removed, every other part as it was written."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(name, value) for name, value in pairs if not _is_tracking(name)]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))


def page_address(url: str) -> str:
    """The page an address names, for comparing two addresses: the scheme and host in lower case and a
    default port dropped (`HTTP://Example.org:80/a` is `http://example.org/a`, as RFC 3986 compares
    them), the tracking parameters and the `#fragment` (a place on the page) left out; the path and
    query keep their case, which a server may read."""
    parts = urlsplit(urldefrag(without_tracking(url)).url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:  # a port that is no number: the address as written
        return urlunsplit(parts._replace(scheme=scheme))
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = f"{userinfo}@{host}" if userinfo else host
    return urlunsplit(parts._replace(scheme=scheme, netloc=netloc))


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_NAMES or lowered.startswith(TRACKING_PREFIXES)


def local_address(url: str) -> bool:
    """Whether an address names the machine it was built on or its own network: `localhost` (or a
    name under it), a loopback, unspecified or private IP address ("127.0.0.1", "0.0.0.0",
    "192.168.1.5"), with any port and path."""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:  # an unclosed IPv6 bracket
        return False
    return bool(host) and local_host(str(host))


def local_host(host: str) -> bool:
    """Whether a host name (no port) is a local machine's or network's."""
    folded = host.casefold().rstrip(".")
    if folded in LOCAL_NAMES or folded.endswith(tuple(f".{name}" for name in LOCAL_NAMES)):
        return True
    try:
        address = ipaddress.ip_address(folded)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified or address.is_private or address.is_link_local
