"""Where the one test of a person's name (person_names.is_person_name) and the two it replaced
disagree, on every name of the evaluation's codebooks and candidate tables.

    .venv/bin/python evaluation/candidates/person_test_compare.py TABLE... > OUT.tsv

Reads the topic names of every codebook under evaluation/ and corpus/topics (the statements'
codebooks too), and the `candidate` column of each candidates TABLE given (evaluation/run.py's
or analyse.py's output). Writes each distinct name on which the three tests do not all agree:
the name, the older test (article_analysis.untyped_actor_type before round 16), the newer
(candidate_kinds.reads_as_person before round 16), the one test; `person` or `-`. The two
replaced tests are kept here as they stood, to be compared with; nothing else runs them.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import yaml

from build_site.matcher import alias_key, is_acronym
from build_site.person_names import is_person_name

ROOT = Path(__file__).resolve().parents[2]
_OLD_BODY_WORDS = frozenset(
    """agency army association authority bank board bureau cartel command commission committee company
    corporation corps council court department force forces government group guard institute ministry
    navy office organization organisation party police service union university""".split()
)
_OLD_PARTICLES = frozenset("bin da de del della der di du ibn la las le los van von".split())
_NEWER_BODY_WORDS = frozenset(
    """s.a. sa s.a.s. s.p.a. spa inc inc. corp corp. corporation co co. company companies ltd ltd.
    limited llc plc ag gmbh n.v. nv group holding holdings partners firm bank fund trust
    agency army association authority board bureau cartel command commission committee council
    court department force forces government guard institute ministry navy office organization
    organisation party police service union university consortium federation
    minera empresa empresas compañía compania grupo banco sociedad corporación corporacion
    industrias petróleos petroleos yacimientos""".split()
)
_NEWER_PARTICLES = frozenset("bin da de del della der di du ibn la las le los van von y".split())


def older(name: str) -> bool:
    """article_analysis.untyped_actor_type's person test before round 16."""
    words = [w for w in name.split() if w not in _OLD_PARTICLES and not w.startswith(("al-", "el-"))]
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and not w.isupper() and w.casefold() not in _OLD_BODY_WORDS for w in words
    )


def newer(name: str) -> bool:
    """candidate_kinds.reads_as_person before round 16."""
    words = [w for w in name.split() if w.casefold() not in _NEWER_PARTICLES]
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and not is_acronym(w) and alias_key(w) not in _NEWER_BODY_WORDS for w in words
    )


def codebook_names() -> set[str]:
    names: set[str] = set()
    paths = [*ROOT.glob("evaluation/**/codebooks/**/*.yml"), *ROOT.glob("corpus/topics/*.yml")]
    for path in paths:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                names.add(entry["name"])
    return names


def main(argv: list[str]) -> int:
    names = codebook_names()
    for table in argv:
        with open(table, encoding="utf-8") as handle:
            names |= {row["candidate"] for row in csv.DictReader(handle, delimiter="\t")}
    print("name\tolder\tnewer\tone")
    mark = {True: "person", False: "-"}
    for name in sorted(names):
        verdicts = (older(name), newer(name), is_person_name(name))
        if len(set(verdicts)) > 1:
            print(name, *(mark[v] for v in verdicts), sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
