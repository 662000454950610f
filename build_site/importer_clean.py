"""Cleaning shared by every format: boilerplate dropped, byline and date line read as metadata.

- BYLINE: a label and names (`importer_byline`: "By: Name", "By A & B", "Written by Name", "by
  jane doe") above the story's first paragraph becomes `author` and leaves the body, with the
  short heading-shaped line right under it (the desk or role: "BBC News, Delhi"), which is no
  subheading: none stands before the first paragraph. A name alone is the writer only over a
  date line ("Alexia Tsotsis" / "posted on Saturday, August 13th, 2011"); a document's kind there
  ("Media Release") is no name. A date run on after a byline's name ("by GBRMPA 9 Mar 2024 18:45 PST")
  is read with it.
- DECK: the byline and date lines may stand under the standfirst (a sentence or two under the
  headline): they are read as the head's there too, the deck kept as the first paragraph.
- HEADER LINE: "Michigan Public | May 30, 2024", "November 21, 2017 / 1:44 PM / a year ago" above
  or under the headline (`importer_header`): its date and publisher read, the line dropped.
- DATE LINE: a date alone ("September 3, 2025", "March 3rd, 2025"), "Posted on <date> by <name>"
  (the time may come first: "Posted 12:58 PM, Mar 26, 2024") or a labelled date ("Date: …",
  "Published: … at 5:15 PM") near the top becomes `published` (and `author`) and leaves the body.
- DUPLICATE HEADLINE: a headline-like line right after the title sharing most of its words.
- LABEL LINE: "Author, Name", "Date: 11/07/2024", "Image source, Getty Images" anywhere
  (`importer_labels`): author and date read, the rest dropped and listed; a date that reads two
  ways is not taken, and a warning gives the `--date` for each reading.
- DATELINE: "MEXICO CITY –" / "WASHINGTON (Reuters) -" opening the first paragraph is reported
  and kept: it is part of the article's prose. A date in it ("Denver (July 12, 2024) — ") is read
  as `published` when nothing else dated the text.
- BOILERPLATE: a comments section ends the article wherever it starts; a "More in ..." or
  "Related" promotion (a template's "Related Members" too) ends it when no paragraph of prose
  follows (otherwise it is a subhead);
  rights notices, image captions and credits, wire credit lines, share or subscribe widgets and
  separator lines are dropped wherever they stand, and so is a caption closed by its picture's credit
  ("… 2017. Menahem Kahana/AFP via Getty Images, FILE", "… Image courtesy of …"). An open photo
  credit ("Chase Stevens/Las Vegas Review-Journal/TNS") takes the one-sentence caption right above it
  along.
- CODE: no rule above reads a line of a code listing (a saved page's `<code>`/`<pre>`, a paste's
  lines between "```" fences): "}" closes a block there, it is no separator.
- RELEASE MASTHEAD: a release's banner, office and seal lines over its release line ("FOR IMMEDIATE
  RELEASE | <date> | Media Contact: …") at the head of the text (`importer_release`): dropped and
  listed, the release line's date read as `published`. A saved release may set its release line
  ("For Immediate Release: May 13, 2025") under its headline and deck, with its offices, contacts and
  links under it, short lines that are no sentence, down to the story: all of them dropped and listed.
- CONTACT LINES: a release's "Media Contact: …" and the lines under it giving a phone number or an
  e-mail address ("Upper Basin: Marlon Duke, 801-524-3774"), dropped and listed.
- RELEASE END AND NUMBER: an end mark alone on its line ("-end-", "###") with only contacts under it
  closes a release, and a release's number line ("Press Release 23-035") above the story is none of
  it (`importer_release`): dropped and listed. So are a wire's credits line ("Reporting by …; Editing
  by …"), a link to the page's photos ("View more photos of …") and a related-work line ("Related GAO
  Work: …").
- RUNNING HEAD AND FOOT of a page that runs once: the last line's parts joined by bars with a page
  number, and the lines above the story repeating one of its parts, dropped and listed; the issuing
  body they repeat is the publisher where none was found.
- SITE NAME: the text's first line dropped above the headline as a site's name is the publisher
  where none was found (`importer_publisher.site_name_publisher`).
"""

from __future__ import annotations

import datetime as dt
import re

from build_site.importer_byline import byline_name, dated_byline, document_label, joined_byline_name, names_an_outlet
from build_site.importer_dates import HUMAN_DATE, human_date, labelled_date, month_line, run_on_date, zoned_date
from build_site.importer_header import header_line
from build_site.importer_labels import NUMERIC_DATE, UNSET_DATE, ambiguous_date_warning, label_line, two_readings
from build_site.importer_model import Draft, Piece
from build_site.importer_publisher import publisher_line, site_name_publisher
from build_site.importer_release import (
    MASTHEAD_REASON,
    RELEASE_BLOCK_REASON,
    RELEASE_CONTACTS_REASON,
    RELEASE_END_REASON,
    RELEASE_NUMBER_REASON,
    RELEASE_REASON,
    is_release_number,
    release_block_under_headline,
    release_end,
    release_line,
)
from build_site.importer_template import (
    take_author_list,
    take_issuer_line,
    take_lede_credit,
    without_end_mark,
    without_template_lines,
)
from build_site.importer_title import (
    CLOSED_CREDIT,
    CONTACT,
    OPEN_CREDIT,
    PHOTO_CAPTION,
    SHORT_TOP_LINE_REASON,
    SINGLE_WORD_REASON,
    SITE_BANNER_REASON,
    clutter_reason,
    run_in_byline,
)
from build_site.text_shapes import PICTURE_CREDIT

CODE_FENCE = ("```", "~~~")  # a pasted code listing's opening and closing lines
FRONT_WINDOW = 3  # byline and duplicate headline are looked for among the first pieces only
LONE_BY = {"By", "BY", "by", "Por"}  # a byline's word on a line of its own, the name on the next
MONTH_NO_DAY = "naming a month, no day"
MONTH_LINE = f"date line {MONTH_NO_DAY}"  # how a month line under a byline is listed
SECTION_LABEL_REASON = "section label above the headline"
DOCUMENT_LABEL_REASON = "document's kind over its date line (no author)"
DATELINE_REASON = "dateline (a place and a date), read as date"
PUBLISHER_REASON = "publisher line, read as publisher"  # how a publisher line under the headline is listed
LINE_JOINERS = {"&", "and", "And", "AND", ","}  # between two writers' names, each on a line of its own
# A date line with its update, anywhere: "Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC".
DATE_AND_UPDATE = re.compile(
    r"(?P<date>[^/|]{6,50}?)\s*[/|]\s*(?:last\s+)?updated:?\s+(?P<update>[^/|]{6,50})", re.IGNORECASE
)
# A person's name alone on a line: two to four capitalised words, an initial allowed ("Jared T. Miller").
PERSON = re.compile(r"[A-Z][a-z’'-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z’'-]+)){1,3}")
DESK_MAX_WORDS = 6  # a heading-shaped line right under a byline this short is its desk or role ("BBC News, Delhi")
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
    r"(?:,\s+\w+\.?\s+\d{1,2})?(?:\s+\([^)]{1,40}\))?)\s*[-–—]+\s"
)
HUMAN_DATE_END = re.compile(rf"(?P<date>{HUMAN_DATE.pattern})\W*$")
# A release's dateline with its date, opening the first paragraph: "Denver (July 12, 2024) — ",
# "WASHINGTON, February 14, 2022 – ", "Portland, OR. - Jan 3, 2023- " (place and date set apart by dashes),
# "Espoo, Finland - October 5, 2017: " (the date closed by a colon, as a release set in bold may print it).
DATELINE_PARAGRAPHS = 2  # a dateline opens the lede, which a deck or the headline kept as a paragraph may precede
DATED_DATELINE = re.compile(
    r"(?!(?:On|In|At|By|Since|Until|From|As|Last|Next|Before|After|Through)\b)"  # a sentence, not a place
    rf"[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){{0,3}}(?:,\s+|\s+\(|\s+(?:--?|–|—)\s+)(?P<date>{HUMAN_DATE.pattern})\)?"
    r"\s*(?:--?|–|—|:)\s"
)
# A posting line: "Posted on July 14, 2025 by Mark Hollis", "Published: Jul. 7, 2021 at 5:15 PM|Updated: …",
# "Date: March 3rd, 2025", a release's "For immediate release: December 19, 2024"; the writer's outlet
# after a comma is not the name ("Posted January 12, 2024 by Harriet Barber, The Guardian").
POSTED = re.compile(
    r"(?:posted|published|updated|date|dated|release date|for (?:immediate )?release)(?:\s+on)?(?:\s*[:–—-])?\s+(?P<date>.+?)"
    r"(?:\s+by\s+(?P<name>[^,|]+?)(?:,\s.*)?)?(?:\s+at\s+\d{1,2}:\d{2}[^|]*)?(?:\s*[|•].*)?",
    re.IGNORECASE,
)
# A date and its byline on one line, no label: "January 17, 2017 at 6:08 PM ET by Kori Schulman".
DATED_BYLINE = re.compile(r"(?P<date>[^|•]{6,40}?)\s+by\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")
# A date's label alone on its line: "Published", "Last updated:", "Posted on".
LONE_DATE_LABEL = re.compile(
    r"\s*(?:(?:first|last)\s+)?(?:published|posted|updated|date)(?:\s+on)?\s*:?\s*", re.IGNORECASE
)
# A source line with its date: "Communications Department of ROSATOM, published 12.01.2024".
SOURCE_DATED = re.compile(
    r"(?P<source>[A-Z][^.!?,:;]{1,80}),\s+(?:published|posted|dated|issued)(?:\s+on)?:?\s+(?P<date>\S.{5,40})",
    re.IGNORECASE,
)
# The time some sites print before the date of a posting line: "12:58 PM, ", "9:05 a.m. ET ".
TIME_FIRST = re.compile(r"^\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\s*,?\s*")
# A date stated inside a label line's value: "Category: World Published on Tuesday, 30 June 2020 05:31 Hits: 7".
STATED_IN = re.compile(r"\b(?:published|posted|updated|dated?)(?:\s+on)?:?\s+(?P<date>.+)", re.IGNORECASE)
SENTENCE_END = (".", "!", "?", ":", '"', "”", "'", "’", ")")

# A comment section: from such a line on, the words are readers', not the article's.
COMMENTS_START = re.compile(
    r"(?:\d+\s+)?(?:comments?|responses?|replies)(?: to .+)?|post a comment|leave a (?:reply|comment)"
    r"|(?:\d+|one|no) (?:thoughts?|comments?|responses?) on .{1,200}|comments? \(\d+\)"
    r"|add (?:a )?comment|join the discussion|(?:show|view|read) (?:all )?comments",
    re.IGNORECASE,
)
# Promotions after the article ("More in …", "Related stories"); the same words can be a real
# subhead, so they end the article only when no paragraph of prose follows them. A template's
# related-links label is one too: "Related" alone, or after another label and a slash with up to three
# words ("Region / Related Key Topic"); "Related" and up to three words is a label only closed by a colon
# (`RELATED_LABEL`: "Related Images:", "Related Topics:"), else a subhead ("Related risks" over a list).
PROMO_START = re.compile(
    r"more (?:in|from) .+|related|\w+(?:\s+\w+){0,2}\s*/\s*related(?:\s+[\w-]+){0,3}|you (?:may|might) also like.*"
    r"|recommended(?: for you| from .+)?|most (?:read|popular|viewed|shared)(?: stories| articles)?|trending(?: now)?",
    re.IGNORECASE,
)
RELATED_LABEL = re.compile(r"related(?:\s+[\w-]+){1,3}\s*:", re.IGNORECASE)
# A promotion of another story, its label and headline on one line: "MORE NEWS: Looking to Sit Down on
# the Job? …", "READ MORE: …", "RELATED: …", "ALSO READ: …". A "Related" label names what it links to
# with a promotion's noun last, up to two words before it ("Related GAO Work: …"); any other noun opens a
# sentence of the story ("Related costs: the county spent …", "Related to the storm: …").
PROMO_NOUNS = r"(?:stories|story|articles?|coverage|news|work|content|links?|reading|posts?|videos?|reports?)"
PROMO_LINE = re.compile(
    rf"(?:more news|more stories|read more|read also|also read|see also|related(?:(?:\s+[\w-]+){{0,2}}\s+{PROMO_NOUNS})?"
    r"|must read|don'?t miss|recommended(?: reading)?)\s*:\s*\S.*",
    re.IGNORECASE,
)
PROMO_LINE_MAX_WORDS = 25  # a label and a headline; a longer line is prose
PROSE_MIN_WORDS = 8
AGENCY = re.compile(r"[A-Z]{2,6}|(?:[A-Z][\w.&'’-]*\s+)*(?:Images|Photos?|Pictures)")  # "TNS", "Getty Images"
CAPTION_MAX_WORDS = 40  # a picture's caption is a sentence; a longer one is the story's
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")  # a second sentence starts here
# ARCHIVE NOTICE: a site's note that the page is kept as history ("You have accessed part of a
# historical collection on defense.gov. Some of the information … may be outdated …").
ARCHIVE_NOTICE = re.compile(
    r"\b(?:historical|archived?)\s+(?:collection|content|page|site|material)\b.*\b(?:outdated|out of date|no longer)\b",
    re.IGNORECASE,
)
ARCHIVE_NOTICE_MAX_WORDS = 60
# EMPTY LABEL: a picture's or a filing's label alone on its line, its value not copied ("Caption",
# "Posted in:", "Tags:").
EMPTY_LABEL = re.compile(
    r"(?:image|photo|picture|caption|credit|video)s?(?:\s+(?:caption|credit))?\s*:?"
    r"|(?:posted|filed)\s+(?:in|under)\s*:?|(?:tags|tagged|categories|topics)\s*:",
    re.IGNORECASE,
)
OUTLET_CREDIT_WORDS = 5  # an outlet's name alone on its line ("HealthDay News"): a credit, not the story
HEAD_PIECES = 4  # the credit stands in the head; further down "Local News" is a section's heading
# WRITER'S BIO: the article's last paragraph telling its writer's career in the news ("Joe brings over
# 20 years of experience in news and radio to …", "Ann joined the Herald in 2019 as a reporter …").
WRITER_BIO = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:brings|has)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?"
    r"\d+\s+years\s+of\s+experience\s+in\s+(?:\w+\s+(?:and\s+)?)?"
    r"(?:news|journalism|reporting|radio|television|broadcasting|publishing)\b.*"
    r"|(?:[A-Z][\w.'’-]*\s+){1,3}joined\s+.{2,60}?\s+in\s+(?:\w+\s+)?\d{4}\s+as\s+an?\s+"
    r"(?:reporter|correspondent|editor|host|writer)\b.*",
)
# CAPTION'S CREDIT: a photo's or map's caption, its last sentence followed by a whole picture's credit
# (`text_shapes.PICTURE_CREDIT`: "… on June 12, 2017. Menahem Kahana/AFP via Getty Images, FILE", "…
# nurseries. TIFFANY DUONG/Keys Weekly", "… mortality. Image courtesy of the National Oceanic and Atmospheric
# Administration"). A "Courtesy of …" naming no picture opens a sentence of the story ("Courtesy of a $2
# million state grant, entry will be free").
CAPTION_CREDIT = re.compile(rf".{{10,}}?[.!?)]\s+(?:{PICTURE_CREDIT.pattern})")
CAPTION_CREDIT_WORDS = 80  # a caption runs a sentence or three; a longer paragraph is the story's
# A paragraph with a credit of a few words after a slash, a dash or in brackets: "… effects. / AP".
CREDITED = re.compile(r"(?P<text>.+?[.!?”\"’)])\s+(?:[/–—-]\s*\S+(?:\s+\S+){0,5}|[(\[][^()\[\]]{1,60}[)\]])")
REPEAT_MIN_WORDS = 12  # a paragraph printed again this long is a caption repeating it, not a refrain
# "By Name - May 14, 2025": a byline's parts; a middle dot or bullet may join them with no space
# ("By Name·July 22, 2026·6 min read") before a capital or a digit, never inside a word ("Marcel·lí").
BYLINE_PARTS = re.compile(r"\s+[|•·–—-]\s+|\s*[•·]\s*(?=[A-Z0-9])")
BYLINE_MAX_WORDS = 10  # a byline with a role or outlet; a longer line is a sentence
DECK_MAX_WORDS = 40  # a standfirst under the headline runs a sentence or two
ZONED_LINE_WORDS = 8  # a date line with its time and zone; a longer line is a sentence
STORY_MIN_WORDS = 20  # a paragraph of the story, longer than a headline or a photo's caption
ARTICLE_PARAGRAPHS = 3  # paragraphs of prose above a comment line that make it the article's end
RIGHTS = re.compile(
    r"©|\ball rights reserved\b|^\W*copyright\s+(?:\(c\)|\d{4})|^\W*the views expressed in this\b"
    r"|\bcopyright (?:owner|holder)\s*:",  # "Republishing this article? Copyright owner: …"
    re.IGNORECASE,
)
CAPTION = re.compile(
    r"[(\[]?\s*(?:image|photo|photograph|picture|file photo|caption|credit)s?(?: credit)?\s*(?::|by\b)", re.IGNORECASE
)
CAPTION_LABEL = re.compile(r"\b(?:image|photo|picture|pic|caption|credit|video|media)s?\b")  # labels of a picture
# A release's contact block: "Media Contact: Lower Basin: Patricia Aaron, 702-293-8189", then lines
# such as "Upper Basin: Marlon Duke, 801-524-3774" that give another name and number.
CONTACT_LABEL = re.compile(r"(?:(?:media|press|news)\s+)?contacts?\s*:\s*\S.*", re.IGNORECASE)
# CONTACT LABEL: "Contact", "Media Contacts" alone on a line, a heading over a release's or an alert's
# contacts; the name right above it is the firm's or office's that the contacts belong to.
LONE_CONTACT_LABEL = re.compile(r"(?:(?:media|press|news)\s+)?(?:contacts?|inquiries|enquiries)\s*:?", re.IGNORECASE)
CONTACT_NAME_REASON = "a firm's or office's name over its contact label"
NAME_LINE_WORDS = 4
NAME_JOINERS = {"&", "and", "of", "the", "for"}
SECTION_LABEL_WORDS = 5  # a section label or kicker above a page's headline ("Nation & World News")
BLOCK_LINES = 3  # a contact block's name lines stand at most this far above its number or address
CONTACT_MAX_WORDS = 20  # a name, a role, a phone and an address; a sentence about contacts is longer
WIRE_CREDIT = re.compile(r"\(\s*(?:reporting|writing|additional reporting|editing) by\b.*\)", re.IGNORECASE)
# WIRE CREDITS LINE: a wire's credits on a line of their own, no brackets, each part a task and the names
# of those who did it, parts joined by semicolons ("Reporting by Joey Roulette; Editing by Will Dunham",
# "Reporting by A in Paris and B in Rome; Writing by C"): capitalised names, places after "in", joiners.
CREDIT_NAMES = r"[A-Z][\w.'’-]*(?:(?:,?\s+(?:and|in|&)\s+|,\s+|\s+)[A-Z][\w.'’-]*)*"
CREDIT_TASK = r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|research|graphics))\s+by\s+"
WIRE_CREDITS_LINE = re.compile(rf"{CREDIT_TASK}{CREDIT_NAMES}(?:\s*;\s*{CREDIT_TASK}{CREDIT_NAMES})*\.?")
# GALLERY LINK: a link to the page's photos or videos on a line of its own ("View more photos of Artemis I.",
# "See all images"): a link's words, no line of the story.
GALLERY_LINK = re.compile(
    r"(?:view|see|browse|watch)\s+(?:(?:more|all|the|our)\s+)*(?:photos|images|pictures|videos|gallery)"
    r"(?:\s+(?:of|from)\s+[^.!?]{1,60})?[.!]?",
    re.IGNORECASE,
)
GALLERY_LINK_WORDS = 12
# RUNNING FOOT: a printed page's foot, its parts joined by bars and its page number last ("NASA Office of
# Inspector General | IG-24-011 | 1"); the running head above the story repeats one of its parts (the
# issuing body, the document's number).
RUNNING_FOOT = re.compile(r"(?P<parts>[^|]{2,80}(?:\s\|\s[^|]{2,80})+)\s\|\s(?:page\s+)?\d{1,4}", re.IGNORECASE)
RUNNING_FOOT_REASON = "running footer (the document's parts and its page number)"
RUNNING_HEAD_REASON = "running header (repeats a part of the running footer)"
WIDGETS = re.compile(
    r"(?:share|tweet|email|print|like|pin|subscribe|follow|reply|delete|replydelete|advertisement|loading|read more|"
    r"link copied|copy(?: the)? link(?: to (?:the )?clipboard)?|social sharing|expand|"
    r"twitter|x|facebook|linkedin|whatsapp|reddit|telegram|pinterest|threads|bluesky|"
    r"share this(?: article| story| page| post)?|share on \w+|click to (?:share|print|email).*|follow us(?: on .+)?|"
    r"subscribe to .+|sign up for .+|like this|(?:\d+ )?shares?|(?:posted|filed) (?:in|under) .+|"
    r"(?:tags|tagged|categories|topics): .+)\W*",
    re.IGNORECASE,
)


def clean(draft: Draft) -> list[str]:
    """Drop boilerplate, take the byline and the duplicate headline; return notes to report."""
    kept: list[Piece] = []
    in_contacts = False  # the lines right under a contact label that give a number or address
    in_fence = False  # between a pasted code listing's fence lines ("```")
    _take_site_name_publisher(draft)
    draft.pieces = _without_lone_date_labels(_without_release_masthead(draft.pieces, draft), draft)
    draft.pieces = _without_running_head_and_foot(
        _without_release_end(_without_release_number(draft.pieces, draft), draft), draft
    )
    draft.pieces = take_author_list(without_template_lines(draft.pieces, draft), draft)
    for index, piece in enumerate(draft.pieces):
        fence = not piece.code and piece.text.startswith(CODE_FENCE)  # a `<code>` line is a listing's, no fence
        if fence and not in_fence:  # a fence no later one closes opens no listing: the clutter rules go on
            fence = any(not later.code and later.text.startswith(CODE_FENCE) for later in draft.pieces[index + 1 :])
        if piece.code or in_fence or fence:  # CODE: a listing's lines are kept whole, braces and all
            in_fence = in_fence != fence
            kept.append(piece)
            continue
        if LONE_CONTACT_LABEL.fullmatch(piece.text.strip()):
            if kept and kept[-1] is draft.pieces[index - 1] and _is_name_line(kept[-1].text, draft):
                draft.dropped.append((CONTACT_NAME_REASON, kept.pop().text))
            draft.dropped.append(("contact label", piece.text))
            in_contacts = True
            continue
        if in_contacts := _is_contact_line(piece.text, in_contacts, draft.pieces[index + 1 : index + 1 + BLOCK_LINES]):
            draft.dropped.append(("contact line", piece.text))
            continue
        if index and _ends_article(piece, draft.pieces[index + 1 :]):
            # "941 comments" by the headline: a count, not the thread; so is one above the deck printed again,
            # and one above most of the story (a short post's readers write less than its whole)
            if not _article_before(kept, draft.pieces[index + 1 :]) or _repeats_kept(
                draft.pieces[index + 1 : index + 2], kept
            ):
                draft.dropped.append(("comment count or prompt above the article", piece.text))
                continue
            draft.dropped += [("end of article", p.text) for p in draft.pieces[index:]]
            break
        if (
            take_label_line(piece.text, draft)
            or take_issuer_line(piece.text, draft)
            or take_source_date_line(piece.text, draft)
            or take_date_and_update_line(piece.text, draft)
        ):
            continue
        reason = _boilerplate_reason(piece.text) if not _joins_byline_names(draft.pieces, index) else None
        if reason is None and _open_credit(piece.text):
            reason = "image credit"
            if kept and kept[-1] is draft.pieces[index - 1] and _is_caption(kept[-1]):
                draft.dropped.append(("image caption (above its credit)", kept.pop().text))
        if reason:
            draft.dropped.append((reason, piece.text))
        else:
            kept.append(piece)
    draft.pieces = _without_writer_bio(
        _without_repeated_paragraphs(_take_byline_and_repeated_headline(kept, draft), draft), draft
    )
    draft.pieces = without_end_mark(take_lede_credit(draft.pieces, draft), draft)
    notes = []
    first = next((p for p in draft.pieces if p.kind == "paragraph"), None)
    if first is not None and (match := DATELINE.match(first.text)):
        notes.append(f"dateline: {match['place']} (kept in the text)")
    proses = [p for p in draft.pieces if _is_prose(p)][:DATELINE_PARAGRAPHS]  # under a deck or a headline kept
    dated = next((match for p in proses if (match := DATED_DATELINE.match(p.text))), None)
    if dated is not None and "published" not in draft.meta:
        if date := human_date(dated["date"]):
            draft.meta["published"] = date.isoformat()
            notes.append(
                f"published: {date.isoformat()}, the date of the dateline {dated[0].strip()!r} (kept in the text)"
            )
    return notes


def _without_release_masthead(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """RELEASE MASTHEAD: a release's masthead and release line at the head of the pieces
    (`importer_release`), dropped and listed; the release line's date is `published` when none was
    found. A saved page's headline set above them stays for the duplicate-headline rule."""
    title = draft.meta.get("title")
    found = release_line([piece.text for piece in pieces], title)
    if found is None:
        return _without_release_block_under_headline(pieces, draft)
    end, date = found
    draft.dropped += [(MASTHEAD_REASON, piece.text) for piece in pieces[:end] if piece.text != title]
    draft.dropped.append((RELEASE_REASON, pieces[end].text))
    draft.meta.setdefault("published", date.isoformat())
    return [piece for piece in pieces[:end] if piece.text == title] + pieces[end + 1 :]


def _without_release_number(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """RELEASE NUMBER (`importer_release.is_release_number`): "Press Release 23-035" standing above the
    story's first paragraph, dropped and listed; one further down is left as the story's."""
    story = next((index for index, piece in enumerate(pieces) if _is_prose(piece)), len(pieces))
    numbers = [index for index, piece in enumerate(pieces[:story]) if is_release_number(piece.text)]
    draft.dropped += [(RELEASE_NUMBER_REASON, pieces[index].text) for index in numbers]
    return [piece for index, piece in enumerate(pieces) if index not in numbers]


RELEASE_DROPS = (RELEASE_REASON, RELEASE_NUMBER_REASON)  # the lines that say the text is a release


def _without_release_end(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """RELEASE END (`importer_release.release_end`): an end mark alone on its line closes the release;
    it and the contacts under it are dropped and listed. A release line or number already dropped
    says the text is a release."""
    release = any(reason in RELEASE_DROPS for reason, _ in draft.dropped)
    end = release_end([piece.text for piece in pieces], release)
    if end is None or any(piece.code for piece in pieces[end:]):
        return pieces
    draft.dropped.append((RELEASE_END_REASON, pieces[end].text))
    draft.dropped += [(RELEASE_CONTACTS_REASON, piece.text) for piece in pieces[end + 1 :]]
    return pieces[:end]


def _without_running_head_and_foot(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """RUNNING HEAD AND FOOT of a printed page that runs once (a one-page PDF, a page pasted): the last
    piece a RUNNING_FOOT, and the short lines above the story's first paragraph that are one of its
    parts, or hold one as a part of their own ("NASA Office of Inspector General | Office of Audits",
    "IG-24-011"), all dropped and listed. A part of both that names (no digit) is the issuing body:
    the publisher when none was found."""
    foot = RUNNING_FOOT.fullmatch(" ".join(pieces[-1].text.split())) if pieces else None
    if foot is None or pieces[-1].kind != "paragraph":
        return pieces
    parts = {part.strip() for part in foot["parts"].split(" | ")}
    story = next((index for index, piece in enumerate(pieces) if _is_prose(piece)), len(pieces) - 1)
    heads = [
        index
        for index, piece in enumerate(pieces[:story])
        if not piece.text.endswith(SENTENCE_END) and parts & {part.strip() for part in piece.text.split(" | ")}
    ]
    if not heads:
        return pieces
    shared = [part for index in heads for part in pieces[index].text.split(" | ") if part.strip() in parts]
    if body := next((part.strip() for part in shared if not any(char.isdigit() for char in part)), None):
        draft.meta.setdefault("publisher", body)
    draft.dropped += [(RUNNING_HEAD_REASON, pieces[index].text) for index in heads]
    draft.dropped.append((RUNNING_FOOT_REASON, pieces[-1].text))
    return [piece for index, piece in enumerate(pieces[:-1]) if index not in heads]


# The title rules' reasons for a line above the headline dropped as a site's name.
SITE_NAME_DROPS = (SINGLE_WORD_REASON, SITE_BANNER_REASON, SHORT_TOP_LINE_REASON)


def _take_site_name_publisher(draft: Draft) -> None:
    """SITE NAME ABOVE THE HEADLINE: the text's first line, dropped by the title rules as a site's name
    or banner (the page's top bar, as a paste copies it), is the publisher when nothing named one yet
    and it reads as an outlet's name (`importer_publisher.site_name_publisher`); read before the
    dateline's credit. A name under other lines dropped above the headline is a section's or a
    breadcrumb's ("Alabama" / "Contribute" / "Birmingham Real-Time News")."""
    if "publisher" in draft.meta or not draft.dropped:
        return
    reason, text = draft.dropped[0]
    if reason in SITE_NAME_DROPS and (name := site_name_publisher(text)):
        draft.meta["publisher"] = name


def _without_release_block_under_headline(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """RELEASE MASTHEAD under the headline: a saved release that sets its release line under the
    headline and deck, and its offices, contacts and links under that (`importer_release`): the
    release line read as `published`, it and the short lines under it dropped and listed."""
    found = release_block_under_headline([piece.text for piece in pieces], draft.meta.get("title"))
    if found is None:
        return pieces
    start, end, date = found
    draft.dropped.append((RELEASE_REASON, pieces[start].text))
    draft.dropped += [(RELEASE_BLOCK_REASON, piece.text) for piece in pieces[start + 1 : end]]
    draft.meta.setdefault("published", date.isoformat())
    return pieces[:start] + pieces[end:]


def _without_repeated_paragraphs(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """REPEATED PARAGRAPH: a paragraph that prints one above it again with a credit after it ("…
    harmful health effects. / AP"): a picture's caption repeating the deck or the lede, dropped and
    listed. OUTLET CREDIT: an outlet's name alone on its line below the head ("HealthDay News"), the
    publisher lines under the headline read already: a credit, not the story; only in the head's first
    pieces, so a section headed "Local News" further down stays."""
    kept: list[Piece] = []
    long_paragraphs: set[str] = set()
    for index, piece in enumerate(pieces):
        credited = CREDITED.fullmatch(piece.text) if piece.kind == "paragraph" else None
        if credited and credited["text"] in long_paragraphs:
            draft.dropped.append(("caption repeating a paragraph above", piece.text))
        elif index < HEAD_PIECES and len(piece.text.split()) <= OUTLET_CREDIT_WORDS and names_an_outlet(piece.text):
            draft.dropped.append(("outlet's credit line", piece.text))
        else:
            kept.append(piece)
            if piece.kind == "paragraph" and len(piece.text.split()) >= REPEAT_MIN_WORDS:
                long_paragraphs.add(piece.text)
    return kept


def _without_writer_bio(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """WRITER'S BIO: the article's last paragraph telling its writer's career, dropped and listed."""
    if len(pieces) > 1 and WRITER_BIO.fullmatch(pieces[-1].text):
        draft.dropped.append(("writer's biography at the article's end", pieces[-1].text))
        return pieces[:-1]
    return pieces


def _without_lone_date_labels(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """LONE DATE LABEL: "Published" alone on a line (a list item, as a BBC page copies it), its date
    on the next line or not copied at all. With its date under it, both are read as the date line;
    above the story's first paragraph with none, the label is dropped and listed. A label among the
    story's lines with no date under it ("- Draft", "- Published", "- Archived") stays."""
    kept: list[Piece] = []
    skip = False
    for index, piece in enumerate(pieces):
        if skip:
            skip = False
            continue
        if not LONE_DATE_LABEL.fullmatch(piece.text):
            kept.append(piece)
            continue
        following = pieces[index + 1 : index + 2]
        if following and take_date_line(following[0].text, draft):
            draft.dropped.insert(-1, ("date label, its date on the next line", piece.text))
            skip = True
        elif not any(_is_prose(other) for other in kept):
            draft.dropped.append(("date label with no date after it", piece.text))
        else:
            kept.append(piece)
    return kept


def _ends_article(piece: Piece, rest: list[Piece]) -> bool:
    """COMMENTS and PROMOTIONS: the line where the page stops being the article."""
    line = piece.text.rstrip(":").strip()
    if COMMENTS_START.fullmatch(line):
        return True
    promotion = PROMO_START.fullmatch(line) or RELATED_LABEL.fullmatch(piece.text.strip())
    return bool(promotion) and not any(_is_prose(p) for p in rest)


def _article_before(kept: list[Piece], rest: list[Piece]) -> bool:
    """Whether the prose kept so far is the article a comment line would close: a few paragraphs
    of it, or more words than the prose after the line. A line under a headline and its deck,
    above the story, is a link to the comments, and cutting there would drop the whole story."""
    before = [p for p in kept if _is_prose(p)]
    if len(before) >= ARTICLE_PARAGRAPHS:
        return True
    words_after = sum(len(p.text.split()) for p in rest if _is_prose(p))
    return bool(before) and sum(len(p.text.split()) for p in before) >= words_after


def _repeats_kept(following: list[Piece], kept: list[Piece]) -> bool:
    """The piece after a comment label repeats a paragraph of prose already kept: the article's
    deck printed again as its first paragraph, so the label was a count above the article."""
    return any(_is_prose(piece) and any(piece.text == other.text for other in kept) for piece in following)


def _open_credit(text: str) -> bool:
    """OPEN CREDIT: a photographer's name and the outlets after slashes, the last an agency's letters
    or an outlet's name ("Chase Stevens/Las Vegas Review-Journal/TNS", "Jane Doe/Getty Images"); a
    table's row or a heading joined by a slash ("American Indian/Alaska Native") ends in neither."""
    line = " ".join(text.split())
    if not OPEN_CREDIT.fullmatch(line):
        return False
    last = line.rsplit("/", 1)[1].strip()
    return bool(AGENCY.fullmatch(last)) or names_an_outlet(last)


def _is_caption(piece: Piece) -> bool:
    """CAPTION above a credit line: one sentence of at most CAPTION_MAX_WORDS, no quotation (a quote
    ends a statement, not a picture's caption)."""
    text = piece.text.strip()
    return (
        piece.kind == "paragraph"
        and len(text.split()) <= CAPTION_MAX_WORDS
        and text.endswith(".")
        and not SENTENCE_BREAK.search(text)
        and not any(mark in text for mark in '"“”')
    )


def _is_prose(piece: Piece, min_words: int = PROSE_MIN_WORDS) -> bool:
    return piece.kind == "paragraph" and len(piece.text.split()) >= min_words and piece.text.endswith(SENTENCE_END)


def _is_name_line(text: str, draft: Draft) -> bool:
    """A name alone on its line (a firm's, an office's: "Hogan Lovells"): at most NAME_LINE_WORDS
    words, each capitalised or a joiner, no digit, no sentence's end, and not the headline."""
    words = text.split()
    return (
        0 < len(words) <= NAME_LINE_WORDS
        and text != draft.meta.get("title")
        and not text.endswith(SENTENCE_END)
        and not any(char.isdigit() for char in text)
        and all(word[:1].isupper() or word in NAME_JOINERS for word in words)
    )


def _is_contact_line(text: str, after_contact: bool, following: list[Piece]) -> bool:
    """CONTACT LINE: a labelled contact ("Media Contact: …"), or a line giving a phone number or an
    e-mail address right under one, or a short line of the block that is no sentence ("Media
    Relations", the office's name) with a number or address among the `following` lines; short and
    not a sentence, so prose that names a number stays."""
    if len(text.split()) > CONTACT_MAX_WORDS or text.endswith("."):
        return False
    block_line = (
        after_contact
        and len(text.split()) <= NAME_LINE_WORDS + 2
        and not text.endswith(SENTENCE_END)
        and any(CONTACT.search(later.text) for later in following)
    )
    return bool(CONTACT_LABEL.fullmatch(text) or (after_contact and CONTACT.search(text)) or block_line)


def credited_caption(text: str) -> bool:
    """CAPTION'S CREDIT (`CAPTION_CREDIT`): a paragraph of at most CAPTION_CREDIT_WORDS closed by a
    picture's credit is its caption, whose days are the picture's, not the page's. A slash inside a
    sentence ("Owners/ operators must register.") is followed by a lower-case word or a full stop."""
    line = " ".join(text.split())
    return len(line.split()) <= CAPTION_CREDIT_WORDS and CAPTION_CREDIT.fullmatch(line) is not None


def _boilerplate_reason(text: str) -> str | None:
    """Why a line anywhere in the source is not the article, or None when it is."""
    if len(text) < 400 and RIGHTS.search(text):
        return "rights notice"
    if len(text) < 300 and CAPTION.match(text):
        return "image caption or credit"
    if CLOSED_CREDIT.fullmatch(text):  # "(Mike Cason/mcason@al.com)", "(Juni Kriswanto/AFP/Getty Images)"
        return "image credit"
    if credited_caption(text):
        return PHOTO_CAPTION
    if reason := clutter_reason(text):
        return reason
    if WIRE_CREDIT.fullmatch(text) or WIRE_CREDITS_LINE.fullmatch(text.strip()):
        return "credit line"
    if len(text.split()) <= GALLERY_LINK_WORDS and GALLERY_LINK.fullmatch(text.strip()):
        return "link to the page's photos or videos"
    if len(text.split()) <= PROMO_LINE_MAX_WORDS and PROMO_LINE.fullmatch(text.strip()):
        return "promotion of another story"
    if len(text.split()) <= 8 and WIDGETS.fullmatch(text):
        return "share, subscribe or filing widget"
    if not any(c.isalnum() for c in text):
        return "separator"
    if len(text.split()) <= ARCHIVE_NOTICE_MAX_WORDS and ARCHIVE_NOTICE.search(text):
        return "archive notice"
    if EMPTY_LABEL.fullmatch(text.strip()):
        return "label with nothing after it"
    return None


def _take_byline_and_repeated_headline(pieces: list[Piece], draft: Draft) -> list[Piece]:
    """BYLINE and DUPLICATE HEADLINE, looked for only among the first few pieces."""
    title = draft.meta.get("title", "")
    kept: list[Piece] = []
    after_byline = False
    skip_next = 0
    head_end = 0  # the index just under the headline, byline and date lines read so far
    # the lines above the story's first paragraph (a headline or a caption is shorter, a deck has a
    # byline or date line under it): a menu or a topic bar may stand above the headline, the byline and
    # date under it
    story = (i for i, p in enumerate(pieces) if _is_prose(p, STORY_MIN_WORDS) and not _is_deck(pieces, i))
    window = max(FRONT_WINDOW, next(story, 0))
    for index, piece in enumerate(pieces):
        if skip_next:  # the name lines of a byline read with the "By" above them
            skip_next -= 1
            continue
        if after_byline and piece.kind == "heading" and len(piece.text.split()) <= DESK_MAX_WORDS:
            after_byline = False
            head_end = index + 1
            if month_line(piece.text):  # "August 2018": no day to take (`importer.prepare` says so)
                draft.dropped.append((MONTH_LINE, piece.text))
            elif not take_metadata_line(piece.text, draft):  # a date under the byline is read as one
                draft.dropped.append(("the byline's desk or role line", piece.text))  # "BBC News, Delhi"
            continue
        after_byline = False
        if index < window and piece.kind != "item":
            # "By" on its line, a writer's full name under it (a one-word name there is a site's user:
            # "OneAdmin"), and more writers each on a line after a joiner's ("By / Jan Diehm / & / Amber Thomas")
            if piece.text.strip() in LONE_BY and index + 1 < len(pieces) and len(pieces[index + 1].text.split()) > 1:
                lines = _split_byline(pieces, index)
                if take_byline(f"By {' '.join(lines[1:])}", draft):
                    draft.dropped[-1] = (
                        f"byline on {'two' if len(lines) == 2 else len(lines)} lines, read as author",
                        " / ".join(lines),
                    )
                    after_byline = True
                    skip_next = len(lines) - 1
                    head_end = index + len(lines)
                    continue
            if take_byline(piece.text, draft):
                after_byline = True
                head_end = index + 1
                continue
            if index + 1 < len(pieces) and (
                _signed_name(pieces, index, draft) or _document_label(pieces, index, draft)
            ):
                head_end = index + 1
                continue
            # right under the head lines (and the deck under them) a date line is the text's date; further
            # down, a heading like "Fighting Erupted March 3, 2024" is no label on it, and a date line is
            # one once none is known
            under = index == head_end or (index == head_end + 1 and _is_deck(pieces, head_end))
            if under and head_end and month_line(piece.text):  # "August 2023" under the byline: no day to take
                draft.dropped.append((MONTH_LINE, piece.text))
                head_end = index + 1
                continue
            if take_metadata_line(piece.text, draft, run_on=under, dates=under or "published" not in draft.meta):
                head_end = index + 1
                continue
            if index == head_end and take_publisher_line(piece.text, pieces[index + 1 :], draft):
                head_end = index + 1
                continue
            if title and _repeats_headline(piece.text, title):
                if kept and all(_is_section_label(above) for above in kept):
                    draft.dropped += [(SECTION_LABEL_REASON, above.text) for above in kept]
                    kept = []
                draft.dropped.append(("headline printed twice", piece.text))
                head_end = index + 1
                continue
        kept.append(piece)
    return kept


def _is_deck(pieces: list[Piece], index: int) -> bool:
    """DECK: the standfirst under the headline, a paragraph of one or two sentences of at most
    DECK_MAX_WORDS words, with a byline, a bare date or month line (its time allowed, no label), or a
    name over a date line right under it: the head's lines go on under the deck, so they are read as
    the head's, not kept as the story's. A labelled line under a sentence ("For Release: …") is the
    release rule's to read, and stays here."""
    text = pieces[index].text.strip()
    if (
        pieces[index].kind != "paragraph"
        or len(text.split()) > DECK_MAX_WORDS
        or not text.endswith(SENTENCE_END)
        or len(SENTENCE_BREAK.findall(text)) > 1
        or index + 1 >= len(pieces)
    ):
        return False
    under = pieces[index + 1].text.strip()
    signed = PERSON.fullmatch(under) is not None and index + 2 < len(pieces) and _over_date_line(pieces[index + 2].text)
    return (
        signed or month_line(under) or human_date(under) is not None or bool(byline_name(under) or dated_byline(under))
    )


def _is_section_label(piece: Piece) -> bool:
    """SECTION LABEL: a short line alone above a page's headline ("Nation & World News", "Holland &
    Knight Alert"): at most SECTION_LABEL_WORDS words, no digit, no sentence's end. Read only when
    nothing but such lines stands above the headline printed again at the article's head."""
    text = piece.text
    return (
        piece.kind != "item"
        and len(text.split()) <= SECTION_LABEL_WORDS
        and not text.endswith(SENTENCE_END)
        and not any(char.isdigit() for char in text)
    )


def _joins_byline_names(pieces: list[Piece], index: int) -> bool:
    """The piece is a joiner ("&") between two writers' names of a byline set one part a line under
    its "By" (`_split_byline` reads them): kept for it, not dropped as a separator."""
    if pieces[index].text.strip() not in LINE_JOINERS or index + 1 >= len(pieces):
        return False
    if not PERSON.fullmatch(pieces[index + 1].text.strip()):
        return False
    at = index - 1
    while at >= 1 and PERSON.fullmatch(pieces[at].text.strip()):
        if pieces[at - 1].text.strip() in LONE_BY:
            return True
        if pieces[at - 1].text.strip() not in LINE_JOINERS:
            return False
        at -= 2
    return False


def _split_byline(pieces: list[Piece], index: int) -> list[str]:
    """The lines of a byline set one part a line from its "By" at `index`: the label, a name, then
    each joiner ("&", "and", ",") and the name after it, as a page's byline copies when each
    writer's name is a link of its own."""
    lines = [pieces[index].text.strip(), pieces[index + 1].text.strip()]
    at = index + 2
    while (
        at + 1 < len(pieces)
        and pieces[at].text.strip() in LINE_JOINERS
        and PERSON.fullmatch(pieces[at + 1].text.strip())
    ):
        lines += [pieces[at].text.strip(), pieces[at + 1].text.strip()]
        at += 2
    return lines


def _signed_name(pieces: list[Piece], index: int, draft: Draft) -> bool:
    """A NAME ALONE on its line is the writer only with a sign it is one: a date line right under it
    ("Alexia Tsotsis" / "posted on Saturday, August 13th, 2011"); a name with no such line under it
    (a topic bar's "Ryan Gosling"), or one a line above holds (a menu's or breadcrumb's "News
    Archive" over an archive's date), stays. The writer the page's metadata named already, printed
    over the date line, is dropped and listed the same; a document's kind ("Media Release") is no
    name."""
    text = pieces[index].text
    name = text.strip()
    known = draft.meta.get("author")
    if (known and known != name) or not PERSON.fullmatch(name) or names_an_outlet(name) or document_label(name):
        return False
    if any(name in above.text for above in pieces[:index]):  # sliced only here: most lines are no name
        return False
    if not _over_date_line(pieces[index + 1].text):
        return False
    if known:  # the page's metadata named the writer: this is its byline printed, under a deck perhaps
        draft.dropped.append(("writer's name over the date line, the author already read", text))
        return True
    draft.meta["author"] = name
    draft.dropped.append(("writer's name over the date line, read as author", text))
    return True


def _over_date_line(under: str) -> bool:
    """The line under is a date line, or a month line ("Feb 2019"), which signs a name over it as
    well, though it gives no day to take."""
    probe = Draft([], {})
    return month_line(under) or (take_date_line(under, probe) and "published" in probe.meta)


def _document_label(pieces: list[Piece], index: int, draft: Draft) -> bool:
    """DOCUMENT LABEL over a date line ("Media Release" / "28 February 2024", `document_label`): the
    page's kind, where a writer's name would stand; dropped and listed, no author, and the date
    line under it is read as the head's."""
    if not document_label(pieces[index].text) or not _over_date_line(pieces[index + 1].text):
        return False
    draft.dropped.append((DOCUMENT_LABEL_REASON, pieces[index].text))
    return True


def take_byline(text: str, draft: Draft) -> bool:
    """BYLINE: "By Name" (or "by jane doe", "police beat by Name", or "Name · Outlet" with no "By"),
    short and unpunctuated, becomes the author (when none is known yet); the outlet or address
    joined to the name is not kept in it. A date run on after the name ("by GBRMPA 9 Mar 2024 18:45
    PST", `dated_byline`) is the text's date, as a byline's date after a dash is."""
    name, date = joined_byline_name(text) or byline_name(text), None
    if not name and (dated := dated_byline(text)):
        name, date = dated
    if not name or len(text.split()) > BYLINE_MAX_WORDS or text.endswith("."):
        return False
    if "author" not in draft.meta:
        draft.meta["author"] = name
        if (date := date or _byline_date(text)) and "published" not in draft.meta:
            draft.meta["published"] = date.isoformat()
            draft.dropped.append(("byline, read as author and date", text))
        else:
            draft.dropped.append(("byline, read as author", text))
        return True
    if draft.meta["author"] == name:  # the page's byline element, read as its author already
        draft.dropped.append(("byline of the author already read", text))
        return True
    return False


def _byline_date(text: str) -> dt.date | None:
    """BYLINE DATE: a byline's part after a dash, bar or bullet that is a whole date ("By Denise
    Civiletti - May 14, 2025", "By Adi Ackerman·July 22, 2026·6 min read"), the text's date when no
    other was found."""
    parts = BYLINE_PARTS.split(text)[1:]
    return next((date for part in parts if (date := human_date(part.strip())) is not None), None)


def take_label_line(text: str, draft: Draft) -> bool:
    """LABEL LINE: "Author, Name" or "Date: …" is read into the front matter, any other label
    ("Role, …", "Photo credit, …", "Source: …") dropped; True when the line was one."""
    label = label_line(text)
    if label is None:
        return False
    if label.kind == "date":  # "Posted: <date> by <name>" reads its author too
        return take_date_line(text, draft) or take_date_line(text, draft, value=label.value)
    if label.kind == "author" and "author" not in draft.meta:
        draft.meta["author"] = label.value
        draft.dropped.append(("author label, read as author", text))
    elif CAPTION_LABEL.search(label.kind):
        draft.dropped.append(("image caption or credit", text))
    else:
        stated = STATED_IN.search(label.value)
        date = human_date(stated["date"], whole=False) if stated else None
        if date is not None and "published" not in draft.meta:
            draft.meta["published"] = date.isoformat()
            draft.dropped.append((f"{label.kind} label, its date read as date", text))
        else:
            draft.dropped.append((f"{label.kind} label", text))
    return True


def take_metadata_line(text: str, draft: Draft, run_on: bool = True, dates: bool = True) -> bool:
    """A label, header, date or byline line read into the front matter (or dropped); True when it was one.
    `run_on` False refuses a label run onto a date, `dates` False any bare date line: a line
    down the page that only looks like one is a heading of the story."""
    return (
        take_label_line(text, draft)
        or take_header_line(text, draft)
        or (dates and take_date_line(text, draft, run_on=run_on))
        or take_byline(text, draft)
    )


def take_header_line(text: str, draft: Draft) -> bool:
    """HEADER LINE: "Michigan Public | May 30, 2024" (`importer_header`): its date, publisher and
    author read (a date that reads two ways left with a warning), the line dropped and listed."""
    header = header_line(text)
    if header is None:
        return False
    read = []
    if header.date is not None:
        draft.meta.setdefault("published", header.date.isoformat())
        read.append("date")
    elif header.readings and "published" not in draft.meta:
        if not any(warning.startswith(UNSET_DATE) for warning in draft.warnings):
            draft.warnings.append(ambiguous_date_warning(text, header.readings))
    for key, value in (("publisher", header.publisher), ("author", header.author)):
        if value:
            draft.meta.setdefault(key, value)
            read.append(key)
    draft.dropped.append(("header line" + (f", read as {' and '.join(read)}" if read else ""), text))
    return True


def take_publisher_line(text: str, following: list[Piece], draft: Draft) -> bool:
    """PUBLISHER LINE: "Reuters" over its date line, "Will County News | July 2024" right under the
    headline (`importer_publisher`): the outlet read as `publisher`, a day as `published`, the line
    dropped and listed (a month alone is said by the date warning)."""
    below = following[0].text if following else None
    rest = "\n".join(piece.text for piece in following[1:])
    publisher = publisher_line(text, below, rest, date_read="published" in draft.meta)
    if publisher is None:
        return False
    if publisher.name:
        draft.meta.setdefault("publisher", publisher.name)
    if publisher.date is not None:
        draft.meta.setdefault("published", publisher.date.isoformat())
    reason = (PUBLISHER_REASON + (" and date" if publisher.date else "")) if publisher.name else DATELINE_REASON
    draft.dropped.append((reason + (f" ({MONTH_NO_DAY})" if publisher.month else ""), text))
    return True


def take_source_date_line(text: str, draft: Draft) -> bool:
    """SOURCE LINE: "<source>, published <date>", anywhere in the text, is metadata: its date is
    read (or, reading two ways, left with a warning) and the line dropped and listed."""
    match = SOURCE_DATED.fullmatch(text.strip())
    if match is None or not (human_date(match["date"]) or two_readings(match["date"])):
        return False
    return take_date_line(text, draft, value=match["date"])


def take_date_and_update_line(text: str, draft: Draft) -> bool:
    """DATE AND UPDATE LINE: "<date> / Updated <date>", anywhere in the text, is metadata: its first
    date is `published`, the line dropped and listed. Both parts must be dates, so a sentence with
    a slash is never taken."""
    match = DATE_AND_UPDATE.fullmatch(text.strip())
    if match is None or human_date(match["update"]) is None or human_date(match["date"]) is None:
        return False
    return take_date_line(text, draft, value=match["date"])


def take_date_line(text: str, draft: Draft, value: str | None = None, run_on: bool = True) -> bool:
    """DATE LINE: a line that is only a date, or "Posted on <date> by <name>" (the time may come
    first: "Posted 12:58 PM, Mar 26, 2024"), or "<date> at <time> by <name>", is metadata; so is a
    label line's date (`value`).
    A numeric date that reads two ways is not taken: the line is dropped with a warning."""
    posted = None if value is not None else POSTED.fullmatch(text) or DATED_BYLINE.fullmatch(text)
    stated = value if value is not None else posted["date"] if posted else None
    date = human_date(TIME_FIRST.sub("", stated) if stated is not None else text, whole=stated is None)
    date = date or labelled_date(text) or (run_on_date(text) if stated is None and run_on else None)
    if date is None and (stated is not None or len(text.split()) <= ZONED_LINE_WORDS):
        date = zoned_date(text)  # "10/9/10 7:15 AM EDT": the zone says the order
    if date is None:
        readings = two_readings(text)
        if readings and (stated is not None or NUMERIC_DATE.fullmatch(text.strip())):
            if "published" not in draft.meta and not any(w.startswith(UNSET_DATE) for w in draft.warnings):
                draft.warnings.append(ambiguous_date_warning(text, readings))
            draft.dropped.append(("date line, not read: its date reads two ways", text))
            return True
        if value is not None:
            draft.dropped.append(("date label, no date read", text))
            return True
        return False
    draft.meta.setdefault("published", date.isoformat())
    if posted and posted["name"] and "author" not in draft.meta:
        draft.meta["author"] = posted["name"].strip()
    draft.dropped.append(("date line, read as date" + (" and author" if posted and posted["name"] else ""), text))
    return True


def date_ending(text: str) -> dt.date | None:
    """The full date a line ends with ("Washington, DC – March 3, 2025"), or None."""
    match = HUMAN_DATE_END.search(text)
    return human_date(match["date"]) if match else None


def _repeats_headline(text: str, title: str) -> bool:
    """DUPLICATE HEADLINE: headline-shaped (unpunctuated, at most twice the title's length)
    and holding most (70%) of the title's words."""
    title_words = set(re.findall(r"[\w'’-]+", title.casefold()))
    text = run_in_byline(text)[0]  # the headline repeated with its byline run in
    if text.rstrip().endswith((".", "!", ":", ";", ",")) or len(text.split()) > 2 * len(title.split()):
        return False
    words = set(re.findall(r"[\w'’-]+", text.casefold()))
    return bool(title_words) and len(words & title_words) >= 0.7 * len(title_words)
