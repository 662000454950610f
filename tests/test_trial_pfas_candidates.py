"""The faults a new user's trial on PFAS in drinking water met in its review queue
(evaluation/trials/pfas/README.md, C and B), each mended by a rule of a general shape: a name
led by digits, an acronym defined by a common noun, a government's body, an apostrophe inside a
name. Each on the trial's real sentences and on a counter-example of another subject."""

from __future__ import annotations

from build_site import candidates
from build_site.matcher import Matcher
from build_site.model import Topic


def test_an_apostrophe_before_an_inner_words_s_is_a_spelling_variant() -> None:
    # Real text (the Philadelphia Inquirer; the New Jersey Attorney General's release).
    inquirer = "contamination at DuPont Chambers Works sites in Pennsville and Carney\u2019s Point in Salem County."
    release = "the Chambers Works site (located in Pennsville and Carneys Point)"
    for name, text, surface in (
        ("Carneys Point", inquirer, "Carney\u2019s Point"),
        ("Carney's Point", release, "Carneys Point"),
    ):
        matcher = Matcher([Topic("cp", "place", name, (), "A town.")])
        assert [text[m.start : m.end] for m in matcher.find(text)] == [surface]


def test_a_last_words_s_is_no_apostrophe_variant() -> None:
    # Counter-example of another subject (a person): "Walters" is not "Walter's".
    matcher = Matcher([Topic("walters", "official", "Walters", (), "A person.")])
    assert matcher.find("Walter's office said so.") == []


def test_one_test_of_a_word_in_lower_case_strict_for_a_run_loose_for_a_persons_kind() -> None:
    # Real text of the chips trial: "entities" in lower case; "Entity List" is a name, no person.
    vocabulary = frozenset({"entities", "list"})
    token = candidates._tokens("the Entity List")[0][1]
    assert not candidates._ordinary(token, vocabulary)  # the run "Entity List" is kept
    assert candidates._common_phrase("Entity List", vocabulary)  # but it is no person's name
