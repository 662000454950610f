"""What a new user's trial (invasive carp and the Great Lakes) found wrong in `add`, each on the
trial's own input beside a real input of another set that keeps its answer: a publisher's line
under a pasted headline made a heading, a "MORE NEWS:" promotion kept in the story, and a folder
holding a list of addresses and its own files summed as fewer inputs than it named."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from build_site.importer import prepare
from build_site.importer_clean import _boilerplate_reason
from tests.helpers import add_to_new_corpus, served_folder

ROOT = Path(__file__).resolve().parent.parent
TRIAL = ROOT / "evaluation" / "trials" / "carp"
TITLES = ROOT / "evaluation" / "titles"



@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The trial's served pages, from a folder as the trial served them; the base address."""
    root = tmp_path_factory.mktemp("served")
    for page in (TRIAL / "served").iterdir():
        shutil.copy(page, root / page.name)
    with served_folder(root) as base:
        yield base


add = add_to_new_corpus


def imported(path: Path, **overrides: str) -> tuple[dict[str, Any], str, list[tuple[str, str]], list[str]]:
    """A text file as `add` would import it: front matter, body, lines dropped and warnings."""
    prepared = prepare(path.read_bytes(), "text", dict(overrides))
    return prepared.meta, prepared.body, prepared.draft.dropped, prepared.draft.warnings


# --- 1. a publisher's line under the headline ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "publisher", "line", "published"),
    [
        ("wenatchee-copi.txt", "Reuters", "Reuters", "2022-08-10"),  # one word over its date line
        ("wuwm-sturgeon-bay.txt", "WUWM", "WUWM", "2013-11-05"),
        ("9and10-corps-report.txt", "9&10 News", "9&10 News", "2017-08-07"),  # an outlet's word
        ("mns-st-joseph-edna.txt", "Michigan News Source", "Michigan News Source", None),  # named in the dateline
        ("willcounty-brandon-road.txt", "Will County News", "Will County News | July 2024", None),
        (
            "wmi-public-input.txt",
            "Wildlife Management Institute",
            "Wildlife Management Institute, Outdoor News Bulletin, November 2017",
            None,
        ),
    ],
)
def test_a_publisher_line_under_the_headline_is_the_publisher_not_a_heading(
    name: str, publisher: str, line: str, published: str | None
) -> None:
    meta, body, dropped, _ = imported(TRIAL / "inputs" / name)
    assert meta["publisher"] == publisher and str(meta.get("published")) == str(published)
    assert any(why.startswith("publisher line") and text == line for why, text in dropped)  # listed, not lost
    assert "## " not in body and body.split("\n\n")[0] != line.replace("&", "\\&")  # no heading, no line


def test_a_publisher_line_with_a_month_says_the_month_in_the_date_warning() -> None:
    meta, body, _, warnings = imported(TRIAL / "inputs" / "willcounty-brandon-road.txt")
    assert "published" not in meta and "July 2024" not in body  # no year fact from a heading
    assert any("prints only the month ('July 2024')" in warning for warning in warnings)


def test_the_header_line_already_read_keeps_its_reading() -> None:
    """"Chicago Tribune | April 7, 2011" was read before this round, by the header-line rule."""
    meta, _, dropped, _ = imported(TRIAL / "inputs" / "tribune-electric-barrier.txt")
    assert (meta["publisher"], str(meta["published"])) == ("Chicago Tribune", "2011-04-07")
    assert ("header line, read as date and publisher", "Chicago Tribune | April 7, 2011") in dropped


def test_a_first_sentence_under_the_headline_stays() -> None:
    """Counter-example: the trial's own press release opens with a sentence ending in a colon."""
    meta, body, _, _ = imported(TRIAL / "inputs" / "corps-edna-brandon-road.txt")
    assert "publisher" not in meta
    assert body.startswith("The following is the text of a press release from the U.S. Army Corps of Engineers:")


def test_a_short_subheading_over_a_date_line_stays_a_heading() -> None:
    """Counter-example (round 3's 10): "Government and Politics", a section's name over the date line,
    is no outlet's: a name of several words over a date is not taken without an outlet's sign."""
    meta, body, _, _ = imported(TITLES / "round3" / "texts" / "10.txt")
    assert "publisher" not in meta and "## Government and Politics" in body


def test_a_topic_label_over_a_date_line_stays() -> None:
    """Counter-example (round 4's 25): "Omgevingswet", one word over a date line as "Reuters" is, is
    the law the text is about: the text names it again, as an outlet seldom names itself."""
    meta, body, _, _ = imported(TITLES / "round4" / "texts" / "25.txt")
    assert "publisher" not in meta and "Omgevingswet" in body.split("Onder de")[0]


# --- 2. a promotion of another story ------------------------------------------------------------


def test_a_more_news_promotion_is_dropped_and_listed() -> None:
    _, body, dropped, _ = imported(TRIAL / "inputs" / "mns-st-joseph-edna.txt")
    promo = "MORE NEWS: Looking to Sit Down on the Job? Michigan Lawmakers Want to Help."
    assert promo not in body and ("promotion of another story", promo) in dropped
    assert "Out of more than 200 water samples collected in June 2023" in body


@pytest.mark.parametrize("label", ["READ MORE", "RELATED", "ALSO READ"])
def test_other_promotion_labels_are_dropped(label: str, tmp_path: Path) -> None:
    text = (TRIAL / "inputs" / "mns-st-joseph-edna.txt").read_text(encoding="utf-8").replace("MORE NEWS", label)
    (tmp_path / "paste.txt").write_text(text, encoding="utf-8")
    _, body, dropped, _ = imported(tmp_path / "paste.txt")
    assert f"{label}:" not in body and any(text.startswith(f"{label}:") for _, text in dropped)


def test_a_label_with_no_story_after_it_is_no_promotion_line() -> None:
    """Counter-example (round 8's 08): "Related Topics:", a tag list's label with nothing after it,
    is not taken for a promotion (the rule needs a story's headline after the label)."""
    line = (TITLES / "round8" / "texts" / "08.txt").read_text(encoding="utf-8").splitlines()[11].strip()
    assert line == "Related Topics:" and _boilerplate_reason(line) != "promotion of another story"
    paragraph = (TRIAL / "inputs" / "mns-st-joseph-edna.txt").read_text(encoding="utf-8").split("\n\n")[2]
    assert _boilerplate_reason(paragraph) is None  # the story's paragraph under the promotion stays


# --- 4. a folder holding a list of addresses and its own files -------------------------------------


def test_a_folder_with_a_list_and_a_file_gives_each_input_its_line(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    served = sorted(page.name for page in (TRIAL / "served").iterdir())
    (folder / "urls.txt").write_text("# served pages\n" + "".join(f"{server}/{name}\n" for name in served), "utf-8")
    shutil.copy(TRIAL / "inputs" / "wenatchee-copi.txt", folder / "wenatchee-copi.txt")
    code, out, err, posts = add(capsys, tmp_path, str(folder))
    assert (code, err) == (0, "") and len(posts) == 3
    summary = out.split("3 of 3 inputs imported:\n")[1].splitlines()
    assert summary[0] == f"  {folder / 'urls.txt'}: a list of 2 web addresses, each on its line"
    assert [line.split(": ")[0].strip() for line in summary[1:]] == [
        *(f"{server}/{name}" for name in served),
        str(folder / "wenatchee-copi.txt"),
    ]


def test_an_input_given_again_gets_its_line_in_the_summary(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = f"{server}/michiganpublic-lake-calumet.html"
    (tmp_path / "urls.txt").write_text(f"{page}\n", encoding="utf-8")
    code, out, err, posts = add(capsys, tmp_path, str(tmp_path / "urls.txt"), page)
    assert (code, err) == (0, "") and len(posts) == 1
    summary = out.split("1 of 1 input imported:\n")[1].splitlines()
    assert summary[2] == f"  {page}: given again (first as {page}); imported once"


def test_a_list_of_one_address_alone_is_one_input(server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Counter-example: a list holding one address is that address; no summary, no list line."""
    (tmp_path / "urls.txt").write_text(f"{server}/michiganpublic-lake-calumet.html\n", encoding="utf-8")
    code, out, err, posts = add(capsys, tmp_path, str(tmp_path / "urls.txt"))
    assert (code, err) == (0, "") and len(posts) == 1 and "inputs imported" not in out


# --- 3. a news page that states no date -----------------------------------------------------------


def test_a_served_story_with_a_dateline_and_no_date_is_warned_for_its_date_only(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The FOX 17 page opens "LANSING, Mich. — " and states no date: it was warned "may not be an
    article (a home, about, product or service page)"; a dateline is news copy, so only its date is asked."""
    page = f"{server}/fox17-st-joseph-resample.html"
    code, out, err, posts = add(capsys, tmp_path, page)
    assert (code, err) == (0, "") and len(posts) == 1 and "published" not in posts[0].metadata
    assert "may not be an article" not in out
    assert f"Warning: {page}: published left unset: the page states no date of its own; add --date" in out


def test_a_page_with_no_dateline_no_date_and_no_byline_is_still_warned() -> None:
    """Counter-example (round 14's 01, a page that is no article): no dateline opens its text, so
    the page-kind doubt stands."""
    prepared = prepare((TITLES / "round14" / "texts" / "01.html").read_bytes(), "html", {})
    assert any("may not be an article" in warning for warning in prepared.draft.warnings)
