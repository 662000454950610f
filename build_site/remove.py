"""`briefing remove ARTICLE`: take one article out of the corpus, by its id or its file.

Only a file of the articles folder is removed (a link is removed, never what it points to);
anything else — an unknown id, a file elsewhere — is refused in one line with nothing changed.
"""

from __future__ import annotations

import os
from pathlib import Path

from build_site.corpus import load_article
from build_site.problems import InputError, Problem, display_path
from build_site.project import Project
from build_site.slugs import slugify


def remove_article(project: Project, reference: str) -> int:
    """Delete the article `reference` names and say which file and title it was."""
    path = _article_file(project.articles, reference)
    article, _ = load_article(path)
    title = f" ({article.title})" if article is not None else ""
    path.unlink()
    print(f"removed {display_path(path)}{title}")
    return 0


def _article_file(articles: Path, reference: str) -> Path:
    """The one article file the reference names: a path into the folder, or an article id."""
    folder = Path(os.path.realpath(articles))
    given = Path(reference)
    if given.suffix == ".md" and (given.exists() or given.is_symlink()):
        if Path(os.path.realpath(given.absolute().parent)) != folder or given.name.startswith("."):
            raise InputError([Problem(given, f"is not an article of {display_path(articles)}; nothing removed")])
        return articles / given.name
    matches = [p for p in sorted(articles.glob("*.md")) if not p.name.startswith(".") and slugify(p.stem) == reference]
    if not matches:
        raise InputError(
            [Problem(articles, f"has no article '{reference}' (give its id or its file); nothing removed")]
        )
    if len(matches) > 1:  # two files with one id: `briefing check` refuses the corpus, say which
        names = ", ".join(p.name for p in matches)
        raise InputError(
            [Problem(articles, f"has {len(matches)} files with the id '{reference}' ({names}); give the file")]
        )
    return matches[0]
