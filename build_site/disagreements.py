"""Where sources differ: figures of one kind about one thing that disagree, dates of one
event that disagree, and claims shown with their denial.

Few and right beats many (an analyst must be able to read the whole list), so a figure
takes part only when its clause says what it counts through a word of `MEASURES`
(deaths, arrests, troops, ...): "33,341 people" alone is not comparable with anything. The
measure is the one nearest the figure without a comma, another number or a clause between
("killed 12 people and wounded 30": 12 deaths; "Eight people were injured, two of them
fatally": eight injuries), and the one its own verb gives when the figure is a subject ("at
least 71 people were killed and over 400 homes were burned": the homes are no deaths); a sentence giving several figures of one measure lists the
parts of a whole ("one civilian, one guardsman and five attackers"), which are no toll.
Two figures are about the same thing when they share the measure, the figure kind and the
counted noun ("members", "troops"; in a toll every person noun, "people", "seafarers",
"civilians", is one counted thing), share a topic or a name of two words or more (a ship,
an operation, "Eternity C"), state the same year (or one states none) and come from articles
published within `WINDOW_DAYS` of each other; or, with no shared topic, place or date the same
event: the same place ("in Saada") or the same day in articles of the same week (`WEEK_DAYS`).
Counts of people the build's figures miss (a sentence's second count, "over 50 injured") are read
here and pair only through the names and places of their paragraph, never a topic of many events.
Tolls whose noun is the sentence's subject ("the death toll has risen to 157", "the number of the
injured has increased to 184") are read here too and compared like counted tolls; so is a quake's
magnitude, which two agencies measure differently (more than `MAGNITUDE_GAP` apart, even in one
story); crowds compare only within one place ("in Paris" is no count of France) and `CROWD_DAYS` (a march a
week later is another), are read in words ("Nearly two million") and as a bare subject ("338,000 joined"), and a
place's population ("Hong Kong's seven million people") is none; within one story, "the police" and "organisers" name
who counts them. A value
("valued at Rs 2,000 crore", "worth $NZ500 million") is its own measure. A count written as a range with no noun
after it ("the list ... stands between 1,000 to 1,100") is read too, and is near what its larger end is near. A figure
is read where it stands in its sentence (its offset), not where its words first occur. A sentence giving two
sources' figures of one measure ("1,272,000 ... according to the police, and 2.8 million according to
the CGT") is a disagreement in itself, not the parts of a whole. A smaller figure a story gives as
earlier ("previously had put the death toll at 5,500") is set against another source only when the
story's own current figure does not agree with that source. A figure of a part of a category its own words
name ("793 injured passengers have been discharged") is no count of that category, nor is a count whose noun is left out
("630 of them"), unless a toll, total or "number of" reaches it ("the number of deaths ... revised to 275": `compared`). A percentage of a whole its own words name
after "of", with qualifiers ("around 60.5%, or nearly two-thirds, of the world's coral reefs", "62.9% of the world's
coral reefs"), is a share of that whole, compared with other sources' shares of it when both say one thing of it
(a shared topic, no topic on one side, or the same word after both wholes: two polls' answers to two questions are
none), and differs beyond the precision both are written to (`_share_step`). A toll its source revised down
("has been revised to 275") is set against the larger figure it replaced, even within rounding, and a revision up
from an earlier figure completes it; a sentence correcting one figure by another ("is 275 and not 288") is a
disagreement in itself.
They differ, between two sources, when the larger is more than `TOLERANCE` above the smaller,
which leaves rounding ("about 60,000" against "61,000") alone, though not between two exact counts ("511" against
"512": neither round nor hedged) or a bound above a smaller figure ("at least 156" against 155), unless the smaller
is the earlier's (a count grows), and when no bound holds both: "More than 100" holds
130 and "up to 50" holds 40, from any source on any day, up to `FLOOR_RATIO` ("at least 60,000" against "above
120,000" still differ). A count its article gives as still running ("The death toll already reaches 93 ..., the
number of victims may increase") is no dispute with a larger one of its day or later: it grew. A count of one people
("68 Indian nationals", "Egyptians accounted for 658 deaths", or a figure its paragraph so names) compares only with
that people's counts: it is a part of every total and of no other people's count.
A toll counted "since" a moment is a running total, compared only with other running totals, never with one
strike's. Dates of one event differ when sentences naming the same topics report the same
one-off action (`ONE_OFF`) in the same year but different months; days of one month are not compared, as the act's
object may differ ("was arrested on Thursday" against "A second man was arrested on Saturday"). Within one article,
figures differ only when two
named speakers give them, and not when the smaller was reported earlier (a toll that rose).

A denial ("X denied that ...", "rejected reports that ...", "the claim ... is false", "not
an extradition, but a transfer") is shown only with the claim it denies: the sentence of
another paragraph that shares most words with the denial's paragraph and asserts what is
denied, or the denial's own sentence when it holds the claim too ("accused Iran of ..., a
charge Tehran has denied", "denied claims that ...", "denied ..., after an official said ...", "countering
Hamas’s claim", "X said ..., while the military ... cast doubt on the toll"); a denial of "that toll" answers the
sentence before it, a denial of reports the report its paragraph tells next; a claim of another article answers
only from the same week; a denial whose claim the corpus does not hold is left out. "Did not confirm
X's claim" answers X's claim in the same story first; "Y, however, said" right after another speaker's
sentence, one of the two saying no, sets them against each other.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from build_site.calendar_words import MONTH_NAMES, WEEKDAYS
from build_site.countries import country_of, is_demonym
from build_site.events import has_digit
from build_site.facts import WORD_VALUES, counted_by_toll, elided, number_start, toll_before
from build_site.matcher import DETERMINERS, noun_stem

TOLERANCE = 0.10
# Agencies' magnitudes of one quake on different scales differ by a tenth or two; more is a disagreement.
MAGNITUDE_GAP = 0.2
WINDOW_DAYS = 31
FLOOR_RATIO = 2.0  # "at least 60,000" against "above 120,000" differ; "at least two" against "three" do not
CLAIM_OVERLAP = 3  # shared word stems that make a sentence the claim a denial answers
COMMON_STEM = 400  # a stem in more sentences than this says nothing about which claim is meant
KINDS: tuple[str, ...] = ("figures", "dates", "disputed")
# Measures that count people: whoever a toll counts ("people", "seafarers") is one counted thing.
TOLLS = frozenset(("deaths", "injuries", "disappeared"))
# Nouns that count people in general, not a part of them picked out by nationality or side.
PERSON_NOUNS = frozenset(
    """people person persons individual individuals civilian civilians worker workers migrant migrants
    member members crew crewmember crewmembers crewman crewmen sailor sailors seafarer seafarers
    mariner mariners passenger passengers resident residents victim victims death deaths dead others""".split()
)
_NUMBER = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundreds?|thousands?|millions?|dozens?)\b(?!-[A-Za-z])",  # "a 150-car train" is no count
    re.IGNORECASE,
)

# Measure -> words in the sentence that say a figure counts it.
MEASURES: dict[str, tuple[str, ...]] = {
    "deaths": ("killed", "deaths", "dead", "died", "homicides", "murders", "murdered", "death toll", "lives"),
    "injuries": ("wounded", "injured", "injuries", "hurt"),
    "arrests": ("arrested", "arrests", "detained", "detentions", "apprehended", "apprehensions"),
    "troops": ("troops", "soldiers", "guardsmen", "service members", "personnel"),
    "transfers": ("extradited", "extraditions", "expelled", "transferred", "fugitives"),
    "seizures": ("seized", "seizure", "seizures", "confiscated"),
    "disappeared": ("disappeared", "missing", "unaccounted for"),
    "displaced": ("displaced",),
    "attacks": ("attacks", "attacked", "strikes"),
    "funding": ("funding", "aid", "appropriated", "budget", "assistance", "allocated"),
    "derailed": ("derailed",),
    "turnout": (
        "demonstrators",
        "protesters",
        "protestors",
        "marchers",
        "participants",
        "turned out",
        "took part",
        "joined",
        "marched",
        "on the march",
        "hit the streets",
    ),
}
# Measures of things counted once, in one event: "Roughly 50 cars ... derailed Feb. 3" and "Almost 40 rail cars
# derailed" in a paragraph dating the derailment to 3 February count the same cars.
ONE_EVENT = frozenset(("derailed",))
# One-off actions: the same action about the same topics can only have one date.
ONE_OFF: dict[str, tuple[str, ...]] = {
    "deployed": ("deployed", "sent troops", "sent soldiers", "dispatched"),
    "signed": ("signed",),
    "founded": ("established", "founded", "created", "launched"),
    "captured": ("captured", "arrested"),
    "extradited": ("extradited", "expelled"),
    "designated": ("designated",),
}
# "disputed" before a name or after an article is an adjective ("to overthrow disputed Prime Minister Ariel
# Henry", "the disputed election"), not a denial; "disputed Washington's account" is one. So is "disputed"
# before a bare noun ("confrontations at disputed atolls", "in disputed waters"), where the verb takes a
# determiner or the claim itself ("disputed the figures", "disputed reports that").
_OBJECT_OPENERS = (
    "the|that|this|these|those|his|her|its|their|our|a|an|any|some|such|"
    "(?:claim|report|allegation|account|assertion|figure|finding|charge|accusation)s?"
)
_DISPUTE = re.compile(
    r"\b(?:denied|denies|deny|(?<!\bthe\s)(?<!\ba\s)(?<!\bhotly\s)(?<!\bhighly\s)(?<!\bmuch\s)"
    r"disputed(?!\s+(?-i:[A-Z])[\w.-]*\b(?![’']))"
    rf"(?!\s+(?!(?:{_OBJECT_OPENERS})\b)(?-i:[a-z]))|disputes? (?:the|that|this|these|those|claims?|reports?|allegations?)\b|"
    r"refuted|refutes|contradicted|contradicts|dismissed (?:the |these |those )?(?:claims?|reports?)|"
    r"rejected (?:the |these |those )?(?:claims?|allegations?|accusations?|reports?)|"
    r"(?:did|does|has|have|had) not confirm(?:ed)? (?:the |this |that |these |those |\w+[’']s )?(?:claims?|reports?|accounts?))\b"
    r"|\b(?:claims?|reports?|allegations?)\b[^;]{0,200}?\b(?:is|are|was|were)\s+(?:false|untrue|incorrect|inaccurate|misleading|baseless|unfounded)\b",
    re.IGNORECASE,
)
# Word parts of which `_DISPUTE` needs one (substring tests: cheaper than one pattern of them).
_DISPUTE_CUES = tuple(
    "deni deny disput refut contradict dismiss reject false untrue incorrect accurate misleading baseless unfounded "
    "confirm counter doubt".split()
)
# "Humenyuk said that no grain storage facilities were hit. Turkey’s defense minister, however, said ... one
# missile struck a grain silo": a second speaker set against the first in the same paragraph, one of them
# saying no
_HOWEVER_SAID = re.compile(r"^[A-Z][^,;:]{1,80},\s+however,\s+(?:said|says|told|insisted|maintained|claimed|stated)\b")
_SAID_NO = re.compile(
    r"\b(?:said|says|told|insisted|maintained|claimed|stated)\b[^.;]*?\b(?:no|not|never|none)\b", re.IGNORECASE
)
# "not an extradition, but rather a transfer": the denied word, then the word put in its place; "not an
# icebreaker, but it is a highly capable ship" opens a clause of its own after "but", a concession.
_NOT_BUT = re.compile(
    r"\bnot (?:an? |the )?(\w+)\W+but (?!(?:it|he|she|they|we|i|you|this|that|there)\b)(?:rather )?(?:an? |the )?(\w+)",
    re.IGNORECASE,
)
# "accused Iran of supporting the strikes, a charge Tehran has denied": claim and denial in one.
_CLAIM_AND_DENIAL = re.compile(
    r"\b(?:accused|accuses|alleged|alleges|claimed|claims)\b[^;]*,\s*(?:a|an|the)\s+"
    r"(?:charge|claim|accusation|allegation)s?\b[^;]*\b(?:denied|denies|rejected|rejects|disputed|disputes)\b",
    re.IGNORECASE,
)
# A denial that says what it denies and whose claim that was, in its own sentence: "denied claims that Hamas
# provided a list", "denied any suggestion previously raised by Mexican officials that ..."; "denied that ..., after
# an Israeli official said ..."; "countering Hamas’s claim of ..."; "X said ..., while the military ... cast doubt on
# the death toll". The sentence is the disagreement, shown alone.
_HOLDS_ITS_CLAIM = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|disputed|disputes)\s+(?:any\s+|all\s+|the\s+)?"
    r"(?:suggestions?|claims?|reports?|allegations?|assertions?|accusations?)\b[^;]{0,120}?\bthat\b"
    r"|\b(?:denied|denies|rejected|rejects|disputed|disputes)\b[^;]*?,\s*after\s+[^,;]{0,80}?"
    r"\b(?:said|says|claimed|reported|announced|stated)\b"
    r"|\b(?:countering|contradicting|disputing|rejecting|denying)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s+)?"
    r"(?:claims?|reports?|assertions?|accounts?|allegations?)\b"
    r"|\b(?:said|says)\b[^;]*,\s*while\s+[^;]*\b(?:cast doubt on|disputed|denied|rejected)\b",
    re.IGNORECASE,
)
# "The Qatari ministry also said press reports ... were inaccurate. Reuters had on Friday quoted a U.S. official
# saying ...": a denial of reports, and the report it denies told right after it
_REPORTS_DENIED = re.compile(
    r"\breports?\b[^;]{0,200}?\b(?:is|are|was|were)\s+(?:false|untrue|incorrect|inaccurate|misleading|baseless|unfounded)\b",
    re.IGNORECASE,
)
_REPORTING = re.compile(r"\b(?:quoted|reported|reports)\b", re.IGNORECASE)
# "The Civil Defence ... had earlier said that 40 people were killed ... The Israeli military disputed that toll": a
# denial of "that toll" answers the sentence just before it
_DENIED_THAT = re.compile(
    r"\b(?:disputed|disputes|denied|denies|rejected|rejects|contradicted|refuted)\s+(?:that|this|these|those)\s+"
    r"(?:toll|tolls|figures?|numbers?|claims?|accounts?|reports?|allegations?)\b",
    re.IGNORECASE,
)
# A toll counted since a moment ("More than 190 people have been killed since"): a campaign's or a period's running
# total, compared only with other running totals, never with the toll of one strike.
_RUNNING = re.compile(
    r"\b(?:killed|dead|died|deaths|injured|wounded|arrested|detained|displaced|missing)\s+(?:so far\s+)?since\b",
    re.IGNORECASE,
)
# Verbs that pick a part out of a category a figure names ("793 injured passengers have been discharged").
_SUBSET = re.compile(
    r"\s+(?:(?:have|has|had)\s+been\s+|(?:were|was|are|is|being|been)\s+(?:being\s+|getting\s+)?|got\s+)"
    r"(?:discharged|treated|admitted|identified|released)\b",
    re.IGNORECASE,
)
# A figure its source gives as a revision of an earlier one ("has been revised to 275").
_REVISED = re.compile(r"\b(?:revised|corrected)\s+(?:down(?:wards?)?\s+)?to\s+$", re.IGNORECASE)
# "the number of deaths is 275 and not 288": a source correcting a figure in one sentence.
_NOT_FIGURE = re.compile(
    r"(?<![\w.,])(?P<right>\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]?\d)\s*,?\s+(?:and\s+|but\s+)?not\s+"
    r"(?:the\s+)?(?P<wrong>\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]?\d)",
    re.IGNORECASE,
)
# Between a toll's noun and the measure it counts: "number| of |deaths".
# Before the earlier value of a change: "from| 64 to 2,975", "fell to 9,944 from| 14,080".
_CHANGED_FROM = re.compile(r"\bfrom\s+(?:(?!to\b)[a-z]+\s+){0,2}$", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:earlier|previously|initially|at first)\b", re.IGNORECASE)
_OPENING_WORDS = frozenset("the a an but however earlier later meanwhile on in".split())
_CLAIM_OWNER = re.compile(r"\b([A-Z][A-Za-z]+)[’']s\s+(?:claims?|reports?|accounts?|assertions?|statements?)\b")
_ASKED = re.compile(r"^\W*(?:When\s+)?[Aa]sked\s+(?:if|whether|about)\b")
_CLAIM_VERB = re.compile(
    r"\b(?:said|says|claimed|claims|announced|reported|stated|asserted|told|alleged)\b", re.IGNORECASE
)
_NEGATION = re.compile(r"\b(?:not|no|never|without|outside|instead of|rather than)\b(?:\W+\w+){0,3}\W*$", re.IGNORECASE)
_APPOSITIVE = re.compile(r",\s*(?:the|a|an)\s[^,;:]*,")
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|been)\b", re.IGNORECASE)
_FLOOR = re.compile(r"^(?:at least|more than|over|above|upwards of|no fewer than)\b", re.IGNORECASE)
# A figure hedged ("about 155", "some 511"): it may be rounded, however exact it looks.
_HEDGED = re.compile(r"^(?:about|around|approximately|roughly|nearly|almost|some|close to|an estimated)\b", re.I)
# A figure bounded above ("up to 50", "fewer than 20"): any smaller figure within `FLOOR_RATIO` is inside it.
_CEILING = re.compile(r"^(?:up to|fewer than|less than|no more than|at most)\b", re.IGNORECASE)
# Words of a count still running ("already reaches 93", "may increase", "so far"), in the number's clause: a smaller
# figure of the same day or before is an earlier count of it, no disagreement. "has risen to 238" says the count
# changed, not that it is unfinished: no such word.
_PROVISIONAL = re.compile(
    r"\b(?:already|so far|(?:may|might|could|(?:is|are) expected to|(?:is|are) likely to)\s+(?:rise|increase|grow|climb))\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]")
# Word parts of which `_PROVISIONAL` needs one (substring tests, any case: cheaper than the pattern on every sentence).
_PROVISIONAL_CUES = ("lready", "o far", "O far", "rise", "ncrease", "grow", "climb")
# "a partial toll of 577 deaths for the two busiest days": a count of a part, no toll of the whole.
_PARTIAL = re.compile(r"\bpartial\s+(?:\w+\s+){0,2}(?:of\s+)?$", re.IGNORECASE)
# A sentence that itself denies ("said that Ukraine had nothing to do with the shooting"): no claim another denial
# answers, unless one of the two holds the accusation ("with Zelenskyy accusing Putin of ...").
_DENIES_ITSELF = re.compile(
    r"\b(?:nothing to do|had no (?:role|part|hand|involvement)|no involvement|not involved|denied|denies|deny)\b",
    re.IGNORECASE,
)
_ACCUSES = re.compile(r"\b(?:accus\w*|blam\w*|alleg\w*)\b", re.IGNORECASE)
# Where the people a count is of may be named before it, in its own clause: after its last comma, dash or "that".
_CLAUSE_MARKS = (",", ";", ":", "—", "–", " that ")
# A name of two words or more; its last may be a letter or a number ("Eternity C", "Galaxy Leader").
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zà-ÿ]+(?:\s+(?:[A-Z][a-zà-ÿ]+|[A-Z](?=[\s,;:'’)])|\d+\b))+")
# A place named after a preposition ("killed 68 people in Saada"), one word, a country excepted.
_PLACE = re.compile(
    r"\b(?:in|at|near|off|outside)\s+(?:the\s+(?:city|port|town)\s+of\s+)?([A-Z][a-zà-ÿ]{2,})\b(?!\s+[A-Z])"
)
_CALENDAR = MONTH_NAMES | frozenset(WEEKDAYS)  # "June 27", "in November" are dates, not names or places
# A name ending in one of these is a body that counts or speaks ("Health Ministry", "Civil Defence"), which gives
# the figures of many events; it says nothing about which event a figure is about.
_BODY_WORDS = frozenset(
    """ministry office agency defence defense department police service council committee command society
    crescent cross organization organisation centre center force forces army navy government authority""".split()
)
# Who gives a count, in lower case: a body ("the police said") or a march's organisers ("according to organisers").
_COUNTERS = _BODY_WORDS | {"organisers", "organizers"}
_PLACE_KEY = "place: "
_DAY_KEY = "day: "
_EVENT_DAY_KEY = "event of: "
_STORY_KEY = "story: "
_TOLL_TOPIC_KEY = "toll topic: "
# A toll of one strike or attack, as against a war's or a year's.
_STRIKE = re.compile(r"\b(?:air)?strikes?\b|\battacks?\b|\bbombings?\b|\bshelling\b|\braids?\b", re.IGNORECASE)
WEEK_DAYS = 7  # places and days pair the figures of one event: articles of the same week
# A crowd is counted on the day of its march, and told that day or the next: two crowds more days apart are two marches
# ("as many as one million people demonstrated" a week earlier).
CROWD_DAYS = 2
_WORD = re.compile(r"[A-Za-z]{4,}")
_STOP = frozenset(
    """that this these those with from have been were which their there they them than then also into
    over after before about would could should will said says told according other while when where""".split()
)


@dataclass(frozen=True, slots=True)
class Source:
    article_id: str
    publisher: str | None
    anchor: str
    sentence: str
    published: dt.date | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class FigureRecord:
    """A figure as the build's facts have it (value, kind, year, topics), with its source."""

    value: float
    kind: str  # "count" | "money" | "percent" | ...
    text: str  # as written
    year: int | None
    topics: tuple[str, ...]
    source: Source
    # for a count read here: the names and places of its paragraph, which alone say which event it is
    # ("Ras Isa"), where a topic ("the Houthis") spans many
    area: tuple[str, ...] = ()
    # where its words start in its sentence, which may give them twice ("275 ... 275"); None: at their first
    start: int | None = None
    upper: float | None = None  # a range's larger end ("between 1,000 to 1,100"); `value` is its smaller


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A dated sentence (events.Event) with the topics it names."""

    date: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    topics: tuple[str, ...]
    source: Source


@dataclass(frozen=True, slots=True)
class Disagreement:
    kind: str  # one of KINDS
    about: str  # what differs, in words: "deaths (count)", "date of: deployed", "disputed"
    topics: tuple[str, ...]
    evidence: tuple[Source, ...]
    values: tuple[str, ...] = ()  # the differing figures or dates as written, one per evidence
    # the words of each sentence that say what its figure counts ("hit the streets", "joined"), which tell what the
    # figures are about when no topic does
    written: tuple[str, ...] = ()


_SMALL = {word: value for word, value in WORD_VALUES.items() if value <= 12 and word not in ("a", "an")}
_OF_THEM = re.compile(r",\s+(?:\d+|" + "|".join(_SMALL) + r")\s+of\s+them\b", re.IGNORECASE)
# A count of people killed, injured, displaced or arrested, also a sentence's second one, which the
# build's figures do not read: "Around 20 people were killed and over 50 injured", "102 others injured",
# "left two police officers dead".
_PEOPLE_COUNT = re.compile(
    r"(?<![\w,.])((?:(?:at least|more than|over|around|about|nearly|almost|some|up to)\s+)?"
    r"(\d{1,3}(?:,\d{3})*|" + "|".join(_SMALL) + r"))"
    r"((?:\s+(?!(?:and|or|of|in|on|at|to|the|a|by|from|for|with)\b)[A-Za-z]+){0,2}?)"
    r"\s+(?:(?:were|was|have been|had been|are|being)\s+)?"
    r"(killed|dead|injured|wounded|displaced|arrested|detained)\b",
    re.IGNORECASE,
)
# Words of which `_PEOPLE_COUNT` and `_LEFT_DEAD` need one, tested as substrings first.
_TOLL_CUES = ("killed", "dead", "injured", "wounded", "displaced", "arrested", "detained")
_LEFT_DEAD = re.compile(
    r"\bleft\s+(" + "|".join(_SMALL) + r"|\d{1,3}(?:,\d{3})*)((?:\s+[a-z]+){0,2}?)\s+(dead|injured|wounded)\b",
    re.IGNORECASE,
)
# A toll whose counted noun is the sentence's subject, the figure only its complement: "the death toll ... has risen
# to 157", "The number of the injured has increased to 184", "the death toll stood at 92"; "had put the death toll in
# Derna at 5,500"; its value in digits or in words up to twelve ("The official death toll rose to four."), never a
# number that heads a part, a multiple or a magnitude ("is one of the highest", "ten times higher", "rose to four
# figures", "a four-fold rise", "40 percent"). The subject may run up to `SUBJECT_SPAN` characters from its noun to
# its verb, with no stop, colon, semicolon or number between: "the number of people who are unaccounted for in Thursday's building collapse increased to 159".
SUBJECT_SPAN = 120
_SUBJECT_TOLL = re.compile(
    r"\b(?:(?:the\s+)?(?P<noun>death\s+toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|injured|wounded|missing|"
    r"people\s+(?:who\s+(?:have\s+)?(?:died|were\s+killed)|who\s+(?:are|remain)\s+(?:missing|unaccounted)|"
    r"killed|injured|wounded|missing|unaccounted)))\b"
    rf"[^.;:\d]{{0,{SUBJECT_SPAN}}}?\b(?:risen|rose|rises|increased|climbed|soared|"
    r"jumped|reached|stands|stood|is|was)(?:\s+(?:to|at))?|\bput\s+(?:the|that|its)\s+(?P<put>death\s+toll)\b"
    r"[^.;:\d]{0,60}?\bat)\s+(?P<figure>(?:(?:about|around|at least|more than|over|nearly|almost|some)\s+)?"
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_SMALL) + r"))\b"
    r"(?![.,]?\d|\s*(?:%|per\s*cent|percent)|-fold|\s+(?:of|times|figures|fold)\b)",
    re.IGNORECASE,
)
# A crowd's size in words, "Nearly two million", "Close to two million"; not a place's population after its name
# ("Nearly two million of Hong Kong's seven million people turned out": the seven million are no crowd).
_SMALL_OR_A = {**_SMALL, "a": 1}
_CROWD_IN_WORDS = re.compile(
    r"(?<![’']s\s)(?<![\w,.])(?P<figure>(?:(?:nearly|close\s+to|almost|about|around|more\s+than|some|over|as\s+many\s+as)\s+)?"
    r"(?P<number>" + "|".join(_SMALL_OR_A) + r")\s+million)\b(?!\s+(?:dollars|euros|pounds|tons|tonnes)\b)",
    re.IGNORECASE,
)
_POPULATION = re.compile(r"\s+of\s+[A-Z][\w\s]{0,40}?[’']s\s+(?:\w+\s+)?(?:million|[\d,.]+)\s+(?:people|residents)\b")
_TOLL_NOUN_MEASURES = (
    ("injured", "injuries"),
    ("wounded", "injuries"),
    ("missing", "disappeared"),
    ("unaccounted", "disappeared"),
)
# An earthquake's magnitude: "magnitude of 5.6", "a magnitude-6.4 earthquake", "6.4-magnitude quake", "measuring 6.8
# in magnitude"; an aftershock's is another quake's.
_MAGNITUDE = re.compile(
    r"\bmagnitude(?:[-\s]+|\s+(?:of|at|as)\s+)(?P<a>\d(?:\.\d)?)(?![-.,]?\d)"
    r"|(?<![\d.])(?P<b>\d(?:\.\d)?)[-\s]magnitude\b"
    r"|\bmeasuring\s+(?P<c>\d(?:\.\d)?)\s+in\s+magnitude\b",
    re.IGNORECASE,
)
# A count given as a range, followed by no noun: "stands between 1,000 to 1,100, two weeks after ...".
_RANGE = re.compile(
    r"\bbetween\s+(?P<low>\d{1,3}(?:,\d{3})+|\d+)\s+(?:and|to)\s+(?P<high>\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]?\d)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|as|by|for|according|after|following|since|until)\b)",
    re.IGNORECASE,
)
# Numbers a sentence gives, "1.27 million", "1,272,000", "500,000"; and a source's verb of saying or counting.
_AMOUNT = re.compile(r"(?<![\w.,$€£])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion))?(?![\w,.]?\d)")
_COUNTED_BY = re.compile(
    r"\b(?:claims?|claimed|said|says|counted|counts|estimated|estimates|reported|reports|put|puts)\b", re.IGNORECASE
)
_CROWD_PLACE = re.compile(r"\b(?i:in|at|throughout|across)\s+([A-Z][a-zà-ÿ]{2,})\b")
_LINKS = frozenset("of and to while since whereas against than as".split()) | {""}
_CURRENCY_UNIT = re.compile(r"\b(?:crore|lakh)\b", re.IGNORECASE)
_VALUED = re.compile(r"\b(?:valued|worth|value)\b", re.IGNORECASE)
_AFTERSHOCK = re.compile(r"^\s*(?:\w+\s+)?aftershock", re.IGNORECASE)
# After a word in "-s" that ends a whole, words that make it a verb ("of global maritime trade passes| through"), or
# the whole go on ("of the world's reefs| of ...").
_HEAD_NOT_BEFORE = frozenset("of through into across to from by for with over under around between among via".split())
# The whole a percentage is a share of, right after it or after an aside set off by commas or dashes ("around 60.5%, or
# nearly two-thirds, of the world's coral reefs", "– 62.9% – of the world's coral reefs"): "of", maybe "the", one to
# three qualifiers (a possessive, an adjective, a noun) and a plural head noun, no further word of its noun phrase.
_SHARE_OF = re.compile(
    r"\s*(?:[,\u2013\u2014][^,\u2013\u2014.;:]{0,40}[,\u2013\u2014]\s*|[\u2013\u2014]\s*)?of\s+"
    r"(?P<whole>(?:the\s+)?(?:[A-Za-z][a-z]*(?:[\u2019']s)?\s+){1,3}[a-z]{3,}s)\b(?![\u2019'-]|\s+(?:"
    + "|".join(sorted(_HEAD_NOT_BEFORE))
    + r")\b)"
)
_SHARE = "share"  # the measure of a percentage of a stated whole (`_whole`)
_NOT_PLURAL = ("ss", "us", "is")  # words in "-s" that are no plural: "stress", "census", "analysis"
_DETERMINERS = DETERMINERS | {"all", "some", "many", "most"}  # and quantifiers: no qualifiers of a whole
# The first word after a share's whole (`_predicate_head`).
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
# One group a measure: which group matched says which measure a word is of.
_MEASURE_NAMES = tuple(MEASURES)
_ANY_MEASURE = re.compile("|".join(r"(\b(?:" + "|".join(words) + r")\b)" for words in MEASURES.values()), re.IGNORECASE)
_ONE_OFF_RES = {a: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE) for a, words in ONE_OFF.items()}

GroupKey = tuple[str, str, str, bool]  # a figure's kind, measure, counted thing, and whether it is a running total


@dataclass(frozen=True, slots=True)
class SentenceReadings:
    """What some sentences give the comparison, each read on its own: the counts of people and the stated figures
    they add to the build's figures (with the group each is compared in, `_group_keys`), and the disagreements a
    sentence holds in itself."""

    tolls: tuple[FigureRecord, ...] = ()  # `people_counts`
    toll_groups: tuple[GroupKey | None, ...] = ()
    stated: tuple[FigureRecord, ...] = ()  # `stated_figures`
    stated_groups: tuple[GroupKey | None, ...] = ()
    by_source: tuple[Disagreement, ...] = ()  # `sourced_in_one`
    corrected: tuple[Disagreement, ...] = ()  # `corrected_in_one`


@dataclass(frozen=True, slots=True)
class Readings:
    """The part of the pass that reads sentences and figures one by one, or within their paragraph, apart from the
    rest of the corpus (of one article, or of any sentences): what the sentences naming a topic give, what those
    naming none give, the group of each of the build's figures, the counts still running, which sentences naming
    a topic may deny something and which pairs of them set two speakers against each other."""

    named: SentenceReadings = SentenceReadings()
    unnamed: SentenceReadings = SentenceReadings()
    figure_groups: tuple[GroupKey | None, ...] = ()  # of the build's figures, in their order
    running: tuple[tuple[str, float], ...] = ()  # `_running_values`: (article id, value)
    named_sentences: int = 0  # how many sentences naming a topic were read
    denials: tuple[int, ...] = ()  # `_denials`: their indices among those sentences
    contrasts: tuple[Disagreement, ...] = ()  # `_set_against`


def find_disagreements(
    figures: Sequence[FigureRecord],
    events: Sequence[EventRecord] = (),
    sentences: Sequence[tuple[Source, tuple[str, ...]]] = (),
    unnamed: Sequence[Source] = (),
) -> tuple[Disagreement, ...]:
    """All disagreements: differing figures, differing dates of one event, disputed claims
    (`sentences` are every sentence with the topics it names). An undated article's figures and dates are compared with
    none: whether two sources differ or one revised the other depends on when each was published; a denial still
    answers the claim it names. The sentences that name no topic (`unnamed`) are read
    for the figures they give ("Close to two million people hit the streets", "275 and not 288"), not for denials: a
    denial is shown with the claim it answers, found through the words of the sentences that name topics."""
    return compare(figures, events, sentences, [read_sentences(figures, sentences, unnamed)])


def read_sentences(
    figures: Sequence[FigureRecord],
    sentences: Sequence[tuple[Source, tuple[str, ...]]] = (),
    unnamed: Sequence[Source] = (),
) -> Readings:
    """What the sentences give read one by one, `figures` being the build's figures of the same sentences. What a
    sentence gives depends on nothing but its own article's sentences and figures (its paragraph, the figures of its
    sentence), so the readings of a corpus are those of its articles, each read apart, joined in corpus order
    (`compare`)."""
    read = (*sentences, *((source, ()) for source in unnamed)) if unnamed else sentences
    numbered = [(source, topics) for source, topics in read if _may_state(source.sentence)]
    named_numbered = sum(1 for source, _topics in sentences if _may_state(source.sentence))
    tolls = _people_counts_each(read, figures)
    stated = _stated_figures_each(numbered, figures)
    named_tolls, unnamed_tolls = _flat(tolls[: len(sentences)]), _flat(tolls[len(sentences) :])
    named_stated, unnamed_stated = _flat(stated[:named_numbered]), _flat(stated[named_numbered:])
    keys = iter(_group_keys((*figures, *named_tolls, *unnamed_tolls, *named_stated, *unnamed_stated)))
    figure_groups = tuple(next(keys) for _figure in figures)
    named_toll_groups, unnamed_toll_groups = (tuple(next(keys) for _f in part) for part in (named_tolls, unnamed_tolls))
    named_stated_groups, unnamed_stated_groups = (tuple(next(keys) for _f in p) for p in (named_stated, unnamed_stated))
    return Readings(
        SentenceReadings(
            named_tolls,
            named_toll_groups,
            named_stated,
            named_stated_groups,
            tuple(sourced_in_one(numbered[:named_numbered])),
            tuple(corrected_in_one(numbered[:named_numbered])),
        ),
        SentenceReadings(
            unnamed_tolls,
            unnamed_toll_groups,
            unnamed_stated,
            unnamed_stated_groups,
            tuple(sourced_in_one(numbered[named_numbered:])),
            tuple(corrected_in_one(numbered[named_numbered:])),
        ),
        figure_groups,
        tuple(sorted(_running_values(numbered))),
        len(sentences),
        tuple(_denials(sentences)),
        tuple(_set_against(sentences)),
    )


def _flat(found: Iterable[list[FigureRecord]]) -> tuple[FigureRecord, ...]:
    return tuple(figure for each in found for figure in each)


def compare(
    figures: Sequence[FigureRecord],
    events: Sequence[EventRecord],
    sentences: Sequence[tuple[Source, tuple[str, ...]]],
    readings: Sequence[Readings],
) -> tuple[Disagreement, ...]:
    """The disagreements across the corpus (`find_disagreements`), given what its sentences and figures gave read
    one by one (`read_sentences`, once for all of them or once per article, in corpus order). `sentences` are
    read only for the claims a denial answers: none are needed if no reading holds a denial."""
    parts = [r.named for r in readings] + [r.unnamed for r in readings]
    counted = (*figures, *(f for r in parts for f in r.tolls), *(f for r in parts for f in r.stated))
    keys = (
        *(k for r in readings for k in r.figure_groups),
        *(k for r in parts for k in r.toll_groups),
        *(k for r in parts for k in r.stated_groups),
    )
    dated_events = [e for e in events if e.source.published is not None]
    provisional = {running for r in readings for running in r.running}
    starts = accumulate((r.named_sentences for r in readings), initial=0)
    denials = [start + n for r, start in zip(readings, starts, strict=False) for n in r.denials]  # one start too many
    return (
        *_figures(counted, keys, dated_events, provisional),
        *(d for r in parts for d in r.by_source),
        *(d for r in parts for d in r.corrected),
        *_dates(dated_events),
        *(_disputed(sentences, denials) if denials else ()),
        *(d for r in readings for d in r.contrasts),
    )


def _running_values(sentences: Sequence[tuple[Source, tuple[str, ...]]]) -> set[tuple[str, float]]:
    """The numbers each article gives as a count still running (`_PROVISIONAL`: "The death toll already reaches 93
    Russians, the number of victims may increase"), by article: the same value elsewhere in the article is that
    count too ("93 people were killed")."""
    found: set[tuple[str, float]] = set()
    for source, _topics in sentences:
        sentence = source.sentence
        if not any(map(sentence.__contains__, _PROVISIONAL_CUES)) or not _PROVISIONAL.search(sentence):
            continue
        for match in _AMOUNT.finditer(sentence):
            clause = (
                _CLAUSE_BREAK.split(sentence[: match.start()])[-1] + _CLAUSE_BREAK.split(sentence[match.end() :])[0]
            )
            if _PROVISIONAL.search(clause):
                found.add((source.article_id, _amount_value(match)))
    return found


def may_give_figure(sentence: str) -> bool:
    """Whether the figure readers may find anything in a sentence: a number (`_has_number`) or a toll's word ("left
    two police officers dead"); a cheap test, for the sentences read for their figures alone."""
    return _has_number(sentence) or any(map(sentence.__contains__, _TOLL_CUES))


def compared(kind: str, text: str, sentence: str, start: int | None) -> bool:
    """Whether the disagreements compare a figure the build read (its kind, its words, its sentence, where it
    starts): any but a count whose noun is left out that is a part ("630 of them", "158 of those": not compared
    with the whole). Such a count that a toll, total, tally, count or "number of" of its clause reaches, stands at
    or moves to ("the number of deaths ... has been revised to 275", "the death toll rose to 33":
    `facts.toll_before`) is no part but that measure's value, compared as the toll is; but for the earlier value of
    a change ("raised the official death toll ... from 64 to 2,975", "fell to 9,944 from 14,080"), which its own
    source says the later one replaced: the two are one source's before and after, never a disagreement."""
    if kind != "count" or not elided(text):
        return True
    if start is None:
        return False
    number = number_start(text, start)
    return toll_before(sentence, number) is not None and not _CHANGED_FROM.search(sentence, 0, number)


def _may_state(sentence: str) -> bool:
    """Whether a sentence may give a figure the sentence readers read: a number (`_has_number`), or a toll whose value
    is written in words ("The official death toll rose to four.", `_SUBJECT_TOLL`)."""
    return _has_number(sentence) or ("toll" in sentence and _SUBJECT_TOLL.search(sentence) is not None)


def _has_number(sentence: str) -> bool:
    """Whether a sentence holds a digit or "million" (any case): what every figure reader but the tolls'
    (`people_counts`) needs, tested once per sentence for all of them."""
    return has_digit(sentence) or "illion" in sentence  # "million", "Million"


def people_counts(
    sentences: Sequence[tuple[Source, tuple[str, ...]]], figures: Sequence[FigureRecord] = ()
) -> list[FigureRecord]:
    """Counts of people killed, injured, displaced or arrested that `figures` lacks (a sentence's second
    count, "over 50 injured"; a number in words, "left two police officers dead"), as figures of the
    sentence's topics, so that the tolls of one event compare across its sources."""
    return [figure for found in _people_counts_each(sentences, figures) for figure in found]


def _people_counts_each(
    sentences: Sequence[tuple[Source, tuple[str, ...]]], figures: Sequence[FigureRecord] = ()
) -> list[list[FigureRecord]]:
    """`people_counts`, as the counts each sentence gives, in the order of `sentences`."""
    known = {(f.source, f.value) for f in figures}
    paragraphs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for source, _topics in sentences:
        paragraphs[(source.article_id, source.anchor)].append(source.sentence)
    each: list[list[FigureRecord]] = []
    for source, topics in sentences:
        sentence = source.sentence
        found: list[FigureRecord] = []
        each.append(found)
        if not any(map(sentence.__contains__, _TOLL_CUES)):
            continue
        for match in (*_PEOPLE_COUNT.finditer(sentence), *_LEFT_DEAD.finditer(sentence)):
            number = match.group(2) if match.re is _PEOPLE_COUNT else match.group(1)
            value = float(_SMALL.get(number.lower()) or number.replace(",", ""))
            if (source, value) in known or 1900 <= value <= 2100:  # read already, or a year
                continue
            known.add((source, value))
            nouns = match.group(3) if match.re is _PEOPLE_COUNT else match.group(2)
            text = (match.group(1) if match.re is _PEOPLE_COUNT else number) + nouns
            area = _area(" ".join(paragraphs[(source.article_id, source.anchor)]))
            if area:
                found.append(FigureRecord(value, "count", text, None, topics, source, area, match.start(1)))
    return each


def stated_figures(
    sentences: Sequence[tuple[Source, tuple[str, ...]]], figures: Sequence[FigureRecord] = ()
) -> list[FigureRecord]:
    """Figures without a counted noun after them, which the build's figures do not read: a toll whose noun is the
    sentence's subject ("the death toll has risen to 157"), compared like counted tolls, and an earthquake's
    magnitude, which two agencies may measure differently."""
    return [figure for found in _stated_figures_each(sentences, figures) for figure in found]


def _stated_figures_each(
    sentences: Sequence[tuple[Source, tuple[str, ...]]], figures: Sequence[FigureRecord] = ()
) -> list[list[FigureRecord]]:
    """`stated_figures`, as the figures each sentence gives, in the order of `sentences`."""
    known = {(f.source, f.value) for f in figures}
    each: list[list[FigureRecord]] = []
    for source, topics in sentences:
        sentence = source.sentence
        found: list[FigureRecord] = []
        each.append(found)
        lowered = sentence.lower()
        if "toll" in lowered or "number of" in lowered:
            for match in _SUBJECT_TOLL.finditer(sentence):
                number = match.group("number")
                value = float(_SMALL.get(number.lower()) or number.replace(",", ""))
                noun = (match.group("noun") or match.group("put")).lower()
                expected = next((m for word, m in _TOLL_NOUN_MEASURES if noun.endswith(word)), "deaths")
                text, start = match.group("figure"), match.start("figure")
                if (source, value) in known or 1900 <= value <= 2100 or measure_of(sentence, text, start) != expected:
                    continue
                known.add((source, value))
                found.append(FigureRecord(value, "count", text, None, topics, source, start=start))
        if ("million" in lowered or has_digit(sentence)) and any(map(lowered.__contains__, MEASURES["turnout"])):
            found.extend(_crowds(source, topics, known))
        if "between" in lowered and has_digit(sentence):
            found.extend(_ranges(source, topics, known))
        if "magnitude" in lowered:
            for text in _magnitudes(sentence):
                found.append(FigureRecord(float(text), "magnitude", text, None, topics, source))
    return each


def _crowds(source: Source, topics: tuple[str, ...], known: set[tuple[Source, float]]) -> list[FigureRecord]:
    """A crowd's size the build's figures do not read: in words ("Nearly two million ... turned out"), or a number
    that is the subject of its crowd verb ("338,000 joined the designated walking route"); `known` grows with them."""
    sentence = source.sentence
    found: list[FigureRecord] = []
    written = [
        (m.group("figure"), m.start("figure"), _SMALL_OR_A[m.group("number").lower()] * 1e6)
        for m in _CROWD_IN_WORDS.finditer(sentence)
    ]
    digits = [(m.group(0), m.start(), _amount_value(m)) for m in _AMOUNT.finditer(sentence) if _is_amount(sentence, m)]
    for text, start, value in (*written, *digits):
        cleaned, shifted = _without_population(sentence, start)
        if (source, value) not in known and measure_of(cleaned, text, shifted) == "turnout":
            known.add((source, value))
            found.append(FigureRecord(value, "count", text, None, topics, source, start=start))
    return found


def _ranges(source: Source, topics: tuple[str, ...], known: set[tuple[Source, float]]) -> list[FigureRecord]:
    """A count given as a range with no noun after it, of what its sentence counts ("the list of those who remain
    unaccounted for ... stands between 1,000 to 1,100"): its smaller end is its value, its larger its `upper`. A
    range of years ("between 2019 and 2021"), of prices ("between $10 and $20"), one with a unit or noun after it
    ("between 18 and 25 years") or in a sentence that names nothing counted is none."""
    sentence = source.sentence
    found: list[FigureRecord] = []
    for match in _RANGE.finditer(sentence):
        low, high = (float(match.group(end).replace(",", "")) for end in ("low", "high"))
        years = 1900 <= low <= 2100 and 1900 <= high <= 2100
        if years or low >= high or (source, low) in known:
            continue
        text, start = match.group(0), match.start()
        if measure_of(sentence, text, start) is not None:
            known.add((source, low))
            found.append(FigureRecord(low, "count", text, None, topics, source, start=start, upper=high))
    return found


def _magnitudes(sentence: str) -> list[str]:
    """The magnitudes a sentence gives of a quake, as written, an aftershock's left out."""
    found: list[str] = []
    for match in _MAGNITUDE.finditer(sentence):
        clause = re.split(r"[,;]", sentence[: match.start()])[-1]
        if "aftershock" in clause.lower() or _AFTERSHOCK.match(sentence[match.end() :]):
            continue
        found.append(match.group("a") or match.group("b") or match.group("c"))
    return found


def _in_magnitude(figure: FigureRecord) -> bool:
    """Whether a figure of the build's is a magnitude's number read as a count ("a magnitude-6.4 earthquake")."""
    sentence = figure.source.sentence
    at = _at(figure)
    return at >= 0 and any(
        at <= match.start(text_group) < at + len(figure.text)
        for match in _MAGNITUDE.finditer(sentence)
        for text_group in ("a", "b", "c")
        if match.group(text_group)
    )


def _area(paragraph: str) -> tuple[str, ...]:
    """The names of two words or more and the places a paragraph names: what places its event."""
    names = {m.group(0) for m in _NAME.finditer(paragraph) if _event_name(m.group(0))}
    places = {
        _PLACE_KEY + p
        for m in _PLACE.finditer(paragraph)
        if (p := m.group(1)).lower() not in _CALENDAR and not country_of(p)
    }
    return tuple(sorted(names | places))


def measure_of(sentence: str, figure: str = "", at: int | None = None) -> str | None:
    """What a figure counts: the measure word nearest to it in its clause (within its own
    words first: "three deaths"; after it when a verb follows it), with no comma, semicolon or
    other number between; when the
    figure is not found in the sentence, the sentence's one measure, if it names only one. The figure's words are
    taken `at` their offset when it is given, else at their first occurrence."""
    if at is None:
        at = sentence.find(figure) if figure else -1
    words = measure_words(sentence)
    if at < 0:
        found = list(dict.fromkeys(measure for measure, _match in words))
        return found[0] if len(found) == 1 else None
    end = at + len(figure)
    after = re.split(r"[,;:]", _NUMBER.split(_APPOSITIVE.sub(" ", sentence[end:]), maxsplit=1)[0], maxsplit=1)[0]
    subject = _AUXILIARY.search(after) is not None  # "over 400 homes were burned": its verb says
    best: tuple[int, str] | None = None
    for measure, match in words:
        if at <= match.start() and match.end() <= end:
            return measure  # the figure names it: "three deaths", "2,000 troops"
        if subject and match.start() < end:
            continue
        between = sentence[end : match.start()] if match.start() >= end else sentence[match.end() : at]
        between = _APPOSITIVE.sub(" ", between)  # "One sailor from Tutor, the coal carrier, remains missing"
        if re.search(r"[,;:]", between) or _NUMBER.search(between):
            continue
        if best is None or len(between) < best[0]:
            best = (len(between), measure)
    return best[1] if best else None


def measure_words(sentence: str) -> list[tuple[str, re.Match[str]]]:
    """Every measure word of a sentence, in the order of `MEASURES`, then of the sentence: what a scan of the
    sentence for each measure finds, in one scan (no two measures' words overlap, so one scan misses none)."""
    found = sorted(((match.lastindex or 0) - 1, match.start(), match) for match in _ANY_MEASURE.finditer(sentence))
    return [(_MEASURE_NAMES[number], match) for number, _start, match in found]


def counted_thing(measure: str, text: str) -> str:
    """What a figure counts, as a stem ("three crew members" -> "member"); in a toll, any
    person noun is one counted thing."""
    words = text.split()
    last = words[-1].lower() if words else ""
    if measure in TOLLS and (
        last in PERSON_NOUNS or last in _SMALL or last.replace(",", "").isdigit() or last in _STOP or last in _LINKS
    ):
        return "person"  # "over 50 injured", "revised to 275 after ...": a toll counts people
    return noun_stem(last)


def _group_keys(figures: Sequence[FigureRecord]) -> list[GroupKey | None]:
    """The group each figure is compared in (its kind, measure, counted thing, and whether it is a running total),
    or None: a figure of an undated article, of no measure, or one of several parts of a whole in its sentence. A
    figure's group depends on its own article's figures alone (those of its sentence and paragraph)."""
    measured: list[tuple[FigureRecord, str]] = []
    for figure in figures:
        if (
            figure.source.published is None
            or figure.kind in ("year", "duration", "ratio")
            or figure.value is None
            or figure.value <= 0
        ):
            continue
        measure = _measure(figure) or (_SHARE if _whole(figure) else None)
        if measure:
            measured.append((figure, measure))
    per_sentence = Counter((figure.source, measure) for figure, measure in measured)
    peoples = _peoples(measured)
    keys: dict[int, GroupKey] = {}
    for figure, measure in measured:
        if per_sentence[(figure.source, measure)] == 1:  # several are the parts of a whole
            running = _RUNNING.search(figure.source.sentence) is not None
            if figure.kind in ("money", "magnitude"):
                counted = figure.kind
            elif measure == _SHARE:  # the whole is the thing its shares are about
                counted = _whole(figure)
            elif measure == "turnout":  # a city's crowd is no country's: crowds of one place compare
                counted = " ".join(sorted(_crowd_places(figure.source.sentence)))
            else:
                counted = counted_thing(measure, figure.text) + peoples[id(figure)]
            keys[id(figure)] = (figure.kind, measure, counted, running)
    return [keys.get(id(figure)) for figure in figures]


def _figures(
    figures: Sequence[FigureRecord],
    keys: Sequence[GroupKey | None],
    events: Sequence[EventRecord] = (),
    provisional: Set[tuple[str, float]] = frozenset(),
) -> list[Disagreement]:
    """The figures that differ within each group (`keys`: each figure's, `_group_keys`)."""
    groups: dict[GroupKey, list[FigureRecord]] = defaultdict(list)
    for figure, key in zip(figures, keys, strict=True):
        if key is not None:
            groups[key].append(figure)
    dated = {e.source: e.date for e in events if len(e.date) == len("YYYY-MM-DD")}
    paragraph_days: dict[tuple[str, str], set[str]] = defaultdict(set)
    for source, date in dated.items():
        paragraph_days[(source.article_id, source.anchor)].add(date)
    found: list[Disagreement] = []
    seen: set[tuple[str, str]] = set()
    revised: set[Source] = set()  # a revision is shown against one larger figure, once
    for (kind, measure, _noun, _running), group in groups.items():
        stories: dict[str, list[FigureRecord]] = defaultdict(list)  # the group's figures by article
        for figure in group:
            stories[figure.source.article_id].append(figure)
        crowd = CROWD_DAYS if measure == "turnout" else None
        event_days = paragraph_days if measure in ONE_EVENT else None
        toll = measure in TOLLS or measure == "magnitude"
        for cluster in _clusters(group, dated, toll, crowd, event_days, by_whole=measure == _SHARE):
            revision = _revision(cluster, revised)
            if revision is not None and (revision[0].source.sentence, revision[1].source.sentence) not in seen:
                low, high = revision
                revised.add(low.source)
                seen.add((low.source.sentence, high.source.sentence))
                found.append(_figure_pair(kind, measure, low, high))
            pair = _differing(cluster, measure, stories, provisional)
            if pair is None or (pair[0].source.sentence, pair[1].source.sentence) in seen:
                continue
            low, high = pair
            seen.add((low.source.sentence, high.source.sentence))
            found.append(_figure_pair(kind, measure, low, high))
    return found


def _peoples(measured: Sequence[tuple[FigureRecord, str]]) -> dict[int, str]:
    """Whose toll each figure is (`_people_of`, by the figure's id; other counts are of no people); a figure of no people that its paragraph gives
    as one people's too ("68 Indian nationals died ... "We have around 68 verified deaths."") is that people's."""
    peoples = {id(figure): _people_of(figure) if measure in TOLLS else "" for figure, measure in measured}
    named = {
        (f.source.article_id, f.source.anchor, f.value): peoples[id(f)] for f, _measure in measured if peoples[id(f)]
    }
    for figure, _measure in measured:
        if not peoples[id(figure)]:
            peoples[id(figure)] = named.get((figure.source.article_id, figure.source.anchor, figure.value), "")
    return peoples


def _people_of(figure: FigureRecord) -> str:
    """Whose count a figure is, when its words or its clause's subject name a people ("68 Indian nationals",
    "Egyptians accounted for 658 deaths"), as " of <country>"; "" for a count of no one people. One people's dead are
    a part of every total, so they compare only with that people's: "68 Indian" against "658 Egyptian" is no
    dispute, nor is a nation's count against a total of all."""
    at = _at(figure)
    words = figure.text.split()[1:]  # the number's own word ("Fourteen") is no people
    if at > 0:
        before = figure.source.sentence[:at]
        start = max((found + len(mark) for mark in _CLAUSE_MARKS if (found := before.rfind(mark)) >= 0), default=0)
        clause = before[start:]
        words += [w for w in clause.split() if w[:1].isupper() and w.endswith("s")]  # "Egyptians", "Jordanians"
    for written in words:
        people = _people_word(written.strip(",.;:“”\"'’()"))
        if people:
            return people
    return ""


@lru_cache(maxsize=4096)
def _people_word(word: str) -> str:
    """ " of <country>" when a word names a people ("Indian", "Egyptians"), else "": a few words recur in every
    sentence, so the answer is kept."""
    if word[:1].isupper() and (is_demonym(word) or (word.endswith("s") and is_demonym(word[:-1]))):
        return f" of {country_of(word)}"
    return ""


def _figure_pair(kind: str, measure: str, low: FigureRecord, high: FigureRecord) -> Disagreement:
    """Two figures of one measure shown side by side, about the topics both name."""
    topics = tuple(sorted(set(low.topics) & set(high.topics)))
    about = measure if kind == measure else f"{measure} ({kind})"
    if measure == _SHARE:
        written = tuple(f"of {_whole_written(f)}" for f in (low, high))
    else:
        written = tuple(_measure_written(f.source.sentence, measure, _at(f)) for f in (low, high))
    return Disagreement(
        "figures", about, topics, (low.source, high.source), (_as_written(low), _as_written(high)), written
    )


def _measure_written(sentence: str, measure: str, at: int) -> str:
    """The words of a sentence that say what its figure `at` counts, as written ("hit the streets"): its measure's
    word nearest the figure; "" for a measure of no words (a magnitude, a value)."""
    words = [match for name, match in measure_words(sentence) if name == measure]
    return min(words, key=lambda match: abs(match.start() - at)).group(0) if words else ""


def _as_written(figure: FigureRecord) -> str:
    """A figure's words as the page shows them, without a word the figure reader took after the number that is
    no counted noun ("revised to 275 after factoring out ...": 275)."""
    words = figure.text.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in _STOP | _LINKS else figure.text


def _revision(cluster: list[FigureRecord], shown: set[Source]) -> tuple[FigureRecord, FigureRecord] | None:
    """A figure its source revised ("has been revised to 275") and the largest figure of the cluster above it given
    no later, also in its own story ("The Railways on Saturday said that the number of deaths is 288"): a toll cut,
    shown even within rounding, since the source says the two differ. A revision up from an earlier figure (238,
    then 275) completes a count and is not shown (`_differing`)."""
    for low in cluster:
        if low.source in shown or not _is_revised(low):
            continue
        above = [
            high
            for high in cluster
            if high.value > low.value
            and not _is_revised(high)
            and (
                high.source.published is None
                or low.source.published is None
                or high.source.published <= low.source.published
            )
        ]
        if above:
            return low, max(above, key=lambda f: f.value)
    return None


def _measure(figure: FigureRecord) -> str | None:
    """What a figure measures: a magnitude; a value ("valued at Rs 2,000 crore", "worth NZ$500 million"); else the
    measure word of its clause, a place's population left out of it. A magnitude's number the build read as a count
    measures nothing, nor does a population."""
    sentence = figure.source.sentence
    if figure.kind == "magnitude":
        return "magnitude"
    if "magnitude" in sentence.lower() and _in_magnitude(figure):
        return None
    if (figure.kind == "money" or _CURRENCY_UNIT.search(figure.text)) and _VALUED.search(sentence):
        return "value"
    at = _at(figure)
    if (
        _is_population(sentence, at)
        or _is_subset(sentence, figure.text, at)
        or ("artial" in sentence and _PARTIAL.search(sentence[: max(at, 0)]))
    ):
        return None
    if figure.start is None:
        return measure_of(_POPULATION.sub("", sentence), figure.text)
    toll = _toll_measure(figure)
    if toll is not None:
        return toll
    cleaned, shifted = _without_population(sentence, at)
    return measure_of(cleaned, figure.text, shifted)


def _toll_measure(figure: FigureRecord) -> str | None:
    """The measure of a count whose noun is left out that a toll reaches (`compared`): the measure word its toll's
    noun ends ("the official death toll ... from 64 to 2,975") or follows with "of" ("the number of deaths ... revised
    to 275"), however far the number stands from it; None for any other figure."""
    if figure.start is None or figure.kind != "count" or not elided(figure.text):
        return None
    sentence = figure.source.sentence
    toll = toll_before(sentence, number_start(figure.text, figure.start))
    if toll is None:
        return None
    for measure, match in measure_words(sentence):
        if counted_by_toll(sentence, toll, match.start(), match.end()):
            return measure
    return None


def _without_population(sentence: str, at: int) -> tuple[str, int]:
    """The sentence without a place's population ("of Hong Kong's seven million people"), and where a figure
    starting `at` in the whole sentence starts in it (the population before it taken off; -1 when the figure is
    inside one, which is then no longer in the sentence)."""
    dropped = 0
    parts: list[str] = []
    last = 0
    for match in _POPULATION.finditer(sentence):
        parts.append(sentence[last : match.start()])
        last = match.end()
        if match.start() <= at < match.end():
            at = -1
        elif match.end() <= at:
            dropped += match.end() - match.start()
    return "".join(parts) + sentence[last:], at - dropped if at >= 0 else -1


def _is_subset(sentence: str, text: str, at: int) -> bool:
    """Whether a figure counts a part of the category its own words name: "793 injured passengers have been
    discharged" are some of the injured, no count of them ("About 900 people are injured" is one)."""
    return at >= 0 and bool(measure_words(text)) and _SUBSET.match(sentence[at + len(text) :]) is not None


def _is_population(sentence: str, at: int) -> bool:
    """Whether a count of people is a place's population, written after its name ("of Hong Kong's seven million
    people"), not a crowd."""
    return at >= 0 and any(m.start() < at < m.end() for m in _POPULATION.finditer(sentence))


def _crowd_places(sentence: str) -> set[str]:
    """Where a crowd gathered, as its sentence says ("in Paris", "at Marseille", "throughout France")."""
    return {m.group(1) for m in _CROWD_PLACE.finditer(sentence) if m.group(1).lower() not in _CALENDAR}


def _close(low: FigureRecord, high: FigureRecord, measure: str) -> bool:
    """Whether two figures are one figure rounded apart: magnitudes within `MAGNITUDE_GAP`, counts, crowds and values
    within `TOLERANCE` (a crowd or a value given to two digits, "1.27 million", "Rs 1,500 crore", is rounded by less;
    the police's and the organisers' counts differ by far more)."""
    if measure == "magnitude":
        return high.value - low.value <= MAGNITUDE_GAP
    if measure == _SHARE:
        return high.value - low.value <= max(_share_step(low.value), _share_step(high.value))
    if _counted_apart(low, high):
        return False
    return high.value <= (low.upper or low.value) * (1 + TOLERANCE)  # a range is near what its larger end is near


def _share_step(value: float) -> float:
    """How far a share may be from what it rounds, in points, by how it is written: to a tenth ("60.5%": 0.1), to
    the unit ("62%": 1) or round ("60%": 5); "60.5%" and "62.9%" of one whole differ, "60%" and "62%" do not."""
    if value != int(value):
        return 0.1
    return 5.0 if value % 10 == 0 else 1.0


def _whole(figure: FigureRecord) -> str:
    """The whole a percentage is a share of (`_SHARE_OF`), as its qualifiers and the stem of its head noun, lower case
    ("world's coral reef"); "" for another figure, or a whole of no qualifier ("of reefs", "of the vote"), which says
    too little to tell one whole from another. Two sources' shares of one whole are about the same thing."""
    found = _whole_written(figure)
    if not found:
        return ""
    *words, head = found.lower().replace("\u2019", "'").split()
    qualifiers = [word for word in words if word not in _DETERMINERS]
    if not qualifiers or head.endswith(_NOT_PLURAL) or not all(map(_qualifier, qualifiers)):
        return ""
    return " ".join((*qualifiers, noun_stem(head)))


def _one_question(a: FigureRecord, b: FigureRecord) -> bool:
    """Whether two shares of one whole say one thing of it: their sentences share a topic, one of them names none, or
    the same word follows both wholes (the head of what the share does or is). Two polls' "62% of American adults
    approve of the tariff pause" (tariffs) and "41% of American adults say the economy is getting worse" (economy)
    answer two questions."""
    if not a.topics or not b.topics or set(a.topics) & set(b.topics):
        return True
    return _predicate_head(a) == _predicate_head(b) != ""


def _predicate_head(figure: FigureRecord) -> str:
    """The word right after a share's whole, lower case ("approve" in "62% of American adults approve of ..."), or ""."""
    match = _share_of(figure)
    after = _WORD_AFTER.match(figure.source.sentence, match.end()) if match else None
    return after.group(1).lower() if after else ""


def _qualifier(word: str) -> bool:
    """Whether a word before a whole's head may qualify it: no function word, and no plural of its own, which would be
    the head with a verb after it ("21% of reefs| suffered heat stress"); a possessive is one ("the world's")."""
    if word in _STOP or word in _LINKS:
        return False
    return word.endswith("'s") or not word.endswith("s") or word.endswith(_NOT_PLURAL)


def _whole_written(figure: FigureRecord) -> str:
    """The words of a percentage's whole as its sentence writes them (`_SHARE_OF`), or ""."""
    match = _share_of(figure)
    return match.group("whole") if match else ""


def _share_of(figure: FigureRecord) -> re.Match[str] | None:
    """Where a percentage's sentence writes the whole it is a share of (`_SHARE_OF`), or None."""
    if figure.kind != "percent":
        return None
    at = _at(figure)
    return _SHARE_OF.match(figure.source.sentence, at + len(figure.text)) if at >= 0 else None


def _counted_apart(low: FigureRecord, high: FigureRecord) -> bool:
    """Whether two near figures of one count differ though within rounding: both exact ("511" against "512", "155"
    against "156": neither round nor hedged, so neither is the other rounded), or a bound above the smaller figure
    ("above 200" against 192: the figure does not meet it). Only when the smaller is not the earlier's (a count
    grows, so 153 on Sunday and 156 on Tuesday agree); a bound met by a figure ("at least 125" against 131) is none."""
    if low.value >= high.value or _earlier_than(low, high) or low.upper is not None:
        return False
    return (_exact(low) and _exact(high)) or bool(_FLOOR.match(high.text))


def _exact(figure: FigureRecord) -> bool:
    """A count written to the unit: a whole number not ending in 0 with no hedge before it ("about 155", "some 511")."""
    return figure.value == int(figure.value) and figure.value % 10 != 0 and not _HEDGED.match(figure.text)


def _agreed_by_own_story(low: FigureRecord, high: FigureRecord, stories: dict[str, list[FigureRecord]]) -> bool:
    """Whether the story that gives `low` as an earlier figure also gives one within rounding of `high`: its own
    current figure, which agrees with the other source, superseded it."""
    return any(
        f is not low and abs(f.value - high.value) <= min(f.value, high.value) * TOLERANCE
        for f in stories.get(low.source.article_id, ())
    )


def _differing(
    cluster: list[FigureRecord],
    measure: str = "",
    stories: dict[str, list[FigureRecord]] | None = None,
    provisional: Set[tuple[str, float]] = frozenset(),
) -> tuple[FigureRecord, FigureRecord] | None:
    """The smallest and the largest figure of a cluster when two sources differ beyond rounding; a bound holds the
    figures within `FLOOR_RATIO` inside it ("More than 100" holds 130, "up to 50" holds 40), and a count its article
    gives as still running (`provisional`: "already reaches 93", "may increase") is no dispute with a larger one of
    its day or later. One story's two magnitudes of a quake differ: a magnitude does not rise as a count
    completes."""
    for low in sorted(cluster, key=lambda f: f.value):
        for high in sorted(cluster, key=lambda f: -f.value):
            if _close(low, high, measure):
                continue  # within rounding; a figure left may still be counted apart
            one_article = low.source.article_id == high.source.article_id
            if _is_revised(high) and not _earlier_than(high, low):
                continue  # a count revised up from an earlier figure completes it: an update
            if provisional and not _earlier_than(high, low) and _running_count(low, high, provisional):
                continue  # "already reaches 93, ... may increase", then "at least 115": the count grew
            if measure == "magnitude":
                if low.source.sentence == high.source.sentence:
                    continue
                return low, high
            if one_article and not _two_speakers(low.source.sentence, high.source.sentence):
                continue  # one source's figures: a toll raised, or parts of a whole
            if one_article and any(_OF_THEM.search(f.source.sentence) for f in (low, high)):
                continue  # "Eight people were injured, two of them fatally": casualties, not injuries alone
            if one_article and _EARLIER.search(low.source.sentence) and not _EARLIER.search(high.source.sentence):
                continue  # the smaller figure given earlier: a toll that rose, reported by the same story
            if (
                not one_article
                and _EARLIER.search(low.source.sentence)
                and _agreed_by_own_story(low, high, stories or {})
            ):
                continue  # "previously had put the death toll at 5,500", and the same story's 11,300 agrees
            if high.value < low.value * FLOOR_RATIO and (_FLOOR.match(low.text) or _CEILING.match(high.text)):
                continue  # "More than 100 other people were injured" holds 130; "up to 50" holds 40
            return low, high
    return None


def _running_count(low: FigureRecord, high: FigureRecord, provisional: Set[tuple[str, float]]) -> bool:
    """Whether either figure's article gives it as a count still running (`_PROVISIONAL`), in its sentence or in
    another of the article giving the same value ("93 people were killed", then "The death toll already reaches 93")."""
    return any((f.source.article_id, f.value) in provisional for f in (low, high))


def _earlier_than(first: FigureRecord, second: FigureRecord) -> bool:
    """Whether the first figure's article was published before the second's (neither undated)."""
    one, other = first.source.published, second.source.published
    return one is not None and other is not None and one < other


def _two_speakers(first: str, second: str) -> bool:
    """Whether two sentences of one article give their figures on the word of two different named
    speakers ("Gaza's Health Ministry says ... 19", "The Civil Defence ... had earlier said that 40"): one
    source reporting two sources, which may differ as two articles do."""
    one, other = _speaker_names(first), _speaker_names(second)
    return bool(one) and bool(other) and one.isdisjoint(other)


def _speaker_names(sentence: str) -> set[str]:
    """The capitalised words naming who speaks: after "according to", else up to five words before the
    first verb of speech (the sentence's opening word only when it is a name, not "The")."""
    according = re.search(r"\baccording to\s+((?:\S+\s*){1,5})", sentence, re.IGNORECASE)
    verb = _CLAIM_VERB.search(sentence)
    if according:
        words = according.group(1).split()
    elif verb:
        words = sentence[: verb.start()].split()[-5:]
    else:
        return set()
    names = {
        re.sub(r"[’']s$", "", w.strip(",.;:")).lower()
        for w in words
        if w[:1].isupper() or w.strip(",.;:").lower() in _COUNTERS
    }
    return names - _OPENING_WORDS


def _keys(
    figure: FigureRecord,
    dated: dict[Source, str],
    toll: bool = False,
    crowd: bool = False,
    event_days: dict[tuple[str, str], set[str]] | None = None,
) -> set[str]:
    """What a figure is about: its topics, the names of two words or more in its sentence ("Ras
    Isa", "Eternity C"), and, as `WEEK_DAYS` keys, the places it names ("in Saada") and the day it
    dates: two sentences placing or dating one event speak of it without a shared topic. A toll's
    story is one event too ("at least 19 people were killed", then "40 people were killed in the
    strike"; a crowd of one place counted by the organisers and by the police; "at least 3,958 people have died ..., according to the WHO", then, a paragraph on, "Earlier,
    OCHA said at least 11,300"), which `_differing` sets against each other only on the word of two named
    speakers, and the topics of a strike's toll say less: often they are who counts the dead (the Health
    Ministry, the Civil Defence), who gives the tolls of every strike, so they join such tolls of one
    week only; a war's toll ("killed in the drug war by 2012") keeps its topics' month. A count of one event's things
    (`ONE_EVENT`: cars that derailed) is keyed by the days its paragraph gives too: one derailment has one day."""
    day = dated.get(figure.source)
    story = {f"{_STORY_KEY}{figure.source.article_id}"} if toll or crowd else set()
    if figure.area:
        return set(figure.area) | story | ({_DAY_KEY + day} if day else set())
    sentence = figure.source.sentence
    names = (m.group(0) for m in _NAME.finditer(sentence))
    one_strike = toll and _STRIKE.search(sentence) is not None
    keys = {_TOLL_TOPIC_KEY + t for t in figure.topics} if one_strike else set(figure.topics)
    keys |= story
    keys |= {name for name in names if _event_name(name)}
    places = (m.group(1) for m in _PLACE.finditer(sentence))
    keys |= {_PLACE_KEY + p for p in places if p.lower() not in _CALENDAR and not country_of(p)}
    if event_days is not None:
        keys |= {_EVENT_DAY_KEY + d for d in event_days.get((figure.source.article_id, figure.source.anchor), ())}
    return keys | {_DAY_KEY + day} if day else keys


def _event_name(name: str) -> bool:
    """Whether a name of two words or more may place an event ("Ras Isa", "True Confidence"): not a date ("June
    27") nor a body that counts the figures of many events ("Health Ministry")."""
    words = name.split()
    return words[0].lower() not in _CALENDAR and words[-1].lower() not in _BODY_WORDS


def _near(a: FigureRecord, b: FigureRecord, days: int = WINDOW_DAYS) -> bool:
    if a.year is not None and b.year is not None and a.year != b.year:
        return False
    first, second = a.source.published, b.source.published
    return first is not None and second is not None and abs((first - second).days) <= days


def _clusters(
    group: list[FigureRecord],
    dated: dict[Source, str],
    toll: bool = False,
    crowd_days: int | None = None,
    event_days: dict[tuple[str, str], set[str]] | None = None,
    by_whole: bool = False,
) -> Iterable[list[FigureRecord]]:
    """Figures of one group about one thing (a shared topic or name; for shares, `by_whole`, the whole the group is
    of, when they answer one question, `_one_question`) in one date window, each cluster reported once. A key's figures are
    sorted by date once, so each anchor looks only at the figures inside its window, not at every figure of the key."""
    by_key: dict[str, list[FigureRecord]] = defaultdict(list)
    for figure in group:
        for key in {_SHARE} if by_whole else _keys(figure, dated, toll, crowd_days is not None, event_days):
            by_key[key].append(figure)
    seen: set[frozenset[int]] = set()
    for key, members in sorted(by_key.items()):
        reach = WEEK_DAYS if key.startswith((_PLACE_KEY, _DAY_KEY, _TOLL_TOPIC_KEY)) else WINDOW_DAYS
        reach = min(reach, crowd_days) if crowd_days is not None else reach
        ordered = sorted((f.source.published.toordinal(), n) for n, f in enumerate(members) if f.source.published)
        days = [day for day, _n in ordered]
        for position, anchor in enumerate(members):
            if anchor.source.published is None:
                continue  # an undated article is compared with none (`find_disagreements`)
            day = anchor.source.published.toordinal()
            low, high = bisect_left(days, day - reach), bisect_right(days, day + reach)
            window = sorted(n for _day, n in ordered[low:high])
            near = [
                members[n]
                for n in window
                if n == position
                or (_near(anchor, members[n], reach) and (not by_whole or _one_question(anchor, members[n])))
            ]
            ids = frozenset(id(f) for f in near)
            if len(near) > 1 and ids not in seen:
                seen.add(ids)
                yield near


def sourced_in_one(sentences: Sequence[tuple[Source, tuple[str, ...]]]) -> list[Disagreement]:
    """A sentence giving two sources' figures of one thing ("1,272,000 demonstrators ... according to the police, and
    2.8 million according to the CGT"; "the CGT claims 2.8 million demonstrators ..., against 1.27 million according
    to the Ministry of the Interior"), shown alone: the figures of a sentence are otherwise parts of a whole, but each
    here has its own source. Both must count one measure (the elided one takes the other's) and differ beyond
    rounding."""
    found: list[Disagreement] = []
    for source, topics in sentences:
        sentence = source.sentence
        if not has_digit(sentence) or ("according to" not in sentence and not _COUNTED_BY.search(sentence)):
            continue
        amounts = [m for m in _AMOUNT.finditer(sentence) if _is_amount(sentence, m)]
        if len(amounts) != 2:
            continue
        first, second = amounts
        sources = (
            _source_of(sentence[: first.start()], sentence[first.end() : second.start()]),
            _source_of(sentence[first.end() : second.start()], sentence[second.end() :]),
        )
        if not sources[0] or not sources[1] or not sources[0].isdisjoint(sources[1]):
            continue
        measures = {m for m in (measure_of(sentence, a.group(0), a.start()) for a in amounts) if m}
        values = sorted(_amount_value(a) for a in amounts)
        if len(measures) != 1 or values[1] <= values[0] * (1 + TOLERANCE):
            continue
        measure = measures.pop()
        found.append(
            Disagreement(
                "figures",
                f"{measure} (by source)",
                topics,
                (source,),
                (f"{first.group(0)} against {second.group(0)}",),
                (_measure_written(sentence, measure, first.start()),),
            )
        )
    return found


def _is_revised(figure: FigureRecord) -> bool:
    """Whether its source gives a figure as a revision ("has been revised to 275")."""
    at = _at(figure)
    return at >= 0 and _REVISED.search(figure.source.sentence[:at]) is not None


def _at(figure: FigureRecord) -> int:
    """Where a figure's words start in its sentence: its offset when the reader gave one, else their first
    occurrence (-1 when the sentence does not hold them as written)."""
    return figure.source.sentence.find(figure.text) if figure.start is None else figure.start


def corrected_in_one(sentences: Sequence[tuple[Source, tuple[str, ...]]]) -> list[Disagreement]:
    """A sentence correcting one figure by another of the same measure ("the number of deaths is 275 and not 288"),
    shown alone: the source says itself that the two differ, even within rounding. Two figures of a sentence with no
    "not" between them ("Out of 275, 88 bodies have been identified") are a whole and its part."""
    found: list[Disagreement] = []
    for source, topics in sentences:
        sentence = source.sentence
        if " not " not in sentence or not has_digit(sentence):
            continue
        for match in _NOT_FIGURE.finditer(sentence):
            right, wrong = match.group("right"), match.group("wrong")
            measure = measure_of(sentence, right, match.start("right"))
            if right == wrong or measure is None or 1900 <= float(right.replace(",", "")) <= 2100:
                continue
            written = (_measure_written(sentence, measure, match.start()),)
            found.append(
                Disagreement(
                    "figures", f"{measure} (corrected)", topics, (source,), (f"{right} and not {wrong}",), written
                )
            )
    return found


def _is_amount(sentence: str, match: re.Match[str]) -> bool:
    """Whether a number is a figure, not a year, a day of a month ("January 31") or a share."""
    if match.group(2) is None and "," not in match.group(1) and 1900 <= float(match.group(1)) <= 2100:
        return False
    before = sentence[: match.start()].split()[-1:]
    return not (before and before[0].lower().strip(",") in _CALENDAR) and not re.match(
        r"\s*(?:%|per\s*cent|percent)", sentence[match.end() :]
    )


def _amount_value(match: re.Match[str]) -> float:
    """A number as written ("1.27 million", "1,272,000") as one value, so two ways of writing it compare."""
    scale = {"million": 1e6, "billion": 1e9}.get((match.group(2) or "").lower(), 1.0)
    return float(match.group(1).replace(",", "")) * scale


def _source_of(before: str, after: str) -> set[str]:
    """Who gives a figure, from the text before and after it up to the sentence's other figure: the name after
    "according to" that follows it in its clause, else the subject of a verb of saying or counting right before it ("the CGT claims 2.8 million", "while the CGT, on behalf of ...,
    counted 500,000")."""
    according = re.match(r"[^,;]{0,60}?\baccording to\s+(?:estimates\s+by\s+)?([^,;]+)", after, re.IGNORECASE)
    if according:
        return _name_words(according.group(1).split()[:5])
    verb = next(reversed(list(_COUNTED_BY.finditer(before))), None)  # the verb nearest the figure
    if verb is None or re.search(r"[,;]", before[verb.end() :]) or len(before) - verb.end() > 40:
        return set()
    clause = re.sub(r",[^,;]*,\s*$", " ", before[: verb.start()])  # "the CGT, on behalf of the inter-union group,"
    return _name_words(re.split(r"[,;]", clause)[-1].split()[-4:])


def _name_words(words: list[str]) -> set[str]:
    """The words of a source's name, without its articles ("the police headquarters" -> police, headquarters)."""
    return {w.strip(",.;:").lower() for w in words} - _OPENING_WORDS - _LINKS


def _dates(events: Sequence[EventRecord]) -> list[Disagreement]:
    groups: dict[tuple[str, tuple[str, ...], str], list[EventRecord]] = defaultdict(list)
    for event in events:
        if len(event.date) < 7 or not event.topics:
            continue
        actions = [a for a, pattern in _ONE_OFF_RES.items() if pattern.search(event.source.sentence)]
        if len(actions) == 1:
            groups[(actions[0], tuple(sorted(event.topics)), event.date[:4])].append(event)
    found: list[Disagreement] = []
    for (action, topics, _year), group in groups.items():
        months: dict[str, EventRecord] = {}
        for event in group:
            months.setdefault(event.date[:7], event)
        if len(months) > 1:
            chosen = [months[m] for m in sorted(months)]
            found.append(
                Disagreement(
                    "dates",
                    f"date of: {action}",
                    topics,
                    tuple(e.source for e in chosen),
                    tuple(e.date for e in chosen),
                )
            )
    return found


def _denials(sentences: Sequence[tuple[Source, tuple[str, ...]]]) -> list[int]:
    """The indices of the sentences that may deny something: a denial's words, a "not ... but", a claim held."""
    return [
        n
        for n, (source, _topics) in enumerate(sentences)
        if _may_dispute(source.sentence)
        and (
            _DISPUTE.search(source.sentence)
            or _NOT_BUT.search(source.sentence)
            or _HOLDS_ITS_CLAIM.search(source.sentence)
        )
    ]


def _disputed(sentences: Sequence[tuple[Source, tuple[str, ...]]], denied: Sequence[int]) -> list[Disagreement]:
    """Each denial (`denied`: their indices in `sentences`, `_denials`) with the claim it denies, once per pair of
    sentences as written."""
    denials = [(n, *sentences[n]) for n in denied]
    paragraphs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for source, _topics in sentences:
        paragraphs[(source.article_id, source.anchor)].append(source.sentence)
    stems = [_stems(source.sentence) for source, _topics in sentences]
    index: dict[str, list[int]] = defaultdict(list)  # stem -> the sentences holding it
    for n, words in enumerate(stems):
        for stem in words:
            index[stem].append(n)
    found: list[Disagreement] = []
    seen: set[tuple[str, str]] = set()
    for n, source, topics in denials:
        if _CLAIM_AND_DENIAL.search(source.sentence) or _HOLDS_ITS_CLAIM.search(source.sentence):
            found.append(Disagreement("disputed", "claim and denial", topics, (source,)))
            continue
        if _ASKED.match(source.sentence):
            continue  # "Asked if the mission was provocative, Tarriela denied ...": the question's premise, no one's claim
        context = _stems(" ".join(paragraphs[(source.article_id, source.anchor)]))
        claim = _told_next(n, sentences) or _claim(source, context, sentences, stems, index)
        if claim is None or (source.sentence, claim[0].sentence) in seen:
            continue
        seen.add((source.sentence, claim[0].sentence))
        shared = tuple(sorted(set(topics) | set(claim[1])))
        found.append(Disagreement("disputed", "claim and denial", shared, (claim[0], source)))
    return found


def _told_next(n: int, sentences: Sequence[tuple[Source, tuple[str, ...]]]) -> tuple[Source, tuple[str, ...]] | None:
    """The claim a denial answers when its own paragraph tells it next to the denial, where the claim search
    does not look: the sentence before a denial of "that toll" or "this claim" when it reports one, or the
    sentence after a denial of reports when it tells the report ("... said press reports ... were inaccurate.
    Reuters had on Friday quoted a U.S. official saying ...")."""
    denial = sentences[n][0]
    if _DENIED_THAT.search(denial.sentence) and n > 0:
        before = sentences[n - 1]
        if _same_paragraph(before[0], denial) and _CLAIM_VERB.search(before[0].sentence):
            return before
    if n + 1 < len(sentences) and _REPORTS_DENIED.search(denial.sentence):
        following = sentences[n + 1]
        if _same_paragraph(following[0], denial) and _REPORTING.search(following[0].sentence):
            return following
    return None


def _same_paragraph(first: Source, second: Source) -> bool:
    return (first.article_id, first.anchor) == (second.article_id, second.anchor)


def _set_against(sentences: Sequence[tuple[Source, tuple[str, ...]]]) -> list[Disagreement]:
    """Two speakers of one paragraph set against each other ("X said that no ... were hit. Y, however,
    said ... struck"): the second opens with its subject and "however" before its verb of speech, the
    sentence before reports speech, and one of the two says no."""
    found: list[Disagreement] = []
    for n in range(1, len(sentences)):
        (first, first_topics), (second, second_topics) = sentences[n - 1], sentences[n]
        if (
            ", however," in second.sentence
            and _HOWEVER_SAID.match(second.sentence)
            and (first.article_id, first.anchor) == (second.article_id, second.anchor)
            and _CLAIM_VERB.search(first.sentence)
            and (_SAID_NO.search(first.sentence) or _SAID_NO.search(second.sentence))
        ):
            shared = tuple(sorted(set(first_topics) | set(second_topics)))
            found.append(Disagreement("disputed", "claims that differ", shared, (first, second)))
    return found


def _may_dispute(sentence: str) -> bool:
    """Whether a sentence holds a word a denial needs: a cheap test that spares almost every
    sentence the two patterns, which cost most of the search on a large corpus."""
    lowered = sentence.lower()
    return any(map(lowered.__contains__, _DISPUTE_CUES)) or ("not " in lowered and "but " in lowered)


def _same_days(first: Source, second: Source) -> bool:
    """Whether two articles were published within `WEEK_DAYS` of each other (or either is undated)."""
    if first.published is None or second.published is None:
        return True
    return abs((first.published - second.published).days) <= WEEK_DAYS


def _stems(text: str) -> set[str]:
    return {w.lower()[:6] for w in _WORD.findall(text) if w.lower() not in _STOP}


def _denied_too(sentence: str, stem: str) -> bool:
    """Whether a sentence holds the denied word only under a negation of its own, so agrees with
    the denial ("outside the countries' extradition treaty" against "not an extradition")."""
    uses = [m for m in _WORD.finditer(sentence) if m.group(0).lower().startswith(stem)]
    return bool(uses) and all(_NEGATION.search(sentence[max(0, m.start() - 40) : m.start()]) for m in uses)


def _claimant(sentence: str) -> set[str]:
    """The stems of who makes a claim: the words next to its claim verb ("Earlier the Houthi
    group said its forces ..."), which a denial often names ("A claim by Yemen's Houthi group
    ... is false")."""
    found: set[str] = set()
    for verb in _CLAIM_VERB.finditer(sentence):
        found |= _stems(" ".join(sentence[: verb.start()].split()[-4:] + sentence[verb.end() :].split()[:3]))
    return found


def _claim(
    denial: Source,
    context: set[str],
    sentences: Sequence[tuple[Source, tuple[str, ...]]],
    stems: Sequence[set[str]],
    index: dict[str, list[int]],
) -> tuple[Source, tuple[str, ...]] | None:
    """The sentence of another paragraph that a denial answers: it asserts the denied word ("not an
    extradition") or reports a claim, and shares the most word stems with the denial's paragraph;
    one whose claimant the denial names comes first, then the first on a tie. Stems held by more than `COMMON_STEM` sentences do not
    count, which keeps the search linear in the corpus."""
    replaced = _NOT_BUT.search(denial.sentence)
    denied_word = replaced.group(1).lower()[:6] if replaced else None
    put_instead = replaced.group(2).lower()[:6] if replaced else None
    overlap: Counter[int] = Counter()
    for stem in context:
        holders = index.get(stem, [])
        if len(holders) <= COMMON_STEM:
            overlap.update(holders)
    denied = _stems(denial.sentence)
    owner = _CLAIM_OWNER.search(denial.sentence)  # "did not confirm Erdogan’s claim": Erdogan's, first
    owners = _stems(owner.group(1)) if owner else set()
    ranked = sorted(
        (
            (n, shared)
            for n, shared in overlap.items()
            if shared >= CLAIM_OVERLAP
            or (
                owners
                and sentences[n][0].article_id == denial.article_id
                and owners <= _claimant(sentences[n][0].sentence)
            )
        ),
        key=lambda item: (
            not owners <= _claimant(sentences[item[0]][0].sentence),
            not _claimant(sentences[item[0]][0].sentence) & denied,
            -item[1],
            item[0],
        ),
    )
    for n, _shared in ranked:
        source, claim_topics = sentences[n]
        same_paragraph = (source.article_id, source.anchor) == (denial.article_id, denial.anchor)
        if same_paragraph or source.sentence == denial.sentence or _DISPUTE.search(source.sentence):
            continue
        if source.article_id != denial.article_id and not _same_days(source, denial):
            continue  # a denial answers a claim of its own days, not one of another month's story
        if denied_word is not None:  # a word corrected is others' word: the claim is another source's
            if (
                source.article_id == denial.article_id
                or denied_word not in stems[n]
                or put_instead in stems[n]
                or _denied_too(source.sentence, denied_word)
            ):
                continue
        elif not _CLAIM_VERB.search(source.sentence):
            continue
        if _DENIES_ITSELF.search(source.sentence) and not _ACCUSES.search(source.sentence + denial.sentence):
            return None  # the closest is a second denial of one side ("nothing to do", "denied any responsibility")
        return source, claim_topics
    return None
