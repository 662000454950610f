"""`briefing add`: the five seeds become the fixture briefing's articles, unseen inputs import cleanly,
bad input fails with one line naming the file.

The seeds in tests/fixtures/raw/ are the raw articles as collected, copied byte for byte; the
other raw fixtures are made up to look like what users will bring (wire copy, a blog post with
comments, a saved web page, a Markdown note). Every test imports into tmp_path, never into the
real corpus or the fixture.
"""
from __future__ import annotations

import re
from pathlib import Path

import frontmatter
import markdown
import pytest

from build_site.cli import main
from build_site.corpus import load_article
from tests.helpers import FIXTURE_CORPUS, ROOT, config_for

RAW = ROOT / "tests" / "fixtures" / "raw"
CORPUS = FIXTURE_CORPUS / "articles"

# The flags each fixture article was created with: seed file -> (file stem, flags).
SEED_FLAGS: dict[str, tuple[str, list[str]]] = {
    "000_357b7010912a769c.txt": ("growing-security-challenges-at-the-mexico-us-border", [
        "--type", "analysis",
        "--url", "https://laverdadnoticias.com/ultimas-noticias/mexico-and-the-u-s-strengthen-border-security"
                 "-key-takeaways-from-the-military-leaders-call?amp=1"]),
    "001_3867064bede867f8.txt": ("us-mexico-military-cooperation-and-security-initiatives", [
        "--publisher", "MexicoHistorico.com", "--type", "analysis",
        "--url", "https://mexicohistorico.com/paginas/US-Mexico-Military-Cooperation-and-Security-Initiatives.html"]),
    "002_a33e620432501c52.txt": ("sheinbaum-highlights-us-role-in-strengthening-mexico", []),
    "003_bb0b1d974d374ec2.txt": ("us-and-mexico-bolster-cross-border-security-cooperation-amid", [
        "--date", "2025-09-05",
        "--url", "https://deadnet.dotdoing.com/2025/09/05/us-and-mexico-bolster-cross-border-security-cooperation"
                 "-amid-rubio-visit"]),
    "004_958587eb90e9b2c6.txt": ("border-issues-the-us-mexico-shared-security-interests", [
        "--publisher", "Dissecting Society", "--type", "opinion",
        "--url", "https://dissectingsociety.blogspot.com/2019/04/border-issues-us-mexico-shared-security.html"]),
}

# Lines of each seed that are not the article (title aside): everything else must be kept.
SEED_DROPPED: dict[str, list[str]] = {
    "000_357b7010912a769c.txt": [],
    "001_3867064bede867f8.txt": ["More in MexicoHistorico.com:"],
    "002_a33e620432501c52.txt": [],
    "003_bb0b1d974d374ec2.txt": [
        "US and Mexico Commit to Enhanced Cross-Border Security Cooperation Following Rubio Visit"],
    "004_958587eb90e9b2c6.txt": [
        "By Scott Morgan", "(Image: US-Mexico Border[Ed] - USA Today via Google Images)",
        "[The views expressed in this publication are solely those of the author(s)", "Comments", "1. Hi Morgan,",
        "Mexico is a bomb waiting to explode", "Cheers", "ReplyDelete", "2. I heard this issue already cost",
        "ReplyDelete", "Post a Comment", "Dissecting Society™ welcomes all sorts of comments", "© 2007-2023 Dissecting Society™"],
}


def add(capsys: pytest.CaptureFixture[str], source: Path, corpus: Path, *flags: str) -> tuple[int, str, str]:
    """Run `briefing add` the way a user does; return exit code, stdout and stderr."""
    corpus.mkdir(exist_ok=True)
    code = main(["add", str(source), *flags, "-f", config_for(corpus)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def imported(corpus: Path) -> Path:
    """The one file an import wrote."""
    (path,) = (corpus / "articles").glob("*.md")
    return path


def body_lines(path: Path) -> list[str]:
    """Body lines with the Markdown block markers taken off, to compare with the raw text."""
    content = frontmatter.load(path).content
    return [re.sub(r"^\s*(?:#+ |- |\d+\. )", "", line) for line in content.splitlines() if line.strip()]


def test_the_fixture_holds_exactly_the_five_seeds() -> None:
    assert sorted(p.stem for p in CORPUS.glob("*.md")) == sorted(stem for stem, _ in SEED_FLAGS.values())


@pytest.mark.parametrize("seed", sorted(SEED_FLAGS))
def test_seed_import_is_the_fixture_article(seed: str, tmp_path: Path, capsys) -> None:
    stem, flags = SEED_FLAGS[seed]
    code, out, err = add(capsys, RAW / seed, tmp_path, *flags)
    assert (code, err) == (0, "")
    path = imported(tmp_path)
    assert path.name == f"{stem}.md"
    assert path.read_text(encoding="utf-8") == (CORPUS / path.name).read_text(encoding="utf-8")
    article, problems = load_article(path)
    assert article is not None and problems == []
    assert f"Wrote {path.relative_to(tmp_path.parent).as_posix()} (" in out  # relative to the briefing's folder


@pytest.mark.parametrize("seed", sorted(SEED_FLAGS))
def test_seed_keeps_every_line_of_the_article_and_drops_only_boilerplate(seed: str, tmp_path: Path, capsys) -> None:
    code, out, _ = add(capsys, RAW / seed, tmp_path, *SEED_FLAGS[seed][1])
    assert code == 0
    raw_lines = [line.strip() for line in (RAW / seed).read_text(encoding="utf-8").splitlines() if line.strip()]
    kept = body_lines(imported(tmp_path))
    article_lines = [re.sub(r"^(?:\d\. |- )", "", line) for line in raw_lines[1:]]
    missing = [line for line in article_lines if line not in kept]
    expected = SEED_DROPPED[seed]
    assert len(missing) == len(expected)
    for line, start in zip(missing, expected):
        assert start.removeprefix("1. ").removeprefix("2. ") in line or line.startswith(start)
        assert line[:40] in out  # the report shows every dropped line
    assert len(kept) == len(article_lines) - len(expected)  # nothing added either


def test_seed_000_lists_nest_bullets_under_numbered_items(tmp_path: Path, capsys) -> None:
    add(capsys, RAW / "000_357b7010912a769c.txt", tmp_path)
    content = frontmatter.load(imported(tmp_path)).content
    assert ("1. Drug Trafficking and Cartel Activity\n"
            "    - The illicit drug trade continues to fuel violence and corruption on both sides of the border.\n"
            ) in content
    assert "\n- Supporting the Department of Homeland Security (DHS) in border security operations.\n" in content
    assert "\n## What Is USNORTHCOM’s Role in Border Security?\n" in content
    assert "\n## A Critical Moment for Bilateral Security\n" in content
    html = markdown.markdown(content)
    assert "<li>Drug Trafficking and Cartel Activity<ul>" in html
    assert (html.count("<ol>"), html.count("<ul>"), html.count("<li>"), html.count("<h2>")) == (3, 12, 34, 6)


def test_seed_003_keeps_its_dateline_and_drops_the_repeated_headline(tmp_path: Path, capsys) -> None:
    _, out, _ = add(capsys, RAW / "003_bb0b1d974d374ec2.txt", tmp_path)
    post = frontmatter.load(imported(tmp_path))
    assert post["title"] == "US and Mexico Bolster Cross-Border Security Cooperation Amid Rubio Visit"
    assert post.content.startswith("MEXICO CITY – The United States and Mexico have reaffirmed their commitment")
    assert "Commit to Enhanced" not in post.content
    assert "dateline: MEXICO CITY (kept in the text)" in out
    assert post.content.count("\n## ") == 2


def test_seed_004_reads_the_byline_and_drops_comments_and_notices(tmp_path: Path, capsys) -> None:
    _, out, _ = add(capsys, RAW / "004_958587eb90e9b2c6.txt", tmp_path, "--type", "opinion")
    post = frontmatter.load(imported(tmp_path))
    assert (post["author"], post["type"]) == ("Scott Morgan", "opinion")
    for gone in ("By Scott Morgan", "Comments", "ReplyDelete", "Post a Comment", "Hi Morgan", "(Image:",
                 "ALL RIGHTS RESERVED", "The views expressed", "©"):
        assert gone not in post.content
    assert post.content.rstrip().endswith("It does need to be resolved..")  # the author's double period stays
    assert "\nCorruption on both sides of the Border are a major issue as well.\n" in post.content
    assert "author: Scott Morgan (found)" in out


def test_wire_story_reflows_wrapped_lines_and_drops_the_credit_line(tmp_path: Path, capsys) -> None:
    code, out, _ = add(capsys, RAW / "wire_story.txt", tmp_path)
    post = frontmatter.load(imported(tmp_path))
    assert code == 0
    assert post["author"] == "Laura Quintero and Daniel Hart"
    paragraphs = post.content.strip().split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0] == (
        "MEXICO CITY, Aug 12 (Reuters) - Mexico sent 26 people accused of drug trafficking and other crimes to "
        "the United States on Tuesday, the country's security cabinet said, the second mass transfer of cartel "
        "suspects this year as Washington presses for tougher action against fentanyl smugglers.")
    assert "Reporting by" not in post.content and "credit line: (Reporting by" in out
    assert "dateline: MEXICO CITY, Aug 12 (Reuters)" in out


def test_blog_post_loses_comments_and_widgets_but_keeps_its_list(tmp_path: Path, capsys) -> None:
    add(capsys, RAW / "blog_with_comments.txt", tmp_path, "--type", "opinion")
    post = frontmatter.load(imported(tmp_path))
    assert (post["author"], post["type"]) == ("Ana Ruiz", "opinion")
    assert ("## What Would Actually Help\n\n1. More scanners at ports of entry.\n"
            "2. Steady funding for inspectors, not surges.\n") in post.content
    assert post.content.rstrip().endswith("None of this makes for a good campaign ad. But it would work.")
    for gone in ("Posted in", "Share this", "Twitter", "Facebook", "Loading", "Comments", "said...", "Reply",
                 "All rights reserved"):
        assert gone not in post.content


def test_saved_web_page_keeps_the_article_and_its_metadata(tmp_path: Path, capsys) -> None:
    code, out, _ = add(capsys, RAW / "saved_page.html", tmp_path, "--publisher", "Frontera Daily (Monterrey)")
    path = imported(tmp_path)
    post = frontmatter.load(path)
    assert code == 0 and load_article(path)[1] == []
    assert list(post.metadata) == ["title", "publisher", "author", "published", "url", "language", "type"]
    assert post["title"] == "U.S. and Mexico open joint security office in Monterrey"
    assert post["publisher"] == "Frontera Daily (Monterrey)"  # the flag wins over og:site_name
    assert (post["author"], str(post["published"])) == ("Julia Mendez", "2025-06-18")
    assert post["url"] == "https://fronteradaily.example/2025/06/joint-office-monterrey"
    assert post.content.startswith("MONTERREY, Mexico — Officials from both countries opened a joint office")
    for gone in ("News", "Opinion", "story", "Share on", "The new office in Monterrey", "Related", "First!",
                 "newsletter", "©", "window.dataLayer", "font-family"):
        assert gone not in post.content
    html = markdown.markdown(post.content)
    assert "<h2>What the office will do</h2>" in html and "<h3>Reactions</h3>" in html
    assert "<li>Sharing ballistic data<ul>\n<li>within 48 hours of a seizure</li>" in html
    assert "<p>1. The first case is expected in July.</p>" in html  # prose that looks like a list stays prose
    assert re.search(r"kept \d+ of the page's \d+ visible words as the article", out)  # the rest was not article


def test_markdown_note_keeps_its_front_matter_and_escapes_only_accidental_syntax(tmp_path: Path, capsys) -> None:
    add(capsys, RAW / "note_with_front_matter.md", tmp_path)
    path = imported(tmp_path)
    article, problems = load_article(path)
    assert article is not None and problems == []
    assert article.title == 'Navy seizes "semi-submersible" off Oaxaca: what we know'
    assert (article.publisher, str(article.published)) == ("Pacific Watch", "2024-11-02")
    assert article.body.count("Navy seizes") == 0  # the repeated # headline
    html = markdown.markdown(article.body)
    assert "<h2>The seizure</h2>" in html
    assert "<p>#Oaxaca is the third state this year to report such a seizure.</p>" in html
    assert "More in" not in article.body


def test_html_in_a_declared_charset_is_decoded_with_it(tmp_path: Path, capsys) -> None:
    page = tmp_path / "page.html"
    page.write_bytes('<html><head><meta charset="windows-1252"><title>Café</title></head>'
                     '<body><p>Un café político – en Mérida.</p></body></html>'.encode("cp1252"))
    code, _, _ = add(capsys, page, tmp_path / "corpus")
    assert code == 0
    assert frontmatter.load(imported(tmp_path / "corpus")).content.strip() == "Un café político – en Mérida."


def test_page_without_article_element_keeps_a_wrapper_named_like_boilerplate(tmp_path: Path, capsys) -> None:
    """Themes name the main wrapper "has-sidebar": a block holding most of the text is the article."""
    page = tmp_path / "page.html"
    page.write_text('<html><body><div class="content has-sidebar"><h1>Port checks rise</h1>'
                    '<p>Inspections at the Laredo crossing rose again in March.</p>'
                    '<p>Officials expect the trend to continue.</p></div>'
                    '<div class="sidebar">Most read</div></body></html>', encoding="utf-8")
    assert add(capsys, page, tmp_path / "corpus")[0] == 0
    assert frontmatter.load(imported(tmp_path / "corpus")).content == (
        "Inspections at the Laredo crossing rose again in March.\n\nOfficials expect the trend to continue.")


def _error_case(tmp_path: Path, case: str) -> tuple[Path, list[str]]:
    """A bad input file (and flags) for each error the importer must report in one line."""
    path = tmp_path / f"{case}.txt"
    flags: list[str] = []
    if case == "binary":
        path.write_bytes(b"Title\n\x00\x01\x02 data")
    elif case == "latin1":
        path.write_bytes("Título\n\nUn texto en latín-1.\n".encode("latin-1"))
    elif case == "empty":
        path.write_text(" \n\n\t\n", encoding="utf-8")
    elif case == "only_boilerplate":
        path.write_text("A Title\n\nShare this:\n© 2024 Someone. All rights reserved.\n", encoding="utf-8")
    elif case == "utf16":
        path.write_bytes("A Title\n\nSaved by Notepad as Unicode.\n".encode("utf-16"))
    elif case == "folder":
        path = tmp_path / "a-folder.txt"
        path.mkdir()
    elif case == "bad_url":
        path.write_text("A Title\n\nSome text of the article.\n", encoding="utf-8")
        flags = ["--url", "not a url"]
    elif case in ("bad_date", "unreal_date"):
        path.write_text("A Title\n\nSome text of the article.\n", encoding="utf-8")
        flags = ["--date", "03/09/2025" if case == "bad_date" else "2025-02-30"]
    return path, flags


@pytest.mark.parametrize("case", ["missing", "binary", "latin1", "utf16", "folder", "empty", "only_boilerplate",
                                  "bad_date", "unreal_date", "bad_url"])
def test_bad_input_fails_with_one_line_naming_the_file(case: str, tmp_path: Path, capsys) -> None:
    path, flags = _error_case(tmp_path, case)
    code, out, err = add(capsys, path, tmp_path / "corpus", *flags)
    assert code == 1
    assert len(err.splitlines()) == 1 and str(path) in err and "Traceback" not in err
    assert not (tmp_path / "corpus" / "articles").exists() or not any((tmp_path / "corpus" / "articles").iterdir())


def test_never_overwrites_and_never_imports_the_same_text_twice(tmp_path: Path, capsys) -> None:
    source = RAW / "wire_story.txt"
    assert add(capsys, source, tmp_path)[0] == 0
    existing = imported(tmp_path)
    before = existing.read_text(encoding="utf-8")
    shown = existing.relative_to(tmp_path.parent).as_posix()  # as the briefing's folder sees it

    code, _, err = add(capsys, source, tmp_path, "--author", "Someone Else")
    assert code == 1 and len(err.splitlines()) == 1 and shown in err and "same text" in err

    code, _, err = add(capsys, source, tmp_path, "--title", "Same story, another headline")
    assert code == 1 and len(err.splitlines()) == 1 and shown in err and "same text" in err

    other = tmp_path / "other.txt"  # another story under the same headline
    other.write_text(source.read_text(encoding="utf-8").splitlines()[0] + "\n\nA different story of the Mexico extradition, told by others.\n")
    code, _, err = add(capsys, other, tmp_path)
    assert code == 1 and len(err.splitlines()) == 1 and shown in err and "overwrite" in err

    assert existing.read_text(encoding="utf-8") == before
    assert [existing] == list((tmp_path / "articles").glob("*.md"))


# --- what a new user brought: comment threads, subheads, wrapped headlines, date lines ------------

BLOG_WITH_COMMENTS = """Cartels Are Adapting Faster Than Policy

Posted on July 14, 2025 by Mark Hollis

The new joint task force is a start, but the cartels move faster than any ministry.

Fentanyl precursors now arrive through three ports instead of one, officials say.

12 comments

Jorge R. says:
July 14, 2025 at 9:12 pm
Great piece. The Maya Train point is spot on.
Reply

Sandra K. says:
I disagree with every word of this, and here is a long reason why it is wrong.
Reply
"""

NEWS_WITH_SUBHEAD = """Border Deal Takes Effect

Por Ricardo Peña Ibáñez

September 3, 2025

The agreement took effect on Monday along the whole border, officials said.

More from the border

In Ciudad Juarez, local officials welcomed the deal with cautious optimism on Tuesday.

Customs agents at the Bridge of the Americas reported shorter lines by the afternoon.
"""

WRAPPED_WIRE = """Mexican troops seize drone workshop in Sinaloa as cartel infighting
rages

CULIACAN, Mexico (Reuters) - Mexican soldiers seized a workshop where
cartel members assembled explosive drones, the defense ministry said on
Tuesday, as a war between factions of the Sinaloa Cartel enters its
second year with hundreds of people killed in the state capital alone.

The ministry said troops found more than forty drones and several kilos
of explosives, and arrested three men who were later handed over to the
federal prosecutor's office for questioning about the group's suppliers.
"""


def test_comment_threads_end_the_article_wherever_they_start(tmp_path: Path, capsys) -> None:
    source = tmp_path / "blog.txt"
    source.write_text(BLOG_WITH_COMMENTS, encoding="utf-8")
    code, out, _ = add(capsys, source, tmp_path)
    assert code == 0
    path = imported(tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "three ports instead of one" in text
    for comment in ("12 comments", "Jorge R.", "Maya Train", "I disagree", "Reply"):
        assert comment not in text
    meta = frontmatter.load(path).metadata
    assert meta["author"] == "Mark Hollis" and str(meta["published"]) == "2025-07-14"
    assert "date line" in out


def test_a_subhead_that_reads_like_a_promotion_keeps_the_article_after_it(tmp_path: Path, capsys) -> None:
    source = tmp_path / "news.txt"
    source.write_text(NEWS_WITH_SUBHEAD, encoding="utf-8")
    assert add(capsys, source, tmp_path)[0] == 0
    path = imported(tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "Bridge of the Americas reported shorter lines" in text and "Ciudad Juarez" in text
    meta = frontmatter.load(path).metadata
    assert meta["author"] == "Ricardo Peña Ibáñez" and str(meta["published"]) == "2025-09-03"
    assert "September 3, 2025" not in frontmatter.load(path).content


def test_a_wrapped_headline_is_one_title(tmp_path: Path, capsys) -> None:
    source = tmp_path / "wire.txt"
    source.write_text(WRAPPED_WIRE, encoding="utf-8")
    code, out, _ = add(capsys, source, tmp_path)
    assert code == 0
    post = frontmatter.load(imported(tmp_path))
    assert post.metadata["title"] == "Mexican troops seize drone workshop in Sinaloa as cartel infighting rages"
    assert post.content.startswith("CULIACAN, Mexico (Reuters) - Mexican soldiers seized a workshop")
    assert "dateline: CULIACAN, Mexico (Reuters)" in out


def test_markdown_blockquotes_stay_quotes(tmp_path: Path, capsys) -> None:
    source = tmp_path / "note.md"
    source.write_text('# A Note\n\nIntro line of the note.\n\n> "Trust but verify is not a plan," one official said.\n',
                      encoding="utf-8")
    assert add(capsys, source, tmp_path)[0] == 0
    content = frontmatter.load(imported(tmp_path)).content
    assert '> "Trust but verify is not a plan," one official said.' in content
    article, _ = load_article(imported(tmp_path))
    from build_site.text import parse_blocks

    assert [b.kind for b in parse_blocks(article)] == ["paragraph", "quote"]


def test_markup_characters_in_plain_text_stay_words_on_the_site(tmp_path: Path, capsys) -> None:
    source = tmp_path / "prices.txt"
    source.write_text("Prices Rose\n\nPrices rose 2*3*4 times, per *Reuters*, see [the report](http://x) and &amp; <b>.\n",
                      encoding="utf-8")
    assert add(capsys, source, tmp_path)[0] == 0
    article, _ = load_article(imported(tmp_path))
    from build_site.text import parse_blocks

    (block,) = parse_blocks(article)
    assert block.text == "Prices rose 2*3*4 times, per *Reuters*, see [the report](http://x) and &amp; <b>."


def test_found_metadata_that_cannot_be_used_is_left_out_not_fatal(tmp_path: Path, capsys) -> None:
    page = tmp_path / "page.html"
    page.write_text('<html><head><title>Cartel Report</title><link rel="canonical" href="/news/x"></head>'
                    "<body><article><h1>Cartel Report</h1><p>The cartel moved south last year, officials said.</p>"
                    "</article></body></html>", encoding="utf-8")
    code, out, err = add(capsys, page, tmp_path)
    assert code == 0, err
    assert "url" not in frontmatter.load(imported(tmp_path)).metadata and "left out" in out


def test_a_date_that_is_not_a_real_day_is_listed_as_dropped(tmp_path: Path, capsys) -> None:
    note = tmp_path / "note.md"
    note.write_text("---\ntitle: Cartel Report\npublished: 2025-02-30\n---\n\nThe cartel moved south last "
                    "year, officials said.\n", encoding="utf-8")
    code, out, err = add(capsys, note, tmp_path)
    assert code == 0, err
    assert "published" not in frontmatter.load(imported(tmp_path)).metadata
    assert "  - not a real YYYY-MM-DD date, left out: published: 2025-02-30" in out.splitlines()


@pytest.mark.parametrize(("content", "flags", "message"), [
    ("---\ntitle: [x\n---\n\nBody text here.\n", [], "front matter cannot be read"),
    ("---\n1: x\n---\n\nBody text here.\n", [], "front matter cannot be read"),
    ("A Title\n\nBody text here.\n", ["--title", "   "], "--title is empty"),
    ("A Title\n\nBody text here.\n", ["--url", "https://[x"], "not an http"),
])
def test_bad_markdown_front_matter_and_flags_are_one_line(tmp_path: Path, capsys, content: str,
                                                          flags: list[str], message: str) -> None:
    source = tmp_path / "note.md"
    source.write_text(content, encoding="utf-8")
    code, _, err = add(capsys, source, tmp_path, *flags)
    assert code == 1 and len(err.splitlines()) == 1 and message in err and str(source) in err
