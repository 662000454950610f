"""Candidates: name-like phrases the codebook does not cover, for an analyst to review.

What looks like a name:
- a run of capitalized words, with lower-case connectors inside ("Organization of American
  States", "Secretaría de Seguridad", "Joint Task Force on Border Security");
- an acronym ("AP", "SEDENA", "NGOs" -> "NGO");
- a titled name ("Secretary Rubio", "General Gregory Guillot", "Adm. José Rafael Ojeda Durán"),
  which starts at the title: "U.S. Secretary of State Marco Rubio" -> "Secretary of State
  Marco Rubio"; a long office ends at a name its middle initial marks ("... Financial
  Intelligence Brian E. Nelson" -> "Brian E. Nelson"), at its last common noun ("Minister of
  Emergency Preparedness Bill Blair" -> "Bill Blair") or at the run's last title ("Chief Public
  Health Officer Dr. Theresa Tam" -> "Theresa Tam");
- a single capitalized word inside a sentence ("Khashoggi", "Paris", "Washington");
- an effort's head word, a colon and its subtitle ("Mission: Iconic Reefs"), one name of the
  head word's kind, never "Mission" and "Iconic Reefs".

What does not, each rule with its reason (precision first: the analyst reads every line):
- anything overlapping a mention: the codebook already covers it. Except a name that ends in a
  generic alias after a word that names something on its own: "Sinaloa Cartel" is a candidate
  although "cartel" is an alias, "Secretary Rubio" and "Mexican Cartel" are not;
- the first word of a sentence: it is capitalized by grammar, not because it is a name. It
  is never a candidate alone (only one more sighting of a name seen inside sentences:
  "Atomflot icebreakers will help ..."), and leads a run only if it is not an ordinary word;
- ordinary words: a small stop list (below), plus any word the corpus itself writes in
  lower case somewhere ("Border", "Countries", "Opioids"): capitalizing an ordinary word is
  emphasis, not a name. But a common word that opens a name stays in it ("New York", not
  "York") where the corpus writes the pair capitalised inside sentences or it begins a known
  place (`_opens_a_name`). The same test drops a run made only of ordinary words ("Security
  Partnership"), unless its head word makes it an institution or a program ("Joint Task
  Force", "Department of Homeland Security") or a direction word leads it ("Northern Sea
  Route", "Northern Fleet");
- place names alone, unless the briefing has a kind for places (then they are suggested the
  one their head noun names: `place_kind_of`, `candidate_kinds.place_kind_for`; without one,
  `places_left_out` counts them for `briefing check`), and a paragraph's dateline: capitals, provinces and regions from a general list
  (countries.py), "X of Y"/"X Sea"-style geography ("Gulf of Aden", "Red Sea"), a feature by
  its head or lead word ("Hoover Dam", "Colorado River Basin", "Lake Mead"), a town known
  by the place after it ("Laredo, Texas"), a name most of whose sightings place something
  there ("in Timbuktu", "the Sahel region"), and one after a word of the compass ("in western
  Darfur", "North Darfur"); never countries themselves; the codes of
  the codebook's countries ("US", "U.S."), adjectives of nationality ("Mexican", "Latin
  American"), months and week days;
- citations and fiscal years ("FY2017", "E.O.", "P.L.", "Section 8305"), a word of a hyphenated
  number-name ("Study" of "24-Month Study"), and sentences crediting a photo; an instrument with
  its number is a name, though ("Minute 323", "Executive Order 13224": `candidate_shapes`);
- a codebook name in another case ("SALT LAKE CITY" of "Salt Lake City"): its topic's already;
- headings, and paragraphs written like headings (one short line, every word capitalized,
  no closing period): Title Case there means nothing, so only acronyms and titled names are
  taken from them;
- copyright lines ("© 2007-2019 ... ALL RIGHTS RESERVED");
- a role without a name ("Special Agent", "Acting Chief"): a run ending in a title word (after
  an organization's head, the title alone is cut: "Northern Fleet Commander");
- a name only one article gives, when the corpus has several: the review queue is read in
  full, and one press release's defendants, judges and agents crowd out what recurs. A
  name the text defines ("Full Name (ACR)", "also known as ...") is kept all the same, and so
  is a person the article quotes or names with a title and names again ("Dr Roger Beeden said
  ... Beeden said"): the people who speak are what an analyst wants from a release;
- a unit or scale of measure ("degrees Fahrenheit", "degree heating weeks (DHW)"), and the
  second of two regions named by words of the compass and one plural head ("Northern and
  Southern Hemispheres").

Name particles joined by a hyphen ("al-Khaliq", "al-Din") are words of the name around them,
so "Abd al-Khaliq Badr al-Din al-Houthi" is one name, never "Abd" and "Badr".

Candidates are grouped by a folded key (accents, case, possessive 's, an acronym's plural
s); the text shown is the most frequent surface form (ties: the first seen). "Full Name (ACR)"
is one candidate, and a new name or acronym written beside a codebook name is offered as an
alias of that topic, if the name may be of that topic's kind ("known as" after the object of
a noun's "of" names the noun: "the former head of the Cartel, known as El Chapo"); so is the surname of a person of
the codebook ("Biden" of "Joe Biden"), unless two people share it. Lower-case phrases with a
threat's or challenge's head word that recur ("crude oil smuggling") are candidates too.

Each candidate is suggested a kind among the briefing's kinds (`suggest_kind`): a program by
its head word ("Initiative", "Order"), or as a designation ("Foreign Terrorist Organization";
an organization is designated only as terrorist: "International Organization for Migration" is a body),
an agreement ("Compact", "Minute") where the briefing has a kind for agreements, a place by a
word of geography ("Lake Mead": the briefing's kind for places, or none, never an actor),
an actor by a title or by default, a threat or a challenge by its head word, a vessel by its
prefix or the word for a ship before or after it ("USS Carney", "the Galaxy Leader cargo ship",
"the Galaxy Leader, a vehicle carrier"). A name whose head says nothing takes the kind the word
before it calls it by, unless the text cites it as a source ("according to Cal Fire": an actor), in the words of the briefing's own kinds (`kind_words`:
"conventions such as MARPOL" is a `regulation`). A briefing without `actor` files a person or a
body under its own kind of that sort (`candidate_kinds`: "Luis Arce" an `official`, "Codelco" a
`company`). Where no kind of the briefing stands for what a name is, it carries none, for the
analyst to choose. Demonyms ("Argentine") and a role headed by a title word ("Secretary for
Economic Growth") are no candidates.

Sources are no candidates (`candidate_sources`): news agencies and media, the spokespeople of
bodies the codebook does not follow, languages. A codebook acronym in another case ("Jnim" for
JNIM) is offered as that topic's alias, and so is a codebook name without the country that
leads it ("Food and Drug Administration" of "U.S. Food and Drug Administration").

An acronym defined by lower-case words takes their nature ("highly pathogenic avian influenza
(HPAI)": a pathogen), or, where their head says none, the kind whose codebook topics share that
head ("perfluorooctanoic acid (PFOA)": a `chemical` beside "perfluorononanoic acid"), never a
body's by default; an acronym never written beside its name takes the kind of the candidate
whose initials it is ("USGS", "U.S. Geological Survey"); a name led by digits ("3M") is a name
where it heads its phrase (`candidate_shapes`); a virus subtype ("H5N1") is a name of its own, never part of a run; a
body's or a feature's name cut at "and" keeps its first part ("Animal and Plant Health Inspection
Service", "U.S. Fish and Wildlife Service", "Chicago Sanitary and Ship Canal", "Brandon Road Lock
and Dam"), and "St." keeps its dot ("St. Joseph River").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

import ahocorasick

from build_site import candidate_kinds as sorts
from build_site import candidate_shapes as shapes
from build_site import candidate_sources as sources
from build_site.calendar_words import MONTHS, WEEKDAYS
from build_site.countries import PLACE_MODIFIERS, codes_of, country_codes, country_of, is_place
from build_site.facts import TIME_UNIT_WORDS
from build_site.gazetteer import is_planet, is_town
from build_site.kinds import KIND_NAMES, PLACE_KIND_NAMES
from build_site.matcher import DESIGNATION_ABBREVIATIONS, alias_key, fold, is_acronym
from build_site.model import (
    DEFAULT_KINDS,
    KINDS,
    Block,
    Briefing,
    Candidate,
    Evidence,
    Kind,
    Mention,
    Sentence,
    Topic,
    block_at,
)
from build_site.name_checks import TITLE_WORDS, surname
from build_site.person_names import is_person_name
from build_site.speakers import SAYING_VERBS
from build_site.text import ABBREVIATIONS

# A word: letters and digits, with inner dots, apostrophes, hyphens ("U.S", "O'Brien",
# "President-elect"). A final dot is added afterwards only for abbreviations ("U.S.",
# "Adm."), so "Rubio." at the end of a sentence stays "Rubio".
WORD = re.compile(r"[^\W_]\w*(?:[.'\u2019\-][^\W_]\w*)*")  # the loops written so the regex engine runs them fast
ASCII_CAPITAL = re.compile("[A-Z]")
# A name particle joined to a name by a hyphen: "al-Khaliq", "al-Din". The word is part of the
# name around it ("Abd al-Khaliq Badr al-Din al-Houthi" is one name, not "Abd" and "Badr").
PARTICLE_NAME = re.compile(r"(?:al|el|ad|ash|bin|ibn|abu)-[A-Z]")
POSSESSIVE = re.compile(r"['\u2019]s$", re.IGNORECASE)
# Sentences that are rights notices, not prose.
BOILERPLATE = re.compile(r"\u00a9|all rights reserved", re.IGNORECASE)

# Lower-case words allowed inside a run, and which may follow which. "and"/"y" join only
# inside an "X of A and B" name or an "Operation" name, so "Mexico and the United States"
# stays two runs while "Operation Fast and Furious" stays one.
CONNECTORS = frozenset("of the for on de del la los las y and al el bin ibn van von der da di du".split())
# The words `_tokens` reads, as WORD finds them, one match each: most words are lower-case and
# never part of a run, so the regex engine steps over them instead of Python testing each. It
# skips only a word starting with an ASCII lower-case letter whose first part is no connector
# and no name particle (`PARTICLE_NAME`); every other word is group 1, for `_tokens` to judge
# as before. `\Z` ends the last match where no word is left, so no search restarts inside a word.
_WORD_TAIL = r"\w*+(?:[.'\u2019\-][^\W_]\w*+)*+"
_KEPT_PREFIXES = "|".join(
    sorted(CONNECTORS | {"al", "el", "ad", "ash", "bin", "ibn", "abu"}, key=lambda w: (-len(w), w))
)
WORD_OF_NOTE = re.compile(
    rf"(?:[\W_]*+(?!(?:{_KEPT_PREFIXES})(?!\w))[a-z]{_WORD_TAIL})*+[\W_]*+(?:([^\W_]{_WORD_TAIL})|\Z)"
)
CONNECTOR_SEQUENCES = frozenset(
    {
        ("of",),
        ("of", "the"),
        ("for",),
        ("for", "the"),
        ("on",),
        ("on", "the"),
        ("de",),
        ("de", "la"),
        ("de", "los"),
        ("de", "las"),
        ("del",),
        ("and",),
        ("y",),
        ("al",),
        ("el",),
        ("bin",),
        ("ibn",),
        ("van",),
        ("von",),
        ("van", "der"),
        ("da",),
        ("di",),
        ("du",),
    }
)
# Words that take a run's "of"-part as their complement: "Department of ...", "Secretaría de ...".
OF_WORDS = frozenset("of de del".split())

# A candidate must be seen in this many articles, unless the text defines it (`_supported`).
MIN_ARTICLES = 2
# Head words that make a run a program, an institution, a threat or a challenge.
PROGRAM_WORDS = frozenset(
    """initiative plan agreement accord accords declaration strategy program programme
    dialogue project pact treaty compact framework partnership mission protocol protocols
    act law resolution order convention conventions code annex regulation regulations ban ordinance
    ordinances directive directives statute""".split()
)
# A designation is a list a government puts actors on, a measure like a program: its head
# names what is listed, and only words that classify come before it ("Foreign Terrorist
# Organization", "Specially Designated Global Terrorist", "Transnational Criminal Organization").
DESIGNATED = frozenset("organization organizations terrorist terrorists trafficker traffickers nationals".split())
CLASSIFIERS = frozenset(
    "foreign global transnational international criminal terrorist narcotics significant specially designated".split()
)
# Head words of an effort whose name may go on after a colon with its subtitle: "Mission: Iconic
# Reefs", "Operation: Lone Star" (`_before_its_subtitle`).
SUBTITLED_HEADS = frozenset("mission operation project initiative campaign program programme".split())
# Head words of an agreement between parties ("Colorado River Compact", "Minute 323"): a
# program where the briefing has no kind for agreements.
AGREEMENT_WORDS = frozenset(
    """agreement agreements accord accords pact treaty compact convention conventions minute memorandum
    memoranda""".split()
)
# Prefixes of a ship's name ("USS Carney", "MV Suez", "HNLMS Johan de Witt"), and words for a
# ship before a name ("the destroyer USS Carney", "one ship, the Galaxy Leader").
VESSEL_PREFIXES = frozenset("uss usns hms hmas hmcs hnlms hdms ins mv m.v. mt fv ss roks rfa nrb tcg pns".split())
VESSEL_WORDS = frozenset(
    """ship vessel tanker carrier freighter destroyer frigate warship tugboat tug yacht supertanker
    icebreaker cruiser corvette submarine trawler dhow""".split()
)
ORG_WORDS = frozenset(
    """department ministry secretaria secretariat agency command army navy force forces guard
    police congress senate house council organization organisation administration
    commission office bureau service services court institute committee union unit
    authority bank party government foundation center centre association fleet flotilla""".split()
)
# The last word of a name that "Word and" may begin: "Immigration and Nationality [Act]".
NAME_HEADS = ORG_WORDS | frozenset("act law code protection".split())
THREAT_WORDS = frozenset(
    """trafficking smuggling theft laundering crime crimes violence terrorism piracy kidnapping
    kidnappings extortion hijacking hijackings insurgency""".split()
)
# Head words of a disease or its agent ("Avian Influenza", "HPAI viruses").
DISEASE_WORDS = frozenset("influenza flu virus viruses disease diseases fever pox plague infection infections".split())
# An influenza virus's subtype ("H5N1", "H7N9"): a name, though written with digits.
VIRUS_SUBTYPE = re.compile(r"[Hh]\d{1,2}[Nn]\d{1,2}")
CHALLENGE_WORDS = frozenset(
    """concern concerns deficit deficits differences tensions gap gaps shortfall shortfalls
    crisis shortage shortages backlog backlogs delays""".split()
)

# Demonyms beyond one country ("European", "Latin American"); each country's own come from
# the general list of countries (countries.py).
REGIONAL_DEMONYMS = frozenset(
    "european europeans african africans asian asians latin hispanic arab arabs western".split()
)
# Words of a date, no part of a name: "June 27", "on Monday".
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
# Abbreviations that lead a place's or a saint's name with their dot: "St. Joseph River", "Mt. Hood".
NAME_ABBREVIATIONS = frozenset("st ste mt ft".split())
# Head words of a geographic feature: "Colorado River Basin", "Hoover Dam", "Glen Canyon".
FEATURE_HEADS = frozenset(
    """sea seas gulf strait straits ocean river rivers bay canal island islands peninsula coast
    desert valley lake lakes mountain mountains basin dam dams reservoir reservoirs canyon canyons
    plateau glacier creek lagoon""".split()
)
# First words of a feature's name of two words: "Lake Mead", "Mount Elbert".
FEATURE_LEADS = frozenset("lake lakes mount mt. mt".split())
# Words of geography whose run is a place, which the briefing has no kind for: "Red Sea",
# "Gulf of Aden", "Bab al Mandeb Strait", "Gaza Strip".
PLACE_HEADS = FEATURE_HEADS | frozenset(
    "cape strip region province state city county route passage port springs falls heights".split()
)
# A sentence that credits a picture or a source, not prose.
CREDIT = re.compile(
    r"\b(?:photo|image|getty images|file photo|courtesy of)\b|\bvia (?:AP|Reuters|AFP)\b", re.IGNORECASE
)


def _any_of(words: Iterable[str]) -> ahocorasick.Automaton:
    """An automaton finding any of `words` anywhere in a text, even inside another word, in
    one pass: what testing each word in turn as a substring finds, at a fraction of the cost."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


# What every match of BOILERPLATE or CREDIT in ASCII text holds once lower-cased.
NOT_PROSE_CLUES = _any_of(["all rights reserved", "photo", "image", "courtesy of", "via ap", "via reuters", "via afp"])

# Capitalized words that are never a name on their own and never lead one: function words
# and sentence adverbs that start sentences, and the generic nouns of any government's prose.
STOPWORDS = frozenset(
    """a an the this that these those it its they their there here we our us he she his her
    i you your my in on at by for from with without as of to and but or nor so yet if when
    while although though because since despite however moreover meanwhile additionally
    furthermore therefore thus also both each every all some many most several such other
    another one two three four five six seven eight nine ten first second last new key no
    not what which who whom how why
    where let during after before over under between among within through across beyond
    according given following amid conversely regardless instead still even only just more
    less recent recently today yesterday tomorrow said says hi hello dear cheers thanks
    comments comment reply post image images photo source credit editor ed author read
    share subscribe update government state states country countries nation nations
    president secretary general admiral minister spokesman spokeswoman numerous various
    certain few multiple major senior top former local""".split()
)
# Words of the stop list that are adjectives, numerals or nouns, not function words: capitalised
# mid-sentence, they may open a name ("New York", "First Nations", "Five Eyes", "State
# Department"), which `_name_leads` decides from the corpus.
NAME_OPENERS = frozenset(
    """new key first second last one two three four five six seven eight nine ten government
    state nation nations major""".split()
)
# Words that may belong to a name but are none alone: "North" (America), "Central" (America).
NOT_ALONE = frozenset(
    "north south east west northern southern eastern western central southeast southwest northeast northwest".split()
)
# A paragraph of at most this many words, each capitalized or one of these small words, and
# without a closing period, is a heading written as plain text ("Key Figures in the Dialogue").
SMALL_WORDS = frozenset(
    "a an the of in on at by for to and or nor but with from as vs via into over amid after".split()
)
TITLE_LIKE_MAX_WORDS = 14
# Words that, at the start of a sentence, are ordinary verbs or adverbs ("Supporting ...",
# "Reportedly ...") whatever the corpus says.
VERB_ENDINGS = ("ing", "ed", "ly")


class _Token(NamedTuple):
    """A word of a sentence. A named tuple: an article's sightings hold a great many, and a
    tuple is cheaper to make and to pickle than a frozen dataclass (benchmarks/RESULTS.md)."""

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
    kinds: dict[str, str | None] = field(default_factory=dict)  # surface text -> kind (None: no kind fits)
    context: dict[str, int] = field(default_factory=dict)  # words around its sightings -> count
    articles: set[str] = field(default_factory=set)
    example: Evidence | None = None
    phrase: bool = False
    place: bool = False  # once seen as "X, <place>": a town ("Laredo, Texas"), or a known place
    placed: int = 0  # sightings where the text places something there ("in Timbuktu", "the Sahel region")
    settled: int = 0  # sightings before a word for where people live ("the Altadena neighborhoods")
    qualifying: int = 0  # sightings before a lower-case noun ("Tuareg separatists"): `candidate_shapes`
    heading: int = 0  # sightings that head their phrase ("BlackCat,", "JNIM claimed")
    numbered: int = 0  # sightings before a number ("DDG 87")
    voiced: int = 0  # sightings giving a person as the voice of a body the codebook does not follow
    acronym: str | None = None  # "Drug Enforcement Administration (DEA)": its acronym
    alias_of: str | None = None
    defined: str | None = None  # the lower-case words an acronym is defined by ("perfluorooctanoic acid")
    subtyped: int = 0  # sightings before a virus subtype ("HPAI H5N1")
    titled: int = 0  # sightings after a title written as one ("General Garcia"; not "a major deal")
    cited: int = 0  # sightings the text cites as its source ("according to Cal Fire")
    shipped: int = 0  # sightings a word for a ship follows ("the Galaxy Leader cargo ship", "..., a vehicle carrier")
    surname: str | None = None  # a person's surname joined to the full name every article of it writes
    quoted: int = 0  # sightings given as a speaker ("Beeden said", "said ... co-lead Sarah Fangman")
    called: dict[str, int] = field(default_factory=dict)  # class nouns after its sightings ("Orion spacecraft")


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
    phrase: bool = False  # a lower-case phrase with a threat's or challenge's head word
    opening: bool = False  # a sentence's first word alone: a name only if seen as one elsewhere


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
        heading = title_like(block)
        for index, sentence in enumerate(block.sentences):
            if _not_prose(sentence.text):
                continue
            for phrase in _phrases(sentence.text):
                offset = phrase[0].start
                runs.append(Sighting(block.anchor, index, offset, _shifted(phrase, offset), False, False, True))
            if _at_most_one_capital(sentence.text):
                continue  # one capital at most: the sentence's first word, never a candidate alone
            for run, starts, alone in _sentence_runs(sentence.text, heading):
                offset = run[0].start
                opening = starts and len(run) == 1 and not _may_lead_a_sentence(run[0])
                if opening and heading:
                    continue
                runs.append(
                    Sighting(
                        block.anchor,
                        index,
                        offset,
                        _shifted(run, offset),
                        starts and not alone,
                        heading and not alone,
                        opening=opening,
                    )
                )
    return ArticleSightings(article_id, _lowercase_vocabulary(blocks), tuple(runs))


def _not_prose(sentence: str) -> bool:
    """A rights notice or a photo credit. Most sentences hold none of the clues, which one pass
    finds in ASCII text (where ignoring case is lower-casing), so the patterns rarely run."""
    if sentence.isascii() and next(NOT_PROSE_CLUES.iter(sentence.lower()), None) is None:
        return False
    return BOILERPLATE.search(sentence) is not None or CREDIT.search(sentence) is not None


def _shifted(run: Iterable[_Token], offset: int) -> tuple[_Token, ...]:
    """The run's tokens with offsets from `offset`."""
    return tuple(
        _Token(t.start - offset, t.end - offset, t.raw_end - offset, t.text, t.cap, t.acronym, t.possessive, t.key)
        for t in run
    )


def covered_spans(
    sightings: ArticleSightings, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> tuple[Spans, ...]:
    """For each run, the spans of it that the codebook's mentions already cover, from its start."""
    by_anchor: dict[str, list[tuple[int, int]]] = {}
    for mention in mentions:
        by_anchor.setdefault(mention.anchor, []).append((mention.start, mention.end))
    within = {anchor: _overlapping(spans) for anchor, spans in by_anchor.items()}
    covered = []
    for seen in sightings.runs:
        start = block_at(blocks, seen.anchor).sentences[seen.sentence_index].start + seen.offset
        end = start + seen.run[-1].raw_end
        spans = within[seen.anchor](start, end) if seen.anchor in within else []
        covered.append(tuple((s - start, e - start) for s, e in spans))
    return tuple(covered)


def _overlapping(spans: list[tuple[int, int]]) -> Callable[[int, int], list[tuple[int, int]]]:
    """The spans (in their order) that overlap a range from start to end: a slice found by
    bisection when their starts and their ends are both in order (as a block's mentions are, one
    after another), else a pass over them all."""
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    if starts == sorted(starts) and ends == sorted(ends):
        return lambda start, end: spans[bisect_right(ends, start) : bisect_left(starts, end)]
    return lambda start, end: [(s, e) for s, e in spans if s < end and start < e]


def find_candidates(
    blocks: Mapping[str, Sequence[Block]],
    sightings: Iterable[tuple[ArticleSightings, Sequence[Spans]]],
    topics: Sequence[Topic] = (),
    mentions: Sequence[Mention] = (),
    min_articles: int = MIN_ARTICLES,
    kinds: Sequence[Kind] = DEFAULT_KINDS,
    people: Collection[str] = (),
) -> tuple[Candidate, ...]:
    """Name-like phrases no mention covers, most frequent first: from each article's sightings
    and, for each of its runs, the spans mentions cover (`covered_spans`).

    A name recurs across a corpus, so each distinct run (its words, what covers it, where it
    stands) is judged once. Then: a name followed by its acronym in brackets is one candidate
    with it ("Drug Enforcement Administration (DEA)"), and one beside a codebook name is
    offered as an alias of that topic; a surname alone joins the full name the same article
    gives, and one that is the surname of a person of the codebook (`people`: their topic ids)
    is offered as an alias of that person, unless two of them share it; a town is known by the
    place after it ("Laredo, Texas"); a lower-case phrase must recur to count. `topics` name the countries whose codes ("US", "MX") are no names.
    A candidate must be seen in `min_articles` articles (or all of a smaller corpus), unless
    the text defines it (`_supported`). Each is suggested a kind among the briefing's kinds
    (`kinds`: their ids, and their singular and plural labels, which may say what they hold).
    A name is offered as an alias of a topic only if it may be of that topic's kind ("a
    predecessor organization known as the Guadalajara Cartel" names no money laundering); an
    acronym says nothing of its kind, so it always may."""
    sightings = sorted(sightings, key=lambda pair: pair[0].article_id)
    ids = [kind.id for kind in kinds]
    vocabulary = frozenset(word for s, _ in sightings for word in s.vocabulary.split())
    codes = _codebook_codes(topics)
    place_kind = place_kind_of(kinds)  # places are candidates only where the briefing has a kind for them
    topic_at = _mention_index(mentions)
    leads = _name_leads(seen for article, _ in sightings for seen in article.runs)
    nouns = sorts.class_nouns(kinds, topics)
    judged: dict[tuple[tuple[_Token, ...], Spans, bool, bool, bool], tuple[int, int] | None] = {}
    groups: dict[str, _Group] = {}
    seen_at: dict[tuple[str, str, int], list[tuple[int, int, str]]] = {}  # sentence -> (start, end, group key)
    openings: list[tuple[str, str, int, Sighting]] = []  # article, sentence, offset, sighting
    datelines: set[str] = set()  # the places paragraphs open on as their dateline ("WASHINGTON —")
    for article, covered in sightings:
        for seen, taken in zip(article.runs, covered, strict=True):
            if seen.opening:
                if not taken:
                    sentence = block_at(blocks[article.article_id], seen.anchor).sentences[seen.sentence_index].text
                    openings.append((article.article_id, sentence, seen.offset, seen))
                continue
            run = (seen.run, taken, seen.sentence_start, seen.title_like, seen.phrase)
            if run in judged:
                span = judged[run]
            elif seen.phrase:
                span = judged[run] = None if taken else (0, seen.run[-1].end)
            else:
                picked = _pick(
                    list(seen.run),
                    seen.sentence_start,
                    list(taken),
                    seen.title_like,
                    vocabulary,
                    codes,
                    bool(place_kind),
                    leads,
                )
                picked = _untitled(picked, vocabulary) if picked else None
                span = judged[run] = (picked[0].start, picked[-1].end) if picked else None
            if span is None and not seen.phrase and not taken:
                line = block_at(blocks[article.article_id], seen.anchor).sentences[seen.sentence_index]
                span = _named_by_its_acronym(line.text, seen)
            if span is None:
                continue
            line = block_at(blocks[article.article_id], seen.anchor).sentences[seen.sentence_index]
            sentence = line.text
            start, end = seen.offset + span[0], seen.offset + span[1]
            if not seen.phrase and sentence.startswith(" (", end):
                start = _with_its_defined_start(sentence, seen, start, end)
            if not seen.phrase and sentence.endswith((" and ", " & "), 0, start):  # "Animal and |Plant ..."
                mentioned = topic_at.get((article.article_id, seen.anchor), ())
                start = _with_its_first_part(
                    sentence, start, end, [(s - line.start, e - line.start) for s, e, _ in mentioned], codes
                )
            if _in_an_address(sentence, start, end) or _a_pair_of_regions(sentence, start, end):
                continue
            if line.start == 0 and start == 0 and _a_dateline(sentence, end):
                datelines.add(group_key(sentence[start:end]))
                continue
            text = sentence[start:end]
            key = group_key(text)
            group = groups.setdefault(key, _Group())
            group.forms[text] = group.forms.get(text, 0) + 1
            if text not in group.kinds:
                group.kinds[text] = suggest_kind(text, ids)
            group.articles.add(article.article_id)
            for word in _word_before(sentence, start):
                group.context[word] = group.context.get(word, 0) + 1
            group.titled += _after_a_title(sentence, start)
            group.phrase = seen.phrase
            if not seen.phrase and (phrase := _defining_phrase(sentence, start, end)) is not None:
                group.defined = phrase
            group.subtyped += not seen.phrase and SUBTYPE_AFTER.match(sentence, end) is not None
            group.place = group.place or (not seen.phrase and (_before_a_place(sentence, end) or _known_place(text)))
            group.placed += not seen.phrase and _in_a_place(sentence, start, end, text)
            group.settled += not seen.phrase and _before_a_settlement(sentence, end)
            group.qualifying += not seen.phrase and shapes.qualifies(sentence, end)
            group.shipped += not seen.phrase and _called_a_ship_after(sentence, start, end)
            group.cited += not seen.phrase and ACCORDING_TO.search(sentence, max(0, start - 20), start) is not None
            group.quoted += not seen.phrase and _a_speaker(sentence, start, end)
            group.heading += not seen.phrase and shapes.heads(sentence, end)
            group.numbered += not seen.phrase and shapes.coded(sentence, end)
            group.voiced += not seen.phrase and _voice(
                line, start, end, topic_at.get((article.article_id, seen.anchor), ())
            )
            if not seen.phrase and (noun := _class_noun(sentence, end, nouns, text)) is not None:
                group.called[noun] = group.called.get(noun, 0) + 1
            if group.example is None:
                group.example = Evidence(article.article_id, seen.anchor, sentence)
            seen_at.setdefault((article.article_id, seen.anchor, seen.sentence_index), []).append((start, end, key))
    _add_openings(groups, openings, vocabulary)
    for key in datelines.intersection(groups):
        groups[key].place = True  # "LAREDO, Texas –" says Laredo is a place, where else it stands
    _suggest_by_definition(groups, ids, sorts.kind_heads(kinds, topics))
    _suggest_by_context(groups, kind_words(kinds, topics), ids)
    _suggest_vessels(groups, ids)
    _suggest_people_and_bodies(groups, kinds, topics, vocabulary)
    if place_kind:
        _suggest_places(groups, sorts.place_kinds(kinds, topics, PLACE_KIND_NAMES))
    _suggest_acronyms_as_their_names(groups)
    _join_acronyms(groups, seen_at, blocks, topic_at)
    _join_designated_names(groups)
    _suggest_by_class_noun(groups, nouns, topics)  # after the join: "the SLS rocket" calls the Space Launch System
    _no_person_with_an_acronym(groups, sorts.kinds_by_sort(kinds, topics).get("person"))
    _drop_fragments(groups, seen_at, blocks, vocabulary)
    _join_coded_names(groups, codes)
    _keep_aliases_of_their_kind(groups, {topic.id: topic.kind for topic in topics})
    _offer_names_without_their_country(groups, topics)
    _offer_acronyms_in_other_case(groups, topics)
    _offer_inverted_names(groups, topics)
    _join_surnames(groups)
    _offer_surnames(groups, [topic for topic in topics if topic.id in people])
    _drop_countries_institutions(groups)
    qualifiers = shapes.qualifier_words(name for topic in topics for name in (topic.name, *topic.aliases))
    media_kind = sources.media_kind_of(ids)
    known = {group_key(name) for topic in topics for name in topic.names}
    candidates = []
    for key, group in groups.items():
        if key in known and group.alias_of is None:
            continue  # a known name in another case ("SALT LAKE CITY" of "Salt Lake City"): its topic's already
        if group.forms and media_kind and _a_source(group):
            group.kinds = {form: media_kind for form in group.kinds}
        elif group.forms and _a_source(group):
            continue
        if (
            not group.forms
            or (_place_like(group) and not place_kind)
            or _a_demonym_or_role(group)
            or _a_measure(group)
            or _a_contraction(group)
            or (
                not group.phrase
                and group.acronym is None
                and group.alias_of is None
                and _shaped_otherwise(group, qualifiers)
            )
            or not _supported(group, min(min_articles, len(blocks)))
        ):
            continue
        names = [form for form in group.forms if group_key(form) != group_key(group.acronym or "")]
        if group.surname is not None:  # "François Bonnardel", not "Bonnardel"
            names = [form for form in names if group_key(form) != group.surname]
        text = max(names or group.forms, key=lambda form: group.forms[form])  # first seen wins a tie
        assert group.example is not None
        candidates.append(
            Candidate(
                text=f"{text} ({group.acronym})" if group.acronym else text,
                suggested_kind=group.kinds[text],
                count=sum(group.forms.values()),
                articles=tuple(sorted(group.articles)),
                example=group.example,
                alias_of=group.alias_of,
            )
        )
    candidates.sort(key=lambda c: (-c.count, c.text.casefold(), c.text))
    return tuple(candidates)


# A virus subtype right after a name: "HPAI| H5N1".
SUBTYPE_AFTER = re.compile(r" [Hh]\d{1,2}[Nn]\d{1,2}\b")
# Lower-case words spelling the acronym in brackets after them: "highly pathogenic avian influenza (".
DEFINED_BY = re.compile(r"((?:[a-z][a-z-]*\s){1,6})\($")


def _defining_phrase(sentence: str, start: int, end: int) -> str | None:
    """The lower-case words an acronym stands for, when the text defines it by them ("highly
    pathogenic avian influenza (HPAI)", "perfluorohexane sulfonate (PFHxS)"); None for a name
    defined otherwise. An acronym may hold a lower-case letter among its capitals ("PFHxS")."""
    if not sentence.startswith(")", end) or not _an_abbreviation(acronym := sentence[start:end]):
        return None
    words = DEFINED_BY.search(sentence, max(0, start - 80), start)
    if words is None:
        return None
    phrase = words.group(1).split()
    for first in reversed(range(len(phrase))):  # the shortest tail of the words that spells it
        tail = " ".join(phrase[first:])
        if _spells(acronym, tail) and len(phrase) - first >= sum(c.isalpha() for c in acronym) - 1:
            return tail
    return None


def _an_abbreviation(word: str) -> bool:
    """An acronym ("HPAI"), or a word of capitals with a lower-case letter among them ("PFHxS")."""
    capitals = sum(c.isupper() for c in word)
    return is_acronym(word) or (word[:1].isupper() and capitals >= 3 and capitals * 2 > len(word))


def _suggest_by_definition(groups: Mapping[str, _Group], kinds: Sequence[str], heads: Mapping[str, str]) -> None:
    """An acronym defined by lower-case words takes their nature's kind, or none where the
    briefing has no kind for it: "HPAI" of "highly pathogenic avian influenza (HPAI)" is a
    pathogen (a threat among the default kinds), not the actor an acronym is by default. So is
    a name at least half of whose sightings qualify a virus subtype ("HPAI H5N1"; not "CDC" of
    one "CDC H5N1 update" among many).

    Lower-case words whose head says nothing of their nature name a thing, not a body: the
    acronym takes the kind whose own topics' names share that head (`candidate_kinds.kind_heads`:
    "perfluorooctanoic acid (PFOA)" is a `chemical` where the codebook files "perfluorononanoic
    acid" there), or, where the briefing has no `actor` to hold it, none: never a company's or
    an agency's kind by default."""
    for group in groups.values():
        nature = _nature(group.defined) if group.defined is not None else None
        if nature is None and group.subtyped and group.subtyped * 2 >= sum(group.forms.values()):
            nature = "pathogen"
        if nature == "actor":
            kind = heads.get(sorts.singular(sorts.head_word(group.defined or "")))
            if kind is not None or kind_for("actor", kinds) is None:
                group.kinds = dict.fromkeys(group.kinds, kind)
        elif nature is not None and nature != "organization":
            group.kinds = {form: kind_for(nature, kinds) for form in group.kinds}


# "Word and " right before a name: "Animal and |Plant Health Inspection Service".
FIRST_PART = re.compile(r"(?:^|(?<=[\s(’']))([A-Z][a-z]+) (?:and|&) $")
# A place or a country's dotted code leading the first part: "|U.S. |Fish and", "|Chicago |Sanitary and".
PLACE_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[A-Z]\.){2,}|[A-Z][a-z]+) $")
# A singular feature's head: "Ship Canal" of "Chicago Sanitary and Ship Canal". A plural one
# lists features ("Ohio and Mississippi Rivers").
SINGLE_FEATURE_HEADS = frozenset(head for head in FEATURE_HEADS if not head.endswith("s"))
# The capitalized words, then "and", before a feature's head standing alone: "|Brandon Road Lock and |Dam".
NAME_BEFORE_A_HEAD = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z][\w.'’-]* ){1,4})(?:and|&) $")
# What may stand before that word: a possessive or an acronym ("Agriculture's", "USDA"), a
# lower-case word, a bracket or nothing; not a name's word or connector ("Ministry of |Defense and").
BEFORE_FIRST_PART = re.compile(r"(?:^|[(\[,;:“\"]\s*|\b[a-z]+\s|\b[A-Z]{2,}\)?\s|\w['’]s\s)$")


def _with_its_first_part(
    sentence: str, start: int, end: int, mentioned: Sequence[tuple[int, int]], codes: frozenset[str]
) -> int:
    """Where a name headed by an institution's word begins when one capitalized word and "and"
    come before it: "Animal and Plant Health Inspection Service", "Food and Drug Administration",
    which the runs split at "and" (`_may_connect`), leaving "Plant Health Inspection Service".
    A feature's head alone takes the capitalized words before "and" ("Brandon Road Lock and
    Dam"). A place or a country's code before that word leads the name ("U.S. Fish and Wildlife
    Service", "Chicago Sanitary and Ship Canal": a feature's name is read the same way). Not
    when the word is a place or a country, nor after a name's own word ("Kansas and Texas
    Animal Health Commission", "Ministry of Defense and Interior Ministry"), nor over a codebook
    mention (`mentioned`: their spans in the sentence)."""
    last = alias_key(sentence[start:end].rsplit(" ", 1)[-1])
    if last in LAW_HEADS:
        return _with_a_laws_first_part(sentence, start)
    if _head_word(sentence[start:end]) not in ORG_WORDS and last not in SINGLE_FEATURE_HEADS:
        return start
    if alias_key(sentence[start:end]) in SINGLE_FEATURE_HEADS:  # "Dam" alone is no name
        name = NAME_BEFORE_A_HEAD.search(sentence, max(0, start - 60), start)
        if name is None or not BEFORE_FIRST_PART.search(sentence, max(0, name.start(1) - 30), name.start(1)):
            return start
        at = name.start(1)
        for word in name.group(1).split()[:-1]:  # "The Brandon Road Lock": the name starts after "The"
            if alias_key(word) not in STOPWORDS:
                break
            at += len(word) + 1
        return at
    lead = FIRST_PART.search(sentence, max(0, start - 30), start)
    if lead is None:
        return start
    word = lead.group(1)
    at = lead.start(1)
    place = PLACE_BEFORE.search(sentence, max(0, at - 30), at)
    if place is not None and (is_town(place.group(1)) or _dotted_code(alias_key(place.group(1)))):
        at = place.start(1)  # the place or country leads the name: "U.S. Fish and Wildlife Service"
    if (
        is_place(word)
        or country_of(word) is not None
        or alias_key(word) in STOPWORDS | TITLE_WORDS | CALENDAR | NOT_ALONE | codes
        or not BEFORE_FIRST_PART.search(sentence, max(0, at - 30), at)
        or any(s < start and at < e for s, e in mentioned)
    ):
        return start
    return at


# The head word of a law's name, and up to three capitalized words and "and" before a name so
# headed: "the Foreign Exchange and Foreign Trade Act".
LAW_HEADS = frozenset("act law code ordinance statute".split())
LAW_FIRST_PART = re.compile(r"(?:^|(?<=[\s(’'“]))((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) (?:and|&) $")


def _with_a_laws_first_part(sentence: str, start: int) -> int:
    """Where a law's name begins when capitalized words and "and" come before the name its head
    word ends ("Act", "Law", "Code"): a law's title joins its subjects with "and" ("Foreign Exchange
    and Foreign Trade Act", "Immigration and Nationality Act"). Not when those words end in a
    name's own head ("the Clean Air Act and Clean Water Act": two laws), hold a place, or follow
    no word that may open a name (`BEFORE_FIRST_PART`)."""
    lead = LAW_FIRST_PART.search(sentence, max(0, start - 50), start)
    if lead is None:
        return start
    words = lead.group(1).split()
    if any(alias_key(w) in LAW_HEADS | ORG_WORDS | STOPWORDS | TITLE_WORDS | CALENDAR for w in words) or any(
        is_place(w) or country_of(w) is not None for w in words
    ):
        return start
    at = lead.start(1)
    return at if BEFORE_FIRST_PART.search(sentence, max(0, at - 30), at) else start


# An e-mail address or a handle around a run: "OCPA@bis.doc.gov", "@BISgov".
# What follows a dateline's place at a paragraph's start: a dash, or a date ("WASHINGTON —",
# "LAREDO, Texas –", "WASHINGTON (AP) —", "Washington, February 14, 2026").
DATELINE_AFTER = re.compile(
    r"(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:\s\([A-Z][\w.]*\))?\s(?:[\u2014\u2013]|--?\s)"
    r"|,\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d"
)


def _a_dateline(sentence: str, end: int) -> bool:
    """Whether the name opening a paragraph is its dateline, a place then a dash or a date: the
    place the report was filed from, no sighting of a topic (but a sign the name is a place)."""
    return DATELINE_AFTER.match(sentence, end) is not None


ADDRESS_CHARACTERS = frozenset("@")
# The common nouns of a country's executive or legislature as a whole: "the Dutch Cabinet".
INSTITUTION_NOUNS = frozenset("cabinet parliament government legislature judiciary".split())


def _in_an_address(sentence: str, start: int, end: int) -> bool:
    """Whether a run is part of an e-mail address or a handle, which names no one by itself
    ("Media Contact: OCPA@bis.doc.gov"): an "@" touches it."""
    return sentence[end : end + 1] in ADDRESS_CHARACTERS or sentence[start - 1 : start] in ADDRESS_CHARACTERS


def _drop_countries_institutions(groups: dict[str, _Group]) -> None:
    """No candidate for the common noun of a country's executive or legislature, capitalized
    ("the Cabinet"), where a country's adjective stands before it ("The Dutch Cabinet"): a
    description of the country's body, like "the government", not a name of its own."""
    described = {
        words[-1]
        for key in groups
        if len(words := key.split()) == 2 and words[-1] in INSTITUTION_NOUNS and shapes.a_demonym(words[0])
    }
    described |= {key for key, group in groups.items() if any(shapes.a_demonym(word) for word in group.context)}
    for key, group in list(groups.items()):
        words = key.split()
        if (
            words[-1] in INSTITUTION_NOUNS
            and words[-1] in described
            and (len(words) == 1 or (len(words) == 2 and shapes.a_demonym(words[0])))
            and group.acronym is None
            and group.alias_of is None
        ):
            del groups[key]


def _a_source(group: _Group) -> bool:
    """Where words come from, not what the briefing follows (`candidate_sources`): a news
    agency or a medium ("Reuters", "AFP"), a language ("Arabic"), or a person the text gives
    only as the voice of a body the codebook does not follow ("force spokesperson Jack
    Ombaka"). A name defined as another name of a topic is none of them."""
    if group.alias_of is not None or group.phrase:
        return False
    forms = [*group.forms, *([group.acronym] if group.acronym else [])]
    if any(sources.is_medium(form) for form in forms):
        return True
    return any(sources.is_language(form) for form in group.forms) or group.voiced > 0


def _voice(sentence: Sentence, start: int, end: int, mentioned: Iterable[tuple[int, int, str]]) -> bool:
    """Whether this sighting gives a person by a role of speaking for a body that names no
    topic of the codebook ("force spokesperson Jack Ombaka"; not "Houthi military spokesman
    Yahya Saree", the voice of a topic). `mentioned`: the block's mention spans."""
    owner = sources.role_owner(sentence.text, start, end)
    if owner is None:
        return False
    first, last = owner[0] + sentence.start, owner[1] + sentence.start
    return not any(s < last and first < e for s, e, _ in mentioned)


def _a_demonym_or_role(group: _Group) -> bool:
    """A country's adjective or people ("Argentine", `candidate_shapes.a_demonym`), or a role
    headed by a title word with no name after it ("Secretary for Economic Growth", of "Under
    Secretary for Economic Growth, Energy, and Environment"): neither is a topic. A name the
    text defines as another name of a topic stays, and so does a role followed by its holder's
    name with an initial ("Secretary of the Treasury for ... Brian E. Nelson")."""
    if group.phrase or group.alias_of is not None or group.acronym is not None:
        return False
    return all(
        shapes.a_demonym(form)
        or _a_demonym_phrase(form)
        or (_head_word(form) in TITLE_WORDS and not INITIAL.search(form))
        for form in group.forms
    )


# A word of the compass and "and" before another: "the Northern and |Southern Hemispheres".
COMPASS_AND_BEFORE = re.compile(r"\b(?:North|South|East|West)(?:ern)?\s(?:and|&)\s$")


# A pronoun's or a verb's contracted ending: "I’m", "We're", "They’ve", "You'll", "It'd", "Don't".
CONTRACTION = re.compile(r"\w+(?:['\u2019](?:m|re|ve|ll|d)|n['\u2019]t)", re.IGNORECASE)


def _a_contraction(group: _Group) -> bool:
    """A contraction ("I’m proud", "I'm your host": a pronoun and a verb) is no name."""
    return all(CONTRACTION.fullmatch(form) for form in group.forms)


def _a_pair_of_regions(sentence: str, start: int, end: int) -> bool:
    """Whether a sighting ends two regions named by coordinated words of the compass and one
    plural head ("Northern and Southern Hemispheres"): the head names both, so the second half
    alone is no name ("North and South Carolina", no plural, still gives "South Carolina")."""
    words = sentence[start:end].split()
    return (
        len(words) == 2
        and words[0].casefold() in COMPASS
        and words[1].endswith("s")
        and COMPASS_AND_BEFORE.search(sentence, max(0, start - 16), start) is not None
    )


# The word before a scale's name: "69.93 degrees Fahrenheit", "30.5 degrees Celsius".
SCALE_BEFORE = "degree"


def _a_measure(group: _Group) -> bool:
    """A unit or scale of measure, no topic: a name every sighting of which follows "degrees"
    (SCALE_BEFORE: "degrees Fahrenheit"), or an acronym the text defines by lower-case words
    (`DEFINED_BY` takes only those) headed by a unit of time ("degree heating weeks (DHW)",
    `facts.TIME_UNIT_WORDS`); "mean response times (MRT)" is no unit."""
    if group.defined is not None and group.defined.split()[-1] in TIME_UNIT_WORDS:
        return True
    return not group.phrase and group.context.get(SCALE_BEFORE, 0) >= sum(group.forms.values())


def _a_demonym_phrase(form: str) -> bool:
    """A word of the compass or of a region before a demonym of a country or of a world region
    ("Eastern Canadian", "West African", "Southeast Asian", "Latin American"): the adjective of a
    part of a country or continent, which names no place of its own."""
    words = form.split()
    if len(words) != 2 or words[0].casefold() not in COMPASS | PLACE_MODIFIERS:
        return False
    return shapes.a_demonym(words[1]) or alias_key(words[1]) in REGIONAL_DEMONYMS


# A person's initial inside a name: "Brian E. Nelson" (a role's long name ends in its holder).
INITIAL = re.compile(r"\s[A-Z]\.\s")
MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def _shaped_otherwise(group: _Group, qualifiers: frozenset[str]) -> bool:
    """An adjective or a code, by its sightings (`candidate_shapes`): no name."""
    text = max(group.forms, key=lambda form: group.forms[form])
    seen = sum(group.forms.values())
    return shapes.not_a_name(text, seen, group.qualifying, group.heading, group.numbered, qualifiers)


def _add_openings(
    groups: Mapping[str, _Group], openings: Iterable[tuple[str, str, int, Sighting]], vocabulary: frozenset[str]
) -> None:
    """A sentence's first word alone ("Atomflot icebreakers will help ...") is one more sighting
    of a name the corpus writes capitalized inside sentences ("Rosatom's subsidiary Atomflot"),
    never a candidate of its own: "However" and "Fighting" stay out."""
    for article_id, sentence, offset, seen in openings:
        token = seen.run[0]
        group = groups.get(group_key(token.text))
        if group is None or group.phrase or _ordinary(token, vocabulary) or token.key.endswith(VERB_ENDINGS):
            continue  # "Separately, ...": an adverb capitalized elsewhere after a colon
        start, end = offset + token.start, offset + token.end
        text = sentence[start:end]
        group.forms[text] = group.forms.get(text, 0) + 1
        group.kinds.setdefault(text, next(iter(group.kinds.values())))
        group.articles.add(article_id)
        group.qualifying += shapes.qualifies(sentence, end)
        group.heading += shapes.heads(sentence, end)
        group.numbered += shapes.coded(sentence, end)  # "Section 8305 authorizes ..."
        for word in _word_before(sentence, start):
            group.context[word] = group.context.get(word, 0) + 1
        group.titled += _after_a_title(sentence, start)


def _supported(group: _Group, articles: int) -> bool:
    """Whether a candidate earns a line in the review queue, which an analyst reads in full:
    it is seen in `articles` articles, or the text
    defines it ("Full Name (ACR)", "also known as ..."). A name only one article of many gives
    is that article's business: the defendants, judges and agents of one press release, or a
    phrase written once."""
    return (
        len(group.articles) >= articles
        or group.acronym is not None
        or group.alias_of is not None
        or group.defined is not None  # "extreme ultraviolet (EUV)"
        or _a_source_of_its_article(group)  # "Dr Roger Beeden said ... Beeden said"
    )


# How often one article names a person it quotes or titles before the person is offered from it.
QUOTED_SIGHTINGS = 2


def _a_source_of_its_article(group: _Group) -> bool:
    """Whether a person one article quotes or names with a title is named there again
    (`QUOTED_SIGHTINGS`: the full name, then the surname): the people who speak in a release.
    Its longest form must read as a person's name that no head word makes a body or an effort
    ("International Coral Reef Initiative said" is no person)."""
    if sum(group.forms.values()) < QUOTED_SIGHTINGS or not (group.quoted or group.titled):
        return False
    name = max(group.forms, key=len)
    return is_person_name(name) and all(_nature(form) == "actor" for form in group.forms)


# A verb of speech (`speakers.SAYING_VERBS`) after a name, past an apposition between commas:
# "Beeden said", "Dr Neal Cantin, ..., said"; and before one, past up to five words of a title,
# where the clause ends with the name: "said Mission: Iconic Reefs co-lead Sarah Fangman,
# superintendent ..." (not "said Smith was ...", the subject of what was said; not a verb whose
# object is who listened: "told Reuters"). A name ending the object of such a verb reads the
# same ("announced sanctions against Aleksandr Ryzhenkov, a ..."): a person the text names
# all the same.
LISTENER_VERBS = frozenset("told tells informed reminded reminds".split())
_SAYING = "|".join(sorted(SAYING_VERBS, key=len, reverse=True))
_SAYING_INVERTED = "|".join(sorted(set(SAYING_VERBS) - LISTENER_VERBS, key=len, reverse=True))
SPOKE_AFTER = re.compile(rf"(?:,\s[^,;“”\"]{{1,80}},)?\s(?:{_SAYING})\b")
SPOKE_BEFORE = re.compile(rf"\b(?:{_SAYING_INVERTED})\s(?:[^\s,;“”\"]+\s){{0,5}}$")
CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?”\"]|$)")


def _a_speaker(sentence: str, start: int, end: int) -> bool:
    """Whether a sighting is given as who speaks (SPOKE_AFTER, SPOKE_BEFORE)."""
    if SPOKE_AFTER.match(sentence, end) is not None:
        return True
    return (
        CLAUSE_ENDS.match(sentence, end) is not None
        and SPOKE_BEFORE.search(sentence, max(0, start - 80), start) is not None
    )


def _codebook_codes(topics: Sequence[Topic]) -> frozenset[str]:
    """The codes and dotted forms of the countries the codebook's `country` attributes name:
    "us", "usa", "u.s." for a codebook of actors in the United States."""
    codes: set[str] = set()
    for topic in topics:
        country = country_of(dict(topic.attributes).get("country", ""))
        for code in codes_of(country) if country else ():
            codes |= {code, ".".join(code) + "."}
    return frozenset(codes)


def _mention_index(mentions: Sequence[Mention]) -> dict[tuple[str, str], list[tuple[int, int, str]]]:
    """(article, anchor) -> the spans of its mentions in the block and their topics."""
    index: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for m in mentions:
        index.setdefault((m.article_id, m.anchor), []).append((m.start, m.end, m.topic_id))
    return index


# Before a name, words that make it another name of what came before: "(formally known as
# Ansar Allah or Partisans of God)", "sometimes referred to as the Houthis".
KNOWN_AS = re.compile(r"\b(?:known as|referred to as|also called|a\.k\.a\.)\s(?:the\s)?(?:[^,;()]*?\sor\s)?(?:the\s)?$")
# The acronym may stand in quotation marks, as legal and official texts write a defined term:
# "Ministry of Economy, Trade and Industry (“METI”)".
ACRONYM_AFTER = re.compile(r"\s*\(\s*[\"“]?([A-Z][A-Za-z.&-]*[A-Z])s?[\"”]?\s*\)")
# Between a name and "known as": punctuation, a bracketed aside and an adverb, so the name is
# what the other name names ("Jimmy Cherizier, also known as Barbecue"; "the Houthis (formally
# known as"; "The Sinaloa Cartel (Spanish: ...), also known as"). A name further back is not
# ("Port-au-Prince, Haiti, and Bazile Richardson, also known as Fredo": Fredo is Richardson).
ANTECEDENT_GAP = re.compile(r"\s*(?:\([^()]*\))?[\s,(]*(?:[a-z]+ly\s+|also\s+|sometimes\s+|often\s+)?")
# A lower-case noun and "of" before a name: what follows the name may be about the noun.
OF_OBJECT = re.compile(r"\b[a-z]{3,}\s+of\s+(?:the\s+)?$")
# After a possessive name, the one noun it owns: "the Cartel's| leaders|, known as the Chapitos".
OWNED = re.compile(r"\s+[a-z]+")


def _spells(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are among the name's initials, in any order (Spanish
    names keep their acronym: "PRI" for Institutional Revolutionary Party), or are the name's
    letters in order ("DEFENSA" of Secretaría de la Defensa Nacional)."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    if len(letters) < 2:
        return False
    if _initials_spell(acronym, name):
        return True
    remaining = iter(fold(name).upper())
    return all(letter in remaining for letter in letters)


def _initials_spell(acronym: str, name: str) -> bool:
    """Whether the acronym's letters (two or more) are among the name's initials, in any order;
    each letter of a dotted abbreviation is one ("U.S. Fish and Wildlife Service": USFWS)."""
    initials = [w[0].upper() for w in WORD.findall(name.replace(".", " "))]
    letters = [c for c in acronym.upper() if c.isalpha()]
    return len(letters) > 1 and all(initials.count(c) >= letters.count(c) for c in set(letters))


def _join_acronyms(
    groups: dict[str, _Group],
    seen_at: Mapping[tuple[str, str, int], list[tuple[int, int, str]]],
    blocks: Mapping[str, Sequence[Block]],
    topic_at: Mapping[tuple[str, str], list[tuple[int, int, str]]],
) -> None:
    """ "Full Name (ACR)": one candidate when both are candidates; the candidate side offered as
    an alias of the topic when the other side is a codebook name, the name before a codebook
    acronym even when it does not spell it (a translation: "... Islam and Muslims (JNIM)")."""
    for (article_id, anchor, index), spans in seen_at.items():
        sentence = block_at(blocks[article_id], anchor).sentences[index]
        text = sentence.text
        mentioned = [(s - sentence.start, e - sentence.start, t) for s, e, t in topic_at.get((article_id, anchor), ())]
        for start, end, key in spans:
            if key not in groups:
                continue
            after = ACRONYM_AFTER.match(text, end)
            if after and _spells(after.group(1), text[start:end]):
                acronym_key = next((k for s, _, k in spans if s == after.start(1) and k != key), None)
                topic = next((t for s, _, t in mentioned if s == after.start(1)), None)
                if acronym_key in groups:
                    _merge(groups[key], groups.pop(acronym_key))
                    groups[key].acronym = after.group(1)
                elif topic:
                    groups[key].alias_of = topic
                continue
            if after:  # a codebook acronym, alone in the brackets, names the name before it in
                # another language: "Group for the Support of Islam and Muslims (JNIM)"
                topic = next((t for s, e, t in mentioned if (s, e) == after.span(1)), None)
                if topic:
                    groups[key].alias_of = topic
                    continue
            known = KNOWN_AS.search(text, 0, start)
            if known:  # "Ansar Allah or Partisans of God", "also known as X": another name
                topic = next(
                    (
                        t
                        for s, e, t in reversed(mentioned)
                        if e <= known.start() and _antecedent(text, s, e, known.start())
                    ),
                    None,
                )
                if topic:
                    groups[key].alias_of = topic
                    continue
            opening = text[:start].rstrip()
            if opening.endswith("(") and is_acronym(text[start:end]):
                stop = len(opening[:-1].rstrip())
                topic = next((t for s, e, t in mentioned if e == stop and _spells(text[start:end], text[s:e])), None)
                if topic:
                    groups[key].alias_of = topic


def _named_by_its_acronym(sentence: str, seen: Sighting) -> tuple[int, int] | None:
    """A run of common words the text defines by its acronym in brackets is a name, whatever its
    words, in prose or in a heading: "Space Launch System (SLS)", "Human Landing System (HLS)",
    "European Space Agency (ESA)" (`spells_a_defined_name`); and a lone acronym after the name it
    spells (`_an_acronym_defined`). Its span in the run, past leading small words, or None."""
    run = list(seen.run)
    while run and (run[0].text in CONNECTORS or run[0].key in STOPWORDS):
        run = run[1:]
    if len(run) == 1 and run[0].acronym:
        return _an_acronym_defined(sentence, seen.offset + run[0].start, run[0])
    if len(run) < 2 or not sentence.startswith(" (", seen.offset + run[-1].raw_end):
        return None
    after = ACRONYM_AFTER.match(sentence, seen.offset + run[-1].raw_end)
    name = sentence[seen.offset + run[0].start : seen.offset + run[-1].end]
    return (run[0].start, run[-1].end) if after and spells_a_defined_name(after.group(1), name) else None


def _with_its_defined_start(sentence: str, seen: Sighting, start: int, end: int) -> int:
    """Where a name the text defines by its acronym starts: back over the capitalized words of its
    run that the trim of common words took off, as far as the acronym needs to spell it from its
    first letter ("the Government Accountability Office (GAO)", not "Accountability Office")."""
    after = ACRONYM_AFTER.match(sentence, end)
    if after is None or spells_a_defined_name(after.group(1), sentence[start:end]):
        return start
    for token in reversed(seen.run):
        at = seen.offset + token.start
        if at < start and token.cap and spells_a_defined_name(after.group(1), sentence[at:end]):
            return at
    return start


DEFINED_NAME_BEFORE = re.compile(r"((?:[A-Z][\w.'\u2019&-]*\s(?:(?:of|for|on|and|the)\s)*){2,})\(\s*[\"“]?$")


def _an_acronym_defined(sentence: str, start: int, token: _Token) -> tuple[int, int] | None:
    """An acronym in brackets after the name it spells is that name's, though it is written as a
    place is: "Government Accountability Office (GAO)" (Gao is a town of Mali)."""
    name = DEFINED_NAME_BEFORE.search(sentence, 0, start)
    return (token.start, token.end) if name and spells_a_defined_name(token.text, name.group(1)) else None


def spells_a_defined_name(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are the name's initials in any order ("ACP" of "Panama Canal
    Authority", its Spanish acronym), or its letters in order from its first ("JAXA" of "Japan
    Aerospace Exploration Agency"); "UV" of "Deep Ultraviolet" names the light, not the name."""
    return _initials_spell(acronym, name) or (acronym[:1].upper() == name[:1].upper() and _spells(acronym, name))


def _no_person_with_an_acronym(groups: Mapping[str, _Group], people_kind: str | None) -> None:
    """A name the text defines with an acronym in brackets ("Electronic Syndromic Surveillance
    System (ESSS)") names a body, a system or a program, never a person, however its words read
    (`person_names`): it loses the briefing's kind of people (`people_kind`) and carries none,
    for the analyst to choose. A name written after a title is still a person's."""
    if people_kind is None:
        return
    for group in groups.values():
        if group.acronym is not None and not group.titled and people_kind in group.kinds.values():
            group.kinds = dict.fromkeys(group.kinds)


def _drop_fragments(
    groups: dict[str, _Group],
    seen_at: Mapping[tuple[str, str, int], list[tuple[int, int, str]]],
    blocks: Mapping[str, Sequence[Block]],
    vocabulary: frozenset[str],
) -> None:
    """No candidate for the parts of a listed name found whole elsewhere: "U.S. Customs" and
    "Border Protection" where the corpus also gives "Customs and Border Protection (CBP)"
    (`_join_listed_names` joins the parts only where an acronym or "X of A, B and C" says
    they are one name), nor for the parts of "Word and Name" whose first part is one word and
    either ordinary (`vocabulary`, the corpus's lower-case words) or joined to a name headed by
    a law's or an institution's word: "Immigration" and "Nationality Act" of "the Immigration
    and Nationality Act" ("Sinaloa and Jalisco Cartels" lists two names), nor for a name inside
    another's sighting ("Animal" of "Animal and Plant Health Inspection Service",
    `_with_its_first_part`). A part seen alone anywhere stays a candidate."""
    alone: dict[str, bool] = {}
    for (article_id, anchor, index), spans in seen_at.items():
        text = block_at(blocks[article_id], anchor).sentences[index].text
        ordered = sorted(spans)
        parts: set[int] = set()
        for i, ((start, end, key), (next_start, next_end, next_key)) in enumerate(pairwise(ordered)):
            joined = group_key(text[start:next_end])
            if LIST_GAP.fullmatch(text, end, next_start) and joined in groups and joined not in (key, next_key):
                parts.update((i, i + 1))
            elif (
                text[end:next_start] == " and "
                and " " not in key
                and (key in vocabulary or next_key.rsplit(" ", 1)[-1] in NAME_HEADS)
            ):
                parts.update((i, i + 1))
        for i, (start, end, _) in enumerate(ordered):  # "Animal" of "Animal and Plant Health ..."
            if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in ordered):
                parts.add(i)
        for i, (_, _, key) in enumerate(ordered):
            alone[key] = alone.get(key, False) or i not in parts
    for key, seen_alone in alone.items():
        group = groups.get(key)
        if group is not None and not seen_alone and group.acronym is None and group.alias_of is None:
            del groups[key]


def _antecedent(text: str, start: int, end: int, known: int) -> bool:
    """Whether a name at `start`-`end` is what "known as" at `known` gives another name to; not
    when it is the object of a noun's "of", which names the noun: "the former head of the
    Cartel, known as El Chapo" is the head."""
    if OF_OBJECT.search(text, 0, start):
        return False
    if text.startswith("'s", end - 2) or text.startswith("\u2019s", end - 2):
        owned = OWNED.match(text, end, known)
        end = owned.end() if owned else end
    return ANTECEDENT_GAP.fullmatch(text, end, known) is not None


def _offer_names_without_their_country(groups: Mapping[str, _Group], topics: Sequence[Topic]) -> None:
    """A codebook name led by its country ("U.S. Food and Drug Administration", "US Coast
    Guard", "United States Department of Agriculture") is the same body without it: "Food and
    Drug Administration" is offered as its alias, whatever kind its words suggest."""
    owners: dict[str, set[str]] = {}
    for topic in topics:
        for name in topic.names:
            rest = _without_a_country(name)
            if rest is not None:
                owners.setdefault(group_key(rest), set()).add(topic.id)
    for key, group in groups.items():
        ids = owners.get(key)
        if ids is not None and len(ids) == 1 and group.alias_of is None and not group.phrase:
            group.alias_of = next(iter(ids))


def _without_a_country(name: str) -> str | None:
    """The name after the country that leads it, if one does and at least two words follow."""
    words = name.split()
    for size in (3, 2, 1):
        lead = " ".join(words[:size])
        if len(words) - size >= 2 and (country_of(lead) is not None or _dotted_code(alias_key(lead))):
            return " ".join(words[size:])
    return None


def _keep_aliases_of_their_kind(groups: Mapping[str, _Group], topic_kinds: Mapping[str, str]) -> None:
    """No offer of "alias of X" for a name suggested as another kind than X's: a cartel's name
    beside a mention of money laundering is a new actor, not the threat's other name."""
    for group in groups.values():
        if group.alias_of is None or group.alias_of not in topic_kinds:
            continue
        form = next(iter(group.forms))
        if not is_acronym(form) and group.kinds[form] != topic_kinds[group.alias_of]:
            group.alias_of = None


# What a group counts of its sightings, which `_merge` adds up: each is weighed against the
# sightings of every form the group holds ("3M" within "Minnesota-based 3M").
SIGHTING_COUNTS = tuple(
    "placed settled qualifying heading numbered voiced subtyped titled cited shipped quoted".split()
)


def _merge(into: _Group, other: _Group) -> None:
    for form, count in other.forms.items():
        into.forms[form] = into.forms.get(form, 0) + count
    into.kinds.update({k: v for k, v in other.kinds.items() if k not in into.kinds})
    into.articles |= other.articles
    into.place = into.place and other.place
    for noun, count in other.called.items():
        into.called[noun] = into.called.get(noun, 0) + count
    for counted in SIGHTING_COUNTS:
        setattr(into, counted, getattr(into, counted) + getattr(other, counted))


def _join_coded_names(groups: dict[str, _Group], codes: frozenset[str]) -> None:
    """A name after the code of a codebook's country is that name: "US Drug Enforcement
    Administration (DEA)" and "Drug Enforcement Administration" are one candidate (the dotted
    "U.S." is dropped by `_group_key` already)."""
    for key in list(groups):
        code, _, rest = key.partition(" ")
        if code in codes and " " in rest and rest in groups and key in groups:
            kept, gone = (key, rest) if groups[key].acronym else (rest, key)
            _merge(groups[kept], groups.pop(gone))


def _join_designated_names(groups: dict[str, _Group]) -> None:
    """A company's name with its designation is that name: "Lockheed Martin Corp" and "Lockheed
    Martin", "Boeing Co" and "Boeing" are one candidate, which the designation calls a company."""
    for key in list(groups):
        rest, _, last = key.rpartition(" ")
        if last in sorts.DESIGNATIONS and rest in groups and key in groups:
            _merge(groups[rest], groups.pop(key))


def _join_surnames(groups: dict[str, _Group]) -> None:
    """A name of one or two words that ends a longer name of the same article joins it:
    "Garland" and "Merrick B. Garland" are one candidate. The longer names are looked up by
    their last words (`_keys_by_their_ends`), not searched for among every group: a corpus of
    distinct texts holds tens of thousands of groups."""
    short_names = [key for key in groups if len(key.split()) <= 2]
    ends = _keys_by_their_ends(groups, {key.count(" ") + 1 for key in short_names})
    for key in sorted(short_names, key=len):
        if key not in groups or groups[key].phrase:
            continue
        longer = [
            k
            for k in ends.get((key.count(" ") + 1, key), ())
            if k in groups and groups[k].articles & groups[key].articles
        ]
        if len(longer) == 1:
            short, full = groups.pop(key), groups[longer[0]]
            if " " not in key and short.articles <= full.articles and _a_persons_full_name(full):
                full.surname = key
            _merge(full, short)


def _keys_by_their_ends(keys: Iterable[str], sizes: Iterable[int]) -> dict[tuple[int, str], list[str]]:
    """Each key under what follows its n-th space from the end, for each n of `sizes`: a key
    ends with " " + a name of n - 1 spaces exactly when it is listed under (n, that name)."""
    ends: dict[tuple[int, str], list[str]] = {}
    for key in keys:
        for size in sizes:
            parts = key.rsplit(" ", size)
            if len(parts) == size + 1:
                ends.setdefault((size, " ".join(parts[1:])), []).append(key)
    return ends


def _a_persons_full_name(group: _Group) -> bool:
    """Whether a group's most frequent form reads as a person's name (`person_names`), not led by
    a title in the plural ("Presidents Biden and ...", a list of two people)."""
    text = max(group.forms, key=lambda form: group.forms[form])
    first = alias_key(text.split()[0])
    return is_person_name(text) and first.removesuffix("s") not in TITLE_WORDS


def _offer_surnames(groups: Mapping[str, _Group], people: Sequence[Topic]) -> None:
    """A name that is the last word of a person's name in the codebook ("Biden" of "Joe
    Biden") is offered as an alias of that person, not as a new actor; a surname two people
    share names neither for sure, so it is left as it is."""
    bearers: dict[str, set[str]] = {}
    for person in people:
        if (last := surname(person.name)) is not None:
            bearers.setdefault(group_key(last), set()).add(person.id)
    for key, group in groups.items():
        ids = bearers.get(key)
        if group.alias_of is None and not group.phrase and ids is not None and len(ids) == 1:
            group.alias_of = next(iter(ids))


def place_kind_of(kinds: Sequence[Kind]) -> str | None:
    """The briefing's first kind for places, if it has one: the first whose id, or a word of its
    labels, names places at large or one sort of place (`kinds.PLACE_KIND_NAMES`: `place`,
    "Places and sites", `reservoir`, "Water bodies" of a kind `lake`, `state`)."""
    for kind in kinds:
        words = {kind.id, *WORD.findall(_labels(kind))}
        if any(alias_key(word).removesuffix("s") in PLACE_KIND_NAMES for word in words):
            return kind.id
    return None


# The kind for places a briefing without one is tried with, to count what it leaves out.
PROBE_PLACES = Kind("place", "Place", "Places", "palette-1")


def places_left_out(
    briefing: Briefing, sightings: Iterable[tuple[ArticleSightings, Sequence[Spans]]]
) -> tuple[Candidate, ...]:
    """The place names the review queue leaves out because no kind of the briefing takes places
    (`place_kind_of`): the candidates a kind `place` would add, found again with one; none where a
    kind takes places. `sightings`: each article's runs and the spans its mentions cover, as the
    build's analysis made them for the queue, so no article is read twice. `briefing check` says
    how many, so that no place vanishes unsaid."""
    if place_kind_of(briefing.kinds) is not None:
        return ()
    found = find_candidates(
        briefing.blocks,
        sightings,
        briefing.topics,
        briefing.mentions,
        kinds=(*briefing.kinds, PROBE_PLACES),
    )
    return tuple(c for c in found if c.suggested_kind == PROBE_PLACES.id and c.alias_of is None)


def _labels(kind: Kind) -> str:
    """The kind's singular and plural labels, whose words may say what it holds."""
    return f"{kind.singular} {kind.plural}"


def _known_place(text: str) -> bool:
    """A place of the general list, a planet ("Earth", "Mars") or a run headed by a word of
    geography: "Mexico City", "Gulf of Aden" (countries and their demonyms are dropped before: `_pick`)."""
    if is_acronym(text):
        return False  # "IMO" is an organization, not Nigeria's Imo State
    words = [alias_key(word) for word in text.split()]
    if len(words) < 2 or ORG_WORDS.intersection(words):
        return is_place(text) or is_planet(text)  # "Department of State" is no state
    return (
        is_place(text)
        or words[-1] in PLACE_HEADS
        or (words[0] in PLACE_HEADS and words[1] == "of")
        or _a_feature(words)
    )


def _a_feature(words: Sequence[str]) -> bool:
    """Folded words naming a geographic feature by their head or lead: "Hoover Dam", "Lake Mead"."""
    return len(words) > 1 and (words[-1] in FEATURE_HEADS or (len(words) == 2 and words[0] in FEATURE_LEADS))


def _in_a_place(sentence: str, start: int, end: int, text: str) -> bool:
    """Whether the text places something at the name: after "in", "near", "at", "from" ("in
    Timbuktu", "near the town of Tinzaouaten"), or before a word of geography ("the Sahel
    region"). A name of an organization, an acronym, a title or a name of another nature than
    an actor's (`_nature`) is no place whatever precedes it."""
    words = text.split()
    if any(alias_key(w) in ORG_WORDS for w in words) or (len(words) == 1 and text.isupper()):
        return False
    if words[0].rstrip(".").casefold() in TITLE_WORDS or words[0].casefold() in TITLE_WORDS:
        return False
    if _nature(text) not in ("actor", "place"):
        return False  # "used in Narcotrafficking": a threat, whatever precedes it
    after = NEXT_WORD_AFTER.match(sentence, end)
    return bool(PLACED_BEFORE.search(sentence, 0, start)) or (after is not None and after.group(1) in PLACE_HEADS)


def _place_like(group: _Group) -> bool:
    """A place: known as one, or placed there by most of its sightings ("in Ménaka" twice,
    "Ménaka said" once is still a place; "from Europol" once, "Europol announced" once is not). A sighting before a noun ("Arctic waters") has no vote.
    Or a town of the gazetteer that the text gives as a place at least once (`_a_town`). Never a
    name the texts call a craft or a company by its class noun (`_class_noun`)."""
    if any(noun in sorts.THING_NOUNS for noun in group.called):
        return False  # "the Orion spacecraft", "Boeing Co.": no town, whatever the gazetteer says
    return (
        group.place
        or group.placed * 2 > sum(group.forms.values()) - group.qualifying
        or _a_town(group)
        or _a_region(group)
    )


# Words of the compass that stand before a region's name: "in western Darfur", "North Darfur".
COMPASS = frozenset(
    """north south east west northern southern eastern western central northeastern northwestern
    southeastern southwestern""".split()
)


def _a_region(group: _Group) -> bool:
    """A name a word of the compass stands before, in lower case ("the city in western Darfur")
    or as the first word of another of its forms ("North Darfur" beside "Darfur"): a region. Not
    a name given as a person or a voice, nor a body's ("Central Command")."""
    if (
        group.phrase
        or group.voiced
        or group.titled
        or any(ORG_WORDS.intersection(alias_key(f).split()) for f in group.forms)
    ):
        return False
    return any(word in COMPASS for word in group.context) or any(
        form.split()[0].casefold() in COMPASS and form.split(" ", 1)[1] in group.forms
        for form in group.forms
        if " " in form
    )


def _a_town(group: _Group) -> bool:
    """A bare name of a town, city or state of the gazetteer ("Altadena", "Malibu") that some
    sighting places something in ("near Malibu") or calls where people live ("the Altadena
    neighborhoods"), and none gives as a person ("Attorney General Garland", though Garland is
    a Texas city) or a voice. A body named after a place has a word of its own and stays ("Los
    Angeles County Fire Department"); an acronym is no town."""
    if group.phrase or group.voiced or group.titled or not (group.placed or group.settled):
        return False  # a title is capitalised as one (`_after_a_title`): "a major Malibu fire" names none
    return any(
        not (is_acronym(form) and " " not in form)
        and not ORG_WORDS.intersection(alias_key(form).split())
        and is_town(POSSESSIVE.sub("", form))
        for form in group.forms
    )


# Words for where people live, after a town's name: "the Altadena neighborhoods", "Malibu residents".
SETTLEMENT_WORDS = frozenset(
    "neighborhood neighborhoods neighbourhood neighbourhoods community communities residents area areas suburb".split()
)


def _before_a_settlement(sentence: str, end: int) -> bool:
    """Whether a word for where people live follows the name: "historic Altadena community"."""
    after = NEXT_WORD_AFTER.match(sentence, end)
    return after is not None and after.group(1) in SETTLEMENT_WORDS


def _suggest_places(groups: Mapping[str, _Group], kinds: Sequence[sorts.PlaceKind]) -> None:
    """Every form of a place-like group is suggested the kind for places its name's head noun
    or sort says (`candidate_kinds.place_kind_for`): "Lake Mead" a `reservoir`, "Arizona" a
    `state` where the briefing has both; none where no kind for places takes it."""
    for group in groups.values():
        if _place_like(group):
            text = max(group.forms, key=lambda form: group.forms[form])
            group.kinds = dict.fromkeys(group.kinds, sorts.place_kind_for(POSSESSIVE.sub("", text), kinds))


# A preposition that places what follows, with the article and a place word ("the town of").
# Or a list after a plural noun of places: "in cities such as Phoenix, Las Vegas and |Los Angeles".
PLACED_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Ff]rom|outside|around)\s(?:the\s)?(?:(?:historic\s|border\s)?"
    r"(?:town|city|village|region|province|district|commune)\sof\s)?$"
    r"|\b(?:cities|towns|villages|states|provinces|counties|regions)\s(?:such\sas|like|including)\s"
    r"(?:[A-Z][\w.'\u2019-]*+(?:\s[A-Z][\w.'\u2019-]*+)*+(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s))*+$"
)
NEXT_WORD_AFTER = re.compile(r"\s([a-z]+)\b")


def _before_a_place(sentence: str, end: int) -> bool:
    """Whether ", <place>" follows: the name before it is a town ("Laredo, Texas")."""
    after = PLACE_AFTER.match(sentence, end)
    return after is not None and is_place(after.group(1))


PLACE_AFTER = re.compile(r",\s([A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*)?)")


def suggest_kind(text: str, kinds: Sequence[str] = KINDS) -> str | None:
    """The kind a phrase names, among the briefing's `kinds`: program, actor, threat or
    challenge by its first and head words (a designation is a program), a vessel by its
    prefix ("USS Carney"), then the first of `kinds` that may stand for it (`KIND_NAMES`).
    None where no kind of the briefing stands for it: the analyst chooses, rather than
    finding a threat filed as the briefing's first kind."""
    return kind_for(_nature(text), kinds)


def kind_for(nature: str, kinds: Sequence[str]) -> str | None:
    """The first of the briefing's `kinds` that may stand for `nature` (`KIND_NAMES`), or None."""
    for name in KIND_NAMES[nature]:
        for kind in kinds:
            if kind.casefold() in (name, name + "s"):
                return kind
    return None


def _suggest_people_and_bodies(
    groups: Mapping[str, _Group], kinds: Sequence[Kind], topics: Sequence[Topic], vocabulary: frozenset[str]
) -> None:
    """A person or a body no kind of the briefing is named for by `KIND_NAMES` (no `actor`)
    takes the briefing's kind of its sort, if it has one (`candidate_kinds`): "Codelco" a
    `company`, "Luis Arce" an `official`. A capitalized run of common words, each written in
    lower case elsewhere in the texts ("Entity List", "Foreign Exchange": a common noun's
    phrase, not a given name and a surname), is no person unless a title stands before it."""
    by_sort = sorts.kinds_by_sort(kinds, topics)
    if not by_sort:
        return
    names = [form for group in groups.values() if not group.phrase for form in group.forms]
    people = sorts.surnames([*names, *(topic.name for topic in topics)])
    for group in groups.values():
        if group.phrase or group.defined or group.subtyped:
            continue  # a pathogen or a thing by its definition (`_suggest_by_definition`)
        known = [kind for kind in group.kinds.values() if kind is not None]
        if known:  # forms of one name take the kind one of them has ("U.S. Justice Department")
            group.kinds = dict.fromkeys(group.kinds, known[0])
            continue
        forms = [*group.forms, *([group.acronym] if group.acronym else [])]
        if any(_nature(form) not in ("actor", "organization") for form in group.forms):
            continue  # a threat, a pathogen, a vessel: no person and no body
        sort = sorts.candidate_sort(forms, group.titled > 0, people)
        if sort == "person" and (group.place or group.placed or group.settled):
            continue  # "in the Salar de Atacama": a place's name may read as a person's
        if sort == "person" and not group.titled and any(_common_phrase(form, vocabulary) for form in group.forms):
            continue
        group.kinds = {form: by_sort.get(sort) for form in group.kinds}


# The words after a name up to its class noun: a designation ("Boeing Co."), or up to three
# lower-case words, read after an apposition's article too ("Blue Origin, a space company").
DESIGNATION_AFTER = re.compile(rf"\s(?:{'|'.join(DESIGNATION_ABBREVIATIONS)})\b")
WORDS_AFTER = re.compile(r"(?:,\s(?:a|an|the)(?=\s))?((?:\s[a-z][a-z-]*){1,3})")
POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def _class_noun(sentence: str, end: int, nouns: Mapping[str, str], text: str = "") -> str | None:
    """The class noun written right after a name (`candidate_kinds.class_nouns`), past at most two
    lower-case modifiers that are no small words: "spacecraft" of "the Orion spacecraft", "company"
    of "his Blue Origin space company", of "Boeing Co" and of a name ending so. The last class noun
    of the run is its head, the ones before modify it ("the aircraft manufacturer" is a company); in
    an apposition a word before a possessive is no head (", the ship's owner"), though right after
    the name it is ("the Orion spacecraft's systems"). None after a possessive ("Musk's company" is
    no Musk) or where a small word or a verb comes first ("Doug Suttles said the company")."""
    if (
        DESIGNATION_AFTER.match(sentence, end)
        or alias_key(text.rsplit(maxsplit=1)[-1] if text else "") in sorts.DESIGNATIONS
    ):
        return "company" if "company" in nouns else None
    after = WORDS_AFTER.match(sentence, end)
    if after is None:
        return None
    words = after.group(1).split()
    if after.group().startswith(",") and POSSESSIVE_AFTER.match(sentence, after.end()):
        words.pop()  # the apposition's head is what the last word owns
    head = None
    for word in words:
        if sorts.singular(word) in nouns:
            head = sorts.singular(word)
        elif word in STOPWORDS or word.endswith(VERB_ENDINGS):
            break
    return head


# A class noun other than a company's must follow at least one sighting in this many: "the
# Orion spacecraft" names the craft, a maker's name before its product ("SpaceX lander") rarely.
CALLED_SHARE = 5


def _suggest_by_class_noun(groups: Mapping[str, _Group], nouns: Mapping[str, str], topics: Sequence[Topic]) -> None:
    """A name the texts call by a class noun takes that noun's kind, whatever its shape suggested
    (`class_nouns`): "his Blue Origin space company" a `company`, "the Orion spacecraft" a
    `vehicle`, "the Artemis II mission" a `mission`; the noun most of its calls use, if one does.
    A noun other than a company's counts only where it follows a fifth of the name's sightings
    (`CALLED_SHARE`), or any sighting of a numbered name. A name and a series' number ("Artemis
    II", `candidate_kinds.numbered`) is never a person: it takes the kind of the codebook's topics
    of the same words and another number, else its class noun's, else none."""
    for group in groups.values():
        if group.phrase or any(_nature(form) not in ("actor", "organization") for form in group.forms):
            continue
        numbered = all(sorts.numbered(form) for form in group.forms)
        votes: dict[str, int] = {}
        for noun, n in group.called.items():
            if noun in sorts.COMPANY_NOUNS or numbered or n * CALLED_SHARE >= sum(group.forms.values()):
                votes[nouns[noun]] = votes.get(nouns[noun], 0) + n
        best = max(votes, key=lambda kind: votes[kind]) if votes else None
        if best is not None and list(votes.values()).count(votes[best]) > 1:
            best = None
        if numbered:
            best = next(filter(None, (sorts.series_kind(form, topics) for form in group.forms)), best)
        elif best is None:
            continue
        group.kinds = dict.fromkeys(group.kinds, best)


def _suggest_acronyms_as_their_names(groups: Mapping[str, _Group]) -> None:
    """An acronym the texts never write beside its name takes the kind of the one candidate
    whose words' initials it is, in order: "USGS" is what "U.S. Geological Survey" is. An
    acronym says nothing of its kind by itself; its name does."""
    by_initials: dict[str, list[_Group]] = {}
    for group in groups.values():
        for form in group.forms:
            if " " in form and not group.phrase:
                by_initials.setdefault(_initials(form), []).append(group)
    for group in groups.values():
        forms = list(group.forms)
        if group.phrase or group.defined is not None or not all(is_acronym(form) for form in forms):
            continue
        named = by_initials.get(forms[0].replace(".", ""), [])
        if len(named) == 1 and named[0] is not group:
            kind = next(iter(named[0].kinds.values()))
            group.kinds = dict.fromkeys(group.kinds, kind)


def _initials(name: str) -> str:
    """The capitals that begin a name's capitalized words, each letter of a dotted code one:
    "USGS" of "U.S. Geological Survey", "DD" of "Department of Defense"."""
    return "".join(word[0].upper() for word in WORD.findall(name.replace(".", " ")) if word[0].isupper())


def _suggest_vessels(groups: Mapping[str, _Group], kinds: Sequence[str]) -> None:
    """A name at least half of whose sightings follow a word for a ship ("the destroyer USS
    Carney", "one ship, the Galaxy Leader") is a vessel: the briefing's kind for vessels, or none."""
    for group in groups.values():
        seen = sum(group.forms.values())
        ships = sum(n for word, n in group.context.items() if word in VESSEL_WORDS) + group.shipped
        named = group.acronym is None and not any(is_acronym(form) for form in group.forms)  # "(MARPOL)" after "Ships"
        if not group.phrase and named and ships and ships * 2 >= seen:
            group.kinds = {form: kind_for("vessel", kinds) for form in group.kinds}


ACCORDING_TO = re.compile(r"\b[Aa]ccording to (?:the\s)?$")
# A word for a ship after a name the article "the" stands before ("the Galaxy Leader cargo
# ship"), or in apposition ("the Galaxy Leader, a vehicle carrier seized in November").
SHIP_AFTER = re.compile(r"(?:,\s(?:a|an|the)\s|\s)(?:[a-z-]+\s){0,2}?(?:" + "|".join(sorted(VESSEL_WORDS)) + r")\b")
THE_BEFORE = re.compile(r"\b[Tt]he\s$")


def _called_a_ship_after(sentence: str, start: int, end: int) -> bool:
    """Whether a word for a ship follows a sighting the article stands before, right after it or
    in apposition: "the Galaxy Leader cargo ship", "the Galaxy Leader, a vehicle carrier"; not
    "Maersk vessels", a company's ships."""
    return (
        THE_BEFORE.search(sentence, max(0, start - 4), start) is not None
        and SHIP_AFTER.match(sentence, end) is not None
    )


def _offer_acronyms_in_other_case(groups: Mapping[str, _Group], topics: Sequence[Topic]) -> None:
    """A codebook acronym written in another case ("Jnim" for JNIM, "Centcom" for CENTCOM) is
    that topic's other name, not a new one: offered as its alias, unless two topics share it."""
    owners: dict[str, set[str]] = {}
    for topic in topics:
        for name in topic.names:
            if is_acronym(name):
                owners.setdefault(alias_key(name), set()).add(topic.id)
    for key, group in groups.items():
        ids = owners.get(key)
        if ids is not None and len(ids) == 1 and group.alias_of is None and not group.phrase:
            group.alias_of = next(iter(ids))


# A body's name as its head, "of" and what it is of: "Department of the Interior".
HEAD_OF = re.compile(r"(\w+) of (?:the )?(.+)")


def _inverted_names(name: str) -> tuple[str, ...]:
    """The folded other orders of a government body's name, head and qualifier swapped, and what
    it is "of" alone: "interior department" and "interior" of "Department of the Interior";
    "department of the interior" and "department of interior" of "Interior Department" (not
    "biden" of "Biden administration": a qualifier before the head may be a person). None for a
    name not headed by a word of government (`GOVERNMENT_HEADS`)."""
    key = alias_key(name)
    if (match := HEAD_OF.fullmatch(key)) is not None and match.group(1) in sorts.GOVERNMENT_HEADS:
        head, qualifier = match.groups()
        return (f"{qualifier} {head}", qualifier)
    *qualifier, head = key.split()
    if qualifier and head in sorts.GOVERNMENT_HEADS:
        rest = " ".join(qualifier)
        return (f"{head} of the {rest}", f"{head} of {rest}")
    return ()


def _offer_inverted_names(groups: Mapping[str, _Group], topics: Sequence[Topic]) -> None:
    """A codebook body's name with its head and qualifier swapped ("Interior Department" for the
    Department of the Interior), or its qualifier alone ("Interior"), is that topic's other name:
    offered as its alias, unless two topics share it."""
    owners: dict[str, set[str]] = {}
    for topic in topics:
        for name in topic.names:
            for other in _inverted_names(name):
                owners.setdefault(other, set()).add(topic.id)
    for key, group in groups.items():
        ids = owners.get(key)
        if ids is not None and len(ids) == 1 and group.alias_of is None and not group.phrase:
            group.alias_of = next(iter(ids))


# Small words between a name and the word before it that calls it something: "conventions such as| MARPOL".
LEADING_SMALL = frozenset("the a an such as like".split())


def _words_before(sentence: str, start: int) -> list[str]:
    """The words before a sighting as written, past small words ("the icebreaker Yamal")."""
    return [w for w in WORD.findall(sentence[max(0, start - 40) : start]) if w.casefold() not in LEADING_SMALL]


def _word_before(sentence: str, start: int) -> list[str]:
    """The folded word that may call a sighting what it is, singular: the word before it, past
    small words ("conventions such as MARPOL", "the icebreaker Yamal"). Not the word after it:
    "IMO conventions" are conventions, the IMO is not one."""
    return [alias_key(word).removesuffix("s") for word in _words_before(sentence, start)[-1:]]


def _after_a_title(sentence: str, start: int) -> bool:
    """Whether a title stands before a sighting, capitalised as a title is: "General Garcia",
    "Gen. Garcia"; not "a major Codelco deal", where the word is an adjective."""
    before = _words_before(sentence, start)[-1:]
    if not before or not before[0][:1].isupper():
        return False
    word = alias_key(before[0])
    return word in TITLE_WORDS or f"{word}." in TITLE_WORDS


def kind_words(kinds: Sequence[Kind], topics: Sequence[Topic] = ()) -> dict[str, frozenset[str]]:
    """The words that call a thing by each of the briefing's kinds: the kind's id and the words
    of its `labels` ("Rules and conventions"), the head words of a measure's names for a kind
    that stands for measures (`KIND_NAMES`: "convention" for a kind `regulation`), and the last
    word of the codebook's names of several words filed under it ("code" of "Polar Code")."""
    found: dict[str, set[str]] = {}
    for kind in kinds:
        own = {alias_key(word).removesuffix("s") for word in WORD.findall(f"{kind.id} {_labels(kind)}")}
        found[kind.id] = own - STOPWORDS
        if found[kind.id] & set(KIND_NAMES["program"]):
            found[kind.id] |= {word.removesuffix("s") for word in PROGRAM_WORDS}
    for topic in topics:
        for name in (topic.name, *topic.aliases):
            words = name.split()
            if topic.kind in found and len(words) > 1 and words[-1][:1].isupper():
                found[topic.kind].add(alias_key(words[-1]).removesuffix("s"))
    return {kind: frozenset(words) for kind, words in found.items()}


def _suggest_by_context(
    groups: Mapping[str, _Group], words: Mapping[str, frozenset[str]], kinds: Sequence[str]
) -> None:
    """A name whose head says nothing of its kind (an actor by default) takes the kind its head
    word and the words before its sightings call it by most, if one does: "conventions such as
    MARPOL" is a regulation where the briefing has a kind `regulation`."""
    default = suggest_kind("", kinds)
    for group in groups.values():
        if group.phrase or any(kind != default or _head_word(form) in ORG_WORDS for form, kind in group.kinds.items()):
            continue  # "Northern Fleet": an organization by its head word, whatever its vessels
        if group.cited:
            continue  # "according to Cal Fire": a source speaks, whatever its head word ("Eaton Fire")
        heads = [_head_word(form) for form in group.forms]
        seen = sum(group.forms.values())  # a name's head word outweighs all that is said around it
        scores = {
            kind: sum(n for word, n in group.context.items() if word in words[kind])
            + seen * sum(head in words[kind] for head in heads)
            for kind in kinds
        }
        best = max(kinds, key=lambda kind: scores[kind])
        if scores[best] > 0 and list(scores.values()).count(scores[best]) == 1:
            group.kinds = {form: best for form in group.kinds}


def _head_word(text: str) -> str:
    """The word a name is headed by, singular: "office" of "Office on Drugs and Crime"."""
    words = [alias_key(w) for w in WORD.findall(_without_its_subtitle(text))]
    if not words:
        return ""
    head_index = next((i - 1 for i, w in enumerate(words) if i and w in OF_WORDS | {"on", "for"}), len(words) - 1)
    return words[head_index].removesuffix("s")


def _nature(text: str) -> str:
    """program, actor, organization (an actor by its head word), threat, challenge or pathogen,
    from the phrase's first and head words."""
    words = [alias_key(w) for w in WORD.findall(_without_its_subtitle(text))]
    if not words:
        return "actor"
    head_index = next((i - 1 for i, w in enumerate(words) if i and w in OF_WORDS | {"on", "for"}), len(words) - 1)
    if head_index and words[head_index].isdigit():  # "Minute 323", "Executive Order 14157"
        head_index -= 1
    head = words[head_index]
    before = words[head_index - 1] if head_index else ""
    if len(words) > 1 and words[0] in VESSEL_PREFIXES:
        return "vessel"
    if head in AGREEMENT_WORDS:
        return "agreement"
    if words[0] == "operation" or head in PROGRAM_WORDS or (before, head) == ("task", "force"):
        return "program"
    if "designated" in words or _a_designation(words, head_index):
        return "program"
    if words[0] in TITLE_WORDS or words[0].rstrip(".") + "." in TITLE_WORDS:
        return "actor"
    if head in THREAT_WORDS or head.endswith(("trafficking", "smuggling")):
        return "threat"
    if head in CHALLENGE_WORDS:
        return "challenge"
    if head in DISEASE_WORDS or VIRUS_SUBTYPE.fullmatch(head):
        return "pathogen"
    if head in ORG_WORDS or head.removesuffix("s") in ORG_WORDS:
        return "organization"
    if _a_feature(words):
        return "place"
    return "actor"


def _without_its_subtitle(text: str) -> str:
    """A name without the subtitle after its colon, which says nothing of its kind: "Mission" of
    "Mission: Iconic Reefs", a program (`_before_its_subtitle`)."""
    head, colon, _ = text.partition(": ")
    return head if colon and alias_key(head) in SUBTITLED_HEADS else text


def _a_designation(words: Sequence[str], head_index: int) -> bool:
    """Folded words of a designation: classifiers before a designated head ("Significant Foreign
    Narcotics Trafficker", "Foreign Terrorist Organization"). An organization is designated only
    as terrorist: "International Organization for Migration" and "Transnational Criminal
    Organizations" are bodies."""
    head = words[head_index]
    if head not in DESIGNATED or not head_index or not set(words[:head_index]) <= CLASSIFIERS:
        return False
    return head.removesuffix("s") != "organization" or "terrorist" in words[:head_index]


# --- one sentence ------------------------------------------------------------------------


def _sentence_runs(sentence: str, title_like: bool) -> Iterable[tuple[tuple[_Token, ...], bool, bool]]:
    """(run, starts the sentence, an acronym standing alone in a heading) for each run, left to right.
    A sentence's first word alone is among them: capitalized by grammar, it counts only as a
    further sighting of a name seen inside sentences (`_add_openings`)."""
    tokens, starts = _tokens(sentence)
    runs = [
        part
        for run in _runs(sentence, tokens)
        for titled in _split_after_a_titled_name(run)
        for part in _split_at_subtypes(titled)
    ]
    runs = _join_listed_names(sentence, tokens, runs)
    if title_like:  # a heading gives its titled names and its acronyms, each alone
        runs = [run for run in runs if not (len(run) == 1 and run[0].acronym)] + [[t] for t in tokens if t.acronym]
        runs.sort(key=lambda run: run[0].start)
    hyphenated = "-" in sentence  # a number-name has its hyphen: most sentences skip the look
    for run in runs:
        if hyphenated and shapes.after_a_number_name(sentence, run[0].start):
            continue  # "Study" of "24-Month Study"
        yield tuple(run), run[0].start in starts, title_like and len(run) == 1 and run[0].acronym


# Between the parts of a name that lists things: ", ", " and ", ", and ".
LIST_GAP = re.compile(r",\s|\s(?:and|&)\s|,\s(?:and|&)\s")


def _join_listed_names(sentence: str, tokens: list[_Token], runs: list[list[_Token]]) -> list[list[_Token]]:
    """Runs that list the parts of one name, joined: "Bureau of Alcohol, Tobacco, Firearms and
    Explosives", "Framework for Security, Public Health, and Safe Communities" (a name of
    the form "X of A, B and C", A one word), and "U.S. Customs and Border Protection (CBP)"
    (parts whose initials the acronym after them spells, and its last part alone does not). Runs that merely
    follow each other in a list stay apart: "the Department of Homeland Security, Treasury and
    State" (two words after "of"), "Treasury and Drug Enforcement Administration (DEA)"."""
    list_end = list(range(len(runs)))  # each run's list's last run, found once for the whole list
    for k in range(len(runs) - 2, -1, -1):
        if LIST_GAP.fullmatch(sentence, runs[k][-1].raw_end, runs[k + 1][0].start):
            list_end[k] = list_end[k + 1]
    acronyms = [k for k, run in enumerate(runs) if ACRONYM_AFTER.match(sentence, run[-1].raw_end)]
    joined: list[list[_Token]] = []
    i = 0
    while i < len(runs):
        end = list_end[i]
        last = _listed_name_end(sentence, runs, i, end, acronyms)
        if last > i:
            first, stop = runs[i][0].start, runs[last][-1].end
            joined.append([t for t in tokens if first <= t.start and t.end <= stop])
            i = last + 1
        else:
            joined.append(runs[i])
            i += 1
    return joined


def _listed_name_end(sentence: str, runs: list[list[_Token]], first: int, end: int, acronyms: Sequence[int]) -> int:
    """The last run of the listed name starting at runs[first] (among runs[first..end], each
    after a list's gap), or `first` when it lists no name. `acronyms` are the runs (in order)
    an acronym follows: only those can end a name by initials."""
    for last in reversed(acronyms[bisect_right(acronyms, first) : bisect_right(acronyms, end)]):
        stop = runs[last][-1]
        acronym = ACRONYM_AFTER.match(sentence, stop.raw_end)
        whole = sentence[runs[first][0].start : stop.end]
        alone = " ".join(t.text for t in runs[last])
        if acronym and _initials_spell(acronym.group(1), whole) and not _spells(acronym.group(1), alone):
            return last  # by initials only: "Committee, and Deb Fischer (R-NE)" is no name
    head = runs[first]
    of_at = max((k for k, t in enumerate(head) if t.key in OF_WORDS | {"for"}), default=-1)
    if of_at < 0 or len(head) - of_at != 2 or end == first:
        return first
    ends_with_and = re.match(r",?\s(?:and|&)\s", sentence[runs[end - 1][-1].raw_end : runs[end][0].start])
    short = all(len(run) <= 3 for run in runs[first + 1 : end + 1])
    return end if ends_with_and and short else first


def _split_at_subtypes(run: list[_Token]) -> list[list[_Token]]:
    """A virus subtype stands alone: "HPAI H5N1" is HPAI, the disease, and H5N1, its virus, each
    a name of its own; "HPAI H5N1" is neither."""
    if len(run) == 1 or not any(VIRUS_SUBTYPE.fullmatch(t.text) for t in run):
        return [run]
    parts: list[list[_Token]] = [[]]
    for token in run:
        if VIRUS_SUBTYPE.fullmatch(token.text):
            parts += [[token], []]
        else:
            parts[-1].append(token)
    return [part for part in parts if part and any(t.cap for t in part)]


def _split_after_a_titled_name(run: list[_Token]) -> list[list[_Token]]:
    """A title and a name end at the next connector: "President Peña Nieto | of the
    Institutional Revolutionary Party". A title followed by "of" names an office first
    ("Secretary of State Marco Rubio"), which stays whole."""
    for i, token in enumerate(run[:-1]):
        if _is_title(token) and not _is_title(run[i + 1]):
            if not run[i + 1].cap:
                return [run]
            cut = next((k for k in range(i + 2, len(run)) if run[k].text in CONNECTORS), len(run))
            rest = run[cut:]
            while rest and rest[0].text in CONNECTORS:
                rest = rest[1:]
            return [run[:cut]] + ([rest] if rest else [])
    return [run]


PHRASE_HEADS = THREAT_WORDS | CHALLENGE_WORDS


# Most sentences hold no head word, and so no phrase: this lets them skip the phrase search.
ANY_PHRASE_HEAD = _any_of(PHRASE_HEADS)
LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]*[a-z](?![\w-])")


def _phrases(sentence: str) -> list[tuple[_Token, ...]]:
    """Lower-case phrases of one or two describing words and a threat's or challenge's head
    word ("crude oil smuggling", "capacity gaps"): threats and challenges are written in lower
    case, so no run of capitals finds them. Whether one recurs is judged across the corpus."""
    if next(ANY_PHRASE_HEAD.iter(sentence), None) is None:
        return []
    words = list(LOWER_WORD.finditer(sentence))
    found = []
    for index, head in enumerate(words):
        if head.group() not in PHRASE_HEADS:
            continue
        start = index
        while (
            start > 0
            and index - start < 2
            and words[start - 1].end() + 1 == words[start].start()
            and sentence[words[start - 1].end()] == " "
            and _describes(words[start - 1].group())
        ):
            start -= 1
        if start < index and not (index - start == 2 and _an_infinitive(sentence, words[start])):
            found.append(
                tuple(
                    _Token(w.start(), w.end(), w.end(), w.group(), False, False, False, w.group())
                    for w in words[start : index + 1]
                )
            )
    return found


# Endings of adjectives, which a verb after "to" lacks: "to international drug trafficking".
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary", "an", "ful", "less", "able", "ible")
# "to" opening a clause (after a sentence's start, a comma, "and", "or" or "in order") or a modal
# verb: the word after it is a verb's infinitive ("..., to counter", "and to counter", "will counter").
# After another word, "to" may be a preposition ("linked to drug cartel violence").
TO_BEFORE = re.compile(
    r"(?:(?:^|[,;:(]\s?|(?<![\w-])(?:and|or|order) )[Tt]o|(?<![\w-])(?:will|would|can|could|shall|should|may|might|must)) $"
)


def _an_infinitive(sentence: str, word: re.Match[str]) -> bool:
    """Whether the first of three lower-case words before a head is the verb of a purpose clause
    opened by "to" or after a modal verb (`TO_BEFORE`: "..., to counter transnational crime", "will
    counter transnational crime", "and to disrupt drug trafficking"): a word without an adjective's
    ending, then the verb's object. The clause names what is done about a threat, not a threat: no
    phrase is taken from it. After "linked to" or "lost tourists to", "to" is a preposition and the
    phrase after it a threat ("drug cartel violence")."""
    return bool(TO_BEFORE.search(sentence, max(0, word.start() - 16), word.start())) and not word.group().endswith(
        ADJECTIVE_ENDINGS
    )


def _describes(word: str) -> bool:
    """A word that may describe a head noun: not a function word, an adverb or a verb form."""
    return word not in STOPWORDS and word not in CONNECTORS and not word.endswith(("ly", "ed", "ing")) and len(word) > 2


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
    leaving them out, at the cost of one test each, is most of the speed of reading candidates."""
    found: list[_Token] = []
    starts = _grammar_starts(sentence)
    for match in WORD_OF_NOTE.finditer(sentence):
        text = match.group(1)
        if text is None:
            continue  # the end of the sentence
        if text[0].islower():  # never a name, an acronym or a title; at most a connector
            if text in CONNECTORS:
                start, end = match.span(1)
                found.append(_Token(start, end, end, text, False, False, False, text))
            elif "-" in text and PARTICLE_NAME.match(text):  # "al-Khaliq", "bin-Salman": a name word
                start, end = match.span(1)
                found.append(_Token(start, end, end, text, True, False, False, fold(text)))
            continue
        start, end = match.span(1)
        if sentence.startswith(".", end) and (
            "." in text
            or text.lower() + "." in TITLE_WORDS
            or (len(text) == 1 and text.isupper() and not _ends_the_sentence(sentence, end + 1))
            or text.lower() in NAME_ABBREVIATIONS
        ):
            end += 1
            text += "."
        raw_end = end
        possessive = ("'" in text or "\u2019" in text) and POSSESSIVE.search(text) is not None
        if possessive:
            end -= 2
            text = text[:-2]
        acronym = is_acronym(text)
        if not acronym and len(text) > 2 and text.endswith("s") and is_acronym(text[:-1]):
            end -= 1  # NGOs -> NGO
            text = text[:-1]
            acronym = True
        cap = text[0].isupper() or (text[0].isdigit() and shapes.digit_led(sentence, start, text))
        found.append(_Token(start, end, raw_end, text, cap, acronym, possessive, fold(text)))
    # Words in capitals next to each other are shouting ("MEXICO CITY", "ALL RIGHTS
    # RESERVED"), not acronyms: they are read as ordinary capitalized words.
    shouting: set[int] = set()
    for left, right in pairwise(found):
        if (
            left.acronym
            and right.acronym
            and _adjacent(sentence, left, right)
            and min(len(left.text), len(right.text)) >= 3
            and left.text.isalpha()
            and right.text.isalpha()  # "HPAI H5N1": an acronym and a virus's code, no shouting
        ):
            shouting.update((id(left), id(right)))
    found = _with_their_numbers(sentence, found)
    return [t._replace(acronym=False) if id(t) in shouting else t for t in found], starts


SENTENCE_CLOSE = re.compile(r"[\s\"'\u201d\u2019)\]]*$")


def _ends_the_sentence(sentence: str, at: int) -> bool:
    """Whether only closing quotes and brackets follow `at`: a capital's period there ends the
    sentence ("the launch of Artemis I."), no initial's."""
    return SENTENCE_CLOSE.match(sentence, at) is not None


def _with_their_numbers(sentence: str, tokens: list[_Token]) -> list[_Token]:
    """An instrument's word and its number as one word: "Minute 323", "Order 14157" (of
    "Executive Order 14157"); "Section 3" stays a word cut from its number (`candidate_shapes`).
    Most sentences name no instrument: one set test lets them skip the pairwise look."""
    if shapes.INSTRUMENT_HEADS.isdisjoint([t.text for t in tokens]):
        return tokens
    joined: list[_Token] = []
    for token in tokens:
        last = joined[-1] if joined else None
        if last is not None and shapes.numbers_an_instrument(
            last.text, sentence[last.raw_end : token.start], token.text
        ):
            text = f"{last.text} {token.text}"
            joined[-1] = _Token(last.start, token.end, token.raw_end, text, True, False, token.possessive, fold(text))
        else:
            joined.append(token)
    return joined


def _grammar_starts(sentence: str) -> set[int]:
    """The offsets of the words capitalized by grammar: the first word beginning with a letter,
    and the first such word after each colon."""
    starts: set[int] = set()
    after = 0
    while True:
        word = next((w for w in WORD.finditer(sentence, after) if w.group()[0].isalpha()), None)
        if word is None:
            return starts
        starts.add(word.start())
        colon = sentence.find(":", word.end())
        if colon < 0:
            return starts
        after = colon + 1


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
        while j < len(tokens) and not run[-1].possessive and not _a_number_name(run[-1]):
            if len(run) == 1 and _before_its_subtitle(sentence, run[0], tokens[j]):
                run.append(tokens[j])  # "Mission: Iconic Reefs"
                j += 1
                continue
            if not _adjacent(sentence, run[-1], tokens[j]):
                break
            if tokens[j].cap and not _a_number_name(tokens[j]):
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


def _before_its_subtitle(sentence: str, head: _Token, following: _Token) -> bool:
    """Whether a capitalized effort's head word ("Mission", "Operation", `SUBTITLED_HEADS`) and a
    colon open a name that goes on with its subtitle: "Mission: Iconic Reefs" is one name, never
    "Mission" and "Iconic Reefs". A colon after any other word introduces what follows
    ("Houthis: CENTCOM on ...", "Spanish: Guerra contra el narcotráfico")."""
    return (
        head.key in SUBTITLED_HEADS
        and not head.possessive
        and following.cap
        and not following.acronym
        and sentence[head.raw_end : following.start] == ": "
    )


def _a_number_name(token: _Token) -> bool:
    """A hyphenated word led by digits ("7-Eleven", "24-Month"): a name alone, never a word of a
    longer run, which would make "24-Month Study" a name (`candidate_shapes.after_a_number_name`)."""
    return token.text[0].isdigit() and "-" in token.text


def _may_connect(run: list[_Token], connectors: list[str], following: _Token) -> bool:
    if tuple(connectors) not in CONNECTOR_SEQUENCES:
        return False
    if following.key in CALENDAR:
        return False  # "Mexico City on Wednesday"
    if connectors[0] in ("and", "y"):
        inside_name = run[0].key == "operation" or any(t.key in OF_WORDS | {"on", "for"} for t in run)
        return inside_name and not _is_country_word(following)
    return True


def _pick(
    run: list[_Token],
    sentence_start: bool,
    covered: list[tuple[int, int]],
    title_like: bool,
    vocabulary: frozenset[str],
    codes: frozenset[str] = frozenset(),
    places: bool = False,
    leads: frozenset[tuple[str, str]] = frozenset(),
) -> list[_Token] | None:
    """The candidate a run holds, trimmed, or None. `codes`: the codebook's countries' codes;
    `places`: the briefing has a kind for places, so a place name is a candidate; `leads`: the
    first two words of names that open with a common word (`_name_leads`)."""
    countries = _country_tokens(run, codes)
    if (
        sentence_start
        and not _may_lead_a_sentence(run[0])
        and (_ordinary(run[0], vocabulary) or run[0].key.endswith(VERB_ENDINGS))
        and not (len(run) > 2 and run[1].text in ("and", "&"))  # "Customs and Border Protection": one name
        and not _opens_a_name(run, leads)  # "New York City officials said ..."
    ):
        run = run[1:]
        # What is left must still look like a name: "Policy Differences" is no "Differences".
        rest = [t for t in run if t.text not in CONNECTORS]
        if len(rest) == 1 and not rest[0].acronym:
            return None
    # Leading function words and connectors: "The United States", "the Department of ...".
    while run and (
        run[0].text in CONNECTORS
        or (
            run[0].key in STOPWORDS
            and not run[0].acronym
            and not _is_title(run[0])
            and len(run) > 1
            and not _opens_a_name(run, leads)
        )
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
    if not titled and _is_title(run[-1]):
        if len(run) > 2 and run[-2].key in ORG_WORDS:
            shorter = run[:-1]  # "Northern Fleet| Commander"
            return _pick(shorter, False, covered, title_like, vocabulary, codes, places, leads)
        return None  # a role, not a name: "Special Agent", "Acting Chief", "Mr. Chairman"
    words = [t for t in run if t.text not in CONNECTORS]
    opener = id(run[0]) if _opens_a_name(run, leads) else None  # "New" of "New Mexico": the name's own
    if all(id(t) in countries or _is_title(t) or (t.key in STOPWORDS and id(t) != opener) for t in words):
        return None  # "United States", "President-elect of Mexico"
    if not places and (
        is_place(" ".join(t.text for t in run)) or (_head(run).key in PLACE_HEADS and not _has_head(run))
    ):
        return None  # the briefing has no kind for places: "Mexico City", "Red Sea", "Gulf of Aden"
    if len(run) == 1:
        token = run[0]
        coded = (
            any(c.isdigit() for c in token.text)
            and not VIRUS_SUBTYPE.fullmatch(token.text)
            and not shapes.an_instrument(token.text)
        )
        if token.text[0].isdigit() and token.cap:
            return run  # a name led by digits ("3M"), judged by its sightings (`candidate_shapes`)
        if coded or token.key.rstrip(".") in ABBREVIATIONS:
            return None  # citations and fiscal years: "FY2017", "E.O.", "P.L."; not "H5N1"
        if token.acronym:
            return None if token.key in STOPWORDS or (len(token.text) > 4 and token.key in vocabulary) else run
        if (
            len(token.text) < 3
            or _nationality(token)
            or token.key in CALENDAR | NOT_ALONE | ORG_WORDS
            or _ordinary(token, vocabulary)
        ):
            return None  # ORG_WORDS: "Office" is what is left of "Attorney General's Office"
        return run
    if _nationality(run[-1]) and opener is None:
        return None  # "Latin American", "North American"; not "New Mexico"
    if (
        not titled
        and all(id(t) in countries or (not t.acronym and _ordinary(t, vocabulary)) for t in words)
        and not (
            any(t.key in ORG_WORDS for t in run)
            or (opener is not None and _a_known_place(" ".join(t.text for t in run)))  # "New Mexico"
            or run[0].key == "operation"
            or (_has_head(run) and len(words) >= 3)
            or (run[0].key in NOT_ALONE and len(words) >= 2)  # "Northern Sea Route", "Northern Fleet"
            or (run[0].key in PLACE_MODIFIERS and run[-1].key in FEATURE_HEADS)  # "Lower Basin": a region's name
            or (len(words) >= 3 and any(t.text in ("and", "&") for t in run))
        )
    ):
        return None  # "Border Security"; but "Coast Guard", "Joint Task Force", "Customs and Border Protection"
    if len(words) == 2 and words[1].key in PROGRAM_WORDS and _ordinary(words[0], vocabulary) and not titled:
        return None  # "Security Partnership": an ordinary word before a generic head is emphasis
    return run


# How often a common word and the capitalised word after it are written inside sentences before
# they are read as the opening of a name (`_name_leads`): once may be a headline's emphasis.
NAME_LEAD_SIGHTINGS = 2


def _name_leads(runs: Iterable[Sighting]) -> frozenset[tuple[str, str]]:
    """The folded first two words of names that open with a common word ("New York", "Grand
    Forks", "Five Eyes"): a pair the corpus writes capitalised inside a sentence, neither at its
    start nor in a heading, at least `NAME_LEAD_SIGHTINGS` times, its first word no function word
    of the stop list (`NAME_OPENERS`: "The" after a quotation mark opens nothing). Capitals
    there are the name's own, not grammar's, so `_pick` keeps that word where it would trim it."""
    counts: dict[tuple[str, str], int] = {}
    for seen in runs:
        run = seen.run
        if seen.phrase or seen.sentence_start or seen.title_like or len(run) < 2 or not run[1].cap:
            continue
        if run[0].acronym or not _may_open_a_name(run[0]):
            continue
        pair = (run[0].key, run[1].key)
        counts[pair] = counts.get(pair, 0) + 1
    return frozenset(pair for pair, count in counts.items() if count >= NAME_LEAD_SIGHTINGS)


def _may_open_a_name(token: _Token) -> bool:
    """A capitalised word that may be a name's first: any but the stop list's function words."""
    return token.key not in STOPWORDS or token.key in NAME_OPENERS


def _opens_a_name(run: list[_Token], leads: frozenset[tuple[str, str]]) -> bool:
    """Whether a run's common first word ("New", "Grand") opens the name, rather than being
    capitalised by grammar or emphasis: the corpus writes the pair capitalised inside sentences
    (`_name_leads`), or its first two or three words are a known place's name ("New York",
    "New Brunswick", "Grand Forks" in the general lists or the gazetteer)."""
    if len(run) < 2 or not run[1].cap or not _may_open_a_name(run[0]):
        return False
    if (run[0].key, run[1].key) in leads:
        return True
    return any(_a_known_place(" ".join(t.text for t in run[:size])) for size in (2, 3) if len(run) >= size)


def _a_known_place(name: str) -> bool:
    """A place of the general lists or a town of the gazetteer."""
    return is_place(name) or is_town(name)


def _country_tokens(run: list[_Token], codes: frozenset[str] = frozenset()) -> set[int]:
    """ids of the tokens that name a country ("United States" is two tokens)."""
    ids = {id(t) for t in run if _is_country_word(t, codes)}
    for size in (2, 3):
        for i in range(len(run) - size + 1):
            if country_of(" ".join(t.text for t in run[i : i + size])):
                ids.update(id(t) for t in run[i : i + size])
    return ids


def _is_country_word(token: _Token, codes: frozenset[str] = frozenset()) -> bool:
    """A country's name or demonym, a code of the codebook's countries ("US", "U.S."), a dotted
    code, or a hyphenated compound of them ("U.S.-Mexico")."""
    return all(_country_part(part, codes) for part in token.text.split("-"))


def _country_part(part: str, codes: frozenset[str]) -> bool:
    key = fold(part).lower()
    if "." in part.strip("."):  # a dotted code: "U.S.", "U.K."
        return _dotted_code(key) or key in codes
    if part.isupper() and key in codes:
        return True
    return bool(part) and part[0].isupper() and country_of(part) is not None


def _dotted_code(word: str) -> bool:
    """A country's code written with dots: "u.s.", "u.k." (no word is written so)."""
    return "." in word.strip(".") and word.replace(".", "") in country_codes()


def _nationality(token: _Token) -> bool:
    """A demonym: "Mexican", "Colombians", "European"."""
    return token.key in REGIONAL_DEMONYMS or (
        token.text[:1].isupper() and country_of(token.text) is not None and not is_place(token.text)
    )


# Words that make a title word the adjective of a body's name: "General Assembly", "Chief of Staff".
BODY_WORDS = ORG_WORDS | PROGRAM_WORDS | PLACE_HEADS | frozenset("assembly staff headquarters counsel".split())


def _untitled(run: list[_Token], vocabulary: frozenset[str] = frozenset()) -> list[_Token]:
    """A person's name without the title before it, which is no part of the name: "General
    Abdourahamane Tchiani" is Abdourahamane Tchiani, "U.S. Secretary of State Marco Rubio" is
    Marco Rubio. A title word heading a body stays ("Justice Department", "General Assembly").

    An office after "of" runs over the capitalised words the corpus (`vocabulary`) also writes
    in lower case, its common nouns, leaving at least two words for the name: "Minister of
    Emergency Preparedness Bill Blair" is Bill Blair. And a name stands after the last title of
    its run: "Chief Public Health Officer Dr. Theresa Tam" is Theresa Tam."""
    after_last = _after_the_last_title(run)
    if after_last:
        return after_last
    i = 0
    while i < len(run) - 1 and (_is_title(run[i]) or (_dotted_code(run[i].key) and _is_title(run[i + 1]))):
        i += 1
        if i and _is_title(run[i - 1]) and run[i].text == "of" and i + 2 < len(run):
            i += 2  # "Secretary of State", "Minister of Defense"
            while i + 2 < len(run) and run[i].cap and _ordinary(run[i], vocabulary):
                i += 1  # "Minister of Emergency Preparedness| Bill Blair"
    rest = run[i:]
    if not i or any(t.key in BODY_WORDS or t.acronym or not t.cap for t in rest):
        return _name_after_an_office(run) if i else run
    return rest


def _after_the_last_title(run: list[_Token]) -> list[_Token]:
    """The words after the last title of a run when that title is not its first word and every
    word after it may be part of a person's name ("... Officer Dr. |Theresa Tam"); else none."""
    last = max((k for k, t in enumerate(run[:-1]) if k and _is_title(t)), default=0)
    rest = run[last + 1 :]
    if not last or not all(
        t.cap and not t.acronym and not _is_title(t) and t.key not in BODY_WORDS and t.text not in CONNECTORS
        for t in rest
    ):
        return []
    return rest


def _name_after_an_office(run: list[_Token]) -> list[_Token]:
    """The name that ends a titled office, marked by its middle initial: "Secretary of the
    Treasury for Terrorism and Financial Intelligence Brian E. Nelson" is Brian E. Nelson. Without
    an initial the office's last words and the name cannot be told apart, and the run stays."""
    if len(run) < 4 or not MIDDLE_INITIAL.fullmatch(run[-2].text):
        return run
    given = run[-3]
    if not given.cap or given.acronym or _is_title(given) or given.key in BODY_WORDS | ORG_WORDS:
        return run
    return run[-3:]


def _is_title(token: _Token) -> bool:
    return token.key in TITLE_WORDS


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
        and not _nationality(token)
        and token.key not in CALENDAR | NOT_ALONE
        and not _ordinary(token, vocabulary)
    )


def _head(run: list[_Token]) -> _Token:
    """The word a name is a name of: its last, or the last before "of" ("Gulf of Aden")."""
    of = next((i for i, t in enumerate(run) if i and t.key in OF_WORDS), len(run))
    return run[of - 1]


def _has_head(run: list[_Token]) -> bool:
    """The run names an institution or a program by its head word."""
    return (
        run[0].key == "operation"
        or _nature(" ".join(t.text for t in run)) in ("program", "agreement")
        or any(t.key in ORG_WORDS for t in run)
    )


def _ordinary(token: _Token, vocabulary: frozenset[str]) -> bool:
    """A common word: on the stop list, or written in lower case somewhere in the corpus
    (`_written_in_lower_case`, its own forms only: a run of such words is dropped whole)."""
    return token.key in STOPWORDS or _written_in_lower_case(token.key, vocabulary)


def _common_phrase(name: str, vocabulary: frozenset[str]) -> bool:
    """Whether a capitalized name is a common noun's phrase, not a given name and a surname: every
    word is written in lower case somewhere in the corpus, in any plural ("Entity List":
    "entities", "list"), or, in a run of three or more words, two are ("Gila River Indian
    Community", "Environmental Impact Statement"; a person's three names rarely hold two common
    nouns: "Stephen Roe Lewis"). Looser than `_ordinary`, which drops a run: this only withholds
    a person's kind, so a wider net costs a suggestion, never a candidate."""
    words = alias_key(name).split()
    common = sum(_written_in_lower_case(word, vocabulary, any_plural=True) for word in words)
    return common == len(words) or (len(words) >= LONG_NAME_WORDS and common >= 2)


# A run of this many words is a person's only if at most one of them is a common noun (`_common_phrase`).
LONG_NAME_WORDS = 3


def _written_in_lower_case(key: str, vocabulary: frozenset[str], any_plural: bool = False) -> bool:
    """The one test of a word form of ordinary English: whether the corpus's lower-case words
    (`vocabulary`) hold this folded word as written, with a plural "s" or as the singular of a
    plural ("Opioids": "opioid"); with `any_plural`, also in its "es" and "ies" plurals
    ("Entity": "entities")."""
    forms = {key, key + "s"}
    if key.endswith("s"):
        forms.add(key[:-1])
    if key.endswith("es"):
        forms.add(key[:-2])
    if key.endswith("ies"):
        forms.add(key[:-3] + "y")
    if any_plural:
        forms |= {key + "es", key[:-1] + "ies"} if key.endswith("y") else {key + "es"}
    return not forms.isdisjoint(vocabulary)


def _overlaps(token: _Token, covered: list[tuple[int, int]]) -> bool:
    return any(token.start < end and start < token.raw_end for start, end in covered)


# --- blocks and groups ------------------------------------------------------------------


def _lowercase_vocabulary(blocks: Sequence[Block]) -> str:
    """Every word the article writes in lower case, space-separated; together, the corpus's own
    list of ordinary words. The words are lower-cased in one call, joined by spaces, which no
    word holds and which end the context of a Greek final sigma as a word's own edges do."""
    written = set(WORD.findall(fold("\n".join(block.text for block in blocks), keep_case=True)))
    lowered = " ".join(
        POSSESSIVE.sub("", word) if "'" in word else word for word in written if word[0].islower()
    ).lower()
    return " ".join(sorted(set(lowered.split(" ")))) if lowered else ""


def title_like(block: Block) -> bool:
    """A heading, or a paragraph written like one: a short line of capitalized words."""
    if block.kind == "heading":
        return True
    text = block.text.rstrip()
    if len(block.sentences) != 1 or not text or text[-1] in ".!;,\"'\u201d":
        return False
    words = [w for w in WORD.findall(text) if w[0].isalpha()]
    return 0 < len(words) <= TITLE_LIKE_MAX_WORDS and all(w[0].isupper() or w.lower() in SMALL_WORDS for w in words)


def group_key(text: str) -> str:
    """One key per name: "Secretary Omar García Harfuch" and "Omar Garcia Harfuch" group together."""
    words = alias_key(POSSESSIVE.sub("", text)).split(" ")
    while len(words) > 1 and (words[0] in TITLE_WORDS or words[0] + "." in TITLE_WORDS or _dotted_code(words[0])):
        words = words[1:]
    return " ".join(words)
