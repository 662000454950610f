"""Article body -> blocks (headings, paragraphs, list items) -> sentences.

Blocks come from a real CommonMark parser (markdown-it-py), so a list or heading in the
Markdown is a list or heading here. Each block's text is plain text: inline markup is
reduced to the words a reader sees, and raw HTML is kept as literal characters (it is
shown, never run). Anchors are positional (`p1`, `p2`, ...): the same file always
gives the same anchors, and they stay short enough to read in a URL.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import regex
from markdown_it import MarkdownIt
from markdown_it.token import Token
from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from build_site.model import Article, Block, Sentence

# Abbreviations after which a period does not end a sentence (without the final period).
# Punkt would learn these from a large training text; an explicit list keeps the splitter
# deterministic and needs no download. Titles, months, the AP abbreviations of US states,
# corporate forms of English news, and the citations of government and legal prose: "P.L.
# 118-47", "H.Rept. 118-123", "E.O. 14157", "8 U.S.C. § 1226", "Pub. L. No. 117-103, Div. K".
# Those in lower case hold in any case. A state's abbreviation that is also an English word
# ("Ill.", "Wash.", "Mass.": "he fell ill.") or is written with its capitals ("S.C.") is
# written here as the state's is, and holds only so and in the place a state takes, after a
# city and its comma: a dateline's "CHICAGO, Ill. (WTVO) — ..." or "Gary, Ind., police said".
ABBREVIATIONS = frozenset(
    """u.s u.s.a u.k u.n e.u d.c a.m p.m i.e e.g etc vs no nos st mt ft
    mr mrs ms dr prof sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt brig
    sec dept pres vice amb hon rev jr sr inc corp co ltd bros
    jan feb mar apr jun jul aug sep sept oct nov dec
    ala ariz ark calif colo conn fla kan ky md mich minn mont neb nev n.h n.j n.m n.y n.c n.d
    okla tenn tex vt wis wyo Del Ga Ill Ind La Mass Miss Mo Ore Pa R.I S.C S.D Va Wash W.Va
    p.l pub h.r h.res h.j.res h.con.res s.res s.j.res h.rept s.rept rept h.doc s.doc
    e.o u.s.c c.f.r reg stat secs div subsec para ch cl cong sess vol pp
    et seq al cf op cit ibid approx est fig figs""".split()
)
# Abbreviated scales of a figure, after which a number goes on the sentence ("2 mln. 129 th.
# tons"); a capitalised word after one may start the next sentence, so they are not above.
SCALES = frozenset("mln bln trln mn bn th thous".split())
# Footnote markers written after a sentence's final period ("...in 2022.[44] Congress"):
# they belong to the sentence they follow, not to the next one.
FOOTNOTE_MARKERS = re.compile(r"(?:\[\d{1,3}[a-z]?\]|\[[a-z]\])+")
# The word ending a sentence just before a number: "S." of "S. 1234", "No." of "No. 5".
LAST_WORD = re.compile(r"([^\W\d_][\w.]*)\.$")
# A time of day closing a sentence ("around 1:30 a.m. The impact sent ..."): "a.m."/"p.m."
# before a capitalised word ends the sentence, unless the word goes on the time (a weekday, a
# month, a time zone or its region: "9 a.m. Monday", "8 p.m. Feb. 15", "5 p.m. CST", "3 p.m.
# Moscow time") or the time stands in an opening phrase of time ("On June 3 at 9 a.m. President
# Biden signed ...": no sentence ends before its verb).
TIME_OF_DAY_END = re.compile(r"\b[ap]\.m\.(?=\s+([A-Z][\w'’]*)(\s+time\b)?)")
TIME_GOES_ON = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec eastern central mountain pacific
    local atlantic alaska hawaii""".split()
)
TIME_ZONE = re.compile(r"[A-Z]{1,4}T|UTC|GMT|Z")
# A time zone closing a sentence ("as of 12:30 p.m. ET. This positions ..."): Punkt compares
# words in lower case, so "ET." and "EST." read as the Latin "et" and "est." of the list above
# and never end a sentence. Written in capitals right after a time of day ("p.m.", "14:00"),
# the zone before a capitalised word ends it; "et al." and "est." in lower case are unchanged.
TIME_ZONE_END = re.compile(r"(?:\b[ap]\.m\.|\d:\d\d)\s+(?:[A-Z]{1,4}T|UTC|GMT)\.(?=\s+[A-Z])")
OPENING_PHRASE_OF_TIME = re.compile(
    r"(?:(?:Shortly|Just|Soon)\s+)?(?:At|On|By|Around|About|Until|Till|Since|Before|After|From|Beginning|Starting|"
    r"Early|Late)\b[^!?;]{0,60}$"
)


HTML_COMMENTS = re.compile(r"(?:\s*<!--.*?-->)+\s*", re.DOTALL)


def _untimed(pattern: Any) -> regex.Pattern[str]:
    """One of NLTK's own patterns, compiled by the same engine without NLTK's timeout guard.

    NLTK (3.10.4 on) runs each of its patterns through `nltk.redos`: the `regex` engine under
    a per-call timeout, wrapped in Python, a guard meant for patterns a caller supplies.
    Punkt's are its own, constant and linear (the one that was not was fixed in 3.6.6), and
    the wrapper's per-call cost made splitting a corpus markedly slower (measured in
    benchmarks/RESULTS.md). Same
    pattern, flags and engine: the same sentences, which a test checks against NLTK's own."""
    return regex.compile(pattern.pattern, pattern.flags)


class _Token(PunktToken):
    """Punkt's token, with its patterns unwrapped."""

    __slots__ = ()
    _RE_ELLIPSIS = _untimed(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _untimed(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _untimed(PunktToken._RE_INITIAL)
    _RE_ALPHA = _untimed(PunktToken._RE_ALPHA)


class _LanguageVars(PunktLanguageVars):
    """NLTK's defaults (English), with its patterns unwrapped."""

    __slots__ = ()
    re_boundary_realignment = _untimed(PunktLanguageVars.re_boundary_realignment)
    _WORDS = _untimed(PunktLanguageVars()._word_tokenizer_re())
    _PERIOD_CONTEXTS = _untimed(PunktLanguageVars().period_context_re())

    def _word_tokenizer_re(self) -> regex.Pattern[str]:
        return self._WORDS

    def period_context_re(self) -> regex.Pattern[str]:
        return self._PERIOD_CONTEXTS


# The abbreviations that hold in any case, which Punkt compares in lower case, and those that
# hold only as written, after a city and its comma (`_after_cased_abbreviation`).
ANY_CASE_ABBREVIATIONS = frozenset(a for a in ABBREVIATIONS if a.islower())
CASED_ABBREVIATION_END = re.compile(
    r",\s+(?:" + "|".join(re.escape(a) for a in sorted(ABBREVIATIONS - ANY_CASE_ABBREVIATIONS)) + r")\.$"
)


def punkt_parameters() -> PunktParameters:
    params = PunktParameters()
    params.abbrev_types = set(ANY_CASE_ABBREVIATIONS)
    return params


@lru_cache(maxsize=1)
def _splitter() -> PunktSentenceTokenizer:
    return PunktSentenceTokenizer(punkt_parameters(), lang_vars=_LanguageVars(), token_cls=_Token)


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark")


def punkt_spans(text: str) -> list[tuple[int, int]]:
    """The sentences Punkt finds, before the repairs of `split_sentences`.

    Punkt breaks only after a character that may end a sentence; a text holding none (most
    headings and list items) is one sentence without its trailing space, as Punkt would say."""
    if not any(char in text for char in _LanguageVars.sent_end_chars):
        end = len(text.rstrip())
        return [(0, end)] if end else []
    return list(_splitter().span_tokenize(text))


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences with their offsets; together they cover every non-space character of `text`."""
    spans: list[tuple[int, int]] = []
    for punkt_start, end in _split_at_times_of_day(text, punkt_spans(text)):
        start = punkt_start
        if spans:
            markers = FOOTNOTE_MARKERS.match(text, start)
            if markers:  # "[44]" goes back to the sentence it annotates
                spans[-1] = (spans[-1][0], markers.end())
                start = markers.end()
                while start < end and text[start].isspace():
                    start += 1
                if start >= end:
                    continue
            if _continues(text[spans[-1][0] : spans[-1][1]], text[start]):
                spans[-1] = (spans[-1][0], end)
                continue
        spans.append((start, end))
    return tuple(Sentence(start, end, text[start:end]) for start, end in spans)


def _split_at_times_of_day(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans, each cut after a time of day that ends a sentence (`TIME_OF_DAY_END`,
    `TIME_ZONE_END`): "a.m." and "ET." are abbreviations to Punkt, so it never ends one there.
    Both patterns need an "a.m."/"p.m." or the colon of "14:00": most texts hold neither and skip them."""
    if ".m." not in text and ":" not in text:
        return spans
    cut: list[tuple[int, int]] = []
    for span_start, end in spans:
        start = span_start
        for time in _times_ending_sentences(text, start, end):
            if OPENING_PHRASE_OF_TIME.match(text, start, time.start()):
                continue
            cut.append((start, time.end()))
            start = time.end()
            while text[start].isspace():
                start += 1
        cut.append((start, end))
    return cut


def _times_ending_sentences(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The times of day in `text[start:end]` that may end a sentence, in order: "a.m."/"p.m."
    before a capitalised word that does not go on the time, and a time zone after a time with
    its own period before a capitalised word (`TIME_ZONE_END`)."""
    times = [
        time
        for time in TIME_OF_DAY_END.finditer(text, start, end)
        if not (time.group(1).lower() in TIME_GOES_ON or TIME_ZONE.fullmatch(time.group(1)) or time.group(2))
    ]
    times += TIME_ZONE_END.finditer(text, start, end)
    return sorted(times, key=lambda time: time.start())


def _continues(previous: str, first: str) -> bool:
    """Whether a span starting with `first` goes on the sentence `previous`: no sentence starts
    in lower case (Punkt split after an abbreviation it took for an end: "the U.S.
    functionaries.[28]") or with a section sign, nor with a number right after an
    abbreviation, an initial or a scale ("S. 1234", "No. 5", "2 mln. 129 th. tons"); nor after
    a state's abbreviation written as the state's after a city ("CHICAGO, Ill. (WTVO) — ...")."""
    if first.islower() or first == "\u00a7" or CASED_ABBREVIATION_END.search(previous):
        return True
    if not first.isdigit():
        return False
    last = LAST_WORD.search(previous)
    word = last.group(1).lower() if last else ""
    return last is not None and (len(word) == 1 or word in ABBREVIATIONS or word in SCALES)


def parse_blocks(article: Article) -> tuple[Block, ...]:
    """The article's blocks in reading order, each with its sentences and anchor."""
    blocks: list[Block] = []
    lists: list[bool] = []  # stack of open lists: True for a numbered list
    item_started = False  # the next paragraph is the first of a list item
    heading_level = 0
    quote_depth = 0
    for token in _markdown().parse(article.body):
        match token.type:
            case "bullet_list_open" | "ordered_list_open":
                lists.append(token.type == "ordered_list_open")
            case "bullet_list_close" | "ordered_list_close":
                lists.pop()
            case "list_item_open":
                item_started = True
            case "heading_open":
                heading_level = int(token.tag[1])
            case "heading_close":
                heading_level = 0
            case "blockquote_open":
                quote_depth += 1
            case "blockquote_close":
                quote_depth -= 1
            case "inline" | "html_block" | "code_block" | "fence":
                text = _plain_text(token)
                if not text or (token.type == "html_block" and HTML_COMMENTS.fullmatch(text)):
                    continue  # a comment is invisible in a browser: no block of the article
                if token.type in ("code_block", "fence"):
                    kind, level = "code", len(lists)
                elif heading_level:
                    kind, level = "heading", heading_level
                elif lists and item_started:
                    kind, level = "item", len(lists)
                elif quote_depth:
                    kind, level = "quote", quote_depth
                else:
                    kind, level = "paragraph", len(lists)
                item_started = False
                blocks.append(
                    Block(
                        article_id=article.id,
                        anchor=f"p{len(blocks) + 1}",
                        kind=kind,
                        text=text,
                        sentences=split_sentences(text),
                        level=level,
                        ordered=bool(lists) and lists[-1] and kind == "item",
                    )
                )
    return tuple(blocks)


def _plain_text(token: Token) -> str:
    """What a reader sees of a block: inline markup dropped, raw HTML kept as literal text, a
    code block's lines kept as lines with their indentation (a listing joined is unreadable)."""
    if token.type in ("code_block", "fence"):
        return token.content.strip("\n").rstrip()
    if token.type != "inline":
        return " ".join(token.content.split())
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())
