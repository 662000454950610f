"""CPU seconds (user and system) of the cache's file operations, apart from the work they save.

    .venv/bin/python benchmarks/cache_io.py [--size 1000] [--repeat 5]

Makes every article's results once (no cache), then times only what the cache does with
them, as a build would: a first build writes every entry; a rebuild after one new article
reads every entry; a codebook edit reads each text and writes new matches, with every page
remade (an alias of a topic every article names) or every page kept (of a topic none does).
Each step is timed for four layouts, alternating in one run: one file per entry (the
cache's own `ArticleCache`), one file per article holding the same entries' bytes, two
files (the text apart, the matches and the page together), and one file per build the
entries are appended to, found by an index in memory (its compaction, which deleting the
entries a build did not use would need, is not counted). `os.times` splits user from
system time, where a file's creation and rename are spent. BRIEFING_PRODUCT (a snapshot that
run.snapshot_product made) picks the revision.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import child

child.use_snapshot()

import synth  # noqa: E402
from run import WORK  # noqa: E402

from build_site.article_analysis import ArticleMatches, ArticleText  # noqa: E402
from build_site.loading import load_corpus  # noqa: E402
from build_site.model import DEFAULT_KINDS  # noqa: E402
from build_site.work.articles import ArticleOutputs, ArticleWork  # noqa: E402
from build_site.work.cache import FORMAT, ArticleCache  # noqa: E402
from build_site.work.codec import entry_bytes, entry_value  # noqa: E402

Entries = list[tuple[tuple[str, object], tuple[str, object], tuple[str, object]]]


def cpu() -> tuple[float, float]:
    times = os.times()
    return times.user, times.system


def timed(call: Callable[[], None]) -> tuple[float, float]:
    """User and system CPU seconds of `call`."""
    user, system = cpu()
    call()
    after = cpu()
    return after[0] - user, after[1] - system


def one_file(folder: Path, name: str, parts: list[bytes]) -> None:
    """The entries' bytes in one file, written as the cache writes one entry (temporary, rename)."""
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
    with os.fdopen(handle, "wb") as stream:
        stream.write(b"\n".join(parts))
    os.replace(temporary, folder / name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    project = synth.make_corpus_project(WORK / f"cache-io-{args.size}", args.size)
    articles, topics, _ = load_corpus(project / "corpus")
    work = ArticleWork(topics, ArticleCache(None), pages=True, kinds=DEFAULT_KINDS, search_copies=True)
    folder = WORK / "cache-io-entries"
    probe = ArticleCache(folder)
    entries: Entries = []
    for article in articles:
        result = work.result(article)
        assert result.page is not None and result.mentions is not None
        text_key, matches_key = (probe.key("text", article.id), probe.key("matches", article.id))
        page_key = probe.key("page", article.id)
        entries.append(
            (
                (text_key, result.analysis.text),
                (matches_key, result.analysis.matches),
                (page_key, ArticleOutputs(result.page, result.mentions)),
            )
        )
    kinds = (ArticleText, ArticleMatches, ArticleOutputs)

    def fresh() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

    def write_all() -> None:
        for parts in entries:
            for key, value in parts:
                probe.write(key, value)

    def read_all() -> None:
        for parts in entries:
            for (key, _), kind in zip(parts, kinds, strict=True):
                assert probe.has(key) and probe.read(key, kind) is not None

    def rematch() -> None:
        for text, matches, page in entries:
            assert probe.read(text[0], ArticleText) is not None
            probe.write(matches[0] + "0", matches[1])
            probe.write(page[0] + "0", page[1])

    def write_one() -> None:
        for parts in entries:
            one_file(folder, parts[0][0] + ".json", [entry_bytes(FORMAT, k, v) for k, v in parts])

    def read_one() -> None:
        for parts in entries:
            data = (folder / (parts[0][0] + ".json")).read_bytes().split(b"\n")
            for (key, _), kind, part in zip(parts, kinds, data, strict=True):
                entry_value(part, FORMAT, key, kind)

    def rematch_one() -> None:
        for parts in entries:
            data = (folder / (parts[0][0] + ".json")).read_bytes().split(b"\n")
            entry_value(data[0], FORMAT, parts[0][0], ArticleText)
            one_file(folder, parts[0][0] + ".json", [data[0], *(entry_bytes(FORMAT, k, v) for k, v in parts[1:])])

    def write_two() -> None:
        for text, matches, page in entries:
            probe.write(text[0], text[1])
            one_file(folder, matches[0] + ".json", [entry_bytes(FORMAT, k, v) for k, v in (matches, page)])

    def read_two() -> None:
        for (text_key, _), (matches_key, _), (page_key, _) in entries:
            assert probe.read(text_key, ArticleText) is not None
            data = (folder / (matches_key + ".json")).read_bytes().split(b"\n")
            entry_value(data[0], FORMAT, matches_key, ArticleMatches)
            entry_value(data[1], FORMAT, page_key, ArticleOutputs)

    def rematch_two() -> None:
        for text, matches, page in entries:
            assert probe.read(text[0], ArticleText) is not None
            one_file(folder, matches[0] + "0.json", [entry_bytes(FORMAT, k, v) for k, v in (matches, page)])

    def rematch_keeping_pages() -> None:
        for text, matches, _ in entries:
            assert probe.read(text[0], ArticleText) is not None
            probe.write(matches[0] + "0", matches[1])

    def rematch_one_keeping_pages() -> None:
        for parts in entries:
            data = (folder / (parts[0][0] + ".json")).read_bytes().split(b"\n")
            entry_value(data[0], FORMAT, parts[0][0], ArticleText)
            entry_value(data[2], FORMAT, parts[2][0], ArticleOutputs)
            one_file(folder, parts[0][0] + ".json", [data[0], entry_bytes(FORMAT, *parts[1]), data[2]])

    index: dict[str, tuple[str, int, int]] = {}  # key -> pack, offset, length

    def append(pack: str, items: list[tuple[str, bytes]]) -> None:
        """Entries appended to one file, each by one write, as a worker would as it goes."""
        with (folder / pack).open("ab") as stream:
            for key, data in items:
                index[key] = (pack, stream.tell(), len(data))
                stream.write(data)
                stream.flush()

    def read_packed(key: str, kind: type) -> object:
        pack, offset, length = index[key]
        with (folder / pack).open("rb") as stream:
            stream.seek(offset)
            return entry_value(stream.read(length), FORMAT, key, kind)

    def write_pack() -> None:
        index.clear()
        append("first.pack", [(k, entry_bytes(FORMAT, k, v)) for parts in entries for k, v in parts])

    def read_pack() -> None:
        for parts in entries:
            for (key, _), kind in zip(parts, kinds, strict=True):
                read_packed(key, kind)

    def rematch_pack() -> None:
        for text, matches, page in entries:
            read_packed(text[0], ArticleText)
            append("edit.pack", [(k + "0", entry_bytes(FORMAT, k + "0", v)) for k, v in (matches, page)])

    def rematch_pack_keeping_pages() -> None:
        for text, matches, _ in entries:
            read_packed(text[0], ArticleText)
            append("kept.pack", [(matches[0] + "0", entry_bytes(FORMAT, matches[0] + "0", matches[1]))])

    designs: list[tuple[str, list[tuple[str, Callable[[], None] | None]]]] = [
        (
            "three files",
            [
                ("first build (write)", write_all),
                ("+ 1 article (read)", read_all),
                ("codebook edit, every page remade", rematch),
                ("codebook edit, every page kept", rematch_keeping_pages),
            ],
        ),
        (
            "one file",
            [
                ("first build (write)", write_one),
                ("+ 1 article (read)", read_one),
                ("codebook edit, every page remade", rematch_one),
                ("codebook edit, every page kept", rematch_one_keeping_pages),
            ],
        ),
        (
            "text apart, matches and page together",
            [
                ("first build (write)", write_two),
                ("+ 1 article (read)", read_two),
                ("codebook edit, every page remade", rematch_two),
                ("codebook edit, every page kept", None),
            ],
        ),
        (
            "one file per build, appended (no compaction)",
            [
                ("first build (write)", write_pack),
                ("+ 1 article (read)", read_pack),
                ("codebook edit, every page remade", rematch_pack),
                ("codebook edit, every page kept", rematch_pack_keeping_pages),
            ],
        ),
    ]
    results: dict[str, list[tuple[float, float]]] = {}
    for _ in range(args.repeat):
        for design, steps in designs:
            fresh()
            for step, call in steps:
                if call is not None:  # the page lives with the old matches: a codebook edit cannot find it
                    results.setdefault(f"{design}: {step}", []).append(timed(call))
    sizes = [[len(entry_bytes(FORMAT, key, value)) for key, value in parts] for parts in entries]
    print(
        f"{len(entries)} articles; bytes per article's entry, mean: "
        + ", ".join(f"{kind.__name__} {statistics.mean(s[i] for s in sizes):,.0f}" for i, kind in enumerate(kinds))
    )
    print(f"CPU seconds, medians of {args.repeat} (designs alternating)")
    print("| step | user | system | total |\n|---|---:|---:|---:|")
    for name, runs in results.items():
        user = statistics.median(u for u, _ in runs)
        system = statistics.median(s for _, s in runs)
        total = statistics.median(u + s for u, s in runs)
        print(f"| {name} | {user:.2f} | {system:.2f} | {total:.2f} |")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
