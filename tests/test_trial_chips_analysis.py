"""The faults a new user's trial on chip export controls met in candidates, mentions, figures and
search (evaluation/trials/chips/README.md), each mended by a rule of a general shape: on the real
sentence and on a counter-example of another subject."""
from __future__ import annotations

from pathlib import Path

from material.plugins.search.plugin import Parser

from build_site.matcher import Matcher
from build_site.model import Article, Topic
from build_site.search_html import search_html
from tests.helpers import briefing_of


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
    body = ("President Jovenel Moïse was killed in 2021.\n\n"
            "His widow Martine Moïse was wounded; President Moïse had ruled by decree.\n")
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
