"""A small briefing of the tests' own, on a made-up subject, started with `briefing new`."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import run_briefing

THREATS = """\
# corpus/topics/threats.yml: kept by hand, with comments that must survive an edit.

- id: reef-bleaching            # the first topic
  name: Reef bleaching
  aliases: [coral bleaching, bleaching event]
  summary: "Corals expelling their algae: the reef turns white, then dies."

# Spills come second, on purpose.
- id: oil-spills
  name: Oil spills
  aliases: [oil spill]   # singular too
  summary: Oil released into the sea by ships or rigs.
"""
ACTORS = """\
# corpus/topics/actors.yml
- id: harbor-authority
  name: Harbor Authority
  summary: The agency that runs the port.
  type: agency
"""
ARTICLES = {
    "reef-report.md": "---\ntitle: Reef report\npublished: 2024-05-01\n---\n\n"
    "Coral bleaching spread along the coast. The Blue Fin Consortium warned of bleaching. "
    "The Harbor Authority said the Blue Fin Consortium counted 12 bleaching events.\n",
    "spill-update.md": "---\ntitle: Spill update\npublished: 2024-06-02\n---\n\n"
    "An oil spill reached the reef. Divers from the Blue Fin Consortium and the Harbor Authority responded.\n",
}


def new_project(root: Path, articles: bool = True) -> Path:
    """`briefing new`, then this module's codebook (and, by default, its two articles)."""
    result = run_briefing("new", str(root), "--title", "Reef watch")
    assert result.returncode == 0, result.stderr
    (root / "corpus" / "topics" / "threats.yml").write_text(THREATS, encoding="utf-8")
    (root / "corpus" / "topics" / "actors.yml").write_text(ACTORS, encoding="utf-8")
    if articles:
        for name, text in ARTICLES.items():
            (root / "corpus" / "articles" / name).write_text(text, encoding="utf-8")
    return root
