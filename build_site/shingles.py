"""Word 4-gram ("shingle") overlap of two texts, as the public article-extraction benchmark scores it.

The importer uses it to see whether two extractors agree on a page; the extraction benchmark
uses it to score an import against the benchmark's ground truth. Re-implemented from the
benchmark's description: tokens are `\\w+` runs, shingles are counted with multiplicity, and a
pair of empty texts agree fully.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

TOKEN = re.compile(r"\w+")
SHINGLE = 4


@dataclass(frozen=True, slots=True)
class Overlap:
    """Shingles both texts share (tp), only the second has (fp), only the first has (fn), as shares."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Every run of four tokens (one shorter shingle for a text of fewer tokens)."""
    tokens = TOKEN.findall(text)
    return Counter(
        tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)) if tokens[i : i + SHINGLE]
    )


def overlap(true: str, pred: str) -> Overlap:
    """How much of `true` `pred` holds, normalised so long texts do not weigh more."""
    a, b = shingles(true), shingles(pred)
    tp = sum((a & b).values())
    fp = sum((b - a).values())
    fn = sum((a - b).values())
    total = tp + fp + fn
    return Overlap(tp / total, fp / total, fn / total) if total else Overlap(0.0, 0.0, 0.0)
