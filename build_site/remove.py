"""`briefing remove ARTICLE...`: take articles out of the corpus, by their ids or files.

Only files of the articles folder are removed (a link is removed, never what it points to);
anything else — an unknown id, a file elsewhere — is refused in one line, and then nothing is
removed: every reference is checked before the first file goes, so a typo in a list of ids
never leaves half of the list done.
"""

from __future__ import annotations

import os
from pathlib import Path

from build_site.closest import closest, did_you_mean
from build_site.codebook import load_codebook
from build_site.corpus import load_article
from build_site.problems import InputError, Problem, display_path
from build_site.project import Project
from build_site.slugs import slugify


def remove_articles(project: Project, references: list[str]) -> int:
    """Delete the articles the references name, each said with its file and title, once all
    of them are known to name articles."""
    paths: list[Path] = []
    problems: list[Problem] = []
    for reference in references:
        try:
            path = _article_file(project, reference)
        except InputError as refused:
            problems.extend(refused.problems)
            continue
        if path not in paths:  # an article named twice (its id and its file) goes once
            paths.append(path)
    if problems:
        raise InputError(problems)
    for path in paths:
        article, _ = load_article(path)
        title = f" ({article.title})" if article is not None else ""
        path.unlink()
        print(f"removed {display_path(path)}{title}; the next `briefing build` takes it off the site")
    return 0


def _article_file(project: Project, reference: str) -> Path:
    """The one article file the reference names: a path into the folder, a file name of the
    folder typed without it, or an article id."""
    articles = project.articles
    folder = Path(os.path.realpath(articles))
    given = Path(reference)
    if given.suffix == ".md" and given.parent == Path() and not given.exists() and (articles / given.name).is_file():
        given = articles / given.name
    if given.suffix == ".md" and (given.exists() or given.is_symlink()):
        if Path(os.path.realpath(given.absolute().parent)) != folder or given.name.startswith("."):
            raise InputError([Problem(given, f"is not an article of {display_path(articles)}; nothing removed")])
        return articles / given.name
    files = [p for p in sorted(articles.glob("*.md")) if not p.name.startswith(".")]
    matches = [p for p in files if slugify(p.stem) == reference]
    if not matches:
        topic = _topic(project, reference)
        if topic is not None:
            raise InputError([topic])
        hint = _closest(reference, [slugify(p.stem) for p in files])
        raise InputError([Problem(articles, f"has no article '{reference}' ({hint}); nothing removed")])
    if len(matches) > 1:  # two files with one id: `briefing check` refuses the corpus, say which
        names = ", ".join(p.name for p in matches)
        raise InputError(
            [Problem(articles, f"has {len(matches)} files with the id '{reference}' ({names}); give the file")]
        )
    return matches[0]


def _topic(project: Project, reference: str) -> Problem | None:
    """The refusal for a topic's id given where an article's is meant: `remove` takes articles,
    and a topic leaves the codebook by deleting its entry, which the line names."""
    topics, _ = load_codebook(project.topics, kinds=project.kinds)
    topic = next((t for t in topics if t.id == reference), None)
    if topic is None or topic.path is None:
        return None
    return Problem(
        topic.path,
        f"'{reference}' is a topic, not an article: `briefing remove` takes articles; to take the topic "
        "out, delete its entry here (its mentions leave the site at the next build); nothing removed",
        line=topic.line,
    )


def _closest(reference: str, ids: list[str]) -> str:
    """The ids a reference most likely meant (closest.closest), read as an id: a title's words
    or a file name typed without its folder give the id they would make."""
    wanted = slugify(Path(reference).stem) if reference.endswith(".md") else slugify(reference)
    close = closest(wanted, ids)
    return did_you_mean(close) if close else "give its id or its file, corpus/articles/….md"
