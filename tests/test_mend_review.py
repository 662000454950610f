"""Review findings of round nineteen, each with the example that showed it and a counter-example."""

from __future__ import annotations

from build_site.speakers import _resolver
from build_site.statements import Actor, Paragraph, extract_statements

ZELENSKY = (Actor("zelensky", ("Volodymyr Zelensky", "Zelensky"), "person", "President of Ukraine"),)


def test_a_blank_speaker_resolves_to_no_one() -> None:
    """An empty or blank speaker is no one, not an error (the last word of nothing)."""
    resolver = _resolver(ZELENSKY)
    assert resolver.resolve("", frozenset()) is None
    assert resolver.resolve("   ", frozenset()) is None
    assert resolver.resolve("Zelensky", frozenset()) == "zelensky"


def said(*sentences: str) -> list[tuple[str, str | None, str]]:
    statements = extract_statements([Paragraph("p1", sentences)], ZELENSKY)
    return [(s.kind, s.speaker, s.text) for s in statements]


def test_what_another_speaker_adds_is_not_the_last_quotations_speakers() -> None:
    """'..., the ministry said in a statement, adding that ...' after a quotation of Zelensky's in the sentence
    before: the quotation marks of this sentence are the writer's, what is added is not Zelensky's. When the
    quotation and its attribution are this sentence's, what he adds stays his."""
    other = said(
        "“We will not give up an inch,” Zelensky said.",
        "The so-called “special operation” goes on, the ministry said in a statement, adding that troops had advanced.",
    )
    assert ("reported", "zelensky", "troops had advanced.") not in other
    his = said("“We will not give up an inch,” Zelensky said, adding that troops had advanced.")
    assert ("reported", "zelensky", "troops had advanced.") in his


def test_a_briefings_article_and_topic_indexes_follow_its_mentions() -> None:
    """A Briefing built from its mentions alone answers articles_of and topics_of from them: no builder
    keeps the two indexes in step by hand."""
    from build_site.model import Briefing, Mention

    houthis = Mention("houthis", "a1", "p1", 0, 0, 7, "Houthis")
    again = Mention("houthis", "a1", "p2", 0, 0, 7, "Houthis")
    aden = Mention("aden", "a1", "p2", 0, 20, 24, "Aden")
    elsewhere = Mention("houthis", "a2", "p1", 0, 0, 7, "Houthis")
    briefing = Briefing(
        articles=(),
        blocks={},
        topics=(),
        mentions=(houthis, again, aden, elsewhere),
        relations=(),
        facts=(),
        candidates=(),
        mentions_by_topic={"houthis": (houthis, again, elsewhere), "aden": (aden,)},
        mentions_by_article={"a1": (houthis, again, aden), "a2": (elsewhere,)},
    )
    assert briefing.articles_of("houthis") == ("a1", "a2")
    assert briefing.topics_of("a1") == ("houthis", "aden")
