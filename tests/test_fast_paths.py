"""The quick tests and shortcuts that make an article cheaper to read agree with the slow
paths they spare, on any text: each either answers as the slow path would, or only lets the
slow path run. And an article's page keeps its exact HTML, nested lists included."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktSentenceTokenizer

from build_site import candidates
from build_site.article_analysis import THAT_YEAR, _says_that_year
from build_site.matcher import CONJUNCTS, _after_a_conjunction, _bare_words, is_acronym
from build_site.model import Article
from build_site.pages import article_page, environment
from build_site.statements import _whole_word
from build_site.text import TIME_OF_DAY_END, TIME_ZONE_END, parse_blocks, punkt_parameters, punkt_spans

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def text_of(pieces: list[str]) -> st.SearchStrategy[str]:
    """Text made of `pieces`, white space of every kind and now and then anything at all."""
    spaces = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u2003", ""])
    return st.lists(st.one_of(st.sampled_from(pieces), spaces, st.text(max_size=3)), max_size=25).map("".join)


@SETTINGS
@given(text=text_of(["Heading", "item", "U.S", "Mr", ":", ";", ",", "(", ")", "\u2026", "-", "'", "\"", "."]))
@example(text="A heading without an end  ")
@example(text="   ")
@example(text="")
@example(text="Trailing\u00a0space\u00a0")
def test_sentences_are_punkts_own(text: str) -> None:
    """A text without . ? or ! skips Punkt: its spans are still what Punkt gives."""
    assert punkt_spans(text) == list(PunktSentenceTokenizer(punkt_parameters()).span_tokenize(text))


CLUES = ["Photo", "PHOTO", "image", "Images", "Getty", "file", "courtesy", "of", "via", "AP", "ap", "Reuters",
         "AFP", "All", "rights", "RESERVED", "\u00a9", "\u017f", "\u0130", "K", "\u212a", "photographer", "imagery"]


@SETTINGS
@given(sentence=text_of(CLUES))
@example(sentence="Distributed via AP.")
@example(sentence="Copyright \u00a9 2020. All Rights Reserved")
@example(sentence="ALL RIGHTS RE\u017fERVED")
def test_rights_notices_and_credits_are_found_as_the_patterns_find_them(sentence: str) -> None:
    slow = candidates.BOILERPLATE.search(sentence) is not None or candidates.CREDIT.search(sentence) is not None
    assert candidates._not_prose(sentence) == slow


@SETTINGS
@given(sentence=text_of(["crime", "crimes", "gap", "concerns", "drug", "smuggling", "Tensions", "shortfall"]))
def test_phrase_heads_are_found_as_substrings(sentence: str) -> None:
    expected = any(head in sentence for head in candidates.PHRASE_HEADS)
    assert (next(candidates.ANY_PHRASE_HEAD.iter(sentence), None) is not None) == expected


def grammar_starts_by_hand(sentence: str) -> set[int]:
    """The first word that begins with a letter, and the first after each colon, word by word."""
    starts: set[int] = set()
    expecting, previous_end = True, 0
    for match in candidates.WORD.finditer(sentence):
        if ":" in sentence[previous_end : match.start()]:
            expecting = True
        if expecting and match.group()[0].isalpha():
            expecting = False
            starts.add(match.start())
        previous_end = match.end()
    return starts


@SETTINGS
@given(sentence=text_of(["Note", "said", "Mexico", ":", "10", "30", "the", "U.S.", "al-Khaliq", "_", "-", "."]))
@example(sentence="Time: 10:30 Mexico said: the cartel")
@example(sentence="3 killed: the Sinaloa Cartel")
def test_words_capitalized_by_grammar_are_the_first_and_those_after_a_colon(sentence: str) -> None:
    assert candidates._grammar_starts(sentence) == grammar_starts_by_hand(sentence)


@SETTINGS
@given(word=st.text(max_size=8))
@example(word="NGOs")
@example(word="U.S.")
@example(word="\u0130S")
@example(word="\u01c5AB")  # a title-case letter: neither upper nor lower case
def test_acronyms_are_words_without_lower_case_and_with_two_capitals(word: str) -> None:
    expected = not any(c.islower() for c in word) and sum(c.isupper() for c in word) >= 2
    assert is_acronym(word) == expected


@SETTINGS
@given(text=text_of(["drug", "arms", ",", " and ", " or ", " & ", "and", "or", "&", "U.S.", "the"]))
@example(text="drug, arms, and ")
@example(text="drug and\n")
def test_a_conjunct_list_is_never_skipped(text: str) -> None:
    """Wherever CONJUNCTS matches before a point, the quick test lets it run."""
    for start in range(len(text) + 1):
        if CONJUNCTS.search(text, max(0, start - 120), start) is not None:
            assert _after_a_conjunction(text, start)


@SETTINGS
@given(sentence=text_of(["that", "That", "the same", "THE SAME", "year", "YEAR", "Year", "years", "\u017f"]))
@example(sentence="During that year 33,341 people")
@example(sentence="IN THAT YEAR, 200 DIED")
def test_that_year_is_found_as_the_pattern_finds_it(sentence: str) -> None:
    assert _says_that_year(sentence) == (THAT_YEAR.search(sentence) is not None)


WORD_PIECES = ["he", "He", "the spokesman", "she", "_", "-", "é", "’", ".", "U.S.", "(", "1"]


@SETTINGS
@given(text=text_of(WORD_PIECES), word=st.sampled_from([*WORD_PIECES, "the U.S.", "he_", "(1"]))
@example(text="Then the spokesman said", word="the spokesman")
@example(text="the spokesmans the spokesman", word="the spokesman")
@example(text="she said the U.S. would", word="the U.S.")
def test_a_whole_word_is_found_where_word_edges_find_it(text: str, word: str) -> None:
    found = re.search(rf"\b{re.escape(word)}\b", text)
    assert _whole_word(text, word) == (found.start() if found else -1)


@SETTINGS
@given(
    text=text_of(["Wang", "wang", "Wang-Li", "Wangs", "WangWang", "_", "-", "é"]),
    word=st.sampled_from(["Wang", "wang", "é", "WangWang", ""]),
)
@example(text="Wang-Li and Wang said", word="Wang")
@example(text="WangWangWang WangWang", word="WangWang")
def test_a_bare_word_is_found_as_its_pattern_finds_it(text: str, word: str) -> None:
    expected = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    assert _bare_words(word, text) == expected


@SETTINGS
@given(text=text_of(["10", "a.m.", "p.m.", "a.m", ".m.", "ET.", "GMT.", "UTC.", "Police", "14:00", ":", "30", " "]))
@example(text="at 9 a.m. Police said")
@example(text="at 14:00 GMT. Police said")
def test_times_of_day_ending_sentences_need_a_dot_m_or_a_colon(text: str) -> None:
    """A text without ".m." or ":" skips both patterns of times that end a sentence: neither finds one there."""
    if ".m." not in text and ":" not in text:
        assert TIME_OF_DAY_END.search(text) is None and TIME_ZONE_END.search(text) is None


NESTED = """# Title words

Intro <b>bold</b> & more.

- one
- two

  two, a further paragraph

  - two.a
    1. deep one
    2. deep two
  - two.b
- three

1. first
   - inner

> quoted
>
> > nested quote

- after
* other marker
"""

# The body as article pages wrote it before the template walked a flat list of steps.
NESTED_HTML = """<div class="article-body">
<h2 id="p1" class="block">Title words</h2>
<p id="p2" class="block">Intro &lt;b&gt;bold&lt;/b&gt; &amp; more.</p>
<ul>
<li id="p3" class="block">one</li>
<li><p id="p4" class="block">two</p>
<p id="p5" class="block">two, a further paragraph</p>
<ul>
<li><p id="p6" class="block">two.a</p>
<ol>
<li id="p7" class="block">deep one</li>
<li id="p8" class="block">deep two</li>

</ol>

</li>
<li id="p9" class="block">two.b</li>

</ul>

</li>
<li id="p10" class="block">three</li>

</ul>
<ol>
<li><p id="p11" class="block">first</p>
<ul>
<li id="p12" class="block">inner</li>

</ul>

</li>

</ol>
<blockquote id="p13" class="block"><p>quoted</p></blockquote>
<blockquote id="p14" class="block"><p>nested quote</p></blockquote>
<ul>
<li id="p15" class="block">after</li>
<li id="p16" class="block">other marker</li>

</ul>

</div>
"""


def test_an_article_body_keeps_its_html_at_any_depth_of_lists() -> None:
    article = Article(id="n", path=Path("n.md"), title="N", body=NESTED)
    html = article_page(environment(), article, parse_blocks(article), (), {}, True).html
    assert html[html.index('<div class="article-body">') :] == NESTED_HTML
    assert re.search(r"<h2 id=\"p1\" class=\"block\" data-search-exclude>", html) is None
    unindexed = article_page(environment(), article, parse_blocks(article), (), {}, False).html
    assert '<h2 id="p1" class="block" data-search-exclude>Title words</h2>' in unindexed
