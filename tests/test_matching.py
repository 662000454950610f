"""Parsing and matching rules, each shown with an example and its non-matches."""
from __future__ import annotations

from pathlib import Path

import pytest
from nltk.tokenize.punkt import PunktSentenceTokenizer

from build_site.matcher import Matcher
from build_site.model import Article, Briefing, Topic
from build_site.text import parse_blocks, punkt_parameters, punkt_spans, split_sentences
from tests.helpers import briefing_of


def topic(topic_id: str, name: str, *aliases: str, kind: str = "actor") -> Topic:
    return Topic(topic_id, kind, name, aliases, "summary")


MATCHER = Matcher([
    topic("oas", "Organization of American States", "OAS"),
    topic("ice", "Immigration and Customs Enforcement", "ICE"),
    topic("dhs", "Department of Homeland Security", "DHS"),
    topic("usnorthcom", "U.S. Northern Command", "USNORTHCOM", "NORTHCOM"),
    topic("northern-command", "Northern Command Museum", "Northern Command"),
    topic("merida", "Mérida Initiative", kind="program"),
    topic("sandoval", "Luis Cresencio Sandoval González", "Sandoval"),
    topic("cartels", "Mexican cartels", "cartel"),
    topic("sheinbaum", "Claudia Sheinbaum", "Sheinbaum"),
    topic("semar", "Mexican Navy", "SEMAR", "Mexico's Navy"),
    topic("fuel-theft", "Fuel theft", "huachicol", kind="threat"),
])


def found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.topic_id) for m in MATCHER.find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # acronyms are case-sensitive: "boast" holds no OAS, lower-case "ice" is no ICE
    ("Members boast of the OAS and its boasts.", [("OAS", "oas")]),
    ("Roads covered in ice; ICE agents arrived.", [("ICE", "ice")]),
    ("dhs and Dhs are not DHS.", [("DHS", "dhs")]),
    # word boundaries: no match inside a longer word
    ("The Meridaville fair and NORTHCOMMAND.", []),
    # accents folded both ways
    ("The Merida Initiative, or Mérida initiative.", [("Merida Initiative", "merida"), ("Mérida initiative", "merida")]),
    ("General Sandoval Gonzalez and Luis Cresencio Sandoval González.",
     [("Sandoval", "sandoval"), ("Luis Cresencio Sandoval González", "sandoval")]),
    # plurals and possessives, straight or curly apostrophe
    ("Cartels, the cartel's men and the cartels' money.", [("Cartels", "cartels"), ("cartel's", "cartels"), ("cartels'", "cartels")]),
    ("Sheinbaum’s plan", [("Sheinbaum’s", "sheinbaum")]),
    ("Mexico’s Navy (SEMAR)", [("Mexico’s Navy", "semar"), ("SEMAR", "semar")]),
    ("USNORTHCOM’s role", [("USNORTHCOM’s", "usnorthcom")]),
    # a closing quote is not a possessive
    ("known as 'huachicol' in Mexico", [("huachicol", "fuel-theft")]),
    # overlapping names: the longest wins
    ("The U.S. Northern Command and the Northern Command.", [("U.S. Northern Command", "usnorthcom"), ("Northern Command", "northern-command")]),
    # not a plural: "cartelization" is another word
    ("cartelization", []),
])
def test_matching_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "The U.S. Northern Command (USNORTHCOM) is led by Gen. Gregory Guillot.",
    "Adm. José Rafael Ojeda Durán met No. 2 officials in Washington, D.C. on Jan. 3.",
    "The fentanyl crisis in the U.S. has escalated concerns.",
])
def test_abbreviations_do_not_end_a_sentence(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


def test_sentences_keep_offsets_into_their_text() -> None:
    text = "First one here. Second one, by Gen. Guillot, ends here! Third?"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["First one here.", "Second one, by Gen. Guillot, ends here!", "Third?"]
    assert all(text[s.start:s.end] == s.text for s in sentences)


HARD_TO_SPLIT = [
    "Wait... what? He left!! Did he?! Yes -- and then. Nothing.",
    "J. R. R. Tolkien wrote it. It cost $3.5 million in 2.4 years. No. 5 won.",
    '"He said so." She left. (It ended.) [Then more.] \u201cQuoted.\u201d \u00abGuillemets.\u00bb Next.',
    "Se\u00f1or P\u00e9rez lleg\u00f3. \u00bfQu\u00e9 pas\u00f3? Cafe\u0301. Na\u00efve\u00a0text. End",
    "The U.S.-Mexico talks, e.g. in Washington, D.C., ended at 3 p.m. on Jan. 3. Then: 1.5%. a. b. c.",
    "\u0663.\u0301\u00e9\u0663 \u0301.? ! \u00b2.; \u1d2c.\u1d2c--\u00b2.\u02b0 \u01c5 end.",  # digits, marks, letters beyond ASCII
    "x." * 200 + " " + ". " * 200 + "...." * 50,
]


def test_sentences_are_the_ones_nltks_punkt_finds(briefing: Briefing) -> None:
    """The splitter compiles Punkt's patterns anew (text.py); before its own repairs (footnote
    markers, citations) it must split exactly as NLTK's own tokenizer does, on the real
    corpus and on punctuation that Punkt decides on."""
    stock = PunktSentenceTokenizer(punkt_parameters())
    texts = [block.text for blocks in briefing.blocks.values() for block in blocks] + HARD_TO_SPLIT
    for text in texts:
        assert punkt_spans(text) == list(stock.span_tokenize(text)), text


BODY = """Intro paragraph with the OAS.

## What Is USNORTHCOM’s Role?

1. First numbered
    - nested bullet
2. Second numbered

<script>alert("x")</script>

A [linked](https://example.org) *word* and <b>raw</b> HTML.
"""


def test_blocks_follow_the_markdown_structure_and_keep_raw_html_as_text() -> None:
    article = Article(id="a", path=Path("a.md"), title="A", body=BODY)
    blocks = parse_blocks(article)
    assert [(b.anchor, b.kind, b.level, b.ordered) for b in blocks] == [
        ("p1", "paragraph", 0, False),
        ("p2", "heading", 2, False),
        ("p3", "item", 1, True),
        ("p4", "item", 2, False),
        ("p5", "item", 1, True),
        ("p6", "paragraph", 0, False),
        ("p7", "paragraph", 0, False),
    ]
    assert blocks[5].text == '<script>alert("x")</script>'
    assert blocks[6].text == "A linked word and <b>raw</b> HTML."
    assert parse_blocks(article) == blocks  # same input, same anchors


def test_mentions_tie_to_their_sentence_and_relations_count_shared_sentences() -> None:
    body = ("The OAS met DHS officials. Later the OAS spoke alone.\n\n"
            "DHS and the OAS agreed again; DHS said so.\n")
    article = Article(id="a", path=Path("a.md"), title="A", body=body)
    topics = [topic("oas", "Organization of American States", "OAS"), topic("dhs", "Department of Homeland Security", "DHS")]
    briefing = briefing_of([article], topics)
    assert [(m.anchor, m.sentence_index, m.surface) for m in briefing.mentions] == [
        ("p1", 0, "OAS"), ("p1", 0, "DHS"), ("p1", 1, "OAS"), ("p2", 0, "DHS"), ("p2", 0, "OAS"), ("p2", 0, "DHS"),
    ]
    (relation,) = briefing.relations
    assert (relation.source, relation.target, relation.weight) == ("dhs", "oas", 2)
    assert [e.sentence for e in relation.evidence] == ["The OAS met DHS officials.", "DHS and the OAS agreed again; DHS said so."]


def test_matching_is_one_pass_per_text_not_per_topic(monkeypatch: pytest.MonkeyPatch) -> None:
    """One automaton holds every alias; each block is scanned once, whatever the codebook's size."""
    calls: list[str] = []
    original = Matcher.find
    monkeypatch.setattr(Matcher, "find", lambda self, text, heading=False: calls.append(text) or original(self, text, heading))
    article = Article(id="a", path=Path("a.md"), title="A", body="One OAS.\n\nTwo DHS.\n")
    many = [topic(f"t{i}", f"Topic number {i}") for i in range(300)] + [topic("oas", "OAS body", "OAS")]
    briefing_of([article], many)
    assert calls == ["One OAS.", "Two DHS."]


def test_an_alias_as_written_beats_another_alias_with_an_ending() -> None:
    matcher = Matcher([topic("cartel", "Cartel", "cartel"), topic("cartels", "Cartels of Mexico", "cartels")])
    assert [(m.topic_id) for m in matcher.find("The cartels fought.")] == ["cartels"]


def test_html_comments_are_not_blocks() -> None:
    article = Article(id="a", path=Path("a.md"), title="A", body="One.\n\n<!-- note to self -->\n\nTwo.\n")
    assert [b.text for b in parse_blocks(article)] == ["One.", "Two."]


def test_coordinated_numbers_after_a_plural_head_name_each_numbered_topic() -> None:
    matcher = Matcher([topic("minute-323", "Minute 323", kind="agreement"), topic("minute-330", "Minute 330", kind="agreement"),
                       topic("phase-1", "Phase 1", kind="program"), topic("phase-2", "Phase 2", kind="program")])

    def named(text: str) -> list[tuple[str, str]]:
        return [(text[m.start:m.end], m.topic_id) for m in matcher.find(text)]

    # Real text (Reclamation's 24-Month Study, the Colorado River trial): the head is plural, before both numbers.
    assert named("Mexico’s water delivery, which includes reductions and water savings, is consistent with Minutes "
                 "323 and 330.") == [("Minutes 323", "minute-323"), ("330", "minute-330")]
    # Counter-example (the Army Corps on the Los Angeles fires): a singular head names its one number only,
    # and a number of the series no topic has ("Minutes 319") names nothing.
    assert named("Phase 1 is the largest wildfire hazardous waste cleanup in the history of the agency.") == [
        ("Phase 1", "phase-1")]
    assert named("It replaced Minutes 319 and 323.") == [("323", "minute-323")]
