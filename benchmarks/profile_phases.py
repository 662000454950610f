"""cProfile of the articles' analysis and of page generation for one corpus, outside MkDocs.

    python benchmarks/profile_phases.py PROJECT_DIR [--top 15] [--only load_inputs|render_pages]

Profiles `load_inputs` (load, parse and match, analyze; in one process, without the
cache) and `render_pages` (pages) separately and prints, for each, the phase timings and the top functions by cumulative time.
With --only, the other one runs unprofiled (render_pages needs the Briefing).
"""
from __future__ import annotations

import cProfile
import io
import json
import pstats
import sys
import time
from pathlib import Path


def top_functions(profiler: cProfile.Profile, limit: int) -> list[dict[str, object]]:
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, name), (_cc, calls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        short = filename
        for marker in ("/build_site/", "/site-packages/", "/lib/python"):
            if marker in filename:
                short = filename.split(marker, 1)[1]
                short = ("build_site/" + short) if marker == "/build_site/" else short
                break
        rows.append({"function": f"{short}:{line}({name})", "calls": calls, "tottime": tottime, "cumtime": cumtime})
    rows.sort(key=lambda r: -float(r["cumtime"]))  # type: ignore[arg-type]
    return rows[:limit]


def main() -> int:
    project = Path(sys.argv[1]).resolve()
    limit = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 15
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from child import use_snapshot

    use_snapshot()
    import build_site

    from build_site.pipeline import Options, build
    from build_site.trace import Tracer
    from build_site.work import pool

    pool.PARALLEL_FROM = sys.maxsize  # profile the work itself, not a wait on worker processes

    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    out: dict[str, object] = {"product": str(Path(build_site.__file__).resolve().parent)}
    profiler = cProfile.Profile()
    started = time.perf_counter()
    if only != "render_pages":
        profiler.enable()
    tracer = Tracer()
    built = build(project / "corpus", Options(), tracer)
    _ = built.assemble()  # every article analysed (its page made with it) and the Briefing assembled
    profiler.disable()
    out["load_inputs"] = {"seconds": time.perf_counter() - started, "timings": tracer.timings,
                          "top": top_functions(profiler, limit) if only != "render_pages" else []}
    if only == "load_inputs":
        print(json.dumps(out))
        return 0
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    pages = dict(built.pages())
    profiler.disable()
    out["render_pages"] = {"seconds": time.perf_counter() - started, "pages": len(pages),
                           "top": top_functions(profiler, limit)}
    stream = io.StringIO()
    print(json.dumps(out), file=stream)
    sys.stdout.write(stream.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
