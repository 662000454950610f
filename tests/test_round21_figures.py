"""Round 21's figure rules, each a shape counted across subjects: a count whose noun is left out
that a toll, total, tally, count or "number of" reaches. Each on a real dev sentence and on a
counter-example of another subject."""
from __future__ import annotations

from build_site.facts import find_figures
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


# Panama Canal (round 20's held-out texts, dev since): the traffic's codebook names "number of transits".
TRAFFIC = topic("canal-traffic", "Canal traffic", "vessel traffic", "number of transits", cues=("transits",))
# Hurricane Maria (held-out-22 of evaluation/said, dev since): the governor's revision of the toll.
RAISED = (
    "SAN JUAN, Puerto Rico • Puerto Rico’s governor raised the U.S. territory’s official death toll from "
    "Hurricane Maria from 64 to 2,975 on Tuesday after an independent study found that the number of people who "
    "succumbed in the desperate, sweltering aftermath had been severely undercounted."
)


def test_a_change_of_a_toll_reads_both_values_never_a_range() -> None:
    fell = "The total number of transits fell to 9,944 from 14,080 in the previous year.\n"
    facts = facts_of(fell, [TRAFFIC])
    assert (facts["9,944"], facts["14,080"]) == (("canal-traffic",), ("canal-traffic",))
    assert [(f.text, f.value) for f in find_figures(RAISED)] == [("64", 64.0), ("2,975", 2975.0)]


def test_a_change_no_toll_names_stays_as_read() -> None:
    # Counter-example (held-out-19 of evaluation/said, Babel): estimates "from 32 to 100 people"
    # are a range of the dead, no change of a toll; and a falling pair no measure names stays unread.
    estimates = "According to various estimates, from 32 to 100 people, including civilians, died in Karabakh."
    assert [f.text for f in find_figures(estimates)] == ["32 to 100 people"]
    assert find_figures("Previously, it went from 72 to 42.") == []


def test_a_change_of_another_measure_than_the_toll_is_not_split() -> None:
    # A review's sentences: the later value counts people in millions, or is money, or a time, or
    # the two numbers are an age's bounds; none is a change of the total's or number's own value.
    put = "Officials put the total from 10 to 12 million people."
    assert [(f.text, f.value) for f in find_figures(put)] == [("10 to 12 million people", 10_000_000.0)]
    cost = "The total cost rose from 5 to 7 billion dollars."
    assert [(f.text, f.kind) for f in find_figures(cost)] == [("7 billion dollars", "money")]
    aged = "The number of children aged from 5 to 12 who died rose sharply."
    assert find_figures(aged) == []
    years = "The death toll of the war rose from 10 to 12 years after it ended."
    assert [(f.text, f.kind) for f in find_figures(years)] == [("12 years", "duration")]


def test_a_change_of_the_tolls_own_noun_is_split_its_scale_carried() -> None:
    # The later value names what the number counts ("displaced people"): both values, the earlier
    # in the later's scale when both are written below a thousand; the round's bare changes stay
    # split (Helene, Panama Canal).
    displaced = "The number of displaced people rose from 1.2 to 1.5 million people last year."
    assert [(f.text, f.value) for f in find_figures(displaced)] == [
        ("1.2", 1_200_000.0),
        ("1.5 million people", 1_500_000.0),
    ]
    written = "The number of displaced people rose from 900,000 to 1.2 million people last year."
    assert [(f.text, f.value) for f in find_figures(written)] == [
        ("900,000", 900_000.0),
        ("1.2 million people", 1_200_000.0),
    ]
    dropped = "Officials dropped the number from 72 to 42 on Friday."
    assert [(f.text, f.value) for f in find_figures(dropped)] == [("72", 72.0), ("42", 42.0)]
    transits = "The number of daily transits increased from 17 to 24 in March."
    assert [f.text for f in find_figures(transits)] == ["17", "24"]
