"""Hostile and careless input, as real as the fault: YAML bombs, FIFOs, links to /dev/zero and
out of the project, sockets, oversized files, invisible and bidirectional characters,
look-alike and one-letter aliases, loose dates, reserved ids.

Each bad file ends in one line naming it (and its line), a non-zero exit and no traceback,
from `briefing check`, `briefing build` and `mkdocs build` alike, in bounded time (a command
that hangs fails its test), and nothing is changed: the corpus, and the last site.
"""
from __future__ import annotations

import hashlib
import os
import re
import socket
import stat
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from build_site.corpus import reserved_id_reason
from build_site.input_files import (
    ARTICLE_LIMIT,
    CODEBOOK_LIMIT,
    InputFileError,
    read_input,
)
from build_site.pipeline import load_inputs
from build_site.yaml_input import MAX_DEPTH, YamlInputError, load_yaml
from tests.helpers import make_project

TIMEOUT = 90  # seconds for one command: a FIFO read hangs forever, so this is what fails then
COMMANDS = {
    "check": [sys.executable, "-m", "build_site", "check"],
    "build": [sys.executable, "-m", "build_site", "build", "-q"],
    "mkdocs": [sys.executable, "-m", "mkdocs", "build", "-q", "-d", "mkdocs-site"],
}
TOPICS = {
    "threats.yml": "- id: fuel-theft\n  name: Fuel theft\n  aliases: [huachicol]\n  summary: Theft of fuel.\n",
    "actors.yml": ("- id: semar\n  name: Secretaría de Marina\n  aliases: [SEMAR, Mexican Navy]\n  summary: The navy.\n"
                   "- id: sedena\n  name: Ejército Mexicano\n  aliases: [SEDENA]\n  summary: The army.\n"),
    "programs.yml": "- id: merida-initiative\n  name: Iniciativa Mérida\n  aliases: [Mérida Initiative]\n  summary: Aid.\n",
    "challenges.yml": "- id: corruption\n  name: Corruption\n  summary: Abuse of office.\n",
}
TEXT = "La Secretaría de Marina y el Ejército Mexicano hablaron de la Iniciativa Mérida en Mérida.\n"
GOOD = f"---\ntitle: The navy and the army\npublished: 2025-09-03\n---\n\n{TEXT}"
# "Billion laughs": nine levels of nine aliases, a billion strings once expanded.
LAUGHS = 'l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 9))
FLOW_LIST = "[" * 20_000 + "]" * 20_000  # a list nested 20,000 deep
FLOW_DEEP = f"x: {FLOW_LIST}\n"
BLOCK_DEEP = "x:\n" + "".join(f"{'  ' * i}k{i}:\n" for i in range(1, MAX_DEPTH + 5)) + f"{'  ' * (MAX_DEPTH + 5)}v: 1\n"


def small_project(root: Path) -> Path:
    """The project's site configuration with a codebook and one article of this test's own."""
    project = make_project(root, corpus=False)
    for name, text in TOPICS.items():
        (project / "corpus" / "topics" / name).write_text(text, encoding="utf-8")
    (project / "corpus" / "articles" / "good.md").write_text(GOOD, encoding="utf-8")
    return project


def run(command: str, project: Path, **options: object) -> subprocess.CompletedProcess[str]:
    """A command as a user runs it, which must end within TIMEOUT."""
    return subprocess.run(COMMANDS[command], check=False, cwd=project, capture_output=True, text=True, timeout=TIMEOUT,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, **options)  # type: ignore[call-overload]


def digest(folder: Path) -> dict[str, str]:
    """What each entry is: a regular file's hash, or its kind (never reading a FIFO or a device)."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            found[path.relative_to(folder).as_posix()] = f"link to {os.readlink(path)}"
        elif stat.S_ISREG(mode):
            found[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            found[path.relative_to(folder).as_posix()] = stat.filemode(mode)
    return found


def assert_refused(project: Path, folder: str, expected: dict[str, str]) -> None:
    """Every command exits 1 with one line for each bad file (file:line: error: message), no
    traceback, no other error; the corpus and the last site stay as they were."""
    corpus = digest(project / "corpus")
    site = digest(project / "site")
    for command in COMMANDS:
        started = time.perf_counter()
        result = run(command, project)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr, (command, result.stderr)
        assert time.perf_counter() - started < TIMEOUT
        lines = [line for line in result.stderr.splitlines() if ": error:" in line]
        for name, message in expected.items():
            mine = [line for line in lines if re.search(rf"(^|\s|!){re.escape(folder)}/{re.escape(name)}(:\d+)?: error:", line)]
            if command == "mkdocs":  # MkDocs logs each error, then repeats them all when it aborts
                mine = list(dict.fromkeys(line.split("error: ", 1)[1] for line in mine))
            assert len(mine) == 1, (command, name, lines)
            assert message in mine[0], (command, name, mine[0])
        if command != "mkdocs":
            strays = [line for line in lines if not any(f"{folder}/{name}" in line for name in expected)]
            assert not strays, (command, strays)
    assert digest(project / "corpus") == corpus
    assert digest(project / "site") == site


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A small project with a good site built, for the bad input to be added to."""
    project = small_project(tmp_path / "p")
    result = run("build", project)
    assert result.returncode == 0, result.stderr
    return project


# --- articles ------------------------------------------------------------------------------------

BAD_ARTICLES = {
    # file name -> (content, what its one error line says)
    "laughs.md": (f"---\ntitle: T\n{LAUGHS}---\n\nBody.\n", "front matter uses a YAML anchor or alias"),
    "anchor.md": ("---\ntitle: &t Title\nauthor: *t\n---\n\nBody.\n", "front matter uses a YAML anchor or alias"),
    "flow-deep.md": (f"---\ntitle: T\n{FLOW_DEEP}---\n\nBody.\n", "nesting depth"),
    "block-deep.md": (f"---\ntitle: T\n{BLOCK_DEEP}---\n\nBody.\n", f"nests lists or mappings more than {MAX_DEPTH} deep"),
    "twice.md": ("---\ntitle: T\ntype: news\ntitle: Other\n---\n\nBody.\n", "has the key 'title' twice (first at line 2)"),
    "invisible-title.md": ('---\ntitle: "\u200b\u200d\u2060\u00ad\u202e"\n---\n\nBody.\n', "title is empty"),
    "compact-date.md": ("---\ntitle: T\npublished: '20250903'\n---\n\nBody.\n", "'20250903' is not a real date"),
    "number-date.md": ("---\ntitle: T\npublished: 20250903\n---\n\nBody.\n", "must be a date in the form YYYY-MM-DD"),
    "week-date.md": ("---\ntitle: T\npublished: 2025-W36-3\n---\n\nBody.\n", "'2025-W36-3' is not a real date"),
    "ordinal-date.md": ("---\ntitle: T\npublished: 2025-246\n---\n\nBody.\n", "'2025-246' is not a real date"),
    "short-date.md": ("---\ntitle: T\npublished: 2025-9-3\n---\n\nBody.\n", "'2025-9-3' is not a real date"),
    "page-2.md": ("---\ntitle: T\n---\n\nBody.\n", "gets the id 'page-2', which the site uses"),
    "Index.md": ("---\ntitle: T\n---\n\nBody.\n", "gets the id 'index', which the site uses"),
}
LINES = {"twice.md": 4, "compact-date.md": 3, "week-date.md": 3, "block-deep.md": 3 + MAX_DEPTH, "anchor.md": 2}


def test_bad_front_matter_is_one_line_each_from_every_command(built: Path) -> None:
    articles = built / "corpus" / "articles"
    for name, (content, _) in BAD_ARTICLES.items():
        (articles / name).write_text(content, encoding="utf-8")
    assert_refused(built, "corpus/articles", {name: message for name, (_, message) in BAD_ARTICLES.items()})
    stderr = run("check", built).stderr
    for name, line in LINES.items():
        assert f"corpus/articles/{name}:{line}: error:" in stderr, (name, stderr)


def test_special_files_are_refused_without_waiting_or_reading(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = built / "corpus" / "articles"
    outside = built.parent / "elsewhere"
    outside.mkdir()
    (outside / "secret.md").write_text("---\ntitle: Secret\n---\n\nThe private notes of SEMAR.\n", encoding="utf-8")
    os.mkfifo(articles / "pipe.md")
    (articles / "zero.md").symlink_to("/dev/zero")
    (articles / "outside.md").symlink_to(outside / "secret.md")
    (articles / "dangling.md").symlink_to(articles / "nowhere")
    (articles / "loop.md").symlink_to("loop.md")
    (articles / "folder.md").mkdir()
    (articles / "huge.md").write_bytes(GOOD.encode() + b"The navy met. " * (ARTICLE_LIMIT // 14))
    monkeypatch.chdir(articles)  # a socket's address is short: bind it by its name in its folder
    with socket.socket(socket.AF_UNIX) as server:
        server.bind("socket.md")
    assert_refused(built, "corpus/articles", {
        "pipe.md": "is a named pipe (FIFO), not a regular file",
        "zero.md": "leads through a link to /dev/zero, outside the project folder",
        "outside.md": f"leads through a link to {outside / 'secret.md'}, outside the project folder",
        "dangling.md": "is a link to",
        "loop.md": "cannot be read: Too many levels of symbolic links",
        "folder.md": "is a folder, not a regular file",
        "huge.md": f"over the limit of {ARTICLE_LIMIT / 1e6:.1f} MB",
        "socket.md": "is a socket, not a regular file",
    })
    assert not any("private notes" in p.read_text(errors="replace") for p in (built / "site").rglob("*.html"))


def test_an_articles_folder_that_leads_out_of_the_project_is_refused(tmp_path: Path) -> None:
    project = small_project(tmp_path / "p")
    elsewhere = tmp_path / "elsewhere"
    (project / "corpus" / "articles").rename(elsewhere)
    (project / "corpus" / "articles").symlink_to(elsewhere)
    for command in COMMANDS:
        result = run(command, project)
        assert result.returncode == 1 and "Traceback" not in result.stderr, (command, result.stderr)
        assert "corpus/articles: error: leads through a link to" in result.stderr, (command, result.stderr)


def test_a_corpus_folder_that_leads_out_of_the_project_is_one_line(tmp_path: Path) -> None:
    """It was one line for the articles folder and one for each codebook file read through it."""
    project = small_project(tmp_path / "p")
    elsewhere = tmp_path / "elsewhere"
    (project / "corpus").rename(elsewhere)
    (project / "corpus").symlink_to(elsewhere)
    for command in COMMANDS:
        result = run(command, project)
        assert result.returncode == 1 and "Traceback" not in result.stderr, (command, result.stderr)
        refusals = [line.split("ERROR   -  ")[-1] for line in result.stderr.splitlines() if ": error: " in line]
        assert refusals == [
            f"corpus: error: leads through a link to {elsewhere}, outside the project folder; copy the folder in"
            " instead"
        ], (command, result.stderr)  # mkdocs puts its level before the line


def test_a_control_character_in_yaml_is_named_at_its_line(tmp_path: Path) -> None:
    """A NUL byte in a codebook file said "is not valid YAML (invalid YAML)" with no line."""
    project = small_project(tmp_path / "p")
    (project / "corpus" / "topics" / "challenges.yml").write_text(
        "- id: corruption\n  name: Corruption\n  summary: Abuse\x00 of office.\n", encoding="utf-8"
    )
    result = run("check", project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "corpus/topics/challenges.yml:3: error: is not valid YAML (it holds the control character U+0000, which"
        " YAML does not allow: remove it)"
    ]


def test_a_link_inside_the_project_is_read(tmp_path: Path) -> None:
    project = small_project(tmp_path / "p")
    (project / "drafts").mkdir()
    (project / "drafts" / "shared.md").write_text(GOOD.replace("The navy and the army", "Shared"), encoding="utf-8")
    (project / "corpus" / "articles" / "shared.md").symlink_to(Path("..", "..", "drafts", "shared.md"))
    result = run("build", project)
    assert result.returncode == 0, result.stderr
    assert "Shared" in (project / "site" / "articles" / "shared" / "index.html").read_text(encoding="utf-8")


def test_an_unreadable_article_is_one_line(tmp_path: Path) -> None:
    """Root reads any file: as root, the commands run without the capabilities that allow it."""
    project = small_project(tmp_path / "p")
    locked = project / "corpus" / "articles" / "locked.md"
    locked.write_text(GOOD.replace("navy", "secret navy"), encoding="utf-8")
    locked.chmod(0)
    drop = "-dac_override,-dac_read_search"
    prefix = ["setpriv", f"--inh-caps={drop}", f"--bounding-set={drop}"] if os.geteuid() == 0 else []
    for command, arguments in COMMANDS.items():
        result = subprocess.run([*prefix, *arguments], check=False, cwd=project, capture_output=True, text=True,
                                timeout=TIMEOUT)
        assert result.returncode == 1 and "Traceback" not in result.stderr, (command, result.stderr)
        assert "corpus/articles/locked.md: error: cannot be read: Permission denied" in result.stderr, result.stderr


# --- the codebook --------------------------------------------------------------------------------

def write_topics(project: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (project / "corpus" / "topics" / name).write_text(TOPICS[name] + text, encoding="utf-8")


def test_bad_codebook_yaml_is_one_line_each(built: Path) -> None:
    write_topics(built, {
        "threats.yml": f"- id: laughs\n  name: Laughs\n  summary: S.\n  role:\n    {LAUGHS.replace(chr(10), chr(10) + '    ')}\n",
        "actors.yml": f"- id: deep\n  name: Deep\n  summary: S.\n  role: {FLOW_LIST}\n",
        "programs.yml": "- id: twice\n  name: Twice\n  summary: S.\n  aliases: [one]\n  aliases: [two]\n",
        "challenges.yml": "- &base\n  id: base\n  name: Base\n  summary: S.\n",
    })
    assert_refused(built, "corpus/topics", {
        "threats.yml": "uses a YAML anchor or alias", "actors.yml": "nesting depth",
        "programs.yml": "has the key 'aliases' twice (first at line 8)", "challenges.yml": "uses a YAML anchor or alias",
    })
    assert "corpus/topics/programs.yml:9: error:" in run("check", built).stderr


def test_special_codebook_files_are_refused(built: Path) -> None:
    topics = built / "corpus" / "topics"
    outside = built.parent / "elsewhere.yml"
    outside.write_text(TOPICS["challenges.yml"], encoding="utf-8")
    for name in TOPICS:
        (topics / name).unlink()
    os.mkfifo(topics / "threats.yml")
    (topics / "actors.yml").symlink_to("/dev/zero")
    (topics / "programs.yml").write_text(TOPICS["programs.yml"] + "# padding\n" * (CODEBOOK_LIMIT // 10), encoding="utf-8")
    (topics / "challenges.yml").symlink_to(outside)
    assert_refused(built, "corpus/topics", {
        "threats.yml": "is a named pipe (FIFO)", "actors.yml": "leads through a link to /dev/zero",
        "programs.yml": f"over the limit of {CODEBOOK_LIMIT / 1e6:.1f} MB", "challenges.yml": "outside the project folder",
    })


def test_short_and_look_alike_names_are_refused_unless_deliberate(built: Path) -> None:
    write_topics(built, {
        "actors.yml": "- id: mexico\n  name: M\u0435xico\n  summary: A look-alike (Cyrillic e).\n",
        "threats.yml": "- id: plan-a\n  name: Plan A\n  aliases: [A]\n  summary: One letter.\n",
        "challenges.yml": "- id: eu\n  name: EU\n  summary: Two letters.\n",
        "programs.yml": "- id: us-aid\n  name: US aid\n  aliases: [AID]\n  deliberate: [USA]\n  summary: S.\n",
    })
    assert_refused(built, "corpus/topics", {
        "actors.yml": "topic 'mexico': 'M\u0435xico' mixes Latin and Cyrillic letters ('\u0435' is Cyrillic)",
        "threats.yml": "topic 'plan-a': 'A' has only 1 letter or digit",
        "challenges.yml": "topic 'eu': 'EU' has only 2 letters or digits",
        "programs.yml": "topic 'us-aid': deliberate 'USA' is not the name or an alias of this topic",
    })
    assert "corpus/topics/challenges.yml:4: error:" in run("check", built).stderr  # the line of the entry


def test_a_name_marked_deliberate_is_kept(tmp_path: Path) -> None:
    project = small_project(tmp_path / "p")
    write_topics(project, {"challenges.yml": "- id: eu\n  name: European Union\n  aliases: [EU]\n  deliberate: [EU]\n"
                                             "  summary: S.\n"})
    (project / "corpus" / "articles" / "eu.md").write_text("---\ntitle: EU\n---\n\nThe EU spoke.\n", encoding="utf-8")
    briefing, _ = load_inputs(project / "corpus")
    assert [m.surface for m in briefing.mentions_by_topic["eu"]] == ["EU"]


def test_a_name_of_invisible_characters_is_empty(tmp_path: Path) -> None:
    project = small_project(tmp_path / "p")
    write_topics(project, {"challenges.yml": '- id: ghost\n  name: "\\u200B\\u200D\\u202E"\n  summary: S.\n'})
    result = run("check", project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if ": error:" in line] == [
        "corpus/topics/challenges.yml:4: error: topic 'ghost': name is empty"]


def test_control_characters_in_names_and_values_stay_on_one_line(tmp_path: Path) -> None:
    """A line break or a terminal escape in a file name, a key or an id is shown escaped."""
    project = small_project(tmp_path / "p")
    (project / "corpus" / "articles" / "two\nlines.md").write_text("---\npublisher: X\n---\n\nBody.\n", encoding="utf-8")
    (project / "corpus" / "articles" / "key.md").write_text('---\ntitle: T\n"a\\nb\\e[2J": 1\n"a\\nb\\e[2J": 2\n---\n\nBody.\n',
                                                           encoding="utf-8")
    write_topics(project, {"challenges.yml": '- id: "bad\\nid\\u202E"\n  name: Bad id\n  summary: S.\n'})
    for command in ("check", "build"):
        result = run(command, project)
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
        assert ("corpus/articles/two\\x0alines.md:1: error: has no title (add `title:` to the front matter)"
                in result.stderr.splitlines())
        assert ("corpus/articles/key.md:4: error: front matter has the key 'a\\nb\\x1b[2J' twice (first at line 3)"
                in result.stderr.splitlines())
        assert ("corpus/topics/challenges.yml:4: error: topic 'bad\\nid\\u202e': id must be a slug of lowercase "
                "letters, digits and hyphens") in result.stderr.splitlines()


# --- text normalised on the way in --------------------------------------------------------------

def test_decomposed_accents_find_the_same_topics(tmp_path: Path) -> None:
    project = small_project(tmp_path / "p")
    decomposed = unicodedata.normalize("NFD", GOOD)
    assert decomposed != GOOD
    (project / "corpus" / "articles" / "decomposed.md").write_text(decomposed, encoding="utf-8")
    programs = project / "corpus" / "topics" / "programs.yml"  # and the codebook written decomposed
    programs.write_text(unicodedata.normalize("NFD", TOPICS["programs.yml"]), encoding="utf-8")
    briefing, _ = load_inputs(project / "corpus")
    found = {a: {m.topic_id for m in briefing.mentions_by_article[a]} for a in ("good", "decomposed")}
    assert found["good"] == found["decomposed"] == {"semar", "sedena", "merida-initiative"}
    assert briefing.article("decomposed").body == briefing.article("good").body
    assert briefing.topic("merida-initiative").name == "Iniciativa Mérida"


BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u00ad\ufeff]|&#(x0*202e|0*8238);", re.IGNORECASE)


def test_no_raw_direction_override_or_hidden_character_reaches_the_site(tmp_path: Path) -> None:
    project = small_project(tmp_path / "p")
    (project / "corpus" / "articles" / "spoof.md").write_text(
        '---\ntitle: "Report \\u202Egnp.exe"\npublisher: "\\u2066Wire\\u2069"\n---\n\n'
        "La Secreta\u00adría de Marina\u200b habló \u202eal revés\u202c; &#x202E;esto &#8238;también.\n",
        encoding="utf-8")
    write_topics(project, {"challenges.yml": '- id: spoof\n  name: "Spoof \\u202Eeman"\n  aliases: [Spoofing]\n'
                                             "  summary: Turned &#x202E;around.\n"})
    result = run("build", project)
    assert result.returncode == 0, result.stderr
    hits = {p.name: BIDI.findall(p.read_text(encoding="utf-8")) for p in (project / "site").rglob("*")
            if p.suffix in (".html", ".json", ".xml") and BIDI.search(p.read_text(encoding="utf-8"))}
    assert hits == {}
    page = (project / "site" / "articles" / "spoof" / "index.html").read_text(encoding="utf-8")
    assert "Report gnp.exe" in page and "Secretaría de Marina" in page  # still matched, once unhidden
    briefing, _ = load_inputs(project / "corpus")
    assert "semar" in {m.topic_id for m in briefing.mentions_by_article["spoof"]}
    assert briefing.topic("spoof").name == "Spoof eman" and briefing.article("spoof").publisher == "Wire"


# --- the pieces, on their own --------------------------------------------------------------------

def test_yaml_bombs_are_refused_at_once() -> None:
    for text in (LAUGHS, FLOW_DEEP, BLOCK_DEEP):
        started = time.perf_counter()
        with pytest.raises(YamlInputError):
            load_yaml(text)
        assert time.perf_counter() - started < 2


def test_every_duplicate_key_is_reported_with_its_line() -> None:
    with pytest.raises(YamlInputError) as raised:
        load_yaml("a: 1\nb: 2\na: 3\nc:\n  d: 1\n  d: 2\n")
    assert [(f.line, f.message) for f in raised.value.findings] == [
        (3, "has the key 'a' twice (first at line 1)"), (6, "has the key 'd' twice (first at line 5)")]
    assert load_yaml("published: 2025-09-03\n") == {"published": "2025-09-03"}  # dates stay text


def test_reading_without_a_project_still_refuses_pipes_and_devices(tmp_path: Path) -> None:
    """What `briefing add` reads comes from anywhere, so only the kind and the size are checked."""
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(InputFileError, match="named pipe"):
        read_input(tmp_path / "pipe.txt", ARTICLE_LIMIT)
    with pytest.raises(InputFileError, match="is a device"):
        read_input(Path("/dev/zero"), ARTICLE_LIMIT)
    (tmp_path / "big.txt").write_bytes(b"x" * 1001)
    with pytest.raises(InputFileError, match="over the limit"):
        read_input(tmp_path / "big.txt", 1000)
    assert read_input(tmp_path / "big.txt", 1001) == b"x" * 1001


@pytest.mark.parametrize(("article_id", "reserved"), [
    ("index", True), ("page-2", True), ("page-10", True), ("index-of-cartels", False), ("pages", False), ("page", False)])
def test_reserved_ids(article_id: str, reserved: bool) -> None:
    assert (reserved_id_reason(article_id) is not None) is reserved
