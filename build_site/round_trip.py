"""YAML that a person keeps: written and edited by ruamel.yaml so comments and layout survive,
read back by PyYAML (YAML 1.1) in the codebook and by MkDocs. Values are quoted where the two
would read them differently (`yes`, `off`, `~` are text to ruamel, booleans or null to PyYAML)."""

from __future__ import annotations

import io

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString


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
