"""The codebook measured against an independent annotation of the five articles
(tests/fixtures/annotation.yml, made without looking at the codebook).

An annotated entry is covered when, at one of its surfaces in that article's text, the
matcher finds a topic of the annotated kind. Kinds can legitimately differ where the
articles themselves frame a concept two ways (corruption as a threat or as an obstacle to
cooperation); those are counted, printed, and held to a bound rather than to zero.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from build_site.model import Briefing

ANNOTATION = Path(__file__).parent / "fixtures" / "annotation.yml"


def coverage(briefing: Briefing) -> dict[str, list[tuple[str, str, str, str]]]:
    """Annotated entries sorted into covered / wrong kind / missed, with their importance."""
    outcome: dict[str, list[tuple[str, str, str, str]]] = {"covered": [], "wrong kind": [], "missed": []}
    annotation = yaml.safe_load(ANNOTATION.read_text(encoding="utf-8"))["articles"]
    for article_id, entries in annotation.items():
        spans = [(b.text, [m for m in briefing.mentions_by_article[article_id] if m.anchor == b.anchor])
                 for b in briefing.blocks[article_id]]
        for entry in entries:
            kinds: set[str] = set()
            for surface in entry["surfaces"]:
                for text, mentions in spans:
                    start = text.find(surface)
                    while start != -1:
                        end = start + len(surface)
                        kinds |= {briefing.topic(m.topic_id).kind for m in mentions if m.start < end and m.end > start}
                        start = text.find(surface, start + 1)
            verdict = "covered" if entry["kind"] in kinds else "wrong kind" if kinds else "missed"
            outcome[verdict].append((article_id, entry["concept"], entry["kind"], entry["importance"]))
    return outcome


def test_every_annotated_surface_is_in_its_article(briefing: Briefing) -> None:
    annotation = yaml.safe_load(ANNOTATION.read_text(encoding="utf-8"))["articles"]
    assert set(annotation) == {a.id for a in briefing.articles}
    for article_id, entries in annotation.items():
        text = "\n".join(b.text for b in briefing.blocks[article_id])
        for entry in entries:
            assert any(s in text for s in entry["surfaces"]), (article_id, entry["concept"])


def test_the_codebook_covers_what_an_analyst_annotated(briefing: Briefing) -> None:
    outcome = coverage(briefing)
    total = sum(len(v) for v in outcome.values())
    core = [e for v in outcome.values() for e in v if e[3] == "core"]
    core_covered = [e for e in outcome["covered"] if e[3] == "core"]
    report = "\n".join(f"  {verdict}: {e}" for verdict in ("wrong kind", "missed") for e in outcome[verdict])
    print(f"coverage: {len(outcome['covered'])}/{total} entries, {len(core_covered)}/{len(core)} core\n{report}")
    assert len(core_covered) / len(core) >= 0.95, report
    assert len(outcome["covered"]) / total >= 0.85, report
    assert len(outcome["wrong kind"]) / total <= 0.06, report


def test_every_topic_is_grounded_in_the_articles(briefing: Briefing) -> None:
    """Nothing invented: each topic of the codebook is named in at least one article."""
    unmentioned = [t.id for t in briefing.topics if not briefing.mentions_by_topic[t.id]]
    assert unmentioned == []
