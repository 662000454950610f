"""`briefing dismiss`: names of the review queue the analyst does not want, kept out of it.

The names go to the corpus's `dismissed.yml` (dismissals.py reads it at every build), edited
round-trip (ruamel.yaml) so a comment written there stays (one below a name brought back stays
too), and replaced in one step under the project's edit lock. Only a name the queue lists can
be dismissed, and only a dismissed one brought back (`--undo`); a command that changes nothing
leaves the file as it was.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from ruamel.yaml.comments import CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

from build_site.closest import SHOWN, closest, did_you_mean
from build_site.dismissals import dismissal_file, load_dismissed, matching
from build_site.input_files import InputFileError, project_folder, refuse_outside
from build_site.matcher import alias_key
from build_site.pipeline import load_inputs
from build_site.problems import InputError, Problem, display_path
from build_site.project import Project
from build_site.round_trip import one_edit_at_a_time, replace_file, round_trip, text
from build_site.wording import shell_argument

HEADER = """\
# Names dismissed from the review queue, written by `briefing dismiss NAME`. A name here, and the
# variants the queue groups with it (case, a plural typed in lower case, "Name (ACR)"), is left out of the review queue,
# `briefing check` and briefing.json. `briefing dismiss --undo NAME` brings one back.
"""


def dismiss_names(project: Project, names: Sequence[str]) -> int:
    """Add each of `names`, as the review queue writes it, to the dismissed names; refuse, in one
    line each and writing nothing, a name the queue does not list."""
    with one_edit_at_a_time(project_folder(project.topics)):
        return _dismiss(project, names)


def _dismiss(project: Project, names: Sequence[str]) -> int:
    """`dismiss_names`, with the edit lock held from the first read to the write."""
    dismissed = load_dismissed(project.corpus)
    briefing, _ = load_inputs(project.corpus, project.kinds)
    queue = [c.text for c in briefing.candidates]
    added: list[str] = []
    problems = []
    for name in names:
        if matching(name, [*dismissed, *added]):
            print(f"'{name}' is already dismissed")
            continue
        found = matching(name, queue)
        if not found:
            problems.append(Problem(dismissal_file(project.corpus), _not_in_queue(name, queue)))
        added += [each for each in found if each not in added]
    if problems:
        raise InputError(problems)
    if added:
        _write(project, [*dismissed, *added])
    for each in added:
        print(f"dismissed '{each}' from the review queue (undo: briefing dismiss --undo {shell_argument(each)})")
    return 0


def undo_dismissals(project: Project, names: Sequence[str]) -> int:
    """Bring each of `names` back to the review queue; refuse, writing nothing, a name that is
    not dismissed."""
    with one_edit_at_a_time(project_folder(project.topics)):
        return _undo(project, names)


def _undo(project: Project, names: Sequence[str]) -> int:
    """`undo_dismissals`, with the edit lock held from the first read to the write."""
    dismissed = load_dismissed(project.corpus)
    path = dismissal_file(project.corpus)
    gone: list[str] = []
    problems = []
    for name in names:
        found = matching(name, dismissed)
        if not found:
            problems.append(Problem(path, _not_dismissed(name, dismissed)))
        gone += [each for each in found if each not in gone]
    if problems:
        raise InputError(problems)
    _write(project, [each for each in dismissed if each not in gone])
    for each in gone:
        print(f"'{each}' is back in the review queue (from the next build)")
    return 0


def dismissed_as(project: Project, name: str) -> list[str]:
    """The dismissed names that are `name` as the queue groups names: what accepting it takes out
    of the file. Asked before anything is written, so a broken file stops `accept` first."""
    return matching(name, load_dismissed(project.corpus))


def undismiss(project: Project, names: list[str]) -> None:
    """Take accepted names out of the dismissed ones: each is a topic's now."""
    if names:
        _write(project, [each for each in load_dismissed(project.corpus) if each not in names])
        listed = ", ".join(f"'{each}'" for each in names)
        print(f"{listed} no longer dismissed in {display_path(dismissal_file(project.corpus))}")


def _write(project: Project, names: list[str]) -> None:
    """The file listing `names`: a name it keeps keeps its line and comment, a new one comes last."""
    path = dismissal_file(project.corpus)
    try:  # as accept: no file outside the briefing's folder is written
        refuse_outside(path, project_folder(project.topics))
    except InputFileError as exc:
        raise InputError([Problem(path, str(exc))]) from None
    yaml = round_trip()
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    entries = yaml.load(existing) if existing else None
    header = ""
    if not isinstance(entries, CommentedSeq):  # a new file, or one of comments only: they stay on top
        entries, header = CommentedSeq(), (existing.rstrip("\n") + "\n" if existing.strip() else HEADER)
    wanted = set(names)
    for index in reversed(range(len(entries))):
        if entries[index] not in wanted:
            _delete(entries, index)
    entries.extend(text(name) for name in names if name not in entries)
    if entries:
        entries.fa.set_block_style()  # a name a line, also after an emptied file's `[]`
    buffer = io.StringIO()
    yaml.dump(entries, buffer)
    replace_file(path, header + buffer.getvalue())


def _delete(entries: CommentedSeq, index: int) -> None:
    """Delete one name, keeping the full-line comments written below it. ruamel.yaml holds them
    with the item above (after its end-of-line comment), but they introduce what follows: the
    next name, or the end of the file. Only the end-of-line comment goes with its name."""
    token = entries.ca.items.get(index, [None])[0]
    below = token.value.partition("\n")[2] if token is not None else ""
    del entries[index]
    if "#" not in below:
        return
    if index == 0:  # no name above: the lines open the list, after the file's own header
        start = entries.ca.comment or [None, []]
        entries.ca.comment = [start[0], [*(start[1] or []), CommentToken(below, CommentMark(0))]]
        return
    above = entries.ca.items.setdefault(index - 1, [None, None, None, None])
    if above[0] is None:
        above[0] = CommentToken("\n", CommentMark(0))
    above[0].value += below  # after the end-of-line comment of the name above, kept where it was


def _not_in_queue(name: str, queue: list[str]) -> str:
    """A name the review queue does not list, with the names it most likely meant."""
    folded = {alias_key(each): each for each in queue}
    close = [folded[key] for key in closest(alias_key(name), list(folded))]
    hint = f"; {did_you_mean(close)}" if close else ""
    return f"'{name}' is not in the review queue, so it cannot be dismissed{hint}; nothing written"


def _not_dismissed(name: str, dismissed: Sequence[str]) -> str:
    """A name to bring back that is not dismissed, with the dismissed names it most likely meant."""
    if not dismissed:
        return f"'{name}' is not dismissed: no name is; nothing written"
    folded = {alias_key(each): each for each in dismissed}
    close = [folded[key] for key in closest(alias_key(name), list(folded))]
    listed = ", ".join(f"'{each}'" for each in dismissed[:SHOWN]) + (" …" if len(dismissed) > SHOWN else "")
    hint = did_you_mean(close) if close else f"the dismissed names are {listed}"
    return f"'{name}' is not dismissed; {hint}; nothing written"
