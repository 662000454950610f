"""Rules from the Silicon Valley Bank subject (round 17): each on the real sentence that showed it,
with a counter-example from real text of another subject."""
from __future__ import annotations

from pathlib import Path

from build_site.matcher import Matcher
from build_site.model import Article, Topic
from tests.helpers import briefing_of


def topic(topic_id: str, name: str, *aliases: str, kind: str = "actor") -> Topic:
    return Topic(topic_id, kind, name, aliases, "A topic.")


SVB = [
    topic("silicon-valley-bank", "Silicon Valley Bank", "SVB"),
    topic("first-citizens", "First Citizens BancShares", "First Citizens"),
    topic("fdic", "Federal Deposit Insurance Corporation", "FDIC"),
    topic("deposit-insurance", "Deposit insurance", "insured deposits", kind="program"),
    topic("digital-assets", "Digital assets industry", "digital assets", kind="threat"),
]


def found(text: str, topics: list[Topic]) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.topic_id) for m in Matcher(topics).find(text)]


def facts_of(body: str, topics: list[Topic]) -> dict[str, tuple[str, ...]]:
    article = Article(id="a", path=Path("a.md"), title="A", body=body)
    return {f.text: f.topics for f in briefing_of([article], topics).facts}


def test_an_amount_in_the_bare_head_noun_of_a_qualified_name_is_not_about_it() -> None:
    # Real text (Winston-Salem Journal): "in assets" is no Digital assets industry.
    facts = facts_of("First Citizens BancShares Inc. completed Monday the acquisition of $72 billion in assets from "
                     "the collapsed Silicon Valley Bank.\n", SVB)
    assert facts["$72 billion"] == ("first-citizens",)
    # Counter-example (Reuters, the Conti reward): the head noun with a modifier still names the topic.
    topics = [topic("payments", "Ransom payments", "ransom payment", kind="challenge"), topic("conti", "Conti")]
    facts = facts_of("The FBI estimates that more than 1,000 victims of the Conti group have paid a total in excess "
                     "of $150 million in ransomware payments, Price said in a statement.\n", topics)
    assert facts["$150 million"] == ("payments",)


def test_a_sentence_case_name_written_in_title_case_inside_a_longer_name_is_not_a_mention() -> None:
    # Real text (FDIC, the special assessment's final rule): the Act is no mention of deposit insurance.
    text = "a systemic risk determination under these circumstances is required by the Federal Deposit Insurance Act."
    assert found(text, SVB) == []
    assert found("the FDIC protected insured deposits of the bank.", SVB) == [
        ("FDIC", "fdic"), ("insured deposits", "deposit-insurance")]
    # Counter-example (a blog on Mexico's migration policy): after a determiner, Title Case is emphasis.
    rights = [topic("human-rights", "Human rights", kind="challenge")]
    assert found("Mexico sees the movement of migrants as a Human Rights Issue.", rights) == [
        ("Human Rights", "human-rights")]


def test_a_name_abbreviating_its_company_designation_is_the_name() -> None:
    # Real text (S&P Global Market Intelligence): "Corp." is the Corporation, not Deposit insurance inside it.
    assert found("The Federal Deposit Insurance Corp. received 27 offers from 18 bidders.", SVB) == [
        ("Federal Deposit Insurance Corp", "fdic")]
    facts = facts_of("The Federal Deposit Insurance Corp. received 27 offers from 18 bidders.\n", SVB)
    assert facts["27 offers"] == ("fdic",)
    # The name written out is still found whole (Cointime, on Signature Bank).
    assert found("appointed the Federal Deposit Insurance Corporation as receiver", SVB) == [
        ("Federal Deposit Insurance Corporation", "fdic")]


def test_a_name_followed_by_more_words_and_a_designation_is_another_company() -> None:
    # Real text (Winston-Salem Journal): the holding company is not the bank.
    text = "First Citizens will not assume any other obligations of SVB Financial Group, the former holding company."
    assert found(text, SVB) == [("First Citizens", "first-citizens")]
    # Counter-example (UAWire, the Wagner ambush in Mali): a designation right after the name is its own.
    wagner = [topic("wagner", "Wagner")]
    assert found("Telegram channels linked to the Wagner Group confirmed the death.", wagner) == [("Wagner", "wagner")]
    assert found("First Citizens BancShares Inc. completed Monday the acquisition.", SVB) == [
        ("First Citizens BancShares", "first-citizens")]


def test_the_singular_of_a_lower_case_plural_alias_heading_its_phrase_is_a_mention() -> None:
    failures = [topic("bank-failures", "Bank failures", "failures", kind="challenge"), *SVB]
    # Real text (Treasury, Assistant Secretary Steele's remarks): "failure" for the alias "failures".
    assert found("SVB’s failure was caused by a bank run.", failures) == [
        ("SVB’s", "silicon-valley-bank"), ("failure", "bank-failures")]
    # Counter-examples: a singular that modifies the next noun (Fox 4 on the Texas winter storm's deaths) or
    # is one of a coordinated list (the US–Mexico High-Level Security Dialogue) is no mention.
    deaths = [topic("deaths", "Storm deaths", "deaths", kind="challenge")]
    assert found("an even higher death toll", deaths) == []
    drugs = [topic("drug-trafficking", "Drug trafficking", "illicit drugs", kind="threat")]
    assert found("gun violence, illicit drug, arms, and human trafficking", drugs) == []
