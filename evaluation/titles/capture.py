"""Save `briefing add`'s whole answer on each text of a folder, to judge later without rerunning.

For each text: the printed messages and the article as written (front matter and body), or the
refusal. A held-out set's run is saved this way when the set is committed and read only at the
end. Usage: python capture.py FOLDER (holding texts/) > run.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

import frontmatter
from measure import run


def capture(folder: Path) -> None:
    """Print each text's messages and written article between markers."""
    for text_file in sorted(path for path in (folder / "texts").iterdir() if path.suffix in (".txt", ".html", ".pdf")):
        out, err, post = run(text_file)
        print(f"===== {text_file.name}")
        print(out.rstrip())
        print(err.rstrip())
        print("----- article")
        print(frontmatter.dumps(post) if post else "(none written)")


if __name__ == "__main__":
    capture(Path(sys.argv[1]))
