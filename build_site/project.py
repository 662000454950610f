"""Which briefing a command works on: its mkdocs.yml, and the corpus folder that file names.

Every command finds the briefing the same way: `-f FILE` if given, else `mkdocs.yml` in the
working folder or the nearest folder above it (as git finds its repository), so a command run
from `corpus/articles/` works on the briefing around it. The corpus folder is the `corpus`
option of the `briefing` plugin in that file, never a second setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from mkdocs.exceptions import ConfigurationError
from mkdocs.utils.yaml import yaml_load

from build_site.kinds import declared_kinds
from build_site.model import DEFAULT_KINDS, Kind
from build_site.problems import InputError, Problem, display_path

CONFIG_NAME = "mkdocs.yml"
DEFAULT_CORPUS = "corpus"  # the plugin's default (plugin.py, BriefingConfig.corpus)


@dataclass(frozen=True, slots=True)
class Project:
    """A briefing on disk: its configuration file, its corpus folder and its kinds."""

    config_file: Path
    corpus: Path
    kinds: tuple[Kind, ...] = DEFAULT_KINDS

    @property
    def articles(self) -> Path:
        return self.corpus / "articles"

    @property
    def topics(self) -> Path:
        return self.corpus / "topics"


def find_config(config_file: Path | None, start: Path | None = None) -> Path:
    """The configuration file: the one given, or the nearest `mkdocs.yml` from `start` upwards."""
    if config_file is not None:
        if not config_file.is_file():
            raise InputError([Problem(config_file, _not_a_config(config_file))])
        return config_file
    here = (start or Path.cwd()).absolute()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    raise InputError(
        [Problem(here, f"no {CONFIG_NAME} here or in any folder above (run inside a briefing, or pass -f)")]
    )


def _not_a_config(path: Path) -> str:
    """Why `-f PATH` is no configuration file, and what to pass instead."""
    if path.is_dir():
        inside = path / CONFIG_NAME
        hint = f"-f {display_path(inside)}" if inside.is_file() else f"-f with the briefing's {CONFIG_NAME}"
        return f"is a folder, not a configuration file (pass {hint})"
    if not path.exists():
        return f"does not exist (-f takes the briefing's {CONFIG_NAME})"
    return "is not a regular file"


def load_project(config_file: Path | None, start: Path | None = None) -> Project:
    """The briefing a command works on; one error line naming mkdocs.yml if it cannot be read."""
    path = find_config(config_file, start)
    options = _briefing_options_of(path)
    return Project(
        config_file=path,
        corpus=path.absolute().parent / _corpus_option(path, options),
        kinds=declared_kinds(options.get("kinds"), path),
    )


def _briefing_options_of(path: Path) -> dict[str, Any]:
    """The `briefing` plugin's options, read with MkDocs' own loader (it knows `!ENV`)."""
    try:
        with path.open("rb") as stream:
            config = yaml_load(stream)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ConfigurationError) as exc:  # the last: a bad INHERIT
        raise InputError([Problem(path, f"cannot be read as YAML ({' '.join(str(exc).split())})")]) from None
    options = _briefing_options(config.get("plugins") if isinstance(config, dict) else None)
    if options is None:
        raise InputError([Problem(path, "has no `briefing` plugin under `plugins:`; it is not a briefing")])
    return options


def _corpus_option(path: Path, options: dict[str, Any]) -> str:
    corpus = options.get("corpus", DEFAULT_CORPUS)
    if not isinstance(corpus, str) or not corpus.strip():
        raise InputError([Problem(path, "the `briefing` plugin's `corpus` must name a folder")])
    return corpus


def _briefing_options(plugins: Any) -> dict[str, Any] | None:
    """The options under `briefing` in either form MkDocs accepts (a list, or a mapping)."""
    entries = (
        plugins.items()
        if isinstance(plugins, dict)
        else (
            (next(iter(item.items())) if isinstance(item, dict) and len(item) == 1 else (item, None))
            for item in (plugins if isinstance(plugins, list) else [])
        )
    )
    for name, options in entries:
        if name == "briefing":
            return options if isinstance(options, dict) else {}
    return None
