"""find_figures: the figures the seed articles state, and the look-alikes they must not give."""
from __future__ import annotations

import re

import pytest

from build_site.corpus import load_articles
from build_site.facts import FIGURE_KINDS, Figure, find_figures
from build_site.text import parse_blocks
from tests.helpers import FIXTURE_CORPUS

ARTICLES = FIXTURE_CORPUS / "articles"


def only(sentence: str) -> Figure:
    figures = find_figures(sentence)
    assert len(figures) == 1, figures
    return figures[0]


def summary(sentence: str) -> list[tuple[str, str, float | None, int | None]]:
    return [(f.text, f.kind, f.value, f.year) for f in find_figures(sentence)]


# --- the real examples from the seeds -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value", "year"),
    [
        ("Established in 2002, it plays a crucial role in:", "2002", "year", 2002.0, 2002),
        (
            "A significant institutional framework for this cooperation evolved in the form of the "
            "Merida Initiative, introduced in 2007, which is a security cooperation agreement.",
            "2007", "year", 2007.0, 2007,
        ),
        ("During that year 33,341 people were murdered.", "33,341 people", "count", 33341.0, None),
        ("That was an increase of 33% from the previous year.", "33%", "percent", 33.0, None),
        (
            "As both nations share a nearly 2,000-mile border, the strategic imperatives grew.",
            "nearly 2,000-mile", "distance", 2000.0, None,
        ),
        (
            "Over two dozen people have been targeted in the past by the party using this Spyware.",
            "Over two dozen people", "count", 24.0, None,
        ),
        ("2018 was an election year in Mexico.", "2018", "year", 2018.0, 2018),
    ],
)
def test_seed_sentences(sentence: str, text: str, kind: str, value: float, year: int | None) -> None:
    figure = only(sentence)
    assert (figure.text, figure.kind, figure.value, figure.year) == (text, kind, value, year)
    assert sentence[figure.start : figure.end] == figure.text


def test_a_count_takes_the_year_its_sentence_states() -> None:
    assert summary("In 2018 33,341 people were murdered.") == [
        ("2018", "year", 2018.0, 2018),
        ("33,341 people", "count", 33341.0, 2018),
    ]
    assert summary("The numbers for 2017 show that around 72,000 people died as a result of overdoses.") == [
        ("2017", "year", 2017.0, 2017),
        ("around 72,000 people", "count", 72000.0, 2017),
    ]


def test_percent_and_duration_in_one_sentence() -> None:
    sentence = (
        "According to a paper from the U.S-Mexico Security Cooperation Task Force the Homicide Rate "
        "has risen steadily over the last three years while 95% of Homicides go unanswered."
    )
    assert summary(sentence) == [
        ("the last three years", "duration", 3.0, None),
        ("95%", "percent", 95.0, None),
    ]


def test_written_numbers() -> None:
    sentence = "Over the last decade it is believed that a quarter of a million people have been killed."
    assert summary(sentence) == [
        ("the last decade", "duration", 10.0, None),
        ("a quarter of a million people", "count", 250000.0, None),
    ]


def test_vague_money_and_its_year() -> None:
    sentence = "The U.S. has pledged billions since 2007 to support Mexico in various areas."
    assert summary(sentence) == [("billions", "money", None, 2007), ("2007", "year", 2007.0, 2007)]
    assert summary("Fuel theft presents an enterprise costing Mexico billions annually.") == [
        ("billions", "money", None, None)
    ]
    assert summary("with billions in trade flowing daily across their shared border") == [
        ("billions", "money", None, None)
    ]


def test_two_years_and_no_shared_year() -> None:
    assert summary("In 2015 and 2016, the average life expectancy in the U.S. actually decreased.") == [
        ("2015", "year", 2015.0, 2015),
        ("2016", "year", 2016.0, 2016),
    ]
    # Two years in the sentence: a count in it is about neither of them alone.
    assert [f.year for f in find_figures("Between 2015 and 2016, 500 migrants were detained.")] == [2015, 2016, None]


def test_money_with_amounts() -> None:
    assert summary("It cost $1.5 billion, then US$300 million and 2 million pesos.") == [
        ("$1.5 billion", "money", 1.5e9, None),
        ("US$300 million", "money", 3e8, None),
        ("2 million pesos", "money", 2e6, None),
    ]


def test_distances_and_durations() -> None:
    assert summary("The border runs 3,145 km; the talks took six months and then a decade.") == [
        ("3,145 km", "distance", 3145.0, None),
        ("six months", "duration", 0.5, None),
        ("a decade", "duration", 10.0, None),
    ]


# --- look-alikes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S.-Mexico relationship and the Mexico-U.S. border.",
        "1. Drug Trafficking and Cartel Activity",
        "2) Irregular Migration and Human Trafficking",
        "since the rise of powerful cartels in the late 20th century",
        "One of the most underreported stories was this one of the most important relationships.",
        "Both nations and the two countries share both sides of the border.",
        "The intertwinement dates back many decades and several years.",
        "Call 555-123-4567 or No. 5 for the 1990s, order 12018 and the 2018th visitor.",
        "Efforts threaten communities.",  # "ten" inside "threaten" is no number
        "\u00a9 2007-2019 Author(s) ALL RIGHTS RESERVED",
        "That was an increase from the previous year.",
    ],
)
def test_no_false_figures(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_ranges_give_both_years() -> None:
    assert [f.text for f in find_figures("The program ran 2019-2020.")] == ["2019", "2020"]


# --- all five seed articles --------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_figures() -> list[tuple[str, Figure]]:
    articles, problems = load_articles(ARTICLES)
    assert not problems
    assert len(articles) >= 5, "the five seed articles are expected in the fixture briefing's articles"
    found = []
    for article in articles:
        for block in parse_blocks(article):
            for sentence in block.sentences:
                for figure in find_figures(sentence.text):
                    assert sentence.text[figure.start : figure.end] == figure.text
                    found.append((article.id, figure))
    return found


def test_seed_articles_give_the_expected_figures(seed_figures: list[tuple[str, Figure]]) -> None:
    got = {(f.text, f.kind, f.value) for _, f in seed_figures}
    expected = {
        ("2002", "year", 2002.0),
        ("2007", "year", 2007.0),
        ("nearly 2,000-mile", "distance", 2000.0),
        ("billions", "money", None),
        ("33,341 people", "count", 33341.0),
        ("33%", "percent", 33.0),
        ("95%", "percent", 95.0),
        ("around 72,000 people", "count", 72000.0),
        ("a quarter of a million people", "count", 250000.0),
        ("Over two dozen people", "count", 24.0),
        ("2015", "year", 2015.0),
        ("2016", "year", 2016.0),
        ("the last three years", "duration", 3.0),
    }
    assert expected <= got, expected - got


def test_seed_articles_give_no_list_numbers_or_stray_kinds(seed_figures: list[tuple[str, Figure]]) -> None:
    for _, figure in seed_figures:
        assert figure.kind in FIGURE_KINDS
        assert not re.fullmatch(r"\d{1,2}[.)]?", figure.text), figure
        if figure.kind == "year":
            assert figure.value is not None and 1900 <= figure.value <= 2099
            assert figure.year == int(figure.value)


def test_the_unit_t_is_no_first_letter_of_a_hyphened_word() -> None:
    """Twenty "t-shirts" count shirts, not 20 tonnes; "40,000 t of grain" is still a quantity."""
    assert ("20 t", "quantity") not in [f[:2] for f in summary("After 90 minutes, 20 t-shirts and 30 hats were sold.")]
    assert summary("The ship carried 40,000 t of grain.")[0][:2] == ("40,000 t", "quantity")


def test_a_figures_words_stop_where_its_verb_begins() -> None:
    # Real text (the Colorado River trial): "supports" is the river's second verb, no second noun.
    assert [f.text for f in find_figures("The Colorado River supplies water to more than 40 million people across "
                                         "seven states and supports agriculture on farmland.")] == [
        "more than 40 million people", "seven states"]
    # Counter-example (Helene, FEMA): a second plural before a preposition is a second noun.
    assert only("Overall, approximately 2.5 million households and businesses across the Carolinas are without "
                "electricity.").text == "approximately 2.5 million households and businesses"
    # Real text (the trial): an adverb before a verb in "-s" leaves "One acre-foot" no count.
    assert find_figures("One acre-foot generally provides enough water for households.") == []
    # Counter-example (CDC, measles): an adverb before a participle qualifies the counted noun.
    assert only("Of the 48 internationally imported cases, most occurred among U.S. residents.").text == (
        "48 internationally imported cases")


def test_an_earlier_year_and_a_tally_with_to_are_no_counts() -> None:
    # Real text (the trial, AP on the Navajo Nation's case): a year of history and a court's vote.
    assert find_figures("In a 5 to 4 decision, the justices rejected the Navajo Nation’s arguments under the 1868 "
                        "treaty.") == []
    # Counter-example (Key Bridge, federal funding): a rising pair joined by "to" is a range.
    assert only("Typically, the federal government funds 80 to 90 percent of state transportation projects.").text == (
        "80 to 90 percent")
