"""Faults seen when a briefing on another subject (the collapse of a bridge) was started from the
README and fed real texts: each test fails without its fix."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import frontmatter
import pytest
from fpdf import FPDF

from build_site.cli import main
from build_site.events import extract_events
from build_site.statements import Actor, Paragraph, extract_statements
from tests.helpers import config_for

BRIDGE_ACTORS = (
    Actor("joe-biden", ("Joe Biden", "President Biden"), "person", "President"),
    Actor("jennifer-homendy", ("Jennifer Homendy", "Homendy"), "person", "NTSB Chair"),
    Actor("coast-guard", ("U.S. Coast Guard", "Coast Guard"), "armed force", ""),
)


def said(*paragraphs: str) -> list[tuple[str, str | None]]:
    blocks = [Paragraph(f"p{i + 1}", (p,)) for i, p in enumerate(paragraphs)]
    return [(s.kind, s.speaker) for s in extract_statements(blocks, BRIDGE_ACTORS)]


def test_a_pronoun_is_not_the_person_named_in_what_it_reports() -> None:
    # "He added that Homendy will lead …": he is someone else; the one person named is what he said.
    assert said("He added that Jennifer Homendy will lead the investigation into the collapse.") == [
        ("reported", None)
    ]
    assert said('"We will lead it," he said of Jennifer Homendy\'s investigation.') == [("direct", None)]


def test_a_pronoun_still_takes_the_person_named_just_before() -> None:
    assert said("President Joe Biden spoke from the White House on Tuesday.",
                "He added that the Coast Guard will lead the search for the missing workers.") == [
        ("reported", "joe-biden")
    ]
    assert said("Jennifer Homendy met the families of the workers on Thursday.",
                '"We will find out what happened to that ship," she said.') == [("direct", "jennifer-homendy")]


POSTED_WITH_TIME = """President Biden says federal government will pay full cost to replace the bridge
Posted 12:58 PM, Mar 26, 2024
By WMAR Staff

President Joe Biden said on Tuesday that the federal government will pay for the entire cost of rebuilding the bridge.

He added that the Army Corps of Engineers will lead the effort to clear the debris out of the river.
"""


def test_a_posting_line_with_its_time_first_is_the_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A local news site's "Posted 12:58 PM, Mar 26, 2024" became a heading, and the article undated.
    source = tmp_path / "pasted.txt"
    source.write_text(POSTED_WITH_TIME, encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    assert main(["add", str(source), "-f", config_for(tmp_path / "corpus")]) == 0
    [written] = (tmp_path / "corpus" / "articles").glob("*.md")
    post = frontmatter.load(written)
    assert str(post["published"]) == "2024-03-26"
    assert "12:58" not in post.content and "date line, read as date: Posted 12:58 PM" in capsys.readouterr().out


def _spaced_pdf(path: Path, paragraphs: list[list[str]]) -> Path:
    """A page whose lines stand one and a half lines apart, as a text set with generous leading
    (each line its own text box to the PDF reader)."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_title("Biden reaches out to the people of Baltimore")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    y = 100.0
    for lines in paragraphs:
        for line in lines:
            pdf.text(72, y, line)
            y += 18
        y += 18
    pdf.output(str(path))
    return path


def test_a_pdf_line_starting_with_a_quotation_or_a_name_goes_on_with_its_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An fpdf2 text with 6 mm lines: the paragraph broke before '"Maryland tough' and the quotation
    # lost its speaker.
    source = _spaced_pdf(tmp_path / "remarks.pdf", [
        ["President Joe Biden reached out to the people of Baltimore on Tuesday afternoon, calling them",
         '"Maryland tough, Baltimore strong," and vowing to visit the city as soon as he can.'],
        ["The remarks came after the collapse of the bridge, and after a call with the Governor of",
         "Maryland, Wes Moore, who asked for federal help."],
        ["Background"],
        ["The bridge carried Interstate 695 over the Patapsco River."],
    ])
    (tmp_path / "corpus").mkdir()
    assert main(["add", str(source), "-f", config_for(tmp_path / "corpus")]) == 0, capsys.readouterr().err
    [written] = (tmp_path / "corpus" / "articles").glob("*.md")
    paragraphs = frontmatter.load(written).content.split("\n\n")
    assert paragraphs == [
        'President Joe Biden reached out to the people of Baltimore on Tuesday afternoon, calling them "Maryland '
        'tough, Baltimore strong," and vowing to visit the city as soon as he can.',
        "The remarks came after the collapse of the bridge, and after a call with the Governor of Maryland, Wes "
        "Moore, who asked for federal help.",
        "Background",
        "The bridge carried Interstate 695 over the Patapsco River.",
    ]


def test_the_shape_of_a_written_article_is_counted_in_the_right_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Wrote …md (0 headings, 1 paragraphs, 0 list items)" for a one-paragraph text.
    source = tmp_path / "short.txt"
    source.write_text("Key Bridge falls\n\nThe bridge fell into the river after a ship struck one of its piers.\n")
    (tmp_path / "corpus").mkdir()
    assert main(["add", str(source), "-f", config_for(tmp_path / "corpus")]) == 0
    assert "(0 headings, 1 paragraph, 0 list items)" in capsys.readouterr().out


PROSE = (
    "Maryland officials faced questions on Tuesday about the collapse of the Francis Scott Key Bridge and the cost "
    "of rebuilding it.\n\nThe state said it would answer them.\n"
)


def _title_of(tmp_path: Path, capsys: pytest.CaptureFixture[str], first_lines: str) -> str | None:
    source = tmp_path / "pasted.txt"
    source.write_text(first_lines + "\n\n" + PROSE, encoding="utf-8")
    (tmp_path / "corpus").mkdir(exist_ok=True)
    for old in (tmp_path / "corpus" / "articles").glob("*.md"):
        old.unlink()
    code = main(["add", str(source), "-f", config_for(tmp_path / "corpus")])
    capsys.readouterr()
    written = list((tmp_path / "corpus" / "articles").glob("*.md"))
    return str(frontmatter.load(written[0])["title"]) if code == 0 else None


@pytest.mark.parametrize(
    "headline",
    [
        "Popular anger grows over Key Bridge collapse",
        "Related cases pile up after Key Bridge collapse",
        "Trending lower: port traffic after the Key Bridge collapse",
        "Watchdog faults Maryland over Key Bridge risk",
    ],
)
def test_a_headline_starting_like_a_promotion_is_still_the_title(
    headline: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Popular …", "Related …" and "Trending …" headlines were passed over as promotions of other
    # stories, and the text refused for want of a title.
    assert _title_of(tmp_path, capsys, headline) == headline


@pytest.mark.parametrize("promotion", ["Popular Posts", "Related", "Watch: the bridge falls", "Trending now", "More from the port"])
def test_a_promotion_above_the_headline_is_still_passed_over(
    promotion: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _title_of(tmp_path, capsys, promotion + "\nKey Bridge rebuild to cost more") == "Key Bridge rebuild to cost more"


def test_a_day_just_after_publication_is_to_come_not_last_year() -> None:
    # "from March 26 to April 2" in an article of March 29, 2024 put "April 2" on the chronology
    # as 2023-04-02, a year before anything happened.
    def dates(sentence: str) -> list[str]:
        return [e.date for e in extract_events([Paragraph("p1", (sentence,))], dt.date(2024, 3, 29))]

    assert dates("Crews worked from March 26 to April 2 to clear the channel.") == ["2024-03-26", "2024-04-02"]
    assert dates("The port stayed closed until April 2.") == ["2024-04-02"]
    assert dates("The ship was built in a yard in Korea and delivered on December 5.") == ["2023-12-05"]


def test_a_weekday_after_from_is_a_happening() -> None:
    # "searched the river from Tuesday until ..." is what happened; only "starting Tuesday" is to come.
    found = extract_events(
        [Paragraph("p1", ("Divers searched the river from Tuesday until the search was suspended.",))],
        dt.date(2024, 3, 29),
    )
    assert [e.date for e in found] == ["2024-03-26"]


def _added(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[Any, str]:
    source = tmp_path / "pasted.txt"
    source.write_text(text, encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    assert main(["add", str(source), "-f", config_for(tmp_path / "corpus")]) == 0
    [written] = (tmp_path / "corpus" / "articles").glob("*.md")
    return frontmatter.load(written), capsys.readouterr().out


RELEASE_BODY = (
    "WASHINGTON (March 20) -- The agency said the bridge could have been protected by stronger piers, and it "
    "asked the owners of 68 older bridges to assess their risk of collapse within 90 days.\n\nThe owners agreed.\n"
)


def test_a_numeric_date_line_is_the_date_when_it_can_be_read_one_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A federal news release's "3/20/2025" under its headline stayed in the text, the article undated.
    post, out = _added(tmp_path, capsys, "NTSB Issues Urgent Safety Recommendations to Owners of 68 Bridges\n\n"
                       "3/20/2025\n\n" + RELEASE_BODY)
    assert str(post["published"]) == "2025-03-20" and "3/20/2025" not in post.content
    assert "date line, read as date: 3/20/2025" in out


def test_a_numeric_date_that_reads_two_ways_is_not_guessed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    post, _ = _added(tmp_path, capsys, "NTSB Issues Urgent Safety Recommendations to Owners of 68 Bridges\n\n"
                     "3/4/2025\n\n" + RELEASE_BODY)
    assert "published" not in post.metadata


def test_wikipedias_tagline_is_not_the_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Text copied from a Wikipedia article starts its body with "From Wikipedia, the free encyclopedia".
    post, out = _added(tmp_path, capsys, "Francis Scott Key Bridge collapse\nFrom Wikipedia, the free encyclopedia\n\n"
                       "On March 26, 2024, the Francis Scott Key Bridge in Baltimore collapsed after the container "
                       "ship Dali struck one of its piers.\n\nSix workers died.\n")
    assert post["title"] == "Francis Scott Key Bridge collapse"
    assert "Wikipedia" not in post.content and "From Wikipedia, the free encyclopedia" in out


def test_the_presidents_turns_in_a_transcript_of_remarks() -> None:
    # The archive of presidential documents writes turns as "The President." and "Q.": the whole of
    # the remarks on the collapse gave no statement.
    blocks = [
        Paragraph("p1", ("The President.", "Hello, folks.", "Sorry to keep you waiting.")),
        Paragraph("p2", ("I told them we're going to send all the Federal resources they need as we respond.",)),
        Paragraph("p3", ("Q.", "Mr. President, will the Federal Government pay for the whole bridge?")),
        Paragraph("p4", ("The President.", "Yes, the Federal Government will pay for the entire cost.")),
    ]
    actors = (Actor("joe-biden", ("Joe Biden", "the President"), "person", "President"),)
    found = [(s.kind, s.speaker, s.text) for s in extract_statements(blocks, actors)]
    assert found == [
        ("transcript", "joe-biden", "Hello, folks. Sorry to keep you waiting."),
        ("transcript", "joe-biden", "I told them we're going to send all the Federal resources they need as we respond."),
        ("transcript", None, "Mr. President, will the Federal Government pay for the whole bridge?"),
        ("transcript", "joe-biden", "Yes, the Federal Government will pay for the entire cost."),
    ]


def test_a_paragraph_opening_the_president_in_prose_is_no_turn() -> None:
    blocks = [Paragraph("p1", ("The President.", "That was all the sign on the door said.")),
              Paragraph("p2", ("The bridge would be rebuilt by 2028.",))]
    actors = (Actor("joe-biden", ("Joe Biden",), "person", "President"),)
    assert [s.kind for s in extract_statements(blocks, actors)] == []


def test_a_flag_for_one_article_given_with_two_inputs_is_said_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "add remarks.txt release.html --title X" printed the refusal, then "0 of 2 inputs imported:" and the
    # same refusal again under each input: three lines for one mistake.
    (tmp_path / "corpus").mkdir()
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Key Bridge falls\n\nThe bridge fell into the river after a ship struck one of its piers.\n")
    second.write_text("Port reopens\n\nThe port of Baltimore reopened its main channel to ships on Monday.\n")
    code = main(["add", str(first), str(second), "--title", "X", "-f", config_for(tmp_path / "corpus")])
    captured = capsys.readouterr()
    assert code == 1 and not list((tmp_path / "corpus").glob("articles/*.md"))
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "briefing add: error: --title and --url describe one article; give them with one input only"
    ]
