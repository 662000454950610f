"""Figures stated in a sentence: years, counts, percentages, money, distances, durations, and
quantities measured in a unit of volume, area, energy or mass ("592,000 acre-feet").

Hand-written patterns are the right tool here: the figures follow a few fixed shapes
("33,341 people", "33%", "$1.5 billion", "nearly 2,000-mile", "the last three years"),
and a pattern that is read and tested beats a model nobody can inspect. Each pattern in
`PATTERNS` is named, documented, and marks the figure itself with the group `fig`, so it
may look at words around the figure (the verb before "billions") without taking them in.
Each also says what any match holds (a digit, one of a few clue words), so a sentence is
tried only against the patterns that could match it: a property test checks that this
never loses a figure.

How overlaps are settled: patterns are tried in table order, and a match is kept only if
its figure overlaps nothing kept before. The first rows are *blockers* (copyright lines,
list numbers, phone numbers, ordinals): they claim their span and give no figure, so
"1. Drug Trafficking", "© 2007-2019" and "the 20th century" produce nothing. Then the
specific kinds (money, percent, distance, duration) come before the general ones (count,
year), so "$2,000" is money and "2,000-mile" a distance, never a year or a count.

Decisions worth knowing:
- The text of a figure keeps its qualifier and its noun as written ("around 72,000 people",
  "over two dozen people"); `value` is the number stated (72000.0, 24.0), without the
  qualifier. Vague amounts ("billions", "thousands of people") have value None.
- Durations are only explicit spans: "three years", "a decade", "the last three years",
  "the last decade". "Many decades" and "several years" are not figures. A duration's
  value is in years ("six months" -> 0.5, "a decade" -> 10.0).
- `year` is the year a figure is about: the year itself for a year figure; for any other
  figure the one year the sentence states, or None when it states none or several.
- A quantity's value is the number stated, scaled ("3 million acre-feet" -> 3000000.0), in the
  unit written: the unit stays in the figure's text, nothing is converted.
- A number right after a capitalized word of a name is part of that name, not a count:
  "Tier 2 shortage", "Minute 323 establishes", "the Circular 175 process" ("Nearly 300 people"
  and "Some 40 countries" still count: a qualifier or a function word is no name).
- A number word written with a capital after a word of a name is part of that name: "Uranium
  One Group executives". A clock time ("11:07 am", "16:00") is no figure, and "a year" after a
  figure is the rate's period, no duration: "35,000 tonnes of lithium a year".
- The number of a level, category, tier, phase or stage names it, in any case: "alert level 3 indicates", "a
  category 4 hurricane", "Phase 2/3 study" count nothing; after "that stage" or "the first phase" (the ordinary noun)
  the number counts ("40 people"), as one of three digits or more does. A temperature ("30.5 degrees Celsius",
  "2\u00b0F", "1.5C") is no figure of any kind, never a count of degrees; bare "degrees" is one only in a sentence of
  heat or of an angle ("Temperatures hit 40 degrees"), and counts elsewhere ("awarded 2,400 degrees").
- A speed is a rate, no figure, whether its unit is written short ("19 mph", "12 knots") or in
  words ("145 miles per hour", "145 miles an hour"), never a count of miles. Seconds are a
  duration's short unit as minutes are ("54 minutes and 50 seconds"), written in lower case: "the
  5 Seconds gang" is a name.
- Centuries ("the 20th century") are not years, and a year inside a larger number or a
  word ("12018", "2018th", "1990s") is not a year.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass

from build_site.countries import is_demonym

FIGURE_KINDS: tuple[str, ...] = (
    "year",
    "count",
    "percent",
    "money",
    "distance",
    "duration",
    "quantity",
    "ratio",
    "level",
)


@dataclass(frozen=True, slots=True)
class Figure:
    text: str  # the figure as written, with its qualifier and noun: "around 72,000 people"
    kind: str  # one of FIGURE_KINDS
    value: float | None  # the number stated, or None for a vague amount ("billions")
    year: int | None  # the year the figure is about, when the sentence states one
    start: int  # offsets into the sentence
    end: int


# --- building blocks (plain strings, combined into the patterns below) -------------------

# A number written in digits: "33,341", "72,000", "1.5", "95". Never glued to a letter or
# another number on its left.
NUMBER = r"(?<![\w.,$])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|(?<![\w.,$])\d+(?:\.\d+)?"
# An amount after a currency sign: digits with thousands commas and decimals, never ending in
# the comma that closes a clause ("$875,000, the state said").
AMOUNT = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
# Number words, hyphenated compounds included ("twenty-five").
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{w: (i + 2) * 10 for i, w in enumerate(_TENS)},
    "a": 1,
    "an": 1,
}
NUMBER_WORD = rf"\b(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS + _UNITS)})\b"
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
}
SCALE = r"hundred|thousand|million|billion|trillion"
# Words that soften a figure; kept in its text, left out of its value.
QUALIFIER = (
    r"\b(?:nearly|almost|about|around|roughly|approximately|some|over|under|more than|"
    r"less than|fewer than|at least|up to|close to|an estimated|as many as)"
)
# Words that make a number something else than a count ("5 percent", "10 times"), units that
# may also head a name: "Minute 323", "Day 3".
# Units of time, which a number before them measures rather than counts.
TIME_UNIT_WORDS = frozenset(
    "year years month months day days week weeks decade decades hour hours minute minutes second seconds".split()
)
UNIT_WORDS = frozenset("percent cent times time".split()) | TIME_UNIT_WORDS
# Words that are never the noun a number counts: function words of English ("46 out of the past 64
# years": a share, "out" no noun), and UNIT_WORDS.
NOT_NOUNS = (
    frozenset(
        """a an the of to in on at by for from with within without into onto over under about
    as and or but nor than then that which who whom whose what when where while this these
    those it its they them their he she his her we our you your i me my be is are was were
    been being has have had do does did will would shall should can could may might must
    not no per each every any all some more most less least other others such only also very
    just so too there here out""".split()
    )
    | UNIT_WORDS
)
# English plurals without an s (and "-men": servicemen, policemen).
IRREGULAR_PLURALS = frozenset("people children women men police personnel staff cattle feet teeth".split())
# Before a spelled-out number, words that make it a reference to a known group, not a
# figure: "the two countries", "our two nations".
DEFINITE = frozenset("the these those both our their its his her your my".split())
# Before a spelled-out number, words that make it a description of what the sentence is about,
# not a figure: "As two nations with an enduring partnership, ...".
DESCRIBING = frozenset({"as"})
MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
MONEY_VERB = (
    r"(?:pledged|pledging|spent|spending|invested|investing|cost|costs|costing|lost|losing|"
    r"earned|earns|earning|provided|providing|allocated|paid|paying|worth|laundered|"
    r"laundering|generated|generating|generates|received|receiving|sent|sending)"
)
# Units of volume, area, energy and mass a quantity is measured in; the capitals' forms (MW, AF)
# only as written, so that "af" or "mw" inside prose is no unit.
UNIT = (
    r"acre[- ]f(?:ee|oo)t|cubic\s(?:feet|foot|yards?|miles?|kilomet(?:er|re)s?|met(?:er|re)s?)|"
    r"square\s(?:feet|foot|miles?|kilomet(?:er|re)s?|met(?:er|re)s?)|gallons?|(?:kilo|mega)?lit(?:er|re)s?|"
    r"sq\.?\s(?:km|mi|ft|m|miles?|feet|foot|kilomet(?:er|re)s?|met(?:er|re)s?)|square\s(?:km|mi|ft|m)|"
    r"(?-i:(?:km|mi)[2\u00b2])|"
    r"hectares?|acres?|(?:kilo|mega|giga)watt(?:[- ]hours?|s)?|barrels?|(?:metric\s)?ton(?:ne)?s?|"
    r"(?-i:[kMG]Wh|MW|GW|MAF|AF|bcm|mt(?![-\w])|t(?![-\w]))"
)
# Units of a length, height or depth ("nearly 100 feet", "the 50-foot mud-line"): a distance's.
LENGTH_UNIT = r"feet|foot|met(?:er|re)s?|yards?"
CURRENCIES = ("dollars", "pesos", "euros")  # a currency written as a word after the amount
CURRENCY = "|".join(CURRENCIES)
UNIT_CLUES = tuple("acre cubic square sq gallon liter litre hectare watt barrel ton wh mw gw af bcm".split())
# The units "t", "mt", "km2" and "mi2" as UNIT writes them: a substring clue "t" or "mi" would pass
# nearly every sentence.
UNIT_LETTERS_CLUE = r"[\s-]m?t(?![-\w])|\d[\s-](?:km|mi)[2\u00b2]"
# At the start of a pattern whose every figure starts a word: the regex engine then skips the
# positions inside words at once instead of trying each qualifier and number word there.
WORD_START = r"\b(?=\w)"
# The short units of a duration, read only after a number: "four days", "32 hours" ("a day" is
# mostly a rate's period or an idiom: "once a day", "a day after").
SHORT_SPAN = r"(?<!\ba\s)(?<!\ban\s)(?:weeks?|days?|hours?|minutes?|(?-i:seconds?))"
# "a"/"an" counts one span only: "a decade", not "a decades-old issue".
ONE_SPAN = r"\ban?(?=\s(?:full\s)?(?:year|month|decade)\b)"
# After "N times" or "twice", the words that make it a ratio to another figure: "10 times as
# long", "75 times higher", "twice what the department estimated".
RATIO_AFTER = r"(?=\s(?:as|higher|lower|more|less|greater|larger|smaller|bigger|faster|the|what|that)\b)"
# Not after letters and a colon: "NXT:2000" is a model's number, as "A100" is.
YEAR = r"(?<![\w.,$/-])(?<![A-Za-z]:)(?:19|20)\d\d(?![\w%]|[.,]\d)"
RANGE_YEAR = r"(?<=\d[-\u2013])(?:19|20)\d\d(?![\w%]|[.,]\d)"  # the second year of "2007-2019"


@dataclass(frozen=True, slots=True)
class Pattern:
    name: str
    kind: str | None  # None for a blocker: claims its span, gives no figure
    regex: re.Pattern[str]
    doc: str
    # What any match holds, for a quick test before the regex (ASCII text only): a digit, and
    # one of the clues (lower case) when there are clues, or a match of `clue_pattern` (for a
    # clue no substring can say, such as a unit of one letter standing alone).
    digit: bool
    clues: tuple[str, ...]
    flags: int = re.IGNORECASE
    clue_pattern: re.Pattern[str] | None = None


def _p(
    name: str,
    kind: str | None,
    pattern: str,
    doc: str,
    *,
    digit: bool = False,
    clues: tuple[str, ...] = (),
    flags: int = re.IGNORECASE,
    clue_pattern: str | None = None,
) -> Pattern:
    clue_regex = re.compile(clue_pattern) if clue_pattern is not None else None
    return Pattern(name, kind, re.compile(pattern, flags), doc, digit, clues, flags, clue_regex)


PATTERNS: tuple[Pattern, ...] = (
    _p(
        "copyright",
        None,
        r"(?P<fig>\u00a9\s*(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?)",
        "© 2007-2019: a copyright notice, not a date anything happened.",
        digit=True,
        clues=("\u00a9",),
    ),
    _p(
        "section",
        None,
        r"(?P<fig>\u00a7+\s?\d[\w.:()\-]*)",
        "\u00a7\u00a7801 et seq., \u00a7 219: a section of a code or an act, not a count.",
        digit=True,
        clues=("\u00a7",),
    ),
    _p("list_number", None, r"^\s*(?P<fig>\d{1,2}[.)])(?=\s)", "1. / 2) at the start of a list line.", digit=True),
    _p(
        "phone",
        None,
        r"(?P<fig>(?<![\w-])(?:\+?\d{1,3}[\s.-])?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w-]))",
        "555-123-4567, (555) 123 4567: a phone number holds no year or count.",
        digit=True,
    ),
    _p(
        "clock",
        None,
        r"(?P<fig>(?<![\w.,:])\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\b\.?)?)(?![\w:])",
        "11:07 am, 9:30: a time of day, no count of minutes or hours.",
        digit=True,
        clues=(":",),
    ),
    _p(
        "ordinal",
        None,
        r"(?P<fig>\b\d+(?:st|nd|rd|th)\b)",
        "20th (century), 3rd (place): ordinals are not figures.",
        digit=True,
    ),
    _p(
        "temperature",
        None,
        rf"(?P<fig>(?:{QUALIFIER}\s)?(?:{NUMBER})(?:\s?(?:-|to|\u2013)\s?(?:{NUMBER}))?"
        r"(?:\s?\u00b0\s?(?-i:[CF](?![\w-]))?|[\s-]degrees?\b(?:\s(?:Celsius|Fahrenheit|centigrade|(?-i:[CF]\b)))?"
        r"|\s(?:Celsius|Fahrenheit)\b|(?-i:[CF])(?![\w-])))",
        "69.93 degrees Fahrenheit, 30.5 degrees, 116 Fahrenheit, 2\u00b0F, 1.1\u00b0C, 1.5C: a temperature (or an angle), a "
        "measure no kind holds: never a count of degrees.",
        digit=True,
        clues=("degree", "\u00b0", "celsius", "fahrenheit"),
        clue_pattern=r"\d(?-i:[CF])(?![\w-])",
    ),
    _p(
        "unit_conversion",
        None,
        rf"(?P<fig>\b1\s(?:{UNIT})\s?(?:=|\bequals\b)\s?(?:{NUMBER})\s(?:{UNIT})\b)",
        "1 hectare=2.47 acres, 1 acre equals 0.4 hectares: how one unit converts to another, a "
        "figure of nothing the text tells.",
        digit=True,
        clues=("=", "equals"),
    ),
    _p(
        "reading_time",
        None,
        r"(?P<fig>\b\d{1,3}[\s-]?min(?:ute)?s?\.?\s+read\b)",
        "2 min. read, a 5-minute read: the reading time a page's header gives, no count.",
        digit=True,
        clues=("read",),
    ),
    _p(
        "date",
        "year",
        rf"(?P<fig>\b{MONTHS}\.?\s\d{{1,2}},?\s(?P<y>(?:19|20)\d\d)|\b\d{{1,2}}\s{MONTHS}\.?,?\s(?P<y2>(?:19|20)\d\d))(?![\w%]|[.,]\d)",
        "December 1, 2012 and 19 October 2023: a date, read as the year it is in.",
        digit=True,
        flags=0,
    ),
    _p(
        "day",
        None,
        rf"(?P<fig>\b{MONTHS}\.?\s\d{{1,2}}\b(?!,?\s\d)|\b\d{{1,2}}\s{MONTHS}\b)",
        "the December 3 attacks, on 19 November: a day of a month, neither a count nor a year.",
        digit=True,
        flags=0,
    ),
    _p(
        "fiscal_year",
        "year",
        r"(?P<fig>\b(?:FY\s?|fiscal year\s)(?P<y>(?:19|20)\d\d|\d\d))\b",
        "FY2018, FY 2024, FY24, fiscal year 2023: the fiscal year, read as its year.",
        digit=True,
        clues=("fy", "fiscal year"),
    ),
    _p(
        "money",
        "money",
        rf"(?P<fig>(?:{QUALIFIER}\s)?(?:US\$|MX\$|USD\s?|\$|€|£)\s?(?P<num>{AMOUNT})"
        rf"(?:\s\((?:US\$|\$|€|£)?(?P<exact>{AMOUNT})\))?"
        rf"(?:\s?(?P<scale>{SCALE}|bn|mn|m|k)\b)?"
        rf"(?:\s?(?:to|-|\u2013)\s?(?:US\$|\$)?(?P<num_hi>{AMOUNT})(?:\s?(?P<scale_hi>{SCALE}|bn|mn|m|k)\b)?)?"
        rf"|(?:(?P<between>\b[Bb]etween)\s(?P<low2>{NUMBER})\s(?:and|to)\s|{QUALIFIER}\s)?"
        rf"(?P<num2>{NUMBER})(?:\s(?P<scale2>{SCALE}))?\s(?:U\.S\.\s)?"
        rf"(?:{CURRENCY}|USD|MXN)\b)",
        "$1.5 billion, US$300 million, 2 million pesos; a range keeps the scale written once at its "
        "end ($13.6 to $49.4 billion is 13.6 billion, between 4.3 and 5.2 billion dollars is 4.3 billion); "
        "a more exact amount in parentheses before the scale is the same figure, valued at it "
        "(nearly $1.2 ($1.185) billion is 1.185 billion).",
        digit=True,
        clues=("$", "\u20ac", "\u00a3", "usd", "mxn", *CURRENCIES),
    ),
    _p(
        "vague_money",
        "money",
        rf"(?:\b{MONEY_VERB}(?:\s[A-Z][\w.]*)?\s)(?P<fig>(?:hundreds of )?(?:millions|billions|trillions))\b"
        r"|\b(?P<fig2>(?:hundreds of )?(?:millions|billions|trillions))"
        rf"(?=\s(?:of\s(?:{CURRENCY})|(?:of\s)?(?:dollars|pesos)|in\s(?:aid|trade|funding|"
        r"assistance|revenue|losses|damages|profits|investment|security assistance)\b))",
        "pledged billions, costing Mexico billions, billions in trade: money, value None.",
        clues=("millions", "billions", "trillions"),
    ),
    _p(
        "percent",
        "percent",
        rf"{WORD_START}(?P<fig>(?:(?P<between>\b[Bb]etween)\s|{QUALIFIER}\s)?(?P<num>{NUMBER}|{NUMBER_WORD})(?:\s?%)?"
        rf"(?(between)\s(?:and|to)\s(?P<num_hi>{NUMBER}|{NUMBER_WORD})"
        rf"|(?:\s?(?:to|-|\u2013)\s?(?P<num_hi2>{NUMBER}|{NUMBER_WORD}))?)"
        r"\s?(?:%|percent\b|per cent\b))",
        "33%, 95 percent, about nine percent; a range is kept whole, valued at its low end (80 to 90 "
        'percent is 80, between 5% and 10% is 5). Two numbers that fall, or follow "from", state a '
        "change, each its own figure (`_percent_matches`: from 30% to 45%, 3% to 2%).",
        clues=("%", "percent", "per cent"),
    ),
    _p(
        "quantity",
        "quantity",
        rf"{WORD_START}(?P<fig>(?:{QUALIFIER}\s)?(?P<num>{NUMBER})(?:[\s-](?P<scale>{SCALE}|bn|mn))?"
        rf"(?:\s?(?:to|-|\u2013)\s?(?P<num_hi>{NUMBER})(?:[\s-](?P<scale_hi>{SCALE}|bn|mn))?)?"
        rf"(?:\s|-)(?:{UNIT})(?!\w))",
        "592,000 acre-feet, 3 million acre-feet, 2 million to 4 million acre-feet, 37,469 acres, 500 MW, "
        "14,500 sq km, 300 km²: "
        "a measured quantity; a range keeps the scale written once at its end (2-4 million acre-feet "
        "is 2 million).",
        digit=True,
        clues=UNIT_CLUES,
        clue_pattern=UNIT_LETTERS_CLUE,
    ),
    _p(
        "distance",
        "distance",
        rf"{WORD_START}(?P<fig>(?:{QUALIFIER}\s)?(?P<num>{NUMBER})(?:-|\s)(?:miles?|mi|km|kilomet(?:er|re)s?)\b)(?!\s(?:per|an?)\s(?:hour|second)\b)",
        "nearly 2,000-mile, 3,145 km.",
        digit=True,
        clues=("mi", "km", "kilomet"),
    ),
    _p(
        "duration",
        "duration",
        rf"{WORD_START}(?:(?P<fig>(?:the\s(?:last|past|next|previous|first)\s)?"
        rf"(?P<num>{NUMBER}|{NUMBER_WORD}|{ONE_SPAN})\s(?:full\s)?(?P<unit>years?|months?|decades?|{SHORT_SPAN})\b)"
        r"(?![\s-](?:old|of\s+age))"
        r"|(?P<fig2>the\s(?:last|past|next|previous)\s(?P<unit2>decade))\b)",
        "three years, a decade, the last three years, the past decade, four days, 32 hours (value in "
        'years); a week, a day or an hour needs a number ("once a day" is no span).',
        clues=("year", "month", "decade", "week", "day", "hour", "minute", "second"),
    ),
    _p(
        "level",
        "level",
        r"\b(?:index|AQI|scale)(?:\s+(?:in|for)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})?"
        r"\s+(?:of|at|was|is|reached|hit|hits|topped|exceeded|surpassed|rose\s+to"
        r"|(?:soaring|rising|climbing|jumping)\s+(?:past|above|to))\s+(?:a\s+(?:staggering|record)\s+)?"
        rf"(?!(?:19|20)\d\d\b)(?P<fig>(?P<num>{NUMBER}))(?![\w%]|[.,]\d|\s?(?:percent|per cent)\b|\s*(?:to|-|\u2013)\s*\d)",
        "a US Air Quality Index of 158, the air quality index in Syracuse surpassed 400, the index soaring "
        "past 324: a reading on a scale or index the words before it name, read as a level (not a year, "
        "nor a scale's range: a scale of 1 to 10).",
        digit=True,
        clues=("index", "aqi", "scale"),
    ),
    _p(
        "ratio",
        "ratio",
        rf"{WORD_START}(?P<fig>(?:{QUALIFIER}\s)?(?:(?P<num>{NUMBER}|{NUMBER_WORD})\stimes|(?P<twice>twice|thrice))){RATIO_AFTER}",
        "nearly 10 times as long, about 75 times higher, nearly twice what was estimated: how many "
        "times another figure.",
        clues=("times", "twice", "thrice"),
    ),
    _p(
        "rate",
        None,
        rf"{WORD_START}(?P<fig>(?:{QUALIFIER}\s)?(?:{NUMBER})(?:\s[A-Za-z]+\sper\s(?:(?:{NUMBER})\s)?[A-Za-z]+"
        r"|\s?[A-Za-z\u00b5\u03bc]+/[A-Za-z]+\b|\s(?:ppm|ppb|ppt|ppq)\b|[\s-]?(?:mph|kph|knots?)\b|\s(?:miles?|kilomet(?:er|re)s?|km)\san?\shour\b))",
        "4 parts per trillion, 10 ng/L, 70 ppt, 3 deaths per 100,000 people, 19 mph, 12 knots, 145 miles an "
        "hour: a rate or a "
        "concentration (a unit per another unit, also a speed's unit written short), no count of its first "
        "noun. Left unread, as no kind holds it; money, percentages, quantities and distances are read before it.",
        digit=True,
        clues=("per", "/", "ppm", "ppb", "ppt", "ppq", "mph", "kph", "knot", "hour"),
    ),
    _p(
        "count",
        "count",
        rf"{WORD_START}(?P<fig>(?:(?P<between>\b[Bb]etween)\s|{QUALIFIER}\s)?(?:(?P<num>{NUMBER})"
        rf"(?(between)\sand\s(?P<num_and>{NUMBER})|(?:\s?[-\u2013]\s?(?P<num_hi>{NUMBER})|\sto\s(?P<num_to>{NUMBER}))?)"
        rf"(?:\s(?P<scale>{SCALE}))?"
        rf"|\b(?P<fraction>a quarter of a|half a|a half|a third of a)\s(?P<fscale>million|billion)"
        rf"|(?P<word>{NUMBER_WORD})(?:\s(?P<wscale>dozen|hundred|thousand|million))?"
        rf"|\b(?P<vague>dozens|hundreds|thousands|millions)(?:\sof\s(?:thousands|millions))?(?:\sof)?)"
        r")(?=(?P<words>(?:\s[\w.'\u2019-]+){1,4}(?:\s(?:and|or)\s[\w'\u2019-]+)?|[\s.;!?\"'\u201d\u2019)]*$))",
        "33,341 people, 1,500 merchant ships, 21 missiles and drones, 25 crew, a quarter of a "
        "million people, two dozen people: a number and the noun it counts, whatever the noun "
        "(`count_end` finds it); money when the noun is a currency (half a million dollars), a quantity "
        "when it is a unit (about two million litres, 280,000-300,000 mt). A range is kept whole, valued at its low end: 18\u201324 attack drones is 18, "
        "between 10,000 and 15,000 people is 10,000.",
        clues=(),
    ),
    _p(
        "length",
        "distance",
        rf"{WORD_START}(?P<fig>(?:{QUALIFIER}\s)?(?P<num>{NUMBER})(?:-|\s)(?:{LENGTH_UNIT})\b)",
        "the 50-foot mud-line, a 948-foot ship: a length, height or depth, a measure, never a count; "
        "after the counts, so that two 12-foot lanes stay a count of lanes.",
        digit=True,
        clues=("feet", "foot", "meter", "metre", "yard"),
    ),
    _p(
        "year",
        "year",
        rf"(?P<fig>{YEAR}|{RANGE_YEAR})",
        "2007, 2015 and 2016: a four-digit year 1900-2099 standing alone.",
        digit=True,
    ),
)
PERCENT = next(p for p in PATTERNS if p.name == "percent")

_FRACTIONS = {"a quarter of a": 0.25, "half a": 0.5, "a half": 0.5, "a third of a": 1 / 3}
_YEARS_PER_UNIT = {
    "year": 1.0,
    "month": 1 / 12,
    "decade": 10.0,
    "week": 7 / 365,
    "day": 1 / 365,
    "hour": 1 / 8760,
    "minute": 1 / 525600,
    "second": 1 / 31536000,
}


# Every figure holds a digit or one of these words; a sentence with neither is skipped
# before the eleven patterns above are tried on it (most sentences, in most articles).
FIGURE_WORDS = frozenset(
    _UNITS
    + _TEENS
    + _TENS
    + SCALE.split("|")
    + "millions billions trillions dozen dozens hundreds thousands year years month months "
    "decade decades quarter half third twice thrice".split()
)
MAY_HOLD_FIGURE = re.compile(rf"\d|\b(?:{'|'.join(sorted(FIGURE_WORDS))})\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_ASCII_WORD = re.compile(r"[a-z]+")


def may_hold_figure(sentence: str) -> bool:
    """True wherever MAY_HOLD_FIGURE matches, several times faster for ASCII text: Python's
    regex engine tries each of its 48 words at every position, a set lookup takes each word once."""
    if not sentence.isascii():
        return MAY_HOLD_FIGURE.search(sentence) is not None
    return _DIGIT.search(sentence) is not None or not FIGURE_WORDS.isdisjoint(_ASCII_WORD.findall(sentence.lower()))


def patterns_that_may_match(sentence: str) -> tuple[Pattern, ...]:
    """The patterns whose quick test the sentence passes: most sentences need only a few of the
    eleven regexes. Non-ASCII text gets them all (a regex ignoring case matches "K" to the
    Kelvin sign, which no lower-case clue would)."""
    if not may_hold_figure(sentence):
        return ()
    if not sentence.isascii():
        return PATTERNS
    lower = sentence.lower()
    digit = _DIGIT.search(sentence) is not None
    return tuple(p for p in PATTERNS if (digit or not p.digit) and _has_clue(p, sentence, lower))


def _has_clue(pattern: Pattern, sentence: str, lower: str) -> bool:
    if not pattern.clues or any(clue in lower for clue in pattern.clues):
        return True
    return pattern.clue_pattern is not None and pattern.clue_pattern.search(sentence) is not None


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the span overlaps one of `taken`, spans in order that overlap no other: of those
    starting before `end`, the last ends last, so it is the only one to ask."""
    before = bisect_left(taken, (end,))
    return before > 0 and taken[before - 1][1] > start


def find_figures(sentence: str) -> list[Figure]:
    """Every figure in the sentence, in order of position."""
    taken: list[tuple[int, int]] = []  # in order, none overlapping another (`_overlaps`)
    found: list[tuple[Pattern, re.Match[str], int, int, float]] = []
    for pattern in patterns_that_may_match(sentence):
        for match, scale in _matches(pattern, sentence):
            group = "fig" if match.group("fig") is not None else "fig2"
            start, end = match.span(group)
            if pattern.name == "count":
                counted = count_end(sentence, match)
                if counted is None:
                    continue
                end = counted
            if start == end or _overlaps(taken, start, end):
                continue
            insort(taken, (start, end))
            if pattern.kind is not None and not (pattern.name == "duration" and _rate_period(sentence, match)):
                found.append((pattern, match, start, end, scale))
    found.sort(key=lambda item: item[2])
    years = {_year(m, sentence[s:e]) for p, m, s, e, _scale in found if p.kind == "year"}
    the_year = next(iter(years)) if len(years) == 1 else None
    figures: list[Figure] = []
    for pattern, match, start, end, scale in found:
        kind = _counted_kind(sentence[start:end]) if pattern.name == "count" else pattern.kind
        assert kind is not None
        if kind == "year":
            stated = _year(match, sentence[start:end])
            year: int | None = stated
            value: float | None = float(stated)
        else:
            value, year = _value(pattern.name, match), the_year
            value = value * scale if value is not None else None
        figures.append(Figure(sentence[start:end], kind, value, year, start, end))
    return figures


def _matches(pattern: Pattern, sentence: str) -> Iterator[tuple[re.Match[str], float]]:
    """A pattern's matches in a sentence, each with the scale its value takes (1 but for the earlier
    value of a change of a toll), a change of a percentage (`_percent_matches`) or of a toll
    (`_count_matches`) split into its two values."""
    if pattern.name == "percent":
        return ((match, 1.0) for match in _percent_matches(sentence))
    if pattern.name == "count":
        return _count_matches(pattern.regex, sentence)
    matches = pattern.regex.finditer(sentence)
    if pattern.name == "temperature" and TEMPERATURE_CUE.search(sentence) is None:
        matches = (match for match in matches if _measured(match, sentence))
    return ((match, 1.0) for match in matches)


# "Degrees" with no scale after it ("40 degrees", not "40 degrees Celsius").
BARE_DEGREES = re.compile(r"degrees?$", re.IGNORECASE)
# Words of heat, cold or an angle in a sentence: only with one is a bare "degrees" a temperature (or an angle); else
# it counts what a university awards ("awarded 2,400 degrees").
TEMPERATURE_CUE = re.compile(
    r"\b(?:temperatures?|heat\w*|hot\w*|cold\w*|warm\w*|cool\w*|chill\w*|freez\w*|frost\w*|thaw\w*|thermometers?|"
    r"fevers?|weather|forecast\w*|mercury|scorch\w*|swelter\w*|angles?|tilt\w*|"
    r"latitudes?|longitudes?|inclin\w*|slopes?|bearings?)\b",
    re.IGNORECASE,
)
# Words of a comparison or a motion, a cue only right before the figure they measure ("a high of 40 degrees",
# "turned 180 degrees", "below 10 degrees"); elsewhere in the sentence they compare or move anything ("a record
# high", "well above the 1,900", "turn out 2,400 degrees").
MEASURE_BEFORE = re.compile(
    r"\b(?:above|below|highs?|lows?|turn(?:s|ed|ing)?|rotat(?:e|es|ed|ing))(?:\s+(?:of|to|by|at|near))?\s+$",
    re.IGNORECASE,
)


def _measured(match: re.Match[str], sentence: str) -> bool:
    """Whether a temperature match in a sentence with no word of heat is still a measure: its scale is
    written ("40 degrees Celsius"), or a word of comparison or motion stands right before it."""
    if BARE_DEGREES.search(match.group("fig")) is None:
        return True
    return MEASURE_BEFORE.search(sentence, max(0, match.start("fig") - 30), match.start("fig")) is not None


# Two numbers of a change, "from 64 to 2,975": the earlier value, then the later.
CHANGE = re.compile(rf"(?<=\bfrom\s)(?P<earlier>{NUMBER})\s+to\s+(?P<later>{NUMBER})", re.IGNORECASE)
# Before the "from" of an age's bounds, no change: "children aged from 5 to 12", "ages from 5 to 12".
AGE_BEFORE = re.compile(r"\b(?:age|aged|ages)\s+$", re.IGNORECASE)


def _count_matches(regex: re.Pattern[str], sentence: str) -> Iterator[tuple[re.Match[str], float]]:
    """The count pattern's matches, each with the scale its value takes, a change of a toll split into
    its two values: "raised the official death toll ... from 64 to 2,975", "the number of daily transits
    ... increased from 17 to 24" give the earlier and the later value, each a count the toll reaches
    (`toll_before`), never a range. The earlier takes the later's scale word ("from 1.2 to 1.5 million
    people": 1.2 million). A change no toll, total, count or "number of" names ("18 to 24 drones"), an
    age's bounds, and two values whose later one counts something else than the toll (`_one_measure`:
    "the total from 10 to 12 million people", "from 5 to 7 billion dollars") stay as read, never the
    earlier value alone."""
    for match in regex.finditer(sentence):
        number = match.start("num") if match.group("num") else -1
        change = CHANGE.match(sentence, number) if number >= 0 else None
        if change is None or toll_before(sentence, number) is None:
            yield match, 1.0
            continue
        later = None if AGE_BEFORE.search(sentence, 0, number - len("from ")) else _later_value(regex, sentence, change)
        if later is None:
            if match.end("fig") > change.end("earlier"):  # the whole range, "10 to 12 million people"
                yield match, 1.0
            continue  # an earlier value alone, of another measure than the toll's, is none of its values
        for earlier in regex.finditer(sentence, number, change.end("earlier")):
            yield earlier, _shared_scale(change, later)
        yield later, 1.0


def _shared_scale(change: re.Match[str], later: re.Match[str]) -> float:
    """The scale of a change's later value that its earlier one shares: "from 1.2 to 1.5 million" (1.2
    million), where both numbers are written below a thousand; "from 900,000 to 1.2 million" shares none."""
    scale = later.group("scale")
    earlier, number = _number(change.group("earlier")), _number(later.group("num"))
    if scale is None or earlier is None or number is None or max(earlier, number) >= 1000:
        return 1.0
    return SCALES.get(scale.lower(), 1.0)


def _later_value(regex: re.Pattern[str], sentence: str, change: re.Match[str]) -> re.Match[str] | None:
    """The count match of a change's later value when it is a value of the toll before it: a bare
    number ("from 72 to 42") or one of the noun the toll counts ("the number of displaced people ...
    from 1.2 to 1.5 million people"); None when it counts another thing, or is an amount of money, a
    unit or a time ("from 5 to 7 billion dollars", "from 5 to 12 years")."""
    later = next(regex.finditer(sentence, change.start("later")), None)
    if later is None or later.start("fig") != change.start("later"):
        later = next(regex.finditer(sentence, change.start("later"), change.end("later")), None)
    end = count_end(sentence, later) if later is not None else None
    if later is None or end is None:
        return None
    text = sentence[later.start("fig") : end]
    if _counted_kind(text) != "count" or _read_otherwise(sentence, later.start("fig")):
        return None
    return later if elided(text) or _one_measure(sentence, change.start(), text) else None


def _read_otherwise(sentence: str, at: int) -> bool:
    """Whether a pattern of another kind than a count (money, a percentage, a unit, a distance, a
    time) reads a figure holding the number at `at`: "from 5 to 12 years", "from 5 to 7 km"."""
    for pattern in PATTERNS:
        if pattern.name == "count" or pattern.kind is None:
            continue
        for match in pattern.regex.finditer(sentence, max(0, at - 20), min(len(sentence), at + 60)):
            group = "fig" if match.group("fig") is not None else "fig2"
            if match.start(group) <= at < match.end(group):
                return True
    return False


def _one_measure(sentence: str, change_start: int, text: str) -> bool:
    """Whether the noun a change's later value counts is the toll's own: its stem is among the
    words of the toll's clause before the change ("the number of displaced people rose from 1.2 to
    1.5 million people")."""
    toll = toll_before(sentence, change_start)
    if toll is None:
        return False
    noun = text.rsplit(maxsplit=1)[-1].lower().removesuffix("s")
    clause = sentence[max(0, toll[0] - 30) : change_start].lower()
    return any(word.removesuffix("s") == noun for word in _ASCII_WORD.findall(clause))


# One percentage, no range: what a change's two ends are read by ("from 30% to 45%").
SINGLE_PERCENT = re.compile(
    rf"{WORD_START}(?P<fig>(?:{QUALIFIER}\s)?(?P<num>{NUMBER}|{NUMBER_WORD})\s?(?:%|percent\b|per cent\b))",
    re.IGNORECASE,
)
FROM_BEFORE = re.compile(r"\bfrom\s$", re.IGNORECASE)


def _percent_matches(sentence: str) -> Iterator[re.Match[str]]:
    """The percent pattern's matches, a range that is no range split into its percentages: two
    numbers after "from" are a change's ends ("rose from 30% to 45%", "from 30 to 45 percent"),
    and so are two that fall ("inflation of 3% to 2%"); a range rises ("80 to 90 percent")."""
    for match in PERCENT.regex.finditer(sentence):
        if _is_range(sentence, match):
            yield match
        else:
            yield from SINGLE_PERCENT.finditer(sentence, match.start("fig"), match.end("fig"))


def _is_range(sentence: str, match: re.Match[str]) -> bool:
    """Whether a percent match is one figure: a single number, or two that rise and follow no "from"."""
    low = _number(match.group("num"))
    high = _number(match.group("num_hi") or match.group("num_hi2"))
    if high is None:
        return True
    return low is not None and low < high and not FROM_BEFORE.search(sentence, 0, match.start("fig"))


def _year(match: re.Match[str], text: str) -> int:
    """The year a year figure states: the year of a date, of a fiscal year ("FY24": 2024)."""
    groups = match.groupdict()
    written = groups.get("y") or groups.get("y2") or text
    return int(written) if len(written) == 4 else 2000 + int(written)


# The noun of a count that makes it money or a quantity: "half a million dollars", "about two million
# litres", "280,000-300,000 mt" (the money and quantity patterns read digits only, before a unit).
CURRENCY_END = re.compile(rf"\s(?:U\.S\.\s)?(?:{CURRENCY})$", re.IGNORECASE)
UNIT_END = re.compile(rf"\s(?:{UNIT})$", re.IGNORECASE)
LENGTH_END = re.compile(rf"\s(?:{LENGTH_UNIT})$", re.IGNORECASE)


def _counted_kind(text: str) -> str:
    """A count's kind by its noun: money after a currency, a quantity after a unit, a distance
    after a length's unit ("nearly 100 feet"), else a count."""
    if CURRENCY_END.search(text):
        return "money"
    if LENGTH_END.search(text):
        return "distance"
    return "quantity" if UNIT_END.search(text) else "count"


# Before "a year" that is a rate's period, not a span: a number and up to four words of what it
# measures, the last no preposition ("35,000 tonnes of lithium| a year"; not "in| a year").
RATE_BEFORE = re.compile(
    r"\d(?:[\d,.]*\d)?(?:\s(?:hundred|thousand|million|billion|trillion|bn|mn))?%?"
    r"(?:\s[A-Za-z][\w'\u2019-]*){0,4}\s$"
)
# After "a year", words that make it a time: "3,000 people a year ago", "a year later".
SPAN_AFTER = re.compile(r"\s*(?:-|\s(?:ago|later|earlier|before|after|since|on)\b)")
RATE_NOT_AFTER = frozenset(
    "in for over within after before than about nearly almost only just under by once ago".split()
)


def _rate_period(sentence: str, match: re.Match[str]) -> bool:
    """Whether a duration "a year", "a month" is the period of a rate stated before it: "produce
    35,000 tonnes of lithium a year" (per year), not "raised 35,000 tonnes in a year", nor "killed
    3,000 people a year ago"."""
    number = match.group("num")
    if number is None or number.lower() not in ("a", "an") or match.group("fig").lower().startswith("the "):
        return False
    if SPAN_AFTER.match(sentence, match.end("fig")):
        return False
    start = match.start("fig")
    before = RATE_BEFORE.search(sentence, max(0, start - 80), start)
    return before is not None and sentence[:start].rsplit(maxsplit=1)[-1].lower() not in RATE_NOT_AFTER


# A word in title case right before a number: the name the number belongs to ("Tier| 2").
NAME_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z]+) $")
# Capitalized words before a number that are no name: qualifiers and words opening a sentence.
NOT_NAME_WORDS = frozenset(
    "nearly almost roughly approximately around another estimated between fewer close least many "
    "among including overall total totaling last past next".split()
)
WORD_AFTER = re.compile(r"\s([\w.'\u2019-]+)")


def count_end(sentence: str, match: re.Match[str]) -> int | None:
    """Where a count ends: after the noun the number counts, or None when no noun follows.

    Up to two describing words may come first ("1,500 merchant ships", "60 Houthi targets"),
    three when all are plain lower-case words ("300,000 commercial table egg pullets"), or two
    joined by "and"/"or" ("344 commercial and backyard flocks"); the noun is the first plural
    among them ("21 missiles and drones" takes the second noun too), or, after a number in
    digits above one, a lower-case singular that is no function word and no verb form ("25
    crew", "300 personnel"). A number followed by no
    such noun is no count ("Task Force 153, which", "Resolution 2722 passed"), and a small
    spelled-out number after "the" or "our" names a known group ("the two countries"), after
    "as" describes one ("As two nations with ..."). A bare year is never a count, whatever
    follows it ("The numbers for 2017 show", "the 2012 presidential elections"), nor one of
    1500-1899 before a singular noun ("the 1868 treaty"), nor is a tally (`_tally`: "a 2-1
    decision", "a 5 to 4 decision"). The noun stops where a verb begins: a word in "-s" after
    "and" with a plain word after it ("seven states and supports agriculture"), or after an
    adverb in "-ly" ("One acre-foot generally provides"). Describing words listed with commas
    take the plural after them ("300 inshore, midshelf and offshore reefs"), and a rank's number
    (`_ranked`: "alert level 3 indicates") is no count."""
    if match.group("num") and (_named_by(sentence, match.start("num")) or _hyphen_named(sentence, match.start("num"))):
        return None  # "Tier 2 shortage", "Minute 323 establishes", "Covid-19 pandemic-era grants"
    word = match.group("word")
    if _ranked(sentence, match.start("num") if match.group("num") else match.start("word" if word else "fig")):
        return None  # "alert level 3 indicates", "a category 4 hurricane", "Phase 2/3 study"
    if _tally(match):
        return None
    if word and word[0].isupper() and _named_by(sentence, match.start("word")):
        return None  # "Uranium One Group executives": a number word written inside a name
    number_end = match.start("words")
    before = sentence[: match.start("fig")].split()
    if before and match.group("word") and not match.group("wscale") and before[-1].lower() in DEFINITE | DESCRIBING:
        return None
    if match.group("num") and not match.group("scale") and re.fullmatch(r"(?:19|20)\d\d", match.group("num")):
        return None  # a year before a noun: "the 2012 presidential elections", "the 2015 attacks"
    words = [
        (m.group(1).rstrip("."), m.start(1) + len(m.group(1).rstrip(".")))
        for m in WORD_AFTER.finditer(sentence, number_end, match.end("words"))
    ]
    if words and _people_of_place(words[0][0]):  # "At least 111 Texans died", "37,000 Palestinians"
        return words[0][1]
    for index, (word, end) in enumerate(words[:4]):
        lower = word.lower()
        shared = _shared_noun(words, index) if word in ("and", "or") else None
        if shared is not None:  # "344 commercial and backyard flocks"
            return shared
        if lower in NOT_NOUNS or _opens_a_verb(words, index) or (index == 3 and not _qualifiers(words[:3])):
            break
        if _plural(word):
            if index == 0 and len(words) > 2 and words[1][0] in ("and", "or") and _plural(words[2][0]):
                return end if _verb_with_object(sentence, words[2][1]) else words[2][1]
            return end
    listed = _listed_describers_end(sentence, number_end)
    if listed is not None:  # "over 300 inshore, midshelf and offshore reefs"
        return listed
    elided = _elided_end(sentence, match, words)  # after the noun: "60,000 suspected cholera cases" has one
    if elided is not None:
        return elided
    if not words or not match.group("num") or match.group("scale"):
        return None
    first, end = words[0]
    if first.islower() and first.isalpha() and first not in NOT_NOUNS and not first.endswith(("ed", "ing", "ly")):
        return end if _number(match.group("num")) != 1 and not EARLIER_YEAR.fullmatch(match.group("num")) else None
    return None


# Describing words listed with commas and a last "and" or "or" before the plural they all describe: "300| inshore,
# midshelf and offshore reefs".
LISTED_DESCRIBERS = re.compile(r"\s([a-z]+)((?:,\s[a-z]+)+),?\s(?:and|or)\s([a-z]+)\s([a-z]+)\b")


def _listed_describers_end(sentence: str, number_end: int) -> int | None:
    """Where a count ends whose noun comes after a list of describing words (`LISTED_DESCRIBERS`): after the plural
    ("300 inshore, midshelf and offshore reefs"), or None when a word of the list is no describing word or no plural
    follows them ("27 inshore reefs", "12 killed, injured and missing")."""
    listed = LISTED_DESCRIBERS.match(sentence, number_end)
    if listed is None:
        return None
    describers = [listed.group(1), *listed.group(2).replace(",", " ").split(), listed.group(3)]
    return listed.end() if all(map(_describing, describers)) and _plural(listed.group(4)) else None


# An adverb in "-ly" of a common derivation ("generally", "currently", "previously").
ADVERB = re.compile(r"[a-z]{3,}(?:al|ent|ant|ous|ive|ate|ful)ly")
# Prepositions NOT_NOUNS leaves out: after a word in "-s" they leave it a noun ("businesses across").
PREPOSITIONS = frozenset(
    """across among amid along around after before behind below above beneath beside between beyond
    during near since through throughout toward towards until upon via against despite inside outside""".split()
)


def _opens_a_verb(words: list[tuple[str, int]], index: int) -> bool:
    """Whether the word at `index` is an adverb before a verb in "-s": "One acre-foot generally|
    provides" (no count's noun follows); before a participle it qualifies the noun ("30 federally
    recognized tribes")."""
    following = words[index + 1][0] if index + 1 < len(words) else ""
    return ADVERB.fullmatch(words[index][0].lower()) is not None and following.endswith("s") and following.islower()


# A number of four digits from 1500 to 1899 before a singular noun: a year of history, no count
# ("the 1868 treaty"; "1500 troops", a plural, stays a count).
EARLIER_YEAR = re.compile(r"1[5-8]\d\d")


def _verb_with_object(sentence: str, end: int) -> bool:
    """Whether the word in "-s" ending at `end`, after "and" and a count's plural, is a verb with
    its object ("seven states and supports| agriculture"), not a second noun ("21 missiles and
    drones| at ..."): a plain lower-case word follows it that is no function word nor a participle."""
    after = WORD_AFTER.match(sentence, end)
    if after is None:
        return False
    word = after.group(1)
    plain = word.isalpha() and word.islower() and word not in NOT_NOUNS | PREPOSITIONS
    return plain and not word.endswith(("ed", "ing"))


def _tally(match: re.Match[str]) -> bool:
    """Two numbers joined by a dash or "to" whose second is no greater than the first: a vote or a
    score ("a 2-1 decision", "a 5 to 4 decision", "won 3-0"), not a range, which rises ("18-24 drones")."""
    low, high = _number(match.group("num")), _number(match.group("num_hi") or match.group("num_to"))
    return low is not None and high is not None and high <= low


def _qualifiers(words: list[tuple[str, int]]) -> bool:
    """Whether three words before a plural all qualify it: plain lower-case words ("300,000
    commercial table egg pullets"), or the words of one name ("11 Operation Fly Formula flights":
    flights of that operation; no month, as in "5 March Abbott Nutrition plants")."""
    if all(_describing(w) for w, _ in words):
        return True
    return all(w[:1].isupper() and w.lower() not in NOT_NOUNS and not re.fullmatch(MONTHS, w) for w, _ in words)


def _people_of_place(word: str) -> bool:
    """A capitalized plural naming the people of a place: a country's demonym ("Palestinians",
    "Filipinos") or a word in "-ans" ("Texans", "Californians"); not "News" nor "Traffickers"."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha() and word.endswith("s")):
        return False
    return word.endswith("ans") or is_demonym(word[:-1])


# Words after a number that say its noun is left out, to be read from the figure before: "36
# more| than in the previous report", "158 |of those| due to hypothermia".
MORE_THAN = frozenset({"more", "fewer"})
OF_THOSE = frozenset({"those", "these", "them", "whom", "which"})
# Verbs of which a bare number in digits is the subject, opening its clause: "229 |were| Texas
# residents and 15 |resided| in other states" (and any lower-case word in "-ed"); not "are": "160 are
# commercial and 87 are backyard flocks" reads the flocks, counted before, as a kind.
ELIDED_VERBS = frozenset({"were", "had", "have", "died"})
# Before a bare number opening its clause: the sentence's start, a comma, or a conjunction.
CLAUSE_OPENING = re.compile(r"(?:^|[,;:]|\b(?:and|but|while|whereas))\s*$")
# Before a bare number that ends its sentence: "with| 22.", "reported| two." ("-ed" verbs too).
LAST_FIGURE_AFTER = frozenset({"with", "to", "was", "were", "is", "are"})
LAST_WORD = re.compile(r"(\S+)\s*$")
# A number that a toll, total, tally, count or number of its clause reaches, stands at, or moves
# from or to: "The death toll ... inched up to 227", "the toll now standing at 102", "dropped the
# number from 72 to 42", "bringing the total number of kidnappings in 2024 to 1,494". It is that
# measure's value, which names what it counts; no comma, colon or stop between them.
TOLL_BEFORE = re.compile(
    r"\b(?P<toll>toll|total|tally|count|number)\b(?:[^,;:.!?]|(?<=\d)[,.](?=\d)){0,60}?\b(?:to|at|from|reached|hit)\s+"
    r"(?:(?:more\s+than|at\s+least|nearly|about|over|around|roughly|some)\s+)?$",
    re.IGNORECASE,
)


def toll_before(sentence: str, number_start: int) -> tuple[int, int] | None:
    """The span of the toll, total, tally, count or number whose value the number at
    `number_start` is (`TOLL_BEFORE`), or None."""
    toll = TOLL_BEFORE.search(sentence, max(0, number_start - 90), number_start)
    return toll.span("toll") if toll else None


# Between a toll's noun and what it counts: "the number| of |deaths", "the total| of the |kidnappings".
TOLL_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def counted_by_toll(sentence: str, toll: tuple[int, int], start: int, end: int) -> bool:
    """Whether the words at `start`:`end` name what the toll at `toll` (`toll_before`) counts: the
    toll's noun ends them ("The [Helene death] toll") or follows them with "of" ("the number of
    [transits]"). The topic of such a count and the measure it is compared by are both read so."""
    return end == toll[1] or TOLL_OF.fullmatch(sentence, toll[1], start) is not None


def number_start(text: str, start: int) -> int:
    """Where the number of a figure written `text` at `start` begins, after its qualifier
    ("at least 596", "up to 227": the digits)."""
    return start + len(text) - len(text.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz "))


SENTENCE_REST = re.compile(r"[\s.;!?\"'\u201d\u2019)]*")


def _elided_end(sentence: str, match: re.Match[str], words: list[tuple[str, int]]) -> int | None:
    """Where a count whose noun is left out ends (`elided`), or None: "36 more than in the
    previous report", "28 of those deaths", "158 of those", "229 were Texas residents", "the 244
    that had", "with 22.", "reported two.", "the death toll ... rose to 33" (`TOLL_BEFORE`). A number
    of one ("one of them") is never read so, nor a vague or scaled one; a number in digits only,
    but for "more than", "of those" and a sentence's last word."""
    number = match.group("num") or match.group("word")
    if number is None or match.group("scale") or match.group("wscale") or _number(number) == 1:
        return None
    number_end = match.start("words")
    first = words[0][0].lower() if words else ""
    if first in MORE_THAN and len(words) > 1 and words[1][0] == "than":
        return words[0][1]
    if first == "of" and len(words) > 1 and words[1][0] in OF_THOSE:
        return words[2][1] if len(words) > 2 and _plural(words[2][0]) else words[1][1]
    start = match.start("fig")
    last = LAST_WORD.search(sentence, max(0, start - 40), start)
    last_before = last.group(1).lower() if last else ""
    if SENTENCE_REST.fullmatch(sentence, number_end):
        return number_end if last_before in LAST_FIGURE_AFTER or last_before.endswith("ed") else None
    if not match.group("num"):
        return None
    single = not (match.group("num_hi") or match.group("num_to") or match.group("num_and"))
    if single and toll_before(sentence, match.start("num")):  # a toll's value is one number, no range
        return number_end
    if last_before == "the" and first in ("that", "who", "which"):
        return number_end
    verb = first in ELIDED_VERBS or (first.isalpha() and first.islower() and first.endswith("ed"))
    return number_end if verb and CLAUSE_OPENING.search(sentence, max(0, start - 12), start) else None


def elided(text: str) -> bool:
    """Whether a count's text leaves its noun out (`_elided_end`): "229", "36 more", "158 of those"."""
    return ELIDED_TEXT.search(text) is not None


ELIDED_TEXT = re.compile(rf"(?:\d|\b(?:{NUMBER_WORD})|\b(?:more|fewer)|\bof\s(?:{'|'.join(OF_THOSE)}))$", re.IGNORECASE)


def _named_by(sentence: str, start: int) -> bool:
    """Whether the number at `start` follows a capitalized word that is no function word,
    qualifier or month, so that the two are a name: "Tier 2", "Minute 323", "Circular 175"."""
    before = NAME_WORD_BEFORE.search(sentence, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    lower = word.lower()
    function_word = lower in NOT_NOUNS and lower not in UNIT_WORDS  # "Minute 323" is a name
    return not function_word and lower not in NOT_NAME_WORDS and re.fullmatch(MONTHS, word) is None


# A word naming a rank in a series right before its number, also after a first number of two ("Phase 2/3",
# "stages 3 and 4"): the number names the level, category, tier, phase or stage, it counts nothing.
RANK_BEFORE = re.compile(
    rf"\b(?:level|category|tier|phase|stage)s?\s+(?:(?:{NUMBER}|{NUMBER_WORD})\s*(?:/|-|\u2013|or|and|to)\s*)?$",
    re.IGNORECASE,
)


# Before the rank word, a demonstrative or an ordinal makes it the ordinary noun of a step in time ("In the first
# phase 33 hostages", "At that stage 40 people"): the number after it counts.
ORDINARY_RANK_BEFORE = frozenset("this that these those each every same next last final first second third".split())
# A number of three digits or more is no rank in a series, whose numbers are its first few ("The tier 250 employees").
NO_RANK_NUMBER = re.compile(r"\d{1,3},\d{3}|\d{3}")


def _ranked(sentence: str, start: int) -> bool:
    """Whether the number at `start` is a rank's (`RANK_BEFORE`): "alert level 3 indicates DHWs", "a category 4
    hurricane", "Phase 2/3 study", in any case; "Tier 2" was a name already (`_named_by`). Not after the rank word
    as an ordinary noun (`ORDINARY_RANK_BEFORE`: "that stage 40 people"), nor a number too large for a rank's."""
    rank = RANK_BEFORE.search(sentence, max(0, start - 30), start)
    if rank is None or NO_RANK_NUMBER.match(sentence, start):
        return False
    before = sentence[: rank.start()].split()
    return not before or before[-1].lower() not in ORDINARY_RANK_BEFORE


# A capitalized word joined to the number by a hyphen: one name ("Covid-19", "F-16", "MH-17"), not a
# count; "Mid-2024" and "Pre-2020" are times, read as years elsewhere.
HYPHEN_NAME_BEFORE = re.compile(r"(?<![\w-])(?!(?:Mid|Pre|Post|Early|Late)-)([A-Za-z]*[A-Z][A-Za-z]*)-$")


def _hyphen_named(sentence: str, start: int) -> bool:
    """Whether the number at `start` is joined by a hyphen to the capitalized word before it."""
    return HYPHEN_NAME_BEFORE.search(sentence, max(0, start - 20), start) is not None


def _describing(word: str) -> bool:
    """A plain lower-case word that may describe a counted noun: "commercial", "table"; no
    function word and no verb form ("were", "killed", "seizing")."""
    return word.isalpha() and word.islower() and word not in NOT_NOUNS and not word.endswith(("ed", "ing", "ly"))


def _shared_noun(words: list[tuple[str, int]], index: int) -> int | None:
    """Where the plural ends that two describing words joined by the "and" or "or" at `index`
    share ("commercial and backyard flocks"), or None ("12 and injured", "505 commercial and 620
    backyard flocks": another number)."""
    if index == 0 or index + 2 >= len(words) or not all(_describing(w) for w, _ in words[:index]):
        return None
    (other, _), (noun, end) = words[index + 1], words[index + 2]
    return end if _describing(other) and _plural(noun) else None


ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def _plural(word: str) -> bool:
    """A lower-case word written as a plural: "ships", "people", "servicemen"; or an acronym
    with a plural "s", a common noun's short form ("GPUs", "UAVs")."""
    if ACRONYM_PLURAL.fullmatch(word):
        return True
    if not (word.isalpha() and word.islower()) or word in NOT_NOUNS:
        return False
    if word in IRREGULAR_PLURALS or word.endswith("men"):
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    text = text.lower()
    if text in WORD_VALUES:
        return float(WORD_VALUES[text])
    if "-" in text and all(part in WORD_VALUES for part in text.split("-")):
        return float(sum(WORD_VALUES[part] for part in text.split("-")))
    return float(text.replace(",", ""))


def _value(name: str, match: re.Match[str]) -> float | None:
    """The number a match states, scaled to its unit; None for a vague amount."""
    groups = match.groupdict()
    if name == "money":
        number = _number(groups["exact"] or groups["num"] or groups["low2"] or groups["num2"])
        scale = (groups["scale"] or groups["scale2"] or groups["scale_hi"] or "").lower()
        return number * SCALES.get(scale, 1.0) if number is not None else None
    if name in ("percent", "distance", "length", "level"):
        return _number(groups["num"])
    if name == "ratio":
        return _number(groups["num"]) if groups["num"] else (2.0 if groups["twice"].lower() == "twice" else 3.0)
    if name == "quantity":
        number = _number(groups["num"])
        assert number is not None
        return number * SCALES.get((groups["scale"] or groups["scale_hi"] or "").lower(), 1.0)
    if name == "duration":
        unit = (groups["unit"] or groups["unit2"]).lower().rstrip("s")
        number = _number(groups["num"]) if groups["num"] else 1.0
        return number * _YEARS_PER_UNIT[unit] if number is not None else None
    if name == "count":
        if groups["num"]:
            number = _number(groups["num"])
            assert number is not None
            return number * SCALES.get((groups["scale"] or "").lower(), 1.0)
        if groups["fraction"]:
            return _FRACTIONS[groups["fraction"].lower()] * SCALES[groups["fscale"].lower()]
        if groups["word"]:
            number = _number(groups["word"])
            assert number is not None
            wscale = (groups["wscale"] or "").lower()
            return number * (12.0 if wscale == "dozen" else SCALES.get(wscale, 1.0))
        return None  # "thousands of people"
    return None
