"""A long paragraph is analysed in time that grows with its length, not with its length squared:
each scan reads a sentence once, or a bounded window around a verb or a figure, and the
indexes that replace a pass over a sentence's mentions or figures answer as that pass would."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from build_site.article_analysis import analyze_article, speakers
from build_site.candidates import _overlapping
from build_site.facts import _overlaps
from build_site.kinds import people_kinds, speaking_kinds
from build_site.matcher import Match, Matcher, _Placed
from build_site.model import DEFAULT_KINDS, Article, Topic

TOPICS = [
    Topic("sheinbaum", "actor", "Claudia Sheinbaum", ("Sheinbaum",), "A person.", (("type", "person"),)),
    Topic("rubio", "actor", "Marco Rubio", ("Rubio",), "A person.", (("type", "person"),)),
    Topic("cartel", "threat", "Sinaloa Cartel", ("Sinaloa cartel",), "A threat."),
]
MATCHER = Matcher(TOPICS, actor_kinds=speaking_kinds(DEFAULT_KINDS), people_kinds=people_kinds(DEFAULT_KINDS))
ACTORS = speakers(TOPICS)

# The shapes of a long paragraph: one sentence of many verbs of saying (no capital after its
# stops), a list of names, a run of figures, and many short sentences of all three.
SHAPES = (
    "word{i} is said. ",
    "Claudia Sheinbaum, Marco Rubio, Alpha{i} Beta{i}, ",
    "{i},000 people and {i}.5 percent, ",
    "Sheinbaum said on March {day}, 2024 that {i},000 people fled the Sinaloa cartel. ",
)


def paragraph(length: int) -> str:
    """One paragraph of every shape, each `length` / 4 characters long and closed by a stop."""
    parts = []
    for shape in SHAPES:
        text, i = "", 0
        while len(text) < length // len(SHAPES):
            i += 1
            text += shape.format(i=i, day=i % 28 + 1)
        parts.append(text.rstrip(" ,.") + ".")
    return " ".join(parts)


def seconds_to_analyse(body: str) -> float:
    """This process's CPU time for the analysis, not the wall's: other work on a shared machine
    does not count in it, so the test compares growth, not a machine's speed."""
    article = Article(id="long", path=Path("long.md"), title="A long paragraph", body=body + "\n")
    began = time.process_time()
    analysis = analyze_article(article, MATCHER, None, ACTORS)
    assert analysis.mentions and analysis.facts and analysis.matches.statements  # every part of it ran
    return time.process_time() - began


def test_ten_times_the_paragraph_takes_far_less_than_a_hundred_times_as_long() -> None:
    seconds_to_analyse(paragraph(8_000))  # the patterns compiled and the lists loaded once
    short = min(seconds_to_analyse(paragraph(8_000)) for _ in range(3))
    long = seconds_to_analyse(paragraph(80_000))
    assert long / short <= 30, f"{long:.2f} s for 80,000 characters, {short:.3f} s for 8,000"


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)).map(lambda s: (s[0], s[0] + s[1])), max_size=12)


@settings(max_examples=300, deadline=None)
@given(spans=SPANS, start=st.integers(0, 80), length=st.integers(0, 20))
def test_the_spans_a_run_overlaps_are_those_a_pass_finds(spans: list[tuple[int, int]], start: int, length: int) -> None:
    for laid in (spans, sorted(spans)):  # in any order; in order, as a block's mentions are
        end = start + length
        assert _overlapping(laid)(start, end) == [(s, e) for s, e in laid if s < end and start < e]


@settings(max_examples=300, deadline=None)
@given(spans=SPANS, start=st.integers(0, 80), length=st.integers(1, 20))
def test_a_figure_overlaps_one_taken_as_a_pass_finds(spans: list[tuple[int, int]], start: int, length: int) -> None:
    taken: list[tuple[int, int]] = []
    for s, e in sorted(spans):  # taken as find_figures takes them: none overlapping another
        if not any(s < te and ts < e for ts, te in taken):
            taken.append((s, e))
    end = start + length
    assert _overlaps(taken, start, end) == any(start < e and s < end for s, e in taken)


@settings(max_examples=300, deadline=None)
@given(
    spans=SPANS,
    topics=st.lists(st.sampled_from("abc"), min_size=12, max_size=12),
    start=st.integers(0, 80),
    length=st.integers(1, 20),
    topic=st.sampled_from("abcd"),
)
def test_a_word_overlaps_or_follows_a_match_as_a_pass_finds(
    spans: list[tuple[int, int]], topics: list[str], start: int, length: int, topic: str
) -> None:
    matches = [Match(s, e, t) for (s, e), t in zip(spans, topics, strict=False)]
    placed, end = _Placed(matches), start + length
    assert placed.overlaps(start, end) == any(m.start < end and start < m.end for m in matches)
    named = any(m.topic_id == topic and m.end <= start for m in matches)
    assert placed.named_before(topic, start) == ({topic} if named else set())
