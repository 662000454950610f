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


# Real text (the Reef Authority's release, 2024), and another of the trial's articles.
BEEDEN = [
    "The Reef Authority's Chief Scientist Dr Roger Beeden said monitoring and responding to the conditions on "
    "the Marine Park over summer is vital.",
    '"Climate change is the greatest threat to the Great Barrier Reef, and coral reefs globally," Beeden said.',
]
SCHAFFELKE = [
    "\"The fact that this most recent, global-scale coral bleaching event is still ongoing takes the world's "
    'reefs into unchartered waters," said Dr. Britta Schaffelke, coordinator of the Global Coral Reef '
    "Monitoring Network.",
]


def test_a_person_one_article_quotes_and_names_again_is_offered() -> None:
    found = queue([BEEDEN, SCHAFFELKE])
    assert found["Roger Beeden"].suggested_kind == "person"
    assert found["Roger Beeden"].count == 2


def test_a_person_one_article_names_once_stays_out() -> None:
    assert "Britta Schaffelke" not in queue([BEEDEN, SCHAFFELKE])


def test_another_subjects_titled_speaker_named_once_stays_out() -> None:
    # Counter-example of another subject (CIDRAP, 2024, avian-flu): titled and quoted, but named
    # once ("he said" after it), so that article gives no candidate.
    miller = [
        "TDA Commissioner Sid Miller said the outbreak wipes out 3.6% of the flock owned by Cal-Maine Foods, Inc, "
        "which is the nation's largest fresh egg producer.",
        '"This is absolutely devastating news for Cal-Maine and the entire Panhandle region which has already '
        "suffered so much already,\" he said, referencing the recent avian flu outbreaks at the state's dairy farms.",
    ]
    found = queue([miller, BEEDEN], declared("actor", "threat", "place", "program"))
    assert "Sid Miller" not in found
    assert "Roger Beeden" in found


def test_a_unit_or_scale_of_measure_is_no_candidate() -> None:
    # Real text (Keys Weekly, ABC News and UPI, 2023 and 2024, as the trial imported them).
    texts = [
        "Bleaching occurs when polyps under stress, like heat, expel algal cells that give them their color and "
        "provide energy for the coral in a symbiotic relationship. It is usually seen during the late summer "
        "months when temperatures reach 30.5 degrees Celsius, or 87 degrees Fahrenheit.",
        "Last month, the average global sea surface temperature reached a record 69.93 degrees Fahrenheit, "
        "according to the Copernicus Climate Change Service.",
        "The new alert levels are based on an indicator known as degree heating weeks (DHW), which measures the "
        "amount of accumulated heat stress experienced by corals.",
    ]
    found = candidates_of(texts, CORAL_KINDS)
    assert not {"Fahrenheit", "Celsius", "DHW", "degree heating weeks (DHW)"} & set(found)


def test_an_acronym_defined_by_words_of_no_unit_stays() -> None:
    # Counter-example of another subject (Louisiana Farm Bureau News and WATTAgNet, avian-flu): the
    # defining words are headed by no unit.
    texts = [
        "Highly pathogenic avian influenza (HPAI) is a serious disease and requires rapid response because it is "
        "highly contagious and often fatal to chickens.",
        "The presence of highly pathogenic avian influenza (HPAI) was confirmed in commercial table egg laying "
        "operation in Sonoma County, California.",
    ]
    assert "HPAI" in candidates_of(texts, declared("actor", "threat", "place", "program"))


def test_the_second_of_two_regions_sharing_a_plural_head_is_no_candidate() -> None:
    # Real text (NOAA's release, 2024, in two of the trial's articles).
    text = (
        '"From February 2023 to April 2024, significant coral bleaching has been documented in both the Northern '
        'and Southern Hemispheres of each major ocean basin," said Derek Manzello, Ph.D., NOAA CRW coordinator.'
    )
    assert "Southern Hemispheres" not in candidates_of([text, text], CORAL_KINDS)


def test_the_second_of_two_places_without_a_plural_head_stays() -> None:
    # Counter-example of another subject (Reuters, 2024, helene): "North Carolina" is a name.
    text = (
        "Duke Energy said in a statement that it has restored power to more than 1.1 million in South and North "
        "Carolina, as of 6 p.m. (2200 GMT) Sunday."
    )
    assert "North Carolina" in candidates_of([text, text], declared("actor", "place"))
