"""The analysis engine on the real corpus, and on an article it has never seen."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from build_site.export import briefing_json
from build_site.pipeline import load_inputs
from build_site.model import Briefing
from tests.helpers import make_project, run_briefing


def fact(briefing: Briefing, text: str):  # type: ignore[no-untyped-def]
    return next(f for f in briefing.facts if f.text == text)


def test_facts_carry_their_sentence_and_topics(briefing: Briefing) -> None:
    established = next(f for f in briefing.facts if f.year == 2002)
    assert established.evidence.sentence.startswith("Established in 2002")
    assert "usnorthcom" in established.topics  # from its paragraph: the sentence says "it"
    assert established.topics_from == "paragraph"  # and the pages say so
    merida = next(f for f in briefing.facts if f.year == 2007 and "merida-initiative" in f.topics)
    assert "the Merida Initiative, introduced in 2007" in merida.evidence.sentence
    assert merida.topics_from == "sentence"
    murdered = fact(briefing, "33,341 people")
    assert (murdered.kind, murdered.value, murdered.year) == ("count", 33341.0, 2018)  # "During that year"
    assert fact(briefing, "33%").kind == "percent"
    assert fact(briefing, "nearly 2,000-mile").kind == "distance"


def test_every_quoted_sentence_is_verbatim_and_every_mention_inside_it(briefing: Briefing) -> None:
    bodies = {a.id: " ".join(a.body.split()) for a in briefing.articles}
    for mention in briefing.mentions:
        block = briefing.block(mention.article_id, mention.anchor)
        sentence = block.sentences[mention.sentence_index]
        assert sentence.start <= mention.start < mention.end <= sentence.end
        assert block.text[mention.start:mention.end] == mention.surface
        assert sentence.text in bodies[mention.article_id] or sentence.text in block.text
    for relation in briefing.relations:
        assert relation.weight == len(relation.evidence) == len({(e.article_id, e.anchor, e.sentence) for e in relation.evidence})


def test_briefing_json_has_the_promised_shape(briefing: Briefing) -> None:
    text = briefing_json(briefing)
    data = json.loads(text)
    # Written in parts, it reads as one compact document, inert if inlined (no "<").
    assert text == json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c") + "\n"
    assert set(data) == {"kinds", "articles", "topics", "relations", "facts", "statements", "events", "disagreements",
                         "candidates"}
    article = data["articles"][0]
    assert {"id", "title", "url", "publisher", "author", "published", "type"} <= set(article)
    topic = next(t for t in data["topics"] if t["id"] == "fuel-theft")
    assert topic["kind"] == "threat" and topic["url"] == "threats/fuel-theft/"
    assert {"article", "anchor", "sentence"} <= set(topic["mentions"][0])
    assert {"source", "target", "weight"} <= set(data["relations"][0])
    assert {"text", "value", "year", "article", "anchor", "topics"} <= set(data["facts"][0])
    if data["candidates"]:
        assert {"text", "suggested_kind", "count", "articles", "example"} <= set(data["candidates"][0])
    assert all(t["kind"] in ("threat", "actor", "program", "challenge") for t in data["topics"])


UNSEEN = """---
title: Navy and Army step up the fight against huachicoleros
publisher: Test Wire
published: 2025-10-01
type: news
---

MEXICO CITY – President Sheinbaum's government said the Secretaria de Marina and SEDENA
seized stolen fuel from huachicoleros in Hidalgo, while the Merida Initiative's successor,
the Bicentennial Framework, funds new scanners.

Officials from the Financial Intelligence Unit (UIF) and Customs and Border Protection met
Gen. Francisco Jesús Leana Ojeda to discuss fentanyl precursors and the cartels' finances.
"""


def test_an_unseen_article_links_known_topics_and_reports_new_names(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    (project / "corpus" / "articles" / "unseen.md").write_text(UNSEEN, encoding="utf-8")
    (project / "corpus" / "articles" / "unseen-follow-up.md").write_text(
        "---\ntitle: Follow-up\n---\n\nGen. Francisco Jesús Leana Ojeda said the Bicentennial Framework works. "
        "Judge Maria Ortega heard the case.\n", encoding="utf-8")
    result, _ = load_inputs(project / "corpus")
    found = {result.topic(m.topic_id).id: m.surface for m in result.mentions_by_article["unseen"]}
    # other spellings: possessive, Spanish names, accents dropped, plural
    assert found["claudia-sheinbaum"] == "Sheinbaum's"
    assert found["merida-initiative"] == "Merida Initiative's"
    assert found["precursor-chemicals"] == "fentanyl precursors"  # the longer name wins
    assert found["mexican-cartels"] == "cartels'"
    assert "huachicoleros" in {m.surface for m in result.mentions_by_article["unseen"]}
    assert {"semar", "sedena"} <= set(found)
    candidates = {c.text for c in result.candidates if "unseen" in c.articles}
    assert {"Bicentennial Framework", "Financial Intelligence Unit (UIF)"} <= candidates  # a name and its acronym: one
    assert any("Leana Ojeda" in c for c in candidates)
    assert not any("Maria Ortega" in c.text for c in result.candidates)  # one article of many gives it
    check = run_briefing("check", cwd=project)
    assert check.returncode == 0 and "Bicentennial Framework" in check.stdout


def test_briefing_json_joined_from_each_articles_mentions_is_the_same_file(briefing: Briefing, tmp_path: Path) -> None:
    """A build writes briefing.json from each article's mentions as its worker encoded them
    (and the cache kept them): the same bytes as encoding the whole Briefing at once."""
    from build_site.pipeline import Options, build_from

    whole = briefing_json(briefing)
    assert '"mentions":[{' in whole
    for number in range(2):  # made, then read from the cache
        built = build_from(briefing.articles, briefing.topics, Options(cache_dir=tmp_path / "cache"))
        for _ in built.pages():
            pass
        built.write_briefing_json(tmp_path / f"briefing-{number}.json")
        assert (tmp_path / f"briefing-{number}.json").read_text(encoding="utf-8") == whole
