"""Where sources differ: figures of one kind about one thing that disagree, dates of one
event that disagree, and claims that are denied or disputed.

Few and right beats many (an analyst must be able to read the whole list), so a figure
takes part only when its sentence says what it counts through a word of `MEASURES`
(deaths, arrests, troops, ...): "33,341 people" alone is not comparable with anything.
Two figures are about the same thing when they share the measure and the figure kind,
share a topic, and state the same year (or one states none). They differ when the larger
is more than `TOLERANCE` above the smaller, which leaves rounding ("about 60,000" against
"61,000") alone. Dates of one event differ when sentences naming the same topics report the
same one-off action (`ONE_OFF`) in the same year but different months.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

TOLERANCE = 0.10
KINDS: tuple[str, ...] = ("figures", "dates", "disputed")

# Measure -> words in the sentence that say a figure counts it.
MEASURES: dict[str, tuple[str, ...]] = {
    "deaths": ("killed", "deaths", "dead", "died", "homicides", "murders", "murdered", "death toll", "lives"),
    "arrests": ("arrested", "arrests", "detained", "detentions", "apprehended", "apprehensions"),
    "troops": ("troops", "soldiers", "guardsmen", "service members", "personnel"),
    "transfers": ("extradited", "extraditions", "expelled", "transferred", "fugitives"),
    "seizures": ("seized", "seizure", "seizures", "confiscated"),
    "disappeared": ("disappeared", "missing"),
    "attacks": ("attacks", "attacked", "strikes"),
    "funding": ("funding", "aid", "appropriated", "budget", "assistance", "allocated"),
}
# One-off actions: the same action about the same topics can only have one date.
ONE_OFF: dict[str, tuple[str, ...]] = {
    "deployed": ("deployed", "sent troops", "sent soldiers", "dispatched"),
    "signed": ("signed",),
    "founded": ("established", "founded", "created", "launched"),
    "captured": ("captured", "arrested"),
    "extradited": ("extradited", "expelled"),
    "designated": ("designated",),
}
_DISPUTE = re.compile(
    r"\b(?:denied|denies|deny|disputed|disputes? (?:the|that|this|these|those|claims?|reports?|allegations?)\b|"
    r"contrary to|refuted|refutes|contradicted|"
    r"contradicts|rejected (?:the |these |those )?(?:claims?|allegations?|accusations?|reports?))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Source:
    article_id: str
    publisher: str | None
    anchor: str
    sentence: str


@dataclass(frozen=True, slots=True)
class FigureRecord:
    """A figure as the build's facts have it (value, kind, year, topics), with its source."""

    value: float
    kind: str  # "count" | "money" | "percent" | ...
    text: str  # as written
    year: int | None
    topics: tuple[str, ...]
    source: Source


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A dated sentence (events.Event) with the topics it names."""

    date: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    topics: tuple[str, ...]
    source: Source


@dataclass(frozen=True, slots=True)
class Disagreement:
    kind: str  # one of KINDS
    about: str  # what differs, in words: "deaths (count)", "date of: deployed", "disputed"
    topics: tuple[str, ...]
    evidence: tuple[Source, ...]
    values: tuple[str, ...] = ()  # the differing figures or dates as written, one per evidence


_MEASURE_RES = {m: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE) for m, words in MEASURES.items()}
_ONE_OFF_RES = {a: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE) for a, words in ONE_OFF.items()}


def find_disagreements(
    figures: Sequence[FigureRecord],
    events: Sequence[EventRecord] = (),
    sentences: Sequence[tuple[Source, tuple[str, ...]]] = (),
) -> tuple[Disagreement, ...]:
    """All disagreements: differing figures, differing dates of one event, disputed claims
    (`sentences` are every sentence with the topics it names)."""
    return (*_figures(figures), *_dates(events), *_disputed(sentences))


def measure_of(sentence: str) -> str | None:
    """What the figures of a sentence count, when exactly one measure word says so."""
    found = [m for m, pattern in _MEASURE_RES.items() if pattern.search(sentence)]
    return found[0] if len(found) == 1 else None


def _figures(figures: Sequence[FigureRecord]) -> list[Disagreement]:
    groups: dict[tuple[str, str], list[FigureRecord]] = defaultdict(list)
    for figure in figures:
        if figure.kind in ("year", "duration") or figure.value is None or figure.value <= 0:
            continue
        measure = measure_of(figure.source.sentence)
        if measure:
            groups[(figure.kind, measure)].append(figure)
    found: list[Disagreement] = []
    for (kind, measure), group in groups.items():
        for cluster in _clusters(group):
            low = min(cluster, key=lambda f: f.value)
            high = max(cluster, key=lambda f: f.value)
            if high.value <= low.value * (1 + TOLERANCE) or low.source.sentence == high.source.sentence:
                continue
            topics = tuple(sorted(set(low.topics) & set(high.topics)))
            found.append(
                Disagreement("figures", f"{measure} ({kind})", topics, (low.source, high.source), (low.text, high.text))
            )
    return found


def _clusters(group: list[FigureRecord]) -> Iterable[list[FigureRecord]]:
    """Figures of one group that share a topic and a year (or state none), one cluster per
    shared topic and year, each cluster reported once."""
    by_key: dict[tuple[str, int | None], list[FigureRecord]] = defaultdict(list)
    for figure in group:
        for topic in figure.topics:
            by_key[(topic, figure.year)].append(figure)
    seen: set[frozenset[int]] = set()
    for (topic, year), dated in sorted(by_key.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        members = dated + list(by_key.get((topic, None), ())) if year is not None else dated
        ids = frozenset(id(f) for f in members)
        if len(members) > 1 and ids not in seen:
            seen.add(ids)
            yield members


def _dates(events: Sequence[EventRecord]) -> list[Disagreement]:
    groups: dict[tuple[str, tuple[str, ...], str], list[EventRecord]] = defaultdict(list)
    for event in events:
        if len(event.date) < 7 or not event.topics:
            continue
        actions = [a for a, pattern in _ONE_OFF_RES.items() if pattern.search(event.source.sentence)]
        if len(actions) == 1:
            groups[(actions[0], tuple(sorted(event.topics)), event.date[:4])].append(event)
    found: list[Disagreement] = []
    for (action, topics, _year), group in groups.items():
        months: dict[str, EventRecord] = {}
        for event in group:
            months.setdefault(event.date[:7], event)
        if len(months) > 1:
            chosen = [months[m] for m in sorted(months)]
            found.append(
                Disagreement(
                    "dates",
                    f"date of: {action}",
                    topics,
                    tuple(e.source for e in chosen),
                    tuple(e.date for e in chosen),
                )
            )
    return found


def _disputed(sentences: Sequence[tuple[Source, tuple[str, ...]]]) -> list[Disagreement]:
    return [
        Disagreement("disputed", "disputed", topics, (source,))
        for source, topics in sentences
        if _DISPUTE.search(source.sentence)
    ]
