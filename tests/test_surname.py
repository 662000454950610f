"""One surname function for the whole build: candidates offer it as an alias, statements
resolve a speaker by it."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.model import Article, Topic
from build_site.name_checks import surname
from build_site.statements import Actor, Paragraph, extract_statements
from tests.helpers import briefing_of


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Martin Luther King Jr.", "King"),
        ("Antonio O. Garza Jr.", "Garza"),
        ("Sammy Davis, Jr.", "Davis"),
        ("Henry Ford II", "Ford"),
        ("Merrick B. Garland", "Garland"),
        ("Juan Ramón de la Fuente", "de la Fuente"),
        ("Ludwig van Beethoven", "van Beethoven"),
        ("Mohammed bin Salman", "bin Salman"),
        ("Abdul Malik al-Houthi", "al-Houthi"),
        ("John Lloyd-Jones", "Lloyd-Jones"),
        ("Van Morrison", "Morrison"),  # a first name that looks like a particle stays out
        ("Madonna", None),
        ("Jr.", None),
        ("", None),
    ],
)
def test_surname(name: str, expected: str | None) -> None:
    assert surname(name) == expected


def test_a_speaker_is_resolved_by_the_surname_of_a_name_with_a_suffix_or_particles() -> None:
    garza = Actor("antonio-garza", ("Antonio O. Garza Jr.",), "person", "US Ambassador to Mexico")
    fuente = Actor("de-la-fuente", ("Juan Ramón de la Fuente",), "person", "Foreign Secretary of Mexico")
    paragraphs = [
        Paragraph(
            "p1", ('"The lasting legacy of the Merida Initiative will be the improved cooperation," Garza said.',)
        ),
        Paragraph("p2", ("FOREIGN SECRETARY DE LA FUENTE: (Via interpreter) Good morning to you all.",)),
        Paragraph("p3", ("SECRETARY RUBIO: Thank you very much.",)),
    ]
    found = extract_statements(paragraphs, (garza, fuente))
    assert [s.speaker for s in found] == ["antonio-garza", "de-la-fuente", None]


def test_a_surname_two_people_share_resolves_to_neither() -> None:
    sons = (
        Actor("joaquin-guzman-lopez", ("Joaquín Guzmán López",), "person"),
        Actor("ovidio-guzman-lopez", ("Ovidio Guzmán López",), "person"),
    )
    [s] = extract_statements([Paragraph("p1", ('"I was not part of any agreement with anyone," López said.',))], sons)
    assert s.speaker is None and s.speaker_text == "López"


def test_candidates_offer_the_surname_of_a_name_with_a_suffix_as_its_alias() -> None:
    garza = Topic("antonio-garza", "actor", "Antonio O. Garza Jr.", (), "An actor.", (("type", "person"),))
    texts = (
        "Ambassador Antonio O. Garza Jr. spoke in Mexico City. Later Garza praised the Merida Initiative.\n",
        "The initiative was on the agenda when Garza visited Monterrey.\n",
    )
    articles = [Article(id=f"a{i}", path=Path(f"a{i}.md"), title="A", body=t) for i, t in enumerate(texts)]
    found = {c.text: c for c in briefing_of(articles, [garza]).candidates}
    assert found["Garza"].alias_of == "antonio-garza"
    assert "Jr" not in found and "Jr." not in found
