"""What a new user's trial (a briefing on lithium mining in the Andes) found wrong in `add`, each
beside a counter-example that keeps its answer: a byline lost from a served page, a directory
listing imported with a date read from a link, a wire paste's date line and byline, a BBC paste's
"Published" label, an obvious headline refused, and a refusal printed twice with several inputs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from build_site.importer import prepare
from tests.helpers import add_to_new_corpus, served_folder

TRIAL = Path(__file__).resolve().parent / "fixtures" / "lithium_trial"
GUARDIAN = "world/2024/jan/war-over-lithium-argentina.html"
NACLA = "news/2023/08/jujuy-mining-anti-democratic-reforms.html"



@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The trial's pages served from a folder as the trial served them; its base address."""
    root = tmp_path_factory.mktemp("served")
    for page in (GUARDIAN, NACLA):
        (root / page).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(TRIAL / Path(page).name, root / page)
    with served_folder(root) as base:
        yield base


add = add_to_new_corpus


def paste(tmp_path: Path, name: str, text: str) -> str:
    """A pasted text saved as a file, as a user saves one."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# --- 1. a served page's byline, left out by the extractor -------------------------------------


def test_a_posted_line_under_the_headline_gives_the_author_and_date_and_is_listed(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err, posts = add(capsys, tmp_path, f"{server}/{GUARDIAN}")
    assert code == 0, err
    assert posts[0]["author"] == "Harriet Barber" and str(posts[0]["published"]) == "2024-01-12"
    assert "Posted January 12, 2024 by Harriet Barber, The Guardian" in out  # listed as dropped, not lost
    assert "Posted January" not in posts[0].content


def test_a_page_whose_byline_the_extractor_kept_out_lists_it_too(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Counter-example: the NACLA page's deck stays the text's first paragraph; its byline, which
    the metadata names already, is listed, and no line of the story is listed as left out."""
    code, out, err, posts = add(capsys, tmp_path, f"{server}/{NACLA}")
    assert code == 0, err
    assert posts[0]["author"] == "Susi Maresca" and str(posts[0]["published"]) == "2023-08-12"
    assert posts[0].content.startswith("Protests in northern Argentina continue")
    assert "byline of the author already read: By Susi Maresca" in out
    assert "left out by the extractor" not in out


# --- 2. a directory listing ----------------------------------------------------------------------


def test_a_directory_listing_is_refused_in_one_line(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err, posts = add(capsys, tmp_path, f"{server}/news/")
    assert code == 1 and posts == []
    assert err.splitlines() == [
        f"{server}/news/: error: is mostly links (100% of the text found is link text): an index page, not an article"
    ]


def test_a_year_in_a_link_is_no_date_of_the_page() -> None:
    """A page that states no date, with a year only in a link's text, is not dated the first of that
    year; counter-example: the same page stating that day keeps it."""
    story = " ".join(["The salt flat's lagoons shrank again this winter, the community's survey found."] * 8)
    page = (
        '<html><body><a href="/"><img src="logo.png" alt=""></a>'  # a link with no text: the page's logo
        "<h1>Lagoons shrink on the salt flat</h1><p>{stated}{story}</p>"
        '<p>See also: <a href="/archive/2023/">2023</a></p></body></html>'
    )
    undated = prepare(page.format(stated="", story=story).encode(), "html", {})
    assert "published" not in undated.meta
    assert any("is read from a link's text ('2023')" in warning for warning in undated.draft.warnings)
    dated = prepare(page.format(stated="January 1, 2023. ", story=story).encode(), "html", {})
    assert str(dated.meta["published"]) == "2023-01-01"


# --- 3. a pasted wire story ---------------------------------------------------------------------


def test_a_wire_paste_gives_its_date_line_and_its_written_by_byline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err, posts = add(capsys, tmp_path, str(TRIAL / "a1-codelco-urgency.txt"))
    assert code == 0, err
    post = posts[0]
    assert str(post["published"]) == "2023-05-24" and post["author"] == "Fabian Cambero"
    assert "Written by" not in post.content and "11:07" not in post.content
    assert "date line, read as date: May 24, 2023 — 11:07 am EDT" in out
    assert post.content.startswith("SANTIAGO, May 24 (Reuters)")


def test_a_sentence_with_by_and_for_stays_in_the_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Counter-example: "Written by hand for …" and a date opening a sentence are prose, not metadata."""
    text = (TRIAL / "a1-codelco-urgency.txt").read_text(encoding="utf-8")
    text = text.replace("May 24, 2023 — 11:07 am EDT", "May 24, 2023 — the day Codelco set out its plan — was a Wednesday.")
    text = text.replace("Written by Fabian Cambero for Reuters", "Written by hand for the board, the plan ran to ten pages.")
    code, _, err, posts = add(capsys, tmp_path, paste(tmp_path, "wire.txt", text))
    assert code == 0, err
    assert "Written by hand for the board" in posts[0].content and "author" not in posts[0].metadata
    assert "was a Wednesday." in posts[0].content


# --- 4. the BBC's "Published" label ---------------------------------------------------------------


def test_a_published_label_with_no_date_is_dropped_and_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err, posts = add(capsys, tmp_path, str(TRIAL / "a10-bbc-white-gold.txt"))
    assert code == 0, err
    assert "- Published" not in posts[0].content and "date label with no date after it: Published" in out


def test_a_published_label_reads_the_date_under_it_and_a_list_of_states_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Counter-examples: the label with its date on the next line (as a BBC page copies both) gives
    the date; "Published" as one item of a list in the story is the story's."""
    text = (TRIAL / "a10-bbc-white-gold.txt").read_text(encoding="utf-8")
    dated = text.replace("- Published\n", "- Published\n\n16 August 2023\n")
    code, out, err, posts = add(capsys, tmp_path, paste(tmp_path, "bbc.txt", dated))
    assert code == 0, err
    assert str(posts[0]["published"]) == "2023-08-16" and "16 August 2023" not in posts[0].content
    states = text + "\nThe permits' states, as the province lists them:\n\n- Draft\n- Published\n- Revoked\n"
    code, _, err, posts = add(capsys, tmp_path / "states", paste(tmp_path, "states.txt", states))
    assert code == 0, err
    assert "- Draft\n- Published\n- Revoked" in posts[0].content


# --- 5. an obvious headline ----------------------------------------------------------------------


def test_a_headline_whose_words_the_story_names_past_its_deck_is_taken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The opinion piece's deck and background paragraph fill the first 120 words; the words of its
    headline ("partner", "Atacama", "salt flat") come after them, and count half there."""
    code, _, err, posts = add(capsys, tmp_path, str(TRIAL / "a11-codelco-better-partner.txt"))
    assert code == 0, err
    assert posts[0]["title"] == "Codelco can do more if given a better partner for the Atacama salt flat"


def test_a_text_with_no_headline_is_still_asked_for_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Counter-example (a dev text): an AI disclaimer over prose is no headline, however far one reads."""
    code, _, err, _ = add(capsys, tmp_path, str(TRIAL / "citizenportal-council-meetings.txt"))
    assert code == 1 and "has no clear title: add --title" in err and len(err.splitlines()) == 1


# --- 6. several inputs: each refusal said once -----------------------------------------------------


def test_with_several_inputs_each_refusal_is_one_line_of_the_summary(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = [str(TRIAL / "a11-codelco-better-partner.txt"), f"{server}/news/", f"{server}/missing.html"]
    code, out, err, posts = add(capsys, tmp_path, *inputs)
    assert code == 1 and len(posts) == 1
    summary = out.split("1 of 3 inputs imported:\n")[1].splitlines()
    assert summary[1].startswith(f"  {server}/news/: refused: is mostly links")
    assert summary[2].startswith(f"  {server}/missing.html: refused: answered 404")
    assert (out + err).count("is mostly links") == 1 and (out + err).count("answered 404") == 1
    assert err.splitlines() == ["briefing add: 2 of 3 inputs refused (listed above)"]


def test_one_input_refused_is_one_error_line(server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Counter-example: with one input there is no summary; the refusal is the error line."""
    code, out, err, posts = add(capsys, tmp_path, f"{server}/missing.html")
    assert code == 1 and posts == [] and "inputs imported" not in out
    assert err.splitlines() == [f"{server}/missing.html: error: answered 404 File not found; nothing was imported"]
