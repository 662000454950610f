"""Faults found by trying to break the commands: a word of 200,000 characters, a full or
read-only disk, a redirect to a `javascript:` address, front matter values that are lists or
mappings, and messages that showed internal keys or absolute paths.

Each ends as the README's quality bar asks: one line naming the file (or URL), a non-zero exit,
no traceback, nothing lost and no broken file left behind; and a long word is read in time
that grows with its length, not with its square.
"""

from __future__ import annotations

import errno
import http.server
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_site import importer_listing, importer_title, importer_write, round_trip
from build_site.cli import main
from tests.briefing_project import new_project
from tests.helpers import config_for, run_briefing

PARAGRAPH = "The harbour authority counted the damaged reefs again on Monday, a week after the storm passed.\n"
LONG_WORD_SECONDS = 10  # a generous bound: the word is read in well under a second


def timed(read: Callable[[str], object], text: str) -> float:
    """The shortest of three runs, in seconds: the others may wait on a busy machine."""
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        read(text)
        runs.append(time.perf_counter() - started)
    return min(runs)


# Each pattern the headline tests search a whole line with (not only its start), as they call it.
SEARCHES: dict[str, Callable[[str], object]] = {
    "GLUED": importer_title.GLUED.findall,
    "CONTACT": importer_title.CONTACT.search,
    "NAME_RUN": lambda text: list(importer_title.NAME_RUN.finditer(text)),
    "INNER_SENTENCE_END": importer_title.INNER_SENTENCE_END.search,
    "top_line_reason": importer_title.top_line_reason,
}


@pytest.mark.parametrize("name", SEARCHES)
@pytest.mark.parametrize("letters", ["A", "a", "Aa", "A.", "a-"])
def test_a_long_word_takes_time_in_proportion_to_its_length(name: str, letters: str) -> None:
    read = SEARCHES[name]
    short, long = letters * (10_000 // len(letters)), letters * (20_000 // len(letters))
    assert timed(read, long) < 4 * timed(read, short) + 0.05, f"{name} reads a word in time of its square"


# Every public function the importer reads a line with, as the importer calls it.
LINE_READERS: dict[str, Callable[[str], object]] = {
    "clutter_reason": importer_title.clutter_reason,
    "top_line_reason": importer_title.top_line_reason,
    "is_headline": importer_title.is_headline,
    "is_prose": importer_title.is_prose,
    "run_in_byline": importer_title.run_in_byline,
    "shape_pick": lambda line: importer_title.shape_pick([line, "A headline of several words", line]),
    "headline_under_banner_sentence": lambda line: importer_title.headline_under_banner_sentence([line] * 3),
    "listing_reason": lambda line: importer_listing.listing_reason([line, line]),
}


@settings(max_examples=15, deadline=None)
@given(unit=st.text(alphabet="Aa1.-@/:|>•,' ", min_size=1, max_size=4).filter(str.strip))
def test_no_line_reader_takes_the_square_of_a_long_words_length(unit: str) -> None:
    word = unit * (20_000 // len(unit))  # quadratic, 20,000 characters take seconds; linear, milliseconds
    for name, read in LINE_READERS.items():
        assert timed(read, word) < 2, f"{name} is slow on {unit!r} repeated"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("word.txt", "A" * 200_000 + "\n"),
        (
            "page.html",
            f"<html><body><h1>A long word in a page</h1><p>{'B' * 30_000}</p><p>{PARAGRAPH}</p></body></html>",
        ),
    ],
)
def test_an_input_of_one_long_word_is_answered_at_once(tmp_path: Path, name: str, text: str) -> None:
    project = new_project(tmp_path / "reef", articles=False)
    (tmp_path / name).write_text(text, encoding="utf-8")
    started = time.monotonic()
    try:
        result = run_in(project, "add", str(tmp_path / name), timeout=LONG_WORD_SECONDS * 3)
    except subprocess.TimeoutExpired:
        pytest.fail(f"`briefing add {name}` was still reading its long word after {LONG_WORD_SECONDS * 3} s")
    assert time.monotonic() - started < LONG_WORD_SECONDS
    assert "Traceback" not in result.stderr


def run_in(project: Path, *args: str, timeout: float, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    """The command in `project`, killed after `timeout`; `limit` caps the size of any file it writes
    (RLIMIT_FSIZE), as a full disk does: past it the OS refuses the write."""

    def cap() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "build_site", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=cap,
        check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def test_add_on_a_full_disk_is_one_line_and_leaves_no_file(tmp_path: Path) -> None:
    project = new_project(tmp_path / "reef", articles=False)
    source = tmp_path / "storm.md"
    source.write_text(f"---\ntitle: Storm damage counted\npublished: 2024-06-01\n---\n\n{PARAGRAPH * 20}")
    result = run_in(project, "add", str(source), timeout=120, limit=200)  # the article is longer
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    refused = [
        line for line in result.stdout.splitlines() + result.stderr.splitlines() if "storm-damage-counted.md" in line
    ]
    assert refused and "File too large" in refused[0] and str(source) in refused[0], result.stdout + result.stderr
    assert os.listdir(project / "corpus" / "articles") == [".gitkeep"]  # no article, no temporary file


def test_add_on_a_file_system_without_hard_links_still_writes_the_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """FAT and exFAT have no hard links: the article is copied into a new file instead."""
    project = new_project(tmp_path / "reef", articles=False)
    source = tmp_path / "storm.md"
    source.write_text(f"---\ntitle: Storm damage counted\npublished: 2024-06-01\n---\n\n{PARAGRAPH * 3}")

    def no_links(*_: object) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.chdir(project)
    monkeypatch.setattr(importer_write.os, "link", no_links)
    assert main(["add", str(source)]) == 0, capsys.readouterr().err
    assert sorted(os.listdir(project / "corpus" / "articles")) == [".gitkeep", "storm-damage-counted.md"]
    assert "Storm damage counted" in (project / "corpus" / "articles" / "storm-damage-counted.md").read_text()


def full_disk(*_: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize(
    ("args", "written"),
    [
        (["accept", "Blue Fin Consortium", "--kind", "actor"], "corpus/topics/actors.yml"),
        (["dismiss", "Blue Fin Consortium"], "corpus/dismissed.yml"),
    ],
)
def test_a_codebook_edit_on_a_full_disk_is_one_line_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], written: str
) -> None:
    project = new_project(tmp_path / "reef")
    before = {path: path.read_bytes() for path in (project / "corpus").rglob("*") if path.is_file()}
    monkeypatch.chdir(project)
    monkeypatch.setattr(round_trip.os, "fsync", full_disk)
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [f"{written}: error: {os.strerror(errno.ENOSPC)}"], err
    after = {path: path.read_bytes() for path in (project / "corpus").rglob("*") if path.is_file()}
    assert after == before  # the old file whole, no temporary file left


def test_remove_from_a_read_only_folder_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = new_project(tmp_path / "reef")
    article = next((project / "corpus" / "articles").glob("*.md"))
    monkeypatch.chdir(project)

    def read_only(path: Path, missing_ok: bool = False) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    monkeypatch.setattr(Path, "unlink", read_only)
    assert main(["remove", article.stem]) == 1
    assert capsys.readouterr().err == f"corpus/articles/{article.name}: error: {os.strerror(errno.EROFS)}\n"
    assert article.is_file()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder: chmod does not bind")
def test_remove_from_a_truly_read_only_folder_is_one_line(tmp_path: Path) -> None:
    project = new_project(tmp_path / "reef")
    folder = project / "corpus" / "articles"
    article = next(folder.glob("*.md"))
    folder.chmod(0o555)
    try:
        result = run_briefing("remove", article.stem, cwd=project)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert article.is_file()


class Redirects(http.server.BaseHTTPRequestHandler):
    """Every address redirects to a `javascript:` address, except /story, a plain article page."""

    def do_GET(self) -> None:
        if self.path == "/story":
            body = f"<html><body><h1>Storm damage counted on the reef</h1><p>{PARAGRAPH * 3}</p></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(302)
        self.send_header("Location", "javascript:alert(1)")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    """A real HTTP server on a free port of this machine; its base address."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Redirects)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_redirect_to_a_script_address_is_refused_and_the_batch_goes_on(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    code = main(["add", f"{server}/trap", f"{server}/story", "-f", config_for(corpus)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{server}/trap: refused: redirects to an address that is not http(s): javascript:alert(1)" in out, out
    assert [path.name for path in (corpus / "articles").glob("*.md")] == ["storm-damage-counted-on-the-reef.md"]


@pytest.mark.parametrize(
    ("front", "refusal"),
    [
        ("title: {a: 1}", "its front matter's 'title' is a mapping, not text"),
        ("title: A storm\nauthor: [a, b]", "its front matter's 'author' is a list, not text"),
    ],
)
def test_front_matter_that_is_not_text_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, refusal: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    source = tmp_path / "storm.md"
    source.write_text(f"---\n{front}\n---\n\n{PARAGRAPH}", encoding="utf-8")
    assert main(["add", str(source), "-f", config_for(corpus)]) == 1
    assert capsys.readouterr().err.startswith(f"{source}: error: {refusal}")
    assert not list(corpus.rglob("*.md"))


def test_messages_show_values_as_written_and_paths_relative(tmp_path: Path) -> None:
    project = new_project(tmp_path / "reef")
    with (project / "corpus" / "topics" / "actors.yml").open("a", encoding="utf-8") as topics:
        topics.write("- id: navy\n  name: The Navy\n  aliases: [{a: 1}]\n  summary: A navy.\n")
    for name in ("Über.md", "uber.md"):
        (project / "corpus" / "articles" / name).write_text(f"---\ntitle: {name}\n---\n\n{PARAGRAPH}", encoding="utf-8")
    result = run_briefing("check", cwd=project)
    assert "alias {'a': 1} is empty or not text" in result.stdout + result.stderr
    assert "__line__" not in result.stdout + result.stderr
    assert "as corpus/articles/uber.md; rename one" in result.stdout + result.stderr
