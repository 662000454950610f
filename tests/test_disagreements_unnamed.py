"""Disagreements in sentences that name no topic, on a real MkDocs build: the evaluation reads every sentence, and
the built site shows what it finds there, on the Where sources differ page with what the figures count as written,
and on no topic's page."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from tests.helpers import make_site_config, run_briefing

ACTORS = """
- id: civil-human-rights-front
  name: Civil Human Rights Front
  aliases: [CHRF]
  summary: Organiser of the Hong Kong marches.
  type: organization
- id: hong-kong-police
  name: Hong Kong Police Force
  aliases: [Hong Kong police]
  summary: The city's police.
  type: organization
- id: pradeep-jena
  name: Pradeep Jena
  aliases: [Jena]
  summary: Odisha's Chief Secretary.
  type: person
- id: dmitry-peskov
  name: Dmitry Peskov
  aliases: [Peskov, Dmitry S. Peskov]
  summary: The Kremlin's spokesman.
  type: person
"""
# Held-out-15's hk03 (Hong Kong Free Press), held-out-16's od03 (DT Next) and held-out-17's kd04 (The Telegraph
# India after The New York Times), all dev, short excerpts as they are kept in evaluation/said/texts/.
HKFP = """---
title: Almost 2 million attended anti-extradition law demo, say organisers
publisher: Hong Kong Free Press
published: 2019-06-17
---

Close to two million people hit the streets on Sunday to call on the Hong Kong government to withdraw a controversial extradition bill, according to organisers.

The Civil Human Rights Front (CHRF) figure represents 28.5 per cent of the city's population, and would make the demonstration the largest in Hong Kong history.

Police claimed 338,000 joined the designated walking route at the peak of the demonstration.
"""
DTNEXT = """---
title: Odisha train accident death toll revised to 275
publisher: DT Next
published: 2023-06-04
---

BALASORE: Days after the tragic train accident in Balasore, Odisha Chief Secretary Pradeep Jena on Sunday said that the number of deaths in the incident has been revised to 275 after factoring out some 'double countings'.

Speaking to ANI, Pradeep Jena said, "The Railways on Saturday said that the number of deaths is 288 and we also circulated that. But, since then the District Magistrate and his team checked each and every body recovered, checked from the track, the hospital, and two temporary assembly points. It was found that some bodies were counted twice. So, after wading out the duplications, the Collector has informed that the number of deaths is 275 and not 288."
"""
TELEGRAPH = """---
title: Kyiv, Moscow in war of words over destruction of Kakhovka dam in Ukraine
publisher: The Telegraph (India), New York Times News Service
published: 2023-06-07
---

Peskov denied accusations by Ukraine that Russian forces had blown up the dam. Ukraine’s hydropower company, Ukrhydroenergo, said the damage at the dam was caused by an explosion inside the engine room, which is under Russian control.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_site_config(tmp_path_factory.mktemp("unnamed") / "p")
    (root / "corpus" / "topics").mkdir(parents=True)
    (root / "corpus" / "articles").mkdir(parents=True)
    (root / "corpus" / "topics" / "actors.yml").write_text(ACTORS.lstrip(), encoding="utf-8")
    (root / "corpus" / "articles" / "hkfp-two-million.md").write_text(HKFP, encoding="utf-8")
    (root / "corpus" / "articles" / "dtnext-toll-275.md").write_text(DTNEXT, encoding="utf-8")
    (root / "corpus" / "articles" / "telegraph-kakhovka.md").write_text(TELEGRAPH, encoding="utf-8")
    result = run_briefing("build", "-q", cwd=root)
    assert result.returncode == 0, result.stderr
    return root / "site"


def cards(page: Path) -> list[str]:
    """The text of each disagreement card of a built page, tags left out."""
    found = re.findall(r'<section class="disagreement">(.*?)</section>', page.read_text(encoding="utf-8"), re.S)
    return [html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", card))) for card in found]


def test_figures_of_sentences_naming_no_topic_are_on_the_where_sources_differ_page(site: Path) -> None:
    """HKFP's two crowds ("Close to two million people hit the streets", "Police claimed 338,000 joined": neither
    names a topic, the codebook's police being "Hong Kong police") and DT Next's "275 and not 288" (no topic named)
    are on the page, each with what its figures count as written, as `run.py`, which reads every sentence, finds
    them. A disagreement about a topic (Peskov's denial, kd04, naming him) shows its topic's link instead."""
    shown = cards(site / "analysis" / "disagreements" / "index.html")
    crowd = next(c for c in shown if "338,000" in c)
    assert "as written: “joined”, “hit the streets”" in crowd and "Close to two million people hit the streets" in crowd
    corrected = next(c for c in shown if "275 and not 288" in c and "deaths (corrected)" in c)
    assert "as written: “deaths”" in corrected
    denial = next(c for c in shown if "Peskov denied" in c)
    assert "Dmitry Peskov" in denial and "as written" not in denial


def test_they_are_on_no_topic_page(site: Path) -> None:
    """A disagreement no topic names is on no topic's page; Peskov's denial is on his."""
    topic_pages = sorted((site / "actors").glob("*/index.html"))  # the codebook's topics are all actors
    on_topics = [c for page in topic_pages for c in cards(page)]
    assert topic_pages and not any("338,000" in c or "275 and not 288" in c for c in on_topics)
    assert any("Peskov denied" in c for c in on_topics)


def test_briefing_json_gives_what_the_figures_count_as_written(site: Path) -> None:
    """Each disagreement in briefing.json carries `written`: the words that say what its figures count, as the
    page shows them; a denial, about its topic, has none."""
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    crowd = next(d for d in data["disagreements"] if any("338,000" in e["sentence"] for e in d["evidence"]))
    assert sorted(crowd["written"]) == ["hit the streets", "joined"]
    denial = next(d for d in data["disagreements"] if any("Peskov denied" in e["sentence"] for e in d["evidence"]))
    assert denial["written"] == []


def test_the_page_says_that_figures_without_a_topic_are_compared(site: Path) -> None:
    """The page's introduction says what it shows: figures about the same topic or, naming none, of the same
    measure; not only "about the same topic", as the crowd of HKFP names no topic."""
    page = html.unescape((site / "analysis" / "disagreements" / "index.html").read_text(encoding="utf-8"))
    assert "about the same topic (or, where the sentences name none, counting the same measure)" in page
