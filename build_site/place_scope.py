"""The place a topic belongs to, and another place's name written as the qualifier of its name.

A body's short name is often shared by its counterparts elsewhere: `DNR` is Michigan's
Department of Natural Resources in one sentence and "the Illinois DNR" in the next. A topic
whose name starts with a place ("Michigan Department of Natural Resources"), or an actor with
a `country`, belongs to that place, so one of its other names right after another place of the
same sort (a state for a state, a country for a country) is that place's body, not the topic.
Places of different sorts do not exclude each other: "the Mexican Sinaloa Cartel" is still the
cartel of Sinaloa.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from countryinfo import all_countries

from build_site.countries import PLACE_MODIFIERS, country_of, place_key, place_names
from build_site.model import Topic

# The one or two capitalized words right before a name, with a possessive: "the |Illinois| DNR",
# "|New York|'s DNR", "the |U.S.| Navy".
WORDS_BEFORE = re.compile(r"(?<![\w'\u2019.-])((?:[A-Z]\.){2,}|[A-Z][^\W\d_]*(?: [A-Z][^\W\d_]*)?)(?:['\u2019]s?)? $")
LEADING_WORDS = 2  # how many first words of a topic's name may be its place ("New York State Police")


@dataclass(frozen=True, slots=True)
class Place:
    """A country (named, its demonym or its code) or a place within one (state, province, capital)."""

    key: str  # the country's name, or the place's folded name
    country: bool


@lru_cache(maxsize=1)
def _countries_by_code() -> dict[str, str]:
    """A country's two- and three-letter codes ("US", "UK") -> its name."""
    codes: dict[str, str] = {}
    for country in sorted(all_countries(), key=lambda c: -(c.population() or 0)):
        for spelling in country.alt_spellings():
            if 2 <= len(spelling) <= 3 and spelling.isupper():
                codes.setdefault(spelling, country.name())
    return codes


@lru_cache(maxsize=1 << 12)
def place_of(words: str, codes: bool = True) -> Place | None:
    """The place words name, if any: "Illinois" (a state), "Mexican" and "U.S." (countries). A
    code without dots ("US") counts only with `codes`: beside a name in capitals it is a word."""
    country = country_of(words)
    if country is None and (codes or "." in words):
        country = _countries_by_code().get(words.replace(".", ""))
    if country:
        return Place(country, True)
    key = place_key(words)
    return Place(key, False) if key in place_names() and key not in PLACE_MODIFIERS else None


def topic_place(topic: Topic) -> Place | None:
    """The place a topic belongs to: an actor's `country`, else the place its name starts with,
    when words follow it ("Michigan Department of Natural Resources" -> Michigan; a country's
    code only with dots, "U.S. Navy", as a name's first capitals are often its own)."""
    country = dict(topic.attributes).get("country")
    if country and (place := place_of(country)) is not None:
        return place
    words = topic.name.split()
    for count in range(min(LEADING_WORDS, len(words) - 1), 0, -1):
        place = place_of(" ".join(words[:count]), codes=False)  # "MMR vaccine" is no Myanmar's
        if place is not None:
            return place
    return None


def _starts_with_a_place(name: str) -> bool:
    """Whether a name's first word or two name a place: "Michigan DNR" carries its own place."""
    words = name.split()
    return any(place_of(" ".join(words[:count])) is not None for count in range(1, min(LEADING_WORDS, len(words)) + 1))


def qualified_elsewhere(text: str, start: int, end: int, place: Place) -> bool:
    """Whether the words right before the name `text[start:end]` name another place of the same
    sort as `place`: "the Illinois DNR" for Michigan's DNR. A name that starts with a place
    ("Michigan DNR") says whose it is itself."""
    if start < 2 or text[start - 1] != " ":
        return False  # the quick test: no word right before the name, or none capitalized
    if not text[text.rfind(" ", max(0, start - 40), start - 1) + 1].isupper():
        return False
    before = WORDS_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    written = before.group(1)
    codes = not text[start:end].isupper()  # "JOIN US" in a headline is no country
    other = place_of(written, codes)
    if other is None and " " in written:
        other = place_of(written.split()[-1], codes)
    if other is None or other.country != place.country or other.key == place.key:
        return False
    return not _starts_with_a_place(text[start:end])
