"""Load and validate the codebook: one file per kind in `corpus/topics/` (`threats.yml`,
`actors.yml`, … or the files of the kinds mkdocs.yml declares: kinds.py)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from build_site.facts import NOT_NOUNS, UNIT_WORDS
from build_site.input_files import (
    CODEBOOK_LIMIT,
    InputFileError,
    project_folder,
    read_input,
)
from build_site.kinds import speaks, topics_file
from build_site.matcher import alias_key, is_acronym
from build_site.model import DEFAULT_KINDS, Kind, Topic
from build_site.name_checks import name_concern
from build_site.name_differences import differences
from build_site.normalize import clean_name, clean_source
from build_site.problems import Problem, location
from build_site.wording import cut
from build_site.yaml_input import BoundedLoader, YamlInputError, load_yaml

# `deliberate`: names or aliases of the entry that name_checks would refuse, kept on purpose.
# `not`: phrases that hold one of its names and do not name it (`exclusions`, matcher.py).
# `cues`: common words that stand for the topic when a figure is about it (`cues`, fact_topics.py).
# `called`: common nouns a definite description calls it by ("the vessel"), for its figures.
COMMON_KEYS = ("id", "name", "aliases", "summary", "deliberate", "not", "cues", "called")
# Keys of the kinds that have more than the common ones, by the kind's id.
KIND_KEYS: dict[str, tuple[str, ...]] = {
    "actor": ("type", "country", "role"),
    "program": ("started", "parties"),
}
# Keys of any other kind of people or bodies (kinds.speaks: `official`, `company`): what a
# statement's speaker is resolved by (article_analysis.speakers: "the minister" by the role).
SPEAKER_KEYS = ("type", "role")
TYPE_LIMIT = 60  # characters of a `type`: free text, but a label, not a paragraph
ROLE_LIMIT = 120  # characters of a `role`: "Secretary of Homeland Security", one line
CUE_WORDS = 3  # a cue is a word or a short phrase ("the outbreak"), not a sentence
# Words of no content that `called` may not list: "the" would describe every topic.
FUNCTION_WORDS = NOT_NOUNS - UNIT_WORDS
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class _LineLoader(BoundedLoader):
    """Bounded YAML that remembers the line of every mapping, so errors can point at a topic."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def load_codebook(
    directory: Path, project: Path | None = None, kinds: tuple[Kind, ...] = DEFAULT_KINDS
) -> tuple[list[Topic], list[Problem]]:
    """All topics of the kind files, in the kinds' and then file order, and every problem found.
    A kind without a file has no topics yet; a YAML file of a kind the briefing lacks is an
    error, never silently skipped. Files are read only from inside `project` (by default the
    folder holding the corpus folder)."""
    project = Path(os.path.realpath(project)) if project else project_folder(directory)
    topics: list[Topic] = []
    problems = undeclared_files(directory, kinds)
    ids: list[_Place] = []
    for kind in kinds:
        path = topics_file(directory, kind)
        if not path.exists() and not path.is_symlink():
            continue
        found, kind_problems, kind_ids = _load_kind_file(path, kind, project)
        topics += found
        problems += kind_problems
        ids += kind_ids
    problems += _duplicate_ids(ids)
    problems += _alias_clashes(topics)
    problems += _called_names(topics)
    return topics, problems


def undeclared_files(directory: Path, kinds: tuple[Kind, ...]) -> list[Problem]:
    """A YAML file in the topics folder that is no kind's file: its topics would be lost. Hidden
    files (an editor's, or accept's while it writes) are passed over, as the corpus does."""
    files = {topics_file(directory, kind).name for kind in kinds}
    known = ", ".join(kind.file_name for kind in kinds)
    try:
        found = sorted(
            p
            for p in directory.iterdir()
            if p.suffix in (".yml", ".yaml") and p.name not in files and not p.name.startswith(".")  # as articles
        )
    except OSError:  # no topics folder yet: no topics, which is fine
        return []
    return [
        Problem(
            path,
            f"is not the file of a kind of this briefing ({known}); declare its kind under the briefing "
            f"plugin's `kinds` in mkdocs.yml, or move its topics into one of those files",
        )
        for path in found
    ]


@dataclass(frozen=True)
class _Place:
    """Where an entry with this id stands, valid or not: a duplicate is reported either way."""

    topic_id: str
    path: Path
    line: int | None

    def __str__(self) -> str:
        return location(self.path, self.line)


def kind_keys(kind: Kind) -> tuple[str, ...]:
    """The keys a topic of this kind may have besides the common ones: its id's (`KIND_KEYS`),
    or `type` and `role` for any other kind of people or bodies."""
    if kind.id in KIND_KEYS:
        return KIND_KEYS[kind.id]
    return SPEAKER_KEYS if speaks(kind) else ()


def _load_kind_file(path: Path, kind: Kind, project: Path) -> tuple[list[Topic], list[Problem], list[_Place]]:
    """The file's valid topics, its problems, and the id of every entry that has one."""
    try:
        entries = load_yaml(clean_source(read_input(path, CODEBOOK_LIMIT, project).decode("utf-8")), _LineLoader)
    except InputFileError as exc:
        return [], [Problem(path, str(exc))], []
    except UnicodeDecodeError as exc:
        return [], [Problem(path, "is not UTF-8 text", line=exc.object[: exc.start].count(b"\n") + 1)], []
    except YamlInputError as exc:
        return [], [Problem(path, finding.message, line=finding.line) for finding in exc.findings], []
    if entries is None:
        return [], [], []
    if not isinstance(entries, list):
        return [], [Problem(path, "must be a YAML list of topics (each item starting with '- id: ...')", line=1)], []
    topics: list[Topic] = []
    problems: list[Problem] = []
    ids: list[_Place] = []
    for position, entry in enumerate(entries, start=1):
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            ids.append(_Place(entry["id"], path, entry.get("__line__")))
        topic, entry_problems = _topic(path, kind, position, entry)
        problems += entry_problems
        if topic is not None:
            topics.append(topic)
    return topics, problems, ids


def _topic(path: Path, kind: Kind, position: int, entry: Any) -> tuple[Topic | None, list[Problem]]:
    if not isinstance(entry, dict):
        return None, [Problem(path, f"item {position} must be a mapping with id, name, aliases and summary")]
    line = entry.pop("__line__", None)
    topic_id = entry.get("id")
    label = f"topic {_short(topic_id)}" if isinstance(topic_id, str) else f"item {position}"
    problems: list[Problem] = []

    def problem(message: str) -> None:
        problems.append(Problem(path, f"{label}: {message}", line=line))

    allowed = COMMON_KEYS + kind_keys(kind)
    for key in entry:
        if key not in allowed:
            problem(
                f"unknown key {_short(key)} ({'an' if kind.id[0] in 'aeiou' else 'a'} {kind.id} has: {', '.join(allowed)})"
            )
    if not isinstance(topic_id, str) or not ID_PATTERN.match(topic_id):
        problem("id must be a slug of lowercase letters, digits and hyphens")
    elif topic_id == "index":
        problem("id 'index' is the address of the kind's list of topics; choose another id")
    for key in ("name", "summary"):
        value = entry.get(key)
        if value is not None and not isinstance(value, str):
            problem(f"{key} must be text, not {_short(value)}")
        elif key not in entry:
            problem(f"{key} is missing")
        elif not clean_name(value or ""):
            problem(f"{key} is empty")
    name = clean_name(entry["name"]) if isinstance(entry.get("name"), str) else ""
    summary = clean_name(entry["summary"]) if isinstance(entry.get("summary"), str) else ""
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list):
        problem("aliases must be a list")
        aliases = []
    names = [name] if name else []
    for alias in aliases:
        if not isinstance(alias, str) or not alias_key(clean_name(alias)):
            problem(f"alias {_short(alias)} is empty or not text")
        elif not any(c.isalnum() for c in alias):
            problem(f"alias {alias!r} has no letter or digit, so it would match punctuation everywhere")
        else:
            names.append(clean_name(alias))
    for message in _name_problems(names, entry.get("deliberate")):
        problem(message)
    attributes, attribute_problems = _attributes(kind, entry)
    excludes, exclusion_problems = exclusions(entry.get("not"), names)
    topic_cues, cue_problems = cues(entry.get("cues"), names)
    topic_called, called_problems = called(entry.get("called"), names)
    for message in attribute_problems + exclusion_problems + cue_problems + called_problems:
        problem(message)
    if problems:
        return None, problems
    return (
        Topic(
            id=str(topic_id),  # a valid slug by now
            kind=kind.id,
            name=name,
            aliases=tuple(names[1:]),
            summary=summary,
            attributes=attributes,
            path=path,
            line=line,
            excludes=excludes,
            cues=topic_cues,
            called=topic_called,
        ),
        [],
    )


def _name_problems(names: list[str], deliberate: Any) -> list[str]:
    """Short and look-alike names refused unless listed under `deliberate`, which may list only
    the entry's own names (a stale mark must not wait for a future alias)."""
    if deliberate is None:
        deliberate = []
    if not isinstance(deliberate, list) or not all(isinstance(d, str) for d in deliberate):
        return ["deliberate must be a list of the entry's names or aliases, like `deliberate: [US]`"]
    marked = {clean_name(d) for d in deliberate}
    problems = [f"deliberate '{d}' is not the name or an alias of this topic" for d in sorted(marked - set(names))]
    for name in names:
        concern = name_concern(name)
        if concern and name not in marked:
            problems.append(f"'{name}' {concern}; if it is meant, add `deliberate: {_flow_list(name)}` to the entry")
    return problems


def _flow_list(name: str) -> str:
    """`[name]` as YAML writes it, quoted where a name's own brackets, commas or quotes need it,
    so the advice pastes into the file as it is."""
    return yaml.safe_dump([name], default_flow_style=True, width=1 << 16, allow_unicode=True).strip()


def _short(value: object) -> str:
    """A value for a message: its repr cut short (a long list must not become a long line), without
    the line numbers the loader keeps in each mapping."""
    return cut(repr(_as_written(value)), 60)


def _as_written(value: object) -> object:
    """A loaded value as the file wrote it: mappings (at any depth) without their `__line__` key."""
    if isinstance(value, dict):
        return {key: _as_written(item) for key, item in value.items() if key != "__line__"}
    if isinstance(value, list):
        return [_as_written(item) for item in value]
    return value


def _attributes(kind: Kind, entry: dict[str, Any]) -> tuple[tuple[tuple[str, str], ...], list[str]]:
    """Kind-specific keys as display pairs, in a fixed order."""
    pairs: list[tuple[str, str]] = []
    problems: list[str] = []
    for key in kind_keys(kind):
        value = entry.get(key)
        if value is None:
            continue
        if key == "type" and not _short_line(value, TYPE_LIMIT):
            problems.append(f"type must be a short line of text (at most {TYPE_LIMIT} characters), not {_short(value)}")
        elif key == "role" and not _short_line(value, ROLE_LIMIT):
            problems.append(f"role must be a short line of text (at most {ROLE_LIMIT} characters), not {_short(value)}")
        elif key == "started" and not (isinstance(value, int) and 1800 <= value <= 2100):
            problems.append(f"started must be a year, not {_short(value)}")
        elif key == "parties":
            if not isinstance(value, list) or not all(isinstance(v, str) and clean_name(v) for v in value):
                problems.append("parties must be a list of names")
            else:
                pairs.append((key, ", ".join(clean_name(v) for v in value)))
            continue
        elif not isinstance(value, (str, int)):
            problems.append(f"{key} must be text")
        pairs.append((key, clean_name(str(value))))
    return tuple(pairs), problems


def _short_line(value: Any, limit: int) -> bool:
    """Free text that stays a label: one line, not empty, at most `limit` characters."""
    return isinstance(value, str) and len(value.splitlines()) == 1 and bool(clean_name(value)) and len(value) <= limit


def exclusions(value: Any, names: list[Any]) -> tuple[tuple[str, ...], list[str]]:
    """A topic's `not:` phrases (matcher.py): text that holds one of its names and does not
    name it ("Cali cartel" for Mexican cartels). A phrase holding none of its names would
    rule nothing out, which is a mistake worth saying."""
    if value is None:
        return (), []
    if not isinstance(value, list):
        return (), ["not must be a list of phrases"]
    keys = [alias_key(n) for n in names if isinstance(n, str) and alias_key(n)]
    phrases: list[str] = []
    problems: list[str] = []
    for phrase in value:
        if not isinstance(phrase, str) or not alias_key(phrase):
            problems.append(f"not: {phrase!r} is empty or not text")
        elif not any(re.search(rf"(?<!\w){re.escape(key)}(?:s|es|'s)?(?!\w)", alias_key(phrase)) for key in keys):
            problems.append(f"not: {phrase!r} holds none of the topic's names, so it rules nothing out")
        else:
            phrases.append(" ".join(phrase.split()))
    return tuple(phrases), problems


def cues(value: Any, names: list[Any]) -> tuple[tuple[str, ...], list[str]]:
    """A topic's `cues:`: common words ("died", "deaths", "the outbreak") that stand for it when a
    figure's clause holds them (fact_topics.py), never mentions. A cue is lower case (a capitalized
    word is a name: an alias), of at most CUE_WORDS words, and no repeat of one of its names."""
    if value is None:
        return (), []
    if not isinstance(value, list):
        return (), ["cues must be a list of words, like `cues: [died, deaths]`"]
    keys = {alias_key(n) for n in names if isinstance(n, str)}
    found: list[str] = []
    problems: list[str] = []
    for cue in value:
        words = cue.split() if isinstance(cue, str) else []
        if not words or not any(c.isalpha() for c in cue):
            problems.append(f"cue {_short(cue)} is empty or not text")
        elif cue != cue.lower():
            problems.append(f"cue {cue!r} has capitals: a name is an alias, a cue is a common word")
        elif len(words) > CUE_WORDS:
            problems.append(f"cue {cue!r} has more than {CUE_WORDS} words; a cue is a word or a short phrase")
        elif alias_key(cue) in keys:
            problems.append(f"cue {cue!r} is already a name or an alias of this topic")
        else:
            found.append(" ".join(words))
    return tuple(dict.fromkeys(found)), problems


def called(value: Any, names: Sequence[str] = ()) -> tuple[tuple[str, ...], list[str]]:
    """A topic's `called:`: the common nouns a definite description calls it by ("the vessel",
    "the freighter" for a ship), each one lower-case word (fact_topics.described reads them),
    none a function word, none the topic's own name (another topic's: `_called_names`), none
    listed twice."""
    if value is None:
        return (), []
    if not isinstance(value, list):
        return (), ["called must be a list of nouns, like `called: [ship, vessel, freighter]`"]
    keys = {alias_key(n) for n in names}
    found: list[str] = []
    problems: list[str] = []
    for position, noun in enumerate(value, start=1):
        if not isinstance(noun, str):
            problems.append(f"called item {position} is not a word: `called` lists nouns, like `vessel`")
        elif not noun.isalpha():
            problems.append(f"called {_short(noun)} is not one word: `called` lists nouns, like `vessel`")
        elif noun != noun.lower():
            problems.append(f"called {noun!r} has capitals: a name is an alias, `called` lists common nouns")
        elif noun in FUNCTION_WORDS:
            problems.append(f"called {noun!r} is a function word, not a noun a description calls the topic by")
        elif alias_key(noun) in keys:
            problems.append(f"called {noun!r} is already a name or an alias of this topic")
        elif noun in found:
            problems.append(f"called {noun!r} is listed twice")
        else:
            found.append(noun)
    return tuple(found), problems


def _called_names(topics: list[Topic]) -> list[Problem]:
    """A `called` noun that is another topic's name or alias in lower case ("navy" for the
    Navy): "the navy" names that topic, it describes no other."""
    owners = {alias_key(name): topic for topic in topics for name in topic.names}
    problems: list[Problem] = []
    for topic in topics:
        for noun in topic.called:
            owner = owners.get(alias_key(noun))
            if owner is not None and owner.id != topic.id:
                message = f"topic '{topic.id}': called '{noun}' is a name of topic '{owner.id}' ({_place(owner)})"
                problems.append(Problem(_place(topic).path, message, line=topic.line))
    return problems


def _duplicate_ids(places: list[_Place]) -> list[Problem]:
    """Ids unique across kinds, entries with other errors included: fixing those must not
    reveal a duplicate only on the next build."""
    first: dict[str, _Place] = {}
    problems: list[Problem] = []
    for place in places:
        if place.topic_id in first:
            problems.append(
                Problem(
                    place.path,
                    f"topic '{place.topic_id}': duplicate id (also at {first[place.topic_id]})",
                    line=place.line,
                )
            )
        else:
            first[place.topic_id] = place
    return problems


def _alias_clashes(topics: list[Topic]) -> list[Problem]:
    """Every name or alias claimed by one topic only (a duplicate id's copy is reported as such)."""
    problems: list[Problem] = []
    ids: set[str] = set()
    owners: dict[str, Topic] = {}
    for topic in topics:
        if topic.id in ids:
            continue  # a pasted copy: its names would only repeat the duplicate id's error
        ids.add(topic.id)
        written: dict[str, str] = {}  # this topic's names by key, as first written
        for name in dict.fromkeys(topic.names):
            key = alias_key(name)
            owner = owners.get(key)
            if owner is None:
                owners[key] = topic
                written[key] = name
                continue
            if owner is topic:
                message = _own_repeat(name, written[key], written[key] == topic.name)
            else:
                message = f"alias '{name}' is already claimed by topic '{owner.id}' ({_place(owner)})"
            problems.append(Problem(_place(topic).path, f"topic '{topic.id}': {message}", line=topic.line))
    return problems


def _own_repeat(name: str, first: str, is_name: bool) -> str:
    """Why a topic's alias is refused when it repeats one of its names (`first`: the name when
    `is_name`, else an earlier alias): say which, and how the two differ (accents, case,
    quotes and dashes, spacing), since names already match whatever those are and the alias
    adds nothing. An acronym matches only as written, so it gets no such advice."""
    which = f"its name '{first}'" if is_name else f"its alias '{first}'"
    if name == first or is_acronym(name) or is_acronym(first):
        return f"alias '{name}' repeats {which}"
    ways = differences(name, first)
    return (
        f"alias '{name}' repeats {which} but for {ways}; names already match whatever their {ways}, so remove the alias"
    )


def _place(topic: Topic) -> _Place:
    assert topic.path is not None, "every topic of a codebook file knows its file"
    return _Place(topic.id, topic.path, topic.line)
