"""The kinds of topic a briefing declares in mkdocs.yml (the `briefing` plugin's `kinds`),
validated; without the option, the four default kinds (model.DEFAULT_KINDS).

A kind is an id and two labels; its file in corpus/topics/ and its section of the site are the
id's English plural (model.Kind.folder: `agency` gives agencies.yml and agencies/), and its colour is the palette's next (model.PALETTE). Labels
reach pages, the nav and the JSON, so they are short single lines of letters, digits, spaces
and a little punctuation: nothing a browser could read as markup.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from build_site.model import DEFAULT_KINDS, PALETTE, Kind
from build_site.normalize import clean_name
from build_site.problems import InputError, Problem
from build_site.wording import cut, english_plural

OPTION = "the briefing plugin's `kinds`"
KEYS = ("id", "singular", "plural")
ID = re.compile(r"[a-z]+")
LABEL = re.compile(r"[^\W_](?:[\w '’.-]*[^\W_])?")  # letters and digits, inner spaces, - ' ’ .
LABEL_LIMIT = 40  # characters: a label is a nav tab and a badge
# Sections the site uses for its own pages: a kind whose folder is one would overwrite them.
TAKEN_FOLDERS = frozenset({"articles", "analysis", "javascripts", "stylesheets", "assets"})


def declared_kinds(value: Any, config_file: Path) -> tuple[Kind, ...]:
    """The kinds of the option's value (None: the defaults); InputError naming mkdocs.yml, the
    option and the entry, one line, for a declaration that is not right."""
    if value is None:
        return DEFAULT_KINDS
    problem = _list_problem(value)
    if problem:
        raise InputError([Problem(config_file, f"{OPTION} {problem}")])
    kinds: list[Kind] = []
    for position, entry in enumerate(value, start=1):
        kind, problem = _kind(entry, PALETTE[position - 1])
        if problem is None and kind.id in {k.id for k in kinds}:
            problem = f"id '{kind.id}' is declared twice"
        if problem:
            raise InputError([Problem(config_file, f"{OPTION}, entry {position}: {problem}")])
        kinds.append(kind)
    return tuple(kinds)


def _list_problem(value: Any) -> str | None:
    if not isinstance(value, list) or not value:
        return "must be a list of kinds, like `- {id: place, singular: Place, plural: Places}`"
    if len(value) > len(PALETTE):
        return f"lists {len(value)} kinds; at most {len(PALETTE)} (one colour each)"
    return None


def _kind(entry: Any, colour: str) -> tuple[Kind, str | None]:
    """The entry as a Kind, or why it is not one (the Kind is then a placeholder)."""
    placeholder = Kind("", "", "", colour)
    if not isinstance(entry, dict):
        return placeholder, "must be a mapping with id, singular and plural"
    unknown = [str(key) for key in entry if key not in KEYS]
    if unknown:
        return placeholder, f"unknown key {unknown[0]!r} (a kind has: {', '.join(KEYS)})"
    kind_id = entry.get("id")
    if not isinstance(kind_id, str) or not ID.fullmatch(kind_id):
        return placeholder, f"id {_short(kind_id)} must be a lower-case word (letters a-z), like `place`"
    if english_plural(kind_id) in TAKEN_FOLDERS:
        return placeholder, f"id '{kind_id}' would put its topics in {english_plural(kind_id)}/, the site's own section"
    labels: list[str] = []
    for key in ("singular", "plural"):
        label = entry.get(key)
        if label is None:
            return placeholder, f"kind '{kind_id}' has no {key} label"
        if not isinstance(label, str) or not LABEL.fullmatch(label) or len(label) > LABEL_LIMIT:
            return placeholder, (
                f"kind '{kind_id}': {key} label {_short(label)} must be a single line of at most "
                f"{LABEL_LIMIT} letters, digits, spaces, hyphens, apostrophes or periods"
            )
        labels.append(clean_name(label))
    singular = labels[0].casefold()
    if kind_id != singular and english_plural(singular) == kind_id:  # `places` for Place: placeses.yml
        return placeholder, (
            f"id '{kind_id}' is the plural of its label '{labels[0]}': an id is singular, its file and section add "
            f"the plural (`id: {singular}` gives {kind_id}.yml and {kind_id}/)"
        )
    return Kind(kind_id, labels[0], labels[1], colour), None


def _short(value: object) -> str:
    return cut(repr(value), 40)


def topics_file(directory: Path, kind: Kind) -> Path:
    """The kind's file in the topics folder: its plural's (`agencies.yml`), or the id and "s"
    (`agencys.yml`) that earlier versions named it, when only that one exists: a briefing
    started before keeps its codebook without a rename. With both, the plural's is the file and
    the other is refused as no kind's (codebook.undeclared_files), never silently merged."""
    path = directory / kind.file_name
    legacy = directory / f"{kind.id}s.yml"
    if legacy != path and not (path.exists() or path.is_symlink()) and (legacy.exists() or legacy.is_symlink()):
        return legacy
    return path


# The words a briefing's kind for places may be called by, in its id or its labels
# (`candidates.place_kind_of`): places at large, or one sort of place (`reservoir`, `state`).
PLACE_KIND_NAMES = frozenset(
    """place location region area site town city territory geography landmark locality waterway
    reservoir lake river dam basin sea state county province district village municipality""".split()
)
PROGRAM_KIND_NAMES = ("program", "programme", "policy", "measure", "operation", "response", "regulation", "rule", "law")
# For each nature a phrase may have, the kinds a briefing may call it by, best first: the
# briefing's own kinds decide (`candidates.suggest_kind`); a kind that speaks is named by the actor's and
# the organization's (`speaks`).
KIND_NAMES: dict[str, tuple[str, ...]] = {
    "program": PROGRAM_KIND_NAMES,
    "agreement": ("agreement", "treaty", "accord", "pact", *PROGRAM_KIND_NAMES),
    # A lake, a river, a dam: the briefing's kind for places, or none (never an actor).
    "place": tuple(sorted(PLACE_KIND_NAMES)),
    "actor": ("actor", "organization", "organisation", "institution", "group", "party"),
    # A body by its head word ("... Administration", "... Service"): an actor, or an agency.
    "organization": ("actor", "organization", "organisation", "institution", "agency", "body", "authority", "group"),
    # A disease or its agent: where a briefing has no kind for pathogens, a threat.
    "pathogen": ("pathogen", "disease", "virus", "illness", "infection", "threat", "hazard", "risk"),
    "threat": ("threat", "risk", "hazard", "crime"),
    "challenge": ("challenge", "issue", "concern", "problem"),
    "vessel": ("vessel", "ship", "boat"),
}
# The words a kind's id or labels name people or bodies that can speak and act by: every word
# KIND_NAMES files an actor or an organization under, and more of the same. A kind named by one
# of them holds speakers (statements.py).
BODY_KIND_WORDS = frozenset(KIND_NAMES["actor"] + KIND_NAMES["organization"]) | frozenset(
    """government company ministry union court department office council commission bureau
    administration association corporation""".split()
)
PEOPLE_KIND_WORDS = frozenset("person people official individual leader spokesperson".split())
# Words of a kind for what never speaks: every word KIND_NAMES files another nature under
# (places, measures, agreements, threats, programs...), and more of the same: a kind
# "Government programs" names a body's programs, not the body; "Water bodies" of `lake`, no body.
MUTE_KIND_WORDS = frozenset(
    word for nature, words in KIND_NAMES.items() if nature not in ("actor", "organization") for word in words
) | frozenset("lake river sea reservoir event".split())
WORD = re.compile(r"[a-z]+")


def kind_words_of(kind: Kind) -> set[str]:
    """The words of the kind's id and labels, lower case and singular ("Agencies" -> "agency")."""
    words = WORD.findall(f"{kind.id} {kind.singular} {kind.plural}".casefold())
    return {word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s") for word in words} | set(words)


def speaks(kind: Kind) -> bool:
    """Whether the kind holds people or bodies that can speak and act: `actor`, or a kind whose
    id or labels name people or bodies (`agency`, "Officials"), never one that also names what
    cannot speak. Its topics can be speakers, and their pages say "In their own words"."""
    if kind.id == "actor":
        return True  # whatever its labels ("Threat actors"): what every briefing before had speak
    words = kind_words_of(kind)
    return bool(words & (BODY_KIND_WORDS | PEOPLE_KIND_WORDS)) and not words & MUTE_KIND_WORDS


def holds_people(kind: Kind) -> bool:
    """Whether a speaking kind holds people only (`person`, `official`): its topics are people
    a surname, a title or a pronoun may stand for, whatever their names look like."""
    return speaks(kind) and bool(kind_words_of(kind) & PEOPLE_KIND_WORDS)


def speaking_kinds(kinds: tuple[Kind, ...]) -> tuple[str, ...]:
    """The ids of the kinds that `speaks`, in the briefing's order."""
    return tuple(kind.id for kind in kinds if speaks(kind))


def people_kinds(kinds: tuple[Kind, ...]) -> tuple[str, ...]:
    """The ids of the kinds that `holds_people`, in the briefing's order."""
    return tuple(kind.id for kind in kinds if holds_people(kind))
