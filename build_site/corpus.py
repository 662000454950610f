"""Load and validate `corpus/articles/*.md`: Markdown with YAML front matter."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler

from build_site.calendar_words import LATEST_DAY, MONTHS, real_day
from build_site.closest import closest, did_you_mean
from build_site.facts import MONTHS as MONTH_PATTERN
from build_site.input_files import (
    ARTICLE_LIMIT,
    InputFileError,
    project_folder,
    read_input,
    refuse_outside,
)
from build_site.model import ARTICLE_TYPES, Article, article_type
from build_site.normalize import clean_name, clean_source
from build_site.problems import Problem, Severity, display_path
from build_site.slugs import slugify
from build_site.yaml_input import YamlFinding, YamlInputError, load_yaml

KNOWN_KEYS = {"title", "publisher", "author", "published", "url", "retrieved", "language", "type"}
# Ids the site uses for its own pages in articles/: the list and its further pages.
RESERVED_ID = re.compile(r"index|page-\d+")
FRONT_MATTER_OPENED = re.compile(r"---[ \t]*\r?\n[\w-]+:")  # "---", then a `key:` line
# Front matter whose opening "---" is missing: known `key:` lines from the first line, then "---".
FRONT_MATTER_UNOPENED = re.compile(rf"(?:(?:{'|'.join(sorted(KNOWN_KEYS))}):[^\n]*\r?\n)+---[ \t]*\r?\n")
# Files an analyst drops into the articles folder meaning them as articles: `add` imports them.
SOURCE_SUFFIXES = {".txt": True, ".markdown": True, ".html": False, ".htm": False, ".pdf": False}  # renamable?
IMPORTED_LINE_WORDS = 8  # a line this long is prose `add` keeps word for word (titles, dates are shorter)
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # the only form of `published` (not 20250903, not 2025-W36-3)
EARLIEST_TIME_ZONE = dt.timedelta(hours=14)  # UTC+14 (Kiribati), where each day begins first


class FrontMatterError(ValueError):
    """Front matter that cannot be used: bounded YAML refused it, or it is not `key: value` lines
    with text keys. `findings` have the lines of the file (the front matter starts on line 1)."""

    def __init__(self, findings: list[YamlFinding]) -> None:
        self.findings = findings
        super().__init__("; ".join(f.message for f in findings))


class TextDatesHandler(YAMLHandler):
    """python-frontmatter's YAML handler on bounded YAML (yaml_input), dates left as text and
    the shape checked (it silently drops a list, and fails with a TypeError on a non-text key)."""

    def load(self, fm: str, **kwargs: object) -> Any:
        try:
            metadata = load_yaml(fm, error_at_start=True)
        except YamlInputError as exc:
            raise FrontMatterError(exc.findings) from None
        if metadata is not None and not isinstance(metadata, dict):
            raise FrontMatterError([YamlFinding("must be a mapping of keys to values (key: value lines)", 2)])
        if metadata and not all(isinstance(key, str) for key in metadata):
            raise FrontMatterError([YamlFinding("keys must be words, like `title:`", 2)])
        return metadata


def reserved_id_reason(article_id: str) -> str | None:
    """Why an article cannot have this id (a page the site makes itself has it), or None.
    Both the corpus validation and `briefing add` ask this."""
    if RESERVED_ID.fullmatch(article_id):
        return f"gets the id '{article_id}', which the site uses for its article list; rename the file"
    return None


def article_file_text(metadata: dict[str, Any], body: str) -> str:
    """The text of an article file: YAML front matter, then the body. `load_article` reads it back."""
    header = yaml.safe_dump(metadata, sort_keys=False, allow_unicode=True, width=10_000)
    return f"---\n{header}---\n\n{body}"


def corpus_outside(corpus_dir: Path) -> Problem | None:
    """The one problem of a corpus folder that is itself a link out of the project (the folder
    holding it): said once, naming the folder, rather than once for each file read through it."""
    try:
        refuse_outside(corpus_dir, project_folder(corpus_dir / "articles"))
    except InputFileError as exc:
        return Problem(corpus_dir, str(exc))
    return None


def load_articles(directory: Path, project: Path | None = None) -> tuple[list[Article], list[Problem]]:
    """Every article of the folder, sorted by id, with every problem found on the way. Files are
    read only from inside `project` (by default the folder holding the corpus folder)."""
    project = Path(os.path.realpath(project)) if project else project_folder(directory)
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    if not directory.is_dir():
        return [], [Problem(directory, "the articles folder does not exist")]
    try:
        refuse_outside(directory, project)
    except InputFileError as exc:
        return [], [Problem(directory, str(exc))]
    entries = sorted(directory.iterdir())  # listed once: the articles, then any file dropped in by mistake
    for path in (entry for entry in entries if entry.name.endswith(".md")):
        if path.name.startswith("."):
            continue  # editors' lock and backup files, not articles
        article, found = load_article(path, project)
        problems += found
        if article is None:
            continue
        reserved = reserved_id_reason(article.id)
        if reserved:
            problems.append(Problem(path, reserved))
            continue
        if article.id in seen:
            problems.append(
                Problem(path, f"gets the same id '{article.id}' as {display_path(seen[article.id])}; rename one")
            )
            continue
        seen[article.id] = path
        articles.append(article)
    articles.sort(key=lambda a: a.id)
    return articles, problems + _not_articles(entries, articles, project)


def _not_articles(entries: list[Path], articles: list[Article], project: Path) -> list[Problem]:
    """A source file dropped straight into the articles folder is read by no one: say so, and
    once `briefing add` has imported it (its `.md` written beside it), that it can go."""
    found = []
    for path in entries:
        renamable = SOURCE_SUFFIXES.get(path.suffix.lower())
        if renamable is None or path.name.startswith(".") or not path.is_file():
            continue
        imported = _imported_as(path, articles, project) if renamable else None
        if imported is not None:
            fix = f"already imported as {display_path(imported.path)}: delete it or move it out of the articles folder"
        else:
            fix = (
                f"use `briefing add {display_path(path)}`, then delete it or move it out of the articles folder"
                if not renamable
                else f"use `briefing add {display_path(path)}` (then delete it), or rename it to .md"
            )
        found.append(Problem(path, f"not an article: {fix}", severity=Severity.WARNING))
    return found


def _imported_as(path: Path, articles: list[Article], project: Path) -> Article | None:
    """The article `briefing add` wrote from this text file: each of its lines of prose (eight
    words or more) is in the article's title or body, hard-wrapped lines rejoined. None for one
    that cannot be read from inside the project."""
    try:
        text = read_input(path, ARTICLE_LIMIT, project).decode("utf-8-sig")
    except (InputFileError, UnicodeDecodeError):
        return None
    lines = [" ".join(line.split()) for line in text.splitlines()]
    prose = [line for line in lines if len(line.split()) >= IMPORTED_LINE_WORDS]
    if not prose:
        return None
    for article in articles:
        imported = " ".join(f"{article.title}\n{article.body}".split())
        if all(line in imported for line in prose):
            return article
    return None


def load_article(path: Path, project: Path | None = None) -> tuple[Article | None, list[Problem]]:
    """One article, or None with the reasons it cannot be read. With `project` (resolved), a
    file that leads outside it is refused."""
    try:
        raw = read_input(path, ARTICLE_LIMIT, project)
    except InputFileError as exc:
        return None, [Problem(path, str(exc))]
    if b"\x00" in raw:
        return None, [Problem(path, "is a binary file, not text")]
    try:
        text = clean_source(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(path, "is not UTF-8 text", line=line)]
    try:
        post = frontmatter.loads(text, handler=TextDatesHandler())
    except FrontMatterError as exc:
        return None, [Problem(path, f"front matter {finding.message}", line=finding.line) for finding in exc.findings]
    if text.startswith("---") and not post.metadata and FRONT_MATTER_OPENED.match(text):
        return None, [Problem(path, "front matter is not closed: add a line `---` after it", line=1)]
    if not post.metadata and FRONT_MATTER_UNOPENED.match(text):
        return None, [Problem(path, "front matter has no opening line: add a line `---` before it", line=1)]
    return _validate(path, text, post.metadata, post.content)


def _key_line(text: str, key: str) -> int | None:
    """The line of `key:` in the front matter, so errors point at it."""
    for number, line in enumerate(text.splitlines()[1:], start=2):
        if line.strip() == "---":
            return None
        if line.startswith(f"{key}:"):
            return number
    return None


def _validate(path: Path, text: str, meta: dict[str, Any], body: str) -> tuple[Article | None, list[Problem]]:
    problems: list[Problem] = []

    def error(key: str, message: str) -> None:
        problems.append(Problem(path, message, line=_key_line(text, key)))

    for key in sorted(set(map(str, meta)) - KNOWN_KEYS):
        problems.append(
            Problem(
                path,
                f"unknown front matter key {key!r} (known: {', '.join(sorted(KNOWN_KEYS))})",
                line=_key_line(text, key),
                severity=Severity.WARNING,
            )
        )
    title = meta.get("title")
    if title is None:
        problems.append(Problem(path, "has no title (add `title:` to the front matter)", line=1))
    elif not isinstance(title, str):
        error("title", "title must be text")
    elif not clean_name(title):
        error("title", "title is empty" + (" (it has only invisible characters)" if title.strip() else ""))

    strings: dict[str, str | None] = {}
    for key in ("publisher", "author", "url"):
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            error(key, f"{key} must be text")
            value = None
        strings[key] = (clean_name(value) or None) if isinstance(value, str) else None

    if strings["url"] and not is_web_address(strings["url"]):
        error("url", "url must be an http:// or https:// address")
        strings["url"] = None

    published = _parse_date(meta.get("published"))
    if isinstance(published, str):
        error("published", published)
        published = None
    elif published is not None and (reason := day_to_come(published)):
        problems.append(Problem(path, reason, line=_key_line(text, "published"), severity=Severity.WARNING))
    published, dated_by_address = article_date(published, strings["url"])
    if published is None and (refused := address_day(strings["url"])):  # a day to come (`article_date`)
        problems.append(
            Problem(
                path,
                f"its url states {refused}, a day still to come: not taken as its date (set `published:`)",
                line=_key_line(text, "url"),
                severity=Severity.WARNING,
            )
        )

    written = meta.get("type", "news")
    kind = (article_type(written) if isinstance(written, str) else None) or ""
    if not kind:
        error("type", _unknown_type(written))

    if not body.strip():
        problems.append(Problem(path, "has an empty body", line=_body_line(text)))

    if any(p.severity is Severity.ERROR for p in problems):
        return None, problems
    article = Article(
        id=slugify(path.stem),
        path=path,
        title=clean_name(str(title)),
        body=body,
        type=kind,
        publisher=strings["publisher"],
        author=strings["author"],
        published=published,
        url=strings["url"],
        dated_by_address=dated_by_address,
    )
    return article, problems


def _unknown_type(written: object) -> str:
    """An unknown `type:`: what it says, the closest type when one is close, and every accepted one."""
    near = closest(str(written).casefold(), ARTICLE_TYPES) if isinstance(written, str) else []
    guess = f"{did_you_mean(near[:1])} " if near else ""
    return f"unknown type {written!r} ({guess}use one of: {', '.join(ARTICLE_TYPES)})"


def article_date(published: dt.date | None, url: str | None) -> tuple[dt.date | None, bool]:
    """The article's date, and whether it was read from its address: the front matter's `published`, else the day
    the url's path states (`address_day`), which `briefing add` takes for the page's own day too. A text pasted with
    its address but no date then dates its weekdays and is compared with other sources, its date shown as read from
    its address. A day after today (`latest_today`) is a mistyped or made-up address, never a publication date: it
    would date the feed and count "on Monday" from a day to come, so the article stays undated."""
    if published is not None:
        return published, False
    day = address_day(url)
    if day is not None and day > latest_today():
        return None, False
    return day, day is not None


def day_to_come(day: dt.date) -> str | None:
    """A warning for a publication date after today (`latest_today`), which nothing published yet can have: a
    mistyped year (2052 for 2025) would date the feed, pin the build's date and count "on Monday" from it."""
    if day <= latest_today():
        return None
    return f"published {day.isoformat()} is a day still to come: check the year"


def latest_today() -> dt.date:
    """Today's date where a day begins first (UTC+14): a page published there this morning is not from the future."""
    return (dt.datetime.now(dt.UTC) + EARLIEST_TIME_ZONE).date()


# A permalink's path holding the page's day (an article's url here, a fetched page's address in the importer,
# `importer_page_date.own_day`), in the shapes blog and news platforms build: three segments, `/2024/05/14/`; one
# segment, or a segment's opening, `/2024-01-18/`, `/2024-01-18-title` (never a range or a file's name, below); the
# month as an English name or abbreviation with the day on either side of it in a segment, `feb-06-2024`, `06-feb-2024`, `february-6-2024`. Each number is
# bounded by `/` or by a hyphen and a word, so a range (`/2024/05/14-17/`, `/2024-05-14-17/`, `feb-6-8-2024`) is no day.
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_START = r"(?:/|(?<!\d)-)"  # a segment's start or a word's, never after a number: "jan-31-feb-2-2024" is a range
_END = r"(?:/|$|-(?!\d))"  # the segment's end or a word after it, never a number: "feb-6-2024-7" is no day
# A segment holding a second day is a range ("2024-01-18-to-2024-01-20"); a segment ending in a document's extension
# names a file ("/files/2024-06-30-annual-report.pdf"), whose day is the document's, not the page's.
_OTHER_DAY = r"(?:19|20)\d\d-\d\d-\d\d"
_FILE_END = r"\.(?i:pdf|docx?|xlsx?|pptx?|csv|txt|zip|jpe?g|png|gif)$"
ADDRESS_DAYS = (
    re.compile(rf"/{_YEAR}/(?P<month>\d\d)/(?P<day>\d\d)(?:/|$)"),
    re.compile(rf"/{_YEAR}-(?P<month>\d\d)-(?P<day>\d\d){_END}(?![^/]*{_OTHER_DAY})(?![^/]*{_FILE_END})"),
    re.compile(rf"{_START}(?P<name>{MONTH_PATTERN})-(?P<day>\d\d?)-{_YEAR}{_END}", re.IGNORECASE),
    re.compile(rf"{_START}(?P<day>\d\d?)-(?P<name>{MONTH_PATTERN})-{_YEAR}{_END}", re.IGNORECASE),
)


def address_day(address: str | None) -> dt.date | None:
    """The day an address states in its path (`ADDRESS_DAYS`), or None (a month alone, no real day, a range, a
    relative address, no address). The query string and fragment are not read: they are no part of the page's name."""
    if not address or "//" not in address:
        return None
    path = urlsplit(address).path
    for pattern in ADDRESS_DAYS:
        if match := pattern.search(path):
            return _real_day(match)
    return None


def _real_day(match: re.Match[str]) -> dt.date | None:
    """The match's day, its month a number or an English name or abbreviation (`calendar_words.MONTHS`); None if no
    such day."""
    month = int(match["month"]) if "month" in match.groupdict() else MONTHS[match["name"][:3].lower()]
    return real_day(int(match["year"]), month, int(match["day"]))


def is_web_address(url: str) -> bool:
    """http(s) only: anything else (javascript:, a relative path) must not become a link."""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _parse_date(value: Any) -> dt.date | str | None:
    """A date, None when absent, or the error message."""
    if value is None:
        return None
    if isinstance(value, str) and DATE.fullmatch(value.strip()):
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            return (
                day
                if day <= LATEST_DAY
                else f"published {day.isoformat()} is later than a build can date ({LATEST_DAY})"
            )
    if isinstance(value, str):
        return f"published {value[:40]!r} is not a real date in the form YYYY-MM-DD"
    return f"published must be a date in the form YYYY-MM-DD, not {str(value)[:40]!r}"


def _body_line(text: str) -> int:
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        for number, line in enumerate(lines[1:], start=2):
            if line.strip() == "---":
                return number + 1
    return 1
