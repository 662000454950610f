"""`briefing accept`: a candidate into the codebook, as a new topic or an alias, in one command.

The kind file keeps its comments, order and formatting: a new topic is appended as text after
the file's last byte, an alias is added by a round-trip YAML edit (ruamel.yaml) of that one
file. The would-be codebook is validated by codebook.py before anything is written, so accept
refuses exactly what `briefing check` would refuse, with the same message, and leaves the file
as it was; the write itself is atomic (a temporary file renamed over the old one). The whole
read-change-write holds the project's edit lock, so two `accept`s at once both land.
"""

from __future__ import annotations

import io
import re
import shutil
import tempfile
from pathlib import Path

from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError

from build_site.closest import closest, did_you_mean
from build_site.codebook import load_codebook
from build_site.dismiss import dismissed_as, undismiss
from build_site.dismissals import defined_name
from build_site.input_files import InputFileError, project_folder, refuse_outside
from build_site.kinds import topics_file
from build_site.matcher import alias_key
from build_site.model import Topic
from build_site.name_checks import name_concern
from build_site.pipeline import load_inputs
from build_site.problems import InputError, Problem, display_path, errors
from build_site.project import Project
from build_site.round_trip import dump_entries, flow, one_edit_at_a_time, replace_file, round_trip, text
from build_site.scaffold import example_file
from build_site.slugs import slugify

# codebook.py's advice on a name it would refuse, which accept's option does instead
_DELIBERATE_ADVICE = re.compile(r"add `deliberate: \[.*\]` to the entry")
_LISTED = 12  # the ids a refused --alias-of lists at most, when none is close


def summary_to_write(name: str) -> str:
    """The summary a topic gets until its author writes one (the codebook requires a summary)."""
    return f"{name}: accepted from the review queue; its one-sentence summary is still to be written."


def accept_topic(
    project: Project,
    name: str,
    kind: str | None,
    topic_id: str | None,
    aliases: list[str],
    summary: str | None,
    deliberate: bool = False,
) -> int:
    """Append a new topic to the kind's file; refuse, with check's message, what check would.
    `deliberate`: keep `name` though name_checks would refuse it (short, a look-alike).
    Without `kind`, the kind the review queue suggests for the candidate `name`."""
    with one_edit_at_a_time(project_folder(project.topics)):
        return _append_topic(project, name, kind, topic_id, aliases, summary, deliberate)


def _append_topic(
    project: Project,
    name: str,
    kind: str | None,
    topic_id: str | None,
    aliases: list[str],
    summary: str | None,
    deliberate: bool,
) -> int:
    """`accept_topic`, with the edit lock held from the first read to the last write."""
    declared = {k.id: k for k in project.kinds}
    kind = kind or _suggested_kind(project, name)
    if kind not in declared:
        singular = {k.folder: k.id for k in project.kinds}.get(kind)
        close = closest(kind, list(declared), first=[singular] if singular else [])
        hint = f" ({did_you_mean(close)})" if close else ""
        raise InputError(
            [Problem(project.topics, f"unknown kind '{kind}'{hint}; the kinds are: {', '.join(declared)}")]
        )
    path = topics_file(project.topics, declared[kind])
    name, short = defined_name(name)
    if short is not None and alias_key(short) not in {alias_key(a) for a in aliases}:
        aliases = [short, *aliases]
    entry = CommentedMap(id=text(topic_id or slugify(name)), name=text(name))
    if aliases:
        entry["aliases"] = flow(aliases)
    entry["summary"] = text(summary or summary_to_write(name))
    if deliberate:
        entry["deliberate"] = flow(_to_mark(name, short))
    _refuse_repeated(path, name, aliases)
    _refuse_existing(project, str(entry["id"]), name, [name, *aliases])
    dismissed = dismissed_as(project, f"{name} ({short})" if short is not None else name)
    original = _read(path) if path.exists() or path.is_symlink() else example_file(declared[kind])
    content = original + ("\n" if original and not original.endswith("\n") else "")
    content += ("\n" if content.strip() else "") + dump_entries([entry])
    _write_if_valid(project, path, content, kept_lines=original.count("\n"))
    also = f", also found as {short}" if short is not None else ""
    print(f"added {kind} '{entry['id']}' ({name}{also}) to {display_path(path)}")
    undismiss(project, dismissed)
    return 0


def _to_mark(name: str, short: str | None) -> list[str]:
    """What `--deliberate` marks: the name, or of a name given with its short form the one that
    needs it (the short form, as a rule)."""
    if short is None:
        return [name]
    return [n for n in (name, short) if name_concern(n)] or [name]


def accept_alias(project: Project, name: str, topic_id: str, deliberate: bool = False) -> int:
    """Add `name` to the aliases of an existing topic, in that topic's file only (and to its
    `deliberate` list with `deliberate`)."""
    with one_edit_at_a_time(project_folder(project.topics)):
        return _add_alias(project, name, topic_id, deliberate)


def _add_alias(project: Project, name: str, topic_id: str, deliberate: bool) -> int:
    """`accept_alias`, with the edit lock held from the first read to the last write."""
    topic = _topic(project, topic_id)
    assert topic.path is not None, "every topic of a codebook file knows its file"
    known = {alias_key(n) for n in topic.names}
    if alias_key(name) in known:  # accepted twice: the file would list it twice
        raise InputError([_already_named(topic, name)])
    _refuse_other_owner(project, name, topic_id)
    spelled, short = defined_name(name)
    if short is not None:  # both its parts, each once: "Name (ACR)" itself is never written
        names = [n for n in (spelled, short) if alias_key(n) not in known]
        if not names:
            raise InputError([_already_named(topic, spelled)])
        for each in names:
            code = _add_alias(project, each, topic_id, deliberate and bool(name_concern(each)))
        return code
    dismissed = dismissed_as(project, name)
    yaml = round_trip()
    try:
        entries = yaml.load(_read(topic.path))
    except YAMLError as exc:
        raise InputError([Problem(topic.path, f"cannot be edited as YAML ({' '.join(str(exc).split())})")]) from None
    entry = next(e for e in entries if isinstance(e, CommentedMap) and e.get("id") == topic_id)
    aliases = entry.get("aliases")
    if isinstance(aliases, list):
        aliases.append(text(name))
    else:
        entry.insert(list(entry).index("name") + 1 if "name" in entry else len(entry), "aliases", flow([name]))
    if deliberate:
        marked = entry.get("deliberate")
        if isinstance(marked, list):
            marked.append(text(name))
        else:
            entry["deliberate"] = flow([name])
    buffer = io.StringIO()
    yaml.dump(entries, buffer)
    _write_if_valid(project, topic.path, buffer.getvalue())
    print(f"added alias '{name}' to {topic.kind} '{topic_id}' in {display_path(topic.path)}")
    undismiss(project, dismissed)
    return 0


def _suggested_kind(project: Project, name: str) -> str:
    """The kind the review queue suggests for the candidate `name`; refused in one line naming
    the kinds to choose from when no kind fits it or it is no candidate."""
    briefing, _ = load_inputs(project.corpus, project.kinds)
    listed = (*briefing.candidates, *briefing.dismissed)  # a dismissed name is accepted as its candidate was
    candidate = next((c for c in listed if alias_key(c.text) == alias_key(name)), None)
    if candidate is not None and candidate.suggested_kind is not None and candidate.alias_of is None:
        return candidate.suggested_kind
    why = "no kind of the briefing fits it" if candidate is not None else "it is not in the review queue"
    kinds = ", ".join(k.id for k in project.kinds)
    raise InputError([Problem(project.topics, f"'{name}': {why}; choose one with --kind ({kinds}); nothing written")])


def _refuse_repeated(path: Path, name: str, aliases: list[str]) -> None:
    """Refuse an `--alias` that repeats the name or another `--alias` (as matching compares
    them): the codebook tolerates the repeat, so the file would keep it for good."""
    seen = {alias_key(name)}
    for alias in aliases:
        if alias_key(alias) in seen:
            raise InputError([Problem(path, f"--alias '{alias}' repeats a name of the new topic; nothing written")])
        seen.add(alias_key(alias))


def _refuse_existing(project: Project, topic_id: str, name: str, names: list[str]) -> None:
    """Refuse, before anything is written, a topic the codebook has already (by one of its names,
    then by its id), naming where it is and, for a new name, the command that adds it instead."""
    topics, _ = load_codebook(project.topics, kinds=project.kinds)
    by_id = {t.id: t for t in topics}
    owners = {alias_key(n): t for t in topics for n in t.names}
    quoted = name.replace('"', '\\"')
    for each in names:
        owner = owners.get(alias_key(each))
        if owner is not None:
            raise InputError([_already_named(owner, each)])
    if topic_id in by_id:
        topic = by_id[topic_id]
        assert topic.path is not None, "every topic of a codebook file knows its file"
        advice = f'to add "{quoted}" as another of its names: briefing accept "{quoted}" --alias-of {topic_id}'
        raise InputError(
            [Problem(topic.path, f"topic '{topic_id}' is already here; nothing written ({advice})", line=topic.line)]
        )


def _refuse_other_owner(project: Project, name: str, topic_id: str) -> None:
    """Refuse a name another topic has, at that topic, saying what to do: one name names one
    topic, so two topics become one by deleting the other's entry (or only the name from its
    aliases) first. Validation alone would blame the other topic for a name it had first."""
    topics, _ = load_codebook(project.topics, kinds=project.kinds)
    owner = next((t for t in topics if t.id != topic_id and alias_key(name) in {alias_key(n) for n in t.names}), None)
    if owner is None:
        return
    assert owner.path is not None, "every topic of a codebook file knows its file"
    undo = (
        f"to merge the two, delete the entry of '{owner.id}' here, then run this again; its other names can "
        "follow with --alias-of"
        if alias_key(owner.name) == alias_key(name)
        else f"to move it, take it out of the aliases of '{owner.id}' here, then run this again"
    )
    raise InputError(
        [
            Problem(
                owner.path,
                f"'{name}' is already a name of topic '{owner.id}', so not also of '{topic_id}'; nothing written "
                f"({undo})",
                line=owner.line,
            )
        ]
    )


def _already_named(topic: Topic, name: str) -> Problem:
    """A name the codebook has already, refused at the topic that has it."""
    assert topic.path is not None, "every topic of a codebook file knows its file"
    return Problem(topic.path, f"'{name}' is already a name of topic '{topic.id}'; nothing written", line=topic.line)


def _topic(project: Project, topic_id: str) -> Topic:
    topics, _ = load_codebook(project.topics, kinds=project.kinds)
    for topic in topics:
        if topic.id == topic_id:
            return topic
    raise InputError([Problem(project.topics, f"no topic '{topic_id}' in the codebook; {_closest(topic_id, topics)}")])


def _closest(wanted: str, topics: list[Topic]) -> str:
    """The ids a mistyped or guessed `--alias-of` most likely meant: the id written in other case
    (`B` for `b`, `OIL-SPILLS`, which no spelling distance finds) and the topic that bears the name
    ("usda" for the USDA's id) first, then as for any id (closest.closest)."""
    by_name = {alias_key(n): t.id for t in topics for n in t.names}
    ids = [t.id for t in topics]
    first = [i for i in ids if i.casefold() == wanted.casefold()]
    first += [by_name[alias_key(wanted)]] if alias_key(wanted) in by_name else []
    close = closest(wanted, ids, first=first)
    if close:
        return did_you_mean(close)
    if not ids:
        return "the codebook has no topics yet: add this name as a topic with --kind instead"
    listed = ", ".join(ids[:_LISTED]) + (f" and {len(ids) - _LISTED} more" if len(ids) > _LISTED else "")
    return f"the topics are {listed} (each `id:` in corpus/topics/)"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(path, f"cannot be read ({exc.__class__.__name__})")]) from None


def _write_if_valid(project: Project, path: Path, content: str, kept_lines: int | None = None) -> None:
    """Validate the codebook as it would be with `content` in `path`; write only if check passes.
    `kept_lines`: the lines of `path` as it is, when `content` appends to them (a problem past
    them is about the new entry, which the file does not hold: it is named without a line)."""
    try:  # the codebook reads no file outside the project: nor does accept write one
        refuse_outside(path, project_folder(project.topics))
    except InputFileError as exc:
        raise InputError([Problem(path, str(exc))]) from None
    with tempfile.TemporaryDirectory(prefix="briefing-accept-") as scratch:
        trial = Path(scratch)
        for kind in project.kinds:
            source = topics_file(project.topics, kind)
            if source.name == path.name:
                (trial / source.name).write_text(content, encoding="utf-8")
            elif source.is_file():
                shutil.copyfile(source, trial / source.name)
        _, problems = load_codebook(trial, project=trial, kinds=project.kinds)
        if errors(problems):
            raise InputError(
                [_as_check_says(p, trial, project.topics, path.name, kept_lines) for p in errors(problems)]
            )
    replace_file(path, content)


def _as_check_says(problem: Problem, trial: Path, topics: Path, written: str, kept_lines: int | None) -> Problem:
    """A problem of the trial copy, naming the real files as `briefing check` names them, and
    advising what accept can do (`--deliberate`) rather than an edit of the entry."""
    real = display_path(topics)
    message = problem.message.replace(f"{trial}/", f"{real}/").replace(str(trial), real)
    message = _DELIBERATE_ADVICE.sub("run the same command again with --deliberate", message)
    line = problem.line
    if kept_lines is not None and problem.path.name == written and line is not None and line > kept_lines:
        line, message = None, f"the new entry: {message}"
    return Problem(topics / problem.path.name, message, line=line, severity=problem.severity)
