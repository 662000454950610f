"""The home page's size with "new since the previous build" at its fullest: a synthetic briefing
(synth.py) built once, then articles and topics added and built again; prints the bytes of
the home page (and of its what's-new section), the feed and the record, as JSON.

    .venv/bin/python benchmarks/whats_new_size.py --articles 2000 --added 100 --topics 30
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.synth import make_corpus_project, synthetic_articles

WORK = Path(__file__).resolve().parent / "work" / "whats-new"
SECTION = re.compile(rb'<section class="whats-new".*?</section>', re.S)


def _build(project: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "build_site", "build", "-q"], cwd=project, check=True, timeout=7200)
    return time.perf_counter() - started


def _add(project: Path, articles: int, topics: int) -> None:
    """`articles` more synthetic articles (another seed) and `topics` more threats, each named
    by a word of the articles, so every list of what's new is longer than the page shows."""
    folder = project / "corpus" / "articles"
    for name, text in synthetic_articles(articles, seed=7):
        (folder / f"added-{name}").write_text(text, encoding="utf-8")
    threats = project / "corpus" / "topics" / "threats.yml"
    entries = yaml.safe_load(threats.read_text(encoding="utf-8"))
    codebook = " ".join(f.read_text(encoding="utf-8").lower() for f in threats.parent.glob("*.yml"))
    words = sorted({w for _, text in synthetic_articles(20, seed=7) for w in re.findall(r"\b[a-z]{9,}\b", text)})
    words = [w for w in words if w not in codebook]  # an alias may name one topic only
    for word in words[:topics]:
        entries.append({"id": f"added-{word}", "name": f"Added {word}", "aliases": [word], "summary": "Added."})
    threats.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--added", type=int, default=100)
    parser.add_argument("--topics", type=int, default=30)
    args = parser.parse_args()
    project = make_corpus_project(WORK / f"{args.articles}", args.articles)
    config = project / "mkdocs.yml"  # the default search, Pagefind, whose box is in every page's header
    config.write_text(re.sub(r"\n      search: material[^\n]*", "", config.read_text(encoding="utf-8")), encoding="utf-8")
    first = _build(project)
    _add(project, args.added, args.topics)
    second = _build(project)
    home = (project / "site" / "index.html").read_bytes()
    section = SECTION.search(home)
    result = {
        "articles": args.articles, "added": args.added, "topics_added": args.topics,
        "first_build_s": round(first, 1), "rebuild_s": round(second, 1),
        "home_bytes": len(home), "home_gzip_bytes": len(gzip.compress(home)),
        "whats_new_bytes": len(section.group(0)) if section else 0,
        "feed_bytes": (project / "site" / "feed.xml").stat().st_size,
        "record_bytes": (project / ".cache" / "briefing" / "last-build.json").stat().st_size,
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
