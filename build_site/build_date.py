"""The one date a build writes (sitemap.xml's `lastmod`, the gzip header of sitemap.xml.gz,
the theme's build date): `SOURCE_DATE_EPOCH` when set, else the newest article's date, so
two builds of the same corpus are byte-identical whatever the day. MkDocs reads the variable
itself; this sets it for the build when the user has not."""

from __future__ import annotations

import calendar
import datetime as dt
import os

from build_site.model import Article

VARIABLE = "SOURCE_DATE_EPOCH"
_set_here: str | None = None  # the value this process set, replaced by a later build's (`mkdocs serve`)


def pin_build_date(articles: list[Article]) -> None:
    """Set SOURCE_DATE_EPOCH to midnight (UTC) of the newest article's date, unless the user
    set it; with no dated article the build keeps today's date."""
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
    _set_here = str(calendar.timegm(newest.timetuple()))
    os.environ[VARIABLE] = _set_here


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
