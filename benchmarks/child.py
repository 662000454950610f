"""One build in a fresh process; prints one JSON line: phase timings, wall time, peak RSS.

    python benchmarks/child.py PROJECT_DIR SITE_DIR [--profile OUT.prof] [--cpu]

Run by benchmarks/run.py, one process per build, so peak memory belongs to that build alone.
With --cpu the plugin's phase timings are this process's CPU seconds (`time.process_time`),
not wall time: what the build's own process spends, which other work on a shared machine
inflates less (benchmarks/cpu.py).
"""
from __future__ import annotations

import importlib.util
import json
import logging
import os
import resource
import sys
import time
from pathlib import Path


def use_snapshot() -> None:
    """Import build_site/ from $BRIEFING_PRODUCT (a snapshot of a commit) rather than the work tree.

    The editable install's finder would otherwise win here. The pool's fork server needs the
    snapshot on PYTHONPATH too (its finder comes after PYTHONPATH): Python 3.11's fork server
    neither runs this script (its `__main__` preload looks for a key the preparation data does
    not have) nor takes this process's sys.path, so without it the workers imported
    build_site/ from the work tree, whichever revision the build's process ran.
    """
    root = os.environ.get("BRIEFING_PRODUCT")
    if not root or "build_site" in sys.modules:
        return
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
    package = Path(root) / "build_site"
    spec = importlib.util.spec_from_file_location("build_site", package / "__init__.py",
                                                  submodule_search_locations=[str(package)])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_site"] = module
    spec.loader.exec_module(module)


if __name__ == "__mp_main__":  # a spawned worker process: the same snapshot as the build it works for
    use_snapshot()


def peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork and exec,
    so a child of a big parent would report the parent's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def children_cpu() -> tuple[float, float]:
    """User and system CPU seconds of the build's worker processes: they are the fork server's
    children, so the server is stopped first (it waits for them; then this process waits for it)."""
    import multiprocessing.forkserver

    stop = getattr(multiprocessing.forkserver._forkserver, "_stop", None)
    if stop is not None:
        stop()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime, usage.ru_stime


def main() -> int:
    project, site = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    profile_out = sys.argv[sys.argv.index("--profile") + 1] if "--profile" in sys.argv else None
    imports_started = time.perf_counter()
    use_snapshot()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import build_site
    from build_site.plugin import BriefingPlugin

    imported = time.perf_counter() - imports_started
    if "--cpu" in sys.argv:  # the tracer and the render's clock read this process's CPU time
        import types

        import build_site.trace

        build_site.trace.time = types.SimpleNamespace(perf_counter=time.process_time)  # type: ignore[assignment]
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")  # the machine as the build starts
    started, cpu_started, times_started = time.perf_counter(), time.process_time(), os.times()
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    configured = time.perf_counter() - started
    if profile_out:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
        build(config)
        profiler.disable()
        profiler.dump_stats(profile_out)
    else:
        build(config)
    total, cpu, times = time.perf_counter() - started, time.process_time() - cpu_started, os.times()
    workers_user, workers_system = children_cpu()
    plugin = next((p for p in config.plugins.values() if isinstance(p, BriefingPlugin)), None)
    result = {
        "timings": dict(plugin.timings) if plugin else {},
        "work": dict(getattr(plugin, "work", {})),  # older versions of the plugin have none
        "config": configured,
        "total": total,
        "cpu": cpu,
        "user": times.user - times_started.user,  # the build's process, split as the kernel counts it
        "system": times.system - times_started.system,
        "workers_cpu": workers_user + workers_system,
        "workers_user": workers_user,
        "workers_system": workers_system,
        "load": load,
        "imports": imported,
        "product": str(Path(build_site.__file__).resolve().parent),
        "max_rss_mb": peak_rss_mb(),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
