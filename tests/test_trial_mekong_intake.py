"""The Mekong trial's import faults (`evaluation/trials/mekong/README.md`, "Import"), mended as rules
of a general shape, each on the trial's real input beside a page or paste of another site or round
and a counter-example that keeps its answer: a news lede of a day is no sign of a non-article, a
`<title>` that is only the site's name on a page with no headline of its own, a year-first numeric
date line, a caption's day, a media player's lines, a caption's closing credit, a wire's dateline
agency and end mark, an issuing office in the author slot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from build_site.importer import prepare
from build_site.importer_model import SourceError
from build_site.importer_write import Prepared
from tests.helpers import MORE, PROSE

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
MEKONG = EVALUATION / "trials" / "mekong" / "inputs"
TITLES = EVALUATION / "titles"
LAST = (
    "Engineers found the wooden pilings under the north pier soft through after forty winters of ice, "
    "and the authority put the cost of new steel piles at about two million dollars."
)
NO_ARTICLE = "may not be an article"
SITE_TITLE = "<title>Harbour Times</title>"


def saved(path: Path, overrides: dict[str, str | None] | None = None) -> Prepared:
    return prepare(path.read_bytes(), "html", overrides or {})


def page(body: str, head: str = "") -> Prepared:
    return prepare(f"<html><head>{head}</head><body>{body}</body></html>".encode(), "html", {})


def pasted(text: str) -> Prepared:
    return prepare(text.encode(), "text", {"title": "Harbour closes north pier"})


def dropped(prepared: Prepared) -> list[str]:
    return [line for _, line in prepared.draft.dropped]


def warned(prepared: Prepared) -> str:
    return " ".join(prepared.draft.warnings)


@pytest.mark.parametrize("name", ["cambojanews-lower-sesan-2-hrw.html", "odm-mrc-data-sharing-new-low.html"])
def test_an_undated_news_story_without_byline_is_not_warned_as_no_article(name: str) -> None:
    article = saved(MEKONG / name)
    assert NO_ARTICLE not in warned(article)
    assert "--date" in warned(article)  # its missing day is still asked for


def test_another_sites_story_whose_lede_names_its_weekday_is_not_warned() -> None:
    lede = f"<p>The harbour authority on Thursday closed the north pier to ferries, saying its pilings had rotted. {PROSE}</p>"
    story = page(f"<article><h1>Harbour closes north pier</h1>{lede}<p>{MORE}</p><p>{LAST}</p></article>")
    assert NO_ARTICLE not in warned(story)
    plain = page(f"<article><h1>Harbour closes north pier</h1><p>{PROSE}</p><p>{MORE}</p><p>{LAST}</p></article>")
    assert NO_ARTICLE in warned(plain)  # no day of a happening: still warned


def test_a_setup_guide_without_a_day_is_still_refused() -> None:
    # round 21's 03, a documentation page: no news lede, so its kind is still doubted (now refused
    # for its title, the site's name alone)
    with pytest.raises(SourceError):
        saved(TITLES / "round21" / "texts" / "03.html")


@pytest.mark.parametrize(
    "path", [MEKONG / "elr-china-jinghong-notification-2021.html", TITLES / "round21" / "texts" / "01.html"]
)
def test_a_title_that_is_only_the_sites_name_on_a_page_with_no_headline_asks_for_one(path: Path) -> None:
    with pytest.raises(SourceError, match="--title"):
        saved(path)
    assert saved(path, {"title": "Given"}).meta["title"] == "Given"


def test_a_menus_link_is_no_site_name_and_a_page_with_its_own_h1_keeps_its_title() -> None:
    # round 17's 06: titled "About", a menu link to /about/; refused for its kind, offering its title
    with pytest.raises(SourceError, match='--title "About"'):
        saved(TITLES / "round17" / "texts" / "06.html")
    logo = "<header><a href='/'>Harbour Times</a></header>"
    own = page(f"{logo}<article><h1>North pier closes</h1><p>{PROSE}</p><p>{MORE}</p></article>", SITE_TITLE)
    assert own.meta["title"] == "North pier closes"  # the page's own h1
    with pytest.raises(SourceError, match="--title"):
        page(f"{logo}<article><p>{PROSE}</p><p>{MORE}</p></article>", SITE_TITLE)


def test_a_year_first_numeric_date_line_dates_the_page() -> None:
    article = saved(MEKONG / "globaltimes-zhao-lijian-2020.html")  # "Published: 2020/9/8 23:19:24"
    assert article.meta["published"] == dt.date(2020, 9, 8)
    assert NO_ARTICLE not in warned(article)
    paste = pasted(f"Source: Harbour Times Published: 2021/11/3 08:15:00\n{PROSE}\n{PROSE}\n")
    assert paste.meta["published"] == dt.date(2021, 11, 3)
    no_day = pasted(f"Published: 2021/13/40 08:15:00\n{PROSE}\n{PROSE}\n")
    assert "published" not in no_day.meta


def test_a_day_found_only_in_a_photo_caption_is_not_the_pages_date() -> None:
    article = saved(MEKONG / "voa-editorial-musp-2020.html")  # "… Meeting on Friday September 11 2020 …"
    assert "published" not in article.meta
    assert "caption" in warned(article)
    figure = "<figure><img src='p.jpg'><figcaption>The pier on March 3, 2021.</figcaption></figure>"
    figure += "<figure><img src='q.jpg'><figcaption> </figcaption></figure>"  # an empty caption hides nothing
    dated = page(f"<article><h1>Harbour closes north pier</h1><p>March 3, 2021</p>{figure}<p>{PROSE}</p></article>")
    assert dated.meta["published"] == dt.date(2021, 3, 3)  # the day printed outside the caption too


def test_a_media_players_lines_leave_the_text() -> None:
    article = saved(MEKONG / "voa-editorial-musp-2020.html")
    for line in ("please wait", "No media source currently available", "0:00 0:03:49 0:00"):
        assert line not in article.body
        assert line in dropped(article)
    timed = pasted(f"{PROSE}\nThe ferry leaves at 9:15 and returns at 17:40 each day.\n")
    assert "The ferry leaves at 9:15" in timed.body  # a sentence naming times is no player


@pytest.mark.parametrize(
    ("name", "kind", "caption"),
    [
        ("cambojanews-lower-sesan-2-hrw.html", "html", "CamboJA/ Panha Chhorpoan"),
        ("ips-cambodia-declining-fish-catch-2024.txt", "text", "Credit: Kris Janssens/IPS"),
    ],
)
def test_a_caption_closed_by_its_credit_leaves_the_text(name: str, kind: str, caption: str) -> None:
    article = prepare((MEKONG / name).read_bytes(), kind, {})
    assert caption not in article.body
    assert any(caption in line for line in dropped(article))


def test_a_sentence_with_a_slash_stays() -> None:
    text = f"{PROSE}\nThe pier will reopen in spring. Owners/ operators must register by May.\n"
    assert "Owners/ operators must register" in pasted(text).body


def test_a_wires_dateline_names_the_publisher_and_its_end_mark_leaves() -> None:
    article = prepare((MEKONG / "xinhua-geng-shuang-data-sharing-2020.txt").read_bytes(), "text", {})
    assert article.meta["publisher"] == "Xinhua"
    assert "BEIJING, April 21 (Xinhua) --" in article.body  # the dateline stays in the text
    assert "Enditem" not in article.body
    assert "Enditem" in dropped(article)
    other = pasted(f"OSLO (NTB) — {PROSE}\n{PROSE}\n-30-\n")
    assert other.meta["publisher"] == "NTB"
    assert "-30-" not in other.body
    update = pasted(f"OSLO (UPDATE 2) — {PROSE}\n{PROSE}\n")
    assert "publisher" not in update.meta


def test_an_issuing_office_in_the_author_slot_is_no_author() -> None:
    article = saved(MEKONG / "state-musp-friends-2021.html")  # "Office of the Spokesperson"
    assert "author" not in article.meta
    assert article.meta["publisher"] == "United States Department of State"
    slot = "<p class='author'>Bureau of Public Affairs</p>"
    office = page(f"<article><h1>Harbour closes north pier</h1>{slot}<p>{PROSE}</p><p>{PROSE}</p></article>")
    assert "author" not in office.meta
    writer = "<p class='author'>Office Manager Jane Okafor</p>"
    named = page(f"<article><h1>Harbour closes north pier</h1>{writer}<p>{PROSE}</p><p>{PROSE}</p></article>")
    assert named.meta.get("author") != "Office"


def test_a_pdfs_release_and_contact_line_is_never_its_title() -> None:
    # round 21's 16: "FOR IMMEDIATE RELEASE Contact: Ronnie White (+44) …", set larger than its headline
    release = prepare((TITLES / "round21" / "texts" / "16.pdf").read_bytes(), "pdf", {})
    assert release.meta["title"] == "Ronnie White ʻDemonsʼ"
    assert "FOR IMMEDIATE RELEASE" in release.body  # kept, not lost
    # round 18's 15: the issuer's name over its contact block still gives way to the headline
    karuk = prepare((TITLES / "round18" / "texts" / "15.pdf").read_bytes(), "pdf", {})
    assert karuk.meta["title"] == "Karuk Tribe Declares Climate Emergency"
