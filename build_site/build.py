"""`briefing build` and `briefing serve`: MkDocs with strict checks, an atomic swap and a summary."""
from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands import build as mkdocs_build
from mkdocs.commands import serve as mkdocs_serve
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException, PluginError

from build_site.linkcheck import check_site
from build_site.plugin import CORPUS_ERRORS, BriefingPlugin
from build_site.problems import display_path
from build_site.summary import print_summary


def build_site(config_file: Path, site_dir: Path | None, quiet: bool = False) -> int:
    """Build into a temporary folder; replace the site folder only if everything passed."""
    started = time.perf_counter()
    _quiet_mkdocs(quiet)
    if not config_file.is_file():
        print(f"{config_file}: error: no MkDocs configuration here (run from the project folder or pass -f)", file=sys.stderr)
        return 1
    try:
        config = load_config(str(config_file), strict=True)
    except MkDocsException as exc:
        print(f"{config_file}: error: {exc}", file=sys.stderr)
        return 1
    target = (Path(site_dir) if site_dir else Path(config.site_dir)).resolve()
    refusal = _unsafe_target(target, config)
    if refusal:
        print(f"{display_path(target)}: error: {refusal}; choose another --site-dir", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    staging.chmod(0o777 & ~umask())  # mkdtemp makes it private; a site is read by the web server
    try:
        config = load_config(str(config_file), strict=True, site_dir=str(staging))
        plugin = _briefing_plugin(config)
        mkdocs_build.build(config)  # the pipeline's pool is gone when it returns or raises
        broken = check_site(staging, urlsplit(config.site_url or "/").path or "/")
        if broken:
            for problem in broken:
                print(f"{display_path(target)}/{problem.path}: error: {problem.message}", file=sys.stderr)
            print(f"error: the build has {len(broken)} broken links; {display_path(target)}/ was left as it was", file=sys.stderr)
            return 1
        _swap_into_place(staging, target)
    except (MkDocsException, SystemExit) as exc:
        # MkDocs has already logged the reasons (one line each); Abort's own text adds nothing,
        # and a corpus error's count is said once, here (_hide_repeats).
        corpus_errors = CORPUS_ERRORS.fullmatch(str(exc.__context__)) if isinstance(exc.__context__, PluginError) else None
        if corpus_errors:
            reason = corpus_errors.group(1)
        else:
            reason = "the build failed" if str(exc).startswith("Aborted with") else str(exc)
        print(f"error: {reason}; {display_path(target)}/ was left as it was", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if not logging.getLogger("mkdocs").isEnabledFor(logging.INFO):  # else the plugin logged them
        for warning in plugin.warnings:
            print(warning, file=sys.stderr)
    print_summary(plugin.briefing, {**plugin.timings, "total": time.perf_counter() - started}, target,
                  plugin.cache_notes)
    return 0


def _unsafe_target(target: Path, config) -> str | None:  # type: ignore[no-untyped-def]
    """Why the site may not be built at `target` (it replaces that folder), or None."""
    project = Path(config.config_file_path).resolve().parent
    docs = Path(config.docs_dir).resolve()
    corpus = next((p.corpus_dir(config).resolve() for p in config.plugins.values() if isinstance(p, BriefingPlugin)), None)
    for name, folder in (("the project", project), ("docs_dir", docs), ("the corpus", corpus)):
        if folder is None:
            continue
        if target == folder or target in folder.parents:
            return f"is or holds {name}, which the build would replace"
        if name != "the project" and folder in target.parents:
            return f"is inside {name}"
    return None


def _swap_into_place(staging: Path, target: Path) -> None:
    """Two renames on one file system: readers never see a half-written site."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        target.rename(old)
    staging.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def umask() -> int:
    """The process's umask, for a folder made private (mkdtemp) that should be as readable as
    any other. It can only be read by setting it: call it before any other thread makes files."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _briefing_plugin(config) -> BriefingPlugin:  # type: ignore[no-untyped-def]
    for plugin in config.plugins.values():
        if isinstance(plugin, BriefingPlugin):
            return plugin
    raise MkDocsException("mkdocs.yml does not enable the `briefing` plugin")


class _LineFormatter(logging.Formatter):
    """One line per record; the corpus problems already say `file:line: error: ...`."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if ": error:" in message or ": warning:" in message or record.levelno < logging.WARNING:
            return message
        return f"{record.levelname.lower()}: {message}"


def _hide_repeats(record: logging.LogRecord) -> bool:
    """MkDocs announces the temporary folder it builds into (the user only cares about the
    site), and logs the count of corpus errors that build_site reports with its outcome."""
    message = str(record.msg)
    return not (message.startswith(("Cleaning site directory", "Building documentation to directory"))
                or CORPUS_ERRORS.fullmatch(message))


def _quiet_mkdocs(quiet: bool) -> None:
    """MkDocs logs through `mkdocs`; its warnings fail the strict build, so they stay visible."""
    logger = logging.getLogger("mkdocs")
    if not any(isinstance(h.formatter, _LineFormatter) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_LineFormatter())
        handler.addFilter(_hide_repeats)
        logger.addHandler(handler)
        logger.propagate = False
    logger.setLevel(logging.WARNING if quiet or os.environ.get("CI") else logging.INFO)


def serve_site(config_file: Path, dev_addr: str | None) -> int:
    """`mkdocs serve`, with the corpus watched (the plugin adds it)."""
    _quiet_mkdocs(False)
    try:
        mkdocs_serve.serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True)
    except MkDocsException as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
