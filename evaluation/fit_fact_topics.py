"""Fit a model that picks a figure's topics among the candidates the rules find, weighed subject by subject.

    .venv/bin/python evaluation/fit_fact_topics.py

Reads the eight facts golds (`judged/round15..round22/facts-gold-*.tsv`, one subject each, written
before any output was read) and analyses each subject's held-out texts with today's code. Each
gold figure the run reads (`facts_gold.py`'s match) gets its candidates: every topic named in
its sentence, the sentence before, its paragraph, its section's heading or its list's lead-in,
whose cue words its sentence holds, or that the rules attach. Each candidate is one row,
labelled by whether every one of the gold's answers holds it (a topic only some answers hold is
left out of the fit, and scored as the decision gives it). The features say where and how the
topic is named beside the figure (`FEATURES`), and what the rules answer.

The model is an L2-regularised logistic regression on standardised features (Newton's method,
plain Python). Its decision: the candidates whose probability is at least a threshold, at most
a few of them, highest first; none above it is "none". Validation is leave one subject out: each
subject's figures are decided by a model fitted on the seven others, and scored with
`facts_gold.py`'s criterion (the figure's topic set is one of the gold's answers), beside the
rules today (tuned on all eight) and the rules when each subject was first judged ("before").
"""

from __future__ import annotations

import argparse
import math
import re
import statistics
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from build_site.codebook import load_codebook
from build_site.corpus import load_articles
from build_site.fact_topics import CLAUSE_BREAK, members
from build_site.model import Block, Fact, Mention, Topic, block_at, block_index
from build_site.pipeline import Options, build_from
from evaluation.facts_gold import QUOTES, _answers, _rows, score
from evaluation.run import codebook_dir, subject_kinds
from tools.fit_page_kind import newton

HERE = Path(__file__).resolve().parent
# Each subject with a facts gold, the round it was first judged in.
SUBJECTS = {
    "texas-grid": 15,
    "svb-failure": 16,
    "infant-formula": 17,
    "key-bridge": 18,
    "helene": 19,
    "panama-canal": 20,
    "flint-water": 21,
    "deepwater-horizon": 22,
}
WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# Between two names of a list: a comma, "and" or "or" ("the FDIC, the Federal Reserve and the Treasury").
LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?")
# From a figure to a mention after it, a preposition that attaches the mention to the figure's noun
# phrase ("$1.2 billion in losses at [the bank]", "20 percent of [the fund]").
OF_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}(?:of|in|at|for|on|from)\s+(?:the\s+)?$")
# After a mention, a possessive: the mention owns a noun ("[SVB]'s deposits").
POSSESSIVE = re.compile(r"^['\u2019]s?\b")
# The end of a paragraph that leads into a list: a colon, or "the following ...".
LEAD_IN_END = re.compile(r"(?::|\bfollowing\b[^.]*)\s*$")
KINDS = ("actor", "threat", "program", "challenge")
FACT_KINDS = ("count", "money", "percent")
FEATURES = (
    "rule",
    "rule_only",
    "rule_count",
    "rule_none",
    "rule_elsewhere",
    "in_sentence",
    "in_clause",
    "before_figure",
    "after_figure",
    "distance",
    "nearest",
    "first_named",
    "opens_sentence",
    "joined_after",
    "adjacent_after",
    "possessive",
    "in_list",
    "sentence_topics",
    "times_in_sentence",
    "in_previous",
    "in_paragraph",
    "in_heading",
    "in_lead_in",
    "cue_in_sentence",
    "cue_in_clause",
    *(f"kind_{k}" for k in KINDS),
    *(f"figure_{k}" for k in FACT_KINDS),
)
# The features of a candidate only the rules name: nowhere near the figure.
OUTSIDE = {**{n: 0.0 for n in FEATURES if not n.startswith("rule")}, "distance": math.log1p(40)}


@dataclass(frozen=True, slots=True)
class Figure:
    """One gold figure the run read: its subject, the rules' topics, the gold's answers, and
    each candidate topic with its feature values."""

    subject: str
    row: int  # the gold row's index
    rules: frozenset[str]
    rules_elsewhere: bool  # the rules found its topics outside its sentence
    answers: set[frozenset[str]]
    places: dict[str, dict[str, float]]  # each candidate's features but the rules'
    fresh: frozenset[str] | None = None  # what the rules answered when the subject was first judged

    def candidates(self, rules: frozenset[str] | None = None) -> dict[str, dict[str, float]]:
        """Each candidate's features, with what `rules` answer (today's rules unless given)."""
        rules = self.rules if rules is None else rules
        elsewhere = self.rules_elsewhere and rules == self.rules
        return {
            topic: {**self.places.get(topic, OUTSIDE), **rule_values(topic, rules, elsewhere)}
            for topic in sorted(set(self.places) | rules)
        }


def rule_values(topic: str, rules: frozenset[str], elsewhere: bool) -> dict[str, float]:
    """What the rules answer, as features of a candidate topic."""
    return {
        "rule": float(topic in rules),
        "rule_only": float(rules == {topic}),
        "rule_count": float(min(len(rules), 3)),
        "rule_none": float(not rules),
        "rule_elsewhere": float(topic in rules and elsewhere),
    }


def _spans(mentions: Sequence[Mention], blocks: Sequence[Block], anchor: str, index: int) -> list[tuple[int, int, str]]:
    """The mentions of one sentence, as offsets in the sentence and their topic."""
    start = block_at(blocks, anchor).sentences[index].start
    return sorted(
        (m.start - start, m.end - start, m.topic_id)
        for m in mentions
        if m.anchor == anchor and m.sentence_index == index
    )


def _sentence_index(block: Block, sentence: str) -> int:
    return next((i for i, s in enumerate(block.sentences) if s.text == sentence), 0)


def _heading_topics(blocks: Sequence[Block], anchor: str, by_anchor: dict[str, set[str]]) -> set[str]:
    """The topics the nearest heading before the block names."""
    for earlier in reversed(blocks[: block_index(anchor)]):
        if earlier.kind == "heading":
            return by_anchor.get(earlier.anchor, set())
    return set()


def _lead_in_topics(blocks: Sequence[Block], anchor: str, by_anchor: dict[str, set[str]]) -> set[str]:
    """The topics of the paragraph before a run of list items, when it ends with a colon or "following"."""
    if block_at(blocks, anchor).kind != "item":
        return set()
    lead = next((b for b in reversed(blocks[: block_index(anchor)]) if b.kind != "item"), None)
    if lead is None or lead.kind != "paragraph" or not LEAD_IN_END.search(lead.text):
        return set()
    return by_anchor.get(lead.anchor, set())


def _listed(text: str, named: Sequence[tuple[int, int, str]]) -> set[str]:
    """The topics whose mention is joined to the next by a comma or "and": a list of topics."""
    joined = [(a, b) for a, b in pairwise(named) if LISTED.fullmatch(text, a[1], b[0])]
    return {m[2] for pair in joined for m in pair}


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _cue_spans(text: str, cues: dict[str, tuple[str, ...]]) -> dict[str, list[int]]:
    """Where each topic's cue words stand in the sentence (a cue as written, or with a plural s)."""
    lowered = text.lower()
    found: dict[str, list[int]] = {}
    for topic, words in cues.items():
        for cue in words:
            for match in re.finditer(rf"\b{re.escape(cue.lower())}(?:s|es)?\b", lowered):
                found.setdefault(topic, []).append(match.start())
    return found


def features(
    fact: Fact,
    blocks: Sequence[Block],
    mentions: Sequence[Mention],
    topics: dict[str, Topic],
) -> dict[str, dict[str, float]]:
    """Each candidate topic of a figure and its feature values, but the rules' (`rule_values`)."""
    block = block_at(blocks, fact.evidence.anchor)
    index = _sentence_index(block, fact.evidence.sentence)
    text = fact.evidence.sentence
    start = fact.start if fact.start is not None else max(0, text.find(fact.text))
    end = start + len(fact.text)
    named = _spans(mentions, blocks, fact.evidence.anchor, index)
    by_anchor: dict[str, set[str]] = {}
    for m in mentions:
        if m.article_id == fact.evidence.article_id:
            by_anchor.setdefault(m.anchor, set()).add(m.topic_id)
    previous = {t for *_, t in _spans(mentions, blocks, fact.evidence.anchor, index - 1)} if index else set()
    paragraph = by_anchor.get(block.anchor, set())
    heading = _heading_topics(blocks, block.anchor, by_anchor)
    lead_in = _lead_in_topics(blocks, block.anchor, by_anchor)
    breaks = [b.start() for b in CLAUSE_BREAK.finditer(text)]
    clause = sum(b < start for b in breaks)
    cue_at = _cue_spans(text, {t: topic.cues for t, topic in topics.items() if topic.cues})
    candidates = (
        {t for group in fact.topics for t in members(group)}
        | {t for *_, t in named}
        | previous
        | paragraph
        | heading
        | lead_in
        | set(cue_at)
    )
    in_sentence = {t for *_, t in named}
    listed = _listed(text, named)
    rows: dict[str, dict[str, float]] = {}
    distances = {
        t: min(_words(text[e:start]) if e <= start else _words(text[end:s]) for s, e, u in named if u == t)
        for t in in_sentence
    }
    nearest = min(distances.values(), default=None)
    for topic in sorted(candidates):
        spans = [(s, e) for s, e, t in named if t == topic]
        before = [s for s, e in spans if e <= start]
        after = [s for s, e in spans if s >= end]
        same_clause = any(sum(b < s for b in breaks) == clause for s, _ in spans)
        cue_clause = any(sum(b < s for b in breaks) == clause for s in cue_at.get(topic, []))
        kind = topics[topic].kind if topic in topics else ""
        values = {
            "in_sentence": float(bool(spans)),
            "in_clause": float(same_clause),
            "before_figure": float(bool(before)),
            "after_figure": float(bool(after)),
            "distance": math.log1p(distances[topic]) if topic in distances else math.log1p(40),
            "nearest": float(topic in distances and distances[topic] == nearest),
            "first_named": float(bool(named) and named[0][2] == topic),
            "opens_sentence": float(any(_words(text[:s]) <= 4 for s, _ in spans)),
            "joined_after": float(any(OF_AFTER.match(text[end:s]) for s in after)),
            "adjacent_after": float(any(_words(text[end:s]) <= 2 for s in after)),
            "possessive": float(any(POSSESSIVE.match(text[e:]) for _, e in spans)),
            "in_list": float(topic in listed),
            "sentence_topics": float(min(len(in_sentence), 6)),
            "times_in_sentence": float(min(len(spans), 3)),
            "in_previous": float(topic in previous),
            "in_paragraph": float(topic in paragraph),
            "in_heading": float(topic in heading),
            "in_lead_in": float(topic in lead_in),
            "cue_in_sentence": float(topic in cue_at),
            "cue_in_clause": float(cue_clause),
            **{f"kind_{k}": float(kind == k) for k in KINDS},
            **{f"figure_{k}": float(fact.kind == k) for k in FACT_KINDS},
        }
        rows[topic] = values
    return rows


def subject_figures(subject: str, round_number: int) -> list[Figure]:
    """The gold figures of a subject the run reads, with their candidates."""
    gold = _rows(HERE / "judged" / f"round{round_number}" / f"facts-gold-{subject}.tsv")
    articles, _ = load_articles(HERE / "texts" / subject / "held-out")
    kinds = subject_kinds(subject)
    topics, _ = load_codebook(codebook_dir(subject), kinds=kinds)
    briefing = build_from(articles, topics, Options(pages=False, kinds=kinds)).briefing
    by_id = {t.id: t for t in topics}
    unused = [f for f in briefing.facts if f.kind != "year"]
    fresh = _fresh_answers(subject, round_number, gold)
    figures: list[Figure] = []
    for number, row in enumerate(gold):
        found = next(
            (
                f
                for f in unused
                if f.evidence.article_id == row["article"]
                and " ".join(f.evidence.sentence.split()).lstrip(QUOTES).startswith(row["sentence_start"])
                and (f.text in row["figure"] or row["figure"] in f.text)
            ),
            None,
        )
        if found is None:
            continue
        unused.remove(found)
        article = found.evidence.article_id
        mentions = [m for m in briefing.mentions if m.article_id == article]
        figures.append(
            Figure(
                subject,
                number,
                frozenset(t for g in found.topics for t in members(g)),
                found.topics_from != "sentence",
                _answers(row["topics"]),
                features(found, briefing.blocks[article], mentions, by_id),
                fresh[number],
            )
        )
    return figures


@dataclass(frozen=True, slots=True)
class Model:
    """Standardised logistic regression over named features: each one's mean, scale and weight."""

    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float

    def probability(self, values: dict[str, float]) -> float:
        """The probability that a candidate topic is one the figure is about."""
        score = self.intercept + sum(
            w * (values[n] - m) / s
            for n, m, s, w in zip(self.features, self.means, self.scales, self.weights, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))


def _training_rows(figures: Sequence[Figure]) -> tuple[list[dict[str, float]], list[float]]:
    """Every candidate of every figure with a sure label: held by every answer (1) or by none (0)."""
    rows: list[dict[str, float]] = []
    labels: list[float] = []
    for figure in figures:
        for topic, values in figure.candidates().items():
            held = [topic in answer for answer in figure.answers]
            if all(held) or not any(held):
                rows.append(values)
                labels.append(float(all(held)))
    return rows, labels


def fit(figures: Sequence[Figure], names: tuple[str, ...] = FEATURES) -> Model:
    """A logistic regression over the features `names`, fitted on the figures' candidates."""
    rows, labels = _training_rows(figures)
    means = [statistics.fmean(r[n] for r in rows) for n in names]
    scales = [statistics.pstdev(r[n] for r in rows) or 1.0 for n in names]
    table = [[1.0, *((r[n] - m) / s for n, m, s in zip(names, means, scales, strict=True))] for r in rows]
    beta = newton(table, labels, [1.0] * len(labels))
    return Model(names, tuple(means), tuple(scales), tuple(beta[1:]), beta[0])


@dataclass(frozen=True, slots=True)
class Decision:
    """Which candidates a figure takes: those at or above `threshold`, at most `most`, highest first."""

    threshold: float
    most: int

    def __call__(self, figure: Figure, model: Model, rules: frozenset[str] | None = None) -> frozenset[str]:
        ranked = sorted(((model.probability(v), t) for t, v in figure.candidates(rules).items()), reverse=True)
        return frozenset(t for p, t in ranked[: self.most] if p >= self.threshold)


DECISION = Decision(0.5, 3)  # the plain reading of a probability, set before any figure was seen
DECISIONS = [Decision(t, n) for t in (0.0, 0.3, 0.4, 0.5, 0.6) for n in (1, 2, 3)]


def _fresh_answers(subject: str, round_number: int, gold: list[dict[str, str]]) -> list[frozenset[str] | None]:
    """Each gold row's topics by the rules when the subject was first judged (None: not read then)."""
    facts = _rows(HERE / "output" / f"round{round_number}" / "before" / f"{subject}-held-out" / "facts.tsv")
    lines, _, _ = score(gold, facts)
    return [
        None if line.startswith("unread") else frozenset(t for t in line.split("\t")[3].split(",") if t != "none")
        for line in lines
    ]


def leave_one_out(
    figures: Sequence[Figure], decision: Decision, fresh: bool = False, names: tuple[str, ...] = FEATURES
) -> dict[tuple[str, int], bool]:
    """Whether each figure (subject, gold row) is attached right by a model fitted on the other
    subjects; with `fresh`, decided over what the rules answered when its subject was first judged."""
    right: dict[tuple[str, int], bool] = {}
    for subject in SUBJECTS:
        model = fit([f for f in figures if f.subject != subject], names)
        for f in figures:
            if f.subject == subject:
                rules = (f.fresh or frozenset()) if fresh else None
                right[(subject, f.row)] = decision(f, model, rules) in f.answers
    return right


def misses(figures: Sequence[Figure], decision: Decision) -> Counter[str]:
    """The figures a model fitted on the other subjects attaches wrong over the first judged rules, by shape."""
    shapes: Counter[str] = Counter()
    for subject in SUBJECTS:
        model = fit([f for f in figures if f.subject != subject])
        for f in figures:
            if f.subject != subject or f.fresh is None:
                continue
            given = decision(f, model, f.fresh)
            if given in f.answers:
                continue
            if not any(a <= set(f.candidates(f.fresh)) for a in f.answers):
                shapes["no answer among the candidates"] += 1
            elif frozenset() in f.answers:
                shapes["gold none, topics given"] += 1
            elif not given:
                shapes["none given, gold has topics"] += 1
            else:
                shapes["other topics given"] += 1
    return shapes


def report(figures: Sequence[Figure], decision: Decision) -> None:
    """Per subject, figures attached right: the rules when first judged, the rules today, the model
    fitted on the other subjects (over today's rules, over the first judged rules, with no rule
    features), and the model fitted on all eight; on every figure read today, then on those read
    when the subject was first judged."""
    positions = tuple(n for n in FEATURES if not n.startswith("rule"))
    columns = {
        "first judged": {(f.subject, f.row): f.fresh in f.answers for f in figures},
        "rules today": {(f.subject, f.row): f.rules in f.answers for f in figures},
        "model out": leave_one_out(figures, decision),
        "model out, first rules": leave_one_out(figures, decision, fresh=True),
        "model out, no rules": leave_one_out(figures, decision, names=positions),
    }
    whole = fit(figures)
    columns["model on all"] = {(f.subject, f.row): decision(f, whole) in f.answers for f in figures}
    for title, chosen in (
        ("every gold figure read today", list(figures)),
        ("the gold figures read when first judged", [f for f in figures if f.fresh is not None]),
    ):
        print(f"\n{title}:\n| subject | figures | {' | '.join(columns)} |")
        for subject in [*SUBJECTS, "pooled"]:
            mine = [f for f in chosen if subject in (f.subject, "pooled")]
            counts = [sum(column[(f.subject, f.row)] for f in mine) for column in columns.values()]
            shown = [f"{c}/{len(mine)} ({c / len(mine):.1%})" if subject == "pooled" else str(c) for c in counts]
            print(f"| {subject} | {len(mine)} | {' | '.join(shown)} |")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    figures: list[Figure] = []
    for subject, round_number in SUBJECTS.items():
        figures.extend(subject_figures(subject, round_number))
    reachable = sum(any(a <= set(f.candidates()) for a in f.answers) for f in figures)
    rows = sum(len(f.candidates()) for f in figures)
    print(f"gold figures read: {len(figures)}; an answer among the candidates: {reachable}; candidate rows: {rows}")
    print(f"decision: at least {DECISION.threshold}, at most {DECISION.most} topics")
    report(figures, DECISION)
    print("\ndecision rules, one subject out, over today's rules / over the first judged rules (figures read then):")
    read_then = {(f.subject, f.row) for f in figures if f.fresh is not None}
    for decision in DECISIONS:
        today = sum(leave_one_out(figures, decision).values())
        first = sum(v for k, v in leave_one_out(figures, decision, fresh=True).items() if k in read_then)
        print(
            f"at least {decision.threshold}, at most {decision.most}: {today}/{len(figures)}, {first}/{len(read_then)}"
        )
    kindless = leave_one_out(figures, DECISION, names=tuple(n for n in FEATURES if not n.startswith("kind_")))
    by_subject = ", ".join(f"{s} {sum(v for (t, _), v in kindless.items() if t == s)}" for s in SUBJECTS)
    print(f"\nmodel out without the topic's kind: {by_subject}; pooled {sum(kindless.values())}/{len(figures)}")
    print("\nthe model's misses, one subject out, over the first judged rules (figures read then):")
    for shape, count in misses(figures, DECISION).most_common():
        print(f"{shape}\t{count}")
    model = fit(figures)
    print("\nweights fitted on all eight (standardised):")
    for name, weight in sorted(zip(model.features, model.weights, strict=True), key=lambda p: -abs(p[1])):
        print(f"{name}\t{weight:+.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
