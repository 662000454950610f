"""Articles that state no publication date. One whose address states its day (`/2024/05/14/`) is read as of that day,
shown as inferred on its page, on the Where sources differ page and by `briefing check`. In one with no such address a
weekday or a time counted back stays undated, even next to the latest day the text writes in full, and the article
page and `briefing check` say what the missing date costs, which day the text writes last in full (the date to check)
and that `published:` settles it. An address's day still to come dates nothing, and `briefing check` says so; the
feed gives a date read from an address in its summary, not as `published`. On a real MkDocs build."""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import pytest

from build_site import events
from build_site.check import check_corpus
from build_site.corpus import article_date
from build_site.events import DayInFull, extract_events, latest_day_in_full
from build_site.pipeline import Options, build
from build_site.statements import Paragraph
from tests.helpers import make_site_config, run_briefing

ACTORS = """
- id: ntsb
  name: National Transportation Safety Board
  aliases: [NTSB]
  summary: The US transport safety investigator.
  type: organization
"""
THREATS = """
- id: cartel-violence
  name: Cartel violence
  aliases: [drug war]
  summary: Killings by and against the cartels.
"""
# Held-out key-bridge dev's Makes News excerpt (no date stated), cut: its one day in full is the collapse the story
# looks back to, and "on Monday" is the demolition of 13 May 2024, not the Monday before 26 March; markup added to
# that sentence must stay text where the page quotes it.
BRIDGE = """---
title: Controlled demolition conducted on Francis Scott Key Bridge
publisher: Makes News
---

Crews conducted a controlled demolition of a section of the Francis Scott Key Bridge in Baltimore on Monday. The bridge collapsed on March 26, 2024, when the cargo ship Dali lost power and collided with a support column <script>alert(1)</script>.

The NTSB released a preliminary report on Tuesday, detailing that the Dali experienced two electrical blackouts.
"""
# No day in full anywhere: held-out-23's tq04 shape.
NO_DAY = """---
title: Blinken on the quake
publisher: Example Wire
---

U.S. Secretary of State Antony Blinken on Monday praised the support given after the Feb. 6 earthquakes.
"""
# Key-bridge dev's Makes News excerpt as kept there, with its address: its day is the page's own.
ADDRESSED = """---
title: Demolition on the Key Bridge
publisher: Makes News
url: https://noah.makes.news/gb/en/politics/2024/05/14/controlled-demolition-conducted-on-francis-scott-key-bridge
---

Crews conducted a controlled demolition of a section of the Francis Scott Key Bridge in Baltimore on Monday.

Independent estimates say more than 120,000 people were killed in the drug war by 2012.
"""
OFFICIAL = """---
title: The official count
publisher: Example Gazette
published: 2024-05-20
---

The official count says at least 60,000 people were killed in the drug war by 2012.
"""
# An address whose day has not come (mistyped, or made up): were it taken, "on Monday" would be 2099-12-28 and the
# feed would lead with 2099.
FUTURE = """---
title: Ferry service resumes
publisher: Example Post
url: https://example.org/news/2099/12/31/ferry-service-resumes
---

The ferry resumed service on Monday, the Harbor Authority said.
"""
# Terminal escapes in the text (set the window's title, ring the bell), in the sentence of the day to check and in
# the example sentence of a candidate.
ESCAPES = """---
title: Harbor works
publisher: Example Harbor News
---

The Harbor Authority closed the pier on March 4, 2024 \033]0;owned\007 after the storm.

The Harbor Authority said repairs would take a month.
"""
DATED = """---
title: NTSB report
publisher: Example Daily
published: 2024-05-14
---

The NTSB released a preliminary report on Tuesday.
"""


def test_an_article_without_published_is_dated_by_the_day_its_address_states() -> None:
    """`published` wins; else a day in the address's path, as three segments; a month alone or no real day is none."""
    stated = dt.date(2024, 5, 20)
    assert article_date(stated, "https://example.org/2024/05/14/story") == (stated, False)
    assert article_date(None, "https://example.org/2024/05/14/story") == (dt.date(2024, 5, 14), True)
    assert article_date(None, "https://merapitimes.com/2025/02/sheinbaum-deploys.html") == (None, False)
    assert article_date(None, "https://example.org/2024/02/30/story") == (None, False)
    assert article_date(None, None) == (None, False)
    assert article_date(None, "https://example.org/2099/12/31/story") == (None, False)  # a day still to come


# Held-out-23's tq05 (USAID, no date stated) and the State Department's briefings (said rs01, gz10, whose `published`
# is the same day): the month as a name, the day beside it, the year after.
WORDS_ADDRESSES = {
    "https://uatweb.usaid.gov/news-information/press-releases/feb-06-2024-marking-one-year-devastating-earthquakes-"
    "turkiye-and-syria": dt.date(2024, 2, 6),
    "https://www.state.gov/briefings/department-press-briefing-january-17-2024/": dt.date(2024, 1, 17),
    "https://news.example.org/world/06-feb-2024-quake-anniversary": dt.date(2024, 2, 6),
    "https://news.example.org/february-6-2024": dt.date(2024, 2, 6),
    "https://news.example.org/Sept-5-2022/story": dt.date(2022, 9, 5),
}


@pytest.mark.parametrize(("url", "day"), WORDS_ADDRESSES.items())
def test_an_address_day_with_the_month_in_words_dates_the_article(url: str, day: dt.date) -> None:
    assert article_date(None, url) == (day, True)


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.org/feb-30-2024-story",  # no such day
        "https://news.example.org/feb-6-8-2024-storms",  # a range of days
        "https://news.example.org/6-8-feb-2024",  # a range of days, the month after
        "https://news.example.org/jan-31-feb-2-2024",  # a range across two months
        "https://news.example.org/feb-6-2024-7",  # the day's segment goes on with a number
        "https://news.example.org/mayday-1-2024",  # a word that opens with a month's name
        "https://news.example.org/story?day=feb-06-2024",  # the query string names no page
        "https://news.example.org/story#feb-06-2024",  # nor does the fragment
        "https://news.example.org/dec-31-2099-story",  # a day still to come
    ],
)
def test_an_address_with_no_day_in_words_dates_nothing(url: str) -> None:
    assert article_date(None, url) == (None, False)


def test_briefing_add_takes_an_address_day_in_words() -> None:
    from build_site.importer_page_date import own_day

    taken = own_day([], next(iter(WORDS_ADDRESSES)))
    assert taken is not None and taken[0] == dt.date(2024, 2, 6)


def _paragraphs(*texts: tuple[str, ...]) -> list[Paragraph]:
    return [Paragraph(f"p{n}", sentences) for n, sentences in enumerate(texts, start=1)]


def test_the_latest_day_in_full_is_the_latest_written_outside_quotation_marks() -> None:
    """Not the last in reading order but the latest; a day inside a quotation and a month with its year are no
    days in full."""
    paragraphs = _paragraphs(
        ("The hearing was held on March 6, 2024.", "The door plug blew out on January 5, 2024."),
        ('"We met on April 2, 2024," the chair said.', "The report came out in May 2024."),
    )
    assert latest_day_in_full(paragraphs) == DayInFull(
        dt.date(2024, 3, 6), "p1", "The hearing was held on March 6, 2024."
    )
    assert latest_day_in_full(_paragraphs(("The report came out in May 2024.", "It was released on Monday."))) is None


def test_a_weekday_in_the_paragraph_of_the_latest_day_in_full_stays_undated() -> None:
    """Counter-example (key-bridge dev): the text's only day in full is the collapse it looks back to; counted back
    from it, "on Monday" would be 25 March 2024, where the demolition was on 13 May. With no publication date it
    has no row, and the day in full keeps its own."""
    paragraphs = _paragraphs(
        (
            "Crews conducted a controlled demolition of the bridge on Monday.",
            "The bridge collapsed on March 26, 2024, when the ship lost power.",
        ),
    )
    assert [(e.date, e.written) for e in extract_events(paragraphs, None)] == [("2024-03-26", "March 26, 2024")]


def test_a_weekday_or_a_time_counted_back_far_from_the_last_day_in_full_stays_undated() -> None:
    """Counter-example (held-out-21's tn06): "concluded today" in a report of the hearings, a year after the day in
    full it gives for the loss, and "two days ago" and "last week" likewise: no row for any."""
    paragraphs = _paragraphs(
        ("The board's hearings concluded today with testimony from two officers.",),
        ("The Titan was lost on Sunday, June 18, 2023.",),
        ("Two days ago the board visited the pier, and last week it heard the pilot.",),
    )
    assert [e.written for e in extract_events(paragraphs, None)] == ["on Sunday, June 18, 2023"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_site_config(tmp_path_factory.mktemp("undated") / "p")
    (root / "corpus" / "topics").mkdir(parents=True)
    (root / "corpus" / "articles").mkdir(parents=True)
    (root / "corpus" / "topics" / "actors.yml").write_text(ACTORS.lstrip(), encoding="utf-8")
    (root / "corpus" / "topics" / "threats.yml").write_text(THREATS.lstrip(), encoding="utf-8")
    articles = {
        "bridge-demolition": BRIDGE,
        "blinken-quake": NO_DAY,
        "ntsb-report": DATED,
        "makesnews-demolition": ADDRESSED,
        "official-count": OFFICIAL,
        "ferry-future": FUTURE,
        "dock-escapes": ESCAPES,
    }
    for name, text in articles.items():
        (root / "corpus" / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    result = run_briefing("build", "-q", cwd=root)
    assert result.returncode == 0, result.stderr
    return root


def _meta(site: Path, article_id: str) -> str:
    """The article page's metadata list, as its text."""
    page = (site / "articles" / article_id / "index.html").read_text(encoding="utf-8")
    meta = re.search(r'<dl class="article-meta__list">(.*?)</dl>', page, re.S)
    assert meta is not None
    return meta.group(1)


def test_an_undated_article_page_shows_the_latest_day_in_full_linked_to_its_paragraph(project: Path) -> None:
    """The page says what the missing date costs, which day the text writes last in full, from which sentence (its
    paragraph linked), that the day may be one the story looks back to, and that `published:` settles it."""
    meta = _meta(project / "site", "bridge-demolition")
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", meta)))
    assert "weekdays and relative dates (“on Monday”, “two days ago”) are left undated" in text
    assert "The latest day its text writes in full is 2024-03-26 (“The bridge collapsed on March 26, 2024," in text
    assert "it is not taken as its date" in text and "published: in its front matter (or briefing add --date)" in text
    assert '<a class="paragraph-link" href="#p1">' in meta
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in meta and "<script>" not in meta


def test_an_undated_article_with_no_day_in_full_says_what_it_costs(project: Path) -> None:
    meta = _meta(project / "site", "blinken-quake")
    assert "Not stated, so its weekdays" in meta and "latest day" not in meta


def test_a_dated_article_page_has_no_such_note(project: Path) -> None:
    meta = _meta(project / "site", "ntsb-report")
    assert "2024-05-14" in meta and "Not stated" not in meta


def test_the_undated_articles_have_no_event_from_a_weekday(project: Path) -> None:
    """In the built briefing the dated article's "on Tuesday" is dated (14 May 2024 was a Tuesday); neither undated
    article's weekday is, and the collapse is, as written in full."""
    data = json.loads((project / "site" / "briefing.json").read_text(encoding="utf-8"))
    dated = {(e["article"], e["date"]) for e in data["events"]}
    assert ("ntsb-report", "2024-05-14") in dated and ("bridge-demolition", "2024-03-26") in dated
    assert {a for a, _date in dated} & {"bridge-demolition", "blinken-quake"} == {"bridge-demolition"}
    assert len([a for a, _date in dated if a == "bridge-demolition"]) == 1


def test_briefing_check_names_each_undated_article_and_the_day_to_check(project: Path) -> None:
    result = run_briefing("check", cwd=project)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    bridge = next(line for line in lines if "bridge-demolition.md: no publication date" in line)
    assert "the latest day it writes in full is 2024-03-26 (#p1: “The bridge collapsed on March 26, 2024," in bridge
    assert bridge.endswith("set `published:` in its front matter (or `briefing add --date`)")
    quake = next(line for line in lines if "blinken-quake.md: no publication date" in line)
    assert "latest day" not in quake
    assert not any("ntsb-report.md" in line for line in lines)


def test_an_article_dated_by_its_address_shows_the_date_as_inferred(project: Path) -> None:
    meta = html.unescape(re.sub(r"<[^>]+>", "", _meta(project / "site", "makesnews-demolition")))
    assert "2024-05-14 (inferred: the day its address states; its front matter gives none" in meta
    assert "Not stated" not in meta


def test_its_weekday_is_dated_from_its_address_and_marked_inferred(project: Path) -> None:
    """"on Monday" in the page of 14 May 2024 is 13 May, the demolition's day, marked inferred in briefing.json."""
    data = json.loads((project / "site" / "briefing.json").read_text(encoding="utf-8"))
    monday = next(e for e in data["events"] if e["article"] == "makesnews-demolition")
    assert (monday["date"], monday["inferred"]) == ("2024-05-13", True)
    article = next(a for a in data["articles"] if a["id"] == "makesnews-demolition")
    assert (article["published"], article["published_inferred"]) == ("2024-05-14", True)
    assert not next(a for a in data["articles"] if a["id"] == "ntsb-report")["published_inferred"]


def test_its_side_of_a_disagreement_is_marked_as_dated_from_its_address(project: Path) -> None:
    """Compared with a dated source of the same week as a dated article would be; its side says where its date
    came from, the dated side does not."""
    page = (project / "site" / "analysis" / "disagreements" / "index.html").read_text(encoding="utf-8")
    card = next(c for c in re.findall(r'<section class="disagreement">(.*?)</section>', page, re.S) if "120,000" in c)
    sides = re.findall(r"<figcaption>(.*?)</figcaption>", card, re.S)
    marked = [side for side in sides if "date inferred from its address" in side]
    assert len(sides) == 2 and len(marked) == 1 and "Makes News" in marked[0]


def test_briefing_check_names_the_article_dated_by_its_address(project: Path) -> None:
    result = run_briefing("check", cwd=project)
    line = next(line for line in result.stdout.splitlines() if "makesnews-demolition.md" in line)
    assert line.endswith(
        "no publication date; 2024-05-14 inferred from the day its address states; set `published:` in its front "
        "matter to confirm or correct it"
    )


def test_an_address_day_still_to_come_dates_nothing_and_check_says_why(project: Path) -> None:
    """The article stays undated: no published date, "on Monday" left undated, the feed not dated 2099; `briefing
    check` names the file and the day in one line, and the article among the undated."""
    data = json.loads((project / "site" / "briefing.json").read_text(encoding="utf-8"))
    article = next(a for a in data["articles"] if a["id"] == "ferry-future")
    assert article["published"] is None and not article["published_inferred"]
    assert not [e for e in data["events"] if e["article"] == "ferry-future"]
    assert "Not stated" in _meta(project / "site", "ferry-future")
    assert "2099" not in (project / "site" / "feed.xml").read_text(encoding="utf-8")
    result = run_briefing("check", cwd=project)
    assert result.returncode == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if "url states" in line]
    assert said == [
        "corpus/articles/ferry-future.md:4: warning: its url states 2099-12-31, a day still to come: not taken as its "
        "date (set `published:`)"
    ]
    assert any("ferry-future.md: no publication date" in line for line in result.stdout.splitlines())


def _feed_entries(site: Path) -> dict[str, ET.Element]:
    """feed.xml's article entries by the article's id (from its link)."""
    atom = "{http://www.w3.org/2005/Atom}"
    root = ET.parse(site / "feed.xml").getroot()
    entries = {}
    for entry in root.iter(f"{atom}entry"):
        link = entry.find(f"{atom}link")
        assert link is not None
        entries[link.get("href", "").strip("/").split("/")[-1]] = entry
    return entries


def test_the_feed_says_a_date_read_from_the_address_in_its_summary_not_as_published(project: Path) -> None:
    """Atom's `published` is a date the source stated: the dated article has it, the one dated by its address has
    none, its summary saying the date and where it comes from."""
    atom = "{http://www.w3.org/2005/Atom}"
    entries = _feed_entries(project / "site")
    addressed, dated = entries["makesnews-demolition"], entries["ntsb-report"]
    assert addressed.find(f"{atom}published") is None
    assert (addressed.findtext(f"{atom}summary") or "").startswith("Makes News, dated 2024-05-14 by its address: ")
    assert dated.findtext(f"{atom}published") == "2024-05-14T00:00:00Z"
    assert "by its address" not in (dated.findtext(f"{atom}summary") or "")


def test_briefing_check_prints_no_control_character_of_an_article(project: Path) -> None:
    """An escape sequence in the text would set the terminal's title: the day to check and a candidate's example
    sentence are printed with their control characters taken out, the rest of the sentence kept."""
    result = run_briefing("check", cwd=project)
    assert result.returncode == 0, result.stderr
    printed = result.stdout + result.stderr
    assert "\033" not in printed and "\007" not in printed
    harbor = next(line for line in result.stdout.splitlines() if "dock-escapes.md: no publication date" in line)
    assert "2024-03-04 (#p1: “The Harbor Authority closed the pier on March 4, 2024 ]0;owned after the storm.”)" in harbor
    assert "e.g. “The Harbor Authority closed the pier on March 4, 2024 ]0;owned after the storm.”" in result.stdout


def _corpus(root: Path) -> Path:
    (root / "topics").mkdir(parents=True)
    (root / "articles").mkdir()
    (root / "topics" / "actors.yml").write_text(ACTORS.lstrip(), encoding="utf-8")
    for name, text in {"bridge-demolition": BRIDGE, "blinken-quake": NO_DAY, "ntsb-report": DATED}.items():
        (root / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each reading of an article's dates (events.extract_events), by the number of its paragraphs."""
    counted: list[int] = []
    extract = events.extract_events

    def counting(paragraphs: Sequence[Paragraph], published: dt.date | None) -> tuple[events.Event, ...]:
        counted.append(len(paragraphs))
        return extract(paragraphs, published)

    monkeypatch.setattr(events, "extract_events", counting)
    return counted


def test_check_reads_each_article_once_for_the_day_to_check(
    tmp_path: Path, reads: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    """The day to check is kept in the article's analysis (its cached text entry): reading an undated article's dates
    again for it was a second pass over each, and gave the same day."""
    assert check_corpus(_corpus(tmp_path / "corpus")) == 0
    assert "the latest day it writes in full is 2024-03-26 (#p1:" in capsys.readouterr().out
    assert len(reads) == 3


def test_the_article_pages_read_each_article_once_for_the_day_to_check(tmp_path: Path, reads: list[int]) -> None:
    run = build(_corpus(tmp_path / "corpus"), Options())
    pages = dict(run.pages())
    run.close()
    assert "The latest day its text writes in full is" in pages["articles/bridge-demolition.md"].html
    assert len(reads) == 3


def test_the_importer_reads_an_address_day_as_an_article_does() -> None:
    """One reading of `/YYYY/MM/DD/` for `briefing add` and for an article's url: two copies drifted apart before."""
    from build_site import corpus, importer_page_date

    assert importer_page_date.address_day is corpus.address_day
    assert corpus.address_day("/2024/05/14/story") is None  # a relative address states no page's day


def test_briefing_add_takes_no_address_day_still_to_come() -> None:
    """`add` wrote a made-up address's day as `published:`, which the build then refuses to read."""
    from build_site.importer_page_date import own_day

    assert own_day([], "https://news.example.org/2099/12/31/story") is None
    taken = own_day([], "https://news.example.org/2024/05/14/story")
    assert taken is not None and taken[0] == dt.date(2024, 5, 14)
