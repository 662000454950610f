"""Candidates: names the codebook lacks, from the seed articles and small made-up texts."""
from __future__ import annotations

from pathlib import Path

import pytest

from build_site.candidates import article_sightings, covered_spans, find_candidates, suggest_kind
from build_site.corpus import load_articles
from build_site.model import Article, Block, Candidate, Mention, Topic
from build_site.text import parse_blocks
from tests.helpers import FIXTURE_CORPUS, briefing_of

ARTICLES = FIXTURE_CORPUS / "articles"
SEED_003 = "us-and-mexico-bolster-cross-border-security-cooperation-amid"
SEED_004 = "border-issues-the-us-mexico-shared-security-interests"


def blocks_of(article_id: str, body: str) -> tuple[Block, ...]:
    return parse_blocks(Article(id=article_id, path=Path(f"{article_id}.md"), title=article_id, body=body))


def candidates_in(blocks: dict[str, tuple[Block, ...]], mentions: list[Mention],
                  topics: tuple[Topic, ...] = ()) -> tuple[Candidate, ...]:
    """The candidates of these articles, through both passes: each article alone, then the
    corpus. What each run holds is tested here, so a name one article gives counts too (the
    support rule is tested in test_candidate_rules.py)."""
    sightings = []
    for article_id, article_blocks in blocks.items():
        seen = article_sightings(article_id, article_blocks)
        covered = covered_spans(seen, article_blocks, [m for m in mentions if m.article_id == article_id])
        sightings.append((seen, covered))
    return find_candidates(blocks, sightings, topics, mentions, min_articles=1)


def by_text(candidates: tuple[Candidate, ...]) -> dict[str, Candidate]:
    return {c.text: c for c in candidates}


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[Block, ...]]:
    articles, problems = load_articles(ARTICLES)
    assert not problems
    found = {a.id: parse_blocks(a) for a in articles if a.id in (SEED_003, SEED_004)}
    assert set(found) == {SEED_003, SEED_004}, "seeds 003 and 004 are expected in the fixture briefing's articles"
    return found


@pytest.fixture(scope="module")
def seed_candidates(seeds: dict[str, tuple[Block, ...]]) -> dict[str, Candidate]:
    return by_text(candidates_in(seeds, []))


# --- what the seeds give with an empty codebook ------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Marco Rubio", "actor"),  # "Secretary Rubio" with "Secretary of State Marco Rubio": one person, named in full
        ("Operation Fast and Furious", "program"),
        ("Khashoggi", "actor"),
        ("Trump", "actor"),
        ("Narcotrafficking", "threat"),
        ("U.S-Mexico Security Cooperation Task Force", "program"),
    ],
)
def test_seed_names_are_candidates(seed_candidates: dict[str, Candidate], text: str, kind: str) -> None:
    assert text in seed_candidates, sorted(seed_candidates)
    assert seed_candidates[text].suggested_kind == kind


def test_a_medium_the_seeds_cite_is_no_candidate(seed_candidates: dict[str, Candidate]) -> None:
    """"as reported by AP News": where the words come from, not what the briefing follows."""
    assert "AP News" not in seed_candidates


@pytest.mark.parametrize(
    "word",
    ["The", "Despite", "Both", "Mexico", "United States", "Wednesday", "US", "U.S.", "Border", "Opioids",
     "Mexican", "Countries", "Security Partnership", "Border Security"],
)
def test_ordinary_words_and_the_two_countries_are_not(seed_candidates: dict[str, Candidate], word: str) -> None:
    folded = {text.casefold() for text in seed_candidates}
    assert word.casefold() not in folded
    if word not in ("Mexico", "US", "U.S."):  # a country may lead a name: "US House of Representatives"
        assert not any(text.startswith(word.casefold() + " ") for text in folded)


def test_places_alone_are_not_candidates(seed_candidates: dict[str, Candidate]) -> None:
    """The briefing has no kind for places: "MEXICO CITY –", "Mexico City on Wednesday", "Paris"."""
    assert not {"Mexico City", "MEXICO CITY", "Washington", "Paris"} & set(seed_candidates)
    assert seed_candidates["Marco Rubio"].count >= 2


def test_the_example_is_the_first_sentence_verbatim(seeds: dict[str, tuple[Block, ...]]) -> None:
    candidate = by_text(candidates_in(seeds, []))["Operation Fast and Furious"]
    block = next(b for b in seeds[SEED_004] if b.anchor == candidate.example.anchor)
    assert candidate.example.article_id == SEED_004
    assert candidate.example.sentence in {s.text for s in block.sentences}
    assert "Operation Fast and Furious" in candidate.example.sentence


def test_a_mention_hides_what_it_covers(seeds: dict[str, tuple[Block, ...]]) -> None:
    name = "Operation Fast and Furious"
    block = next(b for b in seeds[SEED_004] if name in b.text)
    start = block.text.index(name)
    index = next(i for i, s in enumerate(block.sentences) if s.start <= start < s.end)
    mention = Mention("fast-and-furious", SEED_004, block.anchor, index, start, start + len(name), name)
    found = by_text(candidates_in(seeds, [mention]))
    assert name not in found
    assert "Khashoggi" in found  # the rest stays


def test_a_covered_country_leaves_the_name_after_it() -> None:
    blocks = {"a": blocks_of("a", "It was the failure of the US House of Representatives to act.")}
    assert "US House of Representatives" in by_text(candidates_in(blocks, []))
    block = blocks["a"][0]
    start = block.text.index("US ")
    mention = Mention("united-states", "a", block.anchor, 0, start, start + 2, "US")
    usa = Topic("united-states", "actor", "United States", ("US",), "A country.", (("country", "United States"),))
    found = by_text(candidates_in(blocks, [mention], (usa,)))
    assert set(found) == {"House of Representatives"}


def test_sorted_by_count_then_text(seeds: dict[str, tuple[Block, ...]]) -> None:
    candidates = candidates_in(seeds, [])
    keys = [(-c.count, c.text.casefold(), c.text) for c in candidates]
    assert keys == sorted(keys)
    assert candidates == candidates_in(dict(reversed(list(seeds.items()))), [])  # input order is irrelevant


# --- grouping ----------------------------------------------------------------------------


def test_same_name_in_two_articles_counts_twice() -> None:
    blocks = {
        "b-second": blocks_of("b-second", "Later, Secretary Rubio's team left Mexico City."),
        "a-first": blocks_of("a-first", "During his visit, Secretary Rubio reportedly spoke."),
    }
    rubio = by_text(candidates_in(blocks, []))["Rubio"]
    assert rubio.count == 2
    assert rubio.articles == ("a-first", "b-second")
    assert rubio.example.article_id == "a-first"
    assert rubio.example.sentence == "During his visit, Secretary Rubio reportedly spoke."


def test_a_word_any_article_writes_in_lower_case_is_ordinary_in_every_article() -> None:
    """The vocabulary is the corpus's: each article is read alone, the judgement is made across them."""
    alone = {"a": blocks_of("a", "Officials flew the Osprey over the Sierra.\n")}
    assert set(by_text(candidates_in(alone, []))) == {"Osprey", "Sierra"}
    both = {**alone, "b": blocks_of("b", "An osprey circled.\n")}
    assert set(by_text(candidates_in(both, []))) == {"Sierra"}


def test_accent_variants_group_and_the_commonest_form_wins() -> None:
    body = (
        "Officials met Adm. José Rafael Ojeda Durán in May.\n\n"
        "Later Adm. Jose Rafael Ojeda Duran spoke.\n\n"
        "Again Adm. José Rafael Ojeda Durán agreed."
    )
    found = candidates_in({"a": blocks_of("a", body)}, [])
    assert [(c.text, c.count, c.suggested_kind) for c in found] == [("José Rafael Ojeda Durán", 3, "actor")]


def test_acronym_plurals_and_possessives_fold() -> None:
    body = "Numerous NGOs were there. Several groups, and one NGO, joined. The OAS's members and the OAS agreed."
    found = by_text(candidates_in({"a": blocks_of("a", body)}, []))
    assert (found["NGO"].count, found["OAS"].count) == (2, 2)


# --- what is not a candidate -------------------------------------------------------------


def test_sentence_initial_words_and_headings() -> None:
    body = (
        "# Key Figures in the High-Level Security Dialogue\n\n"
        "Despite these challenges, Mexicans voted. However, Khashoggi wrote. Sovereignty matters.\n\n"
        "## What Is USNORTHCOM's Role?\n\n"
        "Supporting the Department of Homeland Security in border operations.\n\n"
        # After a colon the first word is capitalized by grammar too; a number is no first word.
        "One reason stood out: Sovereignty. They said: some Zetas left. 1994 Sovereignty talks began with Tijuana."
    )
    found = by_text(candidates_in({"a": blocks_of("a", body)}, []))
    assert set(found) == {"Khashoggi", "USNORTHCOM", "Department of Homeland Security", "Zetas", "Tijuana"}
    # "began in Tijuana" places something there: a place, which this briefing has no kind for.
    assert "Tijuana" not in by_text(candidates_in({"a": blocks_of("a", body.replace("with Tijuana", "in Tijuana"))}, []))


def test_title_case_lines_count_as_headings() -> None:
    body = "Growing Security Challenges at the Mexico-U.S. Border\n\nGeneral Gregory Guillot (USNORTHCOM – U.S.)"
    found = by_text(candidates_in({"a": blocks_of("a", body)}, []))
    assert set(found) == {"Gregory Guillot", "USNORTHCOM"}
    assert found["USNORTHCOM"].count == 1


def test_connectors_join_names_but_not_lists() -> None:
    body = (
        "Talks with the United States and Mexico went on. "
        "They joined the Organization of American States and the Secretaría de Seguridad y Protección Ciudadana. "
        "Troops met Wednesday in Mexico City on Wednesday."
    )
    found = by_text(candidates_in({"a": blocks_of("a", body)}, []))
    assert set(found) == {
        "Organization of American States",
        "Secretaría de Seguridad y Protección Ciudadana",
    }


def test_copyright_lines_are_skipped() -> None:
    body = "Views are those of Dissecting Society. \u00a9 2007-2019 Author(s) ALL RIGHTS RESERVED"
    assert set(by_text(candidates_in({"a": blocks_of("a", body)}, []))) == {"Dissecting Society"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Operation Fast and Furious", "program"),
        ("Merida Initiative", "program"),
        ("Joint Task Force on Border Security", "program"),
        ("Department of Homeland Security", "actor"),
        ("Gregory Guillot", "actor"),
        ("Sovereignty Concerns", "challenge"),
        ("Fuel Theft", "threat"),
        ("Narcotrafficking", "threat"),
        ("Khashoggi", "actor"),
    ],
)
def test_suggested_kind(text: str, kind: str) -> None:
    assert suggest_kind(text) == kind


def test_titled_and_untitled_forms_of_a_name_group_together_and_a_lone_org_word_is_no_candidate() -> None:
    body = ("Officials said Secretary Omar García Harfuch would travel. Later Minister Omar Garcia Harfuch spoke, "
            "and then Omar García Harfuch left.\n\nThe Attorney General's Office declined to comment.\n")
    article = Article(id="a", path=Path("a.md"), title="A", body=body)
    found = {c.text: c.count for c in candidates_in({"a": parse_blocks(article)}, [])}
    harfuch = [text for text in found if "Harfuch" in text]
    assert len(harfuch) == 1 and found[harfuch[0]] == 3
    assert "Office" not in found


def test_a_name_ending_in_a_generic_alias_is_a_candidate_but_a_title_before_a_name_is_not() -> None:
    """ "Sinaloa Cartel" is a name the codebook lacks even though "cartel" is an alias of a topic."""
    from build_site.model import Topic

    topics = [Topic("cartels", "actor", "Mexican cartels", ("cartel",), "Cartels."),
              Topic("rubio", "actor", "Marco Rubio", ("Rubio",), "The Secretary of State.")]
    body = ("Officials said the Sinaloa Cartel and the Jalisco New Generation Cartel moved fentanyl. "
            "Secretary Rubio said the Gulf Cartel's leader and a Mexican Cartel were a concern.\n")
    article = Article(id="a", path=Path("a.md"), title="A", body=body)
    found = by_text(briefing_of([article], topics).candidates)
    assert {"Sinaloa Cartel", "Jalisco New Generation Cartel", "Gulf Cartel"} <= set(found)
    assert found["Sinaloa Cartel"].suggested_kind == "actor"
    assert not {"Secretary Rubio", "Mexican Cartel", "Cartel"} & set(found)
