"""WORD_OF_NOTE, the regex `_tokens` reads words with, must find exactly the words WORD finds
that `_tokens` keeps: if the two patterns drift apart, names are silently lost or split."""

from __future__ import annotations

import random

import pytest

from build_site.candidates import CONNECTORS, PARTICLE_NAME, WORD, WORD_OF_NOTE

ODD_PIECES = [
    *"abΣσςΑßİıǅ ABCÉé_-.'\u2019,:0129\u0345",
    "of ",
    "the ",
    "theory ",
    "al-",
    "al-Khaliq ",
    "bin ",
    "Del ",
    "del-",
    "X's ",
    "U.S. ",
    "NGOs ",
    "ΑΣ ",
]


def _kept(word: str) -> bool:
    """The words `_tokens` does not drop on sight."""
    return not word[0].islower() or word in CONNECTORS or ("-" in word and PARTICLE_NAME.match(word) is not None)


def _by_word(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in WORD.finditer(text) if _kept(m.group())]


def _by_word_of_note(text: str) -> list[tuple[int, int]]:
    spans = [m.span(1) for m in WORD_OF_NOTE.finditer(text) if m.group(1) is not None]
    return [(start, end) for start, end in spans if _kept(text[start:end])]


@pytest.mark.parametrize(
    "text",
    [
        "Abd al-Khaliq Badr al-Din al-Houthi met the Secretary of State.",
        "the abC of xY and theory's end",
        "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)",
        "___a_B ’s ΣΑΣ σς 24-Month Study",
        "",
    ],
)
def test_the_same_words_on_sentences(text: str) -> None:
    assert _by_word_of_note(text) == _by_word(text)


def test_the_same_words_on_random_strings() -> None:
    rng = random.Random(15)
    for _ in range(20000):
        text = "".join(rng.choice(ODD_PIECES) for _ in range(rng.randint(0, 30)))
        assert _by_word_of_note(text) == _by_word(text), repr(text)
