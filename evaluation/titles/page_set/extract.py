"""Write `features.tsv`: the page-kind features of every labelled page of `pages.tsv`, and the rules' answer.

Each page is read from its repository at the commit `pages.tsv` names (the project's own rounds from
this checkout) and goes through the importer's parser as `briefing add` runs it. A page the parser
refuses before the kind is weighed (no text, a login wall, mostly links) is kept with the answer
"refused" and no features: the rules and the model refuse it alike. Copies (the same title and text
found, as where a round took a library's test page) are kept once, the first listed. `rules` is
the answer of the hand-written rules alone (`importer_listing`, `importer_page_kind`): refuse,
warn or import. Usage: python evaluation/titles/page_set/extract.py REPOS [--limit N], REPOS a
folder holding a clone (or bare git directory) of each repository named `owner+name`.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import subprocess
import sys
from pathlib import Path

import lxml.html

from build_site.importer import decode_text
from build_site.importer_html import _visible_words, parse_html, site_names
from build_site.importer_listing import page_listing_reason
from build_site.importer_model import SourceError
from build_site.importer_page_features import FEATURES, page_features
from build_site.importer_page_kind import page_kind_doubt, states_its_date

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[2]


def page_bytes(row: dict[str, str], repos: Path) -> bytes:
    """The saved page's bytes, from this checkout or from its repository at the listed commit."""
    if row["repository"] == "this project":
        raw = (PROJECT / row["path"]).read_bytes()
    else:
        where = repos / row["repository"].replace("/", "+")
        raw = subprocess.run(
            ["git", "-C", str(where), "show", f"{row['commit']}:{row['path']}"], capture_output=True, check=True
        ).stdout
    return gzip.decompress(raw) if row["path"].endswith(".gz") else raw


def measure(raw: bytes) -> tuple[str, str, dict[str, float]]:
    """The rules' answer, a fingerprint of the text found, and the features (empty when refused early)."""
    text = decode_text(raw, "html")
    try:
        draft = parse_html(text)
    except SourceError as exc:
        return "refused", hashlib.sha1(str(exc).encode() + raw).hexdigest(), {}
    tree = lxml.html.document_fromstring(text)
    visible = _visible_words(tree)
    names = site_names(draft.meta.get("publisher"), draft.meta.get("url"))
    stated = states_its_date(draft.meta.get("published"), tree, visible)
    rules = "refuse" if page_listing_reason(tree, draft.pieces, draft.meta.get("title", "")) else "import"
    if rules == "import" and (kind := page_kind_doubt(tree, draft.meta, draft.pieces, visible, names, stated)):
        rules = "refuse" if kind.refuse else "warn"
    found = draft.meta.get("title", "") + "\n" + "\n".join(piece.text for piece in draft.pieces)
    return rules, hashlib.sha1(found.encode()).hexdigest(), page_features(tree, draft.meta, draft.pieces, visible, names, stated)


def main() -> None:
    """Read every page, write features.tsv beside pages.tsv."""
    parser = argparse.ArgumentParser()
    parser.add_argument("repos", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    arguments = parser.parse_args()
    rows = list(csv.DictReader((HERE / "pages.tsv").open(encoding="utf-8"), delimiter="\t"))
    rows = rows[: arguments.limit] if arguments.limit else rows
    seen: set[str] = set()
    with (HERE / "features.tsv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["path", "collection", "kind", "rules", *FEATURES])
        for number, row in enumerate(rows, 1):
            rules, fingerprint, features = measure(page_bytes(row, arguments.repos))
            if fingerprint in seen:
                continue
            seen.add(fingerprint)
            values = [f"{features[name]:.4f}" if features else "" for name in FEATURES]
            writer.writerow([row["path"], row["collection"], row["kind"], rules, *values])
            print(f"{number}/{len(rows)} {row['path'][:60]} {row['kind']} {rules}", file=sys.stderr)


if __name__ == "__main__":
    main()
