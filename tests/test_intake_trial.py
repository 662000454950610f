"""What a new user's trial (an Arctic shipping briefing) found: a new briefing's topic warning said
once, a pasted text left in the articles folder, a dotted date, a site's name before a page's title."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from build_site.cli import main
from build_site.importer_html import _without_site_name, parse_html, site_names
from tests.helpers import config_for, run_briefing
from tests.test_titles import add

TRIAL = Path(__file__).resolve().parent / "fixtures" / "trial"
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
ROSATOM = (TRIAL / "rosatom_nsr_2023.txt").read_text(encoding="utf-8")


def _new_briefing(root: Path) -> Path:
    result = run_briefing("new", str(root), "--title", "Arctic shipping")
    assert result.returncode == 0, result.stderr
    return root


def test_a_new_briefing_says_once_that_no_topic_is_named(tmp_path: Path) -> None:
    project = _new_briefing(tmp_path / "arctic")
    for number in range(3):
        text = ROSATOM.replace("36.254", f"36.25{number}").replace("12.01.2024", f"2{number}.01.2024")
        (tmp_path / f"r{number}.txt").write_text(text, encoding="utf-8")
        added = run_briefing("add", str(tmp_path / f"r{number}.txt"), "--title", f"NSR {number}", cwd=project)
        assert added.returncode == 0, added.stderr
    result = run_briefing("check", cwd=project)
    warned = [line for line in result.stderr.splitlines() if "topic" in line and "warning" in line]
    assert result.returncode == 0 and len(warned) == 1, result.stderr
    assert "the codebook has no topics yet: accept candidates with `briefing accept`" in warned[0]


def test_the_warning_names_the_codebook_folder_the_briefing_uses(tmp_path: Path) -> None:
    """A briefing whose `corpus` option names another folder is told about that folder."""
    project = _new_briefing(tmp_path / "arctic")
    (project / "corpus").rename(project / "sources")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("corpus: corpus", "corpus: sources"), encoding="utf-8")
    (project / "sources" / "articles" / "nsr.md").write_text(f"---\ntitle: NSR\n---\n\n{ROSATOM}", encoding="utf-8")
    result = run_briefing("check", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "sources/topics: warning: the codebook has no topics yet" in result.stderr, result.stderr


def test_an_article_naming_no_topic_among_others_is_still_named(tmp_path: Path, capsys) -> None:
    """Counter-example: once the codebook has topics some articles name, each other article is listed."""
    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "topics").mkdir()
    (corpus / "topics" / "actors.yml").write_text(
        "- id: rosatom\n  name: ROSATOM\n  summary: Russia's state nuclear corporation.\n", encoding="utf-8"
    )
    (corpus / "articles" / "nsr.md").write_text(f"---\ntitle: NSR\n---\n\n{ROSATOM}", encoding="utf-8")
    (corpus / "articles" / "ice.md").write_text("---\ntitle: Ice\n---\n\nThe sea ice was thin in March.\n")
    code = main(["check", "-f", config_for(corpus)])
    said = capsys.readouterr().err
    assert code == 0 and "ice.md: warning: names no topic" in said and "nsr.md: warning" not in said, said
    assert "yet:" not in said


def test_a_text_left_in_the_articles_folder_warns_until_the_advice_is_followed(tmp_path: Path) -> None:
    """Following each warning's advice leads to a corpus without it; `add` moves no file itself."""
    project = _new_briefing(tmp_path / "arctic")
    left = project / "corpus" / "articles" / "nsr-record.txt"
    left.write_text(ROSATOM, encoding="utf-8")
    first = run_briefing("check", cwd=project).stderr
    assert "nsr-record.txt: warning: not an article: use `briefing add corpus/articles/nsr-record.txt`" in first
    assert run_briefing("add", "corpus/articles/nsr-record.txt", cwd=project).returncode == 0
    assert left.exists()
    second = [line for line in run_briefing("check", cwd=project).stderr.splitlines() if "nsr-record.txt" in line]
    assert len(second) == 1 and "already imported as corpus/articles/historical-record" in second[0], second
    assert "delete it" in second[0]
    left.unlink()
    assert "not an article" not in run_briefing("check", cwd=project).stderr


def test_a_text_beside_an_article_of_other_text_is_not_called_imported(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "articles" / "ice.md").write_text("---\ntitle: Ice\n---\n\nThe sea ice was thin in March.\n")
    (corpus / "articles" / "nsr.txt").write_text(ROSATOM, encoding="utf-8")
    main(["check", "-f", config_for(corpus)])
    said = capsys.readouterr().err
    assert "nsr.txt: warning: not an article: use `briefing add" in said and "already imported" not in said


def test_a_dotted_date_that_reads_two_ways_is_warned_about(tmp_path: Path, capsys) -> None:
    code, out, err, post = add(capsys, tmp_path, ROSATOM)
    assert code == 0 and "published" not in post.metadata
    assert "reads as 12 January 2024 or 1 December 2024; add --date 2024-01-12 or --date 2024-12-01" in out + err
    assert "Communications Department of ROSATOM, published 12.01.2024" in out  # listed as dropped
    assert "12.01.2024" not in post.content


def test_a_dotted_date_that_reads_one_way_is_read_day_first(tmp_path: Path, capsys) -> None:
    code, _, err, post = add(capsys, tmp_path, ROSATOM.replace("12.01.2024", "25.01.2024"))
    assert code == 0 and post.metadata["published"] == dt.date(2024, 1, 25) and "published left unset" not in err


def test_a_sentence_with_published_and_a_dotted_number_stays_in_the_body(tmp_path: Path, capsys) -> None:
    """Counter-example: prose that names a publication is not a source line."""
    line = "The figures, published in the yearly review of 2024, show growth of 12.5 percent."
    code, _, _, post = add(
        capsys, tmp_path, ROSATOM.replace("Communications Department of ROSATOM, published 12.01.2024", line)
    )
    assert code == 0 and line in post.content and "published" not in post.metadata


def test_a_source_line_with_a_dotted_date_in_a_pages_text_is_metadata(tmp_path: Path, capsys) -> None:
    """The page's body: the source line is read as the date's line (here reading two ways), not kept as text."""
    page = (
        "<html><head><title>NSR cargo record</title></head><body><article><h1>NSR cargo record</h1>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in ROSATOM.split("\n\n")[1:])
        + "</article></body></html>"
    )
    code, out, err, post = add(capsys, tmp_path, page, name="page.html")
    assert code == 0 and "published" not in post.metadata, out + err
    assert "add --date 2024-01-12 or --date 2024-12-01" in out + err
    assert "Communications Department" not in post.content and "Communications Department" in out


def test_the_sites_abbreviation_before_a_pages_title_is_cut() -> None:
    draft = parse_html((PAGES / "bmjv_preisanpassung.html").read_text(encoding="utf-8", errors="replace"))
    assert draft.meta["title"] == "Transparenz bei Preisanpassungen"


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        (
            "Reuters | Mali: junta extends transition",
            "Reuters",
            "https://www.reuters.com/world/",
            "Mali: junta extends transition",
        ),
        (
            "Mali: junta extends transition",
            "Reuters",
            "https://www.reuters.com/world/",
            "Mali: junta extends transition",
        ),
        (
            "FBI – Two charged in Arctic sanctions case",
            "Federal Bureau of Investigation",
            None,
            "Two charged in Arctic sanctions case",
        ),
        (
            "Arctic | Sea ice at a record low",
            "High North News",
            "https://www.highnorthnews.com/",
            "Arctic | Sea ice at a record low",
        ),
    ],
)
def test_a_name_before_the_title_is_cut_only_when_it_is_the_sites(
    title: str, site: str, url: str | None, expected: str
) -> None:
    assert _without_site_name(title, site, site_names(site, url)) == expected


def test_the_fixture_is_not_changed_by_add(tmp_path: Path) -> None:
    """`add` reads the text left in the articles folder; it never moves or rewrites it."""
    project = _new_briefing(tmp_path / "arctic")
    left = project / "corpus" / "articles" / "nsr.txt"
    shutil.copy(TRIAL / "rosatom_nsr_2023.txt", left)
    run_briefing("add", "corpus/articles/nsr.txt", cwd=project)
    assert left.read_text(encoding="utf-8") == ROSATOM
