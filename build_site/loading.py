"""The input end of the pipeline: read corpus + codebook, validate; warnings on the Briefing."""

from __future__ import annotations

from pathlib import Path

from build_site.codebook import load_codebook
from build_site.corpus import load_articles
from build_site.model import DEFAULT_KINDS, Article, Briefing, Kind, Topic
from build_site.problems import InputError, Problem, Severity, errors


def load_corpus(
    corpus_dir: Path, kinds: tuple[Kind, ...] = DEFAULT_KINDS
) -> tuple[list[Article], list[Topic], list[Problem]]:
    """The articles, the topics of the briefing's kinds and the warnings; raises InputError
    carrying every error at once."""
    articles, problems = load_articles(corpus_dir / "articles")
    topics, codebook_problems = load_codebook(corpus_dir / "topics", kinds=kinds)
    problems += codebook_problems
    if errors(problems):
        raise InputError(errors(problems))
    return articles, topics, problems


def coverage_warnings(briefing: Briefing) -> list[Problem]:
    """Not errors, but worth a look: a topic nobody mentions, an article that names no topic."""
    warnings = [
        Problem(
            t.path or Path("corpus/topics"),
            f"topic '{t.id}' is not mentioned in any article",
            line=t.line,
            severity=Severity.WARNING,
        )
        for t in briefing.topics
        if not briefing.mentions_by_topic[t.id]
    ]
    warnings += [
        Problem(a.path, "names no topic of the codebook (see the candidates)", severity=Severity.WARNING)
        for a in briefing.articles
        if not briefing.mentions_by_article[a.id]
    ]
    return warnings
