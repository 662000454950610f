"""Two import faults blind round 22 named as general shapes (dev since its after-run:
`evaluation/titles/round22/`), each read on the round's real input beside an input of another round
and a counter-example that keeps its answer.

- A PDF's printed headline replaced by `--title` is listed as dropped, as a paste's is.
- The site's name is read from its logo's link to the site's root (an `h1`'s, or one holding an
  image in the banner), not only from the page's first root link: a menu's "Home" may come first."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer import prepare
from build_site.importer_model import REPLACED_HEADLINE
from build_site.importer_write import Prepared

TITLES = Path(__file__).resolve().parents[1] / "evaluation" / "titles"
PROSE = (
    "The county board voted on Tuesday to close the old landfill by the end of next year, after "
    "residents of three towns asked for years that the site be covered and planted."
)
HEADLINE = "Landfill to Close Next Year"
SITE = "Riverside Courier"


def pdf(round_name: str, name: str, title: str | None = None) -> Prepared:
    overrides = {"title": title} if title is not None else {}
    return prepare((TITLES / round_name / "texts" / name).read_bytes(), "pdf", overrides)


def replaced(prepared: Prepared) -> list[str]:
    return [text for why, text in prepared.draft.dropped if why == REPLACED_HEADLINE]


@pytest.mark.parametrize(
    ("round_name", "name", "headline"),
    [
        ("round22", "17.pdf", "Spy Lockout Shareholder Proposal To Be Voted On At Apple Annual Meeting"),
        ("round21", "16.pdf", "Ronnie White ʻDemonsʼ"),
    ],
)
def test_a_pdfs_headline_replaced_by_title_is_listed(round_name: str, name: str, headline: str) -> None:
    assert pdf(round_name, name).meta["title"] == headline
    given = pdf(round_name, name, "Given")
    assert given.meta["title"] == "Given"
    assert replaced(given) == [headline]
    assert headline not in given.body  # listed, not written twice


def test_a_title_that_is_the_printed_headline_lists_nothing() -> None:
    given = pdf("round21", "16.pdf", "Ronnie White ʻDemonsʼ")
    assert given.meta["title"] == "Ronnie White ʻDemonsʼ"
    assert replaced(given) == []


def saved(round_name: str, name: str) -> Prepared:
    return prepare((TITLES / round_name / "texts" / name).read_bytes(), "html", {})


@pytest.mark.parametrize(("name", "headline"), [("04.html", "SmallSat Ops"), ("05.html", "COSMOS at DockerCon 2018")])
def test_the_logo_links_hidden_text_is_the_sites_name(name: str, headline: str) -> None:
    """The menu's "Home" is the first link to the site's root; the logo `h1`'s link, with its hidden
    text "COSMOS", comes after it."""
    assert saved("round22", name).meta["title"] == headline  # not "COSMOS"


def page(logo: str) -> Prepared:
    """A project site's page (its root `/courier/`, as a link to "/" is read as the site's anyway)."""
    head = f"<head><title>{HEADLINE}</title><meta property='og:title' content='{SITE}'></head>"
    menu = "<nav><a href='/courier/'>Home</a> <a href='/courier/news/'>News</a></nav>"
    body = f"<header>{menu}{logo}</header><main><h2>{HEADLINE}</h2><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></main>"
    return prepare(f"<html>{head}<body>{body}</body></html>".encode(), "html", {"published": "2024-05-02"})


@pytest.mark.parametrize(
    "logo",
    [
        f"<h1><a href='/courier/'><span class='sr-only'>{SITE}</span><img src='/logo.png' alt=''></a></h1>",
        f"<a href='/courier/'><img src='/logo.png' alt='{SITE} logo'></a>",  # an image in the banner, its alt the name
    ],
)
def test_another_sites_logo_after_its_menu_is_not_its_title(logo: str) -> None:
    assert page(logo).meta["title"] == HEADLINE


def test_a_page_with_its_own_headline_keeps_it_beside_the_logo() -> None:
    """Round 16's post under the logo "Eclipse IoT" (an image link in its banner) keeps its headline."""
    assert saved("round16", "10.html").meta["title"] == "Deploying IoT on Germany's DB Railway System"
