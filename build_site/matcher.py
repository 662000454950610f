"""Find every topic alias in a text in one pass (an Aho-Corasick automaton over all aliases).

Rules, each with its reason:
- word boundaries: "Merida" is not found inside "Meridian";
- case-insensitive, except aliases written in capitals (acronyms): "boast" holds no OAS,
  lower-case "ice" is no ICE;
- accents and apostrophe styles folded: Mérida = Merida, Mexico’s = Mexico's;
- a plural or possessive ending on the last word is tolerated: cartels, Sheinbaum's;
- overlapping matches resolve leftmost first, then longest: "U.S. Northern Command" over
  "Northern Command"; an alias as written before another alias plus an ending;
- spelling variants of a compound match: an alias written with a hyphen also matches the
  word written with a space or joined ("anti-drug": "anti drug", "antidrug"), each hyphen of
  a name on its own ("al-Islam wal Muslimin" for "al-Islam wal-Muslimin"), and a joined
  word after a common English prefix matches with a hyphen or a space ("counternarcotics":
  "counter-narcotics"), and an inner word of a name with or without an apostrophe before its
  final "s" ("Carneys Point": "Carney's Point"); an alias whose lower-case words are written
  apart also matches them hyphenated or, unless joined they make a common word, joined ("health
  care workers": "health-care workers", "healthcare workers"; "service members":
  "servicemembers"), never the words of a capitalized name ("Sierra Leone"); no spelling variant
  counts inside a web address ("DisasterAssistance.gov");
- a generic alias (written in lower case) found capitalized between two capitalized words
  is inside a longer name, the name of something else: "Narcotics" in "International
  Narcotics Control and Law Enforcement", "Cartel" in "Americas Counter Cartel Coalition".
  At the end of a name it is the name's head and counts ("Sinaloa Cartel" is a cartel);
  after a determiner it is emphasis ("a Human Rights Issue"). Headings are Title Case
  throughout, so this rule skips them. A name written in sentence case ("Deposit insurance")
  found in Title Case between capitalized words is inside another name the same way
  ("Federal Deposit Insurance Act", "... Corp.");
- a name ending in a company's designation also matches with it abbreviated ("Federal Deposit
  Insurance Corp." for "... Corporation"); a name followed by one or two capitalized words
  and a designation is another company's ("SVB Financial Group", the holding company, is no
  mention of SVB; "Wagner Group", the designation right after the name, still is);
- an acronym between Title Case words joined by a lower-case "and" and capitalized words ending in
  a law's or a program's head noun is a word of that name: "WIC" in the "Child Nutrition and WIC
  Reauthorization Act" (not "FBI" in "Merrick Garland and FBI Director Christopher Wray");
- a negated or reversed compound does not count: "non-fentanyl-related" is not fentanyl,
  "de-escalation" no escalation;
- a topic's `not:` phrases rule out a match inside them ("Cali cartel" for Mexican cartels);
- a name of a topic that belongs to a place (its name starts with one, or an actor's `country`)
  right after another place of the same sort is that place's: "the Illinois DNR" is not the
  Michigan Department of Natural Resources (place_scope.py);
- an actor whose `country` is a country is not named by a generic alias qualified by
  another country's name or demonym, before it or after it: "the Colombian Cali and Medellín
  cartels" and "drug cartels in Guatemala" are not Mexican cartels;
- a one-word name followed by two more capitalized words begins another actor's name:
  "the DEA's Washington Field Division" is no mention of Washington, "the Yemeni Armed
  Forces" none of Yemen ("Mexico's Attorney General" and "Alberta Premier Danielle Smith",
  a title after the name, still are); so does one followed by capitalized words joined by "&"
  or "and" that end in a body's head noun ("Florida Fish & Wildlife Conservation Commission"
  names no Florida);
- a name after a name particle that follows a capitalized name is a person's surname:
  "Abdul Malik al-Houthi" is a man, not the Houthi movement ("the al-Houthi family" still
  counts);
- coordinated modifiers share the head of the alias that follows them: "drug, arms, and
  human trafficking" names drug trafficking and arms trafficking as well; "the U.S. and
  Mexican governments" the US government as well as Mexico's; coordinated numbers after a
  capitalized plural head share its singular: "Minutes 323 and 330", "Tiers 1 and 2" name
  Minute 323 and Minute 330, Tier 1 and Tier 2 (where the codebook has those names).
- a dateline is where a release was written, not what it is about: "WASHINGTON – U.S.
  Customs and Border Protection ..." and "TAMPA, Fla. – ..." (a place in capitals opening a
  paragraph, before a dash) name no actor; "Washington – and Mexico City – agreed" does. A
  name of several words there names the place it is, when its topic is no actor: "SALT LAKE
  CITY —" is Salt Lake City (one word, "WASHINGTON", may be a seat of government);
- a name right after a capitalized word with which it makes another place's name (the country
  data's names of countries, capitals and provinces) is no mention: "Baja California" is no
  California, "New Mexico" no Mexico ("Southern Nevada" is still Nevada);
- an acronym's plural or possessive ending is written in lower case: "USS Carney" (a ship's
  prefix) is no "US", "DTOs" and "DEA's" still count;
- a generic alias capitalized at the end of a designation's name is part of that name:
  "Specially Designated Global Terrorists" (a word in -ed or -ly among the capitalized words
  before it) is a US list, not terrorists; "the Sinaloa Cartel" is still a cartel;
- an actor whose `country` is a country is not named by a generic alias that another
  country qualifies with "of" after it ("the Medellín Cartel of Colombia"), nor by one
  qualified, in the plural, as spanning countries ("international cartels"; "an international
  drug trafficking organization" is still one cartel);
- an acronym glued to a dollar sign is a currency: "US$5 million" names no United States;
- a generic alias capitalized after a capitalized word and "of", "for" or "on" (and any
  capitalized words) is inside the title of an office or a document: "Under Secretary of the
  Treasury for Terrorism and Financial Intelligence", "Accountability for Conflict-Related
  Sexual Violence" ("Members of the Sinaloa Cartel" still name a cartel);
- a one-word generic alias after a compound in "-based" is another kind of thing:
  "gender-based violence" is no gang violence ("gang-related violence" still is);
- what follows "other" after a mention of the same topic is, by the sentence's own words, not
  that topic: "Fentanyl and other synthetic opioids" names fentanyl once;
- a one-word generic alias that modifies a noun naming another kind of thing (MODIFIED_HEADS)
  is no mention: "ransomware payments" are payments, "opioid medication" a medicine, a "drone
  boat" a boat ("ransomware attacks", "fentanyl seizures" still count);
- a name of several words followed by two more capitalized words begins a longer name:
  "United States Central Command" is no mention of the United States ("the United States
  Government and Mexico" still is);
- the singular of a capitalized alias of several words ending in a plural matches ("Foreign
  Terrorist Organization" for "Foreign Terrorist Organizations"); a lower-case alias's singular
  matches only where it heads its phrase, before a function word or a stop ("the failure of
  SVB", "SVB's failure." for "failures"; not "a death toll", "illicit drug market", nor
  "illicit drug, arms, and human trafficking"), and a variant never takes the words of an alias
  as written ("illicit drug trafficking" is still drug trafficking); "cyber" is a prefix like
  "counter" ("cyber attacks", "cyber-attacks" for "cyberattacks"); an acronym matches written
  with the lower-case initials of its name's small words ("DoJ" for DOJ, the Department of
  Justice);
- an acronym of four letters or more also matches written with only its first letter
  capitalized, as news style writes long acronyms ("Jnim", "Centcom"), except where a sentence
  starts (a capitalized word there may be an ordinary one);
- a generic alias capitalized and followed by two capitalized words begins another thing's
  name: "the Gang Suppression Force" names no gang; "gang" before "rapes" modifies another
  kind of thing (MODIFIED_HEADS);
- a name that only qualifies a longer name of another kind is no mention: the name of a city, a
  sea or a newspaper whose head word follows it ("Quebec City", "the South China Sea", "The New
  York Times"), or a company's name joined to a combining form before it ("Hydro-Québec's");
  a possessive still counts ("Quebec's"), and so does a name before a title ("Alberta Premier
  Danielle Smith", below);
- a name followed by a title and a person's name is that person's body or place ("Reclamation
  Commissioner Camille Touton", "Alberta Premier Danielle Smith"):
  "United Nations Secretary-General António Guterres" names the United Nations, "Haitian
  National Police Director Frantz Elbé" the police; so is one after an envoy's title and before
  a person's name: "Ambassador to the United Nations Linda Thomas-Greenfield" (not before the
  head of another body's name: "the United Nations Human Rights Council");
- an acronym of capitals matches written with or without a dot after each letter ("U.S." for
  "US", "UN" for "U.N."), in a name of several words too, in capitals only ("Office of US
  Foreign Disaster Assistance" for "Office of U.S. ...", never "gave us military support"); the form without dots, when only the dotted one is an alias, does not
  count next to a word in capitals that is no alias ("GIVE US THE TOOLS" in a headline);
- a demonym in a name of several words may be written as its country's name, as news style
  does: "Haiti National Police" for "Haitian National Police" (the country list says which
  words are demonyms).
Folding keeps every character in place, so offsets into the folded text are offsets into
the original text and the surface form is always the exact original characters.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace

import ahocorasick
import justext
from nltk.stem.snowball import SnowballStemmer

from build_site.countries import country_of as any_country
from build_site.countries import is_place, place_names
from build_site.model import Topic
from build_site.name_checks import (
    ABBREVIATED_TITLES,
    OFFICE_TITLES,
    RANK_TITLES,
    TITLE_OPENERS,
    first_word_holder,
    surname,
)
from build_site.place_scope import Place, qualified_elsewhere, topic_place

# The stemmer of cue words (`word_key`): rules only, so nothing is downloaded.
_STEMMER = SnowballStemmer("english")

APOSTROPHES = "\u2019\u2018\u02bc\u0060\u00b4"
DASHES = "\u2010\u2011\u2012\u2013"
SPACES = "\u00a0\u2007\u202f"
# Endings tolerated after the last word, longest first. A bare trailing apostrophe is not
# one of them: after a word it is far more often a closing quote ('huachicol') than a
# possessive, and the possessive of a plural is covered by "s'".
SUFFIXES = ("'s", "es", "s'", "s")
# Prefixes English writes joined, hyphenated or spaced: "counternarcotics", "counter-narcotics".
# A hyphen between two letters, which a compound may also be written without.
INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
MIXED_HYPHENS = 3  # hyphens whose spellings are mixed freely: 3 ** 3 = 27 spellings of a key
PREFIXES = ("anti", "counter", "cross", "cyber", "inter", "multi", "trans", "non", "post", "pre")
# Before a match, a prefix that negates or reverses it: "non-fentanyl-related", "non fentanyl",
# "de-escalation", "anti-cartel", "counter-terrorism" (each a topic of its own if anything).
NEGATED = re.compile(r"(?:^|[^\w-])(?:non[- ]?|de-|anti-|counter-)$")
# What the text before a match ends in wherever NEGATED finds a prefix there ("$" also stands
# before a final line break): a quick test that spares most matches that search.
NEGATED_ENDS = ("-", "non", "non ", "\n")
# A series' number is arabic or roman: a name's last word is one whole ("Apollo 11", read by the
# candidates' kinds); in running text an arabic one may go on ("Minute 323a", "Phase 1.2").
_ARABIC, _ROMAN = r"\d+", r"[IVX]+"
NUMBERED_NAME_END = re.compile(rf"{_ARABIC}|{_ROMAN}")
_SERIES_NUMBER = rf"(?:{_ARABIC}[\w.]*|{_ROMAN}(?![\w.-]))"
# A capitalized head before coordinated numbers, arabic or roman: a plural head ("Minutes 323 and
# 330", "Tiers 1 and 2", "Articles 5, 6 and 7" name Minute 323 and Minute 330, each number with the
# head's singular) or a series' name ("Apollo 11 and 12", "the Artemis II and III missions" name
# Artemis II and Artemis III, each number with the name). The last number is no lone "I" before a
# lower-case word: that "I" is the pronoun opening a clause ("watched Artemis II and I cried").
_LAST_SERIES_NUMBER = rf"(?!I\s+[a-z]){_SERIES_NUMBER}"
NUMBERED_SERIES = re.compile(
    rf"(?<![\w-])([A-Z][a-z]+)\s+({_SERIES_NUMBER}(?:,\s+{_SERIES_NUMBER})*,?\s+(?:and|or|&)\s+{_LAST_SERIES_NUMBER})(?![\w-])"
)
SERIES_NUMBER = re.compile(_SERIES_NUMBER)
SERIES_NAME = re.compile(rf"[a-z]+ (?:{_ARABIC}[\w.]*|{_ROMAN.lower()})")  # an alias key: folded to lower case
# Coordinated modifiers before a match: "drug, gun, and " / "the U.S. and ".
CONJUNCTS = re.compile(r"(?:(?<![\w.'-])[\w.'-]+,\s+)*(?<![\w.'-])[\w.'-]+,?\s+(?:and|or|&)\s+$")
CONJUNCT_WORD = re.compile(r"[\w.'-]+")
# Words before a match that belong to its noun phrase, read right to left for a country.
PHRASE_WORD = re.compile(r"[^\W\d_][\w.'\u2019-]*|,")
JOINERS = frozenset({"and", "or", ",", "&"})
PREVIOUS_WORD = re.compile(r"([^\W\d_][\w.'\u2019]*)[ -]$")
DETERMINERS = frozenset("a an the this that these those its his her their our your my".split())
# A name particle after a capitalized name: what follows is a surname, the name of a person
# ("Abdul Malik al-|Houthi", "Badr al-Din al-|Houthi"), not the movement or family it is named after.
PARTICLES = ("al", "el", "ad", "ash", "bin", "ibn", "abu")
SURNAME_BEFORE = re.compile(
    rf"(?:^|\s)(?:[A-Z]|(?:{'|'.join(PARTICLES)})-[A-Z])[\w'\u2019-]*\s(?:{'|'.join(PARTICLES)})[-\s]$"
)
# How the text before a match ends where SURNAME_BEFORE finds a particle after a hyphen or a space.
PARTICLE_ENDS = tuple(particle + mark for particle in PARTICLES for mark in "- ")
# After a one-word name, two capitalized words: it is the first word of a longer name,
# another actor's ("the DEA's Washington| Field Division", "the Yemeni| Armed Forces").
NAME_CONTINUES = re.compile(r"[ ][A-Z][\w'\u2019.-]*[ ][A-Z]")
# The same continuation with "&" or "and" joining its capitalized words, where the run ends in a
# body's head noun: the name opens a body's name ("Florida| Fish & Wildlife Conservation
# Commission's Tom Matthews", "U.S.| Fish and Wildlife Service").
BODY_NAME_CONTINUES = re.compile(
    r"[ ][A-Z][\w'\u2019.-]*[ ](?:&|and)(?:[ ][A-Z][\w'\u2019.-]*){0,3}?[ ](?:Commission|Department|Agency|"
    r"Service|Services|Institute|Council|Committee|Office|Authority|Bureau|Administration|Foundation)\b"
)
# After a generic alias written capitalized, two capitalized words of the same sentence: the
# start of another thing's name ("Gang| Suppression Force"; not "a Human Rights| Issue. Washington").
WORDS_CONTINUE = re.compile(r"[ ][A-Z][\w'\u2019-]*[ ][A-Z]")
# Before an acronym, two words in Title Case and a lower-case "and": with two more capitalized
# words after it, the acronym is a word of a longer name joined by "and", a law's or a body's
# ("the Child Nutrition and| WIC |Reauthorization Act" is the Act, no mention of WIC).
COORDINATED_NAME_BEFORE = re.compile(r"(?:[A-Z][a-z][\w'\u2019-]*\s){2}(?:and|&)\s$")
# After such an acronym, capitalized words ending in the head noun of a law's or a program's name:
# a title or a rank after it ("DEA Special Agent in Charge") names a person, not a law.
LAW_NAME_AFTER = re.compile(
    r"(?:[ ][A-Z][\w'\u2019.-]*){1,4}?[ ](?:Act|Law|Bill|Program|Programme|Fund|Initiative|Treaty|Agreement)\b"
)
# After a name, one or two more capitalized words and a company's designation: the name of
# another company that holds it ("SVB| Financial Group"; right after the name, "Inc." is its own).
COMPANY_AFTER = re.compile(r"(?:[ ][A-Z][\w'\u2019&-]*){1,2}[ ](?:Group|Holdings|Inc|Corp|Co|Ltd|LLC|plc)\b")
# After a one-word name, the head word of another thing's name: "Arctic| Council", "Arctic| class".
NAME_HEAD_AFTER = re.compile(
    r"[ -](?:Council|Fleet|Command|Strategy|Corporation|Company|Institute|Agency|Forces?|[Cc]lass)\b"
)
# After a place's or a body's name, the head word of a name of another kind that the name only
# qualifies: a city's ("Quebec| City"), a sea's ("the South China| Sea"), a newspaper's ("The New
# York| Times", "Post", ...). A title held there is no such head ("Alberta| Premier Danielle Smith").
ANOTHER_KIND_AFTER = re.compile(
    r"[ ](?:City|Sea|Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Star|Globe|Sun|Examiner|Observer|"
    r"Courier|Telegraph|Inquirer|Dispatch|Sentinel)\b(?![-'\u2019]?\w)"
)
# Before a name, a combining form that joins it into a company's or a body's name: "Hydro-|Québec",
# "Petro-|Canada", "Inter-|American" (not a people's: "Sino-US", "Anglo-French" still name both).
JOINED_PREFIX = re.compile(r"(?<![\w.'\u2019-])(?:Hydro|Petro|Aero|Agro|Agri|Electro|Tele|Trans|Inter|Pan)-$")
# After a generic alias, where it is: "drug cartels| in Guatemala|", "cartels| based in Colombia|".
PLACED_AFTER = re.compile(r"\s(?:based\s)?(?:in|from|of)\s(?:the\s)?([A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*)?)")
# Before a generic alias, a word that makes it span countries: "international cartels".
MULTINATIONAL = re.compile(r"\b(?:international|foreign|transnational|global|worldwide)\s+$", re.IGNORECASE)
# A place in capitals opening a paragraph, then a dash: a dateline ("WASHINGTON –",
# "TAMPA, Fla. –", "MEXICO CITY (AP) —").
DATELINE = re.compile(
    r"[A-Z][A-Z.' -]*[A-Z.](?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:\s\([A-Z]+\))?\s?[-\u2013\u2014]\s"
)
# A capitalized word right before a match, which may begin a longer place name: "Baja| California".
PLACE_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.-])([A-Z][^\W\d_]*) $")
# Capitalized words before a generic alias that make their run a designation's name:
# "Specially Designated Global |Terrorists|" ("United" names a union, not a designation).
DESIGNATION_WORD = re.compile(r"(?<![\w'\u2019-])(?!United\b)[A-Z][a-z]+(?:ed|ly)\b")
# Before a generic alias, a capitalized word and a title's "of", "for" or "on" (no "the": "Members
# of the Sinaloa Cartel" is a cartel): "Secretary for| Terrorism".
TITLE_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*\s(?:of|for|on)\s(?:[A-Z][\w'\u2019-]*\s){0,3}$")
# A compound modifier that says what kind a one-word generic alias is: "gender-based| violence".
KIND_MODIFIER = re.compile(r"[^\W\d_]+-based\s$")
KIND_MODIFIER_WORD = "-based"  # in the 8 characters before every match of KIND_MODIFIER
# "other" right before a match, which excludes what the sentence named just before.
OTHER_BEFORE = re.compile(r"\bother\s$", re.IGNORECASE)
CAPITALIZED_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]*\s){1,4}$")
# Nouns that make a generic alias before them a modifier of another thing (measured on the
# evaluation's dev texts, where each such mention was judged wrong): "ransomware payments".
MODIFIED_HEADS = frozenset({"payment", "medication", "boat", "rape"})
# After a one-word name, the rest of a list of three or more lower-case words made one compound
# name, by hyphens or by its acronym, and the noun they all modify: "measles|, mumps, and rubella
# (MMR) vaccines", "measles|-mumps-rubella-varicella, or MMRV vaccination". The phrase names that
# noun's thing (a combined vaccine), not the name's; a plain list stays a list of names ("cases
# of measles, mumps and rubella rose"), and a hyphenated phrase of function words is no list
# ("ransomware-as-a-service operation").
COMPOUND_LIST = re.compile(
    r"(?:(?:,\s+[a-z]+)+,?\s+(?:and|or)\s+[a-z]+(?:\s*\([A-Z]{2,}\)|,\s+or\s+[A-Z]{2,})"
    r"|(?:-(?!(?:and|or|for|the|of|to|in|on|by|as)\b)[a-z]{3,}){2,}(?:\s*\([A-Z]{2,}\)|,\s+or\s+[A-Z]{2,})?)"
    r"\s+(?P<head>[a-z]{3,})\b"
)
# Words after such a list that make it no modifier: a verb or a function word ("measles-mumps-
# rubella is ...").
LIST_ENDS = frozenset(
    "is are was were be been has have had can could may might will would should must do does did not "
    "and or of in for to by with from at on as that which who than".split()
)


def _titles_pattern(titles: Collection[str]) -> str:
    """Titles of `name_checks` as a pattern of words written capitalised, as before a name: the
    first letter a capital, the rest in any case ("Vice-President", "President-elect"); longest
    first, so no alternative stops short of its word."""
    return "|".join(t[0].upper() + f"(?i:{re.escape(t[1:])})" for t in sorted(titles, key=len, reverse=True))


# After a body's or a place's name, an office's title of `name_checks` its officials hold: the name
# is that body's or place's ("United Nations| Secretary-General António Guterres", "Quebec| Premier
# François Legault"), not the first words of another name.
TITLE_AFTER = re.compile(rf" (?:{_titles_pattern(OFFICE_TITLES | TITLE_OPENERS)})\b")
# Before a body's name, a title held at it: "Ambassador to the| United Nations".
TITLE_TO = re.compile(r"\b(?i:ambassador|envoy|representative|delegate)\s(?:to|at)\s(?:the\s)?$")
# After a name, capitalized words ending in the head of another body's name: "United Nations|
# Human Rights Council".
BODY_AFTER = re.compile(
    r"(?:\s[A-Z][\w'\u2019-]*){0,3}\s(?:Council|Commission|Committee|Office|Agency|Fund|Programme|"
    r"Program|Mission|Organization|Court|Assembly|Command|Forces?)\b"
)
# A word in capitals (two letters or more) right before or right after a span.
CAPITALS_BEFORE = re.compile(r"\b([A-Z]{2,})\s$")
# Around a word, the marks of a web address: a dot and a letter after it ("DisasterAssistance.gov"),
# or, in the characters run on before it, a web address's own shape: "www.", a scheme's "://", an "@",
# or a host's top-level domain and a slash ("www.disasterassistance.gov", "fema.gov/disaster-assistance").
# A slash or a full stop alone is no address: "Nurses/healthcare workers", "rose.Healthcare workers".
WEB_ADDRESS_AFTER = re.compile(r"\.[^\W\d_]")
WEB_ADDRESS_BEFORE = re.compile(r"(?:\bwww\.|://|@|\.[a-z]{2,}/)\S*$", re.IGNORECASE)
WEB_ADDRESS_REACH = 100  # characters before a word searched for a web address it is part of
# A roman numeral of the capitals I, V and X, as after a name ("World War II", "Title IX"): no acronym
# to write with dots ("I.I.").
ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
CAPITALS_AFTER = re.compile(r"\s([A-Z]{2,})\b")
# Where a sentence starts: the text's start, or a stop and any closing quote, then spaces.
SENTENCE_START = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]?\s+)$")
# An acronym written with a dot after each capital: "U.S.", "U.N.", "E.U.".
DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")
TITLED_ACRONYM = 4  # letters an acronym needs to be matched written in title case ("Jnim")
NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _fold_char(char: str, keep_case: bool) -> str:
    """One character in, one character out: accents dropped, quotes and dashes unified."""
    if char in APOSTROPHES:
        return "'"
    if char in DASHES:
        return "-"
    if char in SPACES:
        return " "
    base = unicodedata.normalize("NFKD", char)
    if len(base) > 1 and all(unicodedata.combining(c) for c in base[1:]):
        char = base[0]
    if not keep_case:
        lowered = char.lower()
        char = lowered if len(lowered) == 1 else char
    return char


class _FoldTable(dict[int, str]):
    """A `str.translate` table filled on first use of each character, so folding runs in C."""

    def __init__(self, keep_case: bool) -> None:
        super().__init__()
        self.keep_case = keep_case

    def __missing__(self, codepoint: int) -> str:
        folded = self[codepoint] = _fold_char(chr(codepoint), self.keep_case)
        return folded


_FOLD = {False: _FoldTable(keep_case=False), True: _FoldTable(keep_case=True)}


def fold(text: str, keep_case: bool = False) -> str:
    """Text folded for matching, the same length as `text`."""
    if text.isascii():  # most text: lower-casing ASCII keeps every offset
        return text if keep_case else text.lower()
    return text.translate(_FOLD[keep_case])


def alias_key(alias: str) -> str:
    """How an alias is compared: folded, lower-case, single-spaced. Empty for a blank alias."""
    return " ".join(fold(alias).split())


def is_acronym(alias: str) -> bool:
    """DHS, SEMAR, U.S.: no lower-case letter and at least two capitals."""
    if alias.isascii() and not alias.isupper():  # most words: a lower-case letter, or no capital
        return False
    return not any(c.islower() for c in alias) and sum(c.isupper() for c in alias) >= 2


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    topic_id: str


@dataclass(frozen=True, slots=True)
class _Entry:
    topic_id: str
    exact: str | None  # accent-folded alias whose case must match, for acronyms
    generic: bool  # written without a capital: a common noun phrase ("cartel", "human rights")
    rest: str  # the key without its first word, for coordinated modifiers ("" for one word)
    common: bool = False  # generic, or a thing's one-word name in sentence case ("Terrorism")
    also: str | None = None  # an acronym's form with its name's lower-case initials ("DoJ")
    variant: bool = False  # a spelling variant or singular of an alias, not the alias as written
    sentence_case: bool = False  # several words, only the first capitalized ("Deposit insurance")
    singular: bool = False  # the singular of a lower-case alias ending in a plural ("failure")
    capitals: tuple[int, ...] = ()  # offsets of an acronym's letters a variant must find in capitals


_PHRASE = _Entry("", None, True, "", True)  # how a `not:` phrase is found: as a generic alias is


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Capitalized words right before and right after the span, past one space or hyphen:
    "International |Narcotics| Control". A determiner before it is no part of a name, so
    "a Human Rights Issue" (emphasis) is not inside one."""
    if not (end + 1 < len(text) and text[end] in " -" and text[end + 1].isupper()):
        return False
    before = PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[0].isupper() and before.group(1).lower() not in DETERMINERS


def _inside_a_coordinated_name(text: str, start: int, end: int) -> bool:
    """Whether an acronym is a word of a law's or a program's longer name that joins Title Case
    words by "and" (COORDINATED_NAME_BEFORE, LAW_NAME_AFTER): "Child Nutrition and |WIC|
    Reauthorization Act". Not after an acronym or a single title ("NERC and |FERC| are"), nor
    where a title follows the acronym ("Attorney General Merrick Garland and |FBI| Director")."""
    return LAW_NAME_AFTER.match(text, end) is not None and bool(
        COORDINATED_NAME_BEFORE.search(text, max(0, start - 60), start)
    )


def common_singular(key: str) -> str | None:
    """The singular of a lower-case alias key ending in a plural ("failures" -> "failure"), or
    None; found only where it heads its phrase (`_heads_its_phrase`)."""
    *words, last = key.split()
    if len(last) <= 4 or not last.isalpha() or noun_stem(last) == last:
        return None
    return " ".join([*words, last[:-3] + "y" if last.endswith("ies") else noun_stem(last)])


def _heads_its_phrase(text: str, end: int) -> bool:
    """Whether no lower-case word or list follows, or a function word does (SINGULAR_ENDS): the
    singular is the noun of its phrase, not a modifier ("the failure of SVB", not "a death toll",
    nor "illicit drug, arms, and human trafficking")."""
    if LISTED_AFTER.match(text, end):
        return False
    after = NEXT_WORD.match(text, end)
    return after is None or after.group(1) in SINGULAR_ENDS


def _recased_inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether a sentence-case name is written in Title Case between capitalized words: the words
    of a longer name ("Federal |Deposit Insurance| Corp." is not Deposit insurance)."""
    return text[start:end].istitle() and _inside_a_name(text, start, end)


def _other_than_before(text: str, match: Match, chosen: Sequence[tuple[Match, _Entry]]) -> bool:
    """Whether "other" precedes the match and the same topic was named shortly before it in
    the same sentence: "Fentanyl and other [synthetic opioids]"."""
    if not OTHER_BEFORE.search(text, max(0, match.start - 6), match.start):
        return False
    return any(
        earlier.topic_id == match.topic_id and "." not in text[earlier.end : match.start].replace("U.S.", "")
        for earlier, _ in chosen
        if match.start - earlier.end <= 80
    )


# Prepositions after which an alias says what its instances aim at: "attacks| on shipping",
# "strikes| on Houthi targets". After any other ("levels of violence", "trafficking in
# persons") the first noun is not what the alias is about.
AIMED_AT = frozenset({"on", "against"})
PREPOSITIONS = AIMED_AT | frozenset("of in for to by with from at".split())
# After a common alias's singular, the words that show it is a noun heading its phrase, not a
# modifier of the next noun: "the failure| of SVB", "SVB's failure|." (not "death| toll").
SINGULAR_ENDS = PREPOSITIONS | frozenset("is was has had will would that which".split())
# After a common alias's singular, a comma and a lower-case word: a coordinated modifier
# ("illicit drug|, arms, and human trafficking"), for the conjunct rule to read.
LISTED_AFTER = re.compile(r",? (?:and|or)\b|, [a-z]")


def noun_stem(word: str) -> str:
    """A noun without its plural s, lower case: "attacks" -> "attack", "crisis" stays."""
    word = fold(word)
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def kind_noun(name: str, sentence_case: bool = False) -> str | None:
    """The common noun a topic's alias says its instances are, stemmed, when only proper words
    qualify it: "Houthi attacks" and "attacks on shipping" -> "attack". None for one word (a
    mention already), a proper name ("Sinaloa Cartel") or a noun narrowed by a common word
    ("unmanned surface vessel" names no vessel in general). A topic's name is written in
    sentence case (`sentence_case`): its first capital says nothing."""
    words = name.split()
    head_words: list[str] = []
    for word in words:
        if word.lower() in PREPOSITIONS:
            if word.lower() not in AIMED_AT:
                return None
            break
        head_words.append(word)
    if len(words) < 2 or not head_words:
        return None
    *modifiers, head = head_words
    first_capital = sentence_case and not modifiers and head[:1].isupper() and head[1:].islower()
    if not head.isalpha() or len(head) < 4 or not (head.islower() or first_capital):
        return None
    if any(not word[:1].isupper() or (sentence_case and i == 0) for i, word in enumerate(modifiers)):
        return None
    return noun_stem(head)


def _ends_a_designation(text: str, start: int) -> bool:
    """Whether the capitalized words right before `start` hold a participle or an adverb, so
    that they and the alias are a designation's name: "Specially Designated Global Terrorists"."""
    run = CAPITALIZED_RUN_BEFORE.search(text, max(0, start - 60), start)
    return run is not None and DESIGNATION_WORD.search(run.group()) is not None


def _after_a_conjunction(folded: str, start: int) -> bool:
    """Whether the text before `start` ends in "and", "or" or "&" and a space, as every match
    of CONJUNCTS does: a quick test that spares most matches that costly search."""
    before = folded[max(0, start - 120) : start]
    trimmed = before.rstrip()
    return len(trimmed) < len(before) and trimmed.endswith(("and", "or", "&"))


def _in_a_web_address(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is a part of a web address, a host's or a path's name:
    "DisasterAssistance.gov" is no spelling of "disaster assistance"."""
    before = WEB_ADDRESS_BEFORE.search(text, max(0, start - WEB_ADDRESS_REACH), start)
    return bool(WEB_ADDRESS_AFTER.match(text, end) or before)


def _plural(folded: str, end: int) -> bool:
    """Whether a match ends in a plural s: a class of things ("international cartels"), where a
    singular is one of them ("an international drug trafficking organization" is still one)."""
    return folded[end - 1 : end] == "s" and not folded.startswith("'s", end - 2)


def _a_longer_name_continues(text: str, end: int) -> bool:
    """Whether capitalized words after the name carry on a longer name it only opens: two of them
    (NAME_CONTINUES), or words joined by "&" or "and" up to a body's head noun
    (BODY_NAME_CONTINUES: "Florida Fish & Wildlife Conservation Commission" names no Florida)."""
    return NAME_CONTINUES.match(text, end) is not None or BODY_NAME_CONTINUES.match(text, end) is not None


def _a_title_of(text: str, start: int, end: int) -> bool:
    """Whether the name is a body's in an official's title, after it or before it: "United
    Nations| Secretary-General António Guterres", "Ambassador to the |United Nations| Linda
    Thomas-Greenfield" (not "the United Nations Human Rights Council", another body's name)."""
    if TITLE_AFTER.match(text, end):
        return True
    return TITLE_TO.search(text, max(0, start - 40), start) is not None and not BODY_AFTER.match(text, end)


def _in_a_dateline(text: str, start: int, end: int) -> bool:
    """Whether the match, written in capitals, is the place of a dateline opening the text."""
    if not text[start:end].isupper() or text[:start].strip():  # the cheaper test first
        return False
    return DATELINE.match(text, start) is not None


def _ends_another_place(
    text: str, folded: str, start: int, end: int, keys: dict[str, _Entry], tails: frozenset[str]
) -> bool:
    """Whether the capitalized word right before the match and the match make the name of another
    place the country data knows, one no topic's alias names: "Baja California" is no
    California, "New Mexico" no Mexico ("Southern Nevada" is still Nevada). `tails` holds
    what follows the first word of each place name: a match that is none of them ends no
    place's name, and the search for the word before it is spared."""
    surface = folded[start:end].removesuffix("'s")
    if alias_key(surface) not in tails:
        return False
    before = PLACE_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    name = alias_key(f"{before.group(1)} {surface}")
    return name in place_names() and name not in keys


@functools.lru_cache(maxsize=1)
def place_tails() -> frozenset[str]:
    """What follows the first word of each place name (`_ends_another_place`): the same for every
    Matcher, which a build makes in each process and again at each rebuild of `mkdocs serve`."""
    return frozenset(name.partition(" ")[2] for name in place_names())


def _initials(names: Iterable[str]) -> set[str]:
    """The initials of each name of several words, small words' in lower case: "DoJ"."""
    return {"".join(w[0] for w in name.split()) for name in names if len(name.split()) > 1 and name.isascii()}


def _after_a_surname_particle(text: str, start: int) -> bool:
    """Whether a name particle after a capitalized name stands right before `start`
    (SURNAME_BEFORE). The particle and its hyphen or space end the text there (or a line break
    follows them), so a look at the last characters spares most matches the search."""
    last = text[start - 1 : start]
    if last in ("-", " ") and not text.endswith(PARTICLE_ENDS, 0, start):
        return False
    if last not in ("-", " ") and not last.isspace():
        return False
    return SURNAME_BEFORE.search(text, max(0, start - 40), start) is not None


def _inside_a_name_of_another_kind(text: str, folded: str, start: int, end: int) -> bool:
    """Whether a proper name only qualifies a longer name of another kind: the head word of a
    city's, a sea's or a newspaper's name right after it (ANOTHER_KIND_AFTER: "Quebec City", "The
    New York Times"), or a company's combining form joined before it (JOINED_PREFIX:
    "Hydro-Québec's"). A possessive name owns what follows ("Quebec's Post"), so it still counts."""
    if text[start - 1 : start] == "-" and JOINED_PREFIX.search(text, max(0, start - 8), start):
        return True
    return not folded.startswith("'s", end - 2) and ANOTHER_KIND_AFTER.match(text, end) is not None


def _after_a_kind_modifier(text: str, start: int) -> bool:
    """Whether a compound in "-based" stands right before `start` (KIND_MODIFIER); the quick
    look for its word spares most matches the search."""
    if text.find(KIND_MODIFIER_WORD, max(0, start - 8), start) < 0:
        return False
    return KIND_MODIFIER.search(text, max(0, start - 30), start) is not None


def _modifies_another_thing(text: str, end: int) -> bool:
    """Whether the word after `end` is a noun the match only modifies (MODIFIED_HEADS)."""
    after = NEXT_WORD.match(text, end)
    return after is not None and noun_stem(after.group(1)) in MODIFIED_HEADS


_OF_BEFORE = re.compile(r"\bof\s+$")
_HYPHENED_PARTS = re.compile(r"-([a-z]+)")


def _heads_a_compound_list(text: str, start: int, end: int) -> bool:
    """Whether a one-word name opens a list of three or more lower-case words that all modify the
    noun after them (COMPOUND_LIST): "measles, mumps, and rubella (MMR) vaccines" names a vaccine.
    A list after "of" is what something is of ("cases of measles, mumps, and rubella (MMR) rose"),
    and hyphened words ending in a participle are no list ("fentanyl-xylazine-laced pills")."""
    if not text.startswith((",", "-"), end):  # how each of COMPOUND_LIST's forms begins
        return False
    listed = COMPOUND_LIST.match(text, end)
    if listed is None or listed.group("head") in LIST_ENDS:
        return False
    if text[end] == ",":
        return _OF_BEFORE.search(text, max(0, start - 4), start) is None
    return not _HYPHENED_PARTS.findall(listed.group(0))[-1].endswith("ed")


# A company's designation ending a proper name, to the abbreviation news style writes for it:
# "Federal Deposit Insurance Corp." is the Federal Deposit Insurance Corporation. The
# abbreviations, as written after a name ("Boeing Co.", "Transocean Ltd"), are the one list of
# them the candidates' rules read too.
DESIGNATIONS = {"corporation": "corp", "company": "co", "incorporated": "inc"}
DESIGNATION_ABBREVIATIONS = ("Inc", "Corp", "Co", "Ltd", "LLC", "plc")


def spelling_variants(key: str, proper: bool = False) -> list[str]:
    """Other spellings of a compound in an alias key: hyphenated, spaced or joined; and, for a
    `proper` name (capitalized), the singular of a key of several words that ends in a plural
    (a common phrase's singular may only modify a noun: "illicit drug market") and its
    company designation abbreviated ("corp" for "corporation", DESIGNATIONS)."""
    variants = []
    words = key.split()
    if proper and len(words) > 1 and len(words[-1]) > 4 and noun_stem(words[-1]) != words[-1]:
        last = words[-1][:-3] + "y" if words[-1].endswith("ies") else noun_stem(words[-1])
        variants.append(" ".join([*words[:-1], last]))
    if proper and len(words) > 1 and words[-1] in DESIGNATIONS:
        variants.append(" ".join([*words[:-1], DESIGNATIONS[words[-1]]]))
    if proper:
        variants += _apostrophe_spellings(key)
    variants += _hyphen_spellings(key)
    for prefix in PREFIXES:
        joined = re.compile(rf"\b{prefix}(?=[^\W\d_]{{4,}})")
        if joined.search(key):
            variants += [joined.sub(prefix + "-", key), joined.sub(prefix + " ", key)]
    return variants


def name_variants(name: str, country_of: Callable[[str], str | None] | None = any_country) -> list[str]:
    """Every other key under which the matcher finds a topic's name or alias (its spelling
    variants, singular, dotted or undotted acronym, country for demonym), for any rule that
    must know which words can name a topic."""
    key = alias_key(name)
    if not key:
        return []
    if is_acronym(name):
        return [dotted.lower() for dotted in dot_variants(" ".join(fold(name, keep_case=True).split()))]
    generic = not any(c.isupper() for c in name)
    spaced = space_spellings(name) + [spelling for spelling, _ in acronym_spellings(name)]
    return spelling_variants(key, not generic) + spaced + ([] if generic else country_variants(key, country_of))


def country_variants(key: str, country_of: Callable[[str], str | None] | None = any_country) -> list[str]:
    """A name's key with a demonym the country data knows written as its country's name:
    "haitian national police" -> "haiti national police" (news style for Haiti's police)."""
    if country_of is None or " " not in key:
        return []
    words = key.split()
    variants = []
    for i, word in enumerate(words):
        country = country_of(word)
        if country is None or word.endswith("s") or alias_key(country) in (word, word.rstrip("s")):
            continue  # not a demonym: a country's own name ("haiti"), or a plural ("haitians")
        variants.append(" ".join([*words[:i], alias_key(country), *words[i + 1 :]]))
    return variants


def dot_variants(acronym: str) -> list[str]:
    """An acronym of capitals written the other way, with or without a dot after each letter:
    "US" -> "U.S.", "U.N." -> "UN". An acronym of mixed case or with other marks has none."""
    if DOTTED_ACRONYM.fullmatch(acronym):
        return [acronym.replace(".", "")]
    if acronym.isascii() and acronym.isalpha() and acronym.isupper():
        return ["".join(letter + "." for letter in acronym)]
    return []


def space_spellings(name: str) -> list[str]:
    """A compound written with a space also written hyphenated or joined, one space at a time:
    "health care workers" -> "health-care workers", "healthcare workers"; "service members" ->
    "servicemembers". Only a space between two lower-case words (a name in sentence case, "Health
    care workers", is a common phrase): the words of a capitalized name are spelt as the name
    writes them ("Sierra Leone" is never "Sierraleone"). No joined spelling where the two words
    joined make a common English word (jusText's English stop list: "with in" is not "within").
    Past MIXED_HYPHENS spaces, none (a key's spellings stay few)."""
    words = " ".join(fold(name, keep_case=True).split()).split(" ")
    if not any(c.isupper() for c in name[1:]):
        words[0] = words[0].lower()  # sentence case: the first word's capital is the name's start
    if not 1 < len(words) <= MIXED_HYPHENS + 1:
        return []
    spellings = []
    for i, (left, right) in enumerate(itertools.pairwise(words)):
        if not (left.isalpha() and left.islower() and right.isalpha() and right.islower()):
            continue
        before, after = " ".join(words[:i]), " ".join(words[i + 2 :])
        joints = ("-", "") if left + right not in _common_words() else ("-",)
        spellings += [alias_key(f"{before} {left}{joint}{right} {after}") for joint in joints]
    return spellings


@functools.cache
def _common_words() -> frozenset[str]:
    """Common English words (jusText's English stop list), which a joined compound must not be."""
    return frozenset(word.casefold() for word in justext.get_stoplist("English"))


def acronym_spellings(name: str) -> list[tuple[str, tuple[int, ...]]]:
    """A name of several words with each acronym among them written the other way, with or
    without a dot after each capital (dot_variants): "Office of U.S. Foreign Disaster Assistance"
    -> "office of us foreign disaster assistance"; and the offsets in that key of the acronyms'
    letters, which must be capitals in the text ("US", never the word "us" or "Us"). A roman numeral
    (ROMAN_NUMERAL) is spelt as written."""
    words = " ".join(fold(name, keep_case=True).split()).split(" ")
    if len(words) == 1:
        return []
    spelt = [
        next(iter(dot_variants(word)), word) if is_acronym(word) and not ROMAN_NUMERAL.fullmatch(word) else word
        for word in words
    ]
    if spelt == words:
        return []
    capitals: list[int] = []
    offset = 0
    for word, original in zip(spelt, words, strict=True):
        if word != original:
            capitals += [offset + i for i, letter in enumerate(word) if letter.isupper()]
        offset += len(word) + 1
    return [(alias_key(" ".join(spelt)), tuple(capitals))]


# A word inside a name ending in "s", with or without an apostrophe before it: "Carneys", "Carney's".
INNER_S = re.compile(r"\b([^\W\d_]{2,}(?<!s))('?)s(?= )")


def _apostrophe_spellings(key: str) -> list[str]:
    """A proper name's key with the apostrophe before a final "s" of an inner word written or
    left out, as place names are spelt both ways ("Carney's Point", "Carneys Point"). The last
    word's possessive is an ending the matcher tolerates already (SUFFIXES)."""
    spelling = INNER_S.sub(lambda word: word.group(1) + ("s" if word.group(2) else "'s"), key)
    return [spelling] if spelling != key else []


def _hyphen_spellings(key: str) -> list[str]:
    """The key with each of its hyphens written as a hyphen, a space or nothing, each chosen on
    its own: a name of several compounds is spelt one way in one place and another in the next
    ("al-Islam wal Muslimin"). Past MIXED_HYPHENS hyphens, only all spaced or all joined."""
    parts = INNER_HYPHEN.split(key)
    if len(parts) == 1:
        return []
    joints: Iterable[tuple[str, ...]]
    if len(parts) - 1 <= MIXED_HYPHENS:
        joints = itertools.product(("-", " ", ""), repeat=len(parts) - 1)
    else:
        joints = ((" ",) * (len(parts) - 1), ("",) * (len(parts) - 1))
    spellings = ["".join(p + j for p, j in zip(parts, (*joint, ""), strict=True)) for joint in joints]
    return [spelling for spelling in spellings if spelling != key]


def _unique_heads(topics: Sequence[Topic], actors: frozenset[str]) -> dict[str, str]:
    """The head nouns of the common-noun names of one topic only (not an actor's), stemmed, to
    that topic: "Ransom payments" -> "payment". A figure "in ransomware payments" is about it."""
    owners: dict[str, set[str]] = {}
    for topic in topics:
        if topic.id in actors:
            continue
        for name in topic.names:
            words = name.split()
            if len(words) > 1 and words[-1].isalpha() and words[-1].islower() and not PREPOSITIONS & set(words):
                owners.setdefault(noun_stem(words[-1]), set()).add(topic.id)
    return {noun: next(iter(ids)) for noun, ids in owners.items() if len(ids) == 1}


def _unique_kinds(topics: Sequence[Topic], actors: frozenset[str]) -> dict[str, str]:
    """The kind nouns (`kind_noun`) that name one topic's instances only, to that topic: a noun
    two topics share says nothing of which one a figure counts. Actors are left out: a count of
    "officials" or "forces" says nothing of whose."""
    owners: dict[str, set[str]] = {}
    for topic in topics:
        if topic.id in actors:
            continue
        for name in topic.names:
            noun = kind_noun(name, sentence_case=name == topic.name)
            if noun:
                owners.setdefault(noun, set()).add(topic.id)
    return {noun: next(iter(ids)) for noun, ids in owners.items() if len(ids) == 1}


@functools.lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """A word as a cue is compared: folded (a curly apostrophe is a straight one), lower case,
    stemmed by NLTK's Snowball stemmer, which knows no word list and needs no download: "died",
    "dies", "dying" -> "die"; "deaths" -> "death"; "vehicles" -> "vehicl"."""
    return str(_STEMMER.stem(fold(word).lower()))


def cue_key(cue: str) -> str:
    """How a cue and a text's words are compared (a codebook's `cues:` and `fact_topics.cued`
    both key with it): each word's `word_key`, single-spaced ("the outbreaks" -> "the outbreak")."""
    return " ".join(word_key(word) for word in alias_key(cue).split())


def _unique_cues(topics: Sequence[Topic]) -> dict[str, str]:
    """The cues (`cue_key`) of one topic only, to that topic: a cue two topics declare says
    nothing of which one a figure is about."""
    owners: dict[str, set[str]] = {}
    for topic in topics:
        for cue in topic.cues:
            owners.setdefault(cue_key(cue), set()).add(topic.id)
    return {cue: next(iter(ids)) for cue, ids in owners.items() if cue and len(ids) == 1}


def _cue_words(topics: Sequence[Topic]) -> dict[str, frozenset[tuple[str, ...]]]:
    """Each cue's key (`cue_key`) to the cues written with it, word by word, lower case: what
    `fact_topics.cued` holds a text's words to ("fish" is no "fishing")."""
    written: dict[str, set[tuple[str, ...]]] = {}
    for topic in topics:
        for cue in topic.cues:
            written.setdefault(cue_key(cue), set()).add(tuple(alias_key(cue).lower().split()))
    return {key: frozenset(cues) for key, cues in written.items()}


# Endings that make a noun of a verb: "seiz|ure", "sanct|ion", "displace|ment", "displac|ed". Not
# "-ing": "killings" would make every "killed" a count of one topic's instances.
NOUN_ENDINGS = ("ment", "ure", "ion", "ed")


def deed_stem(word: str) -> str:
    """The stem a verb and the noun made of it share: "sanctions", "sanctioned" -> "sanct";
    "seizures", "seiz(ed)" -> "seiz"; "displacement", "displac(ed)" -> "displac"."""
    stem = noun_stem(word)
    for ending in NOUN_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= 4:
            stem = stem[: -len(ending)]
            break
    return stem[:-1] if stem.endswith("e") and len(stem) > 4 else stem


def _unique_deeds(topics: Sequence[Topic], actors: frozenset[str]) -> dict[str, str]:
    """The stems (`deed_stem`) of one-word common names of what is done or undergone, to their
    topic, for a verb made of them ("OFAC sanctioned three entities": the sanctions): a topic's
    one-word alias in lower case or its one-word name, never an actor's; a stem two topics
    share says nothing."""
    owners: dict[str, set[str]] = {}
    for topic in topics:
        if topic.id in actors:
            continue
        for name in topic.names:
            if " " in name or not name.isalpha() or not (name.islower() or name == topic.name):
                continue
            stem = deed_stem(name)
            if len(stem) >= 4:
                owners.setdefault(stem, set()).add(topic.id)
    return {stem: next(iter(ids)) for stem, ids in owners.items() if len(ids) == 1}


# Nouns that describe a topic of a type (its `type`'s last word and these): "the gang" may
# stand for a criminal group named before it.
SORT_NOUNS = {"criminal group": ("group", "gang", "cartel", "organization"), "company": ("company", "firm")}
# Types whose names' head nouns describe no one of them: "the state" is no United States.
UNDESCRIBED_TYPES = frozenset({"government", "person", "country"})


def _head_of_name(name: str) -> str | None:
    """The noun a proper name's head is, stemmed: "Sinaloa Cartel" -> "cartel", "Federal Bureau
    of Investigation" -> "bureau", "Operation Last Mile" -> "operation"; None for one word or a
    name not all capitalized."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() or w in PREPOSITIONS for w in words):
        return None
    if words[0] == "Operation":
        return "operation"
    head = next((words[i - 1] for i, w in enumerate(words) if w in PREPOSITIONS and i > 0), words[-1])
    return noun_stem(head) if head.isalpha() else None


def _sorts(topics: Sequence[Topic]) -> dict[str, frozenset[str]]:
    """The nouns a definite description may be ("the group"), each to the topics it may stand
    for: the last word of a topic's `type` (and SORT_NOUNS), the head of its proper names, and
    the nouns its codebook says it is `called` ("the freighter" for a ship)."""
    sorts: dict[str, set[str]] = {}
    for topic in topics:
        kind = dict(topic.attributes).get("type", "")
        nouns = set(topic.called)
        if kind not in UNDESCRIBED_TYPES:
            nouns |= {*SORT_NOUNS.get(kind, ()), *kind.split()[-1:]}
            nouns |= {head for head in map(_head_of_name, topic.names) if head}
        for noun in nouns:
            sorts.setdefault(noun_stem(noun), set()).add(topic.id)
    return {noun: frozenset(ids) for noun, ids in sorts.items()}


class Matcher:
    """All aliases of all topics in one automaton; `find` makes one pass over a text."""

    def __init__(
        self,
        topics: Iterable[Topic],
        country_of: Callable[[str], str | None] | None = any_country,
        actor_kinds: Collection[str] = ("actor",),
        people_kinds: Collection[str] = (),
    ) -> None:
        """`country_of` names the country a word names ("Colombian" -> "Colombia"), for the
        scope of actors with a `country` (the general list by default; None: no scope).
        `actor_kinds` are the kinds whose topics are actors, people or bodies with proper names
        (kinds.speaking_kinds): the rules for actors' names hold for all of them alike;
        `people_kinds` those whose topics are people (kinds.holds_people), named by a surname."""
        self._automaton = ahocorasick.Automaton()
        self._excluded = ahocorasick.Automaton()
        self._keys: dict[str, _Entry] = {}
        self._country_of = country_of
        self._place_tails = place_tails()
        self._scope: dict[str, str] = {}
        variants: list[tuple[str, _Entry]] = []
        topics_seen = list(topics)
        self.actors = frozenset(t.id for t in topics_seen if t.kind in actor_kinds)  # whom a figure may describe
        self.places: dict[str, Place] = {t.id: p for t in topics_seen if (p := topic_place(t)) is not None}
        for topic in topics_seen:
            country = dict(topic.attributes).get("country")
            if country and country_of is not None and country_of(country):
                self._scope[topic.id] = country_of(country) or ""
            initials = _initials(topic.names)
            for name in topic.names:
                key = alias_key(name)
                if not key:
                    continue
                acronym = is_acronym(name)
                exact = " ".join(fold(name, keep_case=True).split()) if acronym else None
                also = next((i for i in initials if exact and i != exact and i.upper() == exact), None)
                if also is None and exact and exact.isalpha() and len(exact) >= TITLED_ACRONYM:
                    also = exact.capitalize()  # "Jnim", "Centcom"
                generic = not any(c.isupper() for c in name)
                common = generic or (topic.id not in self.actors and " " not in name and name[1:].islower())
                sentence_case = " " in name and name[:1].isupper() and not any(c.isupper() for c in name[1:])
                entry = _Entry(
                    topic.id, exact, generic, key.partition(" ")[2], common, also, sentence_case=sentence_case
                )
                self._automaton.add_word(key, (len(key), entry))
                self._keys.setdefault(key, entry)
                if acronym:
                    variants += [
                        (dotted.lower(), replace(entry, exact=dotted, also=None))
                        for dotted in dot_variants(exact or "")
                    ]
                else:
                    capitals = dict(acronym_spellings(name))
                    variants += [
                        (variant, replace(entry, capitals=capitals.get(variant, ())))
                        for variant in name_variants(name, country_of)
                    ]
                singular = common_singular(key) if generic else None
                if singular:
                    variants.append((singular, replace(entry, singular=True)))
            for phrase in topic.excludes:
                key = alias_key(phrase)
                if key:
                    _, ids = self._excluded.get(key, (len(key), frozenset()))
                    self._excluded.add_word(key, (len(key), ids | {topic.id}))
        for variant, entry in variants:  # a variant never displaces an alias as written
            if variant not in self._keys:
                self._automaton.add_word(variant, (len(variant), replace(entry, variant=True)))
                self._keys[variant] = entry
        self.kinds: dict[str, str] = _unique_kinds(topics_seen, self.actors)  # kind noun -> topic, for facts
        self.heads = _unique_heads(topics_seen, self.actors)  # head noun -> topic, for facts
        self.deeds = _unique_deeds(topics_seen, self.actors)  # a verb's stem -> the topic its noun names, for facts
        self.sorts = _sorts(topics_seen)  # noun -> topics a definite description may stand for, for facts
        self.cues = _unique_cues(topics_seen)  # a cue's words -> the topic it stands for, for facts only
        self.cue_words = _cue_words(topics_seen)  # a cue's key -> the cues written with it, for facts only
        self.surnames = _unique_surnames(topics_seen, people_kinds)  # a person's surname -> the person
        self.people = {t.id: t.name for t in topics_seen if _a_person(t, people_kinds)}  # person -> full name
        if len(self._automaton):
            self._automaton.make_automaton()
        if len(self._excluded):
            self._excluded.make_automaton()

    def with_surnames(self, texts: Sequence[str], found: Sequence[list[Match]]) -> list[list[Match]]:
        """The matches of an article's blocks (`texts`, in reading order) with each person's
        surname standing alone once the article has named the person in full: "Liesje
        Schreinemacher ... Schreinemacher said" (a second reference, the shape of any news text).
        A surname inside a longer capitalized name ("Anna Schreinemacher", "Nishimura Award")
        is another name's; a title before it ("Minister Nishimura"), or a conjunction or an adverb
        opening the sentence ("But Tam warns"), still leaves it the person's."""
        if self._surname_pattern is None:
            return [list(matches) for matches in found]
        named: set[str] = set()
        result = []
        for text, matches in zip(texts, found, strict=True):
            placed = _Placed(matches)
            added = [
                Match(hit.start(), hit.end(), topic)
                for hit in self._surname_pattern.finditer(text)
                if (topic := self.surnames[hit.group(0)]) in named | placed.named_before(topic, hit.start())
                and not placed.overlaps(hit.start(), hit.end())
                and _stands_alone(text, hit.start(), hit.end())
            ]
            named |= {m.topic_id for m in matches}
            result.append(sorted([*matches, *added], key=lambda m: m.start))
        return self._with_first_words(texts, result)

    def _with_first_words(self, texts: Sequence[str], found: Sequence[list[Match]]) -> list[list[Match]]:
        """The matches with the first word of a person's full name standing alone, where the article
        refers to the person by it: a name written family name first ("Wang Yi ... Wang said", as
        Chinese, Korean, Vietnamese and Hungarian names are) or a given name used alone ("Winai
        Wongpimool ... Winai said"). The article shows which word it uses: the first word stands
        alone after the full name, the surname (the last word) never does, and the first word is
        no determiner and never written in lower case ("An Pich Hatda" is not "An estimated"); the word is the first
        word of only one person the article names (`name_checks.first_word_holder`, as the speaker
        rule reads it), and no place the general lists know (a country, a capital, a province or
        state: "Israel Katz ... Israel has struck" is the country; another topic's name is that
        topic's match, which a first word never overlaps). "John Smith ... Smith said" never makes
        "John" a mention."""
        named = {m.topic_id for matches in found for m in matches if m.topic_id in self.people}
        article = "\n".join(texts)
        holders = {p: self.people[p] for p in named}
        firsts: dict[str, str] = {}
        for person, name in holders.items():
            last = surname(name)
            if last is None:  # a single name or a blank one: no first word apart from a surname
                continue
            first = name.split()[0]
            if (
                not first.isalpha()
                or not first[:1].isupper()
                or first_word_holder(first, holders) != person
                or is_place(first)
            ):
                continue
            if first.casefold() in DETERMINERS or _bare_words(first.lower(), article):
                continue
            if any(_stands_alone(article, start, end) for start, end in _bare_words(last, article)):
                continue
            firsts[first] = person
        if not firsts:
            return list(found)
        result: list[list[Match]] = []
        seen: set[str] = set()
        for text, matches in zip(texts, found, strict=True):
            placed = _Placed(matches)
            added = [
                Match(start, end, person)
                for first, person in firsts.items()
                for start, end in _bare_words(first, text)
                if person in seen | placed.named_before(person, start)
                and not placed.overlaps(start, end)
                and _stands_alone(text, start, end)
            ]
            seen |= {m.topic_id for m in matches}
            result.append(sorted([*matches, *added], key=lambda m: m.start) if added else matches)
        return result

    @functools.cached_property
    def _surname_pattern(self) -> re.Pattern[str] | None:
        if not self.surnames:
            return None
        alternatives = "|".join(map(re.escape, sorted(self.surnames, key=len, reverse=True)))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")

    def find(self, text: str, heading: bool = False) -> list[Match]:
        """Non-overlapping matches, leftmost and then longest first. In a `heading`, capitals
        say nothing, so a generic alias followed by a capitalized word still counts."""
        if not len(self._automaton):
            return []
        folded = fold(text)
        excluded = self._excluded_spans(folded)
        found: list[tuple[Match, bool, _Entry]] = []  # with whether a plural/possessive ending was added
        for last, (length, entry) in self._automaton.iter(folded):
            start = last + 1 - length
            end = self._accept(text, folded, start, last + 1, entry)
            if end is None or self._ruled_out(text, folded, start, end, entry, heading, excluded):
                continue
            found.append((Match(start, end, entry.topic_id), end != last + 1, entry))
        if any(entry.variant for _, _, entry in found):
            found = self._variants_yield(found)
        # Leftmost first; then longest; then an alias written out ("cartels") before another
        # alias with an ending added ("cartel" + s).
        found.sort(key=lambda item: (item[0].start, -(item[0].end - item[0].start), item[1]))
        chosen: list[tuple[Match, _Entry]] = []
        reached = 0
        for match, _, entry in found:
            if match.start >= reached:
                if not _other_than_before(text, match, chosen):
                    chosen.append((match, entry))
                reached = match.end  # a match "other" rules out still covers its words
        matches = self._with_conjuncts(text, folded, chosen)
        return self._with_numbered_series(text, matches) if self._numbered else matches

    @functools.cached_property
    def _numbered(self) -> bool:
        """Whether an alias is a word and a number ("minute 323"), which a series can name."""
        return any(SERIES_NAME.fullmatch(key) for key in self._keys)

    def _with_numbered_series(self, text: str, matches: list[Match]) -> list[Match]:
        """The matches, and one for each number after a head whose singular (a plural head) or
        whose own name and the number is an alias (`NUMBERED_SERIES`): "[Minutes 323] and [330]" ->
        Minute 323, Minute 330; "[Artemis II] and [III]" -> Artemis II, Artemis III."""
        added: list[Match] = []
        for series in NUMBERED_SERIES.finditer(text):
            head = series.group(1)
            for number in SERIES_NUMBER.finditer(text, series.start(2), series.end(2)):
                named = number.group().rstrip(".")
                entry = self._keys.get(alias_key(f"{head.removesuffix('s')} {named}")) or self._keys.get(
                    alias_key(f"{head} {named}")
                )
                start = series.start() if number.start() == series.start(2) else number.start()
                end = number.start() + len(number.group().rstrip("."))
                if entry is None or any(m.start < end and start < m.end for m in [*matches, *added]):
                    continue
                added.append(Match(start, end, entry.topic_id))
        return sorted(matches + added, key=lambda m: m.start) if added else matches

    @staticmethod
    def _variants_yield(found: list[tuple[Match, bool, _Entry]]) -> list[tuple[Match, bool, _Entry]]:
        """The matches without a variant's that overlaps an alias as written reaching past it:
        "illicit [drug trafficking]" keeps its alias, though "illicit drug" (a singular) starts
        earlier; "counter narcotics" still holds "narcotics"."""
        written = [(m.start, m.end) for m, _, entry in found if not entry.variant]

        def crossed(match: Match) -> bool:
            return any(s < match.end and match.start < e and (s < match.start or e > match.end) for s, e in written)

        return [item for item in found if not item[2].variant or not crossed(item[0])]

    def _ruled_out(
        self,
        text: str,
        folded: str,
        start: int,
        end: int,
        entry: _Entry,
        heading: bool,
        excluded: list[tuple[int, int, frozenset[str]]],
    ) -> bool:
        """A match the rules in the module's docstring do not count."""
        if folded.endswith(NEGATED_ENDS, 0, start) and NEGATED.search(folded, max(0, start - 9), start):
            return True
        if excluded and any(s <= start and end <= e and entry.topic_id in ids for s, e, ids in excluded):
            return True
        if entry.exact is not None and text.startswith("$", end):
            return True  # a currency: "US$5 million"
        if entry.variant and entry.exact is not None and "." not in entry.exact and self._in_capitals(text, start, end):
            return True  # "JOIN US": an undotted variant amid words in capitals is a word
        if entry.variant and _in_a_web_address(text, start, end):
            return True  # a compound written joined in a web address: "DisasterAssistance.gov"
        titled = entry.exact is not None and entry.also == entry.exact.capitalize()
        if titled and fold(text[start : start + len(entry.also or "")], keep_case=True) == entry.also:
            if SENTENCE_START.search(text, max(0, start - 4), start):
                return True  # "Hope" opening a sentence may be a word, not HOPE
        if entry.generic and not heading and text[start].isupper():
            if _inside_a_name(text, start, end) or _ends_a_designation(text, start) or WORDS_CONTINUE.match(text, end):
                return True
        if entry.exact is not None and not heading and _inside_a_coordinated_name(text, start, end):
            return True
        if entry.singular and not _heads_its_phrase(text, end):
            return True
        if entry.sentence_case and not heading and _recased_inside_a_name(text, start, end):
            return True
        if not heading and not folded.startswith("'s", end - 2) and COMPANY_AFTER.match(text, end):
            return True
        title = entry.common and not heading and text[start].isupper()
        if title and TITLE_BEFORE.search(text, max(0, start - 80), start):
            return True
        one_word = " " not in folded[start:end]
        if entry.generic and one_word and _after_a_kind_modifier(text, start):
            return True
        if entry.generic and one_word and _modifies_another_thing(text, end):
            return True
        if entry.exact is None and one_word and _heads_a_compound_list(text, start, end):
            return True
        if entry.exact is None and not heading and _in_a_dateline(text, start, end):
            if entry.topic_id in self.actors or one_word:
                return True
        if (
            entry.exact is None
            and not entry.generic
            and _ends_another_place(text, folded, start, end, self._keys, self._place_tails)
        ):
            return True
        if not entry.generic and _after_a_surname_particle(text, start):
            return True
        if not entry.generic and entry.exact is None and _inside_a_name_of_another_kind(text, folded, start, end):
            return True
        if (
            not entry.generic
            and entry.exact is None
            and not heading
            and not folded.startswith("'s", end - 2)
            and (
                (_a_longer_name_continues(text, end) and not _a_title_of(text, start, end))
                or (one_word and NAME_HEAD_AFTER.match(text, end))
            )
        ):
            return True
        place = self.places.get(entry.topic_id)
        if place is not None and qualified_elsewhere(text, start, end, place):
            return True  # "the Illinois DNR" is not Michigan's (place_scope.py)
        country = self._scope.get(entry.topic_id)
        return (
            country is not None
            and entry.generic
            and (
                self._qualified_elsewhere(text, start, country)
                or self._placed_elsewhere(text, end, country)
                or (_plural(folded, end) and MULTINATIONAL.search(text, max(0, start - 20), start) is not None)
            )
        )

    def _in_capitals(self, text: str, start: int, end: int) -> bool:
        """Whether a word next to the span is written in capitals and is no alias: "JOIN US",
        "US OF" in a headline, not "US DEA agents"."""
        before = CAPITALS_BEFORE.search(text, max(0, start - 30), start)
        after = CAPITALS_AFTER.match(text, end)
        return any(word is not None and alias_key(word.group(1)) not in self._keys for word in (before, after))

    def _qualified_elsewhere(self, text: str, start: int, country: str) -> bool:
        """Whether the words before the match name another country than `country` and not it:
        "the Colombian Cali and Medellín cartels"."""
        assert self._country_of is not None
        other = False
        for word in reversed(PHRASE_WORD.findall(text, max(0, start - 80), start)):
            if word.lower() in JOINERS:
                continue
            if not word[0].isupper():
                break
            named = self._country_of(re.sub(r"['\u2019]s$", "", word))
            if named == country:
                return False
            other = other or named is not None
        return other

    def _placed_elsewhere(self, text: str, end: int, country: str) -> bool:
        """Whether the words after the match place it in a third country, one no actor of the
        codebook belongs to: "drug cartels in Guatemala" are not Mexican cartels; "cartels in
        Mexico" are, and so may "cartels in the United States" be (they act there)."""
        assert self._country_of is not None
        placed = PLACED_AFTER.match(text, end)
        if placed is None:
            return False
        words = placed.group(1).split()
        named = self._country_of(" ".join(words)) or self._country_of(words[0])
        return named is not None and named != country and named not in self._scope.values()

    def _excluded_spans(self, folded: str) -> list[tuple[int, int, frozenset[str]]]:
        """Where a `not:` phrase stands, on word boundaries, and the topics it rules out there."""
        if not len(self._excluded):
            return []
        spans = []
        for last, (length, ids) in self._excluded.iter(folded):
            start = last + 1 - length
            end = self._accept(folded, folded, start, last + 1, _PHRASE)
            if end is not None:
                spans.append((start, end, ids))
        return spans

    def _with_conjuncts(self, text: str, folded: str, chosen: list[tuple[Match, _Entry]]) -> list[Match]:
        """The matches, and a match for each coordinated modifier before a match whose alias
        is that modifier's head: "drug, arms, and [human trafficking]" -> drug trafficking."""
        matches = [match for match, _ in chosen]  # in order of their starts
        taken: list[tuple[int, int]] | None = None  # the spans matched, made when first needed
        added = []
        for match, entry in chosen:
            if not entry.rest:
                continue
            if not _after_a_conjunction(folded, match.start):
                continue
            listed = CONJUNCTS.search(folded, max(0, match.start - 120), match.start)
            if listed is None:
                continue
            for word in CONJUNCT_WORD.finditer(folded, listed.start(), listed.end()):
                if word.group() in JOINERS:
                    continue
                modifier = word.group().rstrip(",")
                other = self._keys.get(f"{modifier} {entry.rest}") or self._keys.get(
                    f"{modifier.replace('.', '')} {entry.rest}"
                )
                if other is None or other.exact is not None:
                    continue
                start, end = word.start(), word.start() + len(modifier)
                taken = taken if taken is not None else [(m.start, m.end) for m in matches]
                if any(s < end and start < e for s, e in taken):
                    continue
                added.append(Match(start, end, other.topic_id))
                taken.append((start, end))
        return sorted(matches + added, key=lambda m: m.start) if added else matches

    @staticmethod
    def _accept(text: str, folded: str, start: int, end: int, entry: _Entry) -> int | None:
        """The match's end with any tolerated ending, or None if it breaks a rule."""
        if entry.exact is not None and fold(text[start:end], keep_case=True) not in (entry.exact, entry.also):
            return None
        if entry.capitals and not all(text[start + i].isupper() for i in entry.capitals):
            return None  # "US military", not "us military"
        if start > 0 and folded[start].isalnum() and folded[start - 1].isalnum():
            return None
        if end < len(folded) and folded[end - 1].isalnum() and folded[end].isalnum():
            for suffix in SUFFIXES:
                stop = end + len(suffix)
                if folded.startswith(suffix, end) and (stop == len(folded) or not folded[stop].isalnum()):
                    # An acronym's ending is lower case: "DTOs", never "USS" (a ship's prefix).
                    return None if entry.exact is not None and not text[end:stop].islower() else stop
            return None
        if folded.startswith("'s", end) and (end + 2 == len(folded) or not folded[end + 2].isalnum()):
            return end + 2  # possessive: Mexico's, U.S.'s
        return end


def _a_person(topic: Topic, people_kinds: Collection[str]) -> bool:
    """Whether a topic is a person: of a kind of people, or typed a person."""
    return topic.kind in people_kinds or dict(topic.attributes).get("type") == "person"


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _bare_words(word: str, text: str) -> list[tuple[int, int]]:
    """The spans where a capitalized word stands in `text` as a whole word, not part of a
    hyphenated one: where `(?<![\\w-])WORD(?![\\w-])` matches, left to right. Found with
    `str.find` and a test of the characters on either side: that pattern, which opens with a
    look-behind, is tried at every offset of the text, and it names one person's word, so it
    would be compiled for each."""
    spans: list[tuple[int, int]] = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _WORD_OR_HYPHEN.match(text, at - 1)) and not _WORD_OR_HYPHEN.match(text, end):
            spans.append((at, end))
            at = text.find(word, max(end, at + 1))  # an empty word moves on as the pattern does
        else:
            at = text.find(word, at + 1)
    return spans


def _unique_surnames(topics: Sequence[Topic], people_kinds: Collection[str]) -> dict[str, str]:
    """Each surname (name_checks.surname) of a person of the codebook (a topic of a kind of
    people, or typed a person) to that person; a surname two people share names neither."""
    bearers: dict[str, set[str]] = {}
    for topic in topics:
        if _a_person(topic, people_kinds):
            for name in topic.names:
                if (last := surname(name)) is not None and last[:1].isupper():
                    bearers.setdefault(last, set()).add(topic.id)
    return {last: next(iter(ids)) for last, ids in bearers.items() if len(ids) == 1}


class _Placed:
    """A block's matches, asked for each word that may be added whether it overlaps one and
    whether its topic was named before it: a lookup each, not a pass over the block's matches."""

    def __init__(self, matches: Sequence[Match]) -> None:
        spans = sorted((m.start, m.end) for m in matches)
        self._starts = [start for start, _ in spans]
        self._reach = list(itertools.accumulate((end for _, end in spans), max))  # the furthest end so far
        self._first_end: dict[str, int] = {}  # where each topic's first match ends
        for m in matches:
            self._first_end[m.topic_id] = min(m.end, self._first_end.get(m.topic_id, m.end))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a match overlaps the span: of those starting before its end, the one reaching furthest."""
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start

    def named_before(self, topic: str, start: int) -> set[str]:
        """{topic} when one of the block's matches before `start` names it, else nothing."""
        return {topic} if self._first_end.get(topic, start + 1) <= start else set()


# A title or an honorific of `name_checks` before a surname, an abbreviation with its dot or without
# (British style): "Minister Nishimura", "Mr. Nishimura", "Mr Pompeo", "Dr Tedros".
_TITLE_BEFORE = re.compile(
    rf"(?:\b(?:{_titles_pattern(ABBREVIATED_TITLES)})\.?|\b(?:{_titles_pattern(OFFICE_TITLES | TITLE_OPENERS | RANK_TITLES)}))\s$"
)
_CAPITALIZED_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]*\s$")
# A conjunction or a sentence adverb opening a sentence before a surname: capitalized only because
# it comes first ("But Tam warns", "And Blair said"), no part of a name.
_OPENER_BEFORE = re.compile(
    r"(?:^|[.!?:;\"\u201c\u201d(]\s*|\n)(?:And|But|Or|Nor|So|Yet|Still|Then|Now|Also|However|Meanwhile|"
    r"Instead|Indeed|Moreover|Furthermore|Later|Earlier|Finally|Previously|Similarly|Otherwise|Thus)\s$"
)
_CAPITALIZED_AFTER = re.compile(r"\s[A-Z][a-z]")


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the surname at text[start:end] is no part of a longer capitalized name: no
    capitalized word right after it, and none right before it but a title or a sentence's
    opening conjunction or adverb ("But Tam warns")."""
    before = text[max(0, start - 40) : start]
    if _CAPITALIZED_AFTER.match(text, end):
        return False
    if not _CAPITALIZED_BEFORE.search(before):
        return True
    return bool(_TITLE_BEFORE.search(before) or _OPENER_BEFORE.search(text, max(0, start - 40), start))
