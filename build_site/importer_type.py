"""What kind of document an imported source is, where the source itself says so (`type:`).

Three shapes are read, each a structure the document's kind gives it, never its wording:
- a press release's own furniture: its release line ("FOR IMMEDIATE RELEASE | <date>"), the
  masthead or contact block around it, or its number line ("Press Release 23-035"), which the
  importer drops as the release's (importer_release); a release line that holds the text until
  it is delivered ("For Release on Delivery") is a prepared testimony's or speech's: a statement;
- a web page whose structured data types the page itself as schema.org's `Report`;
- a text of transcript turns: paragraphs opening with a speaker's label ("SEN. CRUZ (R-TX): …",
  "Q: …"), at least TRANSCRIPT_TURNS of them by at least two speakers.
Anything else keeps the default, news; `--type` always wins (importer_write.merge_metadata).
"""

from __future__ import annotations

import re

from build_site.importer_model import Draft
from build_site.importer_release import MASTHEAD_REASON, RELEASE_BLOCK_REASON, RELEASE_NUMBER_REASON, RELEASE_REASON
from build_site.statements import turn_speakers

RELEASE_FURNITURE = frozenset({RELEASE_REASON, MASTHEAD_REASON, RELEASE_BLOCK_REASON, RELEASE_NUMBER_REASON})
# A prepared statement's embargo: "For Release on Delivery", held until the testimony or speech is given.
ON_DELIVERY = re.compile(r"\brelease\s+on\s+delivery\b", re.IGNORECASE)
SCHEMA_TYPES = {"Report": "report"}  # schema.org's types of a document that is no news story
TRANSCRIPT_TURNS = 4  # turns that make a transcript, not an article quoting a question and its answer


def found_type(draft: Draft) -> tuple[str, str] | None:
    """The type the source states and why, or None."""
    furniture = [line for why, line in draft.dropped if why in RELEASE_FURNITURE]
    if any(ON_DELIVERY.search(line) for line in furniture):
        return "statement", "its release line holds it until it is delivered, as a testimony or speech is"
    if furniture:
        return "release", "its release line or number, as a press release prints them"
    if declared := sorted(SCHEMA_TYPES[t] for t in draft.schema_types & SCHEMA_TYPES.keys()):
        return declared[0], "the page's structured data types it so"
    speakers = turn_speakers(piece.text for piece in draft.pieces if piece.kind == "paragraph")
    if len(speakers) >= TRANSCRIPT_TURNS and len(set(speakers)) >= 2:
        return "transcript", f"{len(speakers)} paragraphs open as a speaker's turn"
    return None
