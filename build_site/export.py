"""Briefing -> briefing.json, the whole model as data for other tools."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from build_site.model import Block, Briefing, Evidence, Mention, block_at

# An article's mentions as briefing.json lists them under each topic, already encoded: (topic
# id, its mentions in the article, comma-separated), topics in the order the article names them.
EncodedMentions = tuple[tuple[str, str], ...]


def _evidence(ev: Evidence) -> dict[str, str]:
    return {"article": ev.article_id, "anchor": ev.anchor, "sentence": ev.sentence}


def article_mentions(blocks: Sequence[Block], mentions: Sequence[Mention]) -> EncodedMentions:
    """One article's mentions, encoded as briefing.json lists them under each topic. They draw
    on nothing but the article, so the build's workers make them with its page (and cache them
    with it), and writing briefing.json only joins them."""
    by_topic: dict[str, list[dict[str, str]]] = defaultdict(list)
    for m in mentions:
        sentence = block_at(blocks, m.anchor).sentences[m.sentence_index].text
        by_topic[m.topic_id].append(
            {"article": m.article_id, "anchor": m.anchor, "sentence": sentence, "text": m.surface}
        )
    return tuple((topic_id, _json(records)[1:-1]) for topic_id, records in by_topic.items())


def _topics(briefing: Briefing, mentions: Sequence[EncodedMentions]) -> Iterator[str]:
    """Each topic's record, encoded, its mentions joined from every article's, in corpus order."""
    by_topic: dict[str, list[str]] = defaultdict(list)
    for article in mentions:
        for topic_id, encoded in article:
            by_topic[topic_id].append(encoded)
    for t in briefing.topics:
        head = _json(
            {
                "id": t.id,
                "kind": t.kind,
                "name": t.name,
                "aliases": list(t.aliases),
                "summary": t.summary,
                "url": t.site_url,
                "attributes": dict(t.attributes),
                "articles": list(briefing.articles_of(t.id)),
            }
        )
        yield f'{head[:-1]},"mentions":[{",".join(by_topic.get(t.id, ()))}]}}'


def _sections(briefing: Briefing) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
    """Each top-level key of briefing.json but the topics with its records, made one at a time."""
    yield (
        "kinds",
        (
            {"id": k.id, "singular": k.singular, "plural": k.plural, "file": k.file_name, "url": k.site_url}
            for k in briefing.kinds
        ),
    )
    yield (
        "articles",
        (
            {
                "id": a.id,
                "title": a.title,
                "url": a.site_url,
                "source_url": a.url,
                "publisher": a.publisher,
                "author": a.author,
                "published": a.published.isoformat() if a.published else None,
                "published_inferred": a.dated_by_address,  # the day its address states: no date was given
                "type": a.type,
                "topics": list(briefing.topics_of(a.id)),
            }
            for a in briefing.articles
        ),
    )
    yield (
        "relations",
        (
            {"source": r.source, "target": r.target, "weight": r.weight, "evidence": [_evidence(e) for e in r.evidence]}
            for r in briefing.relations
        ),
    )
    yield (
        "facts",
        (
            {
                "text": f.text,
                "kind": f.kind,
                "value": f.value,
                "year": f.year,
                "article": f.evidence.article_id,
                "anchor": f.evidence.anchor,
                "sentence": f.evidence.sentence,
                "topics": list(f.topics),
                "topics_from": f.topics_from,
            }
            for f in briefing.facts
        ),
    )
    yield (
        "statements",
        (
            {
                "speaker": s.speaker,
                "speaker_text": s.speaker_text,
                "kind": s.kind,
                "text": s.text,
                **_evidence(s.evidence),
            }
            for s in briefing.statements
        ),
    )
    yield (
        "events",
        (
            {
                "date": e.date,
                "inferred": e.inferred,
                "written": e.written,
                "topics": list(e.topics),
                **_evidence(e.evidence),
            }
            for e in briefing.events
        ),
    )
    yield (
        "disagreements",
        (
            {
                "kind": d.kind,
                "about": d.about,
                "topics": list(d.topics),
                "values": list(d.values),
                "written": list(d.written),
                "evidence": [_evidence(e) for e in d.evidence],
            }
            for d in briefing.disagreements
        ),
    )
    yield (
        "candidates",
        (
            {
                "text": c.text,
                "suggested_kind": c.suggested_kind,
                "count": c.count,
                "articles": list(c.articles),
                "example": _evidence(c.example),
            }
            for c in briefing.candidates
        ),
    )


def briefing_json_parts(briefing: Briefing, mentions: Sequence[EncodedMentions] | None = None) -> Iterator[str]:
    """briefing.json in parts, a record at a time: for a large corpus the whole file, and its
    data as Python dicts even more so, is too big to hold at once (benchmarks/RESULTS.md).
    `mentions`: every article's, in corpus order, as the build's workers made them; else
    made here.

    Deterministic (same corpus, same bytes) and compact: json's C encoder only serves unindented
    output, and indenting made the file slower to write and larger (`jq .` shows it indented).
    `<` is escaped, so the file is inert if inlined.
    """
    if mentions is None:
        mentions = [
            article_mentions(briefing.blocks[a.id], briefing.mentions_by_article[a.id]) for a in briefing.articles
        ]
    sections: list[tuple[str, Iterator[str]]] = [(name, map(_json, records)) for name, records in _sections(briefing)]
    sections.insert(2, ("topics", _topics(briefing, mentions)))  # after the kinds and the articles
    yield "{"
    for number, (name, records) in enumerate(sections):
        yield f"{',' if number else ''}{_json(name)}:["
        for index, record in enumerate(records):
            yield ("," if index else "") + record
        yield "]"
    yield "}\n"


def briefing_json(briefing: Briefing) -> str:
    return "".join(briefing_json_parts(briefing))


def write_briefing_json(briefing: Briefing, path: Path, mentions: Sequence[EncodedMentions] | None = None) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.writelines(briefing_json_parts(briefing, mentions))


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
