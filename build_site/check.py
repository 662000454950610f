"""`briefing check`: every problem in the corpus and codebook, then the candidate topics."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from build_site.accept import summary_to_write
from build_site.candidates import places_left_out
from build_site.dismissals import defined_name, split_dismissed
from build_site.events import DayInFull
from build_site.kinds import topics_file
from build_site.loading import as_check_prints
from build_site.matcher import alias_key
from build_site.model import DEFAULT_KINDS, Article, Candidate, Kind, Topic
from build_site.name_checks import name_concern
from build_site.pipeline import Options, build
from build_site.problems import display_path
from build_site.round_trip import dump_entries, flow, text
from build_site.slugs import slugify
from build_site.wording import first_of, plural

ARTICLES_SHOWN = 5  # article ids listed per candidate; the rest are counted
PLACES_SHOWN = 3  # place names a briefing without a kind for places leaves out, named as examples
NO_KIND = "kind: none fits — choose one"  # a candidate no kind of the briefing fits
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # C0 and C1 control characters: ESC and CSI start a terminal's commands


def check_corpus(
    corpus_dir: Path, top: int | None = None, output: str = "text", kinds: tuple[Kind, ...] = DEFAULT_KINDS
) -> int:
    """Exit 0 when the corpus builds (warnings allowed), 1 with one line per error otherwise.
    `top` keeps the most frequent candidates; `output="yaml"` prints them as codebook entries."""
    run = build(corpus_dir, Options(pages=False, kinds=kinds))  # raises InputError with every error at once
    assembled = run.assemble()
    briefing, warnings = assembled.briefing, assembled.warnings
    candidates = briefing.candidates[:top] if top is not None else briefing.candidates
    for warning in warnings:
        print(as_check_prints(warning, len(candidates)), file=sys.stderr)
    if output == "yaml":
        files = {k.id: topics_file(corpus_dir / "topics", k).name for k in kinds}
        print(candidates_as_yaml(candidates, briefing.topics, files), end="")
        return 0
    print(
        f"{display_path(corpus_dir)}: {plural(len(briefing.articles), 'article')}, "
        f"{plural(len(briefing.topics), 'topic')}, no errors."
    )
    days = run.days_in_full()
    for article in briefing.articles:
        if article.published is None:
            print(undated_line(article, days[article.id]))
        elif article.dated_by_address:
            print(
                f"{display_path(article.path)}: no publication date; {article.published} inferred from the day its "
                "address states; set `published:` in its front matter to confirm or correct it"
            )
    if candidates:
        shown = f"the {len(candidates)} most frequent of " if len(candidates) < len(briefing.candidates) else ""
        print(
            f"{shown}{plural(len(briefing.candidates), 'candidate')} the codebook does not cover, most frequent first:"
        )
        for c in candidates:
            print(
                f"  {c.count:>4}  {_one_line(c.text)}  [{c.suggested_kind or NO_KIND}{', alias of ' + c.alias_of if c.alias_of else ''}]  in {first_of(list(c.articles), ARTICLES_SHOWN)}"
            )
            print(f"        e.g. “{_one_line(c.example.sentence)}” ({c.example.article_id}#{c.example.anchor})")
    places = split_dismissed(places_left_out(briefing, run.sightings()), [c.text for c in briefing.dismissed])[0]
    if places:
        print(
            f"{plural(len(places), 'place name')} left out ({', '.join(_one_line(c.text) for c in places[:PLACES_SHOWN])}…): "
            "no kind of this briefing takes places; declare one (`place`, or a sort such as `lake`, `state`)"
        )
    if briefing.dismissed:  # left out of the list: said, so that none is lost from sight
        print(
            f"{plural(len(briefing.dismissed), 'dismissed name')} not listed (back with `briefing dismiss --undo NAME`)"
        )
    return 0


def undated_line(article: Article, day: DayInFull | None) -> str:
    """What an article with no publication date loses, the latest day its text writes in full (`day`, the date to
    check, `article_analysis.undated_day`), and how to settle it."""
    latest = (
        f"; the latest day it writes in full is {day.day} (#{day.anchor}: “{_one_line(day.sentence)}”)" if day else ""
    )
    return (
        f"{display_path(article.path)}: no publication date: its weekdays and relative dates stay undated and its "
        f"figures are compared with no other source's{latest}; set `published:` in its front matter (or "
        "`briefing add --date`)"
    )


def candidates_as_yaml(candidates: tuple[Candidate, ...], topics: tuple[Topic, ...], files: dict[str, str]) -> str:
    """The candidates as codebook entries to paste into a kind file and edit: one list, each
    entry headed by a comment with its suggested file (`files`: each kind's file name, as the
    briefing names it), count and example sentence. A candidate that looks like another name of
    a topic is a comment holding its `briefing accept` command; one a topic has already, written
    in a way matching passes over (a dateline in capitals), a comment too: pasted as an entry,
    it would be refused as that topic's name."""
    entries: list[CommentedMap] = []
    aliases: list[str] = []
    ids = {t.id for t in topics}
    owners = {alias_key(n): t.id for t in topics for n in t.names}
    for candidate in candidates:
        if alias_key(candidate.text) in owners:
            aliases.append(
                f"# {_one_line(candidate.text)}: already a name of topic '{owners[alias_key(candidate.text)]}'"
            )
            continue
        if candidate.alias_of:
            name = _one_line(candidate.text).replace('"', '\\"')
            aliases.append(f'# briefing accept "{name}" --alias-of {candidate.alias_of}')
            continue
        name, short = defined_name(candidate.text)  # as `briefing accept` takes it: "Name (ACR)" apart
        topic_id = base = slugify(name)
        number = 2
        while topic_id in ids:
            topic_id, number = f"{base}-{number}", number + 1
        ids.add(topic_id)
        entry = CommentedMap(id=topic_id, name=text(name))
        if short is not None:
            entry["aliases"] = flow([short])
        entry["summary"] = text(summary_to_write(name))
        marked = [n for n in (name, short) if n is not None and name_concern(n)]
        if marked:
            entry["deliberate"] = flow(marked)
        sentence = _one_line(candidate.example.sentence)
        kind = candidate.suggested_kind
        where = f"for {files[kind]}" if kind else NO_KIND
        entry.yaml_set_start_comment(
            f"{where}: {plural(candidate.count, 'mention')} in "
            f"{plural(len(candidate.articles), 'article')}, e.g. “{sentence}” ({candidate.example.article_id})"
        )
        entries.append(entry)
    output = dump_entries(entries) if entries else ""
    if aliases:
        output += "# Other names of existing topics:\n" + "\n".join(aliases) + "\n"
    return output


def _one_line(text: str) -> str:
    """Article text as the check prints it: on one line (in a YAML comment, a line break would end the comment and
    start YAML) and with no control character (an escape sequence, `\\033]0;…\\007`, would drive the terminal)."""
    return " ".join(CONTROL.sub(" ", text).split())
