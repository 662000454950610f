"""What changed since the previous build: each build records what it saw, the next compares;
and, in the browser, what is new since the reader's last visit (templates/visits.js).

The record (`last-build.json`, next to the analysis cache) holds each article's id, title and
the moment it entered the briefing, each topic's count of mentions, name, address and a
fingerprint of its names, each candidate name and the moment it appeared, the moment of the
first build that kept a record, and the newest changes (new topics, topics with new evidence and
what brought it, topics and articles removed). The home page and the feed show the newest of
these, each with its moment, not only the last build's: a build that changed nothing (a check
before `serve` or `gh-deploy`) leaves them as they were. A record that cannot be read is ignored
with a note: it only ever costs what is new, never the build.

New evidence says what brought it: new articles, a change to the topic's names in the codebook
(an alias added brings mentions from articles the briefing already held), or articles already
there (edited, or another topic's names changed). A removed topic keeps a small page at its
address (removed_pages.py), so a reader's bookmark says what became of it, while the record
remembers the removal.

"New since your last visit" compares the moment an article entered the briefing, not its
published date: a reader has seen what the site held when they came, so an old report added
since is new to them, and one published the day before it was added is not missed. Articles
of a first build (or of a lost record) entered with the site itself: their published date
stands in, so such a build stays byte-identical to a fresh one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import jinja2

from build_site.model import Article, Briefing, Candidate, Topic

log = logging.getLogger("mkdocs.plugins.briefing")
RECORD = "last-build.json"
LIMIT = 20  # entries per list on the home page: it stays small however much changed
HISTORY = 50  # changes (and removals) the record keeps for the feed and the home page, newest first
_FORMAT = 3
# Format 1 knew no moments and no changes, format 2 no candidate's moment: read as a record without them.
# Format 3 may lack the keys added since (`since`, `topics`, `titles`, `removed`, a change's `cause`).
_FORMATS = (1, 2, 3)
ADDRESS = re.compile(r"[a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*/")  # a topic's address: its kind's folder, its id
_Item = TypeVar("_Item", Article, Candidate)


@dataclass(frozen=True, slots=True)
class Change:
    """A change the feed carries: a new topic (`before` None), or a topic with new evidence."""

    topic: str
    before: int | None
    now: int
    at: str  # the moment of the build that saw it (ISO 8601, UTC)
    cause: str = ""  # what brought new evidence (a key of CAUSES); "" when the record did not say


# What brought a topic new evidence, as the home page and the feed say it after the counts.
CAUSES = {
    "articles": "in new articles",
    "codebook": "from a change to its names in the codebook",
    "articles+codebook": "in new articles and from a change to its names in the codebook",
    "edits": "in articles the briefing already held",
    "articles+edits": "in new articles and articles the briefing already held",
}


def cause_text(change: Change) -> str:
    """What brought the change's new evidence, in words; "" for a new topic or an older record."""
    return CAUSES.get(change.cause, "")


@dataclass(frozen=True, slots=True)
class Removed:
    """A topic or an article the briefing held at the previous build and no longer holds at its
    address; a topic whose id the codebook kept under another kind has `moved` to its new one."""

    what: str  # "topic" or "article"
    id: str
    name: str  # the topic's name or the article's title, as the record knew it
    url: str  # its address in the site, as the record knew it ("places/great-lakes/")
    moved: str | None = None
    at: str = ""  # the moment of the build that saw it go


@dataclass(frozen=True, slots=True)
class Seen:
    added: dict[str, str | None]  # article id -> the moment it entered (None: with the first build)
    evidence: dict[str, int]  # topic id -> mentions
    candidates: dict[str, str | None]  # name -> the moment it appeared (None: with the first build)
    changes: tuple[Change, ...] = ()  # newest first, at most HISTORY
    since: str | None = None  # the moment of the first build that kept a record: when its articles entered
    topics: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # id -> name, address, names' fingerprint
    titles: dict[str, str] = field(default_factory=dict)  # article id -> title
    removed: tuple[Removed, ...] = ()  # newest first, at most HISTORY

    @property
    def articles(self) -> frozenset[str]:
        return frozenset(self.added)


@dataclass(frozen=True, slots=True)
class Changes:
    """What the codebook's topics gained since the previous build (new articles and names
    need no list of their own: the record keeps when each entered)."""

    topics: tuple[Topic, ...]  # new in the codebook
    evidence: tuple[tuple[Topic, int, int], ...]  # topic, mentions before, mentions now
    causes: dict[str, str] = field(default_factory=dict)  # topic id -> what brought its new evidence (CAUSES)
    removed: tuple[Removed, ...] = ()  # gone since the previous build (their moment still unset)


def _mentions(briefing: Briefing) -> dict[str, int]:
    return {t.id: len(briefing.mentions_by_topic.get(t.id, ())) for t in briefing.topics}


def _fingerprint(topic: Topic) -> str:
    """A short digest of what finds a topic (its names and `not:` phrases), to tell a codebook edit."""
    names = json.dumps([topic.name, sorted(topic.aliases), sorted(topic.excludes)], ensure_ascii=False)
    return hashlib.sha256(names.encode("utf-8")).hexdigest()[:16]


def _topics(briefing: Briefing) -> dict[str, tuple[str, str, str]]:
    return {t.id: (t.name, t.site_url, _fingerprint(t)) for t in briefing.topics}


def _still_gone(removed: Sequence[Removed], briefing: Briefing) -> tuple[Removed, ...]:
    """The removals whose address the briefing does not serve again, each address once (its newest)."""
    served = {t.site_url for t in briefing.topics} | {a.site_url for a in briefing.articles}
    kept: dict[str, Removed] = {}
    for item in removed:
        if item.url not in served:
            kept.setdefault(item.url, item)
    return tuple(kept.values())[:HISTORY]


def seen_now(previous: Seen | None, briefing: Briefing, changes: Changes | None, moment: str) -> Seen:
    """This build's record: the moments articles entered kept from `previous`, `moment` for the
    new ones, and this build's changes put before the earlier ones."""
    added = {
        a.id: (previous.added.get(a.id) if a.id in previous.added else moment) if previous else None
        for a in briefing.articles
    }
    fresh: list[Change] = []
    gone: list[Removed] = []
    if changes is not None:
        fresh = [Change(t.id, None, len(briefing.mentions_by_topic.get(t.id, ())), moment) for t in changes.topics]
        fresh += [
            Change(t.id, before, now, moment, changes.causes.get(t.id, "")) for t, before, now in changes.evidence
        ]
        gone = [replace(item, at=moment) for item in changes.removed]
    earlier = previous.changes if previous else ()
    candidates = {c.text: previous.candidates.get(c.text, moment) if previous else None for c in briefing.candidates}
    return Seen(
        added,
        _mentions(briefing),
        candidates,
        (*fresh, *earlier)[:HISTORY],
        since=previous.since if previous and previous.since else moment,
        topics=_topics(briefing),
        titles={a.id: a.title for a in briefing.articles},
        removed=_still_gone([*gone, *(previous.removed if previous else ())], briefing),
    )


def feed_moments(seen: Seen | None, articles: tuple[Article, ...], moment: str) -> dict[str, str]:
    """When each article entered the briefing, as the feed dates its entry (Atom requires a date):
    `added_moments`, and for an undated article of the first build the moment of that build (the
    record's `since`); without a record, `moment`, this build's: it is when the article entered
    the briefing as far as anything recorded knows, never the newest article's date."""
    moments = added_moments(seen, articles)
    entered = seen.since if seen is not None and seen.since else moment
    return {a.id: moments.get(a.id, entered) for a in articles}


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
        cause = item.get("cause", "")
        if not (
            isinstance(topic, str)
            and (before is None or isinstance(before, int))
            and isinstance(now, int)
            and _is_moment(at)
            and (cause == "" or cause in CAUSES)
        ):
            raise ValueError("changes: unexpected values")
        changes.append(Change(topic, before, now, at, cause))
    return tuple(changes[:HISTORY])


def _removed_from(data: object) -> tuple[Removed, ...]:
    if not isinstance(data, list):
        raise ValueError("removed: not a list")
    removed = []
    for item in data:
        what, key, name, url, moved, at = (item[k] for k in ("what", "id", "name", "url", "moved", "at"))
        if not (
            what in ("topic", "article")
            and all(isinstance(v, str) for v in (key, name, url))
            and (what == "article" or ADDRESS.fullmatch(url))  # a page is written there: nowhere else
            and (moved is None or (isinstance(moved, str) and ADDRESS.fullmatch(moved)))
            and _is_moment(at)
        ):
            raise ValueError("removed: unexpected values")
        removed.append(Removed(what, key, name, url, moved, at))
    return tuple(removed[:HISTORY])


def _known_names(data: dict[str, Any]) -> tuple[dict[str, tuple[str, str, str]], dict[str, str]]:
    """The record's topics (name, address, fingerprint) and article titles; empty in an older record."""
    topics, titles = data.get("topics", {}), data.get("titles", {})
    if not (
        isinstance(topics, dict)
        and isinstance(titles, dict)
        and all(isinstance(v, list) and len(v) == 3 and all(isinstance(p, str) for p in v) for v in topics.values())
        and all(isinstance(v, str) for v in titles.values())
    ):
        raise ValueError("topics or titles: unexpected values")
    return {k: (v[0], v[1], v[2]) for k, v in topics.items()}, dict(titles)


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
        since = data.get("since")
        if not (since is None or _is_moment(since)):
            raise ValueError("since: not a moment")
        topics, titles = _known_names(data)
        removed = _removed_from(data.get("removed", []))
        return Seen(dict(added), dict(evidence), dict(named), changes, since, topics, titles, removed)
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
        "changes": [
            {"topic": c.topic, "before": c.before, "now": c.now, "at": c.at, "cause": c.cause} for c in seen.changes
        ],
        "since": seen.since,
        "topics": {k: list(v) for k, v in sorted(seen.topics.items())},
        "titles": dict(sorted(seen.titles.items())),
        "removed": [
            {"what": r.what, "id": r.id, "name": r.name, "url": r.url, "moved": r.moved, "at": r.at}
            for r in seen.removed
        ],
    }
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    temporary.replace(path)


def changes_since(previous: Seen, briefing: Briefing) -> Changes:
    now = _mentions(briefing)
    evidence = tuple(
        (topic, previous.evidence[topic.id], now[topic.id])
        for topic in briefing.topics
        if topic.id in previous.evidence and now[topic.id] > previous.evidence[topic.id]
    )
    return Changes(
        topics=tuple(t for t in briefing.topics if t.id not in previous.evidence),
        evidence=evidence,
        causes={topic.id: _cause(previous, briefing, topic, now[topic.id] - before) for topic, before, _ in evidence},
        removed=_removed_since(previous, briefing),
    )


def _cause(previous: Seen, briefing: Briefing, topic: Topic, gained: int) -> str:
    """What brought `gained` mentions (a key of CAUSES): new articles, a change to the topic's names,
    articles already there; "" when the previous record knew nothing of its names."""
    new = sum(1 for m in briefing.mentions_by_topic.get(topic.id, ()) if m.article_id not in previous.added)
    if new >= gained:
        return "articles"
    known = previous.topics.get(topic.id)
    if known is None:
        return ""
    other = "codebook" if known[2] != _fingerprint(topic) else "edits"
    return f"articles+{other}" if new else other


def _removed_since(previous: Seen, briefing: Briefing) -> tuple[Removed, ...]:
    """The topics and articles the previous build held that are gone from their addresses now: a
    topic whose id is now of another kind has moved."""
    topics = briefing.topic_index
    articles = {a.id for a in briefing.articles}
    removed = []
    for topic_id, (name, url, _) in previous.topics.items():
        now = topics.get(topic_id)
        if now is None or now.site_url != url:
            removed.append(Removed("topic", topic_id, name, url, now.site_url if now else None))
    for article_id in previous.added:
        if article_id not in articles:
            title = previous.titles.get(article_id, article_id)
            removed.append(Removed("article", article_id, title, f"articles/{article_id}/"))
    return tuple(removed)


@dataclass(frozen=True, slots=True)
class Recent:
    """The newest changes the record knows of, each with the moment of the build that saw it,
    newest first: what the home page shows (at most LIMIT of each; the counts are of all)."""

    articles: tuple[tuple[Article, str], ...]
    topics: tuple[tuple[Topic, str], ...]  # new in the codebook
    evidence: tuple[tuple[Topic, int, int, str], ...]  # topic, mentions before, mentions after
    candidates: tuple[tuple[Candidate, str], ...]  # still in the review queue
    removed: tuple[tuple[Removed, str], ...] = ()  # topics and articles gone, with the moment they went
    why: dict[str, str] = field(default_factory=dict)  # topic id -> what brought its newest evidence, in words

    def __bool__(self) -> bool:
        return bool(self.articles or self.topics or self.evidence or self.candidates or self.removed)


def _newest(items: list[tuple[_Item, str]]) -> tuple[tuple[_Item, str], ...]:
    """Newest first; at one moment in the order given (the Briefing's), so the page is stable."""
    return tuple(sorted(items, key=lambda item: item[1], reverse=True))


def recent(seen: Seen, briefing: Briefing) -> Recent:
    """What the home page lists: the articles and candidates that entered after the first
    build, and the record's changes, of what the briefing still holds."""
    topics = briefing.topic_index
    new_topics: dict[str, tuple[Topic, str]] = {}
    evidence: dict[str, tuple[Topic, int, int, str]] = {}
    why: dict[str, str] = {}
    for change in seen.changes:  # newest first: a topic is listed once, at its newest change
        topic = topics.get(change.topic)
        if topic is None:
            continue
        if change.before is None:
            new_topics.setdefault(topic.id, (topic, change.at))
        elif topic.id not in evidence:
            evidence[topic.id] = (topic, change.before, change.now, change.at)
            why[topic.id] = cause_text(change)
    return Recent(
        articles=_newest([(a, moment) for a in briefing.articles if (moment := seen.added.get(a.id))]),
        topics=tuple(new_topics.values()),
        evidence=tuple(evidence.values()),
        candidates=_newest([(c, moment) for c in briefing.candidates if (moment := seen.candidates.get(c.text))]),
        removed=tuple((item, item.at) for item in seen.removed),
        why=why,
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
