"""The fit of a figure's topics (evaluation/fit_fact_topics.py): its rows are the scorer's, its decision reads probabilities."""

from __future__ import annotations

from pathlib import Path

from evaluation import fit_fact_topics as fitting
from evaluation.facts_gold import _rows, score
from evaluation.run import write_outputs


def test_rows_are_the_figures_facts_gold_reads(tmp_path: Path) -> None:
    """A subject's rows are the gold figures `facts_gold.py` reads in the same run, and the rules'
    answer of each is the one it scores."""
    figures = fitting.subject_figures("infant-formula", 17)
    articles, _ = fitting.load_articles(fitting.HERE / "texts" / "infant-formula" / "held-out")
    kinds = fitting.subject_kinds("infant-formula")
    topics, _ = fitting.load_codebook(fitting.codebook_dir("infant-formula"), kinds=kinds)
    briefing = fitting.build_from(articles, topics, fitting.Options(pages=False, kinds=kinds)).briefing
    write_outputs(briefing, tmp_path, 10)
    gold = _rows(fitting.HERE / "judged" / "round17" / "facts-gold-infant-formula.tsv")
    _, read, right = score(gold, _rows(tmp_path / "facts.tsv"))
    assert (len(figures), sum(f.rules in f.answers for f in figures)) == (read, right)
    assert all(f.rules <= set(f.candidates()) for f in figures)


def _figure(subject: str, row: int, rules: set[str], answer: set[str]) -> fitting.Figure:
    places = {t: {**fitting.OUTSIDE, "in_sentence": 1.0, "distance": 1.0} for t in ("near", "far")}
    return fitting.Figure(subject, row, frozenset(rules), False, {frozenset(answer)}, places)


def test_the_decision_takes_what_weighs_above_its_threshold() -> None:
    """Fitted on figures whose rules are right, the model takes the rules' topic; a threshold no
    candidate reaches gives "none"; at most one topic is one."""
    figures = [
        _figure(subject, row, {topic}, {topic})
        for subject in ("a", "b")
        for row, topic in enumerate(("near", "far", "near", "far"))
    ]
    model = fitting.fit(figures)
    probe = _figure("c", 0, {"far"}, {"far"})
    assert fitting.Decision(0.5, 3)(probe, model) == {"far"}
    assert fitting.Decision(1.0, 3)(probe, model) == frozenset()
    assert fitting.Decision(0.0, 1)(probe, model) == {"far"}
    assert len(fitting.Decision(0.0, 2)(probe, model)) == 2


def test_topics_in_a_list() -> None:
    """Topics joined by commas and "and" are a list; one past a verb is not in it."""
    text = "The FDIC, the Federal Reserve and the Treasury said SVB lost $20 billion."
    named = [(4, 8, "fdic"), (14, 29, "fed"), (38, 46, "treasury"), (52, 55, "svb")]
    assert fitting._listed(text, named) == {"fdic", "fed", "treasury"}
