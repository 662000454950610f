"""Who said what: direct quotations, reported speech and transcript turns, with their speaker.

Rules, not a model: the speaker is resolved against the codebook's actors (names, aliases,
surnames of people, and roles such as "the secretary of state" when the same article names
that actor), which no general-purpose extractor knows. Everything here is plain data in,
plain data out, so the build calls it through a thin adapter. Here: finding what was said and
which speaker a pronoun or a description goes back to; which actor a speaker is, `build_site.speakers`.

Decisions worth knowing:
- A quotation of fewer than `MIN_QUOTE_WORDS` words is a scare quote or a title ("the
  so-called "kingpin strategy""), not a statement; so is one after "titled", "known as" or a
  work's noun ("collectively known as "the Law of the River""), and one in title case in a sentence
  naming a document before it ("issued a Final Rule, "Additions and Modifications to the Entity List""), and
  a phrase of at most `SCARE_QUOTE_WORDS` words quoted as a noun (after an article or a preposition, no stop
  inside its marks) in a sentence that reports no speech ("32 feet away from “minimum power pool” — ...").
- A paragraph that mixes curly and straight double marks has its straight ones read by direction, so a
  quotation opened with one kind and closed with the other is one quotation.
- A place, a measure or an agreement never speaks, whatever the briefing's kinds: a speaker whose
  head is one ("the Level 2 Shortage Condition announced last year", "The four Upper Basin states
  approved") makes no statement, where "a statement issued by the Upper Basin states" is the states'; a study speaks for the acronym owning it ("the AP report said") or for no one.
- A quotation broken by its attribution (`"We will act," she said, "and soon."`) is one
  statement; its parts are joined with " … " so the text stays verbatim where it is shown.
- A speaker is identified when it resolves to an actor or, if not in the codebook, when it
  is written with a capital (a name, "ICE El Paso Special Agent in Charge ..."). "Officials
  said" or "a spokesperson said" is not a speaker: such statements are kept apart as
  unattributed, never attributed by guess; the officials of a body the codebook knows ("NASA
  officials said") speak as that body, a country's ("Mexican officials") as no one.
- Pronoun speakers ("he said") resolve when exactly one codebook person is named in the
  same sentence (before the pronoun) or in the previous one; else, like descriptions ("the
  spokesman said", "the Danish company said"), to the speaker of the statement just before
  (same or previous sentence, or the end of the previous paragraph) when it is of the same
  sort (a person, or an organisation); otherwise the statement is unattributed.
- When the previous sentence names two people, "he said" is the one who is its subject, outside
  any quotation ("... Derek Maltz celebrated the decision. He remarked, ..."); "It said" is the
  organisation whose statement came just before.
- A role two actors hold ("attorney general") is the one the article names, and so is a
  description that paraphrases one named person's role ("the Mexican foreign relations chief" for
  the "Foreign Minister of Mexico", "the Health Minister" for the "Health Minister of the
  Democratic Republic of Congo"); a modifier made of a
  plural name ("the Houthi group") is that actor; "according to US officials" and "Officials in
  Yemen" name no one.
- Single quotes are a quotation only after a colon ("mentioned: '...'"), where an apostrophe
  cannot pass for one.
- Transcript turns: a paragraph opening with an upper-case label and a colon ("SECRETARY
  RUBIO:", "MODERATOR:"), with "The President." or "Q." as the archive of presidential
  documents writes turns, or with a name in square brackets ("[Bill Russell:]"), in an article
  with two such labels or one that names a codebook actor; the unlabelled paragraphs after a turn continue it. "Q:" and "QUESTION:" are
  unidentified questioners, so unattributed.
- Releases: the quotations under a "Statement by X" line are X's; the paragraphs under
  "The below is attributable to X:" are X's statement, each a direct statement unless it
  holds statements of its own.
- A quotation over several paragraphs: by convention each paragraph opens with a mark and only
  the last closes; some releases open once and close once, their middle paragraphs unmarked. A
  quotation left open goes on in the next paragraph when that opens with a mark, closes it, or
  stays inside it until a paragraph soon after closes it; every part is the speaker's its
  attribution names, wherever that stands (the line before ending with a colon, "... the
  following statement from X:", the first part, or the last). A quotation inside it, written
  with the same marks, is part of it.
- Descriptions: a hyphenated modifier ("the Dubai-based agency") is no name; a name owning the
  head ("Zambada's attorney") or represented by it ("The attorney for Ismael Zambada") is not
  the speaker, but makes the description a named one, as a place does for its one office ("The
  Sinaloa state prosecutor's office"); "according to a statement ... by X" and "A statement from
  X ... described" are X; a body described with no statement before it to stand for ("the
  agency noted") is the one organisation the article names, if it names one.
- General mechanisms rather than shapes: stance verbs are speech verbs with their objects ("welcomed
  the release", "echoed his comments") and a phrase may lead to the verb ("went on to say"); a
  document speaks for the name before it ("a Department of State statement said", "A MoFA
  statement") and "the statement added" goes on with the statement up to `DOCUMENT_REACH`
  paragraphs before; a description is named by its acronym ("ministry of foreign affairs (MoFA)");
  a name may hold a particle ("al-Houthi"); a quotation right after a statement of its paragraph is
  that speaker's; a release quotation may be signed after a dash ("– Anthony Placido, former ...");
  and quotations inside a quotation in the same marks are read as part of it in every paragraph.
- What is shown as a speaker's name is a name, whole: a pronoun or description that stands for a
  speaker outside the codebook shows that speaker's name, and "he" that stands for no one is kept
  apart (a group's name, "... (JNIM)", is no "he"); a name is never cut at a particle inside it
  ("Jama'at Nusrat al-Islam wal Muslimin") and keeps its bracketed acronym; a possessive place and a
  title before a person's name are left out ("Niger's General Abdourahamane Tchiani"), not before a
  body ("Mexico's Navy").
- Media and roles: "AFP quoted Erdogan as saying" is Erdogan's; a name after the verb speaks only when
  no finite verb follows it ("said Ukraine and Russia would sign" is the subject's); a description of a
  person ("added the governor", "A Ukrainian presidential adviser said", "the spokesman for ...") is the
  one person named in that role nearby, the next paragraph included only for one that introduces someone.
- A quotation introduced as received, sent or addressed to someone ("UN staff received the following
  message:") is no one's the text does not name: not the subject's, nor the speaker's just before.
- "The army", "the ministry" (a country's one institution) is the one country's the article names,
  however the sentence reads ("The army said that", "according to the army", "The Malian army
  announced that" give one speaker), and stays unattributed when the article names two.
- "The head of the Sedena" is the one person the article names whose role heads it, never the body;
  a full name with a title or an owner as its appositive ("Christine Cipolla, ICRC's head of
  delegation in Yemen, said"; `," stated Secretary of ..., Rosa Icela Rodríguez.`) is the name, and so
  is a title with a name ("the army chief of staff, General Oumar Diarra, said"); "Chief of Staff X"
  capitalised is a title, not "the chief of" a body. "The ministry" stands only for a public body
  (by its name: "... Administration", "Ministry of ..."), never for a group such as JNIM.
- "It said" or "the general said" with no statement before it to go on is the one codebook actor of
  its sort named in its paragraph or the one before (none with two); "They" goes on only with a body's
  statement; a pronoun never stands for a name inside a quotation or after the verb of the sentence
  before ("The general said that ... Bazoum ...", then "he said" is the general).
- A participle of speech ("..., saying", "vowing that") reports the subject of its sentence; "the army"
  is the one country's whose troops the article names ("Burkinabe soldiers"); an indefinite ("An
  intelligence Source"), a part ("members of Mali's security forces") or an object ("loyal to X") is no
  speaker, nor the medium that cites a statement ("cited by Al-Masirah from ...").
- An abbreviated title's period closes no name ("said Rear Adm. Michael McAllister", shown without the
  title); a name, then a capitalised office, then the verb is the name ("Alexey Likhachev, Director
  General of ROSATOM, said"); "police said" is the one country's police, like "the army"; a two-letter
  codebook acronym ("UN") speaks only in capitals; codebook names match with either apostrophe.
- Anonymous sources: "The Hamas official said", "a senior U.S. official", "according to the Israeli official",
  "quoted a U.S. official saying" are kept apart, never given to the body or to the medium: an unnamed
  member's words are not the body's statement, and an analyst cannot check them. "The official" goes back
  only to a named person (the speaker just before, or one named in that role nearby), and never when its
  sentence says the source is unnamed ("speaking anonymously").
- Names listed as the subject ("On March 25, the USDA, FDA, and CDC announced") make one statement for each;
  a dateline opening the paragraph ("WELD COUNTY, Colo. — ") is not part of what was said; "according to the
  latest report from X" is X's; "The Hamas-run media office" is not Hamas.
- Wire copy: a codebook name holding "and" or "&" is one speaker, as is one man's two titles ("Deputy Prime
  Minister and Home Minister X"); "as reported by X" cites X; a sentence whose clauses each cite a source ("2.8
  million ..., against 1.27 million according to the Ministry of the Interior") is one statement per source;
  "Nepal’s prime minister, NAME, said", `," added the head of the CGT, NAME.` and `," NAME, his role said` are
  NAME's; "..., it said" after its clause is the body opening the sentence; "the ministry" with no statement
  before it is the one body named whose name ends with that noun.
- Testimony and reported speech in quotations: "testified" reports speech only with its clause ("testified before
  the Senate that"); a codebook name holding "and" stays one before a title and a person ("National Transportation
  and Safety Board Chair NAME"); "he" or "she" reaches its paragraph's earlier statement over sentences naming no
  other person, and over one paragraph opening with the same pronoun; "the officer" is the person just named; a
  quotation the source leaves open gives its swallowed attribution (`“..., she said.`); a time between a name and
  its verb ("DeWine last week said") is no part of it; a codebook actor's words reported with a clause inside
  someone's quotation ("The Railways on Saturday said that ...") are that actor's statement too.
- Blame and roles: verbs of blame report a charge in the active against someone else ("Peskov accuses Kyiv of ...",
  "Zelensky blamed ..."; not "have been accused of", nor "blamed each other"), the whole sentence kept as for all
  reported speech; "reminded", "complained", "contended" and "commented" only before their clause; "The Kremlin
  spokesman" or "Putin's spokesman" is the person holding or named in that role, else the body spoken for, never
  the person; "he" after a sentence whose subject is a titled person outside the codebook is that person; a
  quotation paragraph after a statement whose speaker is a description takes that description; what a speaker adds
  after a quotation's attribution (`," Peskov said, adding that ...`) is that speaker's reported speech too.
- Listeners and objects: a speaker resolves to the codebook as mentions do, accents folded ("Karla Calderon" is
  "Karla Calderón"); the one "told" is no speaker ("..., NAME, associate researcher ..., told BNamericas." is
  NAME's), unless a name follows it ("told AFP Lionel Lazarre"); "said the Bolivian government and Uranium One Group
  executives" is both speakers' statement, one row each; "the strategy President Gabriel Boric announced in April"
  (what was said, the noun before its subject) is no statement; "said X's Foreign Ministry in a statement" is the
  ministry; "some residents of Jujuy say" is the residents, as written, never the place.
- Sources and verbs: a subject and verb of saying before a later "according to" keep the statement ("Kuleba said
  ..., according to a statement from the ministry"); `," Podolyak concluded`; "Ukrayinska Pravda writes"; "called it
  a fake" (calling something something, not "called on" or "called for"); "An AFP count indicates that" (a body or a
  count, not "The examination of DRI"); "An AFP tally ... put the toll at" (a count speaks for the acronym owning
  it); a country denying a claim ("Ukraine, which ..., denied any responsibility"); "..., with NAME accusing X of"
  is NAME's second statement of the sentence; a paragraph opening on "He" goes back to the last speaker over up to
  two paragraphs with no statement naming no one, and the quotation right after it is his too.
- Spokesmen, parts and voices: "A spokesman for the Illinois DNR says" is the body's statement, as written where the
  codebook's `not:` rules its alias out ("Illinois DNR" is not the Michigan "DNR"); "The MDNR and the U.S. Fish and
  Wildlife Service announced" is both bodies', one row each; "the U.S. Army Corps of Engineers, Rock Island
  District, announced" is the Corps'; "He added:" closing its paragraph is no statement (the quotation below is his,
  unless it names its own speaker); "We’re told" (a contraction is its pronoun; the one told is no teller) is none.
- Pronouns and documents cited: "he said" that nothing else resolves is the one person the sentence before, no
  statement, has as a clause's subject ("Manuel Rizo lost his niece ... . He said"), a name as written included;
  "according to the report" is the author the article names for it (`_document_author`), else the document as
  written when its phrase names one ("previous Bee reports"), else no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from build_site.countries import country_of
from build_site.matcher import alias_key, fold, noun_stem
from build_site.name_checks import ABBREVIATED_TITLES, NAME_PARTICLES, TITLE_WORDS, TITLES
from build_site.person_names import BODY_NAME_WORDS, is_person_name
from build_site.speakers import (
    _HEAD_OF,
    _MILITARY_HEADS,
    _PERSON_NOUNS,
    _POSSESSIVE,
    _PUBLIC_BODIES,
    _STATE_NOUNS,
    _VERB_SET,
    BELIEVING_VERBS,
    SPOKESPERSONS,
    VERBS,
    Actor,
    _country_code,
    _country_word,
    _is_country,
    _is_country_subject,
    _Resolver,
    _resolver,
)
from build_site.text_shapes import DEGREE

# The entry points; `Actor` is re-exported so that callers build a codebook's actors from here.
__all__ = ["DOCUMENT_REACH", "KINDS", "MIN_QUOTE_WORDS", "Actor", "Paragraph", "Statement", "extract_statements"]

MIN_QUOTE_WORDS = 3
SCARE_QUOTE_WORDS = 5  # at most this many words quoted without a speaker, a verb of saying or a stop: a phrase
DOCUMENT_REACH = 2  # paragraphs "the statement added" may look back to the statement it goes on
KINDS: tuple[str, ...] = ("direct", "reported", "transcript")


@dataclass(frozen=True, slots=True)
class Paragraph:
    anchor: str
    sentences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Statement:
    kind: str  # one of KINDS
    text: str  # what was said, verbatim (the quotation, the turn, or the reporting sentence)
    speaker_text: str | None  # the speaker as written; None when unattributed
    speaker: str | None  # actor id, when the codebook knows the speaker
    anchor: str
    sentence: int  # index of the sentence where the statement starts

    @property
    def attributed(self) -> bool:
        return self.speaker_text is not None


# Verbs that report speech only before what was said ("maintain that", "mentioned:"); "Congress has
# maintained significant interest" is no statement.
# "responded to the attack", "29 alleged drug traffickers", "assessed the damage", "the latest agreement
# suggests a renewed focus", "recalled its ambassador", "has repeatedly complained about the agreement",
# "has commented on the Kremlin's statement" are no statements.
_CLAUSE_VERBS = frozenset(
    "mentioned maintain maintains maintained responded affirmed affirms reaffirmed alleged alleges assessed assesses "
    "recalled recalls suggested suggests states reminded reminds complained complains contended contends "
    "commented indicates indicated opined opines informed tweeted tweets posted posts".split()
)
# Verbs of finding report a finding only with a clause after them, "that ..." or a subject and its
# finite verb ("The board determined the primary contributing factors were ...", "also found OceanGate
# failed to ..."), and only in the active: "the debris was found", "found the nose cone" are acts. A
# word in -ed is that finite verb only before its object, never before a preposition: there it is a
# participle complementing the object ("found the body buried in a grave", "found 12 containers damaged
# by the fire"), and a reflexive object is never a clause's subject ("found itself isolated").
_FINDING = frozenset("determined determines found finds concluded concludes".split())
_DASHED_ASIDE = re.compile(r"\s+[—–]\s+[^—–]{1,160}?\s+[—–](?=\s)")  # "376 officers — including ... — waited"
_PREPOSITION = (
    r"(?:by|in|on|at|near|after|before|during|from|with|without|under|over|into|inside|outside|along|across|"
    r"behind|beside|between|for|since|until|when|while|as)\b"
)
_CLAUSE_SUBJECT = (
    r"^\s*(?:that\b|:|(?!(?:\w+self|\w+selves)\b)(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:that|which|who)\b)[\w'’-]+\s+){1,6}?"
    r"(?:(?:was|were|is|are|had|has|have|would|could|should|will|may|might|must|can|did|failed|lacked)\s"
)
_FINDING_CLAUSE = re.compile(rf"{_CLAUSE_SUBJECT}|[a-z]+ed\s+(?!{_PREPOSITION})))")
# Verbs of forecasting report a forecast only with its clause, "that ..." or a subject and an auxiliary or modal
# ("Nagin predicted the death toll could reach into the thousands"); a noun object is a count forecast, no one's
# words ("Forecasters predicted 20 named storms this season"), and a word in -ed there is no verb ("20 named storms").
_FORECASTING = frozenset("predicted predicts".split())
_FORECAST_CLAUSE = re.compile(rf"{_CLAUSE_SUBJECT}))")
# Verbs of estimating report a finding only in the active, as a finite verb and before "that": "Parametrix
# estimates that the loss is $5.4 billion"; "an estimated 2,975 deaths", "was estimated" and "estimated the
# damage at" are no statements.
_ESTIMATING = frozenset("estimates estimated estimate calculated calculates".split())
# A document commissioned, funded or ordered by a body is not that body's finding: "a study commissioned by the
# government of Puerto Rico found that" is the study's (its authors'), the body only paid for it.
_COMMISSIONED_BY = re.compile(
    r"\b(?:commissioned|funded|financed|sponsored|ordered|requested)\s+by\s+[^,;:\"“”]{2,80}$"
)
# "rejected allegations", "flatly rejected Western "speculation"", "refuted this, claiming": a stance only against
# a claim; "a decision Beijing has rejected", "rejected the proposal" are acts.
_REJECTING = frozenset("rejected rejects refuted refutes".split())
_REJECTED_CLAIM = re.compile(
    r"\s+(?:[\w-]+\s+)?[\"“]?(?:speculation|allegations?|accusations?|claims?|charges?|reports?|suggestions?)\b"
    r"|\s+(?:this|that|it)\s*[,;]|\s+that\s"
)
# Verbs of blame report a charge only in the active, and only against someone else: "the slaying ... was
# blamed on gang members" names no accuser, and "Kyiv and Moscow ... blamed each other" no one speaker.
_BLAMING = frozenset("accused accuses blamed blames".split())
_EACH_OTHER = re.compile(r"^\s+(?:each\s+other|one\s+another|the\s+other)\b")
# Verbs that report a claim only with its object and "to" ("Mayorkas attributed the arrest ... to the
# efforts of HSI"), never in the passive ("The attack was attributed to the group").
_TO_VERBS = frozenset("attributed attributes".split())
# A country denies a claim ("Ukraine ... denied any responsibility"), where it acts when it denies a thing ("Mexico
# denied entry to ...", "denied visas").
_DENYING = frozenset("denied denies".split())
_DENIED_CLAIM = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:responsibility|involvement|connection|role|part|links?|ties|claims?|reports?|"
    r"allegations?|accusations?|charges?|wrongdoing|knowledge)\b"
)
# Calling something something is a stance only with the thing and what it is called ("called it a fake",
# "called the announcement a "technical failure"", "called the coup “completely illegitimate ...”"); "called
# for", "called on", "a group called ..." and "called the police a few times" are no statements.
_CALLING = frozenset("called calls".split())
_CALLED_AS = re.compile(
    r"^\s+(?:it|this|that|them|him|her|(?:the|his|her|their|its)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)"
    r"\s+(?:an?\s+(?!(?:few|lot|number|couple|total|day|week|month|year)\b)[\w“\"]|[“\"])"
    # a longer object, nouns joined by "and", only before a quotation: "called the temperature stress and resulting
    # bleaching “absolutely one of ...”"
    r"|^\s+(?:the|his|her|their|its)\s+[a-z][\w'’-]*(?:\s+(?!(?:to|for|on|in|at|by|that|which|who)\b)[a-z][\w'’-]*)"
    r"{3,5}?\s+[“\"]"
)
# "indicates" reports what a count or a body says ("An AFP count indicates that"); "Data indicates that" names
# no one who says it.
_INDICATING = frozenset("indicates indicated".split())
# A count given as a source's figure: "An AFP tally ... put the toll at more than 1,100", "Health authorities
# previously had put the death toll in Derna at 5,500", "AFAD put the magnitude of the quake at 7.4",
# "Authorities ... placed the death toll at 64".
_GIVING = ("put", "puts", "placed", "places")
# The figure a count is given or revised to: a number, after a word of approximation ("at more than 1,100", "to
# 13"), never money ("from $5 to $7", "at 5 million dollars"): a toll of a road or bridge is a price.
_COUNT = (
    r"(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|(?:about|nearly|almost|around|some|roughly|over)\s+)?"
    r"\d(?![\d,.]*\s+(?:(?:million|billion|trillion)\s+)?(?:dollars|euros|pounds|pesos|yuan|yen|rupees|cents)\b)"
)
# The count's noun is the head of its phrase: a preposition follows it or the figure does ("the death toll in Derna
# at 5,500", "the magnitude of the quake at 7.4"), never another noun ("the toll booths at 64 exits").
_OF_COUNT = r"\b(?:\s+(?:of|in|from|for|on|among|across|since|after)\b[^,.;]{0,60}?)?"
_PUTS_TOLL = re.compile(
    rf"\b(?:{'|'.join(_GIVING)})(?=\s+the\s+(?:[a-z]+\s+)?(?:toll|number|figure|count|tally|estimate|magnitude)"
    rf"{_OF_COUNT}\s+at\s+{_COUNT})"
)
# A count revised by whoever keeps it, from one figure or to another: "the governor raised the U.S. territory’s
# official death toll from Hurricane Maria from 64 to 2,975", "the government officially raised the death count to
# reflect the report's estimate" (to a figure, `_COUNT`, or to a verb and its object). Only the nouns of a count of
# people or an estimate: "raised the number of patrols to 40" is an act, not a statement.
_REVISING = ("raised", "raises", "revised", "revises", "lowered", "lowers", "updated", "updates")
_REVISES_COUNT = re.compile(
    rf"\b(?:{'|'.join(_REVISING)})(?=\s+the\s+(?:[\w’'.-]+\s+){{0,4}}?(?:toll|count|tally|estimate)"
    rf"(?:{_OF_COUNT}\s+(?:from|to)\s+{_COUNT}|\s+to\s+[a-z]+\s+(?:the|a|an|its|their)\b))"
)
_FIGURE_VERBS = frozenset(_GIVING + _REVISING)
# A count or tally speaks for the acronym owning it ("An AFP count indicates", "An AFP tally ... put").
_TALLIES = frozenset("count tally calculation".split())
# Verbs of testimony report a claim only with its clause, which may follow where and when it was given
# ("testified before the Senate that ...", "testified yesterday that"); "testified to the scale of the
# damage" and "testified for three hours" are no statements.
_TESTIFYING = frozenset("testified testifies".split())
# A verb of believing is a statement only in the closing slot, after a clause and a comma, its subject a name or a
# noun of one or two words ("The toll will remain at about 80, police believe."). Elsewhere it is a relative clause's
# ("which he believes lack support") or a second verb of one subject ("rejects ... and believes that ...").
_BELIEVING = frozenset(BELIEVING_VERBS)
_CLOSING_BELIEF = re.compile(
    rf",\s+(?!(?:which|who|that)\b)(?:[\w.'’-]+\s+){{1,2}}(?:{'|'.join(BELIEVING_VERBS)})[.\"”]*\s*$"
)
_TESTIMONY_CLAUSE = re.compile(
    r"^(?:\s+(?:yesterday|today|again|publicly|under\s+oath))?(?:\s*(?:[,:]|that\b|[\"“]|$|\.\s*$)"
    r"|\s+(?:before|to|at|in|during|on)\s+[^,.;:\"“”]{1,80}?\s*(?:that\b|:|,\s*[\"“]))"
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
# How much of a sentence on each side of a verb of saying its subject and clause are read in: more than the
# longest sentence of the evaluation texts (benchmarks/RESULTS.md, "Long paragraphs").
_VERB_WINDOW = 1000

_Trie = dict[str, "_Trie"]  # a character -> the rest; "" marks the end of a word


def _trie_pattern(words: Iterable[str]) -> str:
    """One alternation for many words, factored by shared prefixes ("stat(?:ed|es)"), which
    the regular-expression engine tries several times faster than a flat list of words."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        optional = "" in node
        if not branches:
            return ""
        if len(branches) == 1 and not optional:
            return branches[0]
        body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + ")"
        return body + ("?" if optional else "")

    return pattern(trie)


# Verbs that attribute a quotation next to them but do not make reported speech on their own
# ("the statement continued"; "The Houthis continued their attacks" is no statement; `...,” began President ...`;
# `"...," Podolyak concluded`, where "The Coast Guard ... concluded the Arctic Chinook exercise" is an act).
QUOTE_VERBS = ("continued", "stating", "saying", "began", "concluded", "shared")
_VERB = _trie_pattern(VERBS)
_QUOTE_VERB = _trie_pattern((*VERBS, *QUOTE_VERBS))
_PUNCTUATION_TO_SPACE = str.maketrans({c: " " for c in ",.;:!?\"“”'’()[]—–"})
# Words allowed between a subject and its verb ("Rubio also said", "she has repeatedly warned").
_ADVERBS = frozenset(
    "also has had have later then previously repeatedly publicly once again recently firmly "
    "strongly further separately earlier quickly flatly forcefully vehemently categorically first "
    "officially yesterday today".split()
)
# Lower-case words a name or title may hold ("Special Agent in Charge", "Secretary of State").
_CONNECTORS = frozenset("of the for de del la las los y and & in da do van von".split())
# Capitalised words that open a sentence without being part of a speaker's name.
_OPENERS = frozenset(
    """the a an and but meanwhile however also then later in on at during after before
    since last this that these those yesterday today monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec as while when
    speaking asked although though because whereas if unless""".split()
)
_PRONOUNS = frozenset("he she".split())
# People who speak for another ("the spokesman for ...", "an adviser to ..."), named by their own role.
_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson adviser advisor aide".split())
# Heads of a description that names no one ("The Hamas official", "a senior U.S. official", "a source
# briefed on the talks"): an anonymous source's words are no body's statement, so they stay unattributed
# (a reader cannot hold Hamas to what one unnamed member says); "the official" goes back only to a person
# named in that role nearby ("Ghazi Hamad, a senior Hamas official").
_ANONYMOUS = frozenset("official officials source sources diplomat diplomats".split())
_UNNAMED = re.compile(
    r"\b(?:speaking\s+anonymously|(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|(?:who|and)\s+(?:refused|declined|"
    r"asked)\s+(?:not\s+)?to\s+be\s+(?:named|identified))\b",
    re.IGNORECASE,
)
# A modifier saying who runs or backs a body ("Hamas-run", "Iran-backed"): the body is not that one.
_RUN_BY = re.compile(r"\w-(?:run|backed|led|owned|controlled|aligned|allied|affiliated)\b")
# Plural or generic nouns that open a sentence capitalised without naming anyone ("Officials said").
_GENERIC = frozenset(
    """officials authorities critics experts analysts sources residents witnesses police
    prosecutors spokesperson spokesman spokeswoman officers agents lawmakers diplomats observers
    reports media documents investigators advocates others many some both""".split()
)
_ORGANISATION_NOUNS = frozenset(
    "company firm group movement ministry department command agency government militia embassy office mission network "
    "organization organisation".split()
)
# Heads of descriptions that can speak at all: people, bodies and their plurals ("the rebels").
_SPEAKER_NOUNS = (
    _PERSON_NOUNS
    | _ORGANISATION_NOUNS
    | _STATE_NOUNS
    | frozenset(
        """spokesmen spokeswomen officials ministers rebels militants insurgents group groups operator
        operators owner owners council committee court judge prosecutor prosecutors attorney general
        secretary director administrator governor mayor senator lawmaker police board party union
        coalition alliance organisation organization centre center force forces guard head""".split()
    )
)
# Participles of speech that report what the sentence's subject said ("Ecowas has condemned the power
# grab, saying he remains ...", "with Transport Ministry spokesman Mohamed Ould Mamouni saying ...").
_PARTICIPLES = frozenset("saying vowing stating insisting noting declaring warning arguing stressing accusing".split())
# A determiner before the word makes it a noun: "with the warning of “near complete mortality”" is no participle.
_PARTICIPLE = re.compile(r"(?:,\s*|(?<!\bthe)(?<!\bits)(?<!\btheir)\s)(" + "|".join(sorted(_PARTICIPLES)) + r")\b")
# A participle of saying after an act of sending or filing ("Delta Air Lines sued CrowdStrike on Friday, claiming
# the company had cut corners", "sent a letter to FEMA requesting information", "released a study on May 29
# reporting 4,645 Americans died"): the act's subject says the participle's clause. "reporting", "showing" and
# "finding" need a clause after them ("released a video showing the strike" is no statement); a request needs only
# its object, and "describing" or "detailing" a document just before them (`_PUBLISHED_DESCRIBING`).
_ACTS = r"(?:sent|sends|released|releases|issued|issues|filed|files|published|publishes|sued|sues|submitted)"
_CLAIMING = ("claiming", "alleging", "requesting", "demanding")  # a claim or a request: its object is enough
_REPORTING = ("reporting", "showing", "finding")  # only with a clause after it
_DESCRIBING = ("describing", "detailing")
_ACT_PARTICIPLE = re.compile(
    rf"\b{_ACTS}\b[^.;:\"“”]{{0,160}}?(?:,\s*|\s)(?:{'|'.join(_CLAIMING)}|({'|'.join(_REPORTING)}))\b"
)
_REPORTED_CLAUSE = re.compile(
    r"^\s*(?:that\b|(?:[\w.,'’-]+\s+){1,6}?(?:was|were|is|are|had|has|have|would|could|will|may|might|did|[a-z]+ed)\b)"
)
_ACT_PARTICIPLES = frozenset(_CLAIMING + _REPORTING + _DESCRIBING)
# A second speaker in a sentence whose first has spoken: "Kyiv has flatly denied any connection, with Ukrainian
# President Volodymyr Zelenskyy accusing Putin of ...".
_WITH_PARTICIPLE = re.compile(r",\s+with\s+([^,;:\"“”]{2,80}?)\s+(?:" + "|".join(sorted(_PARTICIPLES)) + r")\b")
# The first finite verb of a clause, which its subject stands before: an auxiliary or a past tense.
_FINITE = re.compile(r"\s(?:has|had|have|is|was|were|will|would|did|[a-z]+ed)\b")
# Verbs that report speech whatever follows them: "the US said it had hit 800 targets" is the US speaking,
# where "The U.S. has pledged billions" is a country acting.
_SAYING = frozenset("said says say stated states told tells".split())
# Verbs whose object is the one spoken to: in "..., Gonzalo Mondaca ... told BNamericas." the outlet
# after the verb listens, and the speaker is the subject before it, unless a name follows the listener
# ("..., told AFP Lionel Lazarre, head of ...").
_TELLING = frozenset("told tells".split())
# Nothing after a verb but where or when: "the strategy President Gabriel Boric announced in April." The
# verb's object is the noun before its subject (a relative clause without "that"), and nothing was said.
_NO_OBJECT = re.compile(r"(?:\s+(?:in|on|at|last|this|earlier|during|since|before|after)\b[^,;:\"“”]*)?[\s.]*$")
# Verbs whose object is what was said (a plan announced, words said), unlike a stance's object: "a charge
# Tehran has denied" is Tehran's denial, a statement.
_CONTENT_VERBS = frozenset(
    "said says stated states announced announces declared declares revealed reveals disclosed discloses "
    "reported described describes mentioned promised pledged wrote".split()
)
# Lower-case words before a subject that do not end a noun phrase ("and Boric said", "as he noted").
_NOT_NOUNS = frozenset(
    "and but or nor so as while when because since than also who which that then where after before if until "
    "once though although whereas yet said says of in on at by for from to with the a an its his her their our".split()
)
# People named by the place they live in ("some residents of Jujuy say"): the speakers are those people,
# shown as written, not the place.
# Parts of a body named in apposition after it ("the U.S. Army Corps of Engineers, Rock Island District,"):
# the body speaks, through its part.
_UNITS = frozenset("district division region branch chapter sector detachment".split())
_PEOPLE_OF_PLACE = frozenset("residents villagers locals inhabitants".split())
# Two speakers, the first a body described ("the Bolivian government and Uranium One Group executives"): a
# name never ends in a lower-case word, so the "and" joins two speakers, not two words of one name.
_COORDINATED = re.compile(
    rf"^((?:the\s+)?(?:[A-Z][\w.'’-]*\s+)+(?:{'|'.join(sorted(_STATE_NOUNS | _ORGANISATION_NOUNS))}))"
    r"\s+and\s+((?:the\s+)?[A-Z][^,;:\"“”]*?)\s*$"
)
_OF_PLACE = re.compile(rf"^(?:{'|'.join(sorted(_PEOPLE_OF_PLACE))})\s+(?:of|in|from)\s+[A-Z]")
# The authorities of a place, named by the place ("Authorities in Puerto Rico placed the death toll at 64",
# "Authorities in the western Mexico state of Sinaloa have raised the death toll"): the speaker is the phrase as
# written, the place being neither the authorities nor a body of the codebook.
_AUTHORITIES_OF = re.compile(r"^[Aa]uthorities\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?[A-Z][^,;:]*$")
# A plural noun whose "of" opens the list after it ("The governors of Arizona, Nevada and California announced"):
# the list names whose they are, and the noun is the one subject, kept as written, never one of the listed.
_OWNERS_OF = r"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*"
_LIST_OWNER = re.compile(rf"(?:^|,\s+)({_OWNERS_OF}),\s+$")
_OWNERS_OF_LIST = re.compile(rf"^{_OWNERS_OF},\s")
# A time adverbial between a verb that needs a clause (`_CLAUSE_VERBS`) and its "that" ("Pompeo complained on Thursday
# that", "maintained last week that"): the day of saying, the clause still the verb's.
_DAY_OF_SAYING = (
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on\s+[A-Z][a-z]+\.?\s+\d{1,2}"
    r"|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|earlier|yesterday|today)\s+"
)
_CLAUSE_AFTER_VERB = re.compile(rf"^\s*(?:[,:]|(?:{_DAY_OF_SAYING})?that\b|[\"“]|$|\.\s*$)")
# What carries a speaker's words without being the speaker: "the statement continued" is the
# words of whoever the statement before was from.
_DOCUMENT_NOUNS = frozenset("statement release readout message letter communique communiqué post".split())
# Titles that take "to" and whom they serve ("Senior Advisor to the Secretary", "Special Envoy to ...").
_TITLES_TO = _SPOKESPEOPLE | frozenset("assistant counselor counsellor envoy".split())
_UNRESOLVABLE_PRONOUNS = frozenset("they it we i you".split())
_SUBJECT_PRONOUNS = _PRONOUNS | _UNRESOLVABLE_PRONOUNS
# A run of capitalised words, with the particles of a name between them: where a person's name may stand.
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w.'’-]*(?:\s+(?:(?:de|la|del|van|von|al|bin)\s+)?[A-Z][\w.'’-]*)+")
_CONTRACTION = re.compile(r"(?<=[a-z])['’](?:re|ve|ll|d|m|s)$", re.IGNORECASE)  # "We’re", "He's"
# "We’re told", "They were told": the one told
_BE_BEFORE = re.compile(r"(?:\b(?:am|is|are|was|were|be|been|being)|[’'](?:re|m))\s+$")
# A line introducing what follows ("He added:"): with nothing after it in its paragraph, no statement of its own.
# a word owning what follows ("the State’s claims", "Russia's warnings"): the verb's form after it is a noun;
# a pronoun's "’s" is "has" or "is" ("He’s said")
# A study or report with its owner before it, closing a sentence as its speaker, the day it came out after it
# ("..., a Harvard study released Tuesday says."): the owner speaks, as "the AP report said" is AP's.
_RELEASED_DOCUMENT = re.compile(
    r"[A-Z][\w.'’-]*\s+(study|report|analysis|survey|assessment)(?:\s+(?:released|published|issued)"
    r"(?:\s+(?:on\s+)?[A-Z]?[\w,]+){0,3})?\s*$"
)
_OWNER_BEFORE = re.compile(
    r"(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bthat)(?<!\bwho)(?<!\bthere)(?<=\w)[’']s?\s+$", re.IGNORECASE
)
_INTRODUCES = re.compile(rf"\b(?:{_QUOTE_VERB})\s*:\s*$")
# Heads of a place, a measure or an agreement, which never speak whatever the briefing's kinds: "the
# Level 2 Shortage Condition announced last year" and "the Colorado River Basin states" say nothing.
# Polities named together by a name before them ("the Upper Basin states", "the Gulf countries"): they speak.
_POLITIES = frozenset("states countries nations governments".split())
_SILENT_HEADS = frozenset(
    """basin basins river rivers lake lakes dam dams valley reservoir canyon coast sea gulf condition conditions
    shortage tier compact treaty agreement accord law act minute plan program programme initiative guidelines
    operations""".split()
)
_HEAD_ENDS = frozenset("of on for in to at from".split())  # words after a name's head ("Bureau of Reclamation")
# Heads of a document: "The August 2022 24-Month Study notes that ..." is said by whoever wrote it, whom the
# sentence does not name, so it is kept apart ("According to the report" is, too).
_DOCUMENT_HEADS = frozenset(
    "study studies report assessment analysis forecast projection projections document documents".split()
)
# A document closing a clause with a verb of saying, finding or showing ("..., the report found.", "..., the
# documents show."): the document is the clause's source, its author as `_closing_description` finds one.
_DOCUMENT_CLOSING = re.compile(
    rf",\s+(the\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{'|'.join(sorted(_DOCUMENT_HEADS))}))\s+"
    r"(?:said|says|stated|states|added|adds|noted|notes|found|finds|concluded|concludes|show|shows|showed)\s*[.!]?[”\"]?\s*$"
)
# A participle of describing right after a document the act published ("issued a report describing key flaws",
# "released a damning 575-page report detailing “cascading failures”"): its object is what the document says.
_PUBLISHED_DESCRIBING = re.compile(
    rf"\b{_ACTS}\s+(?:an?|the|its|their)\s+(?:[^\s.,;:\"“”]+\s+){{0,3}}?"
    rf"(?:{'|'.join(sorted(_DOCUMENT_HEADS | _DOCUMENT_NOUNS))})\s+(?:{'|'.join(_DESCRIBING)})\b"
)
# What puts a quotation as a name or a title, not as words said: 'titled "Interim International
# Cooperative Measures ..."', 'collectively known as "the Law of the River"', 'the Wikipedia article "..."', a work
# after its author ('Brian Eyler, author "Last Days of the Mighty Mekong"').
_NAMING = re.compile(
    r"\b(?:titled|entitled|called|named|dubbed|so-called|known\s+as|authors?(?:\s+of)?|(?:article|book|film|"
    r"headline|report|song|study|paper)\s+(?:titled\s+)?)\s*,?\s*$",
    re.IGNORECASE,
)
# A document's noun earlier in the sentence ("issued a Final Rule, "...""; "two interim final rules released on ...:
# (1) "..." and (2) "...""): a quotation in title case after it is the document's title, never what was said.
_DOCUMENT_NOUN = re.compile(
    r"\b(?:rules?|regulations?|orders?|acts?|laws?|bills?|notices?|reports?|titled|entitled)\b", re.I
)
_TITLE_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())
_QUESTIONERS = frozenset(("Q", "QUESTION", "AUDIENCE MEMBER"))

_TOKEN = re.compile(r"[^\W\d_][\w.'’\-]*|\d[\w.,]*|[,;:()\"“”—–&]")
_VERB_RE = re.compile(rf"\b(?:{_VERB})\b")
# A transcript's time mark, the offset into the recording: "(00:17)", "[01:02:45]".
_TIME_MARK = r"[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]]"
# A legislator's party and state after the name, as hearing transcripts write them: "(R-TX)", "(D-N.Y.)".
_PARTY_STATE = r"\([A-Z]{1,3}-[A-Z][A-Za-z.]{1,14}\)"
# A turn's label, in the shapes transcripts are published in: in capitals, "SECRETARY RUBIO: ", "Q: ",
# "SEN. TED CRUZ (R-TX): " (the party and state set aside),
# with the speaker's title after a comma, "REAR ADMIRAL JOHN MAUGER, U.S. COAST GUARD: "; as a
# transcription service writes them, the name in mixed case and a time mark, "Jennifer Homendy (00:17): ",
# "Sen. Ted Cruz (R-TX) (00:17): ",
# "Speaker 1 (00:00): " (without the time mark a capitalised word and a colon is prose: "Update: the road
# is open"); as the archive of presidential documents writes them, "The President. " and "Q. "; or in square
# brackets, as podcast and hearing transcripts print them, "[Bill Russell:] " or "[Holly Hobbs]: ". A label
# with a colon may stand alone in its paragraph ("BORIS SANCHEZ, CNN HOST:"), its turn in the paragraphs after.
_LABEL = re.compile(
    r"^(?:(?:(?P<caps>(?:[A-Z][A-Z.'’\-]*\s+){0,5}[A-Z][A-Z.'’\-]*|Q|A)"
    r"(?:,\s*(?P<caps_title>[A-Z0-9][A-Z0-9.'’&/\-]*(?:,?\s+[A-Z0-9][A-Z0-9.'’&/\-]*){0,9}))?"
    rf"(?:\s*{_PARTY_STATE})?(?:\s*{_TIME_MARK})?\s*:"
    r"|(?P<mixed>[A-Z][\w.'’\-]*(?:\s+(?:[a-z]{1,3}\s+){0,2}(?:[A-Z][\w.'’\-]*|\d+)){0,5})"
    rf"(?:,\s*(?P<mixed_title>[^:()\[\]]{{1,80}}?))?(?:\s*{_PARTY_STATE})?\s*{_TIME_MARK}\s*:)(?:\s+(?=\S)|\s*$)"
    r"|(?P<archive>The (?:Vice )?President|Q)\.\s+(?=\S)"
    r"|\[(?P<bracketed>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})(?::\]|\]:)\s+(?=\S))"
)
_OPENING_TIME_MARK = re.compile(rf"^{_TIME_MARK}\s+(?=\S)")
# A label that names no one: a generic word and a number ("Speaker 1", "PARTICIPANT 2") or an
# unidentified or unknown voice ("UNIDENTIFIED FEMALE", "Unknown Speaker").
_UNNAMED_LABEL = re.compile(r"^(?:.+\s\d+|(?:unidentified|unknown)\b.*)$", re.IGNORECASE)
_AFTER_VERB = re.compile(rf"^\s*[,—–]?\s*(?:{_QUOTE_VERB})\s+(?!that\b)")
_BEFORE_VERB = re.compile(rf"(?:{_QUOTE_VERB})(?:\s*[,:]|\s+that)\s*$")
_SPEECH_THEN_CLAUSE = re.compile(rf"\b(?:{_VERB})\b(?!\s+[A-Z])")  # "said that", not "said Maersk"
# `," said the president.`, `," said the head of the Sedena.`: a description after an inverted verb,
# which the codebook's roles or the speaker before may name.
_INVERTED_DESCRIPTION = re.compile(
    r"the\s+(?:(?:head|chief)\s+of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
    rf"|(?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(sorted(_PERSON_NOUNS))}))(?=\s*[.,]|\s*$)"
)
# What may follow a name that closes its sentence: an appositive, and a participle going on with the
# statement ("said Anees al-Asbahi, the spokesperson for ..., adding that a search was underway.").
_CLOSED_BY_NAME = re.compile(r"^\s*(?:,[^,;:]*)?(?:,\s*(?:adding|saying|noting)\b[^;:]*)?[.\"”]*\s*$")
# A subordinate clause between a quotation and a speech verb: the verb is that clause's, not the quotation's
# (`said there were “far more cases now” in Africa than even when the World Health Organization declared`).
_SUBORDINATE = re.compile(r"\b(?:when|than|because|since|until|unless|whereas|where)\b")
_CONJUNCTIONS = frozenset("while whereas but and although though as".split())
# "according to X" and "as reported by X" ("..., as reported by the Sudanese army"): X speaks.
_ACCORDING = re.compile(r"\b(?:according to|as (?:reported|stated|announced|confirmed) by)\s+", re.IGNORECASE)


def _according(sentence: str) -> bool:
    """Whether a sentence cites its source ("according to X", "as reported by X"); a substring test first."""
    if "ccording to" in sentence:
        return True
    return "ed by " in sentence and _ACCORDING.search(sentence) is not None  # "as reported by", "as stated by" ...


# A name read forwards ends at a comma, quote or a period that does not close an initial
# ("Francisco B. Burrola") or a short title ("Jr.", "U.S.").
_NOT_CLOSING = "".join(rf"(?<!\b{t.capitalize()})" for t in sorted(ABBREVIATED_TITLES) if len(t) > 2)
# A period inside a name: after an initial or an abbreviated title, two letters too ("Gov. Mike Dunleavy said",
# "Mr. Nishimura added").
_DOT = "(?<=[A-Z])\\." + "".join(rf"|(?<=\b{t.capitalize()})\." for t in sorted(ABBREVIATED_TITLES))
# After a closing quote, a clause up to its verb of saying (`," Homendy told reporters`), and before an
# opening quote, a verb of saying and the clause after it (`said Rubio: "`). Compiled here, not in the
# functions that use them: patterns of this size built per call are compiled again whenever the re
# module's cache (512 patterns) has let them go.
_CLAUSE_THEN_VERB = re.compile(rf"^\s*[,—–]?\s*((?:[^,.;:\"“”]|{_DOT}){{1,120}}?)\s+(?:{_QUOTE_VERB})\b")
_VERB_THEN_CLAUSE = re.compile(rf"\b({_VERB})\s+((?:[^,.;:\"“”]|{_DOT}){{1,120}}?)\s*[,:]\s*$")
_FORWARD = re.compile(rf"[^,;:\"“”()]*?(?=[,;:\"“”()]|(?<![A-Z])(?<!\b[A-Z][a-z]){_NOT_CLOSING}\.(?:\s|$)|$)")
# An attribution a quotation the source leaves open takes in at its end (`“..., she said.` with no closing mark).
_SWALLOWED = re.compile(rf",\s+(he|she|[A-Z][\w'’-]+)\s+(?:{_VERB})\.?\s*$")
# What may stand between a quotation's attribution and the quotation that goes on after it.
_GOES_ON = re.compile(r"^\s*(?:[A-Z]?[a-z]+\s*)?,?\s*(?:adding|and added|continuing)?\s*[,:]?\s*$")
# A release's heading line that names who speaks in the quotations below it.
# A release's line that makes the paragraphs below it one speaker's statement.
_ATTRIBUTABLE = re.compile(
    r"^(?:The (?:below|following) is )?(?:attributable to|As stated by) (.{3,120}?):$", re.IGNORECASE
)
_HEADER = re.compile(r"^(?:Statement|Remarks) (?:by|of) (.{3,120}?)\.?$")
# A lead-in line that names a speaker and a document of speech, its paragraphs under it up to the next heading
# ("Chairman Green’s opening statement as prepared for delivery:", "Testimony of Jane Doe:").
_SPEECH_DOCUMENT = r"(?:statement|remarks|testimony|speech|address)"
_AS_DELIVERED = r"(?:\s+as\s+(?:prepared\s+for\s+delivery|delivered))?"
_SPEECH_HEADING = re.compile(
    rf"^(?:(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,5}})[’']s\s+(?:[a-z]+\s+){{0,2}}{_SPEECH_DOCUMENT}"
    rf"|(?:[A-Z][a-z]+\s+){{0,2}}(?i:{_SPEECH_DOCUMENT})\s+(?:by|of|from)\s+(?P<name>[A-Z][^:;\"“”]{{2,100}}?))"
    rf"{_AS_DELIVERED}\s*:$"
)
# The same line as a sentence of releasing: "Congressman Greg Stanton (D-AZ) released the following statement as
# states failed to reach an agreement:" (the subject releases the speech below).
_RELEASED_SPEECH = re.compile(
    rf"^(?P<subject>[^:;\"“”]{{2,120}}?)\s+(?:released|issued|delivered|gave|made)\s+the\s+following\s+"
    rf"{_SPEECH_DOCUMENT}\b(?!\s+(?:from|by|of)\b)[^:;\"“”]{{0,200}}:$"
)
# What may stand between two quotations of one speaker ("A," she said. "B." / "A," adding that "B.").
_THEN = re.compile(r"^[\s.,]*(?:(?:and\s+)?(?:adding|added|continuing)(?:\s+that)?[\s,:]*)?$")
# The rest of an attribution's sentence, before a quotation that opens the next sentence:
# `," Ebrard said regarding the Merida Initiative. "It is more complex ...` goes on with Ebrard.
_TAIL = re.compile(r"^[^.!?;:\"“”]{0,80}\.\s*$")
# Or an appositive describing the speaker just named, up to `_APPOSITIVE_TAIL`'s length (`,” said Tapendra Rokaya, 29, who was
# visiting family in a village in the Jajarkot district for a Hindu festival. “No one ...`).
_APPOSITIVE_TAIL = re.compile(r"^,[^.!?;:\"“”]{0,200}\.\s*$")
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")  # "Central Command (Centcom) said"
# "Qatar’s ministry of foreign affairs (MoFA) has welcomed": a description named by its acronym.
# also with more in its brackets: "(JNIM or GSIM in French)"
_TRAILING_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{0,8}[A-Z][A-Za-z]{0,8})(?:\s[^()]*)?\)\s*$")
_GROUP_AFTER_ACRONYM = re.compile(r"(?<=\))\s+(?:group|movement|militia|coalition|alliance|organi[sz]ation)\s*$")
_TRAILING_ADVERB = re.compile(r"\s+(?:" + "|".join(sorted(_ADVERBS)) + r")\s*$", re.IGNORECASE)
# A verb of speech reached through a phrase ("he went on to say", "Rubio continued to insist").
_PHRASAL = re.compile(r"\s+(?:(?:went|goes|go)\s+on|continued|continues|proceeded)\s+to\s*$")
# A lower-case particle that opens a surname: "Abdul Malik al-Houthi", "Mohammed bin-Salman".
_PARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|bou)-[A-Z]")
# A quotation signed after a dash, as releases do: `...” – Anthony Placido, former Assistant Administrator`.
_SIGNED = re.compile(r"^\s*[–—-]\s+(?=[A-Z])")
# "according to the car carrier’s owner, Galaxy Maritime": a description, then the name in apposition.
# "according to the car carrier’s owner, Galaxy Maritime" (its head speaks; "according to the report, Putin" does not)
_DESCRIBED_THEN_NAMED = re.compile(r"^(?:the|a|an)\s+[^,;:\"“”]{0,50}?(\w+),\s+(?=[A-Z])")
_WITH_ACRONYM = re.compile(r"^([^,;:()\"“”]{2,60}?)\s*\(([A-Z][A-Za-z]{1,9})\)")
_NEGATED = re.compile(r"\b(?:not|n[’']t|never|declined to|refused to)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A dateline in mixed case, closed by a period or parenthesis before its dash: "Washington.- ", "(CNN) — ".
_LOOSE_DATELINE = re.compile(r"^\(?[A-Z][\w,.() ]{0,40}?[.)]\s*[-–—]+\s+")
# A nickname in quotes inside a name: "Ismael “El Mayo” Zambada".
_NICKNAME = re.compile(r"(?<=[a-z])\s+[“\"][^“”\"]{1,30}[”\"]\s+(?=[A-Z])")
# `," their military spokesperson, Yahya Saree, said`: a description and a name in apposition.
_PART = rf"((?:[^,.;:\"“”]|{_DOT}){{2,60}}?)"
_LONG_PART = rf"((?:[^,.;:\"“”]|{_DOT}){{2,120}}?)"  # an appositive with a relative clause ("a chemist who is ...")
_APPOSITIVE_ATTRIBUTION = re.compile(rf"^\s*,?\s*{_PART}\s*,\s*{_LONG_PART}\s*,\s+(?:{_QUOTE_VERB})\b")
# `," Magnus Gisslén, Sweden’s state epidemiologist said`: a name, then its role with no comma closing it
_NAME_THEN_ROLE = re.compile(rf"^\s*,?\s*{_PART}\s*,\s*{_PART}\s+(?:{_QUOTE_VERB})\b")
# `,” Coast Guard Capt. Williams Woityra, said last week`: a stray comma between a name and its verb
_NAME_COMMA_VERB = re.compile(rf"^\s*,?\s*{_PART}\s*,\s+(?:{_QUOTE_VERB})\b")
# A capitalised compound that describes rather than names: "the Dubai-based agency", "Iran-backed".
# The attribution slot after a quotation its comma leaves open: a subject and one verb in the past or present
# closing the sentence, with at most a phrase of time, place or medium after it (`,” he joked.`, `,” the
# ministry's spokesman posted on X on Sunday.`): whatever the verb, the slot says who spoke. A verb with an object
# (`,” he killed the man.`) is no slot.
_ATTRIBUTION_SLOT = re.compile(
    rf"^\s*,?\s*((?:[^,.;:!?\"“”]|{_DOT}){{1,80}}?)\s+([a-z]{{3,}}(?:ed|s))"
    r"(?:\s+(?:on|in|at|from|via|during|after|later|earlier|yesterday|today|again|then)\b[^,.;:!?\"“”]{0,60}?)?"
    r"\s*\.(?:\s|$)"
)
_HYPHENATED_ADJECTIVE = re.compile(r"^[A-Z][\w.]*-[a-z]+$")
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|del|la|van|von|bin|al))*\s+[A-Z][\w'’-]*"
_TITLE = "|".join(re.escape(t.capitalize()) for t in sorted(TITLES))
# Capitalised nouns of an office that an appositive after a name opens with or holds ("Alexey Likhachev,
# Director General of ROSATOM, said"; "Vladimir Panov, Special Representative of ROSATOM for ...").
_OFFICES = frozenset(
    """director representative spokesman spokeswoman spokesperson chief head chairman chairwoman chair
    officer administrator envoy adviser advisor coordinator commissioner deputy executive ceo founder
    rapporteur counselor examiner""".split()
)
_OFFICE = "|".join(o.capitalize() for o in sorted(_OFFICES))
# "Christine Cipolla, ICRC's head of delegation in Yemen, said", "Luis Crescencio Sandoval, Secretary
# of National Defense (Sedena) stated": a full name opening the sentence, then a capitalised appositive.
_NAME_THEN_TITLE = re.compile(
    rf"^({_NAME}),\s+(?:[A-Z][\w.-]*[’']s\s|(?:{_TITLE})\s|(?:[A-Z][a-z]+\s+)?(?:{_OFFICE})\b)[^,]*,?$"
)
# A person's name, then after its comma a title in lower case that ends in the body the person serves
# ("Paul Hankins, director for salvage operations with the U.S. Navy said"): the words are the person's,
# never the body's, which is only a part of the title. The title opens with a word in lower case:
# "In February, the Government of Puerto Rico announced" is an opening phrase and the body itself.
_NAME_THEN_BODY_TITLE = re.compile(
    rf"(?:^|,\s+)({_NAME}),\s+(?:(?:the|a|an)\s+)?(?!(?:the|a|an)\s)[a-z][\w'’-]*(?:\s+[\w.'’-]+){{0,10}}?"
    r"\s+(?:with|of|at|for|from|in)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*$"
)
# A personal title, a person's name of two to four capitalised words, then "of" and the body the person serves
# ("Commander Stuart Cundy of the Metropolitan Police", "Lt. Kevin Cowan of the state Office of Emergency
# Preparedness"): the title after the holder's name, the mirror of an office with its remit before the holder.
_TITLED_NAME_OF_BODY = re.compile(
    rf"(?:^|(?<=\s))(?:{_TITLE})\s+((?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w'’-]+)\s+of\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for|and|on|the|&))*\s*$"
)


def _titled_name_of_body(before: str) -> str | None:
    """The person's name in a title, name and "of" a body ending `before`: the person speaks, not the body
    after "of". Every word of the name must be no title's ("Secretary of State" holds no name)."""
    match = _TITLED_NAME_OF_BODY.search(before)
    if match is None:
        return None
    name = match.group(1)
    return None if any(word.casefold() in TITLE_WORDS for word in name.split()) else name


# After an inverted verb, a role's lower-case words, then the name ("said the court-appointed receiver Michael
# Goldberg", "said local state Sen. Roland Gutierrez (D)"): the name is the speaker, the party in brackets no part of
# it; a preposition or a verb among the words makes them a clause, not a role, and so does a present participle
# after a noun, just before the name or its title, whose object the name is ("said a lawyer representing Sam
# Bankman-Fried", "said fans greeting Taylor Swift"). A participle alone before a title is the title's adjective
# ("said acting Mayor Jane Roe", "said the outgoing Sen. Jane Roe").
_CLAUSE_WORDS = "of|for|to|in|on|at|by|from|with|and|or|that|which|who|would|will|has|had|have|is|was|were|are"
_ROLE_WORD = rf"(?!(?:{_CLAUSE_WORDS})\s)[a-z][\w-]*\s+"
_AFTER_A_NOUN = rf"(?:{_ROLE_WORD}){{1,2}}(?![a-z][\w-]{{2,}}ing\s){_ROLE_WORD}"
_ROLE_THEN_NAME = re.compile(
    rf"^\s*(?:(?:the|an?)\s+)?(?:{_AFTER_A_NOUN}|{_ROLE_WORD})(?:(?:{_TITLE})\s+)?({_NAME})"
    r"(?:\s+\([A-Z]{1,3}(?:-[A-Z][\w.]*)?\))?(?=\s*[.,;!?”\"]|\s*$)"
)
# After an inverted verb, a body's or programme's capitalised name (a colon may stand inside it, between capitalised
# words: "Mission: Iconic Reefs"), its holder's role in one or two lower-case words, then the holder's name: `," said
# Mission: Iconic Reefs co-lead Sarah Fangman, superintendent of ...`: the title is read whole, the name speaks.
_BODY_ROLE_THEN_NAME = re.compile(
    rf"\s*(?:[A-Z][\w'’&.-]*:?\s+){{1,5}}(?:{_ROLE_WORD}){{1,2}}({_NAME})(?<!\b[A-Z])(?=\s*[.,;!?”\"]|\s*$)"
)
# `," stated Secretary of Security and Citizen Protection, Rosa Icela Rodríguez.`: the name after the title
_TITLE_THEN_NAME = re.compile(rf",\s+({_NAME})\s*[.!?]?[\"”]?(?:\s|$)")
# "according to a statement released on Saturday by X", "according to statements from X and Y", "according
# to the latest report from X": X.
# A document and its author: "a statement from the DEA", "a report of the ministry", and a study or data, whose
# "of" is their subject ("a study of 2,000 patients"), by or from theirs ("new data released Thursday by the EWG"),
# unless a name owns them ("Pentagon data analyzed by EWG": the Pentagon's)
_DOCUMENT_OF = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:statements?|releases?|readouts?|reports?|updates?)\b"
    r"[^,;\"“”]{0,60}?\b(?:from|by|of)|(?:[a-z0-9][\w-]*\s+){0,2}?(?:study|studies|data|analysis|survey|forecasts?|projections?)\b"
    r"[^,;\"“”]{0,60}?\b(?:from|by))\s+"
)
# "according to" a document named by a noun phrase closing the slot ("the letter", "previous Bee reports"): at most
# three words before a document's noun, then the clause's end.
_CITED_DOCUMENT = re.compile(
    r"(?:[\w’'-]+\s+){0,3}?(?:stud(?:y|ies)|reports?|assessments?|analys[ie]s|forecasts?|projections?|documents?"
    r"|statements?|releases?|readouts?|messages?|letters?|communiqu[eé]s?)(?=\s*(?:[.,;:]|$))"
)
# A study is published as its report: "a Harvard study" before, then "according to the report".
_SAME_DOCUMENT = {"report": ("study",), "study": ("report",)}
# "the internationally recognised government of Yemen": a country's institution, described.
_STATE_NOUN = "|".join(sorted(_STATE_NOUNS))
_INSTITUTION_OF = re.compile(
    rf"^the\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{_STATE_NOUN})\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}"
)
# The attribution slot "according to" as a whole noun phrase: "the", a demonym, then lower-case words up to the slot's
# end ("the Cambodian fisheries administration,"): a country's body, which the codebook may name by that phrase.
_DEMONYM_BODY = re.compile(r"^the\s+([A-Z][\w.]*)\s+(?:[a-z-]+\s+){0,3}[a-z-]+(?=\s*[,;.]|$)")
# "according to" a record or a norm that no one speaks, a country's as its adjective may say ("the history of the Hàm
# Luông River", "Mexican law,", "the rules of the competition"): no source is cited. The noun closes its phrase or has
# "of" after it: "the law firm Baker McKenzie" is a source.
_NO_SOURCE = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.]*\s+)?(?:history|law|laws|rules|regulations|constitution|tradition|custom|legend)"
    r"(?=\s+of\b|\s*[,;.]|$)",
    re.IGNORECASE,
)
# "according to the police headquarters": a description in lower case, up to its clause's end
_LOWER_NAME = re.compile(r"^the\s+[a-z][a-z -]{2,60}?(?=\s*[,;.]|\s*$)")
# "according to the army": a country's institution described, resolved like "the army said"
_STATE_DESCRIPTION = re.compile(rf"the\s+(?:{_STATE_NOUN})\b", re.IGNORECASE)
# "the Malian army", "Mali's army": a country's one institution, named where the article writes it
_COUNTRY_INSTITUTION = re.compile(rf"\b([A-Z][\w.]*?(?:[’']s)?)\s+({_STATE_NOUN})\b")
# "police said", "police in the Caribbean country said": the police of the one country the article names,
# where "Police officers said" or "the police chief said" are people.
_BARE_POLICE = re.compile(r"(?:^|[,;]\s*|\bthe\s+)[Pp]olice(?:\s+in\s+(?:the\s+)?\w[\w\s-]{0,40}?)?\s*$")
# "Police said" where no one country's police is found: the police of the story speak, a body of its kind, never a
# person; "the army" stays apart, as the troops of several countries may be in one story ("officials said" too).
_BODY_OF_ITS_KIND = re.compile(r"^(?:[Tt]he\s+)?[Pp]olice$")
# "Burkinabe soldiers", "Twelve Burkina Faso soldiers", "Mali's security forces": a country's troops.
_COUNTRY_TROOPS = re.compile(
    r"\b((?:[A-Z][\w.]*\s+)?[A-Z][\w.]*?(?:[’']s)?)\s+(?:(?:security|armed|special)\s+)?"
    r"(?:soldiers|troops|military|army|armed forces|forces|gendarmes)\b"
)
# "A military statement issued at about 08:00 local time said": the country's military, as "the military said"
_INSTITUTION_DOCUMENT = re.compile(
    rf"^(?:an?|the)\s+({_STATE_NOUN})\s+(?:statement|communiqu[eé]|release)\b[^,;\"“”]*$", re.IGNORECASE
)
_NEWS_AGENCY = re.compile(r"^([A-Z][A-Za-z]{1,9})\s+news\s+agency$")
# "AFP quoted Erdogan as saying": the words are the one quoted, not the medium's
_QUOTED_AS = re.compile(r"\bquoted\s+([^,;:\"“”]{2,80}?)\s+(?:as\s+)?saying\b")  # or "quoted X saying"
# Names listed as one subject ("the USDA, FDA, and CDC", "Kenya and Uganda"): two to five capitalised names.
# one name of a list, titles before it and a body's acronym inside ("Department of ... (DEP) Commissioner Shawn LaTourette")
_LISTED_WORD = r"(?:[A-Z][\w.&'’-]*|\([A-Z][A-Za-z]{1,8}\))"
_LISTED = rf"(?:[A-Z][\w.&'’-]*(?:\s+(?:of\s+|the\s+|for\s+)*{_LISTED_WORD}){{0,8}})"
_JOINT = re.compile(rf"^(?:the\s+)?{_LISTED}(?:,\s+(?:the\s+)?{_LISTED}){{0,3}},?\s+and\s+(?:the\s+)?{_LISTED}$")
# "ALBAWABA - ", "DUBAI, June 23 -- ", "SAN JUAN, Puerto Rico • "
_DATELINE = re.compile(r"^(?:[A-Z][A-Z .,()/]{2,40}?\s+[-–—]+|[A-Z][A-Z .]{2,30},(?:\s+[A-Z][\w.]*){1,3}\s+•)\s+")
# Single quotes only after a colon and closing after punctuation ("mentioned: 'This is ...'"), where
# an apostrophe ("the country's") cannot pass for one.
_QUOTES = re.compile(
    r"“([^“”]*)”|\"([^\"]*)\"|(?:^|(?<=:\s))'([^']+?[.!?,])'(?=\s|$)"
    r"|(?:^|(?<=\s))‘((?:[^‘’]|’(?=\w))+?[.!?,])’(?=\s|$)"  # curly single marks, an apostrophe inside ("hasn’t")
)
_DOUBLE_QUOTES = re.compile(r"“([^“”]*)”|\"([^\"]*)\"")  # the same where no colon opens a single quote
_COLON_QUOTE = re.compile(r":\s'|^'|‘")  # or a paragraph opening with one, or an opening curly single mark
# A quotation introduced as received, sent or addressed to someone ("UN staff received the following
# message:") is not the words of the sentence's subject, nor of the speaker before.
_RECEIVED = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|(?:was|were|been)\s+sent|sent\s+to|addressed\s+to)\b", re.IGNORECASE
)
_STATEMENT_OF = re.compile(r"\b(?:statement|remarks|message|comments)\s+(?:from|by|of)\s+", re.IGNORECASE)


def extract_statements(
    paragraphs: Sequence[Paragraph], actors: Sequence[Actor], named: Iterable[str] | None = None
) -> tuple[Statement, ...]:
    """Every statement of one article, in reading order; unattributed ones included.

    `named` are the ids of the actors the article names (its mentions, which the build has
    already found); without it they are looked for here."""
    originals = {p.anchor: " ".join(p.sentences) for p in paragraphs}
    paragraphs = [_paired_marks(p) for p in paragraphs]
    resolver = _resolver(tuple(actors))
    named = frozenset(named) if named is not None else resolver.named_in(s for p in paragraphs for s in p.sentences)
    found: list[tuple[Statement, str | None, int]] = []  # statement, unresolved pronoun or description, paragraph
    turn_speaker: tuple[str | None, str | None] | None = None
    release: tuple[str, str | None] | None = None  # "The below is attributable to X:": X speaks below
    speech_heading: tuple[str, str | None] | None = None  # "X’s opening statement:": X speaks to the next heading
    labels = [
        _labelled(m) for p in paragraphs if (m := _label(" ".join(p.sentences), resolver, named)) and _turn_follows(m)
    ]
    # Two labels make a transcript; so does one that names a codebook actor ("DEPUTY ATTORNEY
    # GENERAL PAUL J. MCNULTY:"), where "NOTE:" alone does not. A label alone in its paragraph
    # is read only in a transcript so made: "KEY POINTS:" over a list makes none.
    transcript = len(labels) >= 2 or any(resolver.resolve(label, named) for label in labels)
    previous = ""
    header: str | None = None
    open_mark = ""  # the mark of a quotation the paragraph before left open
    intro: tuple[str, str | None] | None = None  # the speaker a line ending with a colon names
    chains: list[list[int]] = []  # the parts of each quotation over several paragraphs, in `found`
    for number, paragraph in enumerate(paragraphs):
        if not paragraph.sentences:
            continue
        text = " ".join(paragraph.sentences)
        label = _label(text, resolver, named) if transcript else None
        if label and not _turn_follows(label) and not _lone_label_names(label, resolver, named):
            label = turn_speaker = None  # "BACKGROUND:" alone over prose: no speaker, the turn before it ended
        if label and not _turn_follows(label):
            turn_speaker = _turn_speaker(label, resolver, named)  # the turn is in the paragraphs after
        elif label:
            turn_speaker = _turn_speaker(label, resolver, named)
            found.append(
                (
                    Statement("transcript", text[label.end() :], turn_speaker[0], turn_speaker[1], paragraph.anchor, 0),
                    None,
                    number,
                )
            )
        elif turn_speaker is not None:
            said = text[offset.end() :] if (offset := _OPENING_TIME_MARK.match(text)) else text
            found.append(
                (Statement("transcript", said, turn_speaker[0], turn_speaker[1], paragraph.anchor, 0), None, number)
            )
        else:
            heading = _HEADER.match(text)
            attributable = _ATTRIBUTABLE.match(text)
            if heading:
                header = heading.group(1)
            if attributable:
                release = (attributable.group(1), resolver.resolve(attributable.group(1), named))
            if speech_heading is not None and not _next_block(paragraphs[number - 1].anchor, paragraph.anchor):
                release = speech_heading = None  # a heading between: the speech under the lead-in line ended
            if lead_in := _speech_heading(text, paragraph.anchor, resolver, named):
                release = speech_heading = lead_in
            mark = open_mark if open_mark and _continues(text, open_mark, paragraphs[number + 1 : number + 4]) else ""
            started = not mark and text[:1] in _OPENING and previous.endswith(":")
            if started:  # a quotation under "... said:" or "... statement from X:", the line before
                chains.append([])
                intro = (
                    _intro_speaker(previous, paragraph.anchor, resolver, named)
                    or _speech_heading(previous, paragraph.anchor, resolver, named)
                    or _intro_pronoun(previous, found, resolver)
                )
                if speech_heading is not None:
                    release = speech_heading = None  # the speech under the lead-in line is in quotation marks
            elif not mark:
                intro = None
            elif not chains:  # the paragraph that left the quotation open held none of its words
                chains.append([])
            prefix = mark if mark and text[:1] not in _OPENING else ""
            open_mark = _left_open(prefix + text)
            suffix = _CLOSING[open_mark] if open_mark else ""
            inside = [
                (s, raw, number)
                for s, raw in _whole_names(
                    paragraph,
                    resolver,
                    named,
                    partial(
                        _read_prose,
                        previous=previous,
                        resolver=resolver,
                        named=named,
                        header=header,
                        marks=(prefix, suffix),
                    ),
                )
            ]
            if release and not attributable and not lead_in and not inside:
                inside = [(Statement("direct", text, release[0], release[1], paragraph.anchor, 0), None, number)]
            quoted = [len(found) + k for k, (s, _, _) in enumerate(inside) if s.kind == "direct"]
            if (mark or intro) and quoted and inside[quoted[0] - len(found)][0].sentence == 0:
                chains[-1].append(quoted[0])  # the quotation goes on from the paragraph before
            if open_mark and quoted:
                if not mark and not started:
                    chains.append([])
                chains[-1].append(quoted[-1])  # the quotation goes on in the next paragraph
            found.extend(inside)
            if intro and chains:
                _carry_speaker(found, chains[-1], intro)
        previous = paragraph.sentences[-1]
    for chain in chains:
        _carry_speaker(found, chain, None)
    _quoted_paragraphs(found, paragraphs, chains)
    _continuing_quotations(found, paragraphs, resolver)
    article = " ".join(s for p in paragraphs for s in p.sentences)
    paired = {p.anchor: " ".join(p.sentences) for p in paragraphs if " ".join(p.sentences) != originals[p.anchor]}
    return tuple(
        _verbatim(_country_named(s, resolver, article), paired, originals)
        for s in _corefer(found, resolver, named, article, paragraphs)
    )


def _verbatim(statement: Statement, paired: dict[str, str], originals: dict[str, str]) -> Statement:
    """The statement's text as its paragraph writes it, where its marks were paired (same offsets)."""
    if statement.anchor not in paired or (at := paired[statement.anchor].find(statement.text)) < 0:
        return statement
    return replace(statement, text=originals[statement.anchor][at : at + len(statement.text)])


# A straight double mark's direction in a paragraph that mixes it with curly ones: it opens a quotation at the
# start or after a space, a bracket or a dash and before a word; anywhere else it closes one.
_STRAIGHT_OPENING = re.compile(r'(?:^|(?<=[\s(\[—–]))"(?=[^\s.,;:!?])')


def _paired_marks(paragraph: Paragraph) -> Paragraph:
    """The paragraph with its straight double marks made curly by direction when it mixes both kinds, as pasted
    text often does (“... electricity," X said. "Today’s ...”): a quotation is one whichever marks open and close
    it, and the attribution between two of them stays outside both. A paragraph of one kind of mark is kept."""
    if not any('"' in s for s in paragraph.sentences) or not any("“" in s or "”" in s for s in paragraph.sentences):
        return paragraph
    sentences = tuple(_STRAIGHT_OPENING.sub("“", s).replace('"', "”") for s in paragraph.sentences)
    return Paragraph(paragraph.anchor, sentences)


def _country_named(statement: Statement, resolver: _Resolver, article: str) -> Statement:
    """A body's head noun alone ("the government added") stands for the codebook's body of that head ("Dutch
    government") unless the article names another country's body of that head ("a decision by the Chinese
    government"): then it is kept as written, as "Police said" is where two countries' police are named."""
    body, countries = resolver.bare_head(statement.speaker_text or "")
    if not countries or statement.speaker != body:
        return statement
    head = re.escape((statement.speaker_text or "").split()[-1])
    written = (m.group(1) for m in re.finditer(rf"\b([A-Z][\w.’']*)\s+(?i:{head})\b", article))
    if all(_country_word(w) in countries | {None} for w in written):
        return statement
    return replace(statement, speaker=None)


# A comma inside a codebook name, masked while speakers are read: a letter-like mark of one character, so that
# "the Ministry of Economy, Trade, and Industry noted" is one name, not a list, and every offset stays.
_NAME_COMMA = "\u02bc"


def _read_prose(
    paragraph: Paragraph,
    previous: str,
    resolver: _Resolver,
    named: frozenset[str],
    header: str | None,
    marks: tuple[str, str],
) -> list[tuple[Statement, str | None]]:
    """The statements of a paragraph of prose (`_prose`), what their speakers added after them included."""
    found = _prose(paragraph, " ".join(paragraph.sentences), previous, resolver, named, header, *marks)
    return _adding_that(found, paragraph.sentences)


def _whole_names(
    paragraph: Paragraph,
    resolver: _Resolver,
    named: frozenset[str],
    read: Callable[[Paragraph], Iterable[tuple[Statement, str | None]]],
) -> list[tuple[Statement, str | None]]:
    """What `read` finds in the paragraph with the commas of the codebook names it holds masked (the shape: a
    name whose own commas are no list's), given back with its commas and the speaker the whole name is."""
    if not resolver.commas or resolver.pattern is None:
        return list(read(paragraph))
    masked = Paragraph(paragraph.anchor, tuple(_mask_commas(s, resolver) for s in paragraph.sentences))
    if masked == paragraph:
        return list(read(paragraph))

    def unmasked(text: str | None) -> str | None:
        return text.replace(_NAME_COMMA, ",") if text is not None else None

    def whole(statement: Statement) -> Statement:
        shown = unmasked(statement.speaker_text)
        speaker = statement.speaker or (
            resolver.resolve(shown, named) if shown and shown != statement.speaker_text else None
        )
        return replace(statement, text=statement.text.replace(_NAME_COMMA, ","), speaker_text=shown, speaker=speaker)

    return [(whole(s), unmasked(raw)) for s, raw in read(masked)]


def _mask_commas(sentence: str, resolver: _Resolver) -> str:
    """The sentence with the commas inside each codebook name it holds masked (`_NAME_COMMA`)."""
    kept = list(sentence)
    for match in resolver.pattern.finditer(fold(sentence, keep_case=True)) if resolver.pattern is not None else ():
        for at in range(match.start(), match.end()):
            if kept[at] == ",":
                kept[at] = _NAME_COMMA
    return "".join(kept)


def _quoted_paragraphs(
    found: list[tuple[Statement, str | None, int]], paragraphs: Sequence[Paragraph], chains: Sequence[Sequence[int]]
) -> None:
    """A paragraph that is one quotation and nothing else, with no attribution, goes on with the
    speaker of the statement that closes the paragraph before it with its attribution (`'...,'
    Garland said in a statement.` then `'The Justice Department will continue ...'`): a writer
    who ends a paragraph on the attribution cannot leave the quotation open, as one who ends it
    on a closing mark could have done (and then another speaker may follow), unless that closing mark
    ends a quotation inside reported speech, whose speaker is named before it (`CENTCOM ... said the
    objective was to “degrade ...”` then a paragraph of CENTCOM's quotation). The attribution may
    follow a quotation of several sentences (`“... 2022,” Kaseya said.`), and the quotation after it
    may itself go on over several paragraphs, each part then that speaker's. When that speaker is still a
    pronoun or a description ("the governor also said ..."), the quotation takes it too, for `_corefer` to
    resolve the same way."""
    last: dict[int, int] = {}  # paragraph -> its last statement, in `found`
    for k, (_, _, number) in enumerate(found):
        last[number] = k
    following = {chain[0]: chain for chain in chains if chain}
    for k, (statement, raw, number) in enumerate(found):
        before, pending = found[last[number - 1]][:2] if number - 1 in last else (None, None)
        text = " ".join(paragraphs[number].sentences)
        parts = following.get(k, (k,))
        if (
            statement.kind == "direct"
            and not statement.attributed
            and raw is None
            and last.get(number) == k
            and statement.sentence == 0
            and text[:1] in "“\"'"
            and (text.rstrip()[-1:] in "”\"'" or len(parts) > 1)
            and before is not None
            and (before.attributed or pending is not None)
            and _closed_by_attribution(before, paragraphs[number - 1].sentences)
            and not any(found[part][0].attributed for part in parts)
        ):
            for part in parts:
                one, _, at = found[part]
                found[part] = (replace(one, speaker_text=before.speaker_text, speaker=before.speaker), pending, at)


_ONLY_QUOTED_AFTER = re.compile(r"^[”\"']?[\s.,!?]*$")  # what may follow a quotation that is all its sentence


def _continuing_quotations(
    found: list[tuple[Statement, str | None, int]], paragraphs: Sequence[Paragraph], resolver: _Resolver
) -> None:
    """A sentence or paragraph that is a quotation and nothing else, with no attribution, goes on
    with the speaker of the attributed statement just before it (the news shape `Smith said ...`
    then `“...”`, or `“...,” they continued. “...”`): in the same paragraph or the one before, with
    no other codebook person named and no verb of saying in the sentences between (a statement
    the rules could not attribute is still another speaker's, `X told Reuters that ...`; a sentence
    with a subject of its own, a person's name or another noun phrase, `Tom Brown disagreed`), and never
    across a heading (a gap in the blocks' numbered anchors). A pronoun or description still to
    resolve is handed on, for `_corefer` to resolve both the same way."""
    for k, (statement, raw, number) in enumerate(found):
        if k == 0 or statement.attributed or raw is not None or statement.kind != "direct":
            continue
        before, pending, at = found[k - 1]
        if not (before.attributed or pending is not None) or at not in (number, number - 1):
            continue
        if at != number and not _next_block(paragraphs[at].anchor, paragraphs[number].anchor):
            continue
        if not _only_quotation(statement, paragraphs[number].sentences):
            continue
        between = _sentences_between((at, before.sentence), (number, statement.sentence), paragraphs)
        if resolver.people_in(" ".join(between)) - {before.speaker} or any(_VERB_RE.search(s) for s in between):
            continue
        if any(_another_subject(sentence, before) for sentence in between):
            continue
        found[k] = (replace(statement, speaker_text=before.speaker_text, speaker=before.speaker), pending, number)


def _another_subject(sentence: str, before: Statement) -> bool:
    """Whether a sentence between a statement and a bare quotation has a subject other than the statement's
    speaker: it names a person (by the shape of the name) who is not the speaker, or it is prose opened by a
    noun phrase that is neither a pronoun nor the speaker's name ("Local resident Tom Brown disagreed",
    "The council voted"); a quotation's sentence or "He paused." keeps the speaker."""
    spoken = set((before.speaker_text or "").split())
    names = (run.group(0) for run in _CAPITALISED_RUN.finditer(sentence))
    if any(is_person_name(name) and not set(name.split()) <= spoken for name in names):
        return True
    words = sentence.split()
    return (
        bool(words)
        and sentence[:1] not in _OPENING
        and words[0].lower() not in _SUBJECT_PRONOUNS
        and not (spoken & set(words[:6]))
    )


def _next_block(anchor: str, following: str) -> bool:
    """Whether `following` is the block right after `anchor`: the build numbers every block, headings
    included ("p4", "p5"), so a gap is a heading between; anchors not so numbered count as next."""
    numbers = [re.fullmatch(r"p(\d+)", a) for a in (anchor, following)]
    return not (numbers[0] and numbers[1]) or int(numbers[1].group(1)) == int(numbers[0].group(1)) + 1


def _only_quotation(statement: Statement, sentences: Sequence[str]) -> bool:
    """Whether the statement's quotation is all of the text from its sentence to the paragraph's end."""
    rest = " ".join(sentences[statement.sentence :]).strip()
    place = rest.find(statement.text)
    return (
        rest[:1] in "“\"'"
        and 0 < place <= 2
        and len(statement.text.split()) >= MIN_QUOTE_WORDS
        and bool(_ONLY_QUOTED_AFTER.match(rest[place + len(statement.text) :]))
    )


def _sentences_between(start: tuple[int, int], end: tuple[int, int], paragraphs: Sequence[Paragraph]) -> list[str]:
    """The sentences after `start` (paragraph, sentence) and before `end`, in reading order."""
    if start[0] == end[0]:
        return list(paragraphs[end[0]].sentences[start[1] + 1 : end[1]])
    return [*paragraphs[start[0]].sentences[start[1] + 1 :], *paragraphs[end[0]].sentences[: end[1]]]


def _closed_by_attribution(statement: Statement, sentences: Sequence[str]) -> bool:
    """Whether a paragraph's last statement ends it with its speaker named after the last closing mark:
    reported speech in its last sentence, or a quotation whose attribution is the last sentence's end."""
    ending = sentences[-1].rstrip()
    if statement.kind == "reported":
        return statement.sentence == len(sentences) - 1
    return ending[-1:] not in "”\"'" and (statement.sentence == len(sentences) - 1 or "”" in ending or '"' in ending)


_OPENING = '“"'
_CURLY = re.compile("[“”]")
_CLOSING = {"“": "”", '"': '"'}


def _left_open(text: str) -> str:
    """The opening mark of a quotation this paragraph leaves open ("" if none): by the convention
    of a quotation over several paragraphs, each opens with a mark and only the last closes."""
    if "“" in text or "”" in text:
        return "“" if _depths(text, 0)[1] > 0 else ""
    return '"' if text.count('"') % 2 else ""


def _depths(text: str, depth: int) -> tuple[int, int]:
    """The lowest nesting of curly quotes reached in a paragraph that starts at `depth`, and
    its nesting at the end (a quotation inside a quotation is written with the same marks)."""
    lowest = depth
    for char in text:
        if char == "“":
            depth += 1
        elif char == "”" and depth:
            depth -= 1
            lowest = min(lowest, depth)
    return lowest, depth


def _closes(text: str, mark: str) -> bool:
    """Whether a paragraph closes a quotation opened before it."""
    if mark == "“":
        return _depths(text, 1)[0] == 0
    return text.count('"') % 2 == 1 and text[:1] != '"'


def _inside(text: str, mark: str) -> bool:
    """Whether a paragraph neither opens with a mark nor closes the quotation around it (it holds
    no mark, or only quotations of its own)."""
    if text[:1] in _OPENING:
        return False
    return _depths(text, 1)[0] >= 1 if mark == "“" else text.count('"') % 2 == 0


def _continues(text: str, mark: str, following: Sequence[Paragraph]) -> bool:
    """Whether a quotation left open goes on in this paragraph: it opens with a mark, or closes
    the quotation, or stays inside it while a paragraph soon after closes it."""
    if text[:1] in _OPENING or _closes(text, mark):
        return True
    if not _inside(text, mark):
        return False
    for paragraph in following:
        later = " ".join(paragraph.sentences)
        if _closes(later, mark) and later[:1] not in _OPENING:
            return True
        if not _inside(later, mark):
            return False
    return False


def _outer_quotes(text: str) -> list[tuple[int, int, str]]:
    """The outermost quotations of a paragraph, a quotation inside one being part of it."""
    if "“" not in text:
        return [(m.start(), m.end(), m.group(1)) for m in re.finditer(r'"([^"]*)"', text)]
    found: list[tuple[int, int, str]] = []
    depth = start = 0
    for mark in _CURLY.finditer(text):
        at = mark.start()
        if mark.group(0) == "“":
            start = at if depth == 0 else start
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                found.append((start, at + 1, text[start + 1 : at]))
    return found


def _intro_speaker(line: str, anchor: str, resolver: _Resolver, named: frozenset[str]) -> tuple[str, str | None] | None:
    """Who speaks in the quotation below a line ending with a colon: "Johnson said:", "... issued
    the following statement from Attorney General Merrick B. Garland on ...:"."""
    speaker, _ = _attribution_before(line, len(line))
    if not speaker and (source := _STATEMENT_OF.search(line)):
        speaker, _ = _name_forward(line[source.end() :])
    if not speaker:
        return None
    statement, _ = _statement("direct", "", speaker, anchor, 0, line, resolver, named)
    return (statement.speaker_text, statement.speaker) if statement.speaker_text else None


def _speech_heading(
    line: str, anchor: str, resolver: _Resolver, named: frozenset[str]
) -> tuple[str, str | None] | None:
    """The speaker a lead-in line names with a document of speech ("Chairman Green’s opening statement as
    prepared for delivery:", "Remarks by the Secretary:"): the paragraphs under it are that speaker's own
    words, as a release's under "attributable to X:" are, so each is a direct statement."""
    if match := _SPEECH_HEADING.match(line.strip()):
        speaker = match.group("owner") or match.group("name")
    elif released := _RELEASED_SPEECH.match(line.strip()):
        speaker = _subject(released.group("subject"))
    else:
        return None
    statement, _ = _statement("direct", "", speaker, anchor, 0, line, resolver, named)
    return (statement.speaker_text, statement.speaker) if statement.speaker_text else None


def _intro_pronoun(
    line: str, found: Sequence[tuple[Statement, str | None, int]], resolver: _Resolver
) -> tuple[str, str | None] | None:
    """Who "He added:" is, over the quotation below it: the person whose statement is the last before."""
    speaker, _ = _attribution_before(line, len(line))
    if not speaker or speaker.lower() not in _PRONOUNS or not found:
        return None
    last = found[-1][0]
    return (last.speaker_text, last.speaker) if last.speaker_text and _person(last, resolver) else None


def _carry_speaker(
    found: list[tuple[Statement, str | None, int]], chain: Sequence[int], intro: tuple[str, str | None] | None
) -> None:
    """Give every part of one quotation over several paragraphs the speaker its attribution
    names, wherever in the quotation that stands (after its first part, or its last)."""
    speakers = [(s.speaker_text, s.speaker) for s, _, _ in (found[k] for k in chain) if s.speaker_text]
    speaker = intro or (speakers[0] if speakers else None)
    if speaker is None:
        return
    for k in chain:
        statement, _, number = found[k]
        if not statement.attributed:
            found[k] = (replace(statement, speaker_text=speaker[0], speaker=speaker[1]), None, number)


def _label(text: str, resolver: _Resolver, named: frozenset[str]) -> re.Match[str] | None:
    """The turn's label opening the paragraph, if any. A label in square brackets must read as a person's name
    ("[Bill Russell:]"), no possessive in it, or name a codebook actor: "[UPDATE:]" and "[Editor's Note:]" head
    an article's notes, no one's turn."""
    label = _LABEL.match(text)
    if label is None or not (bracketed := label["bracketed"]):
        return label
    person = is_person_name(bracketed) and not re.search(r"['’]s\b", bracketed)
    return label if person or resolver.resolve(bracketed, named) else None


def _turn_follows(label: re.Match[str]) -> bool:
    """Whether the turn's words follow its label in the same paragraph."""
    return label.end() < len(label.string)


def _lone_label_names(label: re.Match[str], resolver: _Resolver, named: frozenset[str]) -> bool:
    """Whether a label alone in its paragraph names a speaker: a codebook actor, a label with a title after
    its comma ("BORIS SANCHEZ, CNN HOST:"), one opened by a title ("SECRETARY RUBIO:") or one shaped as a
    person's name ("JOHN MAUGER:"). A lone heading word ("BACKGROUND:", "UPDATE:") names no one."""
    speaker = _labelled(label)
    words = speaker.split()
    return bool(
        resolver.resolve(speaker, named)
        or label["caps_title"]
        or label["mixed_title"]
        or words[0].lower().rstrip(".") in TITLES
        or is_person_name(speaker.title())
    )


def _labelled(label: re.Match[str]) -> str:
    """The speaker a turn's label names, without the title after a comma, the time mark or the brackets:
    "SECRETARY RUBIO", "REAR ADMIRAL JOHN MAUGER", "Jennifer Homendy", "Speaker 1", "Q", "The President"."""
    return label["caps"] or label["mixed"] or label["archive"] or label["bracketed"]


def _turn_speaker(label: re.Match[str], resolver: _Resolver, named: frozenset[str]) -> tuple[str | None, str | None]:
    """(speaker as written, codebook id) of a turn's label. A questioner is no one; the name is
    resolved as written (a title before it set aside by the resolver); a label that names no one
    ("Speaker 1", "UNIDENTIFIED FEMALE") stays as written, each apart, unless the title after its
    comma names a codebook body: a title never stands for a person who is named."""
    speaker_text = _labelled(label)
    if speaker_text in _QUESTIONERS:
        return (None, None)
    if not _UNNAMED_LABEL.match(speaker_text):
        return (speaker_text, resolver.resolve(speaker_text, named))
    title = label["caps_title"] or label["mixed_title"]
    body = resolver.resolve(title, named) if title else None
    return (speaker_text, body if body not in resolver.people else None)


def _corefer(
    found: Sequence[tuple[Statement, str | None, int]],
    resolver: _Resolver,
    named: frozenset[str],
    article: str,
    paragraphs: Sequence[Paragraph],
) -> list[Statement]:
    """Give a statement whose speaker is a pronoun or a description ("He also added", "The
    company said") the speaker of the statement just before it (same or previous sentence,
    or the start of the next paragraph), when that speaker is of the right sort; else a
    description of a public body ("the agency noted") the one organisation the article names."""
    organisations = [a for a in named if a not in resolver.people]
    out: list[Statement] = []
    before: tuple[Statement, int] | None = None
    resolved = False  # whether the statement just before is a pronoun's, resolved here
    for found_statement, raw, number in found:
        statement = found_statement
        head = raw.split()[-1].lower() if raw else ""
        institution = _institution(head, found, article, resolver) if head in _STATE_NOUNS else None
        if raw is not None and _anonymous(raw):  # "the official": a person just before or named in the role
            if _UNNAMED.search(statement.text):
                pass  # "The official, speaking anonymously, remarked": no one, whoever spoke before
            elif before is not None and _adjacent(before, statement, number) and _person(before[0], resolver):
                shown = raw if before[0].speaker else before[0].speaker_text
                statement = replace(statement, speaker_text=shown, speaker=before[0].speaker)
            elif role := _named_in_role(raw, statement, number, paragraphs, resolver, named, backward=True):
                statement = replace(statement, speaker_text=role[0], speaker=role[1])
        elif raw is not None and (spoken := _spokesperson(raw, number, paragraphs, resolver, named)):
            statement = replace(statement, speaker_text=spoken[0], speaker=spoken[1])
        elif raw is not None and (body := resolver.headed(raw, named)) is not None:
            reach = " ".join(s for p in paragraphs[max(0, number - 1) : number + 1] for s in p.sentences)
            leaders = resolver.leaders(body, reach)
            if len(leaders) == 1:  # "the Kremlin chief" after "Putin": the one leader named there
                statement = replace(statement, speaker_text=raw, speaker=next(iter(leaders)))
        elif raw is not None and raw.split()[0].lower() in ("a", "an"):  # someone new: only a name near gives him
            if role := _named_in_role(raw, statement, number, paragraphs, resolver, named):
                statement = replace(statement, speaker_text=role[0], speaker=role[1])
        elif institution is not None:
            statement = replace(statement, speaker_text=institution[0], speaker=institution[1])
        elif (
            raw is not None
            and head not in _STATE_NOUNS - _ORGANISATION_NOUNS
            and head not in _DOCUMENT_HEADS  # its author only as its phrase names one: `_closing_description`
            and not _plural(raw)
            and before is not None
            and (
                _adjacent(before, statement, number)
                or _document_after(raw, before[1], number)
                or _pronoun_reach(raw, before, statement, number, paragraphs, resolver)
            )
            and _same_sort(raw, before[0], resolver)
            and not _titled_otherwise(head, before[0], article)
            and (head not in _STATE_NOUNS or _same_body(head, before[0], resolver))
            and before[0].speaker not in resolver.named_in((statement.text,))
        ):
            # the shown name is the one stood for: "he" or "the statement" is never a speaker's name
            shown = raw if before[0].speaker else before[0].speaker_text
            statement = replace(statement, speaker_text=shown, speaker=before[0].speaker)
        elif raw is not None and head in _DOCUMENT_NOUNS and (earlier := _unnamed_inside(statement, out, resolver)):
            statement = replace(statement, speaker_text=raw, speaker=earlier)
        elif (
            raw is not None
            and head in _PUBLIC_BODIES
            and len(organisations) == 1
            and resolver.is_body(organisations[0])
        ):
            statement = replace(statement, speaker_text=raw, speaker=organisations[0])
        elif raw is not None and (role := _named_in_role(raw, statement, number, paragraphs, resolver, named)):
            statement = replace(statement, speaker_text=role[0], speaker=role[1])
        elif raw is not None and (body := _headed(raw, organisations, resolver)):
            statement = replace(statement, speaker_text=raw, speaker=body)
        elif raw is not None and (body := _nearest_described(raw, statement, number, paragraphs, resolver, named)):
            statement = replace(statement, speaker_text=raw, speaker=body)
        elif raw is not None and (body := _described_before(raw, statement, number, paragraphs, resolver, named)):
            statement = replace(statement, speaker_text=raw, speaker=body)
        elif raw is not None and (one := _one_in_reach(raw, statement, number, paragraphs, resolver)):
            statement = replace(statement, speaker_text=resolver.names[one][0], speaker=one)
        elif (
            raw is not None and _BODY_OF_ITS_KIND.match(raw) and (kind := _of_its_kind(head, article, resolver, named))
        ):
            statement = replace(statement, speaker_text=kind[0], speaker=kind[1])
        cited = raw is not None and _CITED_DOCUMENT.fullmatch(raw) is not None and _according(statement.text)
        if raw is not None and not statement.attributed and cited:
            statement = _cited_author(statement, raw, paragraphs, number, resolver)
        elif raw is not None and not statement.attributed and (statement.kind == "direct" or head in _DOCUMENT_HEADS):
            statement = _closing_description(statement, raw, paragraphs, number, resolver)
        if raw is not None and raw.lower() in _PRONOUNS and not statement.attributed:
            statement = _clause_subject_before(statement, number, paragraphs, resolver, named)
        if raw is not None and raw.lower() == "they" and not statement.attributed and statement.kind == "reported":
            continue  # "They added American and British ships": no body's statement goes on, so none at all
        if raw is None and out and _quoted_after(statement, out[-1], paragraphs[number].sentences, resolved):
            statement = replace(statement, speaker_text=out[-1].speaker_text, speaker=out[-1].speaker)
        resolved = raw is not None and raw.lower() in _PRONOUNS and statement.attributed
        out.append(statement)
        if statement.attributed:
            before = (statement, number)
    return out


# A run of capitalised words, a name's candidate; the words that open a clause before a subject ("The report
# arrived as Kylie Jenner ... came"), and those that follow a name that is no subject ("niece Jackie Cázares in").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
_CLAUSE_OPENERS = frozenset("as when while after before because since although though".split())
# Capitalised words opening a sentence that begin a noun phrase, never a given name ("Only Coromandel Express met").
_PHRASE_OPENERS = _OPENERS | frozenset("only even just still now here there some many most all both each every".split())
# An opening absolute phrase ("With well over 100 people reported missing, ..."): its participle has no subject.
_ABSOLUTE_PHRASE = re.compile(r"^With\s[^,]*,\s+")
_NO_VERB = frozenset("of in on at to for from with by and or but the a an who whom whose which that".split())
_APPOSITION = re.compile(r",\s+[^,“”\"]{1,60},")


def _clause_subject_before(
    statement: Statement, number: int, paragraphs: Sequence[Paragraph], resolver: _Resolver, named: frozenset[str]
) -> Statement:
    """Give "he said" or "she wrote" that nothing else resolved the one person who is the subject of a clause
    of the sentence before, when that sentence is no statement ("Manuel Rizo lost his niece ... . He said he
    hopes ..."; "The report arrived as Kylie Jenner, Travis’ partner, came to his defense. “...,” she wrote"):
    a codebook person or a name as written. The shape read is a clause's subject: a name opening the sentence
    or a clause (after a comma or a subordinating conjunction), then, past an apposition between commas, a
    lower-case word that is no preposition. An owner ("Travis’ partner") or an object is no subject; a sentence before holding
    a quotation has a speaker of its own, so none is given across it, and a name after a verb of saying is part of
    what was said (`_speaker_side`); with two subjects, none."""
    sentences = paragraphs[number].sentences
    if statement.sentence > 0:
        before = sentences[statement.sentence - 1]
    elif number > 0 and paragraphs[number - 1].sentences:
        before = paragraphs[number - 1].sentences[-1]
    else:
        return statement
    if any(mark in before for mark in _OPENING):
        return statement
    before = _speaker_side(_ABSOLUTE_PHRASE.sub("", before))  # a name after its verb of saying is what was said
    runs = [run for run in _CAPITALISED_RUN.finditer(before) if _opens_clause(before[: run.start()])]
    subjects = {
        one for run in runs if _verb_follows(before[run.end() :]) and (one := _subject_of(run[0], resolver, named))
    }
    if len(subjects) != 1:
        return statement
    speaker, shown = next(iter(subjects))
    return replace(statement, speaker=speaker, speaker_text=shown)


def _opens_clause(before: str) -> bool:
    """Whether a name after this text stands where a clause's subject does: first, after a comma, or after a
    conjunction opening a clause."""
    before = before.rstrip()
    return not before or before.endswith(",") or before.rsplit(maxsplit=1)[-1] in _CLAUSE_OPENERS


def _verb_follows(after: str) -> bool:
    """Whether a lower-case word that is no preposition, article or relative follows a name (past its
    apposition between commas): the verb of which it is the subject. A possessive's mark follows no subject."""
    if after[:1] in "’'":
        return False
    apposition = _APPOSITION.match(after)
    words = after[apposition.end() if apposition else 0 :].split()[:1]
    return bool(words) and words[0].isalpha() and words[0].islower() and words[0] not in _NO_VERB


def _subject_of(name: str, resolver: _Resolver, named: frozenset[str]) -> tuple[str | None, str] | None:
    """The person a clause's subject names: a codebook person, or a person's name as written; None for a
    body, a place or a word opening the sentence."""
    if re.search(r"[’']s?$", name):
        return None  # an owner ("It's Kennedy's first visit"), never a subject
    actor = resolver.resolve(name, named)
    if actor is not None:
        return (actor, name) if actor in resolver.people else None
    given = name.split(maxsplit=1)[0].lower() not in _PHRASE_OPENERS
    return (None, _shown(name)) if given and is_person_name(name) and not _body_name(name) else None


def _of_its_kind(head: str, article: str, resolver: _Resolver, named: frozenset[str]) -> tuple[str, str | None] | None:
    """Who "Police said" is when the article names no country's police ("Mali's police", "Kenyan police"): the one
    codebook body with the word in its name that the article names ("the Korean National Police Agency"), else,
    when it names none, the police as written (the codebook's may be another city's or country's); None (kept
    apart) when it names several, or a country's police, which may be another country's than the speaker's."""
    named_here = (m for m in _COUNTRY_INSTITUTION.finditer(article) if m.group(2).lower() == head)
    if any(_country_code(m.group(1)) for m in named_here):
        return None
    speakers = (a for a in named - resolver.people if a in resolver.names)  # named holds topics of every kind
    bodies = [a for a in speakers if head in resolver.names[a][0].lower().split()]
    if len(bodies) == 1:
        return resolver.names[bodies[0]][0], bodies[0]
    return (f"the {head}", None) if not bodies else None


def _unnamed_inside(statement: Statement, out: Sequence[Statement], resolver: _Resolver) -> str | None:
    """Whose document "the statement said" gives when the speaker just before is named inside its quotation
    ("We ... reject the statement of Nikol Pashinyan ...," the statement said): the codebook speaker before
    him, in the last three paragraphs that hold a statement, whom the quotation does not name."""
    inside = resolver.named_in((statement.text,))
    recent = list(dict.fromkeys(s.anchor for s in reversed(out)))[:3]
    for before in reversed(out):
        if before.anchor not in recent:
            return None
        if before.speaker is not None and before.speaker not in inside:
            return before.speaker
    return None


def _quoted_after(statement: Statement, previous: Statement, sentences: Sequence[str], resolved: bool) -> bool:
    """Whether a quotation with no attribution that opens the sentence right after a pronoun's statement resolved
    here is that speaker's ("He emphasised that .... “The consulate team in Mecca visits the injured ...”"), as
    `_after_stance` gives it the speaker of a statement that names one."""
    return (
        resolved
        and statement.kind == "direct"
        and not statement.attributed
        and previous.anchor == statement.anchor
        and statement.sentence == previous.sentence + 1
        and sentences[statement.sentence].lstrip()[:1] in _OPENING
    )


def _headed(raw: str, organisations: Sequence[str], resolver: _Resolver) -> str | None:
    """The one organisation the article names whose name has the description's head as its own: `," the ministry
    said.` in an article naming the "Finance Ministry" (and the DRI and the NCB, which no "ministry" is); "The board
    determined" in one naming the "Marine Board of Investigation" (its head, before "of": `_head`)."""
    fits = _fitting(raw, organisations, resolver)
    return next(iter(fits)) if len(fits) == 1 else None


def _plural(raw: str) -> bool:
    """Whether a description is "the" and a plural noun ("the airlines", "the ministries"): several bodies, which
    no one body's statement or name stands for."""
    words = raw.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1].islower() and noun_stem(words[1]) != words[1]


def _fitting(raw: str, organisations: Sequence[str], resolver: _Resolver) -> set[str]:
    """The organisations among `organisations` a two-word description ("the ministry", "the airline") may stand
    for: those whose name's head is its noun, singular or plural ("United Airlines" for "the airline"). A plural
    description ("the airlines") stands for several bodies, never for one."""
    words = raw.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].islower() or _plural(raw):
        return set()
    noun = noun_stem(words[1])
    return {
        a
        for a in organisations
        if any(noun in (noun_stem(n.split()[-1]), noun_stem(_head(n))) for n in resolver.names.get(a, ()))
    }


def _sentences_before(statement: Statement, paragraphs: Sequence[Paragraph], number: int) -> list[str]:
    """The article's sentences before a statement's, in reading order: where a description or a document in its
    slot is looked for, nearest first when read in reverse."""
    return [s for p in paragraphs[:number] for s in p.sentences] + list(
        paragraphs[number].sentences[: statement.sentence]
    )


def _nearest_described(
    raw: str,
    statement: Statement,
    number: int,
    paragraphs: Sequence[Paragraph],
    resolver: _Resolver,
    named: frozenset[str],
) -> str | None:
    """The organisation a description in a statement's slot stands for when the article names several it fits
    (`_fitting`): the one the nearest sentence before the statement names, if it names one alone (`," the
    airline said.` after "United Airlines said ..." in an article that also names Alaska Airlines)."""
    fits = _fitting(raw, [a for a in named if a not in resolver.people], resolver)
    if len(fits) < 2:
        return None
    before = _sentences_before(statement, paragraphs, number)
    for sentence in reversed(before):
        if near := fits & resolver.named_in((sentence,)):
            return next(iter(near)) if len(near) == 1 else None
    return None


def _described_before(
    raw: str,
    statement: Statement,
    number: int,
    paragraphs: Sequence[Paragraph],
    resolver: _Resolver,
    named: frozenset[str],
) -> str | None:
    """The organisation a two-word description ("The group said") stands for when the article described it before
    by a longer phrase of the same noun that the codebook's name or role resolves ("the New York-based rights group",
    Human Rights Watch's role): the nearest sentence before the statement holding such a phrase decides, and a
    phrase there that resolves to no organisation leaves the description apart. A document ("the report") is
    left to its own phrase's author (`_closing_description`): "The EPA released a report" is no longer phrase."""
    words = raw.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha() or not words[1].islower():
        return None
    if _plural(raw) or words[1] in _DOCUMENT_HEADS:
        return None
    longer = re.compile(rf"\b[Tt]he\s+(?:[\w’'-]+\s+){{1,3}}?{words[1]}\b")
    before = _sentences_before(statement, paragraphs, number)
    for sentence in reversed(before):
        if phrases := [m.group(0) for m in longer.finditer(sentence)]:
            actor = resolver.resolve(phrases[-1], named)
            return actor if actor is not None and actor not in resolver.people else None
    return None


def _role_or_document(raw: str) -> str | None:
    """The head of a description that closes a quotation as its speaker and may stand for a body or a document
    ("the airline", "the study", "the rescue service"): "the", at most two lower-case words, and a noun; None for
    anything else ("the official" is anonymous, `_ANONYMOUS`; a name is no description)."""
    words = raw.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or not all(w.isalpha() and w.islower() for w in words[1:]):
        return None
    head = words[-1]
    return None if head in _ANONYMOUS or head in _PRONOUNS else head


def _closing_description(
    statement: Statement, raw: str, paragraphs: Sequence[Paragraph], number: int, resolver: _Resolver
) -> Statement:
    """A quotation whose slot holds a document no rule resolved (`," the study says.`): its words are its
    author's as the document's own phrase names the author (`_document_author`); else the document stays the
    speaker as written, with no topic, as a name outside the codebook does. Who merely mentions the document ("Biden
    said the study overstated the toll") is not its author. A role noun no rule resolved (`," the company said,`)
    stays apart."""
    head = _role_or_document(raw)
    if head not in _DOCUMENT_HEADS:
        return statement
    before = _sentences_before(statement, paragraphs, number)
    author = _document_author(head, before, resolver)
    if author is None and statement.kind == "reported" and not _DOCUMENT_CLOSING.search(statement.text):
        return statement  # "the report stated that ..." as a clause's subject, no author found: kept apart
    return replace(statement, speaker_text=raw, speaker=author)


def _cited_author(
    statement: Statement, raw: str, paragraphs: Sequence[Paragraph], number: int, resolver: _Resolver
) -> Statement:
    """A statement that cites a document after "according to" ("..., according to the report.", "according to
    previous Bee reports") and that no rule gave to a speaker: the document's author as a document closing a clause
    has one (`_document_author`: the nearest sentence before that names a document of that noun, or a study for its
    report, with its author), or the codebook actor the phrase itself names; else, when the phrase names its author
    outside the codebook ("Bee"), the document as written; a document no one is named for ("the preliminary probe
    report", "reports") stays apart."""
    head = raw.rsplit(maxsplit=1)[-1].lower()
    head = "study" if head == "studies" else head.removesuffix("s") if head.endswith(("ts", "rs", "es")) else head
    owners = resolver.named_in((raw,))
    if len(owners) == 1:
        return replace(statement, speaker_text=raw, speaker=next(iter(owners)))
    before = _sentences_before(statement, paragraphs, number)
    for noun in (head, *_SAME_DOCUMENT.get(head, ())):
        if (author := _document_author(noun, before, resolver)) is not None:
            return replace(statement, speaker_text=raw, speaker=author)
    return replace(statement, speaker_text=raw) if any(w[:1].isupper() for w in raw.split()) else statement


# A document's author as its own phrase names it, the name a run of capitalised words: before the noun ("a Harvard
# study", "the new NTSB report"), after "by" or "from" ("a study by the NTSB", "a report from the GAO") or owning it
# ("the NTSB's report"), or as the subject of an act of publishing a new or its own document ("The Justice
# Department on Thursday released a damning 575-page report", its name maybe followed by the abbreviation it defines;
# "released the report that the EPA had withheld" is publishing someone else's), read only when the sentence names no author by the first three.
_AUTHOR = r"((?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*)"
_AUTHORED = (
    r"\b(?i:an?|the)\s+(?:[a-z]+\s+)?" + _AUTHOR + r"\s+(?:[a-z-]+\s+)?{head}\b",
    r"\b{head}\s+(?:[a-z]+\s+)?(?:by|from)\s+(?:the\s+)?" + _AUTHOR,
    _AUTHOR + r"[’']s\s+(?:[a-z-]+\s+){{0,2}}{head}\b",
)
_PUBLISHED = (
    _AUTHOR
    + r"(?:\s+\([A-Z][A-Za-z.&]*\))?"  # the abbreviation the name defines: "the Government Accountability Office (GAO)"
    + rf"\s+(?:(?:on|last|this|earlier)\s+\w+\s+)?{_ACTS}\s+(?:an?|its|their)\s+"
    + r"(?:[^\s.,;:]+\s+){{0,3}}?{head}\b"
)
# A new document of the noun, introduced without its author ("A separate report, commissioned by residents,"):
# the document a later "the report" speaks of, whoever wrote an earlier one.
_NEW_DOCUMENT = r"\b(?i:an?|another)\s+(?:[a-z-]+\s+){{0,2}}{head}\b"


def _document_author(head: str, before: Sequence[str], resolver: _Resolver) -> str | None:
    """The one codebook body or person the nearest sentence before that names a document of this noun with its
    author (`_AUTHORED`, else its publisher `_PUBLISHED`) gives as that author; None when no sentence does, its
    author is not in the codebook, or a nearer sentence introduces a new document of the noun with no author."""
    for sentence in reversed(before):
        names = [m.group(1) for pattern in _AUTHORED for m in re.finditer(pattern.format(head=head), sentence)]
        names = names or [m.group(1) for m in re.finditer(_PUBLISHED.format(head=head), sentence)]
        if names:
            authors = resolver.named_in(names)
            return next(iter(authors)) if len(authors) == 1 else None
        if re.search(_NEW_DOCUMENT.format(head=head), sentence):
            return None
    return None


def _named_in_role(
    raw: str,
    statement: Statement,
    number: int,
    paragraphs: Sequence[Paragraph],
    resolver: _Resolver,
    named: frozenset[str],
    backward: bool = False,
) -> tuple[str, str | None] | None:
    """The one person the paragraph before or this one names in the role a description gives ("added
    the governor" after "Sevastopol regional governor Mikhail Razvozhayev"): written next to the role
    ("governor NAME", "NAME, an adviser"), or a codebook person named there whose role holds it. A
    description that introduces someone ("A Ukrainian presidential adviser said", "the spokesman for
    secretary-general Antonio Guterres", "a national police spokesman said") may be named in the next two
    paragraphs too; "the spokesman" alone goes back to someone already named, never forward: with no one near, to
    the one codebook person the article has named so far in that role ("said the minister" after "Foreign Trade
    Minister Liesje Schreinemacher" two paragraphs up)."""
    words = raw.split()
    head = words[-1].lower()
    earlier = [s for p in paragraphs[: number + 1] for s in p.sentences]
    if words[0].lower() not in ("the", "a", "an") or (head not in _PERSON_NOUNS and not _person_title(head, earlier)):
        return None
    introduces = not backward and (
        words[0].lower() != "the" or re.search(rf"\b{re.escape(raw)}\s+(?:for|to)\b", statement.text)
    )
    reach = [s for p in paragraphs[max(0, number - 1) : number + (3 if introduces else 1)] for s in p.sentences]
    written = {
        m.group(1)
        for pattern in (rf"\b(?i:{head})\s+({_NAME})", _apposed(head))
        for sentence in reach
        for m in re.finditer(pattern, sentence)
    }
    people: dict[str, tuple[str, str | None]] = {}
    for name in written:
        actor = resolver.resolve(name, named)
        if actor is None or actor in resolver.people:
            people[actor or name] = (_shown(name), actor)
    for actor in resolver.people_in(" ".join(reach)):
        if head in resolver.role_words.get(actor, (frozenset(), frozenset()))[1]:
            people.setdefault(actor, (resolver.names[actor][0], actor))
    if not people and words[0].lower() == "the":  # "said the minister": the one minister the article has named
        people = {a: (raw, a) for a in _titled_people(head, earlier, resolver, named)}
    return next(iter(people.values())) if len(people) == 1 else None


# The words of an apposition between its article and its head noun: a preposition among them makes the noun its
# object ("Mary Jones, the owner of the plant"), never the person's title.
_APPOSITION_WORD = r"(?!(?:of|for|to|in|on|at|by|from|with|among|between)\s)[\w’'-]+\s+"


def _apposed(noun: str) -> str:
    """The pattern of a name and its apposition headed by the noun ("Michael Goldberg, the court-appointed
    receiver"), the name its group: the noun is the apposition's head only when no preposition comes before it
    and it owns nothing after ("the wife of a sheriff's deputy" is no sheriff)."""
    return rf"({_NAME}),\s+(?:an?|the)\s+(?:{_APPOSITION_WORD}){{0,3}}?{noun}\b(?![’']s\b)"


def _person_title(noun: str, sentences: Sequence[str]) -> bool:
    """Whether the article writes a role noun no list holds ("judge", "sheriff", "receiver") as a person's title:
    capitalised before a name ("Circuit Judge Michael Hanzman") or heading an apposition after one ("Michael
    Goldberg, the court-appointed receiver,"), so that "the judge" in a statement's slot is a person's role. A noun
    that heads bodies' names ("court", "board": "Supreme Court Justice Mary Smith") or a document's is no person's
    title, and an apposition ends at a stop, never at a verb ("on Lake Mead, the report said" is no apposition)."""
    if alias_key(noun) in BODY_NAME_WORDS or noun in _DOCUMENT_HEADS:
        return False
    title = re.compile(rf"\b{noun.capitalize()}\s+({_NAME})|{_apposed(noun)}(?=\s*[,.;)]|\s*$)")
    return any(is_person_name(m.group(1) or m.group(2)) for sentence in sentences for m in title.finditer(sentence))


# A spokesperson named by whom they speak for ("The Kremlin spokesman", "Putin's spokesman", "the ministry's
# spokeswoman"): a person, not the body or the person spoken for.
_SPOKESPERSON_OF = re.compile(
    r"^(?:[Tt]he\s+)?((?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*|[a-z]+(?=[’']s))(?:[’']s)?\s+(?:deputy\s+|press\s+)?"
    rf"({'|'.join(sorted(SPOKESPERSONS))})$"
)


def _spokesperson(
    raw: str, number: int, paragraphs: Sequence[Paragraph], resolver: _Resolver, named: frozenset[str]
) -> tuple[str, str | None] | None:
    """Who "The Kremlin spokesman" or "Putin's spokesman" is when the codebook gives the role to no one the
    article names: the one person the article has named in that role as written ("Putin's spokesman Dmitry
    Peskov", "Dmitry Peskov, the Kremlin's spokesman"); else, when a body is spoken for, the body, whose words a
    spokesperson gives by office; when a person is (and no one is named), no one: an unnamed aide."""
    owned = _SPOKESPERSON_OF.match(raw)
    if owned is None:
        return None
    role = re.escape(owned.group(1)).replace("'", "['’]") + rf"(?:[’']s)?\s+{owned.group(2)}"
    reach = [s for p in paragraphs[: number + 1] for s in p.sentences]
    patterns = (rf"(?i:{role})\s*,?\s+({_NAME})", rf"({_NAME}),\s+(?:the\s+)?(?i:{role})\b")
    written = {m.group(1) for pattern in patterns for sentence in reach for m in re.finditer(pattern, sentence)}
    people: dict[str, tuple[str, str | None]] = {}
    for name in written:
        actor = resolver.resolve(name, named)
        if actor is None or actor in resolver.people:
            people[actor or name] = (raw, actor) if actor else (_shown(name), None)
    if not people:
        people = {actor: (raw, actor) for actor in _titled_people(owned.group(2), reach, resolver, named)}
    if len(people) == 1:
        return next(iter(people.values()))
    body = resolver.resolve(owned.group(1), named)
    return (raw, body) if body is not None and body not in resolver.people and not people else None


def _titled_people(noun: str, reach: Sequence[str], resolver: _Resolver, named: frozenset[str]) -> set[str]:
    """The codebook people the article has named so far with a role of this noun, however the owner is worded:
    a title before the name ("Russian presidential spokesman Dmitry Peskov") or the codebook's role ("spokesman
    of the President of Russia"), so that "The Kremlin spokesman" is the person, never the body."""
    text = " ".join(reach)
    people = {a for m in re.finditer(rf"\b{noun}\s+({_NAME})", text) if (a := resolver.resolve(m.group(1), named))}
    people |= {a for a in resolver.people_in(text) if noun in resolver.role_words.get(a, (frozenset(), frozenset()))[1]}
    return people & resolver.people


_IT_AFTER = re.compile(rf"[,”\"]\s+it\s+(?:{_VERB})\b")  # "..., it said": the speaker after the clause
# A body named by its kind, not its name ("the government of the United States", "the ministry"): the nearer
# antecedent an "It" of the next sentence may stand for, which no codebook name then outbids.
_BODY_BY_KIND = re.compile(rf"\bthe\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(_STATE_NOUNS | _PUBLIC_BODIES))})\b")


def _one_in_reach(
    raw: str, statement: Statement, number: int, paragraphs: Sequence[Paragraph], resolver: _Resolver
) -> str | None:
    """The one codebook actor of the right sort named in this paragraph before the statement or in the
    paragraph before, which "It said" (an organisation) or "the general said" (a person) stands for
    when no statement before it does; with two candidates, or none, it stays unattributed. "he" and
    "they" reach no further than the statement or sentence before them."""
    head = raw.rsplit(maxsplit=1)[-1].lower()
    person = head in _PERSON_NOUNS
    if not (person or head == "it" or head in _ORGANISATION_NOUNS - _STATE_NOUNS):
        return None
    sentence = paragraphs[number].sentences[statement.sentence]
    subject = resolver.opening(sentence) if head == "it" and _IT_AFTER.search(sentence) else None
    if subject is not None and subject not in resolver.people:
        return subject  # "Sudan’s Armed Forces “aborted the attack ...”, it said in a statement.": its subject
    reach = [*(paragraphs[number - 1].sentences if number else ()), *paragraphs[number].sentences[: statement.sentence]]
    if head == "it" and reach and _BODY_BY_KIND.search(reach[-1]):
        return None  # "... pressure from the government of the United States. It announced": not ASML, named before
    owned = _SPOKESPERSON_OF.match(raw)  # "Putin's spokesman" is never Putin
    owner = resolver.resolve(owned.group(1), frozenset()) if owned else None
    candidates = {a for a in resolver.named_in(reach) if (a in resolver.people) == person and a != owner}
    return next(iter(candidates)) if len(candidates) == 1 else None


def _same_body(head: str, before: Statement, resolver: _Resolver) -> bool:
    """Whether "the ministry" can be the speaker just before: a public body of the codebook, or one
    named with the same head ("the Foreign Ministry"); a jihadist group is no ministry."""
    if before.speaker is not None:
        return resolver.is_body(before.speaker)
    return (before.speaker_text or "").rsplit(maxsplit=1)[-1].lower() == head


def _institution(
    head: str, found: Sequence[tuple[Statement, str | None, int]], article: str, resolver: _Resolver
) -> tuple[str, str | None] | None:
    """The one country's institution that "the army" or "the ministry" is in this article: the
    speaker named so ("The Malian army announced"), else the one the text writes ("Mali's army"),
    so that "the army said that" and "the Malian army announced that" give one speaker; else, for
    "the army", the one country whose soldiers the article names ("Burkinabe soldiers"), as the
    codebook's army of that country when it has one."""
    countries: dict[str, tuple[str, str | None]] = {}
    for statement, raw, _ in found:
        words = (statement.speaker_text or "").split()
        if raw is None and len(words) >= 2 and words[-1].lower() == head:
            if code := next((c for w in words[:-1] if (c := _country_code(w))), None):
                countries.setdefault(code, (" ".join(words), statement.speaker))
    if not countries:
        for match in _COUNTRY_INSTITUTION.finditer(article):
            if match.group(2).lower() == head and (code := _country_code(match.group(1))):
                countries.setdefault(code, (match.group(0), None))
    if len(countries) == 1 and head == "police" and next(iter(countries.values()))[1] is None:
        named_country = next(iter(countries))
        if police := resolver.institution_of(country_of(named_country) or named_country.upper(), ("police",)):
            return resolver.names[police][0], police
    if not countries and head in _MILITARY_HEADS:
        for match in _COUNTRY_TROOPS.finditer(article):
            troops = match.group(1).replace("\u2019", "'").removesuffix("'s")
            if country := country_of(troops) or country_of(troops.split()[-1]):
                countries.setdefault(country, (f"{country} army", resolver.army_of(country)))
    if len(countries) != 1:
        return None
    shown, actor = next(iter(countries.values()))
    actor = actor or resolver.resolve(shown, frozenset())  # "Sudanese army": the codebook's Sudanese Armed Forces
    return (resolver.names[actor][0], actor) if actor else (shown, None)


def _adjacent(before: tuple[Statement, int], statement: Statement, number: int) -> bool:
    previous, previous_number = before
    if previous_number == number:
        return 0 <= statement.sentence - previous.sentence <= 1
    return previous_number == number - 1 and statement.sentence == 0


def _pronoun_reach(
    raw: str,
    before: tuple[Statement, int],
    statement: Statement,
    number: int,
    paragraphs: Sequence[Paragraph],
    resolver: _Resolver,
) -> bool:
    """Whether "he" or "she" reaches the statement before it further than the next sentence: across
    sentences of its own paragraph that name no other person ("Sinha said that .... Only Coromandel
    Express met with an accident. The train was at 128 km/h, she added."), or across one paragraph
    with no statement whose sentences open with the same pronoun ("He also appreciated ...")."""
    if raw.lower() not in _PRONOUNS:
        return False
    if _opens_on_pronoun(raw, before, statement, number, paragraphs, resolver):
        return True
    if before[0].speaker not in resolver.people:
        return False
    previous, previous_number = before
    if previous_number == number:
        between = paragraphs[number].sentences[previous.sentence + 1 : statement.sentence]
        return resolver.people_in(" ".join(between)) <= {previous.speaker}
    if previous_number != number - 2 or statement.sentence != 0:
        return False
    opening = raw.capitalize() + " "
    return all(s.startswith(opening) for s in paragraphs[number - 1].sentences) and not resolver.people_in(
        " ".join(paragraphs[number - 1].sentences)
    )


# Two capitalised words that are no opening word ("Sufian Qudah", not "The Saudi"): perhaps a person's name.
_TWO_CAPITALS = re.compile(r"\b([A-Z][\w'’-]+)\s+[A-Z][\w'’-]+")


def _opens_on_pronoun(
    raw: str,
    before: tuple[Statement, int],
    statement: Statement,
    number: int,
    paragraphs: Sequence[Paragraph],
    resolver: _Resolver,
) -> bool:
    """Whether a paragraph opening on "He" or "She" and its verb of saying ("He emphasised that ...") goes back to
    the person whose statement is the last before it, over up to two paragraphs with no statement that name no one
    who could be a person (hj07: Qudah's statement, two paragraphs of figures, then "He emphasised that"). A writer
    opens a paragraph on a bare pronoun only for the person the story follows; a pronoun after a quotation is read as
    before (`"...," he added` after a paragraph of the writer's own stays unattributed)."""
    previous, previous_number = before
    opening = paragraphs[number].sentences[0] if statement.sentence == 0 else ""
    if not opening.startswith(raw.capitalize() + " ") or not 2 <= number - previous_number <= 3:
        return False
    if previous.speaker is None and (previous.speaker_text is None or _body_name(previous.speaker_text)):
        return False
    if previous.speaker is not None and previous.speaker not in resolver.people:
        return False
    between = " ".join(s for p in paragraphs[previous_number + 1 : number] for s in p.sentences)
    if not _VERB_SET.isdisjoint(between.split()) or _according(between) or any(m in between for m in _OPENING):
        return False  # a statement between, or its quotation: the pronoun may be its speaker's
    names = (m.group(1) for m in _TWO_CAPITALS.finditer(between))
    return not resolver.people_in(between) and all(name.lower() in _OPENERS for name in names)


def _document_after(raw: str, previous_number: int, number: int) -> bool:
    """Whether "the statement added" can stand for the statement before it across a paragraph of
    the writer's own: a document goes on being quoted further than a pronoun reaches."""
    return raw.rsplit(maxsplit=1)[-1].lower() in _DOCUMENT_NOUNS and 0 <= number - previous_number <= DOCUMENT_REACH


def _same_sort(raw: str, before: Statement, resolver: _Resolver) -> bool:
    """Whether a pronoun or description can stand for this speaker: a person for "he" or
    "the spokesman", an organisation for "the company"; a speaker outside the codebook fits both,
    unless its name is a body's ("the jihadist group ... (JNIM)" is no "he")."""
    head = raw.rsplit(maxsplit=1)[-1].lower()
    person = head in _PRONOUNS or head in _PERSON_NOUNS  # "it" and organisation nouns are not
    if head in _DOCUMENT_NOUNS:
        return True
    owned = _SPOKESPERSON_OF.match(raw)
    if owned and before.speaker is not None and resolver.resolve(owned.group(1), frozenset()) == before.speaker:
        return False  # "Putin's spokesman says" is not Putin, who spoke just before
    if head == "they":  # "They further stated": a body's statement goes on; people stay unnamed
        return before.speaker not in resolver.people if before.speaker else _body_name(before.speaker_text or "")
    if before.speaker is None:
        return not (person and _body_name(before.speaker_text or ""))
    return (before.speaker in resolver.people) == person


def _titled_otherwise(head: str, before: Statement, article: str) -> bool:
    """Whether a title ("the governor") cannot stand for the speaker just before, a name outside the codebook:
    the article never writes that name with the title ("Dr. Alan Melnick is the director of public health ...
    He said ..." then "The governor had declared" is someone else). A codebook person's role is the resolver's."""
    name = before.speaker_text or ""
    if before.speaker is not None or head not in TITLES or not name:
        return False
    title, written = re.escape(head), re.escape(name)
    near = rf"\b{title}(?!\w)[^.;]{{0,40}}{written}|{written}[^.;]{{0,60}}\b{title}(?!\w)"
    return re.search(near, article, re.IGNORECASE) is None


def _body_name(name: str) -> bool:
    """Whether a name outside the codebook is an organisation's: its head is a body's noun, or it
    ends with an acronym ("Transport Ministry", "Jama'at Nusrat al-Islam wal Muslimin (JNIM)")."""
    words = name.split()
    last = words[-1].strip("()") if words else ""
    bodies = _ORGANISATION_NOUNS | _STATE_NOUNS | (_SPEAKER_NOUNS - _PERSON_NOUNS)
    return bool(words) and (last.lower() in bodies or (len(last) > 1 and last.isalpha() and last.isupper()))


def _prose(
    paragraph: Paragraph,
    text: str,
    previous: str,
    resolver: _Resolver,
    named: frozenset[str],
    header: str | None,
    prefix: str = "",
    suffix: str = "",
) -> list[tuple[Statement, str | None]]:
    """Direct quotations and reported speech of one paragraph of prose, each with its speaker
    when that is a pronoun or description still to be resolved. `prefix` and `suffix` are the
    marks of a quotation that began in the paragraph before or goes on in the next."""
    text = prefix + text + suffix
    starts = [len(prefix) + start for start in _sentence_starts(paragraph.sentences)]
    found: list[tuple[Statement, str | None]] = []
    used: list[tuple[int, int, bool]] = []  # spans of quotations (with their attribution), attributed or not
    attributed_quotes: list[tuple[int, int]] = []  # spans of the attributed quotations alone
    within: list[tuple[Statement, str | None]] = []  # reported speech inside them
    pattern = _QUOTES if _COLON_QUOTE.search(text) else _DOUBLE_QUOTES  # the lookbehind costs every position
    quotes = (
        _outer_quotes(text)  # a quotation inside another in the same marks is part of it
        if prefix or suffix or (pattern is _DOUBLE_QUOTES and "“" in text)
        else [(m.start(), m.end(), next(g for g in m.groups() if g is not None)) for m in pattern.finditer(text)]
    )
    last: tuple[str, int] | None = None  # the previous quotation's speaker, and where its attribution ends
    apart: set[int] = set()  # quotations received by someone, which no speaker before may claim
    i = 0
    while i < len(quotes):
        start, end, said = quotes[i]
        pieces = [(start, end)]
        speaker, span = _attribution_after(text, end)
        swallowed = _SWALLOWED.search(said) if suffix and end == len(text) and not speaker else None
        if swallowed:  # `“... on every section, she said.` left open by the source: its attribution is inside
            speaker, said = swallowed.group(1), said[: swallowed.start()]
        parts = [said.strip().rstrip(",")]
        if speaker and i + 1 < len(quotes) and _GOES_ON.match(text[span[1] : quotes[i + 1][0]]):
            i += 1  # the quotation goes on after its attribution
            parts.append(quotes[i][2].strip().rstrip(","))
            end = quotes[i][1]
            pieces.append((quotes[i][0], end))
        index = _index_at(starts, start)
        if (
            sum(len(p.split()) for p in parts) < MIN_QUOTE_WORDS
            or (not speaker and _NAMING.search(text, 0, start))
            or (not speaker and _title_case(said) and _DOCUMENT_NOUN.search(text, starts[index], start))
        ):
            i += 1
            continue
        received = not speaker and bool(_RECEIVED.search(text, starts[index], start))
        if not speaker and not received:
            speaker, span = _attribution_before(text, start)
        if not speaker and not received and _VERB_SET.isdisjoint(paragraph.sentences[index].split()):
            # `... behind the putschists saying it was “in order to ...”`; with a verb of its own the
            # sentence is reported speech ("Saree confirmed the attack, saying that ... “...”")
            speaker = _participle_speaker(text[starts[index] : start]) or None
        gap = text[last[1] : start] if last is not None else ""
        if (
            not speaker
            and not received
            and last is not None
            and (_THEN.match(gap) or ((_TAIL.match(gap) or _APPOSITIVE_TAIL.match(gap)) and not _VERB_RE.search(gap)))
        ):
            speaker = last[0]  # "A," Bondi said. "B.": the next quotation is hers too
        if not speaker and header and not received:
            speaker = header
        if not speaker and not received and _scare_quote(said, text[starts[index] : start], paragraph.sentences[index]):
            i += 1
            continue
        last = (speaker, max(end, span[1])) if speaker else None
        used.append((min(start, span[0]), max(end, span[1]), bool(speaker)))
        if speaker:
            attributed_quotes.extend(pieces)
        if received:
            apart.add(len(found))
        context = _speaker_side(previous if index == 0 else paragraph.sentences[index - 1])
        context += " " + _before_pronoun(text[starts[index] : start], speaker)
        found.append(
            _statement("direct", " … ".join(parts), speaker, paragraph.anchor, index, context, resolver, named)
        )
        i += 1

    def known(speaker: str) -> bool:
        return resolver.resolve(speaker, named) is not None

    for index, sentence in enumerate(paragraph.sentences):
        offset, stop = starts[index], starts[index] + len(sentence)
        touching = [(a, b, attributed) for a, b, attributed in used if a < stop and offset < b]
        if any(attributed or (a <= offset and stop <= b) for a, b, attributed in touching):
            within.extend(_reported_within(paragraph, index, text, (offset, stop), attributed_quotes, resolver, named))
            continue  # its quotation is the statement, or the sentence is inside a quotation
        if index == len(paragraph.sentences) - 1 and sentence.endswith(":") and _INTRODUCES.search(sentence):
            continue  # "He added:" closing its paragraph: the quotation below is the statement
        speaker = _reported_speaker(sentence, known)
        sources = () if touching else _sources(sentence, known)
        if len(sources) > 1:  # "1,272,000 ... according to the police, and 2.8 million according to the CGT"
            for one in sources:
                found.append(_statement("reported", sentence, one, paragraph.anchor, index, "", resolver, named))
            continue
        if (
            speaker is None
            or (touching and not speaker)
            or (speaker and not _according(sentence) and not _can_speak(speaker, resolver, named))
        ):
            continue
        if touching:  # 'The chief said that the countries should "work on security matters."'
            found = [pair for pair in found if not (pair[0].kind == "direct" and pair[0].sentence == index)]
        context = _speaker_side(previous if index == 0 else paragraph.sentences[index - 1])
        context += " " + _before_pronoun(sentence, speaker)
        said = _without_dateline(sentence) if index == 0 else sentence
        for one in _members(speaker, resolver) if speaker else (speaker,):
            found.append(_statement("reported", said, one, paragraph.anchor, index, context, resolver, named))
        if speaker and " with " in sentence and (second := _second_speaker(sentence, speaker)):
            found.append(_statement("reported", said, second, paragraph.anchor, index, "", resolver, named))
    kept = [found[k][0] for k in sorted(apart)]
    # first of their sentence's statements, so that "he added" after the quotation goes back to who quotes them
    found[:0] = within
    found.sort(key=lambda pair: pair[0].sentence)
    return _after_stance(found, kept, paragraph.sentences)


# A quotation's attribution going on with what the speaker added ('"...," Peskov said, adding that the Kremlin ...').
_ADDING_THAT = re.compile(r"[”\"],?\s+([^“”\"]{1,100}?),\s+(?:adding|noting)\s+that\s+(\S.*?)\s*$")
_MEDIUM_AFTER = re.compile(r",\s+(?:[A-Z][\w.]*\s+){1,3}(?:news\s+agency\s+)?reported\.?$")  # ", Xinhua ... reported."


def _scare_quote(quoted: str, before: str, sentence: str) -> bool:
    """Whether an unattributed quotation is a phrase set off as a noun in a sentence that reports no speech ("32
    feet away from “minimum power pool” — the point at which ...", "has completed the "first scheduled phase""): a
    few words right after an article or a preposition, no sentence of their own (no closing punctuation inside
    the marks), a sentence that reports no speech, and no verb of speaking before the preposition ("spoke of")."""
    words = quoted.split()
    closed = quoted.rstrip()[-1:] in ".!?,;:"
    return (
        len(words) <= SCARE_QUOTE_WORDS
        and not closed
        and _NOUN_SLOT.search(before) is not None
        and _SPOKEN_OF.search(before) is None
        and _reported_speaker(sentence) is None
    )


# The slot of a noun phrase right before a quotation mark: an article or a preposition.
_NOUN_SLOT = re.compile(r"\b(?:the|a|an|from|of|to|at|in|on|into|below|above|under|over|with)\s+$", re.IGNORECASE)
_SPOKEN_OF = re.compile(
    r"\b(?:speak\w*|spoke\w*|talk\w*|refer\w*|warn\w*|describ\w*|call\w*)\s+(?:of|about|to|as|on)\s+(?:the\s+|an?\s+)?$"
)


def _title_case(quoted: str) -> bool:
    """Whether a quotation is written as a title: three words or more, every one capitalised but the small words
    of a title ("Export Controls on Semiconductor Manufacturing Items"), which no sentence of speech is."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    return len(words) >= 3 and all(w[:1].isupper() for w in words if w.lower() not in _TITLE_SMALL_WORDS)


def _second_speaker(sentence: str, speaker: str) -> str | None:
    """The name a participle of speech after "with" gives a second statement of the sentence ("..., with Ukrainian
    President Volodymyr Zelenskyy accusing Putin of ..."); "with Beijing and Manila accusing each other" is no one."""
    participle = _WITH_PARTICIPLE.search(sentence)
    if participle is None or _EACH_OTHER.match(sentence[participle.end() :]):
        return None
    name = _name_backward(participle.group(1))
    return name if name and name != speaker and _all_capitalised(name) else None


def _adding_that(
    found: list[tuple[Statement, str | None]], sentences: Sequence[str]
) -> list[tuple[Statement, str | None]]:
    """What a speaker adds after a quotation's attribution ('"One of the aims was to deprive Crimea of water,"
    Peskov said, adding that the Kremlin "decisively rejected" accusations ...') is reported speech of the same
    speaker, its clause the text: the quotation's statement holds only what is inside the marks. The speaker
    is the quotation's, resolved the same way when a pronoun ("he added, noting that")."""
    added: list[tuple[Statement, str | None]] = []
    for index, sentence in enumerate(sentences):
        clause = _ADDING_THAT.search(sentence) if "ing that" in sentence else None
        if clause is None or not _VERB_RE.search(clause.group(1)):
            continue
        quoted = [(s, raw) for s, raw in found if s.kind == "direct" and s.sentence <= index]
        if (
            quoted
            and _closes_here(quoted[-1][0], sentence[: clause.start() + 1], index, clause.group(1))
            and (quoted[-1][0].attributed or quoted[-1][1] is not None)
        ):
            statement, raw = quoted[-1]
            said = _MEDIUM_AFTER.sub(".", clause.group(2))  # the medium that reports it said none of it
            added.append((replace(statement, kind="reported", text=said, sentence=index), raw))
    return sorted([*found, *added], key=lambda pair: pair[0].sentence) if added else found


def _closes_here(statement: Statement, before_mark: str, index: int, attribution: str) -> bool:
    """Whether the quotation closing before an attribution is the statement's: it starts in this sentence, or
    ends here (a quotation of sentences), or the attribution names its speaker. Else the marks are another's
    (a term the writer quotes) and the last quotation, an earlier speaker's, said none of what is added."""
    if statement.sentence == index:
        return True
    ending = statement.text.rstrip(" ,.;:!?”’\"'")[-20:]
    named = statement.speaker_text is not None and statement.speaker_text in attribution
    return named or (bool(ending) and ending in before_mark)


# A verb of speech with its clause, perhaps after when ("said on Saturday that", "testified yesterday that"):
# inside a quotation only that is someone's statement reported, where "Maersk … announced suspending" is an act.
_REPORTS_CLAUSE = re.compile(rf"\b(?:{_VERB})\b(?:\s+[\w.]+){{0,3}}?\s+that\b")


def _reported_within(
    paragraph: Paragraph,
    index: int,
    text: str,
    bounds: tuple[int, int],
    quotes: Sequence[tuple[int, int]],
    resolver: _Resolver,
    named: frozenset[str],
) -> list[tuple[Statement, str | None]]:
    """Reported speech a speaker quotes, as a statement of whom it reports when the codebook knows them
    ("Jena said, “The Railways on Saturday said that the number of deaths is 288 ...”": the Railways'), when a
    clause follows its verb;
    a pronoun, a description or a name the codebook does not know inside someone's words stays theirs."""
    offset, stop = bounds
    out: list[tuple[Statement, str | None]] = []
    for start, end in quotes:
        inner = text[max(offset, start) : min(stop, end)].lstrip(_OPENING + " ")
        if not inner[:1].isupper() or not _REPORTS_CLAUSE.search(inner):
            continue
        speaker = _reported_speaker(inner.rstrip(_OPENING + "”"), lambda _: False)
        if speaker and resolver.resolve(speaker, named) is not None:
            out.append(_statement("reported", inner, speaker, paragraph.anchor, index, "", resolver, named))
    return out


# Clauses a sentence joins, each of which may cite its own source ("..., against 1.27 million according to the
# Ministry of the Interior", "..., while the CGT claimed more than 500,000").
_CLAUSES = re.compile(r",\s+(?:and|while|whereas|against)\s+")


def _sources(sentence: str, known: Callable[[str], bool]) -> tuple[str, ...]:
    """The speakers of a sentence whose clauses each cite a different source, one of them "according to",
    as sources counting one thing do ("1,272,000 demonstrators ... according to the police, and 2.8 million
    according to the CGT union"): each its own statement. One source, or none, gives nothing here; nor do
    clauses with no citation ("Hamas insisting on ..., while Israel says"), read as before."""
    if not _according(sentence) or not _CLAUSES.search(sentence):
        return ()
    if sentence.count("ccording to") + sum(word in _VERB_SET for word in sentence.split()) < 2:
        return ()  # one citation: one source at most
    speakers: list[str] = []
    for clause in _CLAUSES.split(sentence):
        speaker = _reported_speaker(clause, known)
        if speaker and speaker not in speakers:
            speakers.append(speaker)
    return tuple(speakers) if len(speakers) > 1 else ()


def _after_stance(
    found: list[tuple[Statement, str | None]], received: Sequence[Statement], sentences: Sequence[str]
) -> list[tuple[Statement, str | None]]:
    """A quotation with no attribution of its own that opens the sentence right after a statement of
    the same paragraph naming its speaker is that speaker's ("Dominguez welcomed the release. “This is
    a moment of profound relief ...”"); one inside a sentence of the writer's own ("Trump has also ...
    redesignated the militia as a “foreign terrorist organization.”") is not."""
    for k in range(1, len(found)):
        statement, raw = found[k]
        before, _ = found[k - 1]
        if (
            statement.kind == "direct"
            and not statement.attributed
            and raw is None
            and statement not in received
            and before.attributed
            and statement.sentence == before.sentence + 1
            and sentences[statement.sentence].lstrip()[:1] in _OPENING
        ):
            found[k] = (replace(statement, speaker_text=before.speaker_text, speaker=before.speaker), None)
    return found


def _statement(
    kind: str,
    text: str,
    speaker: str | None,
    anchor: str,
    index: int,
    context: str,
    resolver: _Resolver,
    named: frozenset[str],
) -> tuple[Statement, str | None]:
    """A statement with its speaker resolved, or unattributed when the speaker is not
    identified; then also the pronoun or description that `_corefer` may still resolve."""
    if not speaker:  # None, or "" for a speech verb without a subject ("according to their spokesperson")
        return Statement(kind, text, None, None, anchor, index), None
    if _anonymous(speaker):  # "The Hamas official said": kept apart, unless a person named in the role
        definite = speaker.split()[0].lower() == "the"
        return Statement(kind, text, None, None, anchor, index), speaker if definite else None
    if speaker.lower() in ("it", "they"):  # "It said that ...": the organisation that spoke just before, if any
        return Statement(kind, text, None, None, anchor, index), speaker
    if speaker.lower() in _PRONOUNS:
        if (opening := _opening_person(context, resolver, named)) is not None:
            return Statement(kind, text, opening, None, anchor, index), None
        people = resolver.people_in(context)
        if len(people) > 1:  # "In response to Caro Quintero's extradition, ... Maltz celebrated": Maltz
            people = resolver.subjects_in(_QUOTES.sub(" ", context))  # a name quoted is no subject
        if len(people) != 1:
            return Statement(kind, text, None, None, anchor, index), speaker
        return Statement(kind, text, speaker, next(iter(people)), anchor, index), None
    if _OF_PLACE.match(speaker) or _OWNERS_OF_LIST.match(speaker) or _AUTHORITIES_OF.match(speaker):
        # "residents of Jujuy", "Authorities in Puerto Rico": as written, not the place
        return Statement(kind, text, speaker, None, anchor, index), None
    if _SPOKESPERSON_OF.match(speaker) and resolver.role_holder(speaker, named) is None:
        return Statement(kind, text, None, None, anchor, index), speaker  # the person named in the role, nearby
    if speaker.split()[0].lower() in ("a", "an") and speaker.split()[-1].lower() in SPOKESPERSONS:
        return Statement(kind, text, None, None, anchor, index), speaker  # "a national police spokesman": named near
    actor = resolver.resolve(speaker, named)
    if actor is None and resolver.headed(speaker, named) is not None:  # heading a body: its head, named nearby
        return Statement(kind, text, None, None, anchor, index), speaker
    if actor is None and _HEAD_OF.match(speaker):
        return Statement(kind, text, None, None, anchor, index), None  # heading a body, but no one named
    if actor is None and not _identified(speaker):
        head = speaker.split()[-1].lower()
        if head in _ORGANISATION_NOUNS:  # "The company stated" after a sentence naming one company
            organisations = resolver.organisations_in(context)
            if _RUN_BY.search(speaker):  # "The Hamas-run media office": run by Hamas, so not Hamas
                organisations -= resolver.organisations_in(speaker)
            if head in _STATE_NOUNS | _PUBLIC_BODIES:  # "the department" after a sentence naming Nvidia is no company
                organisations = {o for o in organisations if resolver.is_body(o)}
            if len(organisations) == 1:
                return Statement(kind, text, speaker, next(iter(organisations)), anchor, index), None
        described = head in _PERSON_NOUNS | _ORGANISATION_NOUNS | _DOCUMENT_NOUNS | _STATE_NOUNS or (
            bool(_fitting(speaker, [a for a in named if a not in resolver.people], resolver))
        )  # "The board" where the article names the "Marine Board of Investigation"
        closing = _role_or_document(speaker)  # a document may also close a clause: "..., the report found."
        described = described or (closing is not None and (kind == "direct" or closing in _DOCUMENT_HEADS))
        described = described or _CITED_DOCUMENT.fullmatch(speaker) is not None  # "previous Bee reports"
        return Statement(kind, text, None, None, anchor, index), speaker if described else None
    return Statement(kind, text, _shown(speaker), actor, anchor, index), None


# A sentence opening with a full name as the subject of a verb in the past ("Ukraine’s NSDC Secretary Oleksiy
# Danilov addressed Peskov accusations"), a possessive place before it left out.
_OPENING_SUBJECT = re.compile(
    r"^\s*(?:[A-Z][\w.]*[’']s\s+)?((?:[A-Z][\w.'’-]*\s+)*?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+(?:has\s+|had\s+)?[a-z]+ed\b"
)


def _opening_person(context: str, resolver: _Resolver, named: frozenset[str]) -> str | None:
    """The person outside the codebook whom the sentence before makes its subject, whom "he said" after it
    stands for rather than a codebook person that sentence names only as its object ("... Oleksiy Danilov
    addressed Peskov accusations on the United News telethon." then `"...," he said`: Danilov). A codebook
    person as the subject is found by the rules after this; a body or a name with no capital but its first
    is no one here, nor a name with no title or role before it ("Norfolk Southern", a company, may open a
    sentence as a person's name does)."""
    match = _OPENING_SUBJECT.match(context)
    if match is None or resolver.resolve(match.group(1), named) is not None or _body_name(match.group(1)):
        return None
    words = match.group(1).split()
    titled = any(w.lower() in TITLES or w.lower() in _PERSON_NOUNS for w in words[:-2])
    return _shown(match.group(1)) if titled and words[0].lower() not in _OPENERS else None


def _without_dateline(sentence: str) -> str:
    """A paragraph's first sentence without the dateline before it ("WELD COUNTY, Colo. — Colorado
    Governor Jared Polis declared ..."): the place a story was filed from is not what was said."""
    dateline = _DATELINE.match(sentence) or _LOOSE_DATELINE.match(sentence)
    return sentence[dateline.end() :] if dateline and sentence[dateline.end() :].strip() else sentence


def _listed(speaker: str) -> bool:
    """Whether a speaker is names listed ("the USDA, FDA, and CDC", "Gertz and Security Minister ..."); an
    "and" after "of" or "for" with no comma before it is part of one body's name ("Centers for Disease
    Control and Prevention")."""
    if not _JOINT.match(speaker):
        return False
    last_and = re.search(r"(,?)\s+and\s+[^,]*$", speaker)
    return not (last_and and not last_and.group(1) and re.search(r"\s(?:of|for)\s[^,]*$", speaker[: last_and.start()]))


_OWNER_OPENING = re.compile(r"^(?:the\s+)?[A-Z][\w.]*[’']s\s+")  # "Nepal’s ...", "the CGT's ..."


def _members(speaker: str, resolver: _Resolver | None = None) -> tuple[str, ...]:
    """The speakers of a joint statement ("the USDA, FDA, and CDC announced": each of the three, whose
    statement it is alike); one speaker stays one, and so does a codebook name holding "and" ("National
    Earthquake Monitoring and Research Center") or one person's two titles ("Deputy Prime Minister and
    Home Minister Narayan Kaji Shrestha": a title alone is no member)."""
    if coordinated := _COORDINATED.match(speaker):  # "the Bolivian government and Uranium One Group executives"
        return coordinated.group(1, 2)
    owned = _OWNER_OPENING.sub("", speaker)  # "Nepal’s National ... and Research Center": the name after it
    kept = _within_names(speaker, resolver) if resolver is not None else speaker
    # "MDNR and the U.S. Fish and Wildlife Service": listed once the codebook name's own "and" is masked
    if not _listed(kept.replace(_KEPT_AND, "And")) or (resolver is not None and resolver.is_name(owned)):
        return (speaker,)
    members = [
        re.sub(r"^the\s+(?=[A-Z])", "", m.strip()).replace(_KEPT_AND, "and")
        for m in re.split(r",\s*(?:and\s+)?|\s+and\s+", kept)
    ]
    bare = (_OWNER_OPENING.sub("", m).split() for m in members if m)
    if len(members) < 2 or any(
        words and all(w.casefold() in TITLES or w.casefold() in _OFFICES for w in words) for words in bare
    ):
        return (speaker,)
    return tuple(m for m in members if m)


_KEPT_AND = "\x00"  # an "and" inside a codebook name, which no list is split at


def _within_names(speaker: str, resolver: _Resolver) -> str:
    """The speaker with the "and" of every codebook name it holds masked: "National Transportation and
    Safety Board Chair Jennifer Homendy" is the board's chair, not "National Transportation" and a chair."""
    if resolver.pattern is None or " and " not in speaker:
        return speaker
    kept = list(speaker)
    for match in resolver.pattern.finditer(fold(speaker, keep_case=True)):  # folding keeps every offset
        for at in (m.start() + match.start() for m in re.finditer("and", match.group(0))):
            kept[at : at + 3] = _KEPT_AND, "", ""
    return "".join(kept)


def _person(statement: Statement, resolver: _Resolver) -> bool:
    """Whether a statement's speaker is a named person: a codebook person, or a name outside the
    codebook that is no body's."""
    if statement.speaker is not None:
        return statement.speaker in resolver.people
    return statement.speaker_text is not None and not _body_name(statement.speaker_text)


def _anonymous(speaker: str) -> bool:
    """Whether a speaker is a description of an unnamed source: its head is "official" or "source"
    ("A Hamas official", "the official", "a senior U.S. official"); a name is never its head."""
    words = speaker.split()
    return bool(words) and words[-1].lower() in _ANONYMOUS


def _shown(speaker: str) -> str:
    """A speaker's name without the possessive place or the title before it ("Niger's General
    Abdourahamane Tchiani" -> "Abdourahamane Tchiani"): neither is part of the name."""
    words = speaker.split()
    person = (len(words) > 2 and not _body_name(speaker)) or (len(words) > 1 and words[1].lower() in TITLES)
    if person and _POSSESSIVE.search(words[0]) and _is_country(words[0]) and words[1][:1].isupper():
        words = words[1:]  # "Mexico's Navy" is the navy of Mexico, and stays whole
    while len(words) > 1 and words[0].lower() in TITLES and words[1][:1].isupper():
        words = words[1:]
    return " ".join(words)


def _speaker_side(sentence: str) -> str:
    """The part of the sentence before a pronoun or description that may name whom it stands for:
    its quotations left out, and what follows its first verb of speech unless a name follows the
    verb (`," stated ... Pam Bondi`). A person named in what was said is no speaker ("The general said
    that ... Mohamed Bazoum had sought ...", then "“...,” he said" is the general; "“As President
    Trump has indicated, ...,” stated ... Pam Bondi", then "she emphasized" is Bondi)."""
    text = _DOUBLE_QUOTES.sub(" ", sentence) if '"' in sentence or "“" in sentence else sentence
    verb = _SPEECH_THEN_CLAUSE.search(text)
    return text[: verb.end()] if verb else text


def _before_pronoun(text: str, speaker: str | None) -> str:
    """The text a pronoun or description speaker may look back on: what stands before it. A person
    named after it is part of what was said ("He added that Homendy will lead …"), never the
    one who said it; nor is a body ("The network condemned ... RSF violence": not the RSF)."""
    if not speaker or (speaker.lower() not in _PRONOUNS and speaker.split()[0].lower() != "the"):
        return text
    at = _whole_word(text, speaker)
    return text[:at] if at >= 0 else text


_WORD_EDGE = re.compile(r"\b")


def _whole_word(text: str, word: str) -> int:
    """Where `word` first stands whole in `text`, between word edges as `\\bword\\b` finds it; -1 if
    nowhere. Each speaker is a new word: `str.find` and one pattern compiled once spare compiling a
    pattern for every statement."""
    at = text.find(word)
    while at >= 0 and not (_WORD_EDGE.match(text, at) and _WORD_EDGE.match(text, at + len(word))):
        at = text.find(word, at + 1)
    return at


def _can_speak(speaker: str, resolver: _Resolver, named: frozenset[str]) -> bool:
    """Whether the subject of a speech or stance verb is someone: a thing ("the report warned",
    "the agreement underscores") is not, unless the codebook knows it as an actor."""
    words = speaker.split()
    if words[0].lower() not in ("the", "a", "an") or resolver.resolve(speaker, named) or _listed(speaker):
        return True  # a name, an actor, or names listed ("the USDA, FDA, and CDC")
    nouns = _SPEAKER_NOUNS | _DOCUMENT_NOUNS | _DOCUMENT_HEADS  # "the governors of ...": a plural of one, too
    return any(
        w.lower().strip("'’") in nouns or w.lower().removesuffix("s") in nouns for w in words[1:] if w[:1].islower()
    )


def _identified(speaker: str) -> bool:
    """Whether a speaker not in the codebook is still named: some word of it is capitalised."""
    words = speaker.split()
    if words and words[0].lower() in _GENERIC:
        return False  # "Officials", "Officials in Yemen": unnamed people
    if len(words) > 1 and words[0].lower() in ("the", "a", "an") and not words[-1][:1].isupper():
        # a description, even with a capital inside ("the Danish company"), unless it is a country's
        # one institution ("the U.S. military", "the Mexican government", "the British embassy in Yemen"),
        # a place's ("The Sinaloa state prosecutor's office") or a named owner's ("the European Union's
        # naval mission")
        if any(w[:1].isupper() and re.search(r"[’']s$", w) for w in words[1:-1]):
            return True
        places = [w for w in words[1:3] if w[:1].isupper() and not _HYPHENATED_ADJECTIVE.match(w)]
        institution = words[-1].lower() in _STATE_NOUNS | _POLITIES | {"office"}  # "the Upper Basin states"
        if any(not country_of(w) and not _is_country(w) for w in places) and institution:
            return True
        return any(_is_country(w) for w in words[1:3]) and any(w.lower() in _STATE_NOUNS for w in words[2:4])
    return any(w[:1].isupper() for w in words[1:]) or (
        bool(words) and words[0][:1].isupper() and words[0].lower() not in _OPENERS
    )


def _sentence_starts(sentences: Sequence[str]) -> list[int]:
    starts, offset = [], 0
    for sentence in sentences:
        starts.append(offset)
        offset += len(sentence) + 1
    return starts


def _index_at(starts: Sequence[int], offset: int) -> int:
    index = 0
    for i, start in enumerate(starts):
        if start <= offset:
            index = i
    return index


# An academic degree set between commas after a name (`Derek Manzello, Ph.D., NOAA CRW coordinator, said`): no
# part of the name nor a role; its comma would otherwise close the name's slot.
_DEGREE = re.compile(rf",\s*{DEGREE}(?=\s*,)")


def _without_degree(text: str) -> str:
    """`text` with each degree after a name blanked to spaces of its length, so the offsets read stay true."""
    return _DEGREE.sub(lambda degree: " " * len(degree.group(0)), text)


def _attribution_after(text: str, end: int) -> tuple[str | None, tuple[int, int]]:
    """The speaker named right after a closing quote: `," said Rubio.` or `," Rubio said.`"""
    rest = _without_degree(text[end : end + 200])
    medium = re.match(r"^\s*[,—–]?\s*[^,.;:\"“”]{0,60}?(?=\bquoted\b)", rest)
    if medium and (quoted := _QUOTED_AS.match(rest, medium.end())) and (speaker := _quoted_speaker(quoted.group(1))):
        return speaker, (end, end + quoted.end())  # `," AFP quoted Erdogan as saying.`
    inverted = _AFTER_VERB.match(rest)
    held = _BODY_ROLE_THEN_NAME.match(rest, inverted.end()) if inverted else None
    if held and is_person_name(held.group(1)):
        return held.group(1), (end, end + held.end())
    if inverted:
        speaker, length = _name_forward(rest[inverted.end() :])
        if speaker and inverted.group(0).split()[-1] in _TELLING and not _named_after_listener(speaker):
            speaker = None  # `," told Reuters.`: the one spoken to
        titled = _TITLE_THEN_NAME.match(rest, inverted.end() + length) if speaker else None
        if speaker and titled and speaker.split()[0].lower() in TITLES:
            return titled.group(1), (end, end + titled.end())
        if speaker:
            return speaker, (end, end + inverted.end() + length)
        role = _ROLE_THEN_NAME.match(rest[inverted.end() :])
        if role and is_person_name(role.group(1)):  # `," said local state Sen. Roland Gutierrez (D).`
            return role.group(1), (end, end + inverted.end() + role.end())
        if description := _INVERTED_DESCRIPTION.match(rest, inverted.end()):  # `," said the president.`
            # `," added the head of the CGT, Philippe Martinez.`: the name after the description
            if name_after := _TITLE_THEN_NAME.match(rest, description.end()):
                return name_after.group(1), (end, end + name_after.end())
            return description.group(0).rstrip("."), (end, end + description.end())
    clause = _CLAUSE_THEN_VERB.match(rest)
    closed = re.search(r"\.\s*[\"”']$", text[max(0, end - 3) : end])
    appositive = _APPOSITIVE_ATTRIBUTION.match(rest)
    if appositive and not closed:  # `," their military spokesperson, Yahya Saree, said.`
        named = [p for p in appositive.group(1, 2) if not _role_opening(p) and p.split()[0].lower() not in _OPENERS]
        described = [p for p in appositive.group(1, 2) if _role_opening(p)]
        if len(named) == 1 and len(described) == 1 and (speaker := _name_backward(named[0])):
            return speaker, (end, end + appositive.end())
    if (
        clause
        and not closed
        and not _opens_with_conjunction(clause.group(1))
        and not _SUBORDINATE.search(clause.group(1))
    ):
        # `." The British embassy also condemned`: a new sentence, whose subject is not the quotation's;
        # nor is a new clause's (`", while a statement from the security ministry said`)
        speaker = _name_backward(clause.group(1))
        if speaker:
            return speaker, (end, end + clause.end())
    slot = _ATTRIBUTION_SLOT.match(rest) if not closed else None
    if slot and not _opens_with_conjunction(slot.group(1)) and (speaker := _name_backward(slot.group(1))):
        return speaker, (end, end + slot.end(2))  # `,” he joked.`, `,” the ministry's spokesman posted on X.`
    role_after = _NAME_THEN_ROLE.match(rest) if not closed and "," in rest[2:64] else None
    if role_after and _all_capitalised(role_after.group(1)) and _role_opening(role_after.group(2)):
        if speaker := _name_backward(role_after.group(1)):  # `," Magnus Gisslén, Sweden’s state epidemiologist said.`
            return speaker, (end, end + role_after.end())
    stray = _NAME_COMMA_VERB.match(rest)
    if stray and not closed and _all_capitalised(stray.group(1)) and (speaker := _name_backward(stray.group(1))):
        return speaker, (end, end + stray.end())
    signed = _SIGNED.match(rest) if len(text) - end <= len(rest) else None
    if signed:  # `...” – Anthony Placido, former Assistant Administrator.`: the paragraph ends signed
        signature = rest[signed.end() :]
        speaker, _ = _name_forward(signature)
        capitals = [w for w in (speaker or "").split() if w[:1].isupper()]
        after = signature[signature.find(speaker) + len(speaker) :] if speaker else ""
        if speaker and len(capitals) >= 2 and re.match(r"^\s*(?:,[^\"“”]*|\.)?\s*$", after):
            return speaker, (end, len(text))
    return None, (end, end)


def _opens_with_conjunction(part: str) -> bool:
    """Whether a part before a speech verb opens a new clause ("and", "while"), or is no words at all (only
    spaces between a closing quote and its verb name no one)."""
    words = part.split()
    return not words or words[0].lower() in _CONJUNCTIONS


def _all_capitalised(part: str) -> bool:
    """Whether a part is a name of two words or more, every word capitalised but its connectors:
    only then may a comma stand between it and its verb."""
    words = part.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in _CONNECTORS for w in words)


def _role_opening(part: str) -> bool:
    """Whether an appositive describes rather than names: lower case ("the Houthi military
    spokesman"), a title ("Secretary of ...") or an owner ("ICRC's head of delegation")."""
    words = part.split()
    office = words[0].lower() in TITLES or any(w.lower() in _OFFICES for w in words[:2])  # "Director General of"
    titled = office and any(w[:1].islower() for w in words[1:])  # not "General Oumar Diarra"
    # "US Department of State spokesperson": a body's name, then the role in lower case
    role_last = _ends_in_role(words)
    return words[0][:1].islower() or titled or role_last or _office_head(words) or bool(_POSSESSIVE.search(words[0]))


def _ends_in_role(words: Sequence[str]) -> bool:
    """Whether an appositive of two words or more ends in a person's role or office, whatever names before it ("US
    Department of State spokesperson", "NOAA CRW coordinator", "Mote president and CEO")."""
    return len(words) >= 2 and (words[-1] in _PERSON_NOUNS or words[-1].lower() in _OFFICES)


def _office_head(words: Sequence[str]) -> bool:
    """Whether an appositive's head, its last word before a preposition, is an office in lower case after capitalised
    modifiers ("Asia advocacy director at Human Rights Watch", "Southeast Asia program director at the Stimson
    Center"): a role, whatever region or programme its first words name."""
    head = next((n for n, w in enumerate(words) if w in _HEAD_ENDS), len(words)) - 1
    return 0 < head < len(words) - 1 and words[head] in _OFFICES


def _attribution_before(text: str, start: int) -> tuple[str | None, tuple[int, int]]:
    """The speaker named before an opening quote: `Johnson stated, "` or `said Rubio: "`."""
    before = text[max(0, start - 200) : start]
    verb = _BEFORE_VERB.search(before)
    if verb:
        speaker = _name_backward(before[: verb.start()])
        if speaker:
            at = before.rfind(speaker.split()[0], 0, verb.start())
            return speaker, (start - len(before) + (at if at >= 0 else verb.start()), start)
        clause = re.split(r"(?<=[.!?])\s+", before[: verb.start()])[-1]
        if _DOCUMENT_OF.match(clause) and (maker := _subject(clause)):  # `A statement issued by X on Friday said, "`
            return maker, (start - len(before) + verb.start() - len(clause), start)
    inverted = _VERB_THEN_CLAUSE.search(before)
    if inverted and inverted.group(1) in _TELLING and not _named_after_listener(inverted.group(2)):
        teller = _teller(before[: inverted.start()])  # `Homendy told CNN’s Poppy Harlow: "`: the one told listens
        return teller, ((start - len(before) + inverted.start(), start) if teller else (start, start))
    if inverted:
        speaker, _ = _name_forward(inverted.group(2))
        if speaker:
            return speaker, (start - len(before) + inverted.start(), start)
    return None, (start, start)


def _reported_speech_verbs(sentence: str) -> Iterable[re.Match[str]]:
    """The verbs of saying of a sentence in reading order, giving or revising a count ("put the toll at", "raised
    the death toll to") among them."""
    verbs = list(_VERB_RE.finditer(sentence))
    if not _FIGURE_VERBS.isdisjoint(sentence.split()):
        figures = [*_PUTS_TOLL.finditer(sentence), *_REVISES_COUNT.finditer(sentence)]
        verbs = sorted([*verbs, *figures], key=lambda verb: verb.start())
    return verbs


def _reported_speaker(sentence: str, known: Callable[[str], bool] = lambda _: False) -> str | None:
    """The speaker of a sentence of reported speech, "" if it has a speech verb but no
    identified subject, None if it is not reported speech. A country acting ("The U.S. has pledged
    billions") speaks only through its clause, unless the codebook `known`s it as an actor ("China
    accused the Philippines of trespassing")."""
    words = sentence.translate(_PUNCTUATION_TO_SPACE).split()
    if "quoted" in words and (quoted := _QUOTED_AS.search(sentence)):
        return _quoted_speaker(quoted.group(1)) or ""  # "AFP quoted Erdogan as saying that ...": Erdogan
    if closing := _DOCUMENT_CLOSING.search(sentence):
        return closing.group(1)
    cites = _according(sentence)
    puts = not _FIGURE_VERBS.isdisjoint(words) and bool(_PUTS_TOLL.search(sentence) or _REVISES_COUNT.search(sentence))
    if _VERB_SET.isdisjoint(words) and not cites and not puts:
        if not _ACT_PARTICIPLES.isdisjoint(words) and (act := _act_participle_speaker(sentence)):
            return act
        if _PARTICIPLES.isdisjoint(words):
            return None  # most sentences: one split and a set test instead of a pattern search
        return _participle_speaker(sentence)
    according = _ACCORDING.search(sentence) if cites else None
    if according and _NO_SOURCE.match(sentence, according.end()):
        according = None  # "According to the history of the Hàm Luông River, ...": no one is cited
        if _VERB_SET.isdisjoint(words) and not puts:
            return None
    opening = _verb_subject(sentence[: according.start()].rstrip(" ,"), known) if according else None
    if opening and (known(opening) or _identified(opening)):
        return opening  # "Kuleba said he considers ..., according to a statement from the ministry": Kuleba
    if according:
        after = sentence[according.end() :]
        document = _DOCUMENT_OF.match(after)
        after = after[document.end() :] if document else after
        acronym = _WITH_ACRONYM.match(after)
        if acronym:  # "according to US central command (Centcom)": the acronym names it
            return f"{acronym.group(1)} ({acronym.group(2)})"
        speaker, _ = _name_forward(after)
        if speaker and (body := _DEMONYM_BODY.match(after)) and _is_country(body.group(1)):
            return body.group(0)  # "according to the Cambodian fisheries administration": the body, not "the Cambodian"
        if speaker and document and re.match(r"^\s*from\b", after[after.find(speaker) + len(speaker) :]):
            return ""  # "a statement cited by Al-Masirah from the ... interior ministry": not Al-Masirah's
        described = _DESCRIBED_THEN_NAMED.match(after)
        if not speaker and described and described.group(1).lower() in _SPEAKER_NOUNS:
            named_after, _ = _name_forward(
                after[described.end() :]
            )  # "according to the car carrier’s owner, Galaxy Maritime"
            if not (
                named_after and _POSSESSIVE.search(named_after)
            ):  # "..., Lake Mead’s water level will": the clause's
                after, speaker = after[described.end() :], named_after  # subject owns a noun, no name in apposition
        following = after[len(speaker or "") :].translate(_PUNCTUATION_TO_SPACE).split()[:1]
        if speaker and following and following[0].lower() in _GENERIC | _ANONYMOUS:
            return ""  # "according to US officials", "according to the Israeli official": no one named
        described_name = _LOWER_NAME.match(after)
        if not speaker and described_name and known(described_name.group(0)):
            return described_name.group(0)  # "according to the police headquarters": the codebook's, in lower case
        if not speaker and (institution := _STATE_DESCRIPTION.match(after)):
            return institution.group(0)  # "according to the army": as "the army said"
        if not speaker and (cited := _CITED_DOCUMENT.match(after)):
            return cited.group(0)  # "according to the letter": the document, its author as `_cited_author` finds
        return speaker or ""
    speaker = _verb_subject(sentence, known)
    if speaker is not None:
        return speaker
    return _participle_speaker(sentence) if not _PARTICIPLES.isdisjoint(words) else None


def _verb_subject(sentence: str, known: Callable[[str], bool]) -> str | None:
    """The subject of the first verb of saying in a sentence that names one ("" for a document's author
    the text does not name), None when no verb has one. Each verb is read in the `_VERB_WINDOW` characters
    around it, so a sentence of many verbs costs its length once, not once a verb."""
    said_to_end = len(sentence.rstrip(' ."”'))  # a verb from here on closes the sentence ("..., Rubio said.")
    closing_belief = _CLOSING_BELIEF.search(sentence) is not None  # "..., police believe."
    for verb in _reported_speech_verbs(sentence):
        before = sentence[max(0, verb.start() - _VERB_WINDOW) : verb.start()]
        after = sentence[verb.end() : verb.end() + _VERB_WINDOW]
        if _NEGATED.search(before):
            continue
        if re.match(r"^\s*[a-z]+ing\b", before.rsplit(",", 1)[-1]):
            continue  # "..., accusing Western states of failing": a participle's object, not a verb  # "The spokesman did not say when the attacks took place": nothing was said
        if verb.group(0) in _CLAUSE_VERBS and not _CLAUSE_AFTER_VERB.match(after):
            continue
        if verb.group(0) in _FINDING and (
            _PASSIVE.search(before) or not _FINDING_CLAUSE.match(_DASHED_ASIDE.sub("", after))
        ):
            continue
        if verb.group(0) in _FORECASTING and not _FORECAST_CLAUSE.match(after):
            continue
        if verb.group(0) in _ESTIMATING and (_PASSIVE.search(before) or not re.match(r"\s+that\b", after)):
            continue
        if verb.group(0) in _REJECTING and not _REJECTED_CLAIM.match(sentence, verb.end()):
            continue
        if verb.group(0) in _TESTIFYING and not _TESTIMONY_CLAUSE.match(after):
            continue
        if verb.group(0) in _BELIEVING and not closing_belief:
            continue  # "..., police believe.": a belief speaks only in the closing slot
        if verb.group(0) in _BLAMING and (_PASSIVE.search(before) or _EACH_OTHER.match(after)):
            continue
        if verb.group(0) in _CALLING and (_PASSIVE.search(before) or not _CALLED_AS.match(after)):
            continue
        if _OWNER_BEFORE.search(before):
            continue  # "resolve the State’s claims against 3M": a possessive makes the verb's form a noun
        if verb.group(0) in _TELLING and _BE_BEFORE.search(before):
            continue  # "We’re told an equal number ... were taken": the one told, and no teller named
        if verb.group(0) in _TO_VERBS and (_PASSIVE.search(before) or not re.search(r"\bto\b", after)):
            continue
        if verb.end() >= said_to_end:
            speaker = _name_backward(before)  # "..., Rubio said."
        elif (
            before.rstrip().endswith(",")
            and (closing := _closing_name(after))
            and (verb.group(0) not in _TELLING or _named_after_listener(closing))
        ):
            speaker = closing  # "..., said Yahya Saree, the Houthi military spokesman."
        else:
            speaker = _subject(before) or _subject_before_phrase(before) or _officials_of(before, known)
            if (
                speaker
                and all(_is_country_subject(one) for one in _members(speaker))
                and verb.group(0) not in _SAYING
                and not _CLAUSE_AFTER_VERB.match(after)
                and not known(speaker)
                and not (verb.group(0) in _DENYING and _DENIED_CLAIM.match(sentence, verb.end()))
            ):
                continue  # "The U.S. has pledged billions": a country acting, not speaking
        if speaker and speaker.split()[-1] in ("that", "which"):
            continue  # "the Framework developed by ... the Reef Authority that describes": a relative clause's verb
        if speaker and verb.group(0) in _FINDING_VERBS and _inside_thing_modifier(before, speaker):
            return ""  # "Aerial surveys of the Reef have revealed": a thing found it, no one is named
        if speaker and verb.group(0) in _INDICATING and not _can_indicate(speaker, known):
            continue  # "Data indicates that ...", "The examination of DRI positively indicated": no one says it
        if speaker and _relative_object(sentence, verb, speaker):
            continue  # "the strategy President Gabriel Boric announced in April": what he announced, no speech
        head = _head(speaker) if speaker else ""
        if head in _SILENT_HEADS:
            continue  # "the Level 2 Shortage Condition announced last year": a measure says nothing
        if speaker and head in _DOCUMENT_HEADS:
            # "The August 2022 24-Month Study notes that": its author is unnamed; "the report disclosed": the
            # document an earlier sentence may give an author (`_closing_description`)
            return _author(speaker) or (speaker if _role_or_document(speaker) else "")
        if speaker and _commissioned_document(before, speaker):
            return ""  # "a study commissioned by X found": the study's, whose authors this sentence does not name
        if speaker:
            return speaker
    return None


# A body's name before "officials" ending the words before a verb, from the clause's start: "NASA officials said".
_BODY_OFFICIALS = re.compile(
    r"(?:^|[,;]\s+)(?:[Tt]he\s+)?((?:[A-Z][\w.&'’-]*\s+){0,4}?[A-Z][\w.&'’-]*)\s+officials\s*$"
)


def _officials_of(before: str, known: Callable[[str], bool]) -> str | None:
    """The body whose officials are a verb's subject ("NASA officials said they remain committed"): they speak as
    the body the codebook knows, as its spokesperson would. A country's officials ("US officials said") are no
    one body's, and a name outside the codebook is no body this can tell from a place: kept apart."""
    officials = _BODY_OFFICIALS.search(before.rstrip())
    body = officials.group(1) if officials else None
    return body if body and known(body) and not _is_country_subject(body) else None


# Verbs of finding, which a thing may take as its subject ("Helicopter flights ... have confirmed", "Aerial surveys
# of the Reef have revealed"): then no one says it.
_FINDING_VERBS = frozenset(
    "confirmed confirms revealed reveals showed shows shown indicated indicates found finds".split()
)
# A subject's head noun and the preposition opening its modifier, from the clause's start: "Helicopter flights over
# the southern Great Barrier Reef", "Aerial surveys of the Reef".
_MODIFIED_HEAD = re.compile(
    r"(?:^|[,;]\s+)(?:[A-Za-z][\w-]*\s+){0,3}?([a-z][\w-]*|(?<=^)[A-Z][a-z-]+)\s+"
    r"(?:of|over|from|across|in|on|at|off|near|around|along|above|under)\s+"
)


def _inside_thing_modifier(before: str, speaker: str) -> bool:
    """Whether the speaker read before a verb of finding is a place or body inside the modifier of a thing, the
    clause's real subject ("Helicopter flights over the southern Great Barrier Reef have confirmed": flights, not the
    Reef). A person or group noun ("Scientists at AIMS found"), an office and a document or data ("A study from
    Harvard found": Harvard's) are no such thing."""
    at = before.rfind(speaker)
    head = _MODIFIED_HEAD.search(before, 0, at) if at > 0 else None
    if (
        not head
        or head.end() > at
        or re.search(r"[,;()]|\b(?:when|that|which|who|while|as)\b", before[head.end() : at])
    ):
        return False  # "Through a post on X ..., the US Central Command confirmed": a subject of its own
    noun = head.group(1).lower()
    people = _SPEAKER_NOUNS | _GENERIC | _ANONYMOUS | _OFFICES
    return (
        noun not in people
        and not re.search(r"(?:ist|er|or|ian|ant|ent)s?$", noun)
        and not _DOCUMENT_OF.match(before[head.start() :].lstrip(",; "))
    )


def _commissioned_document(before: str, speaker: str) -> bool:
    """Whether the subject read before a verb is the body a document was commissioned by ("a study commissioned
    by the government of Puerto Rico found"): the document's noun before the participle is the subject."""
    commissioned = _COMMISSIONED_BY.search(before.rstrip(" ,"))
    if not commissioned or speaker not in commissioned.group(0):
        return False
    return _head(before[: commissioned.start()].strip()) in _DOCUMENT_HEADS


def _can_indicate(speaker: str, known: Callable[[str], bool]) -> bool:
    """Whether a subject of "indicates" is a source: a body ("Morocco's geophysical center") or a name the codebook
    knows as its head ("AFP"), not a finding ("The examination of DRI") nor data."""
    words = _TRAILING_PARENTHESIS.sub("", speaker).split()
    cut = next((n for n, word in enumerate(words) if n and word in _HEAD_ENDS), len(words))
    return _body_name(speaker) or (bool(cut) and words[cut - 1][:1].isupper() and known(speaker))


def _named_after_listener(closing: str) -> bool:
    """Whether a name closing "told" names its speaker after the one told ("..., told AFP Lionel Lazarre,
    head of ..."): a name of two words after the first; "..., told BNamericas." names only the listener, and so
    does an outlet's possessive before its journalist ("told CNN’s Poppy Harlow on CNN This Morning")."""
    words = closing.split()
    return bool(words) and not _POSSESSIVE.search(words[0]) and sum(w[:1].isupper() for w in words[1:]) >= 2


# A subject closed by a part in commas ("Jennifer Homendy, NTSB chair,"): the name, then the part.
_ROLE_APPOSITIVE = re.compile(r"^(.*?\S)\s*,\s*([^,]{2,60}?)\s*,\s*$")


def _teller(subject: str) -> str | None:
    """The speaker of a verb of telling whose object, the one told, stands before the quotation (`NTSB chair
    tells CNN: "`, `Jennifer Homendy, NTSB chair, told CNN’s Poppy Harlow ...: "`): the name before the verb,
    past a role in apposition after it; None when none is there."""
    if (appositive := _ROLE_APPOSITIVE.match(subject)) and _role_opening(appositive.group(2)):
        subject = appositive.group(1)
    return _name_backward(subject)


def _relative_object(sentence: str, verb: re.Match[str], speaker: str) -> bool:
    """Whether the verb's object is the noun right before its subject ("the new national lithium strategy
    President Gabriel Boric announced in April"): a lower-case word no function word, the subject, a verb of
    what was said and nothing after it but where or when."""
    if verb.group(0) not in _CONTENT_VERBS or not _NO_OBJECT.match(sentence, verb.end()):
        return False
    before = sentence[: verb.start()].rstrip()
    preceding = before.removesuffix(speaker).split() if before.endswith(speaker) else []
    while preceding and (
        (preceding[-1][:1].isupper() and preceding[-1][-1:].isalnum()) or preceding[-1].lower() in _SPEAKER_NOUNS
    ):
        preceding.pop()  # the title, role or owner before the name ("President", "Kremlin spokesman", "Chile's")
    return bool(preceding) and preceding[-1].isalpha() and preceding[-1].islower() and preceding[-1] not in _NOT_NOUNS


def _head(speaker: str) -> str:
    """The head word of a speaker's name, in lower case: the last before "of", "on" or "for" ("task
    force on the South China Sea": force; "Colorado River Basin": basin)."""
    words = _TRAILING_PARENTHESIS.sub("", speaker).split()
    cut = next((n for n, word in enumerate(words) if n and word in _HEAD_ENDS), len(words))
    return words[cut - 1].lower() if cut else ""


def _author(document: str) -> str:
    """Who a document speaking is from: the acronym of a body that owns it ("The NTSB Report notes": NTSB), else
    "" (kept apart): "24-Month Study" names no author. A codebook name before a document's noun in lower case ("A
    Texas House Committee report found") is the clause's subject already (`_subject` stops before the noun)."""
    owner = [word for word in document.split()[:-1] if len(word) >= 2 and word.isupper() and word.isalpha()]
    return owner[-1] if owner else ""


def _quoted_speaker(quoted: str) -> str | None:
    """The one a medium quotes ("quoted Erdogan as saying", "quoted the Interfax news agency as
    saying"): the name, or the agency's."""
    agency = _NEWS_AGENCY.match(re.sub(r"^the\s+", "", quoted.strip()))
    return agency.group(1) if agency else _name_backward(quoted)


def _closing_name(after: str) -> str | None:
    """The name an inverted verb closes its sentence with ("said Yahya Saree, the Houthi military
    spokesman."): a capitalised name, then only an appositive or the end."""
    name, length = _name_forward(after)
    if _COORDINATED.match(whole := after.strip(' ."”')) and not _FINITE.search(whole):
        return whole  # "..., said the Bolivian government and Uranium One Group executives."
    described = _INVERTED_DESCRIPTION.match(after.lstrip())
    if described and not after.lstrip()[described.end() :].strip(' ."”'):
        return described.group(0).rstrip(".")  # "..., said the head of the Sedena."
    if (
        (role := _ROLE_THEN_NAME.match(after))
        and is_person_name(role.group(1))
        and _CLOSED_BY_NAME.match(after[role.end() :])
    ):
        return role.group(1)  # "..., said the court-appointed receiver Michael Goldberg."
    if not name or not (_body_after_the(name) or (name[:1].isupper() and name.split()[0].lower() not in _OPENERS)):
        return None
    clause = after[:length]
    rest = clause[clause.find(name) + len(name) :]
    if _FINITE.search(rest) or (_body_after_the(name) and rest.strip()):
        return None  # "..., said Ukraine and Russia would sign": the reported clause's subject, no speaker
    return name if _CLOSED_BY_NAME.match(after[length:]) else None


def _body_after_the(name: str) -> bool:
    """Whether a name read after an inverted verb is "the" and a body's capitalised name ("..., says the Mekong River
    Commission.", "..., said the Pentagon."): the body, as "..., the Mekong River Commission says." already was. It
    must close its clause and own nothing: "..., confirmed the RSF's assault, stating" is the verb's object."""
    words = name.split()
    return (
        len(words) >= 2
        and words[0] == "the"
        and all(w[:1].isupper() or w in _CONNECTORS for w in words[1:])
        and not _POSSESSIVE.search(words[-1])
    )


def _participle_speaker(clause: str) -> str | None:
    """The speaker of a participle of speech ("..., saying that"): the name right before it ("with
    spokesman Mohamed Ould Mamouni saying"), else the subject before the clause's first finite verb
    ("Ecowas has condemned ..., saying"; "Trump has ramped up efforts ..., vowing that"). None when
    there is no such participle or no named subject."""
    participle = _PARTICIPLE.search(clause)
    if not participle:
        return None
    before = clause[: participle.start()]
    if quoted := _QUOTED_AS.search(clause):
        return _quoted_speaker(quoted.group(1))
    if participle.group(1) == "accusing" and participle.group(0)[:1] != ",":
        return None  # "with Beijing and Manila accusing each other": two sides, no one speaker
    if participle.group(0)[:1] != "," and before.split()[-1:] and before.split()[-1][:1].isupper():
        return _name_backward(before)
    finite = _FINITE.search(before)
    if not finite:
        # "Russian Foreign Minister Sergei Lavrov cast doubt on the deal ..., accusing": a full name
        # opening the sentence before a verb in lower case is its subject
        name, _ = _name_forward(before)
        rest = before.lstrip()[len(name or "") :].split()[:1]
        full = name is not None and len(name.split()) >= 2 and name.split()[0].lower() not in _OPENERS
        return name if full and rest and rest[0].isalpha() and rest[0].islower() else None
    subject = _LOOSE_DATELINE.sub("", _DATELINE.sub("", before[: finite.start()]))
    return _name_backward(subject.rsplit(",", 1)[-1]) if subject.strip() else None


def _act_participle_speaker(sentence: str) -> str | None:
    """The subject of an act of sending, releasing or filing that a participle of saying follows ("Delta Air Lines
    sued CrowdStrike on Friday, claiming ..."), None without such a participle or subject."""
    if described := _PUBLISHED_DESCRIBING.search(sentence):
        return _subject(sentence[: described.start()])
    act = _ACT_PARTICIPLE.search(sentence)
    if not act or (act.group(1) and not _REPORTED_CLAUSE.match(sentence[act.end() :])):
        return None
    return _subject(sentence[: act.start()])


def _subject_before_phrase(before: str) -> str | None:
    """A full name parted from its verb by a phrase of where or how ("Brigadier General Yahya
    Saree in a prerecorded message released Thursday night said"): two capitalised words or more,
    the phrase at most ten words."""
    clause = re.split(r"[,;]", before)[-1]
    phrase = re.match(r"^(.*?[A-Za-z.])\s+(?:in|on|at|during|via|through)\s+(\S.*)$", clause)
    if not phrase or len(phrase.group(2).split()) > 10:
        return None
    name = _name_backward(phrase.group(1))
    words = name.split() if name else []
    return name if len(words) >= 2 and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words) else None


# A time between a subject and its verb: "DeWine last week said", "the ministry earlier this month warned",
# "Pashinyan has several times accused".
_WHEN_BEFORE_VERB = re.compile(
    r"(?<=\w)\s+(?:(?:last|earlier\s+this|this|late\s+last|early\s+last)\s+(?:week|weekend|month|year)"
    r"|(?:several|many|numerous|multiple|two|three)\s+times)$"
)
# A day between a sentence's whole subject, a name, and its verb ("The WHO on Wednesday declared"); after
# "Houthi media outlets in Yemen" or "Haiti's new prime minister" the name is no subject.
_DAY_AFTER_NAME = re.compile(
    r"^((?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|and))*)\s+on\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


# A legislator's party and state set off by commas after the name, as news style writes them: ", D-Washington,",
# ", R-S.C.,", ", I-Vt.,".
_PARTY_STATE_APPOSITIVE = re.compile(r",\s+[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]+)?\s*,")


def _without_party_state(before: str) -> str:
    """`before` with a party-and-state appositive taken out, so the name before it is the subject
    ("Sen. Maria Cantwell, D-Washington, who chairs the committee," → "Sen. Maria Cantwell, who ...,")."""
    return _PARTY_STATE_APPOSITIVE.sub(lambda m: "" if m.end() == len(before) else ",", before)


def _subject(before: str) -> str | None:
    """The subject right before a speech verb, skipping a dateline ("ALBAWABA - "), a party and
    state ("Cantwell, D-Washington, said") and an appositive ("Rubio, the secretary of state, said")."""
    before = _without_party_state(_WHEN_BEFORE_VERB.sub("", before.rstrip()))  # "Ohio Gov. Mike DeWine last week said"
    if day := _DAY_AFTER_NAME.match(before):
        before = day.group(1)
    stripped = _LOOSE_DATELINE.sub("", _DATELINE.sub("", before))
    words = stripped.split(" ")
    while words and words[-1].lower() in _ADVERBS:
        words.pop()
    stripped = " ".join(words)
    if _AUTHORITIES_OF.match(stripped):  # "Authorities in the ... state of Sinaloa have raised": not Sinaloa
        return stripped
    if joint := _joint_subject(stripped):  # "On March 25, the USDA, FDA, and CDC announced": all three
        return joint
    opened = _OPENING_WORD.sub("", stripped)  # "Now, local data from ...": the clause after its opening word
    document = _DOCUMENT_OF.match(opened)
    if document:  # "A statement from the DEA on Monday described": the DEA
        # "Now, local data from the CSIRO, the Reef Authority, and the Australian Institute of Marine Science,
        # confirmed": the bodies listed after "from" are its authors together
        authors = opened[document.end() :]
        return _joint_subject(authors.rstrip(" ,")) or _name_forward(authors)[0]
    if institution := _INSTITUTION_DOCUMENT.match(stripped):  # "A military statement issued at 08:00 said"
        return f"the {institution.group(1).lower()}"
    if agency := _NEWS_AGENCY.search(stripped):  # "AFP news agency later reported": AFP
        return agency.group(1)
    if titled := _NAME_THEN_TITLE.match(stripped):
        return titled.group(1)
    compound = re.match(r"^(.*[^,\s])\s*,\s+as well as\s+[^,]+,$", stripped)
    if compound:  # "Yemen's internationally recognized government, as well as a regional military official,"
        return _name_backward(compound.group(1))
    if stripped.endswith(","):
        opening = _appositive_opening(stripped[:-1])
        appositive = stripped[opening + 1 : -1].strip() if opening >= 0 else ""
        if (opening >= 0 and (appositive[:1].islower() or _ends_in_role(appositive.split()))) or appositive.split(" ")[
            0
        ] in ("a", "an", "the", "who"):
            return _name_backward(_WHEN_BEFORE_VERB.sub("", stripped[:opening]))  # "An AFP tally last week, ...,"
        described = stripped[:opening].rsplit(",", 1)[-1].split()
        owned_role = len(described) >= 2 and bool(_POSSESSIVE.search(described[0])) and described[-1].islower()
        # "Reef Authority Director for Reef Health, Dr Mark Read, said": a capitalised office, its body before it and
        # its remit after, then the holder's name
        office = _office_head([w.lower() if w.lower() in _OFFICES else w for w in described])
        if opening >= 0 and described and (described[0].lower() in ("the", "a", "an") or owned_role or office):
            if appositive and appositive.split()[-1].lower() in _UNITS:
                return _name_backward(stripped[:opening])  # "the U.S. Army Corps of Engineers, Rock Island District,"
            # "the leader of the Houthis, Abdul Malik Al-Houthi, said"; "Nepal’s prime minister, Pushpa Kamal Dahal,"
            return _name_backward(appositive)
        return None
    return _name_backward(stripped)


# One capitalised word and a comma opening a clause that goes on in lower case ("Now, local data from ..."): no subject.
_OPENING_WORD = re.compile(r"^[A-Z][a-z]+,\s+(?=[a-z])")


def _joint_subject(before: str) -> str | None:
    """Names listed as the subject ending `before` ("the USDA, FDA, and CDC"), from the clause's start
    or a comma, its first name no opening word ("In Washington, Blinken and Austin": the two)."""
    if " and " not in before:
        return None
    for start in (0, *(m.end() for m in re.finditer(r",\s+", before))):
        tail = before[start:].strip()
        first = re.sub(r"^the\s+", "", tail).split(" ")[0].lower()
        if _listed(tail) and first not in _OPENERS and first not in _GENERIC:
            if start and (head := _LIST_OWNER.search(before, 0, start)):
                return f"{head.group(1)}, {tail}"  # "The governors of Arizona, Nevada and California": the governors
            return tail
    return None


def _appositive_opening(text: str) -> int:
    """The comma that opens the appositive ending `text`: the last one, unless the part after it
    goes on a list the appositive started ("The Maersk Hangzhou, a Singapore-flagged, Denmark-owned
    ... vessel," opens at the comma before "a")."""
    last = text.rfind(",")
    comma = last
    while comma > 0:
        part = text[comma + 1 :].lstrip()
        if part[:1].islower() or part.split(" ")[0] in ("a", "an", "the", "who"):
            return comma
        if all(w[:1].isupper() or w in _CONNECTORS for w in part.split()):
            return last  # a name after the comma: "the leader of the Houthis, Abdul Malik Al-Houthi,"
        comma = text.rfind(",", 0, comma)
    return last


def _name_backward(before: str) -> str | None:
    """The name, title or pronoun that ends `before` (the words right before a verb)."""
    if person := _NAME_THEN_BODY_TITLE.search(before):
        return person.group(1)  # "Paul Hankins, director for salvage operations with the U.S. Navy said"
    if titled := _titled_name_of_body(before):
        return titled  # "Commander Stuart Cundy of the Metropolitan Police said": Stuart Cundy
    before = _PHRASAL.sub("", before)  # "he went on to say": he
    trimmed = before
    while adverb := _TRAILING_ADVERB.search(trimmed):
        trimmed = trimmed[: adverb.start()]
    trimmed = _GROUP_AFTER_ACRONYM.sub("", trimmed)  # "The Jama'at ... (JNIM) group said": the name
    acronym = _TRAILING_ACRONYM.search(trimmed)
    tokens = _TOKEN.findall(_NICKNAME.sub(" ", _TRAILING_PARENTHESIS.sub("", trimmed)))
    while tokens and tokens[-1].lower() in _ADVERBS:
        tokens.pop()
    if not tokens:
        return None
    if _BARE_POLICE.search(trimmed):  # "..., police said": a country's police, resolved like "the army"
        return "the police"
    last = _CONTRACTION.sub("", tokens[-1])  # "We’re told": a contraction is no name, but its pronoun
    if last.lower() in _PRONOUNS or last.lower() in _UNRESOLVABLE_PRONOUNS:
        return last if last.lower() in _PRONOUNS | {"it", "they"} else None
    if last.lower() in _DOCUMENT_NOUNS | _TALLIES and (owner := _owner(tokens[:-1])):
        return owner  # "a Department of State statement said": the State Department
    if released := _RELEASED_DOCUMENT.search(trimmed):
        return _owner(_TOKEN.findall(trimmed[: released.start(1)]))  # "a Harvard study released Tuesday says"
    words: list[str] = []
    for n in range(len(tokens) - 1, -1, -1):
        token = tokens[n]
        if words and token == "on" and n >= 1 and tokens[n - 1].lower() in _SPEAKER_NOUNS:
            # "The National Task Force on the West Philippine Sea", "the Philippine task force on the
            # South China Sea": the body's whole name or description, not the place it is on
            if tokens[n - 1][:1].isupper():
                words.append(token)
                continue
            start = next((k for k in range(n - 1, max(-1, n - 5), -1) if tokens[k].lower() == "the"), None)
            if start is not None:
                return " ".join(tokens[start:])
        if token[:1].isupper() or _PARTICLE.match(token) or (words and token.lower() in _CONNECTORS | {"to"}):
            words.append(token)
        elif words and token.lower() in NAME_PARTICLES:
            if n == 0 or not (tokens[n - 1][:1].isupper() or _PARTICLE.match(tokens[n - 1])):
                return None  # a name cut short at its particle: whole or nothing
            words.append(token)  # "Jama'at Nusrat al-Islam wal Muslimin": the name goes on
        else:
            break
    described = trimmed[: acronym.start()].split()[-1:] if acronym else []
    if not words and described and described[0][:1].islower():
        return acronym.group(1) if acronym else None  # "Qatar’s ministry of foreign affairs (MoFA)": MoFA
    if not words and len(tokens) >= 2:
        # "the secretary of state said": a role in lower case, led by "the"
        for size in range(2, min(6, len(tokens)) + 1):
            # "A Ukrainian presidential adviser said": a person described, whom a name near may give
            indefinite = tokens[-size].lower() in ("a", "an") and last.lower() in _PERSON_NOUNS
            # a spokesperson whose body is in lower case ("a foreign ministry spokesperson") is as described
            of_a_body = size >= 3 and last.lower() in SPOKESPERSONS
            indefinite = indefinite and (of_a_body or any(t[:1].isupper() for t in tokens[1 - size : -1]))
            if (tokens[-size].lower() == "the" or indefinite) and all(_wordlike(t) for t in tokens[-size:]):
                return " ".join(tokens[-size:])  # also "the U.S. military said"
        owned = last.lower() in SPOKESPERSONS and tokens[-2][:1].isupper()  # "Putin's spokesman": someone
        if last.lower() not in _SPEAKER_NOUNS or (last.lower() in _GENERIC and not owned):
            return None
        run = 0  # "the British military's United Kingdom Maritime Trade Operations center": a body's name
        while (
            run + 1 < len(tokens)
            and tokens[-2 - run][:1].isupper()
            and not _HYPHENATED_ADJECTIVE.match(tokens[-2 - run])
        ):
            run += 1
        return " ".join(tokens[-1 - run :]) if run else _owned(tokens)
    words.reverse()
    head = len(tokens) - len(words) - 1  # the token before the capitalised run
    if words and (spoken_for := _speaking_for(tokens[: head + 1])):
        return spoken_for  # "the spokesman for secretary-general Antonio Guterres": not Guterres
    if (
        words
        and words[0].lower() == "for"
        and tokens[head].lower() in SPOKESPERSONS
        and _body_name(body := _bare(words))
    ):
        return body  # "A spokesman for the Illinois DNR says": the body, whose words a spokesperson gives by office
    if words and (words[0].lower() == "to" or _indefinite(tokens[: head + 1])):
        return None  # "... loyal to Algeria’s Mokhtar Belmokhtar" is no subject; "An intelligence Source"
    if words and words[0].lower() in ("in", "of", "for", "from") and tokens[head].lower() in _PEOPLE_OF_PLACE:
        return " ".join(tokens[head:])  # "some residents of Jujuy say": the residents, not the place
    if words and words[0].lower() in ("in", "of", "for") and head >= 1 and tokens[head].lower() in _SPEAKER_NOUNS:
        # "the British embassy in Yemen", "the president of Mexico": the description, not the place
        for start in range(head - 1, max(-1, head - 5), -1):
            if tokens[start].lower() == "the":
                return " ".join(tokens[start:])
    if words and words[0].lower() == "of" and (office := _role_of_place(tokens[: head + 1])):
        return " ".join([*office, *words])  # "the deputy governor of the Indonesian island of Java": the role
    while words and (words[0].lower() in _CONNECTORS or words[0].lower() in _OPENERS):
        words.pop(0)
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    if words and acronym:  # "Jama'at Nusrat al-Islam wal Muslimin (JNIM or GSIM in French)": its acronym
        words.append(f"({acronym.group(1)})")
    return " ".join(words) or None


def _role_of_place(tokens: Sequence[str]) -> list[str] | None:
    """The description of a person by office that a chain of "of" ends in a place ("the deputy governor of the
    Indonesian island of", "the mayor of the city of"): from its "the" to the place's last word before the name,
    where the office (a noun of `_PERSON_NOUNS`) is followed by "of"; None when the words before the name are no
    such chain ("residents of", "a group of")."""
    for office in range(len(tokens) - 2, max(-1, len(tokens) - 8), -1):
        if tokens[office].lower() in _PERSON_NOUNS and tokens[office + 1].lower() == "of":
            start = next((k for k in range(office, max(-1, office - 4), -1) if tokens[k].lower() == "the"), None)
            if start is not None and all(_wordlike(t) for t in tokens[start:]):
                return list(tokens[start:])
    return None


def _bare(words: Sequence[str]) -> str:
    """A capitalised run without the connectors opening it ("for the Illinois DNR": "Illinois DNR")."""
    start = next((n for n, word in enumerate(words) if word.lower() not in _CONNECTORS), len(words))
    return " ".join(words[start:])


def _speaking_for(before: Sequence[str]) -> str | None:
    """The description of one who speaks for the name after it ("the spokesman for secretary-general
    Antonio Guterres" -> "the spokesman"), from the words before that name; None when they are no such
    description ("the attorney for Ismael Zambada" stays whole: an attorney is named by the client)."""
    for at in range(len(before) - 1, max(0, len(before) - 3), -1):
        if before[at].lower() in ("for", "to") and before[at - 1].lower() in _SPOKESPEOPLE:
            start = next(
                (k for k in range(at - 1, max(-1, at - 5), -1) if before[k].lower() in ("the", "a", "an")), at - 1
            )
            return " ".join(before[start:at])
    return None


def _indefinite(before: Sequence[str]) -> bool:
    """Whether the words before a capitalised run make it an indefinite description: "a"/"an" and at
    most one word opening the clause ("An intelligence Source reported"; not "..., a charge Tehran
    has denied")."""
    return 1 <= len(before) <= 2 and before[0].lower() in ("a", "an") and all(t[:1].islower() for t in before[1:])


def _owner(tokens: Sequence[str]) -> str | None:
    """The capitalised name right before a document noun, which owns the document ("a Department of
    State statement", "A MoFA statement", "the Navy’s statement"); None for "the statement"."""
    words: list[str] = []
    for token in reversed(tokens):
        if token[:1].isupper() or (words and token.lower() in _CONNECTORS - {"the", "and"}):
            words.append(token)
        else:
            break
    while words and (words[-1].lower() in _CONNECTORS or words[-1].lower() in _OPENERS):
        words.pop()
    words.reverse()
    return _POSSESSIVE.sub("", " ".join(words)) or None


def _wordlike(token: str) -> bool:
    """A word of a lower-case description: "U.S.", "Dubai-based", "prosecutor's" count."""
    return re.sub(r"[’']s$", "", token).replace(".", "").replace("-", "").isalpha()


def _owned(tokens: Sequence[str]) -> str | None:
    """A description owned by a name: "Yemen's internationally recognized government" (up to three
    lower-case words between the possessive and the head)."""
    at = len(tokens) - 2
    while at >= max(0, len(tokens) - 4) and tokens[at][:1].islower() and tokens[at].isalpha():
        at -= 1
    if at < 0 or not tokens[at][:1].isupper() or not re.search(r"[’']s$", tokens[at]):
        return None
    start = at
    while start > 0 and tokens[start - 1][:1].isupper():
        start -= 1
    if start > 0 and tokens[start - 1].lower() == "of":
        return None  # "members of Mali's security forces": some of them, unnamed
    return " ".join(tokens[start:])


def _title_to(kept: Sequence[str], word: str, following: Sequence[str]) -> bool:
    """Whether "to" goes on a capitalised title ("Senior Advisor to the Secretary", "Special Assistant
    to the President"): a title word alone is no speaker when the name follows the whole title."""
    return (
        word == "to"
        and bool(kept)
        and kept[-1][:1].isupper()
        and kept[-1].lower() in _TITLES_TO
        and bool(following)
        and (following[0] == "the" or following[0][:1].isupper())
    )


def _name_forward(after: str) -> tuple[str | None, int]:
    """The name or title that opens `after` (the words right after an inverted verb), and the
    length it covers up to the next comma, period or quote."""
    clause = _FORWARD.match(after)
    if not clause:
        return None, 0
    phrase = clause.group(0).strip()
    institution = _INSTITUTION_OF.match(phrase)
    if institution:  # "the internationally recognised government of Yemen"
        lead = len(clause.group(0)) - len(clause.group(0).lstrip())
        return institution.group(0), clause.start() + lead + institution.end()
    every = phrase.split()
    reach = next((n for n in range(12, len(every)) if not every[n][:1].isupper()), len(every))
    words = every[:reach]  # "said Ebrard during the morning press conference held by ...": Ebrard; a long title whole
    if not words:
        return None, 0
    if words[0].lower() in _PRONOUNS:
        return words[0], clause.start() + len(words[0])
    kept: list[str] = []
    for n, word in enumerate(words):
        if _title_to(kept, word, words[n + 1 : n + 2]):
            kept.append(word)  # "Senior Advisor to the Secretary Scott Cameron": one title, then the name
            continue
        if word.lower() in _OPENERS - _CONNECTORS - {"a", "an"} or not (
            word[:1].isupper() or _PARTICLE.match(word) or word.lower() in _CONNECTORS or word.lower() in ("a", "an")
        ):
            break
        kept.append(word)
    owned = words[len(kept) + 1 :]
    if len(kept) < len(words) and _POSSESSIVE.search(words[len(kept)]) and owned[:1] and owned[0][:1].isupper():
        # "the U.S. military's Central Command", "the country's Civil Defense organization": the body named
        run = owned[: next((n for n, w in enumerate(owned) if not w[:1].isupper()), len(owned))]
        return " ".join(run), clause.end()
    while kept and kept[-1].lower() in _CONNECTORS | {"a", "an"}:
        kept.pop()  # "said Argentina's Foreign Ministry in a statement": the ministry
    if kept and re.search(r"[’']s$", kept[-1]):  # "the European Union's naval mission"
        rest = words[len(kept) : len(kept) + 4]
        head = next((n for n, w in enumerate(rest) if w.lower() in _SPEAKER_NOUNS), None)
        if head is not None and all(w.isalpha() and w.islower() for w in rest[: head + 1]):
            kept.extend(rest[: head + 1])
    state = words[len(kept)].lower() if len(kept) < len(words) else ""
    if kept and kept[0].lower() == "the" and state in _STATE_NOUNS and _identified(" ".join([*kept, state])):
        kept.append(words[len(kept)])  # "according to the Mexican government"
    elif kept and kept[0].lower() == "the" and state in _POLITIES:
        kept.append(words[len(kept)])  # "a statement issued by the Upper Basin states": the states, not the basin
    if not any(w[:1].isupper() for w in kept):
        return None, 0
    return " ".join(kept), clause.end()


def turn_speakers(texts: Iterable[str]) -> list[str]:
    """The speaker of each paragraph that opens as a transcript's turn (a label, then the turn's
    words: "SECRETARY RUBIO: Thank you."), in order: what tells a text of turns from prose."""
    return [_labelled(m) for text in texts if (m := _LABEL.match(text)) and _turn_follows(m)]
