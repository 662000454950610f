"""Lines a news chain's, a journal's or an agency's page prints among the story's paragraphs.

Each rule reads the shape of a line and its neighbours, never one site's words; each line is dropped
and listed with its reason, and the credit and author lines read into the front matter:

- REPEATED LABEL: a paragraph of at most three words, no sentence, printed two or more times in the
  body, a count after it aside ("Advertisement 1", "Advertisement 2", "Article content" three
  times): an ad slot's or a section's label, when it holds no other digit and every copy stands
  among the story's paragraphs or other such labels, one copy next to the story. A short line
  between two of them ("Story continues below") belongs to the same slot.
- LABEL BOX: two or more paragraphs in a row, each a label of one or two words with a colon and no
  value ("Altmetric:", "Citations:", "Views:"): a metrics or sharing box whose values were not copied.
- MEDIA BLURB: a line opening with a label in capitals and a colon that names a medium ("WATCH: …",
  "LISTEN: …", "VIDEO: …"), the blurb of a video or a recording, and the short title line right
  above it that is no sentence.
- WIRE CREDIT: a line that is no sentence opening with a name in capitals before a slash ("THE
  CANADIAN PRESS/HO-…", "AP PHOTO/…", "REUTERS/Name"): a picture's credit.
- DATE AND READING TIME: a short line holding a whole date and ending with a reading time ("Wed.,
  June 7, 2023 timer 2 min. read", an icon's word between them): the page's date row, no happening.
- ISSUE LINE: a line of parts joined by slashes, one a journal's volume, issue and pages
  ("Weekly / August 25, 2023 / 72(34);933–935"): the issue a paper appeared in, no happening.
- AUTHOR LIST: a paragraph of two or more people parted by semicolons, each name followed by its
  degrees or an affiliation's number ("Haillie C. Meek, DVM1,2; Heather Aydin-Ghormoz, MS, MPA1; …"),
  as journals and agencies' reports print their authors: the names are the author where none was
  found, and the line leaves the text. A list of places or items parted by semicolons has no
  degree nor number after each part and stays.
- ISSUER LINE: "From: <a body's name>" ("From: Public Health Agency of Canada"), the line a
  government or agency page prints under its headline: the body is the publisher (before a portal's
  site name), never an author, and an author the extractor cut from it ("Public Health Agency") is
  dropped. "From:" before a person's name or an address is no issuer's line and stays.
- LEDE CREDIT: the story's first paragraph opening with an outlet's name in brackets and a dash,
  no place before it ("(The New York Times) – The sky …", "(Reuters) - …"): the outlet's credit, not
  the story's first words. It leaves the paragraph, is listed, and is the publisher where none was
  found. A dateline's credit ("CHICAGO (AP) —") keeps its place and stays.
- DATELINE CREDIT: the first paragraph (or the second, under a headline) opening with a wire's dateline, a place in capitals (its date
  or region after a comma) and the agency's name in brackets before the dash ("BEIJING, April 21
  (Xinhua) --", "CHICAGO (AP) —"): the agency is the publisher where none was found; the dateline
  stays in the text. A bracket holding a number ("(UPDATE 2)") names no agency.
- END MARK: the wire's mark closing its copy, run onto the last paragraph or alone after it
  ("… sincere dialogue. Enditem", "-30-", "###", "(END)"): no word of the story; it leaves the text
  and is listed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from build_site.importer_dates import human_date
from build_site.importer_model import Draft, Piece
from build_site.importer_publisher import names_a_body
from build_site.importer_title import READING_TIME

LABEL_MAX_WORDS = 3
BETWEEN_MAX_WORDS = 4  # "Story continues below"; a longer line between two labels is the story's
SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "’")
COUNT_AFTER = re.compile(r"\s+\d{1,2}$")  # "Advertisement 2": the slot's number
NUMBER = re.compile(r"\d")  # a date, an address, a step: a label of the content, not of the template
STORY_WORDS = 8
EMPTY_LABEL = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+)?:")
MEDIA_BLURB = re.compile(r"(?:WATCH|LISTEN|VIDEO|AUDIO|PHOTOS|GALLERY)\s*:\s+\S.*")
WIRE_CREDIT = re.compile(r"[A-Z][A-Z.&'’-]*(?:\s+[A-Z][A-Z.&'’-]*)*\s*/\s*\S.*")
TITLE_MAX_WORDS = 15  # a video's title above its blurb; a longer line is the story's
REPEATED_REASON = "page template's label, printed more than once"
BETWEEN_REASON = "page template's label, between two others"
BOX_REASON = "label box with nothing after its labels"
BLURB_REASON = "video or recording blurb"
BLURB_TITLE_REASON = "video or recording title (above its blurb)"
CREDIT_REASON = "image credit (a wire's name in capitals)"
LEDE_CREDIT = re.compile(
    r"\((?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of|the|and|&|[A-Z][\w&'’.-]*)){0,5})\)\s*[–—-]+\s+(?P<rest>[A-Z“\"].*)"
)
LEDE_CREDIT_REASON = "credit opening the first paragraph"
DATELINE_CREDIT = re.compile(
    r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s+[^()]{1,40}?)?\s+"
    r"\((?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of|the|and|&|[A-Z][\w&'’.-]*)){0,5})\)\s*[-–—]+\s"
)
END_MARK = re.compile(r"(?:^|\s+)(?:Enditem|ENDITEM|\(END\)|\(end\)|-30-|###)\s*$")
END_MARK_REASON = "wire's end mark"
AUTHOR_ENTRY = re.compile(
    r"(?P<name>[A-Z][\w'’-]+\.?(?:\s+[A-Z][\w'’-]*\.?){1,3})"  # "Haillie C. Meek", "Cristin E. McArdle"
    r"(?P<after>(?:,\s*[A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,3})*)(?P<marks>[\d,*†‡§]*)"  # ", MS, MPA" and "1,2"
)
ISSUER_LINE = re.compile(r"From:\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of|the|and|for|&|[A-Z][\w&'’.-]*)){1,8})")
ISSUER_REASON = "issuer line, read as publisher"
DATE_ROW = re.compile(rf"(?P<date>.{{6,40}}?)\s+(?:\w+\s+)?(?:{READING_TIME.pattern})", re.IGNORECASE)
DATE_ROW_WORDS = 12
WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)  # "Wed., "
ISSUE = re.compile(r"\d{1,4}\s*\(\d{1,4}\)\s*[:;]\s*[A-Za-z]?\d+(?:\s*[–-]\s*[A-Za-z]?\d+)?")  # "72(34);933–935"
ISSUE_LINE_WORDS = 15
DATE_ROW_REASON = "date and reading time line"
ISSUE_REASON = "journal issue line (volume, issue and pages)"
TRAILING_NOTE = re.compile(r"\s*\([^()]*\)$")
AUTHOR_LIST_REASON = "author list (names with degrees or affiliation numbers)"


def without_template_lines(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """The pieces less the template's lines, each listed in `draft.dropped`."""
    reasons = (
        _repeated_labels(pieces)
        | _label_boxes(pieces)
        | _media_blurbs(pieces)
        | _wire_credits(pieces)
        | _date_rows_and_issue_lines(pieces)
    )
    for index in sorted(reasons):
        draft.dropped.append((reasons[index], pieces[index].text))
    return [piece for index, piece in enumerate(pieces) if index not in reasons]


def _is_label(piece: Piece, max_words: int) -> bool:
    """A paragraph of a few words, capitalised, that is no sentence."""
    text = piece.text.strip()
    words = text.split()
    return (
        piece.kind == "paragraph"
        and not piece.code
        and 0 < len(words) <= max_words
        and text[0].isupper()
        and not text.endswith(SENTENCE_END)
    )


def _label_key(piece: Piece) -> str:
    return COUNT_AFTER.sub("", piece.text.strip()).casefold()


def _repeated_labels(pieces: list[Piece]) -> dict[int, str]:
    """REPEATED LABEL, and a short line standing between two of them. Every copy of a label stands
    among the story's paragraphs (a line of STORY_WORDS or more) or other labels: a town printed
    under each of a newsletter's addresses, a diagram's boxes, a date over each teaser, stay; and one
    copy at least stands next to the story (a site map of labels alone is no story with slots)."""
    keys = [_label_key(p) if _is_label(p, LABEL_MAX_WORDS) and not NUMBER.search(_label_key(p)) else "" for p in pieces]
    counts = Counter(key for key in keys if key)
    found = {index: REPEATED_REASON for index, key in enumerate(keys) if counts[key] > 1}
    for index in range(1, len(pieces) - 1):
        if index - 1 in found and index + 1 in found and _is_label(pieces[index], BETWEEN_MAX_WORDS):
            found.setdefault(index, BETWEEN_REASON)
    while misplaced := {i for i in found if not all(_fits_slot(pieces, n, found) for n in (i - 1, i + 1))}:
        gone = {keys[i] for i in misplaced if keys[i]}  # every copy of a label one copy shows misplaced
        found = {i: reason for i, reason in found.items() if i not in misplaced and keys[i] not in gone}
    in_story = {keys[i] for i in found if any(_is_story(pieces, n) for n in (i - 1, i + 1))}
    labels = {i for i, reason in found.items() if reason == REPEATED_REASON and keys[i] in in_story}
    between = {i for i, reason in found.items() if reason == BETWEEN_REASON and {i - 1, i + 1} <= labels}
    return {i: found[i] for i in labels | between}


def _is_story(pieces: list[Piece], index: int) -> bool:
    return 0 <= index < len(pieces) and len(pieces[index].text.split()) >= STORY_WORDS


def _fits_slot(pieces: list[Piece], index: int, found: dict[int, str]) -> bool:
    """A label's neighbour as an ad slot has them: the page's edge, a paragraph of the story, a label."""
    return not 0 <= index < len(pieces) or index in found or _is_story(pieces, index)


def _label_boxes(pieces: list[Piece]) -> dict[int, str]:
    """LABEL BOX: two or more empty labels in a row."""
    empty = [p.kind == "paragraph" and bool(EMPTY_LABEL.fullmatch(p.text.strip())) for p in pieces]
    return {
        index: BOX_REASON
        for index in range(len(pieces))
        if empty[index] and ((index and empty[index - 1]) or (index + 1 < len(pieces) and empty[index + 1]))
    }


def _media_blurbs(pieces: list[Piece]) -> dict[int, str]:
    """MEDIA BLURB, and the title line right above it."""
    found: dict[int, str] = {}
    for index, piece in enumerate(pieces):
        if piece.kind == "paragraph" and MEDIA_BLURB.fullmatch(piece.text.strip()):
            found[index] = BLURB_REASON
            if index and _is_label(pieces[index - 1], TITLE_MAX_WORDS):
                found[index - 1] = BLURB_TITLE_REASON
    return found


def _wire_credits(pieces: list[Piece]) -> dict[int, str]:
    """WIRE CREDIT: a line opening with a capitals name before a slash, no sentence."""
    return {
        index: CREDIT_REASON
        for index, piece in enumerate(pieces)
        if _is_label(piece, TITLE_MAX_WORDS)
        and (match := WIRE_CREDIT.fullmatch(piece.text.strip()))
        and len(match[0].split("/", 1)[0].strip()) >= 2
    }


def take_lede_credit(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """LEDE CREDIT: the first paragraph without its outlet's credit, the outlet the publisher where
    none was found."""
    first = next((index for index, piece in enumerate(pieces) if piece.kind == "paragraph"), None)
    match = LEDE_CREDIT.fullmatch(pieces[first].text.strip()) if first is not None else None
    if first is None or match is None:
        return pieces
    reason = LEDE_CREDIT_REASON
    if "publisher" not in draft.meta:
        draft.meta["publisher"] = match["name"]
        reason += ", read as publisher"
    draft.dropped.append((reason, f"({match['name']})"))
    return [*pieces[:first], replace(pieces[first], text=match["rest"]), *pieces[first + 1 :]]


def take_dateline_credit(pieces: list[Piece], draft: Draft) -> None:
    """DATELINE CREDIT: the agency named in brackets in the dateline opening one of the first two
    paragraphs (a headline `--title` kept may stand first) is the publisher where none was found; the
    paragraph is left whole."""
    firsts = [piece.text.strip() for piece in pieces if piece.kind == "paragraph"][:2]
    match = next((found for text in firsts if (found := DATELINE_CREDIT.match(text))), None)
    if match is not None and "publisher" not in draft.meta and not NUMBER.search(match["name"]):
        draft.meta["publisher"] = match["name"]


def without_end_mark(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """END MARK: the last paragraph without the wire's end mark closing it (or without that
    paragraph, when the mark stands alone), the mark listed."""
    last = max((index for index, piece in enumerate(pieces) if piece.kind == "paragraph"), default=None)
    match = END_MARK.search(pieces[last].text) if last is not None else None
    if last is None or match is None:
        return pieces
    draft.dropped.append((END_MARK_REASON, match[0].strip()))
    rest = pieces[last].text[: match.start()].rstrip()
    kept = [replace(pieces[last], text=rest)] if rest else []
    return [*pieces[:last], *kept, *pieces[last + 1 :]]


def take_author_list(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """AUTHOR LIST: the pieces without the first such line, its names the author where none was found."""
    for index, piece in enumerate(pieces):
        names = _author_list(piece) if piece.kind == "paragraph" else None
        if names:
            reason = AUTHOR_LIST_REASON
            if "author" not in draft.meta:
                draft.meta["author"] = "; ".join(names)
                reason += ", read as author"
            draft.dropped.append((reason, piece.text))
            return pieces[:index] + pieces[index + 1 :]
    return pieces


def _author_list(piece: Piece) -> list[str] | None:
    """The names of an author list's entries, or None when a part is no name with degrees or marks."""
    line = TRAILING_NOTE.sub("", piece.text.strip()).rstrip(".")  # "… PhD1,4 (View author affiliations)"
    parts = [part.strip() for part in line.split(";")]
    entries = [AUTHOR_ENTRY.fullmatch(part) for part in parts]
    if len(parts) < 2 or not all(entry and (entry["after"] or entry["marks"]) for entry in entries):
        return None
    return [entry["name"] for entry in entries if entry]


def take_issuer_line(text: str, draft: Draft) -> bool:
    """ISSUER LINE: True when `text` is one, its body then the publisher and no author."""
    match = ISSUER_LINE.fullmatch(text.strip())
    if match is None or not names_a_body(match["name"].split(" of ")[0]):
        return False
    name = match["name"]
    author = str(draft.meta.get("author", ""))
    if author and author.casefold() in name.casefold():
        del draft.meta["author"]
    draft.meta["publisher"] = name
    draft.dropped.append((ISSUER_REASON, text))
    return True


def _date_rows_and_issue_lines(pieces: list[Piece]) -> dict[int, str]:
    """DATE AND READING TIME, and ISSUE LINE."""
    found: dict[int, str] = {}
    for index, piece in enumerate(pieces):
        text = piece.text.strip()
        if piece.kind != "paragraph" or piece.code:
            continue
        row = DATE_ROW.fullmatch(text) if len(text.split()) <= DATE_ROW_WORDS else None
        if row and human_date(WEEKDAY.sub("", row["date"].rstrip(" ,|•·"), count=1)) is not None:
            found[index] = DATE_ROW_REASON
        parts = [part.strip() for part in text.split(" / ")]
        if len(parts) >= 2 and len(text.split()) <= ISSUE_LINE_WORDS and any(ISSUE.fullmatch(p) for p in parts):
            found[index] = ISSUE_REASON
    return found
