"""Round 20's figure rules, each a shape counted across subjects: a synonym of a cue (a closed
list of words for the same counted thing). Each on a real dev sentence and on a counter-example
of another subject."""
from __future__ import annotations

from pathlib import Path

from build_site.model import Article, Topic
from tests.helpers import briefing_of


def facts_of(body: str, topics: list[Topic]) -> dict[str, tuple[str, ...]]:
    article = Article(id="a", path=Path("a.md"), title="A", body=body)
    return {f.text: f.topics for f in briefing_of([article], topics).facts}


def topic(topic_id: str, name: str, *aliases: str, kind: str = "challenge", cues: tuple[str, ...] = ()) -> Topic:
    return Topic(topic_id, kind, name, aliases, "A topic.", cues=cues)


# Helene (Extreme Weather Heroes, National Courrier): the toll's codebook cues "killed, deaths,
# lives", and the texts write "fatalities".
TOLL = topic("death-toll", "Helene death toll", "death toll", cues=("killed", "deaths", "lives"))
FATALITIES = "As of Wednesday, North Carolina reported 102 fatalities from the storm.\n"


def test_a_synonym_of_two_cues_of_a_topic_is_its_cue() -> None:
    assert facts_of(FATALITIES, [TOLL])["102 fatalities"] == ("death-toll",)
    linked = "Tragically, the storm has been linked to at least 61 fatalities across all affected states.\n"
    assert facts_of(linked, [TOLL])["at least 61 fatalities"] == ("death-toll",)
    # Counter-example: a codebook that cues none of the list's words, as before.
    assert facts_of(FATALITIES, [topic("death-toll", "Helene death toll", "death toll")])["102 fatalities"] == ()


def test_one_cue_of_a_list_is_a_sense_the_analyst_chose() -> None:
    # Counter-example (red-sea, Wikipedia): the Houthi attacks cue "fatalities" alone (the crew's
    # "two presumed fatalities"); the deaths of US strikes on Yemen are not theirs.
    attacks = topic("houthi-attacks", "Houthi attacks", kind="threat", cues=("fatalities",))
    strikes = (
        "As of 2 January 2025, the Houthis recorded 931 American and British airstrikes against its "
        "sites in Yemen, resulting in 106 deaths and 314 injuries.\n"
    )
    assert facts_of(strikes, [attacks])["106 deaths"] == ()


def test_a_list_two_topics_cue_says_nothing_of_which_one() -> None:
    workers = topic("workers", "Construction workers", kind="actor", cues=("killed", "lives"))
    toll = topic("death-toll", "Helene death toll", "death toll", cues=("deaths", "died"))
    assert facts_of(FATALITIES, [workers, toll])["102 fatalities"] == ()
