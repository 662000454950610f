"""A review's defects in round 19's figure rules, each the reviewer's input and the rule's own
case beside it: a change "from X to Y" is no percent range; "the vessel" reaches back no further
than another vessel; a codebook's `called` refuses what no description calls a topic by."""
from __future__ import annotations

from pathlib import Path

import pytest

from build_site.codebook import load_codebook
from build_site.facts import find_figures
from tests.test_round19_figures import CUTTER_ARTICLE, STEADFAST, facts_of, topic


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # A change's two ends, after "from" or falling: each its own percentage.
        ("Support rose from 30% to 45% this year.", [("30%", 30.0), ("45%", 45.0)]),
        ("Turnout rose from 30 to 45 percent.", [("45 percent", 45.0)]),
        ("The bank expects inflation of 3% to 2% next year.", [("3%", 3.0), ("2%", 2.0)]),
        ("Support fell from about 45% to nearly 30%.", [("about 45%", 45.0), ("nearly 30%", 30.0)]),
        # The rule's own cases: a rising range is one figure, valued at its low end.
        ("Typically, the federal government funds 80 to 90 percent of state transportation projects.",
         [("80 to 90 percent", 80.0)]),
        ("Prices rose between 5% and 10% in the spring.", [("between 5% and 10%", 5.0)]),
    ],
)
def test_a_percent_range_rises_and_follows_no_from(sentence: str, figures: list[tuple[str, float]]) -> None:
    assert [(f.text, f.value) for f in find_figures(sentence)] == figures


DALI = topic("dali", "Dali", type_="vessel")
DALI_THEN_ANOTHER = (
    "The Dali hit the bridge.\n\n"
    "Rescuers worked through the night.\n\n"
    "{between}\n\n"
    "The vessel carried 4,900 containers.\n"
)


@pytest.mark.parametrize(
    "between",
    [
        "In 2022 a different vessel, the Ever Forward, ran aground in the bay.",
        "A second vessel was anchored nearby.",
        "The vessel Ever Forward ran aground in the bay in 2022.",
    ],
)
def test_a_description_reaches_back_no_further_than_another_thing_of_its_noun(between: str) -> None:
    facts = facts_of(DALI_THEN_ANOTHER.format(between=between), [DALI])
    assert facts["4,900 containers"] == ()


def test_a_description_still_reaches_back_past_sentences_without_its_noun() -> None:
    plain = DALI_THEN_ANOTHER.format(between="Divers searched the water near the piers.")
    assert facts_of(plain, [DALI])["4,900 containers"] == ("dali",)
    # "the vessel Dali" is the Dali itself, no other vessel.
    named = DALI_THEN_ANOTHER.format(between="Officials said the vessel Dali lost power twice.")
    assert facts_of(named, [DALI])["4,900 containers"] == ("dali",)
    # An indefinite phrase that says what the Dali is, in apposition or after a copula, is the Dali.
    for opening in ("The Dali, a container vessel, hit the bridge.", "The Dali is a vessel of 300 metres."):
        body = f"{opening}\n\nRescuers worked through the night.\n\nDivers searched the water.\n\n"
        assert facts_of(body + "The vessel carried 4,900 containers.\n", [DALI])["4,900 containers"] == ("dali",)
    assert facts_of(CUTTER_ARTICLE, [STEADFAST])["3,000 pounds"] == ("steadfast",)


def _problems(tmp_path: Path, actors: str) -> list[str]:
    topics = tmp_path / "corpus" / "topics"
    topics.mkdir(parents=True, exist_ok=True)
    (topics / "actors.yml").write_text(actors, encoding="utf-8")
    return [str(p) for p in load_codebook(topics)[1]]


SEMAR = "- id: semar\n  name: Secretariat of the Navy\n  aliases: [SEMAR, Navy]\n  summary: A navy.\n"


@pytest.mark.parametrize(
    ("called", "expected"),
    [
        ("[{a: b}]", "called item 1 is not a word"),
        ("[the]", "called 'the' is a function word"),
        ("[vessel, vessel]", "called 'vessel' is listed twice"),
        ("[dali]", "called 'dali' is already a name or an alias of this topic"),
        ("[semar]", "called 'semar' is a name of topic 'semar'"),
        ("[navy]", "called 'navy' is a name of topic 'semar'"),
    ],
)
def test_called_refuses_what_no_description_calls_a_topic_by(tmp_path: Path, called: str, expected: str) -> None:
    messages = _problems(tmp_path, SEMAR + f"- id: dali\n  name: Dali\n  summary: A ship.\n  called: {called}\n")
    assert len(messages) == 1 and "actors.yml" in messages[0] and "topic 'dali'" in messages[0]
    assert expected in messages[0] and "__line__" not in messages[0]


def test_called_keeps_common_nouns(tmp_path: Path) -> None:
    assert _problems(tmp_path, SEMAR + "- id: dali\n  name: Dali\n  summary: A ship.\n  called: [vessel, ship]\n") == []
