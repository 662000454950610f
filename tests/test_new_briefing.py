"""`briefing new`: a ready, empty briefing that builds at once, in any folder, with any title."""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.utils.yaml import yaml_load

from tests.helpers import ROOT, run_briefing

STARTER = ROOT / "build_site" / "starter"
TITLE = 'Red Sea: "shipping" attacks #2 — a briefing'


def new(folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_briefing("new", str(folder), "--title", TITLE, *extra, cwd=folder.parent)


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("new") / "red-sea"
    result = new(folder, "--description", "Attacks on ships: who, where, with what.")
    assert result.returncode == 0, result.stderr
    return folder


def test_it_writes_a_whole_briefing(briefing: Path) -> None:
    files = {str(p.relative_to(briefing)) for p in briefing.rglob("*") if p.is_file()}
    assert files == {
        "mkdocs.yml", ".gitignore", "requirements.txt", ".github/workflows/pages.yml", "docs/about.md",
        "overrides/main.html", "corpus/articles/.gitkeep", *(f"corpus/topics/{kind}.yml" for kind in ("threats", "actors", "programs", "challenges")),
    }


def test_the_title_and_description_round_trip_through_mkdocs(briefing: Path) -> None:
    config = load_config(str(briefing / "mkdocs.yml"))
    assert config.site_name == TITLE
    assert config.site_description == "Attacks on ships: who, where, with what."
    assert set(config.plugins) == {"material/search", "briefing"}


def test_its_theme_is_this_repositorys(briefing: Path) -> None:
    """The starter's settings may not drift from the briefing this repository ships."""
    ours, theirs = (yaml_load((folder / "mkdocs.yml").read_text(encoding="utf-8")) for folder in (ROOT, briefing))
    overrides = [folder / config["theme"].pop("custom_dir") for folder, config in ((ROOT, ours), (briefing, theirs))]
    assert [(o / "main.html").read_bytes() for o in overrides] == [(ROOT / "build_site" / "starter" / "overrides" /
                                                                    "main.html").read_bytes()] * 2
    for key in ("theme", "plugins", "markdown_extensions", "nav", "validation", "strict"):
        assert theirs[key] == ours[key], key
    assert theirs["theme"]["font"] is False and theirs["strict"] is True


def test_its_workflow_pins_the_same_actions(briefing: Path) -> None:
    def uses(path: Path) -> list[str]:
        return re.findall(r"uses: (\S+@[0-9a-f]{40})", path.read_text(encoding="utf-8"))

    theirs = uses(briefing / ".github" / "workflows" / "pages.yml")
    assert theirs and theirs == uses(ROOT / ".github" / "workflows" / "pages.yml")
    workflow = yaml.safe_load((briefing / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    assert any(step.get("run") == "briefing build" for step in workflow["jobs"]["build"]["steps"])


def test_the_empty_briefing_builds_with_briefing_and_mkdocs(briefing: Path, tmp_path: Path) -> None:
    project = tmp_path / "copy"
    shutil.copytree(briefing, project)
    built = run_briefing("build", cwd=project)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "from 0 articles and 0 topics" in built.stdout
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert f"<title>Briefing - {TITLE}</title>" in html.unescape(home)
    assert f"<h1>{TITLE}</h1>" in html.unescape(home)  # its own name, not the shipped briefing's
    assert "Getting started" in home and "briefing add" in home and "briefing accept" in home
    for page in (project / "site").rglob("*.html"):  # nothing of the shipped subject
        text = html.unescape(page.read_text(encoding="utf-8"))
        assert not any(word in text for word in ("Mexico", "cartel", "Sheinbaum", "Mérida", "SEDENA")), page
    about = (project / "site" / "about" / "index.html").read_text(encoding="utf-8")
    assert "What it cannot tell you" in about
    mkdocs = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "mkdocs-site")],
                            check=False, cwd=project, capture_output=True, text=True, timeout=600)
    assert mkdocs.returncode == 0, mkdocs.stderr
    assert (tmp_path / "mkdocs-site" / "threats" / "index.html").is_file()


def test_the_examples_are_commented_out_and_valid_once_uncommented(briefing: Path, tmp_path: Path) -> None:
    project = tmp_path / "copy"
    shutil.copytree(briefing, project)
    assert ", 0 topics, no errors." in run_briefing("check", cwd=project).stdout
    for path in (project / "corpus" / "topics").glob("*.yml"):
        text = path.read_text(encoding="utf-8")
        example = text.split("#\n", 1)[1]  # below the header: the commented example
        path.write_text(re.sub(r"^# ?", "", example, flags=re.MULTILINE), encoding="utf-8")
    check = run_briefing("check", cwd=project)
    assert check.returncode == 0, check.stderr
    assert ", 4 topics, no errors." in check.stdout
    actors = (project / "corpus" / "topics" / "actors.yml").read_text(encoding="utf-8")
    assert "type: agency" in actors


def test_the_actor_example_lists_the_actor_types(briefing: Path) -> None:
    header = " ".join((briefing / "corpus" / "topics" / "actors.yml").read_text(encoding="utf-8").split())
    suggestions = ("person", "organization", "agency", "armed force", "criminal group", "legislature",
                   "multilateral body", "government")  # `type` is free text; these are only examples
    assert "free text" in header and all(kind in header for kind in suggestions)


@pytest.mark.parametrize("title", ["a: b", "'quoted' \"twice\"", "# not a comment", "- dash", "yes", "{x}", "x\ty"])
def test_any_title_round_trips(tmp_path: Path, title: str) -> None:
    folder = tmp_path / "b"
    assert run_briefing("new", str(folder), "--title", title).returncode == 0
    assert load_config(str(folder / "mkdocs.yml")).site_name == " ".join(title.split())


def test_a_folder_that_is_not_empty_is_refused_and_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
    result = new(folder)
    assert result.returncode == 1
    assert result.stdout == "" and len(result.stderr.splitlines()) == 1
    assert "exists and is not an empty folder; nothing written" in result.stderr
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    afile = tmp_path / "a-file"
    afile.write_text("x", encoding="utf-8")
    assert new(afile).returncode == 1 and afile.read_text(encoding="utf-8") == "x"


def test_an_empty_folder_is_taken(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    assert new(folder).returncode == 0
    assert (folder / "mkdocs.yml").is_file()


def test_its_workflow_is_schema_valid_and_zizmor_clean(briefing: Path) -> None:
    """The same offline checks as the repository's own workflow (test_workflow.py)."""
    workflow = str(briefing / ".github" / "workflows" / "pages.yml")
    tools = Path(sys.executable).parent
    schema = subprocess.run([str(tools / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", workflow],
                            check=False, capture_output=True, text=True, timeout=120)
    assert schema.returncode == 0, schema.stdout + schema.stderr
    audit = subprocess.run([str(tools / "zizmor"), "--offline", "--format", "json", workflow],
                           check=False, capture_output=True, text=True, timeout=120)
    assert audit.returncode == 0 or 10 <= audit.returncode <= 14, audit.stderr
    blocking = [f["ident"] for f in json.loads(audit.stdout)
                if not f.get("ignored") and f["determinations"]["severity"].lower() in {"medium", "high"}]
    assert blocking == []


@pytest.mark.parametrize("activated", [False, True])
def test_next_lines_give_a_command_the_user_can_run(tmp_path: Path, activated: bool) -> None:
    """The installed `briefing`, its venv activated or not: the printed command runs as printed."""
    program = Path(sys.executable).parent / "briefing"
    folders = [str(program.parent)] if activated else []
    path = ":".join([*folders, "/usr/bin", "/bin"])
    result = subprocess.run([str(program), "new", "red-sea", "--title", "Red Sea"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120, env={"PATH": path, "HOME": str(tmp_path)}, check=False)
    assert result.returncode == 0, result.stderr
    build = [line.split("#")[0].strip() for line in result.stdout.splitlines() if line.rstrip().endswith("into site/")]
    assert len(build) == 1, result.stdout
    assert build[0] == ("briefing build" if activated else f"{program.absolute()} build")
    ran = subprocess.run(build[0], shell=True, cwd=tmp_path / "red-sea", capture_output=True, text=True, timeout=300,
                         env={"PATH": path, "HOME": str(tmp_path), "NO_MKDOCS_2_WARNING": "1"}, check=False)
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "red-sea" / "site" / "index.html").is_file()
    check = [line.split("#")[0].strip() for line in result.stdout.splitlines() if "check --top 20" in line]
    assert check == [build[0].replace(" build", " check --top 20")], result.stdout
    checked = subprocess.run(check[0], shell=True, cwd=tmp_path / "red-sea", capture_output=True, text=True,
                             timeout=300, env={"PATH": path, "HOME": str(tmp_path)}, check=False)
    assert checked.returncode == 0 and ", 0 topics, no errors." in checked.stdout, checked.stderr
    assert f'{build[0].replace(" build", "")} accept "NAME" --kind threat  #' in result.stdout


def test_kind_labels_are_english_plurals(tmp_path: Path) -> None:
    """A newcomer's `--kind agency` was labelled "Agencys" in the nav, the headings and the About page."""
    made = run_briefing("new", str(tmp_path / "flu"), "--title", "H5N1", "--kind", "actor", "--kind", "agency",
                        "--kind", "crisis", "--kind", "virus", "--kind", "flock", "--kind", "day", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    kinds = yaml_load((tmp_path / "flu" / "mkdocs.yml").read_text(encoding="utf-8"))["plugins"][1]["briefing"]["kinds"]
    assert [k["plural"] for k in kinds] == ["Actors", "Agencies", "Crises", "Viruses", "Flocks", "Days"]
    about = (tmp_path / "flu" / "docs" / "about.md").read_text(encoding="utf-8")
    assert "(here **actors**, **agencies**, **crises**, **viruses**, **flocks** and **days**)" in about


def test_a_briefing_without_actors_promises_no_speakers_pages(tmp_path: Path) -> None:
    """Only a kind of people or bodies can speak (kinds.speaks): `--kind pathogen --kind place …`
    gave an About page speaking of "each actor's In their own words", and no word of it at `new`."""
    made = run_briefing("new", str(tmp_path / "flu"), "--title", "H5N1", "--kind", "pathogen",
                        "--kind", "place", "--kind", "measure", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[1] == (
        "Note: with no kind of people or bodies (like `actor`, `agency` or `official`), the speakers of statements"
        " stay as the articles name them, without a page of their own; add `--kind actor` to `new` (or to"
        " mkdocs.yml's `kinds`) to give them one.")
    about = (tmp_path / "flu" / "docs" / "about.md").read_text(encoding="utf-8")
    assert "actor's" not in about and "codebook's actors" not in about and "an actor of the codebook" not in about
    assert "each with its speaker as the article names them (this briefing has no actors" in about
    assert "The [Statements](analysis/statements.md) page quotes what was said, verbatim" in about
    assert "a speaker is shown as the article names them." in about
    with_actors = run_briefing("new", str(tmp_path / "ships"), "--title", "Ships", "--kind", "actor", "--kind",
                               "vessel", cwd=tmp_path)
    assert "Note:" not in with_actors.stdout
    # an agency speaks as an actor does: no note, and the About page promises its own words
    agencies = run_briefing("new", str(tmp_path / "water"), "--title", "Water", "--kind", "agency", "--kind", "place",
                            cwd=tmp_path)
    assert "Note:" not in agencies.stdout
    water = (tmp_path / "water" / "docs" / "about.md").read_text(encoding="utf-8")
    assert "actor" not in water  # the trial's agencies briefing was told of "the codebook's actors"
    assert "each with its speaker found through the codebook's agencies;" in water
    assert "each agency's \"In their own words\"" in water
    assert "a speaker is one of the codebook's agencies only when the article names them" in water
    assert "each actor's \"In their own words\"" in (tmp_path / "ships" / "docs" / "about.md").read_text(encoding="utf-8")


def test_its_gitignore_hides_the_build_and_keeps_inputs_named_site(briefing: Path, tmp_path: Path) -> None:
    """A folder of saved pages may well be called `site`: only the build's own `site/` is ignored."""
    project = tmp_path / "repo"
    shutil.copytree(briefing, project)
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    paths = ["site/index.html", ".cache/entry", ".site.building-1/x", "inputs/site/page.html", "corpus/articles/a.md"]
    checked = subprocess.run(["git", "check-ignore", "--no-index", *paths], cwd=project, capture_output=True, text=True)
    assert checked.stdout.split() == ["site/index.html", ".cache/entry", ".site.building-1/x"]
