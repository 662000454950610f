"""Per-article results of earlier builds, on disk, so that a rebuild redoes only what changed.

An entry's key is a hash of everything its value depends on: the code (this package's
source and the versions of the libraries that shape the results) and the inputs the caller
names (the article's text, the codebook). So an entry never goes stale, it only stops being
asked for; saving the cache deletes the entries the build did not use. A missing or
unreadable entry is a miss, never an error: the cache only ever saves time.

Entries are pickles, so the folder is trusted like the project's own code: it sits in the
project beside mkdocs.yml, is git-ignored, and can be deleted at any time.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import TypeVar

from build_site.model import Topic

log = logging.getLogger("mkdocs.plugins.briefing")
T = TypeVar("T")
# Libraries whose output is part of a cached result: a new version may split or match differently.
LIBRARIES = ("markdown-it-py", "nltk", "pyahocorasick", "jinja2", "markupsafe")
SUFFIX = ".pickle"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the package's source and templates, the libraries' versions and the Python version."""
    digest = hashlib.sha256(f"python {sys.version_info[:2]}".encode())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".j2") and path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for name in LIBRARIES:
        digest.update(f"{name} {version(name)}".encode())
    return digest.hexdigest()


def codebook_fingerprint(topics: Iterable[Topic]) -> str:
    """A hash of every topic as loaded: any change to a name, alias or attribute changes it."""
    return hashlib.sha256(repr(tuple(topics)).encode()).hexdigest()


class ArticleCache:
    """A folder of entries, one file per key; `ArticleCache(None)` keeps nothing."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0
        self._used: set[str] = set()
        self._new: dict[str, object] = {}

    def key(self, *parts: str) -> str:
        """The key of a value computed from `parts` (texts) by the current code."""
        digest = hashlib.sha256(code_fingerprint().encode())
        for part in parts:
            encoded = part.encode()
            digest.update(len(encoded).to_bytes(8, "big") + encoded)  # lengths keep ("ab", "c") != ("a", "bc")
        return digest.hexdigest()

    def get(self, key: str) -> object | None:
        if self.folder is None:
            return None
        self._used.add(key)
        try:
            value = pickle.loads((self.folder / (key + SUFFIX)).read_bytes())
        except Exception:  # noqa: BLE001 - a missing, truncated or foreign file is a miss; it is rewritten
            value = None
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
        return value

    def put(self, key: str, value: T) -> T:
        """Keep `value` for the next build (written by `save`); returns it for chaining."""
        if self.folder is not None:
            self._used.add(key)
            self._new[key] = value
        return value

    def save(self) -> None:
        """Write the new entries and delete the ones this build did not use. Failing to is only a warning."""
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for key, value in self._new.items():
                _write_atomically(self.folder / (key + SUFFIX), value)
            for entry in self.folder.glob("*" + SUFFIX):
                if entry.stem not in self._used:
                    entry.unlink(missing_ok=True)
        except OSError as exc:
            log.warning(f"briefing: could not update the cache in {self.folder} ({exc.strerror or exc}); "
                        "the next build will redo the work")
        self._new.clear()


def _write_atomically(path: Path, value: object) -> None:
    """A reader sees the old entry or the whole new one, never half of it."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
