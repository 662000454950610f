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
        "The so-called “special operation” goes on, the ministry said in a statement, adding that troops had "
        "advanced.",
    )
    assert ("reported", "zelensky", "troops had advanced.") not in other
    his = said("“We will not give up an inch,” Zelensky said, adding that troops had advanced.")
    assert ("reported", "zelensky", "troops had advanced.") in his
