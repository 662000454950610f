"""The carp trial (evaluation/trials/carp) declared its kind for places in mkdocs.yml as
`{id: places, …}`: the build blamed `corpus/topics/places.yml` and expected "placeses.yml". A
plural id is refused where it is written, in one line naming mkdocs.yml and the kind, as
`briefing new --kind places` refuses it; a singular that ends in s is still declared there."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import ROOT, run_briefing

CODEBOOK = ROOT / "evaluation" / "trials" / "carp" / "codebook"
PLACE = "{id: place, singular: Place, plural: Places}"


def trial_briefing(folder: Path, place_kind: str) -> Path:
    """A briefing started as the trial's was, with its codebook, and its place kind declared as `place_kind`."""
    kinds = [f"--kind={kind}" for kind in ("agency", "official", "project", "risk", "place")]
    result = run_briefing("new", str(folder), "--title", "Invasive carp", *kinds, cwd=folder.parent)
    assert result.returncode == 0, result.stderr
    shutil.copy(CODEBOOK / "dismissed.yml", folder / "corpus" / "dismissed.yml")
    for name in ("agencies.yml", "officials.yml", "projects.yml", "risks.yml", "places.yml"):
        shutil.copy(CODEBOOK / name, folder / "corpus" / "topics" / name)
    config = folder / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert PLACE in text
    config.write_text(text.replace(PLACE, place_kind), encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", ["check", "build"])
def test_a_plural_kind_id_in_mkdocs_yml_is_refused_there(tmp_path: Path, command: str) -> None:
    briefing = trial_briefing(tmp_path / "carp", "{id: places, singular: Place, plural: Places}")
    result = run_briefing(command, cwd=briefing)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "error:" in line and "no site/ was written" not in line]
    assert errors == [
        "mkdocs.yml: error: the briefing plugin's `kinds`, entry 5: id 'places' is the plural of its label 'Place': "
        "an id is singular, its file and section add the plural (`id: place` gives places.yml and places/)"
    ], result.stderr
    assert "placeses" not in result.stderr
    assert not (briefing / "site").exists()


def test_a_singular_id_ending_in_s_is_declared_in_mkdocs_yml(tmp_path: Path) -> None:
    # Counter-example: `new` sends `bias` here; its labels say it is a singular.
    briefing = trial_briefing(tmp_path / "carp", f"{PLACE}\n        - {{id: bias, singular: Bias, plural: Biases}}")
    (briefing / "corpus" / "topics" / "biases.yml").write_text(
        "- id: name-bias\n  name: Copi naming\n  summary: Renaming a fish to sell it.\n", encoding="utf-8"
    )
    result = run_briefing("check", cwd=briefing)
    assert result.returncode == 0, result.stderr
