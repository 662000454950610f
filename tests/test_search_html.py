"""The lean copy of each generated page that Material's search plugin parses gives the same index, and
what search_html adds to it: accented words folded, and the names of what the page is about in its title."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from material.plugins.search.plugin import Parser

from build_site import pages as pages_module
from build_site.model import Briefing
from build_site.pipeline import load_inputs
from build_site.search_html import cells_apart, lean_html, search_html
from build_site.search_sections import page_sections
from tests.helpers import ROOT, make_project, pages_of
from tests.test_safety import HOSTILE_TOPIC


def index_entries(html: str) -> list[tuple[str | None, str, str, bool]]:
    """What Material's search index takes from a page: each section's id, title, text, exclusion."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    return [(s.id, "".join(s.title).strip(), "".join(s.text).strip(), s.is_excluded()) for s in parser.data]


def test_every_generated_page_indexes_the_same_with_far_fewer_tags(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")  # the real corpus, plus hostile text in an article and a topic
    shutil.copy(ROOT / "tests" / "fixtures" / "hostile" / "hostile.md", project / "corpus" / "articles")
    (project / "corpus" / "articles" / "lookalike.md").write_text(LOOKALIKE, encoding="utf-8")
    actors = project / "corpus" / "topics" / "actors.yml"
    actors.write_text(actors.read_text(encoding="utf-8") + HOSTILE_TOPIC, encoding="utf-8")
    briefing, _ = load_inputs(project / "corpus")
    tags_before = tags_after = 0
    for options in ({"index_article_text": True}, {"index_article_text": False}):
        for src_uri, page in pages_of(briefing.articles, briefing.topics, **options).items():
            lean = lean_html(page.html)
            assert index_entries(lean) == index_entries(cells_apart(page.html)), src_uri
            tags_before += page.html.count("<")
            tags_after += lean.count("<")
            # What search_html adds to the lean copy: hidden words, and an id making the first heading the title.
            added = ADDED.sub("", search_html(page.html)).replace('<h1 id="title"', "<h1", 1)
            assert added == lean.lstrip() or added == lean, src_uri
    assert tags_after < 0.6 * tags_before  # 52% here; fewer at 2,000 articles, where mentions and quotes dominate


ADDED = re.compile(r"<sub>[^<]*</sub>")


def test_accented_words_are_folded_and_names_join_the_title() -> None:
    """The words the index gets besides the page's: each accented word folded as often as it
    occurs, after its section (a heading's in the heading), and what names the page in its title."""
    page = ('\n<h1>Assimi Goïta</h1><table><tr><td data-pagefind-weight="10">Goïta, A &amp; B</td></tr></table>'
            '<p>He spoke in <a href="x">Ménaka</a> &amp; Ménaka.</p><h2 id="said">Said in Ségou</h2>'
            '<h3>Kéïta</h3><p>plain</p><h2 id="plain">Plain</h2><p>ascii only</p>')
    entries = index_entries(search_html(page))
    assert entries == [
        (None, "Assimi Goïta<sub>Goita Goïta A &amp; B Goita</sub>",
         "Goïta, A &amp; B<p>He spoke in Ménaka &amp; Ménaka.</p><sub>Goita Menaka Menaka</sub>", False),
        ("said", "Said in Ségou<sub>Segou</sub>", "Kéïta<p>plain</p><sub>Keita</sub>", False),
        ("plain", "Plain", "<p>ascii only</p>", False),
    ]
    assert search_html("<h1>Plain</h1><p>ascii</p>") == "<h1>Plain</h1><p>ascii</p>"  # nothing to add



def test_accents_written_as_character_references_are_folded_too() -> None:
    """A section in ASCII may still hold accented words, written as references (the parser
    unescapes them): only the references of escaped text spare a section the word search."""
    page = ('<h1>Títle</h1><p>x</p><h2 id="a">Caf&eacute;</h2><p>M&#233;rida &amp; &#39;plain&#39;</p>'
            '<h2 id="b">Plain</h2><p>ascii &amp; &#39;only&#39; &lt;b&gt; &quot;x&quot; &#34;y&#34;</p>')
    assert search_html(page) == (
        '<h1 id="title">Títle<sub>Title</sub></h1><p>x</p><h2 id="a">Caf&eacute;<sub>Cafe</sub></h2>'
        "<p>M&#233;rida &amp; &#39;plain&#39;</p><sub>Merida</sub>"
        '<h2 id="b">Plain</h2><p>ascii &amp; &#39;only&#39; &lt;b&gt; &quot;x&quot; &#34;y&#34;</p>'
    )

LOOKALIKE = """---
title: 'A title that says data-search-exclude" data-search-exclude x="'
publisher: Lookalike Press
published: 2024-05-01
---

The DHS wrote <td data-search-exclude>this</td> and <q data-search-exclude>that</q> as text.
"""


def test_a_quoted_sentence_is_indexed_once_on_its_article_unless_article_text_is_not(tmp_path: Path) -> None:
    """With the articles' text indexed, a search for a sentence finds its paragraph, not also
    every topic and analysis page that quotes it; without it, the quotes are what search finds."""
    briefing, _ = load_inputs(make_project(tmp_path / "p") / "corpus")
    relation = briefing.relations[0]
    sentence = relation.evidence[0].sentence
    topic = briefing.topic(relation.source)
    quoting = [f"{topic.site_url.rstrip('/')}.md", "analysis/graph.md"]

    def indexed_on(options: dict[str, bool]) -> set[str]:
        pages = pages_of(briefing.articles, briefing.topics, **options)
        return {src for src, page in pages.items()
                if any(sentence in text for _, _, text, excluded in index_entries(search_html(page.html)) if not excluded)}

    article = f"articles/{relation.evidence[0].article_id}.md"
    assert indexed_on({"index_article_text": True}) == {article}
    assert set(quoting) <= indexed_on({"index_article_text": False})
    assert article not in indexed_on({"index_article_text": False})


def test_without_article_text_an_article_page_is_one_search_entry(briefing: Briefing) -> None:
    """With `search_article_text: false`, search finds an article by its title and metadata:
    its text and the headings in it give no entry (each would be an empty result)."""
    for src_uri, page in pages_of(briefing.articles, briefing.topics, index_article_text=False).items():
        if src_uri.startswith("articles/") and src_uri != "articles/index.md" and "/page-" not in src_uri:
            entries = index_entries(search_html(page.html))
            assert [section_id for section_id, _, _, excluded in entries if not excluded] == [None], src_uri


def test_lists_matrices_and_graphs_that_name_what_has_its_own_page_are_not_indexed(briefing: Briefing,
                                                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Search finds an article on its own page, not on every list, matrix and graph that names it
    (at 2,000 articles such lists were most of the tags the search plugin parsed); a topic page
    still lists the articles it quotes, by title."""
    monkeypatch.setattr(pages_module, "EVIDENCE_ARTICLES", 1)  # the others are listed, not quoted
    titles = [article.title for article in briefing.articles]
    for index_article_text in (True, False):
        pages = pages_of(briefing.articles, briefing.topics, index_article_text=index_article_text)

        def indexed_text(src_uri: str) -> str:
            return " ".join(f"{title} {text}" for _, title, text, excluded in index_entries(search_html(pages[src_uri].html))
                            if not excluded)

        for src_uri in ("articles/index.md", "analysis/coverage.md"):
            assert not [title for title in titles if title in indexed_text(src_uri)], src_uri
        assert "(threat)" not in indexed_text("analysis/graph.md")  # the graph's labels of its dots
        topic = max(briefing.topics, key=lambda t: len(briefing.articles_of(t.id)))
        topic_page = indexed_text(f"{topic.site_url.rstrip('/')}.md")
        assert "more articles mention" in pages[f"{topic.site_url.rstrip('/')}.md"].html
        assert "more articles mention" not in topic_page  # the list of the articles not quoted
        if index_article_text:  # else the quotes are indexed, with the title of the article each is from
            assert sum(title in topic_page for title in titles) == 1, topic.id  # the one quoted


def test_an_article_page_brings_its_search_sections_when_material_search_indexes(briefing: Briefing,
                                                                                tmp_path: Path) -> None:
    """Made with the page (in the worker, then cached with it), its sections are those Material's
    parser finds in the lean copy; a build that does not index with Material's search makes
    none, and a cached page without them is not taken for a page with them."""
    from build_site.pipeline import Options, build_from

    cache = tmp_path / "cache"
    for _ in range(2):  # made, then read from the cache
        made = dict(build_from(briefing.articles, briefing.topics, Options(search_copies=True, cache_dir=cache)).pages())
        for src_uri, page in made.items():
            is_article = src_uri in {article.page_source for article in briefing.articles}
            assert page.search == (page_sections(search_html(page.html)) if is_article else None), src_uri
    plain = dict(build_from(briefing.articles, briefing.topics, Options(cache_dir=cache)).pages())
    assert all(page.search is None for page in plain.values())
    assert {src: page.html for src, page in plain.items()} == {src: page.html for src, page in made.items()}
