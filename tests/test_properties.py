"""Property-based tests: arbitrary text never breaks the parser or the matcher, mentions always
lie inside their sentence and block, and an article survives a write/read round trip."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from build_site.corpus import article_file_text, load_article
from build_site.matcher import Matcher
from build_site.model import ARTICLE_TYPES, Article, Briefing, Topic
from build_site.normalize import clean_name, clean_text
from build_site.text import parse_blocks
from tests.helpers import briefing_of

# Text that looks like articles: words, names and aliases of the real codebook, punctuation,
# accents, quotes, Markdown and HTML syntax, and anything else Unicode offers now and then.
WORDS = st.sampled_from(
    ["the", "OAS", "oas", "Mérida", "Merida", "Initiative", "U.S.", "Northern", "Command", "cartel", "cartels'",
     "Sheinbaum’s", "huachicol", "SEMAR", "Gen.", "No.", "1.", "-", "#", "*", "<script>", "{{", "|", "&", "'", "\"",
     "fentanyl", "2007", "33,341", "95%", "\n", "\n\n", "  ", "\t", "İ", "ß", "…", "—"]
)
TEXT = st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=60).map(" ".join)

def article_metadata(article: Article) -> dict[str, object]:
    """What `briefing add` would write as the article's front matter."""
    fields = {
        "title": article.title, "publisher": article.publisher, "author": article.author,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url, "type": article.type,
    }
    return {key: value for key, value in fields.items() if value is not None}


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _topics(briefing: Briefing) -> list[Topic]:
    return list(briefing.topics)


@SETTINGS
@given(body=TEXT)
def test_any_text_parses_and_every_mention_lies_in_its_sentence_and_block(body: str, briefing: Briefing) -> None:
    article = Article(id="x", path=Path("x.md"), title="X", body=body)
    result = briefing_of([article], _topics(briefing))
    blocks = result.blocks["x"]
    assert [b.anchor for b in blocks] == [f"p{i}" for i in range(1, len(blocks) + 1)]
    for block in blocks:
        for sentence in block.sentences:
            assert block.text[sentence.start:sentence.end] == sentence.text
    for mention in result.mentions:
        block = result.block("x", mention.anchor)
        sentence = block.sentences[mention.sentence_index]
        assert 0 <= mention.start < mention.end <= len(block.text)
        assert sentence.start <= mention.start and mention.end <= sentence.end
        assert block.text[mention.start:mention.end] == mention.surface
    assert parse_blocks(article) == blocks  # deterministic


@SETTINGS
@given(text=st.text(max_size=300), aliases=st.lists(st.text(min_size=1, max_size=12), max_size=8))
def test_the_matcher_never_crashes_and_never_overlaps(text: str, aliases: list[str]) -> None:
    topics = [Topic(f"t{i}", "actor", alias, (), "s") for i, alias in enumerate(dict.fromkeys(aliases)) if alias.strip()]
    matches = Matcher(topics).find(text)
    for left, right in zip(matches, matches[1:]):
        assert left.end <= right.start
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)


LINE = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40).filter(
    lambda s: s.strip() == s and s.strip())


@SETTINGS
@given(
    title=LINE.filter(clean_name), publisher=st.none() | LINE, author=st.none() | LINE,
    published=st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    kind=st.sampled_from(ARTICLE_TYPES),
    body=TEXT.filter(lambda b: clean_text(b).strip() and "\x00" not in b),  # NUL: binary
)
@example(title="T", publisher=None, author=None, published=None, kind="news", body="0\r\n0")  # a Windows line end
def test_an_article_written_back_reads_the_same(tmp_path_factory, title, publisher, author, published, kind, body) -> None:  # type: ignore[no-untyped-def]
    """It reads back as written, once normalised (NFC, no invisible or bidi controls, "\\n" line ends)."""
    path = tmp_path_factory.mktemp("roundtrip") / "article.md"
    first = Article(id="article", path=path, title=clean_name(title), body=clean_text(body).strip() + "\n", type=kind,
                    publisher=(clean_name(publisher) or None) if publisher else None,
                    author=(clean_name(author) or None) if author else None, published=published)
    path.write_text(article_file_text(article_metadata(first), first.body), encoding="utf-8")
    loaded, problems = load_article(path)
    assert loaded is not None, problems
    path.write_text(article_file_text(article_metadata(loaded), loaded.body), encoding="utf-8")
    again, _ = load_article(path)
    assert again == loaded
    assert (loaded.title, loaded.publisher, loaded.author, loaded.published, loaded.type) == (
        first.title, first.publisher, first.author, first.published, first.type)
    assert loaded.body.strip() == first.body.strip()


# Sentences dense in what figures are made of: the phrases each figure pattern documents,
# numbers as words and digits, in any case, glued to digits, underscores and punctuation.
FIGURE_PHRASES = [
    "twenty-one people", "ONE officer", "a decade", "the past decade", "two Months", "three years", "a year",
    "half a million", "a quarter of a billion", "a third of a million", "two dozen people", "dozens of officers",
    "thousands of migrants", "Millions", "billions of dollars", "$5 million", "US$ 1.2 billion", "45%",
    "20 percent", "300 km", "3,000 miles", "around 72,000 people", "33,341", "2019", "2015-2016", "1.", "No. 3",
    "© 2007", "(555) 123-4567", "the 3rd", "_", "-", ".", ",", "'s", "İ", "ſ", "é",
    "4 Kilometres", "2 MILES", "10 Per Cent", "Police Officers", "asylum seekers", "5 USD", "300 pesos", "MXN",
    "pledged billions", "trillions in trade", "5 kg", "2019 t", "3 mt",
]
NOISE = st.text(alphabet="abcdefghijklmnopqrstuvwxyzHYMT0123456789 _-.'", max_size=8)
FIGURE_TEXT = st.one_of(
    st.tuples(NOISE, st.sampled_from(FIGURE_PHRASES), NOISE).map(" ".join),  # one phrase, alone
    st.lists(st.one_of(st.sampled_from(FIGURE_PHRASES), NOISE), max_size=12).map(
        lambda parts: "".join(p if p in ("_", "-", ".", ",") else f" {p}" for p in parts)),
)


def _found_with_every_pattern(sentence: str) -> list[object]:
    from unittest import mock

    from build_site import facts

    with mock.patch.object(facts, "patterns_that_may_match", lambda text: facts.PATTERNS):
        return list(facts.find_figures(sentence))


def test_each_figure_phrase_passes_the_quick_tests() -> None:
    """Every phrase alone and in a sentence, so no pattern's quick test is left to chance."""
    from build_site import facts

    for phrase in FIGURE_PHRASES:
        for sentence in (phrase, f"In 2019, {phrase} were reported."):
            assert facts.find_figures(sentence) == _found_with_every_pattern(sentence), sentence


@SETTINGS
@given(FIGURE_TEXT)
def test_the_quick_tests_for_figures_never_hide_one(sentence: str) -> None:
    """find_figures tries only the patterns whose quick tests a sentence passes (none when it
    may hold no figure at all): trying every pattern must find exactly the same figures."""
    from build_site import facts

    assert facts.find_figures(sentence) == _found_with_every_pattern(sentence)
    assert facts.may_hold_figure(sentence) or facts.MAY_HOLD_FIGURE.search(sentence) is None
