"""A small briefing of the search tests' own on a subject written with accents (the Sahel):
place and person names a reader types without them ("Menaka", "Goita"), an acronym alias
(JNIM) that articles write more often than its topic, an author, and statements by speaker."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from tests.attack_project import write_article
from tests.helpers import make_site_config

CODEBOOK: dict[str, list[dict[str, object]]] = {
    "actors": [
        {"id": "jnim", "name": "Jama'at Nusrat al-Islam wal-Muslimin", "aliases": ["JNIM"],
         "summary": "An armed group of the Sahel, allied to al-Qaeda."},
        {"id": "assimi-goita", "name": "Assimi Goïta", "aliases": ["Goïta"], "type": "person",
         "summary": "The head of Mali's transitional government."},
        {"id": "fama", "name": "Malian Armed Forces", "aliases": ["FAMa"], "deliberate": ["FAMa"],
         "summary": "The army of Mali."},
    ],
    "threats": [
        {"id": "convoy-attacks", "name": "Convoy attacks", "aliases": ["attack on a convoy"],
         "summary": "Ambushes of supply convoys on the roads of the Sahel."},
    ],
}

ARTICLES = {
    "menaka-convoy": ("Convoy ambushed near Ménaka", "Aminata Kéïta", dt.date(2025, 3, 2), [
        "Fighters of JNIM ambushed a convoy near Ménaka on Sunday, and JNIM said it held the road.",
        '"The army will hold Ménaka," Goïta said. JNIM later claimed a second attack on a convoy.',
        "Residents of Ménaka said JNIM fighters stayed in the villages east of Ménaka.",
    ]),
    "bamako-talks": ("Talks in Bamako on the north", "Oumar Diallo", dt.date(2025, 3, 9), [
        "JNIM was not at the talks in Bamako. The Malian Armed Forces said JNIM had lost ground.",
        '"Ménaka is calm," Goïta said. JNIM denied it, and JNIM fighters were seen near Gao.',
        "Goïta met the governors of Gao and Ménaka; JNIM was named in every speech.",
    ]),
    "gao-market": ("Prices rise in Gao's market", "Oumar Diallo", dt.date(2025, 3, 16), [
        "Traders in Gao said the convoys from Ménaka were late. FAMa escorts were rare.",
        '"We will open the road," said Goïta, speaking in Gao.',
    ]),
    "jnim-claims": ("JNIM claims the Ménaka attack", "Oumar Diallo", dt.date(2025, 3, 20), [
        "JNIM claimed it. JNIM said so. JNIM fighters left. JNIM warned Gao.",
        "JNIM again: JNIM, JNIM, JNIM.",
    ]),
}


def make_sahel_project(root: Path, search: str) -> Path:
    """A project at `root`: a new briefing's site configuration with `search` (material or
    pagefind), this module's codebook and articles."""
    make_site_config(root)
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n      search: material" in text
    config.write_text(text.replace("\n      search: material", f"\n      search: {search}", 1), encoding="utf-8")
    topics = root / "corpus" / "topics"
    topics.mkdir(parents=True)
    for kind, entries in CODEBOOK.items():
        (topics / f"{kind}.yml").write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False),
                                            encoding="utf-8")
    folder = root / "corpus" / "articles"
    folder.mkdir()
    for slug, (title, author, published, paragraphs) in ARTICLES.items():
        write_article(folder / f"{slug}.md", title, published, "\n\n".join(paragraphs) + "\n",
                      publisher="Sahel Monitor", author=author)
    return root
