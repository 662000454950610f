"""Imports follow the data: a module imports only from its own layer or those below it."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "build_site"

# From the bottom up. Caching and parallelism (work.*) sit above everything they speed up:
# the analysis, the model and the pages know nothing of them.
LAYERS: list[tuple[str, set[str]]] = [
    ("the model", {"model", "problems", "slugs", "trace", "wording"}),
    ("bounded input", {"yaml_input", "input_files", "normalize", "name_checks", "calendar_words", "countries", "gazetteer", "kinds",
                       "text_shapes", "closest"}),
    ("text and names", {"text", "matcher", "facts", "candidates", "candidate_shapes", "candidate_sources", "corpus", "codebook",
                        "speakers", "candidate_kinds", "name_differences", "place_scope", "defined_abbreviations",
                        "person_names"}),
    ("one article", {"article_analysis", "fact_topics", "statements", "events"}),
    ("the corpus", {"analyze", "loading", "relations", "disagreements", "dismissals"}),
    ("views", {"snippets", "graph", "pages", "export", "feed", "whats_new", "search_html", "search_sections", "summary"}),
    ("caching and parallelism", {"work", "work.cache", "work.codec", "work.pool", "work.pickling", "work.articles", "work.collector",
                                 "work.topic_pages", "work.readings"}),
    ("the pipeline", {"pipeline", "linkcheck"}),
    ("intake", {"importer", "importer_html", "importer_model", "importer_title", "importer_dates", "importer_pdf",
                "importer_fetch", "importer_labels", "importer_address", "importer_listing", "importer_page_kind",
                "importer_page_signals", "importer_page_features", "importer_page_decision", "importer_page_head", "importer_page_date", "importer_header", "importer_release", "importer_publisher", "importer_byline", "importer_title_parts",
                "importer_text", "importer_clean", "importer_template", "importer_write", "importer_undated", "importer_type",
                "importer_batch", "shingles"}),
    ("the commands", {"plugin", "build", "check", "cli", "__main__", "__init__", "site_folder", "interrupts",
                      "page_security", "build_date", "project", "scaffold", "accept", "round_trip", "remove",
                      "pagefind_search", "site_assets", "site_files", "site_nav", "dismiss", "removed_pages"}),
]
# Imports inside functions: cli.py's, so `briefing --help` starts without MkDocs.
LAZY_ALLOWED = {"cli"}


def _modules() -> dict[str, Path]:
    return {
        ".".join(path.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__"): path
        for path in PACKAGE.rglob("*.py")
    }


def _imports(path: Path) -> tuple[set[str], set[str]]:
    """The package's modules this file imports at module level, and inside functions."""
    top, inner = set(), set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nested = {id(node) for fn in ast.walk(tree) if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))
              for node in ast.walk(fn)}
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("build_site"):
            base = node.module.removeprefix("build_site").lstrip(".")
            names = [f"{base}.{alias.name}".lstrip(".") if not base or base == "work" else base for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name.removeprefix("build_site.") for alias in node.names if alias.name.startswith("build_site.")]
        (inner if id(node) in nested else top).update(names)
    modules = _modules()
    return {n for n in top if n in modules}, {n for n in inner if n in modules}


def test_every_module_has_a_layer() -> None:
    layered = set().union(*(modules for _, modules in LAYERS))
    assert set(_modules()) - {""} <= layered, set(_modules()) - layered


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    level = {module: number for number, (_, modules) in enumerate(LAYERS) for module in modules}
    upward = [
        f"{module} ({LAYERS[level[module]][0]}) imports {imported} ({LAYERS[level[imported]][0]})"
        for module, path in _modules().items() if module
        for imported in _imports(path)[0]
        if level[imported] > level[module]
    ]
    assert upward == []


def test_no_import_cycle_and_no_import_inside_a_function() -> None:
    graph = {module: _imports(path)[0] for module, path in _modules().items() if module}
    inner = sorted(module for module, path in _modules().items() if _imports(path)[1] and module not in LAZY_ALLOWED)
    assert inner == []
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, " -> ".join((*path, module))
        if module in done:
            return
        for imported in graph[module]:
            visit(imported, (*path, module))
        done.add(module)

    for module in graph:
        visit(module, ())


def test_the_layer_test_sees_an_upward_import(tmp_path: Path) -> None:
    """The parser must find the imports it checks."""
    sample = tmp_path / "sample.py"
    sample.write_text("from build_site.work.cache import ArticleCache\nfrom build_site import graph, snippets\n"
                      "def f():\n    from build_site.pipeline import build\n", encoding="utf-8")
    assert _imports(sample) == ({"work.cache", "graph", "snippets"}, {"pipeline"})
