"""Run `briefing add` on each text of a folder, plain and with `--title "Given"`, and print
what a judge needs: the title taken (or ASK), what was dropped, and any body line lost.

A body line is lost when a non-empty input line is neither in the written article, nor the
title, nor in the list `add` printed as dropped. Usage: python measure.py TEXTS_DIR
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from pathlib import Path

import frontmatter

from build_site.cli import main


def run(text_file: Path, *flags: str) -> tuple[str, str, frontmatter.Post | None]:
    """`briefing add` on one text into an empty corpus: output, errors, article (None if refused)."""
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["add", str(text_file), *flags, "--corpus", str(corpus)])
        files = sorted((corpus / "articles").glob("*.md")) if code == 0 else []
        return out.getvalue(), err.getvalue(), frontmatter.load(files[0]) if files else None


def lost_lines(text: str, out: str, post: frontmatter.Post) -> list[str]:
    """Input lines found neither in the article, its title, nor the printed drops."""
    flat = post.content.replace("\\", "")
    lost = []
    for line in (raw.strip() for raw in text.splitlines()):
        probe = line[:40]
        if line and probe not in flat and probe not in out and line != post.get("title"):
            lost.append(line)
    return lost


def report(folder: Path) -> None:
    """One line per text and run, then what was dropped and the first paragraphs of the body."""
    for text_file in sorted(folder.glob("*.txt")):
        text = text_file.read_text(encoding="utf-8")
        for flags in ((), ("--title", "Given")):
            out, err, post = run(text_file, *flags)
            label = "title" if flags else "plain"
            if post is None:
                print(f"{text_file.name}\t{label}\tASK\t{err.strip()[:100]}")
                continue
            meta = {key: post.get(key) for key in ("published", "author") if post.get(key)}
            print(f"{text_file.name}\t{label}\t{post['title']}\t{meta}\tlost={lost_lines(text, out, post)}")
            for line in out.splitlines():
                if line.startswith("  - "):
                    print(f"\t\tdropped {line[4:][:110]}")
            if not flags:
                print("\t\tBODY " + " | ".join(p[:50] for p in post.content.split("\n\n")[:8]))


if __name__ == "__main__":
    report(Path(sys.argv[1]))
