"""Relations: pairs weighted down in long lists, ranked by association beyond chance."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import briefing_of
from build_site.model import Article, Topic
from build_site.relations import association


def topic(topic_id: str, name: str, *aliases: str) -> Topic:
    return Topic(topic_id, "threat", name, aliases, "A topic.")


TOPICS = [topic("drugs", "Drug trafficking"), topic("arms", "Arms trafficking"), topic("humans", "Human trafficking"),
          topic("smuggling", "Human smuggling"), topic("crime", "Organized crime"), topic("fentanyl", "Fentanyl"),
          topic("precursors", "Precursor chemicals"), topic("houthis", "Houthis"), topic("yemen", "Yemen")]


def relations_of(body: str) -> list[tuple[str, str, int, float]]:
    article = Article(id="a", path=Path("a.md"), title="A", body=body)
    return [(r.source, r.target, r.weight, r.score) for r in briefing_of([article], TOPICS).relations]


def test_a_pair_related_again_and_again_outranks_pairs_of_one_long_list() -> None:
    body = (
        # A joint statement's list: six topics, fifteen pairs, each seen once.
        "Both countries have suffered the effects of illicit drug trafficking, arms trafficking, human trafficking, "
        "human smuggling, and organized crime.\n\n"
        # Two sentences that relate two topics (a CRS report).
        "Fentanyl is made with precursor chemicals from abroad. Mexican customs struggle to detect the diversion "
        "of precursor chemicals used for fentanyl.\n\n"
        "The Houthis fired from Yemen. Yemen is a poor country.\n"
    )
    ranked = relations_of(body)
    assert ranked[0][:3] == ("fentanyl", "precursors", 2)
    listed = [r for r in ranked if r[0] in ("arms", "crime", "drugs", "humans", "smuggling")]
    assert len(listed) == 10 and all(r[2] == 1 for r in listed)  # the raw count is still there
    assert all(r[3] < ranked[0][3] for r in listed)


def test_a_pair_no_more_frequent_than_chance_scores_nothing() -> None:
    assert association(1.0, 10, 10, 10) == 0.0  # both in every sentence: they meet by necessity
    assert association(2.0, 2, 2, 20) > association(1.0, 2, 2, 20) > 0.0
    assert association(0.0, 5, 5, 20) == 0.0
