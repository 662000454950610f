"""What changed since the previous build: each build records what it saw, the next compares;
and, in the browser, what is new since the reader's last visit (templates/visits.js).

The record (`last-build.json`, next to the analysis cache) holds article ids, each topic's
count of mentions and the candidate names. A record that cannot be read is ignored with a
note: it only ever costs the "new since the previous build" section, never the build.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import jinja2

from build_site.model import Article, Briefing, Candidate, Topic

RECORD = "last-build.json"
LIMIT = 20  # entries per list on the home page: it stays small however much changed
_FORMAT = 1
VISITS_SCRIPT = "assets/briefing/visits.js"  # in the browser: what is new since the reader's last visit


@dataclass(frozen=True, slots=True)
class Seen:
    articles: frozenset[str]
    evidence: dict[str, int]  # topic id -> mentions
    candidates: frozenset[str]


@dataclass(frozen=True, slots=True)
class Changes:
    articles: tuple[Article, ...]
    evidence: tuple[tuple[Topic, int, int], ...]  # topic, mentions before, mentions now
    candidates: tuple[Candidate, ...]

    def __bool__(self) -> bool:
        return bool(self.articles or self.evidence or self.candidates)


def seen_in(briefing: Briefing) -> Seen:
    return Seen(
        articles=frozenset(a.id for a in briefing.articles),
        evidence={t.id: len(briefing.mentions_by_topic.get(t.id, ())) for t in briefing.topics},
        candidates=frozenset(c.text for c in briefing.candidates),
    )


def read_record(path: Path) -> Seen | None:
    """The previous build's record; None when there is none. Raises ValueError when it is damaged."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != _FORMAT:
            raise ValueError("unknown format")
        articles, evidence, candidates = data["articles"], data["evidence"], data["candidates"]
        if not (
            all(isinstance(a, str) for a in articles)
            and all(isinstance(k, str) and isinstance(v, int) for k, v in evidence.items())
            and all(isinstance(c, str) for c in candidates)
        ):
            raise ValueError("unexpected values")
        return Seen(frozenset(articles), dict(evidence), frozenset(candidates))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(str(exc) or type(exc).__name__) from None


def write_record(path: Path, seen: Seen) -> None:
    """Write the record whole or not at all (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "format": _FORMAT,
        "articles": sorted(seen.articles),
        "evidence": dict(sorted(seen.evidence.items())),
        "candidates": sorted(seen.candidates),
    }
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    temporary.replace(path)


def changes_since(previous: Seen, briefing: Briefing) -> Changes:
    now = seen_in(briefing)
    return Changes(
        articles=tuple(a for a in briefing.articles if a.id not in previous.articles),
        evidence=tuple(
            (topic, previous.evidence.get(topic.id, 0), now.evidence[topic.id])
            for topic in briefing.topics
            if now.evidence[topic.id] > previous.evidence.get(topic.id, 0)
        ),
        candidates=tuple(c for c in briefing.candidates if c.text not in previous.candidates),
    )


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    """Loaded when first needed, as pages.py loads its own: importing this module reads no file."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("build_site", "templates"), autoescape=True, undefined=jinja2.StrictUndefined
    )
    return env.get_template("whats_new.html.j2")


def whats_new_html(changes: Changes) -> str:
    """The home page's section (its links relative to the home page)."""
    return _template().render(changes=changes, limit=LIMIT)


def visits_script() -> str:
    """The script that remembers the reader's visits (in the browser only) and marks what is new."""
    return files("build_site.templates").joinpath("visits.js").read_text(encoding="utf-8")
