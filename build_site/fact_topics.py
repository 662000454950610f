"""Which topic a stated figure is about, among the mentions of its sentence.

A figure gets a topic on evidence in its words: the topic's mention is the noun it counts, or
names what it counts or what the counted things underwent ("ships were attacked"); the figure
is what a mention measures ("of"), a measure of something in or at a named place, in its own
phrase ("10-12 feet of elevation at Lake Mead": `MEASURED_AT`), an amount of it or in it ("a reward of", "$130 million in
ransom payments"), what it pays for ("for"), what a topic's instances aim at ("strikes against"),
or the value of a measure ("with a value of"). A figure with no evidence of its own takes the
events another figure of its clause counts. Otherwise the mention of its clause (the subject of
its verb) is taken, but never an actor that only describes the counted noun ("14 US citizens";
the members of a group are its own, "80 Wagner fighters", unless a demonym names it: "47 Malian
soldiers"), only places it ("in Yemen") or only qualifies another noun ("the Houthi campaign"),
never across a contrast ("while ...") nor into the next of a list of clauses each opened by
its figure ("..., more than 400 roads are closed": `FIGURE_CLAUSE`), and never for the dead of an attack, who are its victims,
not its attacker's ("an ambush by Tuareg rebels ... resulted in the death of 47 Malian soldiers"). A measure of something no topic names, in a list whose other
measures, in any unit, have their own ("254 pounds of fentanyl and 395 pounds of
methamphetamine", "3.8 million doses of fentanyl and 201 pounds of methamphetamine"), and a
prison term or a penalty a sentenced person is ordered to pay ("ordered to forfeit $27 million")
have none: nothing rather than a guess. The clause's subject is never a mention
another figure measures or qualifies ("480 kilograms of fentanyl ... and 420 firearms"), a
possessive ("Mali's army stated ... 14 militants"; but one that opens the subject of a verb stating a
level or a share is the figure's: "Lake Mead's water level will be below 1,050 feet", `_possessor`), nor
the figure's source ("according to the
U.N. Security Council", "..., Central Command said"); counted people take a mention after them
only when they belong to it ("entities linked to", "leaders of the Sinaloa Cartel"), the
kidnapped are victims as the dead are, a length before "-long" is its noun's, and a reward
("$5 million for information") or a population ("a country of 11 million people") takes no
clause's topic.

Three questions order the rules. What does the figure measure: the noun it counts, what that
noun underwent or what an attack verb acted on ("the rebels attacked two cargo ships": the
attacks), the whole it is a part of ("100 people, including 20 children"), the thing it dates
("the withdrawal of MINUSMA a year ago"). Whose is it: the actor of its clause, never a mention
that only modifies (a hyphenated "Iranian-backed", "US-flagged"; a demonym after a number, "18
U.S."), places ("in Houthi-controlled areas of Yemen"), is a victim's place or target ("an attack
on camps for displaced people"), says it (before any verb of saying: "a report by UN
investigators ... estimated that ..."), or stands before a relative "that" of a noun no topic
names ("a conflict that has forced ..."); a ship's crew is its vessel's, never an actor's. And
when none is the honest answer: when the whole, the vessel or the noun the figure belongs to is
no topic ("a coalition, made up of more than 20 countries"), or the figure is a distance from a
place ("about 70 kilometers from el-Fasher"). Another noun phrase of the sentence is not the
subject: a mention in a relative clause closed before the figure (", which involved ... the FBI,
..., has resulted in the arrest of four persons") or opened after it (", for which he was
sanctioned by the United States"), in another predicate of the same subject (", and carried out
... killings"), a country's adjective ("the Yemeni armed forces"), what a later figure counts
("four uncrewed vessels ... and two aerial drones") or a participle that qualifies another
figure's noun ("eight million people newly displaced ..., and nearly 25 million people").

A definite description ("the group", "the company", "the operation") stands for a topic when the
nearest sentence before it that names a topic of that sort names exactly one (`described`): the
figures of its sentence may then be about that topic. Two of that sort, or none: no topic. When no
sentence of its paragraph or the one before names one, the article before it must name exactly one
of that sort ("the vessel" after "the Dali" paragraphs before); a sort is a topic's `type`, the head
of its names, or a noun its codebook says it is `called`. Its
head may also be the head noun of one topic's common name, but then only a mention with that
very noun stands before it ("precursor chemicals ... to procure the chemicals"). A plural description
("the fires", "the two fires", "both fires") stands for all the topics of its sort named before
it, in its paragraph or else in the article, when they are as many as it says (at least two
when it says no number; "the other 53 dams" are never the ones named), and names coordinated before their shared plural head ("the Palisades
and Eaton fires") are each the subject: such a figure is about each of them. A head noun of a
closed list of synonyms (`ALIKE_NOUNS`: an agreement's, a legislative measure's) stands for the one
topic the article named before it with a head of the same list ("The deal" after "approved a
[settlement]"), when the rules above place it nowhere. A subject
pronoun ("It has grown to more than 52,000 acres", "And it requires ...") stands for the subject of
the sentence before in its paragraph, when a topic's mention opens it, past a label ("Containment:
The fire ..."), or the alias in brackets after the head noun that mention only modifies ("The Gulf
of Mexico coastal environment (Gulf Coast)": `_apposed_alias`), else for the one topic that
sentence names other than as a place (`pronoun_topic`); nothing is guessed further back. A figure whose sentence names no topic takes
the one topic its section's heading names, or the line of its own that titles its list
(`section_topic`). An entry of a list (a list item, or a short paragraph opening with a figure or
a marker) continues the sentence that leads into the list, ending with a colon or announcing "the
following" ("The RESTORE Act sets forth the following framework ...:"): a figure opening the entry
is also the one topic that lead-in names, or its subject's when it names several, and a figure of
an entry that names no topic takes it (`lead_in_topic`).

A topic in the figure's own noun phrase, after "aboard", "on board" or "atop", holds what it
counts ("All 22 crew aboard the Dali": `ON_WHAT`), and names coordinated by "and" before the
figure are each its subject ("Grace Ocean and Synergy have paid $97,294": `_conjoined`).

A sayer is the subject of what it says of itself ("YLB said on 26 November it will take a 51%
stake": `_sayer`), and a mention in apposition only describes the name before it ("Uranium One
Group, a subsidiary of ... Rosatom, to build": `_in_apposition`). A figure written after "the"
whose sentence names no topic repeats the figure of the same kind and value its article stated
before, and takes its topics ("The $1 billion will cover initial construction": `repeated_figure`;
its `topics_from` is "article").

A count whose noun is left out, the value of a toll, total or number of its clause ("The Helene
death toll rose to 33", "The number of deaths stood at 225": `facts.toll_before`), counts what
the toll counts: the topic whose mention or cue the toll's noun ends or follows with "of"
(`_toll_topic`); else, like any other such count, the topics of the figure before it.

A topic's cue words (its codebook `cues:`, `cued`) are read for figures only, never as mentions:
a figure whose own noun or verb is a cue ("13 deaths", "Two children died", "99 people were
hospitalized") is that topic's, and a figure no rule places takes the one topic whose cues its
clause holds ("Among the 800 reported cases, 96% ..."). A topic that cues two words of a closed
list of synonyms (`CUE_SYNONYMS`: the dead) cues the others too ("102 fatalities"). A cue written with "the" ("the
outbreak") only refers back, as its sentence's subject, to the one topic named before with that
noun ("our measles outbreak"; `described`). A cue matches as written, never as the stem of a
longer word ("fish" is no "fishing": `cue_form`).

A figure that opens its line with its label after a colon ("$93 billion: amount NASA will have
spent since FY 2012", "$5 million: USAID's Office ... is ramping up ...") is read with its label as
its clause: the label's first noun, a cue, is what the figure is, else the label's subject is the
figure's (`Sentence._labelled`). A noun phrase said "to be" the figure, as the object of a verb of
thinking or saying ("expected the cost to be around $500 million", "estimates the cost of the
failure of Silicon Valley Bank ... to be $20 billion"), is what it measures: its cue's topic, or its
mention's when it is no actor (`TO_BE_VALUE`), not the subject or the listener of that verb.

A count of a class is no one topic's: a topic's instance noun after "all" or "other" ("all the
other 53 dams") or before its parts by place ("13 ... dams – two in Laos and 11 in China"). Money
no other rule places is the topics named right after it with "from" ("$4.0 billion from the State
Department and USAID": `_sources`), unless it is claimed from them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

import regex

from build_site.codebook import CUE_WORDS
from build_site.countries import country_codes, country_of, is_demonym
from build_site.facts import NUMBER_WORD, counted_by_toll, elided, number_start, toll_before
from build_site.matcher import cue_key, deed_stem, fold, noun_stem, word_key
from build_site.model import Block, Fact, Mention, block_at, block_index


class StatedFigure(Protocol):
    """A figure as its article states it (article_analysis.StatedFact), its topics still empty."""

    @property
    def sentence_index(self) -> int: ...
    @property
    def start(self) -> int: ...  # offsets in its sentence
    @property
    def end(self) -> int: ...
    @property
    def fact(self) -> Fact: ...


# A clause of a list of main clauses, each with a figure for its subject: a comma (and "and")
# after a clause that opens with a figure, before a counted noun phrase and its finite verb
# ("More than 360,000 ... remain without power ..., more than 1,100 people have been housed in
# 11 different shelters, more than 400 roads are closed"). Each is a clause of its own, about what
# its own words name, not the topics of the clause before it. A figure clause after a clause of
# another subject may leave its topic to it ("The total number of people killed in gang-related
# violence ... was 5,626, ..., and 2,213 people were injured"): no break. Clauses listed in a
# relative clause ("the massacre, in which 71 people were killed, more than 400 houses were
# destroyed") all describe its antecedent: no break there.
FIGURE_CLAUSE = (
    r",(?<=(?:^\W*|[,;]\s+)(?:and\s+)?(?:[A-Za-z]+\s+){0,2}\d[\d,.]*[^,;:]{0,200},)"  # lookbehinds at commas only
    r"(?<!\b(?:which|whom|where)\b[^,;:]{0,200},)\s+(?:and\s+)?"
    r"(?=(?:(?!(?:which|whom|where)\b)[a-z]+\s+){0,2}\d[\d,.]*(?:\s+[a-z]+){0,2}\s+(?:have|has|had|are|is|were|was)\b)"
)
# Where a clause ends inside a sentence: a semicolon, colon, dash or bracket, or a comma before
# a word that opens another clause. Commas alone mostly separate list items, not clauses.
CLAUSE_BREAK = regex.compile(
    r"[;:()\[\]\u2014]|\s[\u2013-]\s|,\s(?=(?:while|whereas|although|but|which|who)\b)|,\s(?=(?:as|when|because|since)\s+"
    r"(?:the|a|an|its|their)\b)|" + FIGURE_CLAUSE
)
# A clause that contrasts with the one before: its figures are not about that clause's topics
# ("Fentanyl ... 70% of lives lost, while methamphetamine ... 30% of deaths").
# A subordinate clause with a subject of its own is one too: "..., as the deployment hovered below
# 1,000 personnel" is the deployment's, not the Security Council's named before.
CONTRAST = regex.compile(
    r",\s(?:(?:while|whereas|although|but)\b|(?:as|when|because|since)\s+(?:the|a|an|its|their)\b)|" + FIGURE_CLAUSE
)
# A relative clause's opening: its mentions describe the noun before it ("The third phase of
# Operation Cronos|, which involved officers from ... the FBI, ... has resulted in the arrest of
# four persons": no FBI's).
RELATIVE_CLAUSE = re.compile(r",\s(?:which|who)\b")
# Where a relative clause inside a sentence ends: a comma before the main clause's verb.
RELATIVE_END = re.compile(r",\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should)\b")
# After a figure, what opens a phrase about something else: a relative pronoun ("over 400 homes
# were burned down|, for which| he was sanctioned by the United States"), or another verb of the
# same subject ("killing more than 450 people|, and carried| out house-to-house attacks involving
# killings"). A participle after a comma often says what the figure was ("seized 63.7 bitcoins,
# representing a May 8 ransom payment"): it is no such opening.
PREDICATE = re.compile(r"\b(?:which|whom)\b|,\s+and\s+[a-z]{3,}ed\b")
# A subject pronoun standing for something named before, at a clause's opening and before a
# verb: "It has burned ...", "..., and it now numbers ...", past a conjunction opening the
# sentence ("And it requires the state to pay $895,000"). Not "its", "their" (a possessive says
# whose a noun is, not what the clause is about), nor "he", "she" (a person, whom a briefing's
# topics rarely are), nor before an adverb ("they allegedly posed": whose deed is not said).
SUBJECT_PRONOUN = re.compile(
    r"(?:^(?:(?:And|But|Then)\s+)?|[,;]\s+|\b(?:and|but|then)\s+)(?P<pronoun>[Ii]t|[Tt]hey)\s+(?=(?:is|are|was|were|has|have|had|will|would|can|"
    r"could|may|might|must|should|also|now|still|then|[a-z]+ed|[a-z]{3,}[^s]s)\b)"
)
# What may stand before the subject of a sentence: a label and its colon, an opening phrase and
# its comma, an article ("On Thursday afternoon, the| Kenneth Fire started ...", "Containment:
# The| fire remained 59% contained").
SUBJECT_OPENING = re.compile(r"(?:[^,;:()]{1,40}:\s+)?(?:[^,;:()]{0,60},\s+)?(?:[Tt]he\s+)?")
# After a label that opens a list item or a sentence ("Containment:| The fire ..."): the label's
# mention says what the item reports, it is no subject: "It" after it is not the label's.
LABEL_END = re.compile(r"\s*:\s")
# Between a figure that opens its sentence and its label after a colon: the label's first words
# name what the figure is, as an apposition would ("$93 billion|: |amount NASA will have spent",
# "$5 million|: |USAID's Office ... is ramping up").
FIGURE_LABEL = re.compile(r"\s*:\s+(?:the\s+)?")
# A heading written as a line of its own: a few words, no stop ("Palisades fire").
TITLE_LINE = re.compile(r"[^\W\d_][\w'\u2019&-]*(?:\s+[\w'\u2019&-]+){0,5}")
OPENING_PHRASE = re.compile(r"[^,;:()]{0,60},\s+")
# Right before a mention, a copula: the mention is its complement, what the sentence says its
# subject is or was ("77% of residents were| without power").
COMPLEMENT = re.compile(r"\b(?:is|are|was|were|been|remains?|remained|became)\s+$")
# After a mention, a verb of saying: the mention is the source of the figure, not its subject
# ("Brad Cooper said about 1,500 merchant ships have transited").
_SAYING = r"said|says|stated|states|told|noted|added|announced|reported|estimated?s?"
SAID = re.compile(rf"\W{{0,2}}(?:{_SAYING}|according|recorded)\b", re.IGNORECASE)
# Right after a mention, a verb of saying with no comma between: the mention is who says it,
# wherever it stands ("..., Central Command [said]"; not "the Michoacan drug cartel|, announced
# DEA ...", where the sayer comes after the verb).
SAYS = re.compile(rf"[\s\"\u201d']{{0,2}}(?:{_SAYING})\b", re.IGNORECASE)
# Before a mention that gives the figure's source, not its subject: "according to| the U.N.
# Security Council".
ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# A possessive before a noun, at a mention's end or after it: the mention qualifies whose the noun
# is, it is not the subject ("[Mali's] army stated ... 14 militants", "held by [Yemen's] Houthi
# militants for seven months").
POSSESSIVE = re.compile(r"['\u2019]s?\s+[a-zA-Z]")
POSSESSIVE_END = re.compile(r"['\u2019]s$")
# A possessive opening the subject of a figure's clause, whose verb states a level, a share or its
# change: "[Lake Mead's] water level will be below 1,050 feet", "[Arizona's] allocation from the
# river will fall by 21 percent". Before it, the clause's start, or a verb of saying and "that",
# past up to two phrases closed by a comma ("According to a new forecast ..., ").
POSSESSOR_OPENING = re.compile(r"[,;]?\s*(?:(?:and|but|while|that)\b,?\s*)?(?:[^,;:()]{0,60},\s+){0,2}(?:[Tt]he\s+)?")
POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
# Between the possessive and its figure: lower-case words of the subject's noun phrase, then a verb
# of being or of a level's change, then the figure's own words ("below", "by", "up to").
LEVEL_VERB = re.compile(
    r"(?:\s+[a-z][\w-]*){1,8}?\s+(?:is|are|was|were|be|stands?|stood|remains?|remained|falls?|fell|drops?"
    r"|dropped|rises?|rose|reach(?:es|ed)?|totall?(?:s|ed)?|declines?|declined|increases?|increased"
    r"|decreases?|decreased|grows?|grew|shrinks?|shrank)\b(?:\s+[a-z][\w-]*){0,4}\s+$"
)
LOWER_WORD = re.compile(r"\s+[a-z]")
LOWER_NEXT = re.compile(r"\s+[a-zA-Z]")
# A reward's amount: "a $5 million| reward", "offered up to $5 million| for information". Only
# a topic that names the reward (by the rules before) has it: not whoever offers it.
REWARD_AFTER = re.compile(r"\s+(?:reward\b|for\s+information\b)", re.IGNORECASE)
# A population: "a country of| more than 11 million people": the place's, which the clause
# does not name.
POPULATION_OF = re.compile(
    r"\b(?:country|nation|city|town|state|region|province|population)\s+of\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# A distance from a place: "Tawila, about 70 kilometers (43 miles)| from el-Fasher": where a place
# lies, no topic's measure (the clause's "Displaced families" did not travel it).
DISTANCE_FROM = re.compile(
    r"(?:\s*\([^()]{1,40}\)|\))?\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+"
    r"of|(?:away\s+)?from|outside(?:\s+of)?)\b",
    re.IGNORECASE,
)
DISTANCE_UNIT = re.compile(r"\b(?:kilometers?|kilometres?|km|miles?|meters?|metres?)$", re.IGNORECASE)
# A length of time that qualifies the noun after it: "a year|-long national operation".
LENGTH_OF = re.compile(r"-long\b")
# Between a measure and what it measures: "2 billion doses| of |fentanyl", "more than $350 million|
# worth of |cocaine".
OF_WHAT = re.compile(r"\s+(?:worth\s+)?of\s+(?:the\s+)?")
# The same measure in other units, in brackets after it, or the bracket's close after the
# bracketed one: "over 400 kilograms| (880 pounds)| of fentanyl", "880 pounds|)| of fentanyl".
CONVERSION = re.compile(r"\s*\([^()]{1,40}\)|\)")
# Between counted things and what carries them, a prepositional phrase of their own noun phrase:
# "All 22 crew| aboard the |Dali", "56 containers| of cargo on board the |ship" (the measured stuff
# between). No verb may stand between ("5,000 tons lie atop the grounded Dali": the clause's);
# nor "on", "in", "at", which place more than they hold ("500 people in Haiti").
ON_WHAT = re.compile(
    r"(?:\s+of\s+[a-z]+(?:\s+and\s+[a-z]+)?)?\s+(?:aboard|on\s+board(?:\s+of)?|onboard|atop)\s+"
    r"(?:the\s+)?(?:[a-z]+\s+)?"
)
# Between an amount and the thing it is an amount in: "$130 million| in |ransom payments".
IN_WHAT = re.compile(r"\s+in\s+(?:the\s+)?")
# Between a measure and the place what it measures is in, its own phrase: "10-12 feet| of elevation at
# |Lake Mead", "nearly two feet| of elevation savings in |Lake Mead" (the measured noun, lower case).
MEASURED_AT = re.compile(r"\s+of\s+[a-z]+(?:\s+[a-z]+){0,2}\s+(?:at|in)\s+(?:the\s+)?")
# A measure of something: "395 pounds| of methamphetamine".
MEASURE_OF = re.compile(r"\s+of\s+[^\W\d_]")
# The unit a measure is counted in, its last word: "395 [pounds]".
UNIT = re.compile(r"[^\W\d_]+$")
# What a measure measures, to its first word: "201 pounds| of methamphetamine|".
MEASURED_WORD = re.compile(r"\s+of\s+[^\W\d_]+")
# Between two measures listed side by side: ", ", " and ", ", and ".
LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
LISTED_CHARACTERS = frozenset(",andor")  # with spaces, all LISTED can match
# Counted nouns whose things belong to the group that qualifies them: "12,456 cartel members".
MEMBERS = frozenset(
    "member leader operative associate affiliate fighter militant boss soldier officer troop mercenary commander combatant "
    "figure kingpin lieutenant".split()
)
# Counted nouns for people or bodies, who belong to a group; the stems `noun_stem` gives.
PEOPLE = MEMBERS | frozenset(
    "people person individual defendant suspect resident civilian national citizen son daughter child children "
    "victim hostage police personnel entitie entity company companie nation country countrie".split()
)
# Between counted people and a mention after them, words that say they belong to it: "two
# Mexico-based entities| linked to |Cartel de Jalisco Nueva Generacion", "accountants| connected
# to fraud led by |the CJNG".
BELONGING = re.compile(r"\b(?:linked|connected|associated|affiliated|tied|belonging|loyal)\b", re.IGNORECASE)
# A preposition of place or direction right before a name: "to| China", "in| the Netherlands".
TOWARDS = re.compile(r"\b(?:to|into|in|at|from)\s+(?:the\s+)?$")
# Nouns of persons by their sex: "two men", "three women".
PERSONS = frozenset("man men woman women".split())
# Between counted people and the group they are of: "two leaders| of the Sinaloa |Cartel".
MEMBER_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}")
# The dead or wounded a figure counts: "the death of| 47 Malian soldiers", "killed| 84 ...",
# "21 civilians| were killed", "six people| died". They are the victims of whoever attacked: the
# attacker, an actor the clause names, is not what the figure is about (the attack may be).
CASUALTY_BEFORE = re.compile(
    r"\b(?:(?:deaths?|lives)\s+of|killing|killed|kills?|wounding|wounded|injuring|injured|kidnapping|kidnapped|abducting|"
    r"abducted)\s+(?:the\s+)?"
    r"(?:(?:at\s+least|more\s+than|over|some|about|nearly|around|up\s+to|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# Before the agent of a passive or of an attack's noun: "an ambush by| Tuareg rebels".
AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
CASUALTY_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:(?:were|was|(?:have|has|had)\s+(?:now\s+)?been|are|being)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|slain|murdered|kidnapped|abducted|taken\s+hostage|targeted)|died|dead)\b"
)
# Before a figure, a word that makes it a part of what stands before: "killed more than 100
# people|, including |20 children", "a coalition|, made up of |more than 20 countries". The part
# is the whole's: the figure before it, a mention, or (a common noun) no topic.
PART_OF = re.compile(
    r"\b(?:including|among\s+them|made\s+up\s+of|composed\s+of|consisting\s+of|comprising|comprised\s+of)\s+$",
    re.IGNORECASE,
)
# Between the whole and its part: ", " or nothing.
WHOLE_END = re.compile(r",?\s*$")
# People of a ship: its crew are the vessel's ("a vessel with| 18 U.S. and four Greek crew
# members"), never an actor's its clause names ("the Houthis have released the 25 crew"); an
# event or a threat of the clause may be theirs ("25 crew members remain in custody" after a
# hijacking), and killed they are an attack's victims as any casualties are.
CREW = frozenset("crew crewmen crewman crewmember sailor seafarer mariner passenger".split())
WITH_BEFORE = re.compile(r"\b[a-z]+\s+with\s+[^,;:]{0,30}$")  # past other numbers: "with 18 U.S. and"
# Before a mention, a preposition that makes it a place or a target, not the event that hurt
# counted victims: "an attack on famine-hit camps for| displaced people ... killed 100 people"
# ("killed in| Houthi attacks", "by| drone attacks" name the event).
TARGET_BEFORE = re.compile(
    r"\b(?:for|on|at|near|to|against|inside|outside)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
# A time point counted back from now: "nearly two years| ago": the date of what stands right
# before it ("the withdrawal of (MINUSMA) a year ago"), no clause's measure ("since the onset of
# this conflict nearly two years ago" is the conflict's, not the displaced people's named before).
AGO = re.compile(r"\s+ago\b")
# Right before a figure, a record it beat: "surpassing the previous record of| 8.02 million hectares
# ..., set in 1989": the old record's value, of no topic the clause is about.
PAST_RECORD = re.compile(r"\b(?:previous|former|old|earlier|prior)\s+record\s+(?:of\s+)?$", re.IGNORECASE)
ADJACENT = re.compile(r"[\s)\]\"'\u2019\u201d]*")
# A mention right after a bare number qualifies the noun the number counts: "18 |U.S.| and four
# Greek crew members".
NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s+$")
# An active verb whose noun may name a topic's instances, right before its object, the figure:
# "the rebels attacked| two cargo ships", "attacked what they said were| two American ships".
ACTED_ON = re.compile(r"\b([a-z]{4,}?)(?:ed|d)\s+(?:what\s+(?:\w+\s+){0,3}?(?:were|was|are|is)\s+)?$")
# A verb of saying anywhere before the figure: what stands before it says the figure, is no
# subject of it ("A report by UN investigators ... estimated that| the conflict had led to ...").
# After an article the participle is an adjective, no verb: "cocaine worth an estimated US$67 million".
SAYING_VERB = re.compile(
    rf"(?<!\ban\s)(?<!\bthe\s)(?<!\ba\s)\b(?:{_SAYING.replace('states|', '')})\b"  # lower case: no "United States"
)
# Between a name and its figure in a gapped clause of a list, whose verb the first clause gave:
# "Chemours will contribute $592 million, [DuPont]| about $400 million, and [Corteva]| about $193
# million" (the figure holds its qualifier). Nothing but a space between: the name is the
# figure's subject, not a modifier of the word after it ("Houthi attacks").
GAPPED_VERB = re.compile(r"\s+")
# Between a verb of saying and the figure that opens its direct object: "3M ... announced| a |$10.3
# billion settlement" tells what the subject did, no statement it reports (a clause follows the
# verb of a statement: "Cooper said 13 people died").
SAID_OBJECT = re.compile(r"\s+(?:a|an|its|their|his|her)\s+")
# After a mention and its verb of saying, the pronoun that makes it the subject of what it says:
# "YLB said| on 26 November it| will take a 51% stake" (the sayer speaks of itself).
SELF_REPORT = re.compile(r"\s+(?:(?:on|in|last|this|late|early)\s+[\w ]{1,20}?\s+)?(?:that\s+)?(?:it|they)\s+[a-z]")
# Between a name and a mention that only describes it, in apposition: "Uranium One Group|, a
# subsidiary of Russian state nuclear corporation |Rosatom|, to build ...". The apposition may
# close a few lower-case words after the mention, none of them a conjunction: "3M|, a major
# manufacturer of |PFAS| chemicals,| announced ..." (not "the DEA and the police,", a list).
APPOSITIVE_OPENING = re.compile(r",\s+(?:an?|the)\s+[^,;:()]{0,60}$")
APPOSITIVE_CLOSE = re.compile(r"(?:\s+(?!(?:and|or)\b)[a-z][\w-]*){0,3}[^\w,;:()]{0,3},")
# How far before a figure `Sentence._subject` looks for a verb of saying or a relative "that": more than the
# longest sentence of the evaluation texts (benchmarks/RESULTS.md, "Long paragraphs").
SUBJECT_REACH = 1000
# A relative "that" after a common noun, after a preposition or an indefinite article: the figure
# of the relative clause is that noun's ("in an extensive conflict that| has forced some 1.4
# million people from their homes", "describes an unlicensed money transfer business that|").
RELATIVE = re.compile(r"\b(?:in|on|for|of|at|with|an?)\s+(?:[\w'-]+\s+){0,5}?([a-z]+)\s+that\b")
# Between a topic's mention and the amount it is of: "a [reward] of up to| $5 million",
# "[ransom demands] totaling| approximately $68 million".
AMOUNT_OF = re.compile(r"\s+(?:of|totall?ing|exceeding|worth)\s+$", re.IGNORECASE)
# Between an amount and what it pays for: "$1.5 billion| for |Mérida Initiative programs".
FOR_WHAT = re.compile(r"\s+for\s+(?:the\s+)?")
# The figure's last word, the noun it counts: "8 Houthi [targets]".
COUNTED_NOUN = re.compile(r"[^\W\d_]+(?=\W*$)")
WORD = re.compile(r"[^\W\d_]+")
# Before a noun, an indefinite article and up to two words: the phrase brings in a thing not named
# before ("reached [a] deal", "[a new] spending bill").
INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,2}$")
# A noun right before the figure, of which the figure is the object: "strikes against| 8 ...".
OBJECT_OF = re.compile(r"\b([^\W\d_]{4,})\s(?:against|on|of)\s(?:the\s)?$")
# What the counted things underwent, a verb whose noun may name a topic's instances:
# "over 50 ships| were attacked" (attacks).
UNDERWENT = re.compile(r"\s+(?:were|was|have been|has been|had been)\s+([a-z]{4,}?)(?:ed|d)\b")
# People who fled are displaced: a figure right before a verb of flight ("16,200 people| have fled",
# "82,000 people| had escaped", "700,000 people| who have been forced to flee"), or forced to flee
# ("forced| more than 300,000| to flee"), is about the topic whose one-word name is "displaced" or
# "displacement" (`deed_stem`), when the codebook has one.
DISPLACED = "displac"
FLED = re.compile(
    r"\s+(?:(?:who|that)\s+)?(?:(?:have|has|had|are|were|was)\s+)?(?:been\s+)?"
    r"(?:fled|flee|fleeing|escaped|forced\s+to\s+flee|forced\s+from)\b"
)
FORCED = re.compile(r"\bforced\s+$")
# A participle that qualifies the counted noun: right after the figure ("3.6 million people|
# newly displaced"), or inside it, before its noun ("more than one million |displaced| people").
PARTICIPLE_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]{4,}?)(?:ed|d)\b")
PARTICIPLE_IN = re.compile(r"\b([a-z]{4,}?)(?:ed|d)\s")
# Between a figure and a participle that qualifies its counted noun: a space and an adverb at
# most ("8 million people| newly |displaced").
QUALIFYING_GAP = re.compile(r"\s+(?:[a-z]+ly\s+)?")
TO_FLEE = re.compile(r"\s+to\s+flee\b")
# The value of the measure before it: "254 pounds of fentanyl| with a value of |about $3.5 million".
VALUE_OF = re.compile(r"(?:valued at|(?:with an? |a )?(?:street |estimated )?value of|worth)\s+$", re.IGNORECASE)
# A prison term, about the person sentenced, whom a briefing's topics rarely are.
PRISON_BEFORE = re.compile(r"\bsentenced\s+to\s+(?:serve\s+)?$", re.IGNORECASE)
# A penalty a sentenced person is ordered to pay, theirs as the prison term is: "sentenced to 33
# years in prison and ordered to forfeit| $27 million".
PENALTY_BEFORE = re.compile(
    r"\bordered\s+to\s+(?:forfeit|pay)\s+(?:(?:about|approximately|nearly|over|more\s+than|up\s+to)\s+)?$",
    re.IGNORECASE,
)
PRISON_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?in\s+(?:federal\s+)?prison\b", re.IGNORECASE)
# Before an actor's mention, a word that only places the figure ("in Yemen", "against Israel"):
# no subject of the figure's verb.
PLACED = re.compile(r"\b(?:in|at|from|into|inside|across|within|throughout|against|near)\s+(?:the\s+)?$", re.IGNORECASE)
# The same, past the place's own noun and "of": "in Houthi-controlled areas of| Yemen".
PLACED_OF = re.compile(
    r"\b(?:in|at|from|into|inside|across|within|throughout|near)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}of\s+(?:the\s+)?$"
)
# After an actor's mention, a hyphen and a lower-case word: a compound adjective ("Iranian-backed
# rebels", "a US-flagged vessel"), whatever its ending; the mention is no subject.
HYPHEN_MODIFIER = re.compile(r"-[a-z]")
# Before a mention, a preposition that places what a figure counts there, past a compass
# adjective: "killed ... in northern| Burkina Faso".
PLACED_AREA = re.compile(
    r"\b(?:in|at|from|near|across|within|throughout)\s+(?:the\s+)?(?:[a-z]+(?:ern|ral)\s+)?$", re.IGNORECASE
)
# Before a mention, what the dead or hurt died of: "10 people are dead from| the Palisades fire"
# (the cause, no place the people were at: "200 police officers from| Kenya").
CAUSE_BEFORE = re.compile(
    r"\b(?:dead|died|die|deaths?|killed|injured|wounded|hurt|sickened|ill)\s+from\s+(?:the\s+)?$", re.IGNORECASE
)
# After a one-word actor's mention, a lower-case noun: the mention qualifies it ("the Houthi
# campaign", "US citizens"), it is no subject. A verb after it ("Trump vowed", "Houthis had")
# leaves it the subject.
QUALIFIES = re.compile(
    r"[\s-]+(?!(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|"
    r"do|does|did|not|now|also|still|and|or|but|to|that|which|who|whose|said|says|as|its|their|"
    r"de|del|la|las|los|el|al|bin|van|von|da|dos|du)\b)"
    r"[a-z]+(?<!ed)\b"
)

# The words an amount is in, when no mention stands there: "$150 million| in ransomware payments".
IN_WORDS = re.compile(r"\s+in\s+(?:the\s+)?([a-z]+(?:[ -][a-z]+){0,2})\b")
FUNCTION_WORDS = frozenset("of in for to by with from at on against and or that which who as".split())
# A definite description: "the| group", "this| operation", "the $1.15 billion| project" (its
# cost between); not "the group of seven".
DESCRIPTION = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s(?:\$\d[\d.,]*(?:\s(?:million|billion|trillion))?[\s-])?([a-z]{4,})\b(?!\s+of\b|-)"
)
# A plural description of several named things at once: "the fires", "the two fires", "both
# fires", "all three cartels", "these two groups"; its number, when it says one.
PLURAL_DESCRIPTION = re.compile(
    r"\b(?:(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:(?P<number>two|three|four|five)\s+)?|(?P<both>[Bb]oth)\s+(?:the\s+)?|"
    r"[Aa]ll\s+(?P<all>three|four|five)\s+(?:(?:the|of\s+the)\s+)?)(?P<word>[a-z]{4,})\b(?!\s+of\b|-)"
)
# Between the last two names of a list that is a figure's subject, and between the others:
# "[Grace Ocean]| and |[Synergy] have paid", "[the FBI]|, |[the DEA]|, and the |[ATF] seized".
CONJUNCTION = re.compile(r",?\s+and\s+(?:the\s+)?")
LIST_COMMA = re.compile(r",\s+(?:the\s+)?")
# After an amount of money, who it comes from: "nearly $4.0 billion| from the |State Department";
# not after a verb of claiming, where they are who is asked to pay ("asking for ... from").
FROM_SOURCE = re.compile(r"\s+from\s+(?:the\s+)?")
MONEY_SIGN = re.compile(r"[$\u20ac\u00a3]")
CLAIMED = re.compile(
    r"\b(?:ask(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|claim(?:s|ed|ing)?|"
    r"recover(?:s|ed|ing)?)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
# Between names coordinated before their shared head: "the Palisades| and |Eaton fires",
# "Sinaloa|, |Gulf| and |Jalisco cartels".
COORDINATION = re.compile(r",?\s+(?:and|&)\s+|,\s+")
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
# A count of a class, not of one topic of it: "all the other 53 dams" before it, or after it its
# parts by place, "13 Mekong hydropower dams – two in Laos and 11 in China".
CLASS_BEFORE = re.compile(r"\b(?:[Aa]ll\s+(?:of\s+)?(?:the\s+)?(?:other\s+)?|[Oo]ther\s+)$")
BREAKDOWN = re.compile(
    rf"\s*(?:[\u2013\u2014(:]|\s-)\s*(?:\d[\d,]*|{NUMBER_WORD})\s+(?:in|at|from|on)\s+(?:the\s+)?[A-Z]"
)
# Before a plural description's head: "other" says it is not the things named ("all the other 53
# dams" after "Xiaowan and Nuozhadu"); a number in digits says how many it is ("the 53 dams").
OTHER = re.compile(r"\bother\b", re.IGNORECASE)
DIGITS = re.compile(r"\b\d{1,3}(?:,\d{3})*\b")
# Between the topics of a group, in a topic id (a slug never holds a space): `members` reads it.
GROUP = " "
# The lower-case word after a description's word: the head may come after words that describe
# it ("the ransomware| group", "the infected| flock").
DESCRIBED_HEAD = re.compile(r"\s([a-z]+|[A-Z\d]{1,6}(?=\s[a-z]))\b")
# Words after which a description's word is its head: a function word or an auxiliary verb ("the
# drugs| are", "the group| that"); a verb in -ed ends it too ("the flock| included").
HEAD_ENDS = frozenset(
    "of in for to by with from at on against into onto through across over under after before since during between "
    "among within without about than per via toward towards amid near and or but that which who whose as is are was "
    "were be been has have had will would can could may might must should also still now not".split()
)

# What the text itself says a named thing is, in apposition: "Deribit|, a Panamanian crypto
# exchange| on Nov. 2022" (the noun before a preposition or a stop), or before "known as".
APPOSITION = re.compile(
    r",\s+an?\s+(?:[\w.'-]+\s+){0,4}?([a-z]{4,})(?=\s+(?:on|in|of|that|which|from|with|based)\b|[,.;])"
)
KNOWN_AS = re.compile(r"\b([a-z]{4,})\s+(?:known as|called|named)\s+$")
LEAD_INS = (" as ", " called ", " named ")

# Between a figure and the cause its clause gives it: "22 deaths|, resulted from motor |vehicle
# accidents" (no clause break, up to two words before the cause's name).
CAUSE_GAP = re.compile(
    r"[^.;:()]{0,40}?\b(?:resulted from|resulting from|due to|caused by|attributed to)\s+(?:[a-z-]+\s+){0,2}"
)
# Between a figure and what it underwent, its clause's object: "millions of residents| had
# prolonged |power outages" (up to two describing words).
HAD_WHAT = re.compile(r"\s+(?:had|have|has|suffered|experienced|faced|endured)\s+(?:[a-z-]+\s+){0,2}")
# Between a figure and the same figure in other terms: "About nine percent|, or |22 deaths".
RESTATED = re.compile(r",\s+or\s+")
# A cue's words in a text (`cued`): lower-case words, hyphens inside.
CUE_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# Between a figure and a cue verb it is the subject of: "99 people| were |hospitalized", "Two
# children| |died"; past the same measure in other units in brackets, an adverb between the
# auxiliary and the participle, or both ("3.8 million hectares| (9.4 million acres) have already
# |burned", "five million hectares| (1 hectare=2.47 acres) |burned").
SUBJECT_GAP = re.compile(
    r"(?:\s*\([^()]{1,40}\)|\))?\s+(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+)?)?"
    r"(?:(?:already|also|now|just|still|since|[a-z]{3,}ly)\s+)?"
)
# Between a cue noun or a mention (no actor) and the figure its phrase is said to be, the noun
# raised as the object of a verb of thinking or saying: "expected the cost| to be |around $500
# million", "estimates the cost of the failure| of Silicon Valley Bank to its Deposit Insurance
# Fund to be |$20 billion".
TO_BE_VALUE = re.compile(r"(?:\s+(?:of|for|to|at|in|on)\s[^,;:()]{0,80}?)?\s+to\s+be\s+")
# Between a cue and a figure in brackets that gives its noun phrase's value: "the burned area| as
# of July 2 (|8.33 million hectares)".
BRACKETED_VALUE = re.compile(r"(?:\s+[^\s,;:()]+){0,5}\s+\(")
# Between a cue verb and the figure it acts on: "has infected| more than 120 people" (the figure
# holds its own "more than").
OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
# A figure that modifies a noun phrase, after its determiner: "a| $42 billion |deposit run|": the
# phrase's head names what the figure is (a cue, up to two nouns after the figure).
MODIFIER_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+$")
MODIFIED_NOUNS = re.compile(
    r"\s+(?:(?!(?:of|in|for|to|by|with|from|at|on|and|or|that|which|as)\s)[a-z]+(?<!ed)\s+){0,2}"
)
# A verb's first object, a noun phrase between the verb and the figure that is its second
# ("may cost| the Deposit Insurance Fund |about $22.5 billion", "have saved| the WIC program
# |between $1 to $2 billion"): the figure is what the verb's subject costs or saves, not the
# first object's. The verb is a past or present form, or a base form after "to" or a modal; the
# phrase is a determiner, capitalized words, and up to two lower-case nouns after the mention (no
# verb or preposition: "delivered decryption keys to 300 entities" gives the keys to them).
_FIRST_OBJECT_OPENING = r"\s+(?:(?:the|its|their|his|her)\s+)?(?:[A-Z(][\w'\u2019().&-]*\s+){0,6}"
FIRST_OBJECT_BEFORE = re.compile(
    r"\b(?P<verb>(?:to|will|would|may|might|could|can|should|must|did|does|do)\s+[a-z]{3,}|[a-z]{2,}ed|[a-z]{3,}[^s\W]s)"
    + _FIRST_OBJECT_OPENING
    + "$"
)
FIRST_OBJECT_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|may|can|could|between|about|to|for|of|in|on|at|by|with|from|against|and|or|that|which|who|as|than)\b)[a-z]+(?<!ed)){0,2}"
    r"\s+(?:(?:between|about|around|nearly|almost|roughly|approximately|some|an estimated)\s+)?"
)
# After a list of figures, "respectively": each figure is about the topic named at its place
# in the list of names before it ("at SVB and Signature Bank to be $20 billion and $2.5 billion,
# respectively").
RESPECTIVELY = re.compile(r",?\s+respectively\b")
# Before a description that is its sentence's subject: an opening phrase and its comma, and the
# noun the subject measures ("Overall, the cost of |the outbreak| was ...").
SUBJECT_DESCRIPTION = re.compile(r"(?:[^,;:()]{0,60},\s+)?(?:[Tt]he\s+[a-z]+\s+of\s+)?")
# A cue that is a definite description ("the outbreak") refers back: it is read by `described`
# only, never as a figure's own word or its clause's.
DEFINITE = "the "
# The word right after a mention, for a compound it qualifies: "[measles] outbreak".
NEXT_WORD = re.compile(r"\s+([a-z]+)")

# Head nouns that name the same sort of thing, one closed list per sort: an agreement, a
# legislative measure. A definite description with one of them ("the deal", "the bill") stands
# for the one topic the article named before it with a name whose head noun is in its list ("a
# [settlement]", "the [continuing resolution]"), when no nearer rule of `described` places it.
ALIKE_NOUNS = (
    ("agreement", "deal", "settlement", "accord", "pact"),
    ("bill", "measure", "resolution", "legislation", "law", "act"),
)
ALIKE = {noun: frozenset(nouns) for nouns in ALIKE_NOUNS for noun in nouns}

Named = tuple[int, int, str]  # a mention's offsets in its sentence and its topic (or group: `members`)


def _said_to_be(
    texts: Mapping[tuple[str, int], str], at: Mapping[tuple[str, int], Sequence[Named]]
) -> dict[str, set[str]]:
    """The nouns the article itself gives its mentions' topics, in apposition ("Deribit, a
    crypto exchange") or before "known as" ("a ransomware group known as Hive")."""
    said: dict[str, set[str]] = defaultdict(set)
    for key, named in at.items():
        text = texts[key]
        for start, end, topic in named:
            apposition = APPOSITION.match(text, end) if text.startswith(",", end) else None
            known = KNOWN_AS.search(text, max(0, start - 40), start) if text.endswith(LEAD_INS, 0, start) else None
            for noun in (apposition, known):
                if noun:
                    said[noun_stem(noun.group(1))].add(topic)
    return said


def described(
    blocks: Sequence[Block],
    at: Mapping[tuple[str, int], Sequence[Named]],
    sorts: Mapping[str, frozenset[str]],
    wanted: Collection[tuple[str, int]],
    common: Mapping[str, str] | None = None,
    cue_nouns: Mapping[str, str] | None = None,
) -> dict[tuple[str, int], list[Named]]:
    """The definite descriptions of the article that stand for one topic, by sentence. `sorts`
    maps a noun ("group") to the topics it may describe (Matcher.sorts), and the article adds
    the nouns it gives its topics (`_said_to_be`); the nearest sentence
    before the description (its own sentence up to it, then back through the paragraph and the
    one before it) that names any of them must name exactly one. `common` maps the head noun of
    one topic's common names, or of its instances, to it (`common_heads`): "the flock", "the
    chemicals" stand for it only after a mention of it with that head ("a commercial turkey
    flock", "precursor chemicals"), for the same noun may name other things ("the crisis" after
    "Yemen's civil war" is another crisis). Only the `wanted` sentences (those that state a
    figure) are read for descriptions. `cue_nouns` maps a noun a topic declares as a cue ("the
    outbreak": `description_cues`) to it: "the outbreak" as its sentence's subject ("Overall, the
    cost of the outbreak was ...") may then stand for that topic, or for the one topic a mention
    before names with that noun, in it or right after it ("our [measles] outbreak"), never for
    several."""
    found: dict[tuple[str, int], list[Named]] = defaultdict(list)
    if not at or not wanted:
        return found
    common = common or {}
    cue_nouns = cue_nouns or {}
    order = [(b.anchor, i, n) for n, b in enumerate(blocks) for i in range(len(b.sentences))]
    texts = {(b.anchor, i): s.text for b in blocks for i, s in enumerate(b.sentences)}
    said: dict[str, set[str]] | None = None
    nouns: set[str] = set()
    for position, (anchor, index, paragraph) in enumerate(order):
        key = (anchor, index)
        if key not in wanted:
            continue
        for description in DESCRIPTION.finditer(texts[key]):
            if said is None:
                said = _said_to_be(texts, at)
                nouns = {*sorts, *said, *common, *ALIKE}
            head = _description_head(texts[key], description, nouns, cue_nouns=cue_nouns)
            if head is None:
                continue
            head_start, head_end, noun = head
            subject = SUBJECT_DESCRIPTION.fullmatch(texts[key], 0, description.start()) is not None
            stands_for = _antecedent(
                noun,
                sorts.get(noun, frozenset()) | said.get(noun, set()),
                common.get(noun),
                cue_nouns.get(word_key(noun)) if subject else None,
            )
            if noun in sorts and _plural(texts[key], head):  # "the fires": several (`_groups`), unless one is plural
                stands_for = _plural_antecedent(stands_for)
            nearest = [m for m in at.get(key, []) if m[1] <= description.start() and stands_for(m, texts[key])]
            for earlier_anchor, earlier_index, earlier_paragraph in reversed(order[:position]):
                if nearest or paragraph - earlier_paragraph > 1:
                    break
                earlier = texts[(earlier_anchor, earlier_index)]
                nearest = [m for m in at.get((earlier_anchor, earlier_index), []) if stands_for(m, earlier)]
            if not nearest and noun in sorts and not _plural(texts[key], head):  # "the vessel", named long before
                nearest = _named_earlier(texts, at, order[:position], noun, sorts[noun])
            if not nearest and noun in ALIKE:  # "The deal" after "a settlement": the article's one agreement
                nearest = _named_alike(texts, at, order[: position + 1], ALIKE[noun], description.start())
            taken = any(m[0] < head_end and description.start() < m[1] for m in at.get(key, []))
            if len({m[2] for m in nearest}) == 1 and not taken:
                found[key].append((head_start, head_end, nearest[0][2]))
        found[key] += [
            g for g in _groups(texts, at, sorts, order[: position + 1]) if g[:2] not in {f[:2] for f in found[key]}
        ]
    return found


def _named_earlier(
    texts: Mapping[tuple[str, int], str],
    at: Mapping[tuple[str, int], Sequence[Named]],
    order: Sequence[tuple[str, int, int]],
    noun: str,
    sort: Collection[str],
) -> list[Named]:
    """The mentions of a `sort`'s topics in the article's sentences before (`order`), back to
    the last other thing the article calls by the description's `noun` (`_other_with_noun`): a
    description's type names one topic only if the article has named one of that type alone
    since ("the vessel" after "the Dali" paragraphs before; never "the agency" after two
    agencies, nor "the vessel" after "a different vessel" came between)."""
    found: list[Named] = []
    for anchor, index, _ in reversed(order):
        named = [m for m in at.get((anchor, index), []) if m[2] in sort]
        other = _other_with_noun(texts[(anchor, index)], noun, named)
        found += [m for m in named if other is None or m[0] > other]
        if other is not None:
            break
    return found


def _named_alike(
    texts: Mapping[tuple[str, int], str],
    at: Mapping[tuple[str, int], Sequence[Named]],
    order: Sequence[tuple[str, int, int]],
    alike: frozenset[str],
    before: int,
) -> list[Named]:
    """The mention that holds the nearest noun of `alike` (`ALIKE`) before a description (at
    `before` in the last sentence of `order`): "The deal" stands for the settlement the article
    named before it, "the bill" for its continuing resolution. A nearer such noun that no mention
    holds, in an indefinite phrase (`INDEFINITE`), brings in another agreement or measure
    ("reached a deal with its union. The deal ..."): none. A definite one ("the measure", "the
    annual appropriations bills") may be the same measure again, and is read past."""
    for n, (anchor, index, _) in reversed(list(enumerate(order))):
        text = texts[(anchor, index)]
        end = before if n == len(order) - 1 else len(text)
        for word in reversed([w for w in WORD.finditer(text, 0, end) if noun_stem(w.group()) in alike]):
            held = [m for m in at.get((anchor, index), []) if m[0] <= word.start() and word.end() <= m[1]]
            if held or INDEFINITE.search(text, 0, word.start()):
                return held
    return []


# Between a mention and a noun phrase that says what it is: an apposition's comma, a copula
# ("the Dali, a container vessel", "The Dali is a vessel").
SAYS_WHAT = re.compile(r",\s*|\s+(?:is|was|remains|became)\s+")


def _other_with_noun(text: str, noun: str, named: Sequence[Named]) -> int | None:
    """Where the sentence last calls something else by `noun`: an indefinite noun phrase ("a
    different vessel", "A second vessel") that says what no mention of the sort is (SAYS_WHAT),
    or the noun before a name no such mention holds ("the vessel Ever Forward"); None if none."""
    pattern = re.compile(
        rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b|\b{re.escape(noun)}\s+(?=[A-Z])"
    )
    starts = [m.start() for m in pattern.finditer(text) if not _said_of(m, noun, named)]
    return starts[-1] if starts else None


def _said_of(phrase: re.Match[str], noun: str, named: Sequence[Named]) -> bool:
    """Whether a phrase with the noun is about a mention of the sort: the noun before its name
    ("the vessel Dali"), or an indefinite phrase that says what it is ("the Dali, a vessel")."""
    if phrase.group().startswith(noun):
        return any(s <= phrase.end() < e for s, e, _ in named)
    return any(SAYS_WHAT.fullmatch(phrase.string, e, phrase.start()) for _, e, _ in named)


def _plural_antecedent(stands_for: Callable[[Named, str], bool]) -> Callable[[Named, str], bool]:
    """A plural description stands for one topic only if that topic's name is plural itself:
    "the centers" for the "Disaster Recovery Centers", never "the fires" for the Palisades Fire."""

    def plural(mention: Named, text: str) -> bool:
        last = COUNTED_NOUN.search(text, mention[0], mention[1])
        return (
            stands_for(mention, text)
            and last is not None
            and _plural(text, (last.start(), last.end(), noun_stem(last.group())))
        )

    return plural


def _plural(text: str, head: tuple[int, int, str]) -> bool:
    """Whether a description's head word is a plural of its noun ("fires" of "fire")."""
    word = text[head[0] : head[1]]
    return word.endswith("s") and word != head[2]


def _groups(
    texts: Mapping[tuple[str, int], str],
    at: Mapping[tuple[str, int], Sequence[Named]],
    sorts: Mapping[str, frozenset[str]],
    order: Sequence[tuple[str, int, int]],
) -> list[Named]:
    """The plural descriptions of the last sentence of `order` that stand for several topics at
    once (PLURAL_DESCRIPTION): "the two fires" are the Palisades and the Eaton Fire when the
    topics of that sort ("fire": the head of their names) named before it are exactly those, in
    its paragraph or, failing that, in the article up to it; as many as its number says ("the
    two", "both", "the 53"), or at least two. More or fewer: none (`GROUP` joins the topics' ids).
    A description that says "other" is the rest of a class, never the ones named (`OTHER`)."""
    anchor, index, paragraph = order[-1]
    text = texts[(anchor, index)]
    groups: list[Named] = []
    for description in PLURAL_DESCRIPTION.finditer(text):
        head = _description_head(text, description, sorts, "word")
        if head is None or not _plural(text, head):
            continue
        words = text[description.start("word") : head[0]]
        if OTHER.search(words):
            continue  # "all the other 53 dams": the class but the ones named
        said = description.group("number") or description.group("all")
        wanted = NUMBERS[said.lower()] if said else 2 if description.group("both") else None
        written = DIGITS.search(words)
        wanted = int(written.group().replace(",", "")) if written else wanted
        sort = sorts[head[2]]
        before = [m for m in at.get((anchor, index), []) if m[1] <= description.start()]
        in_paragraph: list[str] = []
        in_article: list[str] = []
        for earlier_anchor, earlier_index, earlier_paragraph in order:
            named = (
                before
                if (earlier_anchor, earlier_index) == (anchor, index)
                else at.get((earlier_anchor, earlier_index), [])
            )
            for m in named:
                if m[2] in sort:
                    in_article += [m[2]] if m[2] not in in_article else []
                    if earlier_paragraph == paragraph and m[2] not in in_paragraph:
                        in_paragraph.append(m[2])
        fits = [g for g in (in_paragraph, in_article) if len(g) == wanted or (wanted is None and len(g) >= 2)]
        taken = any(m[0] < head[1] and description.start() < m[1] for m in at.get((anchor, index), []))
        if fits and not taken:
            groups.append((head[0], head[1], GROUP.join(sorted(fits[0]))))
    return groups


def coordinated(text: str, named: Sequence[Named], sorts: Mapping[str, frozenset[str]]) -> list[Named]:
    """The mentions of a sentence, with names coordinated before their shared plural head ("the
    [Palisades] and [Eaton fires]") made one mention of all their topics (`GROUP`), when that head
    is the noun of a sort they all are of: the clause is about each of them."""
    merged: list[Named] = []
    for mention in named:
        last = merged[-1] if merged else None
        head = COUNTED_NOUN.search(text, mention[0], mention[1])
        if last is not None and head is not None and COORDINATION.fullmatch(text, last[1], mention[0]):
            noun = noun_stem(head.group())
            together = {*members(last[2]), mention[2]}
            if (
                _plural(text, (head.start(), head.end(), noun))
                and len(together) > 1
                and together <= sorts.get(noun, set())
            ):
                merged[-1] = (last[0], mention[1], GROUP.join(sorted(together)))
                continue
        merged.append(mention)
    return merged


def members(topic: str) -> tuple[str, ...]:
    """The topics a topic id of `described` stands for: one, or a group's (`GROUP`)."""
    return tuple(topic.split(GROUP))


def _antecedent(
    noun: str, sort: Collection[str], common: str | None, cued: str | None = None
) -> Callable[[Named, str], bool]:
    """Whether a mention (in its sentence's text) may be what a description with this head
    `noun` stands for: a topic of its `sort`, or the `common` head's topic named with that very
    noun ("precursor [chemicals]" for "the chemicals"). A noun the topic `cued` declares as a
    cue stands for that topic's mentions and for any mention with that noun in it or right after
    it: "the outbreak" after "our [measles] outbreak" or "the [measles outbreak in West Texas]"."""

    def stands_for(mention: Named, text: str) -> bool:
        if mention[2] in sort:
            return True
        last = COUNTED_NOUN.search(text, mention[0], mention[1])
        if mention[2] == common and last is not None and noun_stem(last.group()) == noun:
            return True
        if cued is None:
            return False
        if mention[2] == cued:
            return True
        after = NEXT_WORD.match(text, mention[1])
        words = CUE_WORD.findall(text[mention[0] : mention[1]].lower()) + ([after.group(1)] if after else [])
        return word_key(noun) in map(word_key, words)

    return stands_for


def _description_head(
    text: str,
    description: re.Match[str],
    nouns: Collection[str],
    group: int | str = 1,
    cue_nouns: Collection[str] = (),
) -> tuple[int, int, str] | None:
    """The head noun of a definite description, stemmed, if it is one of the `nouns` that
    describe a topic: the last of
    up to three lower-case words after "the" ("the ransomware [group] used", "the [drugs] are"),
    the word before a verb in -ed, a function word or punctuation; a word before another noun
    only qualifies it ("the illicit drug market" is no drug), or a noun a topic declares as a cue
    (`cue_nouns`, compared by `word_key`). None when the head describes none."""
    word: re.Match[str] | None = description
    for _ in range(3):
        if word is None:
            return None
        after = DESCRIBED_HEAD.match(text, word.end(group))
        if after is None or after.group(1) in HEAD_ENDS or after.group(1).endswith("ed"):
            noun = noun_stem(word.group(group))
            known = noun in nouns or word_key(noun) in cue_nouns
            return (word.start(group), word.end(group), noun) if known else None
        word, group = after, 1
    return None


def description_cues(cues: Mapping[str, str]) -> dict[str, str]:
    """The nouns of the cues that a definite description may be ("the outbreak", "outbreak" ->
    "outbreak"), keyed as `matcher.word_key` keys a word, each to the topic declaring it
    (`described`)."""
    nouns: dict[str, str] = {}
    for cue, topic in cues.items():
        words = cue.split()
        if len(words) == 1 or (len(words) == 2 and words[0] == "the"):
            nouns[words[-1]] = topic
    return nouns


# Words that name the same counted thing, one closed list per thing (README.md, on `cues:`): a
# topic whose codebook cues two words of a list or more counts that thing, and takes the list's
# other words as cues ("102 fatalities" is the death toll's when it cues "killed" and "deaths").
# One word alone may be a narrower sense the analyst chose ("fatalities" of an attack's victims,
# not every killing the text tells). The codebook's `cues:` stay the way to add any other word.
CUE_SYNONYMS = (("deaths", "died", "killed", "dead", "fatalities", "lives"),)


def with_synonyms(cues: Mapping[str, str]) -> dict[str, str]:
    """`cues` (`matcher.cue_key` -> topic) and, for each list of `CUE_SYNONYMS` of which one
    topic alone cues two words or more, the list's other words as that topic's cues."""
    found = dict(cues)
    for synonyms in CUE_SYNONYMS:
        keys = {cue_key(word) for word in synonyms}
        owners = [topic for cue, topic in cues.items() if cue in keys]
        if len(owners) >= 2 and len(set(owners)) == 1:
            found.update({key: owners[0] for key in keys if key not in cues})
    return found


PLURAL_ENDINGS = ("s", "es", "'s", "\u2019s")
VERB_ENDINGS = ("ed", "ing")


def cue_form(word: str, cue: str) -> bool:
    """Whether a text's `word` (of the same `matcher.word_key`) is a form of a cue's word as the
    codebook writes it: the word itself, its plural or singular, its possessive, or its past in "-d" or
    "-ed" (a cue written as a verb's stem: "replace", "replaced"); and, for a cue written as a verb
    form ("died", "evacuated", "waiting"), any form of that verb ("dying", "evacuation"). A cue is
    never the stem of a longer word or another word form: "fish" is no "fishing", "assistance" no
    "assisting", "transits" no "transiting"."""
    word = fold(word).lower()
    return (
        cue.endswith(VERB_ENDINGS)
        or word in (cue, cue + "d", cue + "ed", cue + cue[-1:] + "ed")
        or _plural_of(word, cue)
        or _plural_of(cue, word)
    )


def _plural_of(plural: str, word: str) -> bool:
    """Whether `plural` is `word` with a plural or possessive ending: "birds", "canal's", "cities"."""
    return any(plural == word + end for end in PLURAL_ENDINGS) or (word[-1:] == "y" and plural == word[:-1] + "ies")


def cued(
    text: str,
    cues: Mapping[str, str],
    named: Sequence[Named],
    written: Mapping[str, frozenset[tuple[str, ...]]] | None = None,
) -> list[Named]:
    """Where the sentence holds a topic's cue (`cues`: `matcher.cue_key` -> topic), outside its
    mentions and written in lower case (capitalized only as the sentence's first word): "Two
    children [died]", "[Deaths] rose"; a capitalized word is a name's, and a cue is never a
    mention. Given the cues as `written` (`Matcher.cue_words`), each word of the run is one of
    them in a form `cue_form` allows ("fishing" is no "fish")."""
    if not cues:
        return []
    words = list(CUE_WORD.finditer(text))
    keys = [word_key(w.group()) for w in words]  # `cue_key` of a run is its words' keys, single-spaced
    found: list[Named] = []
    for i in range(len(words)):
        for n in range(min(CUE_WORDS, len(words) - i), 0, -1):
            topic = cues.get(" ".join(keys[i : i + n]))
            if topic is None:
                continue  # most runs are no cue: looked up before their spacing and case are read
            run = words[i : i + n]
            if any(not text[a.end() : b.start()].isspace() for a, b in pairwise(run)) or not all(
                w.group().islower() or (w is words[0] and w.group()[1:].islower()) for w in run
            ):
                continue  # "Refugees" in "Bureau of Population, Refugees, and Migration" is a name
            forms = (written or {}).get(" ".join(keys[i : i + n]))
            if forms and not any(all(map(cue_form, [w.group() for w in run], cue)) for cue in forms):
                continue
            start, end = run[0].start(), run[-1].end()
            if not any(m[0] < end and start < m[1] for m in named):
                found.append((start, end, topic))
                break
    return found


def common_heads(heads: Mapping[str, str], kinds: Mapping[str, str]) -> dict[str, str]:
    """The nouns a definite description may be besides the sorts' (`described`): the head noun of
    one topic's common names ("precursor chemicals") and the noun of its instances ("Houthi
    attacks"), each to that topic."""
    return {**heads, **kinds}


def attach_topics(
    stated: Sequence[StatedFigure],
    blocks: Sequence[Block],
    mentions: Sequence[Mention],
    kinds: Mapping[str, str] | None = None,
    actors: Collection[str] = (),
    sorts: Mapping[str, frozenset[str]] | None = None,
    heads: Mapping[str, str] | None = None,
    deeds: Mapping[str, str] | None = None,
    cues: Mapping[str, str] | None = None,
    cue_words: Mapping[str, frozenset[tuple[str, ...]]] | None = None,
) -> tuple[Fact, ...]:
    """Each fact with the topics it is about (`Sentence.topics`): one, or each of a group ("the
    two fires"). A figure its sentence gives no topic takes the one its subject pronoun stands for
    (`pronoun_topic`), else, when its sentence names none, its section's (`section_topic`);
    otherwise a fact has none. `kinds` maps the nouns
    that name a topic's instances to it (Matcher.kinds); `actors` are the actors' topic ids;
    `sorts` the nouns that describe topics (`described`); `heads` the head nouns of topics'
    common names (Matcher.heads); `deeds` the stems of verbs whose nouns name a topic
    (Matcher.deeds); `cues` the topics' cue words (Matcher.cues), read for figures only: a
    figure's own noun or verb that is a cue ("13 deaths", "Two children died") is that topic's,
    and a figure no rule gives a topic takes the one topic whose cues its clause holds, each word
    in a form of the cue as written (`cue_words`, Matcher.cue_words: `cue_form`)."""
    kinds = kinds or {}
    cues = with_synonyms(cues or {})
    at: dict[tuple[str, int], list[Named]] = defaultdict(list)
    for m in mentions:
        sentence_start = block_at(blocks, m.anchor).sentences[m.sentence_index].start
        at[(m.anchor, m.sentence_index)].append((m.start - sentence_start, m.end - sentence_start, m.topic_id))
    wanted = {(s.fact.evidence.anchor, s.sentence_index - back) for s in stated for back in (0, 1)}
    descriptions = described(blocks, at, sorts or {}, wanted, common_heads(heads or {}, kinds), description_cues(cues))
    figures: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for item in stated:
        if item.fact.kind != "year":
            figures[(item.fact.evidence.anchor, item.sentence_index)].append((item.start, item.end))
    facts: list[Fact] = []
    last_figure: tuple[tuple[str, int], Fact] | None = None  # the last figure placed, not a year
    positions = {block.anchor: n for n, block in enumerate(blocks)}
    sentences: dict[tuple[str, int], tuple[Sentence, dict[tuple[int, int], str | None]]] = {}
    for item in stated:
        evidence = item.fact.evidence
        key = (evidence.anchor, item.sentence_index)
        named = coordinated(evidence.sentence, sorted([*at.get(key, []), *descriptions.get(key, [])]), sorts or {})
        if key not in sentences:
            sentence = Sentence(
                evidence.sentence,
                named,
                figures.get(key, []),
                kinds,
                frozenset(actors),
                heads or {},
                deeds or {},
                cues,
                cue_words,
            )
            sentences[key] = (sentence, sentence.topics())
        sentence, topics = sentences[key]
        year = item.fact.kind == "year"
        topic = sentence.topic_of(item.start, item.end)[0] if year else topics[(item.start, item.end)]
        previous = last_figure[1] if last_figure and _same_run(last_figure[0], key, positions) else None
        refers_back = (item.fact.kind == "count" and elided(item.fact.text)) or (
            item.fact.kind == "ratio" and topic is None
        )
        toll = _toll_topic(evidence.sentence, item, named, sentence.cued) if refers_back else None
        if toll is not None:  # "The number of [deaths] stood at 225": what the toll counts
            fact = replace(item.fact, topics=members(toll))
        elif previous and previous.topics and refers_back:
            after = topic is not None and any(m[0] >= item.end and m[2] == topic for m in named)
            own = members(topic) if topic and after else ()  # "158 of those due to [hypothermia]": the cause too
            fact = replace(item.fact, topics=tuple(sorted({*previous.topics, *own})))
        else:
            fact = _elsewhere(item, topic, named, blocks, at, descriptions, facts)
        facts.append(fact)
        if not year:
            last_figure = (key, fact)
    return tuple(facts)


def _toll_topic(text: str, item: StatedFigure, named: Sequence[Named], cued: Sequence[Named]) -> str | None:
    """The topic a count with no noun counts when it is the value of a toll, total or number of
    its clause (`facts.toll_before`: "The Helene death toll rose to 33", "The number of deaths
    stood at 225"): the mention or cue the toll's noun ends ("[Helene death toll]") or the one
    after its "of" ("number of [deaths]"). None when neither names a topic."""
    toll = toll_before(text, number_start(item.fact.text, item.start))
    if toll is None:
        return None
    for start, end, topic in sorted([*named, *cued]):
        if counted_by_toll(text, toll, start, end):
            return topic
    return None


def _same_run(earlier: tuple[str, int], key: tuple[str, int], positions: Mapping[str, int]) -> bool:
    """Whether a figure at `earlier` (anchor, sentence) is in the sentence of `key` or the one
    before it, or, for a sentence opening its paragraph, in the paragraph before: where a count
    whose noun is left out ("36 more", "229") or a ratio ("nearly twice what the department
    estimated") finds the figure it refers to. `positions` is each block's place by its anchor."""
    if earlier[0] == key[0]:
        return key[1] - earlier[1] in (0, 1)
    return key[1] == 0 and positions.get(key[0], -1) - positions.get(earlier[0], -9) == 1


def _elsewhere(
    item: StatedFigure,
    topic: str | None,
    named: Sequence[Named],
    blocks: Sequence[Block],
    at: Mapping[tuple[str, int], Sequence[Named]],
    descriptions: Mapping[tuple[str, int], Sequence[Named]],
    facts: Sequence[Fact],
) -> Fact:
    """The fact with its sentence's topic, or, when the sentence gives none, the topic of a subject
    pronoun (`pronoun_topic`), of its list's lead-in (`_listed_fact`), of its section
    (`section_topic`) or of the figure it repeats (`repeated_figure`)."""
    evidence = item.fact.evidence
    source = "sentence"
    if topic is None and item.sentence_index > 0:
        before = (evidence.anchor, item.sentence_index - 1)
        earlier = block_at(blocks, evidence.anchor).sentences[item.sentence_index - 1].text
        topic = pronoun_topic(
            evidence.sentence, item.start, earlier, sorted([*at.get(before, []), *descriptions.get(before, [])])
        )
        source = "paragraph" if topic else source
    listed = _listed_fact(item, topic, named, blocks, at)
    if listed is not None:
        return listed
    if topic is None and not named:  # "Damage: Officials have confirmed 6,051 structures ...", under "Eaton fire"
        topic = section_topic(blocks, at, evidence.anchor, item.sentence_index)
        source = "section" if topic else source
    if topic is None and not named:  # "The $1 billion will cover initial construction."
        repeated = repeated_figure(item.fact, evidence.sentence[: item.start], facts)
        if repeated:
            return replace(item.fact, topics=repeated, topics_from="article")
    return replace(item.fact, topics=members(topic) if topic else (), topics_from=source)


def _listed_fact(
    item: StatedFigure,
    topic: str | None,
    named: Sequence[Named],
    blocks: Sequence[Block],
    at: Mapping[tuple[str, int], Sequence[Named]],
) -> Fact | None:
    """The fact with the topic of its list's lead-in (`lead_in_topic`), when its sentence opens an
    entry of the list: a figure that opens the entry ("- 35 percent ... for ecological restoration")
    is the lead-in's topic's share, beside the topic its own words give it; a figure in an entry that
    names no topic takes the lead-in's, over a cue's ("- $165 million for humanitarian assistance").
    None when no lead-in names a topic, or the entry names one and the figure does not open it."""
    evidence = item.fact.evidence
    opens = ENTRY_MARKER.fullmatch(evidence.sentence, 0, item.start) is not None
    if named and not opens:  # the entry's own topic, in its own clause
        return None
    lead = lead_in_topic(blocks, at, evidence.anchor, item.sentence_index)
    if lead is None:
        return None
    if topic is None or not named:  # the lead-in titles its list, as a title line does
        return replace(item.fact, topics=members(lead), topics_from="section")
    return replace(item.fact, topics=tuple(sorted({*members(topic), *members(lead)})))


# Right before a figure, "the": it repeats a figure stated before ("The| $1 billion will cover ...").
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def repeated_figure(fact: Fact, before: str, earlier: Sequence[Fact]) -> tuple[str, ...]:
    """The topics of the figure a definite one repeats, for a figure whose sentence names no topic:
    "The $1 billion will cover initial construction" is the "at least $1 billion" its article
    stated before, of the same kind and value; the last such figure with topics, or none."""
    if fact.value is None or THE_BEFORE.search(before[-8:]) is None:
        return ()
    same = [f for f in earlier if f.kind == fact.kind and f.value == fact.value and f.topics]
    return same[-1].topics if same else ()


# A sentence that leads into the list after it: it ends with a colon or announces what follows
# ("sets forth the following framework ...:", "are as follows"); "the following day" is a time, not a list.
LEAD_IN = re.compile(
    r":\s*$|\bas\s+follows\b|\bthe\s+following\b"
    r"(?!\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|season|spring|summer|fall|autumn|winter)s?\b)",
    re.IGNORECASE,
)
# A paragraph that is one entry of a list written without Markdown's markers: it opens with a
# figure or with a letter or number marker ("35 percent ...", "$2 million ...", "(a) ...", "2) ...").
LISTED_OPENING = re.compile(r"[$\u20ac\u00a3]?\d|\(?[a-zA-Z\d]{1,2}\)\s|[a-z]\.\s")
# Before a figure that opens its entry, at most the entry's letter or number marker ("(a) ").
ENTRY_MARKER = re.compile(r"(?:\(?[a-zA-Z\d]{1,2}\)\s+|[a-z]\.\s+)?")


def lead_in_topic(
    blocks: Sequence[Block], at: Mapping[tuple[str, int], Sequence[Named]], anchor: str, sentence_index: int
) -> str | None:
    """The topic a list's lead-in names, for a figure in the first sentence of one of its entries
    (`_listed_fact` says when it is the figure's): the entry continues the lead-in's sentence ("The RESTORE Act
    sets forth the following framework for allocation of the Trust Fund:", then "- 30 percent
    divided among the States ..."). An entry is a list item, or a short paragraph opening with a
    figure or a marker (`LISTED_OPENING`); the lead-in is the last sentence of the block right
    before the run of entries, ending with a colon or announcing what follows (`LEAD_IN`). Its
    topic is the one it names, or, when it names several, the mention that opens it as its
    subject (`SUBJECT_OPENING`); none, or several and no subject, say nothing."""
    if sentence_index != 0 or not _entry(block_at(blocks, anchor)):
        return None
    lead_in = next((b for b in reversed(blocks[: block_index(anchor)]) if not _entry(b)), None)
    if lead_in is None or lead_in.kind != "paragraph" or not lead_in.sentences:
        return None
    last = len(lead_in.sentences) - 1
    text = lead_in.sentences[last].text
    if LEAD_IN.search(text) is None:
        return None
    named = at.get((lead_in.anchor, last), [])
    subject = next((m for m in named if SUBJECT_OPENING.fullmatch(text, 0, m[0])), None)
    return _only_topic(named) or (subject[2] if subject else None)


def _entry(block: Block) -> bool:
    """Whether a block is an entry of a list: a list item, or a paragraph of at most two sentences
    that opens with a figure or a marker."""
    if block.kind == "item":
        return True
    return block.kind == "paragraph" and len(block.sentences) <= 2 and LISTED_OPENING.match(block.text) is not None


def section_topic(
    blocks: Sequence[Block], at: Mapping[tuple[str, int], Sequence[Named]], anchor: str, sentence_index: int
) -> str | None:
    """The topic a figure's section names when its sentence names none: its heading, or the line
    of its own that titles the list the figure's item is in ("Eaton fire", then "- Damage: ...
    9,416 structures ..."), when it names exactly one topic; none, or several, say nothing. An
    item's label ("Damage:") is read by the sentence it opens, and is no subject of the next
    sentence's pronoun (`pronoun_topic`)."""
    block = block_at(blocks, anchor)
    if block.kind == "heading" or _subject_pronoun(block.sentences[sentence_index].text):
        return None  # "It has burned ...": the pronoun's, which the sentence before did not give
    in_list = block.kind == "item"
    for earlier in reversed(blocks[: block_index(anchor)]):
        if earlier.kind == "heading":
            return _only_topic([m for i in range(len(earlier.sentences)) for m in at.get((earlier.anchor, i), [])])
        if in_list and earlier.kind != "item":
            if _title_line(earlier):
                return _only_topic(at.get((earlier.anchor, 0), []))
            in_list = False
    return None


@lru_cache(maxsize=64)
def _subject_pronoun(sentence: str) -> re.Match[str] | None:
    """A sentence's first pronoun subject (SUBJECT_PRONOUN), read once for all its figures."""
    return SUBJECT_PRONOUN.search(sentence)


def _title_line(block: Block) -> bool:
    """Whether a paragraph is a short line of its own, with no stop, that titles the list after it."""
    return block.kind == "paragraph" and len(block.sentences) == 1 and TITLE_LINE.fullmatch(block.text) is not None


def _only_topic(named: Sequence[Named]) -> str | None:
    """The one topic these mentions name, or None for none or several."""
    return named[0][2] if len({m[2] for m in named}) == 1 else None


def pronoun_topic(text: str, start: int, earlier: str, earlier_named: Sequence[Named]) -> str | None:
    """The topic a subject pronoun of the figure's clause stands for (SUBJECT_PRONOUN), for a
    figure at `start` (in its clause after the pronoun, or in a phrase opening the sentence before
    it: "Established in 2002, it plays ...") for which its sentence's own words name no topic:
    the subject of the sentence before in its paragraph (`earlier`), a mention at its opening
    ("The Cinder Butte Fire was 15 percent contained ... It has grown to more than 52,000
    acres"); when none opens it, the one topic it names other than as a place
    (`_unplaced_topic`: "77% of Missouri City residents were [without power] ... It would take
    four days"). None when no pronoun is the figure's subject, or when the sentence before names
    no such topic or several: never a guess further back, nor from another paragraph."""
    pronoun = _subject_pronoun(text)
    if pronoun is None:
        return None
    if pronoun.end() <= start:  # "It has burned 14,021 acres", in one clause
        if CLAUSE_BREAK.search(text, pronoun.end(), start):
            return None
    elif not (start < pronoun.start("pronoun") and OPENING_PHRASE.fullmatch(text, 0, pronoun.start("pronoun"))):
        return None  # else the figure is in a phrase that opens the pronoun's sentence: "Established in 2002, it"
    subject = next(
        (
            m
            for m in earlier_named
            if SUBJECT_OPENING.fullmatch(earlier, 0, m[0]) and not LABEL_END.match(earlier, m[1])
        ),
        None,
    )
    if subject is None:
        return _unplaced_topic(earlier, earlier_named)
    return _apposed_alias(earlier, subject, earlier_named) or subject[2]


# After a mention, the lower-case head noun it modifies and the opening bracket of an alias in
# apposition to the head ("The Gulf of Mexico| coastal environment (|Gulf Coast)").
MODIFIED_HEAD = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+\(")


def _apposed_alias(text: str, mention: Named, named: Sequence[Named]) -> str | None:
    """The topic of an alias in brackets right after the head noun a sentence's opening mention
    only modifies: "The Gulf of Mexico coastal environment (Gulf Coast) stretches ..." is about
    the Gulf Coast, the head's alias, not the Gulf (`MODIFIED_HEAD`). None when the mention is the
    head itself or no bracketed mention follows its head."""
    return next(
        (
            m[2]
            for m in named
            if m[0] > mention[1] and MODIFIED_HEAD.fullmatch(text, mention[1], m[0]) and text.startswith(")", m[1])
        ),
        None,
    )


def _unplaced_topic(text: str, named: Sequence[Named]) -> str | None:
    """The one topic a sentence names past its label ("Containment: ..."), when each of its
    mentions is the complement of a copula, what the sentence says its subject is (`COMPLEMENT`:
    "77% of residents were [without power]. It would take four days"). A topic that a verb acts
    on ("Investigators blamed [Boeing] ... They recovered"), or that only places what the sentence
    tells ("police ... from [the Bahamas] ... They will be deployed"), is another participant than
    the pronoun's."""
    told = [m for m in named if not LABEL_END.match(text, m[1])]
    if not all(COMPLEMENT.search(text, 0, m[0]) for m in told):
        return None
    return _only_topic(told)


def kind_of(word: str, kinds: Mapping[str, str]) -> str | None:
    """The topic whose instances a noun names: "attacks" -> Houthi attacks; a compound ending in
    a kind noun names them too ("airstrikes": strikes)."""
    stem = noun_stem(word)
    if stem in kinds:
        return kinds[stem]
    return next((topic for noun, topic in kinds.items() if stem.endswith(noun) and len(stem) - len(noun) >= 3), None)


class Sentence:
    """One sentence's mentions and figures, to find what each figure is about."""

    def __init__(
        self,
        text: str,
        named: Sequence[Named],
        figures: Sequence[tuple[int, int]],
        kinds: Mapping[str, str],
        actors: frozenset[str],
        heads: Mapping[str, str] | None = None,
        deeds: Mapping[str, str] | None = None,
        cues: Mapping[str, str] | None = None,
        cue_words: Mapping[str, frozenset[tuple[str, ...]]] | None = None,
    ) -> None:
        self.text = text
        self.heads = heads or {}
        self.deeds = deeds or {}
        self.named = list(named)
        self.cued = cued(text, {c: t for c, t in (cues or {}).items() if not c.startswith(DEFINITE)}, named, cue_words)
        self.figures = sorted(figures)
        self._ends = sorted((end, (start, end)) for start, end in self.figures)  # for `_listed_before`
        self._list_starts: dict[int, int] = {}  # `_list_start`'s answers, each list walked once
        self._measured: dict[int, Named | None] = {}  # `measured`'s answers
        self.kinds = kinds
        groups = {m[2] for m in named if GROUP in m[2] and all(t in actors for t in members(m[2]))}
        self.actors = actors | groups  # "the cartels": actors, as each of them is
        self.breaks = self._clause_breaks()

    def _labelled(self, start: int, end: int) -> bool:
        """Whether the figure at start:end opens its sentence (past an entry's marker) and its
        label follows after a colon: "- $93 billion: amount NASA will have spent since FY 2012".
        The label is the figure's clause, read as a sentence's would be."""
        return (
            ENTRY_MARKER.fullmatch(self.text, 0, start) is not None and FIGURE_LABEL.match(self.text, end) is not None
        )

    def _clause_breaks(self) -> list[int]:
        """Where the sentence's clauses break (`CLAUSE_BREAK`), but for the colon after a figure
        that opens it (`_labelled`): that colon joins the figure to its label."""
        labels = {self.text.index(":", f[1]) for f in self.figures if self._labelled(*f)}
        return [b.start() for b in CLAUSE_BREAK.finditer(self.text) if b.start() not in labels]

    def measured(self, end: int) -> Named | None:
        """The mention a figure ending at `end` measures: "2 billion doses of [fentanyl]", also
        across the same measure in other units, in brackets ("over 400 kilograms (880 pounds) of
        [fentanyl] pills", where "880 pounds" measures it too). Asked once a figure's end."""
        if end not in self._measured:
            converted = CONVERSION.match(self.text, end)
            after = converted.end() if converted else end
            self._measured[end] = next((m for m in self.named if OF_WHAT.fullmatch(self.text, after, m[0])), None)
        return self._measured[end]

    def topics(self) -> dict[tuple[int, int], str | None]:
        """Each figure's topic (`topic_of`). A figure with no evidence of its own, or only its
        clause's subject, takes the topic whose instances another figure of its clause counts:
        "More than 50 nations have been affected in [27 attacks]", "over 50 ships [were attacked],
        three sailors were killed" (the casualties of those attacks)."""
        found = {figure: self.topic_of(*figure) for figure in self.figures}
        clause = {figure: bisect_left(self.breaks, figure[0]) for figure in self.figures}
        counted: defaultdict[int, set[str | None]] = defaultdict(set)  # each clause's topics of instances
        for other, (t, r) in found.items():
            if r == "instances":
                counted[clause[other]].add(t)
        topics: dict[tuple[int, int], str | None] = {}
        for figure, (own, reason) in found.items():
            events = set(counted[clause[figure]])
            spread = reason in ("none", "clause") and len(events) == 1
            topics[figure] = events.pop() if spread else own
            if topics[figure] is None and reason == "none":  # "Among the 800 reported [cases], 96% ..."
                topics[figure] = self._clause_cue(figure)
        for figure, (own, reason) in found.items():  # in reading order: a whole before its parts
            if reason == "part":
                whole = self._whole_figure(figure[0])
                topics[figure] = (topics.get(whole) if whole else None) or own
        for figure, other in pairwise(self.figures):  # "About nine percent, or 22 deaths, ...": one figure twice
            if RESTATED.fullmatch(self.text, figure[1], other[0]) and topics.get(other):
                topics[figure] = topics[other]
        topics.update(self._respective())
        return topics

    def _respective(self) -> dict[tuple[int, int], str]:
        """Each figure of a list closed by "respectively" and the topic at its place in the list
        of as many names before it, with the topic the clause's cues name ("the cost ... at [SVB]
        and [Signature Bank] to be $20 billion and $2.5 billion, respectively": the first is the
        cost's and SVB's). Names that are no topics' (people sentenced "to 60, 36, and 72 months,
        respectively"): nothing."""
        found: dict[tuple[int, int], str] = {}
        for last in self.figures:
            if not RESPECTIVELY.match(self.text, last[1]):
                continue
            figures = [last]
            while listed := self._listed_before(figures[0][0]):
                figures.insert(0, listed)
            names = self._listed_names(figures[0][0], len(figures))
            for figure, name in zip(figures, names, strict=False):
                cue = self._clause_cue(figure)
                found[figure] = GROUP.join(sorted({name[2], cue} - {None})) if cue else name[2]
        return found

    def _listed_names(self, start: int, count: int) -> list[Named]:
        """The last list of exactly `count` mentions, joined by commas and "and", before `start`
        in its clause: a longer list ("SVB, Signature Bank and the FDIC lost $20 billion and $2.5
        billion, respectively") or one across a clause break (";") pairs no figure with a name."""
        before = [m for m in self.named if m[1] <= start]
        for end in range(len(before), count - 1, -1):
            names = before[end - count : end]
            if len(names) > 1 and all(LISTED.fullmatch(self.text, a[1], b[0]) for a, b in pairwise(names)):
                longer = end > count and LISTED.fullmatch(self.text, before[end - count - 1][1], names[0][0])
                broken = CLAUSE_BREAK.search(self.text, names[-1][1], start) is not None
                return [] if longer or broken else names
        return []

    def topic_of(self, start: int, end: int) -> tuple[str | None, str]:
        """The topic the figure at start:end is about, or None, and why: "instances" (it counts
        or underwent a topic's instances), "evidence" (another sign in its words), "clause" (the
        subject of its clause), "abstain" (a rule says no topic's), "none" (nothing says)."""
        text, named = self.text, self.named
        inside = [m for m in named if m[0] < end + 2 and start < m[1]]  # in the figure or its noun: "25 [attacks]"
        counted = next((m for m in inside if m[1] >= end), None)
        if counted:  # the counted noun is the figure's last word: "four Houthi [drones]" counts drones
            return self._with_cause(counted[2], end), "evidence"
        noun = COUNTED_NOUN.search(text, start, end)
        kind = kind_of(noun.group(), self.kinds) if noun else None
        if kind and (CLASS_BEFORE.search(text, max(0, start - 30), start) or BREAKDOWN.match(text, end)):
            return None, "abstain"  # "all the other 53 dams", "13 dams – two in Laos and 11 in China"
        if kind:  # "hundreds of [attacks]": a topic's instances, named by a plain noun
            return kind, "instances"
        own = self._own_cue(start, end)
        if own:  # "three [deaths]", "Two children [died]", "99 people were [hospitalized]"
            return self._with_cause(own, end), "evidence"
        valued = next((m for m in named if TO_BE_VALUE.fullmatch(text, m[1], start) and m[2] not in self.actors), None)
        if valued:  # "estimates the [cost of the failure] of SVB ... to be $20 billion": that phrase's value
            return valued[2], "evidence"
        if PRISON_BEFORE.search(text, max(0, start - 30), start) or PRISON_AFTER.match(text, end):
            return None, "abstain"  # "sentenced to 420 months in prison": about the person
        if PENALTY_BEFORE.search(text, max(0, start - 40), start):
            return None, "abstain"  # "ordered to forfeit $27 million": the sentenced person's
        if PAST_RECORD.search(text, max(0, start - 30), start):
            return None, "abstain"  # "the previous record of 8.02 million hectares ..., set in 1989"
        if AGO.match(text, end):  # "nearly two years ago": the date of what stands right before
            dated = next((m for m in named if ADJACENT.fullmatch(text, m[1], start)), None)
            return (dated[2], "evidence") if dated else (None, "abstain")
        measured = self.measured(end)
        if measured:  # what a measure counts: "2 billion doses of [fentanyl]", "8 kilograms of [meth]"
            return measured[2], "evidence"
        on = next((m for m in named if ON_WHAT.fullmatch(text, end, m[0])), None)
        if on:  # "All 22 crew aboard [the Dali]": what holds the counted things, in their own phrase
            return on[2], "evidence"
        held = next((m for m in named if IN_WHAT.fullmatch(text, end, m[0]) and m[2] not in self.actors), None)
        if held:  # "$130 million in [ransom payments]", "$237.4 million in [bilateral assistance]"
            return held[2], "evidence"
        placed = next((m for m in named if MEASURED_AT.fullmatch(text, end, m[0])), None)
        if placed:  # "10-12 feet of elevation at [Lake Mead]"
            return placed[2], "evidence"
        headed = self._in_a_head(end)
        if headed:  # "$150 million in ransomware [payments]": what a topic's common name is
            return headed, "evidence"
        amount = next((m for m in named if AMOUNT_OF.fullmatch(text, m[1], start)), None)
        if amount and amount[2] not in self.actors:  # "a [reward] of up to $5 million"
            return amount[2], "evidence"
        if MEASURE_OF.match(text, end) and self._listed_measure(start, end):
            return None, "abstain"  # "254 pounds of [fentanyl] ... and 395 pounds of methamphetamine"
        paid = next((m for m in named if FOR_WHAT.fullmatch(text, end, m[0])), None)
        if paid and paid[2] not in self.actors:  # "$1.5 billion for [Mérida Initiative] programs"
            return paid[2], "evidence"
        if VALUE_OF.search(text, max(0, start - 30), start):
            value_of = self._value_of(start)
            return value_of, "evidence" if value_of else "abstain"
        governing = OBJECT_OF.search(text, max(0, start - 40), start)
        kind = kind_of(governing.group(1), self.kinds) if governing else None
        if kind:  # "[strikes] against 8 Houthi targets": the figure is what those instances aim at
            return kind, "instances"
        underwent = UNDERWENT.match(text, end)
        kind = self._kind_of_verb(underwent.group(1)) if underwent else None
        if kind:  # "over 50 ships [were attacked]": the attacks
            return kind, "instances"
        acted = ACTED_ON.search(text, max(0, start - 40), start)
        kind = self._kind_of_verb(acted.group(1)) if acted else None
        if kind:  # "the rebels [attacked] two cargo ships": the attacks
            return kind, "instances"
        deed = next((self._deed(v.group(1)) for v in (underwent, acted) if v and self._deed(v.group(1))), None)
        if deed:  # "OFAC [sanctioned] three entities": the sanctions, for this figure only
            return deed, "evidence"
        qualified = self._qualified(start, end)
        if qualified:  # "3.6 million people newly [displaced]", "one million [displaced] people"
            return qualified, "evidence"
        if self._fled(start, end):  # "16,200 people [have fled] to camps": the displacement
            return self.deeds[DISPLACED], "evidence"
        sources = self._sources(start, end)
        whole = self._whole(start)
        if whole is not None and whole[1] != "part":  # "a coalition, made up of more than 20 countries"
            return (sources, "evidence") if sources and whole[0] is None else whole
        if inside:  # a mention that only describes what is counted: a thing, or a group its members
            member = noun is not None and noun_stem(noun.group()) in MEMBERS and not self._demonym(inside[0])
            return (None, "abstain") if inside[0][2] in self.actors and not member else (inside[0][2], "evidence")
        if LENGTH_OF.match(text, end):
            return None, "abstain"  # "a year-long operation": the operation's length, no clause's
        if REWARD_AFTER.match(text, end):  # a reward: the topic that names rewards, not who offers it
            rewarding = next((m for m in named if "reward" in text[m[0] : m[1]].lower()), None)
            return (rewarding[2], "evidence") if rewarding else (None, "abstain")
        if POPULATION_OF.search(text, max(0, start - 40), start):
            return None, "abstain"  # "a country of 11 million people": a place the clause does not name
        if DISTANCE_UNIT.search(text, start, end) and DISTANCE_FROM.match(text, end):
            return None, "abstain"  # "about 70 kilometers from el-Fasher": where a place lies
        whole_figure = self._whole_figure(start) if whole is not None else None
        casualties = self._casualties(start, end) or (whole_figure is not None and self._casualties(*whole_figure))
        crew = not casualties and bool(CREW & {noun_stem(word) for word in re.findall(r"[a-z]+", text[start:end])})
        if crew and WITH_BEFORE.search(text, max(0, start - 30), start):
            return None, "none"  # "a vessel with 25 crew": the vessel's, which no topic is
        topic = self._subject(start, end, casualties, crew)
        had = None if topic else next((m for m in named if self._had(end, m)), None)
        if had:  # "millions of residents had prolonged [power outages]": what they underwent
            return had[2], "evidence"
        if whole is not None:  # "killed 100 people, including 20 children": the 100 people's first
            return topic, "part"
        if topic is None and sources:  # "$4.0 billion from [the State Department] and [USAID]": who gave it
            return sources, "evidence"
        return topic, "clause" if topic else "none"

    def _own_cue(self, start: int, end: int) -> str | None:
        """The topic of a cue that is the figure's own word: the noun it counts ("13 [deaths]"),
        the verb it is the subject of ("Two children [died]", "99 people were [hospitalized]")
        or the object of ("has [infected] more than 120 people"), the noun said "to be" it ("expected
        the [cost] to be around $500 million": `TO_BE_VALUE`), the first noun of its label ("$93
        billion: [amount] NASA will have spent": `_labelled`), or the noun phrase a figure in
        brackets gives the value of ("the [burned area] as of July 2 (8.33 million hectares)"). It outranks a mention that
        only qualifies the noun or another noun phrase of the clause ("three deaths, underscoring
        the severity of measles")."""
        first_object = self._first_object(start) if self.cued else None  # once, not once per cue
        for cue in self.cued:
            if (
                (cue[0] < end + 2 and start < cue[1] and cue[1] >= end)
                or SUBJECT_GAP.fullmatch(self.text, end, cue[0])
                or (BRACKETED_VALUE.fullmatch(self.text, cue[1], start) and self.text.startswith(")", end))
                or OBJECT_GAP.fullmatch(self.text, cue[1], start)
                or (FIGURE_LABEL.fullmatch(self.text, end, cue[0]) and self._labelled(start, end))
                or TO_BE_VALUE.fullmatch(self.text, cue[1], start)
                or cue[1] == first_object
                or self._modifies(start, end, cue)
            ):
                return cue[2]
        return None

    def _modifies(self, start: int, end: int, cue: Named) -> bool:
        """Whether the figure at start:end, after a determiner, modifies a noun phrase the cue
        heads (MODIFIER_DETERMINER, MODIFIED_NOUNS): "its [$42 billion] deposit [run]"."""
        return MODIFIED_NOUNS.fullmatch(self.text, end, cue[0]) is not None and bool(
            MODIFIER_DETERMINER.search(self.text, max(0, start - 8), start)
        )

    def _first_object(self, start: int) -> int | None:
        """Where the verb ends whose first object is a mention right before the figure at `start`,
        the figure being its second (FIRST_OBJECT_BEFORE, _AFTER): "have saved| the [WIC]
        program between $1 to $2 billion". None if no mention is such an object."""
        for mention in self.named:
            if mention[1] <= start and FIRST_OBJECT_AFTER.fullmatch(self.text, mention[1], start):
                verb = FIRST_OBJECT_BEFORE.search(self.text, max(0, mention[0] - 80), mention[0])
                if verb:
                    return verb.end("verb")
        return None

    def _had(self, end: int, mention: Named) -> bool:
        """Whether a mention, no actor, is what the figure ending at `end` had (HAD_WHAT)."""
        return HAD_WHAT.fullmatch(self.text, end, mention[0]) is not None and mention[2] not in self.actors

    def _with_cause(self, topic: str, end: int) -> str:
        """A figure's own topic and the topic of the cause its clause gives it after the figure
        (CAUSE_GAP), for a figure about both: "22 deaths, resulted from motor [vehicle accidents]"
        is the deaths' and the accidents'. A cause that is an actor, or the same topic: the topic."""
        cause = next((m for m in self.named if m[0] >= end and CAUSE_GAP.fullmatch(self.text, end, m[0])), None)
        if cause is None or cause[2] == topic or cause[2] in self.actors or GROUP in cause[2] + topic:
            return topic
        return GROUP.join(sorted((topic, cause[2])))

    def _clause_cue(self, figure: tuple[int, int]) -> str | None:
        """The one topic whose cues the figure's clause holds, for a figure no rule gave a topic:
        "Among the 800 reported [cases], 96% occurred in individuals who were unvaccinated".
        Cues of two topics, or none: None."""
        clause_start, clause_end = self._clause(*figure)
        topics = {c[2] for c in self.cued if clause_start <= c[0] and c[1] <= clause_end}
        return topics.pop() if len(topics) == 1 else None

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        """Where the clause of the span from `start` to `end` begins and ends: the break last
        before it (or the sentence's start), and the first at or after its end (or the end)."""
        before, after = bisect_left(self.breaks, start), bisect_left(self.breaks, end)
        return (
            self.breaks[before - 1] if before else 0,
            self.breaks[after] if after < len(self.breaks) else len(self.text),
        )

    def _listed_before(self, start: int) -> tuple[int, int] | None:
        """The first figure that the figure at `start` follows in a list (LISTED between them),
        or None. Only a figure ending in the run of spaces and LISTED_CHARACTERS right before
        `start` can be one, so a long list costs each figure its neighbours, not the sentence."""
        reach = start
        while reach and (self.text[reach - 1].isspace() or self.text[reach - 1] in LISTED_CHARACTERS):
            reach -= 1
        near = self._ends[bisect_left(self._ends, (reach,)) : bisect_right(self._ends, (start, (start, start)))]
        return min((f for end, f in near if LISTED.fullmatch(self.text, end, start)), default=None)

    def _list_start(self, start: int) -> int:
        """Where the list of figures the figure at `start` ends begins: "20 children and |nine
        aid workers" -> the start of "20 children"."""
        walked = []
        while start not in self._list_starts and (listed := self._listed_before(start)) is not None:
            walked.append(start)
            start = listed[0]
        first = self._list_starts.get(start, start)
        self._list_starts.update(dict.fromkeys([*walked, start], first))
        return first

    def _whole_end(self, start: int) -> int | None:
        """Where the whole ends that the figure at `start` is a part of (PART_OF), or None."""
        first = self._list_start(start)
        part = PART_OF.search(self.text, max(0, first - 40), first)
        if part is None:
            return None
        whole_end = WHOLE_END.search(self.text, 0, part.start())
        return whole_end.start() if whole_end else part.start()

    def _sources(self, start: int, end: int) -> str | None:
        """The topics an amount of money comes from, named right after it, read when nothing else
        places it: "nearly $4.0 billion from the [State Department] and [USAID]" (`GROUP` joins
        several); None for any other figure, or for money claimed from them (`CLAIMED`)."""
        if not MONEY_SIGN.search(self.text, start, end) or CLAIMED.search(self.text, max(0, start - 40), start):
            return None
        sources = [m for m in self.named if FROM_SOURCE.fullmatch(self.text, end, m[0])][:1]
        for m in self.named:
            joint = sources and m[0] > sources[-1][1] and COORDINATION.fullmatch(self.text, sources[-1][1], m[0])
            if joint:
                sources.append(m)
        return GROUP.join(sorted({t for m in sources for t in members(m[2])})) or None

    def _whole_figure(self, start: int) -> tuple[int, int] | None:
        """The figure the figure at `start` is a part of: "100 people, including 20 children"."""
        end = self._whole_end(start)
        return next((f for f in self.figures if f[1] == end), None) if end is not None else None

    def _whole(self, start: int) -> tuple[str | None, str] | None:
        """A part's topic and why, or None if the figure is no part: the whole figure's ("part",
        resolved in `topics`, where a whole of no topic leaves the part its own: "10 individuals,
        including three members of the Sinaloa Cartel"), the whole mention's, or none for a whole
        no topic names ("a coalition, made up of more than 20 countries")."""
        end = self._whole_end(start)
        if end is None:
            return None
        if self._whole_figure(start):
            return None, "part"
        mention = next((m for m in self.named if m[1] == end), None)
        return (mention[2], "evidence") if mention else (None, "abstain")

    def _casualties(self, start: int, end: int) -> bool:
        """Whether the figure counts the dead, wounded or kidnapped (CASUALTY_BEFORE, _AFTER)."""
        text = self.text
        return bool(CASUALTY_BEFORE.search(text, max(0, start - 60), start) or CASUALTY_AFTER.match(text, end))

    def _demonym(self, mention: Named) -> bool:
        """Whether a mention is a country's word ("Malian", "U.S."): "47 Malian soldiers" are
        no members of a topic the demonym names, as "14 US citizens" are none."""
        surface = self.text[mention[0] : mention[1]]
        return country_of(surface) is not None or fold(surface).lower().replace(".", "") in country_codes()

    def _in_a_head(self, end: int) -> str | None:
        """The topic whose common name's head noun heads the words the amount is in, when a
        modifier stands before it as in the name: the bare head of a qualified name is an
        ordinary noun ("$209 billion in assets" is no "Digital assets")."""
        words = IN_WORDS.match(self.text, end)
        if words is None or any(m[0] == words.start(1) for m in self.named):
            return None
        kept: list[str] = []
        for word in words.group(1).replace("-", " ").split():
            if word in FUNCTION_WORDS:
                break
            kept.append(word)
        return self.heads.get(noun_stem(kept[-1])) if len(kept) > 1 else None

    def _listed_measure(self, start: int, end: int) -> bool:
        """Whether another figure of the sentence measures a topic, in the same unit, or in any
        unit when the two are listed side by side: "3.8 million doses of [fentanyl] and 201
        pounds of methamphetamine" (not "5 million kilograms of chemicals, ... enough to
        produce 2 billion doses of fentanyl")."""
        unit = UNIT.search(self.text, start, end)
        what = MEASURED_WORD.match(self.text, end)
        for other in self.figures:
            measured = self.measured(other[1]) if other != (start, end) else None
            if measured is None:
                continue
            if unit is not None and self.text[other[0] : other[1]].endswith(unit.group()):
                return True
            if LISTED.fullmatch(self.text, measured[1], start) or (
                what and LISTED.fullmatch(self.text, what.end(), other[0])
            ):
                return True
        return False

    def _value_of(self, start: int) -> str | None:
        """A value's topic is what the measure before it measures, or none."""
        before = [f for f in self.figures if f[1] <= start]
        if not before:
            return None
        measured = self.measured(before[-1][1])
        return measured[2] if measured else None

    def _deed(self, verb_stem: str) -> str | None:
        """The topic whose one-word name is the verb's own noun: "sanction(ed)" -> sanctions."""
        return self.deeds.get(deed_stem(verb_stem))

    def _qualified(self, start: int, end: int) -> str | None:
        """The topic a participle qualifying the counted noun names, by its verb's noun (a topic's
        instances or one-word name): right after the figure ("8 million people newly displaced")
        or before its noun ("more than one million displaced people"); for this figure only."""
        after = PARTICIPLE_AFTER.match(self.text, end)
        for participle in [*([after] if after else []), *PARTICIPLE_IN.finditer(self.text, start, end)]:
            verb = participle.group(1)
            topic = self._kind_of_verb(verb) or self._deed(verb)
            if topic:
                return topic
        return None

    def _fled(self, start: int, end: int) -> bool:
        """Whether the figure counts people who fled (FLED, or FORCED ... TO_FLEE), not killed, and
        the codebook has a displacement topic to give them."""
        if DISPLACED not in self.deeds or self._casualties(start, end):
            return False
        forced = FORCED.search(self.text, max(0, start - 10), start) and TO_FLEE.match(self.text, end)
        return bool(FLED.match(self.text, end) or forced)

    def _kind_of_verb(self, stem: str) -> str | None:
        """The topic whose instances the noun of a verb names: "attack(ed)" -> attacks."""
        return kind_of(stem, self.kinds) or kind_of(stem + "e", self.kinds)

    def _subject(self, start: int, end: int, casualties: bool = False, crew: bool = False) -> str | None:
        """The mention of the figure's clause nearest before it (the subject of its verb; not one
        that only says it: "Cooper said ..."), else the nearest after it in the clause, else the
        nearest before it in the sentence short of a contrast; never an actor that only places or
        qualifies, nor for `casualties` (the dead of an attack) its attacker (`_attacker`): "an
        ambush by Tuareg rebels ... resulted in the death of 47 Malian soldiers" (the ambush may
        be their topic); for counted people, never where they were (`_placed_area`); for a
        ship's `crew`, no actor; never a mention before a verb of saying (its source) or before
        a relative "that" whose noun no topic names."""
        text = self.text
        people = casualties or self._people(start, end)
        reach = max(0, start - SUBJECT_REACH)
        said = max(
            (
                s.end()
                for s in SAYING_VERB.finditer(text, reach, start)
                if not SAID_OBJECT.fullmatch(text, s.end(), start)
            ),
            default=0,
        )
        relative = max((r.start(1) for r in RELATIVE.finditer(text, reach, start) if not self._named_in(r)), default=0)
        clause_start, clause_end = self._clause(start, end)
        possessor = None if people or crew else self._possessor(start, max(clause_start, said))
        if possessor:  # "Lake Mead's water level will be below 1,050 feet": the level is the lake's
            return possessor
        named = [
            m
            for m in self.named
            if not (self._placed_actor(m) and not GAPPED_VERB.fullmatch(text, m[1], start))
            and not (casualties and (self._attacker(m) or self._target(m)))
            and not self._source(m)
            and not self._possessive(m)
            and not self._adjective(m)
            and not self._owned(m, (start, end))
            and not self._in_apposition(m)
            and not (people and self._placed_area(m))
            and not (crew and m[2] in self.actors)
            and not (NUMBER_BEFORE.search(text, max(0, m[0] - 16), m[0]) and self._demonym(m))
            and m[1] > said  # "UN investigators ... estimated that ..."
            and m[1] > relative  # "... in an extensive conflict that has forced ..."
        ]
        first_object = self._first_object(start)
        if first_object is not None:  # "saved the WIC program $1 billion": no subject, the verb's first object
            named = [m for m in named if not first_object < m[0] < start]
        if not named:
            return None
        contrast = max((c.start() for c in CONTRAST.finditer(text) if c.start() < start), default=0)
        before = [m for m in named if contrast <= m[0] and m[1] <= start and not SAID.match(text, m[1])]
        after = [m for m in named if m[0] >= end]
        if self._people(start, end) and not casualties:  # "200 police officers ... to battle violent gangs"
            after = [m for m in after if BELONGING.search(text, end, m[0]) or MEMBER_OF.fullmatch(text, end, m[0])]
        elif self._persons(start, end) and not casualties:  # "two Americans ... exporting chips to China"
            after = [m for m in after if BELONGING.search(text, end, m[0]) or not self._acted_on(m)]
        before = [m for m in before if not self._in_relative(m, start)]
        in_clause_before = [m for m in before if m[0] >= clause_start]
        in_clause_after = [m for m in after if m[1] <= clause_end and not PREDICATE.search(text, end, m[0])]
        sayer = [] if casualties or crew else self._sayer(start)
        if in_clause_before:
            return self._conjoined(in_clause_before)
        for choice in (sayer, in_clause_after[:1], before[-1:]):
            if choice:
                return choice[0][2]
        return None

    def _possessor(self, start: int, opening: int) -> str | None:
        """The topic whose possessive opens the subject of the figure's clause, when its verb states
        a level, a share or their change (`LEVEL_VERB`): "Lake Mead's water level will be below
        1,050 feet", "Arizona's allocation from the river will fall by 21 percent". A possessive
        the figure's words do not follow that way ("Mali's army stated ... 14 militants") stays
        no subject."""
        text = self.text
        lead_in = POSSESSOR_OPENING.match(text, opening)
        owner = next((m for m in self.named if lead_in and m[0] == lead_in.end() and m[1] <= start), None)
        if owner is None or any(owner[1] <= m[0] and m[1] <= start for m in self.named):
            return None
        after = POSSESSIVE_AFTER.match(text, owner[1])
        noun_start = after.end() if after else owner[1] if POSSESSIVE_END.search(text, owner[0], owner[1]) else None
        if noun_start is None or not LEVEL_VERB.fullmatch(text, noun_start, start):
            return None
        return owner[2]

    def _conjoined(self, before: Sequence[Named]) -> str:
        """The subject nearest before the figure, with the names coordinated with it in a list
        closed by "and" ("[Grace Ocean] and [Synergy] have paid $97,294"): the figure is each
        one's (`GROUP`). Only "and" and a list's commas join: a name before a verb or a
        preposition ("[the FBI] said [the DEA] seized ...") is no conjunct."""
        listed = [before[-1]]
        for earlier in reversed(before[:-1]):
            joint = CONJUNCTION if len(listed) == 1 else LIST_COMMA
            if not joint.fullmatch(self.text, earlier[1], listed[0][0]):
                break
            listed.insert(0, earlier)
        topics = {t for m in listed for t in members(m[2])}
        return GROUP.join(sorted(topics)) if len(topics) > 1 else listed[-1][2]

    def _sayer(self, start: int) -> list[Named]:
        """The mention that says the figure's clause of itself, by "it" or "they" ("YLB said on 26
        November it will take a 51% stake"): its subject, though a sayer is else only a source."""
        for mention in self.named:
            said = SAYS.match(self.text, mention[1])
            if said and mention[1] < start and not self._source_before(mention):
                reported = SELF_REPORT.match(self.text, said.end())
                if reported and reported.end() <= start and not self._in_apposition(mention):
                    return [mention]
        return []

    def _source_before(self, mention: Named) -> bool:
        """Whether a mention follows "according to": a source, never one that speaks of itself."""
        return ACCORDING.search(self.text, max(0, mention[0] - 20), mention[0]) is not None

    def _in_apposition(self, mention: Named) -> bool:
        """Whether a mention only describes the name right before it, in apposition between commas
        ("Uranium One Group, a subsidiary of ... [Rosatom], to build ..."): no subject of the
        clause, whose subject is that name."""
        start, end, _ = mention
        return APPOSITIVE_CLOSE.match(self.text, end) is not None and any(
            other[1] < start and APPOSITIVE_OPENING.fullmatch(self.text, other[1], start) for other in self.named
        )

    def _in_relative(self, mention: Named, start: int) -> bool:
        """Whether a mention stands in a relative clause that closes before the figure at `start`
        (", which involved officers from the UK National Crime Agency (NCA), the [FBI], Europol
        ...|, has resulted in the arrest of four persons"): it describes that clause's noun, no
        subject of the main clause's figure."""
        opening = max((r.end() for r in RELATIVE_CLAUSE.finditer(self.text, 0, mention[0])), default=None)
        if opening is None or RELATIVE_END.search(self.text, opening, mention[1]):
            return False
        return RELATIVE_END.search(self.text, mention[1], start) is not None

    def _placed_area(self, mention: Named) -> bool:
        """Whether a proper name, of no topic whose instances a noun names, only says where: "twelve
        soldiers were killed ... in northern [Burkina Faso]" are no topic of the place ("three
        sailors were killed in [Houthi attacks]" are the attacks')."""
        start, _, topic = mention
        if not self.text[start : start + 1].isupper() or topic in self.kinds.values():
            return False  # "killed in the ambush": a common noun names the event, no place
        if CAUSE_BEFORE.search(self.text, max(0, start - 30), start):
            return False  # "10 people are dead from [the Palisades fire]": what killed them
        return PLACED_AREA.search(self.text, max(0, start - 30), start) is not None

    def _named_in(self, relative: re.Match[str]) -> bool:
        """Whether a mention stands between a relative's preposition and its "that": the
        relative's noun is then a topic's ("for the biggest [crypto hack] ever that saw ...")."""
        return any(relative.start() < m[0] and m[1] <= relative.end() for m in self.named)

    def _target(self, mention: Named) -> bool:
        """Whether a mention, of no topic whose instances a noun names, is a place or a target
        the victims were at, not the event that hurt them: "an attack on famine-hit camps for
        [displaced people] ... killed more than 100 people" (TARGET_BEFORE)."""
        start, _, topic = mention
        return (
            topic not in self.kinds.values() and TARGET_BEFORE.search(self.text, max(0, start - 40), start) is not None
        )

    def _source(self, mention: Named) -> bool:
        """Whether a mention only says where the figure comes from: "Central Command said",
        "according to the U.N. Security Council"."""
        start, end, _ = mention
        return bool(SAYS.match(self.text, end) or ACCORDING.search(self.text, max(0, start - 20), start))

    def _people(self, start: int, end: int) -> bool:
        """Whether the figure counts people or bodies ("200 police officers", "29 defendants")."""
        noun = COUNTED_NOUN.search(self.text, start, end)
        return noun is not None and noun_stem(noun.group()) in PEOPLE

    def _acted_on(self, mention: Named) -> bool:
        """Whether a mention after counted persons is an actor, or a proper name after a
        preposition of place or direction ("exporting chips [to China]"): what they act on or go
        to, not what they are of."""
        start, _, topic = mention
        if topic in self.actors:
            return True
        return (
            self.text[start : start + 1].isupper() and TOWARDS.search(self.text, max(0, start - 20), start) is not None
        )

    def _persons(self, start: int, end: int) -> bool:
        """Whether the figure counts persons by their nation or sex ("two Americans", "four men"):
        an actor named after them is one they act on, not one they are of."""
        noun = COUNTED_NOUN.search(self.text, start, end)
        if noun is None:
            return False
        word = noun.group()
        return word.lower() in PERSONS or (word[:1].isupper() and is_demonym(word.removesuffix("s")))

    def _possessive(self, mention: Named) -> bool:
        """Whether a mention is a possessive before a lower-case noun: "[Mali's] army"."""
        start, end, _ = mention
        if POSSESSIVE_END.search(self.text, start, end):
            return LOWER_NEXT.match(self.text, end) is not None
        return POSSESSIVE.match(self.text, end) is not None

    def _adjective(self, mention: Named) -> bool:
        """Whether a mention is a country's adjective before a lower-case noun: "the [Yemeni] armed
        forces" (QUALIFIES reads "armed" as a verb): it qualifies the noun, no subject ("Yemen
        announced" stays one)."""
        start, end, _ = mention
        return is_demonym(self.text[start:end]) and LOWER_WORD.match(self.text, end) is not None

    def _owned(self, mention: Named, figure: tuple[int, int]) -> bool:
        """Whether another figure of the sentence measures the mention or names it as a modifier of
        its counted noun ("480 kilograms of [fentanyl] powder and 420 firearms", "3,337 arrests
        and the seizure of nearly 44 million [fentanyl] pills"): it is that figure's, no subject
        of this one. The noun another figure counts stays a subject ("two legal [complaints]
        seeking to seize over $2.67 million"), but not for a figure before it: "four uncrewed vessels
        ... and two aerial [drones]" are no drones. A lower-case participle right after another figure
        qualifies what that figure counts: "more than eight million people newly [displaced] ...,
        and nearly 25 million people ... needing aid" (the 25 million are no displaced)."""
        start, end, _ = mention
        participle = self.text[start:end].islower()
        return any(
            (other[0] < end and start < other[1] and (end < other[1] or other[0] > figure[1]))
            or self.measured(other[1]) == mention
            or (participle and other[1] <= start and QUALIFYING_GAP.fullmatch(self.text, other[1], start) is not None)
            for other in self.figures
            if other != figure
        )

    def _attacker(self, mention: Named) -> bool:
        """Whether a mention may name who attacked: an actor, or a name after "by" that names no
        event ("an ambush by [Tuareg rebels]"; but "killed by [drone attacks]", a common noun,
        and "by [Houthi attacks]", a topic's instances)."""
        start, end, topic = mention
        if topic in self.actors:
            return True
        surface = self.text[start:end]
        last = COUNTED_NOUN.search(surface)
        return (
            bool(AGENT.search(self.text, max(0, start - 8), start))
            and surface != surface.lower()
            and not (last and kind_of(last.group(), self.kinds))
        )

    def _placed_actor(self, mention: Named) -> bool:
        """An actor's mention that places a figure or qualifies a noun, no subject of a verb."""
        start, end, topic = mention
        if topic not in self.actors:
            return False
        if PLACED.search(self.text, max(0, start - 12), start) or PLACED_OF.search(
            self.text, max(0, start - 60), start
        ):
            return True
        if HYPHEN_MODIFIER.match(self.text, end):
            return True
        return " " not in self.text[start:end] and QUALIFIES.match(self.text, end) is not None
