"""The review queue's faults the coral reef trial met (evaluation/trials/coral/README.md, F9),
each mended by a rule of a general shape: an effort's head word and a colon open one name with its
subtitle ("Mission: Iconic Reefs"); a person one article quotes or titles and names again is
offered from that article; a unit or scale of measure is no candidate ("degrees Fahrenheit",
"degree heating weeks (DHW)"); the second half of two regions sharing a plural head is no name
("Northern and Southern Hemispheres"). Each on the trial's real sentences and on a
counter-example of another subject."""

from __future__ import annotations

from pathlib import Path

from build_site.model import Article, Candidate, Kind
from build_site.pipeline import Options, build_from
from tests.helpers import candidates_of, declared

# The trial's kinds, in the order `briefing new --kind ...` declared them.
CORAL_KINDS = declared("agency", "person", "reef", "program", "impact", "place")


def queue(articles: list[list[str]], kinds: tuple[Kind, ...] = CORAL_KINDS) -> dict[str, Candidate]:
    """The candidates of one article per list of paragraphs, by their text."""
    corpus = [
        Article(id=f"a{i}", path=Path(f"a{i}.md"), title="A", body="\n\n".join(paragraphs))
        for i, paragraphs in enumerate(articles)
    ]
    briefing = build_from(corpus, [], Options(pages=False, kinds=kinds)).briefing
    return {candidate.text: candidate for candidate in briefing.candidates}


# Real text (NOAA, 2023; the National Marine Sanctuary Foundation, 2023).
ICONIC_REEFS = [
    '"The climate challenge may seem too big for individuals to make a difference, but these rescue efforts '
    'demonstrate otherwise," said Mission: Iconic Reefs co-lead Sarah Fangman, superintendent of Florida Keys '
    "National Marine Sanctuary.",
    "In partnership with NOAA and the Florida Department of Environmental Protection, the National Marine "
    "Sanctuary Foundation is rallying a rapid response to this coral crisis alongside Florida Keys National "
    "Marine Sanctuary and many of our Mission: Iconic Reefs partners, including Mote Marine Lab, Coral "
    "Restoration Foundation, Reef Renewal USA, The Reef Institute, and Florida Sea Base (Boy Scouts of America).",
]


def test_an_efforts_name_holding_a_colon_is_one_candidate() -> None:
    found = candidates_of(ICONIC_REEFS, CORAL_KINDS)
    assert found["Mission: Iconic Reefs"].suggested_kind == "program"
    assert not {"Mission", "Iconic Reefs"} & set(found)


def test_a_colon_after_another_word_introduces_what_follows() -> None:
    # Real text of another subject (Wikipedia, "Mexican Drug War", us-mexico): a language's name
    # and a colon open no name.
    text = (
        "The Mexican Drug War (also known as the Mexican War on Drugs; Spanish: Guerra contra el narcotráfico "
        "en México) is the Mexican theater of the global war on drugs, as led by the U.S. federal government."
    )
    found = candidates_of([text, text], declared("actor", "threat", "place", "program"))
    assert not [name for name in found if name.startswith("Spanish:")]
