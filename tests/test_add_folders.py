"""`briefing add folder/`: what a folder's entries are read as, and every entry left out said.

Real files, real symlinks and a real FIFO in tmp_path.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.helpers import add

STORY = "Harbor repairs begin\n\nRepairs of the harbor begin on Monday, the town council said on March 3, 2025.\n"
OTHER = "Ferry service resumes\n\nThe ferry to the island resumes its crossings on Friday, the operator said.\n"
SECRET = "root:*:20228:0:99999:7:::\nsecret line two\n"  # no title: a refusal would quote its first line



def written(corpus: Path) -> list[str]:
    articles = corpus / "articles"
    return sorted(path.read_text(encoding="utf-8") for path in articles.glob("*.md")) if articles.is_dir() else []


def summary_line(out: str, entry: Path) -> str:
    """The closing summary's one line for `entry`."""
    [line] = [line for line in out.splitlines() if line.startswith(f"  {entry}: ")]
    return line.removeprefix(f"  {entry}: ")


def test_links_out_of_the_folder_are_refused_unread_and_unquoted(tmp_path: Path, capsys) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "outside.txt").write_text(OTHER, encoding="utf-8")
    (outside / "shadow").write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "l.txt").symlink_to(outside / "outside.txt")
    (folder / "s.txt").symlink_to(outside / "shadow")
    (folder / "dir").symlink_to(outside, target_is_directory=True)
    corpus = tmp_path / "corpus"
    code, out, err = add(capsys, corpus, str(folder))
    assert code == 1
    assert len(written(corpus)) == 1 and "Harbor repairs begin" in written(corpus)[0]
    for link, target, what in (
        ("l.txt", outside / "outside.txt", "file"),
        ("s.txt", outside / "shadow", "file"),
        ("dir", outside, "folder"),
    ):
        assert summary_line(out, folder / link) == (
            f"refused: leads through a link to {target}, outside the folder {folder}; not read (copy the {what} in)"
        )
    assert "root:" not in out + err and "Ferry" not in out + err
    assert err == "briefing add: 3 of 4 inputs refused (listed above)\n"


def test_a_link_to_a_file_of_the_folder_is_read_once_as_that_file(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "0-first.txt").symlink_to("story.txt")  # sorted before its target, still not read first
    nested = folder / "kept"
    nested.mkdir()
    (nested / "other.txt").write_text(OTHER, encoding="utf-8")
    (folder / "other-link.txt").symlink_to(nested / "other.txt")
    corpus = tmp_path / "corpus"
    code, out, err = add(capsys, corpus, str(folder))
    assert (code, err) == (0, "")
    assert len(written(corpus)) == 2
    assert summary_line(out, folder / "story.txt").startswith("imported as corpus/articles/")
    assert summary_line(out, folder / "0-first.txt") == "not read: a link to story.txt, read once, as that file"
    assert summary_line(out, folder / "other-link.txt").startswith("imported as corpus/articles/")


def test_every_entry_a_folder_import_leaves_out_is_said_with_its_reason(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "fold"
    (folder / "nested" / "deeper").mkdir(parents=True)
    (folder / "nested" / "deeper" / "n.txt").write_text(OTHER, encoding="utf-8")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "h.txt").write_text(OTHER, encoding="utf-8")
    (folder / ".dot.txt").write_text(OTHER, encoding="utf-8")
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n")
    (folder / "gone.txt").symlink_to("missing.txt")
    os.mkfifo(folder / "pipe.txt")
    corpus = tmp_path / "corpus"
    code, out, err = add(capsys, corpus, str(folder))
    assert code == 1 and err == "briefing add: 2 of 3 inputs refused (listed above)\n"
    assert len(written(corpus)) == 1 and "Harbor repairs begin" in written(corpus)[0]
    hidden = "not read: hidden (its name starts with a dot; hidden files and folders are passed over)"
    assert summary_line(out, folder / ".hidden") == hidden
    assert summary_line(out, folder / ".dot.txt") == hidden
    assert summary_line(out, folder / "nested") == (
        "not read: a folder inside the folder given (their files are not read); give it by itself to import them"
    )
    assert (
        summary_line(out, folder / "photo.png")
        == "not read: not an article file (.htm, .html, .markdown, .md, .pdf, .txt)"
    )
    assert summary_line(out, folder / "gone.txt") == "refused: is a link to missing.txt, which does not exist"
    assert summary_line(out, folder / "pipe.txt") == "refused: is a named pipe (FIFO), not a regular file"
    assert len(out.split("1 of 3 inputs imported:\n")[1].splitlines()) == 7  # one line per entry


def test_a_folder_of_nothing_to_import_is_refused_with_its_entries_said(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "fold"
    (folder / "nested").mkdir(parents=True)
    (folder / ".dot.txt").write_text(OTHER, encoding="utf-8")
    code, out, _ = add(capsys, tmp_path / "corpus", str(folder))
    assert code == 1
    assert summary_line(out, folder).startswith("refused: is a folder with no article files")
    assert summary_line(out, folder / ".dot.txt").startswith("not read: hidden")
