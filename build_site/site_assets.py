"""The stylesheets and scripts the generated pages rely on, shipped with the package.

They are served from the built site's `assets/briefing/`, so a briefing always gets the ones
that match the pages the installed tool makes; copies kept in a project's docs/ would be left
behind by an upgrade. They come before the project's own `extra_css` and `extra_javascript`,
so a project's stylesheet can override them.
"""

from __future__ import annotations

from importlib.resources import files

from mkdocs.config.defaults import MkDocsConfig

FOLDER = "assets/briefing/"
STYLESHEETS = ("briefing.css", "briefing-search.css")  # the second also styles the last-visit marks
SCRIPTS = (
    "graph.js",  # lights up a topic's relations in the graphs
    "a11y.js",  # names Material's search dialog for screen readers
    "statements.js",  # the Statements page's filter
    "visits.js",  # marks what is new since the reader's last visit, in the browser only
)


def asset_paths() -> list[str]:
    """Where each asset lands in the site, relative to its root."""
    return [FOLDER + name for name in (*STYLESHEETS, *SCRIPTS)]


def asset_source(path: str) -> str:
    """The text of the asset served at `path`."""
    return files("build_site.templates").joinpath(path.removeprefix(FOLDER)).read_text(encoding="utf-8")


def add_site_assets(config: MkDocsConfig) -> None:
    """List the assets in the site's head, ahead of the project's own (once: `mkdocs serve`
    reuses its configuration)."""
    styles = [FOLDER + name for name in STYLESHEETS]
    config.extra_css[:0] = [path for path in styles if path not in config.extra_css]
    listed = {str(script) for script in config.extra_javascript}
    scripts = [FOLDER + name for name in SCRIPTS]
    config.extra_javascript[:0] = [path for path in scripts if path not in listed]
