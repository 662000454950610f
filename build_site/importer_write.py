"""An article ready to write, from any format: front matter merged, Markdown rendered, findings
printed, the file written once (never over another, never the same text twice) and checked."""

from __future__ import annotations

import datetime as dt
import errno
import itertools
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import frontmatter
import yaml

from build_site.corpus import article_file_text, is_web_address, load_article, reserved_id_reason
from build_site.importer_address import page_address, without_tracking
from build_site.importer_dates import found_date
from build_site.importer_model import FRONT_MATTER_ORDER, Draft, Piece, SourceError
from build_site.model import article_type
from build_site.problems import errors
from build_site.slugs import slugify
from build_site.wording import cut, plural

NO_HARD_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS})
SHORT = 72  # dropped lines are printed cut to this length
INLINE_MARKUP = re.compile(r"[\\`*_\[\]<&]")  # what CommonMark reads as markup inside a line
# FOOTNOTE MARK: "[1]" after a word, no "(", "[" or ":" after it: CommonMark reads it as text (no
# definition "[1]: …" is ever written unescaped), so it is written as the source prints it.
FOOTNOTE_MARK = re.compile(r"(\[\d{1,3}\])(?![(\[:])")
MARKDOWN_START = re.compile(r"#|>|[-+*](?:\s|$)|\d+[.)](?:\s|$)|`{3}|~{3}")


@dataclass(slots=True)
class Prepared:
    """An article ready to write: its front matter, its Markdown body and what was found on the way."""

    kind: str
    draft: Draft
    meta: dict[str, object]
    body: str
    notes: list[str]


def write_article(
    label: str, prepared: Prepared, articles_dir: Path, overrides: dict[str, str | None], root: Path
) -> Path:
    """Refuse a clash or a duplicate, print the findings, write the file; return its path.

    `root` is the briefing's folder: paths are printed relative to it."""
    slug = slugify(str(prepared.meta["title"]))
    _refuse_reserved_id(slug)
    target = articles_dir / f"{slug}.md"
    _refuse_existing(target, str(prepared.meta["title"]), prepared.body, prepared.meta.get("url"), root)
    _report(label, prepared, overrides)
    _write(target, prepared.meta, prepared.body)
    counts = {k: sum(p.kind == k for p in prepared.draft.pieces) for k in ("heading", "paragraph", "item")}
    shape = ", ".join(
        (
            plural(counts["heading"], "heading"),
            plural(counts["paragraph"], "paragraph"),
            plural(counts["item"], "list item"),
        )
    )
    print(f"Wrote {shown(target, root)} ({shape})")
    return target


def _refuse_reserved_id(slug: str) -> None:
    """The one place an article id is checked against the site's own pages before writing."""
    if reason := reserved_id_reason(slug):
        raise SourceError(f"cannot be written as {slug}.md: that file {reason}, or give another --title")


def merge_metadata(
    found: dict[str, str], overrides: dict[str, str | None], published: dt.date | None
) -> dict[str, object]:
    """Flags win over what was found; keys in front matter order; unknown values left out."""
    if found.get("url") and not is_web_address(found["url"]):
        print(f"  (the source's own address {found['url']!r} is not a full http(s) address; left out)")
        found = {key: value for key, value in found.items() if key != "url"}
    merged = {key: overrides.get(key) or found.get(key) for key in FRONT_MATTER_ORDER}
    meta: dict[str, object] = {key: " ".join(value.split()) for key, value in merged.items() if value}
    if isinstance(meta.get("url"), str):
        meta["url"] = without_tracking(str(meta["url"]))
    meta.pop("published", None)
    date = published or found_date(found.get("published"))
    if date:
        meta["published"] = date
    if retrieved := found_date(found.get("retrieved")):
        meta["retrieved"] = retrieved
    written = str(meta.get("type", "news"))
    meta["type"] = article_type(written) or written  # a Markdown note's "Press release" written as `release`
    if "title" not in meta:
        raise SourceError("has no title I can find; give one with --title")
    return {key: meta[key] for key in FRONT_MATTER_ORDER if key in meta}


def render_body(pieces: list[Piece], escape_markup: bool = True) -> str:
    """Markdown for the pieces: blank lines between blocks, tight lists, nested items indented 4.

    `escape_markup` is for sources that are not Markdown: their `*`, `[` or `&` are words."""

    def prose(text: str) -> str:
        return _keep_prose(_escaped(text) if escape_markup else text)

    out: list[str] = []
    previous: Piece | None = None
    numbers: list[int] = []  # item counts per nesting level of the list being written
    top_ordered = False  # whether the top-level list being written is numbered
    fence = ""  # the fence of the listing being written
    for index, piece in enumerate(pieces):
        if previous is not None and previous.code and not piece.code:
            out.append(fence)  # the listing ends
        if piece.kind == "item":
            if previous is None or previous.kind != "item":
                out += [""] if previous else []
                numbers = []
            elif piece.level == 0 and top_ordered != piece.ordered:
                out += [""]  # a list of the other type: CommonMark starts a new list
                numbers = []
            if piece.level == 0:
                top_ordered = piece.ordered
            numbers = numbers[: piece.level + 1] + [0] * (piece.level + 1 - len(numbers))
            numbers[piece.level] += 1
            marker = f"{numbers[piece.level]}." if piece.ordered else "-"
            out.append(f"{'    ' * piece.level}{marker} {prose(piece.text)}")
        elif piece.code:  # a run of a listing's lines is one fenced block
            if previous is None or not previous.code:
                fence = _fence(pieces[index:])
                out += ["", fence] if previous else [fence]
            out.append(piece.text)
        else:
            out += [""] if previous else []
            if piece.kind == "heading":
                out.append(f"{'#' * piece.level} {prose(piece.text)}")
            elif piece.kind == "quote":
                out.append(f"> {prose(piece.text)}")
            else:
                out.append(prose(piece.text))
        previous = piece
    return "\n".join(out + ([fence] if previous is not None and previous.code else [])) + "\n"


def _fence(pieces: list[Piece]) -> str:
    """A code fence longer than any run of backticks in the listing that opens `pieces`, so no line closes it."""
    listing = list(itertools.takewhile(lambda piece: piece.code, pieces))
    longest = max((len(run) for piece in listing for run in re.findall(r"`+", piece.text)), default=0)
    return "`" * max(3, longest + 1)


def _escaped(text: str) -> str:
    """`text` with its inline markup escaped, its footnote marks kept as printed."""
    parts = FOOTNOTE_MARK.split(text)  # odd parts are the marks
    return "".join(part if index % 2 else INLINE_MARKUP.sub(r"\\\g<0>", part) for index, part in enumerate(parts))


def _keep_prose(text: str) -> str:
    """Escape the one character that would make a prose line start Markdown syntax by accident: a
    block's mark, or a line of three or more of one of "-", "*", "_" (a thematic break, as a line of a
    code listing or a paste may be)."""
    if not MARKDOWN_START.match(text) and not re.fullmatch(r"([-*_])(?:[ \t]*\1){2,}[ \t]*", text):
        return text
    digits = len(text) - len(text.lstrip("0123456789"))  # "2018. It" -> r"2018\. It"
    return text[:digits] + "\\" + text[digits:]


def normalized_text(body: str) -> str:
    """Body text for comparison: words only, case-folded, so markup and spacing do not count."""
    return " ".join(re.findall(r"\w+", body.casefold()))


def shown(path: Path, root: Path) -> str:
    """A corpus file as the user knows it: relative to the briefing's folder (`corpus/articles/…`)."""
    try:
        return path.absolute().relative_to(root.absolute()).as_posix()
    except ValueError:
        return str(path)


def _refuse_existing(target: Path, title: str, body: str, url: object, root: Path) -> None:
    """Never import the same text or the same address twice (whatever the title), never overwrite a file."""
    if target.parent.is_dir():
        mine = normalized_text(body)
        titled = normalized_text(f"{title}\n{body}")  # a text imported once with --title, once without
        for path in sorted(target.parent.glob("*.md")):
            try:
                other = frontmatter.load(path)
            except (yaml.YAMLError, ValueError, OSError):  # an unreadable corpus file is `check`'s to report
                continue
            theirs = normalized_text(other.content)
            if theirs in (mine, titled) or mine == normalized_text(f"{other.get('title', '')}\n{other.content}"):
                raise SourceError(
                    f"has the same text as {shown(path, root)}, which is already in the corpus; to change its"
                    f" front matter (a `published:` date, say) edit that file, or `briefing remove {path.stem}` first"
                )
            theirs_url = other.metadata.get("url")
            if url and isinstance(theirs_url, str) and page_address(theirs_url) == page_address(str(url)):
                raise SourceError(f"has the same address as {shown(path, root)}, which is already in the corpus")
    if target.exists():
        raise SourceError(
            f"would overwrite {shown(target, root)}, which already exists; give another --title or remove that file first"
        )


def _report(label: str, prepared: Prepared, overrides: dict[str, str | None]) -> None:
    """Print what was found, dropped and doubted, so the user can check the import."""
    draft = prepared.draft
    print(f"Read {label} as {prepared.kind}")
    for key, value in prepared.meta.items():
        origin = "flag" if overrides.get(key) else "found" if key in draft.meta else "default"
        print(f"  {key}: {value} ({origin})")
    for note in prepared.notes:
        print(f"  {note}")
    if draft.dropped:
        print(
            f"Dropped {plural(len(draft.dropped), 'line')} that {'is' if len(draft.dropped) == 1 else 'are'} not the article:"
        )
        for why, text in draft.dropped:
            print(f"  - {why}: {cut(text, SHORT)}")
    for warning in draft.warnings:
        print(f"Warning: {label}: {warning}")


def _write(target: Path, meta: dict[str, object], body: str) -> None:
    """Write the file (never replacing one), then check it with the corpus validator."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_new(target, article_file_text(meta, body))
    except OSError as exc:
        raise SourceError(f"cannot be written as {target.name}: {exc.strerror or exc}") from None
    article, problems = load_article(target)
    if article is None:
        target.unlink()
        found = errors(problems)
        raise SourceError(f"produced a file the corpus cannot read ({found[0].message if found else 'unknown'})")


def _copy_new(target: Path, text: str) -> None:
    """On a file system without hard links (FAT, exFAT): write into a file opened with "x", which
    never replaces one either, and take it away again if the write fails."""
    copy = target.open("x", encoding="utf-8")
    try:
        with copy:
            copy.write(text)
    except OSError:
        target.unlink(missing_ok=True)
        raise


def _write_new(target: Path, text: str) -> None:
    """Write into a temporary file beside the target, then link it in under the target's name: a
    full disk leaves no part-written article behind, and the link, like opening with "x", never
    replaces a file that is there. The temporary file goes whatever happens."""
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
    )
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(text)
        try:
            os.link(temporary, target)
        except OSError as exc:
            if exc.errno not in NO_HARD_LINKS:
                raise
            _copy_new(target, text)
    finally:
        temporary.unlink(missing_ok=True)
