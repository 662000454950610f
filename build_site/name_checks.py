"""Topic names and aliases that would match by mistake or deceive the reader, and the
surname a person's name is also written as, or its first word when the text names the person by
it; the one list of personal titles every rule reads.

A one- or two-letter alias matches initials and abbreviations everywhere ("A" in "Plan A",
"US" in "US$"); a name that mixes scripts ("Mеxico" with a Cyrillic "е") looks like a name it
never matches. Both are refused unless the codebook entry lists the name under `deliberate`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from confusable_homoglyphs import categories, confusables

from build_site.wording import plural

# Words after a surname that are not it ("Martin Luther King Jr.").
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv v".split())
# Lower-case words that belong to the surname after them ("de la Fuente", "van Gogh", "bin Salman").
_PARTICLES = frozenset("de del della der den di da das do dos du la le las los van von ter ten bin ibn al el".split())
# Lower-case words inside a name between two capitalised ones ("Jama'at Nusrat al-Islam wal
# Muslimin", "Mohamed ould Abdel Aziz"): a name cut at one of them is cut short.
NAME_PARTICLES = _PARTICLES | frozenset("wal wa ul ould ag bint abu".split())
# The one list of personal titles and honorifics: words that stand before a person's name without
# being part of it ("General Abdourahamane Tchiani", "Secretary of State Marco Rubio", "Mr Pompeo").
# Every rule that reads a title reads it here, in one of the forms below. The parts:
# - offices a body or a place confers ("Secretary", "Prime Minister"): they also follow a body's
#   name in an official's title ("United Nations Secretary-General", "Quebec Premier");
# - words that open an office's title and other names alike: a body's ("Justice Department") or an
#   office's named without its holder ("the Attorney General", "Chief Secretary", "Deputy Prime
#   Minister"), so a rule that takes a title off a name leaves them on;
# - ranks, honorifics and styles, which follow no body's name ("General", "Mr.", "King").
OFFICE_TITLES = frozenset(
    """president president-elect vice-president vice prime secretary undersecretary minister premier
    chancellor governor mayor ambassador envoy spokesperson spokesman spokeswoman commissioner
    director chairman chairwoman chair senator representative attorney-general prosecutor judge
    sheriff agent administrator inspector""".split()
)
TITLE_OPENERS = frozenset("attorney justice chief deputy acting assistant".split())
RANK_TITLES = frozenset(
    """general admiral rear brigadier colonel lieutenant major captain commander commodore sergeant marshal
    professor sheikh king queen prince pope""".split()
)
# Titles written abbreviated, without their period (the period closes no name: "Rear Adm. Michael
# McAllister"); "Mr", "Mrs", "Ms" and "Dr" are also written without it (British style: "Mr Pompeo").
ABBREVIATED_TITLES = frozenset("gen adm brig col lt maj capt cmdr cdr sgt sen rep gov amb prof mr mrs ms dr".split())
UNDOTTED_TITLES = frozenset("mr mrs ms dr".split())
# The titles in lower case as a text writes them before a name, with the period of an abbreviation.
TITLES = OFFICE_TITLES | RANK_TITLES | UNDOTTED_TITLES | frozenset(f"{t}." for t in ABBREVIATED_TITLES)
# Every word a title may open with: whether a word is a title's, not a name's.
TITLE_WORDS = TITLES | TITLE_OPENERS
MIN_LETTERS = 3  # letters or digits an alias needs unless marked deliberate
_NEUTRAL = ("COMMON", "INHERITED")  # punctuation, digits, spaces, combining marks


def name_concern(name: str) -> str | None:
    """Why this name or alias needs a `deliberate` mark, or None when it needs none."""
    letters = [c for c in name if c.isalnum()]
    if len(letters) < MIN_LETTERS:
        count = plural(len(letters), "letter")
        return f"has only {count} or {'digit' if len(letters) == 1 else 'digits'}, so it matches initials and abbreviations by chance"
    if confusables.is_mixed_script(name, allowed_aliases=list(_NEUTRAL)):
        scripts = Counter(categories.alias(c) for c in letters if categories.alias(c) not in _NEUTRAL)
        main = scripts.most_common(1)[0][0]
        odd = "".join(dict.fromkeys(c for c in letters if categories.alias(c) not in (main, *_NEUTRAL)))
        others = " and ".join(s.title() for s in scripts if s != main)
        return (
            f"mixes {main.title()} and {others} letters ('{odd}' is {others}), so it looks like "
            "a name it does not match"
        )
    return None


def surname(name: str) -> str | None:
    """The surname of a person's name, as a text refers to them on second mention: the last
    word with the particles before it ("Juan Ramón de la Fuente" -> "de la Fuente"), suffixes
    left out ("Martin Luther King Jr." -> "King"), a hyphenated name whole. None for a single
    name, which has no surname apart from itself."""
    words = [w.rstrip(",") for w in name.split()]
    while words and words[-1].casefold() in _SUFFIXES:
        words.pop()
    if len(words) < 2:
        return None
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def first_word_holder(word: str, full_names: Mapping[str, str]) -> str | None:
    """The one person of `full_names` (person -> full name) whose full name of two words or more
    opens with `word`: the family name of a name written family name first ("Wang Yi ... Wang
    said"), or a given name used alone ("Winai Wongpimool ... Winai said"). None when no one's or
    two people's names open with it."""
    folded = word.casefold()
    holders = {
        person
        for person, name in full_names.items()
        if len(parts := name.split()) >= 2 and parts[0].casefold() == folded
    }
    return next(iter(holders)) if len(holders) == 1 else None
