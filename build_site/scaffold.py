"""`briefing new DIR --title …`: a ready, empty briefing of one's own, on any subject.

The files come from the `starter/` folder of the package (mkdocs.yml, a commented example
codebook file per kind, the About page, the Pages workflow; the site's stylesheet and scripts
come with the plugin, site_assets.py); only the title, description and kinds are set, through a round-trip YAML edit of
the starter mkdocs.yml, so any title is stored as the text it is. With `--kind`, the kinds
are declared in mkdocs.yml and each gets its example file: the starter's for a default kind,
a plain one for any other; a default kind not named gets no file (it would be refused).
"""

from __future__ import annotations

import io
import re
import shlex
import shutil
import sys
from importlib.resources import as_file, files
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from build_site.codebook import COMMON_KEYS, kind_keys
from build_site.kinds import declared_kinds, speaks
from build_site.model import DEFAULT_KINDS, Kind
from build_site.problems import InputError, Problem, display_path
from build_site.round_trip import round_trip, text
from build_site.wording import english_plural

# Stored without their leading dot, so that they do not act on this package's own folder.
HIDDEN = {"gitignore": ".gitignore", "github": ".github"}
TOPICS = Path("corpus", "topics")
# How the starter's About page names the kinds, replaced by the declared ones.
DEFAULT_KINDS_IN_ABOUT = "(by default **threats**, **actors**, **programs** and **challenges**)"
# What the starter's About page says of speakers, said of a briefing with no actors to be one.
WITHOUT_ACTORS_IN_ABOUT = {
    "each with its speaker found through the codebook's actors": (
        "each with its speaker as the article names them (this briefing has no actors, so no speaker"
        " has a page of their own)"
    ),
    'The [Statements](analysis/statements.md) page, and each actor\'s "In their own words", quote what': (
        "The [Statements](analysis/statements.md) page quotes what"
    ),
    "a speaker is an actor of the codebook only when the article names them": (
        "a speaker is shown as the article names them"
    ),
}
# The example file of a kind the starter has none for.
EXAMPLE = """\
# corpus/topics/{file}: the {plural} this briefing follows, one entry each.
# Keys: {keys} (required: id, name, summary).{speaker_note}
# The example below is commented out; copy it without the leading "# " and make it yours,
# or add candidates from the review queue with `briefing accept "NAME" --kind {id}`.
#
# - id: example-{id}  # unique slug, becomes the address {folder}/example-{id}/
#   name: Example {singular}
#   aliases: [{singular} example]  # lower case: a generic word; capitals: matches only in capitals
#   summary: One sentence of yours saying what this {singular} is.{speaker_lines}
"""
# What the example file of a kind of people or bodies (kinds.speaks) says of the keys only it takes.
SPEAKER_NOTE = """
# type is free text (one short line: person, company, agency…), for a topic that is not what this
# kind's topics usually are; role (one line) is shown on the topic page and read to resolve a
# speaker named by it ("the minister")."""
SPEAKER_LINES = """
#   role: What this {singular} does in this subject"""


def new_briefing(directory: Path, title: str, description: str | None, kind_ids: list[str] | None = None) -> int:
    """Write the starter briefing into `directory`, which must be absent or empty; `kind_ids`
    (from `--kind`) declares its kinds, labelled from the id ("place": Place, Places)."""
    title = " ".join(title.split())
    if not title:
        raise InputError([Problem(directory, "needs a --title that is not empty; nothing written")])
    if directory.is_symlink() or (directory.exists() and (not directory.is_dir() or any(directory.iterdir()))):
        raise InputError([Problem(directory, "exists and is not an empty folder; nothing written")])
    declared = _declared(directory, kind_ids) if kind_ids else None
    kinds = declared_kinds(declared, directory / "mkdocs.yml")
    with as_file(files("build_site") / "starter") as starter:
        config = _config(starter / "mkdocs.yml", title, description, declared)
        directory.mkdir(parents=True, exist_ok=True)
        for item in sorted(starter.iterdir()):
            target = directory / HIDDEN.get(item.name, item.name)
            if item.is_dir():
                shutil.copytree(item, target, ignore=shutil.ignore_patterns("__pycache__", "topics"))
            elif item.name != "mkdocs.yml":
                shutil.copyfile(item, target)
        if declared:
            _name_kinds_in_about(directory / "docs" / "about.md", kinds)
        if not _has_actors(kinds):
            _no_actors_in_about(directory / "docs" / "about.md")
        elif not any(kind.id == "actor" for kind in kinds):
            _speakers_in_about(directory / "docs" / "about.md", [kind for kind in kinds if speaks(kind)])
        (directory / TOPICS).mkdir(parents=True)
        for kind in kinds:
            (directory / TOPICS / kind.file_name).write_text(example_file(kind), encoding="utf-8")
    (directory / "mkdocs.yml").write_text(config, encoding="utf-8")
    articles = directory / "corpus" / "articles"
    articles.mkdir(parents=True)
    (articles / ".gitkeep").touch()  # git keeps no empty folder; the corpus skips dot files
    command = own_command()
    print(f"Started the briefing “{title}” in {display_path(directory)}.")
    if not _has_actors(kinds):
        print(
            "Note: with no kind of people or bodies (like `actor`, `agency` or `official`), the speakers of"
            " statements stay as the articles name them, without a page of their own; add `--kind actor` to"
            " `new` (or to mkdocs.yml's `kinds`) to give them one."
        )
    print("Next:")
    print(f"  cd {shlex.quote(display_path(directory))}")
    print(f"  {command} add ARTICLE…  # a file, folder or web address, into corpus/articles/")
    print(f"  {command} check --top 20  # the names the articles share most: candidate topics")
    print(f'  {command} accept "NAME" --kind {kinds[0].id}  # one into the codebook, corpus/topics/ (examples inside)')
    print(f"  {command} build  # the site, into site/")
    return 0


def own_command(program: str | None = None) -> str:
    """How the user can run this `briefing` again: its bare name when `PATH` finds this very
    program, else its absolute path (a venv not activated), or `python -m build_site`."""
    program = program if program is not None else sys.argv[0]
    if Path(program).name == "__main__.py":
        return f"{shlex.quote(sys.executable)} -m build_site"
    found = shutil.which("briefing")
    path = shutil.which(program) or program
    if found and Path(found).resolve() == Path(path).resolve():
        return "briefing"
    return shlex.quote(str(Path(path).absolute()))


def _declared(directory: Path, kind_ids: list[str]) -> list[dict[str, str]]:
    """The `kinds` option for these ids; an id that could not be declared is refused as `--kind`."""
    plurals = [i for i in kind_ids if _looks_plural(i)]
    if plurals:
        raise InputError(
            [
                Problem(
                    directory,
                    f"--kind: '{i}' looks plural: a kind is named in the singular, its file and section add"
                    f" the plural (--kind {_singular(i)} gives {i}.yml and {i}/; a singular that ends in s, such as 'bias',"
                    " can be declared in mkdocs.yml's `kinds` after `new`); nothing written",
                )
                for i in plurals
            ]
        )
    entries = [{"id": i, "singular": i.capitalize(), "plural": english_plural(i).capitalize()} for i in kind_ids]
    try:
        declared_kinds(entries, directory / "mkdocs.yml")
    except InputError as exc:
        reasons = [p.message.split(": ", 1)[-1] for p in exc.problems]
        raise InputError([Problem(directory, f"--kind: {reason}; nothing written") for reason in reasons]) from None
    return entries


def _has_actors(kinds: tuple[Kind, ...]) -> bool:
    """Only a topic of a kind that speaks (kinds.speaks: `actor`, `agency`...) can be the
    speaker of a statement."""
    return any(speaks(kind) for kind in kinds)


def _no_actors_in_about(about: Path) -> None:
    """The About page of a briefing without actors does not promise speakers' pages."""
    _rewrite(about, WITHOUT_ACTORS_IN_ABOUT)


def _speakers_in_about(about: Path, speaking: list[Kind]) -> None:
    """The About page of a briefing whose speakers are of kinds of its own ("agency") names those
    kinds where the starter says "actors"."""
    plurals = " and ".join(kind.plural_text for kind in speaking)
    singulars = " or ".join(f"{kind.singular_text}'s" for kind in speaking)
    _rewrite(
        about,
        {
            "the codebook's actors": f"the codebook's {plurals}",
            "each actor's": f"each {singulars}",
            "a speaker is an actor of the codebook": f"a speaker is one of the codebook's {plurals}",
        },
    )


def _rewrite(about: Path, replacements: dict[str, str]) -> None:
    """The starter's About page with each of its sentences in `replacements` replaced; each must
    be there, so that a reworded starter page fails its tests rather than keep a false word."""
    page = about.read_text(encoding="utf-8")
    for said, instead in replacements.items():
        assert said in page, f"the starter's About page says {said!r}"
        page = page.replace(said, instead)
    about.write_text(page, encoding="utf-8")


def _singular(kind_id: str) -> str:
    """The singular whose plural the id is ("places": place, "agencies": agency), for the hint."""
    forms = (kind_id[:-3] + "y", kind_id[:-1], kind_id[:-2])
    return next((form for form in forms if english_plural(form) == kind_id), kind_id[:-1])


def _looks_plural(kind_id: str) -> bool:
    """`places` for `place`, the slip a newcomer makes: the id would give `placeses.yml` and a
    "Placeses" label. Ids ending in ss, us or is (`address`, `virus`, `crisis`) are kept; another
    singular that ends in s (`bias`, `series`) is refused too, and its message says where to declare it."""
    return kind_id.endswith("s") and not kind_id.endswith(("ss", "us", "is")) and len(kind_id) > 3


def _name_kinds_in_about(about: Path, kinds: tuple[Kind, ...]) -> None:
    """The About page names the kinds its readers find in the menu, not the default ones."""
    labels = [f"**{k.plural_text}**" for k in kinds]
    named = labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}"
    _rewrite(about, {DEFAULT_KINDS_IN_ABOUT: f"(here {named})"})


def example_file(kind: Kind) -> str:
    """The text of the kind's file as `new` writes it, an example entry commented out: the
    starter's for a default kind, a plain one for a kind it does not know."""
    if kind.id in {k.id for k in DEFAULT_KINDS}:
        return (files("build_site") / "starter" / "corpus" / "topics" / kind.file_name).read_text(encoding="utf-8")
    speaker = speaks(kind)
    return EXAMPLE.format(
        file=kind.file_name,
        plural=kind.plural_text,
        id=kind.id,
        folder=kind.folder,
        singular=kind.singular_text,
        keys=", ".join(_file_keys(kind)),
        speaker_note=SPEAKER_NOTE if speaker else "",
        speaker_lines=SPEAKER_LINES.format(singular=kind.singular_text) if speaker else "",
    )


def _file_keys(kind: Kind) -> list[str]:
    """Every key a topic of the kind takes, in the order the starter's files list them: the
    common ones, with the kind's own (`codebook.kind_keys`: `type` and `role` for a kind of
    people or bodies) after the summary."""
    common = list(COMMON_KEYS)
    after_summary = common.index("summary") + 1
    return [*common[:after_summary], *kind_keys(kind), *common[after_summary:]]


def _inline(entry: dict[str, str]) -> CommentedMap:
    """A mapping written on one line, `{id: place, singular: Place, plural: Places}`."""
    mapping = CommentedMap((key, text(value)) for key, value in entry.items())
    mapping.fa.set_flow_style()
    return mapping


def _config(path: Path, title: str, description: str | None, kinds: list[dict[str, str]] | None) -> str:
    """The starter mkdocs.yml with this briefing's title, description and kinds, comments kept."""
    yaml = round_trip()  # keeps the comments and the `!ENV` tag of site_url
    yaml.indent(mapping=2, sequence=4, offset=2)  # mkdocs.yml's own layout
    config = yaml.load(path.read_text(encoding="utf-8"))
    config["site_name"] = text(title)
    summary = (
        " ".join(description.split())
        if description
        else f"{title}: a cross-linked briefing built from the articles in corpus/."
    )
    config["site_description"] = text(summary)
    if kinds:
        options = next(p["briefing"] for p in config["plugins"] if isinstance(p, dict) and "briefing" in p)
        options["kinds"] = [_inline(entry) for entry in kinds]
    buffer = io.StringIO()
    yaml.dump(config, buffer)
    return _without_kinds_example(buffer.getvalue()) if kinds else buffer.getvalue()


def _without_kinds_example(config: str) -> str:
    """The starter's commented-out `kinds` example, dropped where the real option follows it:
    two lists, one of them inert, read as if the file declared the example's kinds."""
    example = re.compile(r"^ *# Without this option:.*?\n(?: *#.*\n)*\n", re.MULTILINE)
    config, found = example.subn(
        "      # Edit the labels at will; an id names its file and section.\n", config, count=1
    )
    assert found == 1, "the starter mkdocs.yml holds the kinds example"
    return re.sub(r"\n(?=markdown_extensions:)", "\n\n", config, count=1)
