"""The part of the codebook an article's matches can depend on, so that a codebook edit
re-matches only the articles it concerns.

An article's matches (`article_analysis.ArticleMatches`) read the codebook in three places,
and each reading needs words the article writes:
- the matcher finds an alias (or a spelling variant of it) only where each of its words is
  written, and a coordinated modifier ("drug, arms, and human trafficking") only where the
  first word of an alias is written before the rest of an alias the article names;
- the speaker resolver finds an actor by a name, a name without its country, a surname or
  a one-word plural's singular, all words of the text (or two of them written as one:
  "coastguard"); and a country's one body ("the Philippine military") where the article
  names that country;
- the figure rules' nouns (`Matcher.kinds`, `heads`, `sorts`) are looked up by words of the
  text, or asked of a topic the article names; and a verb's own noun (`Matcher.deeds`: "OFAC
  sanctioned" gives the sanctions) by the stem the text writes, or by any verb of flight (the
  displacement topic).
So a topic is *relevant* to an article when every word of one of its keys (an alias, a
variant, a speaker's key, a country's form with the head of a body) is among the article's
words, wherever they stand: a test that can only say yes more often than the rules match.
The matches' cache key then holds the relevant topics as the analysis reads them (all but
their summaries), in codebook order, and the noun tables' entries for the nouns the article
writes; the one part every article may read, the countries of the actors that have one (a
generic alias placed in a country no actor belongs to), is keyed only where a relevant topic
has a country.

Words are compared folded every way a rule compares them (the matcher's `fold`, the
resolver's case folding, the countries' accent folding), with dots dropped ("U.S." is also
"us") and plural endings stripped ("cartels" is also "cartel").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import ahocorasick

from build_site.article_analysis import speakers
from build_site.countries import codes_of, country_of, country_words
from build_site.fact_topics import DISPLACED
from build_site.matcher import Matcher, alias_key, fold, name_variants
from build_site.model import Block, Topic
from build_site.name_checks import surname

WORD = re.compile(r"[^\W_]+")  # a run of the characters str.isalnum() accepts: the rules' word boundaries
# The heads with which the resolver finds a country's one body though the text does not write
# them ("The Philippines condemned": its government; "the Philippine military": its armed forces).
BODY_HEADS = frozenset({"government", "army", "armed", "military", "police"})
COUNTRY_WORDS_AT_MOST = 3  # a name's leading words the resolver drops as its country ("united states ...")


@dataclass(frozen=True, slots=True)
class ArticleWords:
    """Every word of an article's blocks in every folded form, space-separated: the cheap
    record a rebuild reads to find which topics an article concerns."""

    words: str


class _Stripped(dict[int, str]):
    """A `str.translate` table, filled on first use of each character: the character's
    compatibility decomposition without its combining marks, as the countries' list folds
    ("é" -> "e"), so folding runs in C."""

    def __missing__(self, codepoint: int) -> str:
        kept = "".join(c for c in unicodedata.normalize("NFKD", chr(codepoint)) if not unicodedata.combining(c))
        self[codepoint] = kept
        return kept


_STRIPPED = _Stripped()


def _forms(text: str) -> set[str]:
    """The text folded as each rule folds it: the matcher (accents, lower case), the resolver
    (case folding), the countries' list (accents, then case folding)."""
    if text.isascii():
        return {text.lower()}
    return {fold(text), text.translate(_STRIPPED).casefold(), text.casefold().translate(_STRIPPED)}


def article_words(blocks: Sequence[Block]) -> ArticleWords:
    """The article's words as the relevance test reads them (with dots dropped, plural endings
    stripped). The folds change only what is not ASCII, and never a space, so only the pieces
    between spaces that are not ASCII are folded each way."""
    text = "\n".join(block.text for block in blocks)
    pieces = text.split()
    forms = {text.lower()} | _forms(" ".join(p for p in pieces if not p.isascii()))
    found: set[str] = set()
    for form in forms:
        found.update(WORD.findall(form))
        found.update(WORD.findall(" ".join(p for p in form.split() if "." in p).replace(".", "")))
    found |= {word[:-1] for word in found if word.endswith("s")} | {word[:-2] for word in found if word.endswith("es")}
    return ArticleWords(" ".join(sorted(found)))


def _word_sets(key: str) -> set[frozenset[str]]:
    """The words of a key, in each folded form (one set for most keys)."""
    return {frozenset(WORD.findall(form)) for form in _forms(key)}


class _Triggers:
    """Word sets, each for a topic it makes relevant, indexed by their longest (rarest) word."""

    def __init__(self) -> None:
        self.by_word: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
        self.always: set[str] = set()  # a key of no word at all may match anywhere
        self.every: list[tuple[frozenset[str], str]] = []

    def add(self, key: str, topic_id: str) -> None:
        for words in _word_sets(key):
            if words:
                self.by_word[max(sorted(words), key=len)].append((words, topic_id))
                self.every.append((words, topic_id))
            else:
                self.always.add(topic_id)

    def found(self, words: set[str]) -> set[str]:
        """The topics whose word sets are all among `words`, by whichever of the two is fewer."""
        found = set(self.always)
        if len(self.every) < len(words):
            triggers = self.every
        else:
            triggers = [trigger for word in words for trigger in self.by_word.get(word, ())]
        for needed, topic_id in triggers:
            if topic_id not in found and needed <= words:
                found.add(topic_id)
        return found


@lru_cache(maxsize=1)
def _country_forms() -> dict[str, list[str]]:
    """Each country -> every form the resolver reads as naming it: names and demonyms (and a
    form without its final s: "Philippine"), its codes."""
    forms: dict[str, list[str]] = defaultdict(list)
    for form, country in country_words().items():
        forms[country] += [form, form[:-1]] if form.endswith("s") else [form]
    for country in list(forms):
        forms[country] += sorted(codes_of(country))
    return forms


def _countries_of(word: str) -> set[str]:
    """The countries a word of a name may name to the resolver (as a name, a possessive, an
    adjective, or without its s)."""
    head = word.removesuffix("'s").removesuffix("\u2019s")
    return {c for c in (country_of(head), country_of(head + "s")) if c}


class Relevance:
    """Which topics, and which entries of the matcher's noun tables, an article's matches can
    depend on; made once per process from the whole codebook."""

    def __init__(self, topics: Sequence[Topic], matcher: Matcher) -> None:
        self.order = {topic.id: index for index, topic in enumerate(topics)}
        self.digests = {topic.id: _matched_digest(topic) for topic in topics}
        self.aliases = _Triggers()  # what the matcher may find as written
        self.others = _Triggers()  # what the speaker resolver may find
        self.rests: dict[str, set[str]] = defaultdict(set)  # topic -> the rests of its keys (`_Entry.rest`)
        # rest -> the words of each first word written before it, and its topic
        self.modifiers: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
        self.bodies: list[tuple[str, frozenset[str], frozenset[str] | None]] = []  # actor, countries, heads
        self.country_forms: dict[str, list[frozenset[str]]] = {}  # country -> the words of each of its forms
        for topic in topics:
            self._add_aliases(topic)
        self._add_speakers(topics)
        self.kinds, self.heads, self.sorts = matcher.kinds, matcher.heads, matcher.sorts
        self.deeds = sorted(matcher.deeds.items())
        self.nouns = ahocorasick.Automaton()
        nouns = {*self.kinds, *self.heads, *self.sorts}
        self.unsplit = {noun for noun in nouns if not noun.isalnum()}  # not one word of the text: always looked up
        for noun in nouns - self.unsplit:
            # `kind_of` also tries a word with an e added ("seizur" + "e"): its noun without the e
            for written in {noun, noun[:-1] if noun.endswith("e") and len(noun) > 1 else noun}:
                self.nouns.add_word(written, {*self.nouns.get(written, set()), noun})
        if len(self.nouns):
            self.nouns.make_automaton()
        self.scoped = frozenset(t.id for t in topics if _scope_of(t))
        self.scopes = sorted({scope for t in topics if (scope := _scope_of(t))})

    def _add_aliases(self, topic: Topic) -> None:
        """Each alias key and every variant the matcher adds of it (`matcher.name_variants`)."""
        for name in topic.names:
            key = alias_key(name)
            if not key:
                continue
            self.rests[topic.id].add(key.partition(" ")[2])
            for written in [key, *name_variants(name)]:
                self.aliases.add(written, topic.id)
                first, _, rest = written.partition(" ")
                if rest:
                    self.modifiers[rest] += [(words, topic.id) for words in _word_sets(first)]

    def _add_speakers(self, topics: Sequence[Topic]) -> None:
        """The resolver's keys (`speakers._Resolver`): names, a body's name without the country
        before it, a person's surname, a one-word plural's singular; and a body by its country.
        Each also with two of its words written as one: the resolver reads a speaker's
        "coastguard" as the codebook's "Coast Guard"."""
        for actor in speakers(topics):
            keys: list[str] = []
            for name in actor.names:
                words = name.split()
                keys.append(name)
                if " " not in name and name.endswith("s"):
                    keys.append(name[:-1])
                if actor.type != "person":
                    keys += [" ".join(words[size:]) for size in range(1, min(COUNTRY_WORDS_AT_MOST + 1, len(words)))]
            if actor.type == "person" and actor.names and (last := surname(actor.names[0])):
                keys.append(last)
            for key in keys:
                for written in (key, *_joined_pairs(key)):
                    self.others.add(written, actor.id)
            if actor.type != "person":
                self._add_country_body(actor.id, [w for name in actor.names for w in (name, *_joined_pairs(name))])

    def _add_country_body(self, actor_id: str, names: list[str]) -> None:
        """A body whose name holds a country's word may be found by the country and a head: one
        the resolver supplies (BODY_HEADS), or a word of the name the text writes."""
        words = [word for name in names for word in name.split()]
        countries = frozenset(country for word in words for country in _countries_of(word))
        if not countries:
            return
        lowered = {w.lower() for w in words}
        heads = None if lowered & BODY_HEADS else frozenset(w for w in lowered if w.isalpha() and not _countries_of(w))
        self.bodies.append((actor_id, countries, heads))
        for country in countries:
            self.country_forms.setdefault(
                country,
                [words for form in _country_forms().get(country, [country]) for words in _word_sets(form) if words],
            )

    def _bodies_found(self, words: set[str]) -> set[str]:
        """The bodies of the countries the article names, by a head it writes or the resolver supplies."""
        named = {country for country, forms in self.country_forms.items() if any(f <= words for f in forms)}
        return {
            actor_id
            for actor_id, countries, heads in self.bodies
            if countries & named and (heads is None or not heads.isdisjoint(words))
        }

    def topics(self, words: set[str]) -> set[str]:
        """The topics an article of these words can name, resolve as a speaker or give a figure
        through a name, a speaker's key or a body of its country."""
        direct = self.aliases.found(words)
        relevant = direct | self.others.found(words) | self._bodies_found(words)
        rests = set().union(*(self.rests[topic_id] for topic_id in direct)) & self.modifiers.keys()
        for rest in rests:
            relevant.update(topic_id for needed, topic_id in self.modifiers[rest] if needed <= words)
        return relevant

    def fingerprint(self, article: ArticleWords) -> str:
        """A hash of what in the codebook the article's matches can depend on."""
        relevant = self.topics(set(article.words.split()))
        nouns = set(self.unsplit)
        if len(self.nouns):
            nouns.update(*map(itemgetter(1), self.nouns.iter(article.words)))
        parts: Iterable[str] = (
            *(self.digests[t] for t in sorted(relevant, key=self.order.__getitem__)),
            " ".join(f"{n}={t}" for n, t in self.kinds.items() if n in nouns or t in relevant),
            " ".join(f"{n}={t}" for n, t in self.heads.items() if n in nouns),
            " ".join(f"{s}={t}" for s, t in self.deeds if s == DISPLACED or s in article.words),
            repr(sorted((n, sorted(ids & relevant)) for n, ids in self.sorts.items() if n in nouns and ids & relevant)),
            " ".join(self.scopes if relevant & self.scoped else []),
        )
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _matched_digest(topic: Topic) -> str:
    """A hash of what of a topic an article's matches can read: all but its summary (which
    only its page shows) and where it lies."""
    read = (topic.id, topic.kind, topic.name, topic.aliases, topic.attributes, topic.excludes)
    return hashlib.sha256(repr(read).encode()).hexdigest()


def _joined_pairs(key: str) -> list[str]:
    """The key with each two neighbouring words written as one ("coast guard" -> "coastguard")."""
    words = key.split()
    return [" ".join([*words[:i], words[i] + words[i + 1], *words[i + 2 :]]) for i in range(len(words) - 1)]


def _scope_of(topic: Topic) -> str | None:
    """The country a topic's `country` names, as the matcher scopes it (`Matcher._scope`)."""
    country = dict(topic.attributes).get("country")
    return country_of(country) if isinstance(country, str) and country else None
