"""Helpers the tests share: run the real command, copy the project to break it safely."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from build_site.model import Article, Briefing, Topic
from build_site.pages import GeneratedPage
from build_site.pipeline import Options, build, build_from

ROOT = Path(__file__).resolve().parents[1]


def run_briefing(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The `briefing` command in a subprocess, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "build_site", *args], cwd=cwd, capture_output=True, text=True,
        env={**os.environ, **(env or {})}, timeout=600,
    )


def make_project(root: Path, corpus: bool = True) -> Path:
    """A copy of the project's site configuration (and by default the real corpus) to break safely."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", root / "docs")
    if corpus:
        shutil.copytree(ROOT / "corpus", root / "corpus")
    else:
        (root / "corpus" / "articles").mkdir(parents=True)
        shutil.copytree(ROOT / "corpus" / "topics", root / "corpus" / "topics")
    return root


def config_for(corpus: Path) -> str:
    """A minimal MkDocs configuration beside `corpus` naming it, for `-f` in command tests; named
    after the corpus, as several tests' corpus folders may share a parent folder."""
    config = corpus.parent / f"{corpus.name}.mkdocs.yml"
    config.write_text(f"site_name: Test\nplugins:\n  - briefing:\n      corpus: {corpus.name}\n", encoding="utf-8")
    return str(config)


def briefing_of(articles: Sequence[Article], topics: Sequence[Topic]) -> Briefing:
    """The Briefing the build's pipeline draws from these articles and topics."""
    return build_from(articles, topics, Options(pages=False)).briefing


def pages_of(articles: Sequence[Article], topics: Sequence[Topic], index_article_text: bool = True) -> dict[str, GeneratedPage]:
    """Every generated page the build's pipeline makes of these articles and topics."""
    return dict(build_from(articles, topics, Options(search_article_text=index_article_text)).pages())


def site_pages(corpus_dir: Path, index_article_text: bool = True) -> dict[str, GeneratedPage]:
    """Every generated page the build's pipeline makes of a corpus folder (no cache)."""
    return dict(build(corpus_dir, Options(search_article_text=index_article_text)).pages())
