"""Round 14: bylines joined to the outlet or an address, a "By" on its own line, and a date line
with its update, on real pastes of round 12 (dev now), each beside lines of like shape that are
not bylines or date lines and stay in the body."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer_byline import joined_byline_name
from build_site.importer_clean import _boilerplate_reason, take_date_and_update_line
from build_site.importer_model import Draft
from tests.test_titles import add

BYLINES = Path(__file__).resolve().parent / "fixtures" / "bylines"


@pytest.mark.parametrize(("name", "author", "line"), [
    ("name_and_address.txt", "Mike Cason", "By / Mike Cason | mcason@al.com"),
    ("name_and_outlet.txt", "Pete Evans", "Pete Evans · CBC News ·"),
    ("date_and_update.txt", "Alyssa Newcomb", "By Alyssa Newcomb"),
])
def test_the_writer_is_read_without_the_outlet_or_address_and_the_line_listed(
    name: str, author: str, line: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _, post = add(capsys, tmp_path, (BYLINES / name).read_text(encoding="utf-8"))
    assert code == 0 and post["author"] == author
    assert "byline" in out and line in out
    assert "@" not in post.content.split("\n\n", 1)[0] and line.rsplit(" / ", maxsplit=1)[-1] not in post.content


def test_the_date_and_update_line_gives_the_first_date_and_leaves_the_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _, post = add(capsys, tmp_path, (BYLINES / "date_and_update.txt").read_text(encoding="utf-8"))
    assert code == 0 and str(post["published"]) == "2016-12-13"
    assert "date line, read as date: Dec. 13, 2016, 12:31 PM UTC / Updated" in out
    assert "UTC" not in post.content and "Link copied" not in post.content
    assert "published left unset" not in out


def test_a_comment_count_above_the_deck_printed_again_keeps_the_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _, post = add(capsys, tmp_path, (BYLINES / "name_and_outlet.txt").read_text(encoding="utf-8"))
    assert code == 0 and "comment count or prompt above the article: comments" in out
    assert "all-time high of $816,720 reached in February" in post.content
    assert "end of article" not in out


def test_a_comment_section_after_the_story_still_ends_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Readers' comments that repeat nothing of the story are still cut off and listed."""
    text = (BYLINES / "name_and_outlet.txt").read_text(encoding="utf-8").rstrip("\n")
    text += "\n12 comments\nI do not believe these numbers at all, prices here went up again last month.\n"
    code, out, _, post = add(capsys, tmp_path, text)
    assert code == 0 and "end of article: I do not believe these numbers" in out
    assert "I do not believe" not in post.content


@pytest.mark.parametrize(("line", "author"), [
    ("Pete Evans · CBC News ·", "Pete Evans"),
    ("Mike Cason | mcason@al.com", "Mike Cason"),
    ("Business | Markets", None),  # a section path, not a name and an outlet
    ("Emily Post | Etiquette", None),  # the part after the bar is no outlet nor address
    ("CBC News · Business", None),  # the outlet first: no writer
    ("Home · World News", None),
])
def test_a_name_joined_to_an_outlet_or_address_is_a_byline(line: str, author: str | None) -> None:
    assert joined_byline_name(line) == author


@pytest.mark.parametrize(("line", "published"), [
    ("Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC", "2016-12-13"),
    ("March 3, 2024 | Updated March 4, 2024", "2024-03-03"),
    ("Sales fell 3% in March / updated figures due in May", None),  # a sentence with a slash
    ("Jobs report / Updated on the hour", None),
])
def test_a_date_line_with_its_update(line: str, published: str | None) -> None:
    draft = Draft([], {})
    assert take_date_and_update_line(line, draft) is (published is not None)
    assert draft.meta.get("published") == published


def test_an_image_file_name_and_a_bracketed_credit_are_dropped_and_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _, post = add(capsys, tmp_path, (BYLINES / "name_and_address.txt").read_text(encoding="utf-8"))
    assert code == 0
    for reason, line in (
        ("image file name", "skimming scheme seized cash and cards.jpg"),
        ("image credit", "(Mike Cason/mcason@al.com)"),
    ):
        assert f"{reason}: {line}" in out and line not in post.content
    assert "Cash and cards seized during the arrest" in post.content  # the caption's sentence stays


@pytest.mark.parametrize(("line", "reason"), [
    ("skimming scheme seized cash and cards.jpg", "image file name"),
    ("(Evan Mitsui/CBC)", "image credit"),
    ("The agency posted the full list of affected stores as stores.png", None),  # a sentence: more than ten words
    ("(Reuters/Ipsos)", None),  # a poll's sources, no photographer's name
    ("The map is attached as map.jpg.", None),
])
def test_image_file_names_and_credits_of_like_shape(line: str, reason: str | None) -> None:
    assert _boilerplate_reason(line) == reason
