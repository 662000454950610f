"""The fitted page-kind decision: how likely a saved page is no article, and what `add` does about it.

A logistic regression over the named features of `importer_page_features`, fitted on labelled
pages by `tools/fit_page_kind.py` and validated collection by collection (the figures are in
`evaluation/titles/README.md`). Its weights and thresholds are a small JSON file in
`build_site/data/`, read once, when the first page is weighed; a file that is missing, unreadable
or names a feature the importer does not compute is one clear error, never a guess.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from build_site.importer_model import SourceError
from build_site.importer_page_features import FEATURES, SIGNS
from build_site.importer_page_kind import PageKind

WEIGHTS_FILE = Path(__file__).resolve().parent / "data" / "page_kind_weights.json"
REFUSE, WARN, IMPORT = "refuse", "warn", "import"
SIGNS_SHOWN = 3  # the features that weigh most towards "no article", named in the warning


@dataclass(frozen=True, slots=True)
class PageKindModel:
    """Standardised logistic regression: each feature's mean, scale and weight, and two thresholds
    on the probability that the page is no article (refuse above the first, warn above the second)."""

    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    refuse_above: float
    warn_above: float
    fitted_on: str = "labelled pages"

    def probability(self, values: dict[str, float]) -> float:
        """The probability that a page with these feature values is no article."""
        score = self.intercept + sum(
            weight * (values[name] - mean) / scale
            for name, mean, scale, weight in zip(self.features, self.means, self.scales, self.weights, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))

    def decide(self, values: dict[str, float]) -> str:
        """refuse, warn or import, by the page's probability of being no article."""
        chance = self.probability(values)
        return REFUSE if chance > self.refuse_above else WARN if chance > self.warn_above else IMPORT

    def signs(self, values: dict[str, float]) -> list[str]:
        """What weighs most towards "no article" on this page, in words, heaviest first."""
        pushes = sorted(
            (
                (weight * (values[name] - mean) / scale, SIGNS[name][0 if values[name] > mean else 1])
                for name, mean, scale, weight in zip(self.features, self.means, self.scales, self.weights, strict=True)
            ),
            reverse=True,
        )
        return [words for push, words in pushes[:SIGNS_SHOWN] if push > 0]


def weighed(rules: PageKind | None, values: dict[str, float], model: PageKindModel) -> PageKind | None:
    """The rules' answer on a page's kind, with the fitted decision's: the stronger of the two. A
    refusal by the rules stands; a page the rules let through is warned about, or refused, when
    the model weighs it so (`refuse_above` 1 in the shipped weights: the model alone refuses nothing)."""
    decision = model.decide(values)
    if decision == IMPORT or (rules is not None and (rules.refuse or decision == WARN)):
        return rules
    reason = (
        f"weighed with the signs of {model.fitted_on}, it looks like no article ({model.probability(values):.2f}, "
        f"warned above {model.warn_above:.2f}: {', '.join(model.signs(values))})"
    )
    if rules is not None:  # the rules warned and the model is sure: refused, saying both
        return PageKind(f"{rules.reason}; {reason}", refuse=True, looks=rules.looks)
    return PageKind(reason, refuse=decision == REFUSE, looks="")  # the model knows no article, not what the page is


class WeightsError(SourceError):
    """The weights file cannot be used: the importer is installed wrong, not the page."""


def model_from_json(data: object, where: str) -> PageKindModel:
    """The model a weights file's JSON describes; WeightsError naming `where` when it is not one."""
    try:
        if not isinstance(data, dict):
            raise TypeError("not a JSON object")
        rows = data["features"]
        model = PageKindModel(
            features=tuple(str(row["name"]) for row in rows),
            means=tuple(float(row["mean"]) for row in rows),
            scales=tuple(float(row["scale"]) for row in rows),
            weights=tuple(float(row["weight"]) for row in rows),
            intercept=float(data["intercept"]),
            refuse_above=float(data["refuse_above"]),
            warn_above=float(data["warn_above"]),
            fitted_on=f"{int(data['pages'])} labelled pages",
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise WeightsError(f"the page-kind weights file {where} is not a fitted model ({exc!r}); reinstall") from None
    unknown = sorted(set(model.features) - set(FEATURES))
    if unknown:
        raise WeightsError(
            f"the page-kind weights file {where} names features the importer does not compute: {unknown}"
        )
    if any(scale <= 0 for scale in model.scales) or not 0 <= model.warn_above <= model.refuse_above <= 1:
        raise WeightsError(f"the page-kind weights file {where} has a scale ≤ 0 or thresholds out of order")
    return model


@functools.cache
def load_model(path: Path = WEIGHTS_FILE) -> PageKindModel:
    """The fitted model, read once per process; WeightsError when the file cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WeightsError(f"cannot read the page-kind weights file {path.name} ({exc}); reinstall") from None
    return model_from_json(data, path.name)
