"""What a byline looks like, wherever the importer meets one: a line of its own atop the text
("By Julia Mendez, Border Wire", "Por Ana Gómez"), a part of a header line ("Reuters | By Jane
Doe | May 3, 2024"), a page's byline element, or in lower case ("by jane doe", "police beat by
Richard Matros"), or a writer's name joined to the outlet or an address with no "By" ("Pete
Evans · CBC News ·", "Mike Cason | mcason@al.com"). One pattern for all, so a byline read in one
place is read in every other."""

from __future__ import annotations

import re

# "By Name" / "Por Name", the name's words capitalised (particles allowed), then perhaps a desk or role.
BYLINE = re.compile(
    r"(?:By|BY|Por|POR)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|del|da|van|von|la|le|y))*)"
    r"(?:\s*[,|•·–—-]\s*.*)?"
)
# A byline in lower case, alone or after a column name: "by jane doe", "police beat by Richard Matros".
LOWER_BYLINE = re.compile(
    r"(?:[a-z][^.!?]{0,60}\s)?by\s+(?P<name>[A-Za-z][\w.'’-]+(?:\s+(?:[A-Za-z][\w.'’-]+)){1,3})"
    # or opening the line, a capitalised name with the writer's title or date after a comma or bar:
    # "by Tia Ghose, Staff Writer | October 29, 2014 07:38am ET"
    r"|by\s+(?P<titled>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*[,|]\s*[^.!?]{2,80}"
)


def byline_name(text: str) -> str | None:
    """The name a byline line or part gives, or None when it is no byline."""
    match = BYLINE.fullmatch(text) or LOWER_BYLINE.fullmatch(text)
    return (match["name"] or match["titled"]) if match else None


# A newspaper's, station's or wire's name: "Mohave Valley Daily News", "FOX 13 News", "The Associated
# Press", "The Denver Post" ("Post" and "Press" alone end people's names too: Emily Post, Frank Press).
OUTLET = re.compile(
    r"(?:[A-Z0-9][\w.&'’-]*\s+)+(?:News|Times|Herald|Journal|Tribune|Gazette|Chronicle|Newswire|Wire|Media|Bulletin"
    r"|Courier|Observer|Telegraph|Magazine|Newspaper|Network|Radio|TV)|The\s+(?:[A-Z][\w.&'’-]*\s+)+(?:Post|Press)",
)


def names_an_outlet(name: str) -> bool:
    """A byline naming a newspaper, station or wire ("By Mohave Valley Daily News"): its publisher,
    not a person who wrote. An organisation signing its own release ("Wikimedia Foundation") is its author."""
    return bool(OUTLET.fullmatch(" ".join(name.split())))


# A writer's name joined to the outlet or an e-mail address by a bar or a dot, no "By": "Pete
# Evans · CBC News ·", "Mike Cason | mcason@al.com".
JOINED_BYLINE = re.compile(
    r"(?!(?:By|BY|Por|POR)\s)(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*[|·•]\s*(?P<rest>[^|·•]+?)\s*[|·•]?"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def joined_byline_name(text: str) -> str | None:
    """The writer a name-and-outlet or name-and-address line gives, or None: the part after the
    bar must be an outlet's name or an e-mail address, and the name no outlet's."""
    match = JOINED_BYLINE.fullmatch(" ".join(text.split()))
    if match is None or names_an_outlet(match["name"]):
        return None
    rest = match["rest"]
    return match["name"] if EMAIL.fullmatch(rest) or names_an_outlet(rest) else None
