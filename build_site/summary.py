"""The build summary printed by `briefing build`: a view of the Briefing, like every page."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from build_site.model import Briefing
from build_site.problems import display_path
from build_site.wording import plural

CANDIDATES_SHOWN = 10


def print_summary(briefing: Briefing | None, timings: dict[str, float], site: Path, cache_notes: list[str]) -> None:
    """Printed even under CI, where progress is quiet: the cache notes show whether a restored
    cache was used."""
    if briefing is None:
        return
    kinds = Counter(t.kind for t in briefing.topics)
    print(
        f"Built {display_path(site)}/ from {plural(len(briefing.articles), 'article')} and "
        f"{plural(len(briefing.topics), 'topic')} ({', '.join(plural(kinds[k.id], k.singular_text, k.plural_text) for k in briefing.kinds)})."
    )
    print(
        f"  {plural(len(briefing.mentions), 'mention')}, {plural(len(briefing.relations), 'relation')}, "
        f"{plural(len(briefing.facts), 'fact')}, {plural(len(briefing.candidates), 'candidate')}."
    )
    print("  Time: " + ", ".join(f"{phase} {seconds:.2f}s" for phase, seconds in timings.items()))
    for note in cache_notes:
        print(f"  Cache: {note}.")
    if briefing.candidates:
        print("  Candidates for the codebook (most frequent first; all in `briefing check` and the review queue):")
        for candidate in briefing.candidates[:CANDIDATES_SHOWN]:
            articles = plural(len(candidate.articles), "article")
            print(
                f"    {candidate.text} ({candidate.suggested_kind or 'no kind fits'}, {candidate.count}x in {articles})"
            )
        if len(briefing.candidates) > CANDIDATES_SHOWN:
            print(f"    … and {len(briefing.candidates) - CANDIDATES_SHOWN} more")
