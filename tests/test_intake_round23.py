"""Issue 16's last places where `add` loses a line or stays silent, each read on a real dev input
(`evaluation/titles/`, rounds up to 22, and the trials) beside an input of another round and a
counter-example that keeps its answer.

- A saved page's headline, printed as a heading and taken out of the text as the title, is listed
  as dropped when `--title` replaces it, as a paste's and a PDF's already are."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer import prepare
from build_site.importer_model import REPLACED_HEADLINE
from build_site.importer_write import Prepared

TITLES = Path(__file__).resolve().parents[1] / "evaluation" / "titles"


def saved(round_name: str, name: str, **overrides: str) -> Prepared:
    return prepare((TITLES / round_name / "texts" / name).read_bytes(), "html", dict(overrides))


def replaced(prepared: Prepared) -> list[str]:
    return [text for why, text in prepared.draft.dropped if why == REPLACED_HEADLINE]


@pytest.mark.parametrize(
    ("round_name", "name", "headline"),
    [
        ("round22", "04.html", "SmallSat Ops"),  # an h2 with its permalink sign "∞"
        ("round21", "04.html", "Flatpak 1.0 Released, Ready for Prime Time"),
        ("round9", "02.html", "Attack stokes instability fears in North Africa"),
    ],
)
def test_a_pages_headline_replaced_by_title_is_listed(round_name: str, name: str, headline: str) -> None:
    assert saved(round_name, name).meta["title"] == headline
    given = saved(round_name, name, title="Given")
    assert given.meta["title"] == "Given"
    assert replaced(given) == [headline]
    assert headline not in given.body  # listed, not written twice


def test_a_title_that_is_the_pages_headline_lists_nothing() -> None:
    assert replaced(saved("round22", "04.html", title="SmallSat Ops")) == []


def test_a_headline_run_into_the_lede_is_in_the_text_and_not_listed() -> None:
    """Round 17's 06: the extractor keeps the h1 "About" run into the first paragraph."""
    given = saved("round17", "06.html", title="Given")
    assert given.body.startswith("About")
    assert replaced(given) == []
