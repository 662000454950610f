"""What a real paste or page carries: label lines, dates that read two ways, tracking parameters in
addresses, and source files dropped into the articles folder (issue 16, round 7).

Label-line texts are real (tests/fixtures/labels.yml names each source); every rule has a
counter-example that must be left alone.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from build_site.cli import main
from build_site.importer_address import without_tracking
from tests.helpers import config_for
from tests.test_titles import add

ROOT = Path(__file__).resolve().parents[1]
LABELLED = yaml.safe_load((ROOT / "tests" / "fixtures" / "labels.yml").read_text(encoding="utf-8"))
TREATY = ("The military rulers of Mali, Burkina Faso and Niger signed a treaty in Niamey on Saturday creating a "
          "confederation of their three states.")


# --- label lines -------------------------------------------------------------------------------

@pytest.mark.parametrize("case", LABELLED, ids=[case["title"][:30] for case in LABELLED])
def test_label_lines_of_a_real_paste_are_metadata_never_headings(case: dict[str, Any], tmp_path: Path,
                                                                 capsys) -> None:
    code, out, err, post = add(capsys, tmp_path, case["text"])
    assert code == 0, err
    assert post["title"] == case["title"]
    assert post["author"] == case["author"]
    assert "## " not in post.content  # no label became a heading
    for line in case["dropped"]:
        assert line not in post.content and f": {line}" in out  # dropped, and listed
    for line in case["text"].splitlines()[1:]:  # nothing else lost: each line is kept, read or listed
        assert line[:40] in post.content or line[:40] in out, line


@pytest.mark.parametrize("prose", [
    "Sources, speaking on condition of anonymity, said the treaty had been drafted in Bamako.",
    ("Source: the ministry said on Monday that forty people had died in the attack, a toll officials in the "
     "region said could rise as rescuers reached villages cut off by the fighting."),
    "Role of the army",
])
def test_prose_or_a_heading_that_starts_like_a_label_stays(prose: str, tmp_path: Path, capsys) -> None:
    text = f"Sahel juntas sign treaty in Niamey\n\n{TREATY}\n\n{prose}\n\nThe three countries left Ecowas in January.\n"
    code, _, err, post = add(capsys, tmp_path, text)
    assert code == 0, err
    assert prose in post.content and "author" not in post.metadata


# --- dates that read two ways --------------------------------------------------------------------

def test_a_date_that_reads_two_ways_is_not_taken_and_the_import_says_so(tmp_path: Path, capsys) -> None:
    """The user's trial: `printf 'Sahel juntas sign treaty in Niamey\\nDate: 11/07/2024\\n…'`."""
    code, out, err, post = add(capsys, tmp_path, f"Sahel juntas sign treaty in Niamey\nDate: 11/07/2024\n{TREATY}\n")
    assert code == 0, err
    assert "published" not in post.metadata and "Date: 11/07/2024" not in post.content
    (warning,) = [line for line in out.splitlines() if line.startswith("Warning:")]
    assert "--date 2024-07-11 or --date 2024-11-07" in warning and "11 July 2024 or 7 November 2024" in warning


@pytest.mark.parametrize(("line", "flags", "published"), [
    ("Date: 25/07/2024", (), "2024-07-25"),  # reads one way only: day 25
    ("Date: 11/07/2024", ("--date", "2024-07-11"), "2024-07-11"),  # settled by the flag: no warning
])
def test_a_date_that_reads_one_way_or_is_given_is_taken_without_a_warning(line: str, flags: tuple[str, ...],
                                                                           published: str, tmp_path: Path,
                                                                           capsys) -> None:
    code, out, err, post = add(capsys, tmp_path, f"Sahel juntas sign treaty in Niamey\n{line}\n{TREATY}\n", *flags)
    assert code == 0, err
    assert str(post["published"]) == published and "Warning" not in out and line not in post.content


def page(head: str = "", dated: str = "<p>Date: 03/04/2024</p>") -> str:
    """A saved page whose body prints a numeric date; `head` adds the page's own metadata."""
    paragraphs = "".join(f"<p>{TREATY} {n} The leaders said a common passport was planned and that the "
                         f"confederation would pool resources for defence, transport and development.</p>"
                         for n in ("First,", "Second,", "Third,"))
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8">{head}'
            f"<title>Sahel juntas sign treaty in Niamey</title></head><body><article>"
            f"<h1>Sahel juntas sign treaty in Niamey</h1>{dated}{paragraphs}</article></body></html>")


def test_a_page_whose_only_date_is_body_text_that_reads_two_ways_gets_none(tmp_path: Path, capsys) -> None:
    """One rule for pasted text and saved pages: the page's text date '03/04/2024' is refused alike."""
    code, out, err, post = add(capsys, tmp_path, page(), name="page.html")
    assert code == 0, err
    assert "published" not in post.metadata
    assert "--date 2024-03-04 or --date 2024-04-03" in out


@pytest.mark.parametrize("head_or_body", [
    ('<meta property="article:published_time" content="2024-04-03T10:00:00Z">', "<p>Date: 03/04/2024</p>"),
    ("", '<p>Date: <time datetime="2024-04-03">03/04/2024</time></p>'),
])
def test_a_page_whose_own_metadata_states_the_date_keeps_it(head_or_body: tuple[str, str], tmp_path: Path,
                                                           capsys) -> None:
    code, out, err, post = add(capsys, tmp_path, page(*head_or_body), name="page.html")
    assert code == 0, err
    assert str(post["published"]) == "2024-04-03" and "--date 2024" not in out  # no reading offered


# --- tracking parameters -----------------------------------------------------------------------

@pytest.mark.parametrize(("url", "expected"), [
    ("http://a.example/updated.html?utm_source=x&utm_medium=y", "http://a.example/updated.html"),
    ("https://a.example/s?id=7&fbclid=IwAR0&gclid=abc", "https://a.example/s?id=7"),
    ("https://a.example/s?id=7&page=2", "https://a.example/s?id=7&page=2"),  # real parameters stay
    ("https://a.example/s", "https://a.example/s"),
])
def test_tracking_parameters_are_not_part_of_an_address(url: str, expected: str) -> None:
    assert without_tracking(url) == expected


# --- source files in the articles folder, and a front matter without its opening line ------------

def _check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["check", "-f", config_for(tmp_path / "corpus")])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_source_file_in_the_articles_folder_is_named_not_ignored(tmp_path: Path, capsys) -> None:
    articles = tmp_path / "corpus" / "articles"
    articles.mkdir(parents=True)
    (articles / "treaty.md").write_text(f"---\ntitle: Sahel treaty\n---\n\n{TREATY}\n", encoding="utf-8")
    (articles / "pasted.txt").write_text("Sahel juntas sign treaty in Niamey\nThe three countries left Ecowas in "
                                         "January.\n", encoding="utf-8")  # not yet imported: its text is new
    (articles / "saved.pdf").write_bytes(b"%PDF-1.4\n")
    (articles / ".notes.txt").write_text("my own notes\n", encoding="utf-8")  # hidden: an editor's, not a source
    code, said = _check(tmp_path, capsys)
    lines = [line for line in said.splitlines() if "not an article" in line]
    assert code == 0 and len(lines) == 2, said
    assert "pasted.txt: warning: not an article: use `briefing add" in lines[0] and "rename it to .md" in lines[0]
    assert "saved.pdf" in lines[1] and "rename" not in lines[1]


def test_front_matter_without_its_opening_line_is_named_as_such(tmp_path: Path, capsys) -> None:
    articles = tmp_path / "corpus" / "articles"
    articles.mkdir(parents=True)
    (articles / "treaty.md").write_text(f"title: Sahel treaty\npublished: 2024-07-11\n---\n\n{TREATY}\n",
                                        encoding="utf-8")
    code, said = _check(tmp_path, capsys)
    assert code == 1
    assert "treaty.md:1: error: front matter has no opening line: add a line `---` before it" in said
    assert "has no title" not in said


def test_a_body_with_a_rule_and_no_front_matter_still_lacks_a_title(tmp_path: Path, capsys) -> None:
    """Counter-example: a note with no front matter at all is told to add a title, as before."""
    articles = tmp_path / "corpus" / "articles"
    articles.mkdir(parents=True)
    (articles / "note.md").write_text(f"Sahel treaty notes\n---\n\n{TREATY}\n", encoding="utf-8")
    code, said = _check(tmp_path, capsys)
    assert code == 1 and "has no title" in said and "opening line" not in said
