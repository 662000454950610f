"""A comment line above most of a pasted story is chrome, not the start of readers' comments.

Round 14's blind set (dev since its after-run) lost whole stories this way: a share row's
"Comments" or a story-tools list's "post a comment" under the headline was read as the end of
the article, and the story after it was dropped (listed, but gone from the corpus). The
counter-example, a comment section after the story, is `test_intake_bylines`'s
`test_a_comment_section_after_the_story_still_ends_it`, still cut off.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from build_site.importer import prepare

DEV = Path(__file__).resolve().parent / "fixtures" / "round14_dev"


def imported(name: str, overrides: dict[str, str | None]) -> tuple[str, list[tuple[str, str]]]:
    prepared = prepare((DEV / name).read_bytes(), "text", overrides)
    return "\n".join(piece.text for piece in prepared.draft.pieces), prepared.draft.dropped


@pytest.mark.parametrize("overrides", [{}, {"title": "Given"}])
def test_a_story_tools_list_above_the_story_keeps_it(overrides: dict[str, str | None]) -> None:
    text, dropped = imported("14.txt", overrides)
    assert "Six years ago, Olivia Munn arrived in Hollywood" in text
    assert "Munn provides the ultimate case study" in text
    assert not any(why == "end of article" for why, _ in dropped)


def test_a_share_row_above_the_story_keeps_it_and_the_row_after_it_still_ends_it() -> None:
    text, dropped = imported("11.txt", {"title": "Given"})
    assert "Uranium fuel shipped by Russia will be loaded into the Bushehr reactor" in text
    assert [line for why, line in dropped if why == "end of article"] == ["Comments", "Recommend", "Tweet"]
