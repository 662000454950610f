"""Every country's names and demonym, from a general list (the countryinfo package).

The rules that need to know a country word ("Colombian" before "cartels", "Mexico" alone
as a candidate) read it here, so no rule carries one subject's countries.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from countryinfo import all_countries


@lru_cache(maxsize=1 << 14)
def place_key(text: str) -> str:
    """Accents, case, apostrophe style and spacing folded: "Medellín" = "medellin". Cached: the
    matcher's and the figures' rules fold the same few words at match after match."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.replace("\u2019", "'").casefold().split())


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """Folded name, long name, spelling or demonym (singular and plural) -> the country's name.

    Codes of two or three letters are left out ("IN", "CAN" are words too). A demonym shared
    by several ("American") goes to the most populous country."""
    words: dict[str, str] = {}
    for country in sorted(all_countries(), key=lambda c: -(c.population() or 0)):
        name = country.name()
        forms = [name, *(s for s in country.alt_spellings() if len(s) > 3)]
        demonym = country.demonym()
        if demonym:
            forms += [demonym, demonym + "s"]
        for form in forms:
            words.setdefault(place_key(form), name)
    return words


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Every country's demonym, singular and folded: "yemeni", "mexican"."""
    return frozenset(place_key(demonym) for c in all_countries() if (demonym := c.demonym()))


@lru_cache(maxsize=1)
def _demonyms_by_name() -> dict[str, tuple[str, ...]]:
    """A country's name -> its demonyms, folded: "Niger" -> ("nigerien",)."""
    table: dict[str, tuple[str, ...]] = {}
    for country in all_countries():
        if demonym := country.demonym():
            table[country.name()] = (*table.get(country.name(), ()), place_key(demonym))
    return table


def demonyms_of(country: str) -> tuple[str, ...]:
    """The demonyms of a country by its name, folded ("Czech Republic" -> ("czech",)); none for
    any other phrase."""
    return _demonyms_by_name().get(country, ())


@lru_cache(maxsize=1)
def state_words() -> frozenset[str]:
    """The words countries' long names and spellings write before "of", kinds of state rather than
    names: "republic" (Republic of Korea), "kingdom" (Kingdom of Spain), "states" (United States of
    America)."""
    return frozenset(
        word.casefold()
        for country in all_countries()
        for spelling in (country.name(), *country.alt_spellings())
        for word in re.findall(r"(\w+)\s+of\b", spelling)
    )


def is_demonym(word: str) -> bool:
    """Whether a word is a country's adjective ("Yemeni"), not its name ("Yemen") nor a plural
    people ("Yemenis"), which may be a clause's subject."""
    return place_key(word) in _demonyms()


def country_of(phrase: str) -> str | None:
    """The country a name or demonym names, or None: "Colombian" -> "Colombia"."""
    return country_words().get(place_key(phrase))


# Words that make a place of the place after them: "Southeast Asia", "Latin America".
PLACE_MODIFIERS = frozenset(
    """north south east west northern southern eastern western central southeast southwest
    northeast northwest middle far near latin upper lower greater sub-saharan""".split()
)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names of places: every country's names, capital and provinces (and a province's
    first part: "Michoacan" of "Michoacan de Ocampo"), and the world's regions ("Americas",
    "Central America", "Latin America", "Caribbean")."""
    names: set[str] = set(country_words())
    for country in all_countries():
        info = country.info()
        capital = country.capital()
        places = list(capital) if isinstance(capital, list) else [capital] if capital else []
        places += country.provinces() or []
        for region in (info.get("region"), info.get("subregion"), info.get("intermediateregion")):
            if isinstance(region, str) and region:
                places += region.split(" and the ")
        for place in places:
            names.add(place_key(place))
            names.add(place_key(place.split(" de ")[0].split("-")[0]))
    names |= {name[:-1] for name in names if name.endswith("americas")}
    return frozenset(n for n in names if n)


def is_place(phrase: str) -> bool:
    """A place name, or one after a compass word: "Mexico City", "Jalisco", "Southeast Asia"."""
    key = place_key(phrase)
    if key in place_names():
        return True
    first, _, rest = key.partition(" ")
    return first in PLACE_MODIFIERS and rest in place_names()


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Two- and three-letter codes ("us", "usa", "uk"), which a text writes in capitals."""
    return frozenset(s.lower() for c in all_countries() for s in c.alt_spellings() if 2 <= len(s) <= 3 and s.isupper())


def codes_of(country: str) -> frozenset[str]:
    """A country's two- and three-letter codes, lower case: "us", "usa" of the United States."""
    return frozenset(
        s.lower()
        for c in all_countries()
        if c.name() == country
        for s in c.alt_spellings()
        if 2 <= len(s) <= 3 and s.isupper()
    )
