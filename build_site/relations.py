"""Relations: two topics named in the same sentences more often than chance would have it.

A sentence that names two topics relates them; one that lists six ("drug, arms, and human
trafficking, human smuggling, and organized crime") says little about any pair in it. So
each sentence gives its pairs one unit of evidence shared out among them: a sentence naming
k topics gives each of its pairs 1/(k-1), so a pair counts 1, a list of four 1/3.

Frequent topics meet often by chance alone (the two countries of a bilateral briefing are
in most sentences), so relations are ranked by Dunning's log-likelihood ratio of that
weighted count against the count expected if the two topics were named independently
across the sentences that name any topic (the count first discounted by half a sentence,
so that one chance meeting of two rare topics does not lead); a pair seen less often than
expected scores 0.
The raw number of shared sentences (`Relation.weight`) is what the pages show.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from build_site.model import Block, Evidence, Relation, block_at

SentenceKey = tuple[str, str, int]  # article id, block anchor, sentence index
# Taken off every weighted count before scoring: one sentence naming two rare topics is
# weak evidence, and undiscounted it would outrank pairs that meet again and again.
DISCOUNT = 0.5


def find_relations(
    topics_at: Mapping[SentenceKey, Sequence[str]], blocks: Mapping[str, Sequence[Block]]
) -> tuple[Relation, ...]:
    """Every pair of topics sharing a sentence, strongest association first."""
    shared: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    weighted: dict[tuple[str, str], float] = defaultdict(float)
    every: list[str] = []  # each topic once per sentence naming it, counted at the end in one call
    sentences = 0
    for (article_id, anchor, index), topic_ids in topics_at.items():
        distinct = sorted(set(topic_ids))
        if not distinct:
            continue
        sentences += 1
        every += distinct
        if len(distinct) < 2:
            continue
        evidence = Evidence(article_id, anchor, block_at(blocks[article_id], anchor).sentences[index].text)
        share = 1.0 / (len(distinct) - 1)
        for pair in combinations(distinct, 2):
            shared[pair].append(evidence)
            weighted[pair] += share
    named = Counter(every)
    relations = [
        Relation(
            source,
            target,
            len(evidence),
            tuple(evidence),
            round(association(weighted[(source, target)] - DISCOUNT, named[source], named[target], sentences), 4),
        )
        for (source, target), evidence in shared.items()
    ]
    relations.sort(key=lambda r: (-r.score, -r.weight, r.source, r.target))
    return tuple(relations)


def association(together: float, first: int, second: int, total: int) -> float:
    """Dunning's G² for a pair named `together` times (weighted) where the first topic is named
    in `first` sentences, the second in `second`, of `total`; 0 unless above chance."""
    if total == 0 or together * total <= first * second:
        return 0.0
    cells = (
        (together, first, second),
        (first - together, first, total - second),
        (second - together, total - first, second),
        (total - first - second + together, total - first, total - second),
    )
    g2 = 0.0
    for observed, row, column in cells:
        expected = row * column / total
        if observed > 0 and expected > 0:
            g2 += observed * math.log(observed / expected)
    return 2.0 * g2
