"""What happened when: sentences that date a happening, to the day, month or year.

Hand-written patterns over a few fixed shapes ("on Jan. 20", "March 3, 2024", "in April
2025", "Established in 2002", "on Wednesday", "last month", "this morning", "this past
weekend", "last week", "10 days ago"). Relative dates are resolved against the article's
publication date and marked `inferred`; so is a day or month written without a year ("Jan. 20",
"Since November", "last June’s": the year is the publication's, or the one before when that would put it after
publication (for "last June", in its month too); a day at most `COMING` after publication keeps the publication's year: it is still
to come; "November last year", "February this year", "on June 14 last year" say which). A weekend is dated to the month
of its Saturday; a week, which no day of it dates, to its month ("this week": Monday to
publication; "last week", "a week ago": the week before), or its year when it spans two months;
"N days ago" to its day, "N months ago" to its month, "N years ago" to its year ("over a year
ago" bounds a time without dating it, and is skipped); "a week earlier" ("a day earlier") to the day seven days (one day) before the last day
its paragraph dated before it, else before publication; "last fall" (spring, summer) to the year of the latest one
over by publication; "Earlier in the day" to the article's day. A weekday written with a date ("Friday 13
June") is one date expression, dated by the date: one event, not one for each; so is a year or
month that holds a day the same sentence gives ("during 2024, ... on February 8": the day only).
A decade ("in the 1980s", "since the early 1970′s", "the 1990s and the 2000s") is dated at a decade's
precision, "1980s": the happening lies somewhere in its ten years, and its first year would file it under
a year it does not name.

What is not a happening, and is skipped:
- a coming date: "later this week", "later this month", "later this year"; a word of the future ("will", "would", "could", "plans to", "planned to", "the option to",
  "deadline", "due" but not "due to" a cause, "effective") in the clause before the date (`FUTURE_WINDOW` characters,
  quotations left out), a pronoun and a modal right after it ("this year it could exceed"), a
  date introduced by "by" or "until", or a weekday something is "starting" on; but the end of
  something under way is dated though still to come ("The haj, which will end on Wednesday"), so is a rule's
  entry into force ("will come into effect on September 7", "Effective 23 July 2023, ..." opening a sentence;
  not "takes effect on February 16"), a day or month without its year in a clause of the future or after
  "starting" is the coming one ("starting in September" in June), and a
  weekday in a clause of what is to come ("lasts until Wednesday", "predicted to reach ... on
  Monday") or bounding a deadline or a forecast ("ordered to evacuate the area by Friday", "orders in place
  through Monday", "wasn't expected until Monday") is the coming one, not the week before's;
- a month's letters in a name ("Sept-Îles", "Mar-a-Lago", "Jun Ji-hyun");
- a page template's dated line: a date as one field of a line set apart by bars or slashes ("June 19, 2023 |
  Ottawa, ON | ...", "Weekly / August 25, 2023 / 72(34);933–935"), or beside a reading time ("2 min. read");
- a "Today" closing a run of capitalised words: a publication's name ("Communications Litigation Today");
- "today's" before a noun of the present age ("today's reality", "today's world"): present-day, no day;
- a "today" of a present state, "is" or "are" linking a noun phrase in its clause ("But there is one big difference
  today:", "and today it is $250,000 per account"): nowadays, no day;
- the text's date line: a date opening a paragraph before a dash ("Tuesday, January 13, 2026 — On Friday, ..."),
  or alone with its time ("15 August 2022, 23:23 GMT");
- a citation year in parentheses ("(2019)");
- a date inside a quoted title ('titled "... through 2017"', "Titled ‘The February 2021 ...’");
- a budget label ("fiscal year 2025", "FY2025", "FY 2025");
- a bare year that no preposition or verb of happening introduces ("the 2026 World Cup");
- the bounds of a planned period ("will take responsibility ... from 2025 to 2060"; "from 1 January
  2031 to 31 December 2060" in 2023), where a period over has its start and end dated;
- the second term of a comparison ("in 2022 than in 2021": 2021 is the baseline);
- the day a count stood at, after "as of" closing the count's clause ("had been rescued ... as of Tuesday evening");
- a "today" inside a quotation where its sentence, or an earlier one of the article that quotes or reports speech,
  dates a day other than publication ("On July 1, Governor Whitmer announced ...", then
  '"Today's agreement ...," Governor Whitmer said.'): the day the words were said, which that date gives; with
  nothing saying otherwise (an earlier sentence dating another happening, "The tragedy occurred yesterday
  evening"), the article's day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from build_site.calendar_words import MONTHS, real_day
from build_site.calendar_words import WEEKDAYS as WEEKDAY_NAMES
from build_site.facts import NUMBER_WORD, SCALE, WORD_VALUES
from build_site.speakers import SAYING_VERBS
from build_site.statements import Paragraph
from build_site.text_shapes import PICTURE_CREDIT

# The year "last year", "this year" and "next year" name, counted from publication's.
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
# A season's first month: "last fall" is dated to the year of the latest fall over by publication.
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9}
WEEKDAYS: dict[str, int] = {day: number for number, day in enumerate(WEEKDAY_NAMES)}  # Monday is 0


@dataclass(frozen=True, slots=True)
class Event:
    date: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | "YYY0s" (a decade, "1990s")
    inferred: bool  # resolved against the publication date
    sentence: str
    anchor: str
    sentence_index: int
    written: str  # the date as written; a decade as "1970s", like its `date`


# Month names are matched capitalised only, so that "may" the verb is no month.
_MONTH = r"(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A weekday written with a date is part of that one date expression ("Friday 13 June", "Tuesday,
# Sept. 17"): the date wins, and the weekday gives no second event.
_CHECK = r"(?:(?:[Oo]n\s+)?" + _WEEKDAY + r",?\s+(?:the\s+)?)?"
# A day followed by the year it falls in, counted from publication ("on June 14 last year"): one date, that day in
# that year, as "November last year" is a month in it. A day "next year" is a coming date, no event, as other
# future dates.
_WHICH_YEAR = r"(?P<which_day{}>\s+(?:last|this|next)\s+year\b)"
_DATE = re.compile(
    rf"\b{_CHECK}(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b(?:,?\s+(?P<y1>{_YEAR})\b|{_WHICH_YEAR.format(1)})?"  # Jan. 20, 2025
    rf"|\b{_CHECK}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})\b(?:,?\s+(?P<y2>{_YEAR})\b|{_WHICH_YEAR.format(2)})?"  # 20 January 2025
    rf"|\b(?P<m3>{_MONTH})\s+(?:of\s+)?(?P<y3>{_YEAR})\b"  # April 2025
    r"|\b(?:(?:early|late|mid)[\s-]+)?(?P<decade>(?:1[89]|20)\d0)['’′]?s\b"  # the (early) 1970s, 1970's, 1970′s
    rf"|\b(?P<lead>(?i:in|during|since|from|early|late|mid|until|by|through|(?:[A-Z][a-z]+ed)\s+in"
    r"|(?:the\s+)?(?:spring|summer|fall|autumn|winter)\s+of)"  # in the summer of 2014: the year
    rf"[\s-]+(?:early\s+|late\s+|mid-?)?)(?P<y4>{_YEAR})\b(?![-–]\d)"  # in 2002, Established in 2002
    r"|\b(?P<rel>(?i:yesterday|today|tonight|last\s+(?:month|year|night|fall|autumn|spring|summer)"
    r"|earlier\s+(?:this\s+(?:month|year)|in\s+the\s+day)"
    r"|this(?<![Ll]ater\sthis)\s+(?:month|year|morning|afternoon|evening)|the\s+previous\s+night"
    r"|(?:this\s+past|last|over\s+the)\s+weekend|(?:earlier\s+)?this(?<![Ll]ater\sthis)\s+(?:past\s+)?week|last\s+week"
    r"|(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:days?|weeks?|months?|years?)\s+ago"
    r"|(?:day|week)\s+earlier)))\b"
    rf"|\b(?P<lead2>(?i:in|since|during|early|late|mid|by|until|last)[\s-]+(?:early\s+|late\s+|mid-?)?)"
    rf"(?P<m4>{_MONTH})(?![a-z])(?!\s*\d)(?P<which>\s+(?:last|this)\s+year\b)?"  # in November (last year)
    r"|\b(?P<wd>(?:[Oo]n\s+)?(?:[Ll]ast\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
_DECADE = re.compile(r"\b((?:1[89]|20)\d0)['’′]?s\b")
# A month's name or abbreviation that is a part of a name: joined by a hyphen to the word after it ("Sept-Îles",
# "Mar-a-Lago", "May-Britt"), or an abbreviation written without its full stop before a capitalised word ("Jun
# Ji-hyun", "Jan Egeland"); a month before a year or a day ("Sept 2023", "Jun 5") is a date as before.
_NAME_AFTER_MONTH = re.compile(r"[-‐‑](?P<word>[^\W\d_]+)|\s+[A-Z][^\W\d_]")
_MONTH_GROUPS = ("m1", "m2", "m3", "m4")
# How far before a date a word of the future ("will", "effective", "deadline") makes it a
# coming date rather than a happening: about the clause the date closes. "due to" before a determiner or a name is
# a cause ("deaths due to Katrina in May"), no word of the future; "due to arrive" still is one, and so is "is due to"
# or "are due to" ("The loan is due to the IMF on June 14": owed then). Unlikeliness undates only an infinitive
# ("unlikely to occur in 2025"): "an unlikely comeback ... on March 3" happened.
FUTURE_WINDOW = 60
_FUTURE = re.compile(
    r"\b(?:will|shall|plans? to|planned to|is to|are to|deadline|(?:is|are)\s+due|due(?!\s+to\s+(?:(?:the|a|an|its|their|his|her)\b|(?-i:[A-Z\d])))|"
    r"expires?|scheduled|upcoming|next|"
    r"effective|takes effect|would|could|(?:option|opportunity|chance)s?\s+to|(?:unlikely|not\s+likely)\s+to)\b",
    re.IGNORECASE,
)
# A day written without its year up to this long after publication is in the publication's
# year, still to come ("until April 2" in an article of March 29), not the same day a year before.
COMING = dt.timedelta(days=31)
# How far before the text's last day in full a yearless day may fall and still be of its year (a story told back).
ROLL_OVER = dt.timedelta(days=61)
# A forecast or plan names its time before the modal and its pronoun: "this year it could exceed 30
# million tons", "As of today, it will be reinforced"; not "on Saturday and will briefly reposition".
_MODAL_AFTER = re.compile(r"\s*,?\s*(?:it|they|he|she|we|this|that)\s+(?:will|would|could|may|might)\b")
# A weekday in a clause of the future, or of a present that says what is to come ("which will end on Wednesday",
# "which lasts until Wednesday", "temperatures predicted to reach 47 degrees ... on Monday"), is the coming one: dated
# ahead of publication, not to the week before (the same weekday as publication: that day). "would" and "could" are
# not read so: "said it would meet on Monday" may be past by publication. A day to come holds no year's happening of
# its sentence ("which will end on Wednesday, ... expected to take part this year" dates both).
_UNDER_WAY = r"(?:will|shall)\s+(?:end|last|run|continue|close|conclude)"
_AHEAD = re.compile(
    rf"\b(?:{_UNDER_WAY}|(?:set|due|scheduled|expected|predicted|forecast)\s+to|(?:lasts|ends|runs|continues)\s+"
    r"(?:on|until|till|through))\b",
    re.IGNORECASE,
)
# A weekday after "by", "through", "until", "till" or "before" bounds a time, and in a clause of a deadline or a
# forecast (an order, an obligation, an expectation) the bound is still to come: "have been ordered to evacuate the
# area by Friday", "evacuation orders in place at least through Monday morning", "rainfall wasn't expected until
# Monday" are the coming weekday. A past clause with neither ("temperatures hovered ... through Tuesday's final
# day", "had not commented ... until Sunday") is the week's before, as any weekday.
_BOUND_BY = re.compile(r"\b(?:by|through|thru|until|till|before)\s+(?:(?:late|early)\s+)?$", re.IGNORECASE)
_DEADLINE_OR_FORECAST = re.compile(
    r"\b(?:order(?:s|ed)?|must|deadline|required|(?:has|have|need|needs)\s+to|expected|forecast|predicted|likely)\b",
    re.IGNORECASE,
)
# The end of something under way is a dated happening, though still to come ("The haj, which will end on
# Wednesday"), where a plan is not ("The meeting ... will take place Friday", "is scheduled to meet on Monday").
_ENDING = re.compile(rf"\b{_UNDER_WAY}\b", re.IGNORECASE)
AHEAD_WINDOW = 120  # how far before a weekday its clause ("with temperatures predicted to reach ...") is read
# A rule's entry into force is a dated happening though still to come ("will come into effect on September 7", "is
# anticipated to go into force on July 23"; "Effective 23 July 2023, ..." opening its sentence), where "takes effect
# on February 16" stays a coming date as before; a day or month without its year there, or after "starting", or in a
# clause of the future, is the coming one (`_forward`).
_IN_FORCE = re.compile(
    r"(?:\b(?:come|comes|came|coming|go|goes|went|going|enter|enters|entered|entering)\s+into\s+(?:force|effect)"
    r"|^\s*Effective|\b(?:is|are|was|were|be|becomes?|became)\s+effective)\s+(?:on\s+|from\s+|in\s+)?$",
    re.IGNORECASE,
)
# A happening set for a day written in full, year and all ("the trial, currently scheduled for May 19, 2025"): dated,
# though still to come, for nothing about it is inferred; "scheduled to meet on Monday" stays a plan.
_SCHEDULED_FOR = re.compile(r"\bscheduled\s+(?:for|on)\s+$", re.IGNORECASE)
_STARTING_IN = re.compile(r"\b(?:starting|beginning)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
# "Today" closing a run of capitalised words is a publication's name ("Communications Litigation Today", "USA Today").
_NAME_BEFORE = re.compile(r"\b[A-Z][\w&.-]*\s+$")
_OPEN_BOUND = re.compile(r"\b(?:over|more\s+than|at\s+least)\s+$", re.IGNORECASE)
# A date after "as of" that closes a count's clause is the day the figure stood at ("At least 1,846 people had been
# rescued in Hatay as of Tuesday evening", "replaced 10,059 lead lines, as of mid-July."), the bound of a count, not a
# day something happened. "As of <day>" opening a clause that follows it ("As of Monday morning, 850 people are still
# listed as missing", "The FBI estimates that as of January 2022 there have been ...") or after a speech verb ("also
# said as of today, 95% ...") dates the report of the figure, and is kept.
_AS_OF = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:–—-]|\b(?:and|but|while|that))\s*$")
_CLAUSE_FOLLOWS = re.compile(r"[^,.;]*,\s*\w|\s+(?:it|they|there|the)\b")
# The count itself, before "as of": a number in digits or words ("1,846 people", "two plants"); with none, "as of"
# marks the day an act took effect ("resigned as of Friday", "was shut down as of Monday"), an event.
_COUNT = re.compile(rf"\d|{NUMBER_WORD}|\b(?:dozens|hundreds|thousands|millions)\b", re.IGNORECASE)
_STARTING = re.compile(r"\b(?:starting|beginning)\s+$", re.IGNORECASE)
# A date after "through" right after an amount an estimate puts a figure "at" is the end of the period the amount
# covers ("estimates the cost of the Artemis program at $93 billion through 2025", "put losses at 12 million tons
# through March"): a bound, no happening then.
_ESTIMATE_THROUGH = re.compile(
    rf"\bat\s+\S?\d(?:[\d,.]*\d)?(?:\s*(?:%|percent|{SCALE}))?\s+(?:[a-z]+\s+)?(?:through|thru)\s+$", re.IGNORECASE
)
# A span of months whose year is written once, after its end ("from May through November of 2014", "from March to
# June 2020"): its start is a month of that year too, dated as the end is.
_MONTH_SPAN = re.compile(
    rf"\b[Ff]rom\s+(?P<start>{_MONTH})\s+(?:to|until|till|through|thru)\s+(?P<end>{_MONTH})(?:\s+of)?,?\s+(?P<year>{_YEAR})\b"
)
# The second term of a comparison is the baseline, not a happening: "3% more cargo ... in 2022 than in 2021"
# dates the shipping to 2022 only.
_COMPARED = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus)\s+(?:(?:in|during)\s+)?$", re.IGNORECASE)
# "since" after a superlative or a spelled ordinal past the first, which heads the noun phrase "since" closes, bounds a
# comparison or a count ("the biggest crowd since 1995", "the Reef's fifth widespread bleaching event since 2016",
# "the lowest since 1997"): the date is where it starts, no happening of its own. A finite verb between them ("The
# country's largest union has been on strike since March 3") makes "since" the verb's, the start of a state, which
# the date dates; so does a comma or clause mark, but a relative clause on the ranked noun ("the second time that has
# happened since November 2023") still counts from the date. "the first time since November 2021 that ..." names
# the last such happening, which the date dates; "most of the 23 attacks ... since 19 November" is a quantity, and
# "Most schools" or "the 82nd Airborne" no rank of the noun "since" closes. A verb in the past with its object after
# the ranked noun ("The third-largest carrier grounded flights since March 3") is the clause's own verb, and "since"
# dates its act, as after an auxiliary; right after the rank the same word is an adjective ("the biggest coordinated
# strikes since 1984"), after "to" an infinitive ("the worst storm to hit the coast since"), and with no object (a
# preposition or "since" after it: "the largest crowd recorded in the city since") a participle of the noun.
_AUXILIARY = (
    r"(?:is|are|was|were|has|have|had|been|be|being|will|would|can|could|may|might|must|should|shall|do|does|did)"
)
_PAST_WITH_OBJECT = (
    r"(?<!\bto\s)(?:[a-z]{2,}ed|began|took|made|saw|struck|hit|led|held|rose|fell)"
    r"\s+(?:the|a|an|its|their|his|her|our|some|all|\d[\d,.]*|[a-z]+[^s\W]s)\b"
)
_RANKED_SINCE = re.compile(
    r"\b(?:[a-z]{2,}iest|(?:bigg|larg|great|high|low|long|strong|warm|hott|cold|small|few)est|worst|best"
    r"|(?<=\bthe\s)most|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
    rf"(?:\s+(?!{_AUXILIARY}\b)[\w'’.-]+(?:\s+(?!{_AUXILIARY}\b)(?!{_PAST_WITH_OBJECT})[\w'’.-]+){{0,5}}?)?"
    r"(?:\s+(?:that|which)(?:\s+[\w'’.-]+){1,4}?)?\s+since\s+$",
    re.IGNORECASE,
)
# A verb in the past ("observed on July 17", "was taken"): a caption's sentence that says what happened then. The
# shape read: a word ending in "-ed" (the regular past and participle), or one of the past forms of the auxiliaries
# and of the irregular verbs of happening most common in news captions; no list of every irregular verb.
_PAST = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|began|took|made|saw|struck|hit|led|held|rose|fell)\b")
_LABEL = re.compile(rf"\b(?:fiscal\s+year|FY)\s*{_YEAR}\b|\({_YEAR}[a-z]?\)|©\s*{_YEAR}", re.IGNORECASE)
# "today's" before a noun of the present age ("today's reality", "today's world") means "present-day": it dates nothing,
# where "Today's announcement" or "today's vote" is the day's happening.
_ERA = re.compile(
    r"(?i:today)[’']s\s+(?:[a-z-]+\s+)?(?:reality|realities|world|society|economy|climate|era|age|times|generation"
    r"|generations|standards|environment|youth|landscape)\b"
)
# "today" as an adverb of a present state, a present "is" or "are" linking a noun phrase in its clause ("But there is
# one big difference today:", "and today it is $250,000 per account"; for a "Today," standing alone, the clause after
# it: "Today, there are no ..."), means nowadays and dates no day; an act in the same words ("is announcing today", "I am joined today by", "have
# killed"), "today" right after an act's verb ("The settlement announced today ... is the largest"), "today" as the
# subject ("Today is the deadline") or after "as of" stays the article's day.
_STATE = re.compile(
    r"\b(?:is|are)\s+(?:(?:only|still|now|also|just)\s+)?(?:(?:a|an|the|one|no|some|many|much|few)\b|\$|\d)",
    re.IGNORECASE,
)
_ACT_BEFORE = re.compile(r"\b\w+(?:ed|ing)\s+$")  # "The settlement announced today ... is the largest": the act's day
_CLAUSE_MARK = re.compile(r"[,;:()“”\"—–]")
_CLAUSE_GAP = re.compile(r"[\s,;:“”\"—–]*")
# A date opening a paragraph and followed by a dash, or alone with its time, is the text's date line.
_DATE_LINE = re.compile(r"\s*(?:[—–]|-{1,2}\s|,?\s+\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?\s*$|\s*$)")
# A page template's dated line is no happening: fields set apart by bars or slashes, one of them the date alone
# ("June 19, 2023 | Ottawa, ON | Public Health Agency of Canada", a journal's "Weekly / August 25, 2023 /
# 72(34);933–935"), or a date beside the story's reading time ("Wed., June 7, 2023 timer 2 min. read").
_FIELD_SEPARATOR = re.compile(r"\s+[|/]\s+")
_READING_TIME = re.compile(r"\b\d+\s*min(?:ute)?s?\.?\s+read\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_SPEECH_WORDS = frozenset(SAYING_VERBS)
_REPORTED = re.compile(r"\b(?:that|whether)\b|:")  # where the reported words start after a speech verb
_SAID_DAYS = frozenset(("today", "tonight"))  # the day words were said, when they are inside a quotation
# The bounds of a planned period are no happening: "will take responsibility for production ... from 2025 to
# 2060", "from 1 January 2031 to 31 December 2060" (in 2023) date neither a start nor an end that took place,
# where a period over ("declared ... an emergency from May 2022 to July 2023") has both.
_BOUND = rf"(?:{_DAY}\s+{_MONTH}\s+{_YEAR}|{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_MONTH}\s+{_YEAR}|{_YEAR})"
_PERIOD = re.compile(rf"\b[Ff]rom\s+{_BOUND}\s+(?:to|until|till|through)\s+{_BOUND}\b")
# A quoted title is a name, not a happening: 'signed November 20, 2012 and titled "... through 2017 and ... the
# April 2010 Earthquake ..."' dates the signing only. The title may stand in single marks and its cue open the
# sentence: "Titled ‘The February 2021 Cold Weather Outages in Texas ...’, the 300-page report supports ...".
_TITLE_CUES = ("titled", "named", "called", "known as", "dubbed")
_TITLED = re.compile(
    r"\b(?:titled|entitled|called|named|dubbed|known\s+as)\s*,?\s*(?:“[^”]*”|\"[^\"]*\"|‘[^’]*’)", re.IGNORECASE
)
# What any date holds: a digit, a month's name, a weekday or a relative phrase. Most sentences
# hold none, and are passed over with a few substring tests (much faster than one pattern).
_DIGIT = re.compile(r"\d")
_MONTH_CUE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_RELATIVE_CUES: tuple[str, ...] = (
    "day",
    "tonight",
    "night",
    "weekend",
    "this month",
    "this year",
    "last ",  # "last month", "last year", "last fall", ...
    "this morning",
    "this afternoon",
    "this evening",
    "week",
    " ago",
)


# A superset of `_MONTH_CUE` without its word boundary, which makes the pattern try every position: most
# sentences fail this one, and only those that pass are tried with the word boundary.
_MONTH_GATE = re.compile(r"[JFMASOND](?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)")


def has_digit(text: str) -> bool:
    """Whether a text holds a digit, as `_DIGIT` would find one: in ASCII text by ten substring tests, which pass over
    the text faster than the pattern, which steps through it a character at a time."""
    if text.isascii():
        return any(map(text.__contains__, "0123456789"))
    return _DIGIT.search(text) is not None


def _may_hold_date(sentence: str) -> bool:
    if has_digit(sentence) or (_MONTH_GATE.search(sentence) and _MONTH_CUE.search(sentence)):
        return True
    lowered = sentence.lower()
    return any(map(lowered.__contains__, _RELATIVE_CUES))


def extract_events(paragraphs: Sequence[Paragraph], published: dt.date | None) -> tuple[Event, ...]:
    """Every dated happening of one article, in reading order, one per date a sentence states."""
    found: list[Event] = []
    said_day: str | None = None  # the last day a sentence of the article dated a saying to
    full_day: dt.date | None = None  # the last day the text stated in full, for the year of its yearless days
    for paragraph in paragraphs:
        before: dt.date | None = None  # the last day the paragraph dated: what "a week earlier" counts back from
        caption = PICTURE_CREDIT.fullmatch(paragraph.sentences[-1].strip()) is not None
        for index, sentence in enumerate(paragraph.sentences):
            if not _may_hold_date(sentence) or (caption and not _PAST.search(sentence)):
                continue  # "A scuba diver checks coral reefs ... on June 12, 2017.": the picture's day, no happening
            events = _events(sentence, paragraph.anchor, index, published, before, full_day)
            full_day = next((day for e in reversed(events) if (day := _day_in_full(e))), full_day)
            if events and published is not None:
                said_on = {e.date for e in events if len(e.date) == len("YYYY-MM-DD")}
                said_on |= {said_day} if said_day is not None else set()
                events = [e for e in events if not _said_another_day(e, said_on - {e.date}, published)]
            events = [_as_before(e, found) for e in events]
            if events:
                found.extend(events)
                days = [e.date for e in events if len(e.date) == len("YYYY-MM-DD")]
                before = dt.date.fromisoformat(days[-1]) if days else before
                said_day = days[-1] if days and _dates_saying(sentence) else said_day
    return tuple(found)


# A month written without its year or a word of its own time ("in January", not "last January").
_BARE_MONTH = re.compile(rf"^(?i:in|during|early|late|mid)[\s-]+(?:early\s+|late\s+|mid-?)?(?P<month>{_MONTH})$")


def _as_before(event: Event, found: Sequence[Event]) -> Event:
    """A yearless month the article named before ("starting in January" dated to the coming January) is the
    same month when named again ("(California’s first cut limit is 1,045 feet in January.)"): an article
    about what is coming speaks of one January, not of the one past and the one to come."""
    bare = _BARE_MONTH.match(event.written)
    if not bare or not event.inferred:
        return event
    month = MONTHS[bare.group("month").rstrip(".").lower()]
    for earlier in reversed(found):
        named = _BARE_MONTH.match(earlier.written)
        if named and earlier.inferred and MONTHS[named.group("month").rstrip(".").lower()] == month:
            return replace(event, date=earlier.date)
    return event


def _dates_saying(sentence: str) -> bool:
    """Whether a dated sentence may date the saying of a quotation after it: a date, outside quotation marks,
    stands in the reporting clause of a speech verb, the date being the saying's. That clause runs from the
    clause boundary (comma, semicolon) before the verb to what is reported after it ("that", a colon): a tail
    after the reported words (", said Roger Kamba ... on Thursday", ", police said"), or a frame before them
    with a phrase of time opening the sentence or next to the verb ("On July 1, Governor Whitmer announced
    that ...", "police said on Tuesday that ..."). A date in the reported happening ("The crush occurred on
    Saturday night, police said") leaves a later quoted "today" the article's day."""
    plain = _QUOTED.sub(lambda quoted: " " * len(quoted.group(0)), sentence)  # offsets kept, quotations blank
    days = [m.start() for m in _DATE.finditer(plain)]
    for verb in re.finditer(r"\b[a-z]+\b", plain):
        if verb.group(0) not in _SPEECH_WORDS:
            continue
        start = max(plain.rfind(",", 0, verb.start()), plain.rfind(";", 0, verb.start())) + 1
        if len(plain[:start].split()) <= 4:  # "On July 1, Governor ... announced": an opening phrase of the frame
            start = 0
        words = _REPORTED.search(plain, verb.end())
        end = words.start() if words else len(plain)
        for day in days:
            next_to_verb = len(plain[verb.end() : day].split()) <= 2  # "said on Tuesday", "said late Tuesday"
            if start <= day < end and (day < verb.start() or start > 0 or next_to_verb):
                return True
    return False


def _said_another_day(event: Event, days: set[str], published: dt.date) -> bool:
    """Whether a quotation's "today" ("'Today's agreement will help us ...,' Governor Whitmer said.") may be
    another day than publication's: the day the words were said, which its sentence ("..., said Roger Kamba
    ... on Thursday") or an earlier one of the article ("On July 1, Governor Gretchen Whitmer announced ...",
    its lede "The governors ... announced Monday" over the quotations of the announcement paragraphs after it)
    dates to a day other than publication. Such a row is left out: that date is the happening's."""
    if event.written.lower() not in _SAID_DAYS or not days - {published.isoformat()}:
        return False
    at = event.sentence.find(event.written)
    before, after = event.sentence[:at], event.sentence[at:]
    if before.count('"') % 2 or after.count('"') % 2:
        return True  # inside straight quotes, or in a quotation opened in a sentence before
    return before.count("“") > before.count("”") or after.count("”") > after.count("“")


def _day_in_full(event: Event) -> dt.date | None:
    """The event's day when the text wrote it in full, month, day and year ("December 28, 2023"), outside
    quotation marks: what a later yearless day takes its year from. A month and year ("founded in March 1998")
    or a date inside a quotation is no such anchor: it may lie far back from the story's own days."""
    if event.inferred or len(event.date) != len("YYYY-MM-DD"):
        return None
    return dt.date.fromisoformat(event.date) if event.written in _QUOTED.sub("", event.sentence) else None


@dataclass(frozen=True, slots=True)
class DayInFull:
    """The latest day a text writes in full (month, day and year) outside quotation marks, and the sentence that
    writes it first."""

    day: dt.date
    anchor: str
    sentence: str


def latest_day_in_full(paragraphs: Sequence[Paragraph]) -> DayInFull | None:
    """The latest day the text writes in full (`_day_in_full`), or None. For a text with no publication date it is the
    day the text was written on or after, shown to the analyst as the date to check, never counted from: in texts
    that state no date it is as often a day the story looks back to ("The bridge collapsed on March 26, 2024", a
    balance "as of December 31, 2022") as the story's own, so a weekday or "two days ago" counted back from it would
    be wrong as often as right (evaluation/said/README.md, round twenty-five)."""
    return latest_of(extract_events(paragraphs, None))


def latest_of(events: Iterable[Event]) -> DayInFull | None:
    """`latest_day_in_full` of the events an undated text's reading found already (article_analysis reads once)."""
    days = [(day, e) for e in events if (day := _day_in_full(e))]
    if not days:
        return None
    day, event = max(days, key=lambda pair: pair[0])
    return DayInFull(day, event.anchor, event.sentence)


def _day_after(full_day: dt.date, month: int, day: int) -> tuple[str, bool] | None:
    """A yearless day in the year of the text's last day in full, or in the year after when it would fall more
    than `ROLL_OVER` before that day: a story runs forward, over a new year ("December 28", then "January 3")."""
    dated = _day(full_day.year, month, day, True)
    if dated is not None and full_day - dt.date.fromisoformat(dated[0]) > ROLL_OVER:
        return _day(full_day.year + 1, month, day, True)
    return dated


def _events(
    sentence: str,
    anchor: str,
    index: int,
    published: dt.date | None,
    before: dt.date | None = None,
    full_day: dt.date | None = None,
) -> list[Event]:
    """The sentence's dated happenings; `full_day` is the text's own last day in full, whose year a yearless day
    takes when there is no publication date to count from."""
    labels = [m.span() for m in _LABEL.finditer(sentence)]
    if "rom " in sentence:
        labels += [m.span() for m in _PERIOD.finditer(sentence) if _planned(sentence, m, published)]
    lowered = sentence.lower()
    if any(cue in lowered for cue in _TITLE_CUES):
        labels += [m.span() for m in _TITLED.finditer(sentence)]
    found: list[Event] = []
    seen: set[str] = set()
    coming: set[str] = set()  # days ahead of publication, which hold no happening of their year
    for match in _DATE.finditer(sentence):
        if any(a <= match.start() < b or match.start() <= a < match.end() for a, b in labels):
            continue
        if _template_line(sentence, match):
            continue  # "Weekly / August 25, 2023 / 72(34);933–935": a page template's date, no happening
        if _in_name(sentence, match):
            continue  # "the state of emergency in Sept-Îles": a month's letters in a name, no month
        if match.group("rel") and match.group(0)[:1].isupper() and _NAME_BEFORE.search(sentence, 0, match.start()):
            continue  # "Communications Litigation Today was a Warren News publication.": a name, no day
        if match.group("rel") and _ERA.match(sentence, match.start()):
            continue  # "positions that ignore today's reality": the present age, no day
        if match.group("rel") and _nowadays(sentence, match):
            continue  # "But there is one big difference today:": the present age, no day
        if index == 0 and match.start() == 0 and _DATE_LINE.match(sentence, match.end()):
            continue  # "Tuesday, January 13, 2026 — On Friday, ...": the text's own date line, no happening
        window = _QUOTED.sub("", sentence[max(0, match.start() - FUTURE_WINDOW) : match.start()])
        clause = _clause_before(sentence, match.start()) if match.group("wd") else ""
        ahead = bool(clause) and (_AHEAD.search(clause) is not None or _bound_ahead(clause))
        in_force = _IN_FORCE.search(sentence, 0, match.start()) is not None or (
            bool(match.group("y1") or match.group("y2"))
            and _SCHEDULED_FOR.search(sentence, 0, match.start()) is not None
        )
        if (
            not in_force
            and not (ahead and _ENDING.search(clause))
            and (
                (match.group("lead") and match.group("lead").split()[0].lower() in ("by", "until"))
                or _FUTURE.search(window)
                or _next_year(match)
            )
        ):
            continue
        if _COMPARED.search(sentence, max(0, match.start() - 30), match.start()):
            continue
        if _estimate_through(sentence, match):
            continue  # "at $93 billion through 2025": the period an estimate covers ends then, nothing happens
        if _RANKED_SINCE.search(sentence[: match.start()] + ("since " if match.group("lead") else "")) and (
            match.group(0).lower().startswith("since") or sentence[: match.start()].endswith("since ")
        ):
            continue  # "the fifth widespread bleaching event since 2016": a comparison's bound
        if _MODAL_AFTER.match(sentence, match.end()):
            continue
        if match.group("rel") and _OPEN_BOUND.search(sentence, max(0, match.start() - 12), match.start()):
            continue  # "since violently seizing their vessel over a year ago": a bound, no date
        if _closes_count(sentence, match):
            continue  # "had been rescued ... as of Tuesday evening": the day a count stood at, no happening
        if match.group("wd") and _STARTING.search(sentence, 0, match.start()):
            continue  # "tariffs ... starting Tuesday": a weekday something starts on is still to come
        dated = _resolve(match, published, before, ahead, full_day)
        if dated is not None and dated[1] and _forward(sentence, match, in_force) and published is not None:
            dated = _coming(dated[0], published)
        if dated is None or dated[0] in seen:
            continue
        seen.add(dated[0])
        if ahead:
            coming.add(dated[0])
        found.append(Event(dated[0], dated[1], sentence, anchor, index, _written(match.group(0))))
        full_day = _day_in_full(found[-1]) or full_day
        if len(dated[0]) == len("YYYY-MM-DD"):  # "on March 10, 2024, and a week earlier": counted from that day
            before = dt.date.fromisoformat(dated[0])
    found.extend(_span_starts(sentence, anchor, index, seen))
    # "the second confirmed case ... during 2024, with the other being confirmed on February 8": the
    # year holds the day the sentence dates, so the sentence is one event of that day, not two
    return [e for e in found if not any(o.date.startswith(e.date + "-") and o.date not in coming for o in found)]


def _estimate_through(sentence: str, match: re.Match[str]) -> bool:
    """Whether the date closes the period of an estimate's amount (`_ESTIMATE_THROUGH`), "through" before the
    date or opening the date's own match ("through 2025")."""
    written = match.group(0)
    lead = written.split(maxsplit=1)[0] + " " if written.lower().startswith(("through ", "thru ")) else ""
    return _ESTIMATE_THROUGH.search(sentence[max(0, match.start() - 40) : match.start()] + lead) is not None


def _span_starts(sentence: str, anchor: str, index: int, seen: set[str]) -> list[Event]:
    """The first months of spans whose year follows their last month only (`_MONTH_SPAN`): "from May through
    November of 2014" dates May 2014 as well as November. A start after its end in the calendar is of the year
    before, which the text does not say: left out."""
    found = []
    for span in _MONTH_SPAN.finditer(sentence) if "rom " in sentence else ():
        start, end = (MONTHS[span.group(g).rstrip(".").lower()] for g in ("start", "end"))
        date = f"{int(span.group('year')):04d}-{start:02d}"
        if start <= end and date not in seen:
            seen.add(date)
            found.append(Event(date, False, sentence, anchor, index, _written(span.group("start"))))
    return found


def _closes_count(sentence: str, match: re.Match[str]) -> bool:
    """Whether the date follows "as of" closing a count's clause (`_AS_OF`: a number, `_COUNT`, stands before it), not
    opening a clause that follows it (after the sentence's start, a comma, a conjunction or a speech verb)."""
    as_of = _AS_OF.search(sentence, max(0, match.start() - 8), match.start())
    if as_of is None:
        return False
    before = sentence[: as_of.start()].rstrip()
    if _COUNT.search(before) is None:
        return False
    words = before.split()
    opens = _CLAUSE_OPENS.search(before) is not None or (bool(words) and words[-1].lower() in _SPEECH_WORDS)
    return not (opens and _CLAUSE_FOLLOWS.match(sentence, match.end()))


def _nowadays(sentence: str, match: re.Match[str]) -> bool:
    """Whether a "today" means nowadays (`_STATE`): its clause, between marks of punctuation (or, for a "Today,"
    standing alone, the clause after it), is a present state linking a noun phrase, and "today" is not its subject."""
    if match.group(0).lower() != "today" or sentence[match.end() : match.end() + 1] in ("'", "’"):
        return False
    if re.match(r"\s+(?:is|are)\b", sentence[match.end() :]) or _ACT_BEFORE.search(sentence, 0, match.start()):
        return False  # "Today is the deadline": the day itself; "announced today": the act's day
    marks = [m.start() for m in _CLAUSE_MARK.finditer(sentence)]
    start = max((i + 1 for i in marks if i < match.start()), default=0)
    end = min((i for i in marks if i >= match.end()), default=len(sentence))
    if not sentence[start : match.start()].strip() and not sentence[match.end() : end].strip():
        gap = _CLAUSE_GAP.match(sentence, end)  # "Today, there are no ...": the clause after it
        start = gap.end() if gap else end
        end = min((i for i in marks if i >= start), default=len(sentence))
    return _STATE.search(sentence, start, end) is not None


def _template_line(sentence: str, match: re.Match[str]) -> bool:
    """Whether the date stands in a page template's line: a field of its own beside others set apart by bars or
    slashes, or beside a reading time."""
    if _READING_TIME.search(sentence):
        return True
    if "|" not in sentence and "/" not in sentence:
        return False
    bounds = [0, *(i for m in _FIELD_SEPARATOR.finditer(sentence) for i in m.span()), len(sentence)]
    fields = list(zip(bounds[::2], bounds[1::2], strict=True))
    return len(fields) > 1 and any(sentence[a:b].strip() == match.group(0).strip() for a, b in fields)


def _bound_ahead(clause: str) -> bool:
    """Whether a weekday closing `clause` is the bound of a deadline or a forecast (`_BOUND_BY`): the coming one."""
    return _BOUND_BY.search(clause) is not None and _DEADLINE_OR_FORECAST.search(clause) is not None


def _in_name(sentence: str, match: re.Match[str]) -> bool:
    """Whether the match's month is a part of a name (`_NAME_AFTER_MONTH`): a hyphen and a word that is no month right
    after it, or, for an abbreviation written without its full stop, a capitalised word."""
    group = next((g for g in _MONTH_GROUPS if match.group(g)), None)
    if group is None:
        return False
    month, end = match.group(group), match.end(group)
    after = _NAME_AFTER_MONTH.match(sentence, end)
    if after is None:
        return False
    if after.group("word"):  # "Sept-Îles", not a range of months ("May-June 2023")
        return after.group("word").lower() not in MONTHS
    return not month.endswith(".") and month.lower() not in _FULL_MONTHS


def _forward(sentence: str, match: re.Match[str], in_force: bool) -> bool:
    """Whether a day or month written without its year is one still to come: the entry into force before it, "starting"
    or "beginning" right before it, or a word of the future in its clause ("will no longer be allowed to export ... to
    China starting in September")."""
    if not (match.group("m1") or match.group("m2") or match.group("m4")):
        return False
    clause = _QUOTED.sub("", _clause_before(sentence, match.start()))
    return in_force or bool(_STARTING_IN.search(sentence, 0, match.start())) or _FUTURE.search(clause) is not None


def _coming(date: str, published: dt.date) -> tuple[str, bool]:
    """A yearless day ("YYYY-MM-DD") or month ("YYYY-MM") moved to the first such day or month on or after publication."""
    month, day = int(date[5:7]), int(date[8:10]) if len(date) > 7 else 0
    year = published.year + ((month, day or published.day) < (published.month, published.day))
    return (f"{year:04d}-{date[5:]}" if day == 0 or _day(year, month, day, True) else date), True


_FULL_MONTHS = frozenset(name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july"))


def _written(date: str) -> str:
    """The date as written, without the full stop closing a sentence after a month's whole name ("in September.");
    a decade as its first year and "s" ("the early 1970′s": "1970s"), as its date is."""
    date = date.strip()
    if decade := _DECADE.search(date):
        return decade.group(1) + "s"
    last = date[:-1].rsplit(maxsplit=1)[-1].lower() if date.endswith(".") else ""
    return date[:-1] if last in _FULL_MONTHS else date


def _clause_before(sentence: str, at: int) -> str:
    """The words of a date's clause before it, up to `AHEAD_WINDOW` characters: from the last comma or semicolon."""
    window = sentence[max(0, at - AHEAD_WINDOW) : at]
    return window[max(window.rfind(","), window.rfind(";")) + 1 :]


def _planned(sentence: str, period: re.Match[str], published: dt.date | None) -> bool:
    """Whether a period is still to come: a word of the future before it in its sentence, or its last year
    after publication."""
    if _FUTURE.search(_QUOTED.sub("", sentence[: period.start()])):
        return True
    return published is not None and int(re.findall(_YEAR, period.group(0))[-1]) > published.year


def _next_year(match: re.Match[str]) -> bool:
    """Whether a day is written with "next year" ("on June 14 next year"): a date still to come."""
    which = match.group("which_day1") or match.group("which_day2") or ""
    return which.split()[:1] == ["next"]


def _resolve(
    match: re.Match[str],
    published: dt.date | None,
    before: dt.date | None = None,
    ahead: bool = False,
    full_day: dt.date | None = None,
) -> tuple[str, bool] | None:
    """The date a match states, and whether it was inferred from the publication date (or, for "a week earlier", from
    the day its paragraph dated `before` it); a weekday `ahead` is the coming one. With no publication date, a day
    without its year ("on June 22") takes the year of the text's last day in full before it (`full_day`), inferred,
    or the year after when it falls well before that day in the year ("December 28, 2023" then "January 3")."""
    for m, d, y, which in (("m1", "d1", "y1", "which_day1"), ("m2", "d2", "y2", "which_day2")):
        if match.group(m):
            month = MONTHS[match.group(m).rstrip(".").lower()]
            day = int(re.sub(r"\D", "", match.group(d)))
            if match.group(y):
                return _day(int(match.group(y)), month, day, False)
            if match.group(which) and published is not None:  # "on June 14 last year": that day of that year
                return _day(published.year + _YEAR_STEP[match.group(which).split()[0].lower()], month, day, True)
            if published is None:
                return _day_after(full_day, month, day) if full_day is not None else None
            year = published.year
            this_year = _day(year, month, day, True)
            if (month, day) > (published.month, published.day):
                if this_year is not None and dt.date.fromisoformat(this_year[0]) - published <= COMING:
                    return this_year  # "until April 2" in an article of March 29: this year's, still to come
                year -= 1
            return _day(year, month, day, True)
    if match.group("m3"):
        return f"{int(match.group('y3')):04d}-{MONTHS[match.group('m3').rstrip('.').lower()]:02d}", False
    if match.group("y4"):
        return match.group("y4"), False
    if match.group("decade"):
        return match.group("decade") + "s", False  # a decade's precision: "1990s", never its first year
    if published is None:
        return None
    if match.group("m4"):
        if match.group("lead2").split()[0].lower() in ("by", "until"):
            return None
        month = MONTHS[match.group("m4").rstrip(".").lower()]
        year = published.year if month <= published.month else published.year - 1
        if month == published.month and match.group("lead2").split()[0].lower() == "last":
            year -= 1  # "last June" in a June article: the June before, not the month under way
        if match.group("which"):  # "since November last year", "in February this year"
            year = published.year - ("last" in match.group("which"))
        return f"{year:04d}-{month:02d}", True
    if match.group("rel"):
        return _relative(" ".join(match.group("rel").lower().split()), published, before)
    weekday = WEEKDAYS[match.group("wd").split()[-1].lower()]
    if ahead:
        return (published + dt.timedelta(days=(weekday - published.weekday()) % 7)).isoformat(), True
    back = (published.weekday() - weekday) % 7
    if "last" in match.group("wd").lower().split() and back == 0:
        back = 7
    return (published - dt.timedelta(days=back)).isoformat(), True


def _relative(phrase: str, published: dt.date, before: dt.date | None = None) -> tuple[str, bool] | None:
    if phrase.endswith("week earlier"):  # counted from the day the paragraph gave before it, else from publication
        return ((before or published) - dt.timedelta(days=7)).isoformat(), True
    if phrase.endswith("day earlier"):  # "Putin's remarks from a day earlier": likewise, one day back
        return ((before or published) - dt.timedelta(days=1)).isoformat(), True
    if phrase == "earlier in the day":  # the day the paragraph dated, else the day of publication
        return (before or published).isoformat(), True
    season = SEASONS.get(phrase.rsplit(maxsplit=1)[-1])
    if season is not None:  # "last fall": the latest one over by publication
        return f"{published.year - (published.month < season + 3):04d}", True
    if phrase.endswith(" ago"):
        count, unit, _ = phrase.split()
        n = int(count) if count.isdigit() else WORD_VALUES[count]
        if unit.startswith("day"):
            return (published - dt.timedelta(days=n)).isoformat(), True
        if unit.startswith("year"):
            return f"{published.year - n:04d}", True
        if unit.startswith("month"):
            months = published.year * 12 + published.month - 1 - n
            return f"{months // 12:04d}-{months % 12 + 1:02d}", True
        monday = published - dt.timedelta(days=published.weekday() + 7 * n)
        return _week(monday, monday + dt.timedelta(days=6))
    if phrase == "last week":
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return _week(monday, monday + dt.timedelta(days=6))
    if phrase.endswith("week"):
        return _week(published - dt.timedelta(days=published.weekday()), published)
    if phrase == "yesterday":
        return (published - dt.timedelta(days=1)).isoformat(), True
    if phrase.endswith("weekend"):
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7 or 7)
        return f"{saturday.year:04d}-{saturday.month:02d}", True
    if phrase in {"today", "tonight"} or (phrase.startswith("this ") and not phrase.endswith(("month", "year"))):
        return published.isoformat(), True
    if phrase in ("last night", "the previous night"):
        return (published - dt.timedelta(days=1)).isoformat(), True
    if phrase == "last month":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}", True
    if phrase == "last year":
        return f"{published.year - 1:04d}", True
    if phrase.endswith("month"):
        return f"{published.year:04d}-{published.month:02d}", True
    return f"{published.year:04d}", True


def _week(first: dt.date, last: dt.date) -> tuple[str, bool] | None:
    """A week's month, when its days (up to publication) lie in one; else its year; else nothing."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}", True
    return (f"{first.year:04d}", True) if first.year == last.year else None


def _day(year: int, month: int, day: int, inferred: bool) -> tuple[str, bool] | None:
    day_named = real_day(year, month, day)
    return (day_named.isoformat(), inferred) if day_named else None
