"""Allows `python -m build_site`, the same as the `briefing` command."""

from build_site.cli import main

if __name__ == "__main__":  # not when a spawned worker process imports it
    raise SystemExit(main())
