"""Candidates: name-like phrases the codebook does not cover, for an analyst to review.

What looks like a name (DESIGN.md, "Matching, done right"):
- a run of capitalized words, with lower-case connectors inside ("Organization of American
  States", "Secretaría de Seguridad", "Joint Task Force on Border Security");
- an acronym ("AP", "SEDENA", "NGOs" -> "NGO");
- a titled name ("Secretary Rubio", "General Gregory Guillot", "Adm. José Rafael Ojeda Durán"),
  which starts at the title: "U.S. Secretary of State Marco Rubio" -> "Secretary of State
  Marco Rubio";
- a single capitalized word inside a sentence ("Khashoggi", "Paris", "Washington").

What does not, each rule with its reason (precision first: the analyst reads every line):
- anything overlapping a mention: the codebook already covers it. Except a name that ends in a
  generic alias after a word that names something on its own: "Sinaloa Cartel" is a candidate
  although "cartel" is an alias, "Secretary Rubio" and "Mexican Cartel" are not;
- the first word of a sentence: it is capitalized by grammar, not because it is a name. It
  is never a candidate alone, and leads a run only if it is not an ordinary word;
- ordinary words: a small stop list (below), plus any word the corpus itself writes in
  lower case somewhere ("Border", "Countries", "Opioids"): capitalizing an ordinary word is
  emphasis, not a name. The same test drops a run made only of ordinary words ("Security
  Partnership"), unless its head word makes it an institution or a program ("Joint Task
  Force", "Department of Homeland Security");
- the two country names alone (United States, U.S., US, USA, America, Mexico), adjectives
  of nationality ("Mexican", "Latin American"), months and week days;
- headings, and paragraphs written like headings (one short line, every word capitalized,
  no closing period): Title Case there means nothing, so only acronyms and titled names are
  taken from them;
- copyright lines ("© 2007-2019 ... ALL RIGHTS RESERVED").

Candidates are grouped by a folded key (accents, case, possessive 's, an acronym's plural
s); the text shown is the most frequent surface form (ties: the first seen).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from build_site.matcher import alias_key, fold, is_acronym
from build_site.model import Block, Candidate, Evidence, Mention, block_at

# A word: letters and digits, with inner dots, apostrophes, hyphens ("U.S", "O'Brien",
# "President-elect"). A final dot is added afterwards only for abbreviations ("U.S.",
# "Adm."), so "Rubio." at the end of a sentence stays "Rubio".
WORD = re.compile(r"[^\W_]\w*(?:[.'\u2019\-][^\W_]\w*)*")  # the loops written so the regex engine runs them fast
ASCII_CAPITAL = re.compile("[A-Z]")
POSSESSIVE = re.compile(r"['\u2019]s$", re.IGNORECASE)
# Sentences that are rights notices, not prose.
BOILERPLATE = re.compile(r"\u00a9|all rights reserved", re.IGNORECASE)

# Lower-case words allowed inside a run, and which may follow which. "and"/"y" join only
# inside an "X of A and B" name or an "Operation" name, so "Mexico and the United States"
# stays two runs while "Operation Fast and Furious" stays one.
CONNECTORS = frozenset("of the for on de del la los las y and".split())
CONNECTOR_SEQUENCES = frozenset(
    {("of",), ("of", "the"), ("for",), ("for", "the"), ("on",), ("on", "the"), ("de",),
     ("de", "la"), ("de", "los"), ("de", "las"), ("del",), ("and",), ("y",)}
)
# Words that take a run's "of"-part as their complement: "Department of ...", "Secretaría de ...".
OF_WORDS = frozenset("of de del".split())

# Titles before a person's name.
TITLES = frozenset(
    """president president-elect vice-president secretary undersecretary general gen. admiral
    adm. senator sen. rep. representative governor gov. ambassador amb. minister commander
    colonel col. lieutenant lt. captain capt. major maj. sergeant sgt. mayor judge justice
    attorney-general prosecutor commissioner director dr. mr. mrs. ms. prof. sheriff
    chancellor pope king queen prince""".split()
)
# Head words that make a run a program, an institution, a threat or a challenge.
PROGRAM_WORDS = frozenset(
    """initiative plan agreement accord accords declaration strategy program programme
    dialogue project pact treaty compact framework partnership mission""".split()
)
ORG_WORDS = frozenset(
    """department ministry secretaria secretariat agency command army navy force forces guard
    police cartel congress senate house council organization organisation administration
    commission office bureau service services court institute committee union unit
    authority bank party government foundation center centre association""".split()
)
THREAT_WORDS = frozenset("trafficking smuggling theft laundering crime crimes violence terrorism".split())
CHALLENGE_WORDS = frozenset("concern concerns deficit deficits differences tensions gap gaps shortfall crisis".split())

# The two countries, alone: never candidates. Compounds of them too ("U.S.-Mexico").
COUNTRY_WORDS = frozenset("u.s us usa u.s.a america mexico".split())
COUNTRY_NAMES = frozenset({"united states", "united states of america", "the united states"})
DEMONYMS = frozenset(
    """mexican mexicans american americans canadian canadians guatemalan guatemalans honduran
    hondurans salvadoran salvadorans colombian colombians venezuelan venezuelans cuban cubans
    haitian haitians chinese european europeans spanish english latin hispanic""".split()
)
CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
# Capitalized words that are never a name on their own and never lead one: function words
# and sentence adverbs that start sentences, and generic nouns of this subject.
STOPWORDS = frozenset(
    """a an the this that these those it its they their there here we our us he she his her
    i you your my in on at by for from with without as of to and but or nor so yet if when
    while although though because since despite however moreover meanwhile additionally
    furthermore therefore thus also both each every all some many most several such other
    another one two three first second last new key no not what which who whom how why
    where let during after before over under between among within through across beyond
    according given following amid conversely regardless instead still even only just more
    less recent recently today yesterday tomorrow said says hi hello dear cheers thanks
    comments comment reply post image images photo source credit editor ed author read
    share subscribe update government state states country countries nation nations
    border borders security army navy police military forces force officials president
    secretary general admiral minister spokesman spokeswoman numerous various certain few
    multiple major senior top former local""".split()
)
# Words that may belong to a name but are none alone: "North" (America), "Central" (America).
NOT_ALONE = frozenset("north south east west northern southern eastern western central".split())
# A paragraph of at most this many words, each capitalized or one of these small words, and
# without a closing period, is a heading written as plain text ("Key Figures in the Dialogue").
SMALL_WORDS = frozenset("a an the of in on at by for to and or nor but with from as vs via into over amid after".split())
TITLE_LIKE_MAX_WORDS = 14
# Words that, at the start of a sentence, are ordinary verbs or adverbs ("Supporting ...",
# "Reportedly ...") whatever the corpus says.
VERB_ENDINGS = ("ing", "ed", "ly")


class _Token(NamedTuple):
    """A word of a sentence. A named tuple: an article's sightings hold tens of thousands, and a
    tuple is made and pickled several times faster than a frozen dataclass."""

    start: int  # offsets into the sentence
    end: int  # without a possessive 's or an acronym's plural s
    raw_end: int  # as written, for adjacency
    text: str
    cap: bool
    acronym: bool
    possessive: bool
    key: str  # fold(text), as alias_key folds a word: computed once, every rule compares keys


@dataclass(slots=True)
class _Group:
    forms: dict[str, int] = field(default_factory=dict)  # surface text -> count, first seen first
    kinds: dict[str, str] = field(default_factory=dict)  # surface text -> kind
    articles: set[str] = field(default_factory=set)
    example: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Sighting:
    """A run of capitalized words in one sentence, before the corpus decides what it holds.

    Which words are ordinary depends on the whole corpus (the lower-case vocabulary), so an
    article's runs are found once, kept (and cached) with the article, and picked over later.
    """

    anchor: str
    sentence_index: int
    offset: int  # where the run starts in its sentence
    run: tuple[_Token, ...]  # offsets from the run's start, so the same words are the same run anywhere
    sentence_start: bool  # the run's first word is capitalized by grammar
    title_like: bool  # the run stands in a heading, or a paragraph written like one


Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class ArticleSightings:
    """What one article's text contributes to the candidates: its runs, and its lower-case words.

    Nothing here depends on the codebook (see `covered_spans`), so a codebook edit keeps it."""

    article_id: str
    vocabulary: str  # its lower-case words, space-separated: one string is far lighter than a set of them
    runs: tuple[Sighting, ...]


def article_sightings(article_id: str, blocks: Sequence[Block]) -> ArticleSightings:
    """The article's runs of capitalized words, each with what _pick needs to judge it later."""
    runs: list[Sighting] = []
    for block in blocks:
        title_like = _title_like(block)
        for index, sentence in enumerate(block.sentences):
            if BOILERPLATE.search(sentence.text) or _at_most_one_capital(sentence.text):
                continue  # one capital at most: the sentence's first word, never a candidate alone
            for run, starts, alone in _sentence_runs(sentence.text, title_like):
                offset = run[0].start
                relative = tuple(t._replace(start=t.start - offset, end=t.end - offset, raw_end=t.raw_end - offset)
                                 for t in run)
                runs.append(Sighting(block.anchor, index, offset, relative, starts and not alone, title_like and not alone))
    return ArticleSightings(article_id, _lowercase_vocabulary(blocks), tuple(runs))


def covered_spans(sightings: ArticleSightings, blocks: Sequence[Block], mentions: Sequence[Mention]) -> tuple[Spans, ...]:
    """For each run, the spans of it that the codebook's mentions already cover, from its start."""
    by_anchor: dict[str, list[tuple[int, int]]] = {}
    for mention in mentions:
        by_anchor.setdefault(mention.anchor, []).append((mention.start, mention.end))
    covered = []
    for seen in sightings.runs:
        start = block_at(blocks, seen.anchor).sentences[seen.sentence_index].start + seen.offset
        end = start + seen.run[-1].raw_end
        covered.append(tuple((s - start, e - start) for s, e in by_anchor.get(seen.anchor, ()) if s < end and start < e))
    return tuple(covered)


def find_candidates(
    blocks: Mapping[str, Sequence[Block]], sightings: Iterable[tuple[ArticleSightings, Sequence[Spans]]]
) -> tuple[Candidate, ...]:
    """Name-like phrases no mention covers, most frequent first: from each article's sightings
    and, for each of its runs, the spans mentions cover (`covered_spans`).

    A name recurs across a corpus, so each distinct run (its words, what covers it, where it
    stands) is judged once."""
    sightings = sorted(sightings, key=lambda pair: pair[0].article_id)
    vocabulary = frozenset(word for s, _ in sightings for word in s.vocabulary.split())
    judged: dict[tuple[tuple[_Token, ...], Spans, bool, bool], tuple[int, int] | None] = {}
    groups: dict[str, _Group] = {}
    for article, covered in sightings:
        for seen, taken in zip(article.runs, covered, strict=True):
            run = (seen.run, taken, seen.sentence_start, seen.title_like)
            if run in judged:
                span = judged[run]
            else:
                picked = _pick(list(seen.run), seen.sentence_start, list(taken), seen.title_like, vocabulary)
                span = judged[run] = (picked[0].start, picked[-1].end) if picked else None
            if span is None:
                continue
            sentence = block_at(blocks[article.article_id], seen.anchor).sentences[seen.sentence_index].text
            text = sentence[seen.offset + span[0] : seen.offset + span[1]]
            group = groups.setdefault(_group_key(text), _Group())
            group.forms[text] = group.forms.get(text, 0) + 1
            if text not in group.kinds:
                group.kinds[text] = suggest_kind(text)
            group.articles.add(article.article_id)
            if group.example is None:
                group.example = Evidence(article.article_id, seen.anchor, sentence)
    candidates = []
    for group in groups.values():
        text = max(group.forms, key=lambda form: group.forms[form])  # first seen wins a tie
        assert group.example is not None
        candidates.append(
            Candidate(
                text=text,
                suggested_kind=group.kinds[text],
                count=sum(group.forms.values()),
                articles=tuple(sorted(group.articles)),
                example=group.example,
            )
        )
    candidates.sort(key=lambda c: (-c.count, c.text.casefold(), c.text))
    return tuple(candidates)


def suggest_kind(text: str) -> str:
    """program, actor, threat or challenge, from the phrase's first and head words."""
    words = [alias_key(w) for w in WORD.findall(text)]
    if not words:
        return "actor"
    head_index = next((i - 1 for i, w in enumerate(words) if i and w in OF_WORDS | {"on", "for"}), len(words) - 1)
    head = words[head_index]
    before = words[head_index - 1] if head_index else ""
    if words[0] == "operation" or head in PROGRAM_WORDS or (before, head) == ("task", "force"):
        return "program"
    if words[0] in TITLES or words[0].rstrip(".") + "." in TITLES:
        return "actor"
    if head in THREAT_WORDS or head.endswith(("trafficking", "smuggling")):
        return "threat"
    if head in CHALLENGE_WORDS:
        return "challenge"
    return "actor"


# --- one sentence ------------------------------------------------------------------------


def _sentence_runs(sentence: str, title_like: bool) -> Iterable[tuple[tuple[_Token, ...], bool, bool]]:
    """(run, starts the sentence, an acronym standing alone in a heading) for each run, left to right."""
    tokens, starts = _tokens(sentence)
    runs = list(_runs(sentence, tokens))
    if title_like:  # a heading gives its titled names and its acronyms, each alone
        runs = [run for run in runs if not (len(run) == 1 and run[0].acronym)] + [[t] for t in tokens if t.acronym]
        runs.sort(key=lambda run: run[0].start)
    for run in runs:
        if len(run) == 1 and run[0].start in starts and not _may_lead_a_sentence(run[0]):
            continue  # a sentence's first word alone is capitalized by grammar: never a name
        yield tuple(run), run[0].start in starts, title_like and len(run) == 1 and run[0].acronym


def _may_lead_a_sentence(token: _Token) -> bool:
    """A sentence's first word that may still start a name: a title, an acronym, "Operation"."""
    return _is_title(token) or token.acronym or token.key == "operation"


def _at_most_one_capital(sentence: str) -> bool:
    """A quick test that lets most sentences skip tokenizing (exact for ASCII text)."""
    if not sentence.isascii():
        return False
    first = ASCII_CAPITAL.search(sentence)
    return first is None or ASCII_CAPITAL.search(sentence, first.end()) is None


def _tokens(sentence: str) -> tuple[list[_Token], set[int]]:
    """The sentence's capitalized words and connectors, and the offsets of the words capitalized
    by grammar (the first of the sentence, the first after a colon).

    Other lower-case words are left out: they never belong to a run, and the text they leave
    between two tokens already keeps those tokens from being adjacent. That is most words, so
    leaving them out is most of the speed of reading candidates."""
    found: list[_Token] = []
    starts: set[int] = set()
    expecting = True  # the next word is capitalized by grammar
    previous_end = 0
    for match in WORD.finditer(sentence):
        start, end = match.span()
        text = match.group()
        if ":" in sentence[previous_end:start]:
            expecting = True
        if expecting and text[0].isalpha():
            expecting = False
            starts.add(start)
        if text[0].islower():  # never a name, an acronym or a title; at most a connector
            if text in CONNECTORS:
                found.append(_Token(start, end, end, text, False, False, False, text))
            previous_end = end
            continue
        if sentence.startswith(".", end) and ("." in text or text.lower() + "." in TITLES or (len(text) == 1 and text.isupper())):
            end += 1
            text += "."
        previous_end = raw_end = end
        possessive = bool(POSSESSIVE.search(text))
        if possessive:
            end -= 2
            text = text[:-2]
        acronym = is_acronym(text)
        if not acronym and len(text) > 2 and text.endswith("s") and is_acronym(text[:-1]):
            end -= 1  # NGOs -> NGO
            text = text[:-1]
            acronym = True
        found.append(_Token(start, end, raw_end, text, text[0].isupper(), acronym, possessive, fold(text)))
    # Words in capitals next to each other are shouting ("MEXICO CITY", "ALL RIGHTS
    # RESERVED"), not acronyms: they are read as ordinary capitalized words.
    shouting = set()
    for left, right in zip(found, found[1:]):
        if left.acronym and right.acronym and _adjacent(sentence, left, right) and min(len(left.text), len(right.text)) >= 3:
            shouting.update((id(left), id(right)))
    return [t._replace(acronym=False) if id(t) in shouting else t for t in found], starts


def _adjacent(sentence: str, left: _Token, right: _Token) -> bool:
    return sentence[left.raw_end : right.start] in (" ", "-")


def _runs(sentence: str, tokens: list[_Token]) -> Iterable[list[_Token]]:
    """Maximal runs of capitalized words, with connectors inside ("Organization of American States")."""
    i = 0
    while i < len(tokens):
        if not tokens[i].cap:
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while j < len(tokens) and not run[-1].possessive:
            if not _adjacent(sentence, run[-1], tokens[j]):
                break
            if tokens[j].cap:
                run.append(tokens[j])
                j += 1
                continue
            k = j
            while k < len(tokens) and tokens[k].text in CONNECTORS and _adjacent(sentence, tokens[k - 1], tokens[k]):
                k += 1
            if k < len(tokens) and k > j and tokens[k].cap and _adjacent(sentence, tokens[k - 1], tokens[k]):
                if _may_connect(run, [t.text for t in tokens[j:k]], tokens[k]):
                    run.extend(tokens[j : k + 1])
                    j = k + 1
                    continue
            break
        yield run
        i = j


def _may_connect(run: list[_Token], connectors: list[str], following: _Token) -> bool:
    if tuple(connectors) not in CONNECTOR_SEQUENCES:
        return False
    if following.key in CALENDAR:
        return False  # "Mexico City on Wednesday"
    if connectors[0] in ("and", "y"):
        inside_name = run[0].key == "operation" or any(t.key in OF_WORDS for t in run)
        return inside_name and not _is_country_word(following)
    return True


def _pick(
    run: list[_Token], sentence_start: bool, covered: list[tuple[int, int]], title_like: bool,
    vocabulary: frozenset[str],
) -> list[_Token] | None:
    """The candidate a run holds, trimmed, or None."""
    countries = _country_tokens(run)
    if sentence_start and not _may_lead_a_sentence(run[0]) and (
        _ordinary(run[0], vocabulary) or run[0].key.endswith(VERB_ENDINGS)
    ):
        run = run[1:]
        # What is left must still look like a name: "Policy Differences" is no "Differences".
        rest = [t for t in run if t.text not in CONNECTORS]
        if len(rest) == 1 and not rest[0].acronym:
            return None
    # Leading function words and connectors: "The United States", "the Department of ...".
    while run and (
        run[0].text in CONNECTORS
        or (run[0].key in STOPWORDS and not run[0].acronym and not _is_title(run[0]) and len(run) > 1)
    ):
        run = run[1:]
    while run and run[-1].text in CONNECTORS:
        run = run[:-1]
    if not run:
        return None
    # A titled name starts at its title: "U.S. Secretary of State Marco Rubio".
    titled = False
    for i, token in enumerate(run):
        if _is_title(token) and any(_name_word(t, countries) for t in run[i + 1 :]):
            run, titled = run[i:], True
            break
    # A country word the codebook already covers may lead a name: "US House of Representatives".
    while len(run) > 1 and id(run[0]) in countries and _overlaps(run[0], covered):
        run = run[1:]
        while run and run[0].text in CONNECTORS:
            run = run[1:]
    if not run or _overlaps(run[0], covered):
        return None
    alias_at = next((i for i, t in enumerate(run) if _overlaps(t, covered)), len(run))
    if alias_at < len(run) and not (
        all(_overlaps(t, covered) or t.text in CONNECTORS for t in run[alias_at:])
        and any(_specific(t, countries, vocabulary) for t in run[:alias_at])
    ):
        return None  # a mention inside the run, or after words that name nothing on their own
    if title_like and not titled:
        return None
    words = [t for t in run if t.text not in CONNECTORS]
    if all(id(t) in countries or _is_title(t) or t.key in STOPWORDS for t in words):
        return None  # "United States", "President-elect of Mexico"
    if alias_key(" ".join(t.text for t in run)) in COUNTRY_NAMES:
        return None
    if len(run) == 1:
        token = run[0]
        if token.acronym:
            return None if token.key in STOPWORDS or (len(token.text) > 4 and token.key in vocabulary) else run
        if len(token.text) < 3 or token.key in DEMONYMS | CALENDAR | NOT_ALONE | ORG_WORDS or _ordinary(token, vocabulary):
            return None  # ORG_WORDS: "Office" is what is left of "Attorney General's Office"
        return run
    if run[-1].key in DEMONYMS:
        return None  # "Latin American", "North American"
    if not titled and not _has_head(run) and all(
        id(t) in countries or (not t.acronym and _ordinary(t, vocabulary)) for t in words
    ):
        return None  # "Security Partnership", "Border Security"
    return run


def _country_tokens(run: list[_Token]) -> set[int]:
    """ids of the tokens that name one of the two countries ("United States" is two tokens)."""
    ids = {id(t) for t in run if _is_country_word(t)}
    for left, right in zip(run, run[1:]):
        if (left.key, right.key) == ("united", "states"):
            ids.update((id(left), id(right)))
    return ids


def _is_country_word(token: _Token) -> bool:
    """U.S., US, USA, America, Mexico, or a hyphenated compound of them ("US-Mexico")."""
    return all(part.strip(".") in COUNTRY_WORDS for part in token.key.split("-"))


def _is_title(token: _Token) -> bool:
    return token.key in TITLES


def _name_word(token: _Token, countries: set[int]) -> bool:
    """A word that can be part of a person's name after a title."""
    return (
        token.cap
        and not token.acronym
        and token.text not in CONNECTORS
        and id(token) not in countries
        and not _is_title(token)
        and token.key not in ORG_WORDS
        and token.key not in STOPWORDS
    )


def _specific(token: _Token, countries: set[int], vocabulary: frozenset[str]) -> bool:
    """A word that makes a generic alias after it a proper name: "Sinaloa" in "Sinaloa Cartel"."""
    return (
        _name_word(token, countries)
        and token.key not in DEMONYMS | CALENDAR | NOT_ALONE
        and not _ordinary(token, vocabulary)
    )


def _has_head(run: list[_Token]) -> bool:
    """The run names an institution or a program by its head word."""
    return run[0].key == "operation" or suggest_kind(" ".join(t.text for t in run)) == "program" or any(
        t.key in ORG_WORDS for t in run
    )


def _ordinary(token: _Token, vocabulary: frozenset[str]) -> bool:
    """A common word: on the stop list, or written in lower case somewhere in the corpus."""
    key = token.key
    if key in STOPWORDS:
        return True
    forms = {key, key + "s"}
    if key.endswith("s"):
        forms.add(key[:-1])
    if key.endswith("es"):
        forms.add(key[:-2])
    if key.endswith("ies"):
        forms.add(key[:-3] + "y")
    return not forms.isdisjoint(vocabulary)


def _overlaps(token: _Token, covered: list[tuple[int, int]]) -> bool:
    return any(token.start < end and start < token.raw_end for start, end in covered)


# --- blocks and groups ------------------------------------------------------------------


def _lowercase_vocabulary(blocks: Sequence[Block]) -> str:
    """Every word the article writes in lower case, space-separated; together, the corpus's own
    list of ordinary words."""
    written = set(WORD.findall(fold("\n".join(block.text for block in blocks), keep_case=True)))
    return " ".join(sorted({(POSSESSIVE.sub("", word) if "'" in word else word).lower()
                            for word in written if word[0].islower()}))


def _title_like(block: Block) -> bool:
    """A heading, or a paragraph written like one: a short line of capitalized words."""
    if block.kind == "heading":
        return True
    text = block.text.rstrip()
    if len(block.sentences) != 1 or not text or text[-1] in ".!;,\"'\u201d":
        return False
    words = [w for w in WORD.findall(text) if w[0].isalpha()]
    return 0 < len(words) <= TITLE_LIKE_MAX_WORDS and all(w[0].isupper() or w.lower() in SMALL_WORDS for w in words)


def _group_key(text: str) -> str:
    """One key per name: "Secretary Omar García Harfuch" and "Omar Garcia Harfuch" group together."""
    words = alias_key(POSSESSIVE.sub("", text)).split(" ")
    while len(words) > 2 and (words[0] in TITLES or words[0] + "." in TITLES):
        words = words[1:]
    return " ".join(words)
