"""Round 16: the fitted page-kind decision on real pages, its weights file, and the fit script.

The rules refuse what they are sure of; the fitted model warns about pages the rules let through
(a concert's page, an about page) and leaves articles and the rules' refusals as they were."""

from __future__ import annotations

import csv
import functools
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from build_site import importer_html
from build_site.cli import main
from build_site.importer import decode_text, prepare
from build_site.importer_html import _visible_words, parse_html, site_names
from build_site.importer_model import SourceError
from build_site.importer_page_decision import WEIGHTS_FILE, WeightsError, load_model, model_from_json
from build_site.importer_page_features import FEATURES, page_features
from build_site.importer_page_kind import page_kind_doubt, states_its_date

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TABLE = ROOT / "evaluation" / "titles" / "page_set" / "features.tsv"


def features_and_rules(page: Path) -> tuple[dict[str, float], object]:
    """The page's features and the hand-written rules' answer, as the importer computes them."""
    text = decode_text(page.read_bytes(), "html")
    draft = parse_html(text)
    tree = lxml.html.document_fromstring(text)
    visible = _visible_words(tree)
    names = site_names(draft.meta.get("publisher"), draft.meta.get("url"))
    stated = states_its_date(draft.meta.get("published"), tree, visible)
    rules = page_kind_doubt(tree, draft.meta, draft.pieces, visible, names, stated)
    return page_features(tree, draft.meta, draft.pieces, visible, names, stated), rules


def kind_warnings(page: Path) -> list[str]:
    """The warnings `add` gives that a page may be no article."""
    return [w for w in prepare(page.read_bytes(), "html", {}).draft.warnings if w.startswith("may not be an article")]


def test_an_article_is_imported_without_a_warning_on_its_kind() -> None:
    page = FIXTURES / "pages" / "npr_story.html"
    values, rules = features_and_rules(page)
    assert rules is None and load_model().decide(values) == "import"
    assert kind_warnings(page) == []


@pytest.mark.parametrize("name", ["songkick_concert.html", "shabka_about.html"])
def test_a_page_the_rules_let_through_is_warned_about_by_the_fitted_decision(name: str) -> None:
    page = FIXTURES / "page_kinds" / name
    values, rules = features_and_rules(page)
    assert rules is None  # the hand-written rules alone imported it silently
    assert load_model().decide(values) == "warn"
    (warning,) = kind_warnings(page)
    assert "it looks like no article" in warning and "labelled pages" in warning
    assert warning.startswith("may not be an article: weighed with the signs of ")  # not "a home, about, …"


def test_the_concert_pages_warning_names_its_declared_kind() -> None:
    (warning,) = kind_warnings(FIXTURES / "page_kinds" / "songkick_concert.html")
    assert "an og:type that names no article" in warning


def test_a_news_front_page_is_refused_by_the_rules_and_weighed_as_no_article_by_the_model() -> None:
    page = FIXTURES / "round13_dev" / "01.html"
    values, rules = features_and_rules(page)
    assert rules is not None and rules.refuse and load_model().decide(values) != "import"
    with pytest.raises(SourceError, match="looks like a site's home, section, topic or product page"):
        prepare(page.read_bytes(), "html", {})


def test_a_topic_index_the_rules_refuse_stays_refused() -> None:
    with pytest.raises(SourceError, match="looks like a list of stories"):
        prepare((FIXTURES / "pages" / "chip_de_topic.html").read_bytes(), "html", {})


def test_every_feature_the_shipped_weights_name_is_computed() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    named = [row["name"] for row in data["features"]]
    assert named == list(FEATURES)
    values, _ = features_and_rules(FIXTURES / "page_kinds" / "songkick_concert.html")
    assert list(values) == list(FEATURES) and all(math.isfinite(value) for value in values.values())
    assert 0 <= data["warn_above"] <= data["refuse_above"] <= 1


@pytest.mark.parametrize(("content", "says"), [
    (None, "cannot read the page-kind weights file"),
    ("{not json", "cannot read the page-kind weights file"),
    ('{"features": []}', "is not a fitted model"),
    ('{"features": [{"name": "shoe_size", "mean": 0, "scale": 1, "weight": 1}], "intercept": 0,'
     ' "refuse_above": 1, "warn_above": 0.5, "pages": 3}', "names features the importer does not compute"),
])  # fmt: skip
def test_a_missing_or_corrupt_weights_file_is_one_clear_error(tmp_path: Path, content: str | None, says: str) -> None:
    weights = tmp_path / "page_kind_weights.json"
    if content is not None:
        weights.write_text(content, encoding="utf-8")
    with pytest.raises(WeightsError, match=says):
        load_model.__wrapped__(weights)


def test_add_names_a_corrupt_weights_file_in_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    weights = tmp_path / "page_kind_weights.json"
    weights.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(importer_html, "load_model", functools.partial(load_model.__wrapped__, weights))
    (tmp_path / "corpus").mkdir()
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: T\nplugins:\n  - briefing:\n      corpus: corpus\n", encoding="utf-8")
    code = main(["add", str(FIXTURES / "pages" / "npr_story.html"), "-f", str(config)])
    err = capsys.readouterr().err
    assert code == 1 and "page_kind_weights.json" in err and "Traceback" not in err
    assert not (tmp_path / "corpus" / "articles").exists() or not any((tmp_path / "corpus" / "articles").iterdir())


def test_model_from_json_refuses_thresholds_out_of_order() -> None:
    data = {"features": [{"name": FEATURES[0], "mean": 0, "scale": 1, "weight": 1}], "intercept": 0,
            "refuse_above": 0.2, "warn_above": 0.5, "pages": 3}  # fmt: skip
    with pytest.raises(WeightsError, match="out of order"):
        model_from_json(data, "w.json")


def test_the_fit_script_fits_a_tiny_labelled_sample_into_weights_the_importer_reads(tmp_path: Path) -> None:
    rows = list(csv.DictReader(TABLE.open(encoding="utf-8"), delimiter="\t"))
    rows = [row for row in rows if row[FEATURES[0]] and row["collection"] in ("rounds", "htmldate", "trafilatura")]
    sample = [row for row in rows if row["kind"] == "not article"][:30] + [row for row in rows if row["kind"] == "article"][:60]
    tiny = tmp_path / "tiny.tsv"
    with tiny.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(sample)
    weights = tmp_path / "weights.json"
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "fit_page_kind.py"), str(tiny), "--write", str(weights)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    assert "rules " in run.stdout and "warn only" in run.stdout
    model = load_model.__wrapped__(weights)
    chances = {kind: [model.probability({n: float(r[n]) for n in FEATURES}) for r in sample if r["kind"] == kind]
               for kind in ("article", "not article")}  # fmt: skip
    assert sum(chances["not article"]) / 30 > 0.5 > sum(chances["article"]) / 60


def test_the_fit_script_says_which_collection_it_cannot_validate_and_closes_its_table(tmp_path: Path) -> None:
    """Left out, a collection holding every page that is no article leaves the others one kind: no model."""
    rows = [row for row in csv.DictReader(TABLE.open(encoding="utf-8"), delimiter="\t") if row[FEATURES[0]]]
    sample = ([{**row, "collection": "lone"} for row in rows if row["kind"] == "not article"][:20]
              + [{**row, "collection": "rest"} for row in rows if row["kind"] == "article"][:40])  # fmt: skip
    tiny = tmp_path / "tiny.tsv"
    with tiny.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(sample)
    run = subprocess.run(
        [sys.executable, "-X", "dev", str(ROOT / "tools" / "fit_page_kind.py"), str(tiny), "--write", str(tmp_path / "w.json")],
        check=False, capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "lone: not validated, the other collections' pages are all of one kind" in run.stdout
    assert "rest: not validated" in run.stdout and "ResourceWarning" not in run.stderr
    assert load_model.__wrapped__(tmp_path / "w.json").warn_above < 1


def test_a_page_the_rules_refuse_is_not_weighed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules' refusal stands whatever the model says: its features are not computed."""
    weighed_pages: list[str] = []
    real = page_features

    def counted(*page: Any) -> dict[str, float]:
        weighed_pages.append("")
        return real(*page)

    monkeypatch.setattr(importer_html, "page_features", counted)
    with pytest.raises(SourceError, match="looks like a site's home, section, topic or product page"):
        prepare((FIXTURES / "round13_dev" / "01.html").read_bytes(), "html", {})
    assert weighed_pages == []
    prepare((FIXTURES / "pages" / "npr_story.html").read_bytes(), "html", {})
    assert weighed_pages == [""]
