"""The review of the coral trial's figure, share and candidate rules, each finding on the reviewer's own sentence with
a counter-example the rule must still read: a rank word used as an ordinary noun ("that stage 40 people"), bare
"degrees" with no heat or angle in its sentence, two polls' shares of one whole that answer two questions, an acronym
defined by words headed by "times", and the speech verbs shared with the statements' speakers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from build_site.disagreements import FigureRecord, Source, find_disagreements
from build_site.facts import find_figures
from build_site.model import Article, Candidate
from build_site.pipeline import Options, build_from
from tests.helpers import declared


def texts(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in find_figures(sentence)]


def test_a_rank_word_used_as_an_ordinary_noun_leaves_the_count() -> None:
    assert texts("In the first phase 33 hostages will be released.") == [("33 hostages", "count")]
    assert texts("At that stage 40 people were still missing.") == [("40 people", "count")]
    assert texts("The tier 250 employees were told to stay home.") == [("250 employees", "count")]


def test_a_ranks_number_still_counts_nothing() -> None:
    assert texts("The level 2 alert was raised as a category 4 hurricane neared.") == []
    assert texts("The phase 1 trials of the vaccine began.") == []  # "the" is no demonstrative
    assert texts("Alert level 3 indicates 40 DHWs.") == [("40 DHWs", "count")]


def test_bare_degrees_with_no_heat_in_the_sentence_count() -> None:
    assert texts("The university awarded 2,400 degrees at its spring ceremony.") == [("2,400 degrees", "count")]


def test_bare_degrees_in_a_sentence_of_heat_or_an_angle_are_no_count() -> None:
    assert texts("Temperatures hit 40 degrees on Monday.") == []
    assert texts("The ship turned 90 degrees to port.") == []
    assert texts("It reached 69.93 degrees Fahrenheit on the reef.") == []


def test_words_of_comparison_or_motion_elsewhere_leave_a_count_of_degrees() -> None:
    """A second review: "high", "above" and "turn" compare or move anything; only right before the
    figure do they measure it."""
    assert texts("The campus awarded 2,400 degrees, a record high.") == [("2,400 degrees", "count")]
    assert ("2,400 degrees", "count") in texts(
        "The college awarded 2,400 degrees, well above the 1,900 it awarded in 2020."
    )
    assert texts("The university will turn out 2,400 degrees a year.") == [("2,400 degrees", "count")]


def test_words_of_comparison_or_motion_right_before_bare_degrees_measure_them() -> None:
    assert texts("Phoenix reached a high of 40 degrees on Monday.") == []
    assert texts("The crane rotated 180 degrees.") == []
    assert texts("Readings stayed below 10 degrees overnight.") == []


def _record(article: str, day: str, sentence: str, topics: tuple[str, ...]) -> list[FigureRecord]:
    source = Source(article, article.upper(), "p1", sentence, dt.date.fromisoformat(day))
    return [
        FigureRecord(f.value, f.kind, f.text, f.year, topics, source, start=f.start)
        for f in find_figures(sentence)
        if f.value is not None
    ]


GALLUP = "A Gallup poll found 62% of American adults approve of the tariff pause."


def test_two_polls_shares_of_one_whole_answering_two_questions_are_no_disagreement() -> None:
    pew = "Pew found 41% of American adults say the economy is getting worse."
    figures = _record("gallup", "2025-04-10", GALLUP, ("tariffs",)) + _record("pew", "2025-04-12", pew, ("economy",))
    assert find_disagreements(figures) == ()


def test_two_shares_of_one_whole_saying_the_same_thing_still_differ() -> None:
    # Topics of their own, but the same predicate after the whole: one question.
    other = "A Reuters poll found 41% of American adults approve of the pause."
    figures = _record("gallup", "2025-04-10", GALLUP, ("tariffs",)) + _record(
        "reuters", "2025-04-12", other, ("trade",)
    )
    [found] = find_disagreements(figures)
    assert found.values == ("41%", "62%")
    # One shared topic is enough, whatever follows the wholes.
    other = "Pew found 41% of American adults say the tariff pause helps."
    figures = _record("gallup", "2025-04-10", GALLUP, ("tariffs",)) + _record("pew", "2025-04-12", other, ("tariffs",))
    assert len(find_disagreements(figures)) == 1


def queue(articles: list[list[str]]) -> dict[str, Candidate]:
    corpus = [
        Article(id=f"a{i}", path=Path(f"a{i}.md"), title="A", body="\n\n".join(paragraphs))
        for i, paragraphs in enumerate(articles)
    ]
    kinds = declared("actor", "threat", "place", "program")
    return {c.text: c for c in build_from(corpus, [], Options(pages=False, kinds=kinds)).briefing.candidates}


def test_an_acronym_defined_by_words_headed_by_times_is_no_unit() -> None:
    # facts.UNIT_WORDS holds "times" (a multiple), no unit of time: the acronym stays a candidate.
    text = [
        "The Regional Response Board cut its mean ambulance response times (MART) by a third this year.",
        "MART now stands at eight minutes, and MART is published monthly by the board.",
    ]
    assert "MART" in queue([text])
    weeks = [
        "The new alert levels are based on an indicator known as degree heating weeks (DHW) this year.",
        "DHW now stands at eight, and DHW is published monthly by the agency.",
    ]
    assert "DHW" not in queue([weeks])


OTHER_ARTICLE = [
    '"The fact that this event is still ongoing takes the world\'s reefs into unchartered waters," said Dr. Britta '
    "Schaffelke, coordinator of the Global Coral Reef Monitoring Network.",
]


def test_a_person_named_again_with_any_verb_of_saying_is_offered() -> None:
    # "stressed" and "acknowledged" are verbs of saying (speakers.SAYING_VERBS), as "said" is: main knew seven.
    after = [
        "Roger Beeden stressed that monitoring the Marine Park over summer is vital.",
        '"Climate change is the greatest threat to the reef," Beeden stressed.',
    ]
    assert "Roger Beeden" in queue([after, OTHER_ARTICLE])
    before = [after[0], '"Climate change is the greatest threat to the reef," acknowledged Beeden.']
    assert "Roger Beeden" in queue([before, OTHER_ARTICLE])


def test_a_person_named_again_but_never_speaking_stays_out() -> None:
    visited = ["Roger Beeden visited the Marine Park over summer.", "Beeden visited the reef in May."]
    assert "Roger Beeden" not in queue([visited, OTHER_ARTICLE])
    # "told" names who listened, not who spoke.
    told = [visited[0], '"The reef is in trouble," the minister told Beeden.']
    assert "Roger Beeden" not in queue([told, OTHER_ARTICLE])
