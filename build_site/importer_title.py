"""The title of pasted text: the line a reader would pick, or none (then `--title` is asked for).

Text copied from a web page often starts with what surrounds the headline: a breadcrumb, a
category or person tag, a reading time, a date or a press-release header, a byline, a sign-up
prompt. Those lines are passed over (and listed as dropped); the first line shaped like a
headline is the title. A first line that is prose is no title: the text has none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

TOP_WINDOW = 8  # the title is looked for among the first lines only
TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 30
PROSE_WORDS = 15  # a line this long that ends like a sentence is a paragraph, not a headline
KICKER_MAX_WORDS = 3

READING_TIME = re.compile(r"(?:\d+|one|two|three|four|five)[\s-]*(?:min(?:ute)?s?\.?)(?:\s+read(?:ing)?)?(?:\s+time)?"
                          r"|(?:reading time|read time)\W*\d+\s*min\w*\.?", re.IGNORECASE)
SIGN_UP = re.compile(r".{0,80}\b(?:sign up|subscribe|newsletter|get (?:the latest|our)|delivered to your inbox|"
                     r"register (?:now|for free)|create (?:a|your) (?:free )?account|download (?:our|the) app)\b.{0,80}",
                     re.IGNORECASE)
PAGER = re.compile(r"(?:«|‹|<)?\s*(?:last|next|previous|prev|older|newer)(?:\s+(?:article|post|story|page))?"
                   r"\s*(?:»|›|>)?(?:\s*[:|]\s*.{0,120})?", re.IGNORECASE)
PROMO = re.compile(r"(?:read (?:more|also|next)|see also|watch|listen|related|recommended|more from|trending|"
                   r"popular|most (?:read|popular|viewed|shared)|don'?t miss|also read|up next)\b.{0,150}",
                   re.IGNORECASE)
BREADCRUMB = re.compile(r"(?:home|inicio)\b.*|.+(?:\s[>»/›]\s.+){1,}", re.IGNORECASE)
PIPES = re.compile(r"[^|]{0,60}(?:\|[^|]{0,60}){2,}|\s*\|.*")  # "| | | News Around the Republic | 2009"
DATE_START = re.compile(r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s"
                        r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})")
PRESS_HEADER = re.compile(r".{0,80}\b(?:press release|news release|for immediate release|media advisory|"
                          r"distributed by|public company information)\b.*", re.IGNORECASE)
BYLINE_ANYWHERE = re.compile(r"(?:.{0,120}\s[-–—|•]\s*)?(?:written |posted |reported )?(?:by|por)\s+[A-Z][\w.'’-]*"
                             r"(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s*[,|•–—-].{0,60})?", re.IGNORECASE)
UPDATED = re.compile(r"(?:updated|published|posted|last (?:updated|modified))\b.{0,60}", re.IGNORECASE)


@dataclass(slots=True)
class TitlePick:
    """The title (None when the text has none), where it stands, and the lines passed over before it."""

    title: str | None
    start: int  # index of the first line of the title (or of the first body line when there is none)
    end: int  # index of the first line after the title
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (why, line), in order


def clutter_reason(line: str) -> str | None:
    """Why a short line anywhere in pasted text is page clutter, or None."""
    if READING_TIME.fullmatch(line):
        return "reading time"
    if len(line.split()) <= 25 and SIGN_UP.fullmatch(line) and not line.endswith((".", "”", '"')):
        return "sign-up prompt"
    if PAGER.fullmatch(line) and len(line.split()) <= 20:
        return "previous/next link"
    return None


def top_line_reason(line: str, following: str | None) -> str | None:
    """Why a line above the headline is not the headline, or None when it may be one."""
    if reason := clutter_reason(line):
        return reason
    words = line.split()
    checks = [
        (PRESS_HEADER, "press-release header"), (PIPES, "breadcrumb or section header"),
        (BREADCRUMB, "breadcrumb"), (UPDATED, "date line"), (PROMO, "promotion of other stories"),
    ]
    for pattern, why in checks:
        if len(words) <= 25 and pattern.fullmatch(line):
            return why
    if DATE_START.match(line) and len(words) <= 12:
        return "date line"
    if len(words) <= 14 and BYLINE_ANYWHERE.fullmatch(line) and not line.endswith("."):
        return "byline"
    if (len(words) <= KICKER_MAX_WORDS and following is not None and is_headline(following)
            and not following.endswith((".", ":", ";", ",")) and len(following.split()) > len(words) + 1
            and top_line_reason(following, None) is None):
        return "section or person tag above the headline"
    return None


def is_headline(line: str) -> bool:
    """Shaped like a headline: short, not a sentence of prose."""
    words = line.split()
    if not words or len(line) > TITLE_MAX_CHARS or len(words) > TITLE_MAX_WORDS:
        return False
    if not any(c.isalpha() for c in line):
        return False
    return not (len(words) >= PROSE_WORDS and line.endswith((".", ".”", '."')))


def pick_title(lines: list[str], wrapped_lines: int = 1) -> TitlePick:
    """Pass over the clutter at the top, then take the first headline-shaped line (or none).

    `wrapped_lines` is how many lines a headline may run on for (hard-wrapped text)."""
    skipped: list[tuple[str, str]] = []
    filled = [i for i, line in enumerate(lines) if line]
    for position, index in enumerate(filled[:TOP_WINDOW]):
        line = lines[index]
        following = lines[filled[position + 1]] if position + 1 < len(filled) else None
        if following is None:
            return TitlePick(None, index, index, skipped)  # a last line is never the title of nothing
        reason = top_line_reason(line, following)
        if reason is not None:
            skipped.append((reason, line))
            continue
        end = index + 1
        while end - index < wrapped_lines and end < len(lines) and lines[end]:
            end += 1
        title = " ".join(lines[index:end])
        if is_headline(title):
            return TitlePick(title, index, end, skipped)
        return TitlePick(None, index, index, skipped)
    first = filled[0] if filled else 0
    return TitlePick(None, first, first, [])
