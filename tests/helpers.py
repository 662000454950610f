"""Helpers the tests share: run the real command, copy the project to break it safely."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

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
