"""Helpers the tests share: run the real command, make a project of the tests' own to break safely."""
from __future__ import annotations

import contextlib
import functools
import hashlib
import http.server
import io
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import frontmatter
import pytest

from build_site.cli import main
from build_site.kinds import declared_kinds
from build_site.model import Article, Briefing, Candidate, Kind, Topic
from build_site.pages import GeneratedPage
from build_site.pipeline import Options, build, build_from
from build_site.scaffold import new_briefing

ROOT = Path(__file__).resolve().parents[1]
# The tests' own briefing: a copy of the five articles and the codebook the repository first
# shipped, kept here so that the tests pass whatever corpus/ a user puts in the repository.
FIXTURE = ROOT / "tests" / "fixtures" / "briefing"
FIXTURE_CORPUS = FIXTURE / "corpus"
FIXTURE_TITLE = "US–Mexico Security Cooperation Briefing"
FIXTURE_DESCRIPTION = "A cross-linked briefing on US–Mexico security cooperation, built from the articles in corpus/."
# Two paragraphs of plain prose on no test's subject: the body an import test wraps around the lines it probes.
PROSE = (
    "The county board said the old landfill would close by the end of next year, after residents of "
    "three towns asked for years that the site be covered and planted with grass and trees."
)
MORE = (
    "Ferry crews will use the south pier until the repairs are done, and the timetable stays as it was, "
    "the authority's harbour master told the council at its evening meeting in the town hall."
)


def run_briefing(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The `briefing` command in a subprocess, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "build_site", *args], check=False, cwd=cwd, capture_output=True, text=True,
        env={**os.environ, **(env or {})}, timeout=600,
    )


def make_site_config(root: Path) -> Path:
    """The site configuration of a briefing started with `briefing new` (mkdocs.yml titled as the
    fixture briefing, docs/), without a corpus: the tool's settings, so they never drift from it."""
    with contextlib.redirect_stdout(io.StringIO()):
        new_briefing(root, FIXTURE_TITLE, FIXTURE_DESCRIPTION)
    for extra in ("corpus", ".github"):
        shutil.rmtree(root / extra)
    for extra in (".gitignore", "requirements.txt"):
        (root / extra).unlink()
    return root


def make_project(root: Path, corpus: bool = True) -> Path:
    """The fixture briefing (by default its articles too, else only its codebook) at `root`, to break safely."""
    make_site_config(root)
    if corpus:
        shutil.copytree(FIXTURE_CORPUS, root / "corpus")
    else:
        (root / "corpus" / "articles").mkdir(parents=True)
        shutil.copytree(FIXTURE_CORPUS / "topics", root / "corpus" / "topics")
    return root


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` and a hash of its bytes, to show that nothing changed."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def add(capsys: pytest.CaptureFixture[str], corpus: Path, *args: str) -> tuple[int, str, str]:
    """Run `briefing add` as a user does, into `corpus` (made if missing): exit code, stdout and stderr."""
    corpus.mkdir(exist_ok=True)
    code = main(["add", *args, "-f", config_for(corpus)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def written(corpus: Path) -> list[Path]:
    """The articles `add` wrote into `corpus`."""
    return sorted((corpus / "articles").glob("*.md")) if (corpus / "articles").is_dir() else []


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


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """http.server's own handler, as `python -m http.server` serves a folder, without its log."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def served_folder(root: Path) -> Iterator[str]:
    """A real HTTP server on localhost over `root`, as a user serves saved pages; its base address."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


def add_to_new_corpus(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str
) -> tuple[int, str, str, list[Any]]:
    """`briefing add ARGS` into a new corpus: exit code, output, errors and the posts written."""
    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True, exist_ok=True)
    code = main(["add", *args, "-f", config_for(corpus)])
    captured = capsys.readouterr()
    posts = [frontmatter.load(path) for path in sorted((corpus / "articles").glob("*.md"))]
    return code, captured.out, captured.err, posts


def declared(*ids: str) -> tuple[Kind, ...]:
    """Kinds as `briefing new --kind ...` declares them, labels made from their ids."""
    entries = [{"id": i, "singular": i.capitalize(), "plural": i.capitalize() + "s"} for i in ids]
    return declared_kinds(entries, Path("mkdocs.yml"))


def candidates_of(texts: list[str], kinds: tuple[Kind, ...], topics: list[Topic] | None = None) -> dict[str, Candidate]:
    """The candidates of one article per text, by their text."""
    articles = [Article(id=f"a{i}", path=Path(f"a{i}.md"), title="A", body=text) for i, text in enumerate(texts)]
    briefing = build_from(articles, topics or [], Options(pages=False, kinds=kinds)).briefing
    return {candidate.text: candidate for candidate in briefing.candidates}
