"""`briefing remove ARTICLE`: take one article out of the corpus, by its id or its file.

Only a file of the articles folder is removed (a link is removed, never what it points to);
anything else — an unknown id, a file elsewhere — is refused in one line with nothing changed.
"""

from __future__ import annotations

import difflib
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
    print(f"removed {display_path(path)}{title}; the next `briefing build` takes it off the site")
    return 0


def _article_file(articles: Path, reference: str) -> Path:
    """The one article file the reference names: a path into the folder, or an article id."""
    folder = Path(os.path.realpath(articles))
    given = Path(reference)
    if given.suffix == ".md" and (given.exists() or given.is_symlink()):
        if Path(os.path.realpath(given.absolute().parent)) != folder or given.name.startswith("."):
            raise InputError([Problem(given, f"is not an article of {display_path(articles)}; nothing removed")])
        return articles / given.name
    files = [p for p in sorted(articles.glob("*.md")) if not p.name.startswith(".")]
    matches = [p for p in files if slugify(p.stem) == reference]
    if not matches:
        hint = _closest(reference, [slugify(p.stem) for p in files])
        raise InputError([Problem(articles, f"has no article '{reference}' ({hint}); nothing removed")])
    if len(matches) > 1:  # two files with one id: `briefing check` refuses the corpus, say which
        names = ", ".join(p.name for p in matches)
        raise InputError(
            [Problem(articles, f"has {len(matches)} files with the id '{reference}' ({names}); give the file")]
        )
    return matches[0]


def _closest(reference: str, ids: list[str]) -> str:
    """The ids a reference most likely meant: those it begins or is part of (a title's first
    words, a file name typed without its folder), else the closest spellings."""
    wanted = slugify(Path(reference).stem) if reference.endswith(".md") else slugify(reference)
    close = [i for i in ids if wanted and wanted in i] if wanted else []
    close = close or difflib.get_close_matches(wanted, ids, n=3, cutoff=0.6)
    if not close:
        return "give its id or its file, corpus/articles/….md"
    shown = " or ".join(f"'{i}'" for i in close[:3]) + (f" ({len(close) - 3} more)" if len(close) > 3 else "")
    return f"did you mean {shown}?"
