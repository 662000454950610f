"""The page templates compile once per process: for the article pages and the corpus-wide pages
alike, and again only when the kinds change (`mkdocs serve` rebuilds in one process)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import jinja2
import pytest

from build_site.model import Kind
from build_site.pages import environment
from tests.helpers import FIXTURE_CORPUS, site_pages


def test_two_builds_compile_each_template_once_and_make_the_same_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    environment.cache_clear()
    compiled: Counter[str | None] = Counter()
    compile_template = jinja2.Environment.compile

    def counted(self: jinja2.Environment, source: Any, name: str | None = None, *args: Any, **kwargs: Any) -> Any:
        compiled[name] += 1
        return compile_template(self, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counted)
    first = site_pages(FIXTURE_CORPUS)
    second = site_pages(FIXTURE_CORPUS)
    assert first == second
    assert compiled["article.html.j2"] == 1
    assert compiled["topic.html.j2"] == 1
    assert compiled["_macros.html.j2"] == 1  # imported by the article page and the corpus-wide pages


def test_other_kinds_have_their_own_templates() -> None:
    default = environment()
    assert environment() is default
    kinds = (Kind("thing", "Thing", "Things", "palette-1"),)
    other = environment(kinds)
    assert other is not default
    assert other.globals["KINDS"] == kinds
