"""What changed since the previous build: each build records what it saw, the next compares;
and, in the browser, what is new since the reader's last visit (templates/visits.js).

The record (`last-build.json`, next to the analysis cache) holds each article's id and the
moment it entered the briefing, each topic's count of mentions, each candidate name and the
moment it appeared, and the newest changes (new topics, topics with new evidence). The home
page and the feed show the newest of these, each with its moment, not only the last build's:
a build that changed nothing (a check before `serve` or `gh-deploy`) leaves them as they were.
A record that cannot be read is ignored with a note: it only ever costs what is new, never
the build.

"New since your last visit" compares the moment an article entered the briefing, not its
published date: a reader has seen what the site held when they came, so an old report added
since is new to them, and one published the day before it was added is not missed. Articles
of a first build (or of a lost record) entered with the site itself: their published date
stands in, so such a build stays byte-identical to a fresh one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import jinja2

from build_site.model import Article, Briefing, Candidate, Topic

log = logging.getLogger("mkdocs.plugins.briefing")
RECORD = "last-build.json"
LIMIT = 20  # entries per list on the home page: it stays small however much changed
HISTORY = 50  # changes the record keeps for the feed, newest first
_FORMAT = 3
# Format 1 knew no moments and no changes, format 2 no candidate's moment: read as a record without them.
_FORMATS = (1, 2, 3)
_Item = TypeVar("_Item", Article, Candidate)


@dataclass(frozen=True, slots=True)
class Change:
    """A change the feed carries: a new topic (`before` None), or a topic with new evidence."""

    topic: str
    before: int | None
    now: int
    at: str  # the moment of the build that saw it (ISO 8601, UTC)


@dataclass(frozen=True, slots=True)
class Seen:
    added: dict[str, str | None]  # article id -> the moment it entered (None: with the first build)
    evidence: dict[str, int]  # topic id -> mentions
    candidates: dict[str, str | None]  # name -> the moment it appeared (None: with the first build)
    changes: tuple[Change, ...] = ()  # newest first, at most HISTORY

    @property
    def articles(self) -> frozenset[str]:
        return frozenset(self.added)


@dataclass(frozen=True, slots=True)
class Changes:
    """What the codebook's topics gained since the previous build (new articles and names
    need no list of their own: the record keeps when each entered)."""

    topics: tuple[Topic, ...]  # new in the codebook
    evidence: tuple[tuple[Topic, int, int], ...]  # topic, mentions before, mentions now


def _mentions(briefing: Briefing) -> dict[str, int]:
    return {t.id: len(briefing.mentions_by_topic.get(t.id, ())) for t in briefing.topics}


def seen_now(previous: Seen | None, briefing: Briefing, changes: Changes | None, moment: str) -> Seen:
    """This build's record: the moments articles entered kept from `previous`, `moment` for the
    new ones, and this build's changes put before the earlier ones."""
    added = {
        a.id: (previous.added.get(a.id) if a.id in previous.added else moment) if previous else None
        for a in briefing.articles
    }
    fresh: list[Change] = []
    if changes is not None:
        fresh = [Change(t.id, None, len(briefing.mentions_by_topic.get(t.id, ())), moment) for t in changes.topics]
        fresh += [Change(t.id, before, now, moment) for t, before, now in changes.evidence]
    earlier = previous.changes if previous else ()
    candidates = {c.text: previous.candidates.get(c.text, moment) if previous else None for c in briefing.candidates}
    return Seen(added, _mentions(briefing), candidates, (*fresh, *earlier)[:HISTORY])


def added_moments(seen: Seen | None, articles: tuple[Article, ...]) -> dict[str, str]:
    """When each article entered the briefing, as the last-visit marks compare it: the
    record's moment, else the published date; an undated article of a first build has none."""
    moments: dict[str, str] = {}
    for article in articles:
        moment = seen.added.get(article.id) if seen else None
        if moment is None and article.published is not None:
            moment = article.published.isoformat()
        if moment is not None:
            moments[article.id] = moment
    return moments


def _is_moment(value: object) -> bool:
    """An ISO 8601 date or moment, as this module writes them (the feed and the pages read them)."""
    if not isinstance(value, str):
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_entry(key: object, moment: object) -> bool:
    """A name and the moment it entered (None: with the first build)."""
    return isinstance(key, str) and (moment is None or _is_moment(moment))


def _changes_from(data: object) -> tuple[Change, ...]:
    if not isinstance(data, list):
        raise ValueError("changes: not a list")
    changes = []
    for item in data:
        topic, before, now, at = item["topic"], item["before"], item["now"], item["at"]
        if not (
            isinstance(topic, str)
            and (before is None or isinstance(before, int))
            and isinstance(now, int)
            and _is_moment(at)
        ):
            raise ValueError("changes: unexpected values")
        changes.append(Change(topic, before, now, at))
    return tuple(changes[:HISTORY])


def read_record(path: Path) -> Seen | None:
    """The previous build's record; None when there is none. Raises ValueError when it is damaged."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") not in _FORMATS:
            raise ValueError("unknown format")
        articles, evidence, candidates = data["articles"], data["evidence"], data["candidates"]
        added = dict.fromkeys(articles) if data["format"] == 1 else articles
        named = candidates if data["format"] == 3 else dict.fromkeys(candidates)
        if not (
            isinstance(added, dict)
            and isinstance(named, dict)
            and all(_is_entry(k, v) for k, v in (*added.items(), *named.items()))
            and all(isinstance(k, str) and isinstance(v, int) for k, v in evidence.items())
        ):
            raise ValueError("unexpected values")
        changes = _changes_from(data["changes"]) if data["format"] > 1 else ()
        return Seen(dict(added), dict(evidence), dict(named), changes)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(str(exc) or type(exc).__name__) from None


def write_record(path: Path, seen: Seen) -> None:
    """Write the record whole or not at all (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "format": _FORMAT,
        "articles": dict(sorted(seen.added.items())),
        "evidence": dict(sorted(seen.evidence.items())),
        "candidates": dict(sorted(seen.candidates.items())),
        "changes": [{"topic": c.topic, "before": c.before, "now": c.now, "at": c.at} for c in seen.changes],
    }
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    temporary.replace(path)


def changes_since(previous: Seen, briefing: Briefing) -> Changes:
    now = _mentions(briefing)
    return Changes(
        topics=tuple(t for t in briefing.topics if t.id not in previous.evidence),
        evidence=tuple(
            (topic, previous.evidence[topic.id], now[topic.id])
            for topic in briefing.topics
            if topic.id in previous.evidence and now[topic.id] > previous.evidence[topic.id]
        ),
    )


@dataclass(frozen=True, slots=True)
class Recent:
    """The newest changes the record knows of, each with the moment of the build that saw it,
    newest first: what the home page shows (at most LIMIT of each; the counts are of all)."""

    articles: tuple[tuple[Article, str], ...]
    topics: tuple[tuple[Topic, str], ...]  # new in the codebook
    evidence: tuple[tuple[Topic, int, int, str], ...]  # topic, mentions before, mentions after
    candidates: tuple[tuple[Candidate, str], ...]  # still in the review queue

    def __bool__(self) -> bool:
        return bool(self.articles or self.topics or self.evidence or self.candidates)


def _newest(items: list[tuple[_Item, str]]) -> tuple[tuple[_Item, str], ...]:
    """Newest first; at one moment in the order given (the Briefing's), so the page is stable."""
    return tuple(sorted(items, key=lambda item: item[1], reverse=True))


def recent(seen: Seen, briefing: Briefing) -> Recent:
    """What the home page lists: the articles and candidates that entered after the first
    build, and the record's changes, of what the briefing still holds."""
    topics = briefing.topic_index
    new_topics: dict[str, tuple[Topic, str]] = {}
    evidence: dict[str, tuple[Topic, int, int, str]] = {}
    for change in seen.changes:  # newest first: a topic is listed once, at its newest change
        topic = topics.get(change.topic)
        if topic is None:
            continue
        if change.before is None:
            new_topics.setdefault(topic.id, (topic, change.at))
        else:
            evidence.setdefault(topic.id, (topic, change.before, change.now, change.at))
    return Recent(
        articles=_newest([(a, moment) for a in briefing.articles if (moment := seen.added.get(a.id))]),
        topics=tuple(new_topics.values()),
        evidence=tuple(evidence.values()),
        candidates=_newest([(c, moment) for c in briefing.candidates if (moment := seen.candidates.get(c.text))]),
    )


@dataclass(frozen=True, slots=True)
class History:
    """What a build knows of the one before: where the record is (None: the build keeps no
    cache, so no record), what this build saw, and the newest changes it holds for the home
    page (empty on a first build)."""

    record: Path | None = None
    seen: Seen | None = None
    recent: Recent | None = None


def read_history(record: Path | None, briefing: Briefing, moment: str) -> History:
    """The previous build's record compared with this build's Briefing; a damaged record is
    said once and ignored."""
    if record is None:
        return History()
    try:
        previous = read_record(record)
    except ValueError as exc:
        log.info(f"briefing: {record}: the record of the previous build is damaged ({exc}); ignored")
        previous = None
    changes = changes_since(previous, briefing) if previous is not None else None
    seen = seen_now(previous, briefing, changes, moment)
    return History(record, seen, recent(seen, briefing))


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    """Loaded when first needed, as pages.py loads its own: importing this module reads no file."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("build_site", "templates"), autoescape=True, undefined=jinja2.StrictUndefined
    )
    env.filters["when"] = when
    env.filters["by_moment"] = by_moment
    return env.get_template("whats_new.html.j2")


def by_moment(items: Sequence[tuple[Any, ...]]) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Newest-first items (each ending in its moment) in runs of one moment as the page says it:
    the changes one build saw are listed under its moment once, and those of two builds in one
    minute under one heading, not two that read the same."""
    runs: list[tuple[str, list[tuple[Any, ...]]]] = []
    for item in items:
        if runs and when(runs[-1][0]) == when(item[-1]):
            runs[-1][1].append(item)
        else:
            runs.append((item[-1], [item]))
    return runs


def when(moment: str) -> str:
    """A moment as the home page shows it: the day, and the time when the moment has one."""
    parsed = dt.datetime.fromisoformat(moment)
    day = f"{parsed.day} {parsed:%B %Y}"
    if len(moment) <= len("2025-01-01"):
        return day
    utc = parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)
    return f"{day}, {utc:%H:%M} UTC"


def whats_new_html(newest: Recent) -> str:
    """The home page's section (its links relative to the home page)."""
    return _template().render(recent=newest, limit=LIMIT)
