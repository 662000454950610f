"""The whole per-article analysis over every evaluation subject's dev texts, with that subject's
full codebook: no exception, and every topic it attaches anything to is in the codebook.

Rule tests use small codebooks of one kind; a real codebook mixes kinds, types, cues and
places, and a rule that assumes one shape of topic ids (a group's joined ids, a cue's topic)
fails only there."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from build_site.codebook import load_codebook
from build_site.corpus import load_articles
from build_site.model import Briefing
from build_site.pipeline import Options, build_from

EVALUATION = Path(__file__).resolve().parent.parent / "evaluation"
SUBJECTS = sorted(p.parent.name for p in (EVALUATION / "texts").glob("*/dev") if p.is_dir())


def _run_module() -> ModuleType:
    """evaluation/run.py, which knows each subject's codebook folder and kinds."""
    spec = importlib.util.spec_from_file_location("evaluation_run", EVALUATION / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RUN = _run_module()


def attached_topics(briefing: Briefing) -> set[str]:
    """Every topic id the analysis hangs something on: mentions, figures, statements' speakers,
    events, relations and candidates offered as another name of a topic."""
    return {
        *(m.topic_id for m in briefing.mentions),
        *(t for f in briefing.facts for t in f.topics),
        *(s.speaker for s in briefing.statements if s.speaker),
        *(t for e in briefing.events for t in e.topics),
        *(t for r in briefing.relations for t in (r.source, r.target)),
        *(c.alias_of for c in briefing.candidates if c.alias_of),
    }


def test_there_are_dev_subjects() -> None:
    assert len(SUBJECTS) >= 10


@pytest.mark.parametrize("subject", SUBJECTS)
def test_a_subjects_dev_texts_analyse_whole_with_its_codebook(subject: str) -> None:
    articles, _ = load_articles(EVALUATION / "texts" / subject / "dev")
    kinds = RUN.subject_kinds(subject)
    topics, problems = load_codebook(RUN.codebook_dir(subject), kinds=kinds)
    assert articles and topics and not problems
    briefing = build_from(articles, topics, Options(pages=False, kinds=kinds)).briefing
    assert briefing.mentions and briefing.facts
    unknown = attached_topics(briefing) - {t.id for t in topics}
    assert not unknown, f"{subject}: topics not in its codebook: {sorted(unknown)}"
