"""The analysis cache: a rebuild redoes only what changed, and gives exactly the site a fresh build gives."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import pickle
import re
import shutil
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import msgspec
import pytest

from build_site import pipeline
from build_site.model import DEFAULT_KINDS, Article, Briefing, Disagreement, Evidence, Kind
from build_site.pages import PageRenderer
from build_site.work.readings import FOLDER as READINGS, KeptReadings
from build_site.work.topic_pages import FOLDER as TOPIC_PAGES
from build_site.work.topic_pages import TopicPages
from tests.helpers import make_project, run_briefing
from tests.said_project import make_said_project

CACHE = Path(".cache/briefing")
NEW_ARTICLE = """---
title: Fentanyl seizures at the border
publisher: Example Wire
published: 2025-03-02
---

The Sinaloa Cartel moved fentanyl through Nogales, officials said. CBP seized 40 kilograms.
"""


def build(project: Path, ci: bool = False) -> str:
    """`briefing build` in `project`, on a terminal or under CI; its output, which must show success."""
    result = run_briefing("build", cwd=project, env={"CI": "true" if ci else ""})
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def reused(output: str) -> tuple[int, int]:
    found = re.search(r"reused (\d+) of (\d+) results of earlier builds", output)
    assert found, output
    return int(found.group(1)), int(found.group(2))

WHATS_NEW = re.compile(rb'<section class="whats-new">.*?</section>\n?', re.S)
ENTERED = re.compile(rb' data-added="[^"]*"')  # from the record: an article added later entered then


def site_digest(project: Path) -> dict[str, str]:
    """Every page, briefing.json and the search index (the sitemap's gzip header holds a time),
    but what the cache's build record says: the home page's "new since the previous build",
    and when each article entered the briefing (a fresh build knows only published dates)."""
    site = project / "site"
    return {p.relative_to(site).as_posix(): hashlib.sha256(ENTERED.sub(b"", WHATS_NEW.sub(b"", p.read_bytes()))).hexdigest()
            for p in sorted(site.rglob("*")) if p.suffix in (".html", ".json")}


def entry_files(project: Path) -> list[Path]:
    """The cache's entries, named by their keys (fingerprints.json is not one)."""
    return sorted(e for e in (project / CACHE).glob("*.json") if len(e.stem) == 64)


def set_option(project: Path, old: str, new: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new), encoding="utf-8")


def fresh_build_digest(project: Path, tmp_path: Path) -> dict[str, str]:
    """The site a build without any cache makes of the same project."""
    fresh = make_project(tmp_path / "fresh", corpus=False)
    for folder in ("articles", "topics"):
        for path in (project / "corpus" / folder).iterdir():
            (fresh / "corpus" / folder / path.name).write_bytes(path.read_bytes())
    (fresh / "mkdocs.yml").write_bytes((project / "mkdocs.yml").read_bytes())
    set_option(fresh, "cache: true", "cache: false")
    build(fresh)
    assert not (fresh / ".cache").exists()
    return site_digest(fresh)


def test_entries_of_a_build_that_never_ended_are_reused_and_not_said_to_be_none(tmp_path: Path) -> None:
    """A build stopped before its end (or one still running beside this one) leaves its entries but not
    fingerprints.json: the next build reused them and still said "no earlier build had saved one here"."""
    project = make_project(tmp_path / "p")
    articles = len(list((project / "corpus" / "articles").glob("*.md")))
    per_article = 3  # its text read, its matches and its page
    build(project)
    (project / CACHE / "fingerprints.json").unlink()  # as a build leaves it before its end
    (project / "corpus" / "articles" / "fentanyl-seizures.md").write_text(NEW_ARTICLE, encoding="utf-8")
    output = build(project)
    assert reused(output) == (per_article * articles, per_article * (articles + 1))
    assert "no earlier build had saved one here" not in output
    assert "; 1 article no earlier build had saved." in output


def test_a_rebuild_redoes_only_what_changed_and_matches_a_fresh_build(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    articles = len(list((project / "corpus" / "articles").glob("*.md")))
    per_article = 3  # its text read, its matches and its page
    output = build(project)
    assert reused(output) == (0, per_article * articles)
    assert "; no earlier build had saved one here." in output
    first = site_digest(project)

    output = build(project)
    assert reused(output) == (per_article * articles, per_article * articles)
    assert "changed since the last build" not in output
    assert site_digest(project) == first

    (project / "corpus" / "articles" / "fentanyl-seizures.md").write_text(NEW_ARTICLE, encoding="utf-8")
    output = build(project)
    assert reused(output) == (per_article * articles, per_article * (articles + 1))
    assert "; 1 article new or edited since the last build." in output
    with_article = site_digest(project)
    assert "articles/fentanyl-seizures/index.html" in with_article
    assert with_article == fresh_build_digest(project, tmp_path / "a")
    assert len(entry_files(project)) == per_article * (articles + 1)

    edited = sorted((project / "corpus" / "articles").glob("*.md"))[0]  # an article read before, now changed
    edited.write_text(edited.read_text(encoding="utf-8") + "\nSEMAR seized 2,000 litres of fuel in 2024.\n",
                      encoding="utf-8")
    output = build(project)
    assert reused(output) == (per_article * articles, per_article * (articles + 1))
    assert "; 1 article new or edited since the last build." in output
    assert site_digest(project) == fresh_build_digest(project, tmp_path / "e")

    threats = project / "corpus" / "topics" / "threats.yml"  # a new alias can change any article's mentions
    threats.write_text(threats.read_text(encoding="utf-8").replace("fentanilo]", "fentanilo, kilograms]", 1),
                       encoding="utf-8")
    assert "kilograms]" in threats.read_text(encoding="utf-8")
    output = build(project)
    # Every text is matched again, not read; only the pages of the articles that name the edited
    # topic (or now do) are remade.
    hits, total = reused(output)
    assert articles + 1 < hits < 2 * (articles + 1) and total == per_article * (articles + 1)
    assert "; the codebook changed since the last build" in output
    assert site_digest(project) == fresh_build_digest(project, tmp_path / "b")

    actors = project / "corpus" / "topics" / "actors.yml"  # a topic no article names: no page changes
    actors.write_text(actors.read_text(encoding="utf-8") + "\n- id: nobody\n  name: Zyxwv Qrst\n  summary: S.\n",
                      encoding="utf-8")
    output = build(project)
    assert reused(output) == (2 * (articles + 1), per_article * (articles + 1))
    assert site_digest(project) == fresh_build_digest(project, tmp_path / "c")
    assert len(entry_files(project)) == per_article * (articles + 1)  # the old entries are gone


def page_entries(project: Path) -> set[str]:
    """The names of the cache's article page entries (their keys)."""
    return {e.name for e in entries(project, "ArticleOutputs")}


def test_an_alias_or_summary_edit_rematches_every_article_but_remakes_no_page_it_leaves_alone(
    tmp_path: Path,
) -> None:
    """An article page shows a topic by its name and kind only: an alias no article writes, or a
    summary, edited in a topic many articles name moves no mention, so every page is read back,
    not made; a rename remakes the pages that name the topic."""
    project = make_project(tmp_path / "p")
    articles = len(list((project / "corpus" / "articles").glob("*.md")))
    build(project)
    pages = page_entries(project)
    threats = project / "corpus" / "topics" / "threats.yml"
    text = threats.read_text(encoding="utf-8")
    edited = text.replace("fentanilo]", "fentanilo, zyxwv qrst]", 1).replace(
        "now the focus of", "now the main focus of", 1
    )
    assert edited.count("zyxwv qrst") == 1 and "the main focus" in edited
    threats.write_text(edited, encoding="utf-8")
    # Every text and every page read, every article matched again.
    assert reused(build(project)) == (2 * articles, 3 * articles)
    assert page_entries(project) == pages  # none made anew
    assert site_digest(project) == fresh_build_digest(project, tmp_path / "a")

    threats.write_text(edited.replace("name: Fentanyl\n", "name: Fentanyl (synthetic opioid)\n", 1), encoding="utf-8")
    hits, _ = reused(build(project))
    naming = len(pages - page_entries(project))  # the pages of the articles that name it, made anew
    assert 0 < naming < articles and hits == 2 * articles - naming
    assert site_digest(project) == fresh_build_digest(project, tmp_path / "b")


def test_under_ci_progress_is_quiet_but_the_summary_tells_what_the_cache_did(tmp_path: Path) -> None:
    """A CI log shows no progress lines, yet whether a restored cache was used, and why not."""
    project = make_project(tmp_path / "p")
    articles = len(list((project / "corpus" / "articles").glob("*.md")))
    on_terminal = build(project)  # the summary says the counts and the cache's use, once
    assert on_terminal.count("reused ") == 1 and "briefing: read " not in on_terminal
    assert "Documentation built in" not in on_terminal
    under_ci = build(project, ci=True)
    assert "briefing:" not in under_ci
    assert f"  Cache: reused {3 * articles} of {3 * articles} results of earlier builds" in under_ci
    shutil.rmtree(project / CACHE)
    (project / CACHE).write_text("a file where the cache folder should be", encoding="utf-8")
    assert "  Cache: could not update the cache in .cache/briefing (it is a file" in build(project, ci=True)


def test_metadata_and_options_redo_the_page_but_not_the_analysis(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    articles = len(list((project / "corpus" / "articles").glob("*.md")))
    build(project)
    article = sorted((project / "corpus" / "articles").glob("*.md"))[0]
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("type: opinion", "type: analysis", 1), encoding="utf-8")
    assert "type: analysis" in article.read_text(encoding="utf-8")
    assert reused(build(project)) == (3 * articles - 1, 3 * articles)  # the page, not the analysis
    assert site_digest(project) == fresh_build_digest(project, tmp_path / "a")

    # The date is read anew: relative dates ("on Wednesday") are resolved against it.
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("\n---\n", "\npublished: 2019-04-02\n---\n", 1), encoding="utf-8")
    assert reused(build(project)) == (3 * articles - 3, 3 * articles)
    assert site_digest(project) == fresh_build_digest(project, tmp_path / "c")

    set_option(project, "search_article_text: true", "search_article_text: false")
    assert reused(build(project)) == (2 * articles, 3 * articles)  # every page, no analysis
    assert site_digest(project) == fresh_build_digest(project, tmp_path / "b")


def entries(project: Path, kind: str) -> list[Path]:
    """The cache's entries of one kind (ArticleText, ArticleMatches, GeneratedPage)."""
    return [e for e in entry_files(project) if json.loads(e.read_bytes())["kind"] == kind]


def test_a_damaged_cache_is_rebuilt_not_trusted(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    build(project)
    first = site_digest(project)
    texts, pages = entries(project, "ArticleText"), entries(project, "ArticleOutputs")
    pages[0].write_bytes(pages[0].read_bytes()[:100])  # truncated
    pages[1].write_bytes(b"not JSON")
    entry = json.loads(texts[0].read_bytes())
    texts[0].write_text(json.dumps({**entry, "value": [[1, 2]]}), encoding="utf-8")  # its own, of the wrong shape
    (project / CACHE / "notes.json").write_bytes(b"not ours")  # not an entry's name: never deleted
    stale, fresh = project / CACHE / ".k1ll3d.tmp", project / CACHE / ".wr1t1ng.tmp"
    for temporary in (stale, fresh):  # left by a writer that was killed; being written by another build
        temporary.write_bytes(b"half an entry")
    os.utime(stale, (time.time() - 2 * 3600, time.time() - 2 * 3600))
    hits, total = reused(build(project))
    assert (hits, total) == (total - 4, total)  # a text read again is matched again too
    assert site_digest(project) == first
    assert (project / CACHE / "notes.json").exists()
    assert fresh.exists() and not stale.exists()
    assert reused(build(project)) == (total, total)  # the damaged entries were rewritten


class _Opens:
    """Unpickled, it creates a file: what a planted pickle could do instead."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return open, (str(self.path), "w")


def test_swapped_entries_and_a_planted_pickle_cost_a_rebuild_never_run_code(tmp_path: Path) -> None:
    """The Pages workflow restores the cache from the CI cache: nothing in it is trusted."""
    proof = tmp_path / "unpickled"
    pickle.loads(pickle.dumps(_Opens(proof)))
    assert proof.exists()  # the payload works when unpickled
    project = make_project(tmp_path / "p")
    build(project)
    first = site_digest(project)
    texts, pages = entries(project, "ArticleText"), entries(project, "ArticleOutputs")
    one, other = texts[0].read_bytes(), texts[1].read_bytes()
    texts[0].write_bytes(other)  # each a valid entry, under the other's name
    texts[1].write_bytes(one)
    planted = tmp_path / "planted"
    payload = pickle.dumps(_Opens(planted))
    pages[0].write_bytes(payload)  # under an entry's name
    (project / CACHE / (pages[1].stem + ".pickle")).write_bytes(payload)  # as older builds named entries
    hits, total = reused(build(project))
    assert (hits, total) == (total - 5, total)  # two texts, so their matches, and a page
    assert site_digest(project) == first
    assert not planted.exists()
    assert not (project / CACHE / (pages[1].stem + ".pickle")).exists()  # not ours to read: deleted
    assert reused(build(project)) == (total, total)


def test_a_cache_that_cannot_be_written_costs_time_not_the_build(tmp_path: Path) -> None:
    """MkDocs' strict mode fails a build on any warning: a read-only or full disk must not."""
    project = make_project(tmp_path / "p")
    (project / ".cache").mkdir()
    (project / CACHE).write_text("a file where the cache folder should be", encoding="utf-8")
    output = build(project)
    assert "could not update the cache" in output
    assert reused(build(project))[0] == 0
    assert site_digest(project) == fresh_build_digest(project, tmp_path / "a")


def test_a_moved_project_keeps_its_cache(tmp_path: Path) -> None:
    """Keys hold what files say, not where they lie: a project copied elsewhere (a CI cache restored
    into another folder) reuses everything."""
    project = make_project(tmp_path / "p")
    build(project)
    moved = tmp_path / "elsewhere" / "p"
    shutil.copytree(project, moved)
    hits, total = reused(build(moved))
    assert hits == total > 0


def test_a_code_fingerprint_that_fails_turns_the_cache_off_and_says_so(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Said in the summary, not only in the (under CI, quiet) log."""
    from build_site.work import cache

    def broken() -> str:
        raise RuntimeError("no metadata for mkdocs")

    monkeypatch.setattr(cache, "code_fingerprint", broken)
    article_cache = cache.ArticleCache(tmp_path / "c")
    assert article_cache.folder is None and article_cache.read(article_cache.key("x"), str) is None
    assert article_cache.problem == "no cache this build: the code's fingerprint failed (no metadata for mkdocs)"


def test_an_entry_comes_back_equal_and_only_as_the_type_asked_for(briefing: Briefing, tmp_path: Path) -> None:
    """The cache's format (work/codec.py): every field checked against its declared type."""
    from build_site.article_analysis import ArticleMatches, ArticleText
    from build_site.pages import GeneratedPage
    from build_site.work.articles import ArticleWork
    from build_site.work.cache import ArticleCache
    from build_site.work.codec import entry_bytes, entry_value

    def round_trip(kind: type, value: object) -> object:
        return entry_value(entry_bytes(2, "k", value), 2, "k", kind)

    result = ArticleWork(briefing.topics, ArticleCache(None), pages=True).result(briefing.articles[0])
    for kind, value in ((ArticleText, result.analysis.text), (ArticleMatches, result.analysis.matches),
                        (GeneratedPage, result.page)):
        assert round_trip(kind, value) == value
    said = ArticleWork(briefing.topics, ArticleCache(None)).result(_said_article()).analysis
    assert said.text.events and said.matches.statements  # the new records make the round trip too
    for kind, value in ((ArticleText, said.text), (ArticleMatches, said.matches)):
        assert round_trip(kind, value) == value
    # A figure's value (a float) comes back as it left: its repr, not only its value.
    assert any(stated.fact.value is not None for stated in said.text.stated_facts)
    assert repr(round_trip(ArticleText, said.text)) == repr(said.text)
    undated = ArticleWork(briefing.topics, ArticleCache(None)).result(_undated_article()).analysis.text
    assert undated.day_in_full is not None and round_trip(ArticleText, undated) == undated  # its day to check too
    page = json.loads(entry_bytes(2, "k", result.page))
    assert page["kind"] == "GeneratedPage" and page["value"]["html"] == result.page.html
    toc = page["value"]["toc"]
    for wrong in ({"toc": toc}, {"html": 1, "toc": toc}, {"html": "", "toc": [[2, "id", True]]},
                  {"html": "", "toc": toc, "search": [["id"]]}, [page["value"]["html"], toc], None):
        with pytest.raises(ValueError):
            entry_value(json.dumps({**page, "value": wrong}).encode(), 2, "k", GeneratedPage)
    good = json.dumps(page).encode()
    assert entry_value(good, 2, "k", GeneratedPage) == result.page
    for form, key, kind in ((1, "k", GeneratedPage), (2, "other", GeneratedPage), (2, "k", ArticleText)):
        with pytest.raises(ValueError):  # another format, another entry's key or kind
            entry_value(good, form, key, kind)
    with pytest.raises(ValueError):  # the entry itself has exactly its four fields
        entry_value(json.dumps({**page, "extra": 1}).encode(), 2, "k", GeneratedPage)
    cache = ArticleCache(tmp_path)
    key = cache.key("a page")
    assert cache.write(key, result.page) is None and cache.read(key, GeneratedPage) == result.page
    assert cache.read(key, ArticleText) is None  # another kind than it holds
    (tmp_path / f"{key}.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")  # nested too deep
    assert cache.read(key, GeneratedPage) is None


def _said_article() -> Article:
    """An article with a statement and a dated event, dated so "on Wednesday" resolves."""
    body = (
        '"We will keep working with Mexico on every front," Marco Rubio said.\n\n'
        "Mexico expelled 37 fugitives on Wednesday.\n"
    )
    return Article("said", Path("said.md"), "Said", body, published=dt.date(2025, 8, 15))


def _undated_article() -> Article:
    """An article with no publication date whose text writes a day in full: the date `briefing check` names."""
    return Article("undated", Path("undated.md"), "Undated", "Mexico expelled 37 fugitives on August 13, 2025.\n")


def test_a_record_of_scalars_comes_back_as_its_type_or_not_at_all() -> None:
    """Records whose fields are all strings, integers or booleans (sentences, mentions, words):
    each field's type still checked, named tuples kept named."""
    from build_site.candidates import Sighting
    from build_site.model import Sentence
    from build_site.work.codec import entry_value

    def entry(kind: str, value: object) -> bytes:
        return json.dumps({"format": 2, "key": "k", "kind": kind, "value": value}).encode()

    sentence = {"start": 0, "end": 5, "text": "Hello"}
    assert entry_value(entry("Sentence", sentence), 2, "k", Sentence) == Sentence(0, 5, "Hello")
    for wrong in ({"start": 0, "end": 5}, {**sentence, "end": "5"}, {**sentence, "start": True}, [0, 5, "Hello"], None):
        with pytest.raises(ValueError):
            entry_value(entry("Sentence", wrong), 2, "k", Sentence)
    word = [0, 6, 6, "Mexico", True, False, False, "mexico"]
    seen = {"anchor": "p1", "sentence_index": 0, "offset": 4, "run": [word], "sentence_start": False, "title_like": False}
    sighting = entry_value(entry("Sighting", seen), 2, "k", Sighting)
    assert type(sighting.run[0]).__name__ == "_Token" and sighting.run[0].text == "Mexico" and sighting.run[0].cap is True
    with pytest.raises(ValueError):
        entry_value(entry("Sighting", {**seen, "run": [[*word[:4], 1, *word[5:]]]}), 2, "k", Sighting)


ONE_TOPIC_ARTICLE = """---
title: A review of the programme
publisher: Example Wire
published: 2025-03-03
---

The Mérida Initiative was reviewed again.
"""


def topic_pages_built(project: Path, kinds: tuple[Kind, ...] = DEFAULT_KINDS) -> TopicPages:
    """Every page of a build in this process, and which topic pages it read or made."""
    built = pipeline.build(project / "corpus", pipeline.Options(cache_dir=project / CACHE, kinds=kinds))
    for _ in built.pages():
        pass
    assert built.topic_pages is not None
    return built.topic_pages


def test_a_topic_page_is_remade_only_when_what_it_shows_changes(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    named, other = "programs/merida-initiative.md", "challenges/corruption.md"
    first = topic_pages_built(project)
    assert first.read == [] and other in first.made
    topics = len(first.made)

    (project / "corpus" / "articles" / "merida-review.md").write_text(ONE_TOPIC_ARTICLE, encoding="utf-8")
    after_article = topic_pages_built(project)
    assert after_article.made == [named]  # the only topic the new article names
    assert len(after_article.read) == topics - 1 and other in after_article.read
    assert after_article.viewed == [named]  # the others' inputs are unchanged: no view is built

    challenges = project / "corpus" / "topics" / "challenges.yml"  # an alias no article writes, shown on its page
    challenges.write_text(challenges.read_text(encoding="utf-8").replace("[institutional corruption", "[zyxwv graft, institutional corruption", 1),
                          encoding="utf-8")
    assert "zyxwv graft" in challenges.read_text(encoding="utf-8")
    after_alias = topic_pages_built(project)
    assert after_alias.made == [other] and len(after_alias.read) == topics - 1
    assert after_alias.viewed == [other]

    relabelled = tuple(replace(kind, singular="Obstacle") if kind.id == "challenge" else kind for kind in DEFAULT_KINDS)
    after_label = topic_pages_built(project, relabelled)
    assert other in after_label.made  # the kinds are keyed whole: their labels are on every topic page
    # Each page, and the entry naming its view's key under its inputs' key; and fingerprints.json.
    assert len(list((project / CACHE / "topic-pages").glob("*.json"))) == 2 * topics + 1


def test_a_topic_page_kept_by_its_inputs_follows_what_its_articles_show(tmp_path: Path) -> None:
    """A topic page whose inputs are unchanged builds no view; an article naming the topic retitled
    (the page lists it by its title) or one of its mentions moved changes the inputs of exactly
    the topics it names, and the site stays the one a build without a cache makes."""
    project = make_project(tmp_path / "p")
    first = topic_pages_built(project)
    again = topic_pages_built(project)
    assert again.viewed == [] and again.made == [] and len(again.read) == len(first.made)
    article = project / "corpus" / "articles" / "merida-review.md"
    article.write_text(ONE_TOPIC_ARTICLE, encoding="utf-8")
    topic_pages_built(project)
    article.write_text(ONE_TOPIC_ARTICLE.replace("title: A review", "title: A second review", 1), encoding="utf-8")
    retitled = topic_pages_built(project)
    assert retitled.viewed == ["programs/merida-initiative.md"] == retitled.made
    article.write_text(ONE_TOPIC_ARTICLE.replace("The Mérida Initiative was reviewed again", "Again, the Mérida Initiative was reviewed"), encoding="utf-8")
    moved = topic_pages_built(project)
    assert moved.viewed == ["programs/merida-initiative.md"]
    build(project)
    assert site_digest(project) == fresh_build_digest(project, tmp_path / "fresh")


def test_a_disagreement_a_topic_page_lists_remakes_that_page_only(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    built = pipeline.build(project / "corpus", pipeline.Options(cache_dir=project / CACHE))
    for _ in built.pages():
        pass
    briefing = built.briefing
    about = briefing.topic("corruption")
    sides = tuple(Evidence(m.article_id, m.anchor, "a sentence") for m in briefing.mentions_by_topic[about.id][:2])
    differing = Disagreement("figures", "the count", (about.id,), sides, ("1", "2"))
    renderer = PageRenderer(replace(briefing, disagreements=(*briefing.disagreements, differing)))
    pages = TopicPages(project / CACHE, renderer)
    for source in list(pages.sources):
        pages.page(source)
    assert pages.made == ["challenges/corruption.md"] and len(pages.read) == len(pages.sources) - 1


def test_a_topic_pages_folder_that_cannot_be_written_says_what_is_redone(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    built = pipeline.build(project / "corpus", pipeline.Options(cache_dir=project / CACHE))
    for _ in built.pages():
        pass
    folder = project / CACHE / TOPIC_PAGES
    shutil.rmtree(folder)
    folder.write_text("a file where the folder should be", encoding="utf-8")
    pages = TopicPages(project / CACHE, PageRenderer(built.briefing))
    for source in list(pages.sources):
        pages.page(source)
    assert pages.cache.problem is not None and "builds will redo every topic page" in pages.cache.problem


def assembled(project: Path, cache: bool = True) -> tuple[Briefing, KeptReadings | None]:
    """The Briefing of a build in this process, and which articles' part of the disagreements it
    read from the cache or made."""
    built = pipeline.build(project / "corpus", pipeline.Options(cache_dir=project / CACHE if cache else None, pages=False))
    return built.briefing, built.readings


def set_article(project: Path, name: str, old: str, new: str) -> None:
    path = project / "corpus" / "articles" / f"{name}.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_an_articles_part_of_the_disagreements_is_made_again_only_when_what_it_reads_changes(tmp_path: Path) -> None:
    """Two sources differ on a toll: each article's part is kept, and the disagreements made from
    the parts kept are those a build without a cache makes."""
    project = make_said_project(tmp_path / "p")
    ids = sorted(path.stem for path in (project / "corpus" / "articles").glob("*.md"))
    briefing, first = assembled(project)
    assert first is not None and sorted(first.made) == ids and first.read == []
    assert any(d.kind == "figures" for d in briefing.disagreements)
    assert briefing.disagreements == assembled(project, cache=False)[0].disagreements

    (project / "corpus" / "articles" / "merida-review.md").write_text(ONE_TOPIC_ARTICLE, encoding="utf-8")
    briefing, after_article = assembled(project)
    assert after_article is not None and after_article.made == ["merida-review"]  # it names one topic
    assert sorted(after_article.read) == ids  # the articles of the other topics: read, not redone
    assert briefing.disagreements == assembled(project, cache=False)[0].disagreements

    set_article(project, "estimate", "published: 2013-07-01", "published: 2013-09-01")  # what its toll's source says
    briefing, after_date = assembled(project)
    assert after_date is not None and after_date.made == ["estimate"] and len(after_date.read) == len(ids)
    assert briefing.disagreements == assembled(project, cache=False)[0].disagreements

    [entry] = [e for e in (project / CACHE / READINGS).glob("*.json") if len(e.stem) == 64]
    entry.write_bytes(entry.read_bytes()[:-40])  # and cut short: unreadable
    briefing, after_damage = assembled(project)
    assert after_damage is not None and after_damage.read == [] and len(after_damage.made) == len(ids) + 1
    assert briefing.disagreements == assembled(project, cache=False)[0].disagreements
    _, again = assembled(project)
    assert again is not None and again.made == [] and len(again.read) == len(ids) + 1  # rewritten whole


def test_a_readings_entry_of_another_kind_is_not_trusted(tmp_path: Path) -> None:
    """An entry of the right name holding another value (copied over it) is made again."""
    project = make_said_project(tmp_path / "p")
    assembled(project)
    [entry] = [e for e in (project / CACHE / READINGS).glob("*.json") if len(e.stem) == 64]
    article_entry = next(e for e in entry_files(project) if json.loads(e.read_bytes())["kind"] == "ArticleText")
    entry.write_bytes(article_entry.read_bytes())
    briefing, kept = assembled(project)
    assert kept is not None and kept.read == [] and kept.made
    assert briefing.disagreements == assembled(project, cache=False)[0].disagreements


CLAIM_AND_DENIAL = {
    "labs-claim": "Labs in Sinaloa|Border Daily|2025-02-01|Rubio said that Mexico let fentanyl labs operate in Sinaloa.",
    "labs-denial": "Sheinbaum answers|Capital News|2025-02-02|Sheinbaum denied that Mexico let fentanyl labs operate in Sinaloa.",
}
Record = dict[str, Any]


def _drop_a_figures_group(records: list[Record]) -> int:
    at = next(n for n, r in enumerate(records) if r["figure_groups"])
    records[at]["figure_groups"].pop()
    return at


def _empty_a_record(records: list[Record]) -> int:
    at = next(n for n, r in enumerate(records) if r["figure_groups"])
    records[at].clear()  # every field left out: each would take its default
    return at


def _add_a_toll_group(records: list[Record]) -> int:
    records[0]["named"]["toll_groups"].append(["count", "deaths", "person", False])
    return 0


def _point_a_denial_past_the_end(records: list[Record]) -> int:
    at = next(n for n, r in enumerate(records) if r["denials"])
    records[at]["denials"] = [100000]
    return at


def _count_one_sentence_less(records: list[Record]) -> int:
    records[0]["named_sentences"] -= 1  # every later article's denials would point one sentence early
    return 0


@pytest.mark.parametrize(
    "tamper",
    [_drop_a_figures_group, _empty_a_record, _add_a_toll_group, _point_a_denial_past_the_end, _count_one_sentence_less],
)
def test_a_readings_record_that_does_not_fit_its_article_is_made_again(tmp_path: Path, tamper) -> None:  # type: ignore[no-untyped-def]
    """A record that parses but does not line up with its article (the cache folder is restored
    from CI, so anything may be in it) is a miss: the build succeeds with a fresh build's site and
    briefing.json, and the entry is rewritten. An entry not exactly as the code writes it (a
    record emptied: its fields would take their defaults) is not read at all."""
    project = make_said_project(tmp_path / "p")
    for name, fields in CLAIM_AND_DENIAL.items():
        title, publisher, published, text = fields.split("|")
        front = f"---\ntitle: {title}\npublisher: {publisher}\npublished: {published}\n---\n\n{text}\n"
        (project / "corpus" / "articles" / f"{name}.md").write_text(front, encoding="utf-8")
    build(project)
    fresh = site_digest(project)
    assert "briefing.json" in fresh and '"disputed"' in (project / "site" / "briefing.json").read_text(encoding="utf-8")
    [entry] = [e for e in (project / CACHE / READINGS).glob("*.json") if len(e.stem) == 64]
    written = entry.read_bytes()
    ids = sorted(path.stem for path in (project / "corpus" / "articles").glob("*.md"))  # the corpus's order

    def tampered() -> str:
        """The entry with one record changed, written as the code writes entries; that record's article."""
        value = msgspec.json.decode(written)
        records = list(value["value"]["readings"].values())  # in corpus order
        at = tamper(records)
        tampered_bytes = msgspec.json.encode(value)
        assert tampered_bytes != written
        entry.write_bytes(tampered_bytes)
        return ids[at]

    tampered()
    build(project)
    assert site_digest(project) == fresh
    assert entry.read_bytes() == written

    article = tampered()
    _, kept = assembled(project)
    assert kept is not None
    assert kept.made == (ids if tamper is _empty_a_record else [article])
    assert entry.read_bytes() == written


def test_a_readings_folder_that_cannot_be_written_says_what_is_redone(tmp_path: Path) -> None:
    project = make_said_project(tmp_path / "p")
    (project / CACHE).mkdir(parents=True)
    (project / CACHE / READINGS).write_text("a file where the folder should be", encoding="utf-8")
    _, kept = assembled(project)
    assert kept is not None and kept.cache.problem is not None
    assert "builds will redo the disagreements' part of every article" in kept.cache.problem
