"""Names a text gives as where its words come from, not as something to follow: news agencies
and other media, the spokespeople of bodies the codebook does not follow, and languages.

An analyst adds to the codebook what the briefing is about. "told Reuters", "(GSIM, or Jnim in
Arabic)", "force spokesperson Jack Ombaka" name a source, a language and a voice: an analyst
reading the review queue in full would skip each, so they are no candidates. A briefing with a
kind for media (`media_kind_of`) keeps its media, suggested as that kind. A spokesperson of a
body the codebook follows ("Houthi military spokesman Yahya Saree") speaks for a topic and
stays: what they say is what that topic says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from babel import Locale

from build_site.matcher import alias_key

# The world's wire services, by the names texts credit them with: a general list, no subject's.
NEWS_AGENCIES = frozenset(
    """reuters|afp|agence france-presse|agence france presse|ap|associated press|xinhua|anadolu|anadolu agency|dpa
    |dpa-afx|deutsche presse-agentur|upi|united press international|efe|ansa|kyodo|kyodo news|tass|interfax
    |ria novosti|yonhap|pti|press trust of india|irna|bernama|antara|bloomberg""".replace("\n    ", "").split("|")
)
# Head words of a medium's name: "ABC News", "The New York Times", "Xinhua News Agency".
MEDIA_HEADS = frozenset(
    """news times post journal press tv television radio daily herald tribune gazette telegraph
    wire media broadcasting newspaper magazine examiner chronicle""".split()
)
# The words a briefing's kind for media may be called by.
MEDIA_KIND_NAMES = frozenset("media medium outlet publisher publication newspaper press broadcaster".split())
# A role of speaking for a body, or of answering for one place, before or after a person's
# name: "force spokesperson Jack Ombaka", "Michael W. Humphries, director of Ports in Nogales".
ROLE = (
    r"(?:spokes(?:person|man|woman)|press (?:secretary|officer)|public affairs officer|port director|director of ports)"
)
ROLE_ANYWHERE = re.compile(ROLE, re.IGNORECASE)
# Before the name: the role's owner (the words of the clause before the role), the role, and
# titles ("spokesman Lt. Nathan Christensen").
ROLE_BEFORE = re.compile(
    rf"(?P<owner>[^,;:()\"\u201c\u201d]{{0,60}}?)\b{ROLE},?\s+(?:[A-Z][a-z]{{0,3}}\.\s+)*$", re.IGNORECASE
)
# After it: ", a spokeswoman for the U.N.'s World Food Program", ", director of Ports in Nogales".
ROLE_AFTER = re.compile(
    rf",\s+(?:a|an|the)?\s*(?:[\w.'\u2019-]+\s+){{0,3}}?{ROLE}\b(?P<owner>[^,;:()]{{0,60}})", re.IGNORECASE
)


@lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """The folded English names of the languages with a two-letter code ("arabic", "french",
    "hausa"), from Babel's locale data."""
    names = Locale("en").languages
    return frozenset(alias_key(name) for code, name in names.items() if len(code) == 2 and " " not in name)


def media_kind_of(kinds: Sequence[str]) -> str | None:
    """The briefing's kind for media, if it has one: the first whose id names media."""
    return next((kind for kind in kinds if kind.casefold().removesuffix("s") in MEDIA_KIND_NAMES), None)


def is_medium(text: str) -> bool:
    """A news agency or a medium by its name: "Reuters", "AFP", "Xinhua", "ABC News"."""
    key = alias_key(text).removeprefix("the ")
    words = key.split()
    return key in NEWS_AGENCIES or (len(words) >= 2 and words[-1] in MEDIA_HEADS) or key.endswith("news agency")


def is_language(text: str) -> bool:
    """A language's name alone: "Arabic" (of "Jnim in Arabic"), "French"."""
    return alias_key(text) in languages()


def role_owner(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the body a person speaks or answers for is written, when the text gives the person
    by such a role ("force spokesperson Jack Ombaka": "force"); None when it does not."""
    if ROLE_ANYWHERE.search(sentence) is None:  # most sentences: one pass, and no role
        return None
    before = ROLE_BEFORE.search(sentence, max(0, start - 120), start)
    if before is not None and before.end() == start:
        return before.span("owner")
    after = ROLE_AFTER.match(sentence, end)
    return after.span("owner") if after is not None else None
