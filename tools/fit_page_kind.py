"""Fit the page-kind decision on the labelled pages and validate it collection by collection.

Reads the feature table `evaluation/titles/page_set/features.tsv` (made by that folder's
`extract.py`): one saved page per row, its collection, its judged kind and the rules' answer. Fits
an L2-regularised logistic regression (Newton's method on standardised features, the two kinds
weighted alike) and picks two thresholds on the fitted pages: refuse above the highest probability
any article got, warn above the share `WARN_QUANTILE` of articles. Validation is
leave-one-collection-out: each collection's pages are scored by a model fitted, thresholds and
all, on the other collections only, and the answers are counted beside the rules' on the same
pages: the model alone, the stronger of the two answers, and the stronger capped at a warning.
When the stronger of the two refuses an article the rules let through, the model's refusals are
not sure: the weights are written with `refuse_above` 1 (the model warns, the rules refuse).
Plain Python: no extra to install. Usage:
python tools/fit_page_kind.py [FEATURES_TSV] [--write WEIGHTS_JSON]
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import math
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from build_site.importer_page_decision import IMPORT, REFUSE, WARN, PageKindModel
from build_site.importer_page_features import FEATURES

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "evaluation" / "titles" / "page_set" / "features.tsv"
PENALTY = 1.0  # L2 weight on the standardised coefficients: a few hundred pages, twenty features
NEWTON_STEPS = 30
WARN_QUANTILE = 0.95  # warn on a page less like an article than 95% of the fitted articles
RANK = {IMPORT: 0, WARN: 1, REFUSE: 2}


@dataclass(frozen=True, slots=True)
class Page:
    """One labelled page: where it comes from, its kind, the rules' answer and its features."""

    path: str
    collection: str
    not_article: bool
    rules: str
    values: dict[str, float]


def read_table(path: Path) -> list[Page]:
    """The pages of a feature table; those refused before the kind is weighed have no features."""
    with path.open(encoding="utf-8") as table:
        return [
            Page(
                row["path"],
                row["collection"],
                row["kind"] == "not article",
                row["rules"],
                {name: float(row[name]) for name in FEATURES} if row[FEATURES[0]] else {},
            )
            for row in csv.DictReader(table, delimiter="\t")
        ]


def fit(pages: list[Page]) -> PageKindModel:
    """A logistic regression fitted on pages with features, and its two thresholds; ValueError when
    they are all of one kind (the two kinds are weighted by their counts)."""
    pages = [page for page in pages if page.values]
    if len({page.not_article for page in pages}) < 2:
        raise ValueError("the pages with features are not of both kinds, articles and not articles")
    means = [statistics.fmean(page.values[name] for page in pages) for name in FEATURES]
    scales = [statistics.pstdev(page.values[name] for page in pages) or 1.0 for name in FEATURES]
    rows = [
        [1.0, *((page.values[n] - m) / s for n, m, s in zip(FEATURES, means, scales, strict=True))] for page in pages
    ]
    labels = [1.0 if page.not_article else 0.0 for page in pages]
    positives = sum(labels)
    weights = [
        len(labels) / (2 * positives) if label else len(labels) / (2 * (len(labels) - positives)) for label in labels
    ]
    beta = newton(rows, labels, weights)
    model = PageKindModel(tuple(FEATURES), tuple(means), tuple(scales), tuple(beta[1:]), beta[0], 1.0, 1.0)
    articles = sorted(model.probability(page.values) for page in pages if not page.not_article)
    warn = articles[min(len(articles) - 1, int(WARN_QUANTILE * len(articles)))]
    return PageKindModel(tuple(FEATURES), tuple(means), tuple(scales), tuple(beta[1:]), beta[0], articles[-1], warn)


def newton(rows: list[list[float]], labels: list[float], weights: list[float]) -> list[float]:
    """Coefficients maximising the weighted log-likelihood less PENALTY/2 of their squares (not the intercept's);
    also the fit of a figure's topics (`evaluation/fit_fact_topics.py`), with every weight 1."""
    size = len(rows[0])
    beta = [0.0] * size
    for _ in range(NEWTON_STEPS):
        gradient = [-PENALTY * b if i else 0.0 for i, b in enumerate(beta)]
        hessian = [[PENALTY if i == j and i else 0.0 for j in range(size)] for i in range(size)]
        for row, label, weight in zip(rows, labels, weights, strict=True):
            chance = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, sum(b * x for b, x in zip(beta, row, strict=True))))))
            for i in range(size):
                gradient[i] += weight * (label - chance) * row[i]
                for j in range(i + 1):
                    hessian[i][j] += weight * chance * (1 - chance) * row[i] * row[j]
        for i in range(size):
            for j in range(i):
                hessian[j][i] = hessian[i][j]
        step = _solve(hessian, gradient)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return beta


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix · x = vector, by Gaussian elimination with partial pivoting (the matrix is
    positive definite: the penalty sees to that)."""
    size = len(vector)
    rows = [[*row, value] for row, value in zip(matrix, vector, strict=True)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda r: abs(rows[r][column]))
        rows[column], rows[pivot] = rows[pivot], rows[column]
        for r in range(column + 1, size):
            factor = rows[r][column] / rows[column][column]
            rows[r] = [a - factor * b for a, b in zip(rows[r], rows[column], strict=True)]
    solution = [0.0] * size
    for r in reversed(range(size)):
        solution[r] = (rows[r][size] - sum(rows[r][c] * solution[c] for c in range(r + 1, size))) / rows[r][r]
    return solution


POLICIES = ("rules", "model", "both", "warn only")


def answers(page: Page, model: PageKindModel) -> dict[str, str]:
    """Each policy's answer on a page: the rules alone, the model alone, the stronger of the two, and
    the stronger of the rules' and the model's capped at a warning (the model refuses nothing)."""
    if not page.values:  # refused before the kind is weighed, by every policy alike
        return dict.fromkeys(POLICIES, REFUSE)
    decision = model.decide(page.values)
    warning = WARN if decision == REFUSE else decision
    return {
        "rules": page.rules,
        "model": decision,
        "both": max(page.rules, decision, key=RANK.__getitem__),
        "warn only": max(page.rules, warning, key=RANK.__getitem__),
    }


def cross_validate(
    pages: list[Page],
) -> tuple[dict[str, Counter[str]], list[tuple[Page, dict[str, str]]], list[str]]:
    """Leave-one-collection-out: each policy's answers counted by kind, every page's answers, and the
    collections left unscored because the others hold one kind only (no model can be fitted on them)."""
    tally: dict[str, Counter[str]] = {policy: Counter() for policy in POLICIES}
    every: list[tuple[Page, dict[str, str]]] = []
    unscored = []
    for collection in sorted({page.collection for page in pages}):
        try:
            model = fit([page for page in pages if page.collection != collection])
        except ValueError:
            unscored.append(collection)
            continue
        for page in (page for page in pages if page.collection == collection):
            said = answers(page, model)
            kind = "not article" if page.not_article else "article"
            for policy, answer in said.items():
                tally[policy][f"{kind} {answer}"] += 1
            every.append((page, said))
    return tally, every, unscored


def summary(tally: Counter[str]) -> str:
    """One line: pages that are no article refused / warned / imported silently; articles likewise."""

    def row(kind: str) -> str:
        return " / ".join(str(tally[f"{kind} {answer}"]) for answer in (REFUSE, WARN, IMPORT))

    flagged = {kind: tally[f"{kind} {REFUSE}"] + tally[f"{kind} {WARN}"] for kind in ("not article", "article")}
    found = max(1, sum(tally[f"not article {answer}"] for answer in (REFUSE, WARN, IMPORT)))  # none when unscored
    refused = tally[f"not article {REFUSE}"]
    return (
        f"not articles refused/warned/silent {row('not article')}; articles refused/warned/silent {row('article')}; "
        f"'not an article' said (refused or warned): recall {flagged['not article'] / found:.0%}, precision "
        f"{flagged['not article'] / max(1, sum(flagged.values())):.0%}; refused: recall {refused / found:.0%}, "
        f"precision {refused / max(1, refused + tally[f'article {REFUSE}']):.0%}"
    )


def weights_json(model: PageKindModel, pages: list[Page]) -> dict[str, object]:
    """The weights file's content: every feature named with its mean, scale and weight."""
    return {
        "about": "page-kind decision fitted by tools/fit_page_kind.py; probability that a saved page is no article",
        "pages": len([page for page in pages if page.values]),
        "not_articles": len([page for page in pages if page.values and page.not_article]),
        "intercept": round(model.intercept, 6),
        "refuse_above": round(model.refuse_above, 6),
        "warn_above": round(model.warn_above, 6),
        "features": [
            {"name": name, "mean": round(mean, 6), "scale": round(scale, 6), "weight": round(weight, 6)}
            for name, mean, scale, weight in zip(model.features, model.means, model.scales, model.weights, strict=True)
        ],
    }


def main() -> None:
    """Cross-validate, print the counts per policy and the pages where they differ, write the weights."""
    parser = argparse.ArgumentParser()
    parser.add_argument("table", type=Path, nargs="?", default=TABLE)
    parser.add_argument("--write", type=Path)
    arguments = parser.parse_args()
    pages = read_table(arguments.table)
    tally, every, unscored = cross_validate(pages)
    for collection in unscored:
        print(f"{collection}: not validated, the other collections' pages are all of one kind")
    for policy, counts in tally.items():
        print(f"{policy:9} {summary(counts)}")
    for page, said in every:
        if said["rules"] != said["warn only"] or said["model"] != said["both"]:
            kind = "NOT " if page.not_article else "art "
            print(f"  {kind}{page.collection:12} {page.path[:70]:70} " + " ".join(f"{p}={a}" for p, a in said.items()))
    if arguments.write:
        try:
            model = fit(pages)
        except ValueError as exc:
            raise SystemExit(f"error: {arguments.table}: {exc}; no weights written") from None
        if tally["both"]["article refuse"] > tally["rules"]["article refuse"]:  # its refusals are not sure
            model = dataclasses.replace(model, refuse_above=1.0)
        arguments.write.write_text(json.dumps(weights_json(model, pages), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {arguments.write}: refuse above {model.refuse_above:.3f}, warn above {model.warn_above:.3f}")


if __name__ == "__main__":
    main()
