"""The site's stylesheets and scripts come from the installed package, not from a project's
docs/: a briefing made before an upgrade gets the ones its new pages need. A project's own
stylesheet still loads, after them, so it can override them. A real `briefing build`."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import lxml.html
import pytest

from build_site.site_assets import FOLDER, SCRIPTS, STYLESHEETS
from tests.helpers import make_project, run_briefing


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("assets") / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "extra_css" not in text and "extra_javascript" not in text
    config.write_text(text + "\nextra_css:\n  - custom.css\n", encoding="utf-8")
    (project / "docs" / "custom.css").write_text(".md-typeset { letter-spacing: 0.01em; }\n", encoding="utf-8")
    result = run_briefing("build", "-q", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_every_asset_is_served_as_the_package_ships_it(site: Path) -> None:
    for name in (*STYLESHEETS, *SCRIPTS):
        shipped = files("build_site.templates").joinpath(name).read_bytes()
        assert (site / FOLDER / name).read_bytes() == shipped, name


@pytest.mark.parametrize("url", ["", "analysis/graph/", "analysis/statements/", "about/"])
def test_each_page_loads_them_once_before_the_projects_own(site: Path, url: str) -> None:
    page = lxml.html.fromstring((site / url / "index.html").read_bytes())
    styles = [href.rsplit("/", 1)[-1] for href in page.xpath("//link[@rel='stylesheet']/@href")
              if "assets/briefing/" in href or href.endswith("custom.css")]
    assert styles == [*STYLESHEETS, "custom.css"]
    scripts = [src.rsplit("/", 1)[-1] for src in page.xpath("//script/@src") if "assets/briefing/" in src]
    assert sorted(scripts) == sorted(SCRIPTS)


def test_the_repository_keeps_no_copy_of_them() -> None:
    root = Path(__file__).resolve().parent.parent
    copies = [p for folder in (root / "docs", root / "build_site" / "starter" / "docs")
              for p in folder.rglob("*") if p.suffix in (".css", ".js")]
    assert copies == []
