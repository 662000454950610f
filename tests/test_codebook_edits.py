"""A codebook edit re-matches only the articles it concerns (work/relevance.py), and a build
from the cache after any edit gives exactly the site a clean build of the edited codebook gives."""
from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from build_site.article_analysis import analyze_article, speakers
from build_site.loading import load_corpus
from build_site.matcher import Matcher
from build_site.pipeline import Options, build
from build_site.work.relevance import Relevance, article_words
from tests.helpers import FIXTURE_CORPUS

TOPICS = Path("topics")
# Three articles of the tests' own beside the fixture's five: rules the fixture's texts do not
# reach (a country's body by its kind, coordinated modifiers, accents, a figure's kind noun),
# and one that names none of the codebook's topics.
ARTICLES = {
    "navy-seizures.md": """---
title: Navy seizures in Culiacán
publisher: Example Wire
published: 2025-04-02
---

The Mexican military said on Monday that marines seized 300 kilograms of fentanyl near Culiacan.
Ojeda said the Navy would keep up its anti-drug patrols.

The Secretaría de Marina reported 12 arrests. Drug, organ, and human trafficking remain the
cartels' main business, the Mexican government said; the U.S. and Mexican governments agreed.

Guillot told reporters that American forces share intelligence. González said the army was ready.
The general said 40 attacks were recorded in 2024. The Philippine military said 3 patrol boats were
seized. Drug cartels in Guatemala moved cocaine, and the domestic and Foreign Terrorist Organization
lists grew. The Philippine coastguard said 5 vessels were seen.
""",
    "sanctions.md": """---
title: Treasury names cartel fronts
publisher: Example Wire
published: 2025-05-03
---

The Treasury sanctioned three entities linked to the cartels on Tuesday. Some 16,200 people
have fled to camps near the border since the fighting began. Officials reviewed the Mexico
Security Strategy in March.
""",
    "harvest.md": """---
title: A strong harvest in the valley
publisher: Example Wire
published: 2025-05-01
---

Farmers in the valley reported a strong harvest after steady rains. The cooperative said prices
would stay low through the summer.
""",
}


def _replace(path: str, old: str, new: str) -> Callable[[Path], None]:
    def edit(topics: Path) -> None:
        text = (topics / path).read_text(encoding="utf-8")
        assert old in text, (path, old)
        (topics / path).write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def _append(path: str, entry: str) -> Callable[[Path], None]:
    def edit(topics: Path) -> None:
        with (topics / path).open("a", encoding="utf-8") as stream:
            stream.write("\n" + entry)

    return edit


def _entry(path: str, topic_id: str) -> str:
    """A topic's whole entry as its file writes it."""
    text = (FIXTURE_CORPUS / TOPICS / path).read_text(encoding="utf-8")
    found = re.search(rf"^- id: {re.escape(topic_id)}\n(?:  .*\n|\n(?!- ))*", text, re.MULTILINE)
    assert found, topic_id
    return found.group()


def _move(topic_id: str, source: str, target: str) -> Callable[[Path], None]:
    """A topic moved to another kind."""
    entry = _entry(source, topic_id)

    def edit(topics: Path) -> None:
        _replace(source, entry, "")(topics)
        _append(target, entry)(topics)

    return edit


# Edits an analyst makes, on the fixture's real names: each is applied to the base codebook alone.
EDITS: dict[str, Callable[[Path], None]] = {
    "an alias": _replace("threats.yml", "fentanilo]", "fentanilo, kilograms]"),
    "an alias with accents": _replace("threats.yml", "aliases: [huachicol,", "aliases: [Culiacán, huachicol,"),
    "an alias with a hyphen": _replace("threats.yml", "aliases: [secuestro]", "aliases: [secuestro, anti-drug patrols]"),
    "a demonym as an alias": _replace("actors.yml", "aliases: [Mexican government,", "aliases: [Mexican, Mexican government,"),
    "another topic's surname": _replace("actors.yml", "aliases: [Rafael Ojeda Durán,", "aliases: [González, Rafael Ojeda Durán,"),
    "a new topic": _append("actors.yml", "- id: culiacan-cartel\n  name: Culiacán Cartel\n  type: criminal group\n"
                           "  country: Mexico\n  summary: S.\n"),
    "a country's body": _append("actors.yml", "- id: afp\n  name: Armed Forces of the Philippines\n"
                                "  type: armed force\n  summary: S.\n"),
    "a body written as one word": _append("actors.yml", "- id: pcg\n  name: Philippine Coast Guard\n"
                                          "  type: armed force\n  summary: S.\n"),
    "a surname changed": _replace("actors.yml", "name: Luis Cresencio Sandoval González",
                                  "name: Luis Cresencio Sandoval Gómez"),
    "an actor of another country": _append("actors.yml", "- id: kaibiles\n  name: Kaibil Corps\n"
                                           "  type: armed force\n  country: Guatemala\n  summary: S.\n"),
    "a second body of a country": _append("actors.yml", "- id: mexican-marines\n  name: Mexican Marines\n"
                                          "  type: armed force\n  country: Mexico\n  summary: S.\n"),
    "a topic no article names": _append("actors.yml", "- id: nobody\n  name: Zyxwv Qrst\n  summary: S.\n"),
    "a coordinated modifier": _append("threats.yml", "- id: organ-trafficking\n  name: Organ trafficking\n"
                                      "  summary: S.\n"),
    "a modifier of a variant": _append("actors.yml", "- id: dtos\n  name: domestic terrorist organizations\n"
                                       "  type: multilateral body\n  summary: S.\n"),
    "a kind noun": _append("threats.yml", "- id: sinaloa-arrests\n  name: Sinaloa campaign\n  aliases: [Sinaloa arrests]\n"
                           "  summary: S.\n"),
    "a renamed topic": _replace("actors.yml", "name: Marco Rubio", "name: Marco Antonio Rubio"),
    "a deleted topic": _replace("actors.yml", _entry("actors.yml", "donald-trump"), ""),
    "a topic of another kind": _move("sanctuary-cities", "challenges.yml", "programs.yml"),
    "a country changed": _replace("actors.yml", "type: criminal group\n  country: Mexico",
                                  "type: criminal group\n  country: Colombia"),
    "a role changed": _replace("actors.yml", "role: US Secretary of State", "role: Attorney General"),
    "a type changed": _replace("actors.yml", "type: organization\n", "type: person\n"),
    "a phrase ruled out": _replace("threats.yml", "aliases: [violence,", "not: [drug-related violence]\n  aliases: [violence,"),
    "a verb's own noun": _append("programs.yml", "- id: sanctions\n  name: Sanctions\n  summary: S.\n"),
    "the noun of fleeing": _append("challenges.yml", "- id: displacement\n  name: Displacement\n  summary: S.\n"),
    "a demonym's country in a name": _append("programs.yml", "- id: mss\n  name: Mexican Security Strategy\n"
                                             "  summary: S.\n"),
    "a summary": _replace("threats.yml", "summary:", "summary: Edited."),
}


def make_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    shutil.copytree(FIXTURE_CORPUS, corpus)
    for name, text in ARTICLES.items():
        (corpus / "articles" / name).write_text(text, encoding="utf-8")
    _append("threats.yml", "- id: ftos\n  name: Foreign Terrorist Organizations\n  summary: S.\n")(corpus / TOPICS)
    return corpus


def built(corpus: Path, cache: Path | None) -> tuple[dict[str, str], str, dict[str, set[str]]]:
    """Every generated page (its HTML, contents and search sections) and briefing.json; what
    the cache reused; the articles that name each topic."""
    run = build(corpus, Options(cache_dir=cache, title="Edits"))
    try:
        pages = {uri: repr((page.html, [tuple(map(str, entry)) for entry in page.toc], page.search))
                 for uri, page in run.pages()}  # a title from the cache is a str, not Markup: the same text
        run.write_briefing_json(corpus.parent / "briefing.json")
        pages["briefing.json"] = (corpus.parent / "briefing.json").read_text(encoding="utf-8")
        named = {topic: {m.article_id for m in found} for topic, found in run.briefing.mentions_by_topic.items()}
        return pages, "".join(run.assemble().cache_notes), named
    finally:
        run.close()


def reused(note: str) -> tuple[int, int]:
    found = re.search(r"reused (\d+) of (\d+)", note)
    assert found, note
    return int(found.group(1)), int(found.group(2))


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus built once, its cache kept: each edit starts from a copy of both."""
    root = tmp_path_factory.mktemp("base")
    built(make_corpus(root), root / "cache")
    return root


def edited_copy(base: Path, root: Path, edit: Callable[[Path], None]) -> Path:
    shutil.copytree(base / "corpus", root / "corpus")
    shutil.copytree(base / "cache", root / "cache")
    edit(root / "corpus" / TOPICS)
    return root / "corpus"


@pytest.mark.parametrize("name", EDITS)
def test_a_build_from_the_cache_after_an_edit_is_a_clean_build(base: Path, tmp_path: Path, name: str) -> None:
    corpus = edited_copy(base, tmp_path / "incremental", EDITS[name])
    incremental, note, _ = built(corpus, tmp_path / "incremental" / "cache")
    clean_corpus = tmp_path / "clean" / "corpus"
    shutil.copytree(corpus, clean_corpus)
    clean, _, _ = built(clean_corpus, None)
    assert incremental.keys() == clean.keys()
    assert [uri for uri in clean if incremental[uri] != clean[uri]] == []
    hits, total = reused(note)
    assert total == 3 * (len(ARTICLES) + 5) and hits >= len(ARTICLES) + 5  # no text is read again


def test_an_edit_re_matches_only_the_articles_that_name_the_topic(base: Path, tmp_path: Path) -> None:
    """An alias only the harvest article writes, added to a topic some articles name: those
    articles and the harvest article are matched again (and their pages remade), no other."""
    articles = len(ARTICLES) + 5
    _, note, named = built(edited_copy(base, tmp_path / "same", lambda _: None), tmp_path / "same" / "cache")
    assert reused(note) == (3 * articles, 3 * articles)
    named_by = named["corruption"]
    assert 0 < len(named_by) < articles - 1 and "harvest" not in named_by
    edit = _replace("challenges.yml", "aliases: [institutional corruption,", "aliases: [harvest, institutional corruption,")
    _, note, _ = built(edited_copy(base, tmp_path / "edited", edit), tmp_path / "edited" / "cache")
    redone = len(named_by) + 1
    assert reused(note) == (3 * articles - 2 * redone, 3 * articles)


def test_a_summary_edit_re_matches_nothing_and_remakes_only_the_pages_of_its_topic(base: Path, tmp_path: Path) -> None:
    articles = len(ARTICLES) + 5
    _, _, named = built(edited_copy(base, tmp_path / "same", lambda _: None), tmp_path / "same" / "cache")
    edit = _replace("challenges.yml", "summary: Corruption in", "summary: Graft in")
    _, note, _ = built(edited_copy(base, tmp_path / "edited", edit), tmp_path / "edited" / "cache")
    assert reused(note) == (3 * articles - len(named["corruption"]), 3 * articles)


def test_every_topic_an_article_names_is_relevant_to_it(tmp_path: Path) -> None:
    """The relevance test says yes wherever the analysis finds a topic: in a mention, as a
    speaker, as what a figure is about."""
    articles, topics, _ = load_corpus(make_corpus(tmp_path))
    matcher = Matcher(topics)
    relevance = Relevance(topics, matcher)
    for article in articles:
        analysis = analyze_article(article, matcher, None, speakers(topics))
        found = {m.topic_id for m in analysis.mentions} | {t for f in analysis.facts for t in f.topics}
        found |= {s.speaker for s in analysis.matches.statements if s.speaker}
        relevant = relevance.topics(set(article_words(analysis.blocks).words.split()))
        assert found <= relevant and (found or article.id == "harvest"), (article.id, found - relevant)
        assert len(relevant) < len(topics)
