"""Allows `python -m build_site`, the same as the `briefing` command."""
from build_site.cli import main

raise SystemExit(main())
