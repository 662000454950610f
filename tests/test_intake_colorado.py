"""What a new user's Colorado River briefing met in `briefing add` (issue 16, round 13), each on the
real paste it was met on (tests/fixtures/colorado_paste) and a counter-example: Wikipedia's tagline
taken as the title, a release's contact lines kept as headings, a byline naming the publisher taken
as the author, a duplicate refused with no way forward, and paths printed whole."""

from __future__ import annotations

import re
from pathlib import Path

import frontmatter
import pytest

from build_site.cli import main
from build_site.importer_batch import UNDATED
from tests.helpers import ROOT, add, config_for, tree_digest

PASTES = ROOT / "tests" / "fixtures" / "colorado_paste"



def only_article(corpus: Path) -> frontmatter.Post:
    (path,) = (corpus / "articles").glob("*.md")
    return frontmatter.load(path)


def paste(tmp_path: Path, text: str, name: str = "paste.txt") -> str:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return str(source)


def prose_lines(source: Path) -> list[str]:
    """The source's paragraphs of prose: lines of more than twelve words ending a sentence."""
    lines = source.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if len(line.split()) > 12 and line.endswith((".", '"'))]


# --- 1. Wikipedia's tagline under the article's title ----------------------------------------------


def test_wikipedias_tagline_under_a_short_title_is_passed_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was offered as the title ("… names 0 of its 3 content words"), the real one refused."""
    source = PASTES / "wikipedia-compact.txt"
    code, out, err = add(capsys, tmp_path / "corpus", str(source))
    assert (code, err) == (0, "")
    post = only_article(tmp_path / "corpus")
    assert post["title"] == "Colorado River Compact"
    assert "  - encyclopedia tagline: From Wikipedia, the free encyclopedia" in out
    assert "Wikipedia" not in post.content
    assert all(line in post.content for line in prose_lines(source))


def test_a_headline_that_starts_like_the_tagline_is_a_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = add(
        capsys,
        tmp_path / "corpus",
        paste(
            tmp_path,
            (
                "From Wikipedia, the free encyclopedia, to a river of edits over the Compact\n\n"
                "Editors of the encyclopedia have rewritten the history of the Colorado River Compact forty times this year, "
                "as the seven states argue over the river's future.\n"
            ),
        ),
        "--date",
        "2023-05-01",
    )
    assert (code, err) == (0, "")
    assert only_article(tmp_path / "corpus")["title"].startswith("From Wikipedia, the free encyclopedia, to a river")


# --- 2. a release's contact lines ----------------------------------------------------------------------


def test_a_releases_contact_lines_are_dropped_and_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The lines "Media Contact: Lower Basin: …" and "Upper Basin: …" under it became `##` headings."""
    source = PASTES / "reclamation-contacts.txt"
    code, out, err = add(capsys, tmp_path / "corpus", str(source))
    assert (code, err) == (0, "")
    post = only_article(tmp_path / "corpus")
    assert "  - contact line: Media Contact: Lower Basin: Patricia Aaron, 702-293-8189" in out
    assert "  - contact line: Upper Basin: Marlon Duke, 801-524-3774" in out
    assert "Basin:" not in post.content and "#" not in post.content
    assert all(line in post.content for line in prose_lines(source))


def test_a_number_in_prose_or_away_from_a_contact_label_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = add(
        capsys,
        tmp_path / "corpus",
        paste(
            tmp_path,
            (
                "Water district opens a hotline for leaks along the canal\n\n"
                "LAKE HAVASU CITY — The district opened a hotline on Monday for residents who see water leaking from the canal.\n\n"
                "Leak hotline: 928-555-0143\n\n"
                "Residents can call the district at 928-555-0143 to report a leak, officials said\n\n"
                "Contact us\n\n"
                "The line is staffed from 7 a.m. to 5 p.m. on weekdays, the district said.\n"
            ),
        ),
        "--date",
        "2024-03-04",
    )
    assert (code, err) == (0, "")
    content = only_article(tmp_path / "corpus").content
    assert "contact line" not in out
    for kept in ("Leak hotline: 928-555-0143", "Residents can call the district at 928-555-0143", "Contact us"):
        assert kept in content


# --- 3. a byline that names the publisher --------------------------------------------------------------


def test_a_byline_naming_the_paper_is_its_publisher_not_its_author(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pages showed "Mohave Valley Daily News · Mohave Valley Daily News"."""
    source = PASTES / "mohave-valley-byline.txt"
    code, out, err = add(capsys, tmp_path / "corpus", str(source), "--date", "2023-07-07")
    assert (code, err) == (0, "")
    post = only_article(tmp_path / "corpus")
    assert "author" not in post.metadata
    assert post["publisher"] == "Mohave Valley Daily News"
    assert "  - byline naming the publisher: By Mohave Valley Daily News" in out
    assert all(line in post.content for line in prose_lines(source))


@pytest.mark.parametrize(
    ("byline", "flags", "author", "publisher"),
    [
        ("By Mohave Valley Daily News", ("--publisher", "Mohave Valley Daily News"), None, "Mohave Valley Daily News"),
        (
            "By Upper Colorado River Commission",
            ("--publisher", "Upper Colorado River Commission"),
            "Upper Colorado River Commission",
            "Upper Colorado River Commission",
        ),  # a body signing its own release is its author (round10/06, the Wikimedia Foundation's, is judged so)
        (
            "By Patricia Aaron",
            ("--publisher", "Mohave Valley Daily News"),
            "Patricia Aaron",
            "Mohave Valley Daily News",
        ),
        ("By Emily Post", (), "Emily Post", None),  # a person whose name ends like a paper's
        ("By The Associated Press", (), None, "The Associated Press"),
    ],
)
def test_who_a_byline_names(
    byline: str,
    flags: tuple[str, ...],
    author: str | None,
    publisher: str | None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = add(
        capsys,
        tmp_path / "corpus",
        paste(
            tmp_path,
            (
                f"Bullhead City council approves a grant application for two water plants\n\n{byline}\n\n"
                "BULLHEAD CITY — The council approved on Wednesday night a grant application for two new surface water "
                "treatment plants aimed at the city's hard water.\n"
            ),
        ),
        "--date",
        "2023-07-07",
        *flags,
    )
    assert (code, err) == (0, "")
    post = only_article(tmp_path / "corpus")
    assert (post.get("author"), post.get("publisher")) == (author, publisher)


# --- 4. the same text again, with the date that was missing -------------------------------------------


def test_adding_again_with_a_date_says_how_to_give_the_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = str(PASTES / "wikipedia-compact.txt")
    corpus = tmp_path / "corpus"
    code, out, _ = add(capsys, corpus, source)
    assert code == 0 and "published left unset" in out and "add --date" in out
    before = tree_digest(corpus)
    code, out, err = add(capsys, corpus, source, "--date", "1922-11-24")
    assert (code, out, err.count("\n")) == (1, "", 1)
    assert err.endswith(
        "wikipedia-compact.txt: error: has the same text as corpus/articles/colorado-river-compact.md, which is already in the"
        " corpus; to change its front matter (a `published:` date, say) edit that file, or"
        " `briefing remove colorado-river-compact` first\n"
    )
    assert tree_digest(corpus) == before


def test_the_way_forward_works(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`briefing remove` as the refusal says, then `add --date` imports the text dated."""
    source = str(PASTES / "wikipedia-compact.txt")
    corpus = tmp_path / "corpus"
    assert add(capsys, corpus, source)[0] == 0
    assert main(["remove", "colorado-river-compact", "-f", config_for(corpus)]) == 0
    capsys.readouterr()
    assert add(capsys, corpus, source, "--date", "1922-11-24")[0] == 0
    assert str(only_article(corpus)["published"]) == "1922-11-24"


# --- 5. paths as the README shows them ----------------------------------------------------------------


def test_paths_are_printed_relative_to_the_briefing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the briefing's folder or inside it, the files are `corpus/articles/…`, never absolute."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    monkeypatch.chdir(corpus)  # a user working inside the corpus folder
    sources = [str(PASTES / name) for name in ("wikipedia-compact.txt", "reclamation-contacts.txt")]
    code, out, err = add(capsys, corpus, *sources)
    assert (code, err) == (0, "")
    assert re.findall(r"^Wrote (\S+)", out, re.MULTILINE) == [
        "corpus/articles/colorado-river-compact.md",
        "corpus/articles/interior-and-reclamation-seek-formal-input-from-governors-to.md",
    ]
    summary = out.split("2 of 2 inputs imported:\n")[1].splitlines()
    assert summary == [
        f"  {sources[0]}: imported as corpus/articles/colorado-river-compact.md, undated: {UNDATED}",
        f"  {sources[1]}: imported as corpus/articles/interior-and-reclamation-seek-formal-input-from-governors-to.md",
    ]
    assert str(tmp_path) not in out
