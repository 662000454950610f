"""Material's search index made from the article pages' cached sections is the index its own
parse of every page makes, byte for byte, and a rebuild parses no article page again."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from material.plugins.search import plugin as material_plugin
from mkdocs.commands.build import build
from mkdocs.config import load_config

from build_site import plugin as plugin_module
from tests.helpers import ROOT, make_project

HOSTILE = ROOT / "tests" / "fixtures" / "hostile" / "hostile.md"


def _index(project: Path, site: Path) -> bytes:
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
    return (site / "search" / "search_index.json").read_bytes()


def test_cached_sections_give_materials_own_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path / "p")
    shutil.copy(HOSTILE, project / "corpus" / "articles")
    config = project / "mkdocs.yml"
    assert "\n      search: material" in config.read_text(encoding="utf-8")  # the starter's choice
    articles = len(list((project / "corpus" / "articles").glob("*.md")))

    fed: list[str] = []
    real_feed = material_plugin.Parser.feed
    monkeypatch.setattr(material_plugin.Parser, "feed", lambda parser, data: fed.append(data) or real_feed(parser, data))

    first = _index(project, tmp_path / "first")  # the sections made in this build
    fed.clear()
    again = _index(project, tmp_path / "again")  # read back from the cache
    parsed_again = [data for data in fed if data]
    monkeypatch.setattr(plugin_module, "material_search", lambda plugins: None)  # Material parses every page
    shutil.rmtree(project / ".cache")
    fed.clear()
    own = _index(project, tmp_path / "own")

    assert first == again == own
    assert b'"location":"articles/' in own
    # Every article page was parsed by Material itself in the last build, none in the rebuild.
    assert len([data for data in fed if data]) - len(parsed_again) == articles
