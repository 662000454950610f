"""Round 12: page chrome that competed with the headline of a real paste (a place label over an
aggregator's long headline, a station's tagline under its rights line, a menu run together and a
bulleted breadcrumb), each beside a text of like shape whose line must stay what it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer_clean import take_date_line
from build_site.importer_model import Draft
from build_site.importer_title import top_line_reason
from tests.test_titles import add

CHROME = Path(__file__).resolve().parent / "fixtures" / "chrome"
LONG_HEADLINE = (
    "USDA Confirms Highly Pathogenic Avian Influenza in a Flock of Commercial Broiler Chickens in Kentucky and "
    "Backyard Mixed Species Flock in Virginia"
)


def test_a_place_label_gives_way_to_the_long_headline_under_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err, post = add(capsys, tmp_path, (CHROME / "aggregator_place_label.txt").read_text(encoding="utf-8"))
    assert (code, err) == (0, "") and post["title"] == LONG_HEADLINE
    assert "Virginia State" in out and "Virginia State" not in post.content  # passed over, and listed


def test_a_label_over_a_long_sentence_does_not_make_the_sentence_a_headline(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same card with the release's first sentence (closed by its full stop) under the label."""
    sentence = (
        "The United States Department of Agriculture's Animal and Plant Health Inspection Service confirmed the "
        "presence of highly pathogenic avian influenza in birds in two more states."
    )
    text = f"Virginia State\n\n{sentence}\n\nState officials quarantined the affected premises, and birds on the " \
           "properties will be depopulated to prevent the spread of the disease.\n"
    code, _, err, post = add(capsys, tmp_path, text)
    assert post is None or post["title"] != sentence
    assert code == 0 or "has no clear title" in err


def test_a_stations_tagline_and_player_are_never_the_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (CHROME / "station_tagline.txt").read_text(encoding="utf-8")
    code, _, err, post = add(capsys, tmp_path, text)
    assert code == 1 and "Public Media from Michigan State University" not in err  # asked, the tagline no guess
    code, out, err, post = add(capsys, tmp_path, text, "--title", "Bird flu spreads to Michigan dairy herds")
    assert code == 0 and "tagline" in out and "audio or video player" in out and "donation prompt" in out
    for chrome in ("Public Media from", "Play Live Radio", "0:00 0:00", "Picture of cows", "made possible by donors"):
        assert chrome not in post.content
    assert "The virus has been reported in herds in Ionia" in post.content


def test_a_headline_naming_the_owner_of_the_rights_line_is_a_headline(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A university's story under the same rights line: its headline says more than the name."""
    text = (CHROME / "station_tagline.txt").read_text(encoding="utf-8").replace(
        "Public Media from Michigan State University",
        "Michigan State University lab confirms bird flu in four Michigan dairy herds",
    )
    code, _, err, post = add(capsys, tmp_path, text)
    assert (code, err) == (0, "")
    assert post["title"] == "Michigan State University lab confirms bird flu in four Michigan dairy herds"


def test_a_menu_run_together_and_a_bulleted_breadcrumb_are_passed_over(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err, post = add(capsys, tmp_path, (CHROME / "menu_and_breadcrumb.txt").read_text(encoding="utf-8"))
    assert (code, err) == (0, "") and post["title"] == "How to write a government press release"
    assert str(post["published"]) == "2014-12-01"
    assert "menu run together" in out and "bulleted breadcrumb or menu" in out


@pytest.mark.parametrize(("line", "reason"), [
    ("USDA.gov (press release)", "press-release header"),  # a release's header
    ("How to write a government press release", None),  # a headline about releases
    ("ArtsAutosBooksBusinessEducationEntertainmentFamily", "menu run together"),
    ("McDonald's unveils iPhone app for its McCafé menu", None),  # names glued by their own capitals
    ("• Politics and Social Issues»", "breadcrumb"),
    ("0:00 0:00", "audio or video player"),
])
def test_chrome_lines_and_headlines_of_like_shape(line: str, reason: str | None) -> None:
    assert top_line_reason(line) == reason


def test_the_lines_above_you_are_here_are_the_menu_and_a_dated_byline_is_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (CHROME / "blog_post_inside_menu.txt").read_text(encoding="utf-8")
    code, out, err, post = add(capsys, tmp_path, text)
    assert (code, err) == (0, "") and post["title"] == "Serve and Remember"
    assert str(post["published"]) == "2011-09-10" and post["author"] == "Katelyn Sabochik"
    assert "menu line above the breadcrumb" in out
    for chrome in ("Elections & Voting", "State & Local Government", "You are here", "1:06 PM ET"):
        assert chrome not in post.content


def test_without_its_breadcrumb_label_the_menu_still_asks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The label is the evidence: the same paste without it has short lines of equal claim on top."""
    text = (CHROME / "blog_post_inside_menu.txt").read_text(encoding="utf-8").replace("You are here\n", "")
    code, _, err, post = add(capsys, tmp_path, text)
    assert code == 1 and post is None and "has no clear title" in err


@pytest.mark.parametrize(("line", "published", "author"), [
    ("January 17, 2017 at 6:08 PM ET by Kori Schulman", "2017-01-17", "Kori Schulman"),
    ("Primary results by County", None, None),  # a headline with "by": no date before it
])
def test_a_date_with_its_byline_on_one_line_is_read(line: str, published: str | None, author: str | None) -> None:
    draft = Draft([], {})
    assert take_date_line(line, draft) is (published is not None)
    assert (draft.meta.get("published"), draft.meta.get("author")) == (published, author)
