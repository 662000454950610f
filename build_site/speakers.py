"""Who a speaker is: the codebook actor a speaker as written stands for.

`_Resolver` answers from the codebook's actors alone: their names and aliases (with either
apostrophe; a two-letter acronym only in capitals), a person's surname, the one person whose
name starts with the word, titles before it aside ("Gan" for "Gan Yu", "Lieutenant Governor Emil" for Emil
Dardak), roles ("the attorney general" when the article names its holder), a description that paraphrases
one role ("the Mexican foreign relations chief", "the Health Minister", "South Korea's police chief" for the
commissioner of the Korean National Police Agency), "the head of" a body, and a country's one body by its kind ("the
Philippine military", "Haitian National Police"). A codebook name ending the speaker is its head
("Benjamin Netanyahu’s office" is the codebook's "Netanyahu's office"; with none, a person's office is
not the person), and a body's word after a body's name keeps it ("Gaza Civil Defence Agency"). Finding what was said, and which speaker a
pronoun or a description goes back to, is `build_site.statements`' job; it asks here who that is.
The speech verbs (`VERBS`) and the nouns of speakers live here because the resolver needs them
too (a name before a speech verb is its subject); `build_site.statements` builds its patterns
from them, and this module imports nothing of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from build_site.countries import country_codes, country_of, demonyms_of, is_place, place_key, state_words
from build_site.matcher import fold
from build_site.name_checks import TITLE_WORDS, TITLES, first_word_holder, surname


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor topic of the codebook, as far as speaker resolution needs it."""

    id: str
    names: tuple[str, ...]  # name first, then aliases
    type: str = "person"  # "person" | "organization" | ...
    role: str = ""
    excludes: tuple[str, ...] = ()  # the codebook's `not:` phrases: "Illinois DNR" is not the Michigan DNR


SAYING_VERBS = (
    "said says say told tells stated states warned warns asserted asserts declared declares "
    "denied denies praised praises criticized criticised criticizes criticises urged urges "
    "announced announces added adds noted notes explained explains stressed stresses "
    "emphasized emphasised emphasizes underscored underscores insisted insists argued argues "
    "claimed claims acknowledged acknowledges confirmed confirms remarked replied responded "
    "pledged vowed wrote reiterated reiterates revealed reveals disclosed discloses reported "
    "expressed assured specified highlighted admitted conceded cautioned condemned promised accused "
    "mentioned maintain maintains maintained attributed attributes described describes "
    "welcomed welcomes echoed echoes affirmed affirms reaffirmed alleged alleges assessed assesses "
    "recalled recalls suggested suggests testified testifies accuses blamed blames reminded reminds admits concedes "
    "complained complains contended contends commented writes called calls indicates indicated "
    "opined opines refuted refutes informed rejected rejects "
    # forecasting, and listed verbs written with the prefix "re-"
    "predicted predicts reemphasized reemphasizes reasserted reasserts restated restates"
).split()
# Verbs that report a statement only before a clause (findings, posts): a statement's verbs, but no frame of a
# saying whose day a later quotation's "today" takes ("police found the car" dates no quotation). A verb of
# believing is read only in the closing slot (`build_site.statements`: "..., police believe.").
BELIEVING_VERBS = ("believe", "believes")
CLAUSE_ONLY_VERBS = (
    *"determined determines found finds concluded concludes tweeted tweets posted posts "
    "estimates estimated estimate calculated calculates".split(),
    *BELIEVING_VERBS,
)
VERBS = (*SAYING_VERBS, *CLAUSE_ONLY_VERBS)
_VERB_SET = frozenset(VERBS)
# Heads of descriptions that stand for the speaker just named ("the spokesman", "the company").
_PERSON_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson official minister secretary ambassador envoy leader president "
    "general admiral chief commander analyst adviser advisor aide governor mayor officer executive judge".split()
)
# Those who speak for a body or a person by office: "The Kremlin spokesman" is the person holding that
# role ("Kremlin spokesman" in the codebook), not the Kremlin.
SPOKESPERSONS = frozenset("spokesman spokeswoman spokesperson".split())
_SAME_NAME = 0.8  # how alike two spellings of one given name are ("Dmitri", "Dmitry")
# Heads of descriptions of a public body, which stand for the one organisation an article names
# ("the agency noted"); "the company" or "the group" may be one the codebook does not know.
_PUBLIC_BODIES = frozenset("agency department ministry command office embassy mission".split())
# Institutions a country has one of: "the U.S. military", "the Mexican government", "the British
# embassy in Yemen" name their speaker through the country, where "the Danish company" does not.
_STATE_NOUNS = frozenset(
    "government military army navy embassy ministry presidency police administration coastguard".split()
)
# A country's office written as a description: the country's name or demonym, then lower-case words headed by an
# office ("The US secretary of state", "the Thai prime minister"): the person holding it, never the country.
_COUNTRY_OFFICE = re.compile(
    r"^(?:[Tt]he\s+)?([A-Z][\w.]*?(?:[’']s)?)\s+(?:[a-z-]+\s+)*?([a-z]+)(?:\s+of\s+[a-z]+(?:\s+[a-z]+){0,2})?$"
)
_OFFICES = _PERSON_NOUNS - SPOKESPERSONS - frozenset("official officer analyst".split())
# Words after a name that make it a verb's subject ("Maltz has", "Rubio also").
_SUBJECT_WORDS = frozenset("has had is was will would also then later".split())
# A capitalised word right after a codebook name: the name modifies another ("the Maersk Hangzhou"
# is a ship; "CENTCOM Commander Gen. Michael Kurilla" a person), unless a title or a role follows.
_MODIFIED = re.compile(r"\s+(?!(?:Spokesman|Spokesperson|Spokeswoman|Statement)\b)[A-Z][a-z]")
_POSSESSIVE = re.compile(r"[’']s\b")  # "Zambada's attorney": the name owns the speaker
# A person's body ("Netanyahu’s office", "the minister's ministry"), which is neither the person nor his role.
_OWNED_BODY = re.compile(
    r"[’']s\s+(?:[a-z]+\s+){0,2}(?:office|ministry|department|government|administration|cabinet)\b"
)
# A body's word after a codebook organisation's name: "Gaza Civil Defence Agency" is still the body.
_BODY_WORD = re.compile(r"\s+(?:Agency|Ministry|Department|Office|Authority|Directorate|Service)\b")
_HEAD_OF = re.compile(r"^(?:[Tt]he\s+)?(?:head|chief)\s+of\s+(.+)$")  # lower case: "Chief of Staff X" is a title
# "the Kremlin chief", "the Wagner leader": a person heading the body named before the noun, never the body
_BODY_HEAD = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)\s+(?:chief|head|leader|boss)$")
# Words of a role that heads a state, a government or a body ("President of Russia", "Prime Minister")
_LEADING = frozenset("president leader head chief premier prime chairman chairwoman".split())
# Nouns of a person who speaks for another without being that person: "The attorney for Ismael
# Zambada says" is not Zambada speaking.
_FOR_ANOTHER = frozenset(
    "attorney attorneys lawyer lawyers counsel son daughter wife husband brother sister family".split()
)
_MILITARY_HEADS = frozenset(("army", "military"))
# "the Philippine military", "the Philippine task force on the South China Sea": a country's body by its kind
_COUNTRY_BODY = re.compile(
    r"^(?:[Tt]he\s+)?([A-Z][\w.]*?(?:[’']s)?)\s+([a-z]+(?:\s+[a-z]+)?)(?:\s+(?:on|for|of)\s+(?:the\s+)?[A-Z].*)?$"
)


def _country_word(word: str) -> str | None:
    """The country a word names as a name, possessive or adjective, "Philippine" (of the Philippines)
    included, which the list of demonyms spells "Filipino"."""
    head = word.removesuffix("'s").removesuffix("\u2019s")
    return country_of(head) or (country_of(head + "s") if head[:1].isupper() and not head.endswith("s") else None)


def _country_code(word: str) -> str | None:
    """The country a word names ("Malian", "Mali's", "U.S."), if any."""
    head = word.removesuffix("'s").removesuffix("\u2019s").replace(".", "")
    if not head[:1].isupper():
        return None
    return country_of(head) or (head.casefold() if head.isupper() and head.casefold() in country_codes() else None)


def _is_country(word: str) -> bool:
    return _country_code(word) is not None


def _is_country_subject(speaker: str) -> bool:
    """ "The U.S.", "Mexico": a country's name used as the subject of the verb."""
    words = [w for w in speaker.split() if w.lower() != "the"]
    return bool(words) and all(_is_country(w) for w in words)


class _Resolver:
    """Speaker text -> actor id, from the codebook's names, surnames and roles."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.keys: dict[str, str | None] = {}  # folded name -> actor id (None when two share it)
        self.roles: dict[str, set[str]] = {}  # folded role -> every actor holding it
        self.people = frozenset(a.id for a in actors if a.type == "person")
        self.commas = any("," in n for a in actors for n in a.names)  # "Ministry of Economy, Trade and Industry"
        # A head noun left of a body's name once its country is dropped -> the countries it needs
        self.country_heads: dict[str, set[str]] = {}
        # Two-letter acronyms ("UN", "EU") are keys written in capitals only: the "un" of "Kim Jong-un" is none.
        self.acronyms = {n for a in actors for n in a.names if len(n) == 2 and n.isalpha() and n.isupper()}
        # A name derived by dropping a country yields to a name the codebook writes: "Coast Guard", an alias of the
        # U.S. Coast Guard, is not also the Canadian Coast Guard's.
        derived: dict[str, str | None] = {}
        for actor in actors:
            for name in actor.names:
                self._add(self.keys, name, actor.id, name in self.acronyms)
                if actor.type != "person":  # "U.S. Central Command" is also "Central Command"
                    self._add(derived, bare := _without_country(name.casefold()), actor.id)
                    if bare.isalpha() and bare != name.casefold():  # "government" of "Dutch government"
                        countries = {c for w in name.split() if (c := _country_word(w))}
                        self.country_heads.setdefault(_folded(bare), set()).update(countries)
            if actor.type == "person" and actor.names and (last := surname(actor.names[0])) is not None:
                self._add(self.keys, last, actor.id)
            for role in _role_variants(actor.role):
                self.roles.setdefault(_folded(role.casefold().strip()), set()).add(actor.id)
        # A derived name of more than its head noun is a description ("the space agency" of the Canadian Space
        # Agency): in lower case it stands for its topic only where the article names that topic. A head noun alone
        # ("the navy", "the police" of the Mexican Navy) is the body of the story's own country, kept as before.
        self.descriptions = {key for key in derived if key not in self.keys and " " in key}
        self.keys |= {key: actor for key, actor in derived.items() if key not in self.keys}
        # A one-word plural name without its s, as a modifier writes it: "the Houthi group" (Houthis).
        self.singulars = {
            n.casefold()[:-1]: a.id for a in actors for n in a.names if " " not in n and n.endswith("s") and len(n) > 4
        }
        self.role_words = {a.id: _role_words(a.role) for a in actors if a.type == "person" and a.role}
        self.role_text = {a.id: _words(a.role) for a in actors if a.type == "person" and a.role}
        self.roles_as_written = {a.id: a.role for a in actors if a.type == "person" and a.role}
        names = sorted((k for k, v in self.keys.items() if v), key=len, reverse=True)
        # Both patterns are matched against text folded by `_folded`, which keeps every offset.
        self.pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])", re.IGNORECASE)
            if names
            else None
        )
        # a name opens with a capital or a digit ("3M")
        full = sorted(
            {_folded(n) for a in actors for n in a.names if n[:1].isupper() or n[:1].isdigit()},
            key=len,
            reverse=True,
        )
        self.in_text = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, full)) + r")(?!\w)") if full else None
        self.by_name = {_folded(n): a.id for a in actors for n in a.names}
        self.names = {a.id: a.names for a in actors}
        self.excludes = {a.id: tuple(_folded(x.casefold()) for x in a.excludes) for a in actors if a.excludes}

    @staticmethod
    def _add(table: dict[str, str | None], key: str, actor_id: str, acronym: bool = False) -> None:
        folded = _folded(key.casefold().strip())
        if len(folded) < 3 and not acronym:
            return
        table[folded] = actor_id if table.get(folded, actor_id) == actor_id else None

    def named_in(self, sentences: Iterable[str]) -> frozenset[str]:
        """Actor ids the text names by name or alias (what makes a role resolvable)."""
        if self.in_text is None:
            return frozenset()
        return frozenset(self.by_name[m.group(0)] for s in sentences for m in self.in_text.finditer(_folded(s)))

    def people_in(self, text: str) -> set[str]:
        return {a for a in self.named_in((text,)) if a in self.people}

    def subjects_in(self, text: str) -> set[str]:
        """The people named as the subject of a verb: the name is followed by a verb in the past,
        a speech verb or an auxiliary, not by a possessive or a noun ("Caro Quintero's extradition")."""
        if self.in_text is None:
            return set()
        found = set()
        for match in self.in_text.finditer(_folded(text)):
            actor = self.by_name[match.group(0)]
            following = text[match.end() :].split()[:1]
            word = following[0].lower().strip(",.") if following and text[match.end() :][:1] not in "’'" else ""
            if actor in self.people and (word.endswith("ed") or word in _VERB_SET or word in _SUBJECT_WORDS):
                found.add(actor)
        return found

    def is_name(self, text: str) -> bool:
        """Whether the text, "the" aside, is one codebook name or alias whole."""
        return bool(self.keys.get(_folded(re.sub(r"^the\s+", "", text.casefold().strip()))))

    def opening(self, text: str) -> str | None:
        """The actor whose name or alias opens the text ("Sudan’s Armed Forces ..."), if any."""
        match = self.in_text.match(_folded(text)) if self.in_text is not None else None
        return self.by_name[match.group(0)] if match else None

    def organisations_in(self, text: str) -> set[str]:
        return {a for a in self.named_in((text,)) if a not in self.people}

    def resolve(self, speaker: str, named: frozenset[str]) -> str | None:
        speaker = _folded(speaker)  # "Karla Calderon" is the codebook's "Karla Calderón", as mentions find her
        if re.search(r"(?i)\bcoastguard\b", speaker):  # one word in British spelling, two in the codebook's
            speaker = re.sub(r"(?i)\b(c)oast(g)uard\b", r"\1oast \2uard", speaker)
        folded = speaker.casefold()
        heads = _HEAD_OF.match(speaker)
        if heads:  # "the head of the Sedena": the person heading it, never the body itself
            return self._head_of(heads.group(1), named)
        if self.headed(speaker, named) is not None:  # "the Kremlin chief" likewise
            return self._head_of(_BODY_HEAD.sub(r"\1", speaker), named)
        if tail := self._named_tail(speaker):  # "Benjamin Netanyahu’s office": the codebook's "Netanyahu's office"
            return tail
        if set(folded.split()[-1:]) & SPOKESPERSONS and (holder := self.role_holder(speaker, named)):
            return holder  # "The Kremlin spokesman": the codebook's Kremlin spokesman, before the Kremlin
        if self._country_office(speaker):
            return self.role_holder(speaker, named) or self._described(speaker, named)
        speaks_for = re.match(r"^(?:the|a|an)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?:for|of)\s+", folded)
        if self.pattern is not None and not (speaks_for and speaks_for.group(1) in _FOR_ANOTHER):
            # the name ending last is the head: "Yemen's Iran-backed Houthis" are the Houthis; a name
            # owning ("Zambada's attorney") or in a compound ("Iran-backed") is not the speaker
            for match in sorted(self.pattern.finditer(speaker), key=lambda m: (-m.end(), m.start())):
                written = match.group(0)
                if len(written) == 2 and written not in self.acronyms:
                    continue  # "un", "Un": no acronym
                actor = self.keys.get(written.casefold())
                if actor not in named and written.islower() and written in self.descriptions:
                    continue  # "the space agency" in an article naming NASA only is not the Canadian Space Agency
                if actor in self.people and self._another_given_name(speaker, match, actor):
                    continue  # "Maj. Ed Bush" is not the codebook's George W. Bush ("President Bush")
                if actor is not None and not self._country_agrees(speaker, match):
                    continue  # "the Japanese government" is not the codebook's "Dutch government"
                if actor in self.excludes and self._ruled_out(actor, folded, match.start(), match.end()):
                    continue  # "the Illinois DNR" holds the Michigan DNR's "DNR" and is not it, as the codebook says
                owner = _POSSESSIVE.match(speaker, match.end()) and speaker[match.end() + 2 :].strip()
                if actor in self.people and owner and _OWNED_BODY.match(speaker, match.end()):
                    return None  # "Netanyahu’s office" is not Netanyahu, nor any role of his
                kind = actor is not None and actor not in self.people and bool(_BODY_WORD.match(speaker, match.end()))
                if actor and not owner and (kind or not _MODIFIED.match(speaker, match.end())):
                    return actor  # "The Gaza Civil Defence Agency": the codebook's "Gaza Civil Defence"
        words = speaker.split()
        for word in words if words and words[-1].lower() not in _PERSON_NOUNS else ():
            plural = self.singulars.get(word.casefold()) if word[:1].isupper() else None
            if plural:  # "the Houthi group" is the Houthis; "the Houthi spokesman" is a person
                return plural
        if _is_country_subject(speaker) and (country := _country_word(speaker.rsplit(maxsplit=1)[-1])):
            return self.institution_of(country, ("government",))  # "The Philippines condemned": its government
        if given := self._given_name_first(speaker, named):
            return given
        if body := self._country_body(speaker):
            return body
        role = re.sub(r"^(?:the|a|an)\s+", "", folded)
        holders = self.roles.get(role, set()) & named  # "the attorney general": the one the article names
        if len(holders) == 1:
            return next(iter(holders))
        return self._described(speaker, named)

    def _another_given_name(self, speaker: str, match: re.Match[str], actor: str) -> bool:
        """Whether a codebook person's surname follows a given name none of that person's names holds ("Ed Bush"
        beside "George W. Bush" and "President Bush"): another person who shares the surname, kept as written.
        The given names are the capitalised words before the surname back to a title, initials aside; one of them
        the person's ("Emil Elastianto Dardak" for Emil Dardak), or a spelling of it ("Dmitri" for "Dmitry"), is the
        person. So is a first name sharing the initial of the person's first given name: a short form is mostly
        written so ("Joe Biden" for "Joseph R. Biden Jr.", "Mike Pence" for "Michael R. Pence"). A place's name
        before another capitalised word opens a description, no given names ("Arizona Democrat Kelly")."""
        given = _given_names(speaker[: match.start()])
        if any(is_place(word) for word in given[1:]):
            return False
        words = {w.rstrip(".") for name in self.names[actor] for w in _folded(name).casefold().split()}
        return (
            bool(given)
            and given[-1][:1] != self._first_given_initial(actor)
            and not any(SequenceMatcher(None, one, word).ratio() >= _SAME_NAME for one in given for word in words)
        )

    def _first_given_initial(self, actor: str) -> str:
        """The initial of the first given name the person's codebook names write before the surname, or ""."""
        for name in self.names[actor]:
            given = _given_names(_folded(name).rsplit(maxsplit=1)[0]) if " " in name else ()
            if given:
                return given[-1][:1]
        return ""

    @staticmethod
    def _country_office(speaker: str) -> bool:
        """Whether the speaker is a country's office as a description ("The US secretary of state"): a country's
        name or demonym, then only lower-case words headed by an office noun. Its speaker is the one person the
        article names holding that office (`resolve`), and with none, no one: the country is only the office's
        owner, as "Zambada's attorney" is not Zambada."""
        office = _COUNTRY_OFFICE.match(speaker)
        return office is not None and office.group(2) in _OFFICES and _is_country(office.group(1))

    def _country_agrees(self, speaker: str, match: re.Match[str]) -> bool:
        """Whether a head noun that is a body's name without its country ("government" of "Dutch government")
        may stand for that body here: a country modifying it ("the Japanese government", "Japan's government",
        "the government of Japan") must be the body's. With none, it may (`bare_head` gives what to check)."""
        countries = self.country_heads.get(match.group(0).casefold())
        if countries is None:
            return True
        before = speaker[: match.start()].split()
        after = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)", speaker[match.end() :])
        written = after.group(1) if after else (before[-1] if before else "")
        country = (_country_word(written) or country_of(written)) if written else None
        return country is None or country in countries

    def bare_head(self, speaker: str) -> tuple[str | None, frozenset[str]]:
        """The body a speaker names by its head noun alone ("the government" of the codebook's "Dutch
        government") and that body's countries, which another country's body of that head named in the
        article rules out (`build_site.statements`); no countries for any other speaker."""
        key = _folded(re.sub(r"^the\s+", "", speaker.casefold().strip()))
        return self.keys.get(key), frozenset(self.country_heads.get(key, ()))

    def _ruled_out(self, actor: str, folded: str, start: int, end: int) -> bool:
        """Whether a name of the actor at start:end lies inside one of its `not:` phrases, as mentions rule it out."""
        return any(
            at <= start and end <= at + len(phrase)
            for phrase in self.excludes[actor]
            for at in (m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded))
        )

    def role_holder(self, role: str, named: frozenset[str]) -> str | None:
        """The one person the article names whose codebook role this is, written with or without "the"
        and the owner's possessive ("the Kremlin's spokesman" for the "Kremlin spokesman")."""
        key = _folded(re.sub(r"^(?:the|a|an)\s+", "", role.casefold().strip())).replace("'s ", " ")
        holders = self.roles.get(key, set()) & named
        return next(iter(holders)) if len(holders) == 1 else None

    def _named_tail(self, speaker: str) -> str | None:
        """The codebook actor whose whole name ends the speaker, from two words on ("Israeli Prime
        Minister Benjamin Netanyahu’s office" ends with "Netanyahu’s office"): the head of what is written,
        where the name match that starts first ("Benjamin Netanyahu") is only its owner."""
        words = speaker.split()
        for start in range(len(words) - 1):
            lower_before = start > 0 and words[start - 1][:1].islower() and words[start - 1].lower() != "the"
            if not words[start][:1].isupper() or lower_before:
                continue  # "The attorney for Ismael Zambada": the name is the object of "for"
            actor = self.keys.get(_folded(" ".join(words[start:]).casefold()))
            if actor:
                return actor
        return None

    def _given_name_first(self, speaker: str, named: frozenset[str]) -> str | None:
        """The one person the article names whose full name's first word this one-word speaker is, titles
        before it aside: a name written surname first ("Gan Yu ... Gan added") or a first name used alone
        after the full name ("Deputy Governor Emil Dardak ... Lieutenant Governor Emil said"). The titles
        must be that person's: their codebook role holds one of the titles' words ("governor" of "deputy
        governor of East Java"), so "King Charles" is not Charles Michel, President of the European Council."""
        words = speaker.split()
        titles: set[str] = set()
        while len(words) > 1 and (words[0].casefold() in TITLES or f"{words[0].casefold()}." in TITLES):
            titles.add(words[0].casefold().rstrip("."))
            words = words[1:]
        if len(words) != 1 or not words[0][:1].isupper():
            return None
        person = first_word_holder(words[0], {a: self.names[a][0] for a in named & self.people})
        role = set(re.findall(r"[^\W\d_]+", self.roles_as_written.get(person or "", "").casefold()))
        return person if not titles or titles & role else None

    def _country_body(self, speaker: str) -> str | None:
        """The codebook's one body of a country that a description names by its country and kind: "the
        Philippine military" is the Armed Forces of the Philippines, "the Philippine task force on the
        South China Sea" the Philippines' one task force."""
        described = _COUNTRY_BODY.match(speaker)
        if described is None:
            return None
        country = _country_word(described.group(1))
        if country is None:
            return None
        kind = described.group(2).split()
        if kind[-1] in _MILITARY_HEADS or kind == ["armed", "forces"]:
            return self.army_of(country)
        if kind[-1] in _STATE_NOUNS | _PERSON_NOUNS:
            return None  # "the Chinese foreign ministry", "the Philippine spokesman": not by kind alone
        return self.institution_of(country, tuple(kind), every=True)

    def army_of(self, country: str) -> str | None:
        """The codebook's one armed force of a country ("Malian Armed Forces" for Mali), if any."""
        return self.institution_of(country, ("army", "armed", "military"))

    def institution_of(self, country: str, heads: tuple[str, ...], every: bool = False) -> str | None:
        """The codebook's one body of a country named with one of `heads` ("Haitian National Police"
        for Haiti's police), or with `every` one of them ("task force"), if any."""
        match = all if every else any
        bodies = {
            actor
            for actor, names in self.names.items()
            if actor not in self.people
            for name in names
            if any(_country_word(w) == country for w in name.split())
            and match(h in {w.lower() for w in name.split()} for h in heads)
        }
        return next(iter(bodies)) if len(bodies) == 1 else None

    def is_body(self, actor: str) -> bool:
        """Whether an organisation is a public body by its name ("Drug Enforcement Administration"),
        which "the agency" or "the ministry" may stand for; a jihadist group is none."""
        bodies = _PUBLIC_BODIES | _STATE_NOUNS | {"administration", "secretariat", "organization", "organisation"}
        return any(w.casefold() in bodies for n in self.names.get(actor, ()) for w in n.split())

    def headed(self, speaker: str, named: frozenset[str]) -> str | None:
        """The codebook organisation a description of its head names ("the head of the Kremlin", "the Kremlin
        chief"), whose head is a person, never the body itself."""
        heads = _HEAD_OF.match(speaker)
        if heads is None and (heads := _BODY_HEAD.match(speaker)):  # its name as the codebook has it, no demonym
            organisation = self.keys.get(_folded(heads.group(1).casefold()))
        else:
            organisation = self.resolve(heads.group(1), named) if heads else None
        return organisation if organisation is not None and organisation not in self.people else None

    def leaders(self, body: str, text: str) -> set[str]:
        """The codebook people a text names whose role leads a state, government or body ("President of
        Russia") and names no codebook organisation but this one: who "the Kremlin chief" may be."""
        return {
            a
            for a in self.people_in(text)
            if self.role_words.get(a, (frozenset(), frozenset()))[1] & _LEADING
            and self.organisations_in(self.roles_as_written[a]) <= {body}
        }

    def _head_of(self, body: str, named: frozenset[str]) -> str | None:
        """The one person the article names whose role is heading this body: two words of the role
        in the body's names ("Secretary of National Defense" heads the "Secretariat of National Defense")."""
        organisation = self.resolve(body, named)
        if organisation is None or organisation in self.people:
            return None
        words = {w for n in self.names.get(organisation, ()) for w in _role_words(n)[1]}
        fits = {a for a, (_, role) in self.role_words.items() if a in named and len(role & words) >= 2}
        return next(iter(fits)) if len(fits) == 1 else None

    def _described(self, speaker: str, named: frozenset[str]) -> str | None:
        """The one person the article names whose role a description paraphrases: "The Mexican foreign
        relations chief" is the "Foreign Minister of Mexico" (with a country, a word of the role besides
        its title), "the Mexican president" the "President of Mexico", "the Health Minister" the "Health
        Minister of the Democratic Republic of Congo" (all its words: a title and another). A country
        fits a role that names it in other words ("Congolese": "Democratic Republic of Congo")."""
        countries, words = _role_words(speaker)
        if not words or (not countries and (len(words) < 2 or not words & _PERSON_NOUNS)):
            return None
        fits = {
            actor
            for actor, (role_countries, role) in self.role_words.items()
            if actor in named
            and all(c in role_countries or _fits_country(c, self.role_text[actor]) for c in countries)
            and (words <= role or (bool(countries) and any(w in role and w not in _PERSON_NOUNS for w in words)))
        }
        return next(iter(fits)) if len(fits) == 1 else None


def _given_names(before: str) -> tuple[str, ...]:
    """The given names before a surname, nearest first, initials aside: the capitalised words back to a title or a
    word in lower case. None when a possessive ("HNN’s Green") or a hyphen ("Levine-Cava") stands right before it."""
    if not before or before[-1] in "-‐":
        return ()
    names: list[str] = []
    for word in reversed(before.split()):
        if not word[:1].isupper() or word.casefold() in TITLE_WORDS or word.rstrip(".").casefold() in TITLE_WORDS:
            break
        if _POSSESSIVE.search(word):
            return tuple(names)
        if len(word.rstrip(".")) > 1:  # an initial ("Merrick B. Garland") is no given name
            names.append(_folded(word).casefold())
    return tuple(names)


def _role_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The countries a role or description names, in one word or up to three ("South Korea's"), and its
    other words of four letters or more."""
    words = re.findall(r"[^\W\d_][\w'’]*", re.sub(r"\([^)]*\)", "", text))
    countries: set[str] = set()
    rest: set[str] = set()
    start = 0
    while start < len(words):
        for size in (3, 2, 1):
            phrase = " ".join(words[start : start + size]).removesuffix("'s").removesuffix("’s")
            if start + size <= len(words) and (country := country_of(phrase)):
                countries.add(country)
                start += size
                break
        else:
            if len(words[start]) >= 4 and words[start].lower() != "the":
                rest.add(words[start].casefold())
            start += 1
    return frozenset(countries), frozenset(rest)


def _fits_country(country: str, role_text: frozenset[str]) -> bool:
    """Whether a role names the country in other words: all its words ("Democratic Republic of Congo"), or
    a demonym of the whole country: countryinfo's ("Nigerien" for Niger, "Czech" for the Czech Republic), or
    its last word with a demonym's suffix ("Korean" for South Korea) when that form names no other country
    ("Nigerian" is Nigeria's, not Niger's) and the last word is a name, not a kind of state, which countries'
    long names write before "of" ("Republic of Korea", "Kingdom of Spain", "United States of America")."""
    if _words(country) <= role_text:
        return True
    if any(set(demonym.split()) <= role_text for demonym in demonyms_of(country)):
        return True
    last = place_key(country.rsplit(maxsplit=1)[-1])
    forms = {last + suffix for suffix in ("n", "an", "ian", "ese", "i")}
    return (
        len(last) >= 4
        and last not in state_words()
        and any(f in role_text and country_of(f) in (None, country) for f in forms)
    )


def _words(text: str) -> frozenset[str]:
    """The words of four letters or more of a role or a country's name, folded."""
    return frozenset(w.casefold() for w in re.findall(r"[^\W\d_][\w'’]*", text) if len(w) >= 4)


def _role_variants(role: str) -> set[str]:
    """ "US Secretary of State" -> {"us secretary of state", "secretary of state"}."""
    base = re.sub(r"\([^)]*\)", "", role).split(",")[0].split(";")[0].strip().casefold()
    if not base:
        return set()
    variants = {base, re.sub(r"\s+\d{4}\S*$", "", base)}
    variants |= {_without_country(v) for v in variants}
    variants |= {
        re.sub(r"\s+of\s+(?:the\s+)?([^\s].*)$", lambda m: "" if _is_country(m.group(1).title()) else m.group(0), v)
        for v in variants
    }
    return {v for v in variants if v}


def _without_country(role: str) -> str:
    """ "Mexican attorney general" -> "attorney general": the role said without its country
    (any country's name, demonym, possessive or code, from the general list)."""
    words = role.split()
    for size in (3, 2, 1):  # "united states secretary of state"
        if len(words) > size:
            head = " ".join(words[:size]).removesuffix("'s").removesuffix("\u2019s").replace(".", "")
            if country_of(head) or head in country_codes():
                return " ".join(words[size:])
    return role


def _folded(name: str) -> str:
    """A name or text folded as the mention matcher folds it, case kept and every offset too: accents
    dropped ("Calderón" is "Calderon"), apostrophes straight ("Sudan’s" is "Sudan's")."""
    return name if name.isascii() else fold(name, keep_case=True)  # ASCII text folds to itself: no call


@lru_cache(maxsize=8)
def _resolver(actors: tuple[Actor, ...]) -> _Resolver:
    return _Resolver(actors)
