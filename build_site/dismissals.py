"""The names an analyst dismissed from the review queue, read from `corpus/dismissed.yml`.

The review queue is meant to be read in full: a name once judged not worth a topic would
otherwise come back at every build. `briefing dismiss` (dismiss.py) writes the file, a list
of names; every build reads it here, and a candidate any of whose names (as the queue groups
them: case, plural, a title before it, "Name (ACR)" and its parts) is listed leaves the review
queue, `briefing check` and briefing.json. The file is the corpus's, beside its articles and
topics, never the codebook's: a dismissed name is no topic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

from build_site.candidates import group_key
from build_site.input_files import CODEBOOK_LIMIT, InputFileError, project_folder, read_input
from build_site.matcher import is_acronym
from build_site.model import Candidate
from build_site.problems import InputError, Problem
from build_site.yaml_input import YamlInputError, load_yaml

FILE_NAME = "dismissed.yml"
# A name given with its short form, as the review queue lists one a text defines:
# "Animal and Plant Health Inspection Service (APHIS)", "National Milk Testing Strategy (NMTS)".
_DEFINED = re.compile(r"(?P<name>\S.*?)\s*\((?P<short>[A-Z][A-Za-z0-9.&-]*)\)")


def dismissal_file(corpus: Path) -> Path:
    """Where a briefing keeps its dismissed names: in its corpus folder, outside `topics/`."""
    return corpus / FILE_NAME


def defined_name(name: str) -> tuple[str, str | None]:
    """A name and the short form written after it in parentheses, apart: matched as written,
    "Name (ACR)" would find neither "Name" alone nor "ACR", the ways the texts go on to name it.
    A parenthesis that is not a short form of two or more capitals stays in the name."""
    found = _DEFINED.fullmatch(name)
    if found is None or sum(c.isupper() for c in found["short"]) < 2:
        return name, None
    return found["name"], found["short"]


def name_keys(name: str) -> frozenset[str]:
    """Every key under which the review queue would group `name`: the whole, and of "Name (ACR)"
    each part, folded as candidates group names, as written and without the plural `s` of a last
    word typed in lower case or of an acronym ("consortiums" = "consortium", "NGOs" = "NGO"); a
    capitalized name keeps its `s` ("Hamas" is not "Hama", "ISIS" not "ISI")."""
    spelled, short = defined_name(name)
    parts = [name, spelled, *([short] if short else [])]
    return frozenset(key for part in parts for form in {part, _singular(part)} if (key := group_key(form)))


def _singular(name: str) -> str:
    """`name` with its last word's plural `s` dropped where the word is a plural beyond doubt."""
    head, _, last = name.rpartition(" ")
    plural = last.endswith("s") and not last.endswith("ss") and len(last) > 3
    if plural and (last.islower() or (is_acronym(last[:-1]) and not is_acronym(last))):
        last = last[:-1]
    return f"{head} {last}" if head else last


def matching(name: str, names: Iterable[str]) -> list[str]:
    """The names of `names` that are `name` as the review queue groups names."""
    keys = name_keys(name)
    return [other for other in names if keys & name_keys(other)]


def split_dismissed(
    candidates: Sequence[Candidate], dismissed: Sequence[str]
) -> tuple[tuple[Candidate, ...], tuple[Candidate, ...]]:
    """The candidates still to review, and those a dismissed name covers, each in queue order."""
    keys = frozenset().union(*(name_keys(name) for name in dismissed))
    covered = [bool(keys & name_keys(c.text)) for c in candidates]
    return (
        tuple(c for c, gone in zip(candidates, covered, strict=True) if not gone),
        tuple(c for c, gone in zip(candidates, covered, strict=True) if gone),
    )


def load_dismissed(corpus: Path) -> tuple[str, ...]:
    """The dismissed names, in the file's order; none without a file. A file that is no list
    of names is refused in one line naming it and the line."""
    path = dismissal_file(corpus)
    if not path.exists() and not path.is_symlink():
        return ()
    try:  # as a codebook file: bounded, a regular file, inside the project
        content = read_input(path, CODEBOOK_LIMIT, project_folder(corpus / "topics")).decode("utf-8")
    except InputFileError as exc:
        raise InputError([Problem(path, str(exc))]) from None
    except UnicodeDecodeError:
        raise InputError([Problem(path, "is not UTF-8 text")]) from None
    try:
        names = load_yaml(content)
    except YamlInputError as exc:
        first = exc.findings[0]
        raise InputError([Problem(path, first.message, line=first.line)]) from None
    if names is None:
        return ()
    advice = "a list of names, one `- NAME` a line, as `briefing dismiss` writes it"
    if not isinstance(names, list):
        raise InputError([Problem(path, f"must be {advice}", line=1)])
    root = yaml.compose(content, Loader=yaml.SafeLoader)  # no alias or anchor: load_yaml refused them
    assert isinstance(root, yaml.SequenceNode), "a list is a sequence node"
    for name, node in zip(names, root.value, strict=True):
        if not isinstance(name, str) or not name.strip():
            line = node.start_mark.line + 1
            raise InputError([Problem(path, f"{name!r} is no name; the file must be {advice}", line=line)])
    return tuple(names)
