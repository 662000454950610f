"""Round 11 (a new user's H5N1 trial): header lines by a headline read as date and publisher, a PDF's
paragraph rejoined where a line ending a sentence runs to the column's edge, a release's "For
immediate release: <date>" read as its date, and a paste stating no date warned about."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import frontmatter
import pytest
from fpdf import FPDF
from pdfminer.high_level import extract_text

from build_site.cli import main
from build_site.importer_header import header_line, is_session_line
from build_site.pipeline import load_inputs
from tests.helpers import config_for
from tests.test_titles import add

HEADERS = Path(__file__).resolve().parent / "fixtures" / "headers"
MICHIGAN = (HEADERS / "michigan_second_case.txt").read_text(encoding="utf-8")
UNDATED = (HEADERS / "hpai_29_states.txt").read_text(encoding="utf-8")
# The Louisiana Department of Health's release of December 13, 2024 (tests/fixtures/headers/README.md).
LDH_TITLE = "LDH detects first presumptive positive human H5N1 case in Louisiana"
LDH_DATE_LINE = "For immediate release: December 13, 2024"
LDH = [
    "The Louisiana Department of Health (LDH) has detected the first presumptive positive human case of highly "
    "pathogenic avian influenza (HPAI), or H5N1, in Louisiana. The individual is a resident of southwestern "
    "Louisiana and is currently hospitalized.",
    "LDH's Office of Public Health is coordinating with the Centers for Disease Control and Prevention (CDC) on the "
    "epidemiologic investigation. The investigation identified that the individual had exposure to sick and dead "
    "birds that are suspected to have been infected with H5N1.",
    "H5N1 is a type of influenza virus that causes highly infectious and severe respiratory disease in birds. In the "
    "United States, outbreaks of the currently circulating H5N1 avian influenza viruses in wild birds and poultry "
    "have been ongoing since 2022.",
]
COLUMN = 256  # points: at this width a line ends "… disease in birds." and the next starts "In the United States"


def _body_lines(post: Any) -> list[str]:
    return [line.lstrip("# ") for line in post.content.splitlines() if line.strip()]


def test_a_header_line_under_a_headline_gives_the_date_and_publisher(tmp_path: Path, capsys) -> None:
    """"Michigan Public | May 30, 2024" was kept as a heading, its date and publisher unread."""
    code, out, err, post = add(capsys, tmp_path, MICHIGAN)
    assert (code, err) == (0, "")
    assert post["title"] == "Second human case of bird flu confirmed in Michigan"
    assert (str(post["published"]), post["publisher"]) == ("2024-05-30", "Michigan Public")
    assert "header line, read as date and publisher: Michigan Public | May 30, 2024" in out
    assert "Michigan Public" not in post.content and "Warning" not in out


@pytest.mark.parametrize(("name", "title", "published", "publisher", "dropped"), [
    ("reuters_summary.txt", "Reuters World News Summary", "2024-02-02", "Reuters",
     ["header line, read as date and publisher: Reuters | Updated: 02-02-2024 05:25 IST"]),
    ("reuters_briefing.txt", "Tuesday Morning Briefing", "2017-11-21", None,
     ["header line, read as date: November 21, 2017 / 1:44 PM / a year ago"]),
    ("un_third_committee.txt", "Preventive Measures, Accessible Remedies Required to Address Myriad Human Rights "
     "Violations, Experts Tell Third Committee During Interactive Dialogues", None, None,
     [f"session line (meetings coverage): {line}" for line in
      ("Seventy-second Session,", "21st & 22nd Meetings (AM & PM)", "GA/SHC/4206")]),
])
def test_a_real_paste_under_header_lines_is_not_asked_for_a_title(
    name: str, title: str, published: str | None, publisher: str | None, dropped: list[str], tmp_path: Path, capsys
) -> None:
    """Round 10's pastes 11, 12 and 14: a header line read and dropped, never a heading, and no needless ask."""
    text = (HEADERS / name).read_text(encoding="utf-8")
    code, out, err, post = add(capsys, tmp_path, text)
    assert (code, err) == (0, ""), err
    assert post["title"] == title
    assert (str(post.get("published")) if published else post.get("published"), post.get("publisher")) == (
        published, publisher)
    for line in dropped:
        assert line in out
        assert line.split(": ", 1)[1][:30] not in post.content
    first_prose = next(line for line in text.splitlines()[3:] if len(line.split()) > 12 and line.endswith("."))
    assert first_prose[:60] in post.content  # the body starts where it did


def test_header_lines_given_a_title_lose_no_line_of_prose(tmp_path: Path, capsys) -> None:
    """With --title the header line is dropped as metadata, the text's headline and prose stay."""
    code, out, err, post = add(capsys, tmp_path, MICHIGAN, "--title", "Given")
    assert (code, err) == (0, "") and post["title"] == "Given"
    assert "header line, read as date and publisher: Michigan Public | May 30, 2024" in out
    assert "Second human case of bird flu confirmed in Michigan" in post.content
    assert "This worker was employed at a different farm" in post.content
    assert str(post["published"]) == "2024-05-30"


@pytest.mark.parametrize(("line", "publisher", "date"), [
    ("Denver7 | July 9, 2024", "Denver7", "2024-07-09"),  # the trial's, under a headline
    ("Reuters | Updated: 03-02-2024 05:25", "Reuters", None),  # 3 February or 2 March: not taken
    ("Reuters | Updated: 03-02-2024 05:25 IST", "Reuters", "2024-02-03"),  # India writes the day first
    ("Aug 12, 2019 | 7:35pm", None, "2019-08-12"),  # round4/24's
    ("Published 2024-07-20 | Updated 2024-07-22 | CDPHE", "CDPHE", "2024-07-20"),  # stated before updated
])
def test_the_header_lines_met_give_their_publisher_and_date(line: str, publisher: str | None, date: str | None) -> None:
    header = header_line(line)
    assert header is not None and header.publisher == publisher
    assert (header.date.isoformat() if header.date else None) == date


@pytest.mark.parametrize("line", [
    "Trump / Biden: the debate that was not",  # a headline with a slash, no date
    "Opinion | Why the dairy herds matter",  # a section before a headline
    "Weld County | July 9, 2024 | 1.8 million hens culled",  # a table row: a part that is no name
    "The flock was culled on July 9, 2024 / officials said the farm is quarantined.",  # prose
    "Home | May 30, 2024 | Michigan Public | News",  # two names: a breadcrumb
    "Home | May 30, 2024",  # a menu's word is no publisher
])
def test_a_line_that_is_not_a_header_is_never_read_as_one(line: str) -> None:
    """Counter-examples: separators alone make no header line."""
    assert header_line(line) is None


def test_a_header_date_that_reads_two_ways_is_not_taken(tmp_path: Path, capsys) -> None:
    """Counter-example: "05/06/2024" under a headline is May 6 or June 5; both `--date`s are offered."""
    code, out, _, post = add(capsys, tmp_path, MICHIGAN.replace("May 30, 2024", "05/06/2024"))
    assert code == 0 and "published" not in post.metadata and post["publisher"] == "Michigan Public"
    warned = [line for line in out.splitlines() if line.startswith("Warning")]
    assert len(warned) == 1 and "--date 2024-05-06 or --date 2024-06-05" in warned[0], out


def test_a_weekday_starting_a_headline_is_no_date_line() -> None:
    """"Tuesday Morning Briefing" was passed over as a date line; "Tuesday, November 21, 2017" still is one,
    and only session lines with their number are session lines."""
    from build_site.importer_title import top_line_reason

    assert top_line_reason("Tuesday Morning Briefing") is None
    assert top_line_reason("Tuesday, November 21, 2017") == "date line"
    assert is_session_line("Seventy-second Session,") and not is_session_line("Second Session")
    assert not is_session_line("The Seventy-second Session opened on Monday.")


def test_a_paste_stating_no_date_is_warned_about_with_the_flag_that_gives_it(tmp_path: Path, capsys) -> None:
    code, out, err, post = add(capsys, tmp_path, UNDATED, name="hpai.txt")
    assert (code, err) == (0, "") and "published" not in post.metadata
    warned = [line for line in out.splitlines() if line.startswith("Warning")]
    assert len(warned) == 1 and "hpai.txt" in warned[0] and "--date YYYY-MM-DD" in warned[0], out


def test_a_dated_paste_or_a_date_given_draws_no_date_warning(tmp_path: Path, capsys) -> None:
    """Counter-examples: a date given by --date, or stated by the text, leaves nothing to warn about."""
    (tmp_path / "given").mkdir()
    (tmp_path / "stated").mkdir()
    code, out, _, post = add(capsys, tmp_path / "given", UNDATED, "--date", "2022-04-20")
    assert code == 0 and str(post["published"]) == "2022-04-20" and "Warning" not in out
    code, out, _, post = add(capsys, tmp_path / "stated", MICHIGAN)
    assert code == 0 and "Warning" not in out


def _release_pdf(path: Path) -> Path:
    """The release set as a state office sets one in a narrow column, lines set far apart (each line a
    text box of its own), paragraphs spaced further, its date line under the headline."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_margins(72, 72)
    pdf.set_y(72)
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(COLUMN, 20, LDH_TITLE, align="L")
    pdf.ln(10)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(COLUMN, 24, LDH_DATE_LINE, align="L")
    pdf.ln(12)
    for paragraph in LDH:
        pdf.multi_cell(COLUMN, 24, paragraph, align="L")
        pdf.ln(12)
    pdf.output(str(path))
    return path


def test_a_pdf_paragraph_is_whole_where_a_sentence_ends_at_a_line_end(tmp_path: Path, capsys) -> None:
    """"… in birds." / "In the United States …" was split in two; the release's date line stayed as the
    first paragraph. Counter-example: the three paragraphs, a wider space apart, stay three."""
    source = _release_pdf(tmp_path / "ldh.pdf")
    assert "disease in birds.\n\nIn the United States" in extract_text(str(source))  # two boxes, as the trial's
    (tmp_path / "corpus").mkdir()
    code = main(["add", str(source), "-f", config_for(tmp_path / "corpus")])
    out = capsys.readouterr().out
    assert code == 0
    (path,) = (tmp_path / "corpus" / "articles").glob("*.md")
    post = frontmatter.load(path)
    assert post["title"] == LDH_TITLE and str(post["published"]) == "2024-12-13"
    assert post.content.split("\n\n") == LDH
    assert f"date line, read as date: {LDH_DATE_LINE}" in out


def test_the_advice_of_a_new_briefing_never_points_at_the_command_printing_it(tmp_path: Path, capsys) -> None:
    """`briefing check` said "(see `briefing check --top 20`)"; a build still points there."""
    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "topics").mkdir()
    (corpus / "articles" / "hpai.md").write_text(f"---\ntitle: HPAI\n---\n\n{UNDATED}", encoding="utf-8")
    assert main(["check", "-f", config_for(corpus)]) == 0
    said = capsys.readouterr().err
    assert "the codebook has no topics yet: accept candidates with `briefing accept`" in said
    assert "briefing check" not in said and "(the candidates follow, most frequent first)" in said
    _, warnings = load_inputs(corpus)
    assert any("(see `briefing check --top 20`)" in str(warning) for warning in warnings)


def test_a_release_dated_only_in_its_dateline_is_dated_from_it(tmp_path: Path, capsys) -> None:
    """Round 11's blind run: "Denver (July 12, 2024) — …" left `published` unset. The dateline stays in the text."""
    text = (HEADERS / "cdphe_presumptive_case.txt").read_text(encoding="utf-8")
    code, out, err, post = add(capsys, tmp_path, text)
    assert (code, err) == (0, "") and str(post["published"]) == "2024-07-20"
    assert post.content.startswith("Denver (July 20, 2024) — State health officials") and "Warning" not in out


@pytest.mark.parametrize(("opening", "published"), [
    ("On Tuesday, July 16, 2024 - officials said", None),  # a sentence opening with its date: no dateline
    ("DENVER — State health officials", None),  # a dateline without a date
    ("SPOKANE, Wash., July 20, 2024 - State health officials", "2024-07-20"),
])
def test_only_a_dateline_gives_its_date(opening: str, published: str | None, tmp_path: Path, capsys) -> None:
    """Counter-examples: prose opening with a date, or a dateline without one, dates nothing."""
    text = (HEADERS / "cdphe_presumptive_case.txt").read_text(encoding="utf-8")
    code, out, _, post = add(capsys, tmp_path, text.replace("Denver (July 20, 2024) — State health officials", opening))
    assert code == 0 and (str(post["published"]) if "published" in post.metadata else None) == published
    assert ("no date found in the text; add --date YYYY-MM-DD" in out) == (published is None)
