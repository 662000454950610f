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

A government's body is no company: a name headed by a word of government ("U.S. Geological
Survey", "Department of Defense", "Food and Drug Administration": GOVERNMENT_HEADS) goes to
the briefing's kind of government bodies, the kind whose words name them (`agency`,
"Regulators") or most of whose topics are so headed. Without one, it goes to the kind of
bodies unless that kind holds companies (by its words, `company`, or its topics' company
endings): then none fits.

A place goes to the kind for places its head noun names (`place_kind_for`): a briefing on a
river may declare `reservoir` and `state` rather than `place`; "Lake Mead" is a reservoir's,
"Arizona" a state's, by the kinds' own topics first, then by groups of words of geography.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from build_site.countries import is_place
from build_site.gazetteer import is_town
from build_site.kinds import MUTE_KIND_WORDS, holds_people, kind_words_of, speaks
from build_site.matcher import DESIGNATION_ABBREVIATIONS, NUMBERED_NAME_END, alias_key, is_acronym
from build_site.model import Kind, Topic
from build_site.name_checks import TITLE_WORDS
from build_site.person_names import BODY_NAME_WORDS, is_person_name

Sort = Literal["person", "body", "government"]

# Share of a kind's topics that must be of one sort for the kind to hold that sort.
MOST = 0.5
MIN_TOPICS = 2


# Head words of a government's bodies: "U.S. Geological Survey", "Environmental Protection Agency".
GOVERNMENT_HEADS = frozenset(
    """survey agency administration service department bureau commission office institute ministry
    authority directorate inspectorate secretariat""".split()
)
# Words of a kind's id or labels that say it holds government bodies, or companies.
GOVERNMENT_KIND_WORDS = frozenset(
    "agency authority government ministry department regulator bureau administration commission".split()
)
COMPANY_KIND_WORDS = frozenset("company firm business corporation manufacturer maker producer enterprise".split())
# A company's designation ending its name: "3M Company", "Codelco S.A.".
COMPANY_ENDINGS = frozenset(
    "inc inc. corp corp. corporation co co. company ltd ltd. llc plc s.a. sa ag gmbh n.v.".split()
)
# Words after which a name's head is done: "Department| of Defense", "Office| for Civil Rights".
HEAD_ENDS = frozenset("of for on".split())


def head_word(name: str) -> str:
    """The folded word a name is a name of: its last, or the last before "of", "for", "on"
    ("department" of "Department of Defense", "survey" of "U.S. Geological Survey")."""
    words = alias_key(name).split()
    ends = [i for i, word in enumerate(words) if i and word in HEAD_ENDS]
    return words[ends[0] - 1] if ends else (words[-1] if words else "")


def government_body(name: str) -> bool:
    """A name headed by a word of a government's bodies (GOVERNMENT_HEADS): "U.S. Geological Survey"."""
    return " " in name.strip() and head_word(name) in GOVERNMENT_HEADS


def reads_as_body(name: str) -> bool:
    """An acronym, or a name holding a company's ending or a body's word: "CBC", "Radical Civic Union"."""
    words = name.split()
    return any(is_acronym(word) for word in words) or any(alias_key(word) in BODY_NAME_WORDS for word in words)


def _topic_sort(topic: Topic) -> Sort | None:
    """A topic's sort: by its `type` where the codebook gives one ("person", or a body's:
    "agency", "company"), else by its name's shape (None: unclear, or a thing the codebook
    also names by a common noun)."""
    given = dict(topic.attributes).get("type", "").casefold()
    if given:
        return "person" if given == "person" else "body"
    if any(_common_noun(alias) for alias in topic.aliases):
        return None  # "PFOA", also "perfluorooctanoic acid": a thing, whatever its acronym
    if reads_as_body(topic.name):
        return "body"
    return "person" if is_person_name(topic.name) else None


def _common_noun(alias: str) -> bool:
    """A lower-case alias of several words whose head is no body's word: "perfluorooctanoic
    acid" names a thing; "the sinaloa cartel" would still name a body."""
    return " " in alias.strip() and alias.islower() and alias_key(head_word(alias)) not in BODY_NAME_WORDS


def kinds_by_sort(kinds: Sequence[Kind], topics: Sequence[Topic] = ()) -> dict[Sort, str]:
    """The first of the briefing's kinds that holds people, and the first that holds bodies,
    by the kind's words, then by what most of its topics are. A kind named for what never acts
    (a place, an agreement, an issue) holds neither, whatever its topics look like."""
    found: dict[Sort, str] = {}
    for kind in kinds:
        if kind.id == "actor" or kind_words_of(kind) & MUTE_KIND_WORDS:
            continue  # `actor` holds both: `candidates.kind_for` files people and bodies there already
        own = [t for t in topics if t.kind == kind.id]
        sort = _sort_by_words(kind) or _sort_by_topics(own)
        if sort is not None:
            found.setdefault(sort, kind.id)
        if sort == "body" and _holds_government(kind, own):
            found.setdefault("government", kind.id)
    body = found.get("body")
    if "government" not in found and body is not None:
        company = next(kind for kind in kinds if kind.id == body)
        if not _holds_companies(company, [t for t in topics if t.kind == body]):
            found["government"] = body  # a kind of bodies at large ("organization") takes them
    return found


def _holds_government(kind: Kind, topics: Sequence[Topic]) -> bool:
    """A kind of government bodies: its words name them (`agency`), or most of its topics'
    names are headed by a word of government ("Department of Defense")."""
    if kind_words_of(kind) & GOVERNMENT_KIND_WORDS:
        return True
    return len(topics) >= MIN_TOPICS and sum(government_body(t.name) for t in topics) > MOST * len(topics)


def _holds_companies(kind: Kind, topics: Sequence[Topic]) -> bool:
    """A kind of companies: its words name them (`company`, "Firms"), or most of its topics are
    typed `company` or end in a company's designation ("3M Company")."""
    if kind_words_of(kind) & COMPANY_KIND_WORDS:
        return True
    companies = sum(
        dict(t.attributes).get("type", "").casefold() == "company" or alias_key(t.name).split()[-1] in COMPANY_ENDINGS
        for t in topics
    )
    return len(topics) >= MIN_TOPICS and companies > MOST * len(topics)


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


def singular(word: str) -> str:
    """A folded noun's singular, as kinds' words are compared: "agencies" -> "agency", "acids" -> "acid"."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def kind_heads(kinds: Sequence[Kind], topics: Sequence[Topic]) -> dict[str, str]:
    """Which kind a thing's head noun names, learned from the briefing itself: the words of each
    kind's id and labels ("chemical"), and the heads of its topics' names and aliases of several
    words ("acid" of "perfluorooctanoic acid", "substance" of "polyfluoroalkyl substances"). A
    head that several kinds share goes to the one most of its names come from, or to none."""
    counts: dict[str, dict[str, int]] = {}
    for kind in kinds:
        for word in kind_words_of(kind):
            counts.setdefault(singular(word), {}).setdefault(kind.id, 1)
    for topic in topics:
        for name in topic.names:
            if " " in name.strip():
                votes = counts.setdefault(singular(head_word(name)), {})
                votes[topic.kind] = votes.get(topic.kind, 0) + 1
    found = {}
    for head, votes in counts.items():
        best = max(votes.values())
        if list(votes.values()).count(best) == 1:
            found[head] = next(kind for kind, n in votes.items() if n == best)
    return found


def surnames(names: Iterable[str]) -> frozenset[str]:
    """The folded last words of the names that read as a person's: "morales" of "Gerardo Morales"."""
    return frozenset(alias_key(name.split()[-1]) for name in names if is_person_name(name))


def candidate_sort(forms: Sequence[str], titled: bool, people: frozenset[str]) -> Sort:
    """A candidate's sort from its written forms and whether a title stands before some sighting
    (`titled`): a person after a title, by a person's name, or as the surname of a person the
    texts or the codebook name in full (`people`: `surnames`); else a government's body by its
    head word (`government_body`), else a body."""
    if titled:
        return "person"
    if forms and all(" " not in form and not is_acronym(form) and alias_key(form) in people for form in forms):
        return "person"
    if any(government_body(form) for form in forms):
        return "government"
    if any(reads_as_body(form) for form in forms):
        return "body"
    return "person" if any(is_person_name(form) for form in forms) else "body"


# A name's class noun: the common noun the texts write after it ("the Orion spacecraft", "Blue
# Origin space company", "Boeing Co."), which says what the name is. Nouns of craft (made to
# carry people or cargo) and of companies go to a kind whose words or topics say so; any other
# noun of a kind's own words or its topics' `called` goes to that kind ("the Artemis II mission").
CRAFT_WORDS = frozenset(
    "rocket spacecraft vehicle vessel aircraft ship boat capsule lander launcher megarocket plane".split()
)
COMPANY_NOUNS = frozenset("company firm contractor corporation manufacturer maker".split())
THING_NOUNS = CRAFT_WORDS | COMPANY_NOUNS
# A company's designation after a name, read as the noun "company": "Boeing Co.", "Leidos Holdings Inc".
DESIGNATIONS = frozenset(alias_key(word) + end for word in DESIGNATION_ABBREVIATIONS for end in ("", "."))


def class_nouns(kinds: Sequence[Kind], topics: Sequence[Topic]) -> dict[str, str]:
    """Which kind each class noun a name may be called by goes to: a kind's own words (`mission`),
    its topics' `called` words (`station` of a vehicle "Gateway"), then the nouns of craft to the
    first kind whose words or topics hold one (`vehicle`), and the nouns of companies to the kind
    holding companies (`_holds_companies`). A noun several kinds' topics call goes to none; no noun
    of a kind of people ("NASA officials" are NASA's people, NASA is no official)."""
    found: dict[str, str] = {}
    for kind in kinds:
        if holds_people(kind):
            continue  # "NASA officials", "GAO staff": a body's people are named after it, not the body
        for word in kind_words_of(kind):
            found.setdefault(singular(word), kind.id)
    votes: dict[str, set[str]] = {}
    for topic in topics:
        for word in topic.called:
            votes.setdefault(singular(alias_key(word)), set()).add(topic.kind)
    for noun, voters in votes.items():
        if len(voters) == 1:
            found.setdefault(noun, next(iter(voters)))
    craft = next((kind.id for kind in kinds if {singular(w) for w in kind_words_of(kind)} & CRAFT_WORDS), None)
    craft = craft or next((found[noun] for noun in sorted(CRAFT_WORDS) if noun in found), None)
    own = {kind.id: [t for t in topics if t.kind == kind.id] for kind in kinds}
    company = next((kind.id for kind in kinds if _holds_companies(kind, own[kind.id])), None)
    for nouns, kind_id in ((CRAFT_WORDS, craft), (COMPANY_NOUNS, company)):
        if kind_id is not None:
            for noun in nouns:
                found.setdefault(noun, kind_id)
    return found


# A middle initial inside a name: a person's ("Lloyd J. Austin III").
MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def numbered(name: str) -> bool:
    """A name and a series' number, roman or arabic: "Artemis II", "Apollo 11" (a mission, a
    model, a phase; never a person's name). A person's name and a number is no series: a title
    word opening it ("King Charles III", "Pope Leo XIV") or a middle initial inside it ("Lloyd J.
    Austin III") says a person."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper() or NUMBERED_NAME_END.fullmatch(words[-1]) is None:
        return False
    return alias_key(words[0]) not in TITLE_WORDS and not any(MIDDLE_INITIAL.fullmatch(w) for w in words[1:-1])


def series_kind(name: str, topics: Sequence[Topic]) -> str | None:
    """The kind of the codebook's topics named by the same words and another number ("Artemis
    II" beside the topics "Artemis I" and "Artemis III"), if they are all of one kind."""
    stem = alias_key(" ".join(name.split()[:-1]))
    kinds = {t.kind for t in topics for n in t.names if numbered(n) and alias_key(" ".join(n.split()[:-1])) == stem}
    return next(iter(kinds)) if len(kinds) == 1 else None


# Words of geography in groups of sorts of place: where a briefing's kinds and topics do not say
# which kind takes a place's head noun, a kind named for one word of a group takes the others
# ("Lake Mead" to a kind `reservoir`, "Lower Basin" to a kind `state`); a river is no reservoir.
# A dam is a structure that holds still water: a kind for still water takes dams ("Hoover Dam" to
# `reservoir`), but a kind named for a dam takes no water ("Tonle Sap Lake" is no dam).
STRUCTURE_WORDS = frozenset({"dam"})
STILL_WATER_WORDS = frozenset("lake reservoir dam sea bay gulf ocean lagoon".split())
RUNNING_WATER_WORDS = frozenset("river canal creek stream waterway".split())
DIVISION_WORDS = frozenset("state province county region territory district basin watershed".split())
SETTLEMENT_WORDS = frozenset("city town village municipality locality".split())
PLACE_GROUPS = (STILL_WATER_WORDS, RUNNING_WATER_WORDS, DIVISION_WORDS, SETTLEMENT_WORDS)
# First words of a place's name that are its head noun: "Lake Mead", "Mount Elbert".
PLACE_LEADS = frozenset("lake lakes mount mt".split())
# Words of a kind for places at large, which takes what no kind of one sort of place takes.
GENERIC_PLACE_WORDS = frozenset("place location geography area site landmark".split())


def place_nouns(name: str) -> frozenset[str]:
    """The nouns a place's name says it is, singular: its head word ("dam" of "Glen Canyon Dam",
    "basin" of "Lower Basin") and a leading feature word ("lake" of "Lake Mead")."""
    words = alias_key(name).split()
    if not words:
        return frozenset()
    nouns = {singular(head_word(name))}
    if len(words) > 1 and words[0] in PLACE_LEADS:
        nouns.add(singular(words[0]))
    return frozenset(nouns)


SORT_WORDS = {"division": DIVISION_WORDS, "settlement": SETTLEMENT_WORDS}


def bare_sort(name: str) -> str | None:
    """What sort of place a bare name is by the general lists: a division of a country (a
    province or state, "Arizona"; a capital or a region), a town ("Phoenix"), or None. Countries
    are no candidates (the general list knows them)."""
    if is_place(name):
        return "division"
    return "settlement" if is_town(name) else None


@dataclass(frozen=True, slots=True)
class PlaceKind:
    """A kind that takes places: the nouns it is named by or its topics are headed by, and the
    sort most of its topics are when they are bare names ("Arizona", "Nevada": a division)."""

    id: str
    nouns: frozenset[str]
    bare: str | None


def place_kinds(kinds: Sequence[Kind], topics: Sequence[Topic], place_words: frozenset[str]) -> tuple[PlaceKind, ...]:
    """The briefing's kinds that take places, in its order: those whose id or labels hold one of
    `place_words` (a sort of place: `reservoir`, `state`, `place`), each with what its own
    topics' names say it holds (`place_nouns`, and `called`), as `kind_heads` learns a kind's heads."""
    found = []
    for kind in kinds:
        words = {singular(word) for word in kind_words_of(kind)}
        if not words & place_words:
            continue
        own = [topic for topic in topics if topic.kind == kind.id]
        nouns = set(words)
        for topic in own:
            nouns |= {singular(alias_key(word)) for word in topic.called}
            if " " in topic.name.strip():
                nouns |= place_nouns(topic.name)
        sorts = [bare_sort(topic.name) for topic in own if " " not in topic.name.strip()]
        common = max(set(sorts), key=sorts.count) if sorts else None
        bare = common if len(own) >= MIN_TOPICS and sorts.count(common) > MOST * len(own) else None
        found.append(PlaceKind(kind.id, frozenset(nouns), bare))
    return tuple(found)


def place_kind_for(name: str, kinds: Sequence[PlaceKind]) -> str | None:
    """Which kind takes a place, by the place's own head noun: the kind whose words or topics'
    heads hold it ("Glen Canyon Dam" beside the topic "Hoover Dam"), else one named for a word of
    the same group of sorts (`PLACE_GROUPS`: "Lake Mead" to `reservoir`; a kind named for a
    structure, `dam`, takes only its own sort, never "Tonle Sap Lake"). A name with no such
    noun ("Arizona", "Los Angeles") goes by its sort (`bare_sort`) to the kind whose bare topics
    are of that sort, else to one named for it (`state`, `city`). What none of these
    takes goes to a kind for places at large, or to none."""
    known = frozenset().union(*PLACE_GROUPS, *(kind.nouns for kind in kinds))
    nouns = place_nouns(name) & known if " " in name.strip() else frozenset()
    for kind in kinds:
        if nouns & kind.nouns:
            return kind.id
    groups = [group for group in PLACE_GROUPS if nouns & group]
    for kind in kinds:
        if any((kind.nouns - STRUCTURE_WORDS) & group for group in groups):
            return kind.id
    sort = None if nouns else bare_sort(name)
    if sort is not None:
        by_topics = [kind.id for kind in kinds if kind.bare == sort]
        by_words = [kind.id for kind in kinds if kind.nouns & SORT_WORDS[sort]]
        if by_topics or by_words:
            return (by_topics or by_words)[0]
    return next((kind.id for kind in kinds if kind.nouns & GENERIC_PLACE_WORDS), None)
