"""The faults a new user's trial on chip export controls met in candidates, mentions, figures and
search (evaluation/trials/chips/README.md), each mended by a rule of a general shape: on the real
sentence and on a counter-example of another subject."""

from __future__ import annotations

from pathlib import Path

from material.plugins.search.plugin import Parser

from build_site.facts import find_figures
from build_site.kinds import declared_kinds
from build_site.matcher import Matcher
from build_site.model import DEFAULT_KINDS, Article, Kind, Topic
from build_site.pipeline import Options, build_from
from build_site.search_html import search_html
from tests.helpers import briefing_of, pages_of


def topic(topic_id: str, name: str, *aliases: str, kind: str = "actor", person: bool = False) -> Topic:
    return Topic(topic_id, kind, name, aliases, "A topic.", attributes=(("type", "person"),) if person else ())


def article(body: str) -> Article:
    return Article(id="a", path=Path("a.md"), title="A", body=body)


def surfaces(body: str, topics: list[Topic]) -> list[tuple[str, str]]:
    return [(m.surface, m.topic_id) for m in briefing_of([article(body)], topics).mentions]


SCHREINEMACHER = topic("schreinemacher", "Liesje Schreinemacher", kind="official")
# Real text (NL Times, 2023): the minister named in full, then by her surname alone.
NL_TIMES = (
    "The export restrictions announced in March will take effect beginning that month, said Foreign Trade "
    "Minister Liesje Schreinemacher.\n\n"
    '"This way they can adapt to the new regulations in time," said Schreinemacher.\n'
)


def test_a_persons_surname_alone_is_a_mention_once_the_article_has_named_them() -> None:
    matcher = Matcher([SCHREINEMACHER], people_kinds=("official",))
    first, second = NL_TIMES.split("\n\n")
    found = matcher.with_surnames([first, second], [matcher.find(first), matcher.find(second)])
    assert [second[m.start : m.end] for m in found[1]] == ["Schreinemacher"]
    assert found[1][0].topic_id == "schreinemacher"
    # Before the full name, or in a kind of bodies, the surname names no one yet.
    assert matcher.with_surnames([second], [matcher.find(second)]) == [[]]
    bodies = Matcher([SCHREINEMACHER], people_kinds=())
    assert bodies.with_surnames([first, second], [bodies.find(first), bodies.find(second)])[1] == []


def test_a_surname_inside_a_longer_name_is_not_the_persons() -> None:
    # Counter-example of another subject (Haiti): a namesake's full name and a title before a surname.
    moise = topic("moise", "Jovenel Moïse", person=True)
    body = (
        "President Jovenel Moïse was killed in 2021.\n\n"
        "His widow Martine Moïse was wounded; President Moïse had ruled by decree.\n"
    )
    assert surfaces(body, [moise]) == [("Jovenel Moïse", "moise"), ("Moïse", "moise")]


def test_a_surname_the_article_resolves_is_no_candidate() -> None:
    # Real text (NL Times): "Schreinemacher" was offered as a candidate "alias of" the minister.
    official = topic("schreinemacher", "Liesje Schreinemacher", person=True)
    briefing = briefing_of([article(NL_TIMES)], [official])
    assert [m.surface for m in briefing.mentions] == ["Liesje Schreinemacher", "Schreinemacher"]
    assert not [c for c in briefing.candidates if c.text == "Schreinemacher"]


def index_text(html: str) -> str:
    parser = Parser()
    parser.feed(search_html(html))
    parser.close()
    return " ".join("".join(s.text) for s in parser.data)


def test_a_tables_cells_are_separate_words_in_the_search_index() -> None:
    # The trial's Officials index and review queue: "Schreinemacherofficial" was one word.
    row = '<h1>Officials</h1><table><tr><td>Schreinemacher</td><td>official</td><td class="num">4</td></tr></table>'
    assert "Schreinemacher official 4" in index_text(row)
    # Counter-example: text inside one cell is left as it is.
    assert "Nishimura, Yasutoshi" in index_text("<h1>T</h1><table><tr><td>Nishimura, Yasutoshi</td></tr></table>")


CHIPS_KINDS = declared_kinds(
    [
        {"id": i, "singular": i.capitalize(), "plural": i.capitalize() + "s"}
        for i in ("company", "agency", "official", "rule")
    ],
    Path("mkdocs.yml"),
)


def candidates_of(bodies: list[str], kinds: tuple[Kind, ...] = DEFAULT_KINDS) -> dict[str, str | None]:
    articles = [Article(id=f"a{n}", path=Path(f"a{n}.md"), title="A", body=body) for n, body in enumerate(bodies)]
    briefing = build_from(articles, [], Options(pages=False, kinds=kinds)).briefing
    return {c.text: c.suggested_kind for c in briefing.candidates}


def test_a_run_of_common_words_is_no_persons_name() -> None:
    # Real text (BIS, 2020 and 2022): "entities" and "list" are written in lower case too.
    found = candidates_of(
        [
            "BIS added 77 entities and people to the Entity List, the list of foreign parties.\n",
            "The Commerce Department added 31 entities to the Entity List on Friday.\n",
        ],
        CHIPS_KINDS,
    )
    assert "Entity List" in found and found["Entity List"] != "official"
    # Counter-example of another subject (the bank failures): a given name and a surname stay a person.
    found = candidates_of(
        [
            "FDIC Chairman Martin Gruenberg testified on the failures of the banks.\n",
            "Martin Gruenberg said the fund would cover the losses of the banks.\n",
        ],
        CHIPS_KINDS,
    )
    assert found["Martin Gruenberg"] == "official"


def test_a_laws_name_holding_and_is_one_candidate() -> None:
    # Real text (Japan's controls): one law, not "Foreign Exchange" and "Foreign Trade Act".
    body = (
        "Japan regulates the export of weapons and other items with potential military uses under the Foreign "
        "Exchange and Foreign Trade Act.\n"
    )
    assert list(candidates_of([body, body])) == ["Foreign Exchange and Foreign Trade Act"]
    # Counter-example (water law): two laws listed, each ending in its own head word.
    body = "The permits fall under the Clean Air Act and Clean Water Act, the agency said.\n"
    assert sorted(candidates_of([body, body])) == ["Clean Air Act", "Clean Water Act"]


def test_a_countrys_cabinet_and_an_email_address_give_no_candidate() -> None:
    # Real text (NL Times): "The Dutch Cabinet", then "the Cabinet"; a BIS release's contact line.
    bodies = [
        "The Dutch Cabinet confirmed on Wednesday that it is restricting exports.\n\n"
        "The measure is part of the framework the Cabinet was developing.\n",
        "“Because the Netherlands considers it necessary on national security grounds, the Cabinet will introduce "
        "a national control list,” the letter said.\n\nMedia Contact: OCPA@bis.doc.gov\n",
        "Media Contact: OCPA@bis.doc.gov\n",
    ]
    found = candidates_of(bodies)
    assert not {"Cabinet", "Dutch Cabinet", "OCPA"} & set(found)
    # Counter-example (Haiti): a body's own name holding the noun stays a candidate.
    body = "The Transitional Presidential Council named a new prime minister.\n"
    assert "Transitional Presidential Council" in candidates_of([body, body])


def test_a_name_the_text_defines_by_its_acronym_is_a_candidate() -> None:
    # Real text (Hogan Lovells; The Verge): a defined term in quotation marks, an acronym of common words.
    body = (
        "Effective 23 July 2023, Japan’s Ministry of Economy, Trade and Industry (“METI”) imposed export "
        "controls on 23 items.\n\nThe rules cover extreme ultraviolet (EUV) lithography tools.\n"
    )
    found = candidates_of([body, "Nvidia said so.\n", "ASML said so.\n"])
    assert {"Ministry of Economy, Trade and Industry (METI)", "EUV"} <= set(found)
    # Counter-example: an acronym in brackets that spells nothing before it is no definition.
    assert "UN" not in candidates_of(["The vote (UN) was held.\n", "Nvidia said so.\n", "ASML said so.\n"])


CHIPS = [
    topic("china", "China", "Chinese"),
    topic("nvidia", "Nvidia", kind="actor"),
    topic("justice-department", "Justice Department"),
    topic("ai-chips", "AI chips", "GPU", kind="program"),
]


def facts_of(body: str, topics: list[Topic]) -> dict[str, tuple[str, ...]]:
    return {f.text: f.topics for f in briefing_of([article(body)], topics).facts}


def test_a_count_of_people_by_their_nation_or_sex_takes_no_topic_the_clause_names_after_it() -> None:
    # Real text (CBS News; California Insider): the people counted belong to no topic named after them.
    facts = facts_of(
        "Two Chinese nationals and two Americans have been arrested for allegedly illegally exporting "
        "cutting-edge Nvidia chips with artificial intelligence applications to China, the Justice "
        "Department said Thursday.\n",
        CHIPS,
    )
    assert facts["two Americans"] == ()
    facts = facts_of(
        "The Justice Department announced criminal charges on December 9 against two men accused of "
        "participating in a scheme to export Nvidia chips.\n",
        CHIPS,
    )
    assert "nvidia" not in facts["two men"]
    # Counter-example of another subject (the cartels): people the text ties to a topic stay its members.
    facts = facts_of("Police arrested two men linked to the Sinaloa Cartel.\n", [topic("sinaloa", "Sinaloa Cartel")])
    assert facts["two men"] == ("sinaloa",)


def test_an_acronym_in_the_plural_is_the_noun_a_figure_counts() -> None:
    # Real text (CBS News): the GPUs are counted, through the maker's name and the model's number.
    facts = facts_of(
        "Some 400 Nvidia A100 GPUs were exported to China between October 2024 and January 2025 in two "
        "shipments, the department said.\n",
        CHIPS,
    )
    assert facts["Some 400 Nvidia A100 GPUs"] == ("ai-chips",)
    # Counter-example (the Red Sea): a count of a lower-case plural is read as before.
    assert [f.text for f in find_figures("The Houthis launched 12 drones and 3 USVs at ships.")] == [
        "12 drones",
        "3 USVs",
    ]


def test_a_model_number_after_a_colon_is_no_year() -> None:
    # Real text (a September 2024 report): the NXT:2000 series is a model, not the year 2000.
    sentence = "Export licenses are required for ASML's NXT:2000 series and later models."
    assert find_figures(sentence) == []
    # Counter-example: a year after a colon and a space is still a year.
    assert [f.text for f in find_figures("Effective date: 2000, the rules said.")] == ["2000"]


def test_the_review_queue_is_found_by_its_candidates_not_by_the_names_its_examples_quote() -> None:
    # The trial's search for "Schreinemacher" found the review queue above the articles: the surname
    # was a candidate there. Now it is a mention, and the queue's example sentences are not indexed.
    minister = topic("schreinemacher", "Liesje Schreinemacher", person=True)
    body = (
        "Foreign Trade Minister Liesje Schreinemacher wrote to the Tweede Kamer.\n\n"
        "The Tweede Kamer must agree, Schreinemacher added.\n"
    )
    articles = [Article(id=f"a{n}", path=Path(f"a{n}.md"), title="A", body=body) for n in range(2)]
    queue = index_text(pages_of(articles, [minister])["analysis/review.md"].html)
    assert "Tweede Kamer" in queue  # a candidate the queue lists
    assert "Schreinemacher" not in queue
