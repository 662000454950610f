"""Find every topic alias in a text in one pass (an Aho-Corasick automaton over all aliases).

Rules, each with its reason:
- word boundaries: "Merida" is not found inside "Meridian";
- case-insensitive, except aliases written in capitals (acronyms): "boast" holds no OAS,
  lower-case "ice" is no ICE;
- accents and apostrophe styles folded: Mérida = Merida, Mexico’s = Mexico's;
- a plural or possessive ending on the last word is tolerated: cartels, Sheinbaum's;
- overlapping matches resolve leftmost first, then longest: "U.S. Northern Command" over
  "Northern Command"; an alias as written before another alias plus an ending.
Folding keeps every character in place, so offsets into the folded text are offsets into
the original text and the surface form is always the exact original characters.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from collections.abc import Iterable

import ahocorasick

from build_site.model import Topic

APOSTROPHES = "\u2019\u2018\u02bc\u0060\u00b4"
DASHES = "\u2010\u2011\u2012\u2013"
SPACES = "\u00a0\u2007\u202f"
# Endings tolerated after the last word, longest first. A bare trailing apostrophe is not
# one of them: after a word it is far more often a closing quote ('huachicol') than a
# possessive, and the possessive of a plural is covered by "s'".
SUFFIXES = ("'s", "es", "s'", "s")


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


class Matcher:
    """All aliases of all topics in one automaton; `find` makes one pass over a text."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        self._automaton = ahocorasick.Automaton()
        for topic in topics:
            for name in topic.names:
                key = alias_key(name)
                if not key:
                    continue
                exact = " ".join(fold(name, keep_case=True).split()) if is_acronym(name) else None
                self._automaton.add_word(key, (len(key), _Entry(topic.id, exact)))
        if len(self._automaton):
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, leftmost and then longest first."""
        if not len(self._automaton):
            return []
        folded = fold(text)
        found: list[tuple[Match, bool]] = []  # with whether a plural/possessive ending was added
        for last, (length, entry) in self._automaton.iter(folded):
            start = last + 1 - length
            end = self._accept(text, folded, start, last + 1, entry)
            if end is not None:
                found.append((Match(start, end, entry.topic_id), end != last + 1))
        # Leftmost first; then longest; then an alias written out ("cartels") before another
        # alias with an ending added ("cartel" + s).
        found.sort(key=lambda item: (item[0].start, -(item[0].end - item[0].start), item[1]))
        chosen: list[Match] = []
        reached = 0
        for match, _ in found:
            if match.start >= reached:
                chosen.append(match)
                reached = match.end
        return chosen

    @staticmethod
    def _accept(text: str, folded: str, start: int, end: int, entry: _Entry) -> int | None:
        """The match's end with any tolerated ending, or None if it breaks a rule."""
        if entry.exact is not None and fold(text[start:end], keep_case=True) != entry.exact:
            return None
        if start > 0 and folded[start].isalnum() and folded[start - 1].isalnum():
            return None
        if end < len(folded) and folded[end - 1].isalnum() and folded[end].isalnum():
            for suffix in SUFFIXES:
                stop = end + len(suffix)
                if folded.startswith(suffix, end) and (stop == len(folded) or not folded[stop].isalnum()):
                    return stop
            return None
        if folded.startswith("'s", end) and (end + 2 == len(folded) or not folded[end + 2].isalnum()):
            return end + 2  # possessive: Mexico's, U.S.'s
        return end
