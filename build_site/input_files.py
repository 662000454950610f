"""Read an input file only if it is a regular file of bounded size, inside the project.

A FIFO makes a plain read wait forever, a link to /dev/zero reads until memory runs out, and
a link to a file elsewhere on the machine would be published with the site. So: the path
(its links followed) must stay inside the project folder when one is given, the file opened
must be a regular file (checked on the open descriptor, so a file swapped after the check
is caught too), and no more than the limit is ever read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MB = 1_000_000
# An article: far longer than any real report, still built in bounded time and memory;
# a codebook file: room for thousands of topics of one kind (benchmarks/RESULTS.md, "Input limits").
ARTICLE_LIMIT = 20 * MB
CODEBOOK_LIMIT = 2 * MB


class InputFileError(ValueError):
    """Why a file is not read, as the end of the sentence `<file> ...`."""


def read_input(path: Path, limit: int, project: Path | None = None) -> bytes:
    """The file's bytes; raises InputFileError if it leaves `project` (a resolved path: see
    project_folder), is not a regular file, is larger than `limit` bytes or cannot be read."""
    if project is not None:
        refuse_outside(path, project)
    try:
        kind = _kind(os.stat(path).st_mode)
        if kind:
            raise InputFileError(f"is {kind}, not a regular file")
        # O_NONBLOCK: a FIFO put in place after the stat above still opens at once (and is refused).
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        if path.is_symlink():
            raise InputFileError(f"is a link to {os.readlink(path)}, which does not exist") from None
        raise InputFileError("does not exist") from None
    except OSError as exc:
        raise InputFileError(f"cannot be read: {exc.strerror}") from None
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(stream.fileno())
        kind = _kind(status.st_mode)
        if kind:
            raise InputFileError(f"is {kind}, not a regular file")
        if status.st_size > limit:
            raise InputFileError(f"is {_size(status.st_size)}, over the limit of {_size(limit)} for this kind of file")
        try:
            data = stream.read(limit + 1)  # a file that grew since the check is still read only so far
        except OSError as exc:
            raise InputFileError(f"cannot be read: {exc.strerror}") from None
    if len(data) > limit:
        raise InputFileError(f"is over the limit of {_size(limit)} for this kind of file")
    return data


def project_folder(corpus_part: Path) -> Path:
    """The project folder of a corpus folder's part (`corpus/articles`, `corpus/topics`): the
    folder holding the corpus, resolved once for every file's check."""
    return Path(os.path.realpath(corpus_part.absolute().parent.parent))


def refuse_outside(path: Path, project: Path) -> None:
    """Raise InputFileError if `path`, its links followed (its own, or a folder's on its way),
    is not inside `project` (resolved)."""
    target = Path(os.path.realpath(path))
    if not target.is_relative_to(project):
        what = "folder" if target.is_dir() else "file"
        raise InputFileError(
            f"leads through a link to {target}, outside the project folder; copy the {what} in instead"
        )


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _size(count: int) -> str:
    return f"{count / MB:.1f} MB"
