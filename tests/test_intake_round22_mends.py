"""Two import faults blind round 22 named as general shapes (dev since its after-run:
`evaluation/titles/round22/`), each read on the round's real input beside an input of another round
and a counter-example that keeps its answer.

- A PDF's printed headline replaced by `--title` is listed as dropped, as a paste's is."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer import prepare
from build_site.importer_model import REPLACED_HEADLINE
from build_site.importer_write import Prepared

TITLES = Path(__file__).resolve().parents[1] / "evaluation" / "titles"


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
