"""What a new user's trial (a briefing on chip export controls) found wrong in `add` and `new`, each
rule on a small fixture of its own beside a counter-example that keeps its answer: a press
release's masthead and release line, author slots that hold no writer, the best guess under a
publisher's banner sentence, clutter lines (relative update times, repost notices, a section label
over the headline, a firm's name over its contact label), and the keys a starter kind file lists."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
import yaml

from build_site.importer import prepare
from build_site.importer_model import SourceError
from build_site.importer_release import release_date, release_line
from build_site.scaffold import new_briefing

STORY = (
    "The Department of Examples announced new rules on widget exports on Tuesday, covering three countries "
    "and forty firms, and said the rules take effect in thirty days."
)
MORE = "The department said the widget rules follow a review of export licences issued since 2020 by its office."
HEADLINE = "Department Announces New Rules on Widget Exports to Three Countries"
RELEASE_LINE = "FOR IMMEDIATE RELEASE | Tuesday, March 5, 2024 | Media Contact: press@example.gov"
MASTHEAD = ["Department of Examples", "Office of Public Affairs", "Department Seal"]


def body_lines(prepared: object) -> list[str]:
    """The body's lines as a reader sees them: heading marks and escapes taken off."""
    body: str = prepared.body  # type: ignore[attr-defined]
    return [line.lstrip("#- ").replace("\\", "") for line in body.splitlines() if line.strip()]


def dropped(prepared: object) -> list[str]:
    """The lines `add` listed as dropped."""
    return [text for _, text in prepared.draft.dropped]  # type: ignore[attr-defined]


# --- 1. a press release's masthead and release line ----------------------------------------------


def test_a_pasted_release_s_masthead_and_release_line_are_no_title_and_no_body() -> None:
    """The shape: short name lines (banner, office, seal) over a release line (label | date | contact),
    the headline under it. The headline is the title, the date is published, the rest is listed."""
    text = "\n\n".join([*MASTHEAD, RELEASE_LINE, HEADLINE, f"WASHINGTON – {STORY}", MORE])
    prepared = prepare(text.encode(), "text", {})
    assert prepared.meta["title"] == HEADLINE
    assert str(prepared.meta["published"]) == "2024-03-05"
    assert all(line not in body_lines(prepared) for line in [*MASTHEAD, RELEASE_LINE])
    assert [*MASTHEAD, RELEASE_LINE] == dropped(prepared)[:4]
    given = prepare(text.encode(), "text", {"title": "Given"})  # --title: the masthead still leaves the body
    assert all(line not in body_lines(given) for line in [*MASTHEAD, RELEASE_LINE])
    assert body_lines(given)[0] == HEADLINE  # the text's own headline stays, as --title keeps it


def test_a_saved_release_page_is_dated_by_its_release_line_and_not_doubted_for_want_of_a_byline() -> None:
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><p>Office of Public Affairs</p>"
        f'<p><img src="seal.png" alt="Department Seal"></p><p>{RELEASE_LINE}</p><h1>{HEADLINE}</h1><p>{STORY}</p><p>{MORE}</p>'
        f"<p>{STORY}</p><p>{MORE}</p></body></html>"
    )
    prepared = prepare(page.encode(), "html", {})
    assert "Office of Public Affairs" not in body_lines(prepared) and RELEASE_LINE not in body_lines(prepared)
    assert str(prepared.meta["published"]) == "2024-03-05"
    assert not any("may not be an article" in warning for warning in prepared.draft.warnings)


def test_a_release_line_is_read_only_as_the_head_of_a_release() -> None:
    """Counter-examples: a date line with no release label is no release line; a release line under a
    sentence of prose opens no masthead; a label beside a sentence is no release line."""
    assert release_date(RELEASE_LINE) is not None
    assert release_date("Example News | Tuesday, March 5, 2024") is None
    assert release_date("For immediate release | The department said it would act soon.") is None
    assert release_line([STORY, "", RELEASE_LINE, HEADLINE]) is None
    assert release_line([*MASTHEAD, RELEASE_LINE, HEADLINE]) == (3, release_date(RELEASE_LINE))


# --- 2. author slots that hold no writer --------------------------------------------------------


def _page(slot: str) -> bytes:
    body = "".join(f"<p>{STORY} {MORE}</p>" for _ in range(4))
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>{slot}{body}"
        "</article></body></html>"
    ).encode()


def test_a_header_line_in_the_byline_slot_gives_no_author() -> None:
    """The shape: an element marked as the byline holding a header line of dates and the
    publisher ("Updated on: <date> / <time> / <Publisher>")."""
    prepared = prepare(
        _page('<p class="byline">Updated on: March 5, 2024 / 6:42 PM EST / Example News</p>'), "html", {}
    )
    assert "author" not in prepared.meta


def test_a_related_links_box_marked_authors_gives_no_author() -> None:
    """The shape: an element whose class says authors, headed "Related …" (a list of links)."""
    slot = '<div class="authors"><h3>Related Insights</h3><p><a href="/x">Agency Issues Widget Rule</a></p></div>'
    assert "author" not in prepare(_page(slot), "html", {}).meta


def test_a_byline_in_the_byline_slot_is_still_the_author() -> None:
    """Counter-example: a byline in the same slot is read as before."""
    prepared = prepare(_page('<p class="byline">By Jane Roe</p>'), "html", {})
    assert prepared.meta["author"] == "Jane Roe"


# --- 3. the best guess under a publisher's banner sentence --------------------------------------

BANNER = "Widget Trade Today was a Sample Media publication."
LISTED = "Agency Adds 12 Firms to Widget List, Including Acme Widgets"
LEDE = (
    "The Export Agency added 12 firms to the Widget List, including Acme Widgets, to keep sensitive "
    "widgets from reaching buyers abroad, the agency said Monday."
)


def _refusal(text: str) -> str:
    with pytest.raises(SourceError) as refused:
        prepare(text.encode(), "text", {})
    return str(refused.value)


def test_the_guess_under_a_banner_sentence_is_the_headline_sharing_names_with_the_lede() -> None:
    refusal = _refusal("\n\n".join([BANNER, LISTED, LEDE, MORE]))
    assert f'add --title "{LISTED}"' in refusal


def test_a_line_sharing_no_names_with_the_lede_is_no_guess() -> None:
    """Counter-example: the line under the banner sentence names nothing the lede names."""
    refusal = _refusal("\n\n".join([BANNER, "Notes From the Week", LEDE, MORE]))
    assert 'add --title "…"' in refusal


# --- 4. clutter lines ---------------------------------------------------------------------------


def test_relative_update_times_repost_notices_and_a_section_label_are_listed_not_kept() -> None:
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><p>World &amp; Nation News</p>"
        f"<h1>{HEADLINE}</h1><p>Updated 18 minutes ago</p><p>{STORY}</p><p>{MORE}</p>"
        f"<p>{STORY} {MORE}</p><p>This post is originally published on EXAMPLEWIRE.</p></article></body></html>"
    )
    prepared = prepare(page.encode(), "html", {})
    for line in ("World & Nation News", "Updated 18 minutes ago", "This post is originally published on EXAMPLEWIRE."):
        assert line not in body_lines(prepared)
        assert line in dropped(prepared)


def test_a_sentence_naming_an_age_or_a_first_publication_stays() -> None:
    """Counter-example: prose that names minutes ago or where a text first appeared is the article's."""
    ago = "The last shipment left the port 18 minutes ago, the agency said in a statement on Tuesday."
    first = "The rule was first published in the register in 2019 and has been amended twice since, officials said."
    text = "\n\n".join([HEADLINE, STORY, ago, first, MORE])
    prepared = prepare(text.encode(), "text", {"published": "2024-03-05"})
    assert ago in prepared.body and first in prepared.body


def test_a_firm_s_name_over_its_contact_label_is_listed_not_a_heading() -> None:
    text = "\n\n".join([HEADLINE, "Example Partners LLP", "Contact", STORY, MORE])
    prepared = prepare(text.encode(), "text", {"published": "2024-03-05"})
    assert "Example Partners LLP" not in body_lines(prepared) and "Contact" not in body_lines(prepared)
    assert ["Example Partners LLP", "Contact"] == [line for line in dropped(prepared) if line != HEADLINE][:2]


def test_a_heading_not_over_a_contact_label_stays() -> None:
    """Counter-example: a short heading in title case over prose is a subheading, kept."""
    text = "\n\n".join([HEADLINE, STORY, "Overview of the Widget Rules", MORE])
    prepared = prepare(text.encode(), "text", {"published": "2024-03-05"})
    assert "## Overview of the Widget Rules" in prepared.body


# --- 5. the keys a starter kind file lists ------------------------------------------------------


def _keys_line(path: Path) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# Keys:"))


def test_a_kind_of_people_lists_type_and_role_and_its_example_entry_loads(tmp_path: Path) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        new_briefing(tmp_path / "b", "Chips", None, ["official", "rule"])
    topics = tmp_path / "b" / "corpus" / "topics"
    assert "type, role" in _keys_line(topics / "officials.yml")
    assert "role" not in _keys_line(topics / "rules.yml")  # a kind of what never speaks takes neither
    example = "\n".join(
        line[2:]
        for line in (topics / "officials.yml").read_text(encoding="utf-8").splitlines()
        if line.startswith("# ")
    )
    entry = yaml.safe_load(example[example.index("- id:") :])[0]
    assert entry["role"] and entry["id"] == "example-official"


def test_the_banner_sentence_over_the_guessed_headline_given_as_title_is_listed() -> None:
    """With `--title` the guess, the banner sentence over it is listed, not the text's first paragraph;
    counter-example: with another title the first line stays (it may be the lede)."""
    text = "\n\n".join([BANNER, LISTED, LEDE, MORE])
    given = prepare(text.encode(), "text", {"title": LISTED})
    assert BANNER not in body_lines(given) and BANNER in dropped(given)
    assert body_lines(given)[0] == LEDE
    other = prepare(text.encode(), "text", {"title": "Another Title"})
    assert BANNER in body_lines(other)
