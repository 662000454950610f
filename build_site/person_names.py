"""Whether a name, by its shape alone, is a person's: the one test that files an untyped actor
as a person or a body (article_analysis.untyped_actor_type: whom "he said" may stand for) and a
candidate as one of the briefing's kinds of people or of bodies (candidate_kinds).

A person's name is two to four capitalised words besides the particles written in lower case
("Juan Ramón de la Fuente"), none an acronym and none a word that heads or ends a body's name
("Mexican Navy", "SQM S.A."). An initial is a word of it ("Merrick B. Garland"), and so is a
surname behind an Arabic article ("Abdel Fattah al-Burhan"). A capitalised particle is a word
like any other: "Los Angeles County Medical Examiner" is five words, an office, not a person;
and a name opened by a plural article ("Los Zetas") is a group's or a place's. A name that is
a country's or a province's ("United States", "New York") is a place, no person, whatever its
shape; a town's name is not enough, as towns are named after people ("Benito Juárez", "Juan
Diaz").
"""

from __future__ import annotations

import re

from build_site.countries import is_place
from build_site.matcher import alias_key, is_acronym
from build_site.name_checks import NAME_PARTICLES

# Words that end or head a company's or a body's name, in English and in the Spanish and
# Portuguese of Latin American names: "Uranium One Group", "SQM S.A.", "Minera Tarar".
BODY_NAME_WORDS = frozenset(
    """s.a. sa s.a.s. s.p.a. spa inc inc. corp corp. corporation co co. company companies ltd ltd.
    limited llc plc ag gmbh n.v. nv group holding holdings partners firm bank fund trust
    agency army association authority board bureau cartel command commission committee corps council
    court department force forces government guard institute ministry navy office organization
    organisation party police service union university consortium federation
    minera empresa empresas compañía compania grupo banco sociedad corporación corporacion
    industrias petróleos petroleos yacimientos""".split()
)
# Lower-case words a person's name may hold between capitalised ones ("Ortega y Gasset"); not
# the "and" of a body's name ("Jama'at Nusrat al-Islam wal Muslimin").
PERSON_PARTICLES = (NAME_PARTICLES | {"y"}) - {"wal", "wa"}
# A plural article opens a group's or a place's name, never one person's: "Los Zetas", "Las
# Vegas" ("El Chapo", "La Tuta" are people's names).
LEADING_ARTICLES = frozenset("Los Las Les".split())
MIN_WORDS = 2
MAX_WORDS = 4
# An initial ("B."), or a capitalised word behind an Arabic article or a name's prefix ("al-Burhan").
_INITIAL = re.compile(r"[A-Z]\.")
_PREFIXED = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|abu|bou)-[^\W\d_]", re.UNICODE)


def is_person_name(name: str) -> bool:
    """Whether the name reads as a person's (the module's rule): "Luis Arce", "Merrick B.
    Garland", "Abdel Fattah al-Burhan"; not "FBI", "Mexican Navy", "Los Angeles County Medical
    Examiner", "New York"."""
    words = [word for word in name.split() if word not in PERSON_PARTICLES]
    if not MIN_WORDS <= len(words) <= MAX_WORDS or _INITIAL.fullmatch(words[-1]) or words[0] in LEADING_ARTICLES:
        return False  # an initial ends no name: "Garland B." is cut short
    return all(_a_name_word(word) for word in words) and not is_place(name)


def _a_name_word(word: str) -> bool:
    """A capitalised word of a person's name: an initial, a prefixed surname, or a word with a
    capital first, no digit ("M4 Carbine") and no body's meaning, which is no acronym."""
    if _INITIAL.fullmatch(word) or _PREFIXED.match(word):
        return True
    return (
        word[:1].isupper()
        and not any(c.isdigit() for c in word)
        and not is_acronym(word)
        and alias_key(word) not in BODY_NAME_WORDS
    )
