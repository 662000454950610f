"""Who said what, what happened when, where the sources differ: the pages and briefing.json
of a real build (the pipeline's pages, MkDocs' render) of a project of the tests' own."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from build_site.export import briefing_json
from build_site.model import Briefing
from build_site.pages import GeneratedPage
from build_site.pipeline import load_inputs
from build_site.snippets import own_quotes
from tests.helpers import site_pages
from tests.said_project import HOSTILE, make_said_project


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_said_project(tmp_path_factory.mktemp("said") / "p")


@pytest.fixture(scope="module")
def pages(project: Path) -> dict[str, GeneratedPage]:
    return site_pages(project / "corpus")


@pytest.fixture(scope="module")
def briefing(project: Path) -> Briefing:
    return load_inputs(project / "corpus")[0]


def section(html: str, heading: str) -> str:
    """The HTML from an h2 to the next h2."""
    start = html.index(f">{heading}<")
    end = html.find("<h2", start)
    return html[start : end if end != -1 else len(html)]


def test_an_actor_page_shows_their_statements_verbatim_each_linked_to_its_paragraph(
    pages: dict[str, GeneratedPage],
) -> None:
    own = section(pages["actors/marco-rubio.md"].html, "In their own words")
    quote = "We will stop the fentanyl that is killing our people, and we will do it together"
    assert f"<q class=\"statement__text\">{quote}</q>" in own
    assert 'href="../../articles/rubio-visit/#p1"' in own
    # Newest first: the 2025 articles before the 2013 one.
    assert own.index("rubio-visit/#p1") < own.index("old-report/#p3")
    assert "Claudia Sheinbaum said" not in own  # another speaker's statement is not theirs
    assert "We have never hidden" in section(pages["actors/claudia-sheinbaum.md"].html, "In their own words")


def test_a_topic_page_shows_what_was_said_about_it_and_its_chronology(pages: dict[str, GeneratedPage]) -> None:
    html = pages["programs/merida-initiative.md"].html
    said = section(html, "What was said about it")
    assert "In March 2012, Rubio criticized the Merida Initiative as too slow." in said
    assert 'href="../../actors/marco-rubio/"' in said  # by speaker
    chronology = section(html, "Chronology")
    assert re.findall(r'<time datetime="([^"]+)"', chronology) == ["2007", "2012-03"]


def test_the_timeline_is_a_chronology_in_date_order_with_inferred_dates_marked(
    pages: dict[str, GeneratedPage],
) -> None:
    html = pages["analysis/timeline.md"].html
    dates = re.findall(r'<time datetime="([^"]+)"', html)
    assert dates == sorted(dates) and {"2007", "2012-03", "2025-01-20", "2013-06-26"} <= set(dates)
    jan20 = html[html.index('datetime="2025-01-20"') :]
    assert "inferred from “Jan. 20”" in jan20[: jan20.index("</li>")]  # no year written: the article's
    year = html[html.index('id="y2012"') : html.index('id="y2013"')]
    assert year.index(">January<") < year.index(">March<")  # grouped by month within a year
    assert 'id="y2012"' in html and 'id="y2025"' in html


def test_the_disagreements_page_shows_both_sentences_and_sources_side_by_side(
    pages: dict[str, GeneratedPage],
) -> None:
    html = pages["analysis/disagreements.md"].html
    side = re.findall(r'<figure class="disagreement__side">(.*?)</figure>', html, re.S)
    low = next(s for s in side if "at least 60,000" in s)
    high = next(s for s in side if "more than 120,000" in s)
    assert "Weekly Sample" in low and 'href="../../articles/old-report/#p1"' in low
    assert "Monthly Witness" in high and 'href="../../articles/estimate/#p1"' in high
    assert "Independent estimates say more than 120,000" in section(
        pages["threats/cartel-violence.md"].html, "Where sources differ"
    )


def test_the_statements_page_lists_every_statement_with_what_the_filter_reads(
    pages: dict[str, GeneratedPage],
) -> None:
    html = pages["analysis/statements.md"].html
    items = re.findall(r'<li class="statement" data-speaker="([^"]*)" data-topics="([^"]*)"[^>]*>', html)
    assert len(items) >= 5
    assert ("marco-rubio", "fentanyl") in items
    assert '<option value="marco-rubio">Marco Rubio (' in html and '<option value="fentanyl">Fentanyl (' in html
    assert "<script" not in html.split("<h1", 1)[1]  # no inline script: the filter is the shipped statements.js
    assert '<form class="statement-filter" id="statement-filter" hidden data-search-exclude>' in html  # shown by the script only


def test_hostile_text_in_a_quote_stays_text(pages: dict[str, GeneratedPage]) -> None:
    escaped = "&lt;script&gt;alert(&#39;said&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"
    for src in ("analysis/statements.md", "actors/marco-rubio.md", "threats/fentanyl.md"):
        html = pages[src].html
        assert HOSTILE not in html and "<img src=x" not in html, src
        assert escaped in html, src


def test_briefing_json_carries_statements_events_and_disagreements(briefing: Briefing) -> None:
    data = json.loads(briefing_json(briefing))
    statement = next(s for s in data["statements"] if s["text"].startswith("We will stop the fentanyl"))
    assert statement == {
        "speaker": "marco-rubio",
        "speaker_text": "Marco Rubio",
        "kind": "direct",
        "text": "We will stop the fentanyl that is killing our people, and we will do it together",
        "article": "rubio-visit",
        "anchor": "p1",
        "sentence": '"We will stop the fentanyl that is killing our people, and we will do it together," '
        "Marco Rubio said.",
    }
    event = next(e for e in data["events"] if e["date"] == "2012-03")
    assert event["inferred"] is False and event["topics"] == ["marco-rubio", "merida-initiative"]
    assert {event["article"], event["anchor"]} == {"old-report", "p3"}
    wednesday = next(e for e in data["events"] if e["article"] == "estimate")
    assert wednesday["date"] == "2013-06-26" and wednesday["inferred"] is True  # the Wednesday before 2013-07-01
    toll = next(d for d in data["disagreements"] if d["kind"] == "figures")
    assert toll["topics"] == ["cartel-violence"]
    assert [e["article"] for e in toll["evidence"]] == ["old-report", "estimate"]
    assert set(toll["evidence"][0]) == {"article", "anchor", "sentence"}


def test_a_sentence_with_its_own_quotation_marks_is_not_quoted_twice(pages: dict[str, GeneratedPage]) -> None:
    """The browser puts curly quotes around a <q>; a verbatim sentence that begins or ends with
    a quotation mark gets the class whose quotes the stylesheet turns off (“"We will… shown
    once, not doubled), and stays verbatim and escaped."""
    html = pages["actors/marco-rubio.md"].html
    assert '<q class="own-quotes">&#34;We will stop the fentanyl' in html
    assert '<q class="own-quotes">&#34;&lt;script&gt;alert(' in html  # untrusted text stays text
    said = section(pages["programs/merida-initiative.md"].html, "What was said about it")
    assert '<q class="statement__text">In March 2012' in said  # no mark of its own: the browser's quotes


@pytest.mark.parametrize("sentence", ['"We are here," he said.', "…the bridge.”", "‘Now’", "« Oui »", " 'So' "])
def test_own_quotes_sees_a_quotation_mark_at_either_end(sentence: str) -> None:
    assert own_quotes(sentence)


@pytest.mark.parametrize("sentence", ["He said “no” twice.", "", "It's over", "The bridge fell."])
def test_own_quotes_ignores_marks_inside_the_sentence(sentence: str) -> None:
    assert not own_quotes(sentence)
