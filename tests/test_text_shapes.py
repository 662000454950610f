"""The text shapes the importer and the analysis share read the same way in each: a picture's credit and an
academic degree after a name."""

from __future__ import annotations

import pytest

from build_site.importer_clean import credited_caption
from build_site.importer_pdf import WRITER_LINE
from build_site.text_shapes import PICTURE_CREDIT


@pytest.mark.parametrize(
    "credit",
    [
        "Menahem Kahana/AFP via Getty Images, FILE",
        "TIFFANY DUONG/Keys Weekly",
        "Chase Stevens/Las Vegas Review-Journal/TNS",
        "AFP via Getty Images",
        "Image courtesy of the National Oceanic and Atmospheric Administration",
        "Map courtesy of The Stimson Center.",
        "Photo: Hau Dinh/AP",
    ],
)
def test_a_credit_line_is_a_picture_credit_whole_and_closes_a_caption(credit: str) -> None:
    assert PICTURE_CREDIT.fullmatch(credit)
    assert credited_caption(f"Divers survey a bleached reef off Eilat. {credit}")


@pytest.mark.parametrize(
    "sentence",
    [
        "The US/UK proposal remains on the table.",
        "Courtesy of a $2 million state grant, entry will be free through the summer.",
        "Owners/ operators who miss it pay a fine.",
    ],
)
def test_a_sentence_of_the_story_is_no_picture_credit(sentence: str) -> None:
    assert not PICTURE_CREDIT.fullmatch(sentence)
    assert not credited_caption(f"The museum reopened on Saturday. {sentence}")


@pytest.mark.parametrize("line", ["Jaime Raymond, MPH", "Jane Roe, Ed.D.", "Derek Manzello, Ph. D.", "Ann Lee, DVM"])
def test_a_pdf_writer_line_reads_each_degree_of_the_one_list(line: str) -> None:
    assert WRITER_LINE.fullmatch(line)
