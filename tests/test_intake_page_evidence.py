"""Round 12: a page that is no article is refused when its evidence is strong, and a list of stories
is one whatever bylines and dates its teasers carry; real pages, each beside an article of like
shape that is still imported (with a warning where its date and byline are not found)."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer import prepare
from build_site.importer_model import SourceError
from tests.test_titles import add

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def answer(name: str) -> str:
    """`add`'s verdict on a saved page, without writing: the refusal, or the warnings joined."""
    try:
        prepared = prepare((PAGES / name).read_bytes(), "html", {})
    except SourceError as exc:
        return f"refused: {exc}"
    return "imported: " + " | ".join(prepared.draft.warnings)


@pytest.mark.parametrize(("name", "why"), [
    ("fairkom_about.html", "its title or address names a page about the site ('Über uns')"),
    ("rs_ingenieure_front.html", "its title is the site's name ('RS Ingenieure') and its address the site's front page"),
])
def test_a_page_about_the_site_or_its_front_page_is_refused_naming_the_evidence(name: str, why: str) -> None:
    verdict = answer(name)
    assert verdict.startswith("refused: looks like a home, about, product or service page, not an article")
    assert "states no date of its own" in verdict and "shows no byline" in verdict and why in verdict


@pytest.mark.parametrize("name", ["internet_law_post.html", "brandenburg_regional_study.html"])
def test_an_article_without_date_or_byline_found_is_imported_with_the_warning(name: str) -> None:
    """The blog post's title is wrongly its site's name, but at an address of its own; the regional
    study names no site page: neither is refused, both are warned about."""
    verdict = answer(name)
    assert verdict.startswith("imported: ") and "may not be an article" in verdict


def test_a_front_page_of_teasers_with_bylines_is_a_list_of_stories(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    page = (PAGES / "nytimes_es_front_without_data.html").read_text(encoding="utf-8")
    assert "Por" in page and "Shira Ovide" in page  # teasers signed by their writers
    code, _, err, post = add(capsys, tmp_path, page, name="front.html")
    assert code == 1 and post is None and len(err.splitlines()) == 1
    assert "looks like a list of stories" in err and "teasers under headlines that link to other pages" in err


@pytest.mark.parametrize("name", ["yahoo_story_and_feed.html", "boingboing_short_post_and_feed.html"])
def test_a_story_followed_by_a_feed_of_other_stories_is_still_an_article(name: str) -> None:
    """A long story, and a post of 56 words, each with the teasers of other stories kept below it."""
    verdict = answer(name)
    assert verdict.startswith("imported: ") and "list of stories" not in verdict
