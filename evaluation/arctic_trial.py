"""The Arctic shipping trial's briefing, on the real excerpts of tests/arctic_texts.py: its
candidates (text, suggested kind, count, articles) and where the place topic "Arctic" is found.

    .venv/bin/python evaluation/arctic_trial.py

Kinds actor, place, vessel, regulation (as `briefing new --kind ...` declares them) and a
three-topic codebook: the Arctic (a place), the Polar Code (a regulation), the Coast Guard.
"""
from __future__ import annotations

import sys
from pathlib import Path

from build_site.kinds import declared_kinds
from build_site.model import Article, Topic
from build_site.pipeline import Options, build_from

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests import arctic_texts  # noqa: E402  (the excerpts live with the tests that use them)

KINDS = ("actor", "place", "vessel", "regulation")
TOPICS = [
    Topic("arctic", "place", "Arctic", (), "The region around the North Pole."),
    Topic("polar-code", "regulation", "Polar Code", (), "The IMO's code for ships in polar waters."),
    Topic("coast-guard", "actor", "U.S. Coast Guard", ("Coast Guard",), "The US maritime service."),
]
TEXTS = ("SEANEWS", "FLEET_EXERCISE", "FLEET_SHIPS", "ROSATOM_REPORT", "POLAR_CODE", "HFO_BAN", "SPUTNIK",
         "SPUTNIK_ROUTE", "MURMANSK", "CHINA_PI", "HEALY")


def main() -> int:
    kinds = declared_kinds([{"id": k, "singular": k.capitalize(), "plural": k.capitalize() + "s"} for k in KINDS],
                           Path("mkdocs.yml"))
    articles = [Article(id=name.lower(), path=Path(name.lower() + ".md"), title=name, body=getattr(arctic_texts, name))
                for name in TEXTS]
    briefing = build_from(articles, TOPICS, Options(pages=False, kinds=kinds)).briefing
    for candidate in briefing.candidates:
        print(f"candidate\t{candidate.text}\t{candidate.suggested_kind}\t{candidate.count}\t{len(candidate.articles)}")
    for mention in briefing.mentions:
        if mention.topic_id == "arctic":
            print(f"mention\t{mention.article_id}\t{mention.anchor}\t{mention.surface}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
