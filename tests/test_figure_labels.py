"""A count's label reaches its noun: real excerpts (tests/fixtures/figure-labels.md) where the
noun stands after several describing words or after two joined by "and"."""
from __future__ import annotations

from pathlib import Path

from build_site.facts import find_figures

EXCERPTS = Path(__file__).parent / "fixtures" / "figure-labels.md"


def excerpt(start: str) -> str:
    """The fixture's excerpt that begins with `start`."""
    paragraphs = EXCERPTS.read_text(encoding="utf-8").split("\n\n")
    return next(p.strip() for p in paragraphs if p.startswith(start))


def labels(start: str) -> list[str]:
    return [figure.text for figure in find_figures(excerpt(start))]


def test_three_plain_describing_words_reach_the_noun() -> None:
    # The H5N1 trial: the label stopped at "commercial"; WSVN: at "separate".
    assert labels("More than 300,000") == ["More than 300,000 commercial table egg pullets"]
    assert labels("Set to take place")[0] == "21 separate drug interdiction operations"


def test_two_describing_words_joined_by_and_share_the_noun() -> None:
    assert labels("Highly pathogenic") == ["344 commercial and backyard flocks", "35 states"]
    assert labels("The Houthis have since") == ["dozens of merchant and naval vessels", "hundreds of air strikes"]


def test_a_second_number_or_a_verb_keeps_counts_apart() -> None:
    # Counter-example (Market Realist): "160 are commercial and 87 are backyard flocks" joins no noun.
    assert labels("According to the APHIS") == ["247 confirmed flocks"]
