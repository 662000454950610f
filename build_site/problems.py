"""Errors as data: loaders return problems instead of raising, so every one is reported at once."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
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
        return f"{location(self.path, self.line)}: {self.severity.value}: {self.message}"


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
