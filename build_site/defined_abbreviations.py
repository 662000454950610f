"""Short forms an article defines, and what they then stand for in it.

A text that writes "the Illinois Department of Natural Resources (DNR)" means the Illinois body
by every "DNR" after it, even where the codebook gives `DNR` to Michigan's. So a short form
defined in brackets after a name holds, from there to the next definition of it, for what
that name names:

- the codebook's topic whose name or alias spans the defining name: "DNR" stays Michigan's
  after "Michigan Department of Natural Resources (DNR)" and is the Illinois topic's after
  "Illinois Department of Natural Resources (DNR)" when the codebook has that one too;
- when the codebook knows no such name, a defining name holding another place of the sort the
  topic belongs to (place_scope.py) is that place's body: "DNR" is then no mention at all;
- otherwise the short form keeps its topic ("Secretaría de la Defensa Nacional (SEDENA)" may
  well be the codebook's Secretariat of National Defense under another name).

Only a definition the short form spells counts (its letters, the first one at a word's start,
in order in the name: the rule of Schwartz and Hearst, 2003), so "Texas (7)" or a name beside
an unrelated acronym defines nothing. Matches before a definition keep their topic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from build_site.model import Block, Mention, block_index
from build_site.place_scope import Place, place_of

# A short form in brackets: two capitals or more, dots and inner lower case allowed ("U.S.", "DoJ").
SHORT_FORM = re.compile(r"\((?:the )?([A-Z][A-Za-z.&]*[A-Z]\.?)\)")
# The words of a name, read back from the bracket: capitalized words and the small words inside names.
NAME_WORD = re.compile(r"[A-Z][\w'\u2019.&-]*|of|and|for|the|on|in|de|del|la|el|des|du|&")
MAX_NAME_WORDS = 12


@dataclass(frozen=True, slots=True)
class Definition:
    """ "Name (ACR)": where the short form's brackets open, and the name's span in the block."""

    block: int  # the block's index in the article
    at: int  # where the bracket opens
    short: str  # the short form without dots
    name_start: int  # the whole run of the name's words
    long_start: int  # where the part the short form spells starts
    name_end: int


def _spelled_from(short: str, name: str) -> int | None:
    """Where in `name` the part the short form spells starts, or None (Schwartz and Hearst: its
    letters in order, read from the end, its first letter at the start of a word)."""
    at = len(name) - 1
    letters = [c.lower() for c in short if c.isalnum()]
    for i in range(len(letters) - 1, -1, -1):
        while at >= 0 and (name[at].lower() != letters[i] or (i == 0 and at > 0 and name[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return None
        at -= 1
    return name.rfind(" ", 0, at + 1) + 1


def _name_before(text: str, end: int) -> int | None:
    """Where the run of a name's words right before `end` starts: capitalized words and the
    small words between them ("Illinois Department of Natural Resources")."""
    words = list(NAME_WORD.finditer(text, max(0, end - 160), end))
    start = None
    stop = end
    for word in reversed(words[-MAX_NAME_WORDS:]):
        if text[word.end() : stop].strip():
            break  # a comma, a digit or a word of another sort ends the name
        if word.group()[0].isupper():
            start = word.start()
        stop = word.start()
    return start


def definitions(blocks: Sequence[Block]) -> list[Definition]:
    """Every "Name (ACR)" of the article whose short form the name spells, in reading order."""
    found = []
    for index, block in enumerate(blocks):
        if "(" not in block.text:
            continue
        for bracket in SHORT_FORM.finditer(block.text):
            end = len(block.text[: bracket.start()].rstrip())
            start = _name_before(block.text, end)
            if start is None:
                continue
            short = bracket.group(1).replace(".", "")
            spelled = _spelled_from(short, block.text[start:end])
            if spelled is not None:
                found.append(Definition(index, bracket.start(), short, start, start + spelled, end))
    return found


def _named_by(definition: Definition, mentions: Sequence[Mention]) -> set[str]:
    """The topics whose names span the defining name, up to its end."""
    return {
        m.topic_id
        for m in mentions
        if m.start <= definition.long_start and m.end == definition.name_end and m.start >= definition.name_start
    }


def _holds_another_place(text: str, place: Place) -> bool:
    """Whether a name holds a place of `place`'s sort other than it: "Illinois" for Michigan's."""
    words = text.split()
    for count in (2, 1):
        for i in range(len(words) - count + 1):
            other = place_of(" ".join(words[i : i + count]))
            if other is not None and other.country == place.country and other.key != place.key:
                return True
    return False


def _short_form_of(surface: str) -> str:
    """A mention's surface as a short form is written: no dots, no possessive or plural ending."""
    return re.sub(r"(?:['\u2019]s|s)$", "", surface).replace(".", "")


def apply_definitions(
    blocks: Sequence[Block], mentions: Sequence[Mention], places: Mapping[str, Place]
) -> tuple[Mention, ...]:
    """The article's mentions with each short form it defines standing for what its name names
    (the module's rules); `places` are the topics' places (Matcher.places)."""
    found = definitions(blocks)
    if not found:
        return tuple(mentions)
    by_block: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_block.setdefault(block_index(mention.anchor), []).append(mention)
    named = [_named_by(d, by_block.get(d.block, [])) for d in found]
    result = []
    for mention in mentions:
        index = block_index(mention.anchor)
        short = _short_form_of(mention.surface)
        governing = [
            (d, topics)
            for d, topics in zip(found, named, strict=True)
            if d.short == short and (d.block, d.at) <= (index, mention.start)
        ]
        if not governing or not short.isupper():
            result.append(mention)
            continue
        definition, topics = governing[-1]
        if len(topics) == 1 and mention.topic_id not in topics:
            result.append(replace(mention, topic_id=next(iter(topics))))
            continue
        place = places.get(mention.topic_id)
        name = blocks[definition.block].text[definition.name_start : definition.name_end]
        if topics or place is None or not _holds_another_place(name, place):
            result.append(mention)
    return tuple(result)
