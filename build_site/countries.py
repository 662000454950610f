"""Every country's names and demonym, from a general list (the countryinfo package).

The rules that need to know a country word ("Colombian" before "cartels", "Mexico" alone
as a candidate) read it here, so no rule carries one subject's countries.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from countryinfo import all_countries


def _key(text: str) -> str:
    """Accents, case, apostrophe style and spacing folded: "Medellín" = "medellin"."""
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
            words.setdefault(_key(form), name)
    return words


def country_of(phrase: str) -> str | None:
    """The country a name or demonym names, or None: "Colombian" -> "Colombia"."""
    return country_words().get(_key(phrase))
