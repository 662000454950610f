"""`briefing build` and `briefing serve`: MkDocs with strict checks, an atomic swap and a summary."""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands import build as mkdocs_build
from mkdocs.commands import serve as mkdocs_serve
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException, PluginError

from build_site import site_folder
from build_site.interrupts import Interrupted, Stop, deferred, stoppable
from build_site.linkcheck import check_site
from build_site.plugin import CORPUS_ERRORS, BriefingPlugin
from build_site.problems import display_path
from build_site.summary import print_summary


class _Failed(Exception):
    """A build that ends in the line this carries (its other lines already printed), exit 1."""


def build_site(config_file: Path, site_dir: Path | None, quiet: bool = False) -> int:
    """Build into a temporary folder; replace the site folder only if everything passed.
    Every way it can fail ends in one line and a non-zero exit, with the last site as it was."""
    started = time.perf_counter()
    _quiet_mkdocs(quiet)
    stop = Stop()
    target = Path(site_dir or "site")
    try:
        config, target, corpus = _load(config_file, site_dir)
        with stoppable(stop), _said_in_the_summary():
            plugin = _build_in_place(config_file, config, target, corpus, stop)
    except _Failed as exc:
        print(exc, file=sys.stderr)
        return 1
    except Interrupted as exc:
        left = "the new site was already in place" if stop.committed else _left_as_it_was(target)
        print(f"error: stopped by {exc}; {left}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        print(f"error: {_os_error(exc, target)}; {_left_as_it_was(target)}", file=sys.stderr)
        return 1
    if not logging.getLogger("mkdocs").isEnabledFor(logging.INFO):  # else the plugin logged them
        for warning in plugin.warnings:
            print(warning, file=sys.stderr)
    print_summary(
        plugin.briefing, {**plugin.timings, "total": time.perf_counter() - started}, target, plugin.cache_notes
    )
    return 0


def _left_as_it_was(target: Path) -> str:
    """What a failed build did to the site folder: nothing, said of the last site when there is
    one, and without promising one when the briefing has never been built."""
    where = display_path(target)
    return f"{where}/ was left as it was" if target.exists() else f"no {where}/ was written"


def _load(config_file: Path, site_dir: Path | None) -> tuple[MkDocsConfig, Path, Path]:
    """The configuration, the site folder (links followed) and the corpus folder."""
    if not config_file.is_file():
        raise _Failed(f"{config_file}: error: no MkDocs configuration here (run from the project folder or pass -f)")
    said: list[str] = []
    try:
        with _config_errors(said):
            config = load_config(str(config_file), strict=True)
        corpus = _briefing_plugin(config).corpus_dir(config)
    except MkDocsException as exc:
        reasons = "; ".join(said) if said and str(exc).startswith("Aborted with") else str(exc)
        raise _Failed(f"{display_path(config_file)}: error: {reasons}") from None
    return config, (Path(site_dir) if site_dir else Path(config.site_dir)).resolve(), corpus


_CONFIG_VALUE = re.compile(r"Config value '([^']*)': (.*)", re.S)


@contextmanager
def _config_errors(said: list[str]) -> Iterator[None]:
    """MkDocs logs each invalid setting of mkdocs.yml, then aborts with a line that names none:
    the settings are kept (`plugins: The "briefng" plugin is not installed`) for one line."""

    def keep(record: logging.LogRecord) -> bool:
        if record.levelno < logging.ERROR:
            return True
        found = _CONFIG_VALUE.fullmatch(record.getMessage())
        said.append(f"{found.group(1)}: {found.group(2)}" if found else record.getMessage())
        return False

    with _filtered(["mkdocs.config"], keep):
        yield


def _build_in_place(config_file: Path, config: MkDocsConfig, target: Path, corpus: Path, stop: Stop) -> BriefingPlugin:
    """Refuse a folder the build may not replace, then build and swap, one build at a time."""
    where = display_path(target)
    refusal = site_folder.refusal(target, config, corpus)
    if refusal:
        raise _Failed(f"{where}: error: {refusal}; choose another --site-dir")
    target.parent.mkdir(parents=True, exist_ok=True)
    project = Path(config.config_file_path).resolve().parent
    waiting = f"waiting for another build of this project or of {where}/ to finish"
    with site_folder.locked([project, target.parent], waiting):
        site_folder.remove_leftovers(target)
        refusal = site_folder.refusal(target, config, corpus)  # what the other build left is checked again
        if refusal:
            raise _Failed(f"{where}: error: {refusal}; choose another --site-dir")
        return _build_and_swap(config_file, target, stop)


def _build_and_swap(config_file: Path, target: Path, stop: Stop) -> BriefingPlugin:
    """The plugin that built the new site, now in place."""
    where = display_path(target)
    staging = Path(tempfile.mkdtemp(prefix=site_folder.staging_prefix(target), dir=target.parent))
    try:
        staging.chmod(0o777 & ~umask())  # mkdtemp makes it private; a site is read by the web server
        config = load_config(str(config_file), strict=True, site_dir=str(staging))
        plugin = _briefing_plugin(config)
        try:
            mkdocs_build.build(config)
        finally:
            plugin.end_work()  # however it ended (Ctrl-C too), no worker is left
        stop.check()  # a signal whose exception something swallowed still stops the build
        broken = check_site(staging, urlsplit(config.site_url or "/").path or "/")
        for problem in broken:
            print(f"{where}/{problem.path}: error: {problem.message}", file=sys.stderr)
        if broken:
            raise _Failed(f"error: the build has {len(broken)} broken links; {_left_as_it_was(target)}")
        with deferred():
            stop.check()
            site_folder.swap_into_place(staging, target)
            stop.committed = True
        site_folder.remove_replaced(staging)  # the site it replaced, not waited for
    except (MkDocsException, SystemExit) as exc:
        # MkDocs has already logged the reasons (one line each); Abort's own text adds nothing,
        # and a corpus error's count is said once, here (_hide_repeats).
        corpus_errors = (
            CORPUS_ERRORS.fullmatch(str(exc.__context__)) if isinstance(exc.__context__, PluginError) else None
        )
        if corpus_errors:
            reason = corpus_errors.group(1)
        elif isinstance(exc.__context__, OSError):
            reason = _os_error(exc.__context__, target)
        else:
            reason = "the build failed" if str(exc).startswith("Aborted with") else str(exc)
        raise _Failed(f"error: {reason}; {_left_as_it_was(target)}") from None
    except OSError as exc:  # named after the site folder the user knows, not the staging one
        exc.filename = _in_target(exc.filename, staging, target)
        exc.filename2 = _in_target(exc.filename2, staging, target)
        raise
    finally:
        if not stop.committed:
            shutil.rmtree(staging, ignore_errors=True)  # a failed build's
    return plugin


def _in_target(filename: str | bytes | None, staging: Path, target: Path) -> str | bytes | None:
    if filename is None:
        return None
    path = Path(os.fsdecode(filename))
    return str(target / path.relative_to(staging)) if path.is_relative_to(staging) else filename


def _os_error(exc: OSError, site: Path) -> str:
    """`path: reason` (both paths for a rename), the way the shell's own tools say it. A write
    that names no file (MkDocs writing a page on a full disk) is named by the site being written."""
    paths = [display_path(Path(os.fsdecode(p))) for p in (exc.filename, exc.filename2) if p is not None]
    reason = exc.strerror or str(exc)
    return f"{' -> '.join(paths)}: {reason}" if paths else f"{display_path(site)}/ (writing the new site): {reason}"


def umask() -> int:
    """The process's umask, for a folder made private (mkdtemp) that should be as readable as
    any other. It can only be read by setting it: call it before any other thread makes files."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _briefing_plugin(config: MkDocsConfig) -> BriefingPlugin:
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


# MkDocs' line before it re-raises an error that is not its own (an OSError, say), which
# build_site then reports in one line of its own, naming the file.
_UNSAID_PAGE_ERROR = re.compile(r"Error building page '[^']*': \[Errno \d+\] .*", re.S)


def _hide_repeats(record: logging.LogRecord) -> bool:
    """MkDocs announces the temporary folder it builds into (the user only cares about the
    site), and logs the count of corpus errors and page errors that build_site reports with
    its outcome."""
    message = str(record.msg)
    return not (
        message.startswith(("Cleaning site directory", "Building documentation to directory"))
        or CORPUS_ERRORS.fullmatch(message)
        or _UNSAID_PAGE_ERROR.fullmatch(message)
    )


# What the plugin and MkDocs log for `mkdocs build` users that `briefing build`'s summary says.
_IN_THE_SUMMARY = re.compile(r"briefing: (read \d+ articles? and |reused \d+ of )|Documentation built in ")


@contextmanager
def _said_in_the_summary() -> Iterator[None]:
    """The counts, the cache's use and the time are said once, in the summary at the end;
    warnings and the progress of a long render are still logged as they come."""

    def keep(record: logging.LogRecord) -> bool:
        return not _IN_THE_SUMMARY.match(record.getMessage())

    with _filtered(["mkdocs.plugins.briefing", "mkdocs.commands.build"], keep):
        yield


@contextmanager
def _filtered(names: list[str], keep: Callable[[logging.LogRecord], bool]) -> Iterator[None]:
    """These loggers pass only the records `keep` lets through, for the time of the block."""
    loggers = [logging.getLogger(name) for name in names]
    for logger in loggers:
        logger.addFilter(keep)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeFilter(keep)


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
