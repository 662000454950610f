"""Errors as data: loaders return problems instead of raising, so every one is reported at once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding about one input file, printed as a single line."""

    path: Path
    message: str
    line: int | None = None
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        line = f"{location(self.path, self.line)}: {self.severity.value}: {self.message}"
        return line.translate(_ESCAPES)


# Control characters (a line break, a terminal escape) and direction overrides in a file name or a
# quoted value are shown escaped: a problem stays one line, and prints as the text it quotes.
_ESCAPES = {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))} | {
    code: f"\\u{code:04x}" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


def location(path: Path, line: int | None = None) -> str:
    """`file:line` (or just `file`), as editors and terminals make clickable."""
    return f"{display_path(path)}:{line}" if line else display_path(path)


def display_path(path: Path) -> str:
    """Paths relative to the working folder where possible: short, and clickable in editors."""
    try:
        return str(path.absolute().relative_to(Path.cwd()))  # no resolve(): a link keeps its own name
    except (ValueError, OSError):
        return str(path)


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


class InputError(Exception):
    """Raised at the edge (CLI, plugin) when loading found errors; carries all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
