"""Projects of the attack tests' own: a small codebook and generated articles, hostile on request.

Independent of the shipped corpus: a new briefing's mkdocs.yml and docs/ (what a user builds
with), and a corpus written here.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from tests.helpers import make_site_config

# Each string tries a different way out of the text: a tag, an event handler, a script
# URL, template syntax, and an entity that a second HTML parse would turn back into a tag.
PAYLOAD = "<img src=x onerror=\"window.__pwned.push('{where}')\">"
ENTITY_PAYLOAD = "&lt;img src=x onerror=&quot;window.__pwned.push('{where}-entity')&quot;&gt;"
SCRIPT_PAYLOAD = "<script>window.__pwned.push('{where}-script')</script>"


def hostile(where: str) -> str:
    """Text that runs `window.__pwned.push(where)` if any rendering path treats it as HTML."""
    return " ".join(p.format(where=where) for p in (PAYLOAD, ENTITY_PAYLOAD, SCRIPT_PAYLOAD))


CODEBOOK: dict[str, list[dict[str, object]]] = {
    "threats": [
        {"id": "fuel-theft", "name": "Fuel theft", "aliases": ["huachicol"],
         "summary": "The theft of fuel from pipelines."},
        {"id": "arms-trafficking", "name": "Arms trafficking", "aliases": ["gun smuggling"],
         "summary": "Weapons moved across the border."},
    ],
    "actors": [
        {"id": "semar", "name": "SEMAR", "aliases": ["Mexican Navy"], "summary": "Mexico's navy."},
        {"id": "ice", "name": "ICE", "aliases": ["Immigration and Customs Enforcement"],
         "summary": "A US federal agency."},
    ],
    "programs": [
        {"id": "merida", "name": "Mérida Initiative", "aliases": ["Merida program"],
         "summary": "A security cooperation program."},
    ],
    "challenges": [
        {"id": "corruption", "name": "Corruption", "aliases": ["graft"], "summary": "Officials bought."},
    ],
}

SENTENCES = [
    "SEMAR seized a shipment tied to fuel theft near the port.",
    "ICE agents traced gun smuggling routes with the Mexican Navy.",
    "The Mérida Initiative funded training against corruption and graft.",
    "Officials said huachicol losses fell after SEMAR patrols increased.",
    "Arms trafficking cases rose, and ICE opened new files.",
]


def make_attack_project(root: Path, articles: int = 3, hostile_text: bool = False) -> Path:
    """A project at `root`: a new briefing's site configuration, this module's codebook, and
    `articles` generated articles; with `hostile_text`, a hostile topic and article too."""
    make_site_config(root)
    topics = root / "corpus" / "topics"
    topics.mkdir(parents=True)
    codebook = {kind: list(entries) for kind, entries in CODEBOOK.items()}
    if hostile_text:
        codebook["actors"].append({"id": "hostile-unit", "name": f"Unit {hostile('topic-name')}",
                                   "aliases": ["Red Unit"], "summary": f"Summary {hostile('topic-summary')}"})
    for kind, entries in codebook.items():
        (topics / f"{kind}.yml").write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False),
                                            encoding="utf-8")
    folder = root / "corpus" / "articles"
    folder.mkdir()
    for number in range(articles):
        write_article(folder / f"article-{number:04d}.md", f"Report {number} on border security",
                      dt.date(2024, 1, 1) + dt.timedelta(days=number % 500), _body(number))
    if hostile_text:
        write_article(folder / "hostile.md", f"Cartel report {hostile('article-title')}", dt.date(2025, 3, 1),
                      f"SEMAR seized fuel near the Red Unit base, {hostile('article-body')}.\n\n"
                      f"ICE said gun smuggling grew. [link](javascript:window.__pwned.push('link'))\n",
                      publisher=f"Press {hostile('publisher')}", author=f"Writer {hostile('author')}")
    return root


def write_article(path: Path, title: str, published: dt.date, body: str, *, publisher: str = "Border Monitor",
                  author: str = "Ana Torres") -> None:
    meta = {"title": title, "publisher": publisher, "author": author, "published": published.isoformat(),
            "url": f"https://news.example/{path.stem}", "type": "news"}
    path.write_text(f"---\n{yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)}---\n\n{body}", encoding="utf-8")


def _body(number: int) -> str:
    paragraphs = []
    for block in range(6):
        picked = [SENTENCES[(number + block + k) % len(SENTENCES)] for k in range(3)]
        paragraphs.append(f"In report {number}, part {block}: " + " ".join(picked))
    return "\n\n".join(paragraphs) + "\n"
