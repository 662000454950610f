"""What a byline looks like, wherever the importer meets one: a line of its own atop the text
("By Julia Mendez, Border Wire", "Por Ana Gómez"), a part of a header line ("Reuters | By Jane
Doe | May 3, 2024"), a page's byline element, a reporter line ("Mary Alice Reporting –"), or in
lower case ("by jane doe", "police beat by Richard Matros"), or a writer's name joined to the outlet
or an address with no "By" ("Pete Evans · CBC News ·", "Mike Cason | mcason@al.com"), or set over
the outlet's name on a line of its own (a byline block). One pattern for all, so a byline read in
one place is read in every other."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata

from build_site.importer_dates import human_date

# A byline read as a grammar, not one pattern per outlet: a label ("By", "By:", "Written by", "Words
# by", "Posted by", "Reported by", "Por"), one or more names joined by ",", "and" or "&", then perhaps a
# role, outlet or date after a comma or bar ("By MAGGIE HABERMAN & SHIRA TOEPLITZ", "By: Patti Domm",
# "By Jane Doe, Associated Press"). A name's words are capitalised (particles allowed); a weekday or a
# month is no name ("By Monday, the votes …"), nor a lower-case word ("By the numbers") or a number ("By 2030").
# The credit a visual essay or a wire story prints ("Code & Story by", "Story and photos by", "Reporting
# by") is a label too: the words before "by" name the work, one to three of them joined by "&", "and"
# or ",". A credit for the design, the graphics or the photos alone names no writer.
WORK = r"(?:Written|Words|Posted|Reported|Reporting|Text|Story|Code|Stories|Article|Essay|Research|Analysis|Data)"
CREDIT = (
    rf"(?:{WORK}(?:\s*(?:&|and|,)\s*(?:{WORK}|[Pp]hotos|[Gg]raphics|[Dd]esign|[Vv]isuals|[Ii]llustrations)){{0,2}})"
)
LABEL = rf"(?:By|BY|Por|POR|(?i:{CREDIT})\s+(?:by|By|BY))"  # "Written By …": a label set in title case
NOT_NAME = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|The\s+(?:end|time|way)|Admin|Administrator|Webmaster|Staff\b(?!\s+[A-Z])"
    r"|(?:Author|Writer|Your|First|Last|Full)\s+Name"  # a template's placeholder left in: "By Author Name"
)
ONE_NAME = rf"(?!(?:{NOT_NAME})\b)[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|del|da|van|von|la|le|y))*"
MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE_AFTER_ON = rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAME})\b"
JOINER = r"(?:\s*,\s*(?:and\s+|&\s*)?|\s*&\s*|\s+and\s+)"
# The outlet may follow "for" or a slash: "Written by Fabian Cambero for Reuters", "By Alex Hager/KUNC"
# (a station's or wire's credit, as photo credits print it: "Name/Outlet"). The date may follow "on", as a
# blog engine's post line prints it: "By Jeffrey Alan on June 20, 2024 · 4 Comments".
BYLINE = re.compile(
    rf"{LABEL}:?\s+(?P<name>{ONE_NAME}(?:{JOINER}{ONE_NAME})*)"
    rf"(?:\s*[,;|•·–—/-]\s*.*|\s+for\s+(?:the\s+)?[A-Z].*|\s+on\s+{DATE_AFTER_ON}.*)?"
)
# A reporter line, the name before the verb and a dash or colon ending it: "Mary Alice Reporting –",
# how a station's web desk signs a story it pastes from air copy.
REPORTER_LINE = re.compile(rf"(?P<name>{ONE_NAME})\s+(?:Reporting|REPORTING|reporting)\s*[–—:-]")
SHORT_LABELS = ("By", "BY", "Por", "POR")  # the labels a one-word name may follow ("By Reuters")
AND = re.compile(r"\s*&\s*|\s+and\s+|^(?:and\s+|&\s*)")
# A byline in lower case, alone or after a column name: "by jane doe", "police beat by Richard Matros".
LOWER_BYLINE = re.compile(
    r"(?:[a-z][^.!?]{0,60}\s)?by\s+(?P<name>[A-Za-z][\w.'’-]+(?:\s+(?:[A-Za-z][\w.'’-]+)){1,3})"
    # or opening the line, a capitalised name with the writer's title or date after a comma or bar:
    # "by Tia Ghose, Staff Writer | October 29, 2014 07:38am ET"
    r"|by\s+(?P<titled>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*[,|]\s*[^.!?]{2,80}"
)


def writers(names: str) -> list[str]:
    """The writers a byline's names part holds: "A and B", "A & B", "A, B and C" are each writer; in
    "A, Associated Press" what follows the comma is the writer's outlet or role, not a second writer
    (a list of writers ends with "and" or "&"). Names are kept as printed ("MCDONALD" is no "Mcdonald")."""
    parts = [part for part in re.split(r"\s*,\s*", names.strip()) if part]
    if len(parts) > 1 and not AND.search(parts[-1]):
        parts = parts[:1]
    found = [name for part in parts for name in AND.split(part) if name]
    return found


def joined(names: list[str]) -> str:
    """Writers as a reader writes them: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def visible(text: str) -> str:
    """The text without the characters a reader does not see (zero-width spaces and joiners, soft
    hyphens, byte-order marks: Unicode's format characters), which a page's markup may hold inside a
    name ("By \u200b\u200bLeonardo Nicoletti"); its runs of spaces made one."""
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())


def byline_name(text: str) -> str | None:
    """The writer or writers a byline line or part gives, or None when it is no byline."""
    text = visible(text)
    if match := BYLINE.fullmatch(text):
        names = writers(match["name"])
        if not match[0].startswith(SHORT_LABELS) and any(len(name.split()) < 2 for name in names):
            return None  # "Posted by Picasa", "Posted by admin": a site's user or program, not a writer
        return joined(names)
    if (match := REPORTER_LINE.fullmatch(text)) and len(match["name"].split()) > 1:
        return match["name"]
    match = LOWER_BYLINE.fullmatch(text)
    return (match["name"] or match["titled"]) if match else None


# A byline with its date and time run on, no separator, the label in either case: "by GBRMPA 9 Mar 2024
# 18:45 PST", "By Jane Doe March 3, 2025": the name's words capitalised (an agency's letters allowed), then a
# whole date.
DATED_BYLINE = re.compile(r"(?:[Bb]y|BY)\s+(?P<rest>[A-Z]\S*(?:\s+\S+){1,10})")
NAME_WORD = re.compile(rf"(?!(?:{NOT_NAME})\b)[A-Z][\w.&'’-]*")
DATED_NAME_MAX_WORDS = 4


def dated_byline(text: str) -> tuple[str, dt.date] | None:
    """DATED BYLINE: the writer (or the body signing) and the date of a byline whose date runs on
    after the name with no dash or bar ("by GBRMPA 9 Mar 2024 18:45 PST"), or None. The shape read:
    "by" (in either case), one to four capitalised words, then the rest of the line a whole date,
    its time and zone allowed; a month or weekday opens the date, never the name."""
    match = DATED_BYLINE.fullmatch(visible(text))
    if match is None:
        return None
    words = match["rest"].split()
    for cut_at in range(1, min(DATED_NAME_MAX_WORDS, len(words) - 1) + 1):
        name = words[:cut_at]
        if all(NAME_WORD.fullmatch(word) for word in name) and (date := human_date(" ".join(words[cut_at:]))):
            return " ".join(name), date
    return None


# A document's kind printed as a label over its date line: "Media Release", "Press Statement", "Fact Sheet".
# It names what the page is, never who wrote it.
DOCUMENT_LABEL = re.compile(
    r"(?:(?:media|press|news|joint|public|ministerial)\s+)?(?:release|statement|advisory|notice|bulletin|briefing)s?"
    r"|fact\s*sheets?|backgrounder|media\s+alert|news\s+brief",
    re.IGNORECASE,
)


def document_label(text: str) -> bool:
    """A DOCUMENT LABEL: a line, whole, naming the document's kind ("Media Release", "Fact sheet"),
    as a release's page prints it over its date line: no writer's name."""
    return DOCUMENT_LABEL.fullmatch(" ".join(text.split())) is not None


# A newspaper's, station's or wire's name: a name ending in a masthead's noun, "Mohave Valley Daily News",
# "FOX 13 News", "Wenatchee World", "Arizona Republic", "The Associated Press", "The Denver Post" ("Post"
# and "Press" alone end people's names too: Emily Post, Frank Press).
OUTLET = re.compile(
    r"(?:[A-Z0-9][\w.&'’-]*\s+)+(?:News|Times|Herald|Journal|Tribune|Gazette|Chronicle|Newswire|Wire|Media|Bulletin"
    r"|Courier|Observer|Telegraph|Magazine|Newspaper|Network|Radio|TV|World|Globe|Republic|Sentinel|Register|Examiner"
    r"|Dispatch|Monitor|Inquirer|Statesman)|The\s+(?:[A-Z][\w.&'’-]*\s+)+(?:Post|Press)",
)


def names_an_outlet(name: str) -> bool:
    """A byline naming a newspaper, station or wire ("By Mohave Valley Daily News"): its publisher,
    not a person who wrote. An organisation signing its own release ("Wikimedia Foundation") is its author."""
    return bool(OUTLET.fullmatch(" ".join(name.split())))


NAME_ALONE = re.compile(r"[A-Z][a-z’'-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z’'-]+)){1,3}")  # "Tom Wilson", "Mary J. Blige"
BLOCK_WINDOW = 6  # a byline block stands among the first lines, under the headline


def byline_block(lines: list[str]) -> tuple[int, int, str] | None:
    """BYLINE BLOCK: a writer's name alone on its line with the outlet's name on the next line, and
    perhaps the name again under it ("Tom Wilson" / "Lancaster Eagle Gazette" / "Tom Wilson"), as a
    paper's page prints its byline box with no "By", among the first lines. Its first and last line
    (end excluded) and the name, or None. A name alone with no outlet under it stays (a photo's
    label, a topic bar's name)."""
    filled = [index for index, line in enumerate(lines) if line][:BLOCK_WINDOW]
    for at, under in itertools.pairwise(filled):
        name = lines[at]
        if (
            under == at + 1
            and NAME_ALONE.fullmatch(name)
            and not byline_name(name)  # "By Jane Doe" over "BBC News": a byline the other rules read
            and not names_an_outlet(name)
            and names_an_outlet(lines[under])
        ):
            end = under + 2 if under + 1 < len(lines) and lines[under + 1] == name else under + 1
            return at, end, name
    return None


# A writer's name joined to the outlet or an e-mail address by a bar or a dot, no "By": "Pete
# Evans · CBC News ·", "Mike Cason | mcason@al.com".
JOINED_BYLINE = re.compile(
    r"(?!(?:By|BY|Por|POR)\s)(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*[|·•]\s*(?P<rest>[^|·•]+?)\s*[|·•]?"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def joined_byline_name(text: str) -> str | None:
    """The writer a name-and-outlet or name-and-address line gives, or None: the part after the
    bar must be an outlet's name or an e-mail address, and the name no outlet's."""
    match = JOINED_BYLINE.fullmatch(" ".join(text.split()))
    if match is None or names_an_outlet(match["name"]):
        return None
    rest = match["rest"]
    return match["name"] if EMAIL.fullmatch(rest) or names_an_outlet(rest) else None


# The author fields software fills in by default, never a writer: a word processor's or an operating
# system's account names ("Microsoft Office User", "Windows User", "Owner"), a site's user roles
# ("admin", "webmaster"), a template's blanks. One closed list for a PDF's metadata and a page's byline.
PLACEHOLDER_AUTHORS = frozenset(
    {
        "microsoft office user", "office user", "windows user", "user", "owner", "administrator", "admin",
        "authorized user", "valued customer", "preferred customer", "unknown", "author", "default",
    }
)  # fmt: skip
# A byline slot's other fillers: a site's roles as its first word ("Staff", "Editor"), a handle or
# address ("@jdoe", "jane@site.org", "Doe, Jane@AGENCY"), a follow prompt, a link.
NOT_AUTHORS = re.compile(
    r"^(?:admin|administrator|editor|staff|webmaster|guest|anonymous|user)\b|\bstaff$|@|follow\b|https?:",
    re.IGNORECASE,
)
# A login rather than a name: one token in lower case, one starting in lower case or a digit that holds a
# digit, or one holding "_" or "\\" ("jsmith", "user01", "CORP\\jdoe"); a capitalised word alone
# ("Reuters", "CDC", "Denver7", "3M") may be an outlet and stays.
LOGIN = re.compile(r"[a-z][a-z0-9._-]*|[a-z\d]\S*\d\S*|\S*[_\\]\S*")


def no_file_writer(name: str) -> bool:
    """A document file's Author field holds software's filler, not a writer: a placeholder of the
    closed list, an account ("Lisa@CNRA") or a login. A site's roles are no test there: a body's
    name ("Joint Chiefs of Staff", "Senate Armed Services Committee Staff") is a file's author."""
    name = " ".join(name.split())
    return name.casefold() in PLACEHOLDER_AUTHORS or "@" in name or bool(LOGIN.fullmatch(name))


def no_writer(name: str) -> bool:
    """The author a field or a byline slot holds is software's filler, not a writer: what no file's
    author is (`no_file_writer`), or a site's role or handle (`NOT_AUTHORS`)."""
    return no_file_writer(name) or bool(NOT_AUTHORS.search(" ".join(name.split())))
