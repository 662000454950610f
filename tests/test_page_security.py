"""The Content-Security-Policy tag: what it allows, where it goes, and the preview server.

The browser's side (the theme works under it, injected script does not run) is in
test_attack_browser.py.
"""
from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
from importlib import resources
from pathlib import Path

from build_site.page_security import html_templates, with_content_security_policy
from tests.attack_project import make_attack_project
from tests.test_serve import free_port, wait_for

PAGE = """<!doctype html><html><head>
<meta charset="utf-8">
<script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script>
<script id="__config" type="application/json">{"a": 1}</script>
</head><body><article>{content}</article><script src="x.js"></script></body></html>"""


def _sha(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def _policy(html: str) -> str:
    return html.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]


THEME_SCRIPT = PAGE.split("<script>", 1)[1].split("</script>", 1)[0]  # Material's, as its template writes it
SCOPE_VALUE = "{{ config.extra.scope | d(base_url) }}"  # what Material's first script fills in: the base URL


def test_the_theme_templates_are_found_without_its_hidden_folders(tmp_path: Path) -> None:
    """The templates whose scripts are allowed are every one a full walk of Material's finds; a
    hidden folder (its icons) is not entered."""
    material = Path(str(resources.files("material") / "templates"))
    assert sorted(html_templates(material)) == sorted(material.rglob("*.html"))
    for name in ("partials/nav.html", ".icons/x.html", "a/.hidden/y.html", "main.html", "icon.svg"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("<p>", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in html_templates(tmp_path)] == ["main.html", "partials/nav.html"]


def test_the_theme_scripts_are_allowed_by_hash_and_the_body_scripts_are_not() -> None:
    content = "<p>text</p><script>steal()</script>"
    html = with_content_security_policy(PAGE.replace("{content}", content), content)
    policy = _policy(html)
    assert _sha(THEME_SCRIPT) in policy
    assert _sha("steal()") not in policy and _sha('{"a": 1}') not in policy  # data is not run
    assert policy.count("'sha256-") == 1
    assert "'unsafe-inline'" not in policy and "http" not in policy
    # First in the head after the charset (a policy covers only what follows it).
    assert html.index("Content-Security-Policy") < html.index("<script")
    assert html.index('<meta charset="utf-8">') < html.index("Content-Security-Policy")


def test_only_the_theme_scripts_are_allowed_in_the_head() -> None:
    """A script that a name or a title carried into the head (`</title><script>`) is not the
    theme's; the theme's script that fills in the base URL is, at any depth, unless the value
    it fills in leaves its string."""
    template = (resources.files("material") / "templates" / "partials" / "javascripts" / "base.html").read_text("utf-8")
    written = template.split("<script>", 1)[1].split("</script>", 1)[0]
    assert written.count(SCOPE_VALUE) == 1

    def theme(base: str) -> str:
        return written.replace(SCOPE_VALUE, base)

    head = "".join(f"<script>{theme(base)}</script>" for base in (".", "../..", '"+steal()+"'))
    page = PAGE.replace("<meta charset=\"utf-8\">", f"<meta charset=\"utf-8\"><title>X</title><script>alert(1)</script>{head}")
    policy = _policy(with_content_security_policy(page.replace("{content}", "<p>text</p>"), "<p>text</p>"))
    assert _sha("alert(1)") not in policy
    assert _sha(theme(".")) in policy and _sha(theme("../..")) in policy
    assert _sha(theme('"+steal()+"')) not in policy
    assert policy.count("'sha256-") == 3


def test_a_page_without_a_head_is_left_alone() -> None:
    assert with_content_security_policy("<p>fragment</p>") == "<p>fragment</p>"


def test_the_preview_server_drops_the_policy_for_its_reload_script(tmp_path: Path) -> None:
    project = make_attack_project(tmp_path / "p", articles=2)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen([sys.executable, "-m", "build_site", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        status, body = wait_for(base, lambda s, b: s == 200)
        assert status == 200, "the preview server did not start"
        assert "livereload" in body and "Content-Security-Policy" not in body
    finally:
        server.terminate()
        server.wait(timeout=10)
    built = subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=project, capture_output=True,
                           text=True, timeout=300)
    assert built.returncode == 0 and "Content-Security-Policy" in (project / "site" / "index.html").read_text()
