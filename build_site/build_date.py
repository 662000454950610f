"""The one date a build writes (sitemap.xml's `lastmod`, the gzip header of sitemap.xml.gz,
the theme's build date): `SOURCE_DATE_EPOCH` when set, else the newest article's date, so
two builds of the same corpus are byte-identical whatever the day. MkDocs reads the variable
itself; this sets it for the build when the user has not."""

from __future__ import annotations

import calendar
import datetime as dt
import os

from build_site.calendar_words import LATEST_EPOCH
from build_site.model import Article

VARIABLE = "SOURCE_DATE_EPOCH"
_set_here: str | None = None  # the value this process set, replaced by a later build's (`mkdocs serve`)


def pin_build_date(articles: list[Article]) -> None:
    """Set SOURCE_DATE_EPOCH to midnight (UTC) of the newest article's date, unless the user
    set it; with no dated article the build keeps today's date. A corpus whose newest article is older than
    1970 is pinned to 1970-01-01, the earliest date the gzip header holds (`check` refuses a day after
    `LATEST_DAY`)."""
    global _set_here  # noqa: PLW0603 - one environment per process
    current = os.environ.get(VARIABLE)
    if current is not None and current != _set_here:
        return
    newest = max((a.published for a in articles if a.published is not None), default=None)
    if newest is None:
        if _set_here is not None:
            os.environ.pop(VARIABLE, None)
            _set_here = None
        return
    _set_here = str(min(max(calendar.timegm(newest.timetuple()), 0), LATEST_EPOCH))
    os.environ[VARIABLE] = _set_here


def epoch_error() -> str | None:
    """Why the user's SOURCE_DATE_EPOCH cannot date a build, or None: MkDocs reads it as whole seconds
    (`int`), and the gzip header of sitemap.xml.gz holds 0 to `LATEST_EPOCH`; any other value would end
    the build in a traceback halfway through."""
    value = os.environ.get(VARIABLE)
    if value is None or value == _set_here:
        return None
    try:
        seconds = int(value)
    except ValueError:
        seconds = -1
    if 0 <= seconds <= LATEST_EPOCH:
        return None
    return (
        f"{VARIABLE}={value[:40]!r} is not a build date: set it to whole seconds since 1970-01-01 UTC, "
        f"0 to {LATEST_EPOCH}, or unset it"
    )


def build_moment() -> str:
    """The moment this build happens (ISO 8601, UTC, to the second), which whats_new.py
    records as when new articles and changes entered the briefing: `SOURCE_DATE_EPOCH` as the
    user set it, else the clock (never the newest article's date pinned above: an article
    added today entered today, whatever its date)."""
    current = os.environ.get(VARIABLE)
    if current is not None and current != _set_here and current.isdigit():
        moment = dt.datetime.fromtimestamp(int(current), dt.UTC)
    else:
        moment = dt.datetime.now(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
