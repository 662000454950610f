"""The input end of the pipeline: read corpus + codebook, validate; warnings on the Briefing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from build_site.codebook import load_codebook
from build_site.corpus import corpus_outside, load_articles
from build_site.model import DEFAULT_KINDS, Article, Briefing, Kind, Topic
from build_site.problems import InputError, Problem, Severity, errors


def load_corpus(
    corpus_dir: Path, kinds: tuple[Kind, ...] = DEFAULT_KINDS
) -> tuple[list[Article], list[Topic], list[Problem]]:
    """The articles, the topics of the briefing's kinds and the warnings; raises InputError
    carrying every error at once."""
    if outside := corpus_outside(corpus_dir):
        raise InputError([outside])
    articles, problems = load_articles(corpus_dir / "articles")
    topics, codebook_problems = load_codebook(corpus_dir / "topics", kinds=kinds)
    problems += codebook_problems
    if errors(problems):
        raise InputError(errors(problems))
    return articles, topics, problems


# A new briefing: one line, not one per article, until some article names a topic.
ACCEPT_CANDIDATES = "accept candidates with `briefing accept`"
SEE_CHECK = " (see `briefing check --top 20`)"  # where a build sends the reader for the candidates


def coverage_warnings(briefing: Briefing, topics_dir: Path) -> list[Problem]:
    """Not errors, but worth a look: a topic nobody mentions, an article that names no topic
    (said once for all when no article names any: a new briefing's codebook is empty)."""
    warnings = [
        Problem(
            t.path or topics_dir,
            f"topic '{t.id}' is not mentioned in any article",
            line=t.line,
            severity=Severity.WARNING,
        )
        for t in briefing.topics
        if not briefing.mentions_by_topic[t.id]
    ]
    unnamed = [a for a in briefing.articles if not briefing.mentions_by_article[a.id]]
    if unnamed and len(unnamed) == len(briefing.articles):  # always so with no topics
        what = "no article names a topic of the codebook yet" if briefing.topics else "the codebook has no topics yet"
        warnings.append(Problem(topics_dir, f"{what}: {ACCEPT_CANDIDATES}{SEE_CHECK}", severity=Severity.WARNING))
    else:
        warnings += [
            Problem(a.path, "names no topic of the codebook (see the candidates)", severity=Severity.WARNING)
            for a in unnamed
        ]
    return warnings


def as_check_prints(problem: Problem, candidates: int) -> Problem:
    """The warning as `briefing check` prints it: advice never sends the reader to the command that
    printed it, so the pointer to `briefing check` becomes where its candidates stand."""
    if not problem.message.endswith(SEE_CHECK):
        return problem
    listed = " (the candidates follow, most frequent first)" if candidates else " (no candidates found yet)"
    return replace(problem, message=problem.message.removesuffix(SEE_CHECK) + listed)
