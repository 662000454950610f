"""Disagreements: each rule with an example and a counter-example taken from real texts."""
from __future__ import annotations

import datetime as dt

import pytest

from build_site.disagreements import (
    Disagreement,
    EventRecord,
    FigureRecord,
    Source,
    find_disagreements,
    measure_of,
)


def figure(value: float, sentence: str, article: str, topics: tuple[str, ...] = ("mexico",),
           year: int | None = None, kind: str = "count", text: str | None = None,
           published: dt.date | None = None) -> FigureRecord:
    return FigureRecord(value, kind, text or f"{value:g} people", year, topics,
                        Source(article, article.upper(), "p1", sentence, published))


TOLL_A = "The official death toll of the drug war stood at at least 60,000 people."
TOLL_B = "Independent estimates put the number killed above 120,000 people by 2013."


def test_death_tolls_that_differ_between_sources() -> None:
    [d] = find_disagreements([figure(60000, TOLL_A, "a", text="at least 60,000 people"),
                              figure(120000, TOLL_B, "b", year=2013, text="above 120,000 people")])
    assert (d.kind, d.about, d.topics) == ("figures", "deaths (count)", ("mexico",))
    assert [s.article_id for s in d.evidence] == ["a", "b"] and d.values == ("at least 60,000 people",
                                                                           "above 120,000 people")


def test_a_floor_does_not_contradict_a_figure_just_above_it() -> None:
    """ "at least 60,000 people" and "above 120,000 people" differ; "at least 60,000" and "61,000"
    or "70,000" do not."""
    assert find_disagreements([figure(60000, TOLL_A, "a", text="at least 60,000 people"),
                               figure(70000, TOLL_B, "b", text="70,000 people")]) == ()


def test_figures_counting_different_things_or_far_apart_in_time_are_not_compared() -> None:
    """Same measure word, but "10 most-wanted fugitives" is a list, "29 cartel figures" a handover;
    and the same count published a year apart is two moments, not two sources on one."""
    list_ = "Caro Quintero was on the FBI's list of 10 most-wanted fugitives until his capture."
    handed = "Mexico extradited 29 cartel figures to the United States."
    assert find_disagreements([figure(10, list_, "a", text="10 most-wanted fugitives"),
                               figure(29, handed, "b", text="29 cartel figures")]) == ()
    assert find_disagreements([figure(60000, TOLL_A, "a", published=dt.date(2012, 1, 1)),
                               figure(120000, TOLL_B, "b", published=dt.date(2013, 6, 1))]) == ()


def test_rounding_is_no_disagreement() -> None:
    assert find_disagreements([figure(60000, TOLL_A, "a"), figure(62000, TOLL_B, "b")]) == ()


def test_figures_about_different_topics_or_years_are_not_compared() -> None:
    assert find_disagreements([figure(60000, TOLL_A, "a", topics=("mexico",)),
                               figure(120000, TOLL_B, "b", topics=("colombia",))]) == ()
    assert find_disagreements([figure(60000, TOLL_A, "a", year=2012), figure(120000, TOLL_B, "b", year=2013)]) == ()


def test_figures_without_a_measure_word_are_not_compared() -> None:
    assert measure_of("The group held 33,341 people.") is None
    assert find_disagreements([figure(33341, "The group held 33,341 people.", "a"),
                               figure(72000, "About 72,000 people were counted.", "b")]) == ()


def test_a_sentence_with_two_measures_is_ambiguous() -> None:
    assert measure_of("Police arrested 12 people and seized 3 tons of cocaine.") is None
    assert measure_of("Police arrested 12 people.") == "arrests"


def test_dates_of_one_event_that_differ() -> None:
    january = EventRecord("2025-01", ("mexico", "national-guard"), Source(
        "a", "A", "p2", "Mexico deployed National Guard troops to the border in January 2025."))
    february = EventRecord("2025-02-04", ("mexico", "national-guard"), Source(
        "b", "B", "p5", "Mexico deployed National Guard troops to the border on February 4, 2025."))
    [d] = find_disagreements((), [january, february])
    assert (d.kind, d.about, d.values) == ("dates", "date of: deployed", ("2025-01", "2025-02-04"))


def test_same_month_or_a_year_only_is_no_disagreement() -> None:
    a = EventRecord("2025-02", ("mexico",), Source("a", "A", "p1", "Mexico deployed troops in February 2025."))
    b = EventRecord("2025-02-04", ("mexico",), Source("b", "B", "p1", "Mexico deployed troops on Feb. 4, 2025."))
    c = EventRecord("2025", ("mexico",), Source("c", "C", "p1", "Mexico deployed troops in 2025."))
    assert find_disagreements((), [a, b, c]) == ()


def test_a_claim_and_its_denial_in_one_sentence() -> None:
    """rs02: the accusation and the denial are one sentence; a bare denial of something the
    corpus does not hold is left out."""
    denied = Source("rs02", "AFP", "p4", "The US, British and Israeli representatives accused Iran of supporting "
                    "the Houthi strikes, a charge Tehran has denied.")
    plain = Source("rs02", "AFP", "p5", "The Houthis control much of Yemen, including the capital.")
    assert find_disagreements((), (), [(denied, ("iran",)), (plain, ("houthis",))]) == (
        Disagreement("disputed", "claim and denial", ("iran",), (denied,)),)
    bare = Source("b", "B", "p1", "The ministry denied the reports.")
    assert find_disagreements((), (), [(bare, ()), (plain, ("houthis",))]) == ()


def test_a_denial_is_paired_with_the_claim_it_denies() -> None:
    """A Times of Israel live-blog entry (June 2024, not an evaluation text): the officials' "is
    incorrect" answers the claim the Houthis made, not the sentence about the carrier's route."""
    claim = Source("a", "A", "p3", "The Iran-backed Houthis claimed earlier that the operation against the "
                   "Eisenhower had achieved its objectives successfully, without elaborating.")
    route = Source("a", "A", "p4", "A report prior to that said that the Eisenhower had been ordered home.")
    denial = Source("a", "A", "p1", "A claim by Yemen's Houthi group on Saturday that its forces had attacked the "
                    "US aircraft carrier Dwight D. Eisenhower in the Red Sea is false, two US officials tell Reuters.")
    context = Source("a", "A", "p1", "The Houthis said the operation against the Eisenhower achieved its objectives.")
    [d] = find_disagreements((), (), [(denial, ("houthis",)), (context, ("houthis",)), (claim, ("houthis",)),
                                      (route, ())])
    assert (d.about, d.evidence) == ("claim and denial", (claim, denial))


def test_stems_that_most_sentences_hold_do_not_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    """The claim search counts only stems held by at most COMMON_STEM sentences (what keeps it
    linear): with a limit of one, the stems the claim and the denial share no longer count."""
    import build_site.disagreements as differ

    claim = Source("a", "A", "p3", "The Houthis claimed that the operation against the Eisenhower had achieved "
                   "its objectives.")
    denial = Source("a", "A", "p1", "A claim by the Houthis that the operation against the Eisenhower had achieved "
                    "its objectives is false, two US officials said.")
    assert len(find_disagreements((), (), [(denial, ()), (claim, ())])) == 1
    monkeypatch.setattr(differ, "COMMON_STEM", 1)
    assert find_disagreements((), (), [(denial, ()), (claim, ())]) == ()


def test_a_dispute_as_a_noun_is_no_disagreement() -> None:
    """"Resolving disputes" names no claim that is disputed; "disputes the figures" does."""
    noun = Source("a", "A", "p1", "These dialogues provide a platform for resolving disputes between Mexico and the US.")
    verb = Source("b", "B", "p2", "The ministry disputes the figures Mexico published.")
    claim = Source("c", "C", "p1", "Mexico said the figures it published show fewer homicides.")
    assert find_disagreements((), (), [(noun, ("mexico",)), (claim, ("mexico",))]) == ()
    [d] = find_disagreements((), (), [(verb, ("mexico",)), (claim, ("mexico",))])
    assert d.evidence == (claim, verb)
