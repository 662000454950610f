"""Shapes of text that the importer and the analysis both read, written once so that they agree.

A picture's credit is the line a paste or a page copies from under a photo or a map; the importer drops a caption
closed by one, and the events read no picture's day as a happening. An academic degree after a name ("Jane Roe,
PhD,") is no part of the name: a PDF's writer line and a quotation's attribution both skip it.
"""

from __future__ import annotations

import re

# PICTURE CREDIT: a whole line or sentence that is a picture's credit, nothing else: a photographer's name of one to
# four capitalised words (in capitals or not), a slash and an outlet, more outlets after slashes, "via" an agency and
# a ", FILE" mark allowed ("Menahem Kahana/AFP via Getty Images, FILE", "TIFFANY DUONG/Keys Weekly"), which alone is
# `NAME_AND_OUTLETS`, a credit on a line of its own; or an agency "via" another ("AFP via Getty Images"); or a
# picture's noun and its courtesy or credit ("Image courtesy of the National Oceanic and Atmospheric
# Administration", "Map courtesy of The Stimson Center."); or a credit label ("Photo: Hau Dinh/AP"). Read whole
# (`fullmatch`): a slash among a sentence's first words ("The US/UK proposal remains on the table.") is followed by
# lower-case words, and "Courtesy of a $2 million state grant, entry will be free" names no picture.
NAME_AND_OUTLETS = (
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s?/\s?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|via|of|and|&))*"
    r"(?:\s?/\s?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|via|of|and|&))*)*(?:,\s*FILE)?"
)
PICTURE_CREDIT = re.compile(
    rf"(?:{NAME_AND_OUTLETS}"
    r"|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+via\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}"
    r"|(?:Image|Photo|Photograph|Picture|Map|Graphic|Figure)s?\s+(?:courtesy(?:\s+of)?|credit:?)\s+[^.!?]{2,80}"
    r"|(?:Photo|Image|Credit)\s*:\s*[^.!?]{2,80})\.?"
)
# ACADEMIC DEGREE: the letters of a degree or licence written after a name, with or without their full stops
# ("Ph.D.", "Ph. D.", "PhD", "M.D.", "MPH", "ScD", "Ed.D.", "D.V.M.", "RN"): the one list that a PDF's writer line
# ("Jaime Raymond, MPH") and a quotation's attribution ('," said Jane Roe, Ph.D., a virologist') read.
DEGREE = (
    r"(?:Ph\.?\s?D|M\.?\s?D|Ed\.?\s?D|Sc\.?D|Dr\.?P\.?H|D\.?V\.?M|M\.?P\.?H|M\.?S\.?N?|M\.?A|B\.?S\.?N?|B\.?A"
    r"|R\.?N|J\.?D|MBA|MSPH|MHS|DDS|PharmD|MSW|MPP|MPA)\.?"
)
