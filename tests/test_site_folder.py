"""The site folder is the build's alone, exists at every instant, and survives every fault.

Real builds of projects of the tests' own (tests/attack_project.py) in subprocesses: a real
.git, real signals sent to a real build with its worker processes, a real unwritable place
and a real file in the way, two real builds at once.
"""
from __future__ import annotations

import datetime as dt
import errno
import fcntl
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import libfaketime
import pytest
from mkdocs import utils

from build_site import site_folder
from build_site.build import build_site
from build_site.site_folder import MARKER
from tests.attack_project import make_attack_project, write_article
from tests.helpers import ROOT, run_briefing


def digest(folder: Path) -> dict[str, str]:
    """Every file (hidden ones too) under `folder`, by content."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".building-" in p.name or ".old-" in p.name)


def leftovers_once_removed(folder: Path, timeout: float = 60.0) -> list[str]:
    """The leftovers beside a site once the removal of the site a build replaced is done: the
    build does not wait for it (site_folder.remove_replaced)."""
    deadline = time.monotonic() + timeout
    while leftovers(folder) and time.monotonic() < deadline:
        time.sleep(0.05)
    return leftovers(folder)


def paths(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line, got:\n{stderr}"
    assert "Traceback" not in stderr and "error:" in lines[0]
    return lines[0]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_attack_project(tmp_path / "project", articles=3)


# --- what may be replaced -------------------------------------------------------------------

def test_refuses_every_folder_it_did_not_make(project: Path) -> None:
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    (project / ".git" / "keep").write_text("history\n", encoding="utf-8")
    package = project / "build_site"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    notes = project / "notes.txt"
    notes.write_text("mine\n", encoding="utf-8")
    holder = project.parent
    for target, reason in ((project / ".git", "no .briefing-site"), (package, "no .briefing-site"),
                           (project / "tests_of_mine", None), (project / "mkdocs.yml", "is a file"),
                           (notes, "is a file"), (holder, "holds the project"), (project, "holds the project"),
                           (project / "docs", "docs_dir"), (project / "corpus", "the corpus")):
        if reason is None:  # a folder of someone's tests: files, no marker
            target.mkdir()
            (target / "test_x.py").write_text("def test(): pass\n", encoding="utf-8")
        before = digest(target) if target.is_dir() else target.read_bytes()
        result = run_briefing("build", "-q", "-d", str(target), cwd=project)
        assert result.returncode == 1, target
        assert (reason or "no .briefing-site") in one_error_line(result.stderr), result.stderr
        assert (digest(target) if target.is_dir() else target.read_bytes()) == before, target
    assert not leftovers(project) and not leftovers(holder)


def test_mkdocs_own_commands_refuse_them_too(project: Path) -> None:
    """MkDocs empties its site_dir before building: the plugin refuses a folder first."""
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    before = digest(project / ".git")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", ".git"], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode != 0 and "no .briefing-site" in result.stderr and "Traceback" not in result.stderr
    assert digest(project / ".git") == before
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=project, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (project / "site" / MARKER).is_file()  # so `briefing build` may replace what MkDocs built


def test_replaces_an_absent_an_empty_a_marked_and_an_older_site(project: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    older = tmp_path / "older"  # what an older version built: no marker
    (older / "assets").mkdir(parents=True)
    for name in ("index.html", "404.html", "sitemap.xml", "assets/style.css", "search/search_index.json",
                 "assets/images/favicon.png"):
        (older / name).parent.mkdir(parents=True, exist_ok=True)
        (older / name).write_text("old\n", encoding="utf-8")
    for target in (tmp_path / "absent" / "site", empty, older):
        result = run_briefing("build", "-q", "-d", str(target), cwd=project)
        assert result.returncode == 0, result.stderr
        assert (target / MARKER).is_file() and (target / "articles" / "article-0000" / "index.html").is_file()
        assert "assets/style.css" not in digest(target)
    older_with_a_repository = tmp_path / "older-repo"
    (older_with_a_repository / ".git").mkdir(parents=True)
    for name in ("index.html", "404.html"):
        (older_with_a_repository / name).write_text("old\n", encoding="utf-8")
    result = run_briefing("build", "-q", "-d", str(older_with_a_repository), cwd=project)
    assert result.returncode == 1 and (older_with_a_repository / ".git").is_dir()


@pytest.mark.parametrize("mine", ["todo.txt", "drafts/thesis.docx", "drafts/.git/HEAD", "notes/todo.txt"])
def test_a_folder_that_only_looks_like_a_site_at_the_top_is_refused(project: Path, tmp_path: Path,
                                                                     mine: str) -> None:
    """index.html and 404.html at the top, and a file of someone's anywhere below: not a site."""
    folder = tmp_path / "www"
    for name in ("index.html", "404.html", "assets/style.css", mine):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("mine\n", encoding="utf-8")
    before = digest(folder)
    result = run_briefing("build", "-q", "-d", str(folder), cwd=project)
    assert result.returncode == 1
    assert "no .briefing-site" in one_error_line(result.stderr)
    assert digest(folder) == before and not leftovers(tmp_path)


# --- the swap -------------------------------------------------------------------------------

def test_the_site_exists_at_every_instant_and_leftovers_are_cleaned(project: Path) -> None:
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    site = project / "site"
    (project / ".site.building-abc123").mkdir()  # what a killed build left
    (project / ".site.building-abc123" / "index.html").write_text("half\n", encoding="utf-8")
    (project / ".site.old-4242").mkdir()
    missing: list[float] = []
    polls = 0
    done = threading.Event()

    def watch() -> None:
        nonlocal polls
        while not done.is_set():
            if not (site / "index.html").is_file():
                missing.append(time.monotonic())
            polls += 1

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for _ in range(3):
            result = run_briefing("build", "-q", cwd=project)
            assert result.returncode == 0, result.stderr
    finally:
        done.set()
        watcher.join()
    assert polls > 1000 and missing == []
    assert leftovers_once_removed(project) == []
    ignored = subprocess.run(["git", "check-ignore", "--no-index", ".site.building-x1", ".site.old-1", "site/index.html"],
                             cwd=ROOT, capture_output=True, text=True)
    assert ignored.stdout.split() == [".site.building-x1", ".site.old-1", "site/index.html"]


def test_the_replaced_site_is_removed_without_waiting_and_a_removal_cut_short_is_finished(tmp_path: Path) -> None:
    replaced = tmp_path / ".site.building-old1"
    for number in range(2000):
        (replaced / f"page-{number // 100}").mkdir(parents=True, exist_ok=True)
        (replaced / f"page-{number // 100}" / f"{number}.html").write_text("old\n", encoding="utf-8")
    started = time.monotonic()
    site_folder.remove_replaced(replaced)
    assert time.monotonic() - started < 2.0 and replaced.is_dir()  # handed to a process of its own
    assert leftovers_once_removed(tmp_path) == []
    cut_short = tmp_path / ".site.building-old2"
    shutil.copytree(ROOT / "build_site", cut_short)
    site_folder.remove_replaced(cut_short)
    site_folder._removals[-1].kill()  # the removal killed, whenever it is
    site_folder._removals[-1].wait()
    site_folder.remove_leftovers(tmp_path / "site")  # what the next build does first
    assert leftovers(tmp_path) == []


def test_a_kill_at_any_point_leaves_the_last_site_or_the_new_one(project: Path) -> None:
    """SIGKILL (no handler runs) at moments spread over a build that replaces a site: the site
    folder holds the last site or the new one, whole, never none; the next build cleans up."""
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    site = project / "site"
    old = paths(site)
    write_article(project / "corpus" / "articles" / "article-0100.md", "Report 100 on border security",
                  dt.date(2024, 3, 1), "In report 100, SEMAR said the border was quiet.\n")
    started = time.monotonic()
    assert run_briefing("build", "-q", "-d", str(project / "new-site"), cwd=project).returncode == 0
    took = time.monotonic() - started
    new = paths(project / "new-site")
    assert new != old
    for share in (0.3, 0.6, 0.85, 0.95, 1.0, 1.1):
        build = subprocess.Popen([sys.executable, "-m", "build_site", "build", "-q"], cwd=project,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(took * share)
        build.kill()
        build.wait()
        assert paths(site) in (old, new), share
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    assert paths(site) == new
    assert leftovers_once_removed(project) == []


# --- signals --------------------------------------------------------------------------------

def _children(pid: int) -> set[int]:
    try:
        return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except FileNotFoundError:
        return set()


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def large_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough articles that the build starts its worker processes; no cache, so every build does."""
    project = make_attack_project(tmp_path_factory.mktemp("signals") / "p", articles=260)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("cache: true", "cache: false"), encoding="utf-8")
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    return project


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize(("signum", "code", "group", "delay"), [
    (signal.SIGTERM, 143, False, 0.3),  # `kill`: the build alone gets it
    (signal.SIGINT, 130, False, 0.3),
    (signal.SIGINT, 130, True, 0.0),  # Ctrl-C in a terminal: the build and its workers get it, as they start
], ids=["SIGTERM", "SIGINT", "Ctrl-C"])
def test_a_signal_mid_build_stops_it_and_every_worker(large_project: Path, signum: int, code: int, group: bool,
                                                      delay: float) -> None:
    before = digest(large_project / "site")
    build = subprocess.Popen([sys.executable, "-m", "build_site", "build", "-q"], cwd=large_project,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=group)
    seen: set[int] = set()
    deadline = time.monotonic() + 120
    while len(seen) < 2 and time.monotonic() < deadline and build.poll() is None:
        seen |= _children(build.pid)  # the workers, started once the articles are listed
        time.sleep(0.02)
    assert len(seen) >= 2, "the build never started its workers"
    time.sleep(delay)
    if group:
        os.killpg(build.pid, signum)
    else:
        build.send_signal(signum)
    _, stderr = build.communicate(timeout=60)
    assert build.returncode == code, stderr
    assert f"stopped by {signal.Signals(signum).name}; site/ was left as it was" in one_error_line(stderr)
    time.sleep(0.2)
    assert [pid for pid in seen if _running(pid)] == []
    assert digest(large_project / "site") == before
    assert leftovers(large_project) == []


# --- faults: one line each -------------------------------------------------------------------

def test_an_unwritable_place_and_a_path_under_a_file_end_in_one_line(project: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:  # permissions do not stop root; /sys refuses even root
        unwritable = Path("/sys/briefing-site")
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        unwritable = locked / "site"
    result = run_briefing("build", "-q", "-d", str(unwritable), cwd=project)
    assert result.returncode == 1
    assert "not permitted" in one_error_line(result.stderr) or "denied" in result.stderr
    (tmp_path / "a-file").write_text("x\n", encoding="utf-8")
    result = run_briefing("build", "-q", "-d", str(tmp_path / "a-file" / "site"), cwd=project)
    assert result.returncode == 1
    assert "which is a file" in one_error_line(result.stderr)


def test_a_full_disk_ends_in_one_line_and_keeps_the_last_site(project: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """No small file system to fill here: the write of a page fails as a full disk fails it."""
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    before = digest(project / "site")
    write = utils.write_file

    def full_disk(content: bytes, output_path: str) -> None:
        if output_path.endswith("article-0001/index.html"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), output_path)
        write(content, output_path)

    monkeypatch.setattr(utils, "write_file", full_disk)
    monkeypatch.chdir(project)
    assert build_site(project / "mkdocs.yml", None, quiet=True) == 1
    line = one_error_line(capsys.readouterr().err)
    assert line == "error: site/articles/article-0001/index.html: No space left on device; site/ was left as it was"
    assert digest(project / "site") == before and leftovers(project) == []


def test_a_full_disk_met_by_a_write_that_names_no_file_names_the_site(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An open file's write on a full disk raises with no file name (MkDocs writes its pages so):
    the line said only "No space left on device"."""
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    before = digest(project / "site")
    write = utils.write_file

    def full_disk(content: bytes, output_path: str) -> None:
        if output_path.endswith("article-0001/index.html"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        write(content, output_path)

    monkeypatch.setattr(utils, "write_file", full_disk)
    monkeypatch.chdir(project)
    assert build_site(project / "mkdocs.yml", None, quiet=True) == 1
    line = one_error_line(capsys.readouterr().err)
    assert line == "error: site/ (writing the new site): No space left on device; site/ was left as it was"
    assert digest(project / "site") == before and leftovers(project) == []


def test_a_second_build_waits_for_the_first(project: Path) -> None:
    """The first build holds the lock (as a build in progress does); the second says it waits,
    then builds once the lock is let go."""
    handle = os.open(project, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        second = subprocess.Popen([sys.executable, "-m", "build_site", "build", "-q"], cwd=project,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert second.stderr is not None
        line = second.stderr.readline()
        assert "waiting for another build" in line
        time.sleep(0.5)
        assert second.poll() is None and not (project / "site").exists()
    finally:
        os.close(handle)
    _, stderr = second.communicate(timeout=120)
    assert second.returncode == 0, stderr
    assert (project / "site" / MARKER).is_file()


def test_two_builds_started_together_both_end_well(project: Path) -> None:
    builds = [subprocess.Popen([sys.executable, "-m", "build_site", "build", "-q"], cwd=project,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [build.communicate(timeout=300) for build in builds]
    assert [build.returncode for build in builds] == [0, 0], outcomes
    assert "Traceback" not in "".join(err for _, err in outcomes)
    assert (project / "site" / MARKER).is_file() and (project / "site" / "articles" / "index.html").is_file()
    assert leftovers_once_removed(project) == []


# --- Windows: no fcntl, no fork hooks, no signal masks, no atomic exchange -------------------

WITHOUT_POSIX_EXTRAS = """
import ctypes, os, pkgutil, signal, sys, types
sys.modules["fcntl"] = None  # as on Windows: `import fcntl` fails
del os.fork, os.register_at_fork, signal.pthread_sigmask
import build_site
for module in pkgutil.walk_packages(build_site.__path__, "build_site."):
    __import__(module.name)
ctypes.CDLL = lambda *args, **kwargs: types.SimpleNamespace()  # a C library without renameat2
from build_site.cli import main
codes = [main(["build", "-q"]), main(["build", "-q"])]  # the second one replaces a site
assert sys.modules["fcntl"] is None
sys.exit(max(codes))
"""


def test_every_module_imports_and_builds_without_what_windows_lacks(project: Path) -> None:
    """The lock through a lock file, the swap through its two renames, no signal mask."""
    result = subprocess.run([sys.executable, "-c", WITHOUT_POSIX_EXTRAS], cwd=project, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (project / "site" / MARKER).is_file() and (project / "site" / "index.html").is_file()
    assert leftovers_once_removed(project) == [] and sorted(project.rglob("*.lock")) == []


# --- reproducible ---------------------------------------------------------------------------

def _on_day(day: str) -> dict[str, str]:
    """The environment that makes a process believe it is `day` (libfaketime)."""
    _, preload = libfaketime.get_reload_information()
    return {**preload, "FAKETIME": f"@{day} 12:00:00"}


def test_builds_on_different_days_are_byte_identical(project: Path, tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    env["SITE_URL"] = "https://example.org/briefing/"  # MkDocs lists pages in sitemap.xml only with one
    sites = []
    for day in ("2030-01-02", "2031-07-08"):
        site = tmp_path / f"site-{day}"
        result = subprocess.run([sys.executable, "-m", "build_site", "build", "-q", "-d", str(site)], cwd=project,
                                env={**env, **_on_day(day)}, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        sites.append(site)
    assert digest(sites[0]) == digest(sites[1])
    sitemap = (sites[0] / "sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>2024-01-03</lastmod>" in sitemap  # the newest of the three articles
    pinned = tmp_path / "pinned"
    result = subprocess.run([sys.executable, "-m", "build_site", "build", "-q", "-d", str(pinned)], cwd=project,
                            env={**env, "SOURCE_DATE_EPOCH": "1767225600"}, capture_output=True, text=True)
    assert result.returncode == 0 and "<lastmod>2026-01-01</lastmod>" in (pinned / "sitemap.xml").read_text()
