"""Which of a briefing's own kinds a person or a body goes to, when no kind is called `actor`.

A briefing on lithium may declare `company` and `official` rather than `actor`: a candidate
that names someone who acts ("Codelco", "Luis Arce") then takes the kind of its sort. A kind
holds people when its id or labels say so (`official`, `person`: kinds.holds_people) or when
most of its topics read as persons by their names' shape; it holds bodies when its
words name bodies (`company`, `agency`) or when most of its topics are bodies (an acronym, a
company's ending such as "S.A." or "Group", a body's head word). A candidate is a person when
a title stands before it ("President Luis Arce") or its name reads as a person's
(person_names.is_person_name); a body when it is an acronym, ends like a company or is headed by a body's word; a
name of one word that is neither goes to bodies ("Corfo"), since the surname of a person the
text names in full joins that name. Where the briefing has no kind of that sort, none fits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from build_site.kinds import MUTE_KIND_WORDS, holds_people, kind_words_of, speaks
from build_site.matcher import alias_key, is_acronym
from build_site.model import Kind, Topic
from build_site.person_names import BODY_NAME_WORDS, is_person_name

Sort = Literal["person", "body"]

# Share of a kind's topics that must be of one sort for the kind to hold that sort.
MOST = 0.5
MIN_TOPICS = 2


def reads_as_body(name: str) -> bool:
    """An acronym, or a name holding a company's ending or a body's word: "CBC", "Radical Civic Union"."""
    words = name.split()
    return any(is_acronym(word) for word in words) or any(alias_key(word) in BODY_NAME_WORDS for word in words)


def _topic_sort(topic: Topic) -> Sort | None:
    """A topic's sort: by its `type` where the codebook gives one ("person", or a body's:
    "agency", "company"), else by its name's shape (None: unclear)."""
    given = dict(topic.attributes).get("type", "").casefold()
    if given:
        return "person" if given == "person" else "body"
    if reads_as_body(topic.name):
        return "body"
    return "person" if is_person_name(topic.name) else None


def kinds_by_sort(kinds: Sequence[Kind], topics: Sequence[Topic] = ()) -> dict[Sort, str]:
    """The first of the briefing's kinds that holds people, and the first that holds bodies,
    by the kind's words, then by what most of its topics are. A kind named for what never acts
    (a place, an agreement, an issue) holds neither, whatever its topics look like."""
    found: dict[Sort, str] = {}
    for kind in kinds:
        if kind.id == "actor" or kind_words_of(kind) & MUTE_KIND_WORDS:
            continue  # `actor` holds both: `candidates.kind_for` files people and bodies there already
        sort = _sort_by_words(kind) or _sort_by_topics([t for t in topics if t.kind == kind.id])
        if sort is not None:
            found.setdefault(sort, kind.id)
    return found


def _sort_by_words(kind: Kind) -> Sort | None:
    if not speaks(kind):
        return None
    return "person" if holds_people(kind) else "body"


def _sort_by_topics(topics: Sequence[Topic]) -> Sort | None:
    sorts = [_topic_sort(topic) for topic in topics]
    for sort in ("person", "body"):
        if len(topics) >= MIN_TOPICS and sorts.count(sort) > MOST * len(topics):
            return sort
    return None


def surnames(names: Iterable[str]) -> frozenset[str]:
    """The folded last words of the names that read as a person's: "morales" of "Gerardo Morales"."""
    return frozenset(alias_key(name.split()[-1]) for name in names if is_person_name(name))


def candidate_sort(forms: Sequence[str], titled: bool, people: frozenset[str]) -> Sort:
    """A candidate's sort from its written forms and whether a title stands before some sighting
    (`titled`): a person after a title, by a person's name, or as the surname of a person the
    texts or the codebook name in full (`people`: `surnames`); else a body."""
    if titled:
        return "person"
    if forms and all(" " not in form and not is_acronym(form) and alias_key(form) in people for form in forms):
        return "person"
    if any(reads_as_body(form) for form in forms):
        return "body"
    return "person" if any(is_person_name(form) for form in forms) else "body"
