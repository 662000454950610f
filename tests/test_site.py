"""A real MkDocs build of the fixture briefing: every page exists, every link lands, both ways."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from build_site.model import Article, Briefing, Topic
from build_site.pages import page_plan
from tests.helpers import briefing_of, pages_of, run_briefing


class Page(HTMLParser):
    """Ids, links and text of one built page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, dict[str, str | None]]] = []
        self.loads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.links.append((values["href"] or "", values))
        for name in ("src", "href"):
            if tag in ("script", "img", "link", "iframe") and values.get(name):
                self.loads.append(values[name] or "")


def parse(site: Path, url: str) -> Page:
    page = Page()
    page.feed((site / url / "index.html").read_text(encoding="utf-8"))
    return page


def resolve(page_url: str, href: str) -> tuple[str, str]:
    """A relative href on `page_url` -> (target page url, fragment), site-root relative."""
    absolute = urlsplit(urljoin("http://site/" + page_url, href))
    return absolute.path.lstrip("/"), absolute.fragment


def test_every_topic_and_article_in_the_json_has_its_page(built_site: Path) -> None:
    data = json.loads((built_site / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 5 and len(data["topics"]) >= 60
    for item in data["articles"] + data["topics"]:
        assert (built_site / item["url"] / "index.html").is_file(), item["url"]
    for page in ("threats", "actors", "programs", "challenges", "articles", "analysis/coverage",
                 "analysis/graph", "analysis/timeline", "analysis/statements", "analysis/disagreements",
                 "analysis/figures", "analysis/review", "about"):
        assert (built_site / page / "index.html").is_file(), page


def test_the_pages_planned_before_the_analysis_are_the_pages_made_after_it(briefing: Briefing) -> None:
    """MkDocs lists every page before any article is read (plugin.py): the plan must hold each
    page the analysis makes, and nothing else, with the article pages first, in the order the
    pages are made (the order MkDocs renders them in, which another process works ahead of)."""
    plan = list(page_plan(briefing.articles, briefing.topics))
    assert plan == list(pages_of(briefing.articles, briefing.topics))
    articles = len(briefing.articles)
    assert plan[:articles] == [f"articles/{a.id}.md" for a in briefing.articles]
    assert not any(src.startswith("articles/") and src != "articles/index.md" and "/page-" not in src
                   for src in plan[articles:])


def test_evidence_links_land_on_the_paragraph_that_holds_the_sentence(built_site: Path, briefing: Briefing) -> None:
    data = json.loads((built_site / "briefing.json").read_text(encoding="utf-8"))
    checked = 0
    for topic in data["topics"]:
        for mention in topic["mentions"]:
            article = parse(built_site, f"articles/{mention['article']}/")
            assert mention["anchor"] in article.ids
            block = briefing.block(mention["article"], mention["anchor"])
            assert mention["sentence"] in block.text  # verbatim, from that very paragraph
            assert mention["text"] in mention["sentence"]
            checked += 1
    assert checked == len(briefing.mentions)


def test_a_figure_whose_topics_come_from_its_paragraph_says_so(built_site: Path, briefing: Briefing) -> None:
    """"Established in 2002, it plays..." names no topic: it is listed under its paragraph's topics,
    and the topic page must not pass that off as a sentence that names the topic."""
    data = json.loads((built_site / "briefing.json").read_text(encoding="utf-8"))
    inferred = [f for f in data["facts"] if f["topics_from"] == "paragraph"]
    assert inferred and len(inferred) < len(data["facts"])
    for fact in inferred:
        topic = briefing.topic(fact["topics"][0])
        rows = lxml.html.fromstring((built_site / topic.site_url / "index.html").read_bytes()).xpath(
            "//div[contains(@class, 'facts')]//tr[td]")
        row = next(r for r in rows if fact["sentence"] in r.text_content())
        assert f"its paragraph names {topic.name}" in row.text_content()


def test_topics_and_articles_link_to_each_other_both_ways(built_site: Path, briefing: Briefing) -> None:
    """From the HTML: each topic page links to every article (at an anchor) that mentions it, and
    each of those article pages links back to the topic."""
    for topic in briefing.topics:
        page = parse(built_site, topic.site_url)
        targets = {resolve(topic.site_url, href) for href, _ in page.links}
        expected = {(f"articles/{m.article_id}/", m.anchor) for m in briefing.mentions_by_topic[topic.id]}
        assert expected <= targets, f"{topic.id}: evidence links missing"
        for article_id in briefing.articles_of(topic.id):
            article_url = f"articles/{article_id}/"
            back = {resolve(article_url, href)[0] for href, _ in parse(built_site, article_url).links}
            assert topic.site_url in back, f"{article_id} does not link back to {topic.id}"


def test_no_internal_link_is_broken_and_nothing_loads_from_another_host(built_site: Path) -> None:
    urls = [p.relative_to(built_site).parent.as_posix() + "/" for p in built_site.rglob("index.html")]
    parsed = {("" if url == "./" else url): parse(built_site, "" if url == "./" else url) for url in urls}
    for url, page in parsed.items():
        for load in page.loads:
            assert not urlsplit(load).netloc, f"{url} loads {load}"
        for href, _ in page.links:
            if urlsplit(href).scheme or href.startswith("mailto:"):
                continue
            target, fragment = resolve(url, href)
            if target.endswith((".json", ".css", ".js", ".xml", ".png", ".svg")):
                assert (built_site / target).is_file(), f"{url}: {href}"
                continue
            assert target in parsed, f"{url}: broken link {href}"
            if fragment:
                assert fragment in parsed[target].ids, f"{url}: missing anchor {href}"


def test_article_pages_mark_opinion_and_link_the_first_mention_per_paragraph(built_site: Path, briefing: Briefing) -> None:
    opinion = next(a for a in briefing.articles if a.type == "opinion")
    html = (built_site / opinion.site_url / "index.html").read_text(encoding="utf-8")
    assert "opinion-banner" in html and "<strong>Opinion.</strong>" in html
    news = next(a for a in briefing.articles if a.type == "news")
    assert "opinion-banner" not in (built_site / news.site_url / "index.html").read_text(encoding="utf-8")
    for article in briefing.articles:
        page = parse(built_site, article.site_url)
        mention_links = [(a.get("href"), a.get("class")) for _, a in page.links if "mention" in (a.get("class") or "")]
        per_block: dict[str, set[str]] = {}
        for m in briefing.mentions_by_article[article.id]:
            per_block.setdefault(m.anchor, set()).add(m.topic_id)
        assert len(mention_links) == sum(len(t) for t in per_block.values())


def test_two_builds_of_the_same_corpus_are_byte_identical(built_site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert run_briefing("build", "-q", "-d", str(again), cwd=built_site.parent).returncode == 0

    def digest(site: Path) -> dict[str, str]:
        return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(site.rglob("*")) if p.is_file()}

    first, second = digest(built_site), digest(again)
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_mkdocs_build_works_on_its_own(project: Path) -> None:
    """The plugin makes the pages, so the ecosystem's own command builds the same site."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", "out"], cwd=project,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (project / "out" / "threats" / "fuel-theft" / "index.html").is_file()
    assert (project / "out" / "briefing.json").is_file()


def test_a_broken_link_fails_the_build_and_keeps_the_last_good_site(project: Path) -> None:
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    before = {p: p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}
    (project / "docs" / "about.md").write_text("# About\n\n[gone](nowhere.md) and [bad](index.md#no-such-anchor)\n")
    result = run_briefing("build", "-q", cwd=project)
    assert result.returncode == 1
    assert "nowhere.md" in result.stderr and "Traceback" not in result.stderr
    after = {p: p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in project.iterdir() if p.name.startswith(".site")]  # no staging left behind


@pytest.mark.parametrize("src", ["docs/threats/index.md", "docs/briefing.json"])
def test_a_hand_written_page_may_not_hide_a_generated_one(project: Path, src: str) -> None:
    (project / src).parent.mkdir(parents=True, exist_ok=True)
    (project / src).write_text("# Mine\n")
    result = run_briefing("build", "-q", cwd=project)
    assert result.returncode == 1
    assert f"{src} would hide" in result.stderr and "Traceback" not in result.stderr


def test_the_link_check_finds_broken_links_missing_anchors_and_other_hosts(tmp_path: Path) -> None:
    from build_site.linkcheck import check_site

    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/">ok</a> <a href="a/#here">ok</a> <a id="top" href="#top">ok</a>')
    (tmp_path / "a" / "index.html").write_text(
        '<p id="here"></p><a href="../b/">gone</a> <a href="../#nowhere">no anchor</a>'
        '<a href="https://example.org/">external link: fine</a><script src="https://cdn.example.org/x.js"></script>'
        '<a href="/a/">root link</a><a href="/elsewhere/">outside the sub-path</a><a href="#here">ok</a>')
    # The same links from the same folder: "../b/" is resolved once, "#here" for each page.
    (tmp_path / "a" / "other.html").write_text('<a href="../b/">gone</a> <a href="#here">not on this page</a>')
    problems = sorted(f"{p.path}: {p.message}" for p in check_site(tmp_path, base_path="/"))
    assert problems == [
        "a/index.html: broken link: ../b/",
        "a/index.html: broken link: /elsewhere/",
        "a/index.html: link to a missing anchor: ../#nowhere",
        "a/index.html: loads https://cdn.example.org/x.js from another host",
        "a/other.html: broken link: ../b/",
        "a/other.html: link to a missing anchor: #here",
    ]
    assert any("outside the site's path" in p.message for p in check_site(tmp_path, base_path="/briefing/"))


def test_search_can_leave_article_text_out_of_the_index(project: Path) -> None:
    """For large corpora: articles stay findable by title, their text leaves the index."""
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("search_article_text: true", "search_article_text: false"))
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    index = json.loads((project / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    article_docs = [d for d in index["docs"] if d["location"].startswith("articles/fentanyl") or
                    d["location"].startswith("articles/us-and-mexico-bolster")]
    assert any(d["title"].startswith("US and Mexico Bolster") for d in article_docs)
    assert not any("huachicol" in d["text"] for d in article_docs)
    assert any("huachicol" in d["text"] for d in index["docs"] if d["location"].startswith("threats/fuel-theft/"))
    html = (project / "site" / "articles" / "us-and-mexico-bolster-cross-border-security-cooperation-amid" / "index.html")
    assert "known as &#39;huachicol&#39;" in html.read_text(encoding="utf-8")  # still on the page


def test_titles_beyond_the_basic_plane_keep_their_page_settings(project: Path) -> None:
    """An emoji in a title must not void the generated page's front matter (title, search boost)."""
    (project / "corpus" / "articles" / "emoji.md").write_text(
        "---\ntitle: \"Cartels 🇲🇽 and “quotes”\"\n---\n\nThe OAS met.\n", encoding="utf-8")
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    html = (project / "site" / "articles" / "emoji" / "index.html").read_text(encoding="utf-8")
    assert "<title>Cartels 🇲🇽 and “quotes” - " in html


def test_article_lists_are_valid_html_at_any_depth(project: Path) -> None:
    """Nested lists and further paragraphs sit inside their item: a list holds only <li>."""
    (project / "corpus" / "articles" / "lists.md").write_text(
        "---\ntitle: Lists\n---\n\n1. First\n    - nested a\n    - nested b\n2. Second\n\n"
        "- one\n\n  more about one\n- two\n", encoding="utf-8")
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    page = lxml.html.parse(str(project / "site" / "articles" / "lists" / "index.html")).getroot()
    body = page.xpath('//div[contains(@class, "article-body")]')[0]
    assert [child.tag for lst in body.xpath(".//ul | .//ol") for child in lst] == ["li"] * 6
    assert body.xpath('.//ol/li[1]/ul/li/@id') == ["p2", "p3"]  # nested in "First"
    assert body.xpath('.//ul/li[1]/p[2]/@id') == ["p6"]  # "more about one" inside "one"


LISTING = (
    "<html><head><title>Nightly Backups with Cron</title></head><body><article><h1>Nightly Backups with Cron</h1>"
    "<p>March 2, 2024</p><p>The operations team moved the database dumps to a nightly cron job after a disk "
    "failed last winter, the team lead said.</p>\n<pre>$ ls -l backups/\n"
    "-rw-r--r-- 1 ops ops 4096 db.dump\n-rw-r--r-- 1 ops ops 88 notes.txt &lt;b&gt;</pre>\n"
    "<p>The county board voted on Tuesday to close the old landfill by the end of next year, after residents "
    "of three towns asked for years that the site be covered and planted.</p></article></body></html>"
)


def test_an_imported_listing_keeps_its_lines_on_the_page(project: Path, tmp_path: Path) -> None:
    """`add` fences a <pre> listing; the page shows it as <pre><code>, line by line and
    escaped, not as one run-on paragraph."""
    source = tmp_path / "listing.html"
    source.write_text(LISTING, encoding="utf-8")
    assert run_briefing("add", str(source), cwd=project).returncode == 0
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    html = next((project / "site" / "articles").glob("nightly-backups*/index.html"))
    body = lxml.html.parse(str(html)).getroot().xpath('//div[contains(@class, "article-body")]')[0]
    assert [code.text_content() for code in body.xpath(".//pre/code")] == [
        "$ ls -l backups/\n-rw-r--r-- 1 ops ops 4096 db.dump\n-rw-r--r-- 1 ops ops 88 notes.txt <b>"
    ]
    assert not body.xpath(".//pre//b")


def test_a_topic_page_quotes_at_most_ten_sentences_of_one_article(project: Path) -> None:
    """A topic named in every sentence of a long article must not flood its page; the rest are counted."""
    sentences = " ".join(f"Fentanyl seizure number {n} was reported." for n in range(1, 15))
    (project / "corpus" / "articles" / "seizures.md").write_text(
        f"---\ntitle: Seizures\npublished: 2030-01-01\n---\n\n{sentences}\n", encoding="utf-8")
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    page = lxml.html.parse(str(project / "site" / "threats" / "fentanyl" / "index.html")).getroot()
    section = page.xpath('//section[@class="evidence"][.//a[contains(@href, "articles/seizures/")]]')[0]
    assert len(section.xpath(".//q")) == 10
    assert "and 4 more sentences in Seizures" in section.text_content()


def test_a_topic_page_details_twenty_related_topics_and_lists_the_rest() -> None:
    """With a large codebook a generic topic relates to most others: its page must stay bounded."""
    hub = Topic("hub", "threat", "Smuggling", (), "The hub.")
    others = [Topic(f"t{n}", "actor", f"Agency{chr(65 + n)}", (), "An agency.") for n in range(25)]
    body = "\n\n".join(f"Smuggling worried {t.name}." for t in others)
    briefing = briefing_of([Article(id="a", path=Path("a.md"), title="A", body=body)], [hub, *others])
    page = lxml.html.fromstring(pages_of(briefing.articles, briefing.topics)["threats/hub.md"].html)
    detailed = page.xpath('//li[@class="related__item"][details[@class="related__evidence"]]/a/text()')
    listed = page.xpath('//li[contains(@class, "related__more")]/a/text()')
    assert (len(detailed), len(listed)) == (20, 5)
    assert sorted(detailed + listed) == sorted(t.name for t in others)



def test_a_topic_page_counts_the_sentences_of_each_article_it_quotes_or_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    """The newest articles are quoted, the next listed, each with how many of its sentences name the
    topic and the paragraph of the first; the rest are counted: a topic named in most of a large
    corpus groups the sentences of the articles it shows, never those of the articles it counts."""
    from build_site import pages as pages_module
    from build_site.pages import PageRenderer

    monkeypatch.setattr(pages_module, "EVIDENCE_ARTICLES", 1)
    monkeypatch.setattr(pages_module, "LISTED_ARTICLES", 3)
    topic = Topic("hub", "threat", "Smuggling", (), "The hub.")
    articles = [
        Article(id=f"a{n}", path=Path(f"a{n}.md"), title=f"A{n}", published=dt.date(2030, 1, 1 + n),
                body="Nothing here.\n\n" + " ".join(["Smuggling grew."] * (n + 1)) + "\n\nSmuggling fell.")
        for n in range(5)
    ]
    briefing = briefing_of(articles, [topic])
    view = PageRenderer(briefing).topic_view(topic)
    assert [a.id for a in view.quoted] == ["a4"] and [a.id for a in view.listed] == ["a3", "a2"]
    assert view.unlisted == 2
    assert view.found == {f"a{n}": (n + 2, briefing.blocks[f"a{n}"][1].anchor) for n in (4, 3, 2)}
    grew, fell = (block.anchor for block in briefing.blocks["a4"][1:])
    assert list(view.evidence) == ["a4"]
    assert [anchor for anchor, _ in view.evidence["a4"]] == [grew] * 5 + [fell]


def test_the_plugin_gives_back_the_cycle_collector_it_pauses(tmp_path: Path) -> None:
    """The analysis pauses Python's cycle collector (a speed-up, plugin.py); `mkdocs serve`
    goes on building in the same process, so a finished or failed build must turn it back on."""
    import gc
    import weakref

    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, PluginError

    from tests.helpers import make_project

    project = make_project(tmp_path / "p")
    assert gc.isenabled()
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    assert gc.isenabled() and (tmp_path / "site" / "briefing.json").is_file()
    assert gc.get_freeze_count() > 0  # what the build made is left out of the render's collections

    class Node:
        pass

    cycle = Node()
    cycle.itself = cycle  # type: ignore[attr-defined]
    gone = weakref.ref(cycle)
    del cycle  # garbage now, but frozen with the rest until the next build collects it
    gc.freeze()
    (project / "corpus" / "articles" / "broken.md").write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    with pytest.raises((PluginError, Abort)):
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    assert gc.isenabled()
    assert gone() is None  # the next build (as under `mkdocs serve`) freed what the last one left
    gc.unfreeze()  # the rest of the test session collects as usual


def test_a_generated_page_lets_go_of_its_html_once_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """MkDocs keeps every page's HTML until its build ends; a generated page's is let go of once
    written (plugin.on_post_page), so a build does not hold every article page at once. A
    hand-written page keeps its own, for any plugin that reads it after the render."""
    from mkdocs.commands import build as mkdocs_build
    from mkdocs.config import load_config

    from build_site.plugin import BriefingPlugin
    from tests.helpers import make_project

    built: list[object] = []
    build_page = mkdocs_build._build_page

    def recorded(page: object, *args: object, **kwargs: object) -> None:
        build_page(page, *args, **kwargs)  # type: ignore[arg-type]
        built.append(page)

    monkeypatch.setattr(mkdocs_build, "_build_page", recorded)
    project = make_project(tmp_path / "p")
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    mkdocs_build.build(config)
    plugin = next(p for p in config.plugins.values() if isinstance(p, BriefingPlugin))
    assert plugin.built is not None
    contents = {page.file.src_uri: page.content for page in built}  # type: ignore[attr-defined]
    generated = {uri: html for uri, html in contents.items() if uri in plugin.built.plan}
    written = {uri: html for uri, html in contents.items() if uri not in plugin.built.plan}
    assert len(generated) == len(plugin.built.plan) and set(generated.values()) == {None}
    assert written and all(written.values())


def test_the_summary_lists_the_top_candidates_and_counts_the_rest(briefing: Briefing, capsys: pytest.CaptureFixture[str]) -> None:
    import dataclasses

    from build_site.summary import CANDIDATES_SHOWN, print_summary

    example = briefing.candidates[0]  # more candidates than shown, whatever the corpus gives
    many = tuple(dataclasses.replace(example, text=f"Name {i}", count=30 - i) for i in range(CANDIDATES_SHOWN + 3))
    briefing = dataclasses.replace(briefing, candidates=many)
    print_summary(briefing, {"total": 1.0}, Path("site"), ["reused 3 of 15 results of earlier builds"])
    out = capsys.readouterr().out
    assert all(c.text in out for c in briefing.candidates[:CANDIDATES_SHOWN])
    assert briefing.candidates[CANDIDATES_SHOWN].text not in out
    assert f"    … and {len(briefing.candidates) - CANDIDATES_SHOWN} more\n" in out
    assert "  Cache: reused 3 of 15 results of earlier builds.\n" in out


def test_the_repositorys_own_briefing_checks_clean_whatever_its_subject() -> None:
    """`make site` builds the briefing in the repository's corpus/, whichever subject a user keeps
    there: it must check clean and count every article of it (its words are not asserted on)."""
    from build_site.wording import plural
    from tests.helpers import ROOT

    result = run_briefing("check", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    articles = [p for p in (ROOT / "corpus" / "articles").glob("*.md") if not p.name.startswith(".")]
    assert result.stdout.startswith(f"corpus: {plural(len(articles), 'article')}, "), result.stdout.splitlines()[:1]
