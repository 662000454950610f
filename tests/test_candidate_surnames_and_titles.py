"""Review mends of the candidates' rules, each with its example and a counter-example: a
surname shaped like a country's adjective ("Albanese", "Ghani") stays a candidate while a real
nationality word ("Argentine") does not; an adjective before a name ("a major Codelco deal")
makes no person of it while a title does ("General Garcia said")."""

from __future__ import annotations

from pathlib import Path

from build_site.kinds import declared_kinds
from build_site.model import Article, Candidate, Kind
from build_site.pipeline import Options, build_from


def _kinds(*ids: str) -> tuple[Kind, ...]:
    entries = [{"id": i, "singular": i.capitalize(), "plural": i.capitalize() + "s"} for i in ids]
    return declared_kinds(entries, Path("mkdocs.yml"))


def _found(kinds: tuple[Kind, ...], *bodies: str) -> dict[str, Candidate]:
    articles = [Article(id=f"a{i}", path=Path(f"a{i}.md"), title=f"a{i}", body=body) for i, body in enumerate(bodies)]
    briefing = build_from(articles, [], Options(pages=False, kinds=kinds)).briefing
    return {c.text: c for c in briefing.candidates}


def test_a_surname_shaped_like_a_nationality_stays_a_candidate() -> None:
    found = _found(
        _kinds("actor", "place"),
        "Prime Minister Albanese said the deal was good. Albanese met the board in Canberra.\n\n"
        "In Kabul, President Ghani said the talks would go on.\n",
        "Albanese visited the mine on Monday.\n\nReporters met President Ghani after the meeting.\n",
    )
    assert "Albanese" in found and "Ghani" in found, sorted(found)


def test_a_nationality_word_is_no_candidate() -> None:
    found = _found(
        _kinds("actor", "place"),
        "Argentine exports rose in May. Argentinian officials said so.\n",
        "The Argentine said nothing. Argentinian buyers waited.\n",
    )
    assert "Argentine" not in found and "Argentinian" not in found, sorted(found)


def test_an_adjective_before_a_name_makes_no_person_of_it() -> None:
    found = _found(
        _kinds("company", "official", "place"),
        "Chile signed a major Codelco deal on Monday. Codelco said output rose.\n",
        "The chief Codelco mine reopened, and Codelco hired workers.\n",
    )
    assert found["Codelco"].suggested_kind == "company", found["Codelco"]


def test_a_title_before_a_name_makes_a_person_of_it() -> None:
    found = _found(
        _kinds("company", "official", "place"),
        "On Monday, General Garcia said the army would help.\n",
        "Reporters met Garcia in Santiago, and Gen. Garcia said little.\n",
    )
    assert found["Garcia"].suggested_kind == "official", found["Garcia"]
