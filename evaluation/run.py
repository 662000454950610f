"""Analyse one subject's evaluation texts and write what the analysis found, for judging by hand.

    .venv/bin/python evaluation/run.py us-mexico held-out evaluation/output/round2/after

writes mentions.tsv, facts.tsv, candidates.tsv, relations.tsv and sentences.tsv under
OUT/<subject>-<split>/. Each has an empty `verdict` column: copy it to evaluation/judged/<round>/,
fill in y or n (and a note), and `evaluation/score.py` computes the figures.
The codebook is the shipped one (corpus/topics) for us-mexico and
evaluation/codebooks/<subject>/ otherwise; a subject in SUBJECT_KINDS has those kinds.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path

from build_site.codebook import load_codebook
from build_site.corpus import load_articles
from build_site.kinds import declared_kinds
from build_site.model import DEFAULT_KINDS, Briefing, Kind, block_at
from build_site.pipeline import Options, build_from

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CONTEXT = 40
# Subjects whose briefing declares its own kinds (as `briefing new --kind` would), in order.
SUBJECT_KINDS: dict[str, tuple[str, ...]] = {"sahel": ("actor", "threat", "place", "program")}


def codebook_dir(subject: str) -> Path:
    return ROOT / "corpus" / "topics" if subject == "us-mexico" else HERE / "codebooks" / subject


def subject_kinds(subject: str) -> tuple[Kind, ...]:
    """The kinds the subject's briefing declares; the default four for the others."""
    ids = SUBJECT_KINDS.get(subject)
    if ids is None:
        return DEFAULT_KINDS
    entries = [{"id": i, "singular": i.capitalize(), "plural": i.capitalize() + "s"} for i in ids]
    return declared_kinds(entries, HERE / "run.py")


def _write(path: Path, header: list[str], rows: Sequence[Sequence[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def write_outputs(briefing: Briefing, out: Path, top_relations: int) -> None:
    """The five tables of what the analysis found, each row with an empty verdict."""
    mentions = []
    for m in briefing.mentions:
        text = block_at(briefing.blocks[m.article_id], m.anchor).text
        left = text[max(0, m.start - CONTEXT) : m.start]
        right = text[m.end : m.end + CONTEXT]
        mentions.append([m.article_id, m.anchor, m.surface, m.topic_id, _one_line(f"{left}[{m.surface}]{right}"), "", ""])
    _write(out / "mentions.tsv", ["article", "anchor", "surface", "topic", "context", "verdict", "note"], mentions)
    facts = [
        [f.evidence.article_id, f.text, f.kind, f.value, f.year, " ".join(f.topics), _one_line(f.evidence.sentence), "", ""]
        for f in briefing.facts if f.kind != "year"
    ]
    _write(out / "facts.tsv", ["article", "fact", "kind", "value", "year", "topics", "sentence", "verdict", "note"], facts)
    candidates = [
        [c.text, f"alias of {c.alias_of}" if getattr(c, "alias_of", None) else c.suggested_kind, c.count, _one_line(c.example.sentence), "", "", ""]
        for c in briefing.candidates
    ]
    _write(out / "candidates.tsv", ["candidate", "kind", "count", "example", "useful", "kind_right", "note"], candidates)
    relations = [
        [rank, r.source, r.target, r.weight, _one_line(r.evidence[0].sentence), "", ""]
        for rank, r in enumerate(briefing.relations[:top_relations], start=1)
    ]
    _write(out / "relations.tsv", ["rank", "source", "target", "shared", "example", "verdict", "note"], relations)
    sentences = [
        [article_id, block.anchor, _one_line(s.text), "", ""]
        for article_id, blocks in briefing.blocks.items() for block in blocks for s in block.sentences
    ]
    _write(out / "sentences.tsv", ["article", "anchor", "sentence", "verdict", "note"], sentences)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("subject")
    parser.add_argument("split", choices=["dev", "held-out"])
    parser.add_argument("out", type=Path)
    parser.add_argument("--top-relations", type=int, default=10)
    args = parser.parse_args(argv)
    articles, problems = load_articles(HERE / "texts" / args.subject / args.split)
    kinds = subject_kinds(args.subject)
    topics, codebook_problems = load_codebook(codebook_dir(args.subject), kinds=kinds)
    for problem in problems + codebook_problems:
        print(problem, file=sys.stderr)
    briefing = build_from(articles, topics, Options(pages=False, kinds=kinds)).briefing
    write_outputs(briefing, args.out / f"{args.subject}-{args.split}", args.top_relations)
    print(f"{args.subject} {args.split}: {len(articles)} articles, {len(briefing.mentions)} mentions, "
          f"{len(briefing.facts)} facts, {len(briefing.candidates)} candidates, {len(briefing.relations)} relations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
