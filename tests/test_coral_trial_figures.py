"""The coral reef trial's figures read as counts that count nothing (F12) and its shares of one whole never compared
(F13): each rule on the trial's real sentence and a real counter-example of another subject."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest

from build_site.disagreements import FigureRecord, Source, find_disagreements
from build_site.facts import find_figures
from tests.helpers import make_site_config, run_briefing

# evaluation/trials/coral: the Miami CRW paste, Keys Weekly and UPI.
ALERT_LEVELS = (
    "Coral Reef Watch's new alert level 3 indicates DHWs of between 12 and 16, while alert level 5 signifies anything "
    'above 20 DHWs, with the warning of "near complete mortality" of all corals.'
)
TEMPERATURES = (
    "Keys Weekly's Alex Rickert reported on the early beginnings of the bleaching, which is usually seen in limited "
    "quantities of coral species during the late summer months when temperatures reach 30.5 degrees Celsius, or 87 "
    "degrees Fahrenheit."
)
NBC = (
    "Derek Manzello, coordinator of NOAA's Coral Reef Watch Program, said in a news briefing Thursday that around "
    "60.5%, or nearly two-thirds, of the world's coral reefs have experienced heat stress at levels high enough to "
    "cause bleaching, a major health threat."
)
AP = (
    "More than three-fifths – 62.9% – of the world's coral reefs are badly hurting from a bleaching event that began "
    "last year and is continuing."
)


def texts(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in find_figures(sentence)]


def test_the_number_of_a_level_category_or_phase_counts_nothing() -> None:
    # main read "3 indicates" and "5 signifies" as counts
    assert texts(ALERT_LEVELS) == [("20 DHWs", "count")]
    assert texts("The Phase 2/3 study enrolled 400 patients.") == [("400 patients", "count")]
    assert texts("A category 4 hurricane cut power to 12 towns.") == [("12 towns", "count")]
    # the levels counted stay a count (the trial's Miami paste)
    assert texts(
        "The program's previous system had four alert levels, with the highest level indicating bleaching."
    ) == [("four alert levels", "count")]


def test_counts_beside_a_rank_still_count() -> None:
    # Counter-examples (la-wildfires, the EPA's Phase 1; helene, a Category 4 storm): the rank's sentence keeps its counts.
    sentence = (
        "Phase 1 is the largest wildfire hazardous waste cleanup in the history of the agency, with more than 1,000 "
        "personnel involved at thousands of sites, according to the EPA."
    )
    assert texts(sentence) == [("more than 1,000 personnel", "count"), ("thousands of sites", "count")]
    sentence = (
        "The storm devastated six Southeastern states after making landfall on Florida's Gulf Coast Sept. 26 as a "
        "Category 4 storm."
    )
    assert texts(sentence) == [("six Southeastern states", "count")]


def test_a_temperature_is_no_count() -> None:
    # main read "30.5 degrees", "87 degrees" and "69.93 degrees" as counts
    assert texts(TEMPERATURES) == []
    assert (
        texts("Last month, the average global sea surface temperature reached a record 69.93 degrees Fahrenheit.") == []
    )
    assert texts("an area 60 feet deep and 2°F (1.1°C) cooler.") == [("60 feet", "distance")]
    assert texts("to hold warming to 1.5C as 40 nations pledged") == [("40 nations", "count")]


def test_a_count_beside_a_temperature_still_counts() -> None:
    # Counter-example (said/ hj, the hajj's heat, Reuters): the temperature goes, the pilgrims stay.
    sentence = (
        "More than 1,000 pilgrims died during the hajj, with temperatures predicted to reach 47 degrees Celsius "
        "(116 Fahrenheit) in Mecca on Monday."
    )
    assert texts(sentence) == [("More than 1,000 pilgrims", "count")]


def test_a_count_takes_its_noun_after_listed_describing_words() -> None:
    # The trial's GBRMPA update: main read "over 300 inshore", the reefs left out.
    sentence = (
        "Aerial surveys have been completed on over 300 inshore, midshelf and offshore reefs, from Cape Melville "
        "north of Cooktown to just north of Bundaberg."
    )
    assert texts(sentence) == [("over 300 inshore, midshelf and offshore reefs", "count")]
    # Dev (said/ uv, Uvalde): the same shape of another subject.
    sentence = (
        "A lone 18-year-old gunman killed 19 students and two teachers while at least 380 officers from 24 local, "
        "state and federal agencies waited outside for 77 minutes, a handful of them just down the hall."
    )
    assert ("24 local, state and federal agencies", "count") in texts(sentence)


def test_a_list_of_nouns_after_a_count_is_not_its_describing_words() -> None:
    # Counter-example (la-wildfires): "homes" is the noun; the list that follows is of other nouns.
    sentence = (
        "Victims will be eligible for a $770 one-time payment in the immediate aftermath of fires that have killed two "
        "dozen people so far and destroyed more than 12,000 homes, schools and other structures in Los Angeles County."
    )
    assert texts(sentence)[-2:] == [("two dozen people", "count"), ("more than 12,000 homes", "count")]


def _record(article: str, day: str, sentence: str, topics: tuple[str, ...] = ()) -> list[FigureRecord]:
    source = Source(article, article.upper(), "p1", sentence, dt.date.fromisoformat(day))
    return [
        FigureRecord(f.value, f.kind, f.text, f.year, topics, source, start=f.start)
        for f in find_figures(sentence)
        if f.value is not None
    ]


def test_two_sources_shares_of_one_whole_differ() -> None:
    # F13: NBC's 60.5% sits on a topic, AP's 62.9% on none (the trial's copy dated 2024-05-20)
    figures = _record("nbc", "2024-05-16", NBC, ("marine-heatwave",)) + _record("ap", "2024-05-20", AP)
    [found] = find_disagreements(figures)
    assert found.values == ("around 60.5%", "62.9%")
    assert found.about == "share (percent)"
    assert found.written == ("of the world's coral reefs", "of the world's coral reefs")


def test_shares_of_one_whole_are_compared_only_when_they_differ_and_are_near() -> None:
    nbc = _record("nbc", "2024-05-16", NBC)
    # rounding: a round share holds a near one
    assert (
        find_disagreements(nbc + _record("ap", "2024-05-20", "About 60% of the world's coral reefs are hurting.")) == ()
    )
    # outside the window: ICRI's 84% of a year later is the event grown, no dispute
    later = "The devastating bleaching has affected 84% of the world's coral reefs, the initiative said on Wednesday."
    assert find_disagreements(nbc + _record("icri", "2025-04-23", later)) == ()
    # another whole
    assert find_disagreements(nbc + _record("ap", "2024-05-20", "Some 62.9% of Florida's coral reefs bleached.")) == ()


def test_shares_of_a_whole_with_no_qualifier_are_not_compared() -> None:
    # Counter-example (the trial's ICRI page): "of reefs" says too little to be one whole; nor the parts of a sentence.
    first = "During the first global bleaching event in 1998, 21% of reefs suffered heat stress."
    second = "The second event impacted 37% of reefs, and the third event affected 68% of reefs."
    figures = _record("icri", "2024-05-16", first) + _record("noaa", "2024-05-20", second)
    assert find_disagreements(figures) == ()
    # a plural with a verb after it is the head, not a qualifier ("of reefs suffered heat stress")
    other = "During the event, 37% of reefs suffered heat stress."
    assert find_disagreements(_record("icri", "2024-05-16", first) + _record("noaa", "2024-05-20", other)) == ()
    # Two shares of one whole in one sentence are its parts, never a figure of it.
    parts = "Rivera won 55% of the state's votes and Lopez 41% of the state's votes."
    assert find_disagreements(_record("a", "2024-05-16", parts) + _record("b", "2024-05-18", parts)) == ()


THREATS = """
- id: marine-heatwave
  name: Marine heatwave
  aliases: [heat stress]
  summary: Long spells of unusually hot sea water.
"""
ARTICLE = """---
title: {title}
publisher: {publisher}
published: {published}
---

{sentence}
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The trial's NBC and AP excerpts (the AP paste dated as in the trial's own check) in a real build."""
    root = make_site_config(tmp_path_factory.mktemp("coral") / "p")
    (root / "corpus" / "topics").mkdir(parents=True)
    (root / "corpus" / "articles").mkdir(parents=True)
    (root / "corpus" / "topics" / "threats.yml").write_text(THREATS.lstrip(), encoding="utf-8")
    articles = {
        "nbc-crazy-haywire": ("Oceans crazy haywire", "NBC News", "2024-05-16", NBC),
        "ap-near-record": ("Coral bleaching near record", "AP", "2024-05-20", AP),
    }
    for name, (title, publisher, published, sentence) in articles.items():
        text = ARTICLE.format(title=title, publisher=publisher, published=published, sentence=sentence)
        (root / "corpus" / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    result = run_briefing("build", "-q", cwd=root)
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_the_two_shares_are_side_by_side_on_the_where_sources_differ_page(site: Path) -> None:
    page = (site / "analysis" / "disagreements" / "index.html").read_text(encoding="utf-8")
    [card] = [
        html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found)))
        for found in re.findall(r'<section class="disagreement">(.*?)</section>', page, re.S)
    ]
    assert "share (percent)" in card and "around 60.5%" in card and "62.9%" in card
    assert "as written: “of the world's coral reefs”" in card
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    [share] = data["disagreements"]
    assert sorted(e["article"] for e in share["evidence"]) == ["ap-near-record", "nbc-crazy-haywire"]
