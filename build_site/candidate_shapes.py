"""What a candidate's sightings say it is not: an adjective, or a code before a number.

A name is a noun: it heads its phrase somewhere ("JNIM claimed", "the disruption of BlackCat,").
A word that stands before a lower-case noun where it is seen, and never heads its phrase,
qualifies that noun when it is written as an adjective ("Islamist militant groups") or begins a
codebook name the same way ("Tuareg separatists" beside the topic "Tuareg rebels"): "Biden
administration" alone still names Biden; a compound ending in a lower-case part is
an adjective wherever it is ("Mexico-based", "Barbados-flagged"); a name mostly seen before a
number is a code or a citation cut from its number ("DDG 87", "Section 3"), and a word after a
hyphenated number-name is its fragment ("Study" of "24-Month Study"). None of them is a topic an
analyst would add. An instrument's word with its number is a name, though: "Minute 323" (of a
treaty), "Resolution 2719", "Title 42", "Executive Order 14157" name what a subject is governed
by, where "Section 3" or "Page 4" only point into a text.

A word led by digits is a name when capital letters follow the digits ("3M", "7-Eleven") and
most of its sightings use it as a name is used, heading its phrase ("3M agreed", "against 3M
and", "3M's liability"), or it heads a company's name ("3M Company"); a sum ("$10M") or a
qualifier ("5G networks", "3D printing") is none.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from build_site.countries import is_demonym, place_key
from build_site.matcher import is_acronym

# A compound whose last part is lower case: "Mexico-based", "Barbados-flagged", "Liberian-owned".
COMPOUND_ADJECTIVE = re.compile(r"-[a-z]+$")
# The lower-case word right after a sighting: "Tuareg| separatists", "Arctic| and Antarctic waters".
NEXT_LOWER = re.compile(r"\s([a-z]+)\b")
NEXT_LOWER_PAST_A_CONJUNCT = re.compile(r"\s(?:and|or)\s[A-Z][\w'\u2019-]*\s([a-z]+)\b")
# A number right after a sighting: "DDG| 87", "TF-151".
NEXT_NUMBER = re.compile(r"[\s-]\d")
# Words that, before a number, name an instrument of their own: a treaty's minute, a council's
# resolution, a code's title, an executive order, a directive, a decree.
INSTRUMENT_WORDS = frozenset("minute resolution title order directive decree proclamation".split())
INSTRUMENT_HEADS = frozenset(word.capitalize() for word in INSTRUMENT_WORDS)
INSTRUMENT = re.compile(rf"(?:{'|'.join(sorted(INSTRUMENT_HEADS))}) \d{{1,5}}")
INSTRUMENT_NUMBER = re.compile(r"\d{1,5}")
# A hyphenated number-name right before a sighting: "24-Month |Study", "10-Year |Plan".
NUMBER_NAME_BEFORE = re.compile(r"\b\d[\d.,]*-[A-Z][a-z]*\s$")
# Words after a name that make it the head of its clause, not a qualifier: verbs and function words.
NOT_A_NOUN = frozenset(
    """is are was were be been being has have had will would can could may might must shall should
    do does did not also and or but nor to of in on at by for from with as that which who whose
    said says claimed claims told added stated announced reported denied warned""".split()
)
VERB_ENDINGS = ("ed", "ing", "ly")
# Endings of adjectives of belief, nation or people: "Islamist", "Islamic", "Malian", "Sudanese".
ADJECTIVE_ENDINGS = ("ist", "ic", "ian", "ese")
# After a word that heads its phrase: a stop, a bracket, a quote, or a verb or function word.
HEAD_END = re.compile(r"\s*(?:[,.;:)\]\"'\u2019\u201d/]|$)")


# Digits, then capital letters, or a hyphen and a capitalised word: "3M", "7-Eleven".
DIGIT_LED = re.compile(r"\d{1,4}(?:[A-Z][A-Za-z]*|-[A-Z][a-z]+)")


def digit_led(sentence: str, start: int, word: str) -> bool:
    """Whether the word at `start` is written as a name led by digits ("3M", "7-Eleven"): capital
    letters follow the digits, and no currency sign or number stands before it ("$10M")."""
    before = sentence[start - 1 : start]
    if before and (unicodedata.category(before) == "Sc" or before in ".,"):
        return False
    return DIGIT_LED.fullmatch(word) is not None


def qualifies(sentence: str, end: int) -> bool:
    """Whether the word seen before `end` stands before a lower-case noun it qualifies, alone or
    with another word ("Arctic and Antarctic waters")."""
    word = NEXT_LOWER_PAST_A_CONJUNCT.match(sentence, end) or NEXT_LOWER.match(sentence, end)
    return word is not None and word.group(1) not in NOT_A_NOUN and not word.group(1).endswith(VERB_ENDINGS)


def heads(sentence: str, end: int) -> bool:
    """Whether the word seen before `end` heads its phrase: "BlackCat,", "JNIM claimed"."""
    if HEAD_END.match(sentence, end):
        return True
    word = NEXT_LOWER.match(sentence, end)
    return word is not None and word.group(1) in NOT_A_NOUN


def coded(sentence: str, end: int) -> bool:
    """Whether a number follows the sighting ending at `end`: "DDG 87"."""
    return NEXT_NUMBER.match(sentence, end) is not None


def numbers_an_instrument(word: str, gap: str, number: str) -> bool:
    """Whether `word`, then `gap`, then `number` is an instrument with its number: "Minute| |323"."""
    return gap == " " and word in INSTRUMENT_HEADS and INSTRUMENT_NUMBER.fullmatch(number) is not None


def an_instrument(text: str) -> bool:
    """An instrument named with its number: "Minute 323", "Order 14157"; not "FY2017" or "Section 3"."""
    return INSTRUMENT.fullmatch(text) is not None


def after_a_number_name(sentence: str, start: int) -> bool:
    """Whether the word at `start` follows a hyphenated number-name it is part of: "24-Month Study"."""
    return NUMBER_NAME_BEFORE.search(sentence, max(0, start - 20), start) is not None


def qualifier_words(names: Iterable[str]) -> frozenset[str]:
    """The first words of codebook names that qualify a lower-case noun: "tuareg" of "Tuareg rebels"."""
    found = set()
    for name in names:
        words = name.split()
        if len(words) >= 2 and words[0][:1].isupper() and words[1].islower():
            found.add(words[0].casefold())
    return frozenset(found)


def not_a_name(
    text: str, seen: int, qualifying: int, heading: int, numbered: int, qualifiers: frozenset[str] = frozenset()
) -> bool:
    """Whether a candidate seen `seen` times, `qualifying` of them before a noun, `heading` its
    phrase and `numbered` before a number, is an adjective or a code rather than a name. An
    adjective is one word: "Sinaloa Cartel members" is still a name."""
    if COMPOUND_ADJECTIVE.search(text):
        return True
    if seen == 0:
        return False
    if numbered * 2 > seen:  # "DDG 58", "Executive Order 13224": cut from its number
        return True
    if " " in text or is_acronym(text):
        return False
    if text[:1].isdigit():  # "3M" heads its phrase as a name does; "5G networks" qualifies
        return heading * 2 <= seen
    adjective = text.endswith(ADJECTIVE_ENDINGS) or text.casefold() in qualifiers
    return adjective and qualifying > 0 and heading == 0


# Country adjectives and peoples in use that the general list of demonyms lacks: it has
# "Argentinean", not "Argentine" nor "Argentinian". Listed, not guessed from a country's stem,
# which would take surnames such as "Albanese" or "Ghani" for nationalities.
DEMONYM_VARIANTS = frozenset("argentine argentinian ecuadorian korean saudi".split())


def a_demonym(text: str) -> bool:
    """Whether one word is a country's adjective or people: the general list's ("Bolivian",
    "Chileans") or a variant it lacks ("Argentine"). Never a topic: the briefing follows the
    country, and the adjective names no place."""
    word = place_key(text).removesuffix("s")
    if " " in word or is_acronym(text):
        return False
    return is_demonym(word) or word in DEMONYM_VARIANTS
