"""What a briefing page lets the browser run: only the theme's own scripts.

Articles, their metadata and the codebook are untrusted text. The templates escape it, and
this module closes the two ways a browser could still turn it into code:

- Material's `content.tooltips` feature copies a `title` attribute (and the text of any
  truncated heading or nav entry) into a tooltip with `innerHTML`: an article title holding
  `<img src=x onerror=...>`, escaped once in the page, is parsed as HTML on hover. Nothing
  in the briefing needs the styled tooltips (every title shows as the browser's own plain
  text tooltip), so the feature is turned off for every build.
- A Content-Security-Policy on every page allows scripts only from the site's own files and
  the theme's inline scripts, each by the sha256 of its text; no event handler attribute,
  `javascript:` URL or other origin runs, whatever reached the page. An inline script is the
  theme's only if its text is one of the inline scripts of Material's templates (with the
  values they fill in), so a `<script>` that a name or a title carried into the page's head
  is not allowed either.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.plugins.briefing")

TOOLTIPS = "content.tooltips"
# The end of an inline script is the first `</script` (the HTML parser's rule too).
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_SCRIPT_START = re.compile(r"<script\b", re.I)
_JAVASCRIPT_TYPE = re.compile(r"""\btype\s*=\s*["']?(?!(?:text/javascript|application/javascript|module)\b)""", re.I)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.I)
_HEAD = re.compile(r"<head\b[^>]*>", re.I)
# What a template fills into one of its scripts (`{{ base_url }}`, inside a string literal).
_EXPRESSION = re.compile(r"\{\{.*?\}\}", re.S)
_FILLED = r"""[^"'`\\<>\n]*"""  # a value that cannot end its string, nor the script
_POLICY_TAG = re.compile(rb'\n?<meta http-equiv="Content-Security-Policy" content="[^"]*">')
# data: images are the theme's icons in its CSS; the search index is fetched by a worker.
# Pagefind's search compiles its WebAssembly from the site's own files: 'wasm-unsafe-eval'
# allows that compilation only (no eval of JavaScript), and only on sites that use it.
_POLICY = (
    "default-src 'none'",
    "script-src 'self'{wasm}{hashes}",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
)


def turn_off_html_tooltips(config: Any) -> None:
    """Drop Material's `content.tooltips` from the theme features (see the module's notes)."""
    features = config.theme.get("features") or []
    if TOOLTIPS in features:
        config.theme["features"] = [feature for feature in features if feature != TOOLTIPS]
        log.info(
            f"briefing: the theme feature {TOOLTIPS} is off: it shows titles, which hold article "
            "text, as HTML; titles show as plain-text tooltips"
        )


def allow_live_reload(server: Any) -> None:
    """`mkdocs serve` adds an inline script of its own (with a fresh timestamp) to each page it
    serves, which the policy would refuse: its server drops the policy from what it serves,
    as it adds the script. The files on disk keep it."""
    inject = getattr(server, "_inject_js_into_html", None)
    if inject is None:  # another MkDocs: it may not inject anything
        return

    def without_policy(content: bytes, epoch: int) -> bytes:
        injected: bytes = inject(_POLICY_TAG.sub(b"", content, count=1), epoch)
        return injected

    server._inject_js_into_html = without_policy


def with_content_security_policy(html: str, content: str = "", wasm: bool = False) -> str:
    """`html` with a CSP meta tag first in its head (a policy covers only what follows it).
    The inline scripts allowed are the theme's (`_theme_scripts`) outside `content` (the
    page's body, where untrusted text is): a script there would not be the theme's."""
    if not _HEAD.search(html):
        return html
    theme = _theme_scripts()
    hashes = sorted(
        {
            _sha256(body)
            for attributes, body in _not_in(content, _SCRIPT.finditer(html))
            if "src=" not in attributes.lower() and not _JAVASCRIPT_TYPE.search(attributes) and theme.fullmatch(body)
        }
    )
    policy = "; ".join(_POLICY).format(
        wasm=" 'wasm-unsafe-eval'" if wasm else "", hashes="".join(f" '{h}'" for h in hashes)
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    assert anchor is not None
    return f"{html[: anchor.end()]}\n{meta}{html[anchor.end() :]}"


def _not_in(content: str, scripts: Any) -> list[tuple[str, str]]:
    """The scripts not inside `content`; a body without a script tag (any generated page's)
    spares looking for each script in it."""
    if not _SCRIPT_START.search(content):
        return [(m.group(1), m.group(2)) for m in scripts]
    return [(m.group(1), m.group(2)) for m in scripts if m.group(0) not in content]


@cache
def _theme_scripts() -> re.Pattern[str]:
    """The inline scripts of Material's templates, as one pattern: each script's text as its
    template writes it, with every `{{ … }}` it fills in (a base URL, inside a string) standing
    for a value that cannot leave that string."""
    templates = Path(str(resources.files("material") / "templates"))
    scripts = {
        match.group(2)
        for template in html_templates(templates)
        for match in _SCRIPT.finditer(template.read_text(encoding="utf-8"))
        if not match.group(1).strip()
    }
    return re.compile("|".join(_FILLED.join(map(re.escape, _EXPRESSION.split(script))) for script in sorted(scripts)))


def html_templates(folder: Path) -> Iterator[Path]:
    """Every `.html` file under `folder`, hidden folders left unvisited: Material keeps its icons
    in one (`.icons`, thousands of SVG files) and no template, and every build walks the theme."""
    for parent, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        yield from (Path(parent, name) for name in sorted(files) if name.endswith(".html"))


def _sha256(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
