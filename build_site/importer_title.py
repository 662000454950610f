"""The title of pasted text: the line a reader would pick, or none (then `--title` is asked for).

Text copied from a web page often starts with what surrounds the headline: a breadcrumb, a
category or person tag, a reading time, a date or a press-release header, a byline, a sign-up
prompt, a share row. Those lines are passed over (and listed as dropped); the first line shaped
like a headline is the title. A first line that is prose is no title: the text has none.
Three page shapes are read whole: a blog's name and widgets above a weekday date line (the post's
headline follows the date), a long deck standing right above a dateline ("HARRISBURG - "), and a
stack of banner lines (an office, a section and its description, a name) above a release whose
headline stands right above its dateline.

The line found is taken only when it is confidently a headline: it starts with a capital and
not with a dateline, a two-word line is in title case, a paragraph of prose follows it within a few lines, no
other headline-shaped line competes with it across a blog's date line, and a short one is not the
first of a digest's section headings (another short line heading the next paragraph); and the text
gives enough evidence that it is the headline (`title_score` reaches `TITLE_THRESHOLD`: its lede
names most of what it names, the layout marks it, nothing marks it as a caption, a breadcrumb or
the first of a list). When the evidence falls short, a later headline-shaped line that has enough
(the real headline under a banner) is taken instead. Otherwise the pick is a guess, kept in the
body, and `add` asks for `--title`, showing it: a needless question costs the analyst one flag,
a wrong title is written into the corpus in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

import justext

from build_site.importer_byline import byline_name
from build_site.importer_dates import WRITTEN_DATE, human_date, labelled_date
from build_site.importer_header import HEADER_REASON, SESSION_REASON, header_line, is_session_line
from build_site.importer_labels import label_line
from build_site.importer_model import BULLET
from build_site.text_shapes import NAME_AND_OUTLETS

TOP_WINDOW = 8  # the title is looked for among the first lines only
MENU_MAX_LINES = 16  # a section menu or topic bar pasted above a headline runs up to this many items
MENU_MIN_ITEMS = 2  # a menu lists two items at least; one line above a headline may be its own kicker
MENU_REASON = "menu line above the headline"
# The reasons for a line above the headline dropped as a site's name (read again for the publisher).
SINGLE_WORD_REASON = "a single word (a site name or section)"
SHORT_TOP_LINE_REASON = "short line above the headline (a site name, section or tag)"
SITE_BANNER_REASON = "a site's banner, its name and section"
TITLE_MAX_CHARS = 200
LINE_MAX_CHARS = 5 * TITLE_MAX_CHARS  # a line above the headline longer than this is prose, not clutter
TITLE_MAX_WORDS = 20  # headlines run 5 to 15 words; a longer line is a sentence of prose
SENTENCE_CLOSE = (".", "!", "?", ":", '"', "”", "'", "’", ")", "…")
BANNER_MAX_WORDS = 20  # a publisher's banner sentence over a paste; a longer first line is the lede
BANNER_SHARED_NAMES = 2  # names a headline under a banner sentence shares with its lede
SHORT_TITLE_WORDS = 4  # a first "headline" this short gives way to a longer one below it
PROSE_MIN_WORDS = 5  # a sentence (or longer) of prose that shows the body has started below a headline
BYLINE_WORDS = 14  # a byline with its role and outlet; a sentence naming a writer runs longer
# What stands between a story's headline and its text, not a page's social links above it all.
UNDER_HEADLINE = {"link prompt", "image credit", "photo caption with its credit", "reading time"}
HEAD_LINES = 3  # a story's byline and date line stand right under its headline
FOLLOW_WINDOW = 6  # a headline's body starts within this many lines (bylines, captions, dates between)
CONTENT_WINDOW = 120  # words of the text below a headline that its lede lies in
STORY_WINDOW = 600  # words of the text below a headline in which a word it names counts half (past the lede)
LATER_WEIGHT = 0.5  # the weight of a headline's word the story names only past the lede
SHARED_PREFIX = 4  # letters two words start with to count as one: "seizures", "seized"; "Polizei(wagen)"
# The languages of the texts met so far: their most frequent words (jusText's stop lists) are no content.
STOP_LANGUAGES = ("English", "German", "French", "Dutch", "Spanish", "Italian", "Portuguese")
# Words of a page's furniture that a headline and the story below it may share without being about one thing.
GENERIC_WORDS = frozenset(
    "news breaking latest update updates press release edition archives posted comments share read page story says".split()
)
# The evidence a headline-shaped line must reach to be taken as the title: chosen on the dev texts
# (evaluation/titles/README.md gives both errors at other thresholds).
TITLE_THRESHOLD = 0.5
SUBHEADING_WORDS = 6  # an article's subheadings run up to this many words; a story's headline runs longer
WEIGHT = 0.25  # one piece of layout evidence: a quarter of a full lede naming every content word
# A photo caption's or credit's marks, in the line or in the line right above it.
CAPTION = re.compile(r"\b(?:file photo|photos?|credits?|images?|caption|getty|shutterstock)\b|reuters/", re.IGNORECASE)
WORD = re.compile(r"\w+")
# What a headline may end on though it ends in a full stop: "U.S.", "Inc.", "Jr." ("Week." is a word).
ABBREVIATION = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Inc|Jr|Sr|Co|Corp|Ltd|Bros|St|Mt|Ft|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Adm|"
    r"Ave|Blvd|Rd|No|Vs|Dept|Univ|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\."
)

READING_TIME = re.compile(
    r"(?:\d+|one|two|three|four|five)[\s-]*(?:min(?:ute)?s?\.?)(?:\s+read(?:ing)?)?(?:\s+time)?"
    r"|(?:reading time|read time)\W*\d+\s*min\w*\.?",
    re.IGNORECASE,
)
SIGN_UP = re.compile(
    r".{0,80}\b(?:sign up|subscribe|newsletter|get (?:the latest|our)|delivered to your inbox|"
    r"register (?:now|for free)|create (?:a|your) (?:free )?account|download (?:our|the) app|"
    r"app store|google play)\b.{0,80}",
    re.IGNORECASE,
)
PAGER = re.compile(
    r"(?:«|‹|<)?\s*(?:last|next|previous|prev|older|newer)(?:\s+(?:article|post|story|page))?"
    r"\s*(?:»|›|>)?(?:\s*[:|]\s*.{0,120})?|(?:back to |go to )?(?:top|bottom) of (?:the )?page|"
    r"(?:back|go) to top|view original",
    re.IGNORECASE,
)
# A page's skip links, the first of its navigation ("Skip to main content", "Skip navigation"), one
# or more: a page offering two such links copies as one line, run together ("Skip to main contentSkip
# to main content").
SKIP_ONE = r"skip (?:to (?:the )?(?:main )?(?:content|navigation|search)|navigation)"
SKIP_LINK = re.compile(rf"{SKIP_ONE}(?:\s*{SKIP_ONE})*", re.IGNORECASE)
# Phrases that are only ever promotions, and words that start a promotion only standing alone,
# before a separator or before a word like "stories" ("Popular Posts", "Watch: …"): a headline
# may start with them ("Popular anger grows …", "Related cases pile up …").
PROMO = re.compile(
    r"(?:read (?:more|also|next)|see also|more from|most (?:read|popular|viewed|shared)|don'?t miss|also read|"
    r"up next)\b.{0,150}"
    r"|(?:watch|listen|related|recommended|trending|popular)"
    r"(?:\s+(?:now|stories|articles|posts|news|coverage|content|reads|videos?|for you|on this topic))?"
    r"(?:\s*[:|»›>→–—-]\s*.{0,150}|\W*)",
    re.IGNORECASE,
)
# "Home > News", "News » Local"; with " / " only short segments ("News / Local / Crime"), since
# a headline may hold one ("Sheriff's Office / Jail Lobbies Reopened").
BREADCRUMB = re.compile(
    r"(?:home|inicio)\b.*|.+(?:\s[>»›]\s.+){1,}|(?:[•·]\s+)?[^>»›]{1,60}[>»›]|[^/\s]+(?:\s[^/\s]+){0,2}(?:\s/\s[^/\s]+(?:\s[^/\s]+){0,2}){1,}",
    re.IGNORECASE,
)
# Words a line does not end on unless it runs on to the next one: "Announcements, information & updates from".
RUNS_ON = {"a", "an", "the", "and", "or", "but", "of", "from", "with", "to", "at", "by", "via", "&"}
# A sentence ends inside the line: "Showing posts with label gardening. Show all posts".
INNER_SENTENCE_END = re.compile(r"\b[a-z]{3,}\.\s+[A-Z]")
# The tagline under a copied Wikipedia article's title: clutter, never the title nor the body.
ENCYCLOPEDIA = re.compile(r"from wikipedia, the free encyclopedia\.?", re.IGNORECASE)
# An address's local part is read from its first character only ("(?<!…)"): tried from every
# character of a long word, the run would be read again from each, in time the square of its length.
CONTACT = re.compile(r"\(?\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4}|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.")
PIPES = re.compile(r"[^|]{0,60}(?:\|[^|]{0,60}){2,}|\s*\|.*")  # "| | | News Around the Republic | 2009"
# A tagline or menu of parts joined by bullets: "Fully-Local • Non-Partisan • Public-Service Journalism".
BULLETED = re.compile(r"[^•·]{1,60}(?:\s[•·]\s[^•·]{1,60}){2,}")
# Menu items copied without the spaces between them: "Global EngagementUC HomeAbout UCUC Academics".
GLUED = re.compile(r"(?<!\S)\S*[a-z][A-Z]\S*")  # from a word's start only, as CONTACT's address
GLUED_MIN = 3  # words glued so, and more than half the line's: a name like "McKenna" is one
TAGLINE_OTHER_WORDS = 3  # a tagline is the owner's name and a few words: "Public Media from …"; a headline says more
# A run of capitalised names: "Michigan State University". Each is a bounded run of letters: sought from every
# capital, even inside a word ("iPhone Maker"), so an unbounded run would make a long word cost its square.
NAME_RUN = re.compile(r"[A-Z][\w'’.-]{1,40}(?:\s+(?:of\s+|the\s+|&\s+)?[A-Z][\w'’.-]{1,40})+")
JOINT = re.compile(r"[a-z][A-Z]")  # where a menu's items run together: "ArtsAutosBooks" has two
# A section's generic label: "Latest Issue", "Top Stories", "Breaking News".
SECTION_LABEL = re.compile(
    r"(?:latest|top|breaking|featured|recent|more|today'?s)\s+(?:news|issues?|stories|posts|headlines|updates|articles)"
    r"|(?:world|u\.?s\.?|national|international|local|regional|business|political|politics|sports?|tech(?:nology)?|"
    r"science|health|entertainment|opinion|africa|europe|asia|americas|middle east)(?: news)?",
    re.IGNORECASE,
)
DATE_START = re.compile(
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+(?=\d|[A-Z][a-z]+\.?\s+\d)"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})"
)
# A whole line giving weekday and date, as blogs print above each post: "Wednesday, August 1, 2012".
WEEKDAY_DATE = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]+),?"
    r"\s+\d{4}"
)
# A page capture's leading "date 2023-08-01" before the text of the line.
DATE_LABEL = re.compile(r"date:?\s+\d{4}-\d{2}-\d{2}\b\s*", re.IGNORECASE)
# A printable page's label before the headline: "Title: # 7) Why can't …".
TITLE_LABEL = re.compile(r"(?:title|headline|subject)\s*:\s+(?=\S)", re.IGNORECASE)
# A byline run into the headline's line: "… transit By VERENA DOBNIK and DAVID CARUSO, Associated Press Writers".
# Only a wire's capitals or a name followed by its desk is read so: "Three Men Killed By Police In
# Oaxaca" is a headline.
RUN_IN_BYLINE = re.compile(
    r"(?P<headline>.+?[^\s,:;])\s+(?P<byline>By\s+(?!(?:THE|AN?)\b)(?:[A-Z][A-Z.'’-]+(?:\s+(?:[A-Z][A-Z.'’-]*|and))+"
    r"(?:\s*,\s*[^,]{1,60})?|[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von))+\s*,\s*[^,]{1,60}))"
)
RUN_IN_MIN_WORDS = 3  # a headline before the byline runs this long at least
# The opening of a dateline paragraph: "HARRISBURG - ", "WASHINGTON, Dec. 23 -- ".
DATELINE_START = re.compile(r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*(?:,[^–—]{1,40}?)?\s+(?:--?|–|—)(?:\s|$)")
SHARE_NAME = (
    r"(?:\d+\s+shares?|shares?|tweet|google\+|e-?mail|mail|reddit|buffer|pocket|pinterest|delicious|tumblr|skype|"
    r"print|facebook|twitter|linkedin|whatsapp|telegram|flipboard|instagram|youtube|copy link|follow (?:me|us)(?: on)?)"
)
# A share row, perhaps under its label: "Facebook Twitter Email", "Share this article: Facebook | Twitter | Email".
SHARE_LABEL = r"(?:share\s+(?:this|the|on)(?:\s+(?:article|story|post|page))?\s*[:–—-]?\s*)?"
SHARE_ROW = re.compile(rf"{SHARE_LABEL}{SHARE_NAME}(?:\s*[|•·,/]?\s*{SHARE_NAME}){{2,}}\W*", re.IGNORECASE)
IMAGE_FILE = re.compile(r"[^\s/\\][^/\\]{0,80}\.(?:jpe?g|png|gif|webp|tiff?|bmp|heic)", re.IGNORECASE)
IMAGE_FILE_WORDS = 10  # "skimming scheme seized cash and cards.jpg"; a sentence naming a file ends in a full stop
ATTRIBUTION = re.compile(r"(?:image |photo )?(?:attribution|courtesy)(?: to| of)?\b.{0,160}", re.IGNORECASE)
LINK_PROMPT = re.compile(
    r"(?:report an (?:error|issue|inaccuracy)|view (?:the )?full \w+(?: \w+)?|see (?:the )?full (?:story|article|video)|"
    r"continue reading(?: the (?:main )?(?:story|article))?|"
    # the links under a byline: "View author archive", "email the author", "Get author RSS feed"
    r"(?:view|see) (?:the )?author(?:'s)? (?:archive|profile|page|bio)|(?:e-?mail|contact) the (?:author|writer|reporter)|"
    r"get (?:the )?author(?:'s)? rss(?: feed)?|follow (?:the author )?on (?:twitter|x|facebook|instagram|linkedin)|"
    r"view full[- ]size image|add to \.\.\.|add to …)\s*[»›>→]?",
    re.IGNORECASE,
)
# A lead-in to links to other stories, alone or with its link: "Also read on BBC Africa:",
# "Read more: <another headline>", "Read more https://…".
READ_MORE = re.compile(
    r"(?:also read|read also|read more|read next|see also|more on this(?: story| topic)?)"
    r"(?:\s+(?:on|at|in|from)\s+[^:.!?]{1,40})?\s*(?::\s*.{0,150}|\s+https?://\S+|\W*)",
    re.IGNORECASE,
)
PICTURE_ALT = re.compile(r"(?:an? )?(?:picture|image|photo|photograph) of\s.{1,100}", re.IGNORECASE)  # an alt text
PICTURE_ALT_WORDS = 15
# A station's audio player copied with the page: "Play Live Radio", "Next Up:", "0:00 0:00", "Listen • 3:45";
# an embedded player's counters, elapsed, length and left ("0:00 0:03:49 0:00"), and the status lines it
# shows while it loads or has nothing to play ("please wait", "No media source currently available",
# "Your browser does not support the audio element").
_TIME_CODE = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
PLAYER = re.compile(
    r"play live radio|listen live|available on air stations|next up:?|now playing:?|on air now"
    rf"|listen\s*[•·]?\s*\d{{1,2}}:\d{{2}}|{_TIME_CODE}(?:\s*/?\s*{_TIME_CODE}){{0,3}}"
    r"|please wait\W*|no (?:media )?source (?:is )?(?:currently )?available\W*"
    r"|your browser does not support (?:the )?(?:html5 )?(?:audio|video)(?: element| tag| playback)?\W*",
    re.IGNORECASE,
)
# A public station's appeal under its story: "Journalism at this station is made possible by donors …".
DONATION = re.compile(
    r"(?:journalism|reporting|coverage) (?:at|on|from) this station is (?:made possible|funded|supported) by\b.*"
    r"|(?:donate|give) (?:today|now)\b.{0,120}|support (?:local|independent|public) (?:journalism|news|radio)\b.{0,120}",
    re.IGNORECASE,
)
PHOTO_CAPTION_WORDS = 80  # a caption runs a sentence or two
COMMENT_COUNT = re.compile(r"(?:no|\d+) comments?:?|comments? \(\d+\)", re.IGNORECASE)
# A photo's caption with its credit at the end: "… in Washington, DC, U.S. on November 20, 2017. REUTERS/Carlos
# Barria", "… on Monday. (AP Photo/Evan Vucci)", "… Photo: Hau Dinh/AP", "… AFP/Getty Images"; any outlet's
# name and its photographer's after the caption's last sentence ("… 5,000 people. CamboJA/ Panha Chhorpoan"),
# and a "Credit:" label's ("… Kampong Khleang. Credit: Kris Janssens/IPS").
PHOTO_CAPTION = "photo caption with its credit"
# A credit in brackets naming a photographer and an agency or address, on a line of its own ("(Evan
# Mitsui/CBC)"): an image credit, and it closes the photo's block (the line under it is not its caption).
# A photo's credit on its own line, the photographer's name and the outlets after slashes: "Chase
# Stevens/Las Vegas Review-Journal/TNS", as a paste copies it from under the picture.
OPEN_CREDIT = re.compile(NAME_AND_OUTLETS)
CLOSED_CREDIT = re.compile(r"\(\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:\s*/\s*[\w.@&' -]{2,40}){1,3}\)\s*")
# A widget's label that a copy runs onto the headline's end: "… over flying in storms Add to ...".
RUN_ON_WIDGET = re.compile(r"\s+(?:add to|share|save)\s*(?:\.\.\.|…)\s*$", re.IGNORECASE)
PHOTO_CREDIT_END = re.compile(
    r".{10,600}?(?:\b(?:REUTERS|Reuters|AFP|EPA|AP|XINHUA|Xinhua|ANADOLU)/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"|\((?:AP|AFP|Reuters|EPA)\s+Photo(?:/[^)]{1,60})?\)|\b(?:Photo|Picture|Image|Credit)s?:\s+[^.!?]{2,60}"
    r"|(?<=[.!?] )[A-Z][\w'’-]+/\s?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"|\b(?:AFP|AP|EPA|Reuters)\s?(?:/|via)\s?Getty Images\)?"
    rf"|{CLOSED_CREDIT.pattern})\s*"
)
# A category path copied as a line: "U.S. Government: Agencies/Departments/Divisions | Federal Agencies".
CATEGORY_PATH = re.compile(r".{0,60}\b[A-Z][\w.&-]*(?:/[A-Z][\w.&-]*){2,}\b.{0,60}")
RIGHTS_LINE = re.compile(
    r"(?:copyright\s*)?©.{0,80}|copyright\s+(?:\(c\)\s*)?\d{4}.{0,80}|.{0,80}all rights reserved\.?", re.IGNORECASE
)
# "police beat by Richard Matros": a lower-case line ending in "by" and a personal name.
LOWER_BYLINE = re.compile(r"[a-z][^.!?]{0,80}\sby\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}")
BARE_BYLINE = re.compile(r"(?:written |posted |reported )?(?:by|por)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}", re.I)
CHROME_MAX_WORDS = 12  # lines above a blog's date line are its name, tagline and widgets, not prose
PRESS_HEADER = re.compile(
    r".{0,80}\b(?:press release|news release|for immediate release|media advisory|"
    r"distributed by|public company information)\b.*|remarks as (?:delivered|prepared)\b.*|"
    r"release date\b.*|(?:release|news release|case|docket)\s+(?:no\.?|number|#)\s*\S+",
    re.IGNORECASE,
)
# The label a breadcrumb opens with: what stands above it is the site's menu.
YOU_ARE_HERE = re.compile(
    r"(?:you are here|du bist hier|sie sind hier|vous [eê]tes ici|est[aá]s aqu[ií]|sei qui)\s*:?", re.I
)
CRUMB_LABEL = "breadcrumb label (the menu stands above it)"
PRESS_LABEL = re.compile(r"press release|news release|for immediate release|media advisory", re.IGNORECASE)
LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")
BANNER = re.compile(
    r"(?:u\.s\. flag\s*)?(?:an )?official website of .+|u\.s\. flag|official websites use \.gov|"
    r"secure \.gov websites use https|.*\bwebsite belongs to an official .+|here'?s how you know|"
    r"breadcrumb|archived content",
    re.IGNORECASE,
)
# An image's alt text copied as a line: "Link to United States Department of Justice Home Page",
# "… Seal of the United States Department of Justice displayed against a background image of …", "Site logo".
ALT_TEXT = re.compile(
    r"(?:link to|logo of|logo for)\s.{1,100}|.{1,100}\s(?:[Hh]ome ?[Pp]age|[Ll]ogo)|(?:[Ss]ite |[Cc]ompany )?[Ll]ogo"
    r"|.{0,160}\bbackground image\b.{0,160}"
)
ALT_TEXT_WORDS = 10  # an alt text ending in "Home Page" or "logo" names the site: every word before it capitalised
# An organisation's name with its acronym, alone on a line: "Securities and Exchange Commission (SEC)".
ORGANISATION = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){1,8}\s+\([A-Z][A-Za-z&]{1,7}\)")
RELEASE_CODE = re.compile(r"\b[A-Z]{2,}(?:-[A-Z0-9]+){2,}")  # a release's number: "SEC-PR-2024-90"
NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s+\S.*")  # "1. Home", "2. Safety": a numbered breadcrumb's steps
CREDIT = re.compile(
    r"(?:source|credit|photo|image|foto)s?\s*:.{0,120}|.{0,60}\b(?:shutterstock|getty images|"
    r"ap photo|afp|reuters/|istock)\b.{0,40}",
    re.IGNORECASE,
)
BYLINE_ANYWHERE = re.compile(
    r"(?:.{0,120}\s[-–—|•]\s*)?(?:written |posted |reported )?(?:by|por)\s+[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s*[,|•–—-].{0,60})?",
    re.IGNORECASE,
)
# An age for a date, alone or labelled: "Updated 18 minutes ago", "Published: 2 hours ago", "3 days ago".
RELATIVE_UPDATE = re.compile(
    r"(?:(?:(?:last\s+)?updated|posted|published|modified)(?:\s+on)?\s*:?\s+)?(?:an?|one|a few|\d+)\s+"
    r"(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago\.?",
    re.IGNORECASE,
)
# A reposting site's notice that the text is another's: "This post is originally published on INVESTING.",
# "This article first appeared on The Conversation.", "Originally published at …".
REPOST = re.compile(
    r"(?:this\s+(?:post|article|story|piece|content)\s+(?:is|was|has been)\s+|it\s+(?:is|was)\s+)?"
    r"(?:originally|first)\s+(?:published|posted|appeared|ran)\s+(?:on|in|at|by)\s+\S.{0,80}",
    re.IGNORECASE,
)
REPOST_MAX_WORDS = 20  # a notice names the site, perhaps with its link; a longer line is prose
UPDATED_VALUE = re.compile(r"(?:updated|published|posted)(?:\s+on)?:?\s+(?P<date>.{6,60})", re.IGNORECASE)
UPDATED = re.compile(r"(?:(?:updated|published|posted|last (?:updated|modified))\b|dated?:).{0,60}", re.IGNORECASE)


@dataclass(slots=True)
class TitlePick:
    """The title (None when the text has none), where it stands, and the lines passed over before it."""

    title: str | None
    start: int  # index of the first line of the title (or of the first body line when there is none)
    end: int  # index of the first line after the title
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (why, line), in order
    guess: str | None = None  # when no title was taken: the line that came closest, kept in the body
    doubt: str | None = None  # why the guess was not taken


def clutter_reason(line: str) -> str | None:
    """Why a short line anywhere in pasted text is page clutter, or None."""
    if READING_TIME.fullmatch(line):
        return "reading time"
    if ENCYCLOPEDIA.fullmatch(line):
        return "encyclopedia tagline"
    if len(line.split()) <= 25 and SIGN_UP.fullmatch(line) and not line.endswith((".", "”", '"')):
        return "sign-up prompt"
    if PAGER.fullmatch(line) and len(line.split()) <= 20:
        return "previous/next link"
    if SKIP_LINK.fullmatch(line):
        return "navigation (a skip link)"
    if SHARE_ROW.fullmatch(line):
        return "share prompt"
    if IMAGE_FILE.fullmatch(line) and len(line.split()) <= IMAGE_FILE_WORDS:
        return "image file name"
    if ATTRIBUTION.fullmatch(line) and len(line.split()) <= 25 and not line.endswith("."):
        return "image credit"
    if LINK_PROMPT.fullmatch(line):
        return "link prompt"
    if READ_MORE.fullmatch(line) and len(line.split()) <= 25:
        return "read-more link"
    if COMMENT_COUNT.fullmatch(line):
        return "comment count"
    if PHOTO_CREDIT_END.fullmatch(line) and len(line.split()) <= PHOTO_CAPTION_WORDS:
        return PHOTO_CAPTION
    if PICTURE_ALT.fullmatch(line) and len(line.split()) <= PICTURE_ALT_WORDS:
        return "an image's alt text"
    if PLAYER.fullmatch(line):
        return "audio or video player"
    if DONATION.fullmatch(line) and len(line.split()) <= 40:
        return "donation prompt"
    if RELATIVE_UPDATE.fullmatch(line):
        return "relative update time"
    if REPOST.fullmatch(line) and len(line.split()) <= REPOST_MAX_WORDS:
        return "repost notice"
    return None


def top_line_reason(line: str) -> str | None:
    """Why a line above the headline is not the headline, or None when it may be one.

    A line far longer than any headline (a paragraph, a paste without spaces) is not tested: it
    cannot be one, and none of the tests is meant for it."""
    if len(line) > LINE_MAX_CHARS:
        return None
    if label := DATE_LABEL.match(line):
        rest = line[label.end() :]
        return top_line_reason(rest) if rest else "date line"
    if reason := clutter_reason(line):
        return reason
    if header_line(line):
        return HEADER_REASON
    if is_session_line(line):
        return SESSION_REASON
    if label_line(line):
        return "label line"
    if YOU_ARE_HERE.fullmatch(line):
        return CRUMB_LABEL
    if line.startswith("#"):
        return "comment line (starts with #)"
    words = line.split()
    if line.endswith(":") and len(words) <= 6:
        return "lead-in ending in a colon"
    if CONTACT.search(line) and len(words) <= 12 and not line.endswith("."):
        return "contact line (a phone number, e-mail or web address)"
    if len(words) <= 25 and RIGHTS_LINE.fullmatch(line):
        return "rights notice"
    glued = GLUED.findall(line)
    joints = len(JOINT.findall(line))
    if (len(glued) >= GLUED_MIN and 2 * len(glued) > len(words)) or (joints >= GLUED_MIN and joints >= 2 * len(words)):
        return "menu run together"
    if labelled_date(line):
        return "date line"
    if RELEASE_CODE.search(line) and len(words) <= 12:
        return "release number line"
    if _is_alt_text(line):
        return "an image's alt text (a link, a logo, a seal)"
    if _is_press_header(line):
        return "press-release header"
    checks = [
        (BANNER, "site banner"),
        (PIPES, "breadcrumb or section header"),
        (BULLETED, "tagline or menu"),
        (SECTION_LABEL, "section label"),
        (CATEGORY_PATH, "category path"),
        (BREADCRUMB, "breadcrumb"),
        (UPDATED, "date line"),
        (PROMO, "promotion of other stories"),
        (CREDIT, "image credit or source line"),
        (ORGANISATION, "an organisation's name (a banner)"),
    ]
    for pattern, why in checks:
        if len(words) <= 25 and pattern.fullmatch(line):
            return why
    if (DATE_START.match(line) or WRITTEN_DATE.match(line)) and len(words) <= 12:
        return "date line"
    if len(words) <= BYLINE_WORDS and (
        (BYLINE_ANYWHERE.fullmatch(line) and not line.endswith(".")) or byline_name(line)  # "Code & Story by …"
    ):
        return "byline"
    if len(words) <= 10 and LOWER_BYLINE.fullmatch(line):
        return "byline"
    if len(words) == 1:
        return SINGLE_WORD_REASON
    if not any(char.isalpha() for char in line):
        return "no words (a separator, a bullet or a player's time)"
    return None


def _is_press_header(line: str) -> bool:
    """A release's header ("USDA.gov (press release)", "FOR IMMEDIATE RELEASE", "Press release |
    Distributed by …"), not a headline about releases ("How to write a government press release"):
    besides the label it holds at most one lower-case word of four letters or more."""
    match = PRESS_HEADER.fullmatch(line)
    if match is None or len(line.split()) > 25:
        return False
    rest = PRESS_LABEL.sub(" ", line)
    return len(LOWER_WORD.findall(rest)) < 2


def is_headline(line: str) -> bool:
    """Shaped like a headline: two words or more, short, not closed like a sentence of prose."""
    words = line.split()
    if len(words) < 2 or len(line) > TITLE_MAX_CHARS or len(words) > TITLE_MAX_WORDS:
        return False
    if not any(c.isalpha() for c in line):
        return False
    last = words[-1]
    if line.endswith(("…", "...")) or INNER_SENTENCE_END.search(line) or CONTACT.search(line) or last in RUNS_ON:
        return False
    return not (line.endswith((".", ".”", '."', ",", ";")) and not ABBREVIATION.fullmatch(last))


def pick_title(
    lines: list[str], wrapped_lines: int = 1, hard_wrapped: bool = False, threshold: float = TITLE_THRESHOLD
) -> TitlePick:
    """The headline a reader would pick, when it is confidently one; else a guess and a doubt.

    An unconfident pick leaves every line to the body but the clutter above the first line that
    may be text (see `top_line_reason`), so a `--title` given for it loses nothing."""
    filled = [i for i, line in enumerate(lines) if line]
    pick = shape_pick(lines, wrapped_lines, hard_wrapped)
    if pick.title is not None and pick.doubt is None:
        score, evidence = title_score(pick.title, lines[: pick.start], lines[pick.end :])
        if score < threshold:
            later = _better_headline_below(lines, filled, pick, threshold)
            if later is None:
                pick.doubt = f"too little evidence that it is the headline ({'; '.join(evidence)}: {score:.2f})"
            else:
                pick = later
    if pick.doubt is None:
        if pick.title is None and pick.guess is None:  # a first line of prose: the text has no headline on top
            under = headline_under_banner_sentence(lines)
            pick.guess = lines[under] if under is not None else None
        return pick
    if (signed := _headline_over_byline(lines, filled, threshold)) is not None:
        return signed
    start = next((i for i in filled if top_line_reason(lines[i]) is None), len(lines))
    skipped = [(top_line_reason(lines[i]) or "", lines[i]) for i in filled if i < start]
    return TitlePick(None, start, start, skipped, guess=pick.title or pick.guess, doubt=pick.doubt)


def headline_under_banner_sentence(lines: list[str]) -> int | None:
    """The index of the headline when a paste opens with a publisher's banner sentence ("… was a
    Warren News publication."): the line right under it, when it stands alone as a headline
    (`is_headline`) and shares BANNER_SHARED_NAMES capitalised names with the lede under it. Only a
    guess: `add` still asks, and with that `--title` the banner sentence is listed, not kept."""
    filled = [index for index, line in enumerate(lines) if line]
    if len(filled) < 3 or not lines[filled[0]].endswith((".", "!")) or len(lines[filled[0]].split()) > BANNER_MAX_WORDS:
        return None
    headline, lede = lines[filled[1]], lines[filled[2]]
    if not is_headline(headline) or top_line_reason(headline) is not None:
        return None
    return filled[1] if len(_names(headline) & _names(lede)) >= BANNER_SHARED_NAMES else None


def _names(line: str) -> set[str]:
    """The capitalised content words of a line (`_content_words`), folded."""
    return {word.casefold() for word in WORD.findall(line) if word[:1].isupper()} & set(_content_words(line))


def _headline_over_byline(lines: list[str], filled: list[int], threshold: float) -> TitlePick | None:
    """The headline under a menu: a paste copied from a section menu or a topic bar ("Politics
    Home", "Hot topics", then a line per item) has its headline where the byline or the date line
    stands right under it. Taken when every line above it is a menu's short item, and the text
    below shows it is the headline as any pick must; the menu's lines are passed over."""
    for position, index in enumerate(filled[:MENU_MAX_LINES]):
        line = lines[index]
        if len(line.split()) <= SHORT_TITLE_WORDS and not line.endswith(SENTENCE_CLOSE):
            continue  # a menu's item
        under = [lines[i] for i in filled[position + 1 : position + 1 + HEAD_LINES - 1]]
        if (
            position >= MENU_MIN_ITEMS
            and is_headline(line)
            and top_line_reason(line) is None
            and any(_is_byline_or_date(other) for other in under)
            and title_score(line, lines[:index], lines[index + 1 :])[0] >= threshold
        ):
            passed = [(top_line_reason(lines[i]) or MENU_REASON, lines[i]) for i in filled[:position]]
            return TitlePick(line, index, index + 1, passed)
        return None
    return None


def _is_byline_or_date(line: str) -> bool:
    """A byline ("By: …") or a date line ("Published August 14, 2010", "posted on Saturday, August
    13th, 2011"), as a story prints under its headline."""
    text = line.strip()
    stated = UPDATED_VALUE.fullmatch(text)
    return bool(
        byline_name(text)
        or human_date(text)
        or labelled_date(text)
        or (stated and human_date(stated["date"], whole=False))
    )


def shape_pick(lines: list[str], wrapped_lines: int = 1, hard_wrapped: bool = False) -> TitlePick:
    """The line the shape rules pick as the headline, with their doubt if they have one, before the
    evidence that it is the headline is weighed."""
    filled = [i for i, line in enumerate(lines) if line]
    dated = _title_below_weekday_date(lines, filled)
    pick = dated or _first_headline(lines, filled, wrapped_lines)
    if pick.title is not None and pick.doubt is None:
        below = _paragraphs(lines[pick.end :]) if hard_wrapped else lines[pick.end :]
        pick.doubt = _doubt(pick.title, below, under_date=dated is not None)
    return pick


def shared_content_words(title: str, below: list[str]) -> list[str]:
    """The content words of a headline that the text right below it (its first `CONTENT_WINDOW`
    words) names too.

    A real headline and its lede name the same people, places, things and numbers; a masthead, a
    tagline, a section label, a menu or a banner names one of them at most. A content word is one
    not among a language's most frequent words nor a page's furniture words like "news" or "update"
    (numbers and names count); it is shared when a word below begins with its first `SHARED_PREFIX`
    letters (or equals it, when shorter). `title_score` weighs the share of them found there."""
    return _named_in(_content_words(_without_date_label(title)), _first_words(below, CONTENT_WINDOW))


def _first_words(below: list[str], window: int) -> list[str]:
    """The first `window` words of the text below a line, folded (the rest is never read)."""
    return [word.group().casefold() for word in islice(WORD.finditer(" ".join(below)), window)]


def _named_in(content: list[str], nearby: list[str]) -> list[str]:
    """The content words that a word of `nearby` names (`shared_content_words` says how)."""
    return [
        word
        for word in content
        if any(
            other.startswith(word[:SHARED_PREFIX]) if len(word) >= SHARED_PREFIX else other == word for other in nearby
        )
    ]


def title_score(title: str, above: list[str], below: list[str]) -> tuple[float, list[str]]:
    """How strongly the text shows that a headline-shaped line is its headline, and why.

    The shape rules find the line that looks like a headline; page chrome often looks like one too,
    and names the story's subject as well (a menu naming its section, a caption naming the subject,
    a case number naming the court), so one shared word proves little. The evidence, summed:
    - the share of the line's content words that the lede below names (0 to 1): a headline sums up
      its story, a label or banner names one thing in it at most; a word the story names only
      further on (within `STORY_WINDOW` words) counts half, as an opinion piece's deck and
      background paragraph may come before the words of its headline;
    - a quarter (`WEIGHT`) for each layout mark of a headline: more than `SHORT_TITLE_WORDS` words
      (labels, names and captions are shorter); the line repeated right below it or as the first
      sentence (a headline and its deck); a date line, byline or dateline before the first
      paragraph (a news story's layout); a half for a blog post's title right under its weekday
      date line, marked by the layout even when playful; a quarter for a headline right under a
      header line ("November 21, 2017 / 1:44 PM / a year ago": a news page's date and publisher); a
      half for a line of common words only standing alone right over a paragraph of the text (a
      headline whose words the lede cannot name);
    - minus one, a whole lede's worth, for each mark of something else: a caption or credit (in the
      line or right above it); a shorter line below that ends it (a breadcrumb run into the
      headline, which then stands alone); a second headline with its own paragraph after the first
      paragraph (a list of stories: a tag page, a section, an index).
    A line is taken when the sum reaches `TITLE_THRESHOLD`; otherwise `add` asks for `--title`."""
    content = _content_words(_without_date_label(title))
    story = _first_words(below, STORY_WINDOW)  # the lede's words come first
    shared = _named_in(content, story[:CONTENT_WINDOW])
    later = [word for word in _named_in(content, story) if word not in shared]
    score = (len(shared) + LATER_WEIGHT * len(later)) / len(content) if content else 0.0
    evidence = [
        f"the text below names {len(shared)} of its {len(content)} content words"
        + (f" ({len(later)} more further on, at half weight)" if later else "")
    ]
    near = [line for line in below if line][:FOLLOW_WINDOW]
    over = next((line for line in reversed(above) if line), "")
    marks = [
        (WEIGHT, "a sentence-shaped line", len(title.split()) > SHORT_TITLE_WORDS),
        (WEIGHT, "repeated right below", bool(near) and " ".join(near[0].split()).startswith(" ".join(title.split()))),
        (WEIGHT, "a date, byline or dateline before the first paragraph", _news_layout(near)),
        (2 * WEIGHT, "under a weekday date line", bool(WEEKDAY_DATE.fullmatch(over))),
        (WEIGHT, "under a header line (publisher, date)", header_line(over) is not None),
        (2 * WEIGHT, "standing alone over the text, its words all common ones", not content and _stands_alone(near)),
        (
            -4 * WEIGHT,
            "a caption or credit",
            bool(CAPTION.search(title) or (CAPTION.search(over) and not CLOSED_CREDIT.fullmatch(over))),
        ),
        (-4 * WEIGHT, "a breadcrumb run into the line below", any(_ends_with(title, line) for line in near)),
        (-4 * WEIGHT, "the first of a list of stories", _lists_stories(title, near)),
    ]
    for weight, why, present in marks:
        if present:
            score += weight
            evidence.append(why)
    return score, evidence


def _stands_alone(near: list[str]) -> bool:
    """The line right below is a paragraph of the text: the line stands alone over the body, as a
    headline does. Read when a headline's words are all common ones ("The most important part of the
    story"), so the lede can name none of them."""
    return bool(near) and is_prose(near[0])


def _news_layout(near: list[str]) -> bool:
    """A date line, byline or dateline stands between the line and the first paragraph, or opens it,
    with no other headline in between: how a news story or release sets its headline apart."""
    for line in near:
        if DATELINE_START.match(line) or top_line_reason(line) in ("date line", "byline", HEADER_REASON):
            return True
        if is_prose(line) or (len(line.split()) > SHORT_TITLE_WORDS and is_headline(line)):
            return False
    return False


def _ends_with(title: str, line: str) -> bool:
    """The line is the end of the title, a few words shorter: what stands before it is a breadcrumb."""
    return len(line.split()) > SHORT_TITLE_WORDS and len(line) < len(title) and title.endswith(line)


def _lists_stories(title: str, near: list[str]) -> bool:
    """A headline-shaped line longer than a subheading, after the first paragraph and heading one of
    its own (not the title repeated): the text is a list of stories, not one."""
    first = next((at for at, line in enumerate(near) if is_prose(line)), None)
    if first is None:
        return False
    for at in range(first + 1, len(near) - 1):
        line = near[at]
        if is_prose(line) or line.split() == title.split():
            continue
        if len(line.split()) > SUBHEADING_WORDS and is_headline(line) and top_line_reason(line) is None:
            return is_prose(near[at + 1])
    return False


def _content_words(line: str) -> list[str]:
    """The words of a line that name something: numbers of two digits or more, acronyms, and words
    of four letters or more that are not among the frequent words of `STOP_LANGUAGES`."""
    words = []
    for word in WORD.findall(line):
        folded = word.casefold()
        if folded in _stop_words() or folded in GENERIC_WORDS:
            continue
        if len(word) >= 4 or (len(word) >= 2 and (word.isdigit() or word.isupper())):
            words.append(folded)
    return words


@cache
def _stop_words() -> frozenset[str]:
    """The frequent words of every language in `STOP_LANGUAGES`, folded."""
    return frozenset(word.casefold() for language in STOP_LANGUAGES for word in justext.get_stoplist(language))


def _better_headline_below(lines: list[str], filled: list[int], pick: TitlePick, threshold: float) -> TitlePick | None:
    """The real headline under a banner: when the line picked has too little evidence, the next
    headline-shaped line before the prose starts that has enough (and passes every other check)
    is the title, and the lines above it are passed over. None when there is no such line."""
    after = [index for index in filled if index >= pick.end][:TOP_WINDOW]
    for index in after[:-1]:
        line = lines[index]
        if is_prose(line):
            break
        below = lines[index + 1 :]
        if (
            is_headline(line)
            and top_line_reason(line) is None
            and not _doubt(line, below)
            and title_score(line, lines[:index], below)[0] >= threshold
        ):
            passed = [
                (
                    top_line_reason(lines[i]) or "too little evidence that it is the headline (a banner or label)",
                    lines[i],
                )
                for i in filled
                if pick.start <= i < index
            ]
            return TitlePick(line, index, index + 1, [*pick.skipped, *passed])
    return None


def _paragraphs(lines: list[str]) -> list[str]:
    """Hard-wrapped lines joined into the paragraphs the blank lines separate."""
    return [" ".join(block.split("\n")) for block in "\n".join(lines).split("\n\n")]


def _doubt(title: str, below: list[str], under_date: bool = False) -> str | None:
    """Why a headline-shaped line is not confidently the headline (given the lines below it), or None.
    A short line standing alone right under a blog's weekday date header (`under_date`) is marked as
    the headline by the layout, however it is capitalised ("Sore loser")."""
    words = title.split()
    first = title.lstrip("“\"'‘¿¡([")[:1]
    if first.islower():
        return "it starts in lower case"
    if DATELINE_START.match(title):
        return "it opens with a dateline"
    if len(words) == 2 and not is_title_case(words) and not under_date:
        return "two words, not written like a headline"
    following = _lines_to_the_text(below)[:FOLLOW_WINDOW] + _lines_under_the_head(below)
    if not any(is_prose(line) for line in following):
        return "no paragraph of text follows it"
    if len(words) <= SHORT_TITLE_WORDS and (section := _next_section_heading(below)):
        return f"it reads like the first of several section headings ({section!r} heads the next paragraph)"
    return None


def _lines_to_the_text(below: list[str]) -> list[str]:
    """The lines below a headline but the run of clutter right under it (a byline, its links, a
    date line, a credit) and the headlines of a promotion's list in that run ("MORE FROM" and five
    other stories' headlines over the first paragraph): they push the text down, they do not
    replace it. Clutter after a line of the page's own (a banner's social links) ends the run."""
    filled = [line for line in below if line]
    at, in_promo = 0, False
    while at < len(filled):
        line = filled[at]
        if PROMO.fullmatch(line):
            in_promo = True
        elif not (_between_headline_and_text(line) or (in_promo and not is_prose(line))):
            break
        at += 1
    return filled[at:]


def _lines_under_the_head(below: list[str]) -> list[str]:
    """The lines under a story's date line, when one stands right under the headline (among its
    first `HEAD_LINES`): a page's widgets ("Comments", "Print /", "AA") come between it and the text."""
    filled = [line for line in below if line]
    dated = [at for at, line in enumerate(filled[:HEAD_LINES]) if _is_date_line(line)]
    return filled[dated[-1] + 1 :][:FOLLOW_WINDOW] if dated else []


def _is_date_line(line: str) -> bool:
    """A story's date line, labelled or not ("Published Monday, Dec. 29 2014, 6:00 AM EST"), or a
    header line of date and publisher."""
    return top_line_reason(line) == "date line" or header_line(line) is not None


def _between_headline_and_text(line: str) -> bool:
    """What pages print between a headline and its text: a byline and its links, a date or header
    line, a photo's credit (not a menu, a section's name or a breadcrumb, which stand above it)."""
    return bool(
        clutter_reason(line) in UNDER_HEADLINE
        or _is_date_line(line)
        or (len(line.split()) <= BYLINE_WORDS and BYLINE_ANYWHERE.fullmatch(line) and not line.endswith("."))
        or (len(line.split()) <= BYLINE_WORDS and CREDIT.fullmatch(line))
    )


def _next_section_heading(below: list[str]) -> str | None:
    """A short headline-shaped line right after the first paragraph, heading a paragraph of its own.

    A digest or newsletter runs "Military & Armed Conflict", a paragraph, "World Politics", a paragraph:
    its first section heading is no title for the whole text."""
    following = [line for line in below if line]
    first = next((at for at, line in enumerate(following[:FOLLOW_WINDOW]) if is_prose(line)), None)
    if first is None or first + 2 >= len(following):
        return None
    heading, after = following[first + 1], following[first + 2]
    short = len(heading.split()) <= SHORT_TITLE_WORDS
    if short and is_headline(heading) and top_line_reason(heading) is None and is_prose(after):
        return heading
    return None


def is_prose(line: str) -> bool:
    """A line of running text: long enough, and closed like a sentence or longer than a headline."""
    words = line.split()
    return len(words) >= PROSE_MIN_WORDS and (line.endswith(SENTENCE_CLOSE) or len(words) > TITLE_MAX_WORDS)


def is_title_case(words: list[str]) -> bool:
    """Every word that is a word starts with a capital (a two-word headline: "Tweet Mania")."""
    return all(word[0].isupper() for word in words if word[0].isalpha())


def _first_headline(lines: list[str], filled: list[int], wrapped_lines: int) -> TitlePick:
    """Pass over the clutter at the top, then take the first headline-shaped line (or none).

    A first headline of a few words (a site name, a section, a person's tag) gives way to a longer
    one that follows before the prose starts, or to the one right above a byline. `wrapped_lines`
    is how many lines a headline may run on for (hard-wrapped text)."""
    passed: list[tuple[int, str, str]] = []  # (index, why, line) of clutter above the title
    candidates: list[tuple[int, int, str]] = []  # (start, end, title)
    above_byline: tuple[int, int, str] | None = None
    stop = filled[0] if filled else 0  # where the body starts when there is no title
    for position, index in enumerate(filled[:TOP_WINDOW]):
        if index == filled[-1]:
            break  # a last line is never the title of nothing
        if candidates and index < candidates[-1][1]:
            continue
        stop = index
        if reason := (
            top_line_reason(lines[index])
            or _tagline_reason(lines[index], passed)
            or _menu_reason(lines, filled, position)
            or _crumb_reason(lines, filled, position)
            or _caption_again(lines, filled, position)
            or _numbered_crumb_reason(lines, filled, position)
        ):
            if _is_bare_byline(lines[index]) and candidates and position and candidates[-1][0] == filled[position - 1]:
                above_byline = candidates[-1]
            if reason == CRUMB_LABEL:  # the short lines taken as headlines so far were the menu's
                passed += [(start, "menu line above the breadcrumb", text) for start, _, text in candidates]
                candidates.clear()
            passed.append((index, reason, lines[index]))
            continue
        end = index + 1
        while end - index < wrapped_lines and end < len(lines) and lines[end]:
            end += 1
        title = _without_date_label(" ".join(lines[index:end]))
        if (
            not is_headline(title)
            and not _is_deck_above_dateline(title, lines, filled[position + 1])
            and not (position and _is_long_headline_under_label(title, candidates, filled[position - 1]))
        ):
            break  # the prose starts here
        candidates.append((index, end, title))
        if len(title.split()) > SHORT_TITLE_WORDS:
            break
    if not candidates:
        return TitlePick(None, stop, stop, [(why, line) for index, why, line in passed if index < stop])
    if above_byline and len(candidates[-1][2].split()) <= SHORT_TITLE_WORDS:
        start, end, title = above_byline
    else:
        start, end, title = candidates[-1] if len(candidates[-1][2].split()) > SHORT_TITLE_WORDS else candidates[0]
    above = [(index, why, line) for index, why, line in passed if index < start]
    banner_from = start
    if wrapped_lines == 1 and (over_dateline := _headline_over_dateline(lines, filled, start)) is not None:
        above += [
            (index, "banner line above the headline", lines[index])
            for index in filled
            if start <= index < over_dateline
        ]
        start, end, title = over_dateline, over_dateline + 1, lines[over_dateline]
    below = next((index for index in filled if index >= end), None)
    if (
        below is not None
        and below != filled[-1]
        and LOWER_BYLINE.fullmatch(lines[below])
        and len(lines[below].split()) <= 10
    ):
        above.append((below, "byline", lines[below]))  # the body reads only "By Name" bylines
        end = below + 1
    above += [
        (
            index,
            SHORT_TOP_LINE_REASON,
            lines[index] if stop == index + 1 else text,
        )
        for index, stop, text in candidates
        if index < min(start, banner_from)
    ]
    return TitlePick(title, start, end, [(why, line) for _, why, line in sorted(above)])


def _headline_over_dateline(lines: list[str], filled: list[int], start: int) -> int | None:
    """The line right above a dateline paragraph, when only short banner lines (one or more) stand
    between it and the headline-shaped line at `start`: that one was a banner line too.

    A release under an office's banner ("Washington State", "Office of the Attorney General",
    "Attorney General", a name) or a section's ("States, Cities and Counties", its description,
    "Featured Stories") has its headline right above "SPOKANE – ". A headline with its deck right
    below it has no banner line between them, and keeps its place."""
    after = [index for index in filled if index > start][:TOP_WINDOW]
    for position, index in enumerate(after[:-1]):
        line = lines[index]
        if position and is_headline(line) and top_line_reason(line) is None:
            if DATELINE_START.match(lines[after[position + 1]]):
                return index
        if len(line.split()) > SHORT_TITLE_WORDS or not _is_banner_line(line):
            return None
    return None


def _is_banner_line(line: str) -> bool:
    """A short line of words that names something (an office, a section, a person), not clutter
    explained otherwise and not a sentence."""
    return top_line_reason(line) in (None, SINGLE_WORD_REASON, "section label") and (
        len(line.split()) == 1 or is_headline(line)
    )


def _tagline_reason(line: str, passed: list[tuple[int, str, str]]) -> str | None:
    """A site's tagline under its rights line: it names the owner the rights line above names
    ("© 2024 Michigan State University Board of Trustees", then "Public Media from Michigan State
    University"), which a story's headline does not do word for word."""
    for _, why, other in passed:
        name = _shared_name(line, other) if why == "rights notice" else None
        if name and len(line.replace(name, " ").split()) <= TAGLINE_OTHER_WORDS:
            return f"the site's tagline (it names {name!r}, as the rights line above does)"
    return None


def _shared_name(line: str, other: str) -> str | None:
    """A name of two capitalised words or more that both lines write out, or None."""
    names = {match[0] for match in NAME_RUN.finditer(other)}
    return next(
        (match[0] for match in NAME_RUN.finditer(line) if match[0] in names or any(match[0] in n for n in names)), None
    )


def _menu_reason(lines: list[str], filled: list[int], position: int) -> str | None:
    """A navigation menu: short lines next to each other that start with the same word
    ("For News Editors", "For Business Editors")."""
    words = lines[filled[position]].split()
    if len(words) > SHORT_TITLE_WORDS:
        return None
    for other in (position - 1, position + 1):
        if 0 <= other < len(filled):
            near = lines[filled[other]].split()
            if len(near) <= SHORT_TITLE_WORDS and near[0].casefold() == words[0].casefold():
                return "menu line"
    return None


def _crumb_reason(lines: list[str], filled: list[int], position: int) -> str | None:
    """A breadcrumb that ends in the headline, which the next line repeats: "Votre mairie /
    Actualités / RDV sur le perron …", then "RDV sur le perron …"."""
    parts = lines[filled[position]].split(" / ")
    following = lines[filled[position + 1]] if position + 1 < len(filled) else ""
    if len(parts) >= 2 and " ".join(parts[-1].split()) == " ".join(following.split()):
        return "breadcrumb"
    return None


def _caption_again(lines: list[str], filled: list[int], position: int) -> str | None:
    """A photo's caption printed again without its credit, right under or over the caption with
    it (a page's caption and the image's alt text, copied together)."""
    line = " ".join(lines[filled[position]].split())
    near = [lines[filled[at]] for at in (position - 1, position + 1) if 0 <= at < len(filled)]
    for other in (" ".join(text.split()) for text in near):
        if other != line and other.startswith(line) and clutter_reason(other) == PHOTO_CAPTION:
            return "photo caption printed again"
    return None


def _is_alt_text(line: str) -> bool:
    """An image's alt text copied as a line: "Link to … Home Page", "… Seal … against a background
    image …", or a site's name and "logo" (every word capitalised: "Nike unveils new logo" is news)."""
    words = line.split()
    if not ALT_TEXT.fullmatch(line) or len(words) > 25:
        return False
    if line.lower().startswith(("link to", "logo of", "logo for")) or "background image" in line.lower():
        return True
    return len(words) <= ALT_TEXT_WORDS and all(word[0].isupper() or not word[0].isalpha() for word in words[:-2])


def _numbered_crumb_reason(lines: list[str], filled: list[int], position: int) -> str | None:
    """A numbered or bulleted breadcrumb or menu: short numbered (or bulleted) lines next to each
    other ("1. Home", "2. Safety", "3. Recalls, Market Withdrawals, & Safety Alerts"; "• »",
    "• Politics and Social Issues»", "• Economy & Government"), above the page's own title."""
    for item, why in ((NUMBERED_ITEM, "numbered breadcrumb or menu"), (BULLET, "bulleted breadcrumb or menu")):
        if not item.fullmatch(lines[filled[position]]) or len(lines[filled[position]].split()) > TITLE_MAX_WORDS // 2:
            continue
        for other in (position - 1, position + 1):
            if 0 <= other < len(filled) and item.fullmatch(lines[filled[other]]):
                if len(lines[filled[other]].split()) <= TITLE_MAX_WORDS // 2:
                    return why
    return None


def _is_bare_byline(line: str) -> bool:
    """Only a byline ("By Name", "police beat by Name"), with no site or headline in front of it."""
    short = len(line.split()) <= 10
    return short and bool(BARE_BYLINE.fullmatch(line) or LOWER_BYLINE.fullmatch(line))


def _without_date_label(line: str) -> str:
    """The line without a page capture's leading "date YYYY-MM-DD" or a "Title:" label, nor a
    widget's label run onto its end ("… in storms Add to ..."), nor a byline run into its end ("… transit By VERENA DOBNIK and DAVID CARUSO, Associated Press Writers")."""
    label = DATE_LABEL.match(line) or TITLE_LABEL.match(line)
    headline = RUN_ON_WIDGET.sub("", line[label.end() :] if label else line)
    return run_in_byline(headline)[0]


def run_in_byline(line: str) -> tuple[str, str | None]:
    """A headline and the byline run into its end, apart: (headline, byline) or (line, None)."""
    match = RUN_IN_BYLINE.fullmatch(line)
    if match is None or len(match["headline"].split()) < RUN_IN_MIN_WORDS:
        return line, None
    return match["headline"], match["byline"]


def _is_long_headline_under_label(line: str, candidates: list[tuple[int, int, str]], previous: int) -> bool:
    """A headline longer than `TITLE_MAX_WORDS` (a release's: "USDA Confirms Highly Pathogenic Avian
    Influenza in a Flock of …") right under a short line that may be a headline ("Virginia State",
    an aggregator's place label): not closed like a sentence, it is the headline and the short line
    its label, as a shorter one would be."""
    return (
        bool(candidates)
        and candidates[-1][0] == previous
        and len(candidates[-1][2].split()) <= SHORT_TITLE_WORDS
        and len(line) <= TITLE_MAX_CHARS
        and not line.endswith((".", "!", "?", ",", ";", ":", "…"))
        and not INNER_SENTENCE_END.search(line)
        and not CONTACT.search(line)
    )


def _is_deck_above_dateline(line: str, lines: list[str], following: int) -> bool:
    """A long headline (a deck) is not closed like a sentence and stands right above a dateline."""
    return (
        len(line) <= TITLE_MAX_CHARS
        and not line.endswith((".", "!", "?", ",", ";", ":", "…"))
        and bool(DATELINE_START.match(lines[following]))
    )


def _title_below_weekday_date(lines: list[str], filled: list[int]) -> TitlePick | None:
    """A blog post: its name, tagline and widgets (or nothing: a paste may start at the date header,
    as Blogger sets it above each post), a weekday date line, then the post's headline.

    Applies only when every line above the date line is short, so no prose is passed over; when
    one of them reads like a headline of more than a few words (a tagline, or the headline of a
    story whose date line stands below it), the pick is in doubt."""
    top = filled[: 2 * TOP_WINDOW]
    position = next((at for at, index in enumerate(top) if WEEKDAY_DATE.fullmatch(lines[index])), None)
    if position is None or position + 2 >= len(filled):
        return None  # a title needs a body below
    if any(len(lines[index].split()) > CHROME_MAX_WORDS for index in top[:position]):
        return None
    index = filled[position]
    headline = filled[position + 1]
    if top_line_reason(lines[headline]) or not is_headline(lines[headline]):
        return None
    skipped = [(top_line_reason(lines[i]) or "page chrome above the date line", lines[i]) for i in filled[:position]]
    title = _without_date_label(lines[headline])
    pick = TitlePick(title, headline, headline + 1, [*skipped, ("date line", lines[index])])
    rivals = [lines[i] for i in top[:position] if len(lines[i].split()) > SHORT_TITLE_WORDS and is_headline(lines[i])]
    if rivals:
        pick.doubt = f"another line above the date line reads like a headline too ({rivals[0]!r})"
    return pick
