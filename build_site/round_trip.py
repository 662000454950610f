"""YAML that a person keeps: written and edited by ruamel.yaml so comments and layout survive,
read back by PyYAML (YAML 1.1) in the codebook and by MkDocs. Values are quoted where the two
would read them differently (`yes`, `off`, `~` are text to ruamel, booleans or null to PyYAML)."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import yaml
from filelock import FileLock
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from build_site.problems import InputError, Problem

EDIT_LOCK = Path(".cache", "briefing-edit.lock")  # in the project folder, beside the build's cache


def round_trip() -> YAML:
    """A loader and dumper that keeps comments, key order, quotes and inline lists as written."""
    editor = YAML()
    editor.preserve_quotes = True
    editor.width = 1 << 16  # a long summary stays on its line, as written
    editor.indent(mapping=2, sequence=2, offset=0)
    return editor


def text(value: str) -> str:
    """`value` as a scalar that PyYAML also reads as this text: quoted where PyYAML would quote it."""
    if yaml.safe_dump(value, width=1 << 16, allow_unicode=True).startswith(("'", '"')):
        quoted: str = DoubleQuotedScalarString(value)
        return quoted
    return value


def flow(items: list[str]) -> CommentedSeq:
    """A list written inline, `[a, b]`, as the codebook files write aliases."""
    seq = CommentedSeq(text(item) for item in items)
    seq.fa.set_flow_style()
    return seq


def dump_entries(entries: list[CommentedMap]) -> str:
    """Codebook entries as YAML in the files' own style: `- id: …`, two-space keys, lists inline."""
    buffer = io.StringIO()
    round_trip().dump(CommentedSeq(entries), buffer)
    return buffer.getvalue()


@contextlib.contextmanager
def one_edit_at_a_time(project: Path) -> Iterator[None]:
    """Hold the project's edit lock while a command reads corpus files, changes them and writes
    them back: a second command (another `accept`, a `dismiss`) waits, then reads what the first
    wrote, so neither writes over the other's change. The system drops the lock of a process
    that dies; the empty lock file stays."""
    lock_path = project / EDIT_LOCK
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(lock_path)
        lock.acquire()
    except OSError as exc:
        raise InputError(
            [Problem(lock_path, f"cannot be locked for the edit ({exc.strerror or exc}); nothing written")]
        ) from None
    try:
        yield
    finally:
        lock.release()


def replace_file(path: Path, content: str) -> None:
    """Write next to the file, then rename over it: a crash leaves the old file or the new, whole.

    A full or read-only disk raises OSError naming `path` (not the temporary file), for the command
    to say in one line."""
    try:
        _replace(Path(os.path.realpath(path)), content)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None


def _replace(target: Path, content: str) -> None:
    """The write of `replace_file`: the old file stays until the new one is whole."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            shutil.copymode(target, temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
