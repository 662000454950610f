"""Text on its way in: one form for every accent, no invisible or direction-changing characters.

Decomposed accents ("e" + U+0301) look like composed ones ("é") but match nothing written the
other way, so all text is NFC. Bidirectional controls (U+202A-U+202E embeddings and overrides,
U+2066-U+2069 isolates) can make a quote or a title read differently from what it says, and
soft hyphens, zero-width spaces and byte-order marks hide inside words and stop them matching:
they are removed from all text. Names and titles also lose the zero-width joiners and
direction marks, so that a title made only of invisible characters is as empty as it looks.
"""

from __future__ import annotations

import html
import re
import unicodedata

# Removed everywhere: bidi embeddings, overrides and isolates; soft hyphen; zero-width space;
# word joiner and invisible operators; byte-order mark (zero-width no-break space).
_HIDDEN = "\u202a-\u202e\u2066-\u2069\u00ad\u200b\u2060-\u2064\ufeff"
# Also removed from names and titles: zero-width (non-)joiners, direction marks, Mongolian vowel separator.
_HIDDEN_IN_NAMES = _HIDDEN + "\u200c\u200d\u200e\u200f\u061c\u180e"

_TEXT_REMOVE = re.compile(f"[{_HIDDEN}]")
_NAME_REMOVE = re.compile(f"[{_HIDDEN_IN_NAMES}]")
_LINE_BREAK = re.compile(r"\r\n?")  # Windows and old Mac line ends
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")  # &#8238; &#x202E; &shy;


def clean_text(text: str) -> str:
    """Article bodies, summaries and whole input files: NFC, hidden and bidi controls removed,
    every line break written "\n" (a break is still a break, so line numbers stay right)."""
    text = _LINE_BREAK.sub("\n", _TEXT_REMOVE.sub("", text))
    return unicodedata.normalize("NFC", text)  # removed first: NFC stays NFC


def clean_name(text: str) -> str:
    """Titles, names, aliases, bylines: clean_text, no zero-width character, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", _NAME_REMOVE.sub("", text)).split())


def clean_source(text: str) -> str:
    """A whole input file (article or codebook): clean_text, and no character reference to a
    removed character either (Markdown, or any HTML a name ends up in, turns `&#x202E;` into
    the character itself)."""
    return clean_text(_REFERENCE.sub(_drop_hidden_reference, text))


def _drop_hidden_reference(match: re.Match[str]) -> str:
    decoded = html.unescape(match[0])
    return "" if _TEXT_REMOVE.fullmatch(decoded) else match[0]
