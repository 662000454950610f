"""The files a build adds to MkDocs' list, and those it writes itself after the render.

Every generated page is listed with its front matter (its HTML comes when MkDocs renders it);
briefing.json and feed.xml are listed, so links to them are checked, and written after the
render from the Briefing; the site's own scripts and styles (site_assets.py) are listed with
their content.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from build_site.build_date import build_moment
from build_site.feed import FEED, write_feed
from build_site.pagefind_search import SCRIPT, script_source
from build_site.pipeline import Build
from build_site.removed_pages import write_removed_pages
from build_site.site_assets import asset_paths, asset_source
from build_site.trace import Tracer
from build_site.whats_new import History, feed_moments, write_record

log = logging.getLogger("mkdocs.plugins.briefing")
JSON = "briefing.json"


class _WrittenAfterTheRender(File):
    """A file MkDocs lists but does not copy: it is written at the start of on_post_build, so
    other plugins find it on disk there (its `content` is empty: a large corpus's
    briefing.json would be held in memory)."""

    def copy_file(self, dirty: bool = False) -> None:
        pass


@dataclass(frozen=True, slots=True)
class Outputs:
    """Where briefing.json and feed.xml go in the site."""

    json: Path
    feed: Path


def add_generated_files(files: Files, config: MkDocsConfig, plan: dict[str, str], pagefind: bool) -> Outputs:
    """List every generated file in `files`; a hand-written file in docs/ must not hide one."""
    for src_uri in [*plan, JSON, FEED, *asset_paths()]:
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(f"briefing: docs/{src_uri} would hide a generated file; remove or rename it")
    for src_uri, front_matter in plan.items():
        files.append(File.generated(config, src_uri, content=front_matter))
    written = [_WrittenAfterTheRender.generated(config, src_uri, content="") for src_uri in (JSON, FEED)]
    for file in written:
        files.append(file)
    if pagefind:
        files.append(File.generated(config, SCRIPT, content=script_source()))
    for path in asset_paths():
        files.append(File.generated(config, path, content=asset_source(path)))
    return Outputs(Path(written[0].abs_dest_path), Path(written[1].abs_dest_path))


def write_outputs(built: Build, history: History, outputs: Outputs, config: MkDocsConfig, tracer: Tracer) -> None:
    """briefing.json, the record of what this build saw, the pages of removed topics, and feed.xml."""
    with tracer.step(JSON):
        outputs.json.parent.mkdir(parents=True, exist_ok=True)
        built.write_briefing_json(outputs.json)
    if history.record is not None and history.seen is not None:
        try:
            write_record(history.record, history.seen)
        except OSError as exc:
            log.info(f"briefing: {history.record}: the record of this build could not be written ({exc})")
    if history.seen is not None:
        write_removed_pages(outputs.json.parent, history.seen.removed, config.site_name)
    with tracer.step(FEED):
        changes = history.seen.changes if history.seen else ()
        added = feed_moments(history.seen, built.briefing.articles, build_moment())
        write_feed(built.briefing, outputs.feed, config.site_name, config.site_url or "", added, changes)
