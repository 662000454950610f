"""Review findings of round nineteen, each with the example that showed it and a counter-example."""
from __future__ import annotations

from build_site.speakers import _resolver
from build_site.statements import Actor

ZELENSKY = (Actor("zelensky", ("Volodymyr Zelensky", "Zelensky"), "person", "President of Ukraine"),)


def test_a_blank_speaker_resolves_to_no_one() -> None:
    """An empty or blank speaker is no one, not an error (the last word of nothing)."""
    resolver = _resolver(ZELENSKY)
    assert resolver.resolve("", frozenset()) is None
    assert resolver.resolve("   ", frozenset()) is None
    assert resolver.resolve("Zelensky", frozenset()) == "zelensky"

