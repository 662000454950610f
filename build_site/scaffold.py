"""`briefing new DIR --title …`: a ready, empty briefing of one's own, on any subject.

The files come from the `starter/` folder of the package (mkdocs.yml, a commented example
codebook file per kind, the About page, the site's stylesheet and scripts, the Pages
workflow); only the title and description are set, through a round-trip YAML edit of the
starter mkdocs.yml, so any title is stored as the text it is.
"""

from __future__ import annotations

import io
import shutil
from importlib.resources import as_file, files
from pathlib import Path

from build_site.problems import InputError, Problem, display_path
from build_site.round_trip import round_trip, text

# Stored without their leading dot, so that they do not act on this package's own folder.
HIDDEN = {"gitignore": ".gitignore", "github": ".github"}


def new_briefing(directory: Path, title: str, description: str | None) -> int:
    """Write the starter briefing into `directory`, which must be absent or empty."""
    title = " ".join(title.split())
    if not title:
        raise InputError([Problem(directory, "needs a --title that is not empty; nothing written")])
    if directory.is_symlink() or (directory.exists() and (not directory.is_dir() or any(directory.iterdir()))):
        raise InputError([Problem(directory, "exists and is not an empty folder; nothing written")])
    with as_file(files("build_site") / "starter") as starter:
        config = _config(starter / "mkdocs.yml", title, description)
        directory.mkdir(parents=True, exist_ok=True)
        for item in sorted(starter.iterdir()):
            target = directory / HIDDEN.get(item.name, item.name)
            if item.is_dir():
                shutil.copytree(item, target, ignore=shutil.ignore_patterns("__pycache__"))
            elif item.name != "mkdocs.yml":
                shutil.copyfile(item, target)
    (directory / "mkdocs.yml").write_text(config, encoding="utf-8")
    articles = directory / "corpus" / "articles"
    articles.mkdir(parents=True)
    (articles / ".gitkeep").touch()  # git keeps no empty folder; the corpus skips dot files
    print(f"Started the briefing “{title}” in {display_path(directory)}. Next:")
    print(f"  cd {display_path(directory)}")
    print("  briefing add ARTICLE…           # a file, folder or web address, into corpus/articles/")
    print("  edit corpus/topics/*.yml         # the codebook: what the briefing follows (examples inside)")
    print("  briefing build                   # the site, into site/")
    return 0


def _config(path: Path, title: str, description: str | None) -> str:
    """The starter mkdocs.yml with this briefing's title and description, comments kept."""
    yaml = round_trip()  # keeps the comments and the `!ENV` tag of site_url
    yaml.indent(mapping=2, sequence=4, offset=2)  # mkdocs.yml's own layout
    config = yaml.load(path.read_text(encoding="utf-8"))
    config["site_name"] = text(title)
    summary = (
        " ".join(description.split())
        if description
        else f"{title}: a cross-linked briefing built from the articles in corpus/."
    )
    config["site_description"] = text(summary)
    buffer = io.StringIO()
    yaml.dump(config, buffer)
    return buffer.getvalue()
