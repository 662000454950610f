"""Round 14: a software project's page, a site's topic page and a search page are refused in one
line naming what they look like and how to import them anyway; real pages of round 12's set (dev
now; the repository page with its scripts, styles and icons taken out), each beside a real article
that is still imported silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer import prepare
from build_site.importer_model import SourceError
from tests.test_titles import add

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def answer(name: str, overrides: dict[str, str | None] | None = None) -> str:
    """`add`'s verdict on a saved page, without writing: the refusal, or the warnings joined."""
    try:
        prepared = prepare((PAGES / name).read_bytes(), "html", overrides or {})
    except SourceError as exc:
        return f"refused: {exc}"
    return "imported: " + " | ".join(prepared.draft.warnings)


@pytest.mark.parametrize(("name", "looks", "why"), [
    ("github_repository.html", "a software project's page", "it shows a code repository's labels"),
    ("party_topic_page.html", "a site's home, section, topic or product page", "its metadata calls it a 'website' page"),
    ("news_search_page.html", "a search-results page", "its text is 10 separate snippets under the title 'News'"),
])
def test_a_page_that_is_no_article_is_refused_saying_what_it_looks_like(name: str, looks: str, why: str) -> None:
    verdict = answer(name)
    assert verdict.startswith(f"refused: looks like {looks}, not an article: ")
    assert why in verdict and 'if it is an article, add --title "' in verdict


def test_the_repository_page_is_refused_though_it_shows_an_owner_and_a_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its owner and last commit read as author and date: the chrome, not their absence, tells."""
    page = (PAGES / "github_repository.html").read_text(encoding="utf-8")
    code, _, err, post = add(capsys, tmp_path, page, name="repo.html")
    assert code == 1 and post is None and len(err.strip().splitlines()) == 1
    assert "repo.html" in err and "software project's page" in err


def test_a_refused_page_is_imported_with_the_title_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = (PAGES / "news_search_page.html").read_text(encoding="utf-8")
    code, out, _, post = add(capsys, tmp_path, page, "--title", "Police news", name="search.html")
    assert code == 0 and post is not None and post["title"] == "Police news"
    assert "may not be an article" in out  # the warning stays


@pytest.mark.parametrize("name", ["npr_story.html", "python_insider_release.html", "github_blog_post.html"])
def test_an_article_is_still_imported_silently(name: str) -> None:
    """A news story, a blog post announcing a software release (it names downloads, files and
    versions, but shows no repository's labels), and a post of the code host's own blog."""
    assert answer(name) == "imported: "
