"""YAML that a user or an attacker wrote (codebook files, article front matter), parsed with bounds.

PyYAML on its own expands aliases without limit ("billion laughs": minutes and gigabytes),
recurses once per nesting level (a list nested 20,000 deep is a RecursionError) and keeps the
last of two equal keys without a word. Here the events are read first, which costs no
recursion and no expansion: any anchor or alias, or nesting deeper than MAX_DEPTH, is refused
before a single object is built. Then the document is built with a safe loader that reports
every duplicate key. Dates stay text, so an impossible date gets the caller's own message.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import yaml

from build_site.wording import cut

# Deeper than any codebook (list > topic > aliases is 3) or front matter (1 or 2) needs.
MAX_DEPTH = 20

# LibYAML's parser when PyYAML has it: the same safe constructor, several times faster.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class YamlFinding:
    """One reason the YAML is refused, at a line of the text given (1-based), if known."""

    message: str
    line: int | None


class YamlInputError(ValueError):
    """The YAML cannot be used; carries every finding (all duplicate keys at once)."""

    def __init__(self, findings: list[YamlFinding]) -> None:
        self.findings = findings
        super().__init__("; ".join(f.message for f in findings))


class BoundedLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    """The safe loader, dates left as text, that records duplicate keys instead of dropping one."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[YamlFinding] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Hashable, int] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node)
            line = key_node.start_mark.line + 1
            if not isinstance(key, Hashable):
                continue  # the constructor itself reports an unhashable key
            if key in seen:
                self.duplicates.append(YamlFinding(f"has the key {key!r} twice (first at line {seen[key]})", line))
            else:
                seen[key] = line
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


BoundedLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str, loader: type[BoundedLoader] = BoundedLoader, *, error_at_start: bool = False) -> Any:
    """The document in `text`; raises YamlInputError for an anchor, an alias, nesting deeper than
    MAX_DEPTH, duplicate keys or invalid YAML (lines are those of `text`). A syntax error is put
    where YAML gave up, or with `error_at_start` where the broken construct began (an unclosed
    bracket in a short front matter; in a long codebook list that would be its first line)."""
    try:
        _check_events(text, loader)
        instance = loader(text)
        try:
            data = instance.get_single_data()
        finally:
            instance.dispose()
    except yaml.YAMLError as exc:
        raise YamlInputError([_syntax_finding(exc, error_at_start, text)]) from None
    if instance.duplicates:
        raise YamlInputError(instance.duplicates)
    return data


# The usual fix for PyYAML's reasons that have one.
_ADVICE = {"mapping values are not allowed": "put a value that contains ': ' in quotes"}

# What PyYAML's contexts are, in a user's words.
_CONSTRUCTS = {"flow sequence": "[ list", "flow mapping": "{ mapping", "quoted scalar": "quoted text"}


# A key written against its value (`name:Utah`): YAML reads one word, and fails a line later.
_INDENT = re.compile(r"\s*(?:-\s+)*")
_GLUED_KEY = re.compile(r"^\s*(?:-\s+)?(?P<key>[A-Za-z_][\w-]*):(?=[^\s/])")


def _typing_slip(text: str, line: int) -> str | None:
    """The slip of typing that most likely broke the YAML where it gave up (0-based `line`):
    a key glued to its value on that line or the one above, or a line indented under one whose
    value is already written (YAML then reads it as part of that value). Quoted, not numbered:
    a front matter's lines are not its file's."""
    lines = text.splitlines()
    for number in (line - 1, line):
        glued = _GLUED_KEY.match(lines[number]) if 0 <= number < len(lines) else None
        if glued:
            return f"`{cut(lines[number].strip(), 30)}` needs a space after `{glued['key']}:`"
    if 0 < line < len(lines):
        above, here = lines[line - 1], lines[line]
        if _indent(here) > _indent(above) and re.search(r":\s+\S", above) and ":" in here:
            return f"`{cut(here.strip(), 30)}` is indented further than the line above it: align the two"
    return None


def _indent(line: str) -> int:
    """Where a line's key starts: after its spaces and any `- ` that opens a list entry."""
    return len(line) - len(_INDENT.sub("", line, count=1))


def _syntax_finding(exc: yaml.YAMLError, error_at_start: bool, text: str = "") -> YamlFinding:
    """Where YAML gave up and why, the other end of the broken construct when it is on another
    line (an unclosed bracket is noticed lines later), and the usual fix: the typing slip found
    near that line, else the one PyYAML's reason has."""
    if isinstance(exc, yaml.reader.ReaderError):  # a NUL or another control character: no mark, an offset
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return YamlFinding(
            f"is not valid YAML (it holds the control character U+{code:04X}, which YAML does not allow: remove it)",
            text.count("\n", 0, exc.position) + 1,
        )
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    reason = getattr(exc, "problem", None) or "invalid YAML"
    mark = (context_mark or problem_mark) if error_at_start else problem_mark
    construct = next(
        (words for name, words in _CONSTRUCTS.items() if name in (getattr(exc, "context", "") or "")), None
    )
    if construct and context_mark and problem_mark and context_mark.line != problem_mark.line:
        if mark is context_mark:
            reason += f"; the {construct} begun here is not closed (noticed at line {problem_mark.line + 1})"
        else:
            reason += f"; the {construct} begun at line {context_mark.line + 1} is not closed"
    slip = _typing_slip(text, problem_mark.line) if problem_mark and not construct else None
    advice = slip or next((fix for words, fix in _ADVICE.items() if reason.startswith(words)), None)
    return YamlFinding(
        f"is not valid YAML ({reason})" + (f": {advice}" if advice else ""), mark.line + 1 if mark else None
    )


def _check_events(text: str, loader: type[BoundedLoader]) -> None:
    """Refuse anchors, aliases and deep nesting from the parser's events, before anything is built."""
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        line = event.start_mark.line + 1 if event.start_mark else None
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise YamlInputError(
                [
                    YamlFinding(
                        "uses a YAML anchor or alias (&name, *name), which is not allowed here: write the value out",
                        line,
                    )
                ]
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlInputError([YamlFinding(f"nests lists or mappings more than {MAX_DEPTH} deep", line)])
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
