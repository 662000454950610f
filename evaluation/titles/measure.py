"""Score `briefing add`'s titles on a folder of pasted texts against its `expected.tsv`.

Each text is added alone into an empty scratch corpus, plain and with `--title "Given"`. The
plain run is judged: right (the expected or an acceptable title taken, or rightly asked),
asked (a title was there but `add` asked for `--title`), wrong (another line taken as the
title). A body line is lost when a non-empty input line is neither in the written article,
nor its title, nor in the list `add` printed as dropped; both runs are checked. Where
`expected.tsv` also gives `author`, `date` and `clutter_to_drop` (round 8 on), the article's author
and date are judged (on the `--title` run when the plain one asked) and each clutter line still in
the body is counted as kept. Where it gives `kind` (round 12 on), a page that is no article is
counted as refused, imported with the warning that it may be none, or imported silently; an article
refused is a needless refusal; a text with no date expected and imported is checked for the warning
naming `--date`.
A saved page (`.html`, round 9 on) is judged the same way but for lost lines, which are counted on
pasted text only (a page's lines are its markup, a PDF's are set by its layout). A passage `add`
lists as "end of article" is not lost by that count (it is printed), yet it is gone from the
corpus: each such passage that `expected.tsv` does not list as clutter is counted apart, as cut,
in every run and for every kind of input. Usage: python measure.py FOLDER (holding texts/ and
expected.tsv)
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import frontmatter

from build_site.cli import main
from build_site.importer_title import DATE_LABEL

CLUTTER_NOTE = re.compile(r"\s*\((?:twice|with its date label)\)")  # expected.tsv's notes on a clutter line
BLOCK_MARK = re.compile(r"^(?:#+|-|\d+\.)\s+")  # a heading's or list item's mark in the written Markdown
END_OF_ARTICLE = "  - end of article: "  # how `add` lists a passage it cut as past the article's end
LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]|[•·*#-])\s+")  # "2. ", "• ", "* ", "# ": a list item's or headline's mark


def run(text_file: Path, *flags: str) -> tuple[str, str, frontmatter.Post | None]:
    """`briefing add` on one text into an empty corpus: output, errors, article (None if refused)."""
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        corpus.mkdir()
        config = Path(scratch) / "mkdocs.yml"
        config.write_text("site_name: Scratch\nplugins:\n  - briefing:\n      corpus: corpus\n", encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["add", str(text_file), *flags, "-f", str(config)])
        files = sorted((corpus / "articles").glob("*.md")) if code == 0 else []
        return out.getvalue(), err.getvalue(), frontmatter.load(files[0]) if files else None


def lost_lines(text: str, out: str, post: frontmatter.Post) -> list[str]:
    """Input lines found neither in the article, its title, nor the printed drops."""
    flat = post.content.replace("\\", "")
    lost = []
    for line in (raw.strip() for raw in text.splitlines()):
        probe = line[:40]
        item = LIST_MARK.sub("", line, count=1)[:40]  # a list item: Markdown writes its number or bullet
        label = DATE_LABEL.match(line)  # a page capture's "date 2023-04-24" before the headline
        title = line[label.end() :] if label else line
        titles = {title, LIST_MARK.sub("", line, count=1)}  # a pasted "# Headline" is the title without its mark
        listed = probe in out or item in out  # dropped and listed (a list item without its number)
        spaced = {" ".join(title.split()) for title in titles}  # a headline's no-break space is a space in the title
        if line and probe not in flat and item not in flat and not listed and post.get("title") not in titles | spaced:
            lost.append(line)
    return lost


def cut_passages(out: str, row: dict[str, str]) -> list[str]:
    """Passages `add` listed as past the article's end that `expected.tsv` does not call clutter."""
    clutter = [CLUTTER_NOTE.sub("", item).split("…")[0].strip() for item in row.get("clutter_to_drop", "").split(" | ")]
    cut = []
    for line in out.splitlines():
        if line.startswith(END_OF_ARTICLE):
            passage = line[len(END_OF_ARTICLE) :].strip()
            if not any(
                probe and (passage.startswith(probe[:40]) or probe.startswith(passage[:40])) for probe in clutter
            ):
                cut.append(passage[:40])
    return cut


def verdict(expected: str, acceptable: str, post: frontmatter.Post | None) -> str:
    """right, asked or wrong, for the plain run."""
    wanted = {expected, *filter(None, acceptable.split(" | "))} - {"none: should ask"}
    if post is None:
        return "right" if expected == "none: should ask" else "asked"
    return "right" if post["title"] in wanted else "wrong"


def report(folder: Path) -> Counter[str]:
    """One line per text: verdict, title taken (or ASK and the message), metadata, lines lost."""
    rows = list(csv.DictReader((folder / "expected.tsv").open(encoding="utf-8"), delimiter="\t"))
    tally: Counter[str] = Counter()
    for row in rows:
        text_file = folder / "texts" / row["file"]
        text = text_file.read_text(encoding="utf-8") if text_file.suffix == ".txt" else ""  # a page's lines are markup
        out, err, post = run(text_file)
        judged = verdict(row["expected"], row["also_acceptable"], post)
        tally[judged] += 1
        lost = lost_lines(text, out, post) if post else []
        flag_out, flag_err, flag_post = run(text_file, "--title", "Given")
        lost_with_title = lost_lines(text, flag_out, flag_post) if flag_post else [f"refused: {flag_err.strip()}"]
        tally["lost"] += len(lost) + len(lost_with_title)
        cut = cut_passages(out, row) + cut_passages(flag_out, row)
        tally["cut"] += len(cut)
        got = post["title"] if post else f"ASK {err.strip()[:110]}"
        meta = {key: str(post.get(key)) for key in ("published", "author") if post and post.get(key)}
        extra = _judge_metadata(row, post or flag_post, tally) if "author" in row else ""
        extra += _judge_kind(row, post, out + err, tally) if "kind" in row else ""
        print(f"{row['file']}\t{judged}\t{got}\t{meta or ''}\t{extra}lost={lost + lost_with_title}\tcut={cut}")
    print(
        f"{len(rows)} texts: {tally['right']} right, {tally['asked']} asked needlessly, {tally['wrong']} wrong; "
        f"{tally['lost']} body lines lost in {2 * len(rows)} runs; {tally['cut']} passages that are no clutter "
        'cut as "end of article"'
    )
    if "author" in rows[0]:
        print(
            f"authors right {tally['author']} of {len(rows)}, dates right {tally['date']} of {len(rows)}; "
            f"clutter lines kept {tally['kept']} of {tally['clutter']}"
        )
    if "kind" in rows[0]:
        print(
            f"not articles: {tally['not article refused']} refused, {tally['not article warned']} warned, "
            f"{tally['not article silent']} imported silently; articles refused needlessly "
            f"{tally['article refused']}; undated texts warned naming --date {tally['date warned']} of "
            f"{tally['undated']}"
        )
    return tally


NOT_ARTICLE_WARNINGS = ("may not be an article", "looks like a list of stories")


def _judge_kind(row: dict[str, str], post: frontmatter.Post | None, said: str, tally: Counter[str]) -> str:
    """The plain run's answer on what the text is: refused, warned that it is no article, or silent."""
    answer = "refused" if post is None else "warned" if any(w in said for w in NOT_ARTICLE_WARNINGS) else "silent"
    if row["kind"] == "not article":
        tally[f"not article {answer}"] += 1
    elif answer == "refused":
        tally["article refused"] += 1
    if row["date"] == "none" and row["kind"] == "article" and post is not None:
        tally["undated"] += 1
        tally["date warned"] += "--date" in said
    return f"kind={row['kind']}: {answer}\t"


WRITERS_SEPARATOR = re.compile(r"\s*(?:[;/&]|,(?:\s*and\b)?|\band\b)\s*")  # between two writers' names


def _writers(authors: str) -> frozenset[str]:
    """The writers an author field names, in any order and joined any way ("A and B", "A; B", "A / B",
    "A, B and C"): a form naming all of them is right, one alone is not."""
    return frozenset(name.casefold() for name in WRITERS_SEPARATOR.split(authors.strip()) if name)


def _judge_metadata(row: dict[str, str], post: frontmatter.Post | None, tally: Counter[str]) -> str:
    """Author and date right or not, and the clutter lines still in the body, as a column."""
    author = str(post.get("author", "none")) if post else "none"
    date = str(post.get("published", "none")) if post else "none"
    right_author = _writers(author) == _writers(row["author"])
    tally["author"] += right_author
    tally["date"] += date == row["date"]
    lines = [BLOCK_MARK.sub("", line).strip() for line in post.content.replace("\\", "").splitlines()] if post else []
    kept = []
    for item in filter(None, row["clutter_to_drop"].split(" | ")):
        probe = CLUTTER_NOTE.sub("", item).split("…")[0].strip()
        tally["clutter"] += 1
        if probe and any(line == probe or (len(probe) > 3 and probe in line) for line in lines):
            kept.append(probe[:30])
    tally["kept"] += len(kept)
    return (
        f"author={author}{'' if right_author else ' (WRONG)'}\t"
        f"date={date}{'' if date == row['date'] else ' (WRONG)'}\tclutter kept={kept}\t"
    )


if __name__ == "__main__":
    report(Path(sys.argv[1]))
