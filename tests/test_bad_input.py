"""Bad input: one line per problem naming the file (and line or topic), exit 1, no traceback,
every problem at once, and nothing lost."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import make_project, run_briefing, tree_digest

GOOD = "---\ntitle: A good article\ntype: news\npublished: 2024-05-01\n---\n\nThe OAS met in Mexico City.\n"

ARTICLE_CASES: dict[str, tuple[bytes, str]] = {
    # file name -> (content, what the one error line must say)
    "broken-yaml.md": (b"---\ntitle: [unclosed\n---\n\nBody.\n", "front matter is not valid YAML"),
    "no-title.md": (b"---\npublisher: X\n---\n\nBody.\n", "has no title"),
    "empty-title.md": (b"---\ntitle: '  '\n---\n\nBody.\n", "title is empty"),
    "list-title.md": (b"---\ntitle: [a, b]\n---\n\nBody.\n", "title must be text"),
    "bad-date.md": (b"---\ntitle: T\npublished: 2024-02-30\n---\n\nBody.\n", "not a real date"),
    "word-date.md": (b"---\ntitle: T\npublished: last week\n---\n\nBody.\n", "not a real date"),
    "bad-type.md": (b"---\ntitle: T\ntype: rumour\n---\n\nBody.\n", "unknown type 'rumour'"),
    "empty-body.md": (b"---\ntitle: T\n---\n\n   \n", "empty body"),
    "latin1.md": ("---\ntitle: Mérida\n---\n\nBody.\n".encode("latin-1"), "not UTF-8"),
    "binary.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "not-a-mapping.md": (b"---\n- a\n- b\n---\n\nBody.\n", "must be a mapping"),
    "js-url.md": (b"---\ntitle: T\nurl: javascript:alert(1)\n---\n\nBody.\n", "url must be an http"),
    "broken-url.md": (b"---\ntitle: T\nurl: 'https://[::1'\n---\n\nBody.\n", "url must be an http"),
    "number-key.md": (b"---\ntitle: T\n1: x\n---\n\nBody.\n", "keys must be words"),
    "unclosed.md": (b"---\ntitle: T\ntype: news\n\nBody.\n", "front matter is not closed"),
    "index.md": (b"---\ntitle: T\n---\n\nBody.\n", "uses for its article list"),
}


def write_articles(project: Path, cases: dict[str, tuple[bytes, str]]) -> None:
    for name, (content, _) in cases.items():
        (project / "corpus" / "articles" / name).write_bytes(content)


def assert_one_line_each(stderr: str, expected: dict[str, str]) -> None:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if ": error:" in line]
    for name, message in expected.items():
        matching = [line for line in lines if name in line]
        assert len(matching) == 1, f"{name}: {matching}"
        assert message in matching[0], matching[0]


def test_check_reports_every_bad_article_at_once(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    write_articles(project, ARTICLE_CASES)
    result = run_briefing("check", "-f", "mkdocs.yml", cwd=project)
    assert result.returncode == 1
    assert_one_line_each(result.stderr, {name: msg for name, (_, msg) in ARTICLE_CASES.items()})
    assert "bad-date.md:3: error:" in result.stderr  # the line of the key is named
    assert "broken-yaml.md:2: error:" in result.stderr


def test_two_articles_that_would_get_the_same_id(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    (project / "corpus" / "articles" / "Same Name.md").write_text(GOOD)
    (project / "corpus" / "articles" / "same-name.md").write_text(GOOD.replace("good", "second"))
    result = run_briefing("check", cwd=project)
    assert result.returncode == 1
    assert "same id 'same-name'" in result.stderr and "Traceback" not in result.stderr


CODEBOOK_CASES = {
    "duplicate id": ("threats.yml", "- id: fuel-theft\n  name: Other\n  summary: S.\n",
                     "duplicate id (also at corpus/topics/threats.yml:"),
    "alias on two topics": ("actors.yml", "- id: new-actor\n  name: New actor\n  aliases: [SEMAR]\n  summary: S.\n",
                            "alias 'SEMAR' is already claimed by topic 'semar' (corpus/topics/actors.yml:"),
    "no summary": ("challenges.yml", "- id: unsummed\n  name: Unsummed\n", "summary is missing"),
    "unknown key": ("programs.yml", "- id: new-program\n  name: New program\n  summary: S.\n  budget: 3\n", "unknown key 'budget'"),
    "empty alias": ("challenges.yml", "- id: new-challenge\n  name: New challenge\n  aliases: ['']\n  summary: S.\n", "alias '' is empty"),
    "empty name": ("challenges.yml", "- id: nameless\n  name: ''\n  summary: S.\n", "name is empty"),
    "number name": ("challenges.yml", "- id: numbered\n  name: 123\n  summary: S.\n", "name must be text"),
    "punctuation alias": ("challenges.yml", "- id: dashes\n  name: Dashes\n  aliases: ['-']\n  summary: S.\n",
                          "has no letter or digit"),
    "reserved id": ("threats.yml", "- id: index\n  name: Index topic\n  summary: S.\n", "id 'index'"),
    # An H5N1 trial's codebook: a lower-case copy of a name adds nothing, and the message says why.
    "alias only in lower case": ("programs.yml",
                                 "- id: federal-order\n  name: Federal Order\n  aliases: [federal order]\n  summary: S.\n",
                                 "alias 'federal order' repeats its name 'Federal Order' but for case; "
                                 "names already match whatever their case"),
    # An acronym matches only as written, so no advice that case does not matter.
    "alias of an acronym in another case": ("actors.yml", "- id: fda\n  name: FDA\n  aliases: [Fda]\n  summary: S.\n",
                                            "alias 'Fda' repeats its name 'FDA'"),
    # `called` lists common nouns ("the freighter"); a capitalized word is a name, an alias.
    "called by a name": ("actors.yml", "- id: dali\n  name: Dali\n  summary: S.\n  called: [Freighter]\n",
                         "called 'Freighter' has capitals"),
}


@pytest.mark.parametrize("case", CODEBOOK_CASES)
def test_codebook_errors_name_the_file_and_the_topic(case: str, tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    file_name, addition, message = CODEBOOK_CASES[case]
    path = project / "corpus" / "topics" / file_name
    path.write_text(path.read_text(encoding="utf-8") + "\n" + addition, encoding="utf-8")
    result = run_briefing("check", cwd=project)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if ": error:" in line]
    assert len(errors) == 1, errors
    assert re.search(rf"corpus/topics/{file_name}:\d+: error: topic '", errors[0]), errors[0]  # file, line, topic
    assert message in errors[0]
    assert "Traceback" not in result.stderr


def test_yaml_mistakes_say_where_the_construct_began_and_the_usual_fix(tmp_path: Path) -> None:
    """An unclosed bracket is noticed lines later: both lines are named. A colon in a title gets
    the fix (quotes), not only PyYAML's words."""
    project = make_project(tmp_path / "p")
    threats = project / "corpus" / "topics" / "threats.yml"
    start = len(threats.read_text(encoding="utf-8").splitlines()) + 1
    unclosed = "- id: strait\n  name: Kara Strait\n  aliases: [Kara Gate\n  summary: S.\n- id: gate\n  name: Gate\n"
    threats.write_text(threats.read_text(encoding="utf-8") + unclosed, encoding="utf-8")
    (project / "corpus" / "articles" / "colon.md").write_text("---\ntitle: Broken: colon\n---\n\nBody.\n")
    result = run_briefing("check", cwd=project)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if ": error:" in line]
    codebook = next(line for line in errors if "threats.yml" in line)
    assert codebook.startswith(f"corpus/topics/threats.yml:{start + 3}: error:"), codebook
    assert f"the [ list begun at line {start + 2} is not closed" in codebook
    colon = next(line for line in errors if "colon.md" in line)
    assert colon.startswith("corpus/articles/colon.md:2: error:"), colon
    assert "put a value that contains ': ' in quotes" in colon


def test_a_duplicate_id_is_reported_with_the_entry_s_other_errors(tmp_path: Path) -> None:
    """All at once: fixing the summary and the alias must not reveal the duplicate only then."""
    project = make_project(tmp_path / "p")
    actors = project / "corpus" / "topics" / "actors.yml"
    actors.write_text(actors.read_text(encoding="utf-8") + "\n- id: semar\n  name: Navy\n  aliases: [':']\n",
                      encoding="utf-8")
    result = run_briefing("check", cwd=project)
    errors = [line for line in result.stderr.splitlines() if ": error:" in line]
    assert result.returncode == 1 and len(errors) == 3, errors
    assert ["duplicate id" in e for e in errors].count(True) == 1
    assert any("summary is missing" in e for e in errors) and any("no letter or digit" in e for e in errors)


def test_a_kind_file_that_is_not_a_list(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    (project / "corpus" / "topics" / "threats.yml").write_text("fuel-theft:\n  name: Fuel theft\n")
    result = run_briefing("check", cwd=project)
    assert result.returncode == 1
    assert "corpus/topics/threats.yml:1: error: must be a YAML list" in result.stderr


def test_warnings_do_not_stop_the_build(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    (project / "corpus" / "articles" / "no-topics.md").write_text("---\ntitle: Weather\n---\n\nIt rained in Oslo.\n")
    result = run_briefing("check", cwd=project)
    assert result.returncode == 0
    assert "no-topics.md: warning: names no topic" in result.stderr


@pytest.mark.parametrize(
    ("command", "line"),
    [
        ("build", 'mkdocs.yml: error: plugins: The "briefng" plugin is not installed'),
        ("check", "mkdocs.yml: error: has no `briefing` plugin under `plugins:`; it is not a briefing"),
    ],
)
def test_a_misspelt_plugin_is_one_line_naming_the_setting(tmp_path: Path, command: str, line: str) -> None:
    project = make_project(tmp_path / "p")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("\n  - briefing:", "\n  - briefng:", 1))
    result = run_briefing(command, cwd=project)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [line]


def test_a_failed_build_keeps_the_last_good_site_and_touches_no_corpus_file(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    site_before = tree_digest(project / "site")
    write_articles(project, {"no-title.md": ARTICLE_CASES["no-title.md"], "bad-type.md": ARTICLE_CASES["bad-type.md"]})
    corpus_before = tree_digest(project / "corpus")
    result = run_briefing("build", "-q", cwd=project)
    assert result.returncode == 1
    assert_one_line_each(result.stderr, {"no-title.md": "has no title", "bad-type.md": "unknown type"})
    outcome = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert outcome == ["error: 2 errors in the corpus; site/ was left as it was"]  # said once
    assert tree_digest(project / "site") == site_before
    assert tree_digest(project / "corpus") == corpus_before
    # Nothing but the site and the analysis cache the good build left (README, "Rebuilds and large corpora").
    assert sorted(p.name for p in project.iterdir()) == [".cache", "corpus", "docs", "mkdocs.yml", "overrides", "site"]


def test_a_pasted_duplicate_topic_is_one_error(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    threats = project / "corpus" / "topics" / "threats.yml"
    text = threats.read_text(encoding="utf-8")
    first = text[text.index("- id:"):text.index("- id:", text.index("- id:") + 1)]
    threats.write_text(text + "\n" + first, encoding="utf-8")
    result = run_briefing("check", cwd=project)
    errors = [line for line in result.stderr.splitlines() if ": error:" in line]
    assert result.returncode == 1 and len(errors) == 1 and "duplicate id" in errors[0]


def test_editor_lock_files_are_not_articles(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    (project / "corpus" / "articles" / ".#draft.md").symlink_to("user@host.1234:1700000000")
    assert run_briefing("check", cwd=project).returncode == 0


@pytest.mark.parametrize("site_dir", ["docs", "corpus", "corpus/articles", ".", "docs/site"])
def test_the_site_is_never_built_over_the_sources(tmp_path: Path, site_dir: str) -> None:
    project = make_project(tmp_path / "p")
    before = tree_digest(project)
    result = run_briefing("build", "-q", "-d", site_dir, cwd=project)
    assert result.returncode == 1 and "choose another --site-dir" in result.stderr and "Traceback" not in result.stderr
    assert tree_digest(project) == before


def test_the_built_site_is_readable_by_a_web_server(tmp_path: Path) -> None:
    import stat

    project = make_project(tmp_path / "p")
    assert run_briefing("build", "-q", cwd=project).returncode == 0
    mode = (project / "site").stat().st_mode
    assert mode & stat.S_IROTH and mode & stat.S_IXOTH
    # Files the plugin writes itself (briefing.json, from a temporary file) are as readable as MkDocs' own.
    written_by_mkdocs = stat.S_IMODE((project / "site" / "index.html").stat().st_mode)
    assert stat.S_IMODE((project / "site" / "briefing.json").stat().st_mode) == written_by_mkdocs
