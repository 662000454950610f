"""The site folder is the build's alone: what it may replace, and how it replaces it.

`briefing build` writes a whole new site beside the old one and exchanges the two in one
step, so the site folder exists, complete, at every instant. It replaces a folder only if
it is absent, empty, marked as a site this tool built (`MARKER`), or an MkDocs site an
older version built (before the marker existed), and never anything else.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import importlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from filelock import FileLock
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from build_site.problems import display_path

MARKER = ".briefing-site"
LOCK_FILE = ".briefing-build.lock"  # only where the system cannot lock a folder itself (Windows)
MARKER_TEXT = "Built by the briefing builder: `briefing build` replaces this folder on its next build.\n"
# What MkDocs itself writes at the top of every site; an unmarked folder is taken for an
# older build's site only if it has these and nothing a project or a repository has.
_SITE_FILES = ("index.html", "404.html")
_PROJECT_NAMES = {
    "mkdocs.yml",
    "mkdocs.yaml",
    "pyproject.toml",
    "setup.py",
    "setup.cfg",
    "Makefile",
    "README.md",
    "corpus",
    "docs",
    "build_site",
    "tests",
    "node_modules",
    "venv",
}
_SITE_SUFFIXES = {
    ".html",
    ".xml",
    ".gz",
    ".json",
    ".js",
    ".css",
    ".ico",
    ".png",
    ".svg",
    ".jpg",
    ".webp",
    ".woff",
    ".woff2",
    ".map",
}


def claim(config: MkDocsConfig, corpus: Path) -> None:
    """Refuse, before MkDocs empties it, a site_dir that is not the build's to replace (for
    `mkdocs build`, `gh-deploy` and `serve` as for `briefing build`), and mark it as this
    tool's (`mark`)."""
    target = Path(config.site_dir).resolve()
    reason = refusal(target, config, corpus)
    if reason:
        raise PluginError(f"{display_path(target)}: error: {reason}; choose another site_dir (-d)")
    mark(target)


def refusal(target: Path, config: MkDocsConfig, corpus: Path | None) -> str | None:
    """Why the site may not be built at `target`, which the build replaces, or None."""
    project = Path(config.config_file_path).resolve().parent
    for name, folder in (
        ("the project", project),
        ("docs_dir", Path(config.docs_dir).resolve()),
        ("the corpus", corpus.resolve() if corpus else None),
    ):
        if folder is None:
            continue
        if target == folder or target in folder.parents:
            return f"is or holds {name}, which the build would replace"
        if name != "the project" and folder in target.parents:
            return f"is inside {name}"
    return _not_a_site(target)


def _not_a_site(target: Path) -> str | None:
    """Why `target` is not a folder a new site may replace, or None if it is."""
    if not target.exists():
        above = next(folder for folder in target.parents if folder.exists())
        return None if above.is_dir() else f"is under {display_path(above)}, which is a file"
    if not target.is_dir():
        return "is a file, not a site folder"
    if not any(target.iterdir()) or (target / MARKER).is_file():
        return None
    if _looks_like_an_older_site(target):
        return None
    return "is not empty and is not a site `briefing build` made (it has no " + MARKER + " file)"


def _looks_like_an_older_site(target: Path) -> bool:
    """A site built before the marker existed: MkDocs' index.html and 404.html at the top, no
    project file there, and at every depth only folders and the kinds of file a site is made
    of (pages, styles, scripts, images, fonts, the sitemap): no hidden entry such as .git, no
    link, and no document of someone's (`drafts/thesis.docx`, `todo.txt`)."""
    names = {entry.name for entry in target.iterdir()}
    if not all(name in names for name in _SITE_FILES) or names & _PROJECT_NAMES:
        return False
    return all(_is_a_site_entry(entry) for entry in _every_entry(target))


def _every_entry(folder: Path) -> Iterator[Path]:
    """Every file and folder under `folder`, at any depth (a link to a folder is listed, not entered)."""
    for parent, folders, files in os.walk(folder):
        for name in (*folders, *files):
            yield Path(parent, name)


def _is_a_site_entry(entry: Path) -> bool:
    if entry.name.startswith(".") or entry.is_symlink():
        return False
    return entry.is_dir() or entry.suffix.lower() in _SITE_SUFFIXES


def mark(site: Path) -> None:
    """Say in the site itself that this tool builds it, so a later build may replace it;
    written before the build starts (MkDocs' cleaning of the folder leaves hidden files), so
    an interrupted `mkdocs build` leaves a folder the next one may replace."""
    site.mkdir(parents=True, exist_ok=True)
    (site / MARKER).write_text(MARKER_TEXT, encoding="utf-8")


def staging_prefix(target: Path) -> str:
    return f".{target.name}.building-"


def remove_leftovers(target: Path) -> list[Path]:
    """Delete what an interrupted build left beside `target` (its staging folder, or the old
    site of an older version's two-step swap), and a replaced site whose removal
    (`remove_replaced`) was cut short or still runs. Call only while holding `locked(target)`:
    no other build is then using them."""
    removed = []
    for prefix in (staging_prefix(target), f".{target.name}.old-"):
        for leftover in target.parent.glob(f"{_glob_escape(prefix)}*"):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)  # a removal still running deletes alongside
            else:
                leftover.unlink(missing_ok=True)
            removed.append(leftover)
    return removed


# A removal in a process of its own: the command's process may exit before it is done.
_REMOVE = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"
_removals: list[subprocess.Popen[bytes]] = []  # held until done, so none is reported as left running


def remove_replaced(folder: Path) -> None:
    """Delete `folder`, the site a swap replaced, without waiting for it: deleting a large
    site's files takes the disk a second or more, and the new site is already in place. The
    folder keeps its staging name, so a removal cut short (the process killed, the machine
    stopped) leaves a leftover the next build deletes first (`remove_leftovers`). Where no
    process can be started, it is deleted here."""
    if not folder.exists():
        return
    _removals[:] = [removal for removal in _removals if removal.poll() is None]
    try:
        _removals.append(
            subprocess.Popen(
                [sys.executable, "-c", _REMOVE, str(folder)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # not stopped by a Ctrl-C meant for the next command
            )
        )
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


@contextlib.contextmanager
def locked(folders: list[Path], waiting: str) -> Iterator[None]:
    """Hold an exclusive lock on each folder; prints `waiting` once if another build holds one."""
    with contextlib.ExitStack() as held:
        for folder in sorted(set(folders)):
            held.enter_context(_folder_lock(folder, waiting))
        yield


@contextlib.contextmanager
def _folder_lock(folder: Path, waiting: str) -> Iterator[None]:
    """flock on the folder itself where the system has it (no lock file is left behind, and the
    system drops the lock if the process dies); elsewhere (Windows) a lock file in the folder,
    through filelock, which removes it on release."""
    flock = _fcntl()
    if flock is None:
        lock = FileLock(folder / LOCK_FILE)
        try:
            lock.acquire(timeout=0)
        except TimeoutError:
            print(waiting, file=sys.stderr, flush=True)
            lock.acquire()
        try:
            yield
        finally:
            lock.release()
        return
    handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        try:
            flock.flock(handle, flock.LOCK_EX | flock.LOCK_NB)
        except BlockingIOError:
            print(waiting, file=sys.stderr, flush=True)
            flock.flock(handle, flock.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing the last descriptor releases the lock


def _fcntl() -> ModuleType | None:
    """The fcntl module, absent on Windows."""
    try:
        return importlib.import_module("fcntl")
    except ImportError:
        return None


def swap_into_place(staging: Path, target: Path) -> None:
    """Put the new site at `target` in one step: exchanged with the old one where the system
    can (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np RENAME_SWAP), else renamed over an
    absent target. `staging` then holds the old site (or nothing)."""
    if not target.exists():
        staging.rename(target)
        return
    try:
        _exchange(staging, target)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV) and not isinstance(
            exc, _NoExchange
        ):
            raise
        # A file system without an atomic exchange: the one moment without a site is
        # between these two renames, and the old site is kept until the new one is in place.
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        target.rename(old)
        staging.rename(target)
        old.rename(staging)


class _NoExchange(OSError):
    """This system has no call that exchanges two paths."""


def _exchange(first: Path, second: Path) -> None:
    encoded = (os.fsencode(first), os.fsencode(second))
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if not hasattr(libc, "renameat2"):
            raise _NoExchange(errno.ENOSYS, "no renameat2 in this C library")
        at_fdcwd, rename_exchange = -100, 2
        result = libc.renameat2(at_fdcwd, encoded[0], at_fdcwd, encoded[1], rename_exchange)
    elif sys.platform == "darwin":
        libc = ctypes.CDLL(None, use_errno=True)
        if not hasattr(libc, "renamex_np"):
            raise _NoExchange(errno.ENOSYS, "no renamex_np in this C library")
        rename_swap = 2
        result = libc.renamex_np(encoded[0], encoded[1], rename_swap)
    else:  # Windows among others: the two-rename fallback of swap_into_place
        raise _NoExchange(errno.ENOSYS, "no atomic exchange on this system")
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(second))
