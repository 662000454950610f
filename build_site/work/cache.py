"""Per-article results of earlier builds, on disk, so that a rebuild redoes only what changed.

An entry's key is a hash of everything its value depends on: the code (this package's
source and the versions of the libraries that shape the results) and the inputs the caller
names (the article's text, the codebook). So an entry never goes stale, it only stops being
asked for. An entry is written as soon as it is made, by whichever process made it (a
worker, articles.py); saving the cache at the end of a build deletes the entries the build
did not use.

The folder is not trusted: the Pages workflow restores it from the CI cache, which another
workflow run may have written. So an entry is JSON, which cannot run code, read only into
the type asked for and checked field by field as it is parsed (codec.py), and it names its
own key, kind and format: an entry under another entry's name (swapped, or copied) is a miss. A signature
would add nothing here, since its key would have to live in that same restored folder. A
missing, unreadable or foreign entry is a miss, and a cache that cannot be read or written
at all only costs time: nothing here ever fails a build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import fields
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import TypeVar

from build_site.model import Article, Topic
from build_site.problems import display_path
from build_site.work.codec import entry_bytes, entry_value

log = logging.getLogger("mkdocs.plugins.briefing")
T = TypeVar("T")
# Libraries whose output is part of a cached result: a new version may split or match differently
# (Material's search parser makes the article pages' cached sections).
LIBRARIES = (
    "markdown-it-py",
    "nltk",
    "regex",
    "pyahocorasick",
    "jinja2",
    "markupsafe",
    "markdown",
    "countryinfo",
    "mkdocs-material",
    "msgspec",  # the entries' format
)
SUFFIX = ".json"
FORMAT = 2  # of an entry's JSON; the code's fingerprint changes with it anyway
FINGERPRINTS = "fingerprints.json"  # what the last build was made from, to say what changed since
ENTRY_NAME = re.compile(
    r"[0-9a-f]{64}\.(?:json|pickle)"
)  # only files of these shapes are ever deleted (.pickle: older builds', never read)
TEMPORARY_NAME = re.compile(r"\.[A-Za-z0-9_]+\.tmp")  # an entry being written (tempfile.mkstemp's names)
STALE_AFTER = 3600  # seconds: a temporary file this old was left by a writer that was killed


def _digest_of(parts: Iterable[bytes]) -> str:
    """A hash of the parts in order; length prefixes keep ("ab", "c") apart from ("a", "bc")."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the package's source and templates, the libraries' versions and the Python version."""
    package = Path(__file__).parents[1]  # build_site/, not work/: the templates shape the cached pages
    sources = sorted(p for p in package.rglob("*") if p.suffix in (".py", ".j2") and p.is_file())
    return _digest_of(
        [
            f"python {sys.version_info[:2]}".encode(),
            *(f"{name} {version(name)}".encode() for name in LIBRARIES),
            *(part for p in sources for part in (p.relative_to(package).as_posix().encode(), p.read_bytes())),
        ]
    )


def content_repr(record: Article | Topic) -> str:
    """The record's fields but where it lies (path, line): that does not change what it says,
    and a project moved (or restored on another machine) keeps its cache."""
    return repr(tuple(getattr(record, f.name) for f in fields(record) if f.name not in ("path", "line")))


def codebook_fingerprint(topics: Iterable[Topic]) -> str:
    """A hash of every topic as loaded: any change to a name, alias or attribute changes it."""
    return _digest_of(content_repr(topic).encode() for topic in topics)


class ArticleCache:
    """A folder of entries, one file per key; `ArticleCache(None)` keeps nothing."""

    def __init__(self, folder: Path | None, redone: str = "all their work") -> None:
        self.folder = folder
        self.redone = redone  # what builds redo while the folder cannot be written, as the log says it
        self.hits = 0
        self.misses = 0
        self.missed: Counter[type] = Counter()  # misses by the kind of value asked for
        self.problem: str | None = None  # why there is no cache, or it could not be written: for the summary
        self._used: set[str] = set()
        self._code = ""
        self.fingerprints: dict[str, str] = {}  # "the code", "the codebook" -> their hash in this build
        self._previous: dict[str, str] = {}
        if folder is not None:
            try:
                self._code = self.fingerprints["the code"] = code_fingerprint()
            except Exception as exc:  # noqa: BLE001 - e.g. a library installed without metadata
                self.problem = f"no cache this build: the code's fingerprint failed ({exc})"
                log.info(f"briefing: {self.problem}")
                self.folder = None
            try:
                previous = json.loads((folder / FINGERPRINTS).read_text(encoding="utf-8"))
            except Exception:  # noqa: BLE001 - no earlier build, or an unreadable note: nothing to compare
                previous = {}
            self._previous = previous if isinstance(previous, dict) else {}

    def changed(self) -> list[str]:
        """What changed since the last build that saved this cache: "the code", "the codebook"."""
        return [
            name
            for name, value in self.fingerprints.items()
            if name in self._previous and self._previous[name] != value
        ]

    @property
    def found_earlier_build(self) -> bool:
        """Whether a build saved this cache before (else every entry is new)."""
        return bool(self._previous)

    def key(self, *parts: str) -> str:
        """The key of a value computed from `parts` (texts) by the current code ("" without a folder)."""
        if self.folder is None:
            return ""
        return _digest_of([self._code.encode(), *(part.encode() for part in parts)])

    def read(self, key: str, kind: type[T]) -> T | None:
        """The entry under `key` if there is one and it is a `kind`, else None. It counts
        nothing, so a worker process can call it; the build then `note`s what was found."""
        if self.folder is None:
            return None
        try:
            value: T = entry_value((self.folder / (key + SUFFIX)).read_bytes(), FORMAT, key, kind)
        except Exception:  # noqa: BLE001 - a missing, truncated or damaged file is a miss; it is rewritten
            return None
        return value

    def has(self, key: str) -> bool:
        """Whether an entry is stored under `key` (it may still be unreadable: `read` says)."""
        return self.folder is not None and (self.folder / (key + SUFFIX)).is_file()

    def note(self, key: str, kind: type, found: bool) -> None:
        """Count a `read` as a hit or a miss, and keep its entry when the cache is saved."""
        if self.folder is None:
            return
        self._used.add(key)
        if found:
            self.hits += 1
        else:
            self.misses += 1
            self.missed[kind] += 1

    def skip(self, kind: type) -> None:
        """Count as a miss an entry this build cannot use (what it was drawn from is being
        redone), without reading it."""
        if self.folder is not None:
            self.misses += 1
            self.missed[kind] += 1

    def keep(self, key: str) -> None:
        """Keep the entry under `key` when the cache is saved (one written by a worker)."""
        if self.folder is not None:
            self._used.add(key)

    def write(self, key: str, value: object) -> str | None:
        """Write the entry now; why not, if that failed. It counts nothing, so a worker process
        can call it; the build then `keep`s the entry."""
        if self.folder is None:
            return None
        try:
            self._make_folder()
            _write_atomically(self.folder / (key + SUFFIX), key, value)
        except Exception as exc:  # noqa: BLE001 - the site is fine; only the next build's head start is lost
            return self._could_not_write(exc)
        return None

    def _make_folder(self) -> None:
        assert self.folder is not None
        if self.folder.exists() and not self.folder.is_dir():
            raise NotADirectoryError("it is a file, not a folder")
        self.folder.mkdir(parents=True, exist_ok=True)

    def _could_not_write(self, exc: Exception) -> str:
        """Said at info level, not as a warning: MkDocs' strict mode turns every warning into a
        failed build, and a read-only or full disk should not."""
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        assert self.folder is not None
        return (
            f"could not update the cache in {display_path(self.folder)} ({reason}); "
            f"builds will redo {self.redone} until it can be"
        )

    def failed(self, problem: str | None) -> None:
        """Note why an entry could not be written (once: the summary says it once)."""
        if problem and self.problem is None:
            self.problem = problem
            log.info(f"briefing: {problem}")

    def save(self) -> None:
        """Write the fingerprints, and delete the entries this build did not use (and the
        temporary files of writers that were killed)."""
        if self.folder is None:
            return
        try:
            self._make_folder()
            (self.folder / FINGERPRINTS).write_text(json.dumps(self.fingerprints), encoding="utf-8")
            for entry in self.folder.iterdir():
                if ENTRY_NAME.fullmatch(entry.name) and entry.name[: -len(SUFFIX)] not in self._used:
                    entry.unlink(missing_ok=True)
                elif TEMPORARY_NAME.fullmatch(entry.name) and time.time() - entry.stat().st_mtime > STALE_AFTER:
                    entry.unlink(missing_ok=True)  # left by a writer that was killed (another build's is younger)
        except Exception as exc:  # noqa: BLE001 - the site is fine; only the next build's head start is lost
            self.failed(self._could_not_write(exc))


def _write_atomically(path: Path, key: str, value: object) -> None:
    """A reader sees the old entry or the whole new one, never half of it."""
    entry = entry_bytes(FORMAT, key, value)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(entry)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
