"""Disagreements: each rule with an example and a counter-example taken from real texts."""
from __future__ import annotations

from build_site.disagreements import (
    Disagreement,
    EventRecord,
    FigureRecord,
    Source,
    find_disagreements,
    measure_of,
)


def figure(value: float, sentence: str, article: str, topics: tuple[str, ...] = ("mexico",),
           year: int | None = None, kind: str = "count") -> FigureRecord:
    return FigureRecord(value, kind, str(value), year, topics, Source(article, article.upper(), "p1", sentence))


TOLL_A = "The official death toll of the drug war stood at at least 60,000 people."
TOLL_B = "Independent estimates put the number killed above 120,000 people by 2013."


def test_death_tolls_that_differ_between_sources() -> None:
    [d] = find_disagreements([figure(60000, TOLL_A, "a"), figure(120000, TOLL_B, "b", year=2013)])
    assert (d.kind, d.about, d.topics) == ("figures", "deaths (count)", ("mexico",))
    assert [s.article_id for s in d.evidence] == ["a", "b"] and d.values == ("60000", "120000")


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


def test_denied_and_disputed_claims() -> None:
    denied = Source("rs02", "AFP", "p4", "The US, British and Israeli representatives accused Iran of supporting "
                    "the Houthi strikes, a charge Tehran has denied.")
    plain = Source("rs02", "AFP", "p5", "The Houthis control much of Yemen, including the capital.")
    assert find_disagreements((), (), [(denied, ("iran",)), (plain, ("houthis",))]) == (
        Disagreement("disputed", "disputed", ("iran",), (denied,)),)


def test_a_dispute_as_a_noun_is_no_disagreement() -> None:
    """"Resolving disputes" names no claim that is disputed; "disputes the figures" does."""
    noun = Source("a", "A", "p1", "These dialogues provide a platform for resolving disputes between Mexico and the US.")
    verb = Source("b", "B", "p2", "The ministry disputes the figures Mexico published.")
    assert find_disagreements((), (), [(noun, ("mexico",)), (verb, ("mexico",))]) == (
        Disagreement("disputed", "disputed", ("mexico",), (verb,)),)
