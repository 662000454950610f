"""Run the statement, event and disagreement extractors on one split of the texts and
write what they found to found/<split>/ as TSV, one item a line, ready to be judged."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from pathlib import Path

import yaml

from build_site.corpus import article_date
from build_site.disagreements import EventRecord, FigureRecord, Source, compared, find_disagreements
from build_site.events import extract_events
from build_site.facts import find_figures
from build_site.model import Article
from build_site.statements import Actor, Paragraph, extract_statements
from build_site.text import parse_blocks

HERE = Path(__file__).parent
SPLITS = {
    "dev": ("mx01", "mx04", "mx08", "rs02", "rs06", "rs08"),
    "held-out": ("mx02", "mx03", "mx05", "mx06", "mx07", "mx09", "mx10",
                 "rs01", "rs03", "rs04", "rs05", "rs07", "rs09", "rs10"),
    "held-out-2": ("mx11", "mx12", "mx13", "mx14", "mx15", "rs11", "rs12", "rs13", "rs14"),
    "held-out-3": ("mx16", "mx17", "mx18", "mx19", "mx20", "mx21", "rs15", "rs16", "rs17", "rs18", "rs19", "rs20"),
    "held-out-4": ("mx22", "mx23", "mx24", "mx25", "mx26", "mx27", "mx28",
                   "rs21", "rs22", "rs23", "rs24", "rs25", "rs26"),
    "held-out-5": ("mx29", "mx30", "mx31", "mx32", "mx33", "rs27", "rs28", "rs29", "rs30", "rs31"),
    "held-out-6": ("mx34", "mx35", "mx36", "mx37", "mx38", "rs32", "rs33", "rs34", "rs35", "rs36", "rs37"),
    "held-out-7": ("sh01", "sh02", "sh03", "sh04", "sh05", "sh06", "nc01", "nc02", "nc03"),
    "held-out-8": ("ht01", "ht02", "ht03", "ht04", "ht05", "ht06", "sd01", "sd02", "sd03"),
    "held-out-9": ("ar01", "ar02", "ar03", "ar04", "ar05", "ar06", "ar07", "ar08", "ar09", "ar10"),
    "held-out-10": ("sc01", "sc02", "sc03", "sc04", "sc05", "sc06", "sc07", "sc08", "sc09"),
    "held-out-11": ("bg01", "bg02", "bg03", "bg04", "bg05", "bg06", "bg07", "bg08"),
    "held-out-12": ("gz01", "gz02", "gz03", "gz04", "gz05", "gz06", "gz07", "gz08", "gz09", "gz10"),
    "held-out-13": ("mp01", "mp02", "mp03", "mp04", "mp05", "mp06", "mp07", "mp08", "mp09"),
    "held-out-14": ("dn01", "dn02", "dn03", "fr01", "fr02", "np01", "np02", "np03", "cs01", "cs02", "nz01", "nz02"),
    "held-out-15": ("ma01", "ma02", "hk01", "hk02", "hk03", "kb01", "kb02"),
    "held-out-16": ("od01", "od02", "od03", "od04", "od05", "ep01", "ep02", "ep03", "ep04", "ep05"),
}
for dev in ("held-out-13", "held-out-16"):
    SPLITS[f"{dev}-round18"] = SPLITS[dev]  # dev in round eighteen (statements), re-run with its rules
for dev in ("held-out-8", "held-out-10", "held-out-13", "held-out-14"):
    SPLITS[f"{dev}-round17"] = SPLITS[dev]  # dev in round seventeen (statements), re-run with its rules
SPLITS["held-out-16-after"] = SPLITS["held-out-16"]  # the same texts, run with round seventeen's rules
SPLITS["held-out-16-round18"] = SPLITS["held-out-16"]  # dev in round eighteen, re-run with its rules (disagreements)
SPLITS["held-out-10-main17"] = SPLITS["held-out-10"]  # main's output before round seventeen, judged again
SPLITS["held-out-15-after"] = SPLITS["held-out-15"]  # the same texts, run with round fifteen's rules
SPLITS["held-out-15-round17"] = SPLITS["held-out-15"]  # dev in round seventeen, re-run with its rules (disagreements)
SPLITS["held-out-14-round15"] = SPLITS["held-out-14"]  # dev in round fifteen, re-run with its rules (disagreements)
for dev in ("held-out-3", "held-out-6", "held-out-7", "held-out-8", "held-out-13"):
    SPLITS[f"{dev}-round15"] = SPLITS[dev]  # dev in round fifteen (speakers), re-run: the statements judged
SPLITS["held-out-14-after"] = SPLITS["held-out-14"]  # the same texts, run with round fourteen's rules
SPLITS["held-out-14-fixed"] = SPLITS["held-out-14"]  # after one rule written from judging it (seen, not held out)
for dev in ("held-out-12", "held-out-6", "held-out-4"):
    SPLITS[f"{dev}-round14"] = SPLITS[dev]  # dev in round fourteen, re-run with its rules (disagreements judged)
SPLITS["held-out-13-after"] = SPLITS["held-out-13"]  # the same texts, run with round thirteen's rules
SPLITS["held-out-12-round13"] = SPLITS["held-out-12"]  # dev in round thirteen, re-run with its rules
SPLITS["held-out-13-fixed"] = SPLITS["held-out-13"]  # after fixing what judging it showed (seen, not held out)
SPLITS["held-out-12-after"] = SPLITS["held-out-12"]  # the same texts, run with round twelve's rules
SPLITS["held-out-11-round12"] = SPLITS["held-out-11"]  # dev in round twelve, re-run with its rules
SPLITS["held-out-10-round12"] = SPLITS["held-out-10"]  # dev in round twelve, re-run with its rules
SPLITS["held-out-11-after"] = SPLITS["held-out-11"]  # the same texts, run with round eleven's rules
SPLITS["held-out-10-round11"] = SPLITS["held-out-10"]  # dev in round eleven, re-run with its rules
SPLITS["held-out-10-after"] = SPLITS["held-out-10"]  # the same texts, run with round ten's rules
SPLITS["held-out-9-round10"] = SPLITS["held-out-9"]  # dev in round ten, re-run with its rules
SPLITS["held-out-9-after"] = SPLITS["held-out-9"]  # the same texts, run with round nine's rules
SPLITS["held-out-8-round9"] = SPLITS["held-out-8"]  # dev in round nine, re-run with its rules
SPLITS["held-out-8-after"] = SPLITS["held-out-8"]  # the same texts, run with round eight's rules
SPLITS["held-out-7-round8"] = SPLITS["held-out-7"]  # dev in round eight, re-run with its rules
SPLITS["held-out-6-round8"] = SPLITS["held-out-6"]  # dev in round eight, re-run with its rules
SPLITS["held-out-7-after"] = SPLITS["held-out-7"]  # the same texts, run with round seven's rules
SPLITS["held-out-7-fixed"] = SPLITS["held-out-7"]  # and after fixing what judging it showed (seen, not held out)
SPLITS["held-out-6-round7"] = SPLITS["held-out-6"]  # dev in round seven, re-run with its rules
SPLITS["held-out-6-after"] = SPLITS["held-out-6"]  # the same texts, run with round six's rules
SPLITS["held-out-5-round6"] = SPLITS["held-out-5"]  # dev in round six, re-run with its rules
SUBJECTS = {"mx": "us-mexico", "rs": "red-sea", "sh": "sahel", "nc": "sahel", "ht": "haiti", "sd": "sudan", "ar": "arctic", "sc": "south-china-sea", "bg": "black-sea-grain", "gz": "gaza-ceasefire", "mp": "mpox",
            "dn": "sources-differ", "fr": "sources-differ", "np": "sources-differ", "cs": "sources-differ",
            "nz": "sources-differ", "ma": "sources-differ-15", "hk": "sources-differ-15", "kb": "sources-differ-15",
            "od": "odisha-train-crash", "ep": "east-palestine"}
SPLITS["held-out-17"] = ("mw01", "mw02", "mw03", "mw04", "mw05", "kd01", "kd02", "kd03", "kd04")  # round eighteen
SPLITS |= {f"{d}-round19": SPLITS[d] for d in ("held-out-8", "held-out-11", "held-out-13", "held-out-14", "held-out-17")}
SUBJECTS |= {"mw": "maui-wildfires", "kd": "kakhovka-dam"}  # held-out-17's two subjects
SPLITS["held-out-17-after"] = SPLITS["held-out-17"]  # the same texts, run with round eighteen's rules
SPLITS["held-out-18"] = tuple(f"hj0{n}" for n in range(1, 8)) + tuple(f"cc0{n}" for n in range(1, 5))  # round nineteen
SUBJECTS |= {"hj": "hajj-heat", "cc": "crocus-attack"}  # held-out-18's two subjects
SPLITS["held-out-17-round19d"] = SPLITS["held-out-17"]  # dev in round nineteen, re-run with its rules (disagreements, events)
SPLITS["held-out-18-after"] = SPLITS["held-out-18"]  # the same texts, run with round nineteen's rules
SPLITS["held-out-18-round19b"] = SPLITS["held-out-18"]  # dev in round nineteen (b): its false pairs' rules
SPLITS["held-out-19"] = tuple(f"{s}0{n}" for s in ("pg", "nk") for n in range(1, 6))  # round twenty
SUBJECTS |= {"pg": "prigozhin-crash", "nk": "karabakh-offensive"}  # held-out-19's two subjects
SPLITS |= {f"{d}-round20": SPLITS[d] for d in ("held-out-7", "held-out-16", "held-out-18")}  # dev in round twenty
SPLITS |= {f"{d}-carp": SPLITS[d] for d in ("held-out-8", "held-out-13")}  # the carp trial's rules: events changed
SPLITS["held-out-20"] = (*(f"kj0{n}" for n in range(1, 6)), *(f"it0{n}" for n in range(1, 5)))  # round twenty-one
SUBJECTS |= {"kj": "kanjuruhan-stampede", "it": "itaewon-crush"}  # held-out-20's two subjects
SPLITS["held-out-19-after"] = SPLITS["held-out-19"]  # the same texts, run with round twenty's rules
SPLITS |= {f"{d}-round21": SPLITS[d] for d in ("held-out-19", "held-out-13")}  # dev in round twenty-one
SPLITS |= {f"{d}-round22": SPLITS[d] for d in ("held-out-14", "held-out-19", "held-out-20")}  # dev in round 22
SPLITS["held-out-20-after"] = SPLITS["held-out-20"]  # the same texts, run with round twenty-one's rules
SPLITS["held-out-21"] = (*(f"tn0{n}" for n in range(1, 7)), *(f"dc0{n}" for n in range(1, 5)))  # round twenty-two
SUBJECTS |= {"tn": "titan-submersible", "dc": "dca-midair-collision"}  # held-out-21's two subjects
SPLITS["held-out-21-after"] = SPLITS["held-out-21"]  # the same texts, run with round twenty-two's rules
SPLITS["held-out-21-labels"] = SPLITS["held-out-21"]  # dev in round twenty-two (transcript labels), re-run
SPLITS["held-out-22"] = tuple(f"{s}0{n}" for s in ("hm", "cw") for n in range(1, 6))  # round twenty-three
SUBJECTS |= {"hm": "hurricane-maria-toll", "cw": "crowdstrike-outage"}  # held-out-22's two subjects
SPLITS |= {f"{d}-round23": SPLITS[d] for d in ("held-out-10", "held-out-11", "held-out-21")}  # dev in round 23
SPLITS["held-out-22-after"] = SPLITS["held-out-22"]  # the same texts, run with round twenty-three's rules
SPLITS["held-out-23"] = tuple(f"{s}0{n}" for s in ("tq", "ak") for n in range(1, 6))  # round twenty-four
SUBJECTS |= {"tq": "turkey-syria-earthquakes", "ak": "alaska-1282-door-plug"}  # held-out-23's two subjects
SPLITS |= {f"{d}-{r}": SPLITS[d] for d in ("held-out-22", "held-out-23") for r in ("main25", "said25")}  # dev in 25
SPLITS["held-out-23-after"] = SPLITS["held-out-23"]  # the same texts, run with round twenty-four's rules
SPLITS["held-out-24"] = tuple(f"{s}0{n}" for s in ("sf", "uv") for n in range(1, 6))  # round twenty-five
SUBJECTS |= {"sf": "surfside-collapse", "uv": "uvalde-police-response"}  # held-out-24's two subjects
SPLITS["held-out-23-round25"] = SPLITS["held-out-23"]  # dev in round twenty-five: undated texts (events)
SPLITS["held-out-24-after"] = SPLITS["held-out-24"]  # the same texts, run with round twenty-five's rules
SPLITS["held-out-25"] = tuple(f"{s}0{n}" for s in ("aw", "cf") for n in range(1, 6))  # round twenty-six
SUBJECTS |= {"aw": "astroworld-crowd-crush", "cf": "camp-fire-paradise"}  # held-out-25's two subjects
SPLITS["held-out-24-said26"] = SPLITS["held-out-24"]  # dev in round twenty-six: statements, with its rules
SPLITS |= {f"{d}-round26": SPLITS[d] for d in ("held-out-23", "held-out-24")}  # dev in 26: events, disagreements
SPLITS["held-out-25-after"] = SPLITS["held-out-25"]  # the same texts, run with round twenty-six's rules
SPLITS |= {f"{d}-pronoun26": SPLITS[d] for d in ("held-out-22", "held-out-24", "held-out-25")}  # dev in 26
SPLITS["held-out-26"] = (*(f"kt0{n}" for n in range(1, 7)), *(f"gf0{n}" for n in range(1, 5)))  # round 27
SUBJECTS |= {"kt": "hurricane-katrina", "gf": "grenfell-tower-fire"}  # held-out-26's two subjects
SPLITS["held-out-26-after"] = SPLITS["held-out-26"]  # the same texts, run with round twenty-seven's rules
SPLITS["held-out-27"] = tuple(f"{s}0{n}" for s in ("rp", "cb") for n in range(1, 6))  # round 28
SUBJECTS |= {"rp": "rana-plaza-collapse", "cb": "chernobyl-disaster"}  # held-out-27's two subjects

SPLITS["held-out-26-round28"] = SPLITS["held-out-26"]  # dev in round twenty-eight, re-run with its rules
SPLITS["held-out-27-after"] = SPLITS["held-out-27"]  # the same texts, run with round twenty-eight's rules


def load_text(path: Path) -> tuple[Article, str | None]:
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    meta = yaml.safe_load(front)
    stated = meta.get("published")
    published, by_address = article_date(stated if isinstance(stated, dt.date) else None, meta.get("url"))
    return Article(id=path.stem, path=path, title=meta["title"], body=body,
                   publisher=meta.get("publisher"), published=published,
                   dated_by_address=by_address), meta.get("publisher")


def load_actors(subject: str) -> tuple[Actor, ...]:
    entries = yaml.safe_load((HERE / "codebooks" / f"{subject}.yml").read_text(encoding="utf-8"))
    return tuple(Actor(e["id"], (e["name"], *e.get("aliases", [])), e.get("type", "person"), e.get("role", ""))
                 for e in entries)


def names_in(text: str, actors: tuple[Actor, ...]) -> tuple[str, ...]:
    return tuple(a.id for a in actors if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in a.names))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("split", choices=sorted(SPLITS))
    parser.add_argument("--out", type=Path, help="folder to write to instead of found/<split>")
    arguments = parser.parse_args()
    split = arguments.split
    out = arguments.out or HERE / "found" / split
    out.mkdir(parents=True, exist_ok=True)
    statements: list[list[str]] = []
    events: list[list[str]] = []
    figures: list[FigureRecord] = []
    event_records: list[EventRecord] = []
    sentences: list[tuple[Source, tuple[str, ...]]] = []
    for prefix in SPLITS[split]:
        path = next((HERE / "texts").glob(f"{prefix}-*.md"))
        article, publisher = load_text(path)
        actors = load_actors(SUBJECTS[prefix[:2]])
        paragraphs = [Paragraph(b.anchor, tuple(s.text for s in b.sentences))
                      for b in parse_blocks(article) if b.kind != "heading"]
        for n, s in enumerate(extract_statements(paragraphs, actors)):
            statements.append([f"{prefix}#{s.anchor}.{s.sentence}.{n}", s.kind, s.speaker or "",
                               s.speaker_text or "", s.text])
        for n, e in enumerate(extract_events(paragraphs, article.published)):
            events.append([f"{prefix}#{e.anchor}.{e.sentence_index}.{n}", e.date, str(e.inferred), e.written,
                           e.sentence])
        for p in paragraphs:
            for sentence in p.sentences:
                topics = names_in(sentence, actors) or names_in(" ".join(p.sentences), actors)
                source = Source(article.id, publisher, p.anchor, sentence, article.published)
                sentences.append((source, topics))
                figures.extend(FigureRecord(f.value, f.kind, f.text, f.year, topics, source, start=f.start)
                               for f in find_figures(sentence)
                               if f.value is not None and compared(f.kind, f.text, sentence, f.start))
        event_records.extend(EventRecord(e.date, names_in(e.sentence, actors), Source(article.id, publisher,
                             e.anchor, e.sentence, article.published)) for e in extract_events(paragraphs, article.published))
    disagreements = [[f"d{n}", d.kind, d.about, " | ".join(d.values),
                      " | ".join(f"{s.article_id}#{s.anchor}: {s.sentence}" for s in d.evidence)]
                     for n, d in enumerate(find_disagreements(figures, event_records, sentences))]
    for name, rows in (("statements", statements), ("events", events), ("disagreements", disagreements)):
        with (out / f"{name}.tsv").open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, delimiter="\t", lineterminator="\n").writerows(rows)
        print(f"{name}: {len(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
