"""`briefing accept`, `check --top/--format yaml`, `remove`, and how every command finds its briefing."""
from __future__ import annotations

import html
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from filelock import FileLock

from build_site.round_trip import EDIT_LOCK
from tests.briefing_project import ACTORS, THREATS, new_project
from tests.helpers import run_briefing

KIND_FILES = ("threats.yml", "actors.yml", "programs.yml", "challenges.yml")


def snapshot(project: Path) -> dict[str, bytes]:
    """Every file of the corpus, by path: what a refused command must leave exactly as it was."""
    return {str(p.relative_to(project)): p.read_bytes() for p in sorted((project / "corpus").rglob("*")) if p.is_file()}


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return new_project(tmp_path / "reef")


def test_a_new_topic_is_appended_and_the_file_kept_byte_for_byte(project: Path) -> None:
    before = snapshot(project)
    result = run_briefing("accept", "Blue Fin Consortium", "--kind", "actor", "--alias", "BFC", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "blue-fin-consortium" in result.stdout and "actors.yml" in result.stdout
    actors = (project / "corpus" / "topics" / "actors.yml").read_bytes()
    assert actors.startswith(ACTORS.encode())  # comments, order, spacing: untouched
    entries = yaml.safe_load(actors)
    assert entries[-1]["id"] == "blue-fin-consortium" and entries[-1]["aliases"] == ["BFC"]
    assert {k: v for k, v in snapshot(project).items() if not k.endswith("actors.yml")} == {
        k: v for k, v in before.items() if not k.endswith("actors.yml")}  # only that kind's file
    check = run_briefing("check", cwd=project)
    assert check.returncode == 0, check.stderr
    assert "Blue Fin Consortium" not in check.stdout  # no longer a candidate: it is a topic


def test_an_alias_changes_only_the_aliases_line_of_its_topic(project: Path) -> None:
    result = run_briefing("accept", "reef die-off", "--alias-of", "reef-bleaching", cwd=project)
    assert result.returncode == 0, result.stderr
    after = (project / "corpus" / "topics" / "threats.yml").read_text(encoding="utf-8").splitlines()
    before = THREATS.splitlines()
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert [before[i] for i in changed] == ["  aliases: [coral bleaching, bleaching event]"]
    assert after[changed[0]] == "  aliases: [coral bleaching, bleaching event, reef die-off]"


def test_an_alias_for_a_topic_without_aliases_gets_the_key(project: Path) -> None:
    assert run_briefing("accept", "port agency", "--alias-of", "harbor-authority", cwd=project).returncode == 0
    entry = yaml.safe_load((project / "corpus" / "topics" / "actors.yml").read_text(encoding="utf-8"))[0]
    assert list(entry) == ["id", "name", "aliases", "summary", "type"] and entry["aliases"] == ["port agency"]
    assert (project / "corpus" / "topics" / "actors.yml").read_text(encoding="utf-8").startswith("# corpus/topics/actors.yml\n")


REFUSALS = {
    "an id that exists": (["Oil spill watch", "--kind", "threat", "--id", "oil-spills"],
                          "threats.yml:9: error: topic 'oil-spills' is already here; nothing written"
                          ' (to add "Oil spill watch" as another of its names: briefing accept "Oil spill watch"'
                          " --alias-of oil-spills)"),
    "a topic's own name again": (["Oil spills", "--kind", "threat"],
                                 "threats.yml:9: error: 'Oil spills' is already a name of topic 'oil-spills';"
                                 " nothing written"),
    "an alias its topic has": (["Oil Spill", "--alias-of", "oil-spills"],
                               "threats.yml:9: error: 'Oil Spill' is already a name of topic 'oil-spills'"),
    "an alias repeating the name": (["Spill watch", "--kind", "actor", "--alias", "spill  watch"],
                                    "actors.yml: error: --alias 'spill  watch' repeats a name of the new topic"),
    "an id of another kind's file": (["Spill", "--kind", "actor", "--id", "oil-spills"],
                                     "threats.yml:9: error: topic 'oil-spills' is already here"),
    "an alias another topic has": (["oil spill", "--alias-of", "reef-bleaching"],
                                   "threats.yml:9: error: 'oil spill' is already a name of topic 'oil-spills', so not"
                                   " also of 'reef-bleaching'; nothing written (to move it, take it out of the aliases"
                                   " of 'oil-spills' here, then run this again)"),
    "a name a topic has": (["Reef bleaching", "--kind", "actor", "--id", "other"],
                           "threats.yml:3: error: 'Reef bleaching' is already a name of topic 'reef-bleaching'"),
    "an alias a topic has": (["Spill watch", "--kind", "actor", "--alias", "oil spill"],
                             "threats.yml:9: error: 'oil spill' is already a name of topic 'oil-spills'"),
    "an unknown kind": (["Saltwater", "--kind", "place"], "unknown kind 'place'; the kinds are: threat, actor"),
    "a plural kind": (["Saltwater", "--kind", "actors"], "unknown kind 'actors' (did you mean 'actor'?)"),
    "an unknown topic": (["Saltwater", "--alias-of", "nowhere"], "no topic 'nowhere' in the codebook"),
    "an id in capitals": (["Saltwater", "--alias-of", "OIL-SPILLS"],
                          "no topic 'OIL-SPILLS' in the codebook; did you mean 'oil-spills'?"),
    "a short name": (["BF", "--kind", "actor"], "actors.yml: error: the new entry: topic 'bf': 'BF' has only 2 letters"
                     " or digits"),
    "a short alias": (["BF", "--alias-of", "harbor-authority"], "actors.yml:2: error: topic 'harbor-authority': 'BF'"),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_refused_in_one_line_with_every_file_unchanged(project: Path, case: str) -> None:
    arguments, message = REFUSALS[case]
    before = snapshot(project)
    result = run_briefing("accept", *arguments, cwd=project)
    assert result.returncode == 1
    assert result.stdout == "" and len(result.stderr.splitlines()) == 1, result.stderr
    assert message in result.stderr and ": error: " in result.stderr
    assert snapshot(project) == before
    assert not [p for p in (project / "corpus" / "topics").iterdir() if p.name not in KIND_FILES]  # no temporary left
    assert "to the entry" not in result.stderr  # advice accept itself can follow, or none


def _named_line(stderr: str, project: Path) -> str:
    """The line of the file a message names: it must exist."""
    found = re.match(r"(\S+?\.yml):(\d+): ", stderr)
    assert found, stderr
    return (project / found.group(1)).read_text(encoding="utf-8").splitlines()[int(found.group(2)) - 1]


def test_accepting_twice_names_the_topic_where_it_is(project: Path) -> None:
    """The same candidate accepted twice, in its own kind or another: refused before writing,
    on the line of the topic the first accept wrote."""
    first = run_briefing("accept", "Blue Fin Consortium", "--kind", "actor", cwd=project)
    assert first.returncode == 0, first.stderr
    before = snapshot(project)
    for kind in ("actor", "threat"):
        again = run_briefing("accept", "Blue Fin Consortium", "--kind", kind, cwd=project)
        assert again.returncode == 1 and len(again.stderr.splitlines()) == 1, again.stderr
        assert again.stderr.startswith("corpus/topics/actors.yml:"), again.stderr
        assert _named_line(again.stderr, project) == "- id: blue-fin-consortium"
        assert "'Blue Fin Consortium' is already a name of topic 'blue-fin-consortium'" in again.stderr
        assert "--alias-of" not in again.stderr  # the name is there already: no alias to add
        assert snapshot(project) == before


def test_a_short_name_is_kept_with_deliberate(project: Path) -> None:
    refused = run_briefing("accept", "BF", "--kind", "actor", cwd=project)
    assert refused.returncode == 1 and "run the same command again with --deliberate" in refused.stderr
    accepted = run_briefing("accept", "BF", "--kind", "actor", "--deliberate", cwd=project)
    assert accepted.returncode == 0, accepted.stderr
    entry = yaml.safe_load((project / "corpus" / "topics" / "actors.yml").read_text(encoding="utf-8"))[-1]
    assert entry["id"] == "bf" and entry["deliberate"] == ["BF"]
    alias = run_briefing("accept", "HA", "--alias-of", "harbor-authority", "--deliberate", cwd=project)
    assert alias.returncode == 0, alias.stderr
    entry = yaml.safe_load((project / "corpus" / "topics" / "actors.yml").read_text(encoding="utf-8"))[0]
    assert entry["aliases"] == ["HA"] and entry["deliberate"] == ["HA"]
    assert run_briefing("check", cwd=project).returncode == 0


def test_a_refusal_says_what_check_says_of_the_same_entry(project: Path) -> None:
    """The same finding, with accept's advice where check's names an edit of the file."""
    refused = run_briefing("accept", "BF", "--kind", "actor", cwd=project)
    with (project / "corpus" / "topics" / "actors.yml").open("a", encoding="utf-8") as stream:
        stream.write("\n- id: bf\n  name: BF\n  summary: Pasted by hand.\n")
    check = run_briefing("check", cwd=project)
    assert check.returncode == 1
    finding = "topic 'bf': 'BF' has only 2 letters or digits"
    assert finding in refused.stderr and finding in check.stderr, (refused.stderr, check.stderr)
    assert refused.stderr.split(finding)[1].split("; if it is meant, ")[0] == check.stderr.split(finding)[1].split(
        "; if it is meant, ")[0]


def test_check_top_and_yaml_candidates_paste_into_a_kind_file(project: Path) -> None:
    listed = run_briefing("check", "--top", "1", cwd=project)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count("  e.g. “") == 1
    exported = run_briefing("check", "--format", "yaml", cwd=project)
    assert exported.returncode == 0, exported.stderr
    entries = yaml.safe_load(exported.stdout)
    assert [e["id"] for e in entries] == ["blue-fin-consortium"], exported.stdout
    assert "# for actors.yml:" in exported.stdout
    programs = project / "corpus" / "topics" / "programs.yml"
    programs.write_text(programs.read_text(encoding="utf-8") + exported.stdout, encoding="utf-8")
    check = run_briefing("check", cwd=project)
    assert check.returncode == 0, check.stderr
    assert ", 4 topics, no errors." in check.stdout


def test_every_command_finds_the_briefing_from_a_subfolder(project: Path) -> None:
    articles = project / "corpus" / "articles"
    assert run_briefing("check", cwd=articles).returncode == 0
    accepted = run_briefing("accept", "Blue Fin Consortium", "--kind", "actor", cwd=articles)
    assert accepted.returncode == 0, accepted.stderr
    assert "blue-fin-consortium" in (project / "corpus" / "topics" / "actors.yml").read_text(encoding="utf-8")
    built = run_briefing("build", "--quiet", cwd=articles)
    assert built.returncode == 0, built.stderr
    assert (project / "site" / "actors" / "blue-fin-consortium" / "index.html").is_file()


def test_f_points_at_a_briefing_elsewhere_and_its_corpus_option(project: Path, tmp_path: Path) -> None:
    (project / "corpus").rename(project / "sources")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("corpus: corpus", "corpus: sources"), encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_briefing("remove", "spill-update", "-f", str(config), cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert not (project / "sources" / "articles" / "spill-update.md").exists()
    check = run_briefing("check", "-f", str(config), cwd=elsewhere)
    assert check.returncode == 0 and "1 article," in check.stdout, check.stdout + check.stderr


def test_a_wrong_f_says_what_it_is_and_what_to_pass(project: Path) -> None:
    """`-f` given a folder (the briefing's, or its corpus) or a file that is not there."""
    cases = {
        "reef": "is a folder, not a configuration file (pass -f reef/mkdocs.yml)",
        "reef/corpus": "is a folder, not a configuration file (pass -f with the briefing's mkdocs.yml)",
        "reef/mkdocs.yaml": "does not exist (-f takes the briefing's mkdocs.yml)",
    }
    assert project.name == "reef"
    for path, message in cases.items():
        for command in (["check"], ["build"], ["accept", "X", "--kind", "actor"]):
            result = run_briefing(*command, "-f", path, cwd=project.parent)
            assert result.returncode == 1 and result.stderr.splitlines() == [f"{path}: error: {message}"], result.stderr


def test_no_briefing_here_is_one_line(tmp_path: Path) -> None:
    for command in (["check"], ["accept", "X", "--kind", "actor"], ["remove", "x"], ["build"]):
        result = run_briefing(*command, cwd=tmp_path)
        assert result.returncode == 1, command
        assert len(result.stderr.splitlines()) == 1 and "no mkdocs.yml here or in any folder above" in result.stderr


def test_remove_by_id_and_by_file_and_nothing_else(project: Path) -> None:
    before = snapshot(project)
    by_id = run_briefing("remove", "reef-report", cwd=project)
    assert by_id.returncode == 0, by_id.stderr
    assert by_id.stdout.strip() == ("removed corpus/articles/reef-report.md (Reef report); the next `briefing build`"
                                    " takes it off the site")
    by_file = run_briefing("remove", "spill-update.md", cwd=project / "corpus" / "articles")
    assert by_file.returncode == 0, by_file.stderr
    gone = {"corpus/articles/reef-report.md", "corpus/articles/spill-update.md"}
    assert snapshot(project) == {k: v for k, v in before.items() if k not in gone}


def test_remove_takes_several_articles_at_once(project: Path) -> None:
    before = snapshot(project)
    result = run_briefing("remove", "reef-report", "spill-update", "corpus/articles/reef-report.md", cwd=project)
    assert result.returncode == 0, result.stderr
    assert [line.split(" (")[0] for line in result.stdout.splitlines()] == [
        "removed corpus/articles/reef-report.md",
        "removed corpus/articles/spill-update.md",
    ]
    gone = {"corpus/articles/reef-report.md", "corpus/articles/spill-update.md"}
    assert snapshot(project) == {k: v for k, v in before.items() if k not in gone}


def test_remove_of_a_list_with_one_unknown_article_removes_none(project: Path) -> None:
    before = snapshot(project)
    result = run_briefing("remove", "reef-report", "no-such-article", "spill-update", cwd=project)
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "has no article 'no-such-article'" in result.stderr
    assert snapshot(project) == before


@pytest.mark.parametrize("reference", ["no-such-article", "corpus/topics/threats.yml", "mkdocs.md"])
def test_remove_of_an_unknown_article_changes_nothing(project: Path, reference: str) -> None:
    (project / "mkdocs.md").write_text("not an article of the corpus\n", encoding="utf-8")
    before = snapshot(project)
    result = run_briefing("remove", reference, cwd=project)
    assert result.returncode == 1
    assert result.stdout == "" and len(result.stderr.splitlines()) == 1 and ": error: " in result.stderr
    assert snapshot(project) == before and (project / "mkdocs.md").exists()


def test_the_corpus_option_may_come_from_the_environment(project: Path) -> None:
    """mkdocs.yml may use MkDocs' `!ENV` tag; the commands read it as MkDocs does."""
    (project / "corpus").rename(project / "sources")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("corpus: corpus", "corpus: !ENV [REEF_CORPUS, corpus]"),
                      encoding="utf-8")
    missing = run_briefing("check", cwd=project)
    assert missing.returncode == 1 and "the articles folder does not exist" in missing.stderr
    found = run_briefing("check", cwd=project, env={"REEF_CORPUS": "sources"})
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("sources: 2 articles")


def test_a_config_without_the_plugin_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: Plain site\nplugins:\n  - search\n", encoding="utf-8")
    result = run_briefing("check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "mkdocs.yml: error: has no `briefing` plugin under `plugins:`; it is not a briefing"


def test_a_kind_file_that_leads_outside_the_briefing_is_not_written(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yml"
    outside.write_text(ACTORS, encoding="utf-8")
    actors = project / "corpus" / "topics" / "actors.yml"
    actors.unlink()
    actors.symlink_to(outside)
    result = run_briefing("accept", "Blue Fin Consortium", "--kind", "actor", cwd=project)
    assert result.returncode == 1 and "outside the project folder" in result.stderr
    assert len(result.stderr.splitlines()) == 1 and outside.read_text(encoding="utf-8") == ACTORS


def test_the_review_queue_gives_the_command_that_accepts_each_name(project: Path) -> None:
    """The command beside a candidate, run as shown, makes it a topic: it is no longer a candidate."""
    assert run_briefing("build", cwd=project).returncode == 0
    review = (project / "site" / "analysis" / "review" / "index.html").read_text(encoding="utf-8")
    commands = [html.unescape(c) for c in re.findall(r'<code class="accept-command">(.*?)</code>', review)]
    assert 'briefing accept "Blue Fin Consortium" --kind actor' in commands, commands
    assert "corpus/topics/&lt;kind&gt;s.yml" not in review
    arguments = shlex.split(next(c for c in commands if "Blue Fin" in c))[1:]
    assert run_briefing(*arguments, cwd=project).returncode == 0
    assert run_briefing("build", cwd=project).returncode == 0
    review = (project / "site" / "analysis" / "review" / "index.html").read_text(encoding="utf-8")
    assert "Blue Fin Consortium" not in review
    assert (project / "site" / "actors" / "blue-fin-consortium" / "index.html").is_file()


def test_accepts_run_at_once_all_land(project: Path) -> None:
    """Six `accept`s started together: each reads the kind file after the one before wrote it."""
    names = [f"Racer Number{i}" for i in range(1, 7)]
    racers = [
        subprocess.Popen(
            [sys.executable, "-m", "build_site", "accept", name, "--kind", "challenge"],
            cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for name in names
    ]
    outcomes = [racer.communicate(timeout=600) for racer in racers]
    assert [racer.returncode for racer in racers] == [0] * len(names), outcomes
    entries = yaml.safe_load((project / "corpus" / "topics" / "challenges.yml").read_text(encoding="utf-8"))
    assert sorted(e["name"] for e in entries if e["name"] in names) == names
    assert run_briefing("check", cwd=project).returncode == 0


@pytest.mark.parametrize(
    ("command", "written", "landed"),
    [
        (["accept", "Racer Number1", "--kind", "challenge"], "topics/challenges.yml", "- id: racer-number1"),
        (["dismiss", "Blue Fin Consortium"], "dismissed.yml", "- Blue Fin Consortium"),
    ],
)
def test_an_edit_waits_while_another_holds_the_lock(
    project: Path, command: list[str], written: str, landed: str
) -> None:
    """An edit in progress (the lock held here) keeps a real `accept` or `dismiss` from reading
    the corpus before that edit is written; released, the command lands."""
    before = snapshot(project)
    with FileLock(project / EDIT_LOCK):
        waiting = subprocess.Popen(
            [sys.executable, "-m", "build_site", *command],
            cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        with pytest.raises(subprocess.TimeoutExpired):
            waiting.wait(timeout=20)  # the command alone takes a few seconds
        assert snapshot(project) == before
    _, stderr = waiting.communicate(timeout=600)
    assert waiting.returncode == 0, stderr
    assert landed in (project / "corpus" / written).read_text(encoding="utf-8")


def test_the_deliberate_advice_pastes_into_the_file_as_valid_yaml(project: Path) -> None:
    """A name with a bracket of its own: the advice quotes it, and pasted it makes check pass."""
    actors = project / "corpus" / "topics" / "actors.yml"
    actors.write_text(ACTORS.replace("  summary:", "  aliases: ['[xy']\n  summary:"), encoding="utf-8")
    check = run_briefing("check", cwd=project)
    assert check.returncode == 1 and "add `deliberate: ['[xy']` to the entry" in check.stderr, check.stderr
    actors.write_text(actors.read_text(encoding="utf-8") + "  deliberate: ['[xy']\n", encoding="utf-8")
    assert run_briefing("check", cwd=project).returncode == 0
    refused = run_briefing("accept", "x]y", "--alias-of", "harbor-authority", cwd=project)
    assert refused.returncode == 1 and "run the same command again with --deliberate" in refused.stderr
    assert "deliberate:" not in refused.stderr, refused.stderr
