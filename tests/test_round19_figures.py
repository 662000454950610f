"""Round 19's figure rules, each a shape of any news text: a definite description of a topic
named earlier, a topic in the figure's own phrase, coordinated subjects, a range read whole. Each
on a real sentence and on a counter-example of another subject."""
from __future__ import annotations

from pathlib import Path

import pytest

from build_site.codebook import load_codebook
from build_site.facts import find_figures
from build_site.model import Article, Topic
from tests.helpers import briefing_of


def topic(topic_id: str, name: str, *aliases: str, type_: str = "", called: tuple[str, ...] = ()) -> Topic:
    attributes = (("type", type_),) if type_ else ()
    return Topic(topic_id, "actor", name, aliases, "A topic.", attributes=attributes, called=called)


def facts_of(body: str, topics: list[Topic]) -> dict[str, tuple[str, ...]]:
    article = Article(id="a", path=Path("a.md"), title="A", body=body)
    return {f.text: f.topics for f in briefing_of([article], topics).facts}


# Real paragraphs (WCBM, Action News Jax): the ship is named, two paragraphs pass, then it is
# "the freighter".
DALI_ARTICLE = (
    "All 22 crew aboard the Dali were reported safe by Singaporean officials.\n\n"
    "Some of items were lithium ion batteries, she said.\n\n"
    "Hormedy said most of the hazardous materials were corrosives.\n\n"
    "Hormedy said there were 21 crew members and two crew pilots on board the freighter at the time of the crash.\n"
)
# Real paragraphs (Washington Examiner, coast-guard): the cutter is named, two paragraphs pass,
# then it is "the ship".
CUTTER_ARTICLE = (
    "The Oregon-based Coast Guard Cutter Steadfast arrived back in Astoria, Oregon, Tuesday.\n\n"
    "Once a suspicious boat is found, staff will go after and interdict it to see what is on board.\n\n"
    "The Joint Interagency Task Force-South coordinates with all DHS entities.\n\n"
    "The ship also brought back another 3,000 pounds of cocaine from two other operations.\n"
)
STEADFAST = topic("steadfast", "Coast Guard Cutter Steadfast", "Steadfast", type_="ship")


def test_a_description_by_a_noun_the_codebook_calls_a_topic_stands_for_it() -> None:
    dali = topic("dali", "Dali", "container ship", type_="vessel", called=("freighter",))
    assert facts_of(DALI_ARTICLE, [dali])["two crew pilots"] == ("dali",)
    # Without `called`, "the freighter" describes nothing the codebook knows.
    plain = topic("dali", "Dali", "container ship", type_="vessel")
    assert facts_of(DALI_ARTICLE, [plain])["two crew pilots"] == ()


def test_a_description_by_a_type_stands_for_the_one_topic_of_that_type_named_earlier() -> None:
    # "the ship", its one ship named three paragraphs before (the nearest sentences name none).
    assert facts_of(CUTTER_ARTICLE, [STEADFAST])["3,000 pounds"] == ("steadfast",)
    # Counter-example: two ships named before it, so "the ship" is neither.
    james = topic("cutter-james", "Coast Guard Cutter James", type_="ship")
    two = CUTTER_ARTICLE.replace("Steadfast arrived", "Steadfast and the Coast Guard Cutter James arrived")
    assert facts_of(two, [STEADFAST, james])["3,000 pounds"] == ()
    # Counter-example (Action News Jax): named only after it, "the vessel" is not the Dali.
    later = "She added that the vessel contained 56 containers.\n\nHomendy boarded the Dali at about noon.\n"
    dali = topic("dali", "Dali", type_="vessel")
    assert facts_of(later, [dali])["56 containers"] == ()


def test_a_codebooks_called_is_checked_with_its_file_and_topic(tmp_path: Path) -> None:
    topics = tmp_path / "corpus" / "topics"
    topics.mkdir(parents=True)
    (topics / "actors.yml").write_text(
        "- id: dali\n  name: Dali\n  aliases: []\n  summary: A ship.\n  called: [vessel, Freighter, two words]\n",
        encoding="utf-8",
    )
    found, problems = load_codebook(topics)
    assert found == []
    messages = [str(p) for p in problems]
    assert any("actors.yml" in m and "topic 'dali'" in m and "'Freighter' has capitals" in m for m in messages)
    assert any("'two words'" in m and "not one word" in m for m in messages)
    (topics / "actors.yml").write_text(
        "- id: dali\n  name: Dali\n  aliases: []\n  summary: A ship.\n  called: [vessel, freighter]\n", encoding="utf-8"
    )
    found, problems = load_codebook(topics)
    assert problems == [] and found[0].called == ("vessel", "freighter")


def test_a_topic_in_the_figures_own_phrase_is_its() -> None:
    # Real text (WCBM): the crew aboard the ship are the ship's.
    dali = topic("dali", "Dali", type_="vessel")
    facts = facts_of("All 22 crew aboard the Dali were reported safe by Singaporean officials.\n", [dali])
    assert facts["22 crew"] == ("dali",)
    # Counter-example (Baird Maritime, coast-guard): a verb between, the clause's subject as before.
    cutter = topic("steadfast", "Coast Guard Cutter Steadfast", "Steadfast", type_="vessel")
    facts = facts_of("The Steadfast returned with 12 crew members after a patrol aboard the cutter.\n", [cutter])
    assert facts["12 crew members"] == ()


def test_coordinated_subjects_are_each_the_figures() -> None:
    companies = [
        topic("grace-ocean", "Grace Ocean Private Limited", "Grace Ocean", type_="company"),
        topic("synergy-marine", "Synergy Marine Private Limited", "Synergy", type_="company"),
    ]
    # Real text (CBS News Baltimore): both companies paid.
    facts = facts_of("In addition, Grace Ocean and Synergy have paid $97,294 to help clean up oil pollution.\n", companies)
    assert facts["$97,294"] == ("grace-ocean", "synergy-marine")
    # Counter-example (red-sea): a name before a verb of saying is its source, no conjunct.
    red_sea = [topic("centcom", "U.S. Central Command", "CENTCOM"), topic("houthis", "Houthis")]
    facts = facts_of("CENTCOM said the Houthis launched two anti-ship ballistic missiles.\n", red_sea)
    assert facts["two anti-ship ballistic missiles"] == ("houthis",)


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        # Real text (the senators' letter, as reprinted): a percent range keeps its lower end.
        ("Typically, the federal government funds 80 to 90 percent of state transportation projects.",
         "80 to 90 percent", 80.0),
        # Real text (WMAR-2 News): a money range after "between".
        ("The Maryland Transportation Authority now projects the estimated cost to rebuild the Key Bridge will be "
         "between 4.3 and 5.2 billion dollars, with completion pushed back to late 2030.",
         "between 4.3 and 5.2 billion dollars", 4.3e9),
        # Counter-examples (measles): one figure each, as before.
        ("The CDC reports 92% of the cases are in unvaccinated people.", "92%", 92.0),
        ("Overall, the cost of the outbreak was just over 3 million dollars.", "over 3 million dollars", 3e6),
    ],
)
def test_a_range_is_read_whole_at_its_lower_end(sentence: str, figure: str, value: float) -> None:
    found = [(f.text, f.value) for f in find_figures(sentence)]
    assert found[0] == (figure, value)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # Real text (WCBM): a height is a measure, never a count of feet.
        (
            "The catastrophic impact sent a portion of the roadway crashing down, tossing eight people and "
            "multiple vehicles nearly 100 feet into the Patapsco below.",
            [("eight people", "count", 8.0), ("nearly 100 feet", "distance", 100.0)],
        ),
        # Real text (FOX43): a depth written as an adjective.
        (
            "After the wreckage was removed from the 50-foot mud-line, the Unified Command surveyed the area.",
            [("50-foot", "distance", 50.0)],
        ),
        # Counter-example (WMAR-2 News): a count of lanes whose noun a length qualifies stays a count.
        (
            "The new Key Bridge will have two 12-foot lanes in each direction.",
            [("two 12-foot lanes", "count", 2.0)],
        ),
        # Counter-example (a water measure, the unit of the Colorado River trial): acre-feet stay a quantity.
        ("The reservoir holds 592,000 acre-feet of water.", [("592,000 acre-feet", "quantity", 592000.0)]),
    ],
)
def test_a_length_is_a_measure_not_a_count(sentence: str, figures: list[tuple[str, str, float]]) -> None:
    assert [(f.text, f.kind, f.value) for f in find_figures(sentence)] == figures
