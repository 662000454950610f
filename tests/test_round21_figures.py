"""Round 21's figure rules, each a shape counted across subjects: a count whose noun is left out
that a toll, total, tally, count or "number of" reaches. Each on a real dev sentence and on a
counter-example of another subject."""
from __future__ import annotations

from tests.test_round20_figures import TOLL, facts_of, topic


def test_a_count_a_toll_reaches_counts_what_the_toll_counts() -> None:
    # Helene (the Associated Press, NBC News): no noun after the number; the toll names it.
    deaths = (
        "The number of deaths stood at 225 on Friday; two more were recorded in South Carolina the "
        "following day.\n"
    )
    assert facts_of(deaths, [TOLL])["225"] == ("death-toll",)
    rose = "The Helene death toll rose to 33 in South Carolina, the state's Public Safety Department said.\n"
    assert facts_of(rose, [TOLL])["33"] == ("death-toll",)


def test_a_count_with_no_toll_before_it_stays_unread_and_a_toll_of_no_topic_has_none() -> None:
    # Counter-examples: a bare number no toll reaches is no figure (Helene, NBC News), and the
    # total of a count no topic names takes none (haiti, BINUH: the lynched are no gang's).
    assert "29" not in facts_of("Previously, it stood at 29.\n", [TOLL])
    violence = topic("gang-violence", "Gang violence", "gang-related violence", kind="threat")
    lynched = (
        "At least 268 people were lynched or executed under such circumstances, bringing the total "
        "to at least 596 in 2024.\n"
    )
    assert facts_of(lynched, [violence])["at least 596"] == ()

