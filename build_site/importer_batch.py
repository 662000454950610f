"""`briefing add a.html b.txt c.pdf folder/ urls.txt https://…`: each input imported on its own.

An input is a file, a folder (its article files, not its subfolders: see `_add_folder`), a `.txt` list of web
addresses (one a line, `#` comments allowed) or a web address. A failure is reported in one line
naming the input and the others go on; with several inputs the command ends with one line per
input (a refusal is said there only, not also as it happens: once per input) and one line on
stderr counting the refusals, and exits 1 if any failed. An input given twice (a folder holding `urls.txt`, and
`urls.txt` again) is imported once, and its second mention gets its own summary line saying so; a list
of addresses gets a line of its own too, above its addresses' lines: every file and address named is
counted. A flag no input can take (`--title` with several inputs, a
`--date` that is no day) is one line, and nothing is read.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from build_site.corpus import is_web_address
from build_site.importer import SUFFIXES, check_overrides, decode_text, kind_of, prepare, read_source
from build_site.importer_address import page_address
from build_site.importer_fetch import fetch_page
from build_site.importer_model import SourceError
from build_site.importer_write import shown, write_article
from build_site.problems import display_path
from build_site.wording import plural

# What the summary line of an input imported with no date asks (`importer_undated` says why it matters).
UNDATED = "no publication date found; set `published: YYYY-MM-DD` in its front matter (what --date YYYY-MM-DD sets)"
HIDDEN = "hidden (its name starts with a dot; hidden files and folders are passed over)"
ADDRESS_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+)://")  # two letters at least: not a Windows drive


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to import: a file or a web address, and how to name it in messages."""

    label: str
    path: Path | None = None
    url: str | None = None
    addresses: int = 0  # a list of web addresses: how many it holds (each is an input of its own)


def add_inputs(arguments: list[str], articles_dir: Path, overrides: dict[str, str | None], root: Path) -> int:
    """Import every input; print one line per input at the end when there are several; 1 if any failed.

    `root` is the briefing's folder: the files written are named relative to it (`corpus/articles/…`)."""
    corpus = articles_dir.parent
    if not corpus.is_dir():  # a mistyped `corpus` option must not become a new folder
        _fail(
            display_path(corpus),
            "no such corpus folder; create it or correct the briefing plugin's `corpus` in mkdocs.yml",
        )
        return 1
    inputs, results = _expand(arguments)
    named = sum(not item.addresses for item in inputs) + len(results)  # an address list's line is no import
    try:
        check_overrides(overrides)
        if named > 1 and (overrides.get("title") or overrides.get("url")):
            raise SourceError("--title and --url describe one article; give them with one input only")
    except SourceError as exc:  # a flag that no input can take: said once, nothing read
        _fail(arguments[0] if len(arguments) == 1 else "briefing add", str(exc))
        return 1
    several = named > 1  # then each refusal is said once, in the summary
    if not several:
        for label, _, message in results:
            _fail(label, message)
    seen: dict[str, str] = {}
    for item in inputs:
        if item.addresses:
            if several:
                listed = plural(item.addresses, "web address", "web addresses")
                results.append((item.label, None, f"a list of {listed}, each on its line"))
            continue
        key = page_address(item.url) if item.url else str(item.path.resolve() if item.path else item.label)
        if key in seen:  # a folder holding urls.txt, and urls.txt again: one import, one line, no failure
            results.append((item.label, None, f"given again (first as {seen[key]}); imported once"))
            continue
        seen[key] = item.label
        try:
            target, dated = _import(item, articles_dir, overrides, root)
        except SourceError as exc:
            if not several:
                _fail(item.label, str(exc))
            results.append((item.label, False, str(exc)))
        else:
            undated = "" if dated else f", undated: {UNDATED}"
            results.append((item.label, True, f"imported as {shown(target, root)}{undated}"))
    if several:  # a list's line and an input given again are notes, not inputs tried
        tried = plural(sum(ok is not None for _, ok, _ in results), "input")
        print(f"\n{sum(ok is True for _, ok, _ in results)} of {tried} imported:")
        for label, ok, message in results:
            print(f"  {label}: {'refused: ' + message if ok is False else message}")
        if refused := sum(ok is False for _, ok, _ in results):
            print(f"briefing add: {refused} of {tried} refused (listed above)", file=sys.stderr)
    return 0 if results and all(ok is not False for _, ok, _ in results) else 1


def _fail(label: str, message: str) -> None:
    print(f"{label}: error: {message}", file=sys.stderr)


def _import(item: Input, articles_dir: Path, overrides: dict[str, str | None], root: Path) -> tuple[Path, bool]:
    """Read (or fetch), prepare and write one input: the file written, and whether it is dated;
    SourceError names what went wrong."""
    if item.url is not None:
        page = fetch_page(item.url)
        for step in page.redirects:
            print(f"  redirected: {step}")
        found = {"url": page.url, "retrieved": page.retrieved.isoformat()}
        prepared = prepare(page.body, "html", overrides, found)
    else:
        assert item.path is not None
        raw = read_source(item.path)  # first: a pipe or a device is named as such, whatever its name
        prepared = prepare(raw, kind_of(item.path), overrides, path=item.path)
    return write_article(item.label, prepared, articles_dir, overrides, root), "published" in prepared.meta


def _expand(arguments: list[str]) -> tuple[list[Input], list[tuple[str, bool | None, str]]]:
    """The inputs the arguments name, and a refusal for each argument that names none."""
    inputs: list[Input] = []
    refused: list[tuple[str, bool | None, str]] = []
    for argument in arguments:
        if (scheme := ADDRESS_SCHEME.match(argument)) and scheme[1].lower() not in ("http", "https"):
            refused.append(
                (argument, False, f"the address scheme {scheme[1]}:// is not supported (only http:// and https://)")
            )
            continue
        if argument.lower().startswith(("http:", "https:")):
            if is_web_address(argument):
                inputs.append(Input(argument, url=argument))
            else:
                refused.append((argument, False, "is not a complete http:// or https:// address"))
            continue
        path = Path(argument)
        label = display_path(path)
        if path.is_dir():
            _add_folder(path, label, inputs, refused)
            continue
        _add_file(path, label, inputs, refused)
    return inputs, refused


def _add_folder(folder: Path, label: str, inputs: list[Input], refused: list[tuple[str, bool | None, str]]) -> None:
    """The article files directly in a folder, each as if given by itself; every other entry gets a line
    saying why it is not read, so nothing is left out silently. A link is read as its target, and only if
    that lies inside the folder (a link out of it could publish any file of the machine, so nothing of
    it is read, nor quoted): a link to a file the folder holds anyway is that file, read once. Links are
    looked at after the files, so a file is named by its own name rather than by a link's."""
    real_folder = Path(os.path.realpath(folder))
    before = (len(inputs), len(refused))
    read: set[Path] = set()
    for entry in sorted(folder.iterdir(), key=lambda entry: (entry.is_symlink(), entry.name)):
        real = Path(os.path.realpath(entry))
        source = real if real.exists() else entry  # a dangling link is read as itself, and refused as such
        if entry.name.startswith("."):
            refused.append((display_path(entry), None, f"not read: {HIDDEN}"))
        elif not real.is_relative_to(real_folder):
            what = "folder" if real.is_dir() else "file"
            outside = f"leads through a link to {real}, outside the folder {label}; not read (copy the {what} in)"
            refused.append((display_path(entry), False, outside))
        elif why := _left_out(entry, source, real in read):
            refused.append((display_path(entry), None, f"not read: {why}"))
        else:
            read.add(real)
            _add_file(source, display_path(entry), inputs, refused)
    if len(inputs) == before[0] and not any(ok is False for _, ok, _ in refused[before[1] :]):
        refused.append((label, False, f"is a folder with no article files ({', '.join(sorted(SUFFIXES))})"))


def _left_out(entry: Path, source: Path, read_already: bool) -> str | None:
    """Why an entry inside the folder is passed over rather than refused: it is a folder, no article file
    by its name, or a link to a file read already; None for an entry to read (a pipe named `.txt` is read,
    and refused as what it is)."""
    if source.is_dir():
        return "a folder inside the folder given (their files are not read); give it by itself to import them"
    if source.suffix.lower() not in SUFFIXES:
        return f"not an article file ({', '.join(sorted(SUFFIXES))})"
    if entry.is_symlink() and read_already:
        return f"a link to {source.name}, read once, as that file"
    return None


def _add_file(path: Path, label: str, inputs: list[Input], refused: list[tuple[str, bool | None, str]]) -> None:
    """A file given by itself or found in a folder, the same way: a list of addresses is fetched."""
    try:
        addresses = _address_list(path)
    except SourceError as exc:
        refused.append((label, False, str(exc)))
        return
    if addresses:
        inputs.append(Input(label, path=path, addresses=len(addresses)))
        inputs.extend(Input(address, url=address) for address in addresses)
    else:
        inputs.append(Input(label, path=path))


def _address_list(path: Path) -> list[str]:
    """The addresses of a `.txt` file whose every line is a web address, else nothing. SourceError for a list
    with a line that is not a whole http(s) address: the shape of a list is lines that each start with `http:`
    or `https:` or are one word with no space (`www.example.org/b`, `ftp://…`), at least one an address; prose
    has spaces, so an article pasted into a `.txt` is never taken for a list."""
    if path.suffix.lower() != ".txt":
        return []
    try:
        lines = decode_text(read_source(path), "text").splitlines()
    except SourceError:
        return []  # the import of the file itself reports why it cannot be read
    listed = [
        (number, line.strip())
        for number, line in enumerate(lines, start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not any(_starts_as_address(line) for _, line in listed) or any(
        not _starts_as_address(line) and len(line.split()) > 1 for _, line in listed
    ):
        return []
    for number, line in listed:
        if not _starts_as_address(line):
            raise SourceError(
                f"is a list of web addresses, but line {number} is not an http:// or https:// one: {line[:60]!r}"
            )
        if not is_web_address(line) or " " in line:
            raise SourceError(f"is a list of web addresses, but line {number} is not a complete one: {line[:60]!r}")
    return [line for _, line in listed]


def _starts_as_address(line: str) -> bool:
    return line.lower().startswith(("http:", "https:"))
