"""A small project of the tests' own for statements, events and disagreements: two actors who
speak, a threat they speak of, dated events, and two sources that differ on a death toll."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import make_site_config

HOSTILE = "<script>alert('said')</script><img src=x onerror=alert(2)>"

TOPICS = {
    "actors": """
- id: marco-rubio
  name: Marco Rubio
  aliases: [Rubio, Secretary Rubio]
  summary: US Secretary of State.
  type: person
  country: United States
  role: Secretary of State
- id: claudia-sheinbaum
  name: Claudia Sheinbaum
  aliases: [Sheinbaum]
  summary: President of Mexico.
  type: person
  country: Mexico
  role: President of Mexico
""",
    "threats": """
- id: fentanyl
  name: Fentanyl
  aliases: [fentanilo]
  summary: A synthetic opioid.
- id: cartel-violence
  name: Cartel violence
  aliases: [drug war]
  summary: Killings by and against the cartels.
""",
    "programs": """
- id: merida-initiative
  name: Merida Initiative
  aliases: [Merida]
  summary: A security cooperation package.
""",
    "challenges": """
- id: corruption
  name: Corruption
  aliases: []
  summary: Officials bought by criminals.
""",
}

ARTICLES = {
    "rubio-visit": """---
title: Rubio visits Mexico City
publisher: Daily Example
published: 2025-09-05
---

"We will stop the fentanyl that is killing our people, and we will do it together," Marco Rubio said.

Sheinbaum said that Mexico would never accept foreign troops on its soil.

Mexico expelled 26 fugitives to the United States on Jan. 20.

The Merida Initiative was launched in 2007.
""",
    "old-report": """---
title: The drug war's toll
publisher: Weekly Sample
published: 2013-06-01
---

The official count says at least 60,000 people were killed in the drug war by 2012.

"We have never hidden a single death from the public and we never will," Claudia Sheinbaum said.

In March 2012, Rubio criticized the Merida Initiative as too slow.

Police patrols were doubled in Tamaulipas in January 2012.
""",
    "estimate": """---
title: Counting the dead
publisher: Monthly Witness
published: 2013-07-01
---

Independent estimates say more than 120,000 people were killed in the drug war by 2012.

"Fentanyl is a weapon against our children and we will treat it as one," Rubio said.

Troops arrived in Sinaloa on Wednesday.
""",
    "hostile": f"""---
title: A hostile quote
publisher: Attack Press
published: 2025-01-10
---

"{HOSTILE} is what we will answer to fentanyl traffickers," Marco Rubio said.
""",
}


def make_said_project(root: Path) -> Path:
    """The project: a new briefing's site configuration with this corpus and codebook."""
    make_site_config(root)
    topics, articles = root / "corpus" / "topics", root / "corpus" / "articles"
    topics.mkdir(parents=True)
    articles.mkdir(parents=True)
    for kind, text in TOPICS.items():
        (topics / f"{kind}.yml").write_text(text.lstrip(), encoding="utf-8")
    for name, text in ARTICLES.items():
        (articles / f"{name}.md").write_text(text, encoding="utf-8")
    return root
