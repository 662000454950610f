"""What a byline looks like, wherever the importer meets one: a line of its own atop the text
("By Julia Mendez, Border Wire", "Por Ana Gómez"), a part of a header line ("Reuters | By Jane
Doe | May 3, 2024"), a page's byline element, or in lower case ("by jane doe", "police beat by
Richard Matros"). One pattern for all, so a byline read in one place is read in every other."""

from __future__ import annotations

import re

# "By Name" / "Por Name", the name's words capitalised (particles allowed), then perhaps a desk or role.
BYLINE = re.compile(
    r"(?:By|BY|Por|POR)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|del|da|van|von|la|le|y))*)"
    r"(?:\s*[,|•–—-]\s*.*)?"
)
# A byline in lower case, alone or after a column name: "by jane doe", "police beat by Richard Matros".
LOWER_BYLINE = re.compile(r"(?:[a-z][^.!?]{0,60}\s)?by\s+(?P<name>[A-Za-z][\w.'’-]+(?:\s+(?:[A-Za-z][\w.'’-]+)){1,3})")


def byline_name(text: str) -> str | None:
    """The name a byline line or part gives, or None when it is no byline."""
    match = BYLINE.fullmatch(text) or LOWER_BYLINE.fullmatch(text)
    return match["name"] if match else None
